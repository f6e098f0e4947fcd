"""Count the client's "believed" reactions that never played in the new-user wrong-fact runs.

A wrong answer the scenario names in ``misinformation:`` with a ``say:`` line is believed and reacted to
(`trainer.simulation.listening.misinformation`). This script replays every ``wrong_fact`` run of
``tests/newuser/live*/`` (seed 1, as ``evaluate.py``) and counts the replies after which such a reaction was
found but no client line of that reply carries it: the reaction was skipped (before the fix in
``trainer/simulation/believed.py``, every reply that led into an end step skipped it).

Usage (from the repository root):
    PYTHONPATH=$PWD /work/main/.venv/bin/python tests/newuser/skipped_reactions.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from trainer import text as tx
from trainer.simulation import listening
from trainer.simulation.believed import reacts_itself
from trainer.simulation.dialogue import Conversation
from trainer.simulation.examples import EXAMPLE_DATE
from trainer.simulation.library import load_library

HERE = Path(__file__).parent


def _core(line: str, lang: str) -> str:
    """The reaction's first statement, without its closing mark: how it is recognised inside a client line (a
    parting line keeps the statements of a reaction, not its questions)."""
    said = [s.strip() for _, _, s in tx.split_sentences(line) if s.strip() and "?" not in s]
    return (said[0] if said else line).strip(" .…!").lower()


def count(verbose: bool = False) -> tuple[int, int]:
    """(reactions found, reactions skipped) over all wrong-fact runs of tests/newuser/live*/."""
    library = load_library()
    found_now: list[str] = []
    original = listening.misinformation

    def watched(*args, **kwargs):  # the reaction a reply found, whether or not a client line plays it
        reaction = original(*args, **kwargs)
        if reaction:
            found_now.append(reaction)
        return reaction

    listening.misinformation = watched
    try:
        return _count(library, found_now, verbose)
    finally:
        listening.misinformation = original


def _count(library, found_now: list[str], verbose: bool) -> tuple[int, int]:
    found = skipped = 0
    for path in sorted(HERE.glob("live*/*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(doc, dict) or "runs" not in doc:
            continue
        scenario = library.scenarios.get(doc["scenario"])
        if scenario is None:
            continue
        for run in doc["runs"]:
            if run.get("kind") != "wrong_fact" or run.get("invalid"):
                continue
            conv = Conversation.start(scenario, library, seed=run.get("seed", 1), today=EXAMPLE_DATE)
            for answer in run.get("answers") or []:
                if conv.finished:
                    break
                if not answer.strip():
                    continue
                found_now.clear()
                new = conv.reply(answer)
                if not found_now:
                    continue
                reaction = found_now[-1]
                found += 1
                said = " ".join(t["text"] for t in new if t["role"] == "client").lower()
                step = conv.current_step
                if step is not None and step.end and reacts_itself(conv, step, reaction):
                    continue  # the end step has a line of its own for this wrong answer (not checked here)
                if _core(reaction, scenario.language) not in said:
                    skipped += 1
                    if verbose:
                        print(f"{path.parent.name}/{path.stem} {run['name']}: «{reaction}» -> "
                              f"step {conv.state['step']}: «{said[:160]}»")
    return found, skipped


def main(argv: list[str]) -> int:
    found, skipped = count("-v" in argv)
    print(f"believed reactions: {found} found, {skipped} skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
