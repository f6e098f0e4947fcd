"""Findings of the security review 2026-11 fixed in the store, one test (at least) per finding:
sessions end on password change (M9), password rules (L13), the first admin password (L17), SSO
e-mails (L5), organisation boundaries (L1), accountability (L4), the system actor (L6), readiness
forgery (L7), owner-only files (L12), database errors (L8) and two tabs replying at once (M2)."""

from __future__ import annotations

import datetime as dt
import os
import stat
import threading
from datetime import date

import pytest
from conftest_storage import FAST_HASHER, FIXTURE_HOME, PASSWORD, play, result_of
from sqlalchemy import event, text

from trainer.storage import (
    Actor,
    AuthError,
    Conflict,
    PermissionDenied,
    StaleState,
    StoreUnavailable,
    WeakPassword,
    open_store,
    password_problem,
)
from trainer.storage.base import SystemActor

# -- M9: sessions end when the password changes or the account is disabled ------------------------


def test_password_reset_ends_the_running_session(store, world):
    session = store.authenticate("t_a1", PASSWORD)  # what the app keeps: id + credential version
    aid = store.start_attempt(session, "s", "1", 1, "practice", "et", "chat", {"n": 0})
    store.set_password(world.lead_a, world.t_a1.id, "uus parool lehel")
    for call in (lambda: store.list_attempts(session), lambda: store.attempt_state(session, aid),
                 lambda: store.record_turns(session, aid, [("agent", "Tere", None)], {"n": 1}),
                 lambda: store.get_user(session, session.id)):
        with pytest.raises(PermissionDenied, match="session ended"):
            call()
    fresh = store.authenticate("t_a1", "uus parool lehel")
    assert fresh.credential_version == session.credential_version + 1
    assert store.record_turns(fresh, aid, [("agent", "Tere", None)], {"n": 1}) == [0]


def test_an_actor_built_from_the_session_state_is_checked_too(store, world):
    """The app keeps (user id, credential version) in its session state and builds an Actor."""
    me = store.authenticate("t_a1", PASSWORD)
    actor = Actor(id=me.id, role="trainee", credential_version=me.credential_version)
    assert store.get_user(actor, me.id).username == "t_a1"
    store.disable_user(world.lead_a, me.id)
    store.disable_user(world.lead_a, me.id, disabled=False)  # re-enabled: the old session stays ended
    with pytest.raises(PermissionDenied):
        store.get_user(actor, me.id)


def test_own_password_change_keeps_the_new_session(store, world):
    me = store.authenticate("t_a1", PASSWORD)
    with pytest.raises(AuthError):
        store.change_password(me, "not my password", "päike paistab 2026")
    updated = store.change_password(me, PASSWORD, "päike paistab 2026")
    assert store.list_attempts(updated) == []
    with pytest.raises(PermissionDenied):
        store.list_attempts(me)
    assert store.authenticate("t_a1", "päike paistab 2026").id == me.id


# -- L13 / L17: password rules and the first admin password ---------------------------------------


@pytest.mark.parametrize(("password", "problem"), [
    ("lühike", "too_short"),
    ("1234567890", "common"),
    ("Password123", "common"),
    ("parool1234", "common"),
    ("qwerty12345", "common"),
    ("t_a1-on-parim", "contains_username"),
    ("aaaaaaaaaaaa", "too_simple"),
    ("ababababababab", "too_simple"),
    ("rukkilill ja rabarber", None),
    ("Сегодня хорошая погода", None),
])  # fmt: skip
def test_password_rules(password, problem):
    assert password_problem(password, "t_a1") == problem


def test_weak_passwords_are_refused_by_the_store(store, world):
    with pytest.raises(WeakPassword) as exc:
        store.create_user(store.system_actor(), "mari", "12345678", "trainee")
    assert exc.value.reason == "too_short"
    with pytest.raises(WeakPassword) as exc:
        store.set_password(world.t_a1, world.t_a1.id, "iloveyou123")
    assert exc.value.reason == "common"
    with pytest.raises(ValueError):  # WeakPassword is a ValueError: the CLI reports it cleanly
        store.create_user(store.system_actor(), "jaan.tamm", "jaan.tamm2026", "trainee")


def test_first_admin_must_change_the_printed_password(store):
    password = store.ensure_admin()
    admin = store.authenticate("admin", password)
    assert admin.must_change_password is True
    changed = store.change_password(admin, password, "haldur vahetas parooli")
    assert changed.must_change_password is False
    assert store.authenticate("admin", "haldur vahetas parooli").must_change_password is False
    with pytest.raises(AuthError):
        store.authenticate("admin", password)


