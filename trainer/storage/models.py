"""SQLAlchemy 2 ORM models of the trainer store.

The schema is owned by the Alembic migrations in ``trainer/storage/migrations``; these models are
kept identical to the migration head (a test compares them). Timestamps are stored as naive UTC
and returned as timezone-aware UTC datetimes on every backend.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy import false as sa_false
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .policy import ROLES  # the roles are declared once, with the rules

#: trainer.config.LANGUAGES (storage may not import config: it pulls in the YAML loaders; a test
#: checks that the two agree)
LANGUAGES = ("et", "ru", "en")
MODES = ("practice", "test")
STATUSES = ("active", "finished", "abandoned")
TURN_ROLES = ("agent", "client")
CRITERION_RESULTS = ("pass", "fail", "n/a")

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """Current time as an aware UTC datetime."""
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores naive UTC, returns aware UTC (identical behaviour on SQLite and PostgreSQL)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        """Aware -> naive UTC; naive values are taken as UTC already."""
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        """Naive UTC from the database -> aware UTC."""
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


JSONType = JSON().with_variant(JSONB(), "postgresql")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    """Declarative base with a constraint naming convention (stable names for migrations)."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dt.datetime: UTCDateTime(), dict[str, Any]: JSONType, list[Any]: JSONType}


class Organisation(Base):
    """An organisation; a lead sees every user of their organisation."""

    __tablename__ = "organisations"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Cohort(Base):
    """A group of trainees who started together."""

    __tablename__ = "cohorts"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    org_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class User(Base):
    """A person using the trainer (trainee, mentor, lead or admin)."""

    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint(_in("role", ROLES), name="role"),
        CheckConstraint(_in("language", LANGUAGES), name="language"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    target_date: Mapped[dt.date | None] = mapped_column(Date)
    mentor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    cohort_id: Mapped[int | None] = mapped_column(ForeignKey("cohorts.id"), index=True)
    org_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    language: Mapped[str] = mapped_column(String(2), default="et")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    email: Mapped[str | None] = mapped_column(String(254))
    # bumped when the password changes or the account is disabled: signed-in sessions then end
    credential_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())


class LoginThrottle(Base):
    """Failed password sign-ins per account name and source (client address), with back-off.

    Keyed by the name as typed, whether or not such an account exists, so the answers do not tell
    which accounts exist; SSO sign-in never looks at it."""

    __tablename__ = "login_throttle"
    username: Mapped[str] = mapped_column(String(100), primary_key=True)
    source: Mapped[str] = mapped_column(String(100), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None]
    last_failure_at: Mapped[dt.datetime | None]


class AuditEvent(Base):
    """Account administration and other accountable actions; a hash chain (see ``audit.py``)."""

    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))  # NULL: the CLI system actor
    action: Mapped[str] = mapped_column(String(32))
    target_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    details: Mapped[dict[str, Any]]
    prev_hash: Mapped[str] = mapped_column(String(64))
    row_hash: Mapped[str] = mapped_column(String(64))


