"""trainer validate fails on a criterion phrase or an exemplary answer whose number contradicts a knowledge fact
(issue 11, part 6)."""

import pytest

from trainer.simulation.contradictions import fact_contradictions, number_units
from trainer.simulation.library import Library


@pytest.fixture(scope="module")
def lib():
    return Library.load()


def test_number_units():
    assert number_units("Taotlus tuleb esitada 45 päeva jooksul.") == [(45.0, "day", "45 päeva")]
    assert number_units("makstakse 8. kuupäeval") == [(8.0, "day_of_month", "8. kuupäeval")]
    assert number_units("выплата 8-го числа") == [(8.0, "day_of_month", "8-го числа")]
    assert [n for n, _, _ in number_units("29–42 eurot kuus")] == [29.0, 42.0]
    assert number_units("rahvapension on 414,10 eurot") == [(414.1, "eur", "414,10 eurot")]
    assert number_units("в течение 15 рабочих дней")[0][:2] == (15.0, "working_day")
    assert number_units("65 aastat ja 1 kuu") == []  # no unit the check compares


def test_the_shipped_library_has_no_contradiction(lib):
    assert lib.scenarios
    assert [p for s in lib.scenarios.values() for p in fact_contradictions(s, lib.knowledge)] == []


def _with(scenario, **changes):
    return scenario.model_copy(update=changes, deep=True)


def test_a_required_phrase_with_a_wrong_deadline_fails(lib):
    scenario = lib.get("maintenance-support-et")
    crit = scenario.criteria[0]  # deadline_45, a value check: right "{kb.maintenance-support.apply_within_days} päeva"
    assert crit.id == "deadline_45" and crit.check.type == "value"
    wrong = crit.model_copy(update={"check": crit.check.model_copy(update={"right": ["30 päeva"]})})
    problems = fact_contradictions(_with(scenario, criteria=[wrong, *scenario.criteria[1:]]), lib.knowledge)
    assert len(problems) == 1
    assert "'30 päeva'" in problems[0].message and "maintenance-support.apply_within_days = 45" in problems[0].message
    assert problems[0].severity == "error"


def test_an_exemplary_answer_with_a_wrong_amount_fails_but_a_flawed_run_may(lib):
    scenario = lib.get("survivors-pension-grief-et")
    exemplary = scenario.examples[0]
    answers = [a.replace("umbes 345 eurot", "umbes 300 eurot") for a in exemplary.answers]
    assert answers != exemplary.answers
    bad = _with(scenario, examples=[exemplary.model_copy(update={"answers": answers}), *scenario.examples[1:]])
    problems = fact_contradictions(bad, lib.knowledge)
    assert [p.field for p in problems] == ["examples[0] exemplary answer 3"]
    assert "300 eurot" in problems[0].message and "survivors-pension.child_benefit = 345" in problems[0].message
    flawed = exemplary.model_copy(update={"answers": answers, "kind": "flawed"})
    assert fact_contradictions(_with(scenario, examples=[flawed]), lib.knowledge) == []


def test_private_facts_and_templated_phrases_are_not_flagged(lib):
    # pension-late-et states the client's own amount (a private fact) and templated criteria only
    assert fact_contradictions(lib.get("pension-late-et"), lib.knowledge) == []
