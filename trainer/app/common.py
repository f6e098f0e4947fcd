"""Shared plumbing of the Streamlit pages: the store, library and service, the signed-in user,
translations, and the page registry helpers.

Session state is kept small: ``user_id`` with its ``credential_version``, the id of the signed-in
browser's server-side session (``web_session``), ``lang`` and ``attempt_id`` (plus transient flash
messages and a pending cookie change). Everything else is re-read from the store on each run.
"""

from __future__ import annotations

import html
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import streamlit as st

from trainer.app import session_cookie
from trainer.i18n import DEFAULT_LANGUAGE, normalize_language, t

if TYPE_CHECKING:  # imported when first used: the sign-in page after a server start does not wait for them
    from trainer.onboarding.practice import PracticeService
    from trainer.simulation.library import Library
from trainer.storage import (
    Actor,
    AuthError,
    NotFound,
    PermissionDenied,
    Store,
    UserInfo,
    database_url,
    open_store,
)

USER_ID = "user_id"
CRED_VERSION = "credential_version"  # the user's credential version at sign-in (see current_user)
LANG = "lang"
LANG_CHOSEN = "lang_chosen"  # the language was picked in the switch (else the user's own is used)
ATTEMPT_ID = "attempt_id"
FLASH = "flash"
WEB_SESSION = "web_session"  # the id of this browser's server-side session record (the cookie names it)
COOKIE_OP = "cookie_op"  # ("set", value, max_age) | ("delete",): to be written into the browser this run
COOKIE_REFUSED = "cookie_refused"  # a cookie value already found invalid (not checked again on every run)
SIGNED_OUT_NOTICE = "signed_out_notice"  # "ended" | "expired": why the sign-in page shows up (said once)


# -- process-wide resources ------------------------------------------------------------------------

@dataclass
class StoreResource:
    """The store of this server process, and the admin password when this start created it."""

    store: Store
    admin_created: bool = False


@st.cache_resource(show_spinner=False)
def _store_resource(database_url_env: str | None, data_dir_env: str | None, cwd: str) -> StoreResource:
    store = open_store(database_url())
    password = store.ensure_admin()
    if password:
        print(
            "\n=== trainer: first start, an administrator account was created ===\n"
            f"    username: admin\n    password: {password}\n"
            "    (shown only this once; the first sign-in asks for a new password)\n",
            file=sys.stdout,
            flush=True,
        )
    return StoreResource(store, admin_created=bool(password))


_stores: dict[tuple, StoreResource] = {}  # fast path: st.cache_resource lookups cost ~1 ms each


def store_resource() -> StoreResource:
    """The store, opened (and migrated) once per process and database URL (``TRAINER_DATABASE_URL``
    or ``TRAINER_DATA_DIR``); on an empty store the admin is created and its generated password
    printed once to the console (stdout)."""
    key = (os.environ.get("TRAINER_DATABASE_URL"), os.environ.get("TRAINER_DATA_DIR"), os.getcwd())
    found = _stores.get(key)
    if found is None:
        found = _stores[key] = _store_resource(*key)
    return found


def reset_stores() -> None:
    """Forget the opened stores (tests: simulate a server restart)."""
    _stores.clear()
    _store_resource.clear()


def get_store() -> Store:
    return store_resource().store


LIBRARY_CHECK_SECONDS = 2.0
_library_memo: dict[str, tuple[float, Library]] = {}


def get_library() -> Library:
    """The scenario library. :func:`load_library` reloads it when a YAML file changed; that check
    (a stat of every file) runs at most every :data:`LIBRARY_CHECK_SECONDS` per project folder."""
    from trainer.simulation.library import load_library

    key = os.environ.get("TRAINER_HOME") or os.getcwd()
    now = time.monotonic()
    memo = _library_memo.get(key)
    if memo is not None and now - memo[0] < LIBRARY_CHECK_SECONDS:
        return memo[1]
    lib = load_library()
    _library_memo[key] = (now, lib)
    return lib


