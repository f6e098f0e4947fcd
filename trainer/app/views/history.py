"""Trainee page "My conversations": every finished attempt, newest first, with its (effective) score,
pass/fail and a "new feedback" mark, each a link to its result page (``result?attempt=ID``).

Thin: the list and the feedback marks are two store calls; the score comes from the attempt rows.
"""

from __future__ import annotations

import streamlit as st

from trainer.app.common import PageSpec, get_library, get_store, lang, md_escape, page_link, require_user, tr
from trainer.onboarding.review import format_date, format_number, row_score


def render() -> None:
    user = require_user()
    store = get_store()
    library = get_library()
    st.title(tr("history.title"))
    attempts = store.list_attempts(user, user_id=user.id, status="finished")
    if not attempts:
        st.info(tr("history.none"))
        return
    states = store.feedback_states(user, user.id)
    scores = {r["attempt_id"]: r for r in store.attempt_score_rows(user, user_ids=[user.id])}
    for a in attempts:
        row = scores.get(a.id)
        score, passed = row_score(row) if row is not None else (a.score, bool(a.passed))
        line = tr("history.entry", date=format_date(a.finished_at, lang(), with_time=True),
                  scenario=library.title(a.scenario_id), mode=tr(f"mode.{a.mode}"),
                  score=format_number(score, lang()), verdict=tr("history.passed" if passed else "history.failed"))
        state = states.get(a.id)
        with st.container(border=True, key=f"attempt_{a.id}"):
            cols = st.columns([5, 1])
            badge = ""
            if state is not None and state.new:
                badge = f" :orange-badge[:material/mark_email_unread: {tr('history.new_feedback')}]"
            elif state is not None:
                badge = f" :gray-badge[:material/rate_review: {tr('history.feedback')}]"
            cols[0].markdown(md_escape(line) + badge)
            with cols[1]:
                page_link("result", tr("history.open"), icon=":material/open_in_new:", attempt=a.id)


PAGE = PageSpec(key="history", title_key="nav.history", render=render, icon=":material/history:")
