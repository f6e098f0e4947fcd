"""Authentication: argon2 hashes, lock-out, disabled users, ensure_admin, password rules."""

from __future__ import annotations

import threading

import pytest
from argon2 import PasswordHasher
from conftest_storage import FAST_HASHER, PASSWORD
from sqlalchemy import select

from trainer.storage import AuthError, Conflict, PermissionDenied, open_store
from trainer.storage.models import User


def _hash_of(st, username: str) -> str:
    with st._read() as s:
        return s.scalar(select(User.password_hash).where(User.username == username))


def test_password_stored_as_argon2_hash(store, world):
    stored = _hash_of(store, "t_a1")
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored
    assert store.authenticate("t_a1", PASSWORD).id == world.t_a1.id


def test_wrong_password_and_unknown_user(store, world):
    with pytest.raises(AuthError) as exc:
        store.authenticate("t_a1", "wrong password")
    assert exc.value.reason == "invalid"
    with pytest.raises(AuthError) as exc:
        store.authenticate("nobody", PASSWORD)
    assert exc.value.reason == "invalid"


def test_lockout_after_five_failures_and_expiry(db_url, clock):
    st = open_store(db_url, password_hasher=FAST_HASHER, clock=clock)
    try:
        t = st.create_user(st.system_actor(), "t", PASSWORD, "trainee")
        for _ in range(4):
            with pytest.raises(AuthError) as exc:
                st.authenticate("t", "bad password")
            assert exc.value.reason == "invalid"
        with pytest.raises(AuthError) as exc:
            st.authenticate("t", "bad password")
        assert exc.value.reason == "locked"
        # even the right password is refused while locked
        with pytest.raises(AuthError) as exc:
            st.authenticate("t", PASSWORD)
        assert exc.value.reason == "locked"
        assert st.get_user(st.system_actor(), t.id).locked_until is not None
        clock.advance(minutes=14)
        with pytest.raises(AuthError):
            st.authenticate("t", PASSWORD)
        clock.advance(minutes=2)
        assert st.authenticate("t", PASSWORD).username == "t"
        info = st.get_user(st.system_actor(), t.id)
        assert info.failed_logins == 0 and info.locked_until is None
    finally:
        st.close()


def test_success_resets_failure_counter(store, world):
    for _ in range(4):
        with pytest.raises(AuthError):
            store.authenticate("t_a1", "bad password")
    store.authenticate("t_a1", PASSWORD)
    for _ in range(4):
        with pytest.raises(AuthError):
            store.authenticate("t_a1", "bad password")
    assert store.authenticate("t_a1", PASSWORD).id == world.t_a1.id


def test_lockout_is_configurable(db_url, clock):
    st = open_store(db_url, password_hasher=FAST_HASHER, clock=clock, lockout_threshold=2, lockout_minutes=1)
    try:
        st.create_user(st.system_actor(), "t", PASSWORD, "trainee")
        with pytest.raises(AuthError):
            st.authenticate("t", "bad password")
        with pytest.raises(AuthError) as exc:
            st.authenticate("t", "bad password")
        assert exc.value.reason == "locked"
        clock.advance(seconds=61)
        st.authenticate("t", PASSWORD)
    finally:
        st.close()


def test_disabled_user_refused_and_loses_rights(store, world):
    store.disable_user(world.lead_a, world.t_a1.id)
    with pytest.raises(AuthError) as exc:
        store.authenticate("t_a1", PASSWORD)
    assert exc.value.reason == "disabled"
    # a stale UserInfo of a disabled user no longer works as an actor
    with pytest.raises(PermissionDenied):
        store.list_attempts(world.t_a1)
    store.disable_user(world.lead_a, world.t_a1.id, disabled=False)
    assert store.authenticate("t_a1", PASSWORD).id == world.t_a1.id


def test_disable_permissions(store, world):
    with pytest.raises(PermissionDenied):
        store.disable_user(world.mentor_a, world.t_a1.id)
    with pytest.raises(PermissionDenied):
        store.disable_user(world.lead_b, world.t_a1.id)
    with pytest.raises(PermissionDenied):
        store.disable_user(world.lead_a, world.lead_a.id)


def test_ensure_admin_only_once(store):
    password = store.ensure_admin()
    assert password and len(password) >= 16
    assert store.ensure_admin() is None
    admin = store.authenticate("admin", password)
    assert admin.role == "admin"
    assert _hash_of(store, "admin").startswith("$argon2")


def test_ensure_admin_none_when_users_exist(store, world):
    assert store.ensure_admin() is None