def test_a_reset_can_force_a_change_at_next_sign_in(store, world):
    store.set_password(world.lead_a, world.t_a1.id, "ajutine parool 77", must_change=True)
    me = store.authenticate("t_a1", "ajutine parool 77")
    assert me.must_change_password
    assert not store.change_password(me, "ajutine parool 77", "minu oma parool 88").must_change_password


# -- L5: SSO e-mail addresses ------------------------------------------------------------------------


def test_sso_email_is_unique_and_not_self_service(store, world):
    store.update_user(world.admin, world.lead_a.id, email="Juhan.Juht@example.ee")
    with pytest.raises(Conflict):
        store.update_user(world.admin, world.t_a1.id, email="juhan.juht@EXAMPLE.ee")
    with pytest.raises(Conflict):
        store.create_user(world.admin, "teine", PASSWORD, "trainee", email="JUHAN.JUHT@example.ee")
    with pytest.raises(PermissionDenied):  # the review's takeover: a trainee claims the lead's address
        store.update_user(world.t_a1, world.t_a1.id, email="juhan.juht@example.ee")
    assert store.authenticate_email("juhan.juht@example.ee").id == world.lead_a.id


def test_sso_refuses_to_choose_between_accounts(store, world):
    """Duplicates from before the uniqueness check (or written around the store) are not guessed."""
    with store._write() as s:
        s.execute(text("UPDATE users SET email = 'jagatud@example.ee' WHERE id IN (:a, :b)"),
                  {"a": world.t_a1.id, "b": world.lead_a.id})
    with pytest.raises(AuthError) as exc:
        store.authenticate_email("jagatud@example.ee")
    assert exc.value.reason == "ambiguous"


# -- L1: organisation boundaries on every link ---------------------------------------------------------


def test_mentor_and_cohort_must_be_of_the_users_organisation(store, world):
    with pytest.raises(PermissionDenied):
        store.update_user(world.lead_a, world.t_a1.id, mentor_id=world.mentor_b.id)
    with pytest.raises(PermissionDenied):
        store.create_user(world.lead_a, "uus", PASSWORD, "trainee", mentor_id=world.mentor_b.id)
    cohort_b = store.create_cohort(world.lead_b, "B-2026-02")
    with pytest.raises(PermissionDenied):
        store.update_user(world.lead_a, world.t_a1.id, cohort_id=cohort_b.id)
    with pytest.raises(PermissionDenied):
        store.create_user(world.admin, "uus2", PASSWORD, "trainee", org_id=world.org_a.id, cohort_id=cohort_b.id)
    with pytest.raises(ValueError):
        store.update_user(world.lead_a, world.t_a2.id, mentor_id=world.t_a1.id)  # a trainee mentors nobody
    assert store.get_user(world.admin, world.t_a1.id).mentor_id == world.mentor_a.id


def test_nobody_mentors_or_grades_themself(store, world):
    with pytest.raises(PermissionDenied):
        store.update_user(world.lead_a, world.mentor_a.id, mentor_id=world.mentor_a.id)
    aid = play(store, world.mentor_a)
    with pytest.raises(PermissionDenied):
        store.override_criterion(world.mentor_a, aid, "identify", "pass", "minu arvates korras")
    with pytest.raises(PermissionDenied):
        store.override_criterion(world.admin, play(store, world.admin), "identify", "pass", "ise")


def test_leads_of_one_organisation_do_not_grade_each_other(store, world):
    lead_a2 = store.create_user(world.admin, "lead_a2", PASSWORD, "lead", org_id=world.org_a.id)
    aid = play(store, lead_a2)
    with pytest.raises(PermissionDenied):
        store.override_criterion(world.lead_a, aid, "identify", "pass", "kolleegi abi")
    with pytest.raises(PermissionDenied):
        store.add_review(world.lead_a, aid, "hea töö")
    assert store.get_attempt(world.lead_a, aid).id == aid  # reading stays allowed


