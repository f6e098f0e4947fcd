"""Lead page "Readiness": the trainee x topic matrix coloured by status with days to the target date,
the rule in words, cohort trends, time to readiness, most-failed criteria, the calibration of
automatic results against mentors' (with Cohen's kappa), and XLSX / CSV downloads.

Thin: everything comes from :mod:`trainer.onboarding.readiness` and :mod:`trainer.onboarding.exports`.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

import plotly.express as px
import streamlit as st

from trainer.app.common import PageSpec, get_library, get_store, lang, require_user
from trainer.i18n import Messages
from trainer.onboarding import exports
from trainer.onboarding import readiness as r

MESSAGES = "page_readiness"  # texts in trainer/locales/*.yaml under page_readiness:
COLOURS = {"ready": "#c3e6cb", "passed": "#c3e6cb", "on_track": "#ffeeba", "in_progress": "#ffeeba",
           "behind": "#f5c6cb", "not_started": "#eeeeee"}


def _colour(value: Any) -> str:
    return f"background-color: {COLOURS[value]}" if isinstance(value, str) and value in COLOURS else ""


def render(ctx: Any) -> None:
    """Render the page for ``ctx`` (store, library, user, lang)."""
    w = Messages(MESSAGES, ctx.lang)
    st.title(w["title"])
    cohorts = {c.id: c.name for c in ctx.store.list_cohorts(ctx.user)}
    cohort = st.selectbox(w["cohort"], [None, *cohorts], format_func=lambda c: w["all"] if c is None else cohorts[c])
    rule = r.rule_from_config(None, ctx.library)
    report = r.readiness_report(ctx.store, ctx.user, ctx.library, rule, dt.date.today(), cohort_id=cohort)
    with st.expander(w["rule"], expanded=False):
        for line in r.describe_rule(rule, ctx.lang):
            st.markdown(f"- {line}")
    if report.matrix.empty:
        st.info(w["none"])
        return
    st.subheader(w["matrix"])
    matrix = report.matrix.drop(columns=["user_id", "cohort_id"])
    states, labels = w["states"], w["cols"]
    colour = {states.get(k, k): v for k, v in COLOURS.items()}
    shown = matrix.replace(states).rename(columns=lambda c: labels.get(c, c.removeprefix("topic:")))
    st.dataframe(
        shown.style.map(lambda v: f"background-color: {colour[v]}" if isinstance(v, str) and v in colour else "")
        .format({labels["progress"]: "{:.0%}"}),
        hide_index=True, width="stretch",
    )
    analyse = st.toggle(w["criteria_toggle"], key="readiness_criteria")
    sheets = exports.readiness_sheets(report, ctx.lang, criteria=analyse)
    cols = st.columns(2)
    cols[0].download_button(f"{w['download']} XLSX", exports.export_table(sheets, "xlsx"), "readiness.xlsx",
                            key="readiness_xlsx")
    cols[1].download_button(f"{w['download']} CSV", exports.export_table(sheets, "csv"), "readiness.csv",
                            "text/csv", key="readiness_csv")
    trends = sheets["trends"]
    if not trends.empty:
        st.subheader(w["trends"])
        trends = trends.assign(cohort=trends["cohort_id"].map(lambda c: cohorts.get(c, str(c))))
        st.plotly_chart(px.line(trends, x="period", y="mean_score", color="cohort", markers=True,
                                hover_data=["attempts", "share_passed", "critical_failures"]), width="stretch")
    st.subheader(w["ttr"])
    st.dataframe(sheets["time_to_readiness"].drop(columns=["user_id"]).style.map(_colour), hide_index=True,
                 width="stretch")
    if not analyse:
        return
    left, right = st.columns(2)
    with left:
        st.subheader(w["failed"])
        failed = sheets["most_failed"]
        if not failed.empty:
            st.plotly_chart(px.bar(failed, x="failed", y="criterion_id", orientation="h", hover_data=["fail_rate"]),
                            width="stretch")
    with right:
        st.subheader(w["calibration"])
        reviewed = {a.id for a in ctx.store.list_attempts(ctx.user, status="finished") if a.reviewed}
        st.dataframe(r.calibration(report.criteria, reviewed), hide_index=True, width="stretch")
        st.caption(w["kappa"])


def page() -> None:
    """Entry point for the navigation."""
    render(SimpleNamespace(store=get_store(), library=get_library(), user=require_user(), lang=lang()))


PAGE = PageSpec(key="readiness", title_key="nav.readiness", render=page, icon=":material/fact_check:")
