"""Two app replicas = two separate Python processes on one PostgreSQL: an attempt a trainee starts
in one process is visible, with its turns, from the other (no sticky state in a process).

Each test uses a unique schema (dropped afterwards); skipped without TRAINER_TEST_POSTGRES_URL.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest
from conftest_storage import FAST_HASHER, PG_URL, schema_url
from sqlalchemy import create_engine, text

from trainer.storage import open_store

pytestmark = [pytest.mark.postgres, pytest.mark.skipif(not PG_URL, reason="TRAINER_TEST_POSTGRES_URL not set")]
ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "correct horse battery"

WRITER = """
import json, sys
from trainer.simulation.library import load_library
from trainer.onboarding.practice import PracticeService
from trainer.storage import open_store
store = open_store(sys.argv[1])
me = store.authenticate(sys.argv[2], sys.argv[3])
service = PracticeService(store, load_library())
aid = service.start(me, "pension-late-et", mode="test", seed=5)
service.send(me, aid, "Tere! Sotsiaalkindlustusamet, Mari kuuleb. Kuidas saan Teid aidata?")
print(json.dumps({"attempt": aid, "pid": __import__("os").getpid()}))
"""

READER = """
import json, sys
from trainer.storage import open_store
store = open_store(sys.argv[1])
me = store.authenticate(sys.argv[2], sys.argv[3])
active = store.active_attempt(me, me.id)
info = store.get_attempt(me, int(sys.argv[4]))
print(json.dumps({"active": active.id if active else None, "status": info.status, "mode": info.mode,
                  "turns": [[t.role, t.text] for t in info.turns], "state": bool(info.engine_state),
                  "pid": __import__("os").getpid()}))
"""


@pytest.fixture
def pg_url():
    schema = f"t_mp_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield schema_url(PG_URL, schema)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


def python(script: str, *args: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TRAINER_HOME": str(ROOT / "tests" / "fixtures" / "project")}
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(script), *args], capture_output=True, text=True,
                          env=env, cwd=str(ROOT), timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_attempt_started_in_one_process_is_visible_in_another(pg_url: str) -> None:
    store = open_store(pg_url, password_hasher=FAST_HASHER)
    try:
        store.create_user(store.system_actor(), "mari.tamm", PASSWORD, "trainee", display_name="Mari Tamm")
        other = store.create_user(store.system_actor(), "olga.ivanova", PASSWORD, "trainee", display_name="Ольга")
    finally:
        store.close()
    wrote = python(WRITER, pg_url, "mari.tamm", PASSWORD)
    seen = python(READER, pg_url, "mari.tamm", PASSWORD, str(wrote["attempt"]))
    assert wrote["pid"] != seen["pid"] and os.getpid() not in (wrote["pid"], seen["pid"])
    assert seen["active"] == wrote["attempt"] and seen["status"] == "active" and seen["mode"] == "test"
    assert seen["state"]  # the engine state travelled too: the other replica can resume
    roles = [r for r, _ in seen["turns"]]
    assert roles[0] == "agent" and "client" in roles  # phone: the agent opens, the client answers
    assert seen["turns"][0][1] == "Tere! Sotsiaalkindlustusamet, Mari kuuleb. Kuidas saan Teid aidata?"
    # and the other trainee's process may not read it
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TRAINER_HOME": str(ROOT / "tests" / "fixtures" / "project")}
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(READER), pg_url, other.username, PASSWORD,
                           str(wrote["attempt"])], capture_output=True, text=True, env=env, cwd=str(ROOT),
                          timeout=180, check=False)
    assert done.returncode != 0 and "PermissionDenied" in done.stderr
