"""Trainee page "My progress", in two views (a switch under the title): the overview (readiness, score
and competencies over time (plotly), the tables by topic, channel and language, what to practise next)
and the monthly work (the self-evaluation: re-read a past call, grade it with the rubric's criteria,
then compare with the automatic and the mentor's results; the month's sheets as PDF / XLSX).

One view at a time: both together were ~1,300 DOM nodes, two charts, four data grids and a form with a radio
group per criterion, which the browser redrew on every visit.

Thin: the numbers come from :mod:`trainer.onboarding.progress` and :mod:`trainer.onboarding.exports`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import plotly.express as px
import streamlit as st

from trainer.app.common import (
    XLSX_MIME,
    PageSpec,
    md_escape,
    sheet_builders,
)
from trainer.app.context import PageContext, page_context
from trainer.i18n import Messages, t
from trainer.onboarding import exports
from trainer.onboarding.progress import progress_data, self_evaluation_table, what_next
from trainer.onboarding.review import (
    format_date,
    format_number,
    missing_in_words,
    topic_names,
    trainee_readiness,
)

MESSAGES = "page_progress"  # texts in trainer/locales/*.yaml under page_progress:
VIEW = "progress_view"  # the view switch: "overview" | "monthly"
VIEWS = ("overview", "monthly")


def render(ctx: PageContext) -> None:
    """Render the page for ``ctx`` (store, library, user, lang)."""
    msg = ctx.messages(MESSAGES)
    st.title(msg("title"))
    view = st.segmented_control(msg("view"), VIEWS, key=VIEW, default="overview", required=True,
                                format_func=lambda v: msg(f"views.{v}"), label_visibility="collapsed")
    if view != "monthly":
        _readiness(ctx)
    charts = _charts(ctx)
    if charts is None:
        st.info(msg("none"))
        return
    if view == "monthly":
        _self_evaluation(ctx, charts.data)
        _sheets(ctx)
        return
    data = charts.data
    left, right = st.columns(2)
    with left:
        st.subheader(ctx.messages(MESSAGES)("score"))
        st.plotly_chart(charts.score, width="stretch", config={"displayModeBar": False})
    with right:
        st.subheader(ctx.messages(MESSAGES)("comp"))
        st.plotly_chart(charts.competencies, width="stretch", config={"displayModeBar": False})
    st.subheader(ctx.messages(MESSAGES)("topic"))
    st.dataframe(charts.by_topic, hide_index=True, width="stretch")
    cols = st.columns(2)
    cols[0].dataframe(charts.by_channel, hide_index=True)
    cols[1].dataframe(charts.by_language, hide_index=True)
    _next(ctx, what_next(ctx.store, ctx.user, ctx.user.id, ctx.library, dt.date.today(), data))


@dataclass(frozen=True)
class Charts:
    """What the page shows of the finished attempts: the data, both figures and the three tables."""

    data: Any
    score: Any
    competencies: Any
    by_topic: Any
    by_channel: Any
    by_language: Any


def _charts(ctx: PageContext) -> Charts | None:
    """The page's data, figures and tables (None: no finished attempt yet), built once per store, user,
    UI language, library load and :meth:`Store.data_version` (a new, finished or overridden attempt
    builds them afresh): reading the attempts and building two plotly figures took ~0.2 s of every
    visit to the page. Shared between reruns and sessions of the user: not to be changed in place."""
    key = (ctx.store.url, ctx.user.id, ctx.lang, ctx.library.serial, ctx.store.data_version())
    return _cached_charts(key, ctx)


@st.cache_resource(max_entries=200, show_spinner=False)  # as the readiness report (common.cached_readiness_report)
def _cached_charts(key: tuple, _ctx: PageContext) -> Charts | None:
    return _build_charts(_ctx)


def _build_charts(ctx: PageContext) -> Charts | None:
    data = progress_data(ctx.store, ctx.user, ctx.user.id, ctx.library)
    if data.attempts.empty:
        return None
    topics = topic_names(ctx.library, ctx.lang)
    score_label, time_label = t("result.score", ctx.lang), t("page_progress.when", ctx.lang)
    attempts = data.attempts.assign(
        topic=data.attempts["topic"].map(lambda v: topics.get(v, v)),
        scenario=data.attempts["scenario_id"].map(
            ctx.library.title),
        mode=data.attempts["mode"].map(lambda v: t(f"mode.{v}", ctx.lang)))
    score = px.line(attempts, x="finished_at", y="score", color="topic", markers=True,
                    hover_data=["scenario", "mode"], range_y=[0, 105],
                    labels={"finished_at": time_label, "score": score_label, "topic": t("page_progress.topic_col", ctx.lang),
                            "scenario": t("page_progress.scenario_col", ctx.lang),
                            "mode": t("page_progress.mode_col", ctx.lang)})
    for mark in sorted(set(data.attempts["pass_mark"])):
        score.add_hline(y=mark, line_dash="dot")
    comp = data.competencies.assign(competency=data.competencies["competency"].map(
        lambda c: t(f"competency.{c}", ctx.lang)))
    competencies = px.line(comp, x="finished_at", y="score", color="competency", markers=True, range_y=[0, 105],
                           labels={"finished_at": time_label, "score": score_label,
                                   "competency": t("page_progress.competency_col", ctx.lang)})
    return Charts(data, score, competencies,
                  by_topic=_summary(ctx, data.by_topic, "topic", lambda v: topics.get(v, v)),
                  by_channel=_summary(ctx, data.by_channel, "channel", lambda v: t(f"channel.{v}", ctx.lang)),
                  by_language=_summary(ctx, data.by_language, "language", lambda v: t(f"language.{v}", ctx.lang)))


def _summary(ctx: PageContext, df: Any, column: str, name: Any) -> Any:
    """A by-topic / channel / language table with human headers, names and numbers."""
    out = df.copy()
    out[column] = out[column].map(name)
    for col in ("mean_score", "best_score", "last_score"):
        out[col] = out[col].map(lambda v: format_number(v, ctx.lang))
    out["last_at"] = out["last_at"].map(lambda v: format_date(v, ctx.lang, with_time=True))
    headers = Messages(MESSAGES, ctx.lang)["cols"]
    return out.rename(columns={column: headers[column], **headers})


def _readiness(ctx: PageContext) -> None:
    """What the trainee still needs for readiness, in words, with the rule."""
    found = trainee_readiness(ctx.store, ctx.user, ctx.library, dt.date.today(), ctx.lang)
    if found is None:
        return
    evaluation, rule = found
    with st.container(border=True, key="my_readiness"):
        if not evaluation.missing:
            st.success(t("start.ready", ctx.lang))
        else:
            st.markdown(f"**{t('start.need', ctx.lang)}**")
            lines = missing_in_words(evaluation, topic_names(ctx.library, ctx.lang), ctx.lang)
            st.markdown("\n".join(f"- {md_escape(line)}" for line in lines))
        with st.expander(t("start.rule", ctx.lang)):
            st.markdown("\n".join(f"- {md_escape(line)}" for line in rule))


def _next(ctx: PageContext, nxt: dict[str, Any]) -> None:
    st.subheader(ctx.messages(MESSAGES)("next"))
    if nxt["weakest"]["competency"]:
        st.markdown(ctx.messages(MESSAGES)("weakest", c=t(f"competency.{nxt['weakest']['competency']}", ctx.lang),
                       s=format_number(nxt["weakest"]["score"], ctx.lang)))
    titles = {sid: ctx.library.title(sid) for sid in [*ctx.library.scenarios, *ctx.library.exercises]}
    if nxt["practise"]:
        st.markdown(f"**{ctx.messages(MESSAGES)('practise')}:** " + ", ".join(titles.get(s, s) for s in nxt["practise"]))
    if nxt["assigned"]:
        st.markdown(f"**{ctx.messages(MESSAGES)('assigned')}**")
        for a in nxt["assigned"]:
            when = format_date(a["due_date"], ctx.lang) if a["due_date"] else ""
            due = t("start.overdue", ctx.lang, date=when) if a["overdue"] else \
                t("start.due", ctx.lang, date=when) if a["due_date"] else ""
            st.markdown(f"- {a['title']} ({due})" if due else f"- {a['title']}")


def _self_evaluation(ctx: PageContext, data: Any) -> None:
    st.subheader(ctx.messages(MESSAGES)("self"))
    ids = list(reversed(data.attempts["attempt_id"].tolist()))
    titles = {sid: ctx.library.title(sid) for sid in [*ctx.library.scenarios, *ctx.library.exercises]}
    labels = {int(r.attempt_id): f"{format_date(r.finished_at, ctx.lang, with_time=True)} · "
              f"{titles.get(r.scenario_id, r.scenario_id)} · {format_number(r.score, ctx.lang)}"
              for r in data.attempts.itertuples()}
    aid = st.selectbox(ctx.messages(MESSAGES)("pick"), ids, format_func=lambda i: labels[int(i)], key="self_eval_attempt")
    info = ctx.store.get_attempt(ctx.user, int(aid))
    with st.expander(ctx.messages(MESSAGES)("transcript")):
        for turn in info.turns:
            st.caption(ctx.messages(MESSAGES)(turn.role))
            st.text(turn.text)
    saved = [e for e in ctx.store.self_evaluations(ctx.user, ctx.user.id) if e.attempt_id == info.id]
    previous = saved[-1].results if saved else {}
    verdict = lambda v: t(f"verdict.{v}", ctx.lang)  # noqa: E731
    with st.form(f"self_eval_{info.id}"):
        choices = {}
        for c in self_evaluation_table(info, previous).itertuples():
            options = ["pass", "fail", "n/a"]
            mine = previous.get(c.criterion_id)
            # no pre-filled answer: the trainee decides every criterion (None until chosen)
            choices[c.criterion_id] = st.radio(c.title, options, index=options.index(mine) if mine in options else None,
                                               horizontal=True, key=f"se_{c.criterion_id}", format_func=verdict)
        comment = st.text_area(ctx.messages(MESSAGES)("comment"), value=(saved[-1].comment or "") if saved else "")
        if st.form_submit_button(ctx.messages(MESSAGES)("save")):
            answered = {k: v for k, v in choices.items() if v is not None}
            ctx.store.save_self_evaluation(ctx.user, info.id, info.finished_at.strftime("%Y-%m"), answered, comment)
            st.success(ctx.messages(MESSAGES)("saved"))
            previous = answered
    if previous:
        st.markdown(f"**{ctx.messages(MESSAGES)('compare')}**")
        table = self_evaluation_table(info, previous)
        headers = Messages(MESSAGES, ctx.lang)["cmp"]
        yes_no = {True: t("page_progress.yes", ctx.lang), False: t("page_progress.no", ctx.lang)}
        shown = table.drop(columns=["criterion_id"])
        for col in ("self", "automatic", "mentor", "final"):
            shown[col] = table[col].map(lambda v: verdict(v) if isinstance(v, str) else "–")
        shown["agrees"] = table["agrees"].map(lambda v: yes_no.get(v, "–") if v is not None else "–")
        st.dataframe(shown.rename(columns=headers), hide_index=True, width="stretch")


def _sheets(ctx: PageContext) -> None:
    st.subheader(ctx.messages(MESSAGES)("sheets"))
    today = dt.date.today().strftime("%Y-%m")
    month = st.text_input(ctx.messages(MESSAGES)("month"), value=today, key="sheet_month").strip()
    try:
        exports.month_bounds(month)
    except ValueError:
        st.warning(ctx.messages(MESSAGES)("bad_month", month=month, example=today))
        return
    pdf, xlsx = sheet_builders(ctx.store, ctx.user, ctx.lang, user_id=ctx.user.id, month=month)
    cols = st.columns(2)  # built only when clicked: a PDF of a month takes a second or more
    cols[0].download_button(ctx.messages(MESSAGES)("pdf"), pdf, f"sheets-{month}.pdf", "application/pdf", key="sheet_pdf")
    cols[1].download_button(ctx.messages(MESSAGES)("xlsx"), xlsx, f"sheets-{month}.xlsx", XLSX_MIME, key="sheet_xlsx")


def page() -> None:
    """Entry point for the navigation: build the context from the session and render."""
    render(page_context())


PAGE = PageSpec(key="progress", title_key="nav.progress", render=page, icon=":material/trending_up:")
