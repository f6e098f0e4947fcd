"""Database URL resolution, engine creation and programmatic Alembic migrations.

Alembic (with Mako and Pygments, ~0.15 s to import) is imported only when a migration runs: a store
already at the newest revision, the usual start, is recognised by reading its ``alembic_version`` row
and comparing it with the head of the shipped migration files (:func:`head_revision`).
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable
from contextlib import nullcontext
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import StaticPool

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 30_000
# Arbitrary constant key for pg_advisory_xact_lock around migrations (same in every process).
ADVISORY_LOCK_KEY = 0x7472_6E72  # "trnr"
WRITE_OPTION = "trainer_write"

_write_locks: dict[str, threading.RLock] = {}
_write_locks_guard = threading.Lock()


def database_url(explicit: str | None = None) -> str:
    """Resolve the database URL: ``explicit``, else ``TRAINER_DATABASE_URL``, else a SQLite file.

    The SQLite file is ``<data dir>/trainer.db`` with data dir = ``TRAINER_DATA_DIR`` or ``./data``;
    the directory is created when missing, readable by the owner only (0700).
    """
    if explicit:
        return explicit
    env = os.environ.get("TRAINER_DATABASE_URL")
    if env:
        return env
    data_dir = Path(os.environ.get("TRAINER_DATA_DIR") or "./data").resolve()
    make_private_dir(data_dir)
    return f"sqlite:///{data_dir / 'trainer.db'}"


def make_private_dir(path: Path) -> None:
    """Create ``path`` (and missing parents) when missing; a folder created here is 0700. An
    existing folder keeps its mode (it is the operator's)."""
    if not path.exists():
        path.mkdir(parents=True, exist_ok=True)
        path.chmod(0o700)


def create_private_sqlite_file(url: str) -> None:
    """Create the SQLite database file of ``url`` owner-only (0600) before SQLite does (it would use
    the umask, typically 0644). SQLite creates the -wal and -shm files with the same mode as the
    database file. Existing files and in-memory databases are left alone."""
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database)
    if path.exists():
        return
    make_private_dir(path.parent)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:  # another process created it at the same moment
        return
    os.close(fd)


def is_sqlite(url_or_engine: str | Engine) -> bool:
    """True when the URL (or engine) points at SQLite."""
    if isinstance(url_or_engine, Engine):
        return url_or_engine.dialect.name == "sqlite"
    return make_url(url_or_engine).get_backend_name() == "sqlite"


def write_lock(url: str) -> threading.RLock:
    """The in-process lock that serialises SQLite writes to one database file."""
    key = str(make_url(url).database or url) if is_sqlite(url) else url
    with _write_locks_guard:
        return _write_locks.setdefault(key, threading.RLock())


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine. A new SQLite file is created owner-only (0600). SQLite gets WAL (synchronous=FULL: a committed turn survives even a power
    loss), foreign keys, busy_timeout and ``BEGIN IMMEDIATE`` writes.

    On SQLite the pysqlite driver's own transaction handling is switched off and the store emits
    ``BEGIN`` itself: ``BEGIN IMMEDIATE`` for connections with the ``trainer_write`` execution
    option (taking the write lock up front, so no deadlock-prone lock upgrades), plain ``BEGIN``
    for reads.
    """
    if not is_sqlite(url):
        kwargs.setdefault("pool_pre_ping", True)
        return create_engine(url, **kwargs)
    connect_args = dict(kwargs.pop("connect_args", {}))
    create_private_sqlite_file(url)
    if make_url(url).database in (None, "", ":memory:"):
        kwargs.setdefault("poolclass", StaticPool)  # one shared in-memory database for all threads
    connect_args.setdefault("check_same_thread", False)
    connect_args.setdefault("timeout", SQLITE_BUSY_TIMEOUT_MS / 1000)
    engine = create_engine(url, connect_args=connect_args, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, connection_record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys = ON")
            if make_url(url).database not in (None, "", ":memory:"):
                cursor.execute("PRAGMA journal_mode = WAL")
                cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get(WRITE_OPTION):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    return engine


def alembic_config(connection: Any = None) -> Config:
    """An Alembic config pointing at the migrations shipped in the package (no alembic.ini)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def upgrade(url: str | None = None, revision: str = "head", engine: Engine | None = None) -> None:
    """Run the Alembic migrations up to ``revision`` (idempotent, safe for concurrent starts).

    PostgreSQL: the migration runs in one transaction holding ``pg_advisory_xact_lock``, so a second
    process waits and then finds the schema already current. SQLite: the migration runs in a
    ``BEGIN IMMEDIATE`` transaction, which serialises concurrent starts the same way. A database
    already at the head revision is left alone without importing Alembic (:func:`at_head`).
    """
    url = database_url(url)
    if revision == "head" and at_head(url, engine):
        return
    from alembic import command

    _migrate(url, lambda cfg: command.upgrade(cfg, revision), engine)