@st.cache_resource(show_spinner=False)
def start_warm_up() -> threading.Thread:
    """Once per server process, after its first page (the sign-in page) was sent: import the pages, load
    the library and warm the scorer in a background thread, so neither that page nor the first reply
    waits (the sign-in page after a server start imports only what it shows).

    The first reply used to pay for pymorphy3's analyzer (~0.1-0.4 s), the first persona (Faker's
    providers) and compiling the phrase sets of the built-in signals and the rubric (~0.3-0.6 s).

    Then what is loaded so far (modules, library, dictionaries: ~300k objects) is frozen out of the
    garbage collector (:func:`freeze_loaded`).
    """
    def warm_up() -> None:
        from trainer.app.serve import background_work
        from trainer.simulation.library import load_library

        with background_work():
            import_pages()
            warm_up_scorer(load_library())
            freeze_loaded()

    thread = threading.Thread(target=warm_up, name="trainer-warm-up", daemon=True)
    thread.start()
    return thread


def freeze_loaded() -> None:
    """Move every object alive now into the garbage collector's permanent generation (``gc.freeze``).

    Streamlit runs a full collection after every script run, fragment runs included (the chat turn,
    the response-time indicator every 2 s): with the modules, scenario library and text dictionaries
    loaded that walks ~300k objects, 0.2-0.3 s on this kind of machine, and holds the GIL meanwhile, so
    the run's last messages (the checklist, "script finished") reached the browser that much later.
    Those objects live as long as the process anyway; frozen, a collection walks only what came after
    (sessions, caches), a few milliseconds."""
    import gc

    gc.collect()
    gc.freeze()


#: set by main: imports the page modules (the pages after the sign-in)
import_pages: Callable[[], object] = lambda: None  # noqa: E731


def warm_up_scorer(lib: Library) -> None:
    """Play one reply of one scenario per language (et, ru) and score it: loads the text analysers
    (compiled lexicon, pymorphy3) and compiles the phrase sets every conversation of that language uses."""
    import logging

    from trainer.simulation.dialogue import Conversation

    for lang in ("et", "ru"):
        scenario = next((s for s in lib.scenarios.values() if s.language == lang), None)
        if scenario is None:
            continue
        try:
            conversation = Conversation.start(scenario, lib)
            conversation.reply("Tere! Kuidas saan aidata?" if lang == "et" else "Здравствуйте! Чем могу помочь?")
            conversation.score()
        except Exception:  # noqa: BLE001 - a warm-up failure must not break the app; the first reply will show it
            logging.getLogger(__name__).warning("warm-up with scenario %s failed", scenario.id, exc_info=True)


def get_service() -> PracticeService:
    from trainer.onboarding.practice import PracticeService

    return PracticeService(get_store(), get_library())


# -- user and language -----------------------------------------------------------------------------

def lang() -> str:
    return normalize_language(st.session_state.get(LANG, DEFAULT_LANGUAGE))


def tr(key: str, **kw: object) -> str:
    """The UI message ``key`` in the session's language."""
    return t(key, lang(), **kw)


def current_user() -> UserInfo | None:
    """The signed-in user, re-read from the store on every run (None when signed out, deleted or
    disabled). The session keeps the user id and the credential version it signed in with; the
    store refuses that pair once the password changed or the account was disabled, and the
    session is signed out (security review M9). A browser signed in with "stay signed in" is checked
    through its server-side session record instead (:meth:`Store.web_session_user`: the record, its
    expiry, the credential version and the disabled flag), so signing out in another tab of the same
    browser also ends this one. Without a signed-in session, a valid session cookie sent with the page
    request signs the user in again (a reload, a server restart)."""
    uid = st.session_state.get(USER_ID)
    if uid is None:
        return resume_from_cookie()
    version = st.session_state.get(CRED_VERSION)
    web_session = st.session_state.get(WEB_SESSION)
    if web_session:
        try:
            user = get_store().web_session_user(web_session)
        except AuthError as exc:
            sign_out()
            st.session_state[SIGNED_OUT_NOTICE] = exc.reason
            return None
        if user.id != int(uid) or user.credential_version != version:
            sign_out()
            st.session_state[SIGNED_OUT_NOTICE] = "ended"
            return None
        return user
    actor = Actor(id=int(uid), role="trainee", credential_version=-1 if version is None else int(version))
    try:
        return get_store().get_user(actor, int(uid))
    except (NotFound, PermissionDenied):
        sign_out()
        return None


