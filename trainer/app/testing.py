"""Helpers for driving the app in tests and benchmarks (``streamlit.testing.v1.AppTest``).

Not used by the app itself. Point ``TRAINER_DATA_DIR`` (or ``TRAINER_DATABASE_URL``) at a temporary
place first, then :func:`seed_users`, :func:`new_app`, :func:`login` and :func:`play`.
"""

from __future__ import annotations

from pathlib import Path

from argon2 import PasswordHasher

MAIN = str(Path(__file__).resolve().parent / "main.py")
PASSWORD = "password-123"
# Cheap argon2 parameters: logins in tests stay fast; verification reads the parameters from the hash.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def seed_users(users: dict[str, str] | None = None, url: str | None = None) -> dict:
    """Create the admin and ``{username: role}`` users (password :data:`PASSWORD`) in the store of
    ``url`` (default: the environment's). Returns ``{username: UserInfo}`` plus ``"admin_password"``."""
    from trainer.storage import open_store

    store = open_store(url, password_hasher=FAST_HASHER)
    try:
        admin_password = store.ensure_admin()
        out: dict = {"admin_password": admin_password}
        actor = store.system_actor()
        for username, role in (users or {"mari": "trainee"}).items():
            out[username] = store.create_user(actor, username, PASSWORD, role,
                                              display_name=username.capitalize(), language="et")
        return out
    finally:
        store.close()


def new_app(timeout: float = 60):
    """A fresh AppTest session of the app (a new browser tab)."""
    from streamlit.testing.v1 import AppTest

    return AppTest.from_file(MAIN, default_timeout=timeout)


def login(at, username: str = "mari", password: str = PASSWORD):
    """Sign in through the login form; returns the AppTest after the run."""
    if not at._tree:  # noqa: SLF001 - never run yet
        at.run()
    at.text_input(key="login_username").input(username)
    at.text_input(key="login_password").input(password)
    at.button[0].click()
    return at.run()


def send(at, text: str):
    """Type a reply into the chat input and submit it."""
    return at.chat_input(key="reply").set_value(text).run()


def play(at, answers: list[str]):
    """Send the answers one by one, stopping when the app leaves the conversation page."""
    for answer in answers:
        if not at.chat_input:
            break
        send(at, answer)
    return at


def texts(at) -> list[str]:
    """Every st.text value on the page."""
    return [e.value for e in at.text]


def markdown(at) -> str:
    """All markdown / caption text of the page, joined."""
    return "\n".join([e.value for e in at.markdown] + [e.value for e in at.caption])
