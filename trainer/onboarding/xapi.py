"""xAPI (Experience API 1.0.3) statements: one per attempt, written as JSON lines for an LRS import.

The actor is identified by an account (home page + username), never by name or e-mail, so no more
personal data leaves the trainer than needed. Verb: ``passed`` / ``failed`` for finished attempts
(effective score, mentor overrides applied, >= the rubric's pass mark and no critical failure), ``attempted``
for active or abandoned ones. ``result.score.scaled`` is the effective score / 100; the criteria go
into ``result.extensions``.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trainer.onboarding.progress import pass_marks
from trainer.outcome import DEFAULT_PASS_MARK, criteria_outcome, is_passed

if TYPE_CHECKING:
    from trainer.simulation.library import Library
    from trainer.storage import Store
    from trainer.storage.records import ActorLike


VERBS = {v: f"http://adlnet.gov/expapi/verbs/{v}" for v in ("attempted", "passed", "failed")}
DEFAULT_HOME = "https://trainer.invalid"


def pass_mark_of(attempt: dict[str, Any], library: Library | None = None) -> float:
    """The pass mark of the attempt's scenario rubric, as progress and readiness use it
    (:func:`trainer.onboarding.progress.pass_marks`; the default when the library does not know it)."""
    return pass_marks(library).get(attempt["scenario_id"], DEFAULT_PASS_MARK) if library is not None \
        else DEFAULT_PASS_MARK


def _iso(value: dt.datetime | None) -> str | None:
    return None if value is None else value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def statement(attempt: dict[str, Any], criteria: list[dict[str, Any]], library: Library | None = None,
              home: str = DEFAULT_HOME, pass_score: float | None = None) -> dict[str, Any]:
    """One xAPI statement for an attempt row (``Store.attempt_rows``) and its criterion rows."""
    scenario = getattr(library, "scenarios", {}).get(attempt["scenario_id"]) if library is not None else None
    finished = attempt["status"] == "finished"
    score, critical = criteria_outcome(criteria)
    mark = pass_score if pass_score is not None else pass_mark_of(attempt, library)
    # the scorer's verdict (it carries gate failures) stands unless a mentor overrode a criterion
    verdict = bool(attempt.get("passed")) or any(c.get("overridden") for c in criteria)
    verb = "attempted" if not finished else "passed" if is_passed(score, mark, critical) and verdict else "failed"
    ext = f"{home}/xapi/extensions"
    stmt: dict[str, Any] = {
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{home}/attempts/{attempt['attempt_id']}")),
        "actor": {"objectType": "Agent", "account": {"homePage": home, "name": attempt["username"]}},
        "verb": {"id": VERBS[verb], "display": {"en-US": verb}},
        "object": {"objectType": "Activity", "id": f"{home}/scenarios/{attempt['scenario_id']}",
                   "definition": {"type": "http://adlnet.gov/expapi/activities/simulation",
                                  "name": {attempt["language"]: scenario.title if scenario else attempt["scenario_id"]}}},
        "context": {"platform": "trainer", "language": attempt["language"],
                    "extensions": {f"{ext}/channel": attempt["channel"], f"{ext}/mode": attempt["mode"],
                                   f"{ext}/attempt": attempt["attempt_id"],
                                   f"{ext}/scenario-version": attempt.get("scenario_version")}},
        "timestamp": _iso(attempt.get("finished_at") or attempt.get("started_at")),
    }
    if finished:
        stmt["result"] = {
            "score": {"scaled": round(score / 100.0, 3), "raw": score, "min": 0, "max": 100},
            "success": verb == "passed", "completion": True,
            "extensions": {f"{ext}/automatic-score": attempt.get("score"),
                           f"{ext}/criteria": [{k: c[k] for k in ("criterion_id", "result", "automatic_result",
                                                                  "points", "max_points", "critical")}
                                               for c in criteria]},
        }
        if attempt.get("duration_s") is not None:
            stmt["result"]["duration"] = f"PT{round(float(attempt['duration_s']))}S"
    return stmt


def statements(store: Store, actor: ActorLike, library: Library | None = None, user_ids: list[int] | None = None,
               since: dt.datetime | None = None, home: str = DEFAULT_HOME) -> list[dict[str, Any]]:
    """Statements for every attempt (any status) the actor may read (two queries)."""
    attempts = store.attempt_rows(actor, user_ids=user_ids, since=since, status=None)
    by_attempt: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for c in store.criterion_rows(actor, user_ids=user_ids):
        by_attempt[c["attempt_id"]].append(c)
    return [statement(a, by_attempt.get(a["attempt_id"], []), library, home) for a in attempts]


def write_jsonl(stmts: list[dict[str, Any]], path: str | Path) -> int:
    """Write statements as JSON lines (UTF-8); returns how many were written."""
    with Path(path).open("w", encoding="utf-8") as fh:
        for s in stmts:
            fh.write(json.dumps(s, ensure_ascii=False, default=str) + "\n")
    return len(stmts)
