"""Issue #10, batch 20 client notes (tests/newuser/live20/RESULTS.md, "Left").

guardian-for-ward-et: the guardianship ruling said to be missing with two words between "meil" and "ei ole"
(„kohtumäärust meil veel registreeritud ei ole“) is heard: the client reacts to the news instead of asking
„Noh? Kas näete midagi?“ as if nothing had been said.
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import play_client

from trainer.simulation.library import load_library

TODAY = date(2026, 12, 7)
OPENING = [
    "Tere! Sotsiaalkindlustusamet, Marko kuuleb. Kuidas saan Teid aidata?",
    "Kas soovite teada venna puudetoetuse suurust? Palun öelge oma isikukood, et saaksin eestkoste kontrollida.",
    "Aitäh, Tiina Lepp, kas see on õige nimi? Kas võin Teid hetkeks ootele panna?",
]


@pytest.fixture(scope="module")
def library():
    return load_library()


@pytest.mark.parametrize("reply", [
    "Aitäh ootamast. Kontrollisin: eestkoste kohtumäärust meil veel registreeritud ei ole.",
    "kontrollisin, kohtumaarust meil kahjuks siiani ei ole",
    "Eestkoste kohtumäärust meie süsteemis praegu veel ei ole.",
])
def test_ruling_missing_in_other_words_is_heard(library, reply):
    said, conv = play_client(library, library.get("guardian-for-ward-et"), OPENING + [reply], TODAY)
    assert conv.state["step"] == "not_on_file", (said, conv.state["step"])
    assert "Kas näete midagi" not in said


@pytest.mark.parametrize("reply", [
    "Aitäh ootamast, ma kontrollin veel.",
    "Kohtumäärus on meil olemas, aga vaatan veel üle.",
])
def test_no_news_is_still_asked_about(library, reply):
    said, conv = play_client(library, library.get("guardian-for-ward-et"), OPENING + [reply], TODAY)
    assert conv.state["step"] == "check_again", (said, conv.state["step"])
