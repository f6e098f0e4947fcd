"""Catalogue: every scenario with filters, its goals and duties; start it in practice or test mode.

Broken scenario files are listed too, with their errors (file, line, field, fix).
"""

from __future__ import annotations

import streamlit as st

from trainer.app.common import (
    ATTEMPT_ID,
    PageSpec,
    get_library,
    get_service,
    get_store,
    goto,
    require_user,
    show_flash,
    tr,
)

# Material icons: rendered by Streamlit's own icon font (no emoji font needed on the machine).
STATUS_ICON = {"new": ":gray[:material/radio_button_unchecked:]", "tried": ":orange[:material/pending:]",
               "passed": ":green[:material/check_circle:]"}


def _filters(items: list[dict]) -> dict[str, list]:
    def options(key: str) -> list:
        return sorted({m[key] for m in items})

    cols = st.columns(5)
    chosen = {
        "topic": cols[0].multiselect(tr("catalogue.filter.topic"), options("topic"), key="f_topic",
                                     placeholder=tr("catalogue.filter.all")),
        "channel": cols[1].multiselect(tr("catalogue.filter.channel"), options("channel"), key="f_channel",
                                       format_func=lambda v: tr(f"channel.{v}"), placeholder=tr("catalogue.filter.all")),
        "language": cols[2].multiselect(tr("catalogue.filter.language"), options("language"), key="f_language",
                                        format_func=lambda v: tr(f"language.{v}"),
                                        placeholder=tr("catalogue.filter.all")),
        "difficulty": cols[3].multiselect(tr("catalogue.filter.difficulty"), options("difficulty"),
                                          key="f_difficulty", placeholder=tr("catalogue.filter.all")),
        "status": cols[4].multiselect(tr("catalogue.filter.status"), ["new", "tried", "passed"], key="f_status",
                                      format_func=lambda v: tr(f"status.{v}"), placeholder=tr("catalogue.filter.all")),
    }
    return chosen


def _start(sid: str, mode: str) -> None:
    user = require_user()
    attempt_id = get_service().start(user, sid, mode)
    st.session_state[ATTEMPT_ID] = attempt_id
    goto("conversation")


def render() -> None:
    user = require_user()
    service = get_service()
    library = get_library()
    st.title(tr("catalogue.title"))
    show_flash()
    active = service.resume(user)
    if active is not None:
        attempt_id, conv = active
        with st.container(border=True):
            st.markdown(tr("catalogue.active", title=conv.scenario.title))
            if st.button(tr("catalogue.continue"), key="continue", type="primary"):
                st.session_state[ATTEMPT_ID] = attempt_id
                goto("conversation")

    _new_feedback(user)
    status = service.status_by_scenario(user)
    ok = [dict(e.metadata(), status=status.get(e.id, "new")) for e in library.entries if e.ok]
    broken = [e for e in library.entries if not e.ok]
    chosen = _filters(ok)
    shown = [m for m in ok if all(not values or m[key] in values for key, values in chosen.items())]
    st.caption(tr("catalogue.count", shown=len(shown), total=len(ok)))
    for meta in shown:
        _card(meta)
    if broken:
        st.subheader(tr("catalogue.broken_title"))
        for entry in broken:
            with st.container(border=True):
                st.error(tr("catalogue.broken", id=entry.id, file=entry.file))
                for problem in entry.errors:
                    where = f"{problem.file}:{problem.line}" if problem.line else problem.file
                    field = f"{problem.field}: " if problem.field else ""
                    st.text(f"{where}: {field}{problem.message}")
                    if problem.hint:
                        st.caption(tr("catalogue.fix", hint=problem.hint))


def _new_feedback(user) -> None:
    """A notice when a mentor has reviewed one of the user's conversations since they last looked."""
    new = [aid for aid, state in get_store().feedback_states(user, user.id).items() if state.new]
    if new:
        with st.container(border=True, key="new_feedback"):
            st.markdown(f":orange-badge[:material/mark_email_unread: {tr('feedback.new')}] "
                        + tr("catalogue.new_feedback", n=len(new)))
            if st.button(tr("catalogue.open_feedback"), key="open_feedback", type="primary"):
                if len(new) == 1:
                    st.session_state[ATTEMPT_ID] = new[0]
                    goto("result", attempt=new[0])
                goto("history")


def _card(meta: dict) -> None:
    sid = meta["id"]
    with st.container(border=True, key=f"card_{sid}"):
        head, buttons = st.columns([4, 1])
        with head:
            st.markdown(f"#### {STATUS_ICON[meta['status']]} {meta['title']}")
            st.caption(" · ".join([
                tr("catalogue.topic", topic=meta["topic"]),
                tr(f"channel.{meta['channel']}"),
                tr(f"language.{meta['language']}"),
                tr("catalogue.difficulty", stars="★" * meta["difficulty"] + "☆" * (3 - meta["difficulty"])),
                tr(f"status.{meta['status']}"),
            ]))
            if meta["goals"]:
                st.markdown(f"**{tr('catalogue.goals')}**")
                st.markdown("\n".join(f"- {goal}" for goal in meta["goals"]))
            st.markdown(f"**{tr('catalogue.duties')}** " + ", ".join(meta["duties"]))
            if meta["competencies"]:
                st.caption(tr("catalogue.competencies") + " "
                           + ", ".join(tr(f"competency.{c}") for c in meta["competencies"]))
        with buttons:
            if st.button(tr("catalogue.practice"), key=f"practice_{sid}", type="primary", width="stretch"):
                _start(sid, "practice")
            if st.button(tr("catalogue.test"), key=f"test_{sid}", width="stretch",
                         help=tr("catalogue.test_help")):
                _start(sid, "test")


PAGE = PageSpec(key="catalogue", title_key="nav.catalogue", render=render, icon=":material/menu_book:", default=True)
