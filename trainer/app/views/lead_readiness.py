"""Lead page "Readiness": the trainee x topic matrix coloured by status with days to the target date,
the rule in words, cohort trends, time to readiness, most-failed criteria, the calibration of
automatic results against mentors' (with Cohen's kappa), and XLSX / CSV downloads.

Thin: everything comes from :mod:`trainer.onboarding.readiness` and :mod:`trainer.onboarding.exports`.
"""

from __future__ import annotations

from typing import Any

import plotly.express as px
import streamlit as st

from trainer.app.common import (
    XLSX_MIME,
    PageSpec,
    cached_readiness_report,
    goto,
    md_escape,
)
from trainer.app.context import PageContext, page_context
from trainer.i18n import Messages, t
from trainer.onboarding import exports
from trainer.onboarding import readiness as r
from trainer.onboarding.review import (
    criterion_titles,
    format_date,
    format_number,
    missing_in_words,
    row_score,
    rule_in_words,
    topic_names,
)

MESSAGES = "page_readiness"  # texts in trainer/locales/*.yaml under page_readiness:
COLOURS = {"ready": "#c3e6cb", "passed": "#c3e6cb", "on_track": "#ffeeba", "in_progress": "#ffeeba",
           "behind": "#f5c6cb", "not_started": "#eeeeee"}


STATUS_ORDER = {"behind": 0, "on_track": 1, "ready": 2}
OPEN_USER = "lead_open_user"


def render(ctx: PageContext) -> None:
    """Render the page for ``ctx`` (store, library, user, lang)."""
    w = Messages(MESSAGES, ctx.lang)
    st.title(w["title"])
    cohorts = {c.id: c.name for c in ctx.store.list_cohorts(ctx.user)}
    people = ctx.store.list_users(ctx.user)
    mentors = {u.id: u.display_name for u in people if u.role == "mentor"}
    pick = st.columns(2)
    cohort = pick[0].selectbox(w["cohort"], [None, *cohorts],
                               format_func=lambda c: w["all"] if c is None else cohorts[c])
    mentor = pick[1].selectbox(t("lead.mentor", ctx.lang), [None, *mentors], key="lead_mentor",
                               format_func=lambda m: t("lead.all_mentors", ctx.lang) if m is None else mentors[m])
    rule = r.rule_from_config(None, ctx.library)
    report = cached_readiness_report(ctx.store, ctx.user, ctx.library, rule, cohort_id=cohort)
    topics = topic_names(ctx.library, ctx.lang)
    with st.expander(w["rule"], expanded=False):
        for line in rule_in_words(rule, ctx.library, ctx.lang):
            st.markdown(f"- {md_escape(line)}")
    matrix = report.matrix
    if mentor is not None:
        mentored = {u.id for u in people if u.mentor_id == mentor}
        matrix = matrix[matrix["user_id"].isin(mentored)]
    if matrix.empty:
        st.info(w["none"])
        return
    st.subheader(w["matrix"])
    st.caption(t("lead.open_trainee", ctx.lang))
    matrix = matrix.assign(_order=matrix["status"].map(STATUS_ORDER).fillna(9)).sort_values(
        ["_order", "progress", "name"], ascending=[True, True, True], kind="stable").drop(columns=["_order"])
    user_ids = matrix["user_id"].tolist()
    shown = _human_matrix(matrix, w, topics, ctx.lang)
    states = w["states"]
    colour = {states.get(k, k): v for k, v in COLOURS.items()}
    event = st.dataframe(
        shown.style.map(lambda v: f"background-color: {colour[v]}" if isinstance(v, str) and v in colour else ""),
        hide_index=True, width="stretch", key="readiness_matrix", on_select="rerun", selection_mode="single-row",
    )
    rows = list(getattr(getattr(event, "selection", None), "rows", []) or [])
    if rows:
        st.session_state[OPEN_USER] = int(user_ids[rows[0]])
    opened = st.session_state.get(OPEN_USER)
    if opened in user_ids:
        _trainee(ctx, report, opened, topics)
    analyse = st.toggle(w["criteria_toggle"], key="readiness_criteria")
    sheets = exports.readiness_sheets(report, ctx.lang, criteria=analyse)  # what the page shows below
    xlsx, csv = _table_builders(report, ctx.lang, analyse)  # built only when clicked
    cols = st.columns(2)
    cols[0].download_button(f"{w['download']} XLSX", xlsx, "readiness.xlsx", XLSX_MIME, key="readiness_xlsx",
                            type="primary")
    cols[1].download_button(f"{w['download']} CSV", csv, "readiness.csv", "text/csv", key="readiness_csv")
    trends = sheets["trends"]
    if not trends.empty:
        st.subheader(w["trends"])
        trends = trends.assign(cohort=trends["cohort_id"].map(lambda c: cohorts.get(c, str(c))))
        labels = w["cols"]
        fig = px.line(trends, x="period", y="mean_score", color="cohort", markers=True, range_y=[0, 100],
                      hover_data=["attempts", "share_passed", "critical_failures"],
                      labels={"period": labels["period"], "mean_score": labels["mean_score"],
                              "cohort": labels["cohort"]})
        st.plotly_chart(fig, width="stretch", config={"displayModeBar": False})
    st.subheader(w["ttr"])
    ttr = sheets["time_to_readiness"]
    names = {u.id: u.display_name for u in report.users}
    ttr = ttr.assign(username=ttr["user_id"].map(names), status=ttr["status"].map(lambda v: w["states"].get(v, v)))
    for col in ("start_date", "target_date", "first_ready"):
        ttr[col] = ttr[col].map(lambda d: format_date(d, ctx.lang) if d is not None and d == d else "–")
    for col in ("days_taken", "days_vs_target"):
        ttr[col] = ttr[col].map(lambda v: "–" if v is None or v != v else str(int(v)))
    ttr = ttr.drop(columns=["user_id"]).rename(columns={"username": w["cols"]["name"], **w["cols"]})
    colour = {w["states"].get(k, k): v for k, v in COLOURS.items()}
    st.dataframe(ttr.style.map(lambda v: f"background-color: {colour[v]}" if isinstance(v, str) and v in colour
                               else ""), hide_index=True, width="stretch")
    if not analyse:
        return
    left, right = st.columns(2)
    with left:
        st.subheader(w["failed"])
        failed = sheets["most_failed"]
        if not failed.empty:
            titles = criterion_titles(ctx.library, ctx.lang)
            failed = failed.assign(criterion=failed["criterion_id"].map(lambda c: titles.get(c, c)),
                                   share=(100 * failed["fail_rate"]).round(0).astype(int).astype(str) + " %")
            st.plotly_chart(px.bar(failed, x="failed", y="criterion", orientation="h", hover_data={"share": True},
                                   labels={"failed": w["cols"]["failed"], "criterion": w["cols"]["criterion"],
                                           "share": w["cols"]["fail_share"]}),
                            width="stretch", config={"displayModeBar": False})
    with right:
        st.subheader(w["calibration"])
        reviewed = {a.id for a in ctx.store.list_attempts(ctx.user, status="finished") if a.reviewed}
        _calibration(ctx, r.calibration(report.criteria, reviewed))
        st.caption(w["kappa"])


