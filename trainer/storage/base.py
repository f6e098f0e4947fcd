"""Shared machinery of the store: sessions, the SQLite write path, actors, and loaders that apply
the authorisation rules of :mod:`trainer.storage.policy`."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from argon2 import PasswordHasher
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from . import policy
from .audit import CHAIN_LOCK_KEYS, GENESIS, chain_hash, event_fields
from .db import WRITE_OPTION, write_lock
from .errors import NotFound, PermissionDenied, unavailable
from .models import Attempt, AuditEvent, User, utcnow
from .policy import Role, Who
from .records import SYSTEM_ACTOR_ID, Actor, UserInfo


@dataclass(frozen=True)
class SystemActor(Actor):
    """The admin actor used by the CLI. Only :meth:`Store.system_actor` hands out one that works: it
    carries the store's private token, so a ``SystemActor(...)`` built elsewhere is refused."""

    token: object = field(default=None, repr=False, compare=False)


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
        start_date=u.start_date,
        target_date=u.target_date,
        language=u.language,
        email=u.email,
        created_at=u.created_at,
        credential_version=u.credential_version or 0,
        must_change_password=bool(u.must_change_password),
    )


def check_credentials(actor: object, current_version: int | None) -> None:
    """Refuse an actor that carries a credential version older than the user's current one (its
    session signed in before a password change or a disable)."""
    version = getattr(actor, "credential_version", None)
    if version is not None and version != (current_version or 0):
        raise PermissionDenied("the session ended: the password changed or the account was disabled")


class StoreBase:
    """Sessions, transactions and authorisation helpers shared by all store mixins."""

    def __init__(
        self,
        engine: Engine,
        url: str | None = None,
        *,
        lockout_threshold: int = 5,
        lockout_minutes: float = 15,
        lockout_base_seconds: float = 60,
        clock: Callable[[], dt.datetime] = utcnow,
        password_hasher: PasswordHasher | None = None,
    ) -> None:
        """Wrap an engine whose database is already migrated (see :func:`open_store`).

        Lock-out: after ``lockout_threshold`` failed password sign-ins for one account name from one
        source, that pair is locked for ``lockout_base_seconds``, doubling with every further failure
        up to ``lockout_minutes``."""
        self.engine = engine
        self.url = url or engine.url.render_as_string(hide_password=False)
        self.lockout_threshold = lockout_threshold
        self.lockout_duration = dt.timedelta(minutes=lockout_minutes)
        self.lockout_base = dt.timedelta(seconds=min(lockout_base_seconds, lockout_minutes * 60))
        self._system_token = object()
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

    def system_actor(self) -> Actor:
        """An admin actor for CLI use (explicitly requested; never handed to the UI). It works with
        this store only."""
        return SystemActor(id=SYSTEM_ACTOR_ID, role=Role.ADMIN.value, org_id=None, token=self._system_token)

    def _is_system(self, actor: object) -> bool:
        """True for this store's system actor; a forged :class:`SystemActor` raises PermissionDenied."""
        if not isinstance(actor, SystemActor):
            return False
        if actor.token is not self._system_token:
            raise PermissionDenied("this system actor was not issued by this store")
        return True

    def now(self) -> dt.datetime:
        """Current aware UTC time from the store's clock."""
        return self.clock()

    # -- transactions ----------------------------------------------------------------------------

    @contextmanager
    def _read(self) -> Iterator[Session]:
        """A read-only session (plain BEGIN on SQLite; rolled back at the end). Database failures
        raise :class:`StoreUnavailable`."""
        try:
            with self._sessions() as session:
                yield session
        except OperationalError as exc:
            raise unavailable(exc) from exc

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """A write transaction: committed on success, rolled back on error.

        On SQLite, writes of this process are serialised by a lock and the transaction starts with
        ``BEGIN IMMEDIATE`` (other processes wait via busy_timeout). Database failures (disk full,
        locked too long, connection lost) raise :class:`StoreUnavailable`; nothing is written.
        """
        try:
            with self._write_lock or nullcontext():
                with self._sessions() as session:
                    session.connection(execution_options={WRITE_OPTION: True})
                    try:
                        yield session
                        session.commit()
                    except BaseException:
                        session.rollback()
                        raise
        except OperationalError as exc:
            raise unavailable(exc) from exc

    # -- actors and permissions ------------------------------------------------------------------

    def _who(self, session: Session, actor: Actor | UserInfo | None) -> Who:
        """Re-read the actor from the database; unknown or disabled actors are refused."""
        if actor is None:
            raise PermissionDenied("no actor")
        if self._is_system(actor):
            return Who(SYSTEM_ACTOR_ID, Role.ADMIN, None)
        user = session.get(User, actor.id)
        if user is None or user.disabled:
            raise PermissionDenied("unknown or disabled actor")
        check_credentials(actor, user.credential_version)
        return Who(user.id, user.role, user.org_id)

    def _user(self, session: Session, user_id: int, *, lock: bool = False) -> User:
        """Load a user or raise NotFound."""
        user = session.get(User, user_id, with_for_update=lock or None)
        if user is None:
            raise NotFound(f"user {user_id} not found")
        return user

    def _readable_user(self, session: Session, who: Who, user_id: int) -> User:
        """Load a user the actor may read, else NotFound / PermissionDenied."""
        user = self._user(session, user_id)
        if not policy.can_read(who, user):
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
        if attempt.user_id != who.id and not policy.can_read(who, self._user(session, attempt.user_id)):
            raise PermissionDenied(f"not allowed to read attempt {attempt_id}")
        return attempt

    def _own_attempt(self, session: Session, who: Who, attempt_id: int) -> Attempt:
        """An attempt the actor may play (own; admins too, recorded as the turns' author and in the
        audit trail), locked for update."""
        attempt = self._attempt(session, attempt_id, lock=True)
        if not policy.can_play(who, attempt.user_id):
            raise PermissionDenied(f"attempt {attempt_id} belongs to another user")
        return attempt

    # -- audit trail -----------------------------------------------------------------------------

    def _chain_lock(self, session: Session, chain: str) -> None:
        """Serialise appends to one hash chain (PostgreSQL; SQLite writes are serialised already)."""
        if not self.is_sqlite:
            session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": CHAIN_LOCK_KEYS[chain]})

    def _audit(
        self, session: Session, who: Who, action: str, target_user_id: int | None, **details: Any
    ) -> None:
        """Append one event to the tamper-evident account audit trail (in the caller's transaction)."""
        self._chain_lock(session, "audit_events")
        prev = session.scalar(select(AuditEvent.row_hash).order_by(AuditEvent.id.desc()).limit(1)) or GENESIS
        event = AuditEvent(
            at=self.now(), actor_id=None if who.is_system else who.id, action=action,
            target_user_id=target_user_id, details=jsonable(details), prev_hash=prev, row_hash="",
        )  # fmt: skip
        session.add(event)
        session.flush()
        event.row_hash = chain_hash(prev, event_fields(event))
        session.flush()

    def _mentored_attempt(self, session: Session, who: Who, attempt_id: int) -> Attempt:
        """An attempt the actor may review / comment / override."""
        attempt = self._attempt(session, attempt_id)
        if not policy.can_mentor(who, self._user(session, attempt.user_id)):
            raise PermissionDenied(f"not allowed to review attempt {attempt_id}")
        return attempt
