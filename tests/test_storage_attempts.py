"""Attempts: atomic turn recording, resume after restart, finishing, listing, flat rows."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from conftest_storage import FAST_HASHER, play, result_of
from sqlalchemy import event

from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import Context, Transcript, Turn
from trainer.simulation.library import Library, scoring_settings
from trainer.storage import (
    ATTEMPT_ROW_KEYS,
    CRITERION_ROW_KEYS,
    Conflict,
    NotFound,
    PermissionDenied,
    open_store,
)


def test_record_turn_appends_and_saves_state(store, world):
    t = world.t_a1
    aid = store.start_attempt(t, "pension-01", "3", 7, "practice", "et", "chat", {"node": "start"})
    assert store.record_turn(t, aid, "client", "Tere!", 0.0, {"node": "n1", "facts": {"a": 1}}) == 0
    assert store.record_turn(t, aid, "agent", "Tere, kuidas saan aidata?", 4.5, {"node": "n2"}) == 1
    info = store.get_attempt(t, aid)
    assert [(x.idx, x.role, x.text, x.at) for x in info.turns] == [
        (0, "client", "Tere!", 0.0),
        (1, "agent", "Tere, kuidas saan aidata?", 4.5),
    ]
    assert info.engine_state == {"node": "n2"}
    assert (info.status, info.seed, info.scenario_version, info.mode) == ("active", 7, "3", "practice")
    # engine_state=None keeps the stored state; at=None is computed from the start time
    store.record_turn(t, aid, "client", "Aitäh", None, None)
    info = store.get_attempt(t, aid)
    assert info.engine_state == {"node": "n2"} and info.turns[-1].at >= 0


def test_record_turn_is_atomic(store, world):
    """When the transaction fails, neither the turn nor the new engine state is stored."""
    t = world.t_a1
    aid = store.start_attempt(t, "s", "1", 1, "practice", "et", "chat", {"node": "start"})
    store.record_turn(t, aid, "client", "first", 0.0, {"node": "after-first"})

    def boom(session):
        raise RuntimeError("crash before commit")

    event.listen(store._sessions, "before_commit", boom)
    try:
        with pytest.raises(RuntimeError):
            store.record_turn(t, aid, "agent", "second", 1.0, {"node": "after-second"})
    finally:
        event.remove(store._sessions, "before_commit", boom)
    info = store.get_attempt(t, aid)
    assert [x.text for x in info.turns] == ["first"]
    assert info.engine_state == {"node": "after-first"}
    assert store.record_turn(t, aid, "agent", "second", 1.0, {"node": "after-second"}) == 1


def test_resume_after_restart(db_url, store, world):
    t = world.t_a1
    store.start_attempt(t, "other", "1", 1, "practice", "et", "chat", {"node": "x"})
    aid = store.start_attempt(t, "pension-01", "3", 9, "test", "ru", "phone", {"node": "start"})
    for i in range(5):
        store.record_turn(t, aid, "client" if i % 2 == 0 else "agent", f"msg {i}", float(i), {"node": i, "log": list(range(i))})
    store.close()
    reopened = open_store(db_url, password_hasher=FAST_HASHER)  # a new process would do the same
    try:
        me = reopened.authenticate("t_a1", "correct horse")
        active = reopened.active_attempt(me, me.id, "pension-01")
        assert active is not None and active.id == aid
        assert [x.text for x in active.turns] == [f"msg {i}" for i in range(5)]
        assert active.engine_state == {"node": 4, "log": [0, 1, 2, 3]}
        assert (active.mode, active.language, active.channel) == ("test", "ru", "phone")
        assert reopened.active_attempt(me, me.id).id == aid  # latest of any scenario
        reopened.abandon_attempt(me, aid)
        assert reopened.active_attempt(me, me.id, "pension-01") is None
        assert reopened.active_attempt(me, me.id).scenario_id == "other"
    finally:
        reopened.close()


def test_finish_stores_result_and_criteria(store, world):
    aid = play(store, world.t_a1)
    info = store.get_attempt(world.t_a1, aid)
    assert info.status == "finished" and info.finished_at is not None
    assert (info.score, info.passed, info.critical_failed) == (33.3, False, True)
    assert (info.rubric_id, info.rubric_version) == ("info-phone", "2")
    assert info.result["criteria"][0]["id"] == "greeting"
    assert info.engine_state == {"node": "end"}
    crit = {c.criterion_id: c for c in info.criteria}
    assert set(crit) == {"greeting", "identify", "closing"}
    assert crit["identify"].critical and crit["identify"].max_points == 2.0
    assert crit["greeting"].competencies == ["communication"]
    assert not any(c.overridden for c in info.criteria)
    with pytest.raises(Conflict):
        store.record_turn(world.t_a1, aid, "agent", "late", None, {})
    with pytest.raises(Conflict):
        store.finish_attempt(world.t_a1, aid, result_of(1))
    with pytest.raises(NotFound):
        store.finish_attempt(world.t_a1, 123456, result_of(1))


def test_finish_rejects_bad_criteria_without_partial_write(store, world):
    aid = store.start_attempt(world.t_a1, "s", "1", 1, "practice", "et", "chat", {})
    bad = result_of(1, criteria=[{"id": "a", "result": "pass", "points": 1, "max_points": 1,
                                     "critical": False, "competencies": []},
                                    {"id": "b", "result": "maybe", "points": 0, "max_points": 1,
                                     "critical": False, "competencies": []}])  # fmt: skip
    with pytest.raises(ValueError):
        store.finish_attempt(world.t_a1, aid, bad)
    info = store.get_attempt(world.t_a1, aid)
    assert info.status == "active" and info.criteria == ()


def test_list_attempts_filters(store, world):
    t = world.t_a1
    a = play(store, t, "s1")
    b = play(store, t, "s2")
    c = store.start_attempt(t, "s2", "1", 1, "practice", "et", "chat", {})
    assert [x.id for x in store.list_attempts(t)] == [c, b, a]
    assert [x.id for x in store.list_attempts(t, scenario_id="s2")] == [c, b]
    assert [x.id for x in store.list_attempts(t, status="active")] == [c]
    future = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    assert store.list_attempts(t, since=future) == []
    summary = store.list_attempts(t, scenario_id="s1")[0]
    assert summary.turn_count == 4 and summary.reviewed is False
    store.add_review(world.mentor_a, a, "ok")
    assert store.list_attempts(t, scenario_id="s1")[0].reviewed is True


def test_criterion_rows_shape_and_effective_result(store, world):
    a = play(store, world.t_a1)
    play(store, world.t_a2, mode="test")
    store.start_attempt(world.t_a1, "s", "1", 1, "practice", "et", "chat", {})  # active: excluded
    store.override_criterion(world.mentor_a, a, "identify", "pass", "code was asked in the second turn")
    rows = store.criterion_rows(world.lead_a)
    assert len(rows) == 6
    assert all(tuple(r) == CRITERION_ROW_KEYS for r in rows)
    ident = next(r for r in rows if r["attempt_id"] == a and r["criterion_id"] == "identify")
    assert ident["result"] == "pass" and ident["automatic_result"] == "fail" and ident["overridden"] is True
    assert (ident["points"], ident["max_points"]) == (2.0, 2.0)
    assert isinstance(ident["finished_at"], dt.datetime) and ident["finished_at"].tzinfo is not None
    greet = next(r for r in rows if r["attempt_id"] == a and r["criterion_id"] == "greeting")
    assert greet["overridden"] is False and greet["competencies"] == ["communication"]
    assert len(store.criterion_rows(world.lead_a, user_ids=[world.t_a2.id])) == 3
    assert len(store.criterion_rows(world.lead_a, mode="test")) == 3
    future = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    assert store.criterion_rows(world.lead_a, since=future) == []
    with pytest.raises(NotFound):
        store.criterion_rows(world.admin, user_ids=[987654])


def test_attempt_rows_shape(store, world):
    a = play(store, world.t_a1)
    active = store.start_attempt(world.t_a1, "s", "1", 1, "practice", "et", "chat", {})
    rows = store.attempt_rows(world.mentor_a)
    assert [r["attempt_id"] for r in rows] == [a]
    assert tuple(rows[0]) == ATTEMPT_ROW_KEYS
    assert rows[0]["duration_s"] >= 0 and rows[0]["score"] == 33.3
    every = store.attempt_rows(world.mentor_a, status=None)
    assert {r["attempt_id"] for r in every} == {a, active}


def test_row_queries_are_single_queries(store, world):
    """criterion_rows / attempt_rows cost a constant number of statements (no N+1)."""
    for _ in range(3):
        play(store, world.t_a1, turns=1)
        play(store, world.t_a2, turns=1)
    statements: list[str] = []

    def count(conn, cursor, statement, *args):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        rows = store.criterion_rows(world.lead_a)
        n_crit = len(statements)
        statements.clear()
        store.attempt_rows(world.lead_a)
        n_att = len(statements)
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
    assert len(rows) == 18
    assert n_crit <= 2 and n_att <= 2  # actor lookup + the joined query


def test_finish_stores_the_scorers_result_as_it_is(store, world):
    """A real ScoreResult (a leak before identification: critical) is stored without any patching."""
    rubric = Library.load(Path(__file__).parent.parent).rubrics["call-model"]
    transcript = Transcript(language="et", context=Context(identification_required=True, private_facts=["612,40"]),
                            turns=[Turn(role="client", text="Tere, millal mu pension tuleb?"),
                                   Turn(role="agent", text="Tere! Teie pension 612,40 eurot makstakse 5. kuupäeval.")])
    result = score_transcript(transcript, rubric, scoring_settings())
    assert result["critical_failed"] is True and "data_protection" in result["critical_failures"]
    aid = store.start_attempt(world.t_a1, "s", "1", 1, "test", "et", "chat", {})
    store.finish_attempt(world.t_a1, aid, result, None)
    info = store.get_attempt(world.t_a1, aid)
    assert (info.rubric_id, info.rubric_version, info.critical_failed) == ("call-model", str(rubric.version), True)
    assert info.score == 0.0 and info.passed is False
    assert [c.criterion_id for c in info.criteria] == [c["id"] for c in result["criteria"]]
    assert info.result["criteria"] == result["criteria"]


def test_finish_refuses_an_incomplete_result(store, world):
    aid = store.start_attempt(world.t_a1, "s", "1", 1, "test", "et", "chat", {})
    with pytest.raises(ValueError, match="critical_failed"):
        store.finish_attempt(world.t_a1, aid, {"score": 1.0, "passed": True, "rubric": "call-model",
                                               "rubric_version": "1", "criteria": []})
    assert store.get_attempt(world.t_a1, aid).status == "active"


def test_in_memory_sqlite_store_is_shared_between_threads():
    st = open_store("sqlite://")
    try:
        sysa = st.system_actor()
        st.create_user(sysa, "main", "kolm kassi katusel", "trainee")
        seen = []
        worker = threading.Thread(target=lambda: seen.extend(u.username for u in st.list_users(sysa)))
        worker.start()
        worker.join()
        assert seen == ["main"]
    finally:
        st.close()


def test_engine_state_json_conversion(store, world):
    t = world.t_a1
    aid = store.start_attempt(t, "s", "1", 1, "practice", "et", "chat", {"today": dt.date(2026, 1, 5)})
    store.record_turn(t, aid, "agent", "x", None, {"said": {"b", "a"}, "when": dt.datetime(2026, 1, 5, 9, 30)})
    info = store.get_attempt(t, aid)
    assert info.engine_state == {"said": ["a", "b"], "when": "2026-01-05T09:30:00"}
    with pytest.raises(TypeError):
        store.record_turn(t, aid, "agent", "y", None, {"bad": object()})
    with pytest.raises(ValueError):
        store.record_turn(t, aid, "agent", None, None, {})
    with pytest.raises(ValueError):
        store.finish_attempt(t, aid, result_of(1, criteria=[{"result": "pass"}]))
    assert [x.text for x in store.get_attempt(t, aid).turns] == ["x"]


# -- record_turns / attempt_state (the practice app's turn: one write, one light read) ------------

def _selects(store):
    statements: list[str] = []

    def count(conn, cursor, statement, *args):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    return statements, count


def test_record_turns_writes_all_turns_and_state_in_one_transaction(store, world):
    t = world.t_a1
    aid = store.start_attempt(t, "pension-01", "3", 7, "practice", "et", "chat", {"node": "start"})
    assert store.record_turn(t, aid, "client", "Tere!", 0.0, {"node": "n1"}) == 0
    commits: list[int] = []
    listener = lambda session: commits.append(1)  # noqa: E731
    event.listen(store._sessions, "after_commit", listener)
    try:
        idx = store.record_turns(t, aid, [("agent", "Tere, kuidas saan aidata?", 4.5), ("client", "Pension hilineb.", 4.5)],
                                 {"node": "n2", "facts": {"a": 1}})
    finally:
        event.remove(store._sessions, "after_commit", listener)
    assert idx == [1, 2] and len(commits) == 1
    info = store.get_attempt(t, aid)
    assert [(x.idx, x.role, x.text, x.at) for x in info.turns] == [
        (0, "client", "Tere!", 0.0),
        (1, "agent", "Tere, kuidas saan aidata?", 4.5),
        (2, "client", "Pension hilineb.", 4.5),
    ]
    assert info.engine_state == {"node": "n2", "facts": {"a": 1}}
    # engine_state=None keeps the state; at=None is computed from the start time; [] writes nothing
    assert store.record_turns(t, aid, [("agent", "Aitäh", None)]) == [3]
    assert store.record_turns(t, aid, []) == []
    info = store.get_attempt(t, aid)
    assert info.engine_state == {"node": "n2", "facts": {"a": 1}} and info.turns[-1].at >= 0
    assert len(info.turns) == 4


def test_record_turns_is_atomic(store, world):
    """A crash before the commit stores neither the agent's turn nor the client's answer nor the state."""
    t = world.t_a1
    aid = store.start_attempt(t, "s", "1", 1, "practice", "et", "chat", {"node": "start"})
    store.record_turns(t, aid, [("client", "first", 0.0)], {"node": "after-first"})

    def boom(session):
        raise RuntimeError("crash before commit")

    event.listen(store._sessions, "before_commit", boom)
    try:
        with pytest.raises(RuntimeError):
            store.record_turns(t, aid, [("agent", "reply", 1.0), ("client", "answer", 1.0)], {"node": "after"})
    finally:
        event.remove(store._sessions, "before_commit", boom)
    info = store.get_attempt(t, aid)
    assert [x.text for x in info.turns] == ["first"] and info.engine_state == {"node": "after-first"}
    # an invalid turn anywhere in the list: nothing written
    with pytest.raises(ValueError):
        store.record_turns(t, aid, [("agent", "reply", 1.0), ("robot", "answer", 1.0)], {"node": "x"})
    with pytest.raises(ValueError):
        store.record_turns(t, aid, [("agent", "reply", 1.0), ("client", None, 1.0)], {"node": "x"})
    with pytest.raises(TypeError):
        store.record_turns(t, aid, [("agent", "reply", 1.0)], {"bad": object()})
    info = store.get_attempt(t, aid)
    assert [x.text for x in info.turns] == ["first"] and info.engine_state == {"node": "after-first"}
    assert store.record_turns(t, aid, [("agent", "reply", 1.0), ("client", "answer", 1.0)], {"node": "after"}) == [1, 2]


def test_record_turns_permissions_and_status(store, world):
    aid = store.start_attempt(world.t_a1, "s", "1", 1, "practice", "et", "chat", {})
    for other in (world.t_a2, world.mentor_a, world.lead_a):
        with pytest.raises(PermissionDenied):
            store.record_turns(other, aid, [("agent", "x", 0.0)], {})
    with pytest.raises(NotFound):
        store.record_turns(world.t_a1, aid + 999, [("agent", "x", 0.0)], {})
    store.abandon_attempt(world.t_a1, aid)
    with pytest.raises(Conflict):
        store.record_turns(world.t_a1, aid, [("agent", "x", 0.0)], {})
    assert store.get_attempt(world.t_a1, aid).turns == ()


def test_attempt_state_is_one_query(store, world):
    t = world.t_a1
    aid = store.start_attempt(t, "pension-01", "3", 7, "test", "et", "chat", {"node": "start"})
    store.record_turns(t, aid, [("client", "Tere!", 0.0)], {"node": "n1", "facts": {"a": 1}})
    statements, count = _selects(store)
    event.listen(store.engine, "before_cursor_execute", count)
    try:
        state = store.attempt_state(t, aid)
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
    assert len(statements) == 1
    info = store.get_attempt(t, aid)
    assert (state.id, state.user_id, state.status, state.mode, state.seed, state.scenario_id) == (
        aid, t.id, "active", "test", 7, "pension-01")
    assert state.started_at == info.started_at and state.started_at.tzinfo is not None
    assert state.engine_state == {"node": "n1", "facts": {"a": 1}}
    store.finish_attempt(t, aid, result_of(1.0), {"node": "end"})
    state = store.attempt_state(t, aid)
    assert (state.status, state.engine_state) == ("finished", {"node": "end"})


def test_attempt_state_permissions(store, world):
    """The same readers as get_attempt: own, the mentor, the lead of the organisation, admins."""
    aid = store.start_attempt(world.t_a1, "s", "1", 1, "practice", "et", "chat", {"n": 1})
    for reader in (world.t_a1, world.mentor_a, world.lead_a, world.admin, store.system_actor()):
        assert store.attempt_state(reader, aid).engine_state == {"n": 1}
        assert store.get_attempt(reader, aid).id == aid
    for stranger in (world.t_a2, world.mentor_a2, world.lead_b, world.mentor_b, world.t_b1):
        with pytest.raises(PermissionDenied):
            store.attempt_state(stranger, aid)
        with pytest.raises(PermissionDenied):
            store.get_attempt(stranger, aid)
    with pytest.raises(NotFound):
        store.attempt_state(world.t_a1, aid + 999)
    with pytest.raises(NotFound):
        store.attempt_state(store.system_actor(), aid + 999)
    with pytest.raises(PermissionDenied):
        store.attempt_state(None, aid)
    ghost = type(world.t_a1)(**{**world.t_a1.__dict__, "id": 99_999})
    with pytest.raises(PermissionDenied):
        store.attempt_state(ghost, aid)
    store.disable_user(store.system_actor(), world.t_a1.id)
    with pytest.raises(PermissionDenied):
        store.attempt_state(world.t_a1, aid)


def test_concurrent_record_turns_keep_each_pair_together(store, world):
    """Two browser tabs on one attempt: every reply stays next to its answer, indexes dense and unique."""
    t = world.t_a1
    aid = store.start_attempt(t, "s", "1", 1, "practice", "et", "chat", {})
    errors: list[BaseException] = []

    def worker(i: int) -> None:
        try:
            for k in range(4):
                store.record_turns(t, aid, [("agent", f"{i}-{k}", None), ("client", f"answer {i}-{k}", None)],
                                   {"last": f"{i}-{k}"})
        except BaseException as exc:  # noqa: BLE001 - asserted below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=120)
    assert errors == [] and not any(th.is_alive() for th in threads)
    turns = store.get_attempt(t, aid).turns
    assert [x.idx for x in turns] == list(range(64))
    for agent, client in zip(turns[::2], turns[1::2], strict=True):
        assert (agent.role, client.role, client.text) == ("agent", "client", f"answer {agent.text}")
    assert store.attempt_state(t, aid).engine_state == {"last": turns[-2].text}


def test_attempt_info_and_summary_share_their_columns(store, world):
    """AttemptInfo and AttemptSummary are built from the same AttemptBase columns: for a finished and
    an active attempt, every shared field agrees between get_attempt and list_attempts."""
    from dataclasses import fields

    from trainer.storage.records import AttemptBase

    finished = play(store, world.t_a1, passed=True)
    active = store.start_attempt(world.t_a1, "pension-01", "3", 7, "test", "ru", "phone", {"n": 0})
    store.record_turn(world.t_a1, active, "agent", "Добрый день", None, {"n": 1})
    summaries = {s.id: s for s in store.list_attempts(world.t_a1)}
    names = [f.name for f in fields(AttemptBase)]
    assert len(names) == 16 and names[:2] == ["id", "user_id"]
    for aid in (finished, active):
        info = store.get_attempt(world.t_a1, aid)
        assert {n: getattr(info, n) for n in names} == {n: getattr(summaries[aid], n) for n in names}
    info = store.get_attempt(world.t_a1, active)
    assert (info.mode, info.language, info.channel, info.status, info.seed) == ("test", "ru", "phone", "active", 7)
    assert (summaries[active].turn_count, len(info.turns)) == (1, 1)
    assert (summaries[finished].score, summaries[finished].passed, summaries[finished].rubric_id) == (
        33.3, True, "info-phone")
