"""The :class:`Store`: the one data-access object of the app, with authorisation built in."""

from __future__ import annotations

from typing import Any

from .attempts import AttemptsMixin
from .db import database_url, make_engine, upgrade
from .feedback import FeedbackMixin
from .logins import LoginsMixin
from .mentoring import MentoringMixin
from .orgs import OrgsMixin
from .reports import ReportsMixin
from .sessions import SessionsMixin
from .users import UsersMixin


class Store(UsersMixin, LoginsMixin, OrgsMixin, SessionsMixin, AttemptsMixin, MentoringMixin, FeedbackMixin, ReportsMixin):
    """Data access for the trainer. Every method takes the acting user first and checks rights.

    Rules: trainees read and write only their own attempts; mentors read their mentees' (users
    whose ``mentor_id`` is the mentor) and their own, and review / comment / override / assign for
    mentees; leads read everyone in their organisation (a lead without organisation sees users
    without organisation); admins everything. Violations raise :class:`PermissionDenied`, unknown
    ids :class:`NotFound`. Results are frozen dataclasses or plain dicts, never ORM objects.

    Open one with :func:`trainer.storage.open_store`.
    """


def open_store(url: str | None = None, **store_kwargs: Any) -> Store:
    """Resolve the URL, migrate the database to head and return a ready :class:`Store`."""
    url = database_url(url)
    engine = make_engine(url)
    upgrade(url, engine=engine)
    return Store(engine, url=url, **store_kwargs)
