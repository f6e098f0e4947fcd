"""Sign-in and passwords: password and single-sign-on authentication, lock-out per account and
source with back-off, password changes and resets."""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import delete, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from . import policy
from .base import StoreBase, user_info
from .errors import AuthError, PermissionDenied, StoreUnavailable
from .models import LoginThrottle, User
from .passwords import check_password
from .records import Actor, UserInfo

__all__ = ["LOCAL_SOURCE", "LoginsMixin"]

#: a throttle row with no failure for this long starts again from zero
THROTTLE_FORGET = dt.timedelta(days=1)
#: the source recorded when the caller does not name one (the CLI, scripts)
LOCAL_SOURCE = "local"
#: one sign-in in this many also deletes throttle rows forgotten for a day (unknown names pile up)
PRUNE_ONE_IN = 64


class LoginsMixin(StoreBase):
    """Authentication with lock-out, and setting or changing passwords."""

    def authenticate_email(self, email: str) -> UserInfo:
        """Sign-in through single sign-on: the identity provider vouched for ``email``; the account and
        its role still come from the users table. Raises AuthError (invalid / disabled / ambiguous:
        several accounts have the address, and the store does not guess). The password lock-out
        does not apply: a password guesser cannot lock out an SSO user."""
        address = (email or "").strip().lower()
        if not address:
            raise AuthError("no e-mail address from the identity provider", "invalid")
        with self._read() as s:
            users = s.scalars(select(User).where(func.lower(User.email) == address).limit(2)).all()
            if not users:
                raise AuthError("no account has this e-mail address", "invalid")
            if len(users) > 1:
                raise AuthError("several accounts have this e-mail address; ask an administrator", "ambiguous")
            (user,) = users
            if user.disabled:
                raise AuthError("account disabled", "disabled")
            return user_info(user)

    def authenticate(self, username: str, password: str, source: str = LOCAL_SOURCE) -> UserInfo:
        """Check a password; raises AuthError (reason ``invalid``, ``locked`` or ``disabled``).

        Lock-out is per account name and ``source`` (the client address in the app): after
        ``lockout_threshold`` failures that pair is locked for ``lockout_base``, doubling with every
        further failure up to ``lockout_duration``; other sources are not affected, and an admin can
        unlock (:meth:`unlock_user`). The failure is counted (atomically, in a short write
        transaction) *before* the slow argon2 check, so parallel guesses cannot get past the limit.

        Every refusal costs one write transaction and one argon2 verification, and unknown names are
        throttled like real ones: an unknown user, a wrong password, a locked pair and a disabled
        account look the same in answer and time. ``disabled`` is only answered after the right
        password (only the owner learns it).
        """
        name = (username or "").strip()
        key, src = name[:100], (source or LOCAL_SOURCE)[:100]
        now = self.now()
        with self._write() as s:
            if PRUNE_ONE_IN <= 1 or secrets.randbelow(PRUNE_ONE_IN) == 0:
                self._prune_throttle(s, now, keep=(key, src))
            row = self._throttle(s, key, src)
            if row.last_failure_at is not None and now - row.last_failure_at > THROTTLE_FORGET:
                row.failures, row.locked_until = 0, None
            blocked = row.locked_until is not None and row.locked_until > now
            if not blocked:
                row.failures += 1  # reserved now, taken back on success
                if row.failures >= self.lockout_threshold:
                    row.locked_until = now + self._backoff(row.failures)
            row.last_failure_at = now
            locked_now = row.locked_until is not None and row.locked_until > now
            user = s.scalars(select(User).where(User.username == name)).first() if name else None
            found = None if user is None else (user.id, user.password_hash, bool(user.disabled))
        if blocked or found is None:
            self._dummy_verify(password)
            raise AuthError("too many failed sign-ins; try again later" if locked_now
                            else "invalid username or password", "locked" if locked_now else "invalid")
        user_id, stored_hash, disabled = found
        try:
            self.hasher.verify(stored_hash, password or "")
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            raise AuthError("too many failed sign-ins; try again later" if locked_now
                            else "invalid username or password", "locked" if locked_now else "invalid") from None
        if disabled:
            raise AuthError("account disabled", "disabled")
        rehash = self.hasher.check_needs_rehash(stored_hash)
        new_hash = self.hasher.hash(password) if rehash else None
        with self._write() as s:
            s.execute(delete(LoginThrottle).where(LoginThrottle.username == key, LoginThrottle.source == src))
            user = self._user(s, user_id, lock=True)
            if user.disabled:  # disabled between the check and now
                raise AuthError("account disabled", "disabled")
            if new_hash is not None and user.password_hash == stored_hash:
                user.password_hash = new_hash
            return user_info(user)

    def _backoff(self, failures: int) -> dt.timedelta:
        """How long the pair stays locked after ``failures`` failures (doubling, capped)."""
        step = min(failures - self.lockout_threshold, 30)
        return min(self.lockout_base * (2**step), self.lockout_duration)

    def _throttle(self, s: Session, key: str, source: str) -> LoginThrottle:
        """The throttle row of (name, source), created when missing, locked for this transaction."""
        dialect_insert = sqlite.insert if self.is_sqlite else postgresql.insert
        # A successful sign-in deletes the row; on PostgreSQL that delete can commit between our
        # "insert or keep" and the locking read, which then finds nothing: insert again.
        for _ in range(5):
            s.execute(
                dialect_insert(LoginThrottle)
                .values(username=key, source=source, failures=0)
                .on_conflict_do_nothing(index_elements=["username", "source"])
            )
            row = s.get(LoginThrottle, (key, source), with_for_update=True, populate_existing=True)
            if row is not None:
                return row
        raise StoreUnavailable("the sign-in throttle row keeps disappearing", "busy")

    @staticmethod
    def _prune_throttle(s: Session, now: dt.datetime, keep: tuple[str, str]) -> None:
        """Forget throttle rows without a failure for a day (unknown names would pile up), except
        ``keep`` (the row this sign-in is about to use; it is reset by the caller instead)."""
        s.execute(delete(LoginThrottle).where(
            LoginThrottle.last_failure_at < now - THROTTLE_FORGET,
            (LoginThrottle.locked_until.is_(None)) | (LoginThrottle.locked_until < now),
            ~((LoginThrottle.username == keep[0]) & (LoginThrottle.source == keep[1])),
        ))  # fmt: skip

    def login_throttle(self, actor: Actor | UserInfo, user_id: int) -> list[dict[str, Any]]:
        """The throttle rows of a user's account name (who may unlock the user may read them)."""
        with self._read() as s:
            who = self._who(s, actor)
            user = self._user(s, user_id)
            if not policy.can_administer(who, user):
                raise PermissionDenied("not allowed to see this user's sign-in failures")
            rows = s.scalars(select(LoginThrottle).where(LoginThrottle.username == user.username))
            return [{"source": r.source, "failures": r.failures, "locked_until": r.locked_until,
                     "last_failure_at": r.last_failure_at} for r in rows]

    def _dummy_verify(self, password: str) -> None:
        """Spend the time of one hash verification so unknown usernames are not detectable."""
        try:
            self.hasher.verify(_dummy_hash(self), password or "")
        except (VerificationError, InvalidHashError):
            pass

    def set_password(
        self, actor: Actor | UserInfo, user_id: int, new: str, *, must_change: bool = False
    ) -> UserInfo:
        """Set a password (own, or as admin / lead of the user's org); clears the user's lock-outs,
        ends the user's other sessions (credential version) and is recorded in the audit trail.
        ``must_change``: the user must choose a new password at the next sign-in (for a reset)."""
        with self._write() as s:
            who = self._who(s, actor)
            user = self._user(s, user_id, lock=True)
            if user.id != who.id and not policy.can_administer(who, user):
                raise PermissionDenied("not allowed to change this password")
            check_password(new, user.username)
            user.password_hash = self.hasher.hash(new)
            user.credential_version = (user.credential_version or 0) + 1
            user.must_change_password = bool(must_change) and user.id != who.id
            s.execute(delete(LoginThrottle).where(LoginThrottle.username == user.username))
            self._audit(s, who, "password_change" if user.id == who.id else "password_reset", user.id,
                        must_change=user.must_change_password)
            return user_info(user)

    def change_password(self, actor: Actor | UserInfo, current: str, new: str, source: str = LOCAL_SOURCE) -> UserInfo:
        """The signed-in user changes their own password: the current one is checked like a sign-in
        (same lock-out). Returns the user with the new credential version (keep it in the session)."""
        with self._read() as s:
            who = self._who(s, actor)
            if who.is_system:
                raise PermissionDenied("the system actor has no password")
            username = self._user(s, who.id).username
        if (new or "") == (current or ""):
            raise ValueError("the new password must differ from the current one")
        me = self.authenticate(username, current, source=source)
        return self.set_password(me, me.id, new)


def _dummy_hash(store: StoreBase) -> str:
    cached = getattr(store, "_dummy_hash_value", None)
    if cached is None:
        cached = store.hasher.hash(secrets.token_urlsafe(12))
        store._dummy_hash_value = cached  # type: ignore[attr-defined]
    return cached
