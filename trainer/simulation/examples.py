"""Replays a scenario's example runs and compares the outcome with what the author declared."""

from __future__ import annotations

from datetime import date

from trainer.scoring.score import failed_criteria
from trainer.simulation.dialogue import Conversation
from trainer.simulation.exercise import ExampleSheet, Exercise
from trainer.simulation.library import Library
from trainer.simulation.scenario import Example, Scenario

EXAMPLE_DATE = date(2026, 12, 7)  # fixed, so personas (ages, codes) in example runs never drift


def play_answers(
    scenario: Scenario, library: Library, answers: list[str], seed: int = 1, today: date | None = None
) -> Conversation:
    """Play a scenario with a list of trainee replies; stops early when the conversation ends."""
    conv = Conversation.start(scenario, library, seed=seed, today=today or EXAMPLE_DATE)
    for answer in answers:
        if conv.finished:
            break
        if answer.strip():
            conv.reply(answer)
    return conv


def _pass_mismatches(what: str, kind: str, expect_passed: bool | None, result: dict) -> list[str]:
    """An exemplary run (or sheet) that did not pass, or a declared pass/fail that did not hold."""
    out = []
    if kind == "exemplary" and not result["passed"]:
        out.append(f"exemplary {what} did not pass (score {result['score']}, failed: {failed_criteria(result)})")
    if expect_passed is not None and result["passed"] != expect_passed:
        out.append(f"expected passed={expect_passed}, got {result['passed']}")
    return out


def run_example(scenario: Scenario, library: Library, example: Example) -> dict:
    """Replay one example run: its result, where the dialogue ended and any mismatch with expectations."""
    conv = play_answers(scenario, library, example.answers, example.seed)
    result = conv.score()
    failed = failed_criteria(result)
    mismatches = _pass_mismatches("run", example.kind, example.expect_passed, result)
    if example.kind == "flawed":
        if example.expect_failed and set(failed) != set(example.expect_failed):
            missing = sorted(set(example.expect_failed) - set(failed))
            extra = sorted(set(failed) - set(example.expect_failed))
            mismatches.append(f"failed criteria differ: expected but passed {missing}, failed unexpectedly {extra}")
        if not example.expect_failed and not failed:
            mismatches.append("flawed run failed no criterion; declare expect_failed")
    if example.expect_end and conv.state["step"] != example.expect_end:
        mismatches.append(f"expected to end at step {example.expect_end!r}, ended at {conv.state['step']!r}")
    return {
        "scenario": scenario.id,
        "example": example.name,
        "kind": example.kind,
        "score": result["score"],
        "passed": result["passed"],
        "failed": failed,
        "end_step": conv.state["step"],
        "ok": not mismatches,
        "mismatches": mismatches,
        "transcript": conv.turns,
        "result": result,
    }


def run_exercise_example(exercise: Exercise, library: Library, example: ExampleSheet) -> dict:
    """Compare one example sheet with the lead's grading and check what the author declared."""
    result = library.compare_exercise(exercise, example.sheet, example.written)
    disagree = [r["id"] for r in result["criteria"] if r["kind"] == "sheet" and r["result"] == "fail"]
    failed_written = [r["id"] for r in result["criteria"] if r["kind"] == "written" and r["result"] == "fail"]
    mismatches = _pass_mismatches("sheet", example.kind, example.expect_passed, result)
    if example.kind == "flawed":
        if set(disagree) != set(example.expect_disagree):
            mismatches.append(f"disagreeing lines differ: expected {sorted(example.expect_disagree)}, "
                              f"got {sorted(disagree)}")
        if set(failed_written) != set(example.expect_failed):
            mismatches.append(f"failed written criteria differ: expected {sorted(example.expect_failed)}, "
                              f"got {sorted(failed_written)}")
        if not disagree and not failed_written:
            mismatches.append("flawed sheet agrees with the lead everywhere; declare expect_disagree")
    return {"scenario": exercise.id, "example": example.name, "kind": example.kind, "score": result["score"],
            "passed": result["passed"], "failed": failed_criteria(result), "end_step": "sheet",
            "ok": not mismatches, "mismatches": mismatches, "transcript": [], "result": result}


def run_all_examples(library: Library, scenario_ids: list[str] | None = None) -> list[dict]:
    """Replay every example run of the given scenarios, and compare every example sheet of the given exercises
    with the lead's grading (default: all loaded scenarios and exercises)."""
    out = []
    for sid in scenario_ids or sorted([*library.scenarios, *library.exercises]):
        if sid in library.exercises:
            exercise = library.exercises[sid]
            out += [run_exercise_example(exercise, library, example) for example in exercise.examples]
            continue
        scenario = library.get(sid)
        for example in scenario.examples:
            out.append(run_example(scenario, library, example))
    return out


def run_phrase_tests(scenario: Scenario, library: Library) -> list[dict]:
    """Check a scenario's ``tests``: every ``match`` sentence fires the signal (passes the criterion), no
    ``no_match`` sentence does, and the names under ``also`` agree on every sentence. One entry per
    sentence: {scenario, name, sentence, expected, got, ok, disagree}."""
    from trainer.scoring.signals import analyse_reply
    from trainer.simulation.dialogue import Conversation

    if not scenario.tests:
        return []
    conv = Conversation.start(scenario, library, seed=1, today=EXAMPLE_DATE)
    criteria = {c.id for c in scenario.criteria}

    def verdict(name: str, sentence: str) -> bool:
        if name in criteria:
            return library.criterion_verdict(scenario, name, sentence, conv.values)
        if name in scenario.criterion_signals:
            return library.criterion_verdict(scenario, scenario.criterion_signals[name], sentence, conv.values)
        analysis = analyse_reply(sentence, scenario.language, conv.concepts, conv.signals, conv.facts)
        return bool(analysis["signals"].get(name))

    out = []
    for name, test in scenario.tests.items():
        for expected, sentences in ((True, test.match), (False, test.no_match)):
            for sentence in sentences:
                got = verdict(name, sentence)
                disagree = [other for other in test.also if verdict(other, sentence) != got]
                out.append({"scenario": scenario.id, "name": name, "sentence": sentence, "expected": expected,
                            "got": got, "disagree": disagree, "ok": got == expected and not disagree})
    return out


def run_all_phrase_tests(library: Library, scenario_ids: list[str] | None = None) -> list[dict]:
    """The ``tests`` of the given scenarios (default: all)."""
    return [r for sid in scenario_ids or sorted(library.scenarios) if sid in library.scenarios
            for r in run_phrase_tests(library.get(sid), library)]
