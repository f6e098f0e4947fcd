"""Alembic migration environment of the trainer store (run via trainer.storage.db.upgrade)."""
