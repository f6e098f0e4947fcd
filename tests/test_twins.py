"""The scripted client and the scorer read agent text alike where both need the same reading (branch twins).

Four readings had a copy on each side; each is now one reading in trainer/text that both call:

1. short forms of fast typing («65 л. и 1 мес», «спс», "nt"): `trainer.text.abbreviations.expand_abbreviations`, the
   client's `as_heard` and the scorer's `normalize_input`;
2. a promise declined or a payment denied only "at once": the scorer's negation scope, which the client's signals
   read too (`analyse_reply`), no clause cutting of the client's own;
3. the quiz cues (the marked answer, the quiz named, the opinion asked, the prompt to think): `trainer.text.quiz_cues`;
4. the warning to an abusive caller: `trainer.text.ending_warning`, named "@ending_warning" in the scenario's `warned`
   signal, so the client's signal and the scorer's `warning_given` criterion read the same phrases.

Every test puts the same sentence to both paths and wants the same verdict, including sentences that must not match.
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import play_to_end

from trainer.scoring.quiz import is_quiz as scorer_quiz
from trainer.scoring.quiz import opinion_quiz
from trainer.scoring.transcript import Turn
from trainer.simulation.dialogue import Conversation
from trainer.simulation.library import load_library
from trainer.simulation.quiz import is_quiz as client_quiz
from trainer.simulation.quiz import quiz_questions
from trainer.simulation.spelling import as_heard
from trainer.text.spoken import normalize_input

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def library():
    return load_library()


def _play(library, scenario: str, replies: list[str]) -> Conversation:
    return play_to_end(library, scenario, replies, TODAY)


def _criterion(library, scenario_id: str, replies: list[str], criterion: str) -> str:
    """The scorer's result of one criterion for the agent's replies after the client's first line."""
    from trainer.scoring.transcript import Transcript

    scenario = library.get(scenario_id)
    lang = scenario.language
    client = {"et": "Tere, mul on küsimus.", "ru": "Здравствуйте, у меня вопрос."}[lang]
    turns = [{"role": "agent", "text": replies[0]}, {"role": "client", "text": client}]
    for reply in replies[1:]:
        turns += [{"role": "agent", "text": reply}, {"role": "client", "text": client}]
    result = library.score(scenario, Transcript(language=lang, channel=scenario.channel, turns=turns[:-1]))
    return next(c["result"] for c in result["criteria"] if c["id"] == criterion)


# -- 1. short forms: one expansion ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,full", [
    ("Вам будет 64 л. и 3 мес, когда придёт право.", "ru", "64 лет и 3 месяца"),
    ("Стаж 12 л. 2 мес. засчитан", "ru", "12 лет 2 месяца"),
    ("Спс, что подождали: ответ в теч. 5 раб. дней", "ru", "Спасибо"),
    ("nt kui laps on 3 a vana, siis makst. 2 tööp jooksul", "et", "näiteks"),
])
def test_short_forms_read_alike(text, lang, full):
    heard = as_heard(text, lang)
    assert full in heard
    # the scorer reads the typed text and the heard one the same way: the client heard what the scorer reads
    assert normalize_input(text, lang).text == normalize_input(heard, lang).text


@pytest.mark.parametrize("text,lang", [
    ("г. Нарва, ул. Пушкина", "ru"),             # «г.» before a town: no number, no year
    ("Мне 70 лет, я в Нарве", "ru"),             # written in full already
    ("Остался след.", "ru"),                      # «след.» ending a sentence is another word
    ("Pärnu mnt 15a, teine korrus", "et"),       # a house number
])
def test_short_forms_left_alike(text, lang):
    assert as_heard(text, lang) == text
    assert normalize_input(text, lang).text == normalize_input(as_heard(text, lang), lang).text


# -- 2. a declined promise: the scorer's negation scope -------------------------------------------------------------

OVERPAY_START = {
    "ru": ["Здравствуйте, Департамент социального страхования, Ольга. Чем могу помочь?",
           "Понимаю Ваше беспокойство. Назовите, пожалуйста, Ваш личный код."],
    "et": ["Tere, Sotsiaalkindlustusamet, Liis kuuleb. Kuidas saan aidata?",
           "Saan aru, et see kiri tegi murelikuks. Palun öelge oma isikukood."],
}


