"""Play a scenario turn by turn as a new user would, without seeing the score (blind new-user runs).

The runs in tests/newuser/*.yaml were written in advance, all replies at once, so many fell out of step
with the client. This tool lets the author read each client line before writing the next reply, as a
trainee in the app does. It never prints a score or a verdict: the author records what they expect
(`expect`) and commits the runs before `evaluate.py --dir` plays and scores them.

    python tests/newuser/live.py brief SCENARIO                      # what the trainee sees before starting
    python tests/newuser/live.py say FILE RUN "reply" [--kind good]  # append a reply, print the client's answer
    python tests/newuser/live.py show FILE RUN                       # the conversation so far
    python tests/newuser/live.py expect FILE RUN --passed yes|no [--failed a,b] [--note "..."]

FILE is a run file (`scenario:` + `runs:`, the format evaluate.py reads); `say` creates it and the run.
Replies are replayed from the start every time (the engine is deterministic for a seed and a date), so
the file is the only state.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library

KINDS = ("good", "terse_good", "gaming", "wrong_fact", "mistake", "off_script")


def _load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}


def _save(path: Path, doc: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")


def brief(scenario_id: str) -> str:
    """What a trainee sees before and during the conversation: no criteria, signals, examples or tests."""
    library = load_library()
    s = library.get(scenario_id)
    conv = play_answers(s, library, [])
    p = conv.persona
    lines = [f"== {s.title} ({s.language}, {s.channel}, difficulty {s.difficulty}; topic {s.topic})"]
    lines += [f"   goal: {g}" for g in s.goals]
    sit = s.situation.model_dump(exclude_defaults=True) if hasattr(s.situation, "model_dump") else {}
    if sit:
        lines.append(f"   situation: {sit}")
    lines.append(f"   client (synthetic): {p.full_name}, {p.age}")
    if s.private_facts:
        lines.append("   on your screen once the client is identified:")
        lines += [f"     {k}: {v}" for k, v in s.private_facts.items()]
    if s.reference:
        lines.append(f"   reference material: {', '.join(s.reference)}")
    lines += [f"client> {t['text']}" for t in conv.turns]
    lines += _system_note(conv)
    if s.who_opens == "agent":
        lines.append("(the phone rings: you speak first)")
    return "\n".join(lines)


def _run(doc: dict, name: str, kind: str | None = None) -> dict:
    for run in doc.setdefault("runs", []):
        if run["name"] == name:
            return run
    run = {"name": name, "kind": kind or "good", "expect_passed": None, "expect_failed": [], "answers": []}
    doc["runs"].append(run)
    return run


def say(path: Path, scenario_id: str | None, name: str, text: str, kind: str | None) -> str:
    doc = _load(path)
    if not doc:
        if not scenario_id:
            raise SystemExit("a new file needs --scenario")
        doc = {"scenario": scenario_id, "runs": []}
    run = _run(doc, name, kind)
    library = load_library()
    scenario = library.get(doc["scenario"])
    before = play_answers(scenario, library, run["answers"])
    if before.finished:
        raise SystemExit("the conversation has ended; nothing was added")
    run["answers"].append(text)
    _save(path, doc)
    after = play_answers(scenario, library, run["answers"])
    new = after.turns[len(before.turns) + 1:]
    out = [f"client> {t['text']}" for t in new]
    out += _system_note(after, before)
    out += _end_note(after)
    return "\n".join(out) or "[no answer from the client]"


def _system_note(conv, before=None) -> list[str]:
    """What the agent's own system shows at the client's step ("Süsteem: ..." in the step's hint), as the app
    shows it on the agent's screen: printed when the step is new, so an author sees the event too."""
    from trainer.onboarding.review import system_message

    step = conv.current_step
    if step is None or before is not None and before.state["step"] == conv.state["step"]:
        return []
    event = system_message(step.hint)
    return [f"[your system shows: {event}]"] if event else []


def _end_note(conv) -> list[str]:
    """The call has ended, or the client has said its last line and the next reply (a goodbye) ends it."""
    if conv.finished:
        return ["[the conversation has ended]"]
    if conv.state.get("awaiting_close") and conv.state["vars"].get("copy_asked"):
        # its answer to a transcript offer is a request, not a last word (new-user batch 43)
        return ["[the client asked for the chat transcript: confirm you send it; a goodbye from you ends the chat]"]
    if conv.state.get("awaiting_close"):
        what = "chat" if conv.scenario.channel == "chat" else "call"
        return [f"[the client has said its last line: a goodbye from you ends the {what}]"]
    return []


def show(path: Path, name: str) -> str:
    doc = _load(path)
    library = load_library()
    run = _run(doc, name)
    conv = play_answers(library.get(doc["scenario"]), library, run["answers"])
    from trainer.onboarding.review import system_message

    out, shown = [], set()
    for t in conv.turns:
        out.append(f"{'client' if t['role'] == 'client' else 'you':>6}> {t['text']}")
        step = conv.scenario.step(t["step"]) if t["role"] == "client" and t.get("step") else None
        event = system_message(step.hint) if step is not None and step.id not in shown else None
        if event:
            shown.add(step.id)
            out.append(f"[your system shows: {event}]")
    out += _end_note(conv)
    return "\n".join(out)


def expect(path: Path, name: str, passed: str, failed: str, note: str) -> str:
    doc = _load(path)
    run = _run(doc, name)
    run["expect_passed"] = passed.lower() in ("yes", "true", "1")
    run["expect_failed"] = [f.strip() for f in failed.split(",") if f.strip()]
    if note:
        run["note"] = note
    _save(path, doc)
    return f"recorded: {name} expect_passed={run['expect_passed']} expect_failed={run['expect_failed']}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("brief")
    b.add_argument("scenario")
    s = sub.add_parser("say")
    s.add_argument("file", type=Path)
    s.add_argument("run")
    s.add_argument("text")
    s.add_argument("--kind", choices=KINDS)
    s.add_argument("--scenario")
    sh = sub.add_parser("show")
    sh.add_argument("file", type=Path)
    sh.add_argument("run")
    e = sub.add_parser("expect")
    e.add_argument("file", type=Path)
    e.add_argument("run")
    e.add_argument("--passed", required=True)
    e.add_argument("--failed", default="")
    e.add_argument("--note", default="")
    args = parser.parse_args(argv)
    if args.cmd == "brief":
        print(brief(args.scenario))
    elif args.cmd == "say":
        print(say(args.file, args.scenario, args.run, args.text, args.kind))
    elif args.cmd == "show":
        print(show(args.file, args.run))
    else:
        print(expect(args.file, args.run, args.passed, args.failed, args.note))


if __name__ == "__main__":
    sys.exit(main())