def _calibration(ctx: PageContext, cal: Any) -> None:
    """Calibration as a lead acts on it: lowest agreement first, criterion titles, agreement in per
    cent, small samples flagged, and the conversations where mentor and scorer disagree, to open."""
    if cal.empty:
        st.caption(t("history.none", ctx.lang))
        return
    titles = criterion_titles(ctx.library, ctx.lang)
    cols = Messages("lead", ctx.lang)["cal_cols"]
    small = t("lead.cal_small", ctx.lang)
    shown = {
        cols["criterion"]: [t("lead.cal_all", ctx.lang) if c == "ALL" else titles.get(c, c) for c in cal["criterion_id"]],
        cols["n"]: cal["n"].tolist(),
        cols["agreement"]: [f"{format_number(100 * a, ctx.lang, 0)} %" for a in cal["agreement"]],
        cols["kappa"]: ["–" if k is None or k != k else format_number(k, ctx.lang, 2) for k in cal["kappa"]],
        cols["sample"]: [small if flag else "" for flag in cal["small_sample"]],
        cols["disagreements"]: [len(d) for d in cal["disagreements"]],
    }
    st.dataframe(shown, hide_index=True, width="stretch", key="calibration")
    st.caption(t("lead.cal_small_note", ctx.lang, n=r.MIN_CALIBRATION_SAMPLE))
    differ = [a for c, ids in zip(cal["criterion_id"], cal["disagreements"], strict=True) if c == "ALL" for a in ids]
    if not differ:
        return
    names = {}
    for c, ids in zip(cal["criterion_id"], cal["disagreements"], strict=True):
        for a in ids:
            if c != "ALL":
                names.setdefault(a, []).append(titles.get(c, c))
    pick = st.selectbox(t("lead.cal_pick", ctx.lang), differ, key="calibration_attempt",
                        format_func=lambda a: f"#{a} · " + ", ".join(names.get(a, [])))
    if st.button(t("lead.cal_open", ctx.lang), key="calibration_open"):
        st.session_state["review_attempt_id"] = int(pick)
        goto("mentor_review", attempt=int(pick))


