"""Users page (admin / lead): users without an organisation are flagged, a user is created, a password
reset and an account unlocked, each confirmed; the store's rules decide (AppTest)."""

from __future__ import annotations

import pytest

from trainer.app import testing as apptest
from trainer.i18n import t
from trainer.storage import AuthError, open_store


def _users_page() -> None:
    from trainer.app.views import users

    users.render()


@pytest.fixture
def admin_env(tmp_path, monkeypatch):
    monkeypatch.setenv("TRAINER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("TRAINER_DATABASE_URL", raising=False)
    monkeypatch.delenv("TRAINER_HOME", raising=False)
    seeded = apptest.seed_users({"mari": "trainee", "tiina": "mentor"})
    store = open_store(password_hasher=apptest.FAST_HASHER)
    try:
        admin = store.get_user_by_name(store.system_actor(), "admin")
        org = store.create_org(store.system_actor(), "SKA")
        # a mentor in the organisation (a mentor and their trainee must share it)
        seeded["liis"] = store.create_user(store.system_actor(), "liis", "Mentor-2026-parool", "mentor",
                                           display_name="Liis", org_id=org.id)
    finally:
        store.close()
    return seeded, admin, org


def _page(admin):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(_users_page, default_timeout=60)
    at.session_state["user_id"] = admin.id
    at.session_state["credential_version"] = admin.credential_version
    return at.run()


def test_admin_sees_users_without_org_creates_resets_and_unlocks(admin_env):
    seeded, admin, org = admin_env
    at = _page(admin)
    assert not at.exception, at.exception
    warning = at.warning[0].value
    assert "Mari" in warning and "Tiina" in warning and "Liis" not in warning  # seeded without an organisation
    table = at.dataframe[0].value
    assert {"Mari", "Tiina"} <= set(table["Nimi"]) and set(table["Roll"]) <= {"õppija", "mentor", "administraator",
                                                                                 "juht"}
    # create a trainee in the organisation with a mentor
    at.text_input(key="new_username").input("kadri.uus")
    at.text_input(key="new_name").input("Kadri Uus")
    at.text_input(key="new_password").input("Algus-2026-parool")
    at.selectbox(key="new_mentor").set_value(seeded["liis"].id)
    at.selectbox(key="new_org").set_value(org.id)
    at.button(key="create_user_submit").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert at.success[0].value == t("users.created", "et", name="Kadri Uus")
    # the same username again is refused with a message
    at.text_input(key="new_username").input("kadri.uus")
    at.text_input(key="new_password").input("Algus-2026-parool")
    at.button(key="create_user_submit").click().run()
    assert [e.value for e in at.error] == [t("users.taken", "et", username="kadri.uus")]
    store = open_store(password_hasher=apptest.FAST_HASHER)
    try:
        kadri = store.authenticate("kadri.uus", "Algus-2026-parool")
        assert (kadri.role, kadri.org_id, kadri.mentor_id) == ("trainee", org.id, seeded["liis"].id)
        # lock Mari out, then reset her password and unlock her from the page
        for _ in range(6):
            with pytest.raises(AuthError):
                store.authenticate("mari", "wrong-password")
        mari = seeded["mari"]
        at.selectbox(key="manage_user").set_value(mari.id)
        at.text_input(key="reset_password_text").input("Uus-parool-2026")
        at.button(key="reset_password_submit").click().run()
        assert at.success[0].value.startswith("Kasutaja Mari")
        assert store.authenticate("mari", "Uus-parool-2026").id == mari.id  # the reset also ends the lock-out
        for _ in range(6):
            with pytest.raises(AuthError):
                store.authenticate("mari", "wrong-password")
        with pytest.raises(AuthError):  # locked: even the right password is refused
            store.authenticate("mari", "Uus-parool-2026")
        at.button(key="unlock_user").click().run()
        assert at.success[0].value == t("users.unlocked", "et", name="Mari (mari)")
        assert store.authenticate("mari", "Uus-parool-2026").id == mari.id
    finally:
        store.close()