def test_a_lead_without_organisation_sees_no_shared_pool(store, world):
    """A NULL organisation used to be one pool: an org-less lead read the admin's attempts and reset
    org-less users' passwords."""
    sysa = store.system_actor()
    orphan_lead = store.create_user(sysa, "lead_x", PASSWORD, "lead")
    orphan = store.create_user(sysa, "t_x", PASSWORD, "trainee")
    admin_attempt = play(store, store.create_user(sysa, "root2", PASSWORD, "admin"))
    with pytest.raises(PermissionDenied):
        store.get_attempt(orphan_lead, admin_attempt)
    with pytest.raises(PermissionDenied):
        store.set_password(orphan_lead, orphan.id, "ülevõtmine 12345")
    assert [u.username for u in store.list_users(orphan_lead)] == ["lead_x"]
    assert store.list_attempts(orphan_lead) == []


# -- L4: accountability -------------------------------------------------------------------------------


def test_account_changes_are_in_the_audit_trail(store, world):
    store.set_password(world.lead_a, world.t_a1.id, "lähtestatud parool 1")
    store.set_password(world.t_a2, world.t_a2.id, "minu uus parool 22")
    store.update_user(world.admin, world.mentor_a.id, role="lead")
    store.disable_user(world.lead_a, world.t_a2.id)
    store.disable_user(store.system_actor(), world.t_a2.id, disabled=False)
    events = [(e.action, e.actor_id, e.target_user_id) for e in store.audit_events(world.admin)
              if e.action != "user_create"]
    assert events == [
        ("password_reset", world.lead_a.id, world.t_a1.id),
        ("password_change", world.t_a2.id, world.t_a2.id),
        ("role_change", world.admin.id, world.mentor_a.id),
        ("disable", world.lead_a.id, world.t_a2.id),
        ("enable", None, world.t_a2.id),  # None: the CLI system actor
    ]
    role = next(e for e in store.audit_events(world.admin) if e.action == "role_change")
    assert role.details == {"old": "mentor", "new": "lead"}
    # a lead sees the events about their organisation only; a trainee those about themself
    assert {e.target_user_id for e in store.audit_events(world.lead_b)} <= {
        world.lead_b.id, world.mentor_b.id, world.t_b1.id}
    me = store.authenticate("t_a1", "lähtestatud parool 1")  # world.t_a1's session ended with the reset
    assert [e.action for e in store.audit_events(me)] == ["user_create", "password_reset"]


def test_turns_record_who_wrote_them_and_foreign_finishes_are_audited(store, world):
    aid = store.start_attempt(world.t_a1, "s", "1", 1, "practice", "et", "chat", {})
    store.record_turns(world.t_a1, aid, [("client", "Tere!", None), ("agent", "Tere, kuidas saan aidata?", None)])
    store.record_turns(world.admin, aid, [("agent", "Kirjutas administraator", None)])
    store.record_turn(store.system_actor(), aid, "agent", "Kirjutas süsteem")
    authors = [(t.text, t.author_id) for t in store.get_attempt(world.admin, aid).turns]
    assert authors == [("Tere!", world.t_a1.id), ("Tere, kuidas saan aidata?", world.t_a1.id),
                       ("Kirjutas administraator", world.admin.id), ("Kirjutas süsteem", None)]
    store.finish_attempt(world.admin, aid, result_of(100.0))
    (event,) = [e for e in store.audit_events(world.admin, world.t_a1.id) if e.action == "attempt_finish_by_other"]
    assert (event.actor_id, event.details) == (world.admin.id, {"attempt_id": aid, "score": 100.0})


def test_overrides_and_audit_events_form_hash_chains(store, world):
    aid = play(store, world.t_a1)
    for verdict, reason in (("pass", "isikut tuvastati küsimusega"), ("fail", "ei, ei tuvastatud"),
                            ("pass", "kuulasin salvestuse uuesti üle")):
        store.override_criterion(world.mentor_a, aid, "identify", verdict, reason)
    store.set_password(world.lead_a, world.t_a2.id, "lähtestatud parool 2")
    admin = world.admin
    assert store.verify_audit_chains(admin) == {"overrides": [], "audit_events": []}
    heads = store.audit_heads(admin)
    assert len(heads["overrides"]) == 64 and len(heads["audit_events"]) == 64
    with pytest.raises(PermissionDenied):
        store.verify_audit_chains(world.lead_a)
    ids = [o.id for o in store.get_attempt(admin, aid).overrides]
    with store._write() as s:  # someone with database access rewrites history
        s.execute(text("UPDATE overrides SET reason = 'muudetud' WHERE id = :i"), {"i": ids[1]})
    assert store.verify_audit_chains(admin)["overrides"] == [ids[1]]
    with store._write() as s:
        s.execute(text("UPDATE overrides SET reason = 'ei, ei tuvastatud' WHERE id = :i"), {"i": ids[1]})
        s.execute(text("DELETE FROM overrides WHERE id = :i"), {"i": ids[0]})
    assert store.verify_audit_chains(admin)["overrides"] == [ids[1]]  # the row after the gap
    first_event = store.audit_events(admin)[0].id
    with store._write() as s:
        s.execute(text("UPDATE audit_events SET action = 'unlock' WHERE id = :i"), {"i": first_event})
    assert store.verify_audit_chains(admin)["audit_events"] == [first_event]


