"""Result: the score (after the mentor's overrides, one rounding everywhere) and pass/fail, the mentor's
feedback (notes, comments on replies, overrides) with a "new" mark and an acknowledge / reply form,
critical failures first, every criterion with its verdict, feedback, evidence and advice, ONE transcript
with the quoted words highlighted, the competency chart, and retry / next-scenario buttons.

Which attempt: ``?attempt=ID`` in the address (a link a mentor can send), else the one this tab just
played, else the latest finished one.
"""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

from trainer.app.common import (
    ATTEMPT_ID,
    PageSpec,
    esc,
    get_library,
    get_service,
    get_store,
    goto,
    lang,
    md_escape,
    require_user,
    tr,
)
from trainer.app.icons import icon
from trainer.onboarding.review import (
    effective_passed,
    effective_score,
    format_date,
    format_number,
    highlight_spans,
    quotes_by_turn,
    reply_numbers,
)
from trainer.outcome import pass_mark
from trainer.scoring.rubric import localized
from trainer.storage import Conflict, NotFound, PermissionDenied

# hidden from screen readers: the verdict in words after each heading is its text alternative
RESULT_ICON = {"pass": icon("check_circle", "green"), "fail": icon("cancel", "red"), "n/a": icon("remove")}
HIGHLIGHT = "background:#fff3b0;border-left:4px solid #e0a800;"
MARK = "background:#ffe066;padding:0 2px;border-radius:2px;"
COMMENT = "background:#e8f0fe;border-left:4px solid #1a73e8;padding:2px 8px;margin:2px 0 2px 16px;"


def _attempt(user, service):
    wanted = st.query_params.get("attempt") or st.session_state.get(ATTEMPT_ID)
    if wanted is not None:
        try:
            played = service.load(user, int(wanted)) if str(wanted).isdigit() else None
        except (NotFound, PermissionDenied):
            played = None
        if played is not None and played.attempt.status == "finished":
            return played
        st.warning(tr("result.not_available"))  # the link's attempt: say so, then show the latest
    latest = service.store.list_attempts(user, user_id=user.id, status="finished", limit=1)
    return service.load(user, latest[0].id) if latest else None


def render() -> None:
    user = require_user()
    service = get_service()
    played = _attempt(user, service)
    st.title(tr("result.title"))
    if played is None or not played.attempt.result:
        st.info(tr("result.none"))
        if st.button(tr("conversation.to_catalogue"), key="to_catalogue"):
            goto("catalogue")
        return
    result = played.attempt.result
    info = played.attempt
    if result.get("kind") == "exercise":  # an evaluation sheet: its comparison is on the exercise page
        goto("exercise", attempt=info.id)
    library = get_library()
    scenario = library.scenarios.get(info.scenario_id)
    st.subheader(scenario.title if scenario else info.scenario_id)
    st.caption(" · ".join([tr(f"mode.{info.mode}"), format_date(info.finished_at, lang(), with_time=True)]))

    mark = pass_mark(result)
    threshold = format_number(mark, lang())
    score = effective_score(info)
    auto = round(float(info.score if info.score is not None else result["score"]), 1)
    passed = effective_passed(info)  # the outcome rule: pass mark, critical failures, gates, overrides
    col_score, col_verdict = st.columns([1, 3])
    col_score.metric(tr("result.score"), f"{format_number(score, lang())} / 100",
                     help=tr("result.threshold", threshold=threshold))
    with col_verdict:
        if passed:
            st.success(tr("result.passed", threshold=threshold))
        else:
            st.error(tr("result.failed", threshold=threshold))
        if score != auto:
            st.caption(tr("feedback.effective", score=format_number(score, lang()), auto=format_number(auto, lang())))

    turns = [{"role": t.role, "text": t.text} for t in info.turns] or (
        played.conversation.turns if played.conversation else [])
    roles = [t["role"] for t in turns]
    criteria = result["criteria"]
    _feedback(user, info, criteria, roles)

    by_id = {c["id"]: c for c in criteria}
    for cid in result.get("critical_failures", []):
        crit = by_id.get(cid, {"title": cid, "feedback": ""})
        st.error(f"**{md_escape(tr('result.critical', title=crit['title']))}**  \n{md_escape(crit.get('feedback', ''))}",
                 icon=":material/dangerous:")

    for cid in result.get("gate_failures", []):
        crit = by_id.get(cid, {"title": cid, "feedback": ""})
        st.error(f"**{md_escape(tr('result.gate', title=crit['title']))}** {md_escape(crit.get('feedback', ''))}",
                 icon=":material/block:")
    _listening(result)

    left, right = st.columns([1, 1], gap="large")
    effective = {c.criterion_id: c for c in info.criteria}
    with left:
        st.markdown(f"### {tr('result.criteria')}")
        first = set(result.get("critical_failures", [])) | set(result.get("gate_failures", []))
        ordered = [c for c in criteria if c["id"] in first] + [c for c in criteria if c["id"] not in first]
        models = _models(library, scenario, played, criteria)
        for crit in ordered:
            _criterion(crit, effective.get(crit["id"]), models.get(crit["id"]))
    with right:
        st.markdown(f"### {tr('review.transcript')}")
        st.caption(tr("review.transcript_help"))
        comments: dict[int, list[str]] = {}
        for c in info.turn_comments:
            comments.setdefault(c.turn_idx, []).append(c.text)
        st.markdown(transcript_html(turns, quotes_by_turn(criteria), comments), unsafe_allow_html=True)
    left, right = st.columns([1, 1], gap="large")
    with left:
        st.markdown(f"### {tr('result.competencies')}")
        _chart(result.get("competencies") or {}, pass_mark(result))
    with right:
        _buttons(user, service, info, result)