def resume_from_cookie() -> UserInfo | None:
    """Sign in from the "stay signed in" cookie of the page request, when it is genuine, unexpired and
    its server-side session still signs its user in; an invalid cookie is deleted from the browser."""
    value = session_cookie.request_cookie()
    if not value or value == st.session_state.get(COOKIE_REFUSED):
        return None
    session_id = session_cookie.verify(value)
    user = None
    reason = "expired" if session_cookie.expired(value) else "ended"
    if session_id is not None:
        try:
            user = get_store().web_session_user(session_id)
        except AuthError as exc:
            reason = exc.reason
    if user is None:
        st.session_state[COOKIE_REFUSED] = value
        st.session_state[COOKIE_OP] = ("delete",)
        st.session_state[SIGNED_OUT_NOTICE] = reason
        return None
    sign_in(user)
    st.session_state[WEB_SESSION] = session_id
    return user


def remember_sign_in(user: UserInfo, source: str | None = None) -> None:
    """Open a server-side session for the signed-in ``user`` and have the browser keep its signed
    cookie (written by :func:`write_cookie` in this or the next run): a reload or a server restart
    keeps the user signed in until the cookie expires (``sessions.lifetime_hours``)."""
    import datetime as dt

    lifetime = session_cookie.lifetime_seconds()
    old = st.session_state.pop(WEB_SESSION, None)
    store = get_store()
    if old:
        store.end_web_session(old)
    opened = store.open_web_session(user, dt.timedelta(seconds=lifetime), source=source)
    st.session_state[WEB_SESSION] = opened.id
    value = session_cookie.sign(opened.id, int(opened.expires_at.timestamp()))
    st.session_state[COOKIE_OP] = ("set", value, lifetime)
    st.session_state.pop(COOKIE_REFUSED, None)


def write_cookie() -> str | None:
    """The script that applies a pending cookie change in the browser (set after sign-in, delete after
    sign-out or a refused cookie), once; None when nothing is pending."""
    op = st.session_state.pop(COOKIE_OP, None)
    if not op:
        return None
    if op[0] == "set":
        return session_cookie.set_script(op[1], op[2])
    return session_cookie.delete_script()


def require_user() -> UserInfo:
    user = current_user()
    if user is None:
        st.stop()
    return user


def sign_in(user: UserInfo) -> None:
    """Keep the user id and credential version in the session (nothing else about the user)."""
    st.session_state[USER_ID] = user.id
    st.session_state[CRED_VERSION] = user.credential_version
    if not st.session_state.get(LANG_CHOSEN):
        st.session_state[LANG] = normalize_language(user.language)
    st.session_state.pop(ATTEMPT_ID, None)


def sign_out() -> None:
    """Forget the user in this session, end the browser's server-side session and delete its cookie."""
    web_session = st.session_state.pop(WEB_SESSION, None)
    for key in (USER_ID, CRED_VERSION, ATTEMPT_ID, FLASH):
        st.session_state.pop(key, None)
    cookie = session_cookie.request_cookie()
    if cookie:
        st.session_state[COOKIE_REFUSED] = cookie  # the page request's cookie is ended: do not resume it
    st.session_state[COOKIE_OP] = ("delete",)
    if web_session:
        get_store().end_web_session(web_session)


def flash(kind: str, key: str, **kw: object) -> None:
    """A message shown once on the next run (after a page switch)."""
    st.session_state[FLASH] = (kind, key, kw)


def show_flash() -> None:
    item = st.session_state.pop(FLASH, None)
    if item:
        kind, key, kw = item
        getattr(st, kind, st.info)(tr(key, **kw))


# -- pages -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PageSpec:
    """One page of the app: its module provides ``PAGE = PageSpec(...)``.

    ``key`` doubles as the URL path; ``title_key`` is a message key. Which roles see the page is
    decided by the registry in ``trainer/app/main.py``.
    """

    key: str
    title_key: str
    render: Callable[[], None]
    icon: str | None = None
    default: bool = False

    def page(self, default: bool | None = None) -> st.Page:
        """The st.Page (``default`` overrides the spec's: the landing page differs by role)."""
        return st.Page(self.render, title=tr(self.title_key), icon=self.icon, url_path=self.key,
                       default=self.default if default is None else default)


_PAGES: dict[str, PageSpec] = {}


def set_pages(pages: dict[str, PageSpec]) -> None:
    """Called by main with the registry, so pages can switch to each other by key. The registry is
    replaced in one step, never emptied, so another session's ``goto`` never sees it half-built."""
    global _PAGES
    if _PAGES != pages:
        _PAGES = dict(pages)


