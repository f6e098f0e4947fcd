"""trainer.storage: the one data-access module (SQLAlchemy 2 + Alembic), with authorisation.

Usage::

    from trainer.storage import open_store
    store = open_store()              # TRAINER_DATABASE_URL or ./data/trainer.db, migrated to head
    password = store.ensure_admin()   # printed once on first start
    me = store.authenticate("admin", password)
"""

from __future__ import annotations

from .db import current_revision, database_url, downgrade, make_engine, upgrade
from .errors import AuthError, Conflict, NotFound, PermissionDenied, StaleState, StoreError, StoreUnavailable
from .feedback import AttemptFeedback, FeedbackItem, FeedbackState, QueueItem
from .passwords import WeakPassword, password_problem
from .records import (
    Actor,
    AssignmentInfo,
    AttemptInfo,
    AttemptSummary,
    AuditEventInfo,
    CohortInfo,
    CriterionInfo,
    OrgInfo,
    OverrideInfo,
    ReadinessSnapshotInfo,
    ReviewInfo,
    SelfEvaluationInfo,
    TurnCommentInfo,
    TurnInfo,
    UserInfo,
)
from .reports import ATTEMPT_ROW_KEYS, CRITERION_ROW_KEYS
from .sessions import DEFAULT_SESSION_LIFETIME, WebSessionInfo
from .store import Store, open_store
from .users import MIN_PASSWORD_LENGTH

__all__ = [
    "ATTEMPT_ROW_KEYS",
    "CRITERION_ROW_KEYS",
    "DEFAULT_SESSION_LIFETIME",
    "MIN_PASSWORD_LENGTH",
    "Actor",
    "AssignmentInfo",
    "AttemptFeedback",
    "AuditEventInfo",
    "AttemptInfo",
    "AttemptSummary",
    "AuthError",
    "CohortInfo",
    "Conflict",
    "CriterionInfo",
    "FeedbackItem",
    "FeedbackState",
    "NotFound",
    "OrgInfo",
    "OverrideInfo",
    "PermissionDenied",
    "QueueItem",
    "ReadinessSnapshotInfo",
    "ReviewInfo",
    "SelfEvaluationInfo",
    "StaleState",
    "Store",
    "StoreError",
    "StoreUnavailable",
    "TurnCommentInfo",
    "TurnInfo",
    "UserInfo",
    "WeakPassword",
    "WebSessionInfo",
    "current_revision",
    "database_url",
    "downgrade",
    "make_engine",
    "open_store",
    "password_problem",
    "upgrade",
]
