"""A trainee's progress over time and what to practise next (no streamlit; the page renders it).

Scores are effective ones (mentor overrides applied), as in :mod:`trainer.readiness`.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import pandas as pd

from .readiness import attempt_frame, topic_map

PASS_SCORE = 80.0
RECENT = 10
DUE_SOON_DAYS = 7


@dataclass
class Progress:
    """One trainee's progress tables."""

    user_id: int
    attempts: pd.DataFrame  # one row per finished attempt (readiness.ATTEMPT_COLUMNS)
    criteria: pd.DataFrame  # the store's criterion rows
    competencies: pd.DataFrame  # attempt_id, finished_at, competency, score
    by_topic: pd.DataFrame
    by_channel: pd.DataFrame
    by_language: pd.DataFrame


def competency_frame(criteria: pd.DataFrame) -> pd.DataFrame:
    """Per attempt and competency: the share of points earned (0..100) on criteria that applied."""
    cols = ["attempt_id", "finished_at", "competency", "score"]
    if criteria.empty:
        return pd.DataFrame(columns=cols)
    df = criteria[criteria["max_points"] > 0][["attempt_id", "finished_at", "competencies", "points", "max_points"]]
    df = df.explode("competencies").dropna(subset=["competencies"]).rename(columns={"competencies": "competency"})
    out = df.groupby(["attempt_id", "finished_at", "competency"], sort=False)[["points", "max_points"]].sum()
    out = out.reset_index()
    out["score"] = (100.0 * out["points"] / out["max_points"]).round(1)
    out["finished_at"] = pd.to_datetime(out["finished_at"], utc=True)
    return out[cols].sort_values(["finished_at", "attempt_id", "competency"]).reset_index(drop=True)


def summary_by(attempts: pd.DataFrame, column: str) -> pd.DataFrame:
    """Attempts, mean / best / last effective score and attempts >= 80 per value of ``column``."""
    cols = [column, "attempts", "mean_score", "best_score", "last_score", "passed_80", "last_at"]
    if attempts.empty:
        return pd.DataFrame(columns=cols)
    df = attempts.assign(good=attempts["score"] >= PASS_SCORE)
    out = df.groupby(column).agg(attempts=("attempt_id", "count"), mean_score=("score", "mean"),
                                 best_score=("score", "max"), last_score=("score", "last"),
                                 passed_80=("good", "sum"), last_at=("finished_at", "max")).reset_index()
    out["mean_score"] = out["mean_score"].round(1)
    return out[cols]


def progress_data(store: Any, actor: Any, user_id: int, library: Any) -> Progress:
    """Load one trainee's finished attempts (one query) and build the progress tables.

    Raises the store's ``PermissionDenied`` when the actor may not read this trainee.
    """
    rows = store.criterion_rows(actor, user_ids=[user_id])
    criteria = pd.DataFrame(rows)
    attempts = attempt_frame(rows, topic_map(library))
    return Progress(user_id, attempts, criteria, competency_frame(criteria), summary_by(attempts, "topic"),
                    summary_by(attempts, "channel"), summary_by(attempts, "language"))


def weakest_competency(progress: Progress, recent: int = RECENT) -> tuple[str | None, float | None]:
    """The competency with the lowest mean score over the last ``recent`` attempts (None without data)."""
    comp = progress.competencies
    if comp.empty:
        return None, None
    last_ids = progress.attempts["attempt_id"].tail(recent)
    means = comp[comp["attempt_id"].isin(last_ids)].groupby("competency")["score"].mean()
    if means.empty:
        return None, None
    means = means.sort_index().sort_values(kind="stable")
    return str(means.index[0]), round(float(means.iloc[0]), 1)


def _passed_after(attempts: pd.DataFrame, scenario_id: str, after: dt.datetime | None) -> bool:
    df = attempts[(attempts["scenario_id"] == scenario_id) & (attempts["score"] >= PASS_SCORE)]
    if after is not None and len(df):
        df = df[df["finished_at"] >= pd.Timestamp(after)]
    return bool(len(df))


def what_next(store: Any, actor: Any, user_id: int, library: Any, today: dt.date | None = None,
              progress: Progress | None = None) -> dict[str, Any]:
    """What the trainee should practise next.

    Returns ``{"weakest": {competency, score}, "practise": [scenario ids training the weakest
    competency, not yet scored >= 80, same-language first, easiest first], "assigned": [{scenario_id,
    title, due_date, days_left, overdue, due_soon}] not yet scored >= 80 since assigned, by due date}``.
    """
    today = today or dt.date.today()
    progress = progress or progress_data(store, actor, user_id, library)
    att = progress.attempts
    weakest, score = weakest_competency(progress)
    passed = set(att.loc[att["score"] >= PASS_SCORE, "scenario_id"]) if len(att) else set()
    user = store.get_user(actor, user_id)
    practise = [s for s in library.scenarios.values()
                if s.id not in passed and (weakest is None or weakest in s.competencies)]
    practise.sort(key=lambda s: (s.language != user.language, s.difficulty, s.id))
    assigned, seen = [], set()
    for a in store.assignments_for(actor, user_id):
        for sid in a.scenario_ids:
            if sid in seen or _passed_after(att, sid, a.created_at):
                continue
            seen.add(sid)
            scenario = library.scenarios.get(sid)
            days = None if a.due_date is None else (a.due_date - today).days
            assigned.append({"scenario_id": sid, "title": scenario.title if scenario else sid,
                             "due_date": a.due_date, "days_left": days,
                             "overdue": days is not None and days < 0,
                             "due_soon": days is not None and 0 <= days <= DUE_SOON_DAYS})
    assigned.sort(key=lambda x: (x["due_date"] is None, x["due_date"] or today, x["scenario_id"]))
    return {"weakest": {"competency": weakest, "score": score},
            "practise": [s.id for s in practise[:5]], "assigned": assigned}


def progress_json(store: Any, actor: Any, user_id: int, library: Any, today: dt.date | None = None) -> dict:
    """Everything about one trainee's progress as JSON-ready data (for ``trainer progress --json``)."""
    p = progress_data(store, actor, user_id, library)

    def records(df: pd.DataFrame) -> list[dict]:
        return json.loads(df.to_json(orient="records", date_format="iso")) if len(df) else []

    comp = p.competencies.groupby("competency")["score"].mean().round(1).to_dict() if len(p.competencies) else {}
    nxt = what_next(store, actor, user_id, library, today, p)
    for item in nxt["assigned"]:
        item["due_date"] = None if item["due_date"] is None else item["due_date"].isoformat()
    return {"user_id": user_id, "attempts": records(p.attempts), "competencies": comp,
            "by_topic": records(p.by_topic), "by_channel": records(p.by_channel),
            "by_language": records(p.by_language), "what_next": nxt}
