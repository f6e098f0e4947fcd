"""Mentor page "Review queue" (a mentor's landing page): the finished attempts of their mentees (a
lead's: of their organisation), attempts without feedback first, then those the trainee replied to,
failed before passed, newest first; each opens the review of that attempt.

Thin: the order and the rights come from :meth:`trainer.storage.Store.review_queue`.
"""

from __future__ import annotations

import streamlit as st

from trainer.app.common import PageSpec, get_library, get_store, goto, lang, md_escape, require_user, tr
from trainer.onboarding.review import format_date, format_number

REVIEW_ATTEMPT = "review_attempt_id"
SHOWN = 100


def render() -> None:
    user = require_user()
    store = get_store()
    library = get_library()
    st.title(tr("queue.title"))
    queue = store.review_queue(user, limit=500)
    if not queue:
        st.info(tr("queue.none"))
        return
    st.caption(tr("queue.intro"))
    show_done = st.toggle(tr("queue.show_done"), key="queue_show_done")
    items = [q for q in queue if show_done or not q.reviewed or q.reply_waiting][:SHOWN]
    for q in items:
        a = q.attempt
        line = tr("queue.entry", name=q.trainee_name, date=format_date(a.finished_at, lang(), with_time=True),
                  scenario=library.title(a.scenario_id), mode=tr(f"mode.{a.mode}"),
                  score=format_number(a.score, lang()),
                  verdict=tr("history.passed" if a.passed else "history.failed"))
        if q.reply_waiting:
            badge = f":blue-badge[:material/reply: {tr('queue.reply_waiting')}]"
        elif not q.reviewed:
            badge = f":orange-badge[:material/pending: {tr('queue.unreviewed')}]"
        else:
            badge = f":green-badge[:material/check: {tr('queue.reviewed')}]"
        with st.container(border=True, key=f"queue_{a.id}"):
            cols = st.columns([5, 1])
            cols[0].markdown(f"{badge} {md_escape(line)}")
            if cols[1].button(tr("queue.open"), key=f"review_{a.id}", width="stretch"):
                st.session_state[REVIEW_ATTEMPT] = a.id
                goto("mentor_review", attempt=a.id)


PAGE = PageSpec(key="queue", title_key="nav.queue", render=render, icon=":material/inbox:")
