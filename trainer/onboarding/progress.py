"""A trainee's progress over time and what to practise next (no streamlit; the page renders it).

Also the data loading shared with :mod:`trainer.onboarding.readiness`: attempts with their *effective* scores
(mentor overrides applied; 0 after a critical failure, as the scorer does).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd

from trainer.outcome import DEFAULT_PASS_MARK, is_passed

if TYPE_CHECKING:
    from trainer.simulation.library import Library
    from trainer.storage import Store
    from trainer.storage.records import ActorLike


ATTEMPT_COLUMNS = ["attempt_id", "user_id", "username", "cohort_id", "scenario_id", "topic", "mode", "language",
                   "channel", "finished_at", "score", "automatic_score", "critical_failed", "passed", "pass_mark",
                   "good"]
RECENT = 10
DUE_SOON_DAYS = 7


# -- data --------------------------------------------------------------------------------------------

def _all_scenarios(library: Library) -> dict[str, Any]:
    """Dialogue scenarios and exercises (``kind: exercise``) by id: both have a topic, a rubric and attempts."""
    return {**getattr(library, "scenarios", {}), **getattr(library, "exercises", {})}


def topic_map(library: Library) -> dict[str, str]:
    """scenario id -> topic for every loaded scenario and exercise."""
    return {sid: s.topic for sid, s in _all_scenarios(library).items()}


def pass_marks(library: Library) -> dict[str, float]:
    """scenario id -> the pass mark of its rubric (``pass_threshold``; the default when unknown)."""
    rubrics = getattr(library, "rubrics", {})
    marks = {}
    for sid, s in _all_scenarios(library).items():
        rubric = rubrics.get(s.rubric)
        marks[sid] = float(rubric.pass_threshold) if rubric is not None else DEFAULT_PASS_MARK
    return marks


def _outcome_columns(df: pd.DataFrame, marks: dict[str, float] | None, overridden: pd.Series) -> pd.DataFrame:
    """``pass_mark`` (the scenario rubric's) and ``good``: the effective score passes it with no critical
    failure (:func:`trainer.outcome.is_passed`), and the scorer's own verdict stands unless a mentor
    overrode a criterion. The scorer's verdict also carries gate failures (a wrong legal fact, a
    promise, a non-answer: ``result["gate_failures"]``), which the points alone do not show."""
    df["pass_mark"] = df["scenario_id"].map(marks or {}).fillna(DEFAULT_PASS_MARK).astype(float)
    verdict = df["passed"].fillna(False).astype(bool) | overridden.astype(bool).to_numpy()
    df["good"] = [is_passed(s, m, bool(c)) and bool(v) for s, m, c, v in
                  zip(df["score"], df["pass_mark"], df["critical_failed"], verdict, strict=True)]
    return df


def attempt_frame(criterion_rows: list[dict[str, Any]], topics: dict[str, str],
                  marks: dict[str, float] | None = None) -> pd.DataFrame:
    """One row per finished attempt with the *effective* score (overrides applied, 0 after a critical
    failure, as the scorer does), the scenario's topic, its pass mark (``marks``: :func:`pass_marks`)
    and whether the effective score passes it (``good``). ``automatic_score`` and ``passed`` are the
    scorer's own values. Columns: :data:`ATTEMPT_COLUMNS`."""
    if not criterion_rows:
        return pd.DataFrame(columns=ATTEMPT_COLUMNS)
    df = pd.DataFrame(criterion_rows)
    df["crit_fail"] = df["critical"] & (df["result"] == "fail")
    keys = ["attempt_id", "user_id", "username", "cohort_id", "scenario_id", "mode", "language", "channel",
            "finished_at"]
    g = df.groupby("attempt_id", sort=False)
    out = g[keys].first().reset_index(drop=True)
    agg = g.agg(points=("points", "sum"), max_points=("max_points", "sum"), critical_failed=("crit_fail", "any"),
                automatic_score=("score", "first"), passed=("passed", "first")).reset_index(drop=True)
    out = pd.concat([out, agg], axis=1)
    ratio = (100.0 * out["points"] / out["max_points"].where(out["max_points"] > 0)).fillna(0.0).round(1)
    out["score"] = ratio.where(~out["critical_failed"], 0.0)
    out["topic"] = out["scenario_id"].map(topics)
    out = _outcome_columns(out, marks, g["overridden"].any().reset_index(drop=True))
    out["finished_at"] = pd.to_datetime(out["finished_at"], utc=True)
    return out[ATTEMPT_COLUMNS].sort_values(["finished_at", "attempt_id"], kind="stable").reset_index(drop=True)


