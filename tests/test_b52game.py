"""New-user batch 52 gaming (disability-refusal-angry-et, at first sight): the trainee quizzed the client back instead
of answering ("Mis Te ise arvate, kas ...?", "Kas Te teate, kust ...?"). A question put back to the client about the
rule states nothing: it earns no content credit, two such replies fail the real-answers gate, and the client believes
no wrong answer from a reply that said nothing. Own sentences, with must-nots (clarifying questions, a fact told as
"Kas Te teate, et ...?", questions about the client's own case, checks of understanding after an explanation)."""

import pytest

from trainer.scoring import quiz as scorer_quiz
from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library


@pytest.mark.parametrize("lang, sentence", [
    ("et", "Kuidas Te ise arvate, kas vaide peale tuleb vastus kuu aja jooksul?"),
    ("et", "Mis Te arvate, kas hilisemad uuringud lähevad vaide juurde?"),
    ("et", "Kas Te teate, kuhu uus ekspertiisitaotlus esitatakse?"),
    ("et", "Aga kas teate, mitu päeva vaide jaoks aega on?"),
    ("et", "Teate Te, kes puude raskusastme üle otsustab?"),
    ("ru", "Как Вы думаете, куда подаётся новое заявление?"),
    ("ru", "А Вы знаете, где можно подать возражение?"),
    ("ru", "Знаете ли Вы, сколько дней даётся на возражение?"),
    ("ru", "А как Вы сами считаете, кто принимает решение об инвалидности?"),
])
def test_a_question_back_to_the_client_is_caught(lang, sentence):
    assert scorer_quiz.quiz_back_question(sentence, lang)


@pytest.mark.parametrize("lang, sentence", [
    ("et", "Kas Te soovite, et ma selgitan, kuidas uut taotlust esitada?"),
    ("et", "Kas otsus tuli posti või iseteenindusse?"),
    ("et", "Kas Te teate, et vaide saab esitada 30 päeva jooksul?"),
    ("et", "Kas Te teate oma isikukoodi?"),
    ("et", "Kas Te teate, mis on Teie dokumendi number?"),
    ("et", "Kas nüüd teate, kuhu vaide saata?"),
    ("et", "Vaide saab esitada 30 päeva jooksul."),
    ("ru", "Вы знаете, что возражение можно подать в течение 30 дней?"),
    ("ru", "Вы знаете, когда Вам пришло решение?"),
    ("ru", "Теперь Вы знаете, куда подать заявление?"),
    ("ru", "Хотите, я объясню, как подать новое заявление?"),
    ("ru", "Решение пришло по почте или в самообслуживание?"),
])
def test_real_questions_and_statements_are_not_caught(lang, sentence):
    assert not scorer_quiz.quiz_back_question(sentence, lang)


def _play(answers):
    library = load_library()
    conv = play_answers(library.get("disability-refusal-angry-et"), library, answers)
    return conv, conv.score()


def _criterion(result, cid):
    return next(c for c in result["criteria"] if c["id"] == cid)


QUIZ_RUN = [
    "Tere! Sotsiaalkindlustusamet, Mari kuuleb. Kuidas saan aidata?",
    "Mõistan, see on raske. Kas Te teate, kuhu uus ekspertiisitaotlus esitatakse? Ja kas teate, mitu päeva on vaide jaoks?",
    "Kuidas Te ise arvate, kas hilisemad uuringud käivad vaide juurde või uue taotluse juurde?",
    "Aitäh, head päeva!",
]


def test_a_quiz_back_earns_no_content_and_fails_real_answers():
    conv, result = _play(QUIZ_RUN)
    assert _criterion(result, "new_evidence")["result"] == "fail"
    assert _criterion(result, "real_answers")["result"] == "fail"
    assert not result["passed"]


def test_a_reply_that_says_nothing_is_no_misinformation():
    conv, result = _play(QUIZ_RUN)
    assert result["misinformation"] == []


def test_the_rule_told_then_a_check_still_earns_it():
    conv, result = _play([
        "Tere! Sotsiaalkindlustusamet, Mari kuuleb. Kuidas saan aidata?",
        "Mõistan, see on raske. Palun öelge oma isikukood.",
        "Aitäh. Palun öelge ka oma sünnikoht.",
        "Aitäh. Otsuse tegi ekspertarst 24. novembril dokumentide põhjal.",
        "Vaide saab esitada 30 päeva jooksul. Neuroloogi uute andmetega saate esitada uue ekspertiisitaotluse. "
        "Kas nüüd teate, kuhu uus taotlus esitada?",
    ])
    assert _criterion(result, "new_evidence")["result"] == "pass"
    assert _criterion(result, "real_answers")["result"] == "pass"