def test_chains_hold_under_concurrent_overrides(store, world):
    aids = [play(store, world.t_a1) for _ in range(4)]
    errors = []

    def worker(aid: int) -> None:
        try:
            for k in range(5):  # alternate: an override to the current result is refused as a duplicate
                result = "fail" if k % 2 == 0 else "pass"
                store.override_criterion(world.mentor_a, aid, "greeting", result, f"paralleelne {k}")
        except Exception as exc:  # noqa: BLE001 - collected
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(a,)) for a in aids]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert store.verify_audit_chains(world.admin) == {"overrides": [], "audit_events": []}


# -- L6 / L7: the system actor and readiness ---------------------------------------------------------------


def test_system_actor_cannot_be_forged(store, world):
    aid = play(store, world.t_a1)
    forged = SystemActor(id=0, role="admin")
    for call in (lambda: store.get_attempt(forged, aid), lambda: store.list_users(forged),
                 lambda: store.attempt_state(forged, aid),
                 lambda: store.set_password(forged, world.t_a1.id, "ülevõtmine 12345")):
        with pytest.raises(PermissionDenied):
            call()
    other = open_store(store.url, password_hasher=FAST_HASHER)
    try:
        with pytest.raises(PermissionDenied):  # issued by another store object
            store.get_attempt(other.system_actor(), aid)
    finally:
        other.close()
    assert store.get_attempt(store.system_actor(), aid).id == aid


def test_trainee_cannot_certify_their_own_readiness(store, world):
    with pytest.raises(PermissionDenied):
        store.save_readiness_snapshot(world.t_a1, world.t_a1.id, "ready", {"forged": True})
    with pytest.raises(PermissionDenied):
        store.save_readiness_snapshot(world.mentor_b, world.t_a1.id, "ready", {})
    assert store.save_readiness_snapshot(world.mentor_a, world.t_a1.id, "behind", {}).status == "behind"
    assert store.save_readiness_snapshot(store.system_actor(), world.t_a1.id, "on_track", {}).status == "on_track"
    assert [r.status for r in store.readiness_snapshots(world.t_a1, world.t_a1.id)] == ["behind", "on_track"]


# -- L12 / L8: files and database errors ----------------------------------------------------------------


def test_store_files_and_data_folder_are_owner_only(tmp_path, monkeypatch):
    monkeypatch.delenv("TRAINER_DATABASE_URL", raising=False)
    monkeypatch.setenv("TRAINER_DATA_DIR", str(tmp_path / "data"))
    st = open_store(password_hasher=FAST_HASHER)
    try:
        st.ensure_admin()
    finally:
        st.close()
    assert stat.S_IMODE(os.stat(tmp_path / "data").st_mode) == 0o700
    files = sorted(p.name for p in (tmp_path / "data").iterdir())
    assert "trainer.db" in files
    for name in files:
        assert stat.S_IMODE(os.stat(tmp_path / "data" / name).st_mode) == 0o600, name


def test_disk_full_is_a_clear_store_error(tmp_path):
    st = open_store(f"sqlite:///{tmp_path / 'full.db'}", password_hasher=FAST_HASHER)
    try:
        me = st.create_user(st.system_actor(), "mari", PASSWORD, "trainee")
        aid = st.start_attempt(me, "s", "1", 1, "practice", "et", "chat", {})
        st.engine.dispose()

        @event.listens_for(st.engine, "connect")
        def _small(dbapi_connection, record):  # the database may not grow: "database or disk is full"
            page_count = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            dbapi_connection.execute(f"PRAGMA max_page_count = {page_count}")

        with pytest.raises(StoreUnavailable) as exc:
            for i in range(2000):
                st.record_turns(me, aid, [("agent", f"{i} " + "pikk vastus " * 200, None)])
        assert exc.value.reason == "disk_full"
        assert "disk is full" in str(exc.value)
        assert st.attempt_state(me, aid).status == "active"  # reading still works, data intact
    finally:
        st.close()


