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


PHRASE_SCENARIOS = sorted(sid for sid, s in LIBRARY.scenarios.items() if s.tests)


@pytest.mark.parametrize("sid", PHRASE_SCENARIOS)
def test_signal_and_criterion_sentences(sid):
    """The scenario's ``tests``: paraphrases match, negated/asked/wrong sentences do not, and the signal
    and criterion on the same fact agree (issue 10, item 7)."""
    from trainer.simulation.examples import run_phrase_tests

    results = run_phrase_tests(LIBRARY.get(sid), LIBRARY)
    assert results
    assert [r for r in results if not r["ok"]] == []


def test_a_phrase_test_can_fail():
    """A signal that also fires on a question is reported as a disagreement with its criterion."""
    from trainer.simulation.examples import run_phrase_tests
    from trainer.simulation.scenario import PhraseTest

    scenario = LIBRARY.get("appeal-howto-chat-et")
    broken = scenario.model_copy(update={
        "tests": {"appeal_deadline": PhraseTest(match=["Vaide saab esitada 14 päeva jooksul."],
                                                no_match=["Kas Teil on 30 päeva möödas?"], also=["wrong_deadline"])},
    })
    results = run_phrase_tests(broken, LIBRARY)
    assert [r["ok"] for r in results] == [False, True]
    assert results[0]["got"] is False and results[0]["disagree"] == ["wrong_deadline"]


DEMOS = ["pension-weekend-ru", "appeal-howto-chat-et", "daughter-for-mother-et", "system-down-callback-et",
         "child-allowance-et"]


@pytest.mark.parametrize("sid", DEMOS)
def test_gaming_and_wrong_fact_runs_fail(sid):
    """Each demonstration scenario has a keyword-list run and a wrong-fact run, and both fail (item 8)."""
    scenario = LIBRARY.get(sid)
    keyword = next(e for e in scenario.examples if e.name == "keyword list")
    run = run_example(scenario, LIBRARY, keyword)
    assert not run["passed"] and "real_answers" in run["result"]["gate_failures"]
    wrong = [e for e in scenario.examples if e.kind == "flawed" and e.name != "keyword list"][-1]
    run = run_example(scenario, LIBRARY, wrong)
    assert not run["passed"]
    assert run["result"]["gate_failures"] or run["result"]["critical_failures"]
