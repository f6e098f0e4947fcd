"""The trainer web app (Streamlit): ``streamlit run trainer/app/main.py`` or ``trainer app``.

Pages are registered in :data:`PAGES` (one module per page under ``trainer/app/views/``, each with
``PAGE = PageSpec(...)``, imported by :func:`load_pages` when first needed); what each role sees is
:data:`NAVIGATION` (role -> section -> page keys). To add a page (e.g. mentor review): write
``trainer/app/views/mentor.py`` with ``PAGE = PageSpec(key="mentor", title_key="nav.mentor",
render=render)``, add its message keys to the three locale files, then add ``mentor.PAGE`` to the
pages of :func:`load_pages` and ``"mentor"`` to the roles' lists in :data:`NAVIGATION` (or call
:func:`register`).
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
import threading
from pathlib import Path

if __package__ in (None, ""):  # run as a script by `streamlit run`: make `trainer` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import streamlit as st  # noqa: E402

from trainer.app import common, login  # noqa: E402
from trainer.app.browser import page_extras  # noqa: E402
from trainer.app.common import (  # noqa: E402
    LANG,
    LANG_CHOSEN,
    PageSpec,
    current_user,
    follow_link,
    lang,
    remember_link,
    set_pages,
    show_flash,
    sign_out,
    start_warm_up,
    tr,
)
from trainer.i18n import LANGUAGE_NAMES, LANGUAGES  # noqa: E402
from trainer.storage import StoreUnavailable  # noqa: E402

log = logging.getLogger("trainer.app")

# The page registry: every page by key (one module per page), filled when first needed (after the
# sign-in, or by the warm-up thread meanwhile): the sign-in page after a server start imports none of
# the pages (plotly, pandas, the PDF and XLSX writers), so it is on screen sooner ...
PAGES: dict[str, PageSpec] = {}
_pages_lock = threading.Lock()


def load_pages() -> dict[str, PageSpec]:
    """Import the page modules and add their specs to :data:`PAGES` (once; pages added with
    :func:`register` stay)."""
    with _pages_lock:
        if "catalogue" not in PAGES:
            from trainer.app.views import (
                catalogue,
                conversation,
                exercise,
                history,
                lead_readiness,
                mentor_mentees,
                mentor_review,
                progress_trainee,
                result,
                review_queue,
                users,
            )

            plotly_theme()
            for spec in (catalogue.PAGE, conversation.PAGE, result.PAGE, history.PAGE, progress_trainee.PAGE,
                         review_queue.PAGE, mentor_mentees.PAGE, mentor_review.PAGE, lead_readiness.PAGE,
                         users.PAGE, exercise.PAGE):
                PAGES.setdefault(spec.key, spec)
    return PAGES


def plotly_theme() -> None:
    """Register Streamlit's plotly chart theme unless Streamlit did when it was imported (a server
    started by :mod:`trainer.app.serve` puts it off until the pages, which draw the charts, are imported)."""
    import plotly.io as pio

    if "streamlit" not in pio.templates:
        from streamlit.elements.lib.streamlit_plotly_theme import configure_streamlit_plotly_theme

        configure_streamlit_plotly_theme()


common.import_pages = load_pages

# ... and what each role sees: {role: {section message key: [page keys]}}, in navigation order.
PRACTICE = ["catalogue", "conversation", "result", "history", "progress", "exercise"]
MENTORING = ["queue", "mentees", "mentor_review"]
NAVIGATION: dict[str, dict[str, list[str]]] = {
    "trainee": {"nav.practice": list(PRACTICE)},
    "mentor": {"nav.practice": list(PRACTICE), "nav.mentoring": list(MENTORING)},
    "lead": {"nav.practice": list(PRACTICE), "nav.mentoring": list(MENTORING), "nav.leading": ["readiness", "users"]},
    "admin": {"nav.practice": list(PRACTICE), "nav.mentoring": list(MENTORING), "nav.leading": ["readiness", "users"]},
}


def register(spec: PageSpec, roles: dict[str, str]) -> None:
    """Add (or replace) a page and show it to ``roles`` ({role: section message key})."""
    load_pages()
    PAGES[spec.key] = spec
    for role, section in roles.items():
        keys = NAVIGATION.setdefault(role, {}).setdefault(section, [])
        if spec.key not in keys:
            keys.append(spec.key)


def pages_for(role: str) -> dict[str, list[PageSpec]]:
    """The pages a role sees, by section message key."""
    load_pages()
    return {section: [PAGES[k] for k in keys if k in PAGES]
            for section, keys in NAVIGATION.get(role, {}).items()}


LANDING = {"mentor": "queue"}  # a mentor lands on the review queue; everyone else on the catalogue


def navigation_pages(role: str) -> dict[str, list]:
    """The st.Page objects of a role's navigation, by translated section title."""
    landing = LANDING.get(role)
    return {tr(section): [spec.page(default=None if landing is None else spec.key == landing) for spec in specs]
            for section, specs in pages_for(role).items()}


