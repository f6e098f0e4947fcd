"""Sign-in and integrity hardening (security review 2026-11).

- ``login_throttle``: failed password sign-ins per account name and source, with back-off
  (replaces ``users.failed_logins`` / ``users.locked_until``, which one attacker could renew for
  everyone);
- ``users.credential_version`` (sessions end on password change / disable) and
  ``users.must_change_password`` (the generated first admin password);
- ``attempts.state_version``: optimistic check when two tabs reply at once;
- ``turns.author_id``: who stored each turn;
- ``overrides.prev_hash`` / ``row_hash``: a hash chain over the override audit trail (existing rows
  are chained here, in id order);
- ``audit_events``: password resets, role changes, disabling, unlocking, with the same hash chain.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from trainer.storage.audit import GENESIS, chain_hash, override_fields

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    """Apply the revision."""
    op.create_table(
        "login_throttle",
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("last_failure_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("username", "source", name=op.f("pk_login_throttle")),
    )
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("target_user_id", sa.Integer(), nullable=True),
        sa.Column("details", JSON, nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("row_hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["users.id"], name=op.f("fk_audit_events_actor_id_users")),
        sa.ForeignKeyConstraint(
            ["target_user_id"], ["users.id"], name=op.f("fk_audit_events_target_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
    )
    op.create_index(op.f("ix_audit_events_target_user_id"), "audit_events", ["target_user_id"], unique=False)
    with op.batch_alter_table("users") as batch_op:
        batch_op.add_column(sa.Column("credential_version", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(
            sa.Column("must_change_password", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.drop_column("failed_logins")
        batch_op.drop_column("locked_until")
    with op.batch_alter_table("attempts") as batch_op:
        batch_op.add_column(sa.Column("state_version", sa.Integer(), server_default="0", nullable=False))
    with op.batch_alter_table("turns") as batch_op:
        batch_op.add_column(sa.Column("author_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(op.f("fk_turns_author_id_users"), "users", ["author_id"], ["id"])
    with op.batch_alter_table("overrides") as batch_op:
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("row_hash", sa.String(length=64), nullable=True))
    _chain_existing_overrides()


def _chain_existing_overrides() -> None:
    """Give the overrides written before this revision their place in the hash chain."""
    overrides = sa.table(
        "overrides", sa.column("id", sa.Integer()), sa.column("attempt_id", sa.Integer()),
        sa.column("criterion_id", sa.String()), sa.column("author_id", sa.Integer()),
        sa.column("new_result", sa.String()), sa.column("reason", sa.Text()),
        sa.column("created_at", sa.DateTime()), sa.column("prev_hash", sa.String()),
        sa.column("row_hash", sa.String()),
    )  # fmt: skip
    conn = op.get_bind()
    prev = GENESIS
    for row in conn.execute(sa.select(overrides).order_by(overrides.c.id)).all():
        row_hash = chain_hash(prev, override_fields(row))
        conn.execute(
            overrides.update().where(overrides.c.id == row.id).values(prev_hash=prev, row_hash=row_hash)
        )
        prev = row_hash


def downgrade() -> None:
    """Revert the revision (throttle state, audit events and hash chains are dropped)."""
    with op.batch_alter_table("overrides") as batch_op:
        batch_op.drop_column("row_hash")
        batch_op.drop_column("prev_hash")
    with op.batch_alter_table("turns") as batch_op:
        batch_op.drop_constraint(op.f("fk_turns_author_id_users"), type_="foreignkey")
        batch_op.drop_column("author_id")
    with op.batch_alter_table("attempts") as batch_op:
        batch_op.drop_column("state_version")
    with op.batch_alter_table("users") as batch_op:
        batch_op.add_column(sa.Column("failed_logins", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("locked_until", sa.DateTime(), nullable=True))
        batch_op.drop_column("must_change_password")
        batch_op.drop_column("credential_version")
    op.drop_index(op.f("ix_audit_events_target_user_id"), table_name="audit_events")
    op.drop_table("audit_events")
    op.drop_table("login_throttle")
