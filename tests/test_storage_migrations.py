"""Alembic migrations shipped in the package: data survives every step, models match the head,
concurrent starts are safe; database URL resolution and SQLite connection settings."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from conftest_storage import FAST_HASHER, PASSWORD, ROOT
from sqlalchemy import inspect, text

from trainer.storage import current_revision, database_url, downgrade, make_engine, open_store, upgrade
from trainer.storage.db import alembic_config
from trainer.storage.models import Base

REVISIONS = [r.revision for r in reversed(list(ScriptDirectory.from_config(alembic_config()).walk_revisions()))]
HEAD = REVISIONS[-1]
NOW = dt.datetime(2026, 1, 10, 12, 0)


def _insert_sample(url: str, tag: str) -> None:
    """Insert a user with a finished attempt, turns, criteria and an override using only columns of
    the initial revision (raw SQL, as an old application version would have written them)."""
    eng = make_engine(url)
    pw = FAST_HASHER.hash(PASSWORD)
    # revisions 0001-0002 have users.failed_logins (NOT NULL); 0003 replaced it by login_throttle
    legacy = "failed_logins" in {c["name"] for c in inspect(eng).get_columns("users")}
    extra_col, extra_val = (", failed_logins", ", 0") if legacy else ("", "")
    try:
        with eng.begin() as c:
            uid = c.execute(
                text(f"INSERT INTO users (username, display_name, role, password_hash, disabled{extra_col},"
                     f" language, created_at) VALUES (:u, :u, 'trainee', :pw, false{extra_val}, 'et', :now)"
                     " RETURNING id"),
                {"u": f"user_{tag}", "pw": pw, "now": NOW},
            ).scalar_one()  # fmt: skip
            aid = c.execute(
                text("INSERT INTO attempts (user_id, scenario_id, scenario_version, seed, mode, language, channel,"
                     " status, started_at, finished_at, engine_state, score, passed, critical_failed, rubric_id,"
                     " rubric_version, result) VALUES (:uid, :sid, '1', 5, 'test', 'et', 'chat', 'finished', :now,"
                     " :now, :state, 75.0, true, false, 'r', '1', :result) RETURNING id"),
                {"uid": uid, "sid": f"scenario_{tag}", "now": NOW, "state": '{"node": "end"}',
                 "result": '{"score": 75.0}'},
            ).scalar_one()  # fmt: skip
            for idx, (role, msg) in enumerate([("client", "Tere"), ("agent", "Tere, aitan hea meelega")]):
                c.execute(
                    text("INSERT INTO turns (attempt_id, idx, role, text, at, created_at)"
                         " VALUES (:a, :i, :r, :t, :at, :now)"),
                    {"a": aid, "i": idx, "r": role, "t": msg, "at": float(idx), "now": NOW},
                )  # fmt: skip
            c.execute(
                text("INSERT INTO criterion_results (attempt_id, criterion_id, result, points, max_points, critical,"
                     " competencies) VALUES (:a, 'greeting', 'fail', 0, 1, false, :comp)"),
                {"a": aid, "comp": '["communication"]'},
            )  # fmt: skip
            c.execute(
                text("INSERT INTO overrides (attempt_id, criterion_id, author_id, new_result, reason, created_at)"
                     " VALUES (:a, 'greeting', :u, 'pass', 'greeted in Russian', :now)"),
                {"a": aid, "u": uid, "now": NOW},
            )  # fmt: skip
    finally:
        eng.dispose()


def _check_sample(url: str, tag: str) -> None:
    st = open_store(url, password_hasher=FAST_HASHER)
    try:
        me = st.authenticate(f"user_{tag}", PASSWORD)
        (summary,) = st.list_attempts(me)
        info = st.get_attempt(me, summary.id)
        assert info.scenario_id == f"scenario_{tag}" and info.score == 75.0 and info.passed is True
        assert info.engine_state == {"node": "end"} and info.result == {"score": 75.0}
        assert [t.text for t in info.turns] == ["Tere", "Tere, aitan hea meelega"]
        assert info.started_at == NOW.replace(tzinfo=dt.UTC)
        (crit,) = info.criteria
        assert (crit.result, crit.automatic_result, crit.competencies) == ("pass", "fail", ["communication"])
        assert info.overrides[0].reason == "greeted in Russian"
    finally:
        st.close()


def test_revisions_are_linear_and_start_at_initial():
    assert REVISIONS[0] == "0001" and len(REVISIONS) >= 2
    assert len(ScriptDirectory.from_config(alembic_config()).get_heads()) == 1


def test_initial_revision_data_survives_upgrade_to_head(db_url):
    upgrade(db_url, "0001")
    assert current_revision(db_url) == "0001"
    assert "email" not in {c["name"] for c in inspect_columns(db_url, "users")}
    _insert_sample(db_url, "old")
    upgrade(db_url)
    assert current_revision(db_url) == HEAD
    assert "email" in {c["name"] for c in inspect_columns(db_url, "users")}
    _check_sample(db_url, "old")


def test_every_revision_step_keeps_data(db_url):
    """Generic: upgrade one revision at a time, adding data (as that revision's application wrote it)
    at each step; at the head every sample reads back through the store."""
    tags = []
    for rev in REVISIONS:
        upgrade(db_url, rev)
        assert current_revision(db_url) == rev
        tags.append(f"r{rev}")
        _insert_sample(db_url, tags[-1])
    for tag in tags:
        _check_sample(db_url, tag)
    assert current_revision(db_url) == HEAD


def test_downgrade_and_upgrade_again(db_url):
    upgrade(db_url)
    _insert_sample(db_url, "x")
    downgrade(db_url, "0001")
    assert current_revision(db_url) == "0001"
    upgrade(db_url)
    _check_sample(db_url, "x")


def test_upgrade_is_idempotent(db_url):
    upgrade(db_url)
    upgrade(db_url)
    open_store(db_url).close()
    assert current_revision(db_url) == HEAD


def test_models_match_migration_head(db_url):
    upgrade(db_url)
    eng = make_engine(db_url)
    try:
        with eng.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(ctx, Base.metadata)
    finally:
        eng.dispose()
    assert diff == []


def test_concurrent_first_start_from_several_processes(db_url):
    """Three processes migrate the same empty database at the same moment."""
    code = (
        "import sys; from trainer.storage import open_store; "
        "st = open_store(sys.argv[1]); print(st.ensure_admin() is not None); st.close()"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen([sys.executable, "-c", code, db_url], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, env=env)
        for _ in range(3)
    ]  # fmt: skip
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err for _, err in outs]
    assert sorted(out.strip() for out, _ in outs) == ["False", "False", "True"]  # one admin, created once
    assert current_revision(db_url) == HEAD


def inspect_columns(url: str, table: str) -> list[dict]:
    eng = make_engine(url)
    try:
        with eng.connect() as conn:
            return inspect(conn).get_columns(table)
    finally:
        eng.dispose()


# -- URL resolution and SQLite settings (no database server needed) ------------------------------


def test_database_url_resolution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("TRAINER_DATABASE_URL", raising=False)
    monkeypatch.delenv("TRAINER_DATA_DIR", raising=False)
    assert database_url("sqlite:///x.db") == "sqlite:///x.db"
    monkeypatch.chdir(tmp_path)
    assert database_url() == f"sqlite:///{tmp_path / 'data' / 'trainer.db'}"
    assert (tmp_path / "data").is_dir()
    monkeypatch.setenv("TRAINER_DATA_DIR", str(tmp_path / "elsewhere" / "deep"))
    assert database_url() == f"sqlite:///{tmp_path / 'elsewhere' / 'deep' / 'trainer.db'}"
    assert (tmp_path / "elsewhere" / "deep").is_dir()
    monkeypatch.setenv("TRAINER_DATABASE_URL", "postgresql+psycopg://u@h/db")
    assert database_url() == "postgresql+psycopg://u@h/db"
    assert database_url("sqlite:///explicit.db") == "sqlite:///explicit.db"


def test_open_store_default_creates_sqlite_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("TRAINER_DATABASE_URL", raising=False)
    monkeypatch.setenv("TRAINER_DATA_DIR", str(tmp_path / "d"))
    st = open_store()
    try:
        assert (tmp_path / "d" / "trainer.db").exists()
        assert st.ensure_admin()
    finally:
        st.close()


def test_sqlite_connection_settings(tmp_path: Path):
    eng = make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    try:
        with eng.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    finally:
        eng.dispose()


def test_sqlite_foreign_keys_enforced(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'fk.db'}"
    upgrade(url)
    eng = make_engine(url)
    try:
        with pytest.raises(Exception, match="FOREIGN KEY"):
            with eng.begin() as conn:
                conn.execute(text("INSERT INTO turns (attempt_id, idx, role, text, created_at)"
                                  " VALUES (999, 0, 'agent', 'x', '2026-01-01')"))  # fmt: skip
    finally:
        eng.dispose()


def test_a_store_at_head_opens_without_alembic(tmp_path: Path):
    """The head read from the migration files is Alembic's; a database at head is opened without
    importing Alembic (a server start), one behind it is migrated as before."""
    from trainer.storage.db import at_head, head_revision

    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    assert not at_head(url)  # no database yet
    open_store(url).close()
    assert at_head(url)
    code = ("import sys; from trainer.storage import open_store; open_store(sys.argv[1]).close(); "
            "print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, url], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"
    downgrade(url, REVISIONS[-2])
    assert not at_head(url)
    open_store(url).close()
    assert current_revision(url) == HEAD
