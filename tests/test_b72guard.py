"""New-user batch 72 (live72 guardian-for-ward-et), on sentences written for these tests.

- terse: the copy to send was said with its document left out, the court order having just been named by the client
  and by the agent herself („... saatke koopia: digiallkirjaga e-kiri, post ...“). In this scenario there is no other
  document to copy, so "send (us) a copy" is the court order's copy; ruling_needed did not see it.
- terse: the verbless recap „kokku: määrus meile, siis venna asjad“ took up nothing said before, as „määrus“ was
  said only as the head of the compound „kohtumäärust“; a recap noun now also takes up an earlier Estonian compound
  that ends in it (`content_words.compound_tail`, which the need check already used for the client's words).
- good: the result said with the place or the participle on the other side of the negation („meie andmetes Teie
  eestkostet veel ei ole, kohtumäärust ei ole ametile esitatud“) was not heard as "not on file", and the client asked
  „Noh? Kas näete midagi?“ again. The client's ear (`missing_said`) now reads the guardianship or the court order, a
  negation and a place of ours or a participle of arrival in one clause, in either order.
"""

from __future__ import annotations

import pytest
from client_support import client_steps, play_to_end
from scoring_support import scenario_criterion

from trainer.simulation.examples import EXAMPLE_DATE
from trainer.simulation.library import load_library

SID = "guardian-for-ward-et"


@pytest.fixture(scope="module")
def library():
    return load_library()


# -- the copy to send, its document left out ------------------------------------------------------------------

@pytest.mark.parametrize("reply", [
    "Määrus tuleb meile ise saata. Saatke meile selle koopia digiallkirjaga e-postiga või tooge teenindusbüroosse.",
    "kohus seda ise ei saada. saatke koopia digiallkirjaga e-postiga voi posti teel",
    "Saate selle koopia saata posti teel või digitaalselt allkirjastatult e-postiga.",
    "Koopia saatke palun e-postiga, digiallkirjaga.",
])
def test_copy_without_its_document_counts_as_the_ruling(library, reply):
    assert scenario_criterion(library, SID, "ruling_needed", reply)["result"] == "pass"


@pytest.mark.parametrize("reply", [
    "Saatke meile palun koopia.",                                    # no way to send it
    "Koopiat ei ole vaja saata, kohus saadab selle ise posti teel.",  # the copy denied (and the wrong rule)
    "Kas Teil on koopia olemas? Saatke see digiallkirjaga e-postiga.",  # a copy only asked about
])
def test_copy_not_told_to_send_is_no_ruling(library, reply):
    assert scenario_criterion(library, SID, "ruling_needed", reply)["result"] == "fail"


def test_shortcut_still_fails_the_gate(library):
    reply = "Kohus saadab määruse ise, Teil ei ole vaja midagi saata, koopiat pole vaja."
    assert scenario_criterion(library, SID, "no_shortcut", reply)["result"] == "fail"


# -- the result heard in either word order ---------------------------------------------------------------------

ET_TO_CHECK = ["Tere, Sotsiaalkindlustusamet, Kati kuuleb.", "Palun öelge oma nimi ja isikukood.",
               "Aitäh, Tiina Lepp. Kas võin Teid hetkeks ootele panna? Vaatan, kas eestkoste on meil kirjas."]


@pytest.mark.parametrize("result", [
    "Tänan ootamast. Meie registris Teie eestkostet praegu ei ole, seega venna andmeid ma öelda ei saa.",
    "Tänan ootamast. Kohtumäärust ei ole ametile veel esitatud, nii et venna andmeid ma anda ei saa.",
    "tanan ootamast. susteemis teie eestkostet pole, maarus ei ole meieni joudnud. venna andmeid ei saa oelda",
    "Tänan ootamast. Eestkoste andmed meil puuduvad, venna kohta ma infot anda ei saa.",
])
def test_missing_result_in_either_order_is_heard(library, result):
    conv = play_to_end(library, SID, [*ET_TO_CHECK, result], EXAMPLE_DATE)
    assert client_steps(conv)[-1] == "not_on_file"


@pytest.mark.parametrize("result", [
    "Tänan ootamast. Teie eestkoste on meie andmetes olemas ja kohtumäärus on ametile esitatud.",
    "Tänan ootamast. Kohtumäärust ei ole vaja notariaalselt kinnitada.",
])
def test_no_missing_result_is_not_heard_as_missing(library, result):
    conv = play_to_end(library, SID, [*ET_TO_CHECK, result], EXAMPLE_DATE)
    assert client_steps(conv)[-1] != "not_on_file"


# -- the verbless recap of a compound's head ---------------------------------------------------------------------

TERSE_TO_WRAP = ["tere, sotsiaalkindlustusamet, kati kuuleb",
                 "saan aru, venna toetus. esmalt oelge oma nimi ja isikukood palun",
                 "tanan, tiina lepp. kas voin teid hetkeks ootele panna? kontrollin eestkostet",
                 "aitah ootamast. teie eestkostet meil ei ole, kohtumaarust pole meile esitatud. venna andmeid ma seega "
                 "oelda ei saa",
                 "saatke koopia: digiallkirjaga e-postiga voi posti teel. siis saate venna toetuse asju ajada"]


def _summary(library, goodbye: str) -> str:
    conv = play_to_end(library, SID, [*TERSE_TO_WRAP, goodbye], EXAMPLE_DATE)
    assert client_steps(conv)[-1] == "wrap"
    return next(c["result"] for c in conv.score()["criteria"] if c["id"] == "summary")


@pytest.mark.parametrize("goodbye", ["kokku: maarus meile, siis venna kusimused. koike head",
                                     "Kokku: määrus meile ja siis venna küsimused. Kõike head!"])
def test_verbless_recap_of_a_compounds_head_is_a_summary(library, goodbye):
    assert _summary(library, goodbye) == "pass"


@pytest.mark.parametrize("goodbye", ["kokku: pension meile, siis venna kusimused. koike head",   # a point never said
                                     "Kokku: otsus meile ja siis venna küsimused. Kõike head!"])
def test_verbless_recap_over_other_points_is_no_summary(library, goodbye):
    assert _summary(library, goodbye) == "fail"


def test_compound_tail():
    from trainer.scoring.content_words import compound_tail  # new here (moved from clarify.py)

    assert compound_tail("kohtumaarust", {"maaru"})
    assert compound_tail("arstitoendit", {"toend"})
    assert not compound_tail("maarust", {"maaru"})   # the word itself, no compound
