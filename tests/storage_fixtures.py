"""Fixtures for the storage tests: a migrated store per test on SQLite and (when
``TRAINER_TEST_POSTGRES_URL`` is set) on PostgreSQL in a fresh schema dropped afterwards.

Test modules star-import this module so the fixtures are module-level (they then win over any
same-named fixture in ``tests/conftest.py``)."""

from __future__ import annotations

import uuid
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest_storage import BACKENDS, FAST_HASHER, PG_URL, FakeClock, make_world, schema_url
from sqlalchemy import create_engine, text

from trainer.storage import Store, open_store

__all__ = ["backend", "clock", "db_url", "store", "world"]


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """The backend name: ``sqlite`` or ``postgres``."""
    return request.param


@pytest.fixture
def db_url(backend: str, tmp_path: Path):
    """An empty database URL for the backend (PostgreSQL: a unique schema, dropped after)."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'trainer.db'}"
        return
    assert PG_URL
    schema = f"t_storage_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield schema_url(PG_URL, schema)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def clock() -> FakeClock:
    """A fake clock the store under test uses."""
    return FakeClock()


@pytest.fixture
def store(db_url: str):
    """A migrated store with fast password hashing."""
    st = open_store(db_url, password_hasher=FAST_HASHER)
    try:
        yield st
    finally:
        st.close()


@pytest.fixture
def world(store: Store) -> SimpleNamespace:
    """The population of :func:`make_world` in the test store."""
    return make_world(store)
