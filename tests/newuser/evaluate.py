"""Replay the blind new-user runs in tests/newuser/*.yaml and compare the outcome with the author's expectations.

Usage (from the repository root):
    PYTHONPATH=$PWD /work/main/.venv/bin/python tests/newuser/evaluate.py [scenario-id ...] [--all-transcripts]
        [--dir tests/newuser/live]   (the runs played turn by turn with live.py)

For every run it prints expected vs actual `passed`, the score, the failed criteria, gate failures and
misinformation, and two client-listening checks read off the transcript:
  * re-ask: the client entered a step it had already been in, an `*_again` step, or a fallback line
    ("I did not understand") – each is printed with the agent reply before it, to be judged by hand. A step the
    scenario declares a repeat by design (`repeat: forgets`: the persona forgets and asks again) is printed as a
    REPEAT (declared) and counted apart: it is the scenario's feature, not a listening fault;
  * ignored question: the agent's reply asked the client something and the next client line was a fallback
    or simply moved on without an answer (heuristic: printed for judgement, not counted as proof).
The transcript is printed for every run whose verdict disagrees with the expectation or that has a flag.
The summary table at the end gives the issue #10 numbers.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library

HERE = Path(__file__).parent
CALL_MODEL = {"greeting", "identification", "needs", "summary", "closing", "empathy", "courtesy",
              "formal_address", "data_protection", "real_answers"}
QUESTION = re.compile(
    r"\?|(^|[\s,.;:–-])(kas|et kas|mis|millal|kuidas|kus|kui palju|kes|kelle)\s"
    r"|(^|[\s,.;:–-])(ли|скажите|подскажите|назовите|когда|сколько|какую|какая|какой|где|кто)\s",
    re.IGNORECASE,
)


def asks_question(text: str) -> bool:
    """True when an agent reply contains a question to the client (with or without '?')."""
    return bool(QUESTION.search(text))


def listening_flags(turns: list[dict], declared: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """Flags about the client's listening, each with the agent line that preceded it. Entering a step in
    ``declared`` (the scenario's repeats by design) is flagged as a declared REPEAT, not as a RE-ASK."""
    flags: list[str] = []
    seen_steps: list[str] = []
    last_agent = ""
    for i, turn in enumerate(turns):
        if turn["role"] == "agent":
            last_agent = turn["text"]
            continue
        step = turn.get("step") or ""
        text = turn["text"]
        if turn.get("fallback"):
            flags.append(f"turn {i}: FALLBACK «{text}» after agent «{last_agent[:160]}»")
        elif (step.endswith("_again") or step in seen_steps) and not (seen_steps and step == seen_steps[-1]):
            # entering an `*_again` step or a step left before; a line said while staying in the step (an answer
            # to the trainee's check, «Да, именно так.», a wait) is no re-ask
            kind = "REPEAT (declared)" if step in declared else "RE-ASK"
            flags.append(f"turn {i}: {kind} step {step}: «{text}» after agent «{last_agent[:160]}»")
        if last_agent and asks_question(last_agent) and i > 0 and turns[i - 1]["role"] == "agent":
            if turn.get("fallback"):
                flags.append(f"turn {i}: QUESTION IGNORED (fallback) after agent «{last_agent[:160]}»")
        seen_steps.append(step)
    return flags


def declared_repeats(scenario) -> frozenset[str]:
    """The steps the scenario declares repeats by design (`repeat:`): the persona asks again on purpose."""
    return frozenset(step.id for step in scenario.step_list() if step.repeat)


def listening_faults(flags: list[str]) -> list[str]:
    """The flags that are listening faults: all but the declared repeats."""
    return [f for f in flags if "REPEAT (declared)" not in f]


def grateful_end(conv) -> bool:
    """Did the client part on a thanking end step other than the dialogue's ``on_stuck`` end (whatever the step's
    name: `wrap`, `done`, ...)? For a gaming run that is thanks for a gamed conversation."""
    from trainer.simulation.client_line import thanks

    step = conv.current_step
    if step is None or not step.end or step.id == conv.scenario.dialogue.on_stuck:
        return False
    last = next((t for t in reversed(conv.turns) if t["role"] == "client" and t.get("step") == step.id), None)
    return last is not None and thanks(conv, last["text"])


def failed_ids(result: dict) -> list[str]:
    """Criterion ids whose result is 'fail', plus 'content' when a scenario criterion or a gate failed."""
    failed = [c["id"] for c in result["criteria"] if c["result"] == "fail"]
    if any(f not in CALL_MODEL for f in failed) or result.get("gate_failures"):
        failed.append("content")
    return failed


def evaluate(scenario_ids: list[str] | None = None, folder: Path = HERE) -> list[dict]:
    """Play every run of the selected files in ``folder`` and return one record per run."""
    library = load_library()
    rows = []
    for path in sorted(folder.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        if scenario_ids and doc["scenario"] not in scenario_ids:
            continue
        scenario = library.get(doc["scenario"])
        for run in doc["runs"]:
            conv = play_answers(scenario, library, run["answers"], seed=run.get("seed", 1))
            result = conv.score()
            failed = failed_ids(result)
            expect_failed = run.get("expect_failed") or []
            rows.append({
                "scenario": doc["scenario"],
                "name": run["name"],
                "kind": run["kind"],
                "invalid": run.get("invalid"),
                "expect_passed": run["expect_passed"],
                "passed": result["passed"],
                "score": result["score"],
                "failed": failed,
                "expect_failed": expect_failed,
                "expected_criteria_failed": all(c in failed for c in expect_failed),
                # a gate or a critical criterion: the attempt fails whatever the points
                "gates": [g if isinstance(g, str) else g.get("id", str(g))
                          for g in (result.get("gate_failures") or []) + (result.get("critical_failures") or [])],
                "misinformation": result.get("misinformation") or [],
                "non_answers": result.get("non_answers") or [],
                "ended_by": result.get("ended_by"),
                "unfinished": result.get("unfinished"),
                "end_step": conv.state["step"],
                "grateful_end": grateful_end(conv),
                "unused_answers": len([a for a in run["answers"] if a.strip()]) - sum(
                    1 for t in conv.turns if t["role"] == "agent"),
                "flags": listening_flags(conv.turns, declared_repeats(scenario)),
                "turns": conv.turns,
                "feedback": {c["id"]: c.get("feedback", "") for c in result["criteria"] if c["result"] == "fail"},
                "note": run.get("note", ""),
            })
    return rows


def print_run(row: dict, transcript: bool) -> None:
    """Print one run's verdict, flags and (when asked) transcript."""
    agree = row["passed"] == row["expect_passed"] and row["expected_criteria_failed"]
    mark = "ok " if agree else "DISAGREE"
    print(f"- [{mark}] {row['scenario']} / {row['name']} ({row['kind']}): expected passed={row['expect_passed']}"
          f" got {row['passed']} score {row['score']}; failed {row['failed']}; expected to fail {row['expect_failed']}")
    if row["gates"] or row["misinformation"]:
        print(f"    gates {row['gates']} misinformation {row['misinformation']}")
    print(f"    ended_by {row['ended_by']} at step {row['end_step']} unfinished={row['unfinished']}"
          f" unused answers {row['unused_answers']}")
    if row["kind"] == "gaming" and row["grateful_end"]:
        print(f"    GRATEFUL END: the client thanked on end step {row['end_step']}")
    for flag in row["flags"]:
        print(f"    {flag}")
    if transcript or not agree:
        for fid, text in row["feedback"].items():
            print(f"    feedback {fid}: {text}")
        for turn in row["turns"]:
            extra = " (fallback)" if turn.get("fallback") else ""
            print(f"      {turn['role']:>6} [{turn.get('step')}]{extra}: {turn['text']}")


def summary(rows: list[dict]) -> None:
    """Print the issue #10 summary table."""
    def count(kind: str, ok) -> str:
        sel = [r for r in rows if r["kind"] == kind and not r["invalid"]]
        return f"{sum(1 for r in sel if ok(r))}/{len(sel)}"
    print("\n| kind | target | result |\n|---|---|---|")
    print(f"| good | passes | {count('good', lambda r: r['passed'])} |")
    if any(r["kind"] == "off_script" for r in rows):
        print(f"| off_script | passes | {count('off_script', lambda r: r['passed'])} |")
    print(f"| terse_good | passes | {count('terse_good', lambda r: r['passed'])} |")
    print(f"| gaming | fails | {count('gaming', lambda r: not r['passed'])} |")
    print(f"| wrong_fact | fails | {count('wrong_fact', lambda r: not r['passed'])} |")
    print(f"| mistake | fails | {count('mistake', lambda r: not r['passed'])} |")
    print(f"| mistake | expected criterion fails | {count('mistake', lambda r: r['expected_criteria_failed'])} |")
    print(f"| wrong_fact | fails by a gate or a critical criterion (not only by points) | "
          f"{count('wrong_fact', lambda r: bool(r['gates']))} |")
    print(f"| wrong_fact | result names the misinformation | {count('wrong_fact', lambda r: bool(r['misinformation']))} |")
    print(f"| gaming | client ends on its grateful `wrap` line | "
          f"{count('gaming', lambda r: r['end_step'] == 'wrap')} (target 0) |")
    print(f"| gaming | client ends on any thanking end step but `on_stuck` (GRATEFUL END) | "
          f"{count('gaming', lambda r: r['grateful_end'])} (target 0) |")
    good = [r for r in rows if r["kind"] in ("good", "terse_good")]
    # replies left unused after a played closing (the call ends when the trainee asks and says goodbye in
    # one reply, so a recorded second goodbye is not sent) do not count: only a closing that never came
    print(f"| good + terse_good | closing never played (dialogue ended first) | "
          f"{sum(1 for r in good if r['unused_answers'] > 0 and 'closing' in r['failed'])}/{len(good)} |")
    honest = [r for r in rows if r["kind"] in ("good", "terse_good", "off_script", "wrong_fact", "mistake")]
    flagged = [r for r in honest if listening_faults(r["flags"])]
    print(f"| non-gaming runs with a listening flag | 0 | {len(flagged)}/{len(honest)} |")
    fallbacks = sum(1 for r in honest for f in r["flags"] if "FALLBACK" in f)
    reasks = sum(1 for r in honest for f in r["flags"] if "RE-ASK" in f)
    print(f"| client fallback lines in non-gaming runs | 0 | {fallbacks} |")
    print(f"| client re-ask steps in non-gaming runs | 0 | {reasks} |")
    declared = sum(1 for r in honest for f in r["flags"] if "REPEAT (declared)" in f)
    print(f"| declared persona repeats in non-gaming runs (scenario feature, not a fault) | - | {declared} |")


def main(argv: list[str]) -> int:
    """Entry point: evaluate, print every run, then the summary table."""
    transcripts = "--all-transcripts" in argv
    folder = HERE
    if "--dir" in argv:
        k = argv.index("--dir")
        folder = Path(argv[k + 1])
        argv = argv[:k] + argv[k + 2:]
    ids = [a for a in argv if not a.startswith("--")]
    rows = evaluate(ids or None, folder)
    for row in rows:
        print_run(row, transcripts)
    summary(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
