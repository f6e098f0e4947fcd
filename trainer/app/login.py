"""The sign-in page (the only page before signing in) and the password change form (forced at the
first sign-in of the generated admin account, or after a reset that asks for it)."""

from __future__ import annotations

import os

import streamlit as st

from trainer.app import session_cookie
from trainer.app.common import SIGNED_OUT_NOTICE, get_store, remember_sign_in, sign_in, store_resource, tr
from trainer.storage import MIN_PASSWORD_LENGTH, AuthError, UserInfo, WeakPassword

SSO_ERROR = "sso_error"
CHANGE_PASSWORD = "change_password"  # session flag: the user opened the password form
#: name of a request header with the client address that the reverse proxy sets (e.g. X-Real-IP);
#: unset: the address of the connection itself (see docs/deploy.md)
CLIENT_IP_HEADER_ENV = "TRAINER_CLIENT_IP_HEADER"


def client_source() -> str:
    """Where this sign-in comes from, for the lock-out (per account *and* source): the client
    address, taken from the header named in ``TRAINER_CLIENT_IP_HEADER`` when the app runs behind a
    reverse proxy that sets it, else the connection's address; ``app`` when neither is known."""
    address = None
    try:
        header = os.environ.get(CLIENT_IP_HEADER_ENV)
        if header:
            value = st.context.headers.get(header)
            if value:
                address = value.split(",")[-1].strip()  # the entry the nearest proxy added
        if not address:
            address = st.context.ip_address
    except Exception:  # noqa: BLE001 - no request context (tests, bare mode)
        address = None
    return f"ip:{address}"[:100] if isinstance(address, str) and address else "app"


def sso_configured() -> bool:
    """Single sign-on is on when the deployment's secrets have an ``[auth]`` section (Streamlit OIDC)."""
    try:
        return "auth" in st.secrets
    except Exception:  # noqa: BLE001 - no secrets file at all
        return False


def sign_in_from_identity_provider() -> bool:
    """After an OIDC login, sign in the trainer account with the provider's e-mail address (the role comes
    from our users table). Returns True when a user was signed in."""
    if not sso_configured() or not getattr(st.user, "is_logged_in", False):
        return False
    email = st.user.get("email") or ""
    try:
        user = get_store().authenticate_email(email)
    except AuthError as exc:
        st.session_state[SSO_ERROR] = (exc.reason, email)
        return False
    st.session_state.pop(SSO_ERROR, None)
    sign_in(user)
    return True


def render() -> None:
    st.title(tr("login.title"))
    st.caption(tr("login.intro"))
    notice = st.session_state.pop(SIGNED_OUT_NOTICE, None)
    if notice in ("ended", "expired"):
        st.info(tr(f"session.{notice}"))
    if store_resource().admin_created:
        st.info(tr("login.first_start"))
    if sso_configured():
        error = st.session_state.get(SSO_ERROR)
        if error:
            reason, email = error
            st.error(tr("login.sso_unknown", email=email) if reason == "invalid" else tr(f"login.error.{reason}"))
            if st.button(tr("login.sso_logout"), key="sso_logout"):
                st.session_state.pop(SSO_ERROR, None)
                st.logout()
        elif st.button(tr("login.sso"), key="sso_login", type="primary"):
            st.login()
        st.caption(tr("login.or_password"))
    with st.form("login", clear_on_submit=False):
        username = st.text_input(tr("login.username"), key="login_username")
        password = st.text_input(tr("login.password"), type="password", key="login_password")
        submitted = st.form_submit_button(tr("login.submit"), type="primary")
    if submitted:
        try:
            user = get_store().authenticate(username, password, source=client_source())
        except AuthError as exc:
            st.error(tr(f"login.error.{exc.reason}"))
            return
        sign_in(user)
        remember_sign_in(user, source=client_source())  # a reload or a server restart keeps the user signed in
        st.rerun()
    st.caption(tr("login.help"))
    st.caption(tr("session.remember", hours=round(session_cookie.lifetime_seconds() / 3600)))


def render_change_password(user: UserInfo, forced: bool) -> None:
    """The password change form; ``forced``: shown instead of every page until the password changed."""
    st.title(tr("password.title"))
    if forced:
        st.warning(tr("password.forced"))
    st.caption(tr("password.rules", min=MIN_PASSWORD_LENGTH))
    with st.form("change_password", clear_on_submit=True):
        current = st.text_input(tr("password.current"), type="password", key="pw_current")
        new = st.text_input(tr("password.new"), type="password", key="pw_new")
        repeat = st.text_input(tr("password.repeat"), type="password", key="pw_repeat")
        submitted = st.form_submit_button(tr("password.submit"), type="primary")
    if not forced and st.button(tr("password.cancel"), key="pw_cancel"):
        st.session_state.pop(CHANGE_PASSWORD, None)
        st.rerun()
    if not submitted:
        return
    if new != repeat:
        st.error(tr("password.mismatch"))
        return
    if new == current:
        st.error(tr("password.same"))
        return
    try:
        updated = get_store().change_password(user, current, new, source=client_source())
    except AuthError:
        st.error(tr("password.wrong_current"))
        return
    except WeakPassword as exc:
        st.error(tr(f"password.problem.{exc.reason}", min=MIN_PASSWORD_LENGTH))
        return
    sign_in(updated)  # the new credential version: this session stays signed in, all others end
    remember_sign_in(updated, source=client_source())  # a new session record and cookie for this browser
    st.session_state.pop(CHANGE_PASSWORD, None)
    from trainer.app.common import flash

    flash("success", "password.changed")
    st.rerun()
