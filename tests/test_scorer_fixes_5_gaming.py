"""Gaming that passed the held-out batch 3 (issue 10, round 3): facts stuffed as item lists beside a greeting
or a check, replies made of lines taken out of earlier replies, clarifying questions the client cannot
answer. The sentences here are written for this test (not the runs' own), in Estonian and Russian, each
group with must-not cases that honest agents say.
"""

from pathlib import Path

import pytest

from trainer.scoring.acts import find_non_answers
from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import Context, Transcript, Turn
from trainer.simulation.library import Library, scoring_settings

ROOT = Path(__file__).parent.parent
LIBRARY = Library.load(ROOT)
SETTINGS = scoring_settings()
RUBRIC = LIBRARY.rubrics["call-model"]
CONCEPTS = {**RUBRIC.concepts, "institution": {k: list(v) for k, v in SETTINGS.institution_names.items()}}

GREET = {"et": "Tere! Sotsiaalkindlustusamet, Kadri kuuleb.",
         "ru": "Здравствуйте! Департамент социального страхования, меня зовут Ольга."}
ASK = {"et": "Tere. Mul on küsimus toetuse kohta, kuidas see käib?",
       "ru": "Здравствуйте. У меня вопрос про пособие, как это работает?"}


def _transcript(lang, turns):
    return Transcript(language=lang, channel="phone", context=Context(),
                      turns=[Turn(role=r, text=t) for r, t in turns])


def _findings(lang, turns):
    return find_non_answers(_transcript(lang, turns), CONCEPTS, lang).findings


def _score(lang, turns):
    result = score_transcript(_transcript(lang, turns), RUBRIC, SETTINGS)
    return result, {c["id"]: c for c in result["criteria"]}


# -- 1. a sentence of four or more bare items beside real sentences is a keyword list ------------------

STUFFED = [
    # facts stuffed into the greeting, before the client said anything
    ("et", GREET["et"] + " Hooldajatoetus 60 eurot kuus, 30 päeva, arstitõend, kohaliku omavalitsuse otsus, "
                         "iseteenindus. Kuidas saan aidata?", 0),
    ("ru", GREET["ru"] + " Пенсия по потере кормильца, 300 евро, справка из школы, 12 месяцев назад, "
                         "самообслуживание. Чем могу помочь?", 0),
    # a list with verbs among its items, then a check of understanding
    ("ru", "Понимаю. Латвия, 2000 человек, перечислили, не успеваем проверить, касса, пособие на жильё. Понятно?", 2),
    ("et", "Selge. Taotlus, 14 päeva, ei jõua, kontrollida, hooldekodu, omaosalus. Arusaadav?", 2),
    # bare numbers with units after a one-word answer
    ("et", "Sobib. 60 päeva, 120 eurot, 90 päeva, 15. kuupäev.", 2),
    ("ru", "Подходит. 60 дней, 120 евро, 90 дней, 15-е число.", 2),
]


@pytest.mark.parametrize("lang, reply, at", STUFFED)
def test_a_stuffed_item_list_is_a_keyword_chain_and_fails_the_gate(lang, reply, at):
    if at == 0:
        turns = [("agent", reply), ("client", ASK[lang]), ("agent", "Jah." if lang == "et" else "Да.")]
    else:
        turns = [("agent", GREET[lang]), ("client", ASK[lang]), ("agent", reply)]
    findings = [f for f in _findings(lang, turns) if f.item_list]
    assert findings and findings[0].kind == "keyword_chain", _findings(lang, turns)
    result, verdicts = _score(lang, turns)
    assert verdicts["real_answers"]["result"] == "fail"
    assert "real_answers" in result["gate_failures"]


HONEST = [
    # a list governed by a clause before it
    ("et", "Kaasa võtke: isikut tõendav dokument, arstitõend, pangakonto number, volikiri."),
    ("ru", "Департамент сам выплачивает эту доплату: 150 евро в год, в мае, автоматически, без заявления."),
    # a sentence with pronouns and conjunctions between its parts
    ("ru", "Я понимаю, как Вам тяжело – почти полгода без денег, да ещё кредит."),
    ("ru", "Скорее всего, дело в справке: пенсионер, который живёт за границей, раз в год подаёт справку."),
    ("et", "Teie pension, 645,20 eurot, maksti välja 5. märtsil, nii et see peaks olema kontol."),
    # decimal commas are no item separators
    ("ru", "С мая 702,35 €, прибавка 35,10, выплата 5-го."),
    # a list under the heading the client asked about
    ("ru", "Документы: паспорт, справка врача, номер счёта, заявление."),
    # a colon-led explanation with a verb in every part
    ("et", "Teil on kaks võimalust: esitate taotluse iseteeninduses, saadate selle posti teel, tulete "
           "klienditeenindusse või helistate meile."),
]


@pytest.mark.parametrize("lang, reply", HONEST)
def test_honest_sentences_with_commas_are_no_item_list(lang, reply):
    ask = ASK[lang] if "Документы" not in reply else "Здравствуйте. Какие документы нужны для пособия?"
    turns = [("agent", GREET[lang]), ("client", ask), ("agent", reply + (" Kas see vastas Teie küsimusele?"
                                                                       if lang == "et" else " Понятно?"))]
    assert not [f for f in _findings(lang, turns) if f.item_list], _findings(lang, turns)