class Assignment(Base):
    """Scenarios assigned to one user or to a whole cohort."""

    __tablename__ = "assignments"
    __table_args__ = (
        CheckConstraint("user_id IS NOT NULL OR cohort_id IS NOT NULL", name="target"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    cohort_id: Mapped[int | None] = mapped_column(ForeignKey("cohorts.id"), index=True)
    scenario_ids: Mapped[list[Any]]
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    assigned_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Attempt(Base):
    """One play of one scenario by one user; engine_state is saved after every turn."""

    __tablename__ = "attempts"
    __table_args__ = (
        CheckConstraint(_in("mode", MODES), name="mode"),
        CheckConstraint(_in("status", STATUSES), name="status"),
        Index("ix_attempts_user_finished", "user_id", "finished_at"),
        Index("ix_attempts_user_status", "user_id", "status"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    scenario_id: Mapped[str] = mapped_column(String(200), index=True)
    scenario_version: Mapped[str | None] = mapped_column(String(64))
    seed: Mapped[int | None] = mapped_column(Integer)
    mode: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(2))
    channel: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="active")
    started_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[dt.datetime | None]
    engine_state: Mapped[dict[str, Any] | None]
    score: Mapped[float | None] = mapped_column(Float)
    passed: Mapped[bool | None] = mapped_column(Boolean)
    critical_failed: Mapped[bool | None] = mapped_column(Boolean)
    rubric_id: Mapped[str | None] = mapped_column(String(200))
    rubric_version: Mapped[str | None] = mapped_column(String(64))
    result: Mapped[dict[str, Any] | None]
    # optimistic concurrency: bumped on every engine_state write (two tabs cannot both write)
    state_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Turn(Base):
    """One message of an attempt's dialogue (agent = trainee, client = simulated client)."""

    __tablename__ = "turns"
    __table_args__ = (
        UniqueConstraint("attempt_id", "idx"),
        CheckConstraint(_in("role", TURN_ROLES), name="role"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id", ondelete="CASCADE"))
    idx: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    at: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # who stored the turn (the signed-in user); NULL for the CLI system actor and old rows
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class CriterionResult(Base):
    """The automatic result of one rubric criterion for one finished attempt (never modified)."""

    __tablename__ = "criterion_results"
    __table_args__ = (
        UniqueConstraint("attempt_id", "criterion_id"),
        CheckConstraint(_in("result", CRITERION_RESULTS), name="result"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id", ondelete="CASCADE"))
    criterion_id: Mapped[str] = mapped_column(String(200), index=True)
    result: Mapped[str] = mapped_column(String(8))
    points: Mapped[float] = mapped_column(Float, default=0.0)
    max_points: Mapped[float] = mapped_column(Float, default=0.0)
    critical: Mapped[bool] = mapped_column(Boolean, default=False)
    competencies: Mapped[list[Any]]


class Review(Base):
    """A mentor's review note on an attempt."""

    __tablename__ = "reviews"
    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id", ondelete="CASCADE"), index=True)
    mentor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    comment: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class TurnComment(Base):
    """A comment attached to one turn of an attempt."""

    __tablename__ = "turn_comments"
    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id", ondelete="CASCADE"), index=True)
    turn_idx: Mapped[int] = mapped_column(Integer)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Override(Base):
    """Audit trail of manual criterion result changes; the latest one is the effective result."""

    __tablename__ = "overrides"
    __table_args__ = (
        CheckConstraint(_in("new_result", CRITERION_RESULTS), name="new_result"),
        CheckConstraint("length(reason) > 0", name="reason"),
        Index("ix_overrides_attempt_criterion", "attempt_id", "criterion_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id", ondelete="CASCADE"))
    criterion_id: Mapped[str] = mapped_column(String(200))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    new_result: Mapped[str] = mapped_column(String(8))
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    prev_hash: Mapped[str | None] = mapped_column(String(64))  # hash chain (see audit.py)
    row_hash: Mapped[str | None] = mapped_column(String(64))


class FeedbackAck(Base):
    """A trainee's acknowledgement of the mentor feedback on one of their attempts, with an optional
    reply; feedback newer than the latest acknowledgement is "new"."""

    __tablename__ = "feedback_acks"
    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reply: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class SelfEvaluation(Base):
    """A trainee's monthly self-evaluation, optionally tied to one attempt."""

    __tablename__ = "self_evaluations"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    attempt_id: Mapped[int | None] = mapped_column(ForeignKey("attempts.id", ondelete="SET NULL"))
    month: Mapped[str] = mapped_column(String(7))
    results: Mapped[dict[str, Any]]
    comment: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ReadinessSnapshot(Base):
    """A stored readiness evaluation of one user at one time."""

    __tablename__ = "readiness_snapshots"
    __table_args__ = (Index("ix_readiness_user_taken", "user_id", "taken_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    taken_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    status: Mapped[str] = mapped_column(String(32))
    details: Mapped[dict[str, Any]]


class WebSession(Base):
    """A signed-in browser (the app's "stay signed in" cookie names one): valid until ``expires_at`` while
    the user is enabled and their credential version is the one recorded here (a password change or
    disabling ends it); sign-out deletes it. Only a hash of the session id is stored."""

    __tablename__ = "web_sessions"
    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    credential_version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(index=True)
    last_seen_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    source: Mapped[str | None] = mapped_column(String(100))
