"""Server-side records of signed-in browsers ("stay signed in"): a session signs its user in until it
expires, the password changes, the account is disabled or the user signs out; only a hash of the id is
stored; rights are enforced by the store (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest_storage import PASSWORD
from sqlalchemy import select

from trainer.storage import AuthError, PermissionDenied
from trainer.storage.models import WebSession


def test_a_session_signs_its_user_in_until_it_expires(store, world, clock):
    store.clock = clock
    me = store.authenticate("t_a1", PASSWORD)
    session = store.open_web_session(me, dt.timedelta(hours=8), source="ip:10.0.0.7")
    assert session.user_id == world.t_a1.id and session.expires_at == clock.now + dt.timedelta(hours=8)
    clock.advance(hours=7, minutes=59)
    user = store.web_session_user(session.id)
    assert (user.id, user.username, user.credential_version) == (world.t_a1.id, "t_a1", me.credential_version)
    clock.advance(minutes=1)
    with pytest.raises(AuthError) as err:
        store.web_session_user(session.id)
    assert err.value.reason == "expired"
    with pytest.raises(AuthError) as err:  # the refused record was deleted
        store.web_session_user(session.id)
    assert err.value.reason == "ended"


def test_only_a_hash_of_the_id_is_stored(store, world):
    session = store.open_web_session(world.t_a1)
    with store._read() as s:  # noqa: SLF001 - looking at the table itself
        rows = s.scalars(select(WebSession)).all()
    assert len(rows) == 1 and rows[0].id_hash != session.id and len(rows[0].id_hash) == 64
    assert session.id not in rows[0].id_hash
    with pytest.raises(AuthError):  # the stored value does not work as a session id
        store.web_session_user(rows[0].id_hash)


def test_a_password_change_ends_every_session_of_the_user(store, world):
    first = store.open_web_session(world.t_a1)
    second = store.open_web_session(world.t_a1)
    other = store.open_web_session(world.t_a2)
    updated = store.change_password(world.t_a1, PASSWORD, "Uus-parool-2026 õhtul")
    for session in (first, second):
        with pytest.raises(AuthError) as err:
            store.web_session_user(session.id)
        assert err.value.reason == "ended"
    assert store.web_session_user(other.id).id == world.t_a2.id  # someone else's stays
    fresh = store.open_web_session(updated)  # the browser that changed it signs in again at once
    assert store.web_session_user(fresh.id).credential_version == updated.credential_version


def test_a_reset_by_the_lead_and_disabling_end_the_session(store, world):
    session = store.open_web_session(world.t_a1)
    store.set_password(world.lead_a, world.t_a1.id, "Lähtestatud-parool-9", must_change=True)
    with pytest.raises(AuthError):
        store.web_session_user(session.id)
    me = store.authenticate("t_a1", "Lähtestatud-parool-9")
    session = store.open_web_session(me)
    assert store.web_session_user(session.id).must_change_password is True
    store.disable_user(world.lead_a, world.t_a1.id)
    with pytest.raises(AuthError) as err:
        store.web_session_user(session.id)
    assert err.value.reason == "ended"
    store.disable_user(world.lead_a, world.t_a1.id, disabled=False)  # re-enabling does not revive it
    with pytest.raises(AuthError):
        store.web_session_user(session.id)


def test_sign_out_deletes_the_record(store, world):
    session = store.open_web_session(world.mentor_a)
    assert store.end_web_session(session.id) is True
    assert store.end_web_session(session.id) is False
    with pytest.raises(AuthError):
        store.web_session_user(session.id)
    assert store.end_web_session("") is False


def test_a_stale_actor_cannot_open_a_session(store, world):
    store.set_password(world.admin, world.t_a1.id, "Uus-parool-2026 õhtul")
    with pytest.raises(PermissionDenied):  # world.t_a1 carries the old credential version
        store.open_web_session(world.t_a1)
    with pytest.raises(PermissionDenied):
        store.open_web_session(store.system_actor())
    with pytest.raises(ValueError):
        store.open_web_session(store.authenticate("t_a2", PASSWORD), dt.timedelta(0))


def test_signing_out_everywhere_and_listing_sessions_follow_the_rules(store, world, clock):
    store.clock = clock
    store.open_web_session(world.t_a1, source="ip:10.0.0.1")
    clock.advance(minutes=5)
    store.open_web_session(world.t_a1, source="ip:10.0.0.2")
    listed = store.web_sessions(world.lead_a, world.t_a1.id)
    assert [r["source"] for r in listed] == ["ip:10.0.0.2", "ip:10.0.0.1"]
    for stranger in (world.lead_b, world.t_a2, world.mentor_b):
        with pytest.raises(PermissionDenied):
            store.end_web_sessions(stranger, world.t_a1.id)
        with pytest.raises(PermissionDenied):
            store.web_sessions(stranger, world.t_a1.id)
    assert store.end_web_sessions(world.t_a1, world.t_a1.id) == 2
    assert store.web_sessions(world.t_a1, world.t_a1.id) == []


def test_opening_a_session_prunes_expired_and_outdated_records(store, world, clock):
    store.clock = clock
    old = store.open_web_session(world.t_a2, dt.timedelta(minutes=30))
    clock.advance(hours=1)
    store.open_web_session(world.t_a1)
    with store._read() as s:  # noqa: SLF001
        users = sorted(r.user_id for r in s.scalars(select(WebSession)))
    assert users == [world.t_a1.id]
    with pytest.raises(AuthError):
        store.web_session_user(old.id)


def test_last_seen_is_written_at_most_every_ten_minutes(store, world, clock):
    store.clock = clock
    session = store.open_web_session(world.t_a1)
    start = clock.now
    clock.advance(minutes=3)
    store.web_session_user(session.id)
    assert store.web_sessions(world.t_a1, world.t_a1.id)[0]["last_seen_at"] == start
    clock.advance(minutes=8)
    store.web_session_user(session.id)
    assert store.web_sessions(world.t_a1, world.t_a1.id)[0]["last_seen_at"] == clock.now


def test_replicas_share_the_sessions_through_the_database(store, world, db_url):
    """Two app processes (replicas) on one database: a sign-in on one is honoured by the other, and a
    sign-out or a password change on either ends it for both."""
    from conftest_storage import FAST_HASHER

    from trainer.storage import open_store

    other = open_store(db_url, password_hasher=FAST_HASHER)
    try:
        session = store.open_web_session(world.t_a1, source="ip:10.0.0.7")
        assert other.web_session_user(session.id).username == "t_a1"
        other.end_web_session(session.id)
        with pytest.raises(AuthError):
            store.web_session_user(session.id)
        session = other.open_web_session(store.authenticate("t_a1", PASSWORD))
        assert store.web_session_user(session.id).id == world.t_a1.id
        store.set_password(world.lead_a, world.t_a1.id, "Lähtestatud-parool-9")
        with pytest.raises(AuthError):
            other.web_session_user(session.id)
    finally:
        other.close()
