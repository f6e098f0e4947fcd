"""Signed-in browsers: server-side session records behind the app's "stay signed in" cookie.

The cookie (signed and checked by the app) only names a record; whether it still signs someone in is
decided here, on every page load: the record must exist and not be expired, and its user must be
enabled with the credential version the record was opened with. A password change or disabling the
account therefore ends every session at once; sign-out deletes the record. Only a SHA-256 hash of the
session id is stored, so a copy of the database does not give working session ids.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import delete, select

from .base import StoreBase, user_info
from .errors import AuthError, PermissionDenied
from .models import User, WebSession
from .policy import can_administer
from .records import Actor, UserInfo

__all__ = ["DEFAULT_SESSION_LIFETIME", "SessionsMixin", "WebSessionInfo"]

#: how long a signed-in browser stays signed in when the caller does not say
DEFAULT_SESSION_LIFETIME = dt.timedelta(days=7)
#: last_seen_at is written at most this often (a page load is a read, not a write)
TOUCH_EVERY = dt.timedelta(minutes=10)


@dataclass(frozen=True)
class WebSessionInfo:
    """A new session: ``id`` goes into the (signed) cookie and is never stored as such."""

    id: str
    user_id: int
    expires_at: dt.datetime


def _hash(session_id: str) -> str:
    return hashlib.sha256(session_id.encode("utf-8")).hexdigest()


class SessionsMixin(StoreBase):
    """Open, check and end the server-side records of signed-in browsers."""

    def open_web_session(self, actor: Actor | UserInfo, lifetime: dt.timedelta = DEFAULT_SESSION_LIFETIME,
                         source: str | None = None) -> WebSessionInfo:
        """A new session for the signed-in ``actor`` (with the credential version it carries), valid
        for ``lifetime``. Also deletes expired records and the actor's records of an older credential
        version (they can never sign in again)."""
        if lifetime <= dt.timedelta(0):
            raise ValueError("the session lifetime must be positive")
        session_id = secrets.token_urlsafe(32)
        now = self.now()
        with self._write() as s:
            who = self._who(s, actor)
            if who.is_system:
                raise PermissionDenied("the system actor does not sign in")
            user = self._user(s, who.id)
            s.execute(delete(WebSession).where(WebSession.expires_at <= now))
            s.execute(delete(WebSession).where(WebSession.user_id == user.id,
                                               WebSession.credential_version != user.credential_version))
            record = WebSession(id_hash=_hash(session_id), user_id=user.id,
                                credential_version=user.credential_version or 0, created_at=now,
                                expires_at=now + lifetime, last_seen_at=now,
                                source=(source or None) and source[:100])
            s.add(record)
            s.flush()
            return WebSessionInfo(session_id, user.id, record.expires_at)

    def web_session_user(self, session_id: str) -> UserInfo:
        """The user a session signs in, checked now: raises AuthError ``ended`` (no such session, signed
        out, password changed, account disabled or deleted) or ``expired``. A refused record is deleted."""
        if not session_id:
            raise AuthError("no session", "ended")
        key = _hash(session_id)
        now = self.now()
        with self._read() as s:
            row = s.execute(
                select(WebSession, User).join(User, User.id == WebSession.user_id).where(WebSession.id_hash == key)
            ).first()
            if row is None:
                raise AuthError("the session ended", "ended")
            record, user = row
            reason = ("expired" if record.expires_at <= now
                      else "ended" if user.disabled or record.credential_version != (user.credential_version or 0)
                      else None)
            info = user_info(user)
            stale = now - record.last_seen_at >= TOUCH_EVERY
        if reason is not None:
            self._drop_web_session(key)
            raise AuthError(f"the session {'expired' if reason == 'expired' else 'ended'}", reason)
        if stale:
            with self._write() as s:
                record = s.get(WebSession, key)
                if record is not None:
                    record.last_seen_at = now
        return info

    def end_web_session(self, session_id: str) -> bool:
        """Sign-out: delete the session (holding its id is the right to end it). True when it existed."""
        if not session_id:
            return False
        return self._drop_web_session(_hash(session_id))

    def end_web_sessions(self, actor: Actor | UserInfo, user_id: int) -> int:
        """Sign a user out everywhere (the user themself, or who may administer them); the number ended."""
        with self._write() as s:
            who = self._who(s, actor)
            user = self._user(s, user_id)
            if user.id != who.id and not can_administer(who, user):
                raise PermissionDenied("not allowed to end this user's sessions")
            return s.execute(delete(WebSession).where(WebSession.user_id == user.id)).rowcount or 0

    def web_sessions(self, actor: Actor | UserInfo, user_id: int) -> list[dict]:
        """The user's sessions (created, expires, last seen, source), newest first; own or administered."""
        with self._read() as s:
            who = self._who(s, actor)
            user = self._user(s, user_id)
            if user.id != who.id and not can_administer(who, user):
                raise PermissionDenied("not allowed to see this user's sessions")
            rows = s.scalars(select(WebSession).where(WebSession.user_id == user.id)
                             .order_by(WebSession.created_at.desc()))
            return [{"created_at": r.created_at, "expires_at": r.expires_at, "last_seen_at": r.last_seen_at,
                     "source": r.source, "current": r.credential_version == (user.credential_version or 0)}
                    for r in rows]

    def _drop_web_session(self, key: str) -> bool:
        with self._write() as s:
            return bool(s.execute(delete(WebSession).where(WebSession.id_hash == key)).rowcount)
