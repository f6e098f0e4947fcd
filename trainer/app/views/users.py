"""Admin / lead page "Users": everyone the actor may see with role, mentor, cohort, organisation and
state, a warning for users without an organisation (a lead's views do not show them), creating a
user, resetting a password and unlocking an account.

Thin: every action is one store call; the store decides who may do what (a lead: trainees and
mentors of their organisation).
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from trainer.app.common import PageSpec, get_store, md_escape, require_user, tr
from trainer.i18n import LANGUAGE_NAMES, LANGUAGES
from trainer.storage import MIN_PASSWORD_LENGTH, Conflict, PermissionDenied

FLASH = "users_flash"


def render() -> None:
    user = require_user()
    store = get_store()
    st.title(tr("users.title"))
    flash = st.session_state.pop(FLASH, None)
    if flash:
        st.success(flash)
    people = [u for u in store.list_users(user) if u.username != "admin" or user.role == "admin"]
    names = {u.id: u.display_name for u in people}
    orgs = {o.id: o.name for o in store.list_orgs(user)} if user.role == "admin" else {}
    cohorts = {c.id: c.name for c in store.list_cohorts(user)}
    orphans = [u for u in people if u.org_id is None and u.role != "admin"]
    if orphans:
        st.warning(tr("users.no_org", names=", ".join(u.display_name for u in orphans)), icon=":material/warning:")
    rows = []
    now = dt.datetime.now(dt.UTC)
    for u in people:
        state = tr("users.disabled") if u.disabled else tr("users.locked") if _locked(store, user, u, now) \
            else tr("users.active")
        rows.append({tr("users.name"): u.display_name, tr("users.username"): u.username,
                     tr("users.role"): tr(f"role.{u.role}"), tr("users.mentor"): names.get(u.mentor_id, "–"),
                     tr("users.cohort"): cohorts.get(u.cohort_id, "–"),
                     tr("users.org"): orgs.get(u.org_id, "–") if orgs else ("✓" if u.org_id else "–"),
                     tr("users.state"): state})
    st.dataframe(rows, hide_index=True, width="stretch")
    left, right = st.columns(2, gap="large")
    with left:
        _create(user, store, people, cohorts, orgs)
    with right:
        _manage(user, store, people)


def _create(user, store, people, cohorts: dict, orgs: dict) -> None:
    st.subheader(tr("users.create"))
    roles = ["trainee", "mentor"] + (["lead", "admin"] if user.role == "admin" else [])
    mentors = {u.id: u.display_name for u in people if u.role == "mentor"}
    with st.form("create_user", clear_on_submit=False):
        username = st.text_input(tr("users.username"), key="new_username")
        display = st.text_input(tr("users.name"), key="new_name")
        role = st.selectbox(tr("users.role"), roles, format_func=lambda r: tr(f"role.{r}"), key="new_role")
        password = st.text_input(tr("users.password", n=MIN_PASSWORD_LENGTH), type="password", key="new_password")
        mentor = st.selectbox(tr("users.mentor"), [None, *mentors], key="new_mentor",
                              format_func=lambda m: "–" if m is None else mentors[m])
        cohort = st.selectbox(tr("users.cohort"), [None, *cohorts], key="new_cohort",
                              format_func=lambda c: "–" if c is None else cohorts[c])
        org = st.selectbox(tr("users.org"), [None, *orgs], key="new_org",
                           format_func=lambda o: "–" if o is None else orgs[o]) if orgs else None
        language = st.selectbox(tr("app.language"), LANGUAGES, format_func=lambda c: LANGUAGE_NAMES[c],
                                key="new_language")
        if st.form_submit_button(tr("users.create"), type="primary", key="create_user_submit"):
            try:
                created = store.create_user(user, username.strip(), password, role, display_name=display.strip() or None,
                                            mentor_id=mentor, cohort_id=cohort,
                                            **({"org_id": org} if orgs else {}), language=language)
            except Conflict:
                st.error(tr("users.taken", username=username))
            except (ValueError, PermissionDenied) as exc:
                st.error(tr("users.invalid", reason=md_escape(str(exc))))
            else:
                st.session_state[FLASH] = tr("users.created", name=created.display_name)
                if created.org_id is None and created.role != "admin":
                    st.session_state[FLASH] += " " + tr("users.created_no_org")
                st.rerun()


def _manage(user, store, people) -> None:
    st.subheader(tr("users.manage"))
    others = [u for u in people if u.id != user.id]
    if not others:
        return
    labels = {u.id: f"{u.display_name} ({u.username})" for u in others}
    uid = st.selectbox(tr("users.pick"), list(labels), format_func=lambda i: labels[i], key="manage_user")
    with st.form("reset_password", clear_on_submit=True):
        new = st.text_input(tr("users.password", n=MIN_PASSWORD_LENGTH), type="password", key="reset_password_text")
        if st.form_submit_button(tr("users.reset"), key="reset_password_submit"):
            try:
                store.set_password(user, uid, new)
            except (ValueError, PermissionDenied) as exc:
                st.error(tr("users.invalid", reason=md_escape(str(exc))))
            else:
                st.session_state[FLASH] = tr("users.reset_done", name=labels[uid])
                st.rerun()
    if st.button(tr("users.unlock"), key="unlock_user"):
        try:
            store.unlock_user(user, uid)
        except PermissionDenied as exc:
            st.error(tr("users.invalid", reason=md_escape(str(exc))))
        else:
            st.session_state[FLASH] = tr("users.unlocked", name=labels[uid])
            st.rerun()


PAGE = PageSpec(key="users", title_key="nav.users", render=render, icon=":material/manage_accounts:")


def _locked(store, actor, u, now: dt.datetime) -> bool:
    """Locked out from some source right now (lock-out is per account name and client address)."""
    try:
        rows = store.login_throttle(actor, u.id)
    except PermissionDenied:
        return False
    return any(r["locked_until"] is not None and _aware(r["locked_until"]) > now for r in rows)


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
