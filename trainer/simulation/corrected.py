"""A wrong answer the client believed, taken back by a later reply (new-user batch 40).

The client took a reply as a wrong answer („Nii et pank hoiab veel paar päeva? No siis ootan kümnendani.“) and the
trainee corrected it in the next reply („ei, pank ei hoia, raha on samal päeval kontol“). A real caller accepts the
correction: it says so and no longer believes the wrong answer. A ``misinformation`` entry names the correction with
``corrected:`` (a condition on a later reply, like ``if:``) and the client's words with ``accepted:``; the entry's
record is then taken out of the result's believed misinformation (the scorer still judges every reply on its own)
and what the client heard of it is forgotten, so the script does not go on as if it still believed it.

A correction counts only in a reply after the one the wrong answer was believed from, and only when that reply
does not say the wrong answer again.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.conditions import evaluate, parse_condition
from trainer.simulation.scenario import render

if TYPE_CHECKING:  # pragma: no cover
    from trainer.simulation.dialogue import Conversation

_NAME = re.compile(r"[a-z_][a-z0-9_]*")


def take_back(conv: Conversation, signals: dict, facts: dict) -> list[str]:
    """Take back the believed wrong answers this reply corrects (module doc); the client's ``accepted`` lines, in
    the order of the scenario's entries. Each taken-back record moves from ``misinformed`` to ``corrected``."""
    recorded = conv.state.get("misinformed") or []
    if not recorded:
        return []
    names, functions = conv._names(signals, facts)
    turn = conv.state["vars"]["turns"]
    lines: list[str] = []
    for mis in conv.scenario.misinformation:
        if not mis.corrected:
            continue
        rec = next((r for r in recorded if r["id"] == mis.id and r["agent_turn"] < turn), None)
        if rec is None or evaluate(parse_condition(mis.when), names, functions):
            continue
        if not evaluate(parse_condition(mis.corrected), names, functions):
            continue
        recorded.remove(rec)
        conv.state.setdefault("corrected", []).append({**rec, "corrected_turn": turn})
        for name in set(_NAME.findall(mis.when)) - {"and", "or", "not", "ever", "mentioned", "stated", "visited"}:
            conv.state["ever"].pop(name, None)
            conv.state.get("said", {}).pop(name, None)
        if mis.accepted:
            lines.append(render(mis.accepted, conv.values))
    return lines
