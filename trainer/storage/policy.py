"""The authorisation policy of the store, in one place: the roles, who may read, mentor, administer,
create and play what, and the same read rule as an SQL condition.

Every store method decides with these functions (after re-reading the actor from the database, see
``StoreBase._who``); none writes a rule of its own. The rules:

- **trainee**: their own data only;
- **mentor**: their own data, and reads / reviews / assigns for their mentees (users whose
  ``mentor_id`` is the mentor);
- **lead**: reads everyone in their organisation, and mentors and administers its trainees and
  mentors (never other leads, never themself); a lead without organisation sees only themself;
- **admin**: everything (the CLI system actor is an admin).

This module imports only ``records`` from the store (the models import it for the role values):
the SQL condition takes the users entity (the ``User`` model or an alias of it) as an argument.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from sqlalchemy import ColumnElement, or_, true

from .records import SYSTEM_ACTOR_ID


class Role(StrEnum):
    """A user's role (stored as its string value; the database checks the same four values)."""

    TRAINEE = "trainee"
    MENTOR = "mentor"
    LEAD = "lead"
    ADMIN = "admin"


#: the role values, in order (for schema constraints and CLI choices)
ROLES: tuple[str, ...] = tuple(r.value for r in Role)
#: roles that review trainees' work (a mentor their mentees, a lead their organisation, an admin all)
REVIEWER_ROLES: frozenset[str] = frozenset({Role.MENTOR, Role.LEAD, Role.ADMIN})
#: roles a lead manages in their organisation (creates, mentors, administers)
LEAD_MANAGED_ROLES: frozenset[str] = frozenset({Role.TRAINEE, Role.MENTOR})


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


class Subject(Protocol):
    """The columns of a user the rules look at (an ORM ``User``, a ``UserInfo`` or a joined row)."""

    id: int
    role: str
    org_id: int | None
    mentor_id: int | None


def is_admin(who: Who) -> bool:
    """Admins (and the system actor) may do everything."""
    return who.role == Role.ADMIN


def can_read(who: Who, user: Subject) -> bool:
    """May the actor read this user's data (profile, attempts, self-evaluations, ...)?"""
    if who.role == Role.ADMIN or user.id == who.id:
        return True
    if who.role == Role.LEAD:  # a lead without organisation sees nobody else (no shared NULL pool)
        return who.org_id is not None and user.org_id == who.org_id
    if who.role == Role.MENTOR:
        return user.mentor_id == who.id
    return False


def visible_users(who: Who, users: Any) -> ColumnElement[bool]:
    """:func:`can_read` as an SQL condition on ``users`` (the ``User`` model or an alias of it)."""
    if who.role == Role.ADMIN:
        return true()
    if who.role == Role.LEAD:
        return users.org_id == who.org_id if who.org_id is not None else users.id == who.id
    if who.role == Role.MENTOR:
        return or_(users.id == who.id, users.mentor_id == who.id)
    return users.id == who.id


def _lead_of(who: Who, org_id: int | None, role: str) -> bool:
    """The actor is a lead of ``org_id`` and ``role`` is one a lead manages."""
    return who.role == Role.LEAD and who.org_id is not None and org_id == who.org_id and role in LEAD_MANAGED_ROLES


def can_mentor(who: Who, user: Subject) -> bool:
    """May the actor review, comment, override and assign for this user? Never for oneself; leads
    for the trainees and mentors of their own organisation (not other leads)."""
    if user.id == who.id:
        return False
    if who.role == Role.ADMIN:
        return True
    if who.role == Role.LEAD:
        return _lead_of(who, user.org_id, user.role)
    if who.role == Role.MENTOR:
        return user.mentor_id == who.id
    return False


def can_administer(who: Who, user: Subject) -> bool:
    """May the actor reset the password of / disable / unlock / edit this user?"""
    if who.role == Role.ADMIN:
        return True
    return _lead_of(who, user.org_id, user.role)


def can_create_user(who: Who, role: str, org_id: int | None) -> bool:
    """May the actor create a user of ``role`` in ``org_id``? Admins any; leads trainees and mentors
    in their own organisation."""
    if who.role == Role.ADMIN:
        return True
    # as before the policy had a home: a lead without organisation creates org-less users
    return who.role == Role.LEAD and role in LEAD_MANAGED_ROLES and org_id == who.org_id


def can_create_cohort(who: Who, org_id: int | None) -> bool:
    """May the actor create a cohort in ``org_id``? Admins; leads in their own organisation."""
    return who.role == Role.ADMIN or (who.role == Role.LEAD and org_id == who.org_id)


def can_assign_to_cohort(who: Who, cohort_org_id: int | None) -> bool:
    """May the actor assign scenarios to a cohort of ``cohort_org_id``? Admins; leads and mentors of
    the cohort's organisation."""
    return who.role == Role.ADMIN or (who.role in (Role.LEAD, Role.MENTOR) and cohort_org_id == who.org_id)


def can_change_assignment(who: Who, assigned_by: int | None, user: Subject | None,
                          cohort_org_id: int | None) -> bool:
    """May the actor change the due date of, or remove, an assignment? One made to a ``user``: whoever
    may mentor that user (their mentor, a lead of their organisation, an admin). One made to a cohort
    (``user`` None) of ``cohort_org_id``: an admin, a lead of that organisation, and the mentor who made
    it while in that organisation; a mentor does not change what a lead or another mentor set for the
    whole cohort."""
    if who.role == Role.ADMIN:
        return True
    if user is not None:
        return can_mentor(who, user)
    if who.org_id is None or cohort_org_id != who.org_id:
        return False
    return who.role == Role.LEAD or (who.role == Role.MENTOR and assigned_by == who.id)


def can_list_mentees(who: Who, mentor: Subject) -> bool:
    """May the actor list the mentees of ``mentor``? The mentor themself, a lead of the mentor's
    organisation, an admin."""
    if mentor.id == who.id or who.role == Role.ADMIN:
        return True
    return who.role == Role.LEAD and who.org_id is not None and mentor.org_id == who.org_id


def can_play(who: Who, owner_id: int) -> bool:
    """May the actor add turns to / finish / abandon an attempt of ``owner_id``? Its owner; admins
    too (recorded as the turns' author and in the audit trail)."""
    return owner_id == who.id or who.role == Role.ADMIN


def can_review_anyone(who: Who) -> bool:
    """Does the actor have a review queue at all (mentors, leads, admins)?"""
    return who.role in REVIEWER_ROLES


def can_mentor_role(role: str) -> bool:
    """May a user of ``role`` be someone's mentor? Everyone but trainees."""
    return role != Role.TRAINEE
