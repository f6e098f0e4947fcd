"""Login page, first start, logout, language switch and role-aware navigation (AppTest)."""

from __future__ import annotations

import pytest

from trainer.app import testing as apptest
from trainer.i18n import t


@pytest.fixture
def app_env(app_home):
    return app_home


def test_first_start_prints_admin_password_once_and_login_page_says_where(app_env, capsys):
    at = apptest.new_app().run()
    assert not at.exception
    out = capsys.readouterr().out
    assert "username: admin" in out and "password:" in out
    assert [e.value for e in at.title] == [t("login.title", "et")]
    assert any(t("login.first_start", "et") == e.value for e in at.info)
    # a second start of the same store does not print it again
    from trainer.app.common import reset_stores

    reset_stores()
    apptest.new_app().run()
    assert "password:" not in capsys.readouterr().out


def test_login_wrong_password_then_right_then_logout(app_env):
    apptest.seed_users({"mari": "trainee"})
    at = apptest.new_app().run()
    assert not any(e.value == t("login.first_start", "et") for e in at.info)
    apptest.login(at, "mari", "wrong-password")
    assert [e.value for e in at.error] == [t("login.error.invalid", "et")]
    apptest.login(at, "mari", apptest.PASSWORD)
    assert not at.exception
    assert [e.value for e in at.title] == [t("catalogue.title", "et")]
    assert at.session_state["user_id"] > 0
    at.button(key="logout").click().run()
    assert [e.value for e in at.title] == [t("login.title", "et")]
    assert "user_id" not in at.session_state


def test_language_switch_translates_the_ui(app_env):
    apptest.seed_users({"mari": "trainee"})
    at = apptest.new_app().run()
    at.sidebar.selectbox[0].select("ru").run()
    assert [e.value for e in at.title] == [t("login.title", "ru")]
    apptest.login(at)
    assert [e.value for e in at.title] == [t("catalogue.title", "ru")]
    at.sidebar.selectbox[0].select("en").run()
    assert [e.value for e in at.title] == [t("catalogue.title", "en")]
    assert at.button(key="logout").label == t("app.logout", "en")


def test_navigation_registry_is_keyed_by_role():
    from trainer.app import main

    for role in ("trainee", "mentor", "lead", "admin"):
        keys = [spec.key for specs in main.pages_for(role).values() for spec in specs]
        assert keys[:5] == ["catalogue", "conversation", "result", "history", "progress"]
        assert ("mentees" in keys) == ("queue" in keys) == (role != "trainee")
        assert ("readiness" in keys) == (role in ("lead", "admin"))
    from trainer.app.common import PageSpec

    extra = PageSpec(key="mentor-review", title_key="nav.result", render=lambda: None)
    main.register(extra, {"mentor": "nav.practice"})
    try:
        assert "mentor-review" in [s.key for specs in main.pages_for("mentor").values() for s in specs]
        assert "mentor-review" not in [s.key for specs in main.pages_for("trainee").values() for s in specs]
    finally:
        main.PAGES.pop("mentor-review")
        main.NAVIGATION["mentor"]["nav.practice"].remove("mentor-review")


def test_the_users_own_language_is_used_after_login_unless_one_was_chosen(app_env):
    from trainer.app.testing import FAST_HASHER
    from trainer.storage import open_store

    store = open_store(password_hasher=FAST_HASHER)
    try:
        store.create_user(store.system_actor(), "olga", apptest.PASSWORD, "trainee", language="ru")
    finally:
        store.close()
    at = apptest.login(apptest.new_app(), "olga")
    assert [e.value for e in at.title] == [t("catalogue.title", "ru")]
    at.run()
    assert [e.value for e in at.title] == [t("catalogue.title", "ru")]
    at = apptest.new_app().run()
    at.sidebar.selectbox[0].select("en").run()
    apptest.login(at, "olga")
    assert [e.value for e in at.title] == [t("catalogue.title", "en")]


class _Identity(dict):
    """Stands in for ``st.user`` after an OIDC login (no identity provider runs in the tests)."""

    is_logged_in = True

    def __getattr__(self, name):
        return self[name]


