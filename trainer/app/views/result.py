"""Result: total score and pass/fail, critical failures first, every criterion with its verdict,
feedback and evidence (expanding one shows the transcript with the evidence turns highlighted), the
competency chart, and retry / next-scenario buttons."""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

from trainer.app.common import (
    ATTEMPT_ID,
    PageSpec,
    esc,
    get_library,
    get_service,
    goto,
    md_escape,
    require_user,
    tr,
)
from trainer.outcome import pass_mark

RESULT_ICON = {"pass": ":green[:material/check_circle:]", "fail": ":red[:material/cancel:]",
               "n/a": ":gray[:material/remove:]"}
HIGHLIGHT = "background:#fff3b0;border-left:4px solid #e0a800;"


def _attempt(user, service):
    attempt_id = st.session_state.get(ATTEMPT_ID)
    if attempt_id is not None:
        try:
            played = service.load(user, int(attempt_id))
            if played.attempt.status == "finished":
                return played
        except Exception:  # noqa: BLE001 - not found / not allowed: show the latest instead
            pass
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
    library = get_library()
    scenario = library.scenarios.get(info.scenario_id)
    st.subheader(scenario.title if scenario else info.scenario_id)
    st.caption(" · ".join([tr(f"mode.{info.mode}"), tr("result.seed", seed=info.seed)]))

    score, verdict = st.columns([1, 3])
    score.metric(tr("result.score"), f"{result['score']:.0f} / 100",
                 help=tr("result.threshold", threshold=f"{pass_mark(result):g}"))
    with verdict:
        if result["passed"]:
            st.success(tr("result.passed", threshold=f"{pass_mark(result):g}"))
        else:
            st.error(tr("result.failed", threshold=f"{pass_mark(result):g}"))
    criteria = result["criteria"]
    by_id = {c["id"]: c for c in criteria}
    for cid in result.get("critical_failures", []):
        crit = by_id.get(cid, {"title": cid, "feedback": ""})
        st.error(f"**{md_escape(tr('result.critical', title=crit['title']))}** {md_escape(crit.get('feedback', ''))}",
                 icon=":material/dangerous:")

    for cid in result.get("gate_failures", []):
        crit = by_id.get(cid, {"title": cid, "feedback": ""})
        st.error(f"**{md_escape(tr('result.gate', title=crit['title']))}** {md_escape(crit.get('feedback', ''))}",
                 icon=":material/block:")
    _listening(result)

    turns = played.conversation.turns if played.conversation else [
        {"role": t.role, "text": t.text} for t in info.turns]
    left, right = st.columns([3, 2], gap="large")
    with left:
        st.markdown(f"### {tr('result.criteria')}")
        first = set(result.get("critical_failures", [])) | set(result.get("gate_failures", []))
        ordered = [c for c in criteria if c["id"] in first] + [c for c in criteria if c["id"] not in first]
        for crit in ordered:
            _criterion(crit, turns)
    with right:
        st.markdown(f"### {tr('result.competencies')}")
        _chart(result.get("competencies") or {}, pass_mark(result))
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


def _criterion(crit: dict, turns: list[dict]) -> None:
    icon = RESULT_ICON.get(crit["result"], "")
    points = f"{crit['points']:.0f}/{crit['max_points']:.0f}" if crit["result"] != "n/a" else tr("result.na")
    critical = f" · {tr('result.critical_mark')}" if crit.get("critical") else ""
    critical += f" · {tr('result.gate_mark')}" if crit.get("gate") else ""
    label = f"{icon} {crit['title']} — {points}{critical}"
    with st.container(border=True, key=f"crit_{crit['id']}"):
        st.markdown(f"**{label}**")
        if crit.get("feedback"):
            st.text(crit["feedback"])
        evidence = crit.get("evidence") or []
        with st.expander(tr("result.evidence_and_transcript"), expanded=False):
            if evidence:
                for ev in evidence:
                    st.markdown(f"- {tr('result.evidence_turn', turn=ev.get('agent_turn') or ev['turn'])}: "
                                f"“{esc(ev.get('quote', ''))}”", unsafe_allow_html=True)
            else:
                st.caption(tr("result.no_evidence"))
            marked = {int(ev["turn"]) for ev in evidence if ev.get("turn")}
            st.markdown(_transcript_html(turns, marked), unsafe_allow_html=True)


def _transcript_html(turns: list[dict], marked: set[int]) -> str:
    """The transcript as escaped HTML, evidence turns (1-based) highlighted."""
    rows = []
    for n, turn in enumerate(turns, start=1):
        style = HIGHLIGHT if n in marked else "border-left:4px solid transparent;"
        who = tr(f"conversation.role.{turn['role']}")
        rows.append(f'<div class="turn{" evidence" if n in marked else ""}" style="{style}padding:4px 8px;'
                    f'margin:2px 0;"><small>{n}. {esc(who)}</small><br>{esc(turn["text"])}</div>')
    return "".join(rows)


def _chart(competencies: dict, mark: float) -> None:
    if not competencies:
        st.caption(tr("result.no_competencies"))
        return
    names = [tr(f"competency.{c}") for c in competencies]
    values = list(competencies.values())
    bar, radar = st.tabs([tr("result.chart.bar"), tr("result.chart.radar")])
    with bar:
        fig = go.Figure(go.Bar(x=values, y=names, orientation="h", text=[f"{v:.0f}" for v in values],
                               textposition="outside", cliponaxis=False,
                               marker_color=["#2e7d32" if v >= mark else "#f9a825" if v >= 50 else "#c62828"
                                             for v in values]))
        fig.update_layout(xaxis_range=[0, 100], height=300, margin=dict(l=10, r=40, t=10, b=10))
        st.plotly_chart(fig, key="comp_bar")
    with radar:
        fig = go.Figure(go.Scatterpolar(r=values + values[:1], theta=names + names[:1], fill="toself"))
        fig.update_layout(polar=dict(radialaxis=dict(range=[0, 100])), height=320,
                          margin=dict(l=30, r=30, t=20, b=20), showlegend=False)
        st.plotly_chart(fig, key="comp_radar")


def _buttons(user, service, info, result: dict) -> None:
    st.markdown(f"### {tr('result.next_steps')}")
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


PAGE = PageSpec(key="result", title_key="nav.result", render=render, icon=":material/bar_chart:")