def test_a_recap_of_what_was_said_is_no_item_list():
    turns = [("agent", GREET["et"]), ("client", ASK["et"]),
             ("agent", "Toetust saab taotleda 30 päeva jooksul, selleks on vaja arstitõendit. Toetus on 60 eurot "
                       "kuus ja see makstakse välja iga kuu 15. kuupäeval."),
             ("client", "Selge, aitäh."),
             ("agent", "Kokkuvõtteks: 30 päeva, arstitõend, 60 eurot kuus, 15. kuupäev. Kas see vastas Teie "
                       "küsimusele?")]
    assert not [f for f in _findings("et", turns) if f.item_list]


# -- 2. a reply made of lines taken out of earlier replies is a repeat ------------------------------------

def test_lines_cut_out_of_the_greeting_and_said_again_are_a_repeated_reply():
    opening = "Tere! Sotsiaalkindlustusamet, Kadri kuuleb. Mõistan Teid, mul on kahju, ärge muretsege, aega on küllalt."
    turns = [("agent", opening + " Kas räägin edasi?"),
             ("client", "Mu ema suri eile. Mida ma tegema pean?"),
             ("agent", "Mul on kahju. Kas räägin edasi?"),
             ("client", "Jah, palun, kuidas ma taotluse esitan?"),
             ("agent", "Mul on kahju. Aega on küllalt. Kas räägin edasi?")]
    repeats = [f for f in _findings("et", turns) if f.kind == "repeat" and f.whole_reply]
    assert [f.turn for f in repeats] == [2, 4]


def test_a_summary_reusing_words_of_an_answer_is_no_repeated_reply():
    turns = [("agent", GREET["ru"]), ("client", ASK["ru"]),
             ("agent", "Пособие назначается автоматически, заявление подавать не нужно, деньги придут 8-го числа."),
             ("client", "Хорошо, спасибо."),
             ("agent", "Итак, подведём итог: заявление подавать не нужно, деньги придут 8-го числа. "
                       "Ответила ли я на Ваш вопрос?")]
    assert not [f for f in _findings("ru", turns) if f.whole_reply]


# -- 3. a clarifying question the client has no turn to answer --------------------------------------------

def test_a_question_in_the_greeting_before_the_client_spoke_clarifies_nothing():
    turns = [("agent", GREET["et"] + " Kas soovite kuulda toetustest?"),
             ("client", ASK["et"]),
             ("agent", "Toetust saab taotleda iseteeninduses, otsus tehakse 30 päeva jooksul."),
             ("client", "Aitäh.")]
    _, verdicts = _score("et", turns)
    assert verdicts["needs"]["result"] == "fail"


def test_a_question_followed_by_goodbye_in_the_same_reply_clarifies_nothing():
    turns = [("agent", GREET["ru"]), ("client", ASK["ru"]),
             ("agent", "Правильно ли я понимаю, что Вы спрашиваете о пособии на ребёнка? Пособие выплачивается "
                       "автоматически, заявление не нужно. Всего доброго!")]
    _, verdicts = _score("ru", turns)
    assert verdicts["needs"]["result"] == "fail"


@pytest.mark.parametrize("lang, question, answer", [
    ("ru", "Правильно ли я понимаю, что Вы спрашиваете о пособии на ребёнка?", "Да, о нём."),
    ("et", "Kas ma saan õigesti aru, et küsite lapsetoetuse kohta?", "Jah, just."),
])
def test_a_clarifying_question_the_client_answers_still_counts(lang, question, answer):
    turns = [("agent", GREET[lang]), ("client", ASK[lang]), ("agent", question), ("client", answer),
             ("agent", "Toetust makstakse automaatselt, taotlust ei ole vaja esitada." if lang == "et"
              else "Пособие выплачивается автоматически, заявление подавать не нужно.")]
    _, verdicts = _score(lang, turns)
    assert verdicts["needs"]["result"] == "pass"


# -- 6. the agent narrating its own call-model stages instead of performing them (blind batch 5) ---------

@pytest.mark.parametrize("lang, reply, narrated", [
    ("ru", "Теперь я проявляю понимание. Теперь я подвожу итог и прощаюсь.", True),
    ("ru", "сейчас я сохраняю спокойствие и приветствую клиента", True),
    ("et", "Nüüd ma väljendan kaastunnet. Nüüd ma kontrollin arusaamist.", True),
    ("et", "Seejärel ma jätan hüvasti ja lõpetan kõne.", True),
    # a real hold, a real announcement with content, a real thanks
    ("ru", "Сейчас я посмотрю Ваши данные, подождите минутку.", False),
    ("ru", "Благодарю Вас за звонок, всего доброго!", False),
    ("et", "Nüüd ma vaatan Teie andmeid, palun oodake hetk.", False),
    ("et", "Nüüd ma teen kokkuvõtte: vaie 30 päeva jooksul, vormi leiate kodulehelt.", False),
])
def test_narrating_the_call_model_is_no_answer(lang, reply, narrated):
    findings = _findings(lang, [("agent", GREET[lang]), ("client", ASK[lang]), ("agent", reply)])
    kinds = [f.kind for f in findings]
    assert ("agent_instruction" in kinds) is narrated
