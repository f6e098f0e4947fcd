"""Every scenario's example runs behave as its author declared (exemplary passes, flawed fail exactly)."""

from pathlib import Path

import pytest

from trainer.simulation.examples import run_example
from trainer.simulation.library import Library

ROOT = Path(__file__).parent.parent
LIBRARY = Library.load(ROOT)
RUNS = [(sid, i) for sid, s in sorted(LIBRARY.scenarios.items()) for i in range(len(s.examples))]


def test_every_scenario_has_an_exemplary_and_a_flawed_run():
    for sid, scenario in LIBRARY.scenarios.items():
        kinds = [e.kind for e in scenario.examples]
        assert "exemplary" in kinds, sid
        assert "flawed" in kinds, sid


@pytest.mark.parametrize("sid, index", RUNS, ids=[f"{s}-{i}" for s, i in RUNS])
def test_example_run(sid, index):
    scenario = LIBRARY.get(sid)
    example = scenario.examples[index]
    run = run_example(scenario, LIBRARY, example)
    assert run["mismatches"] == [], run["transcript"]
    if example.kind == "exemplary":
        assert run["passed"] and run["score"] >= 80
    else:
        assert not run["passed"] or example.expect_failed
        assert set(run["failed"]) == set(example.expect_failed) or not example.expect_failed


def test_replay_is_deterministic():
    scenario = LIBRARY.get("pension-late-et")
    a = run_example(scenario, LIBRARY, scenario.examples[0])
    b = run_example(scenario, LIBRARY, scenario.examples[0])
    assert a["transcript"] == b["transcript"] and a["result"] == b["result"]
