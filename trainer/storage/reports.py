"""Flat, pandas-friendly rows for readiness and dashboards (single joined queries, no N+1)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Select, and_, case, func, select
from sqlalchemy.orm import Session

from . import policy
from .base import StoreBase, Who
from .errors import NotFound, PermissionDenied
from .models import Attempt, CriterionResult, Override, Review, User
from .records import Actor, UserInfo

CRITERION_ROW_KEYS = (
    "user_id", "username", "cohort_id", "attempt_id", "scenario_id", "scenario_version", "mode", "language",
    "channel", "finished_at", "score", "passed", "critical_failed", "criterion_id", "result", "automatic_result",
    "overridden", "points", "max_points", "critical", "competencies",
)  # fmt: skip
ATTEMPT_ROW_KEYS = (
    "user_id", "username", "cohort_id", "attempt_id", "scenario_id", "scenario_version", "mode", "language",
    "channel", "status", "started_at", "finished_at", "duration_s", "score", "passed", "critical_failed",
    "rubric_id", "rubric_version",
)  # fmt: skip



# The override rule, in one place: the latest override of a criterion wins; pass -> full points,
# fail -> 0, n/a -> 0 of 0; without an override the scorer's result and points stand.
_LATEST_OVERRIDE = (
    select(Override.attempt_id, Override.criterion_id, func.max(Override.id).label("oid"))
    .group_by(Override.attempt_id, Override.criterion_id)
    .subquery()
)
_OVERRIDDEN = Override.id.is_not(None)
EFFECTIVE_RESULT = func.coalesce(Override.new_result, CriterionResult.result)
EFFECTIVE_POINTS = case(
    (~_OVERRIDDEN, CriterionResult.points),
    (Override.new_result == "pass", CriterionResult.max_points),
    else_=0.0,
)
EFFECTIVE_MAX_POINTS = case(
    (~_OVERRIDDEN, CriterionResult.max_points),
    (Override.new_result == "n/a", 0.0),
    else_=CriterionResult.max_points,
)


def _with_latest_override(query: Select[Any]) -> Select[Any]:
    """Join each criterion result to its latest override (if any), for the EFFECTIVE_* expressions."""
    latest = _LATEST_OVERRIDE
    return query.outerjoin(
        latest,
        and_(latest.c.attempt_id == CriterionResult.attempt_id, latest.c.criterion_id == CriterionResult.criterion_id),
    ).outerjoin(Override, Override.id == latest.c.oid)


def _attempt_identity() -> tuple:
    """The columns every readiness row starts with: who, which attempt, which scenario and how."""
    return (
        User.id.label("user_id"),
        User.username,
        User.cohort_id,
        Attempt.id.label("attempt_id"),
        Attempt.scenario_id,
        Attempt.scenario_version,
        Attempt.mode,
        Attempt.language,
        Attempt.channel,
    )

class ReportsMixin(StoreBase):
    """Bulk read access for readiness computations."""

    def _restrict(self, s: Session, who: Who, query: Select[Any], user_ids: Iterable[int] | None) -> Select[Any]:
        query = query.where(policy.visible_users(who, User))
        if user_ids is None:
            return query
        ids = sorted({int(u) for u in user_ids})
        if not ids:
            return query.where(False)
        found = {u.id: u for u in s.scalars(select(User).where(User.id.in_(ids)))}
        missing = set(ids) - set(found)
        if missing:
            raise NotFound(f"users not found: {sorted(missing)}")
        denied = [u for u in ids if not policy.can_read(who, found[u])]
        if denied:
            raise PermissionDenied(f"not allowed to read users {denied}")
        return query.where(User.id.in_(ids))

    def data_version(self) -> tuple[int, ...]:
        """A cheap fingerprint of what readiness reports read: the largest attempt, override, review
        and user ids and the number of finished attempts. It changes when an attempt starts or
        finishes, a verdict is overridden, a review is written or a user is added, so a page can
        cache a report on it (with a short expiry for edits of existing users). It reveals no data."""
        with self._read() as s:
            row = s.execute(select(
                select(func.coalesce(func.max(Attempt.id), 0)).scalar_subquery(),
                select(func.count(Attempt.id)).where(Attempt.status == "finished").scalar_subquery(),
                select(func.coalesce(func.max(Override.id), 0)).scalar_subquery(),
                select(func.coalesce(func.max(Review.id), 0)).scalar_subquery(),
                select(func.coalesce(func.max(User.id), 0)).scalar_subquery(),
            )).one()
        return tuple(int(v) for v in row)

    def criterion_rows(
        self,
        actor: Actor | UserInfo,
        user_ids: Iterable[int] | None = None,
        since: dt.datetime | None = None,
        mode: str | None = None,
    ) -> list[dict[str, Any]]:
        """One row per criterion of each finished attempt the actor may read, with the effective
        (override-applied) result and points. Keys: :data:`CRITERION_ROW_KEYS`.

        ``since`` filters on finished_at. Overridden points: pass -> max, fail -> 0, n/a -> 0 of 0.
        """
        query = _with_latest_override(
            select(
                *_attempt_identity(),
                Attempt.finished_at,
                Attempt.score,
                Attempt.passed,
                Attempt.critical_failed,
                CriterionResult.criterion_id,
                EFFECTIVE_RESULT.label("result"),
                CriterionResult.result.label("automatic_result"),
                _OVERRIDDEN.label("overridden"),
                EFFECTIVE_POINTS.label("points"),
                EFFECTIVE_MAX_POINTS.label("max_points"),
                CriterionResult.critical,
                CriterionResult.competencies,
            )
            .select_from(CriterionResult)
            .join(Attempt, Attempt.id == CriterionResult.attempt_id)
            .join(User, User.id == Attempt.user_id)
        )
        query = query.where(Attempt.status == "finished").order_by(Attempt.finished_at, Attempt.id, CriterionResult.id)
        if since is not None:
            query = query.where(Attempt.finished_at >= since)
        if mode is not None:
            query = query.where(Attempt.mode == mode)
        with self._read() as s:
            who = self._who(s, actor)
            query = self._restrict(s, who, query, user_ids)
            rows = []
            for r in s.execute(query).mappings():
                row = dict(r)
                row["overridden"] = bool(row["overridden"])
                row["critical"] = bool(row["critical"])
                row["points"] = float(row["points"])
                row["max_points"] = float(row["max_points"])
                rows.append(row)
            return rows

    def attempt_rows(
        self,
        actor: Actor | UserInfo,
        user_ids: Iterable[int] | None = None,
        since: dt.datetime | None = None,
        status: str | None = "finished",
        mode: str | None = None,
    ) -> list[dict[str, Any]]:
        """One row per attempt the actor may read (default: finished ones). Keys:
        :data:`ATTEMPT_ROW_KEYS`. ``since`` filters on started_at."""
        query = (
            select(
                *_attempt_identity(),
                Attempt.status,
                Attempt.started_at,
                Attempt.finished_at,
                Attempt.score,
                Attempt.passed,
                Attempt.critical_failed,
                Attempt.rubric_id,
                Attempt.rubric_version,
            )
            .join(User, User.id == Attempt.user_id)
            .order_by(Attempt.started_at, Attempt.id)
        )
        if since is not None:
            query = query.where(Attempt.started_at >= since)
        if status is not None:
            query = query.where(Attempt.status == status)
        if mode is not None:
            query = query.where(Attempt.mode == mode)
        with self._read() as s:
            who = self._who(s, actor)
            query = self._restrict(s, who, query, user_ids)
            rows = []
            for r in s.execute(query).mappings():
                row = dict(r)
                end, start = row["finished_at"], row["started_at"]
                row["duration_s"] = (end - start).total_seconds() if end and start else None
                rows.append({k: row[k] for k in ATTEMPT_ROW_KEYS})
            return rows

    def attempt_score_rows(
        self,
        actor: Actor | UserInfo,
        user_ids: Iterable[int] | None = None,
        since: dt.datetime | None = None,
        mode: str | None = None,
    ) -> list[dict[str, Any]]:
        """One row per finished attempt the actor may read, with the effective (override-applied)
        totals aggregated in the database: :data:`ATTEMPT_ROW_KEYS` plus ``effective_points``,
        ``effective_max_points``, ``effective_critical_failed`` and ``overrides`` (count of overridden
        criteria). ``since`` filters on finished_at. For readiness views at scale (20,000 attempts
        instead of 200,000 criterion rows)."""
        totals = (
            _with_latest_override(
                select(
                    CriterionResult.attempt_id,
                    func.sum(EFFECTIVE_POINTS).label("effective_points"),
                    func.sum(EFFECTIVE_MAX_POINTS).label("effective_max_points"),
                    func.max(case((and_(CriterionResult.critical, EFFECTIVE_RESULT == "fail"), 1), else_=0)).label("crit"),
                    func.count(Override.id).label("overrides"),
                ).select_from(CriterionResult)
            )
            .group_by(CriterionResult.attempt_id)
            .subquery()
        )
        query = (
            select(
                User.id, User.username, User.cohort_id, Attempt.id, Attempt.scenario_id, Attempt.scenario_version,
                Attempt.mode, Attempt.language, Attempt.channel, Attempt.status, Attempt.started_at,
                Attempt.finished_at, Attempt.score, Attempt.passed, Attempt.critical_failed, Attempt.rubric_id,
                Attempt.rubric_version, totals.c.effective_points, totals.c.effective_max_points, totals.c.crit,
                totals.c.overrides,
            )
            .join(User, User.id == Attempt.user_id)
            .outerjoin(totals, totals.c.attempt_id == Attempt.id)
            .where(Attempt.status == "finished")
            .order_by(Attempt.finished_at, Attempt.id)
        )  # fmt: skip
        if since is not None:
            query = query.where(Attempt.finished_at >= since)
        if mode is not None:
            query = query.where(Attempt.mode == mode)
        keys = ATTEMPT_ROW_KEYS
        with self._read() as s:
            who = self._who(s, actor)
            query = self._restrict(s, who, query, user_ids)
            rows = []
            for r in s.connection().execute(query):
                (uid, uname, cohort, aid, sid, sver, mode_, lang, chan, status, start, end, score, passed, cf,
                 rid, rver, pts, mx, crit, n_over) = r  # fmt: skip
                rows.append(dict(zip(keys, (
                    uid, uname, cohort, aid, sid, sver, mode_, lang, chan, status, start, end,
                    (end - start).total_seconds() if end and start else None, score, passed, cf, rid, rver,
                ), strict=True)))  # fmt: skip
                rows[-1].update(
                    effective_points=float(pts or 0.0),
                    effective_max_points=float(mx or 0.0),
                    effective_critical_failed=bool(crit),
                    overrides=int(n_over or 0),
                )
            return rows
