"""Catalogue: every scenario with a search box and filters, its goals and duties; start it in practice or
test mode.

The assigned scenarios come first (in the "start here" box), then the scenarios of the user's language
from easy to hard, :data:`PAGE_SIZE` at a time with a "show more" button (a page of 40 cards took the
browser about a second to draw on every visit). The search box finds any scenario by words of its title,
topic, goals, duties or id (diacritics folded, as the scorer folds them). Broken scenario files are listed
too, with their errors (file, line, field, fix).
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from trainer.app import browser
from trainer.app.common import (
    ATTEMPT_ID,
    PageSpec,
    get_library,
    get_service,
    get_store,
    goto,
    lang,
    md_escape,
    require_user,
    show_flash,
    tr,
)
from trainer.onboarding.review import (
    format_date,
    missing_in_words,
    open_assignments,
    topic_names,
    trainee_readiness,
)

# Material icons: rendered by Streamlit's own icon font (no emoji font needed on the machine).
STATUS_ICON = {"new": ":gray[:material/radio_button_unchecked:]", "tried": ":orange[:material/pending:]",
               "passed": ":green[:material/check_circle:]"}


FILTERS = ("topic", "channel", "language", "difficulty", "status")
KEEP = "catalogue_filters"  # the chosen filters, kept when the user leaves the page
SEARCH = "f_search"  # the search box (not kept: coming back, the list starts from the top)
PAGE_SIZE = 12  # cards shown at first; "show more" adds as many again
SHOWN = "catalogue_shown"  # (filters and search the count belongs to, number of cards shown)
LEAVE = "leave_test"  # (card key prefix, scenario id, mode): a start that waits for "abandon the test?"


def _filters(items: list[dict], topics: dict[str, str]) -> dict[str, list]:
    """The five filters; the language defaults to the user's, and choices survive leaving the page.
    On a phone they start collapsed (five filters would fill the first screen)."""
    def options(key: str) -> list:
        return sorted({m[key] for m in items})

    kept = st.session_state.setdefault(KEEP, {})
    if "language" not in kept:
        kept["language"] = [lang()] if lang() in options("language") else []
    for key in FILTERS:
        widget = f"f_{key}"
        if widget not in st.session_state:
            st.session_state[widget] = [v for v in kept.get(key, []) if v in options(key) or key == "status"]
    labels = {"topic": lambda v: topics.get(v, v), "channel": lambda v: tr(f"channel.{v}"),
              "language": lambda v: tr(f"language.{v}"), "difficulty": lambda v: "★" * v + "☆" * (3 - v),
              "status": lambda v: tr(f"status.{v}")}
    with st.expander(tr("catalogue.filters"), expanded=not browser.is_phone(), key="filters_box"):
        cols = st.columns(5)
        chosen = {}
        for col, key in zip(cols, FILTERS, strict=True):
            opts = ["new", "tried", "passed"] if key == "status" else options(key)
            chosen[key] = col.multiselect(tr(f"catalogue.filter.{key}"), opts, key=f"f_{key}",
                                          format_func=labels[key], placeholder=tr("catalogue.filter.all"))
            kept[key] = list(chosen[key])
    return chosen


def _start_here(user, ok: list[dict], unfinished_test: str | None = None) -> set[str]:
    """The "start here" box: assigned scenarios with due dates, the two modes explained, and for a
    trainee what is still needed for readiness. Returns the assigned scenario ids."""
    today = dt.date.today()
    store, library = get_store(), get_library()
    assigned = open_assignments(store, user, user.id, library, today)
    readiness = trainee_readiness(store, user, library, today, lang())
    with st.container(border=True, key="start_here"):
        st.markdown(f"### :material/flag: {tr('start.title')}")
        st.markdown(tr("start.modes"))
        st.caption(tr("start.sorted"))
        if readiness is not None:
            evaluation, rule = readiness
            if not evaluation.missing:
                st.success(tr("start.ready"))
            else:
                st.markdown(f"**{tr('start.need')}**")
                st.markdown("\n".join(f"- {md_escape(line)}"
                                       for line in missing_in_words(evaluation, topic_names(library, lang()), lang())))
            with st.expander(tr("start.rule")):
                st.markdown("\n".join(f"- {md_escape(line)}" for line in rule))
    if assigned:
        st.subheader(tr("start.assigned"))
        by_id = {m["id"]: m for m in ok}
        for item in assigned:
            meta = by_id.get(item["scenario_id"])
            if meta is None:
                continue
            due = item["due_date"]
            when = "" if due is None else tr("start.overdue" if item["overdue"] else "start.due",
                                             date=format_date(due, lang()))
            _card(meta, prefix="assigned", due=when, overdue=item["overdue"], unfinished_test=unfinished_test)
    return {item["scenario_id"] for item in assigned}


def _start(sid: str, mode: str) -> None:
    user = require_user()
    st.session_state.pop(LEAVE, None)
    if sid in get_library().exercises:  # kind: exercise: the sheet page, not a conversation
        goto("exercise", exercise=sid, mode=mode)
    attempt_id = get_service().start(user, sid, mode)
    st.session_state[ATTEMPT_ID] = attempt_id
    goto("conversation")


def _ask_or_start(keyp: str, sid: str, mode: str, unfinished_test: str | None) -> None:
    """Start at once, or, while a test is unfinished (starting abandons it), ask first."""
    if unfinished_test is None:
        _start(sid, mode)
    st.session_state[LEAVE] = (keyp, sid, mode)


def _confirm_leave(unfinished_test: str) -> None:
    """The question under the pressed button: abandon the unfinished test and start this scenario?"""
    _, sid, mode = st.session_state[LEAVE]
    with st.container(border=True, key="leave_confirmation"):
        st.warning(tr("session.leave_test", title=unfinished_test), icon=":material/warning:")
        yes, no = st.columns(2)
        if yes.button(tr("session.leave_yes"), key="leave_yes", type="primary", width="stretch"):
            _start(sid, mode)
        if no.button(tr("session.leave_no"), key="leave_no", width="stretch"):
            st.session_state.pop(LEAVE, None)
            st.rerun()


def render() -> None:
    user = require_user()
    service = get_service()
    library = get_library()
    st.title(tr("catalogue.title"))
    show_flash()
    active = service.resume(user)
    unfinished_test = None
    if active is not None:
        attempt_id, conv = active
        if get_store().attempt_state(user, attempt_id).mode == "test":
            unfinished_test = conv.scenario.title  # starting another one abandons it: ask first
        with st.container(border=True):
            st.markdown(tr("catalogue.active", title=conv.scenario.title))
            if st.button(tr("catalogue.continue"), key="continue", type="primary"):
                st.session_state[ATTEMPT_ID] = attempt_id
                goto("conversation")

    _new_feedback(user)
    status = service.status_by_scenario(user)
    ok = [dict(e.metadata(), status=status.get(e.id, "new")) for e in library.entries if e.ok]
    ok.sort(key=lambda m: (m["difficulty"], m["title"]))  # easy to hard
    broken = [e for e in library.entries if not e.ok]
    if unfinished_test is None:
        st.session_state.pop(LEAVE, None)
    _start_here(user, ok, unfinished_test)
    topics = topic_names(library, lang())
    query = st.text_input(tr("catalogue.search"), key=SEARCH, placeholder=tr("catalogue.search_hint"),
                          icon=":material/search:").strip()
    chosen = _filters(ok, topics)
    matching = [m for m in ok if all(not values or m[key] in values for key, values in chosen.items())
                and _matches(m, query, topics)]
    limit = _limit(repr((sorted(chosen.items()), query)))
    st.caption(tr("catalogue.count", shown=min(limit, len(matching)), total=len(matching)))
    for meta in matching[:limit]:
        _card(meta, topics=topics, unfinished_test=unfinished_test)
    if len(matching) > limit:
        more = min(PAGE_SIZE, len(matching) - limit)
        if st.button(tr("catalogue.more", n=more, rest=len(matching) - limit), key="show_more",
                     icon=":material/expand_more:"):
            st.session_state[SHOWN] = (st.session_state[SHOWN][0], limit + PAGE_SIZE)
            st.rerun()
    elif not matching:
        st.info(tr("catalogue.none"))
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


def _search_text(meta: dict, topics: dict[str, str]) -> str:
    """What the search box looks in: title, id, topic (name and id), goals, duties, folded."""
    from trainer.text.normalize import fold

    return fold(" ".join([meta["title"], meta["id"], meta["topic"], topics.get(meta["topic"], ""),
                          *meta["goals"], *meta["duties"]]))


def _matches(meta: dict, query: str, topics: dict[str, str]) -> bool:
    """Every word of the query occurs in the scenario's search text (empty query: every scenario)."""
    if not query:
        return True
    from trainer.text.normalize import fold

    text = _search_text(meta, topics)
    return all(word in text for word in fold(query).split())


