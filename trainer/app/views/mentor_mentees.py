"""Mentor page "My mentees": every mentee (a lead or admin sees all trainees they may read) with
readiness status, progress, last activity and critical failures, behind first.

Thin: the table comes from :func:`trainer.progress.mentee_table` over a readiness report.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

import streamlit as st

from trainer.app.common import PageSpec, get_library, get_store, lang, require_user
from trainer.progress import mentee_table
from trainer.readiness import readiness_report

TEXT = {
    "et": {"title": "Minu mentiid", "none": "Sul pole veel mentiisid.", "open": "Ava ülevaatus",
           "cols": {"name": "Nimi", "status": "Seis", "progress": "Nõuded täidetud", "attempts": "Katseid",
                    "last_activity": "Viimati", "critical_failures": "Kriitilisi vigu", "critical_recent": "Viimastes",
                    "days_to_target": "Päevi sihini"},
           "status": {"ready": "valmis", "on_track": "graafikus", "behind": "maas"}},
    "ru": {"title": "Мои подопечные", "none": "У вас пока нет подопечных.", "open": "Открыть разбор",
           "cols": {"name": "Имя", "status": "Статус", "progress": "Выполнено", "attempts": "Попыток",
                    "last_activity": "Последняя активность", "critical_failures": "Крит. ошибок",
                    "critical_recent": "В последних", "days_to_target": "Дней до цели"},
           "status": {"ready": "готов(а)", "on_track": "по плану", "behind": "отстаёт"}},
    "en": {"title": "My mentees", "none": "You have no mentees yet.", "open": "Open review",
           "cols": {"name": "Name", "status": "Status", "progress": "Requirements met", "attempts": "Attempts",
                    "last_activity": "Last activity", "critical_failures": "Critical failures",
                    "critical_recent": "Recent", "days_to_target": "Days to target"},
           "status": {"ready": "ready", "on_track": "on track", "behind": "behind"}},
}  # fmt: skip
COLOURS = {"ready": "#d4edda", "on_track": "#fff3cd", "behind": "#f8d7da"}
REVIEW_USER = "review_user_id"


def render(ctx: Any) -> None:
    """Render the page for ``ctx`` (store, library, user, lang)."""
    words = TEXT.get(ctx.lang, TEXT["et"])
    st.title(words["title"])
    report = readiness_report(ctx.store, ctx.user, ctx.library, today=dt.date.today())
    table = mentee_table(report)
    if table.empty:
        st.info(words["none"])
        return
    shown = table.assign(status=table["status"].map(words["status"]))
    colour = {words["status"][k]: v for k, v in COLOURS.items()}
    styled = shown.drop(columns=["user_id", "username"]).rename(columns=words["cols"]).style.map(
        lambda v: f"background-color: {colour.get(v, '')}", subset=[words["cols"]["status"]]
    ).format({words["cols"]["progress"]: "{:.0%}"})
    st.dataframe(styled, hide_index=True, width="stretch")
    names = dict(zip(table["user_id"], table["name"], strict=True))
    pick = st.selectbox(words["open"], list(names), format_func=lambda i: names[i], key="mentee_pick")
    if st.button(words["open"], key="mentee_open"):
        st.session_state[REVIEW_USER] = int(pick)
        try:
            from trainer.app.common import goto

            goto("mentor_review")
        except KeyError:  # the review page is not registered in this app
            pass


def page() -> None:
    """Entry point for the navigation."""
    render(SimpleNamespace(store=get_store(), library=get_library(), user=require_user(), lang=lang()))


PAGE = PageSpec(key="mentees", title_key="nav.mentees", render=page, icon=":material/groups:")