def _listening(result: dict) -> None:
    """Why replies earned nothing, what wrong information the client believed, an unfinished call."""
    if result.get("unfinished"):
        st.warning(f"**{md_escape(tr('result.unfinished'))}.** {md_escape(result.get('unfinished_feedback', ''))}",
                   icon=":material/pending:")
    for rec in result.get("misinformation") or []:
        st.warning(f"**{md_escape(tr('result.misinformation'))}:** {md_escape(rec.get('feedback', ''))} "
                   f"(“{md_escape(rec.get('quote', ''))}”)", icon=":material/report:")
    non_answers = result.get("non_answers") or []
    if non_answers:
        with st.container(border=True, key="non_answers"):
            st.markdown(f"**{md_escape(tr('result.non_answers'))}**")
            for item in non_answers:
                st.markdown(f"- {md_escape(item.get('feedback', ''))}")


def _feedback(user, info, criteria: list[dict], roles: list[str]) -> None:
    """The mentor's feedback on this attempt, with the acknowledge / reply form for its owner."""
    store = get_store()
    fb = store.attempt_feedback(user, info.id)
    titles = {c["id"]: c.get("title", c["id"]) for c in criteria}
    numbers = reply_numbers(roles)
    with st.container(border=True, key="feedback"):
        head = f"### {tr('feedback.title')}"
        if fb.new:
            head += f" :orange-badge[:material/mark_email_unread: {tr('feedback.new')}]"
        st.markdown(head)
        if not fb.items:
            st.caption(tr("feedback.none"))
            return
        for item in fb.items:
            by = tr("feedback.by", name=item.author_name, date=format_date(item.created_at, lang(), with_time=True))
            if item.kind == "review":
                st.markdown(f"**{md_escape(tr('feedback.review'))}** · :gray[{md_escape(by)}]")
            elif item.kind == "comment":
                n = numbers.get(item.turn_idx or 0)
                turn = tr("review.reply_label", n=n) if n else str((item.turn_idx or 0) + 1)
                st.markdown(f"**{md_escape(tr('feedback.comment', turn=turn))}** · :gray[{md_escape(by)}]")
            elif item.kind == "override":
                st.markdown("**" + md_escape(tr(
                    "feedback.override", criterion=titles.get(item.criterion_id, item.criterion_id),
                    old=tr(f"verdict.{_automatic(info, item.criterion_id)}"),
                    new=tr(f"verdict.{item.new_result}"))) + f"** · :gray[{md_escape(by)}]")
            else:
                st.markdown(f"**{md_escape(tr('feedback.reply'))}** · :gray[{md_escape(by)}]")
            st.text(item.text)
        if fb.acknowledged_at is not None and not fb.new:
            st.caption(tr("feedback.acknowledged", date=format_date(fb.acknowledged_at, lang(), with_time=True)))
        if info.user_id != user.id or not fb.mentor_items:
            return
        if st.session_state.pop("feedback_saved", False):
            st.success(tr("feedback.saved"))
        if fb.new:
            with st.form(f"ack_{info.id}", clear_on_submit=True, border=False):
                reply = st.text_area(tr("feedback.reply_input"), key="feedback_reply", max_chars=2000)
                if st.form_submit_button(tr("feedback.acknowledge"), type="primary", key="feedback_ack"):
                    try:
                        store.acknowledge_feedback(user, info.id, reply)
                    except Conflict:
                        pass
                    st.session_state["feedback_saved"] = True
                    st.rerun()