# -- the client reads such a reply as the scorer does (a quiz, its questions not heard) ----------------------------

@pytest.mark.parametrize("text, lang", [
    ("Mõistan. Kas Te teate, kuhu uus ekspertiisitaotlus esitatakse? Ja kas teate, mitu päeva on vaide jaoks?", "et"),
    ("Понимаю. А Вы знаете, где подаётся возражение? Знаете ли Вы, сколько дней на это даётся?", "ru"),
])
def test_knowledge_questions_put_back_read_alike(text, lang):
    from trainer.scoring.quiz import opinion_quiz
    from trainer.scoring.transcript import Turn
    from trainer.simulation.quiz import is_quiz as client_quiz

    turns = [Turn(role="client", text="?"), Turn(role="agent", text=text)] * 2
    assert opinion_quiz(turns, lang)
    assert client_quiz(text, lang, False, lambda s: False)


@pytest.mark.parametrize("text, lang", [
    ("Kas Te teate, mis on Teie dokumendi number? Palun öelge see.", "et"),
    ("Vaide saab esitada 30 päeva jooksul. Kas nüüd teate, kuhu see saata?", "et"),
    ("Kas Te soovite, et ma selgitan, kuidas uut taotlust esitada?", "et"),
    ("Возражение подаётся в течение 30 дней. Теперь Вы знаете, куда его отправить?", "ru"),
    ("Вы знаете, когда Вам пришло решение?", "ru"),
])
def test_real_questions_are_no_quiz_alike(text, lang):
    from trainer.scoring.quiz import opinion_quiz
    from trainer.scoring.transcript import Turn
    from trainer.simulation.quiz import is_quiz as client_quiz

    turns = [Turn(role="client", text="?"), Turn(role="agent", text=text)] * 2
    assert not opinion_quiz(turns, lang)
    assert not client_quiz(text, lang, False, lambda s: False)


# -- indexation-day-et gaming: the rule no longer in force, denied by a predicate further back, is no wrong fact ------

def _negated_at(sentence: str, word: str, lang: str = "et") -> bool:
    from trainer import text as tx
    from trainer.text.negation import negated_token

    tokens = tx.tokenize_cached(tx.fold(sentence.lower()))
    idx = next(i for i, t in enumerate(tokens) if t.norm == word)
    return negated_token(tokens, idx, lang, idx + 1)


@pytest.mark.parametrize("sentence", [
    "Alates eelmisest aastast ei kanta pensioni enam nädalavahetusele eelneval reedel.",
    "Nüüd ei maksta toetust Teile kontole enam kunagi eelneval reedel.",
    "Jaanuarist alates ei tule raha pensionäridele enam eelneval reedel.",
])
def test_a_denial_further_back_in_the_clause_reaches_the_match(sentence):
    assert _negated_at(sentence, "eelneval")


@pytest.mark.parametrize("sentence", [
    "Pension makstakse nädalavahetusele eelneval reedel.",
    "kui viies ei ole tööpäev makstakse pension eelneval reedel",       # the condition's own negator
    "ma ei tea täpselt vist eelneval reedel",                            # not knowing is no denial
    "Seda ei oska ma öelda kuid raha tuleb eelneval reedel.",
    "Raha ei pea ootama, see tuleb eelneval reedel.",
])
def test_the_old_rule_told_is_still_read(sentence):
    assert not _negated_at(sentence, "eelneval")


def test_the_rule_denied_is_not_believed():
    library = load_library()
    conv = play_answers(library.get("indexation-day-et"), library, [
        "Tere! Sotsiaalkindlustusamet, Mari.",
        "Pension makstakse viiendal. Kui see on pühapäev, tuleb raha järgmise kahe tööpäeva jooksul. "
        "Alates eelmisest aastast ei kanta pensioni enam nädalavahetusele eelneval reedel.",
    ])
    assert not conv.state.get("misinformed")
    assert conv.state["step"] != "wrong_date"


@pytest.mark.parametrize("scenario", ["indexation-day-et", "indexation-day-ru"])
def test_the_client_who_believed_the_friday_rule_does_not_thank(scenario):
    from trainer.simulation.client_line import thanks

    library = load_library()
    conv = play_answers(library.get(scenario), library, [])
    step = next(s for s in library.get(scenario).step_list() if s.id == "wrong_date")
    assert not thanks(conv, str(step.client))