def signed_out_pages() -> list:
    """Signed out, every page's address shows the sign-in page (a reload of ``/conversation`` after the
    session ended asks to sign in there, instead of Streamlit's English "Page not found"); after the
    sign-in the same address opens the page itself."""
    title = tr("login.title")
    pages = [st.Page(login.render, title=title, url_path="login", default=True)]
    keys = dict.fromkeys(key for sections in NAVIGATION.values() for keys in sections.values() for key in keys)
    pages += [st.Page(login.render, title=title, url_path=key) for key in keys]
    return pages


def language_switch() -> None:
    current = lang()
    choice = st.sidebar.selectbox(
        tr("app.language"), LANGUAGES, index=LANGUAGES.index(current),
        format_func=lambda code: LANGUAGE_NAMES[code],
    )
    if choice != current:
        st.session_state[LANG] = choice
        st.session_state[LANG_CHOSEN] = True
        st.rerun()


def main() -> None:
    """One run of the app. An error in a page is logged with its traceback and shown to the user as
    a short message in their language (``trainer app`` also hides Streamlit's error details)."""
    try:
        _main()
    except StoreUnavailable as exc:
        log.error("store unavailable (%s): %s", exc.reason, exc, exc_info=exc)
        st.error(tr(f"app.store_error.{exc.reason}"))
    except Exception as exc:  # noqa: BLE001 - the last line of defence: log it, tell the user briefly
        log.error("unexpected error in the app", exc_info=exc)
        st.error(tr("app.error", time=dt.datetime.now(dt.UTC).strftime("%H:%M:%S UTC")))


def _main() -> None:
    st.set_page_config(page_title="trainer", page_icon=":material/support_agent:", layout="wide")
    st.session_state.setdefault(LANG, "et")
    user = current_user()  # before the language switch: a sign-in from the cookie sets the user's language
    language_switch()
    if user is None and login.sign_in_from_identity_provider():
        st.rerun()
    page_extras()
    if user is None:
        remember_link()
        nav = st.navigation(signed_out_pages(), position="hidden")
        nav.run()
        start_warm_up()  # after the sign-in page: it does not wait for the pages, library and scorer
        return
    with st.sidebar:
        st.caption(tr("app.signed_in_as", name=user.display_name, role=tr(f"role.{user.role}")))
        if st.button(tr("app.logout"), key="logout"):
            sign_out()
            if login.sso_configured() and getattr(st.user, "is_logged_in", False):
                st.logout()  # also end the identity provider's session cookie
            st.rerun()
        if not user.must_change_password and st.button(tr("app.change_password"), key="open_change_password"):
            st.session_state[login.CHANGE_PASSWORD] = True
    if user.must_change_password or st.session_state.get(login.CHANGE_PASSWORD):
        show_flash()
        nav = st.navigation([st.Page(lambda: login.render_change_password(user, user.must_change_password),
                                     title=tr("password.title"), url_path="password", default=True)],
                           position="hidden")
        nav.run()
        return
    start_warm_up()
    set_pages(load_pages())
    nav = st.navigation(navigation_pages(user.role))
    follow_link()
    nav.run()


if __name__ == "__main__":
    main()
