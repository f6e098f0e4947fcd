"""Shared fixtures of the whole suite.

- ``backend`` / ``db_url`` / ``store`` / ``clock`` / ``world``: a migrated store per test on SQLite and
  (when ``TRAINER_TEST_POSTGRES_URL`` is set) on PostgreSQL in a fresh schema dropped afterwards, with
  the small two-organisation population of :func:`conftest_storage.make_world` as ``world``.
- ``demo_world``: the demo organisation of :mod:`test_readiness_data` with really played attempts.
  It is built once per test run (one SQLite file shared by the xdist workers under a file lock) and
  every user gets a private copy, so tests may write to it without affecting each other.
- ``FIXTURE_HOME`` / ``fixture_library``: a small frozen scenario project under ``tests/fixtures/``,
  so editing the content library cannot silently weaken a test of the engine, app or readiness.
"""

from __future__ import annotations

import fcntl
import pickle
import shutil
import uuid
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest_storage import BACKENDS, FAST_HASHER, FIXTURE_HOME, PG_URL, FakeClock, make_world, schema_url
from sqlalchemy import create_engine, text

from trainer.storage import Store, open_store


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


@pytest.fixture(scope="session")
def fixture_library():
    """The frozen fixture project's library (four scenarios, the real rubric and configuration)."""
    from trainer.simulation.library import load_library

    return load_library(FIXTURE_HOME)


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo world's SQLite file, built by the first worker that needs it, reused by all."""
    from test_readiness_data import build_world

    shared = tmp_path_factory.getbasetemp().parent  # the same folder for every xdist worker
    folder = shared / "demo-world"
    folder.mkdir(exist_ok=True)
    with open(shared / "demo-world.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (folder / "done").exists():
            w = build_world(folder)
            (folder / "result.pickle").write_bytes(pickle.dumps(w.res))
            w.store.close()
            (folder / "done").write_text("ok")
    return folder


@pytest.fixture(scope="module")
def demo_world(_demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> SimpleNamespace:
    """A private copy of the demo world (see the module docstring); closed after the module."""
    from test_readiness_data import world_from_store

    target = tmp_path_factory.mktemp("demo")
    shutil.copy(_demo_template / "world.db", target / "world.db")
    res = pickle.loads((_demo_template / "result.pickle").read_bytes())
    w = world_from_store(open_store(f"sqlite:///{target / 'world.db'}", password_hasher=FAST_HASHER), res)
    w.path = target
    yield w
    w.store.close()


@pytest.fixture
def app_home(tmp_path, monkeypatch):
    """The app's environment for a page test: a fresh data folder (embedded SQLite) in ``tmp_path`` and the
    frozen fixture project as ``TRAINER_HOME``; returns ``tmp_path``."""
    monkeypatch.setenv("TRAINER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("TRAINER_DATABASE_URL", raising=False)
    monkeypatch.setenv("TRAINER_HOME", str(FIXTURE_HOME))
    return tmp_path
