"""New-user batch 64 (live64) good and terse runs, on sentences written for these tests.

1. national-pension-chat-et terse: a limit word skipped inside a phrase changes what the phrase says: "saab juurde
   taotleda kuni rahvapensioni määrani" (the difference up to the national-pension rate) is no "saab taotleda
   rahvapensioni" (rahvapension instead of the old-age pension). A phrase word after a skipped "kuni" is no match
   (`phrases.PhraseSet`); "kuni" said in the phrase itself, or another word skipped, still matches.
2. national-pension-chat-et good: "Eesti maksab pensioni 8 aasta eest ja Soome 25 aasta eest" says who pays for
   which years with the verb left out of the second half (Finland pays for its 25); it is no "Estonia pays for all
   the years". "... ja ka Soome 25 aasta eest" or a 25 / 33 years said of Estonia alone still is.
3. indexation-day-et terse: "5. kuup", "8. kp" (kuupäev clipped after the day of the month) are read as
   "kuupäeval" by the client and the scorer alike (`date_abbreviations`): the client hears the day and asks only
   about the Sunday. "kp" without an ordinal ("30 kp", which may be calendar days) and "kuup" with no number stay.
"""

from __future__ import annotations

import pytest
from scoring_support import scenario_criterion

from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library
from trainer.text import PhraseSet
from trainer.text.abbreviations import expand_abbreviations

NATIONAL = "national-pension-chat-et"
INSTEAD = ["saab taotleda rahvapensioni", "saab rahvapensioni", "Eestist rahvapension"]


@pytest.fixture(scope="module")
def library():
    return load_library()


def _gated(verdict: dict) -> bool:
    return verdict["result"] == "fail" and bool(verdict.get("gate_failed"))


# -- 1. "kuni X" is a limit, not X ------------------------------------------------------------------------------------

UP_TO = [
    "Kui summa jääb väikeseks, saab juurde taotleda kuni rahvapensioni määrani.",
    "kui kahe peale tuleb vahem kui 414,10 siis saab lisa taotleda kuni rahvapensioni maarani",
    "Siis saab ta taotleda kuni rahvapensioni määrani vahet.",
]
INSTEAD_SAID = [
    "Kuna Eesti staaži on vähe, saab ema taotleda rahvapensioni.",
    "Eesti staaži on vähe, nii et ta saab rahvapensioni.",
    "siis saab kohe taotleda rahvapensioni",
]


@pytest.mark.parametrize("reply", UP_TO)
def test_a_limit_up_to_the_rate_is_no_national_pension_instead(library, reply):
    assert not PhraseSet(INSTEAD, "et").matches(reply)
    assert not _gated(scenario_criterion(library, NATIONAL, "no_national_instead", reply))


@pytest.mark.parametrize("reply", INSTEAD_SAID)
def test_national_pension_instead_still_fails(library, reply):  # must-not
    assert PhraseSet(INSTEAD, "et").matches(reply)
    assert _gated(scenario_criterion(library, NATIONAL, "no_national_instead", reply))


@pytest.mark.parametrize("phrase, text", [
    ("makstakse kuni määrani", "Vahe makstakse kuni rahvapensioni määrani."),   # "kuni" in the phrase itself
    ("выплачивается месяца", "Пенсия выплачивается до месяца смерти."),        # Russian untouched
    ("maksab pensioni", "Eesti maksab emale pensioni."),                       # another word skipped
])
def test_a_phrase_with_its_own_limit_word_still_matches(phrase, text):  # must-not
    assert PhraseSet([phrase], "et" if text[0] < "Ѐ" else "ru").find_all(text)


# -- 2. "Eesti ... 8 aasta eest ja Soome 25 aasta eest" -------------------------------------------------------------

SPLIT_PAYERS = [
    "Kokku: Eesti maksab vanaduspensioni oma 8 aasta eest ja Soome 25 aasta eest.",
    "eesti maksab 8a eest ja soome oma 25a eest",
    "Meie maksame pensioni kaheksa aasta eest ning Soome 25 aasta eest.",
]
ESTONIA_ALL = [
    "Eesti maksab pensioni 8 aasta eest ja ka Soome 25 aasta eest.",
    "Eesti maksab emale pensioni 33 aasta eest.",
    "Eesti maksab pensioni kõigi aastate eest ja Soome 25 aasta eest.",
]


# the rest of the criterion said right: the Finnish pension applied for here and forwarded
FORWARDED = " Soome pensioni taotluse võtame vastu meie ja edastame selle Soome pensioniasutusele."


@pytest.mark.parametrize("reply", SPLIT_PAYERS)
def test_each_state_paying_its_own_years_is_no_wrong_payer(library, reply):
    assert scenario_criterion(library, NATIONAL, "foreign_pension", reply + FORWARDED)["result"] == "pass"


@pytest.mark.parametrize("reply", ESTONIA_ALL)
def test_estonia_paying_the_finnish_years_still_fails(library, reply):  # must-not
    verdict = scenario_criterion(library, NATIONAL, "foreign_pension", reply + FORWARDED)
    assert _gated(verdict) and "Aastad liidetakse ainult" in verdict.get("feedback", "")


# -- 3. "5. kuup", "8. kp" ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, read", [
    ("pension tuleb 5. kuup, mitte täna", "pension tuleb 5. kuupäeval, mitte täna"),
    ("toetus makstakse iga kuu 10. kp.", "toetus makstakse iga kuu 10. kuupäeval."),
    ("raha tuleb 5. kuup. Laupäeval pole makseid.", "raha tuleb 5. kuupäeval. Laupäeval pole makseid."),
    ("makse iga kuu 20 kuup ja mitte varem", "makse iga kuu 20 kuupäeval ja mitte varem"),
    ("maksepäev on 7. kpv", "maksepäev on 7. kuupäeval"),
])
def test_a_clipped_day_of_the_month_is_read_in_full(text, read):
    assert expand_abbreviations(text) == read


@pytest.mark.parametrize("text", [
    "vaie 30 kp jooksul",            # no ordinal: may be calendar days
    "otsuse kp ja nr palun",         # no number before it
    "kuup ei ole märgitud",
    "makstakse 45. kuup",            # no day of a month
])
def test_a_clipped_word_without_a_day_stays(text):  # must-not
    assert expand_abbreviations(text) == text


_GREETING = "sotsiaalkindlustusamet, mari, tere"


@pytest.mark.parametrize("reply", [
    "tõus hakkab 1. aprillist, raha tuleb aprilli pensioniga, mida makstakse 5. kuup",
    "tous kehtib aprillist, makstakse koos aprilli pensioniga 5. kp, tana veel mitte",
])
def test_the_client_hears_the_clipped_day(library, reply):
    conv = play_answers(library.scenarios["indexation-day-et"], library, [_GREETING, reply])
    assert conv.turns[-1]["step"] == "fifth_on_sunday"


def test_the_client_still_asks_the_day_when_none_was_said(library):  # must-not
    reply = "tous kehtib aprillist ja tuleb aprilli pensioniga, mitte tana"
    conv = play_answers(library.scenarios["indexation-day-et"], library, [_GREETING, reply])
    assert conv.turns[-1]["step"] == "opening_again"
