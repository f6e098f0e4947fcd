"""The sign-in page (the only page before signing in)."""

from __future__ import annotations

import streamlit as st

from trainer.app.common import get_store, sign_in, store_resource, tr
from trainer.storage import AuthError


def render() -> None:
    st.title(tr("login.title"))
    st.caption(tr("login.intro"))
    if store_resource().admin_created:
        st.info(tr("login.first_start"))
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