def score_frame(rows: list[dict[str, Any]], topics: dict[str, str],
                marks: dict[str, float] | None = None) -> pd.DataFrame:
    """:func:`attempt_frame` from per-attempt rows that carry effective totals (``effective_points``,
    ``effective_max_points``, ``effective_critical_failed``), as ``Store.attempt_score_rows`` gives."""
    if not rows:
        return pd.DataFrame(columns=ATTEMPT_COLUMNS)
    df = pd.DataFrame(rows).drop(columns=["critical_failed"])
    df = df.rename(columns={"score": "automatic_score", "effective_critical_failed": "critical_failed"})
    df["critical_failed"] = df["critical_failed"].fillna(False).astype(bool)
    mx = df["effective_max_points"].where(df["effective_max_points"] > 0)
    ratio = (100.0 * df["effective_points"] / mx).fillna(0.0).round(1)
    df["score"] = ratio.where(~df["critical_failed"], 0.0)
    df["topic"] = df["scenario_id"].map(topics)
    df = _outcome_columns(df, marks, df["overrides"].fillna(0) > 0 if "overrides" in df else pd.Series(False, df.index))
    df["finished_at"] = pd.to_datetime(df["finished_at"], utc=True)
    return df[ATTEMPT_COLUMNS].sort_values(["finished_at", "attempt_id"], kind="stable").reset_index(drop=True)