def _automatic(info, criterion_id: str) -> str:
    return next((c.automatic_result for c in info.criteria if c.criterion_id == criterion_id), "n/a")


def _models(library, scenario, played, criteria: list[dict]) -> dict[str, str]:
    """The model phrasing of each criterion: from the result (the scorer adds it to a failed one), else,
    for results stored before the rubric had them, from the scenario's rubric in the conversation's
    language (scenario templates filled from the conversation)."""
    models = {c["id"]: c["model"] for c in criteria if c.get("model")}
    if scenario is None or all(c["id"] in models for c in criteria):
        return models
    conv = played.conversation
    rubric = library.rubric_for(scenario, conv.values if conv is not None else None)
    for c in criteria:
        crit = rubric.criterion(c["id"])
        if c["id"] not in models and crit is not None and crit.model:
            models[c["id"]] = localized(crit.model, scenario.language)
    return models


def _criterion(crit: dict, effective, model: str | None = None) -> None:
    result = effective.result if effective is not None else crit["result"]
    mark = RESULT_ICON.get(result, "")
    if result == "n/a":
        points = tr("result.na")
    elif effective is not None:
        points = f"{format_number(effective.points, lang())}/{format_number(effective.max_points, lang())}"
    else:
        points = f"{format_number(crit['points'], lang())}/{format_number(crit['max_points'], lang())}"
    critical = f" · {tr('result.critical_mark')}" if crit.get("critical") else ""
    critical += f" · {tr('result.gate_mark')}" if crit.get("gate") else ""
    with st.container(border=True, key=f"crit_{crit['id']}"):
        st.markdown(f"**{mark} {esc(md_escape(crit['title']))} — {points}{critical}** :gray[({tr(f'verdict.{result}')})]",
                    unsafe_allow_html=True)
        if effective is not None and effective.overridden:
            st.caption(tr("review.automatic", verdict=tr(f"verdict.{effective.automatic_result}")))
        if crit.get("feedback"):
            st.text(crit["feedback"])
        if result == "fail" and model:  # under the feedback: what could have been said
            st.info(md_escape(tr("review.model", text=model)), icon=":material/record_voice_over:")
        for ev in crit.get("evidence") or []:
            turn = tr("review.reply_label", n=ev["agent_turn"]) if ev.get("agent_turn") else str(ev.get("turn", ""))
            st.caption(md_escape(tr("review.evidence", turn=turn, quote=ev.get("quote", ""))))