def test_single_sign_on_button_only_when_configured_and_role_from_our_table(app_env, monkeypatch):
    import streamlit as st

    from trainer.storage import open_store

    seeded = apptest.seed_users({"mari": "mentor"})
    store = open_store()
    store.update_user(store.system_actor(), seeded["mari"].id, email="mari@example.ee")
    store.close()
    at = apptest.new_app().run()
    assert not [b for b in at.button if b.key == "sso_login"]  # no [auth] secrets: no SSO button
    at = apptest.new_app()
    at.secrets["auth"] = {"client_id": "trainer", "server_metadata_url": "https://idp.invalid/.well-known"}
    at.run()
    assert at.button(key="sso_login").label == t("login.sso", "et")
    # the provider vouched for an address we do not know: clear message, nobody signed in
    monkeypatch.setattr(st, "user", _Identity(email="someone@example.ee"))
    at.run()
    assert t("login.sso_unknown", "et", email="someone@example.ee") in [e.value for e in at.error]
    assert "user_id" not in at.session_state
    # a known address signs in that account, with the role from our users table
    monkeypatch.setattr(st, "user", _Identity(email="MARI@example.ee"))
    at.run()
    assert at.session_state["user_id"] == seeded["mari"].id
    assert [e.value for e in at.title] == [t("queue.title", "et")]  # a mentor lands on the review queue
    assert at.sidebar.caption[-1].value == t("app.signed_in_as", "et", name="Mari", role=t("role.mentor", "et"))


# -- security review: forced password change, sessions, lock-out, errors, `trainer app` defaults ------


def test_first_admin_sign_in_forces_a_new_password(app_env, capsys):
    import re

    apptest.new_app().run()
    password = re.search(r"password: (\S+)", capsys.readouterr().out).group(1)
    at = apptest.login(apptest.new_app(), "admin", password)
    assert [e.value for e in at.title] == [t("password.title", "en")]  # the admin's language is en
    assert [e.value for e in at.warning] == [t("password.forced", "en")]

    def change(current, new, repeat=None):
        at.text_input(key="pw_current").input(current)
        at.text_input(key="pw_new").input(new)
        at.text_input(key="pw_repeat").input(new if repeat is None else repeat)
        at.get("form_submit_button")[0].click()
        return at.run()

    change(password, "qwerty123456")
    assert [e.value for e in at.error] == [t("password.problem.common", "en")]
    change(password, "kaks kassi aknal", "kaks kassi aknal!")
    assert [e.value for e in at.error] == [t("password.mismatch", "en")]
    change("wrong-current-pw", "kaks kassi aknal")
    assert [e.value for e in at.error] == [t("password.wrong_current", "en")]
    change(password, "kaks kassi aknal")
    assert not at.exception
    assert [e.value for e in at.title] == [t("catalogue.title", "en")]
    # the generated password is gone; the new one signs in without the forced form
    at2 = apptest.login(apptest.new_app(), "admin", "kaks kassi aknal")
    assert [e.value for e in at2.title] == [t("catalogue.title", "en")]


def test_password_reset_signs_out_the_open_session(app_env):
    from trainer.app.testing import FAST_HASHER
    from trainer.storage import open_store

    seeded = apptest.seed_users({"mari": "trainee"})
    at = apptest.login(apptest.new_app())
    assert [e.value for e in at.title] == [t("catalogue.title", "et")]
    store = open_store(password_hasher=FAST_HASHER)
    try:
        store.set_password(store.system_actor(), seeded["mari"].id, "lähtestas juht 2026")
    finally:
        store.close()
    at.run()  # the next page load
    assert [e.value for e in at.title] == [t("login.title", "et")]
    assert "user_id" not in at.session_state
    apptest.login(at, "mari", "lähtestas juht 2026")
    assert [e.value for e in at.title] == [t("catalogue.title", "et")]


def test_lockout_answers_alike_for_unknown_and_known_names(app_env):
    apptest.seed_users({"mari": "trainee"})
    at = apptest.new_app().run()
    seen = {}
    for name in ("mari", "keegi-tundmatu"):
        seen[name] = []
        for _ in range(6):
            apptest.login(at, name, "vale parool 123")
            seen[name].append([e.value for e in at.error])
    assert seen["mari"] == seen["keegi-tundmatu"]
    assert seen["mari"][0] == [t("login.error.invalid", "et")]
    assert seen["mari"][-1] == [t("login.error.locked", "et")]


