"""Alembic revisions of the trainer store."""