def downgrade(url: str, revision: str, engine: Engine | None = None) -> None:
    """Run the Alembic migrations down to ``revision`` (for tests and emergencies)."""
    from alembic import command

    _migrate(database_url(url), lambda cfg: command.downgrade(cfg, revision), engine)


_REVISION = re.compile(r"^(down_revision|revision)\b[^=]*=\s*(None|[\"'][^\"']*[\"'])", re.MULTILINE)


@lru_cache(maxsize=1)
def head_revision() -> str:
    """The newest revision of the shipped migration files (the one no other file names as its
    ``down_revision``), read from the files without Alembic; a tree with several heads is an error."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found = dict(_REVISION.findall(path.read_text(encoding="utf-8")))
        if "revision" in found:
            revisions.add(found["revision"].strip("\"'"))
            if found.get("down_revision", "None") != "None":
                parents.add(found["down_revision"].strip("\"'"))
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads: {sorted(heads)}")
    return heads.pop()


def at_head(url: str, engine: Engine | None = None) -> bool:
    """Whether the database's ``alembic_version`` is the head revision (False when it has none yet or
    cannot be read: then the locked migration decides)."""
    eng = engine if engine is not None else make_engine(url)
    try:
        with eng.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).fetchall()
        return [row[0] for row in rows] == [head_revision()]
    except Exception:  # noqa: BLE001 - no table yet (a new database) or unreadable: migrate as before
        return False
    finally:
        if engine is None:
            eng.dispose()


def _migrate(url: str, run: Callable[[Config], None], engine: Engine | None) -> None:
    """Run an Alembic command in one locked transaction.

    On SQLite, foreign keys are switched off for the duration (table rebuilds of batch migrations
    would otherwise cascade or fail), checked with ``PRAGMA foreign_key_check`` before commit and
    switched on again afterwards.
    """
    eng = engine if engine is not None else make_engine(url)
    sqlite = is_sqlite(eng)
    try:
        with write_lock(url) if sqlite else nullcontext():
            with eng.connect().execution_options(**{WRITE_OPTION: True}) as conn:
                raw = conn.connection.dbapi_connection if sqlite else None
                if raw is not None:
                    raw.execute("PRAGMA foreign_keys = OFF")  # no-op inside a transaction: before BEGIN
                try:
                    with conn.begin():
                        if eng.dialect.name == "postgresql":
                            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": ADVISORY_LOCK_KEY})
                        run(alembic_config(conn))
                        if raw is not None:
                            bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                            if bad:
                                raise RuntimeError(f"migration left foreign key violations: {bad[:5]}")
                finally:
                    if raw is not None:
                        raw.execute("PRAGMA foreign_keys = ON")
    finally:
        if engine is None:
            eng.dispose()


def current_revision(url: str) -> str | None:
    """The revision the database is at (None for an empty database)."""
    from alembic.runtime.migration import MigrationContext

    eng = make_engine(url)
    try:
        with eng.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        eng.dispose()
