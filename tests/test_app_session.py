"""Staying signed in (AppTest): the sign-in writes a signed cookie naming a server-side session; a new
tab / reload / server restart that sends it is signed in again; a password change, disabling, sign-out,
a forged or an expired cookie end it, with a message in the user's language; the connection message."""

from __future__ import annotations

import re
import time

import pytest

from trainer.app import session_cookie
from trainer.app import testing as apptest
from trainer.app.common import reset_stores
from trainer.i18n import t
from trainer.storage import open_store


@pytest.fixture
def app_env(app_home, monkeypatch):
    monkeypatch.delenv("TRAINER_CONFIG", raising=False)
    apptest.seed_users({"mari": "trainee", "tiina": "lead"}, org="SKA")
    return app_home


def scripts(at) -> list[str]:
    """The bodies of the st.html elements of the last run (scripts and styles)."""
    return [e.proto.body for e in at.get("html")]


def cookie_written(at) -> str | None:
    """The cookie value the page's script writes into the browser, if any."""
    for body in scripts(at):
        found = re.search(r'trainer_session=(v1\.[^;"]+);', body)
        if found:
            return found.group(1)
    return None


def cookie_deleted(at) -> bool:
    return any("trainer_session=; Path=/; Max-Age=0" in body for body in scripts(at))


def reload_with(monkeypatch, value: str | None):
    """A new browser tab (or a reload) whose page request carries the cookie ``value``."""
    monkeypatch.setattr(session_cookie, "request_cookie", lambda: value)
    return apptest.new_app().run()


def test_sign_in_writes_a_signed_cookie_and_a_reload_stays_signed_in(app_env, monkeypatch):
    at = apptest.login(apptest.new_app().run())
    assert [e.value for e in at.title] == [t("catalogue.title", "et")]
    value = cookie_written(at)
    assert value and value.startswith("v1.")
    assert "Max-Age=604800" in " ".join(scripts(at)) and "SameSite=Strict" in " ".join(scripts(at))
    session_id = session_cookie.verify(value)
    store = open_store()
    try:
        assert store.web_session_user(session_id).username == "mari"
    finally:
        store.close()
    assert cookie_written(at.run()) is None  # written once, not on every run

    again = reload_with(monkeypatch, value)
    assert not again.exception
    assert [e.value for e in again.title] == [t("catalogue.title", "et")]  # no sign-in form
    assert not [w for w in again.text_input if w.key in ("login_username", "login_password")]  # no sign-in boxes
    reset_stores()  # a server restart: the process forgets everything but the store and the secret file
    restarted = reload_with(monkeypatch, value)
    assert [e.value for e in restarted.title] == [t("catalogue.title", "et")]
    assert restarted.session_state["user_id"] == again.session_state["user_id"]


def test_a_password_change_elsewhere_ends_the_remembered_sign_in(app_env, monkeypatch):
    value = cookie_written(apptest.login(apptest.new_app().run()))
    tab = reload_with(monkeypatch, value)
    assert [e.value for e in tab.title] == [t("catalogue.title", "et")]
    store = open_store()
    try:
        actor = store.system_actor()
        mari = store.get_user_by_name(actor, "mari")
        store.set_password(actor, mari.id, "Uus-parool-2026 õhtul")
    finally:
        store.close()
    tab.run()  # the open tab: its next run finds the session ended
    assert [e.value for e in tab.title] == [t("login.title", "et")]
    assert t("session.ended", "et") in [e.value for e in tab.info]
    assert cookie_deleted(tab)
    fresh = reload_with(monkeypatch, value)  # a reload with the old cookie
    assert [e.value for e in fresh.title] == [t("login.title", "et")]
    assert t("session.ended", "et") in [e.value for e in fresh.info] and cookie_deleted(fresh)


def test_disabling_the_account_ends_it_too(app_env, monkeypatch):
    value = cookie_written(apptest.login(apptest.new_app().run()))
    store = open_store()
    try:
        lead = store.authenticate("tiina", apptest.PASSWORD)
        store.disable_user(lead, store.get_user_by_name(lead, "mari").id)
    finally:
        store.close()
    at = reload_with(monkeypatch, value)
    assert [e.value for e in at.title] == [t("login.title", "et")]


def test_sign_out_deletes_the_session_and_the_cookie(app_env, monkeypatch):
    value = cookie_written(apptest.login(apptest.new_app().run()))
    tab = reload_with(monkeypatch, value)
    tab.button(key="logout").click().run()
    assert [e.value for e in tab.title] == [t("login.title", "et")]
    assert cookie_deleted(tab)
    assert not tab.info  # a voluntary sign-out is not announced as an ended session
    tab.run()  # the page request still carries the old cookie: it does not sign in again
    assert [e.value for e in tab.title] == [t("login.title", "et")]
    store = open_store()
    try:
        with pytest.raises(Exception, match="ended"):
            store.web_session_user(session_cookie.verify(value))
    finally:
        store.close()
    assert [e.value for e in reload_with(monkeypatch, value).title] == [t("login.title", "et")]


def test_forged_and_expired_cookies_do_not_sign_in(app_env, monkeypatch):
    value = cookie_written(apptest.login(apptest.new_app().run()))
    _, session_id, expires, signature = value.split(".")
    longer = f"v1.{session_id}.{int(expires) + 86400}.{signature}"  # extended without the secret
    at = reload_with(monkeypatch, longer)
    assert [e.value for e in at.title] == [t("login.title", "et")] and cookie_deleted(at)
    other_key = session_cookie.sign(session_id, int(expires), key=b"x" * 32)
    assert [e.value for e in reload_with(monkeypatch, other_key).title] == [t("login.title", "et")]
    past = session_cookie.sign(session_id, int(time.time()) - 5)
    at = reload_with(monkeypatch, past)
    assert [e.value for e in at.title] == [t("login.title", "et")]
    assert t("session.expired", "et") in [e.value for e in at.info]


def test_the_secret_file_is_owner_only_and_a_configured_secret_wins(app_env, tmp_path, monkeypatch):
    apptest.login(apptest.new_app().run())
    path = session_cookie.secret_path()
    assert path.parent == (tmp_path / "data").resolve()
    assert path.stat().st_mode & 0o777 == 0o600 and len(path.read_text().strip()) == 64
    config = tmp_path / "trainer.yaml"
    config.write_text('sessions:\n  secret: {"$env": TRAINER_TEST_SESSION_SECRET}\n  lifetime_hours: 10\n')
    monkeypatch.setenv("TRAINER_CONFIG", str(config))
    monkeypatch.setenv("TRAINER_TEST_SESSION_SECRET", "s" * 40)
    assert session_cookie.secret_key() == b"s" * 40 and session_cookie.lifetime_seconds() == 36000
    at = apptest.login(apptest.new_app().run())
    value = cookie_written(at)
    assert "Max-Age=36000" in " ".join(scripts(at))
    assert session_cookie.verify(value, key=b"s" * 40) is not None
    assert t("session.remember", "et", hours=10) in [e.value for e in apptest.new_app().run().caption]


def test_the_connection_message_is_in_the_users_language(app_env):
    at = apptest.new_app().run()
    watcher = next(body for body in scripts(at) if "trainer-notice" in body)
    assert t("session.offline", "et") in watcher and "Ühendus katkes – vestlus on salvestatud" in watcher
    assert "Connection error" in watcher and "Page not found" in watcher  # what it replaces
    at.sidebar.selectbox[0].select("ru").run()
    watcher = next(body for body in scripts(at) if "trainer-notice" in body)
    assert "Соединение прервалось – разговор сохранён" in watcher