def _table_builders(report: Any, lang_: str, criteria: bool) -> tuple[Any, Any]:
    """``(xlsx, csv)`` callables for ``st.download_button(data=...)``: the tables are built on click."""

    def xlsx() -> bytes:
        return exports.export_table(exports.readiness_sheets(report, lang_, criteria=criteria), "xlsx")

    def csv() -> bytes:
        return exports.export_table(exports.readiness_sheets(report, lang_, criteria=False), "csv", lang=lang_)

    return xlsx, csv


def _human_matrix(matrix: Any, w: Any, topics: dict[str, str], lang_: str) -> Any:
    """The matrix as people read it: names not ids, statuses in words, dates and percentages in the
    local format, "–" instead of empty cells."""
    states, labels = w["states"], w["cols"]
    out = matrix.drop(columns=["user_id", "cohort_id", "username"]).copy()
    for col in out.columns:
        if col == "status" or col.startswith("topic:"):
            out[col] = out[col].map(lambda v: states.get(v, v))
    out["progress"] = out["progress"].map(lambda v: f"{format_number(100 * v, lang_, 0)} %")
    out["target_date"] = out["target_date"].map(lambda d: format_date(d, lang_) if d is not None else "–")
    out["days_to_target"] = [
        t("lead.ready_days", lang_) if st_ == "ready" else ("–" if d is None or d != d else str(int(d)))
        for st_, d in zip(matrix["status"], matrix["days_to_target"], strict=True)]

    def name(col: str) -> str:
        kind, _, ident = col.partition(":")
        if kind == "topic":
            return topics.get(ident, ident)
        if kind == "channel":
            return t(f"channel.{ident}", lang_)
        if kind == "language":
            return t(f"language.{ident}", lang_)
        return labels.get(col, col)

    return out.rename(columns=name)


def _trainee(ctx: PageContext, report: Any, user_id: int, topics: dict[str, str]) -> None:
    """The opened trainee: readiness in words and their attempts, each opening the review."""
    user = next(u for u in report.users if u.id == user_id)
    ev = report.evaluations[user_id]
    w = Messages(MESSAGES, ctx.lang)
    with st.container(border=True, key="lead_trainee"):
        st.subheader(t("lead.trainee_title", ctx.lang, name=user.display_name))
        st.markdown(f"**{w['cols']['status']}:** {w['states'].get(ev.status, ev.status)} · "
                    f"**{w['cols']['progress']}:** {format_number(100 * ev.progress, ctx.lang, 0)} %")
        missing = missing_in_words(ev, topics, ctx.lang)
        if missing:
            st.markdown(f"**{t('start.need', ctx.lang)}**")
            st.markdown("\n".join(f"- {md_escape(line)}" for line in missing))
        st.markdown(f"**{t('lead.attempts', ctx.lang)}**")
        rows = {r_["attempt_id"]: r_ for r_ in ctx.store.attempt_score_rows(ctx.user, user_ids=[user_id])}
        attempts = ctx.store.list_attempts(ctx.user, user_id=user_id, status="finished", limit=20)
        if not attempts:
            st.caption(t("history.none", ctx.lang))
        for a in attempts:
            score, passed = row_score(rows[a.id]) if a.id in rows else (a.score, bool(a.passed))
            line = t("history.entry", ctx.lang, date=format_date(a.finished_at, ctx.lang, with_time=True),
                     scenario=ctx.library.title(a.scenario_id), mode=t(f"mode.{a.mode}", ctx.lang),
                     score=format_number(score, ctx.lang),
                     verdict=t("history.passed" if passed else "history.failed", ctx.lang))
            cols = st.columns([5, 1])
            cols[0].markdown(md_escape(line))
            if cols[1].button(t("queue.open", ctx.lang), key=f"lead_open_{a.id}", width="stretch"):
                st.session_state["review_attempt_id"] = a.id
                goto("mentor_review", attempt=a.id)


def page() -> None:
    """Entry point for the navigation."""
    render(page_context())


PAGE = PageSpec(key="readiness", title_key="nav.readiness", render=page, icon=":material/fact_check:")