def load_attempts(store: Store, actor: ActorLike, library: Library, user_ids: list[int] | None = None,
                  since: dt.datetime | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(criterion rows, effective attempt frame) of the users the actor may read, in one query."""
    rows = store.criterion_rows(actor, user_ids=user_ids, since=since)
    return pd.DataFrame(rows), attempt_frame(rows, topic_map(library), pass_marks(library))


def load_attempt_frame(store: Store, actor: ActorLike, library: Library, user_ids: list[int] | None = None) -> pd.DataFrame:
    """The effective attempt frame only: one row per attempt, aggregated in the database when the
    store offers ``attempt_score_rows`` (fast at scale), else from the criterion rows."""
    fast = getattr(store, "attempt_score_rows", None)
    if fast is not None:
        return score_frame(fast(actor, user_ids=user_ids), topic_map(library), pass_marks(library))
    return load_attempts(store, actor, library, user_ids)[1]


def records_by_user(att: pd.DataFrame, user_ids: list[int]) -> list[list[dict[str, Any]]]:
    """The frame's rows as plain dicts per user, in frame order (column lists: no per-cell boxing)."""
    cols = ["user_id", "attempt_id", "topic", "mode", "channel", "language", "score", "critical_failed"]
    by_user: dict[int, list[dict[str, Any]]] = {uid: [] for uid in user_ids}
    if len(att):
        days = att["finished_at"].dt.tz_convert("UTC").dt.tz_localize(None).to_numpy().astype("datetime64[D]")
        for vals in zip(*(att[c].tolist() for c in cols), days.tolist(), strict=True):
            rec = dict(zip([*cols, "finished_at"], vals, strict=True))
            by_user.setdefault(rec["user_id"], []).append(rec)
    return [by_user[uid] for uid in user_ids]


@dataclass
class Progress:
    """One trainee's progress tables."""

    user_id: int
    attempts: pd.DataFrame  # one row per finished attempt (ATTEMPT_COLUMNS)
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
    """Attempts, mean / best / last effective score and attempts that passed (the rubric's pass mark)
    per value of ``column``."""
    cols = [column, "attempts", "mean_score", "best_score", "last_score", "passed", "last_at"]
    if attempts.empty:
        return pd.DataFrame(columns=cols)
    out = attempts.groupby(column).agg(attempts=("attempt_id", "count"), mean_score=("score", "mean"),
                                 best_score=("score", "max"), last_score=("score", "last"),
                                 passed=("good", "sum"), last_at=("finished_at", "max")).reset_index()
    out["mean_score"] = out["mean_score"].round(1)
    return out[cols]


def progress_data(store: Store, actor: ActorLike, user_id: int, library: Library) -> Progress:
    """Load one trainee's finished attempts (one query) and build the progress tables.

    Raises the store's ``PermissionDenied`` when the actor may not read this trainee.
    """
    rows = store.criterion_rows(actor, user_ids=[user_id])
    criteria = pd.DataFrame(rows)
    attempts = attempt_frame(rows, topic_map(library), pass_marks(library))
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
    df = attempts[(attempts["scenario_id"] == scenario_id) & attempts["good"]]
    if after is not None and len(df):
        df = df[df["finished_at"] >= pd.Timestamp(after)]
    return bool(len(df))


def what_next(store: Store, actor: ActorLike, user_id: int, library: Library, today: dt.date | None = None,
              progress: Progress | None = None) -> dict[str, Any]:
    """What the trainee should practise next.

    Returns ``{"weakest": {competency, score}, "practise": [scenario ids training the weakest
    competency, not yet passed, same-language first, easiest first], "assigned": [{scenario_id,
    title, due_date, days_left, overdue, due_soon}] not yet passed since assigned, by due date}``.
    """
    today = today or dt.date.today()
    progress = progress or progress_data(store, actor, user_id, library)
    att = progress.attempts
    weakest, score = weakest_competency(progress)
    passed = set(att.loc[att["good"].astype(bool), "scenario_id"]) if len(att) else set()
    user = store.get_user(actor, user_id)
    practise = [s for s in library.scenarios.values()
                if s.id not in passed and (weakest is None or weakest in s.competencies)]
    practise.sort(key=lambda s: (s.language != user.language, s.difficulty, s.id))
    assigned, seen = [], set()
    for a in store.assignments_for(actor, user_id):
        if not applies_to(a, user):
            continue
        for sid in a.scenario_ids:
            if sid in seen or _passed_after(att, sid, a.created_at):
                continue
            seen.add(sid)
            days = None if a.due_date is None else (a.due_date - today).days
            assigned.append({"scenario_id": sid, "title": library.title(sid),
                             "due_date": a.due_date, "days_left": days,
                             "overdue": days is not None and days < 0,
                             "due_soon": days is not None and 0 <= days <= DUE_SOON_DAYS})
    assigned.sort(key=lambda x: (x["due_date"] is None, x["due_date"] or today, x["scenario_id"]))
    return {"weakest": {"competency": weakest, "score": score},
            "practise": [s.id for s in practise[:5]], "assigned": assigned}


def joined_on(user: Any) -> dt.date:
    """The day a trainee joined: their start date, or the day their account was made if that is later."""
    created = user.created_at.date() if getattr(user, "created_at", None) else None
    dates = [d for d in (user.start_date, created) if d is not None]
    return max(dates) if dates else dt.date.min


def applies_to(assignment: Any, user: Any) -> bool:
    """Whether an assignment is the trainee's to do: their own always; a cohort's only when it was not
    already due before they joined (a trainee added today does not inherit overdue work)."""
    if assignment.user_id is not None or assignment.due_date is None:
        return True
    return assignment.due_date >= joined_on(user)


def progress_json(store: Store, actor: ActorLike, user_id: int, library: Library, today: dt.date | None = None) -> dict:
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


def self_evaluation_table(attempt: Any, own: dict[str, str] | None) -> pd.DataFrame:
    """Criterion by criterion: the trainee's own verdict next to the automatic and the mentor's
    (effective) result, with whether the trainee agreed with each. ``attempt`` is an ``AttemptInfo``."""
    titles = {c["id"]: c.get("title", c["id"]) for c in (attempt.result or {}).get("criteria", [])}
    rows = []
    for c in attempt.criteria:
        mine = (own or {}).get(c.criterion_id)
        rows.append({"criterion_id": c.criterion_id, "title": titles.get(c.criterion_id, c.criterion_id),
                     "self": mine, "automatic": c.automatic_result, "mentor": c.result if c.overridden else None,
                     "final": c.result, "agrees": None if mine is None else mine == c.result})
    return pd.DataFrame(rows, columns=["criterion_id", "title", "self", "automatic", "mentor", "final", "agrees"])


def mentee_table(report: Any) -> pd.DataFrame:
    """One row per trainee of a readiness report: status, progress, attempts, last activity, critical
    failures (all time and in the rule's recent window), days to target; behind first."""
    att = report.attempts
    last = att.groupby("user_id")["finished_at"].max() if len(att) else pd.Series(dtype=object)
    crit = att.groupby("user_id")["critical_failed"].sum() if len(att) else pd.Series(dtype=int)
    rows = []
    for u in report.users:
        ev = report.evaluations[u.id]
        rows.append({"user_id": u.id, "username": u.username, "name": u.display_name, "status": ev.status,
                     "progress": ev.progress, "attempts": ev.attempts, "last_activity": last.get(u.id),
                     "critical_failures": int(crit.get(u.id, 0)), "critical_recent": len(ev.critical_recent),
                     "days_to_target": max(ev.days_to_target, 0) if ev.status == "ready"
                     and ev.days_to_target is not None else ev.days_to_target})
    order = {"behind": 0, "on_track": 1, "ready": 2}
    df = pd.DataFrame(rows, columns=["user_id", "username", "name", "status", "progress", "attempts", "last_activity",
                                     "critical_failures", "critical_recent", "days_to_target"])
    return df.sort_values(["status", "username"], key=lambda s: s.map(order) if s.name == "status" else s)
