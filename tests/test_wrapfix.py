"""Batch 35/36 client endings and a code reread (branch wrapfix), on replies written for the test (et and ru).

1. A verbless keyword run is not broken by an ordinal dot („8. kuupäev“) or a number range („29–42“); numbers next
   to each other count as one item of the run (`unspoken.long_verbless_runs`).
2. A checklist typed with ASCII boxes („[ ] vaie [ ] 30 päeva“) counts against the grateful ending but stays heard
   (`unspoken.boxed_checklist`).
3. invalid-code-et: the code said not to pass the check and „öelge see veel kord“, unpunctuated, is a request to
   read the code again.
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import play_client

from trainer.simulation.library import load_library
from trainer.simulation.unspoken import boxed_checklist, long_verbless_runs


@pytest.fixture(scope="module")
def library():
    return load_library()


def _play(library, scenario_id: str, replies: list[str]):
    """The client's words after the last reply and the conversation (a December day of batch 36)."""
    return play_client(library, library.get(scenario_id), replies, date(2026, 12, 8))


# -- 1. verbless runs ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("pension pangakonto ülekanne 5. kuupäev eelmise kuu eest iseteenindus taotlus volikiri notar tõend allkiri", "et"),
    ("toetus sügav puue raske puue keskmine puue 120 60 30–45 eurot taotlus perearst ekspertarst iseteenindus", "et"),
    # Russian writes the ordinal with a hyphen („5-го числа“), which joins already
    ("пособие тяжёлая степень средняя степень лёгкая степень 120 60 30–45 евро заявление врач самообслуживание", "ru"),
    ("пенсия перевод счёт банк 5-го число прошлый месяц 100–200 евро самообслуживание заявление справка", "ru"),
])
def test_keyword_run_across_ordinal_or_range_is_verbless(text, lang):
    assert long_verbless_runs(text, lang)


@pytest.mark.parametrize("text, lang", [
    # must-not: a verb in the run, a real sentence break after the number, or numbers that are one phone number
    ("pension tuleb pangakonto peale 5. kuupäeval eelmise kuu eest, avaldust pole vaja", "et"),
    ("toetus sügav puue 120. Raske puue 60 eurot. Keskmine 30–45 eurot avalduse alusel", "et"),
    ("isikukood 4 5 1 0 4 1 2 2 7 4 8 kontroll iseteenindus", "et"),
    ("пенсия приходит на счёт 5. числа за прошлый месяц, заявление не нужно", "ru"),
    ("телефон 1 5 5 0 1 справка самообслуживание", "ru"),
])
def test_speech_or_short_runs_are_not_verbless_keyword_runs(text, lang):
    assert not long_verbless_runs(text, lang)


def test_et_verbless_chain_with_ordinals_ends_unsure(library):
    words, conv = _play(library, "parental-benefit-chat-et", [
        "Tere! Mari, Sotsiaalkindlustusamet. isa vanemahüvitis 30 päeva pakkumus iseteenindus kinnitamine osadena "
        "kuni lapse 3-aastaseks saamiseni 8. kuupäev eelmine kuu",
        "samal ajal emaga isa vanemahüvitis jagatav vanemahüvitis ema vanemahüvitis 8. kuupäev pakkumus "
        "iseteenindus kinnitamine ärakiri"])
    # the chain answers nothing (`telegram.keyword_string` reads "3-aastaseks" and "8. kuupäev" inside it): the father
    # is still asking where the application is, or gives up unsure; never thankful, never on to his next question
    assert conv.state["step"] in ("where", "wrap_unsure")
    assert "aitäh" not in words.lower()


# -- 2. boxed checklists ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Meelespea: [ ] vaie [ ] 30 päeva jooksul [x] vabas vormis",
    "Памятка: [ ] 112 [ ] психиатр [v] близкий человек",
])
def test_boxed_checklist(text):
    assert boxed_checklist(text)


@pytest.mark.parametrize("text", [
    "Vaide saate esitada 30 päeva jooksul [ ] ja see on kõik.",  # one box
    "Vaadake juhendi punkte [1] ja [2].",  # references, no boxes
    "[уточняю] [объясняю сроки]",  # stage directions (staged.py's business)
])
def test_not_a_boxed_checklist(text):
    assert not boxed_checklist(text)


APPEAL_GREET_BOXES = "Tere! Mari, Sotsiaalkindlustusamet. Teemad: [ ] vaie [ ] tähtaeg [ ] vorm [ ] saatmine."
APPEAL_BOXES = "Meelespea: [ ] vaie [ ] 30 päeva jooksul [ ] vabas vormis [ ] e-kirjaga digiallkirjaga [ ] posti teel."


def test_et_call_of_boxed_checklists_ends_unsure_but_items_heard(library):
    said, conv = _play(library, "appeal-howto-chat-et", [APPEAL_GREET_BOXES, APPEAL_BOXES])
    assert conv.state["step"] == "wrap_unsure"
    assert "aitah" not in said.lower()


def test_et_one_checklist_after_a_real_answer_keeps_the_grateful_wrap(library):
    # must-not: one checklist beside a real answer is not a call answered mostly with non-answers
    _, conv = _play(library, "appeal-howto-chat-et", [
        "Tere! Mari, Sotsiaalkindlustusamet. Mõistan, et otsus tegi meele mõruks, aitan Teid.", APPEAL_BOXES])
    assert conv.state["step"] == "wrap"


# -- 3. invalid-code-et reread ---------------------------------------------------------------------------------------

CODE_START = ["tere sotsiaalkindlustusamet mari kuuleb", "selge palun öelge oma isikukood"]


@pytest.mark.parametrize("reply", [
    "see isikukood ei läbinud kontrolli äkki läks mõni number sassi lugege see palun veel kord",
    "Kood kontrolli ei läbi.",
    "palun kirjutage see veel kord",
])
def test_et_unpunctuated_reread_request_gets_the_code_again(library, reply):
    said, conv = _play(library, "invalid-code-et", [*CODE_START, reply])
    assert conv.state["step"] == "correct_code"
    assert "45104122748" in said


def test_et_thanks_once_more_is_no_reread(library):
    # must-not: „aitäh veel kord“ asks nothing to be read again
    _, conv = _play(library, "invalid-code-et", [*CODE_START, "kood läbis kontrolli aitäh veel kord"])
    assert conv.state["step"] != "correct_code"
