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


def seed_users(users: dict[str, str] | None = None, url: str | None = None, org: str | None = None) -> dict:
    """Create the admin and ``{username: role}`` users (password :data:`PASSWORD`) in the store of
    ``url`` (default: the environment's), all in a new organisation ``org`` when given (a lead sees
    only the people of their organisation). Returns ``{username: UserInfo}`` plus ``"admin_password"``."""
    from trainer.storage import open_store

    store = open_store(url, password_hasher=FAST_HASHER)
    try:
        admin_password = store.ensure_admin()
        out: dict = {"admin_password": admin_password}
        actor = store.system_actor()
        org_id = store.create_org(actor, org).id if org else None
        for username, role in (users or {"mari": "trainee"}).items():
            out[username] = store.create_user(actor, username, PASSWORD, role, org_id=org_id,
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


def search_catalogue(at, words: str):
    """Type ``words`` into the catalogue's search box (as a user finds a scenario that is not among the
    first cards of the list) and run."""
    return at.text_input(key="f_search").input(words).run()


def end_conversation(at):
    """Press "End conversation" and confirm it (the page asks first)."""
    at.button(key="end").click().run()
    return at.button(key="end_confirm").click().run()


def texts(at) -> list[str]:
    """Every st.text value on the page."""
    return [e.value for e in at.text]


def markdown(at) -> str:
    """All markdown / caption text of the page, joined."""
    return "\n".join([e.value for e in at.markdown] + [e.value for e in at.caption])


# -- fragment reruns, the way the browser asks for them -------------------------------------------
#
# ``AppTest.run()`` always reruns the whole script. In the browser a widget inside an ``st.fragment``
# (the conversation page's chat input) reruns only that fragment: the frontend sends the fragment id
# of the widget's element with the rerun request. :func:`send_in_fragment` does the same.

_FRAGMENT: dict[str, str | None] = {"send": None, "chat_input": None}


def enable_fragment_reruns() -> None:
    """Patch ``LocalScriptRunner.run`` (once per process): every run notes the fragment id of the
    chat input (:func:`chat_input_fragment`), and a run started by :func:`send_in_fragment` is a
    fragment rerun. Runs stay full reruns otherwise."""
    from dataclasses import replace

    from streamlit.runtime.scriptrunner_utils.script_requests import ScriptRequests
    from streamlit.testing.v1.local_script_runner import LocalScriptRunner

    if getattr(LocalScriptRunner.run, "_trainer_fragments", False):
        return
    plain_run = LocalScriptRunner.run

    def run(self, *args, **kwargs):
        fragment_id = _FRAGMENT["send"]
        if fragment_id:
            # AppSession starts a ScriptRunner with the browser's request as its first one; this runner
            # was made with an empty (full-run) request, which would absorb a fragment request
            self._requests = ScriptRequests()
            request = self.request_rerun
            self.request_rerun = lambda data: request(replace(data, fragment_id=fragment_id))
        tree = plain_run(self, *args, **kwargs)
        for msg in self.forward_msgs():
            if msg.HasField("delta") and msg.delta.new_element.WhichOneof("type") == "chat_input":
                _FRAGMENT["chat_input"] = msg.delta.fragment_id or None
        return tree

    run._trainer_fragments = True
    LocalScriptRunner.run = run


def chat_input_fragment() -> str | None:
    """The fragment id of the chat input of the latest run (None: not in a fragment)."""
    return _FRAGMENT["chat_input"]


def rerun_fragment(at, fragment_id: str | None = None):
    """Rerun only the fragment ``fragment_id`` (default: the chat input's), as the browser does after
    a widget inside it changed; the tree afterwards holds only what that run rendered. Needs
    :func:`enable_fragment_reruns`."""
    fragment_id = fragment_id or chat_input_fragment()
    if not fragment_id:
        raise AssertionError("the chat input is not inside a fragment")
    _FRAGMENT["send"] = fragment_id
    try:
        return at.run()
    finally:
        _FRAGMENT["send"] = None


def send_in_fragment(at, text: str):
    """Type a reply and submit it as the browser does: a rerun of the chat input's fragment only."""
    fragment_id = chat_input_fragment()
    at.chat_input(key="reply").set_value(text)
    return rerun_fragment(at, fragment_id)
