"""New-user batch 58 (live58) application-channel-chat-et wrong passed at 100, on sentences written for these tests.

The son of an 81-year-old mother was told that her disability application is filed with Töötukassa: go to a
Töötukassa office or post the paper application to Töötukassa. A person of pension age applies to the Board
(Sotsiaalkindlustusamet): on paper by post, at a service office with an identity document, or by a digitally signed
e-mail; the joint application at Töötukassa is a working-age person's (knowledge disability.joint_application_working_age).
The knowledge claim for a pensioner sent to Töötukassa needs the words "pensionieas" / "pensionär" in the sentence;
here the age is only in the client's opening, so the scenario's signal tootukassa_path reads any sentence that sends
the application (or the mother) to Töötukassa: the gate channels_offered names it, the client believes it
(misinformation tootukassa_office) and leaves without thanks (end step to_tootukassa). Töötukassa named correctly (the
working-age joint application, a denial, "not Töötukassa but us", a question) is not flagged. The scenario has no
Russian twin.
"""

from __future__ import annotations

import pytest
from client_support import hears
from scoring_support import scenario_criterion

from trainer.simulation.examples import EXAMPLE_DATE, play_answers
from trainer.simulation.library import load_library

SID = "application-channel-chat-et"


@pytest.fixture(scope="module")
def library():
    return load_library()


def _signal(library, name: str, sentence: str) -> bool:
    return hears(library, SID, name, sentence, EXAMPLE_DATE)


def _gated(verdict: dict) -> bool:
    return verdict["result"] == "fail" and bool(verdict.get("gate_failed")) and bool(verdict.get("misinforms"))


WRONG = [
    "Puudetaotluse saab ema esitada Töötukassale, sinna võib selle ka postiga saata.",
    "Minge emaga lähimasse Töötukassa esindusse, võtke pass kaasa.",
    "Paberil taotluse saatke posti teel Töötukassasse, arvutit ei ole vaja.",
    "Hea, et arst on asjaga kursis, nüüd tuleb pöörduda Töötukassa poole.",
    "Taotlus ei lähe meile, vaid Töötukassale.",
    "Ema võib taotluse viia Töötukassa klienditeenindusse või saata selle Töötukassale posti teel.",
    "Kokkuvõtteks: taotlus Töötukassa büroos isikut tõendava dokumendiga.",
    "Puude tuvastamise taotlused võtab vastu Töötukassa, nii et saatke see Töötukassale ära.",
]
RIGHT = [
    "Tööealistel on ühistaotlus Töötukassas, Teie emal aga esitatakse taotlus meile.",
    "Tööealistel on Töötukassas ühistaotlus. Teie emal aga esitatakse taotlus meile.",
    "Teie ema ei pea Töötukassasse minema: taotlus tuleb saata meile posti teel.",
    "Taotlus saadetakse meile, mitte Töötukassale.",
    "Töötukassasse minna pole vaja, ema saab taotluse tuua meie klienditeenindusse.",
    "Kas keegi soovitas Teil Töötukassasse pöörduda?",
    "Kui ema oleks noorem, saaks ta esitada ühistaotluse Töötukassale, aga 81-aastasena esitab ta taotluse meile.",
    "Töövõime hindamine käib Töötukassas, puude taotlus aga tuleb meile.",
    "Taotluse saab saata posti teel või tuua klienditeenindusse, kaasas isikut tõendav dokument.",
    "Töötukassa ühistaotlus on mõeldud tööeas inimestele, pensioniealine saadab taotluse Sotsiaalkindlustusametile.",
]


@pytest.mark.parametrize("sentence", WRONG)
def test_application_sent_to_tootukassa_is_heard(library, sentence):
    assert _signal(library, "tootukassa_path", sentence)


@pytest.mark.parametrize("sentence", RIGHT)
def test_tootukassa_named_correctly_is_not_heard(library, sentence):  # must-not
    assert not _signal(library, "tootukassa_path", sentence)


def test_tootukassa_office_fails_the_channels_gate(library):
    reply = ("Ilma arvutita saab taotluse esitada paberil: saatke see posti teel Töötukassale või minge emaga "
             "Töötukassa klienditeenindusse, kaasas isikut tõendav dokument.")
    assert _gated(scenario_criterion(library, SID, "channels_offered", reply))


def test_right_channels_with_tootukassa_named_pass_the_gate(library):  # must-not
    reply = ("Töötukassa ühistaotlus on tööealistele. Teie ema saab taotluse saata meile posti teel või tuua "
             "klienditeenindusse, kaasas isikut tõendav dokument.")
    assert scenario_criterion(library, SID, "channels_offered", reply)["result"] == "pass"


WRONG_RUN = [
    "Tere! Sotsiaalkindlustusameti veebivestlus, kirjutab Anne. Kas ema on perearstiga juba rääkinud?",
    "Siis on esimene samm tehtud. Puudetaotluse saab ema esitada Töötukassale: saatke paberil taotlus posti teel "
    "Töötukassasse või minge emaga Töötukassa esindusse, võtke isikut tõendav dokument kaasa.",
    "Täita võite aidata, aga allkirjastama peab ema ise või on vaja volikirja. Kas see vastas Teie küsimusele?",
    "Kõike head!",
]
RIGHT_RUN = [
    "Tere! Sotsiaalkindlustusameti veebivestlus, kirjutab Anne. Kas ema on perearstiga juba rääkinud?",
    "Siis on esimene samm tehtud. Tööealistel on ühistaotlus Töötukassas, Teie emal aga esitatakse taotlus meile: "
    "saatke paberil taotlus posti teel või tulge emaga meie klienditeenindusse, kaasas isikut tõendav dokument.",
    "Täita võite aidata, aga allkirjastama peab ema ise või on vaja volikirja. Kokkuvõtteks: paberil posti teel või "
    "klienditeeninduses, ema allkirjastab. Kas see vastas Teie küsimusele?",
    "Soovi korral saadan vestluse ärakirja. Kõike head!",
]


def test_son_believes_tootukassa_and_the_run_fails(library):
    conv = play_answers(library.get(SID), library, WRONG_RUN, seed=1)
    result = conv.score()
    assert not result["passed"]
    assert "channels_offered" in result["gate_failures"]
    assert "tootukassa_office" in [m["id"] for m in conv.state.get("misinformed", [])]
    last = [t for t in conv.turns if t["role"] == "client"][-1]
    assert last.get("step") == "to_tootukassa"
    assert "aitäh" not in last["text"].lower()  # no thanks for the wrong office


def test_tootukassa_named_correctly_passes(library):  # must-not
    conv = play_answers(library.get(SID), library, RIGHT_RUN, seed=1)
    result = conv.score()
    assert result["passed"], result["gate_failures"]
    assert not conv.state.get("misinformed")