def test_password_rules_and_changes(store, world):
    with pytest.raises(ValueError):
        store.create_user(store.system_actor(), "short", "1234567", "trainee")
    with pytest.raises(ValueError):
        store.set_password(world.t_a1, world.t_a1.id, "short")
    store.set_password(world.t_a1, world.t_a1.id, "a new password")
    assert store.authenticate("t_a1", "a new password").id == world.t_a1.id
    with pytest.raises(AuthError):
        store.authenticate("t_a1", PASSWORD)
    with pytest.raises(PermissionDenied):
        store.set_password(world.t_a2, world.t_a1.id, "hijacked password")
    with pytest.raises(PermissionDenied):
        store.set_password(world.mentor_a, world.t_a1.id, "hijacked password")
    store.set_password(world.lead_a, world.t_a1.id, "reset by lead")
    assert store.authenticate("t_a1", "reset by lead").id == world.t_a1.id


def test_create_user_rules(store, world):
    with pytest.raises(Conflict):
        store.create_user(store.system_actor(), "t_a1", PASSWORD, "trainee")
    with pytest.raises(PermissionDenied):
        store.create_user(world.mentor_a, "x1", PASSWORD, "trainee")
    with pytest.raises(PermissionDenied):
        store.create_user(world.t_a1, "x2", PASSWORD, "trainee")
    with pytest.raises(PermissionDenied):
        store.create_user(world.lead_a, "x3", PASSWORD, "admin")
    with pytest.raises(PermissionDenied):
        store.create_user(world.lead_a, "x4", PASSWORD, "trainee", org_id=world.org_b.id)
    with pytest.raises(ValueError):
        store.create_user(world.admin, "x5", PASSWORD, "superuser")
    u = store.create_user(world.lead_a, "x6", PASSWORD, "trainee", display_name="Mari Maasikas", language="ru")
    assert (u.org_id, u.display_name, u.language, u.role) == (world.org_a.id, "Mari Maasikas", "ru", "trainee")


def test_update_user(store, world):
    me = store.update_user(world.t_a1, world.t_a1.id, language="en", display_name="Me")
    assert (me.language, me.display_name) == ("en", "Me")
    with pytest.raises(PermissionDenied):
        store.update_user(world.t_a1, world.t_a1.id, mentor_id=world.mentor_a2.id)
    moved = store.update_user(world.lead_a, world.t_a1.id, mentor_id=world.mentor_a2.id)
    assert moved.mentor_id == world.mentor_a2.id
    with pytest.raises(PermissionDenied):
        store.update_user(world.lead_a, world.t_a1.id, role="lead")
    assert store.update_user(world.admin, world.t_a1.id, role="mentor").role == "mentor"


def test_weak_hash_is_upgraded_on_login(db_url):
    """A hash made with weaker parameters is re-hashed with the store's parameters at login."""
    weak = open_store(db_url, password_hasher=FAST_HASHER)
    weak.create_user(weak.system_actor(), "old", PASSWORD, "trainee")
    weak.close()
    strong_hasher = PasswordHasher(time_cost=2, memory_cost=2048, parallelism=1)
    strong = open_store(db_url, password_hasher=strong_hasher)
    try:
        strong.authenticate("old", PASSWORD)
        assert not strong_hasher.check_needs_rehash(_hash_of(strong, "old"))
        assert strong.authenticate("old", PASSWORD).username == "old"
    finally:
        strong.close()


def test_concurrent_failed_logins_all_counted(db_url, clock):
    """Failures from parallel requests are counted atomically: 5 at once lock the account."""
    st = open_store(db_url, password_hasher=FAST_HASHER, clock=clock)
    try:
        st.create_user(st.system_actor(), "t", PASSWORD, "trainee")
        threads = [threading.Thread(target=lambda: pytest.raises(AuthError, st.authenticate, "t", "bad password"))
                   for _ in range(5)]  # fmt: skip
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        with pytest.raises(AuthError) as exc:
            st.authenticate("t", PASSWORD)
        assert exc.value.reason == "locked"
    finally:
        st.close()


def test_single_sign_on_maps_the_providers_email_to_our_account(store, world):
    actor = store.system_actor()
    store.update_user(actor, world.t_a1.id, email="Mari.Maasikas@example.ee")
    # the address is matched without regard to case; the role is ours, not the provider's
    user = store.authenticate_email("mari.maasikas@EXAMPLE.ee")
    assert user.id == world.t_a1.id and user.role == "trainee"
    with pytest.raises(AuthError) as exc:
        store.authenticate_email("stranger@example.ee")
    assert exc.value.reason == "invalid"
    store.disable_user(actor, world.t_a1.id)
    with pytest.raises(AuthError) as exc:
        store.authenticate_email("mari.maasikas@example.ee")
    assert exc.value.reason == "disabled"
