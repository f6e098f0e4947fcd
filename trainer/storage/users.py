"""Users, authentication, organisations and cohorts."""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from .base import StoreBase, user_info
from .errors import AuthError, Conflict, NotFound, PermissionDenied
from .models import LANGUAGES, ROLES, Cohort, Organisation, User
from .records import Actor, CohortInfo, OrgInfo, UserInfo

MIN_PASSWORD_LENGTH = 8
_UNSET: Any = object()


def _check_password(password: str) -> None:
    if not isinstance(password, str) or len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")


class UsersMixin(StoreBase):
    """User accounts, login with lock-out, organisations and cohorts."""

    # -- users -----------------------------------------------------------------------------------

    def create_user(
        self,
        actor: Actor | UserInfo,
        username: str,
        password: str,
        role: str,
        display_name: str | None = None,
        mentor_id: int | None = None,
        cohort_id: int | None = None,
        org_id: int | None = None,
        start_date: dt.date | None = None,
        target_date: dt.date | None = None,
        language: str = "et",
        email: str | None = None,
    ) -> UserInfo:
        """Create a user. Admins create any role; leads create trainees and mentors in their org.

        ``org_id`` defaults to the creating actor's organisation. Raises ValueError for invalid
        input, Conflict when the username is taken.
        """
        username = (username or "").strip()
        if not username:
            raise ValueError("username is required")
        if role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}")
        if language not in LANGUAGES:
            raise ValueError(f"language must be one of {LANGUAGES}")
        _check_password(password)
        with self._write() as s:
            who = self._who(s, actor)
            if org_id is None:
                org_id = who.org_id
            if who.role == "lead":
                if role not in ("trainee", "mentor") or org_id != who.org_id:
                    raise PermissionDenied("leads create trainees and mentors in their own organisation")
            elif who.role != "admin":
                raise PermissionDenied("only admins and leads create users")
            if mentor_id is not None:
                self._user(s, mentor_id)
            if cohort_id is not None and s.get(Cohort, cohort_id) is None:
                raise NotFound(f"cohort {cohort_id} not found")
            if org_id is not None and s.get(Organisation, org_id) is None:
                raise NotFound(f"organisation {org_id} not found")
            if s.scalar(select(User.id).where(User.username == username)) is not None:
                raise Conflict(f"username {username!r} is taken")
            user = User(
                username=username,
                display_name=display_name or username,
                role=role,
                password_hash=self.hasher.hash(password),
                disabled=False,
                failed_logins=0,
                mentor_id=mentor_id,
                cohort_id=cohort_id,
                org_id=org_id,
                start_date=start_date,
                target_date=target_date,
                language=language,
                email=email,
                created_at=self.now(),
            )
            s.add(user)
            try:
                s.flush()
            except IntegrityError as exc:
                raise Conflict(f"username {username!r} is taken") from exc
            return user_info(user)

    def authenticate_email(self, email: str) -> UserInfo:
        """Sign-in through single sign-on: the identity provider vouched for ``email``; the account and
        its role still come from the users table. Raises AuthError (invalid / disabled / locked)."""
        address = (email or "").strip().lower()
        if not address:
            raise AuthError("no e-mail address from the identity provider", "invalid")
        with self._read() as s:
            user = s.scalars(select(User).where(func.lower(User.email) == address)).first()
            if user is None:
                raise AuthError("no account has this e-mail address", "invalid")
            if user.disabled:
                raise AuthError("account disabled", "disabled")
            if user.locked_until is not None and user.locked_until > self.now():
                raise AuthError(f"account locked until {user.locked_until:%H:%M} UTC", "locked")
            return user_info(user)

    def authenticate(self, username: str, password: str) -> UserInfo:
        """Check a password; raises AuthError (reason invalid / disabled / locked).

        ``lockout_threshold`` consecutive failures lock the account for ``lockout_duration``.
        The (slow) argon2 verification runs outside any write transaction, so simultaneous logins
        do not queue behind each other on SQLite.
        """
        now = self.now()
        name = (username or "").strip()
        with self._read() as s:
            user = s.scalars(select(User).where(User.username == name)).first()
            if user is None:
                self._dummy_verify(password)
                raise AuthError("invalid username or password", "invalid")
            user_id, stored_hash = user.id, user.password_hash
            if user.disabled:
                raise AuthError("account disabled", "disabled")
            if user.locked_until is not None and user.locked_until > now:
                raise AuthError(f"account locked until {user.locked_until:%H:%M} UTC", "locked")
            clean = not user.failed_logins and user.locked_until is None
            info = user_info(user)
        try:
            self.hasher.verify(stored_hash, password or "")
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            with self._write() as s:
                user = self._user(s, user_id, lock=True)
                user.failed_logins = (user.failed_logins or 0) + 1
                if user.failed_logins >= self.lockout_threshold:
                    user.locked_until = now + self.lockout_duration
                    user.failed_logins = 0
                    err = AuthError("too many failed logins, account locked", "locked")
                else:
                    err = AuthError("invalid username or password", "invalid")
            raise err from None
        rehash = self.hasher.check_needs_rehash(stored_hash)
        if clean and not rehash:
            return info
        new_hash = self.hasher.hash(password) if rehash else None
        with self._write() as s:
            user = self._user(s, user_id, lock=True)
            if user.disabled:  # disabled between the check and now
                raise AuthError("account disabled", "disabled")
            user.failed_logins = 0
            user.locked_until = None
            if new_hash is not None and user.password_hash == stored_hash:
                user.password_hash = new_hash
            return user_info(user)

    def _dummy_verify(self, password: str) -> None:
        """Spend the time of one hash verification so unknown usernames are not detectable."""
        try:
            self.hasher.verify(_dummy_hash(self), password or "")
        except (VerificationError, InvalidHashError):
            pass

    def set_password(self, actor: Actor | UserInfo, user_id: int, new: str) -> None:
        """Set a password (own, or as admin / lead of the user's org); also clears a lock-out."""
        _check_password(new)
        with self._write() as s:
            who = self._who(s, actor)
            user = self._user(s, user_id, lock=True)
            if user.id != who.id and not self._can_administer(who, user):
                raise PermissionDenied("not allowed to change this password")
            user.password_hash = self.hasher.hash(new)
            user.failed_logins = 0
            user.locked_until = None

    def disable_user(self, actor: Actor | UserInfo, user_id: int, disabled: bool = True) -> UserInfo:
        """Disable (or re-enable with ``disabled=False``) a user; not oneself."""
        with self._write() as s:
            who = self._who(s, actor)
            user = self._user(s, user_id, lock=True)
            if user.id == who.id or not self._can_administer(who, user):
                raise PermissionDenied("not allowed to disable this user")
            user.disabled = disabled
            return user_info(user)

    def unlock_user(self, actor: Actor | UserInfo, user_id: int) -> UserInfo:
        """Clear a login lock-out (admin / lead of the user's org)."""
        with self._write() as s:
            who = self._who(s, actor)
            user = self._user(s, user_id, lock=True)
            if not self._can_administer(who, user):
                raise PermissionDenied("not allowed to unlock this user")
            user.failed_logins = 0
            user.locked_until = None
            return user_info(user)

    def update_user(
        self,
        actor: Actor | UserInfo,
        user_id: int,
        *,
        display_name: str = _UNSET,
        language: str = _UNSET,
        email: str | None = _UNSET,
        mentor_id: int | None = _UNSET,
        cohort_id: int | None = _UNSET,
        start_date: dt.date | None = _UNSET,
        target_date: dt.date | None = _UNSET,
        role: str = _UNSET,
    ) -> UserInfo:
        """Change profile fields. Users edit their own display name, language and email;
        admins / leads (of the user's org) also mentor, cohort, dates; only admins change roles."""
        fields = {k: v for k, v in locals().items() if k not in ("self", "actor", "user_id") and v is not _UNSET}
        if "language" in fields and fields["language"] not in LANGUAGES:
            raise ValueError(f"language must be one of {LANGUAGES}")
        if "role" in fields and fields["role"] not in ROLES:
            raise ValueError(f"role must be one of {ROLES}")
        with self._write() as s:
            who = self._who(s, actor)
            user = self._user(s, user_id, lock=True)
            self_fields = {"display_name", "language", "email"}
            if not self._can_administer(who, user) and not (user.id == who.id and set(fields) <= self_fields):
                raise PermissionDenied("not allowed to edit this user")
            if "role" in fields and who.role != "admin":
                raise PermissionDenied("only admins change roles")
            if fields.get("mentor_id") is not None:
                self._user(s, fields["mentor_id"])
            if fields.get("cohort_id") is not None and s.get(Cohort, fields["cohort_id"]) is None:
                raise NotFound(f"cohort {fields['cohort_id']} not found")
            for key, value in fields.items():
                setattr(user, key, value)
            return user_info(user)

    def list_users(self, actor: Actor | UserInfo, role: str | None = None) -> list[UserInfo]:
        """Users the actor may see (admin: all, lead: org, mentor: self + mentees, trainee: self)."""
        with self._read() as s:
            who = self._who(s, actor)
            query = select(User).where(self._visible_users(who)).order_by(User.username)
            if role is not None:
                query = query.where(User.role == role)
            return [user_info(u) for u in s.scalars(query)]

    def get_user(self, actor: Actor | UserInfo, user_id: int) -> UserInfo:
        """One user by id (NotFound / PermissionDenied)."""
        with self._read() as s:
            who = self._who(s, actor)
            return user_info(self._readable_user(s, who, user_id))

    def get_user_by_name(self, actor: Actor | UserInfo, username: str) -> UserInfo:
        """One user by username (NotFound / PermissionDenied)."""
        with self._read() as s:
            who = self._who(s, actor)
            user = s.scalars(select(User).where(User.username == username)).first()
            if user is None:
                raise NotFound(f"user {username!r} not found")
            if not self._can_read(who, user):
                raise PermissionDenied(f"not allowed to read user {username!r}")
            return user_info(user)

    def mentees(self, actor: Actor | UserInfo, mentor_id: int) -> list[UserInfo]:
        """Users whose mentor is ``mentor_id`` (the mentor themself, their lead, or an admin)."""
        with self._read() as s:
            who = self._who(s, actor)
            mentor = self._user(s, mentor_id)
            if mentor.id != who.id and not (
                who.role == "admin" or (who.role == "lead" and mentor.org_id == who.org_id)
            ):
                raise PermissionDenied("not allowed to list these mentees")
            query = select(User).where(User.mentor_id == mentor_id).order_by(User.username)
            return [user_info(u) for u in s.scalars(query)]

    def ensure_admin(self) -> str | None:
        """When the store has no users, create ``admin`` with a random password and return it."""
        password = secrets.token_urlsafe(16)
        try:
            with self._write() as s:
                if s.scalar(select(func.count()).select_from(User)):
                    return None
                s.add(
                    User(
                        username="admin",
                        display_name="Administrator",
                        role="admin",
                        password_hash=self.hasher.hash(password),
                        disabled=False,
                        failed_logins=0,
                        language="en",
                        created_at=self.now(),
                    )
                )
        except IntegrityError:  # another process created it at the same moment
            return None
        return password

    # -- organisations and cohorts ---------------------------------------------------------------

    def create_org(self, actor: Actor | UserInfo, name: str) -> OrgInfo:
        """Create an organisation (admin only)."""
        if not (name or "").strip():
            raise ValueError("name is required")
        with self._write() as s:
            who = self._who(s, actor)
            if who.role != "admin":
                raise PermissionDenied("only admins create organisations")
            if s.scalar(select(Organisation.id).where(Organisation.name == name.strip())) is not None:
                raise Conflict(f"organisation {name!r} exists")
            org = Organisation(name=name.strip(), created_at=self.now())
            s.add(org)
            s.flush()
            return OrgInfo(id=org.id, name=org.name)

    def list_orgs(self, actor: Actor | UserInfo) -> list[OrgInfo]:
        """Organisations the actor may see (admin: all, others: their own)."""
        with self._read() as s:
            who = self._who(s, actor)
            query = select(Organisation).order_by(Organisation.name)
            if who.role != "admin":
                query = query.where(Organisation.id == who.org_id)
            return [OrgInfo(id=o.id, name=o.name) for o in s.scalars(query)]

    def create_cohort(self, actor: Actor | UserInfo, name: str, org_id: int | None = None) -> CohortInfo:
        """Create a cohort (admin; or lead, in their own organisation)."""
        if not (name or "").strip():
            raise ValueError("name is required")
        with self._write() as s:
            who = self._who(s, actor)
            if org_id is None:
                org_id = who.org_id
            if who.role == "lead":
                if org_id != who.org_id:
                    raise PermissionDenied("leads create cohorts in their own organisation")
            elif who.role != "admin":
                raise PermissionDenied("only admins and leads create cohorts")
            if org_id is not None and s.get(Organisation, org_id) is None:
                raise NotFound(f"organisation {org_id} not found")
            cohort = Cohort(name=name.strip(), org_id=org_id, created_at=self.now())
            s.add(cohort)
            s.flush()
            return CohortInfo(id=cohort.id, name=cohort.name, org_id=cohort.org_id)

    def list_cohorts(self, actor: Actor | UserInfo) -> list[CohortInfo]:
        """Cohorts the actor may see (admin: all, others: their organisation's)."""
        with self._read() as s:
            who = self._who(s, actor)
            query = select(Cohort).order_by(Cohort.name)
            if who.role != "admin":
                query = query.where(Cohort.org_id.is_not_distinct_from(who.org_id))
            return [CohortInfo(id=c.id, name=c.name, org_id=c.org_id) for c in s.scalars(query)]


def _dummy_hash(store: StoreBase) -> str:
    cached = getattr(store, "_dummy_hash_value", None)
    if cached is None:
        cached = store.hasher.hash(secrets.token_urlsafe(12))
        store._dummy_hash_value = cached  # type: ignore[attr-defined]
    return cached