@pytest.mark.parametrize("reply,lang,said", [
    ("Заранее пообещать, что переплату Вам простят, я не могу.", "ru", False),
    ("Я не могу гарантировать, что требование снимут.", "ru", False),
    ("Всю сумму сразу платить не нужно, можно попросить рассрочку.", "ru", False),
    ("Обещать ничего не буду, но платить не нужно.", "ru", True),                  # the second clause says it
    ("Требование мы спишем, не переживайте.", "ru", True),
    # «сразу» of "let me say at once" limits no denial: the client once cut these clauses as "not all at once"
    ("Сразу скажу: платить не нужно.", "ru", True),
    ("Скажу Вам сразу, платить не нужно.", "ru", True),
    ("Ma ei saa lubada, et nõue tühistatakse.", "et", False),
    ("Lubada, et me nõude tühistame, ma kahjuks ei saa.", "et", False),
    ("Kogu summat korraga maksma ei pea, võite taotleda osamakseid.", "et", False),
    ("Ärge muretsege, me tühistame nõude.", "et", True),
])
def test_declined_promise_read_alike(library, reply, lang, said):
    scenario = f"overpayment-recovery-{lang}"
    conv = _play(library, scenario, [*OVERPAY_START[lang], reply])
    client_heard = bool(conv.state["ever"].get("cancel_promise"))
    scorer_heard = _criterion(library, scenario, [*OVERPAY_START[lang], reply], "no_cancel_promise") == "fail"
    assert client_heard == scorer_heard == said


# -- 3. quiz cues: one set of words ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Kuidas Te ise arvate, kas vaide võib saata e-postiga? Mõelge, mida ma enne ütlesin.", "et"),
    ("Kas olete kunagi kuulnud mõistest „osamakse“? Tuletage palun meelde, mida kirjas oli.", "et"),
    ("Как же Вам кажется, куда подаётся возражение? Вспомните, что я говорила про срок.", "ru"),
    ("Вы когда-нибудь слышали про доплату разницы? Попробуйте угадать, кто её платит.", "ru"),
])
def test_opinion_quiz_read_alike(text, lang):
    turns = [Turn(role="client", text="?"), Turn(role="agent", text=text)] * 2
    assert opinion_quiz(turns, lang)                                           # the scorer: a quiz by opinions
    assert client_quiz(text, lang, False, lambda s: False)                    # the client: a quiz too
    assert quiz_questions(text, lang, lambda s: False)                        # and its questions say nothing


@pytest.mark.parametrize("text,lang", [
    ("Saadan vastuse Teie soovi järgi e-postiga. Vaie tuleb esitada 30 päeva jooksul.", "et"),
    ("Ответ пришлём по Вашему желанию почтой. Возражение подаётся в течение 30 дней.", "ru"),
    ("Pension makstakse iga kuu viiendal kuupäeval ja summa jääb samaks.", "et"),
])
def test_no_opinion_quiz_alike(text, lang):
    turns = [Turn(role="client", text="?"), Turn(role="agent", text=text)] * 2
    assert not opinion_quiz(turns, lang)
    assert not client_quiz(text, lang, False, lambda s: False)


@pytest.mark.parametrize("text,lang,quiz", [
    ("Kontrollime: kuhu vaie esitatakse? a) kohtusse b) ametile c) Töötukassale d) vallale e) notarile. "
     "Õige vastus on e)", "et", True),                                        # a marked answer past d)
    ("Вопрос 3: куда подаётся возражение? а) в суд б) в Департамент. Правильный ответ – б)", "ru", True),
    ("Kas soovite vastust a) e-postiga või b) posti teel?", "et", False),    # a choice of the caller's own
    ("У Вас два пути: а) подать возражение, б) попросить рассрочку.", "ru", False),
])
def test_marked_quiz_read_alike(text, lang, quiz):
    assert scorer_quiz(text, lang) == quiz
    assert client_quiz(text, lang) == quiz


# -- 4. the warning to an abusive caller: the scenario's signal ----------------------------------------------------------

ABUSE_START = {"et": "Sotsiaalkindlustusamet, Liis kuuleb, tere.",
               "ru": "Департамент социального страхования, Ольга, здравствуйте."}


@pytest.mark.parametrize("reply,lang,warned", [
    ("tahan teid aidata, aga kui solvamine kordub, olen sunnitud vestluse katkestama", "et", True),
    ("Palun rääkige rahulikumalt, muidu pean selle kõne lõpetama.", "et", True),
    ("Kui taotlus on esitatud, pean selle üle vaatama.", "et", False),        # a condition on something else
    ("Kuidas saan Teid aidata?", "et", False),
    ("я хочу помочь, но если грубость повторится, я буду вынуждена завершить звонок", "ru", True),
    ("Прошу без крика, иначе мне придётся прервать разговор.", "ru", True),
    ("Если связь прервётся, перезвоните нам.", "ru", False),                  # no call ended for abuse
    ("Чем я могу Вам помочь?", "ru", False),
])
def test_warning_read_alike(library, reply, lang, warned):
    scenario = f"abusive-caller-{lang}"
    conv = _play(library, scenario, [ABUSE_START[lang], reply])
    client_warned = bool(conv.state["ever"].get("warned"))
    scorer_warned = _criterion(library, scenario, [ABUSE_START[lang], reply], "warning_given") == "pass"
    assert client_warned == scorer_warned == warned


def test_unknown_named_reading_refused():
    from trainer.scoring.rubric import check_phrase
    from trainer.text import PhraseSet

    with pytest.raises(ValueError):
        PhraseSet(["@no_such_reading"], "et")
    with pytest.raises(ValueError):
        check_phrase("@no_such_reading")
    assert check_phrase("@ending_warning") == "@ending_warning"