def test_errors_are_a_short_message_in_the_users_language_and_go_to_the_log(app_env, monkeypatch, caplog):
    from trainer.app.common import PageSpec
    from trainer.app.views import catalogue
    from trainer.storage import StoreUnavailable

    apptest.seed_users({"olga": "trainee"})

    def broken() -> None:
        raise OverflowError("date value out of range")

    monkeypatch.setattr(catalogue, "PAGE", PageSpec(key="catalogue", title_key="nav.catalogue", render=broken,
                                                     default=True))
    at = apptest.new_app()
    at.run()
    at.sidebar.selectbox[0].select("ru").run()
    with caplog.at_level("ERROR", logger="trainer.app"):
        apptest.login(at, "olga")
    assert not at.exception
    (message,) = [e.value for e in at.error]
    assert message.startswith(t("app.error", "ru", time="")[:30])
    assert "OverflowError" not in message and "Traceback" not in message
    assert any("OverflowError" in (r.exc_text or "") or r.exc_info for r in caplog.records)

    def full() -> None:
        raise StoreUnavailable("the database disk is full; nothing was saved", "disk_full")

    monkeypatch.setattr(catalogue, "PAGE", PageSpec(key="catalogue", title_key="nav.catalogue", render=full,
                                                     default=True))
    at.run()
    assert [e.value for e in at.error] == [t("app.store_error.disk_full", "ru")]


def test_trainer_app_listens_on_localhost_and_hides_error_details():
    from pathlib import Path

    from click.testing import CliRunner

    from trainer.cli import app, app_command

    cmd = app_command(Path("main.py"), 8601)
    assert cmd[cmd.index("--server.address") + 1] == "127.0.0.1"
    assert cmd[cmd.index("--client.showErrorDetails") + 1] == "none"
    assert app_command(Path("main.py"), 8601, "0.0.0.0")[cmd.index("--server.address") + 1] == "0.0.0.0"
    help_text = CliRunner().invoke(app, ["--help"]).output
    assert "--address" in help_text and "127.0.0.1" in help_text


def test_trainer_app_prepares_the_sign_in_page_while_the_server_starts(tmp_path, monkeypatch):
    """``trainer app`` runs Streamlit through trainer.app.serve: for the app (not another script) a
    thread opens the store once the server listens, before the first browser tab connects, so the
    sign-in page finds it open; Streamlit's scan for installed components is left out."""
    import asyncio
    import sys
    import threading
    from pathlib import Path

    import streamlit.web.cli
    from streamlit.components.v2.component_manager import BidiComponentManager
    from streamlit.web.server import Server

    from trainer.app import common, serve
    from trainer.cli import app_command

    assert app_command(Path("main.py"), 8601)[1:4] == ["-m", "trainer.app.serve", "run"]
    monkeypatch.setenv("TRAINER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("TRAINER_DATABASE_URL", raising=False)
    monkeypatch.setattr(sys, "argv", list(sys.argv))
    runs, prepared = [], threading.Event()
    monkeypatch.setattr(streamlit.web.cli, "main", lambda prog_name: runs.append(list(sys.argv)))
    real_prepare = serve.prepare
    monkeypatch.setattr(serve, "prepare", lambda: (real_prepare(), prepared.set()))
    started = []

    async def listening(self):  # stands in for the server's start (the patches below are undone)
        started.append(self)

    monkeypatch.setattr(Server, "start", listening)
    scan = BidiComponentManager.discover_and_register_components
    monkeypatch.setattr(BidiComponentManager, "discover_and_register_components", scan)
    common.reset_stores()
    serve.main(["run", str(Path(serve.__file__).parents[2] / "benchmarks" / "echo_app.py"), "--server.port", "1"])
    assert Server.start is listening and BidiComponentManager.discover_and_register_components is scan
    assert not prepared.wait(0.5) and not common._stores  # another script: nothing prepared
    serve.main(["run", str(serve.APP), "--server.port", "1"])
    assert BidiComponentManager.discover_and_register_components is not scan  # no component scan
    assert not prepared.wait(0.2)  # not before the server listens
    asyncio.run(Server.start("server"))
    assert started == ["server"] and prepared.wait(60)
    assert runs[-1] == ["streamlit", "run", str(serve.APP), "--server.port", "1"]
    store = common.get_store()  # the one the thread opened (migrated, with the admin)
    assert len(common._stores) == 1 and store.get_user_by_name(store.system_actor(), "admin") is not None
    common.reset_stores()
