"""The outcome rule, in one place: points after a mentor's override, the total score, critical failures
and the pass mark.

The scorer, storage, progress, readiness, exports, xAPI and the pages all use these functions, so an
attempt has one score and one pass/fail everywhere. The pass mark is the rubric's ``pass_threshold``
(stored with each result as ``threshold``); :data:`DEFAULT_PASS_MARK` is only the rubric schema's default
and the fallback for a result that carries none. The SQL form of the override rule
(``trainer/storage/reports.py``, ``EFFECTIVE_*``) is cross-checked against this module by
``tests/test_outcome.py``. Pure functions: no imports from the rest of trainer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, NotRequired, TypedDict

DEFAULT_PASS_MARK = 80.0


class Quote(TypedDict):
    """Evidence for a verdict: the transcript turn (1-based), the agent's reply number and the words."""

    turn: int
    agent_turn: int | None
    quote: str


class CriterionVerdict(TypedDict):
    """One criterion of a scoring result. ``result`` is "pass", "fail" or "n/a" (the criterion does not
    apply: 0 of 0 points); ``reason`` names the failure variant, ``gate_failed`` marks a gate failure."""

    id: str
    stage: str | None
    title: str
    critical: bool
    gate: bool
    competencies: list[str]
    max_points: float
    result: str
    points: float
    evidence: list[Quote]
    feedback: str
    reason: NotRequired[str]
    gate_failed: NotRequired[bool]
    misinforms: NotRequired[bool]  # the gate failed on wrong advice (a wrong value, rule, authority or a promise)


class NonAnswer(TypedDict):
    """A reply (or part of one) that earned nothing, with a sentence in the trainee's language saying why."""

    turn: int
    agent_turn: int | None
    kind: str
    quote: str
    whole_reply: bool
    feedback: str


class ScoreResult(TypedDict):
    """What :func:`trainer.scoring.score.score_transcript` returns, complete: callers add nothing.

    ``score`` is 0-100 (one decimal), ``passed`` follows :func:`is_passed` and the gates, ``threshold``
    is the rubric's pass mark, ``critical_failed`` says whether ``critical_failures`` is non-empty."""

    score: float
    passed: bool
    rubric: str
    rubric_version: int | str
    threshold: float
    language: str
    critical_failed: bool
    critical_failures: list[str]
    gate_failures: list[str]
    non_answers: list[NonAnswer]
    criteria: list[CriterionVerdict]
    competencies: dict[str, float]


class Misinformation(TypedDict):
    """Wrong information the scripted client believed: which rule, in which reply, the words, and why."""

    id: str
    agent_turn: int
    quote: str
    feedback: str


class ScenarioScore(ScoreResult):
    """A scoring result for a transcript of a scenario (:meth:`trainer.simulation.library.Library.score`)."""

    scenario: str
    scenario_version: int | str


class ConversationResult(ScenarioScore):
    """The result of a played scenario (:meth:`trainer.simulation.dialogue.Conversation.score`): the
    scenario's scoring result plus how the conversation ended and what the client was misinformed of.
    ``ended_by`` is None while the conversation runs, else "trainee" (the end button) or "end_step" (the
    script reached an end step); ``unfinished_feedback`` is present when ``unfinished``."""

    unfinished: bool
    unfinished_feedback: NotRequired[str]
    misinformation: list[Misinformation]
    ended_by: str | None


def effective_points(result: str, points: float, max_points: float, overridden: bool) -> tuple[float, float]:
    """(points, max points) after an override: pass -> full points, fail -> 0, n/a -> 0 of 0 (not
    counted). Without an override the scorer's points stand."""
    if not overridden:
        return points, max_points
    if result == "pass":
        return max_points, max_points
    if result == "fail":
        return 0.0, max_points
    return 0.0, 0.0


def total_score(earned: float, possible: float, critical_failed: bool) -> float:
    """The 0-100 total, rounded to one decimal: 0 after a critical failure or with nothing to earn."""
    if critical_failed or not possible:
        return 0.0
    return round(100.0 * earned / possible, 1)


def is_passed(score: float | None, pass_mark: float, critical_failed: bool = False) -> bool:
    """Passed: no critical failure and the score reaches the pass mark."""
    return not critical_failed and score is not None and score >= pass_mark


def pass_mark(result: Mapping[str, Any] | None) -> float:
    """The pass mark a scoring result was judged against (its ``threshold``), else the default."""
    value = (result or {}).get("threshold")
    return float(value) if value is not None else DEFAULT_PASS_MARK


def criteria_outcome(criteria: Iterable[Any]) -> tuple[float, bool]:
    """(total score, critical failed) of effective criterion rows: objects or dicts with ``points``,
    ``max_points``, ``critical`` and ``result`` (overrides already applied, as the store returns them)."""
    earned = possible = 0.0
    critical = False
    for c in criteria:
        get = c.get if isinstance(c, Mapping) else lambda k, c=c: getattr(c, k)
        earned += get("points") or 0.0
        possible += get("max_points") or 0.0
        critical = critical or (bool(get("critical")) and get("result") == "fail")
    return total_score(earned, possible, critical), critical


def format_score(score: float | None) -> str:
    """A score as shown everywhere: one decimal at most, no trailing zeros ("87.5", "100", "0")."""
    return "" if score is None else f"{round(float(score), 1):g}"


def gated_misinformation(criteria: Iterable[Mapping], believed: Iterable[Mapping] = ()) -> list[Misinformation]:
    """Wrong advice that failed a gate, named as misinformation: the criterion, the reply and the words it
    quoted, and its feedback sentence (why it is wrong). A reply the scenario's own client reaction already
    recorded (``believed``) is not named twice."""
    told = {rec.get("agent_turn") for rec in believed}
    out: list[Misinformation] = []
    for crit in criteria:
        if not (crit.get("gate_failed") and crit.get("misinforms")):
            continue
        quote = next(iter(crit.get("evidence") or []), None)
        turn = quote.get("agent_turn") if quote else None
        if turn is not None and turn in told:
            continue
        out.append({"id": crit["id"], "agent_turn": turn if turn is not None else 0,
                    "quote": quote.get("quote", "") if quote else "", "feedback": crit.get("feedback", "")})
    return out
