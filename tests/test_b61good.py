"""New-user batch 61 (tests/newuser/live61): competent runs failed or not followed, on sentences written for these tests.

1. A whether-clause whose answer the sentence leaves to someone else ("Kas pension on laekunud, näeb ta ise oma
   pangast", «Поступила ли пенсия, он узнает в банке») names the question and discloses nothing, also when it opens
   a statement (`scoring.reported.embedded_whether`). An answer in the sentence, a question mark or the agent's own
   "näen" keep it a disclosure.
2. a) "Ütlen ausalt ja rahulikult: ..." is the agent's own manner of telling, not a call narrated in an impersonal
      present (`role_narration._conduct` reads the manner and the verb in one clause).
   b) A right the law grants said with certainty ("pojal on kindlasti õigus toitjakaotustoetusele", «ребёнку точно
      положено пособие») is no promise; a payment, a day, a decision or an amount said with certainty still is
      (`scoring.promise_rights`).
3. assistive-device-rehab-ru: «восст.» is «восстановительное», and the doctor prescribing the treatment («назначает
   врач») or the Health Insurance Fund paying it («платит Касса здоровья») answers who arranges it.
"""

from __future__ import annotations

import pytest

from trainer import text as tx
from trainer.scoring.promises import is_promise
from trainer.scoring.reported import embedded_whether
from trainer.scoring.role_narration import narrates_role
from trainer.scoring.transcript import Transcript, Turn
from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library
from trainer.text.abbreviations import expand_abbreviations


@pytest.fixture(scope="module")
def library():
    return load_library()


def _at(sentence: str, word: str) -> int:
    return tx.fold(sentence).index(tx.fold(word))


# -- 1. a whether-clause left to someone else -------------------------------------------------------------------------

@pytest.mark.parametrize("lang, sentence, word", [
    ("et", "Ja kas pension on juba laekunud, näeb ta ise oma internetipangast.", "pension"),
    ("et", "Kas raha on kontol, saate teada tema pangast.", "raha"),
    ("et", "Aga see, kas raha on kontole jõudnud, selgub tema pangaväljavõttelt.", "raha"),
    ("ru", "А поступила ли пенсия, он сам увидит в интернет-банке.", "пенсия"),
    ("ru", "Пришли ли деньги, Вы узнаете в его банке.", "деньги"),
])
def test_whether_left_to_someone_else_is_named_not_stated(lang, sentence, word):
    assert embedded_whether(sentence, _at(sentence, word), lang), sentence


@pytest.mark.parametrize("lang, sentence, word", [
    ("et", "Raha on kontole tulnud.", "raha"),
    ("et", "Jah, raha on kontol, aga summat ei ütle.", "raha"),
    ("et", "Kas raha on kontol, näete ise – jah, on küll.", "raha"),        # answered after all
    ("et", "Kas pension on laekunud, näen ma siit arvutist.", "pension"),    # the agent's own seeing
    ("et", "Kas raha on kontol, näeb ta ise?", "raha"),                      # a question
    ("et", "Kontrollisin, kas raha on kontol, ja näete, et on.", "raha"),
    # the main clause leaves it open; the seeing belongs to another clause (live20 national-pension-chat-et gaming)
    ("et", "Kas isa midagi saab, oleneb tema olukorrast – seda näeb ta ise iseteenindusest.", "isa"),
    ("ru", "Деньги уже пришли.", "деньги"),
    ("ru", "Пришли ли деньги, я вижу: да, пришли.", "деньги"),
])
def test_a_disclosure_stays_one(lang, sentence, word):
    assert not embedded_whether(sentence, _at(sentence, word), lang), sentence


def _payment_status(library, reply: str) -> str:
    scenario = library.get("neighbour-data-et")
    turns = [("agent", "Tere, Sotsiaalkindlustusamet, Liis kuuleb."),
             ("client", "Tere, kas mu tädil on pension kontole tulnud?"),
             ("agent", "Teise inimese andmeid ma telefonis öelda ei saa, see on isikuandmete kaitse. " + reply),
             ("client", "Selge."),
             ("agent", "Aitäh, head päeva!")]
    transcript = Transcript(language="et", channel="phone", turns=[Turn(role=r, text=t) for r, t in turns])
    result = library.score(scenario, transcript)
    return next(c["result"] for c in result["criteria"] if c["id"] == "no_payment_status")


