"""The client hears a promise as the scorer reads it (review of batch 57's fix): the case's legal deadline said with
certainty and "at the latest" is the rule, not a promise, for the client's ``promised`` signal as for the scorer's
``promise`` check (`trainer.scoring.promise_deadline.binding_promises`). Own sentences.

Must-nots: a decision by that date, a date tomorrow and an outcome stay promises for both.
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import play_to_end

from trainer.simulation.library import load_library

TODAY = date(2026, 12, 7)
SCENARIO = "pension-application-window-et"
GREETING = "Tere, Sotsiaalkindlustusamet, Kadri kuuleb. Kuidas saan aidata?"
RULE = ("Kui saadate meile kirjaliku küsimuse, vastame 30 päeva jooksul, ehk hiljemalt 6. jaanuariks. ")


@pytest.fixture(scope="module")
def library():
    return load_library()


def _promised(library, reply: str) -> tuple[bool, list[str]]:
    conv = play_to_end(library, SCENARIO, [GREETING, reply], TODAY)
    client = bool(conv.state["ever"].get("promised"))
    return client, [rec["id"] for rec in conv.state.get("misinformed", [])]


@pytest.mark.parametrize("reply", [
    RULE + "Vastuse saate kindlasti hiljemalt 6. jaanuariks.",
    RULE + "Vastus tuleb Teile kindlasti hiljemalt 6. jaanuariks.",
])
def test_legal_deadline_is_no_promise_for_the_client(library, reply):
    client, recorded = _promised(library, reply)
    assert not client
    assert "promised_decision" not in recorded


@pytest.mark.parametrize("reply", [
    RULE + "Otsuse saate kindlasti hiljemalt 6. jaanuariks.",
    RULE + "Vastuse saate kindlasti juba homme.",
    "Luban, et pension määratakse Teile kindlasti enne jõule.",
])
def test_promises_stay_promises_for_the_client(library, reply):
    client, recorded = _promised(library, reply)
    assert client
    assert "promised_decision" in recorded
