"""Mentor page "My mentees": every mentee (a lead or admin sees all trainees they may read) with
readiness status, progress, last activity and critical failures, behind first; below, the picked
mentee's assignments (own and cohort's) with status and local due dates, where the mentor changes a
due date or removes a scenario (what the store lets them change: ``AssignmentInfo.changeable``).

Thin: the table comes from :func:`trainer.onboarding.progress.mentee_table` over a readiness report, the
assignments from :func:`trainer.onboarding.review.assignment_rows`; every change is one store call
(:meth:`Store.update_assignment`, :meth:`Store.remove_assignment`), authorised there.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import streamlit as st

from trainer.app.common import (
    PageSpec,
    cached_readiness_report,
    goto,
    is_registered,
    md_escape,
)
from trainer.app.context import PageContext, page_context
from trainer.i18n import Messages, t
from trainer.onboarding.progress import mentee_table
from trainer.onboarding.review import assignment_rows, format_date
from trainer.storage import NotFound, PermissionDenied

MESSAGES = "page_mentees"  # texts in trainer/locales/*.yaml under page_mentees:
COLOURS = {"ready": "#d4edda", "on_track": "#fff3cd", "behind": "#f8d7da"}
REVIEW_USER = "review_user_id"
ASSIGN_FLASH = "assign_flash"
CONFIRM_REMOVE = "assign_confirm_remove"  # (assignment id, scenario id) waiting for "yes"
DATE_FORMAT = {"en": "YYYY-MM-DD"}  # st.date_input; else the Estonian and Russian 07.12.2026


def render(ctx: PageContext) -> None:
    """Render the page for ``ctx`` (store, library, user, lang)."""
    words = Messages(MESSAGES, ctx.lang)
    st.title(words["title"])
    report = cached_readiness_report(ctx.store, ctx.user, ctx.library)
    table = mentee_table(report)
    if table.empty:
        st.info(words["none"])
        return
    shown = table.assign(
        status=table["status"].map(words["status"]),
        last_activity=table["last_activity"].map(lambda v: format_date(v, ctx.lang, with_time=True)),
        days_to_target=[t("lead.ready_days", ctx.lang) if s == "ready" else ("–" if d is None or d != d else str(int(d)))
                        for s, d in zip(table["status"], table["days_to_target"], strict=True)])
    colour = {words["status"][k]: v for k, v in COLOURS.items()}
    styled = shown.drop(columns=["user_id", "username"]).rename(columns=words["cols"]).style.map(
        lambda v: f"background-color: {colour.get(v, '')}", subset=[words["cols"]["status"]]
    ).format({words["cols"]["progress"]: "{:.0%}"})
    st.dataframe(styled, hide_index=True, width="stretch")
    names = dict(zip(table["user_id"], table["name"], strict=True))
    pick = st.selectbox(words["open"], list(names), format_func=lambda i: names[i], key="mentee_pick")
    if st.button(words["open"], key="mentee_open"):
        st.session_state[REVIEW_USER] = int(pick)
        if is_registered("mentor_review"):
            goto("mentor_review")
        st.info(words["pick_in_review"])  # an app without the review page (tests render this page alone)
    assignments_section(ctx, names[pick], int(pick))


def assignments_section(ctx: PageContext, name: str, uid: int, subheader: bool = True) -> None:
    """The mentee's assignments with status and local dates; change a due date, remove a scenario (here
    and, with a bold title instead of a subheader, in the review page's "assign" expander)."""
    rw = Messages("page_review", ctx.lang)  # the same column names, statuses and "for whom" as the review page

    def tx(key: str, **kw: Any) -> str:
        return t(f"coach.assign.{key}", ctx.lang, **kw)

    if subheader:
        st.subheader(tx("title", name=name))
    else:
        st.markdown(f"**{md_escape(tx('title', name=name))}**")
    flash = st.session_state.pop(ASSIGN_FLASH, None)
    if flash:
        st.success(flash)
    today = dt.date.today()
    rows = assignment_rows(ctx.store, ctx.user, uid, ctx.library, today)
    if not rows:
        st.caption(rw["assigned_none"])
        return
    cohorts = {c.id: c.name for c in ctx.store.list_cohorts(ctx.user)}

    def whom(row: dict) -> str:
        return rw["a_for"]["own"] if row["cohort_id"] is None else \
            rw["a_for"]["cohort"].format(name=cohorts.get(row["cohort_id"], "–"))

    def due(row: dict) -> str:
        return format_date(row["due_date"], ctx.lang) if row["due_date"] is not None else tx("no_due")

    cols = rw["a_cols"]
    st.dataframe({cols["scenario"]: [r["title"] for r in rows], cols["for"]: [whom(r) for r in rows],
                  cols["due"]: [due(r) for r in rows], cols["status"]: [rw["a_status"][r["status"]] for r in rows],
                  cols["assigned"]: [format_date(r["created_at"], ctx.lang) for r in rows]},
                 hide_index=True, width="stretch", key="mentee_assignments")
    changeable = [i for i, r in enumerate(rows) if r["changeable"]]
    if len(changeable) < len(rows):
        st.caption(tx("locked"))
    if not changeable:
        return
    i = st.selectbox(tx("pick"), changeable, key=f"assign_pick_{uid}",
                     format_func=lambda j: " · ".join([rows[j]["title"], due(rows[j]), whom(rows[j])]))
    row = rows[i]
    aid, sid = row["assignment_id"], row["scenario_id"]
    if row["cohort_id"] is not None:
        st.caption(tx("cohort_note", name=cohorts.get(row["cohort_id"], "–")))
    if row["scenarios"] > 1:
        st.caption(tx("together", count=row["scenarios"]))
    with st.form(f"assign_due_{aid}", border=False):
        no_due = st.checkbox(tx("no_due"), value=row["due_date"] is None, key=f"assign_nodue_{aid}")
        new = st.date_input(tx("due"), value=row["due_date"] or today + dt.timedelta(days=7),
                            format=DATE_FORMAT.get(ctx.lang, "DD.MM.YYYY"), key=f"assign_due_{aid}_date")
        if st.form_submit_button(tx("save"), key=f"assign_save_{aid}"):
            when = None if no_due else new
            _change(ctx, lambda: ctx.store.update_assignment(ctx.user, aid, when),
                    tx("saved", due=format_date(when, ctx.lang) if when else tx("no_due")))
    if st.session_state.get(CONFIRM_REMOVE) != (aid, sid):
        if st.button(tx("remove"), key=f"assign_remove_{aid}_{sid}", icon=":material/delete:"):
            st.session_state[CONFIRM_REMOVE] = (aid, sid)
            st.rerun()
        return
    st.warning(tx("confirm_remove", title=row["title"], whom=whom(row)), icon=":material/help:")
    yes, no = st.columns(2)
    if yes.button(tx("yes"), key="assign_remove_yes", type="primary"):
        st.session_state.pop(CONFIRM_REMOVE, None)
        _change(ctx, lambda: ctx.store.remove_assignment(ctx.user, aid, sid), tx("removed", title=row["title"]))
    if no.button(tx("no"), key="assign_remove_no"):
        st.session_state.pop(CONFIRM_REMOVE, None)
        st.rerun()


def _change(ctx: PageContext, call: Any, done: str) -> None:
    """One store call; on success a confirmation after the rerun, else why not (gone or not allowed)."""
    try:
        call()
    except (NotFound, PermissionDenied):
        st.error(t("coach.assign.gone", ctx.lang))
        return
    st.session_state[ASSIGN_FLASH] = done
    st.rerun()


def page() -> None:
    """Entry point for the navigation."""
    render(page_context())


PAGE = PageSpec(key="mentees", title_key="nav.mentees", render=page, icon=":material/groups:")
