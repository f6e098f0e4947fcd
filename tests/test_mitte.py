"""An Estonian clause closed by an elliptical "mitte" ("eelneval reedel enam mitte") denies what stands before it;
"mitte" before a phrase ("mitte esmaspäeval") denies that phrase, not the one before (twenty-seventh session, seen by
the b40client helper: the abolished Friday rule read as said)."""

from __future__ import annotations

import pytest

from trainer.scoring.transcript import Transcript
from trainer.simulation.library import load_library

OPEN = "Tere! Sotsiaalkindlustusamet, Mari kuuleb."


@pytest.fixture(scope="module")
def library():
    return load_library()


def _failed(library, sid: str, reply: str) -> list[str]:
    scenario = library.get(sid)
    turns = [{"role": "agent", "text": OPEN}, {"role": "client", "text": "Kus mu pension on?"},
             {"role": "agent", "text": reply}]
    result = library.score(scenario, Transcript(language=scenario.language, channel=scenario.channel, turns=turns))
    return [c["id"] for c in result["criteria"] if c["result"] != "pass"]


DENIED = [
    "Pension makstakse 5. kuupäeval. Kui see on nädalavahetusel, makstakse järgmise kahe tööpäeva jooksul, "
    "eelneval reedel enam mitte.",
    "Nädalavahetuse korral tuleb pension järgmise kahe tööpäeva jooksul; reedel enne nädalavahetust enam mitte!",
    "kui viies on laupaeval siis makstakse jargmise kahe toopaeva jooksul eelneval reedel enam mitte",
]


@pytest.mark.parametrize("reply", DENIED)
def test_closing_mitte_denies_the_old_friday_rule(library, reply):
    assert "payment_rule" not in _failed(library, "pension-late-et", reply)


STILL_SAID = [
    "Kui 5. kuupäev on nädalavahetusel, makstakse pension eelneval reedel, mitte esmaspäeval.",
    "Nädalavahetuse korral makstakse pension eelneval reedel ja mitte hiljem.",
]


@pytest.mark.parametrize("reply", STILL_SAID)
def test_mitte_before_a_phrase_leaves_the_friday_rule_said(library, reply):
    assert "payment_rule" in _failed(library, "pension-late-et", reply)


def _misinformed(library, reply: str) -> list[str]:
    from trainer.simulation.examples import play_answers

    answers = ["Tere, Sotsiaalkindlustusamet, Liis kuuleb.", "Mõistan, et see teeb muret. Palun öelge oma isikukood.",
               reply]
    conv = play_answers(library.get("pension-late-et"), library, answers, seed=1)
    return [m["id"] for m in conv.state.get("misinformed", [])]


def test_the_client_does_not_hear_a_denied_friday_rule(library):
    reply = ("Aitäh. Viies oli laupäeval, seepärast makstakse järgmise kahe tööpäeva jooksul, eelneval reedel enam "
             "mitte. Raha jõuab kontole samal päeval.")
    assert "friday_rule" not in _misinformed(library, reply)


def test_the_client_still_hears_the_friday_rule_said(library):
    reply = "Aitäh. Viies oli laupäeval, seepärast maksti pension eelneval reedel, mitte esmaspäeval."
    assert "friday_rule" in _misinformed(library, reply)
