"""Concurrency: many threads and several processes writing to the same store at once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading

from conftest_storage import PASSWORD, ROOT

N_THREADS = 20
N_CRITERIA = 10


def _result(i: int) -> dict:
    criteria = [
        {"id": f"c{k}", "result": "pass" if (i + k) % 3 else "fail", "points": float(k % 3), "max_points": 2.0,
         "critical": k == 0, "competencies": [f"comp{k % 4}"]}
        for k in range(N_CRITERIA)
    ]  # fmt: skip
    return {"score": float(i), "passed": i % 2 == 0, "critical_failed": False, "rubric": "r",
            "rubric_version": "1", "criteria": criteria, "trace": ["x" * 50] * 20}  # fmt: skip


def _run_threads(target, n: int) -> list[BaseException]:
    errors: list[BaseException] = []

    def wrapped(i: int) -> None:
        try:
            target(i)
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=wrapped, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not any(t.is_alive() for t in threads), "a writer thread hung"
    return errors


def test_twenty_threads_finish_attempts_at_once(store):
    sysa = store.system_actor()
    users = [store.create_user(sysa, f"trainee{i:02d}", PASSWORD, "trainee") for i in range(N_THREADS)]
    barrier = threading.Barrier(N_THREADS)
    ids: dict[int, int] = {}

    def worker(i: int) -> None:
        me = users[i]
        aid = store.start_attempt(me, f"scenario-{i % 3}", "1", i, "test", "et", "chat", {"node": "start"})
        ids[i] = aid
        for k in range(6):
            store.record_turn(me, aid, "client" if k % 2 == 0 else "agent", f"turn {k} of {i}", None, {"node": k})
        barrier.wait(timeout=60)  # everyone finishes at the same moment
        store.finish_attempt(me, aid, _result(i), {"node": "end", "i": i})

    errors = _run_threads(worker, N_THREADS)
    assert errors == []
    summaries = store.list_attempts(sysa)
    assert len(summaries) == N_THREADS and all(s.status == "finished" for s in summaries)
    for i, aid in ids.items():
        info = store.get_attempt(sysa, aid)
        assert info.user_id == users[i].id and info.score == float(i)
        assert info.engine_state == {"node": "end", "i": i}
        assert [t.idx for t in info.turns] == list(range(6))
        assert len(info.criteria) == N_CRITERIA and info.result["criteria"] == _result(i)["criteria"]
    assert len(store.criterion_rows(sysa)) == N_THREADS * N_CRITERIA


def test_concurrent_turns_on_one_attempt_get_distinct_indexes(store):
    """Two browser tabs on one attempt: no turn is lost, indexes stay dense and unique."""
    me = store.create_user(store.system_actor(), "tabs", PASSWORD, "trainee")
    aid = store.start_attempt(me, "s", "1", 1, "practice", "et", "chat", {})

    def worker(i: int) -> None:
        for k in range(5):
            store.record_turn(me, aid, "agent", f"{i}-{k}", None, {"last": f"{i}-{k}"})

    assert _run_threads(worker, 10) == []
    info = store.get_attempt(me, aid)
    assert [t.idx for t in info.turns] == list(range(50))
    assert sorted(t.text for t in info.turns) == sorted(f"{i}-{k}" for i in range(10) for k in range(5))
    assert info.engine_state["last"] == info.turns[-1].text  # state saved with the last turn


_CHILD = """
import json, sys
from argon2 import PasswordHasher
from trainer.storage import open_store
url, username, action = sys.argv[1], sys.argv[2], sys.argv[3]
st = open_store(url, password_hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
me = st.authenticate(username, "correct horse")
out = {"seen": sorted(a.id for a in st.list_attempts(me))}
if action == "play":
    aid = st.start_attempt(me, "from-child", "1", 1, "practice", "et", "chat", {"pid": 1})
    st.record_turn(me, aid, "agent", "written by the child process", 0.5, {"pid": 2})
    out["created"] = aid
elif action.startswith("many"):
    n = int(action[4:])
    for i in range(n):
        aid = st.start_attempt(me, f"bulk-{i}", "1", i, "practice", "et", "chat", {})
        st.record_turn(me, aid, "agent", "x", None, {"i": i})
        st.finish_attempt(me, aid, {"score": 1.0, "passed": True, "critical_failed": False, "rubric": "r",
            "rubric_version": "1", "criteria": [
            {"id": "a", "result": "pass", "points": 1, "max_points": 1, "critical": False, "competencies": []}]})
st.close()
print(json.dumps(out))
"""


def _child(db_url: str, username: str, action: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", _CHILD, db_url, username, action], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)  # fmt: skip


def _wait(proc: subprocess.Popen) -> dict:
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    return json.loads(out.strip().splitlines()[-1])


def test_separate_processes_see_each_others_attempts(store, db_url):
    me = store.create_user(store.system_actor(), "shared", PASSWORD, "trainee")
    mine = store.start_attempt(me, "from-parent", "1", 1, "practice", "et", "chat", {})
    first = _wait(_child(db_url, "shared", "play"))
    assert first["seen"] == [mine]
    theirs = store.get_attempt(me, first["created"])
    assert theirs.scenario_id == "from-child" and theirs.engine_state == {"pid": 2}
    assert [t.text for t in theirs.turns] == ["written by the child process"]
    second = _wait(_child(db_url, "shared", "read"))
    assert second["seen"] == sorted([mine, first["created"]])


def test_several_processes_write_at_once(store, db_url):
    sysa = store.system_actor()
    for i in range(4):
        store.create_user(sysa, f"proc{i}", PASSWORD, "trainee")
    procs = [_child(db_url, f"proc{i}", "many5") for i in range(4)]
    for p in procs:
        _wait(p)
    rows = store.attempt_rows(sysa)
    assert len(rows) == 20 and {r["username"] for r in rows} == {f"proc{i}" for i in range(4)}
    assert len(store.criterion_rows(sysa)) == 20
