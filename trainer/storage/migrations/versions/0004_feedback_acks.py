"""Add ``feedback_acks``: a trainee acknowledges (and may answer) the mentor feedback on an attempt.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create feedback_acks."""
    op.create_table(
        "feedback_acks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("attempt_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("reply", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attempt_id"], ["attempts.id"], name=op.f("fk_feedback_acks_attempt_id_attempts"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_feedback_acks_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_acks")),
    )
    op.create_index(op.f("ix_feedback_acks_attempt_id"), "feedback_acks", ["attempt_id"], unique=False)


def downgrade() -> None:
    """Drop feedback_acks."""
    op.drop_index(op.f("ix_feedback_acks_attempt_id"), table_name="feedback_acks")
    op.drop_table("feedback_acks")
