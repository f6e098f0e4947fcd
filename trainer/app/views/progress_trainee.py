"""Trainee page "My progress": score and competencies over time (plotly), what to practise next,
the monthly self-evaluation (re-read a past call, grade it with the rubric's criteria, then compare
with the automatic and the mentor's results) and the month's sheets as PDF / XLSX.

Thin: the numbers come from :mod:`trainer.onboarding.progress` and :mod:`trainer.onboarding.exports`.
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
from trainer.onboarding.progress import progress_data, self_evaluation_table, what_next

MESSAGES = "page_progress"  # texts in trainer/locales/*.yaml under page_progress:


def _t(ctx: Any, key: str, **kw: Any) -> str:
    text = Messages(MESSAGES, ctx.lang)[key]
    return text.format(**kw) if kw else text


def render(ctx: Any) -> None:
    """Render the page for ``ctx`` (store, library, user, lang)."""
    st.title(_t(ctx, "title"))
    data = progress_data(ctx.store, ctx.user, ctx.user.id, ctx.library)
    if data.attempts.empty:
        st.info(_t(ctx, "none"))
        return
    left, right = st.columns(2)
    with left:
        st.subheader(_t(ctx, "score"))
        fig = px.line(data.attempts, x="finished_at", y="score", color="topic", markers=True,
                      hover_data=["scenario_id", "channel", "language", "mode"], range_y=[0, 105])
        for mark in sorted(set(data.attempts["pass_mark"])):
            fig.add_hline(y=mark, line_dash="dot")
        st.plotly_chart(fig, width="stretch")
    with right:
        st.subheader(_t(ctx, "comp"))
        st.plotly_chart(px.line(data.competencies, x="finished_at", y="score", color="competency", markers=True,
                                range_y=[0, 105]), width="stretch")
    st.subheader(_t(ctx, "topic"))
    st.dataframe(data.by_topic, hide_index=True, width="stretch")
    cols = st.columns(2)
    cols[0].dataframe(data.by_channel, hide_index=True)
    cols[1].dataframe(data.by_language, hide_index=True)
    _next(ctx, what_next(ctx.store, ctx.user, ctx.user.id, ctx.library, dt.date.today(), data))
    _self_evaluation(ctx, data)
    _sheets(ctx)


def _next(ctx: Any, nxt: dict[str, Any]) -> None:
    st.subheader(_t(ctx, "next"))
    if nxt["weakest"]["competency"]:
        st.markdown(_t(ctx, "weakest", c=nxt["weakest"]["competency"], s=nxt["weakest"]["score"]))
    titles = {sid: s.title for sid, s in ctx.library.scenarios.items()}
    if nxt["practise"]:
        st.markdown(f"**{_t(ctx, 'practise')}:** " + ", ".join(titles.get(s, s) for s in nxt["practise"]))
    if nxt["assigned"]:
        st.markdown(f"**{_t(ctx, 'assigned')}**")
        for a in nxt["assigned"]:
            due = _t(ctx, "overdue") if a["overdue"] else _t(ctx, "due", d=a["due_date"]) if a["due_date"] else ""
            st.markdown(f"- {a['title']} ({due})" if due else f"- {a['title']}")


def _self_evaluation(ctx: Any, data: Any) -> None:
    st.subheader(_t(ctx, "self"))
    ids = list(reversed(data.attempts["attempt_id"].tolist()))
    labels = {int(r.attempt_id): f"{r.finished_at:%Y-%m-%d} · {r.scenario_id} · {r.score:g}"
              for r in data.attempts.itertuples()}
    aid = st.selectbox(_t(ctx, "pick"), ids, format_func=lambda i: labels[int(i)], key="self_eval_attempt")
    info = ctx.store.get_attempt(ctx.user, int(aid))
    with st.expander(_t(ctx, "transcript")):
        for turn in info.turns:
            st.markdown(f"**{_t(ctx, turn.role)}:**")
            st.text(turn.text)  # literally: no Markdown from the trainee's own text (M3)
    saved = [e for e in ctx.store.self_evaluations(ctx.user, ctx.user.id) if e.attempt_id == info.id]
    previous = saved[-1].results if saved else {}
    with st.form(f"self_eval_{info.id}"):
        choices = {}
        for c in self_evaluation_table(info, previous).itertuples():
            options = ["pass", "fail", "n/a"]
            default = options.index(previous.get(c.criterion_id, "pass")) if previous.get(c.criterion_id) in options else 0
            choices[c.criterion_id] = st.radio(c.title, options, index=default, horizontal=True, key=f"se_{c.criterion_id}")
        comment = st.text_area(_t(ctx, "comment"), value=(saved[-1].comment or "") if saved else "")
        if st.form_submit_button(_t(ctx, "save")):
            ctx.store.save_self_evaluation(ctx.user, info.id, info.finished_at.strftime("%Y-%m"), choices, comment)
            st.success(_t(ctx, "saved"))
            previous = choices
    if previous:
        st.markdown(f"**{_t(ctx, 'compare')}**")
        st.dataframe(self_evaluation_table(info, previous), hide_index=True, width="stretch")


def _sheets(ctx: Any) -> None:
    st.subheader(_t(ctx, "sheets"))
    month = st.text_input(_t(ctx, "month"), value=dt.date.today().strftime("%Y-%m"), key="sheet_month")
    try:
        data = exports.sheet_data(ctx.store, ctx.user, user_id=ctx.user.id, month=month)
    except ValueError:
        return
    cols = st.columns(2)
    cols[0].download_button(_t(ctx, "pdf"), exports.sheets_pdf(data, ctx.lang), f"sheets-{month}.pdf",
                            "application/pdf", key="sheet_pdf")
    cols[1].download_button(_t(ctx, "xlsx"), exports.sheets_xlsx(data, ctx.lang), f"sheets-{month}.xlsx",
                            key="sheet_xlsx")


def page() -> None:
    """Entry point for the navigation: build the context from the session and render."""
    render(SimpleNamespace(store=get_store(), library=get_library(), user=require_user(), lang=lang()))


PAGE = PageSpec(key="progress", title_key="nav.progress", render=page, icon=":material/trending_up:")
