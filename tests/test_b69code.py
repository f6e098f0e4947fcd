"""New-user batch 69 (refuses-code-et terse): the reason a personal code is asked, in the words a trainee uses.

A reason of the kind "it is for your own protection" („see on Teie enda kaitseks“, «это для Вашей же защиты») and an
identity condition („andmeid ütlen ainult siis, kui tean, et räägin Teiega“, «данные сообщаю, только когда уверена,
что говорю с Вами») tell the caller why the code is asked; the concept `data_protection_reason` knew neither, so
`code_reason` failed a clear explanation. "It is our rule" („see on meie reegel“, «так положено») stays no reason.

Every sentence here was written for the test, not copied from the runs.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from client_support import play_client

from trainer.scoring.score import builtin_concepts
from trainer.simulation.library import Library, load_library, scoring_settings
from trainer.text import PhraseSet

ROOT = Path(__file__).parent.parent
CONCEPTS = {**builtin_concepts(scoring_settings()), **Library.load(ROOT).rubrics["call-model"].concepts}
TODAY = date(2026, 12, 8)


def _reason(text: str, lang: str) -> bool:
    return PhraseSet(list(CONCEPTS["data_protection_reason"][lang]), lang).matches(text)


@pytest.mark.parametrize("text", [
    "küsin seda ju Teie enda kaitseks",
    "See on Teie kaitseks, et keegi võõras Teie pensioni kohta midagi teada ei saaks.",
    "taotluse infot annan välja ainult siis, kui olen kindel, et räägin Teiega",
    "ma saan andmeid öelda vaid siis kui tean et suhtlen just Teiega",
    "nii, see on teie enda kaitseks - muidu ei tea ma kellega räägin",  # lowercase "teie", a dash
    "see on teie enda kaitseks, ilma selleta ma taotlust ei vaata",  # no õäöü needed
])
def test_et_a_reason_for_the_code(text):
    assert _reason(text, "et")


@pytest.mark.parametrize("text", [
    "see on meie reegel",
    "nii on vaja",
    "nii on kord, ilma isikukoodita ei saa",
    "ma ei ole kindel, et räägin Teiega",  # a doubt, not a reason told
    "Kas ma räägin Teiega, härra Sepp?",
    "Kaitseks pole Teil midagi vaja teha.",
])
def test_et_no_reason(text):
    assert not _reason(text, "et")


@pytest.mark.parametrize("text", [
    "Спрашиваю для Вашей же безопасности.",
    "это для вашей защиты, поймите",
    "сведения сообщаю лишь тогда, когда уверена, что разговариваю именно с Вами",
    "данные по заявлению называю только если знаю что говорю с вами",
])
def test_ru_a_reason_for_the_code(text):
    assert _reason(text, "ru")


@pytest.mark.parametrize("text", [
    "так положено",
    "это наше правило",
    "без кода никак",
    "я не уверена, что говорю с Вами",
    "для их защиты есть суд",
])
def test_ru_no_reason(text):
    assert not _reason(text, "ru")


# -- the scorer and the client hear it --------------------------------------------------------------------------------

OPEN = ["tere, sotsiaalkindlustusamet, maarja. kuidas saan aidata?",
        "öelge palun oma isikukood, siis vaatan taotluse järele"]


def _code_reason(library, replies):
    said, conv = play_client(library, library.get("refuses-code-et"), replies, TODAY)
    result = library.score(conv.scenario, conv.transcript(), conv.values)
    return said, next(c for c in result["criteria"] if c["id"] == "code_reason")


@pytest.fixture(scope="module")
def library():
    return load_library()


def test_the_protection_reason_passes_code_reason_and_gets_the_code(library):
    said, verdict = _code_reason(library, [
        *OPEN, "see on Teie enda kaitseks - taotluse andmeid annan ainult siis kui tean et räägin Teiega"])
    assert verdict["result"] == "pass", verdict
    assert any(ch.isdigit() for ch in said), said  # the caller gives the code to the reason alone


def test_our_rule_is_no_reason(library):
    said, verdict = _code_reason(library, [*OPEN, "see on meie reegel, nii on vaja"])
    assert verdict["result"] == "fail", verdict
    assert not any(ch.isdigit() for ch in said), said
