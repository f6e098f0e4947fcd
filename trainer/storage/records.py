"""Plain frozen dataclasses returned by the store (never live ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

SYSTEM_ACTOR_ID = 0


@dataclass(frozen=True)
class Actor:
    """Who is asking. The store re-reads role and organisation from the database on every call."""

    id: int
    role: str
    org_id: int | None = None
    #: when set, the store refuses the actor once the user's credential version moved on (the
    #: password changed or the account was disabled since this session signed in)
    credential_version: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class UserInfo:
    """A user without secrets. Can be passed as ``actor`` to every store method."""

    id: int
    username: str
    display_name: str
    role: str
    org_id: int | None
    cohort_id: int | None
    mentor_id: int | None
    disabled: bool
    start_date: dt.date | None
    target_date: dt.date | None
    language: str
    email: str | None
    created_at: dt.datetime
    credential_version: int = 0
    must_change_password: bool = False


@dataclass(frozen=True)
class OrgInfo:
    """An organisation."""

    id: int
    name: str


@dataclass(frozen=True)
class CohortInfo:
    """A cohort."""

    id: int
    name: str
    org_id: int | None


@dataclass(frozen=True)
class TurnInfo:
    """One dialogue turn."""

    idx: int
    role: str
    text: str
    at: float | None
    created_at: dt.datetime
    author_id: int | None = None


@dataclass(frozen=True)
class OverrideInfo:
    """One entry of the override audit trail."""

    id: int
    criterion_id: str
    author_id: int
    new_result: str
    reason: str
    created_at: dt.datetime


@dataclass(frozen=True)
class CriterionInfo:
    """A criterion with its automatic and effective (override-applied) result."""

    criterion_id: str
    result: str
    automatic_result: str
    overridden: bool
    points: float
    max_points: float
    automatic_points: float
    critical: bool
    competencies: list[Any]


@dataclass(frozen=True)
class ReviewInfo:
    """A mentor review note."""

    id: int
    attempt_id: int
    mentor_id: int
    comment: str
    created_at: dt.datetime


@dataclass(frozen=True)
class TurnCommentInfo:
    """A comment on one turn."""

    id: int
    attempt_id: int
    turn_idx: int
    author_id: int
    text: str
    created_at: dt.datetime


@dataclass(frozen=True)
class AttemptBase:
    """The columns of an attempt that :class:`AttemptSummary` and :class:`AttemptInfo` share (declared
    once; the subclasses add their own fields after these, so positional order is unchanged)."""

    id: int
    user_id: int
    scenario_id: str
    scenario_version: str | None
    seed: int | None
    mode: str
    language: str
    channel: str
    status: str
    started_at: dt.datetime
    finished_at: dt.datetime | None
    score: float | None
    passed: bool | None
    critical_failed: bool | None
    rubric_id: str | None
    rubric_version: str | None


@dataclass(frozen=True)
class AttemptSummary(AttemptBase):
    """One attempt without turns and criteria (for lists)."""

    turn_count: int
    reviewed: bool


@dataclass(frozen=True)
class AttemptInfo(AttemptBase):
    """A full attempt: engine state, turns, effective criteria, overrides, reviews, comments."""

    engine_state: dict[str, Any] | None
    result: dict[str, Any] | None
    state_version: int = 0
    turns: tuple[TurnInfo, ...] = ()
    criteria: tuple[CriterionInfo, ...] = ()
    overrides: tuple[OverrideInfo, ...] = ()
    reviews: tuple[ReviewInfo, ...] = ()
    turn_comments: tuple[TurnCommentInfo, ...] = ()


@dataclass(frozen=True)
class AssignmentInfo:
    """Scenarios assigned to a user or a cohort."""

    id: int
    user_id: int | None
    cohort_id: int | None
    scenario_ids: list[str]
    due_date: dt.date | None
    assigned_by: int | None
    created_at: dt.datetime
    #: may the actor who read it change its due date or remove it (:func:`policy.can_change_assignment`)
    changeable: bool = False


@dataclass(frozen=True)
class SelfEvaluationInfo:
    """A monthly self-evaluation."""

    id: int
    user_id: int
    attempt_id: int | None
    month: str
    results: dict[str, Any]
    comment: str | None
    created_at: dt.datetime


@dataclass(frozen=True)
class ReadinessSnapshotInfo:
    """A stored readiness evaluation."""

    id: int
    user_id: int
    taken_at: dt.datetime
    status: str
    details: dict[str, Any]


@dataclass(frozen=True)
class AuditEventInfo:
    """One entry of the account audit trail (password resets, role changes, disabling, ...)."""

    id: int
    at: dt.datetime
    actor_id: int | None
    action: str
    target_user_id: int | None
    details: dict[str, Any]


ActorLike = Actor | UserInfo
"""Who acts on the store: an :class:`Actor` or the :class:`UserInfo` of a signed-in user."""
