"""Live coaching in practice mode: the call-model checklist with a failed state, and warnings the moment
a rule is broken (personal data given before the client is identified), read from the scoring of the
turns so far. No streamlit here; the conversation page renders what this returns.

The checklist states:

- ``done``: the stage is done (its criteria pass on the turns so far);
- ``open``: not done yet, and it still can be;
- ``failed``: it cannot be done any more in this call (the first reply had no greeting; personal data
  went out before the client was identified; data protection was broken);
- ``n/a``: the stage does not apply (identification when the scenario does not require it);
- ``at_end``: the closing, which is judged on the agent's last reply and so only when the call ends:
  a "thank you, goodbye" in the middle of the call is not a closing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

CHECKLIST_STAGES = ("greeting", "identification", "needs", "explanation", "summary", "closing")
CONTENT_STAGES = ("explanation", "content")
STATES = ("done", "open", "failed", "n/a", "at_end")
#: reasons of the data-protection check a trainee is warned about at once (see trainer.scoring.checks)
ALERT_KINDS = ("disclosed_before", "third_party", "status", "identifier")


@dataclass(frozen=True)
class Alert:
    """A rule broken in the call so far: ``kind`` (one of :data:`ALERT_KINDS`), the criterion it fails,
    the quoted words and the agent's reply number they are in (as the result page numbers them), and
    the scorer's feedback sentence (in the conversation's language)."""

    kind: str
    criterion: str
    quote: str
    agent_turn: int | None
    feedback: str


@dataclass(frozen=True)
class Coaching:
    """What the practice page shows beside the chat: ``checklist`` as ``(stage, state)`` pairs and the
    ``alerts`` to show at once."""

    checklist: tuple[tuple[str, str], ...]
    alerts: tuple[Alert, ...]


def _stage_state(crits: list[dict]) -> str:
    applicable = [c for c in crits if c["result"] != "n/a"]
    if crits and not applicable:
        return "n/a"
    return "done" if applicable and all(c["result"] == "pass" for c in applicable) else "open"


def checklist(result: dict[str, Any], agent_replies: int, finished: bool = False) -> list[tuple[str, str]]:
    """The live checklist from ``result`` (the scoring of the turns so far), after ``agent_replies``
    replies of the trainee; ``finished``: the conversation has ended.

    Explanation is done when a content criterion passed *with evidence* (a "does not say X" check
    passing on silence does not count). A data-protection row is added, as ``failed``, only once
    data protection failed.
    """
    by_stage: dict[str, list[dict]] = {}
    for crit in result["criteria"]:
        by_stage.setdefault(crit["stage"], []).append(crit)
    out: list[tuple[str, str]] = []
    for stage in CHECKLIST_STAGES:
        crits = by_stage.get(stage, [])
        if stage == "explanation":
            content = [c for s in CONTENT_STAGES for c in by_stage.get(s, [])]
            state = "done" if any(c["result"] == "pass" and c.get("evidence") for c in content) else "open"
        elif stage == "closing":
            # judged on the last reply: only the end of the call decides it
            state = _stage_state(crits) if finished else "at_end"
            if finished and state == "open":
                state = "failed"
        else:
            state = _stage_state(crits)
            if state == "open" and _lost(stage, crits, agent_replies):
                state = "failed"
        out.append((stage, state))
        if stage == "identification":
            broken = [c for c in by_stage.get("data_protection", []) if c["result"] == "fail"]
            if broken:
                out.append(("data_protection", "failed"))
    return out


def _lost(stage: str, crits: list[dict], agent_replies: int) -> bool:
    """Can this open stage no longer be done in this call?"""
    if stage == "greeting":  # judged on the first reply only
        return agent_replies > 0 and any(c["result"] == "fail" for c in crits)
    if stage == "identification":  # personal data went out first: asking later does not mend it
        return any(c["result"] == "fail" and c.get("reason") == "disclosed_before" for c in crits)
    return False


def alerts(result: dict[str, Any]) -> list[Alert]:
    """The data-protection failures of the call so far, with the quoted words and the reply they are in."""
    out = []
    for crit in result["criteria"]:
        if crit["stage"] != "data_protection" or crit["result"] != "fail":
            continue
        kind = crit.get("reason") or "disclosed_before"
        evidence = (crit.get("evidence") or [{}])[0]
        out.append(Alert(kind if kind in ALERT_KINDS else "disclosed_before", crit["id"],
                         str(evidence.get("quote") or ""), evidence.get("agent_turn"), str(crit.get("feedback") or "")))
    return out


def coach(conv: Any, result: dict[str, Any] | None = None) -> Coaching:
    """The checklist and alerts of a conversation (a :class:`trainer.simulation.dialogue.Conversation`)
    from one scoring of its turns so far (pass ``result`` to reuse one)."""
    result = result if result is not None else conv.score()
    replies = sum(1 for t in conv.turns if t["role"] == "agent")
    return Coaching(tuple(checklist(result, replies, bool(conv.finished))), tuple(alerts(result)))
