"""Initial schema: users, organisations, cohorts, attempts, turns, criteria, mentoring, readiness.

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# JSON on SQLite, JSONB on PostgreSQL. Timestamps are naive UTC.
JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    """Apply the revision."""
    op.create_table(
        "organisations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisations")),
        sa.UniqueConstraint("name", name=op.f("uq_organisations_name")),
    )
    op.create_table(
        "cohorts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("org_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["org_id"], ["organisations.id"], name=op.f("fk_cohorts_org_id_organisations")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cohorts")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("mentor_id", sa.Integer(), nullable=True),
        sa.Column("cohort_id", sa.Integer(), nullable=True),
        sa.Column("org_id", sa.Integer(), nullable=True),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("language IN ('et', 'ru', 'en')", name=op.f("ck_users_language")),
        sa.CheckConstraint("role IN ('trainee', 'mentor', 'lead', 'admin')", name=op.f("ck_users_role")),
        sa.ForeignKeyConstraint(["cohort_id"], ["cohorts.id"], name=op.f("fk_users_cohort_id_cohorts")),
        sa.ForeignKeyConstraint(["mentor_id"], ["users.id"], name=op.f("fk_users_mentor_id_users")),
        sa.ForeignKeyConstraint(["org_id"], ["organisations.id"], name=op.f("fk_users_org_id_organisations")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_index(op.f("ix_users_cohort_id"), "users", ["cohort_id"], unique=False)
    op.create_index(op.f("ix_users_mentor_id"), "users", ["mentor_id"], unique=False)
    op.create_index(op.f("ix_users_org_id"), "users", ["org_id"], unique=False)

    op.create_table(
        "assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("cohort_id", sa.Integer(), nullable=True),
        sa.Column("scenario_ids", JSON, nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("assigned_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "user_id IS NOT NULL OR cohort_id IS NOT NULL", name=op.f("ck_assignments_target")
        ),
        sa.ForeignKeyConstraint(["assigned_by"], ["users.id"], name=op.f("fk_assignments_assigned_by_users")),
        sa.ForeignKeyConstraint(["cohort_id"], ["cohorts.id"], name=op.f("fk_assignments_cohort_id_cohorts")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_assignments_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignments")),
    )
    op.create_index(op.f("ix_assignments_cohort_id"), "assignments", ["cohort_id"], unique=False)
    op.create_index(op.f("ix_assignments_user_id"), "assignments", ["user_id"], unique=False)

    op.create_table(
        "attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("scenario_id", sa.String(length=200), nullable=False),
        sa.Column("scenario_version", sa.String(length=64), nullable=True),
        sa.Column("seed", sa.Integer(), nullable=True),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("engine_state", JSON, nullable=True),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("passed", sa.Boolean(), nullable=True),
        sa.Column("critical_failed", sa.Boolean(), nullable=True),
        sa.Column("rubric_id", sa.String(length=200), nullable=True),
        sa.Column("rubric_version", sa.String(length=64), nullable=True),
        sa.Column("result", JSON, nullable=True),
        sa.CheckConstraint("mode IN ('practice', 'test')", name=op.f("ck_attempts_mode")),
        sa.CheckConstraint("status IN ('active', 'finished', 'abandoned')", name=op.f("ck_attempts_status")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_attempts_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attempts")),
    )
    op.create_index(op.f("ix_attempts_scenario_id"), "attempts", ["scenario_id"], unique=False)
    op.create_index("ix_attempts_user_finished", "attempts", ["user_id", "finished_at"], unique=False)
    op.create_index("ix_attempts_user_status", "attempts", ["user_id", "status"], unique=False)

    op.create_table(
        "readiness_snapshots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("details", JSON, nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_readiness_snapshots_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_readiness_snapshots")),
    )
    op.create_index("ix_readiness_user_taken", "readiness_snapshots", ["user_id", "taken_at"], unique=False)

    op.create_table(
        "criterion_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("attempt_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.String(length=200), nullable=False),
        sa.Column("result", sa.String(length=8), nullable=False),
        sa.Column("points", sa.Float(), nullable=False),
        sa.Column("max_points", sa.Float(), nullable=False),
        sa.Column("critical", sa.Boolean(), nullable=False),
        sa.Column("competencies", JSON, nullable=False),
        sa.CheckConstraint("result IN ('pass', 'fail', 'n/a')", name=op.f("ck_criterion_results_result")),
        sa.ForeignKeyConstraint(
            ["attempt_id"],
            ["attempts.id"],
            name=op.f("fk_criterion_results_attempt_id_attempts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_criterion_results")),
        sa.UniqueConstraint(
            "attempt_id", "criterion_id", name=op.f("uq_criterion_results_attempt_id_criterion_id")
        ),
    )
    op.create_index(
        op.f("ix_criterion_results_criterion_id"), "criterion_results", ["criterion_id"], unique=False
    )

    op.create_table(
        "overrides",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("attempt_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.String(length=200), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("new_result", sa.String(length=8), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("new_result IN ('pass', 'fail', 'n/a')", name=op.f("ck_overrides_new_result")),
        sa.CheckConstraint("length(reason) > 0", name=op.f("ck_overrides_reason")),
        sa.ForeignKeyConstraint(
            ["attempt_id"], ["attempts.id"], name=op.f("fk_overrides_attempt_id_attempts"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["author_id"], ["users.id"], name=op.f("fk_overrides_author_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_overrides")),
    )
    op.create_index(
        "ix_overrides_attempt_criterion", "overrides", ["attempt_id", "criterion_id"], unique=False
    )

    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("attempt_id", sa.Integer(), nullable=False),
        sa.Column("mentor_id", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attempt_id"], ["attempts.id"], name=op.f("fk_reviews_attempt_id_attempts"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["mentor_id"], ["users.id"], name=op.f("fk_reviews_mentor_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviews")),
    )
    op.create_index(op.f("ix_reviews_attempt_id"), "reviews", ["attempt_id"], unique=False)

    op.create_table(
        "self_evaluations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("attempt_id", sa.Integer(), nullable=True),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("results", JSON, nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attempt_id"],
            ["attempts.id"],
            name=op.f("fk_self_evaluations_attempt_id_attempts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_self_evaluations_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_self_evaluations")),
    )
    op.create_index(op.f("ix_self_evaluations_user_id"), "self_evaluations", ["user_id"], unique=False)

    op.create_table(
        "turn_comments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("attempt_id", sa.Integer(), nullable=False),
        sa.Column("turn_idx", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attempt_id"],
            ["attempts.id"],
            name=op.f("fk_turn_comments_attempt_id_attempts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["author_id"], ["users.id"], name=op.f("fk_turn_comments_author_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_turn_comments")),
    )
    op.create_index(op.f("ix_turn_comments_attempt_id"), "turn_comments", ["attempt_id"], unique=False)

    op.create_table(
        "turns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("attempt_id", sa.Integer(), nullable=False),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=8), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("at", sa.Float(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("role IN ('agent', 'client')", name=op.f("ck_turns_role")),
        sa.ForeignKeyConstraint(
            ["attempt_id"], ["attempts.id"], name=op.f("fk_turns_attempt_id_attempts"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_turns")),
        sa.UniqueConstraint("attempt_id", "idx", name=op.f("uq_turns_attempt_id_idx")),
    )


def downgrade() -> None:
    """Revert the revision."""
    op.drop_table("turns")
    op.drop_index(op.f("ix_turn_comments_attempt_id"), table_name="turn_comments")

    op.drop_table("turn_comments")
    op.drop_index(op.f("ix_self_evaluations_user_id"), table_name="self_evaluations")

    op.drop_table("self_evaluations")
    op.drop_index(op.f("ix_reviews_attempt_id"), table_name="reviews")

    op.drop_table("reviews")
    op.drop_index("ix_overrides_attempt_criterion", table_name="overrides")

    op.drop_table("overrides")
    op.drop_index(op.f("ix_criterion_results_criterion_id"), table_name="criterion_results")

    op.drop_table("criterion_results")
    op.drop_index("ix_readiness_user_taken", table_name="readiness_snapshots")

    op.drop_table("readiness_snapshots")
    op.drop_index("ix_attempts_user_status", table_name="attempts")
    op.drop_index("ix_attempts_user_finished", table_name="attempts")
    op.drop_index(op.f("ix_attempts_scenario_id"), table_name="attempts")

    op.drop_table("attempts")
    op.drop_index(op.f("ix_assignments_user_id"), table_name="assignments")
    op.drop_index(op.f("ix_assignments_cohort_id"), table_name="assignments")

    op.drop_table("assignments")
    op.drop_index(op.f("ix_users_org_id"), table_name="users")
    op.drop_index(op.f("ix_users_mentor_id"), table_name="users")
    op.drop_index(op.f("ix_users_cohort_id"), table_name="users")

    op.drop_table("users")
    op.drop_table("cohorts")
    op.drop_table("organisations")