def _limit(signature: str) -> int:
    """How many cards to show: :data:`PAGE_SIZE`, more after "show more"; back to the first page when
    the filters or the search change (``signature``)."""
    kept = st.session_state.get(SHOWN)
    if kept is None or kept[0] != signature:
        kept = st.session_state[SHOWN] = (signature, PAGE_SIZE)
    return kept[1]


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


def _card(meta: dict, prefix: str = "", due: str = "", overdue: bool = False,
          topics: dict[str, str] | None = None, unfinished_test: str | None = None) -> None:
    sid = meta["id"]
    keyp = f"{prefix}_" if prefix else ""
    topic = (topics or topic_names(get_library(), lang())).get(meta["topic"], meta["topic"])
    with st.container(border=True, key=f"{keyp}card_{sid}"):
        head, buttons = st.columns([4, 1])
        with head:
            # one element per card for the text (title, due date, facts, goals, duties, competencies):
            # a catalogue of 40 cards is mostly what the browser has to render on a page switch
            status = tr(f"status.{meta['status']}")
            lines = [f"#### {STATUS_ICON[meta['status']]} {md_escape(meta['title'])}", ""]
            if due:
                lines += [f":{'red' if overdue else 'orange'}-badge[:material/event: {md_escape(due)}]", ""]
            lines += [":gray[" + " · ".join([
                status,  # the status icon in words
                tr("catalogue.topic", topic=topic),
                tr(f"channel.{meta['channel']}"),
                tr(f"language.{meta['language']}"),
                tr("catalogue.difficulty", stars="★" * meta["difficulty"] + "☆" * (3 - meta["difficulty"])),
            ]) + "]", ""]
            if meta["goals"]:
                lines += [f"**{tr('catalogue.goals')}**", "", *(f"- {goal}" for goal in meta["goals"]), ""]
            lines.append(f"**{tr('catalogue.duties')}** " + ", ".join(meta["duties"]))
            if meta["competencies"]:
                lines += ["", ":gray[" + md_escape(tr("catalogue.competencies") + " " + ", ".join(
                    tr(f"competency.{c}") for c in meta["competencies"])) + "]"]
            st.markdown("\n".join(lines))
        with buttons:
            if st.button(tr("catalogue.practice"), key=f"{keyp}practice_{sid}", type="primary", width="stretch"):
                _ask_or_start(keyp, sid, "practice", unfinished_test)
            if st.button(tr("catalogue.test"), key=f"{keyp}test_{sid}", width="stretch",
                         help=tr("catalogue.test_help")):
                _ask_or_start(keyp, sid, "test", unfinished_test)
        pending = st.session_state.get(LEAVE)
        if unfinished_test is not None and pending is not None and pending[:2] == (keyp, sid):
            _confirm_leave(unfinished_test)


PAGE = PageSpec(key="catalogue", title_key="nav.catalogue", render=render, icon=":material/menu_book:", default=True)
