"""The :class:`Store`: the one data-access object of the app, with authorisation built in."""

from __future__ import annotations

from .attempts import AttemptsMixin
from .feedback import FeedbackMixin
from .mentoring import MentoringMixin
from .reports import ReportsMixin
from .users import UsersMixin


class Store(UsersMixin, AttemptsMixin, MentoringMixin, FeedbackMixin, ReportsMixin):
    """Data access for the trainer. Every method takes the acting user first and checks rights.

    Rules: trainees read and write only their own attempts; mentors read their mentees' (users
    whose ``mentor_id`` is the mentor) and their own, and review / comment / override / assign for
    mentees; leads read everyone in their organisation (a lead without organisation sees users
    without organisation); admins everything. Violations raise :class:`PermissionDenied`, unknown
    ids :class:`NotFound`. Results are frozen dataclasses or plain dicts, never ORM objects.

    Open one with :func:`trainer.storage.open_store`.
    """
