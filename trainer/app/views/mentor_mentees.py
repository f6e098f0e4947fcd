"""Mentor page "My mentees": every mentee (a lead or admin sees all trainees they may read) with
readiness status, progress, last activity and critical failures, behind first.

Thin: the table comes from :func:`trainer.onboarding.progress.mentee_table` over a readiness report.
"""

from __future__ import annotations

import streamlit as st

from trainer.app.common import (
    PageSpec,
    cached_readiness_report,
    goto,
    is_registered,
)
from trainer.app.context import PageContext, page_context
from trainer.i18n import Messages, t
from trainer.onboarding.progress import mentee_table
from trainer.onboarding.review import format_date

MESSAGES = "page_mentees"  # texts in trainer/locales/*.yaml under page_mentees:
COLOURS = {"ready": "#d4edda", "on_track": "#fff3cd", "behind": "#f8d7da"}
REVIEW_USER = "review_user_id"


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


def page() -> None:
    """Entry point for the navigation."""
    render(page_context())


PAGE = PageSpec(key="mentees", title_key="nav.mentees", render=page, icon=":material/groups:")
