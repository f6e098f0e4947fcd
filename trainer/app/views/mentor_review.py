"""Mentor page "Review": one mentee's attempt with its transcript and automatic result; comment on
turns, override a criterion (a reason is required), write a review note, assign scenarios with a due
date, and download the feedback and evaluation sheets (the attempt or its month) as PDF / XLSX.

Thin: every action is one store call; the sheets come from :mod:`trainer.onboarding.exports`.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

import streamlit as st

from trainer.app.common import PageSpec, get_library, get_store, lang, require_user
from trainer.app.views.mentor_mentees import REVIEW_USER
from trainer.i18n import Messages
from trainer.onboarding import exports

MESSAGES = "page_review"  # texts in trainer/locales/*.yaml under page_review:


def render(ctx: Any) -> None:
    """Render the page for ``ctx`` (store, library, user, lang)."""
    w = Messages(MESSAGES, ctx.lang)
    st.title(w["title"])
    trainees = [u for u in ctx.store.list_users(ctx.user, role="trainee") if u.id != ctx.user.id]
    if not trainees:
        st.info(w["none"])
        return
    ids = [u.id for u in trainees]
    names = {u.id: u.display_name for u in trainees}
    wanted = st.session_state.get(REVIEW_USER)
    uid = st.selectbox(w["trainee"], ids, index=ids.index(wanted) if wanted in ids else 0,
                       format_func=lambda i: names[i], key="review_trainee")
    _assign(ctx, w, uid)
    attempts = ctx.store.list_attempts(ctx.user, user_id=uid, status="finished")
    if not attempts:
        st.info(w["none"])
        return
    labels = {a.id: f"{a.finished_at:%Y-%m-%d %H:%M} · {a.scenario_id} · {a.score:g}" + (" ✓" if a.reviewed else "")
              for a in attempts}
    aid = st.selectbox(w["attempt"], list(labels), format_func=lambda i: labels[i], key="review_attempt")
    info = ctx.store.get_attempt(ctx.user, aid)
    left, right = st.columns([3, 2], gap="large")
    with left:
        _transcript(ctx, w, info)
    with right:
        _criteria(ctx, w, info)
    _sheets(ctx, w, info)


def _transcript(ctx: Any, w: dict, info: Any) -> None:
    st.subheader(w["transcript"])
    notes: dict[int, list[str]] = {}
    for c in info.turn_comments:
        notes.setdefault(c.turn_idx, []).append(c.text)
    for t in info.turns:
        with st.chat_message("user" if t.role == "agent" else "assistant"):
            # trainee text is shown literally (st.text): no Markdown images, links or forged turns (M3)
            st.markdown(f"**{t.idx + 1}. {w[t.role]}:**")
            st.text(t.text)
            for note in notes.get(t.idx, []):
                st.text(f"💬 {note}")
    agent = [t.idx for t in info.turns if t.role == "agent"]
    with st.form(f"turn_comment_{info.id}", clear_on_submit=True):
        idx = st.selectbox(w["turn"], agent, format_func=lambda i: str(i + 1))
        text = st.text_input(w["comment_turn"])
        if st.form_submit_button(w["add"]) and text.strip():
            ctx.store.comment_turn(ctx.user, info.id, int(idx), text)
            st.rerun()
    with st.form(f"review_{info.id}", clear_on_submit=True):
        for r in info.reviews:
            st.text(f"{r.created_at:%Y-%m-%d}: {r.comment}")
        note = st.text_area(w["review"])
        if st.form_submit_button(w["add"]) and note.strip():
            ctx.store.add_review(ctx.user, info.id, note)
            st.rerun()


def _criteria(ctx: Any, w: dict, info: Any) -> None:
    st.subheader(f"{w['criteria']} · {w['score']} {info.score:g}")
    titles = {c["id"]: c.get("title", c["id"]) for c in (info.result or {}).get("criteria", [])}
    st.dataframe([{w["criterion"]: titles.get(c.criterion_id, c.criterion_id), "auto": c.automatic_result,
                   "→": c.result if c.overridden else "", "pts": f"{c.points:g}/{c.max_points:g}"}
                  for c in info.criteria], hide_index=True, width="stretch")
    with st.form(f"override_{info.id}", clear_on_submit=True):
        st.markdown(f"**{w['override']}**")
        cid = st.selectbox(w["criterion"], [c.criterion_id for c in info.criteria],
                           format_func=lambda c: titles.get(c, c))
        new = st.radio(w["new"], ["pass", "fail", "n/a"], horizontal=True)
        reason = st.text_input(w["reason"])
        if st.form_submit_button(w["add"]):
            if not reason.strip():
                st.error(w["need_reason"])
            else:
                ctx.store.override_criterion(ctx.user, info.id, cid, new, reason)
                st.rerun()


def _assign(ctx: Any, w: dict, uid: int) -> None:
    with st.expander(w["assign"]):
        with st.form(f"assign_{uid}", clear_on_submit=True):
            titles = {sid: f"{s.title} ({s.language}, {s.channel})" for sid, s in sorted(ctx.library.scenarios.items())}
            picked = st.multiselect(w["assign"], list(titles), format_func=lambda s: titles[s])
            due = st.date_input(w["due"], value=dt.date.today() + dt.timedelta(days=7))
            if st.form_submit_button(w["add"]) and picked:
                ctx.store.assign(ctx.user, picked, due, user_id=uid)
                st.success(w["done"])


def _sheets(ctx: Any, w: dict, info: Any) -> None:
    st.subheader(w["sheets"])
    month = info.finished_at.strftime("%Y-%m")
    whole = st.toggle(f"{month} ({w['month']})", key="sheet_whole_month")
    data = exports.sheet_data(ctx.store, ctx.user, user_id=info.user_id, month=month) if whole else \
        exports.sheet_data(ctx.store, ctx.user, attempt_id=info.id)
    name = f"sheets-{info.user_id}-{month if whole else info.id}"
    cols = st.columns(2)
    cols[0].download_button("PDF", exports.sheets_pdf(data, ctx.lang), f"{name}.pdf", "application/pdf",
                            key="review_pdf")
    cols[1].download_button("XLSX", exports.sheets_xlsx(data, ctx.lang), f"{name}.xlsx", key="review_xlsx")


def page() -> None:
    """Entry point for the navigation."""
    render(SimpleNamespace(store=get_store(), library=get_library(), user=require_user(), lang=lang()))


PAGE = PageSpec(key="mentor_review", title_key="nav.mentor_review", render=page, icon=":material/rate_review:")