def transcript_html(turns: list[dict], quotes: dict[int, list[tuple[str, str]]],
                    comments: dict[int, list[str]] | None = None) -> str:
    """The transcript once, as escaped HTML: agent turns numbered as the feedback numbers them
    ("2. vastus"), evidence turns highlighted with the quoted words marked, and mentor comments
    under their turn."""
    roles = [t["role"] for t in turns]
    numbers = reply_numbers(roles)
    rows = []
    for idx, turn in enumerate(turns):
        marked = idx in quotes
        style = HIGHLIGHT if marked else "border-left:4px solid transparent;"
        who = tr(f"conversation.role.{turn['role']}")
        if idx in numbers:
            who = f"{who} · {tr('review.reply_label', n=numbers[idx])}"
        spans = highlight_spans(turn["text"], [q for q, _ in quotes.get(idx, [])])
        body = "".join(f'<mark style="{MARK}">{esc(piece)}</mark>' if hit else esc(piece) for piece, hit in spans)
        titles = ", ".join(dict.fromkeys(title for _, title in quotes.get(idx, [])))
        tip = f' title="{esc(titles)}"' if titles else ""
        rows.append(f'<div class="turn{" evidence" if marked else ""}"{tip} style="{style}padding:4px 8px;'
                    f'margin:2px 0;"><small><b>{esc(who)}</b></small><br>{body}</div>')
        for note in (comments or {}).get(idx, []):
            rows.append(f'<div class="turn-comment" style="{COMMENT}"><small><b>{esc(tr("lead.mentor"))}:</b></small> '
                        f'{esc(note)}</div>')
    return "".join(rows)


def _chart(competencies: dict, mark: float) -> None:
    if not competencies:
        st.caption(tr("result.no_competencies"))
        return
    names = [tr(f"competency.{c}") for c in competencies]
    values = list(competencies.values())
    bar, radar = st.tabs([tr("result.chart.bar"), tr("result.chart.radar")])
    with bar:
        fig = go.Figure(go.Bar(x=values, y=names, orientation="h", text=[format_number(v, lang()) for v in values],
                               textposition="outside", cliponaxis=False,
                               marker_color=["#2e7d32" if v >= mark else "#f9a825" if v >= 50 else "#c62828"
                                             for v in values]))
        fig.update_layout(xaxis_range=[0, 100], xaxis_title=tr("coach.chart_axis"), height=320,
                          margin=dict(l=10, r=40, t=10, b=10))
        st.plotly_chart(fig, key="comp_bar", config={"displayModeBar": False})
    with radar:
        fig = go.Figure(go.Scatterpolar(r=values + values[:1], theta=names + names[:1], fill="toself"))
        fig.update_layout(polar=dict(radialaxis=dict(range=[0, 100])), height=340,
                          margin=dict(l=80, r=80, t=30, b=30), showlegend=False)
        st.plotly_chart(fig, key="comp_radar", config={"displayModeBar": False})


def _buttons(user, service, info, result: dict) -> None:
    st.markdown(f"### {tr('result.next_steps')}")
    if info.user_id != user.id:  # a mentor opened a mentee's attempt: no replay from here
        return
    scenario_ok = info.scenario_id in get_library().scenarios
    if scenario_ok:
        if st.button(tr("result.retry_same"), key="retry_same", width="stretch",
                     help=tr("result.retry_same_help")):
            st.session_state[ATTEMPT_ID] = service.start(user, info.scenario_id, info.mode, seed=info.seed)
            goto("conversation")
        if st.button(tr("result.retry_new"), key="retry_new", width="stretch"):
            st.session_state[ATTEMPT_ID] = service.start(user, info.scenario_id, info.mode)
            goto("conversation")
    nxt = service.recommend_next(user, dict(result, scenario=info.scenario_id))
    if nxt:
        title = get_library().scenarios[nxt].title
        if st.button(tr("result.next", title=title), key="next", type="primary", width="stretch"):
            st.session_state[ATTEMPT_ID] = service.start(user, nxt, "practice")
            goto("conversation")
    else:
        st.caption(tr("result.no_next"))
    if st.button(tr("conversation.to_catalogue"), key="to_catalogue", width="stretch"):
        goto("catalogue")
    if st.button(tr("history.title"), key="to_history", width="stretch"):
        goto("history")


PAGE = PageSpec(key="result", title_key="nav.result", render=render, icon=":material/bar_chart:")