def test_neighbour_told_where_to_see_it_is_no_disclosure(library):
    assert _payment_status(library, "Kas pension on laekunud, näeb tädi ise oma pangast.") == "pass"


@pytest.mark.parametrize("reply", [
    "Aga pension on kontole tulnud.",
    "Kas raha on kontol? Jah.",
    "Jah, raha on kontol, aga summat ma ei ütle.",
])
def test_neighbour_told_the_status_still_fails(library, reply):
    assert _payment_status(library, reply) == "fail"


# -- 2a. the agent's manner of telling --------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, sentence", [
    ("et", "Räägin rahulikult: lesele makstakse pensioni ainult siis, kui ta on pensioniealine."),
    ("et", "Ütlen otse ja viisakalt – toetust makstakse kuni 19-aastaseks saamiseni."),
    ("ru", "Скажу спокойно: пенсия вдове выплачивается только при определённых условиях."),
])
def test_own_manner_then_a_rule_is_no_narration(lang, sentence):
    assert not narrates_role(sentence, lang), sentence


@pytest.mark.parametrize("lang, sentence", [
    ("et", "Kõne lõpetatakse rahulikult ja viisakalt."),
    ("et", "Ütlen rahulikult: vestlus lõpetatakse viisakalt."),     # the narration after the colon
    ("et", "Vestlus, nagu ikka, lõpetatakse sõbralikult."),
    ("ru", "Разговор всегда завершается вежливо."),
])
def test_a_call_narrated_stays(lang, sentence):
    assert narrates_role(sentence, lang), sentence


def test_third_person_rule_text_alone_stays_flagged(library):
    """A reply of knowledge text about "the client" only, applied to no one, is still no answer."""
    from trainer.scoring.unaddressed import not_addressed

    assert not_addressed("Kliendile makstakse toitjakaotuspensioni ainult teatud tingimustel.", "et") == "third_person"


# -- 2b. a right said with certainty ----------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, sentence", [
    ("et", "Teile endale pensioni ilmselt ei maksta, aga poja toetus on kindlasti olemas."),
    ("et", "Teie pojal on kindlasti õigus toitjakaotustoetusele."),
    ("ru", "Право на пособие у сына точно есть."),
    ("ru", "Ребёнку точно положено пособие по потере кормильца."),
])
def test_a_right_said_with_certainty_is_no_promise(lang, sentence):
    assert not is_promise(sentence, lang), sentence


@pytest.mark.parametrize("lang, sentence", [
    ("et", "Teile makstakse kindlasti pension."),
    ("et", "Toetus tuleb kindlasti järgmisel kuul."),
    ("ru", "Пособие Вам точно назначат."),
    ("et", "Raha on kindlasti olemas."),
    ("et", "Pojal on kindlasti õigus toetusele ja see laekub järgmisel kuul."),
    ("et", "Teil on kindlasti õigus 345 euro suurusele toetusele."),
    ("et", "Luban, et toetus on olemas."),
    ("ru", "Деньги у Вас на счету точно есть."),
    ("ru", "Право на пособие точно есть, решение будет в понедельник."),
])
def test_an_outcome_said_with_certainty_stays_a_promise(lang, sentence):
    assert is_promise(sentence, lang), sentence


# -- 3. who arranges the rehabilitation -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, full", [
    ("спросите у врача про восст. лечение после операции", "восстановительное лечение"),
    ("восст. лечение назначает врач", "восстановительное лечение"),
])
def test_clipped_restorative_is_read_in_full(text, full):
    assert full in expand_abbreviations(text)


@pytest.mark.parametrize("text", ["восст лечение", "Всё восст."])
def test_clipped_restorative_only_with_its_stop_inside_a_sentence(text):
    assert "восстановительное" not in expand_abbreviations(text)


def test_treatment_prescribed_by_the_doctor_answers_who_arranges_it(library):
    conv = play_answers(library.get("assistive-device-rehab-ru"), library, [
        "добрый день, департамент соцстрахования, Ольга. слушаю",
        "ясно. ходунки вам самому нужны? бумага от врача уже есть?",
        "значит так: со справкой врача идёте в фирму с договором с Департаментом, список на сайте. понятно?",
        "часть платит государство, долю скажет фирма. восст. лечение назначает ваш врач, платит Касса здоровья. ясно?",
        "да, всё верно. всего доброго!",
    ])
    steps = [t.get("step") for t in conv.turns if t["role"] == "client"]
    assert "rehab_again" not in steps, steps
