"""Tamper-evident audit chains: each row of ``overrides`` and ``audit_events`` carries the SHA-256
hash of its own content and of the previous row (``prev_hash`` -> ``row_hash``).

Editing, deleting or reordering a row breaks the chain at that row, which
:meth:`AuditMixin.verify_audit_chains` reports. Someone with write access to the database can still
recompute the whole chain; keep the head hash (:meth:`AuditMixin.audit_heads`) somewhere else (a
backup log, the monthly report) to detect that too.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

GENESIS = "0" * 64
#: pg_advisory_xact_lock keys serialising appends to each chain (SQLite writes are serialised anyway)
CHAIN_LOCK_KEYS = {"overrides": 0x7472_6E01, "audit_events": 0x7472_6E02}

#: actions recorded in ``audit_events``
AUDIT_ACTIONS = (
    "user_create", "password_reset", "password_change", "role_change", "profile_change", "disable", "enable",
    "unlock", "attempt_finish_by_other", "assignment_change", "assignment_remove",
)  # fmt: skip


def canonical_time(value: dt.datetime | None) -> str | None:
    """A timestamp as naive-UTC ISO text with microseconds (identical on SQLite and PostgreSQL)."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value.isoformat(timespec="microseconds")


def chain_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    """SHA-256 over the previous row's hash and this row's fields (canonical JSON)."""
    payload = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(f"{prev_hash}\n{payload}".encode()).hexdigest()


def override_fields(row: Any) -> dict[str, Any]:
    """The hashed content of an ``overrides`` row (ORM object or result row)."""
    return {
        "id": row.id, "attempt_id": row.attempt_id, "criterion_id": row.criterion_id, "author_id": row.author_id,
        "new_result": row.new_result, "reason": row.reason, "created_at": canonical_time(row.created_at),
    }  # fmt: skip


def event_fields(row: Any) -> dict[str, Any]:
    """The hashed content of an ``audit_events`` row (ORM object or result row)."""
    return {
        "id": row.id, "at": canonical_time(row.at), "actor_id": row.actor_id, "action": row.action,
        "target_user_id": row.target_user_id, "details": row.details,
    }  # fmt: skip


def broken_links(rows: list[Any], fields: Any) -> list[int]:
    """Ids of the rows (in id order) whose ``prev_hash`` or ``row_hash`` does not match the chain."""
    bad = []
    prev = GENESIS
    for row in rows:
        if row.prev_hash != prev or row.row_hash != chain_hash(prev, fields(row)):
            bad.append(row.id)
        prev = row.row_hash or ""
    return bad
