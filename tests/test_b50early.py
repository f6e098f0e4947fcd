"""New-user batch 50 (live50) early-or-later-retirement-et terse run, on sentences written for these tests.

1. An Estonian statement with the copula left out ("Pension kogu eluks väiksem", "Taotlus tasuta") has a predicate
   (`et_zero_copula`), as the Russian zero copula does: a terse reply made of such statements is no keyword list.
   Words in separate sentences ("Pension. Väiksem.") and comma lists of keywords stay verbless.
2. "pension ei vähene" is the wrong early-retirement rule only under the condition of early retirement, said in the
   sentence or in the sentence before a resumptive "Siis ..." (`resumptive.with_condition`); after another route
   (work ability at Töötukassa) or waiting it says nothing wrong.
"""

from __future__ import annotations

import pytest
from scoring_support import RUBRIC, SETTINGS, scenario_criterion

from trainer.scoring.finite_verbs import has_finite_verb
from trainer.scoring.resumptive import with_condition
from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import Transcript, Turn
from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library()


def _real_answers(language: str, reply: str) -> str:
    opening = {"et": "Tere! Sotsiaalkindlustusamet, Mari kuuleb.",
               "ru": "Здравствуйте! Департамент социального страхования, Мария."}[language]
    question = {"et": "Olen väsinud ja mõtlen pensionile minna. Mis mul parem oleks?",
                "ru": "Я устала и думаю уйти на пенсию. Что мне лучше?"}[language]
    turns = [Turn(role=r, text=t) for r, t in (("agent", opening), ("client", question), ("agent", reply))]
    result = score_transcript(Transcript(language=language, channel="phone", turns=turns), RUBRIC, SETTINGS)
    return next(c["result"] for c in result["criteria"] if c["id"] == "real_answers")


# -- 1. the Estonian zero copula ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Pension kogu eluks väiksem.",
    "Summa terveks eluks väiksem, umbes kümme protsenti.",
    "Pension elu lõpuni väiksem.",
    "Taotlus tasuta.",
    "Arstitõend siin vajalik.",
])
def test_zero_copula_statement_has_a_predicate(sentence):
    assert has_finite_verb(sentence, "et")


@pytest.mark.parametrize("sentence", [
    "Pension.",
    "Väiksem.",
    "Ennetähtaegne pension.",
    "Väiksem summa.",
    "Pension, väiksem, Töötukassa, valikud.",
    "Kolm valikut.",
    "Varem.",
    "Siis hiljem.",
])
def test_keywords_stay_verbless(sentence):
    assert not has_finite_verb(sentence, "et")


@pytest.mark.parametrize("reply", [
    "Kaks võimalust. Esiteks: ennetähtaegne. Kuni viis aastat varem. Summa kogu eluks väiksem, kaks protsenti aastas. Selge?",
    "Valikuid kolm. Esiteks: varajane. Pension elu lõpuni väiksem. Teiseks: hiljem. Pension suurem. Selge?",
])
def test_terse_reply_with_zero_copula_is_an_answer(reply):
    assert _real_answers("et", reply) == "pass"


@pytest.mark.parametrize("language, reply", [
    ("et", "Pension. Väiksem. Kolm valikut. Töötukassa."),
    ("et", "Ennetähtaegne pension. Väiksem summa. Töötukassa. Valikud."),
    ("et", "Pension, väiksem, kaks valikut, Töötukassa."),
    ("ru", "Пенсия. Меньше. Три варианта. Касса."),
])
def test_keyword_lists_still_fail(language, reply):
    assert _real_answers(language, reply) == "fail"


# -- 2. "pension ei vähene" and its condition --------------------------------------------------------------------------

WRONG = [
    "Kui jääte varem pensionile, siis pension ei vähene.",
    "Ennetähtaegselt saate minna viis aastat enne pensioniiga. Siis pension ei vähene.",
    "Kui lähete kohe pensionile, ei vähene pension üldse.",
    "Võite minna ka varem. Sel juhul pension ei vähene.",
]

NOT_WRONG = [
    "Ennetähtaegne pension jääb kogu eluks väiksemaks. Seljaga: töövõime hindamine Töötukassas. Siis pension ei vähene.",
    "Varem minnes jääb pension kogu eluks väiksemaks. Kui ootate pensioniea ära, siis pension ei vähene.",
    "Ennetähtaegne pension on kogu eluks väiksem. Töötukassas taotlete töövõimetoetust, siis pension ei vähene.",
]


@pytest.mark.parametrize("reply", WRONG)
def test_unreduced_early_pension_fails_the_gate(library, reply):
    verdict = scenario_criterion(library, "early-or-later-retirement-et", "early_is_smaller", reply)
    assert verdict["result"] == "fail" and verdict.get("gate_failed"), verdict


@pytest.mark.parametrize("reply", NOT_WRONG)
def test_unreduced_pension_on_another_route_is_no_wrong_rule(library, reply):
    verdict = scenario_criterion(library, "early-or-later-retirement-et", "early_is_smaller", reply)
    assert verdict["result"] == "pass", verdict


@pytest.mark.parametrize("reply", WRONG[:2])
def test_same_rule_in_the_pension_age_scenario(library, reply):
    verdict = scenario_criterion(library, "pension-age-early-et", "early_is_smaller", reply)
    assert verdict["result"] == "fail", verdict


def test_resumptive_sentence_is_read_with_its_condition():
    shift, text = with_condition("Можно выйти раньше.", "Тогда пенсия не уменьшится.", "ru")
    assert text[shift:] == "Тогда пенсия не уменьшится." and text.startswith("Можно выйти раньше")
    assert with_condition("Можно выйти раньше.", "Пенсия не уменьшится.", "ru") == (0, "Пенсия не уменьшится.")
    assert with_condition("", "Siis pension ei vähene.", "et") == (0, "Siis pension ei vähene.")


@pytest.mark.parametrize("sentence", [
    "Maksuvaba miinimum.",                      # a noun in -um is no comparative
    "Ennetähtaegne Kogu eluks väiksem.",        # a capital inside: a keyword run typed without stops
    "Pensioniiga 65 aastat ja 1 kuu Ennetähtaegne Kogu eluks väiksem Iseteenindus Kokkuvõtteks",
])
def test_keyword_runs_have_no_left_out_copula(sentence):
    from trainer.scoring.et_zero_copula import et_zero_copula

    assert not et_zero_copula(sentence), sentence
