"""New-user batch 62 (live62) good and terse runs, on sentences written for these tests.

1. early-or-later-retirement-et good: "minna tavalisse vanaduspensioni" (to go onto the regular old-age pension at
   pension age) is no "pension läheb tavaliseks" (the early pension raised to the regular one): the translative of
   the wrong rule is matched as typed. The early pension said to grow at pension age ("ennetähtaegne pension
   suureneb pensioniealiseks saades") is the wrong rule, the yearly indexation is not.
2. living-alone-chat-et good: an object set off by an amount before its verb ("Toetust, 150 eurot, makstakse
   ...") is one clause, not three items of a stuffed list (`item_list._object_joined`).
3. death-report-et terse: "KOV" (kohalik omavalitsus) in capitals, also with a case ending ("KOV-i", "KOVist"),
   is read as the words it stands for, by the client and the scorer (`abbreviations`).
"""

from __future__ import annotations

import pytest
from scoring_support import scenario_criterion, wrong_claim_refs

from trainer.scoring.item_list import item_list
from trainer.simulation.library import load_library
from trainer.text.abbreviations import expand_abbreviations

EARLY = "old-age-pension.early_retirement_years"
SCENARIO = "early-or-later-retirement-et"


@pytest.fixture(scope="module")
def library():
    return load_library()


def _gated(verdict: dict) -> bool:
    return verdict["result"] == "fail" and bool(verdict.get("gate_failed")) and bool(verdict.get("misinforms"))


# -- 1. the regular pension at pension age is no early pension raised back -------------------------------------------

REGULAR_OPTION_ET = [
    "Võite ka oodata ja minna tavalisse vanaduspensioni pensioniea täitudes, siis vähendust pole.",
    "Teiseks saate pensioniikka jõudes minna tavalisele vanaduspensionile ilma vähenduseta.",
    "kui ootate pensioniea ara, lahete tavalisse pensioni ja vahendust ei ole",
]
REGULAR_OPTION_RU = [
    "Второй вариант – дождаться пенсионного возраста и выйти на обычную пенсию по старости, тогда уменьшения нет.",
]
RAISED_BACK_ET = [
    "Ennetähtaegne pension suureneb pensioniealiseks saades.",
    "ennetahtaegne pension tõuseb pensioniikka jõudes",
    "Varem minnes on pension väiksem, aga pensioniikka jõudes läheb see tavaliseks.",
    "Ennetähtaegne pension muutub hiljem tavaliseks.",
]
NOT_RAISED_ET = [
    "Ennetähtaegne pension ei suurene pensioniealiseks saades, see jääb kogu eluks väiksemaks.",
    "Ennetähtaegne pension suureneb igal aastal indekseerimisel, aga pensioniikka jõudes seda ei tõsteta.",
    "Edasilükatud pension suureneb iga kuu eest 0,9 protsenti.",
]


@pytest.mark.parametrize("reply", REGULAR_OPTION_ET)
def test_regular_pension_option_is_no_wrong_claim_et(library, reply):
    assert not _gated(scenario_criterion(library, SCENARIO, "early_is_smaller", reply))
    assert EARLY not in wrong_claim_refs(library, reply, "et")


@pytest.mark.parametrize("reply", REGULAR_OPTION_RU)
def test_regular_pension_option_is_no_wrong_claim_ru(library, reply):
    assert EARLY not in wrong_claim_refs(library, reply, "ru")


@pytest.mark.parametrize("reply", RAISED_BACK_ET)
def test_early_pension_raised_at_pension_age_stays_wrong(library, reply):  # must-not
    assert _gated(scenario_criterion(library, SCENARIO, "early_is_smaller", reply))


@pytest.mark.parametrize("reply", NOT_RAISED_ET)
def test_negated_or_indexed_growth_is_no_wrong_claim(library, reply):  # must-not for the new pattern
    assert not _gated(scenario_criterion(library, SCENARIO, "early_is_smaller", reply))


def test_whole_good_reply_keeps_the_right_rule(library):
    reply = ("Ennetähtaegne pension jääb kogu eluks väiksemaks. Teine võimalus on oodata ja minna tavalisse "
             "vanaduspensioni, kui jõuate pensioniikka – siis vähendust ei ole.")
    assert scenario_criterion(library, SCENARIO, "early_is_smaller", reply)["result"] == "pass"


# -- 2. an object set off by an amount is one clause -------------------------------------------------------------------

def _listed(sentence: str, lang: str = "et") -> bool:
    return item_list(sentence, lang, (), frozenset(), set())


@pytest.mark.parametrize("sentence", [
    "Puudega lapse toetust, 150 eurot, makstakse kuu lõpus, avaldust pole vaja.",
    "Üksi elava pensionäri toetust, 200 eurot, kantakse oktoobris kontole, taotlust esitama ei pea.",
    "Matusetoetust, 250 eurot, maksab vald, küsige sealt, ise meile teatama ei pea.",
])
def test_object_set_off_by_an_amount_is_a_clause(sentence):
    assert not _listed(sentence)


@pytest.mark.parametrize("sentence", [
    "Toetus, 200 eurot, makstakse oktoobris, automaatselt, ilma taotluseta.",
    "Pension, 200 eurot, oktoober, automaatselt, taotlus pole vaja.",
    "Elatisabi 200 eurot kuus, 45 päeva, makseettepaneku määrus, 150 päeva, kohtutäitur.",
    "Iseteeninduses, 200 eurot, oktoobris, automaatselt, taotluseta.",
])
def test_bare_items_stay_a_list(sentence):  # must-not
    assert _listed(sentence)


# -- 3. KOV read as kohalik omavalitsus --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("matusetoetust maksab KOV, poorduge sinna", "kohalik omavalitsus"),
    ("see on KOV-i teema, kysige vallast", "kohalik omavalitsus"),
    ("Küsige KOVist.", "kohalik omavalitsus"),
])
def test_kov_read_in_full(text, words):
    assert words in expand_abbreviations(text)


@pytest.mark.parametrize("text", [
    "see on kova sõna",
    "kov",
    "Kov on tema hüüdnimi.",
    "KOVID-i tõttu suleti",
])
def test_other_words_stay(text):  # must-not: lower case, other words
    assert "omavalitsus" not in expand_abbreviations(text)


def test_kov_answers_the_funeral_question(library):
    reply = "matusetoetus on KOV-i asi - poorduge linna sotsiaalosakonda. muud kysimused?"
    verdict = scenario_criterion(library, "death-report-et", "funeral_municipality", reply)
    assert verdict["result"] == "pass"


def test_kov_client_hears_the_municipality(library):
    from trainer.simulation.examples import play_answers

    answers = [
        "tere, sotsiaalkindlustusamet, Mari. kuidas saan aidata?",
        "siiras kaastunne. teatama ei pea, surm laheb rahvastikuregistrisse, pension lopetatakse ise.",
        "parast surma kontole tulnud pensioni kasutada ei tohi, amet noub selle tagasi.",
        "matusetoetust maksab KOV, poorduge valla voi linna poole kus isa elas.",
        "aitah et helistasite, koike head!",
    ]
    conv = play_answers(library.get("death-report-et"), library, answers, seed=1)
    client = [t["text"] for t in conv.turns if t["role"] == "client"]
    assert not any("ei saanud päris hästi aru" in t for t in client)
