"""Shared machinery of the store: sessions, the SQLite write path, actors and permission rules."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from argon2 import PasswordHasher
from sqlalchemy import ColumnElement, Engine, or_, true
from sqlalchemy.orm import Session, sessionmaker

from .db import WRITE_OPTION, write_lock
from .errors import NotFound, PermissionDenied
from .models import Attempt, User, utcnow
from .records import SYSTEM_ACTOR_ID, Actor, UserInfo


class SystemActor(Actor):
    """The admin actor used by the CLI; only :meth:`Store.system_actor` hands one out."""


@dataclass(frozen=True)
class Who:
    """The actor as re-read from the database at the start of a call."""

    id: int
    role: str
    org_id: int | None

    @property
    def is_system(self) -> bool:
        """True for the CLI system actor (no user row)."""
        return self.id == SYSTEM_ACTOR_ID


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, set | frozenset):
        try:
            return sorted(value)
        except TypeError:
            return list(value)
    if isinstance(value, Decimal):
        return float(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def jsonable(value: Any) -> Any:
    """A deep, JSON-safe copy: dates become ISO strings, sets sorted lists, Decimals floats; any
    other non-JSON value raises TypeError (before anything is written)."""
    return json.loads(json.dumps(value, default=_json_default))


def user_info(u: User) -> UserInfo:
    """ORM user -> frozen :class:`UserInfo` (without the password hash)."""
    return UserInfo(
        id=u.id,
        username=u.username,
        display_name=u.display_name,
        role=u.role,
        org_id=u.org_id,
        cohort_id=u.cohort_id,
        mentor_id=u.mentor_id,
        disabled=bool(u.disabled),
        locked_until=u.locked_until,
        failed_logins=u.failed_logins or 0,
        start_date=u.start_date,
        target_date=u.target_date,
        language=u.language,
        email=u.email,
        created_at=u.created_at,
    )


class StoreBase:
    """Sessions, transactions and authorisation helpers shared by all store mixins."""

    def __init__(
        self,
        engine: Engine,
        url: str | None = None,
        *,
        lockout_threshold: int = 5,
        lockout_minutes: float = 15,
        clock: Callable[[], dt.datetime] = utcnow,
        password_hasher: PasswordHasher | None = None,
    ) -> None:
        """Wrap an engine whose database is already migrated (see :func:`open_store`)."""
        self.engine = engine
        self.url = url or engine.url.render_as_string(hide_password=False)
        self.lockout_threshold = lockout_threshold
        self.lockout_duration = dt.timedelta(minutes=lockout_minutes)
        self.clock = clock
        self.hasher = password_hasher or PasswordHasher()
        self._sessions = sessionmaker(engine, expire_on_commit=False, autoflush=False)
        self.is_sqlite = engine.dialect.name == "sqlite"
        self._write_lock = write_lock(self.url) if self.is_sqlite else None

    # -- lifecycle -------------------------------------------------------------------------------

    def close(self) -> None:
        """Dispose of the engine's connection pool."""
        self.engine.dispose()

    def __enter__(self) -> StoreBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @staticmethod
    def system_actor() -> Actor:
        """An admin actor for CLI use (explicitly requested; never handed to the UI)."""
        return SystemActor(id=SYSTEM_ACTOR_ID, role="admin", org_id=None)

    def now(self) -> dt.datetime:
        """Current aware UTC time from the store's clock."""
        return self.clock()

    # -- transactions ----------------------------------------------------------------------------

    @contextmanager
    def _read(self) -> Iterator[Session]:
        """A read-only session (plain BEGIN on SQLite; rolled back at the end)."""
        with self._sessions() as session:
            yield session

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """A write transaction: committed on success, rolled back on error.

        On SQLite, writes of this process are serialised by a lock and the transaction starts with
        ``BEGIN IMMEDIATE`` (other processes wait via busy_timeout).
        """
        with self._write_lock or nullcontext():
            with self._sessions() as session:
                session.connection(execution_options={WRITE_OPTION: True})
                try:
                    yield session
                    session.commit()
                except BaseException:
                    session.rollback()
                    raise

    # -- actors and permissions ------------------------------------------------------------------

    def _who(self, session: Session, actor: Actor | UserInfo | None) -> Who:
        """Re-read the actor from the database; unknown or disabled actors are refused."""
        if actor is None:
            raise PermissionDenied("no actor")
        if isinstance(actor, SystemActor):
            return Who(SYSTEM_ACTOR_ID, "admin", None)
        user = session.get(User, actor.id)
        if user is None or user.disabled:
            raise PermissionDenied("unknown or disabled actor")
        return Who(user.id, user.role, user.org_id)

    @staticmethod
    def _visible_users(who: Who) -> ColumnElement[bool]:
        """SQL condition on ``User`` selecting the users whose data the actor may read."""
        if who.role == "admin":
            return true()
        if who.role == "lead":
            return User.org_id.is_not_distinct_from(who.org_id)
        if who.role == "mentor":
            return or_(User.id == who.id, User.mentor_id == who.id)
        return User.id == who.id

    @staticmethod
    def _can_read(who: Who, user: User) -> bool:
        """May the actor read this user's data (attempts, self-evaluations, ...)?"""
        if who.role == "admin" or user.id == who.id:
            return True
        if who.role == "lead":
            return user.org_id == who.org_id
        if who.role == "mentor":
            return user.mentor_id == who.id
        return False

    @staticmethod
    def _can_mentor(who: Who, user: User) -> bool:
        """May the actor review, comment, override and assign for this user?"""
        if who.role == "admin":
            return True
        if who.role == "lead":
            return user.org_id == who.org_id and user.id != who.id
        if who.role == "mentor":
            return user.mentor_id == who.id
        return False

    @staticmethod
    def _can_administer(who: Who, user: User) -> bool:
        """May the actor reset the password of / disable / edit this user?"""
        if who.role == "admin":
            return True
        if who.role == "lead":
            return user.org_id == who.org_id and user.role in ("trainee", "mentor")
        return False

    def _user(self, session: Session, user_id: int, *, lock: bool = False) -> User:
        """Load a user or raise NotFound."""
        user = session.get(User, user_id, with_for_update=lock or None)
        if user is None:
            raise NotFound(f"user {user_id} not found")
        return user

    def _readable_user(self, session: Session, who: Who, user_id: int) -> User:
        """Load a user the actor may read, else NotFound / PermissionDenied."""
        user = self._user(session, user_id)
        if not self._can_read(who, user):
            raise PermissionDenied(f"not allowed to read user {user_id}")
        return user

    def _attempt(self, session: Session, attempt_id: int, *, lock: bool = False) -> Attempt:
        """Load an attempt or raise NotFound."""
        attempt = session.get(Attempt, attempt_id, with_for_update=lock or None)
        if attempt is None:
            raise NotFound(f"attempt {attempt_id} not found")
        return attempt

    def _readable_attempt(self, session: Session, who: Who, attempt_id: int) -> Attempt:
        """An attempt the actor may read (own, mentee's, same organisation for leads, admin)."""
        attempt = self._attempt(session, attempt_id)
        if attempt.user_id != who.id and not self._can_read(who, self._user(session, attempt.user_id)):
            raise PermissionDenied(f"not allowed to read attempt {attempt_id}")
        return attempt

    def _own_attempt(self, session: Session, who: Who, attempt_id: int) -> Attempt:
        """An attempt the actor may play (own; admins too), locked for update."""
        attempt = self._attempt(session, attempt_id, lock=True)
        if attempt.user_id != who.id and who.role != "admin":
            raise PermissionDenied(f"attempt {attempt_id} belongs to another user")
        return attempt

    def _mentored_attempt(self, session: Session, who: Who, attempt_id: int) -> Attempt:
        """An attempt the actor may review / comment / override."""
        attempt = self._attempt(session, attempt_id)
        if not self._can_mentor(who, self._user(session, attempt.user_id)):
            raise PermissionDenied(f"not allowed to review attempt {attempt_id}")
        return attempt
