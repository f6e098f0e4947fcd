"""Issue #10 (batch 10 client notes): a trainee who only says goodbye to the client's open question.

A real caller does not answer „Aitäh, et kirjutasite! Kõike head!“ with "what do you mean?" (the fallback) and
stay on the line for ever: it parts unsatisfied, on the dialogue's `on_stuck` end, or (in a dialogue without one)
with a parting line of its own, and the call ends outside an end step, so the result marks it unfinished. A
goodbye that also answers or asks, or one after the client's last line, ends as before. An echo agent who checks
the same thing again and again gets "yes, I said so, but I have no answer", counted like a fallback."""

from __future__ import annotations

from datetime import date

import pytest
from client_support import play_client

from trainer.simulation.library import load_library
from trainer.simulation.reactions import LEFT_OPEN

TODAY = date(2026, 12, 1)


@pytest.fixture(scope="module")
def library():
    return load_library()


@pytest.mark.parametrize("scenario_id,replies", [
    ("child-allowance-et", ["Tere, Sotsiaalkindlustusamet, Liis kuuleb.", "Aitäh, et kirjutasite! Kõike head!"]),
    ("child-allowance-et", ["tere sotsiaalkindlustusamet liis", "head aega"]),
])
def test_goodbye_to_an_open_question_ends_on_the_unsatisfied_end(library, scenario_id, replies):
    scenario = library.get(scenario_id)
    said, conv = play_client(library, scenario, replies, TODAY)
    assert conv.finished and conv.state["step"] == scenario.dialogue.on_stuck
    assert "ei saanud päris hästi aru" not in said  # not the fallback "what do you mean?"


def test_without_an_unsatisfied_end_the_client_parts_and_the_call_is_unfinished(library):
    scenario = library.get("child-allowance-et")
    scenario = scenario.model_copy(update={"dialogue": scenario.dialogue.model_copy(update={"on_stuck": None})})
    said, conv = play_client(library, scenario, ["Tere, Sotsiaalkindlustusamet, Liis kuuleb.", "Head aega!"], TODAY)
    assert said == LEFT_OPEN["et"]
    assert conv.finished and conv.state["ended_by"] == "left_open"
    result = conv.score()
    assert result["unfinished"] is True and result["unfinished_feedback"]


@pytest.mark.parametrize("scenario_id,replies", [
    # a goodbye with an answer before it: the client reacts to the answer, the call is not cut off
    ("child-allowance-et", ["Tere, Sotsiaalkindlustusamet, Liis kuuleb.",
                            "Palju õnne! Lapsetoetust ei pea eraldi taotlema, see määratakse rahvastikuregistri "
                            "andmete põhjal ise ja Te saate iseteenindusse pakkumise. Head päeva!"]),
    # a goodbye with a question in it waits for the client's answer
    ("child-allowance-et", ["Tere, Sotsiaalkindlustusamet, Liis kuuleb.", "Kas on veel küsimusi? Head aega!"]),
])
def test_goodbye_with_content_or_a_question_is_not_cut_off(library, scenario_id, replies):
    said, conv = play_client(library, library.get(scenario_id), replies, TODAY)
    assert conv.state["ended_by"] != "left_open"
    assert "ei saanud ju vastust" not in said


# -- an echo agent: the same check of what the client wants, again and again, never an answer -----------------

ECHO_ET = ["Tere! Sotsiaalkindlustusamet, Liis. Kas ma sain õigesti aru, et küsite, kuidas lapsetoetust taotleda?",
           "Kas ma sain õigesti aru, et Te ei leia taotlust?",
           "Kas ma sain õigesti aru, et soovite teada, kust taotlust leida?",
           "Kas ma sain õigesti aru, et küsite taotluse kohta?",
           "Kas ma sain õigesti aru, et see on Teile oluline?"]


def test_echo_checks_are_confirmed_once_then_the_client_wants_an_answer(library):
    scenario = library.get("child-allowance-et")
    said, conv = play_client(library, scenario, ECHO_ET[:3], TODAY)
    client = [t["text"] for t in conv.turns if t["role"] == "client"]
    assert any("Jah, just nii" in t for t in client)
    assert "vastust ma ikka ei saanud" in said
    _, conv = play_client(library, scenario, ECHO_ET, TODAY)
    assert conv.state["step"] == scenario.dialogue.on_stuck  # counted as no progress: it ends unsatisfied


def test_one_check_then_a_real_answer_is_not_a_repeat(library):
    scenario = library.get("child-allowance-et")
    said, conv = play_client(library, scenario, [
        ECHO_ET[0],
        "Lapsetoetust ei pea taotlema: see määratakse ise rahvastikuregistri andmete põhjal ja iseteenindusse tuleb "
        "Teile pakkumine, mille saate kinnitada."], TODAY)
    assert "vastust ma ikka ei saanud" not in " ".join(t["text"] for t in conv.turns)