def is_registered(key: str) -> bool:
    """Whether the page ``key`` is part of this app (a page rendered alone in a test has no registry)."""
    return key in _PAGES


def goto(key: str, **query_params: object) -> None:
    """Switch to the registered page ``key`` (ends this run), with ``query_params`` in the address."""
    st.switch_page(_PAGES[key].page(), query_params={k: str(v) for k, v in query_params.items()} or None)


def page_link(key: str, label: str, icon: str | None = None, **query_params: object) -> None:
    """A link to the registered page ``key`` (with ``query_params``), e.g. ``result?attempt=12``;
    a plain caption when the page is not registered for this user."""
    spec = _PAGES.get(key)
    if spec is None:
        st.caption(label)
        return
    st.page_link(spec.page(), label=label, icon=icon, query_params={k: str(v) for k, v in query_params.items()})


PENDING_ATTEMPT = "pending_attempt"


def remember_link() -> None:
    """Before sign-in: keep the attempt a link points to (``?attempt=ID``), to open it after sign-in."""
    wanted = st.query_params.get("attempt")
    if wanted and str(wanted).isdigit():
        st.session_state[PENDING_ATTEMPT] = int(wanted)


def follow_link() -> None:
    """After sign-in: open the attempt a link pointed to before signing in (see :func:`remember_link`)."""
    wanted = st.session_state.pop(PENDING_ATTEMPT, None)
    if wanted is not None and "result" in _PAGES:
        st.session_state[ATTEMPT_ID] = wanted
        goto("result", attempt=wanted)


_MD_SPECIAL = "\\`*_{}[]()#+-.!|<>~$:"


def md_escape(text: str) -> str:
    """Backslash-escape markdown syntax so text inside an ``st.markdown`` / ``st.error`` shows literally."""
    return "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in str(text))


def esc(text: str) -> str:
    """HTML-escape trainee or scenario text before it goes into an HTML snippet."""
    return html.escape(str(text), quote=True).replace("\n", "<br>")


# -- downloads -------------------------------------------------------------------------------------

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def sheet_builders(store: Any, actor: Any, language: str, **which: Any) -> tuple[Callable[[], bytes], Callable[[], bytes]]:
    """``(pdf, xlsx)``: callables that gather the feedback / evaluation sheets (``attempt_id=`` or
    ``user_id=`` and ``month=``, as :func:`trainer.onboarding.exports.sheet_data`) and render them.
    Pass them as ``st.download_button(data=...)``: Streamlit calls them only when the button is
    clicked, not on every rerun of the page (a month's PDF takes a second or more)."""
    from trainer.onboarding import exports

    def pdf() -> bytes:
        return exports.sheets_pdf(exports.sheet_data(store, actor, **which), language)

    def xlsx() -> bytes:
        return exports.sheets_xlsx(exports.sheet_data(store, actor, **which), language)

    return pdf, xlsx


# -- the readiness report, cached on the data it reads ---------------------------------------------

REPORT_TTL = 300  # s: bounds staleness after edits that leave the data version alone (a user's target date)


@st.cache_resource(ttl=REPORT_TTL, max_entries=64, show_spinner=False)
def _cached_report(key: tuple, _store: Any, _actor: Any, _library: Any, _rule: Any) -> Any:
    from trainer.onboarding.readiness import readiness_report

    today, cohort_id = key[1], key[2]
    return readiness_report(_store, _actor, _library, _rule, today, cohort_id=cohort_id)


def cached_readiness_report(store: Any, actor: Any, library: Any, rule: Any = None,
                            cohort_id: int | None = None, today: Any = None) -> Any:
    """:func:`trainer.onboarding.readiness.readiness_report`, computed once per store, user, day, cohort,
    library content and :meth:`Store.data_version` (a new or finished attempt, an override, a review or
    a new user computes it afresh), not on every widget change of the lead and mentor pages. The report
    is shared between reruns: callers must not change it in place."""
    import datetime as dt

    from trainer.onboarding.readiness import rule_from_config

    rule = rule or rule_from_config(None, library)
    today = today or dt.date.today()
    content = (str(library.root), tuple(sorted((sid, str(getattr(s, "version", ""))) for sid, s in library.scenarios.items())))
    key = (store.url, today, cohort_id, actor.id, actor.role, store.data_version(), content, repr(rule))
    return _cached_report(key, store, actor, library, rule)
