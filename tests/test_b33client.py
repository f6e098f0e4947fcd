"""New-user batch 33 (live33): client oddities, each tested with replies written for the test.

1. neighbour-data-et: refused with a reason but no way out yet, the neighbour asks what he can do instead of
   hanging up; a refusal that closes the call still ends it.
2. data-request-bailiff-et: told a court ruling is needed, the bailiff reacts to that and goes for the ruling,
   not for the written request it was never told about.
3. refuses-code-et: "ei pea muretsema" only once the processing time was said, not after "received" alone.
4. maintenance-support-et: a keyword recap with a check question and a goodbye to the client's open question ends
   the call unhelped; a real answer with a goodbye lets the client go on asking.
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import play_client

from trainer.simulation.library import load_library

TODAY = date(2026, 12, 8)


@pytest.fixture(scope="module")
def library():
    return load_library()


def _play(library, scenario_id: str, replies: list[str]):
    return play_client(library, library.get(scenario_id), replies, TODAY)


# -- 1. neighbour-data-et: the chance to offer the options ----------------------------------------------------------

NEIGHBOUR = "neighbour-data-et"
N_START = ["Tere, Sotsiaalkindlustusamet, Liina kuuleb.",
           "Kena, et hoolite. Kas küsite Antsu pensioni kohta? Seda ma öelda ei saa."]


def test_et_neighbour_refused_without_options_asks_what_to_do(library):
    said, conv = _play(library, NEIGHBOUR, [*N_START, "Mõistan, aga isikuandmete kaitse tõttu räägin teise inimese "
                                                       "pensionist ainult temale endale."])
    assert "mis ma siis teha saan" in said
    assert not conv.finished


def test_et_neighbour_then_options_lead_to_wrap(library):
    said, conv = _play(library, NEIGHBOUR, [*N_START, "Isikuandmete kaitse tõttu ei tohi ma seda avaldada.",
                                            "Ants võib meile ise helistada või helistate koos temaga."])
    assert conv.state["step"] == "accepts" and "mis ma siis teha" not in said


def test_et_neighbour_refusal_with_goodbye_still_ends(library):
    # must-not: the agent closed, so the neighbour leaves instead of asking
    said, conv = _play(library, NEIGHBOUR, [*N_START, "Isikuandmete kaitse tõttu ei tohi ma seda avaldada. "
                                                       "Head aega!"])
    assert "mis ma siis teha" not in said
    assert conv.state["step"] == "annoyed"


# -- 2. data-request-bailiff-et: acting on the wrong rule -------------------------------------------------------------

BAILIFF = "data-request-bailiff-et"
B_START = ["Tere, Sotsiaalkindlustusamet, Peeter kuuleb.", "Kas vajate võlgniku pensioni andmeid?"]
B_REFUSE = "Telefonis ma isikuandmeid anda ei saa, ka kohtutäiturile mitte. "
B_WRITTEN = ("Telefonis ma ei saa kontrollida, kellega räägin, seepärast saatke palun kirjalik päring õigusliku "
             "alusega meie ametlikule e-posti aadressile.")


@pytest.mark.parametrize("wrong", [
    "Andmeid anname kohtutäiturile ainult kohtu määruse alusel.",
    "Selleks on vaja kohtumäärust, ilma kohtu määruseta me andmeid ei väljasta.",
    "Kohtu määrus on vajalik, enne seda me midagi ei saada.",
])
def test_et_bailiff_believes_the_court_ruling_and_goes_for_it(library, wrong):
    said, conv = _play(library, BAILIFF, [*B_START, B_REFUSE + wrong])
    assert "kohtult määruse" in said
    assert any(r["id"] == "court_order_required" for r in conv.state.get("misinformed", []))
    said, conv = _play(library, BAILIFF, [*B_START, B_REFUSE + wrong, B_WRITTEN])
    assert conv.finished or conv.state["awaiting_close"]
    assert "Saadan kirjaliku päringu" not in said


@pytest.mark.parametrize("right", [
    B_WRITTEN,
    "Kohtu määrust selleks vaja ei ole: " + B_WRITTEN[0].lower() + B_WRITTEN[1:],
])
def test_et_bailiff_on_the_right_path_sends_the_written_request(library, right):
    # must-not: no court ruling said (or one said not to be needed): no reaction, the written request
    said, conv = _play(library, BAILIFF, [*B_START, B_REFUSE + right])
    assert not conv.state.get("misinformed")
    said, conv = _play(library, BAILIFF, [*B_START, B_REFUSE + right, B_WRITTEN])
    assert "kohtult" not in said and "Saadan kirjaliku päringu" in said


# -- 3. refuses-code-et: relief follows what was said -----------------------------------------------------------------

CODE = "refuses-code-et"
C_START = ["Tere, Sotsiaalkindlustusamet, Mari kuuleb.", "Vaatan meelsasti järele. Palun öelge oma isikukood.",
           "Küsin koodi Teie enda andmete kaitseks: ilma tuvastamata ei tohi ma taotluse andmeid kellelegi avaldada."]


def test_et_received_alone_brings_no_relief(library):
    said, conv = _play(library, CODE, [*C_START, "Aitäh, Andrus Sander. Teie taotlus jõudis meile 20. novembril."])
    assert conv.state["step"] == "look"
    assert "muretsema" not in said and "kaua" in said


def test_et_received_with_the_processing_time_relieves(library):
    said, conv = _play(library, CODE, [*C_START, "Aitäh, Andrus Sander. Teie taotlus jõudis meile 20. novembril ja "
                                                  "otsus tehakse 15 tööpäeva jooksul viimase dokumendi saabumisest."])
    assert "mis ajaga arvestada" in said  # (batch 43: no "ei pea muretsema" when no date is promised)


# -- 4. maintenance-support-et: a hollow close to an open question ----------------------------------------------------

MAINTENANCE = "maintenance-support-et"
M_START = ["Tere, Sotsiaalkindlustusamet, Jaan kuuleb.", "Kas olete kohtusse pöördunud?"]


def test_et_keyword_recap_with_goodbye_ends_unhelped(library):
    said, conv = _play(library, MAINTENANCE, [*M_START, "Mõistan. Kokkuvõtteks: toetus, paber, aeg, raha, kuupäev. "
                                                        "Kas see vastas Teie küsimusele? Kõike head!"])
    assert conv.state["step"] == "wrap_unsure"
    assert "tähtaeg" not in said


def test_et_real_answer_with_goodbye_lets_the_client_ask_on(library):
    # must-not: something said to the client; its next question comes
    said, conv = _play(library, MAINTENANCE, [*M_START, "Jah, riik saab aidata: Teie saate meilt taotleda "
                                                        "elatisabi. Kas see vastas Teie küsimusele? Kõike head!"])
    assert conv.state["step"] != "wrap_unsure"
    assert not conv.finished