# -- M2: two tabs replying at the same moment -----------------------------------------------------------


def test_stale_state_version_is_refused(store, world):
    me = world.t_a1
    aid = store.start_attempt(me, "s", "1", 1, "practice", "et", "chat", {"turns": []})
    v0 = store.attempt_state(me, aid).state_version
    store.record_turns(me, aid, [("agent", "Tere (1. aken)", None)], {"turns": ["1"]}, expected_version=v0)
    with pytest.raises(StaleState):
        store.record_turns(me, aid, [("agent", "Tere (2. aken)", None)], {"turns": ["2"]}, expected_version=v0)
    assert isinstance(StaleState("x"), Conflict)
    with pytest.raises(StaleState):
        store.finish_attempt(me, aid, result_of(1.0), expected_version=v0)
    state = store.attempt_state(me, aid)
    assert (state.state_version, state.engine_state) == (v0 + 1, {"turns": ["1"]})
    assert [t.text for t in store.get_attempt(me, aid).turns] == ["Tere (1. aken)"]


@pytest.fixture(scope="module")
def library():
    from trainer.simulation.library import load_library

    return load_library(FIXTURE_HOME)


def test_two_tabs_replying_at_once_never_diverge(store, world, library):
    """Finding M2: 20 of 20 races used to leave the stored turns and the engine state disagreeing.
    Now exactly one tab wins each race, the other gets StaleState, and they always agree."""
    from trainer.onboarding.practice import PracticeService

    me = world.t_a1
    svc1, svc2 = (PracticeService(store, library, today=lambda: date(2026, 12, 7)) for _ in range(2))
    rounds, stale = 20, 0
    for r in range(rounds):
        aid = svc1.start(me, "pension-late-et", "practice", seed=r + 1)
        p1, p2 = svc1.load(me, aid, full=False), svc2.load(me, aid, full=False)
        before = p1.version
        barrier = threading.Barrier(2)
        outcome: dict[str, object] = {}

        def reply(name, svc, played, text, barrier=barrier, aid=aid, outcome=outcome):
            barrier.wait()
            try:
                svc.send(me, aid, text, played=played)
                outcome[name] = "ok"
            except StaleState:
                outcome[name] = "stale"
            except Exception as exc:  # noqa: BLE001 - reported by the assertion
                outcome[name] = repr(exc)

        threads = [threading.Thread(target=reply, args=("tab1", svc1, p1, "Tere! Sotsiaalkindlustusamet, Mari kuuleb.")),
                   threading.Thread(target=reply, args=("tab2", svc2, p2, "Tere, kuidas saan aidata?"))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(outcome.values()) == ["ok", "stale"], outcome
        stale += 1
        info = store.get_attempt(me, aid)
        stored = [(t.role, t.text) for t in info.turns]
        in_state = [(t["role"], t["text"]) for t in info.engine_state["turns"]]
        assert stored == in_state
        assert sum(1 for role, _ in stored if role == "agent") == 1
        assert info.state_version == before + 1  # one reply won
        # the stale tab reloads and carries on from the stored conversation
        again = svc2.load(me, aid, full=False)
        svc2.send(me, aid, "Mida soovite teada?", played=again)
        info = store.get_attempt(me, aid)
        assert [(t.role, t.text) for t in info.turns] == [(t["role"], t["text"]) for t in info.engine_state["turns"]]
    assert stale == rounds


def test_many_writers_on_one_attempt_with_versions(store, world):
    """Ten writers with read-modify-write of the state: the versions serialise them; whatever
    succeeds is exactly what the state says."""
    me = world.t_a1
    aid = store.start_attempt(me, "s", "1", 1, "practice", "et", "chat", {"texts": []})
    errors = []

    def worker(i: int) -> None:
        done = 0
        while done < 3:
            st = store.attempt_state(me, aid)
            text_ = f"kirjutaja {i} vastus {done}"
            try:
                store.record_turns(me, aid, [("agent", text_, None)],
                                   {"texts": [*st.engine_state["texts"], text_]}, expected_version=st.state_version)
                done += 1
            except StaleState:
                continue
            except Exception as exc:  # noqa: BLE001 - collected
                errors.append(exc)
                return

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    info = store.get_attempt(me, aid)
    assert [t.text for t in info.turns] == info.engine_state["texts"]
    assert len(info.turns) == 30 and info.state_version == 30
    assert dt.datetime.now(dt.UTC) >= info.started_at
