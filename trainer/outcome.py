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
from typing import Any

DEFAULT_PASS_MARK = 80.0


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
