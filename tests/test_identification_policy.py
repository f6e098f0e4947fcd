"""Per-scenario identification policy (issue 11, part 4): a scenario about health data asks for the code AND one
verifying item, whatever trainer.yaml's organisation default says."""

from dataclasses import replace

import pytest

from trainer.scoring.score import score_transcript
from trainer.simulation.examples import play_answers
from trainer.simulation.library import Library, scoring_settings

SCENARIO = "disability-refusal-angry-et"


@pytest.fixture(scope="module")
def lib():
    return Library.load()


def _code_only_run(lib):
    scenario = lib.get(SCENARIO)
    example = next(e for e in scenario.examples if e.name == "code only, health data on the phone")
    return scenario, play_answers(scenario, lib, example.answers, example.seed)


def test_health_data_scenario_uses_the_stricter_policy(lib):
    scenario = lib.get(SCENARIO)
    assert scenario.situation.identification_policy == "code_and_item"
    assert any(s.id == "id_give_item" for s in scenario.dialogue.steps if hasattr(s, "id"))


def test_code_alone_fails_here_but_passes_under_the_default_policy(lib):
    scenario, conv = _code_only_run(lib)
    strict = conv.score()
    by_id = {c["id"]: c for c in strict["criteria"]}
    assert by_id["identification"]["result"] == "fail"
    assert by_id["identification"]["reason"] == "disclosed_before"
    assert "24. novembril" in by_id["identification"]["feedback"]
    assert by_id["data_protection"]["result"] == "fail"
    assert strict["score"] == 0
    # the same transcript under the organisation's "code" policy: the code alone identifies the client
    lenient = score_transcript(conv.transcript(), lib.rubric_for(scenario, conv.values),
                               replace(scoring_settings(), identification_policy="code"))
    assert {c["id"]: c["result"] for c in lenient["criteria"]}["identification"] == "pass"


def test_other_scenarios_keep_the_organisation_default(lib):
    assert lib.get("pension-late-et").situation.identification_policy is None
