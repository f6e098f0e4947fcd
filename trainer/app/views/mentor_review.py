"""Mentor page "Review": one mentee's attempt, the transcript and the scorecard side by side.

Each criterion shows the scorer's verdict, feedback and evidence next to its override control (a
reason is required, a save is confirmed, the same override twice is refused); the header shows the
effective score. Comments attach to a reply (its "Comment" button). Trainee text is shown literally.
Below: the review note, whether the trainee has read the feedback and their replies, a link to send,
assigning scenarios, and the feedback / evaluation sheets (PDF / XLSX).

Which attempt: ``?attempt=ID`` (from the review queue or a link), else the pickers.
Thin: every action is one store call; the sheets come from :mod:`trainer.onboarding.exports`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import streamlit as st

from trainer.app.common import (
    XLSX_MIME,
    PageSpec,
    esc,
    md_escape,
    sheet_builders,
)
from trainer.app.context import PageContext, page_context
from trainer.app.icons import icon
from trainer.app.views.mentor_mentees import REVIEW_USER, assignments_section
from trainer.i18n import Messages, t
from trainer.onboarding.review import (
    effective_score,
    format_date,
    format_number,
    reply_numbers,
)
from trainer.storage import Conflict, NotFound, PermissionDenied

MESSAGES = "page_review"  # texts in trainer/locales/*.yaml under page_review:
REVIEW_ATTEMPT = "review_attempt_id"
FLASH = "review_flash"
VERDICTS = ("pass", "fail", "n/a")
# hidden from screen readers: the verdict in words after each heading is its text alternative
ICON = {"pass": icon("check_circle", "green"), "fail": icon("cancel", "red"), "n/a": icon("remove")}


def _wanted_attempt(ctx: PageContext) -> Any | None:
    """The attempt asked for in the address (``?attempt=ID``) or by the queue, if the mentor may read it."""
    try:
        wanted = st.query_params.get("attempt") or st.session_state.get(REVIEW_ATTEMPT)
    except Exception:  # noqa: BLE001 - outside a Streamlit run (tests calling render directly)
        wanted = None
    if not wanted or not str(wanted).isdigit():
        return None
    try:
        info = ctx.store.get_attempt(ctx.user, int(wanted))
    except (NotFound, PermissionDenied):
        return None
    return info if info.status == "finished" else None


def render(ctx: PageContext) -> None:
    """Render the page for ``ctx`` (store, library, user, lang)."""
    w = Messages(MESSAGES, ctx.lang)
    st.title(w["title"])
    trainees = [u for u in ctx.store.list_users(ctx.user, role="trainee") if u.id != ctx.user.id]
    if not trainees:
        st.info(w["none"])
        return
    ids = [u.id for u in trainees]
    names = {u.id: u.display_name for u in trainees}
    target = _wanted_attempt(ctx)
    if target is not None and (target.user_id not in ids or st.session_state.get("review_applied") == target.id):
        target = None  # applied once: afterwards the pickers decide
    if target is not None:
        st.session_state["review_trainee"] = target.user_id
    elif st.session_state.get("review_trainee") not in ids:
        wanted = st.session_state.get(REVIEW_USER)
        st.session_state["review_trainee"] = wanted if wanted in ids else ids[0]
    uid = st.selectbox(w["trainee"], ids, format_func=lambda i: names[i], key="review_trainee")
    _assign(ctx, w, uid, names[uid])
    attempts = ctx.store.list_attempts(ctx.user, user_id=uid, status="finished")
    if not attempts:
        st.info(w["none"])
        return
    library = ctx.library
    labels = {a.id: " · ".join([
        format_date(a.finished_at, ctx.lang, with_time=True),
        library.title(a.scenario_id),
        t(f"mode.{a.mode}", ctx.lang), format_number(a.score, ctx.lang)]) + (f" · {t('review.reviewed_mark', ctx.lang)}" if a.reviewed else "")
        for a in attempts}
    if target is not None and target.id in labels:
        st.session_state["review_attempt"] = target.id
        st.session_state["review_applied"] = target.id
    elif st.session_state.get("review_attempt") not in labels:
        st.session_state["review_attempt"] = next(iter(labels))
    aid = st.selectbox(w["attempt"], list(labels), format_func=lambda i: labels[i], key="review_attempt")
    info = target if target is not None and target.id == aid else ctx.store.get_attempt(ctx.user, aid)
    flash = st.session_state.pop(FLASH, None)
    if flash:
        st.success(flash)
    score, auto = effective_score(info), round(float(info.score or 0.0), 1)
    header = t("review.effective_header", ctx.lang, score=format_number(score, ctx.lang)) if score == auto else \
        t("review.effective_auto", ctx.lang, score=format_number(score, ctx.lang), auto=format_number(auto, ctx.lang))
    title = library.title(info.scenario_id)
    st.subheader(f"{title} · {header}")
    left, right = st.columns([1, 1], gap="large")
    with left:
        _transcript(ctx, w, info)
    with right:
        _criteria(ctx, w, info)
    _notes(ctx, w, info)
    _sheets(ctx, w, info)


def _transcript(ctx: PageContext, w: Any, info: Any) -> None:
    st.markdown(f"### {w['transcript']}")
    notes: dict[int, list[str]] = {}
    for c in info.turn_comments:
        notes.setdefault(c.turn_idx, []).append(c.text)
    numbers = reply_numbers([tn.role for tn in info.turns])
    for tn in info.turns:
        with st.chat_message("user" if tn.role == "agent" else "assistant"):
            who = w[tn.role] + (f" · {t('review.reply_label', ctx.lang, n=numbers[tn.idx])}" if tn.idx in numbers else "")
            st.caption(who)
            st.text(tn.text)  # literal: no markdown, links or formulas from trainee text
            for note in notes.get(tn.idx, []):
                st.text(f"💬 {note}")  # literal: trainee and mentor text is never Markdown (M3)
            if tn.role == "agent":
                with st.popover(t("review.comment_this", ctx.lang), icon=":material/add_comment:"):
                    with st.form(f"turn_comment_{info.id}_{tn.idx}", clear_on_submit=True, border=False):
                        text = st.text_area(w["comment_turn"], key=f"comment_text_{tn.idx}")
                        if st.form_submit_button(w["add"], key=f"comment_add_{tn.idx}") and text.strip():
                            ctx.store.comment_turn(ctx.user, info.id, int(tn.idx), text)
                            st.session_state[FLASH] = t("review.comment_saved", ctx.lang)
                            st.rerun()


def _criteria(ctx: PageContext, w: Any, info: Any) -> None:
    st.markdown(f"### {w['criteria']}")
    auto = {c["id"]: c for c in (info.result or {}).get("criteria", [])}
    for c in info.criteria:
        crit = auto.get(c.criterion_id, {})
        title = crit.get("title", c.criterion_id)
        pts = t("result.na", ctx.lang) if c.result == "n/a" else \
            f"{format_number(c.points, ctx.lang)}/{format_number(c.max_points, ctx.lang)}"
        critical = f" · {t('result.critical_mark', ctx.lang)}" if c.critical else ""
        with st.container(border=True, key=f"rev_crit_{c.criterion_id}"):
            st.markdown(f"**{ICON.get(c.result, '')} {esc(md_escape(title))} — {pts}{critical}** "
                        f":gray[({t(f'verdict.{c.result}', ctx.lang)})]", unsafe_allow_html=True)  # the icon in words too
            st.caption(t("review.automatic", ctx.lang, verdict=t(f"verdict.{c.automatic_result}", ctx.lang))
                       + (" · " + t("review.mentor_result", ctx.lang, verdict=t(f"verdict.{c.result}", ctx.lang))
                          if c.overridden else ""))
            if crit.get("feedback"):
                st.text(crit["feedback"])
            evidence = crit.get("evidence") or []
            for ev in evidence:
                turn = t("review.reply_label", ctx.lang, n=ev["agent_turn"]) if ev.get("agent_turn") else str(ev.get("turn"))
                st.caption(md_escape(t("review.evidence", ctx.lang, turn=turn, quote=ev.get("quote", ""))))
            if not evidence and c.automatic_result != "n/a":
                st.caption(t("review.no_evidence", ctx.lang))
            with st.expander(t("review.set_verdict", ctx.lang)):
                with st.form(f"override_{info.id}_{c.criterion_id}", clear_on_submit=True, border=False):
                    options = [v for v in VERDICTS if v != c.result]
                    new = st.radio(w["new"], options, horizontal=True, key=f"ov_new_{c.criterion_id}",
                                   format_func=lambda v: t(f"verdict.{v}", ctx.lang))
                    reason = st.text_input(w["reason"], key=f"ov_reason_{c.criterion_id}")
                    if st.form_submit_button(w["add"], key=f"override_{c.criterion_id}"):
                        if not reason.strip():
                            st.error(w["need_reason"])
                        else:
                            try:
                                ctx.store.override_criterion(ctx.user, info.id, c.criterion_id, new, reason)
                            except Conflict:
                                st.error(t("review.override_duplicate", ctx.lang))
                            else:
                                st.session_state[FLASH] = t("review.override_saved", ctx.lang, criterion=title,
                                                            verdict=t(f"verdict.{new}", ctx.lang))
                                st.rerun()


def _notes(ctx: PageContext, w: Any, info: Any) -> None:
    st.markdown(f"### {w['review']}")
    fb = ctx.store.attempt_feedback(ctx.user, info.id)
    for item in fb.items:
        if item.kind in ("review", "reply"):
            who = t("feedback.by", ctx.lang, name=item.author_name,
                    date=format_date(item.created_at, ctx.lang, with_time=True))
            label = t("review.trainee_replied", ctx.lang, date=format_date(item.created_at, ctx.lang, with_time=True)) \
                if item.kind == "reply" else who
            st.caption(md_escape(label))
            st.text(item.text)
    if fb.mentor_items:
        st.caption(t("review.acknowledged", ctx.lang, date=format_date(fb.acknowledged_at, ctx.lang, with_time=True))
                   if fb.acknowledged_at else t("review.not_acknowledged", ctx.lang))
    with st.form(f"review_{info.id}", clear_on_submit=True):
        note = st.text_area(w["review"], key="review_note")
        if st.form_submit_button(w["add"], key="review_add") and note.strip():
            ctx.store.add_review(ctx.user, info.id, note)
            st.session_state[FLASH] = t("review.note_saved", ctx.lang)
            st.rerun()
    try:
        base = str(getattr(st.context, "url", "") or "").split("?")[0].rsplit("/", 1)[0]
    except Exception:  # noqa: BLE001 - no browser context (tests)
        base = ""
    st.caption(t("review.link", ctx.lang))
    st.code(f"{base}/result?attempt={info.id}", language=None)


def _assign(ctx: PageContext, w: Any, uid: int, name: str) -> None:
    with st.expander(w["assign"]):
        # the trainee's assignments (own and cohort's) with status and local due dates, changed or removed here too
        assignments_section(ctx, name, uid, subheader=False)
        with st.form(f"assign_{uid}", clear_on_submit=True):
            # scenarios and grading exercises (both are practised and counted alike)
            items = sorted([*ctx.library.scenarios.items(), *ctx.library.exercises.items()])
            titles = {sid: f"{s.title} ({t(f'language.{s.language}', ctx.lang)}, {t(f'channel.{s.channel}', ctx.lang)})"
                      for sid, s in items}
            picked = st.multiselect(w["assign"], list(titles), format_func=lambda s: titles[s], placeholder="")
            due = st.date_input(w["due"], value=dt.date.today() + dt.timedelta(days=7), format="DD.MM.YYYY")
            if st.form_submit_button(w["add"], key="assign_add") and picked:
                ctx.store.assign(ctx.user, picked, due, user_id=uid)
                st.success(w["done"])


def _sheets(ctx: PageContext, w: Any, info: Any) -> None:
    st.markdown(f"### {w['sheets']}")
    month = info.finished_at.strftime("%Y-%m")
    whole = st.toggle(f"{month} ({w['month']})", key="sheet_whole_month")
    which = {"user_id": info.user_id, "month": month} if whole else {"attempt_id": info.id}
    pdf, xlsx = sheet_builders(ctx.store, ctx.user, ctx.lang, **which)  # built only when clicked
    name = f"sheets-{info.user_id}-{month if whole else info.id}"
    cols = st.columns(2)
    cols[0].download_button("PDF", pdf, f"{name}.pdf", "application/pdf", key="review_pdf")
    cols[1].download_button("XLSX", xlsx, f"{name}.xlsx", XLSX_MIME, key="review_xlsx")


def page() -> None:
    """Entry point for the navigation."""
    render(page_context())


PAGE = PageSpec(key="mentor_review", title_key="nav.mentor_review", render=page, icon=":material/rate_review:")
