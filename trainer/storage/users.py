"""User accounts (create, update, disable, unlock, list, the first admin) and the account audit
trail. Sign-in and passwords are in :mod:`.logins`, organisations and cohorts in :mod:`.orgs`."""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from . import policy
from .audit import broken_links, event_fields, override_fields
from .base import StoreBase, user_info
from .errors import Conflict, NotFound, PermissionDenied
from .models import LANGUAGES, AuditEvent, Cohort, LoginThrottle, Organisation, Override, User
from .passwords import MIN_PASSWORD_LENGTH, check_password
from .policy import ROLES, Role
from .records import Actor, AuditEventInfo, UserInfo

__all__ = ["MIN_PASSWORD_LENGTH", "UsersMixin"]

_UNSET: Any = object()


class UsersMixin(StoreBase):
    """User accounts and the account audit trail."""

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
        must_change_password: bool = False,
    ) -> UserInfo:
        """Create a user. Admins create any role; leads create trainees and mentors in their org.

        ``org_id`` defaults to the creating actor's organisation; the mentor and the cohort must be
        of the same organisation. Raises ValueError for invalid input (a weak password:
        :class:`~trainer.storage.passwords.WeakPassword`), Conflict when the username or e-mail is taken.
        """
        username = (username or "").strip()
        if not username:
            raise ValueError("username is required")
        if role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}")
        if language not in LANGUAGES:
            raise ValueError(f"language must be one of {LANGUAGES}")
        check_password(password, username)
        email = _clean_email(email)
        with self._write() as s:
            who = self._who(s, actor)
            if org_id is None:
                org_id = who.org_id
            if not policy.can_create_user(who, role, org_id):
                raise PermissionDenied("leads create trainees and mentors in their own organisation"
                                       if who.role == Role.LEAD else "only admins and leads create users")
            if org_id is not None and s.get(Organisation, org_id) is None:
                raise NotFound(f"organisation {org_id} not found")
            self._check_links(s, None, org_id, mentor_id, cohort_id)
            if s.scalar(select(User.id).where(User.username == username)) is not None:
                raise Conflict(f"username {username!r} is taken")
            self._check_email_free(s, email, None)
            user = User(
                username=username,
                display_name=display_name or username,
                role=role,
                password_hash=self.hasher.hash(password),
                disabled=False,
                mentor_id=mentor_id,
                cohort_id=cohort_id,
                org_id=org_id,
                start_date=start_date,
                target_date=target_date,
                language=language,
                email=email,
                created_at=self.now(),
                credential_version=0,
                must_change_password=must_change_password,
            )
            s.add(user)
            try:
                s.flush()
            except IntegrityError as exc:
                raise Conflict(f"username {username!r} is taken") from exc
            self._audit(s, who, "user_create", user.id, role=role, org_id=org_id)
            return user_info(user)

    def _check_links(
        self, s: Session, user_id: int | None, org_id: int | None, mentor_id: int | None, cohort_id: int | None
    ) -> None:
        """Mentor and cohort must exist and belong to the user's organisation; nobody mentors themself."""
        if mentor_id is not None:
            mentor = self._user(s, mentor_id)
            if user_id is not None and mentor.id == user_id:
                raise PermissionDenied("a user cannot be their own mentor")
            if not policy.can_mentor_role(mentor.role):
                raise ValueError("a trainee cannot be a mentor")
            if mentor.org_id != org_id:
                raise PermissionDenied("the mentor belongs to another organisation")
        if cohort_id is not None:
            cohort = s.get(Cohort, cohort_id)
            if cohort is None:
                raise NotFound(f"cohort {cohort_id} not found")
            if cohort.org_id != org_id:
                raise PermissionDenied("the cohort belongs to another organisation")

    @staticmethod
    def _check_email_free(s: Session, email: str | None, user_id: int | None) -> None:
        """E-mail addresses (the SSO identity) are unique, regardless of case."""
        if email is None:
            return
        query = select(User.id).where(func.lower(User.email) == email.lower())
        if user_id is not None:
            query = query.where(User.id != user_id)
        if s.scalar(query.limit(1)) is not None:
            raise Conflict("another account has this e-mail address")

    def disable_user(self, actor: Actor | UserInfo, user_id: int, disabled: bool = True) -> UserInfo:
        """Disable (or re-enable with ``disabled=False``) a user; not oneself. Disabling ends the
        user's sessions at their next page load (credential version); both are audited."""
        with self._write() as s:
            who = self._who(s, actor)
            user = self._user(s, user_id, lock=True)
            if user.id == who.id or not policy.can_administer(who, user):
                raise PermissionDenied("not allowed to disable this user")
            if bool(user.disabled) != bool(disabled):
                user.disabled = disabled
                if disabled:
                    user.credential_version = (user.credential_version or 0) + 1
                self._audit(s, who, "disable" if disabled else "enable", user.id)
            return user_info(user)

    def unlock_user(self, actor: Actor | UserInfo, user_id: int) -> UserInfo:
        """Clear the login lock-outs of a user's account name, from every source (admin / lead of the
        user's org); audited."""
        with self._write() as s:
            who = self._who(s, actor)
            user = self._user(s, user_id, lock=True)
            if not policy.can_administer(who, user):
                raise PermissionDenied("not allowed to unlock this user")
            cleared = s.execute(delete(LoginThrottle).where(LoginThrottle.username == user.username)).rowcount
            self._audit(s, who, "unlock", user.id, sources=cleared)
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
        """Change profile fields. Users edit their own display name and language; admins / leads (of
        the user's org) also e-mail (the SSO identity, unique), mentor and cohort (of the same
        organisation, never oneself), dates; only admins change roles (audited)."""
        fields = {k: v for k, v in locals().items() if k not in ("self", "actor", "user_id") and v is not _UNSET}
        if "language" in fields and fields["language"] not in LANGUAGES:
            raise ValueError(f"language must be one of {LANGUAGES}")
        if "role" in fields and fields["role"] not in ROLES:
            raise ValueError(f"role must be one of {ROLES}")
        if "email" in fields:
            fields["email"] = _clean_email(fields["email"])
        with self._write() as s:
            who = self._who(s, actor)
            user = self._user(s, user_id, lock=True)
            self_fields = {"display_name", "language"}
            if not policy.can_administer(who, user) and not (user.id == who.id and set(fields) <= self_fields):
                raise PermissionDenied("not allowed to edit this user")
            if "role" in fields and not policy.is_admin(who):
                raise PermissionDenied("only admins change roles")
            self._check_links(s, user.id, user.org_id, fields.get("mentor_id"), fields.get("cohort_id"))
            if "email" in fields:
                self._check_email_free(s, fields["email"], user.id)
            if "role" in fields and fields["role"] != user.role:
                self._audit(s, who, "role_change", user.id, old=user.role, new=fields["role"])
            for key, value in fields.items():
                setattr(user, key, value)
            return user_info(user)

    def list_users(self, actor: Actor | UserInfo, role: str | None = None) -> list[UserInfo]:
        """Users the actor may see (admin: all, lead: org, mentor: self + mentees, trainee: self)."""
        with self._read() as s:
            who = self._who(s, actor)
            query = select(User).where(policy.visible_users(who, User)).order_by(User.username)
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
            if not policy.can_read(who, user):
                raise PermissionDenied(f"not allowed to read user {username!r}")
            return user_info(user)

    def mentees(self, actor: Actor | UserInfo, mentor_id: int) -> list[UserInfo]:
        """Users whose mentor is ``mentor_id`` (the mentor themself, their lead, or an admin)."""
        with self._read() as s:
            who = self._who(s, actor)
            mentor = self._user(s, mentor_id)
            if not policy.can_list_mentees(who, mentor):
                raise PermissionDenied("not allowed to list these mentees")
            query = select(User).where(User.mentor_id == mentor_id).order_by(User.username)
            return [user_info(u) for u in s.scalars(query)]

    def ensure_admin(self) -> str | None:
        """When the store has no users, create ``admin`` with a random password and return it. The
        admin must choose a new password at the first sign-in (``must_change_password``)."""
        password = secrets.token_urlsafe(16)
        try:
            with self._write() as s:
                if s.scalar(select(func.count()).select_from(User)):
                    return None
                s.add(
                    User(
                        username="admin",
                        display_name="Administrator",
                        role=Role.ADMIN.value,
                        password_hash=self.hasher.hash(password),
                        disabled=False,
                        language="en",
                        created_at=self.now(),
                        credential_version=0,
                        must_change_password=True,  # printed to the console once: change at first sign-in
                    )
                )
        except IntegrityError:  # another process created it at the same moment
            return None
        return password

    # -- audit trail -----------------------------------------------------------------------------

    def audit_events(self, actor: Actor | UserInfo, user_id: int | None = None) -> list[AuditEventInfo]:
        """Account audit events, oldest first: admins all (or one user's), leads those about the
        users of their organisation, others those about themselves."""
        with self._read() as s:
            who = self._who(s, actor)
            query = select(AuditEvent).order_by(AuditEvent.id)
            if user_id is not None:
                self._readable_user(s, who, user_id)
                query = query.where(AuditEvent.target_user_id == user_id)
            if not policy.is_admin(who):
                query = query.join(User, User.id == AuditEvent.target_user_id).where(policy.visible_users(who, User))
            return [AuditEventInfo(e.id, e.at, e.actor_id, e.action, e.target_user_id, dict(e.details))
                    for e in s.scalars(query)]

    def verify_audit_chains(self, actor: Actor | UserInfo) -> dict[str, list[int]]:
        """Check the hash chains of the override trail and the account audit trail (admins only):
        ``{"overrides": [ids of broken rows], "audit_events": [...]}``, empty lists when intact."""
        with self._read() as s:
            if not policy.is_admin(self._who(s, actor)):
                raise PermissionDenied("only admins verify the audit trail")
            return {
                "overrides": broken_links(s.scalars(select(Override).order_by(Override.id)).all(), override_fields),
                "audit_events": broken_links(
                    s.scalars(select(AuditEvent).order_by(AuditEvent.id)).all(), event_fields),
            }

    def audit_heads(self, actor: Actor | UserInfo) -> dict[str, str | None]:
        """The latest hash of each chain (admins): write it down elsewhere to detect a rewritten chain."""
        with self._read() as s:
            if not policy.is_admin(self._who(s, actor)):
                raise PermissionDenied("only admins read the audit heads")
            return {
                "overrides": s.scalar(select(Override.row_hash).order_by(Override.id.desc()).limit(1)),
                "audit_events": s.scalar(select(AuditEvent.row_hash).order_by(AuditEvent.id.desc()).limit(1)),
            }

def _clean_email(email: str | None) -> str | None:
    """Strip an e-mail address; empty means none."""
    email = (email or "").strip()
    return email or None
