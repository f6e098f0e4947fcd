"""The sign-in page (the only page before signing in)."""

from __future__ import annotations

import streamlit as st

from trainer.app.common import get_store, sign_in, store_resource, tr
from trainer.storage import AuthError

SSO_ERROR = "sso_error"


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
            user = get_store().authenticate(username, password)
        except AuthError as exc:
            st.error(tr(f"login.error.{exc.reason}"))
            return
        sign_in(user)
        st.rerun()
    st.caption(tr("login.help"))
