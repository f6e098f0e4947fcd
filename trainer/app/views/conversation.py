"""Conversation: the chat with the simulated client, and beside it the persona card, reference
material, the live call-model checklist (practice mode), a response-time indicator (chat) and the
"end conversation" button.

Every turn is stored as it happens (see :class:`trainer.onboarding.practice.PracticeService`), so reloading the
tab or restarting the server resumes the conversation. Trainee text is shown literally (``st.text``).
"""

from __future__ import annotations

import time

import streamlit as st

from trainer.app.common import (
    ATTEMPT_ID,
    PageSpec,
    flash,
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
from trainer.app.icons import icon
from trainer.onboarding.practice import Played, PracticeError, response_seconds
from trainer.onboarding.review import source_for_people, system_message
from trainer.storage import NotFound, PermissionDenied, StaleState
from trainer.text.normalize import fold
from trainer.text.plural import count_phrase

AVATAR = {"agent": ":material/headset_mic:", "client": ":material/person:"}
# hidden from screen readers: the state in words beside each one is its text alternative
CHECK_ICON = {"done": icon("check_circle", "green"), "open": icon("radio_button_unchecked"),
              "failed": icon("cancel", "red"), "n/a": icon("remove"), "at_end": icon("schedule")}
# the state in words after every icon (a text alternative, not only a colour)
CHECK_TEXT = {"done": "checklist.done", "open": "checklist.missing", "failed": "coach.failed", "n/a": "checklist.na",
              "at_end": "coach.at_end"}
STAGE_LABEL = {"data_protection": "coach.data_protection"}  # stages outside the call model's six
CHAT_HEIGHT = 460  # px: the chat history scrolls inside, the newest message stays in view
CONFIRM_END = "confirm_end"
RESPONSE_OK, RESPONSE_LATE = 30, 60  # web chat: first answer within about a minute
MEMO_SIZE = 2_000  # entries per process-wide memo below (what does not change between reruns)


def _current(user) -> Played | None:
    """The attempt this tab plays (the light read: one query): the session's, else the user's latest
    active one (resume)."""
    service = get_service()
    attempt_id = st.session_state.get(ATTEMPT_ID)
    if attempt_id is not None:
        try:
            played = service.load(user, int(attempt_id), full=False)
            if played.attempt.status != "abandoned":  # abandoned: another tab started a new one
                return played
        except (NotFound, PermissionDenied):  # deleted / not allowed: say so, fall back to resuming
            st.warning(tr("conversation.not_available"))
        st.session_state.pop(ATTEMPT_ID, None)
    resumed = service.resume(user)
    if resumed is None:
        return None
    st.session_state[ATTEMPT_ID] = resumed[0]
    return service.load(user, resumed[0], full=False)


def render() -> None:
    user = require_user()
    played = _current(user)
    if played is None or played.conversation is None:
        st.title(tr("conversation.title"))
        st.info(tr("conversation.none"))
        if st.button(tr("conversation.to_catalogue"), key="to_catalogue"):
            goto("catalogue")
        return
    if played.attempt.status != "active":
        goto("result")
    scenario = played.conversation.scenario
    st.title(scenario.title)
    st.caption(" · ".join([tr(f"channel.{scenario.channel}"), tr(f"language.{scenario.language}"),
                           tr(f"mode.{played.mode}")]))
    show_flash()
    chat, side = st.columns([3, 2], gap="large")
    with side:  # what a reply does not change: outside the fragment
        _end(user, played)
        if scenario.channel == "chat":  # one live indicator, outside the chat fragment (no stale copies)
            _note_waiting(played, played.conversation)
            _response_time(played.id)
        live = st.container()
        _reference(scenario)
    with chat:
        _play({"played": played, "attempt_id": played.id}, live)


@st.fragment
def _play(handoff: dict, live) -> None:
    """The chat, the reply box (pinned at the bottom) and, in ``live`` (a container of the side
    column), the response-time indicator, client card and checklist. A fragment: a reply reruns only
    this, not the navigation, sidebar, header, end button and reference material of the page.

    ``handoff`` carries the attempt the full run has just read; a rerun of the fragment alone finds
    it popped and reads the attempt again (one query, :meth:`Store.attempt_state`).
    """
    user = require_user()
    played = handoff.pop("played", None)
    if played is None:
        played = _current(user)
        if played is None or played.conversation is None or played.id != handoff["attempt_id"]:
            st.rerun()  # ended, abandoned or replaced in another tab: the whole page shows what is now
        if played.attempt.status != "active":
            goto("result")
    conv = played.conversation
    scenario = conv.scenario
    # a fixed-height history scrolls itself to the newest message (it is never behind the input)
    history = st.container(height=CHAT_HEIGHT, autoscroll=True, key="chat_history")
    with st.bottom:  # pinned below the page, as a chat input outside a fragment is
        prompt = st.chat_input(tr("conversation.input"), key="reply")
    error = refused = None
    with history:
        if not conv.turns and prompt is None:
            st.caption(tr("conversation.you_open") if scenario.who_opens == "agent" else "")
        for turn in conv.turns:
            _bubble(turn["role"], turn["text"])
        if prompt is not None:
            error, refused = _reply(user, played, prompt)
        if error:
            st.error(error)
        if refused:  # an over-long paste keeps its text: copy it, shorten it, send it again
            st.text_area(tr("conversation.refused"), refused, key=f"refused_{len(conv.turns)}", height=150)
    _note_waiting(played, conv)
    with live:
        _persona(conv)
        if played.mode == "practice":
            _checklist(played, conv)


def _bubble(role: str, text: str) -> None:
    with st.chat_message("user" if role == "agent" else "assistant", avatar=AVATAR[role]):
        st.caption(tr(f"conversation.role.{role}"))
        st.text(text)


def _reply(user, played: Played, prompt: str) -> tuple[str | None, str | None]:
    """Send the trainee's reply. The reply is shown at once and a typing indicator stands where the
    client's answer will come (the browser gets both before the answer is computed); then the answer
    replaces the indicator. Returns ``(error message, refused text)``."""
    conv = played.conversation
    service = get_service()
    try:
        text = service.validate(prompt)
    except PracticeError as exc:
        return tr(exc.key, **exc.params), (prompt if exc.key == "error.too_long" else None)
    before = len(conv.turns)
    echo = st.empty()
    with echo.container():
        _bubble("agent", text)
    typing = st.empty()
    with typing.container():
        with st.chat_message("assistant", avatar=AVATAR["client"]):
            st.caption(tr("coach.typing"))  # the client is answering (words, no icon read aloud)
    try:
        service.send(user, played.id, prompt, time.time(), played=played)  # updates conv in place
    except PracticeError as exc:
        echo.empty()
        typing.empty()
        return tr(exc.key, **exc.params), None
    except StaleState:  # another tab replied first: nothing was stored, show what is stored now
        flash("warning", "conversation.stale")
        st.rerun()
    typing.empty()
    if conv.finished:
        goto("result")
    new = conv.turns[before:]
    if not new:  # a double submit: nothing was stored
        echo.empty()
    for turn in new[1:] if new and new[0]["role"] == "agent" else new:
        _bubble(turn["role"], turn["text"])
    return None, None


def _end(user, played: Played) -> None:
    """"End conversation" asks first: one mis-tap must not turn a practice call into a scored attempt."""
    if not st.session_state.get(CONFIRM_END) == played.id:
        if st.button(tr("conversation.end"), key="end", type="primary", width="stretch",
                     help=tr("conversation.end_help")):
            st.session_state[CONFIRM_END] = played.id
            st.rerun()
        return
    with st.container(border=True, key="end_confirmation"):
        st.warning(tr("confirm.end"), icon=":material/help:")
        yes, no = st.columns(2)
        if yes.button(tr("confirm.end_yes"), key="end_confirm", type="primary", width="stretch"):
            st.session_state.pop(CONFIRM_END, None)
            try:
                get_service().end(user, played.id)
            except StaleState:  # another tab replied first: show what is stored now
                flash("warning", "conversation.stale")
                st.rerun()
            goto("result")
        if no.button(tr("confirm.end_no"), key="end_cancel", width="stretch"):
            st.session_state.pop(CONFIRM_END, None)
            st.rerun()


WAITING_SINCE = "client_waiting_since"  # (attempt id, epoch of the client's unanswered message or None)


def _note_waiting(played: Played, conv) -> None:
    """Tell the response-time indicator when the client's last message arrived (None: nothing to
    answer), so it can count without reading the store."""
    now = time.time()
    wait = response_seconds(conv, played.started_epoch, now)
    since = None if wait is None else now - wait
    st.session_state[WAITING_SINCE] = (played.id, since)


def _response_time(attempt_id: int) -> None:
    @st.fragment(run_every=2)
    def indicator() -> None:
        """Every 2 s: seconds since the client's unanswered message. Reads only session state (the chat
        fragment notes the time after every turn): no database query per tick and tab."""
        noted = st.session_state.get(WAITING_SINCE)
        if not noted or noted[0] != attempt_id or noted[1] is None:
            st.caption(tr("conversation.response.none"))
            return
        wait = max(0.0, time.time() - noted[1])
        color = "green" if wait < RESPONSE_OK else "orange" if wait < RESPONSE_LATE else "red"
        st.markdown(f":{color}[:material/timer: {tr('conversation.response.waiting', seconds=int(wait))}]")

    indicator()


def _persona(conv) -> None:
    with st.container(border=True):
        st.markdown(f"**{tr('persona.title')}**")
        event = None if conv.finished else system_message(conv.hint())
        if event:  # what the agent's system shows: on the screen in practice AND test mode
            st.warning(f"**{md_escape(tr('system.title'))}:** {md_escape(event)}", icon=":material/computer:")
        if not conv.identified:
            st.caption(tr("persona.unidentified"))
            return
        p = conv.persona
        st.markdown("\n\n".join([  # one element: cheaper reruns
            f"{p.full_name}, {tr('persona.age', age_years=count_phrase(p.age, 'year', lang()))}",
            f"{tr('persona.code')}: `{p.isikukood}` :orange-badge[{tr('persona.synthetic')}]",
            *([f"**{tr('persona.facts')}**"] if conv.facts else []),
        ]))
        if conv.facts:
            st.text("\n".join(f"{name.replace('_', ' ')}: {value}" for name, value in conv.facts.items()))


_checklists: dict[tuple, tuple[str, tuple[str, ...]]] = {}


def _checklist(played: Played, conv) -> None:
    """The live checklist: rescored only when the transcript changed, so reruns without a reply
    (search box, end button) do not rescore. Turns are only ever appended, so the attempt (store,
    id, start) and the turn count identify the transcript; the scenario object changes when the
    library is reloaded (a new :attr:`Library.serial`)."""
    key = (get_store().url, played.id, played.started_epoch, len(conv.turns), conv.finished, lang(),
           conv.library.serial, conv.scenario.id)
    memo = _checklists.get(key)
    if memo is None:
        coaching = get_service().coaching(conv)
        lines = "  \n".join(
            f"{CHECK_ICON[state]} {tr(STAGE_LABEL.get(stage, f'stage.{stage}'))} :gray[({tr(CHECK_TEXT[state])})]"
            for stage, state in coaching.checklist)  # the icon in words too
        memo = (lines, tuple(_alert_text(a) for a in coaching.alerts))
        _remember(_checklists, key, memo)
    lines, alerts = memo
    for text in alerts:  # at once, in practice mode: a rule was just broken
        st.error(text, icon=":material/gpp_maybe:")
    with st.container(border=True):
        st.markdown(f"**{tr('checklist.title')}**\n\n{lines}", unsafe_allow_html=True)  # one element: cheaper reruns
        hint = conv.hint()
        if not conv.turns and conv.scenario.who_opens == "agent":
            hint = tr("conversation.opening_hint")
        if hint and not conv.finished:
            st.info(hint, icon=":material/lightbulb:")


def _alert_text(alert) -> str:
    """A coaching alert in the user's language, with the quoted words and the reply they are in."""
    turn = tr("review.reply_label", n=alert.agent_turn) if alert.agent_turn else ""
    return md_escape(tr(f"coach.alert.{alert.kind}", quote=alert.quote, turn=turn))


_references: dict[tuple, tuple[tuple[str, str], ...]] = {}


def _reference_facts(scenario) -> tuple[tuple[str, str], ...]:
    """The scenario's reference facts as ``(search text, markdown)``, built once per library,
    scenario and UI language (the library object is replaced when a YAML file changes)."""
    library = get_library()
    key = (library.serial, scenario.id, scenario.language, lang())
    facts = _references.get(key)
    if facts is None:
        facts = tuple(_reference_entry(topic, text, source_for_people(source, lang()))
                      for topic, text, source in library.knowledge.reference_texts(scenario.reference, scenario.language))
        _remember(_references, key, facts)
    return facts


def _reference_entry(topic: str, text: str, sources: list[tuple[str, str | None]]) -> tuple[str, str]:
    """``(search text, markdown)`` of one fact: the search text folded as the scorer folds (õ = o,
    ё = е, case ignored); the sources by title, with the site's address as a link."""
    shown = ", ".join(f"[{md_escape(title)}]({address}) ({md_escape(address.split('/')[2].removeprefix('www.'))})"
                      if address else md_escape(title) for title, address in sources)
    search = fold(" ".join([topic, text, *(title for title, _ in sources)]))
    return search, f"**{md_escape(topic)}**  \n{md_escape(text)}  \n:gray[{tr('reference.source', source=shown)}]"


def _reference(scenario) -> None:
    facts = _reference_facts(scenario)
    with st.expander(tr("reference.title"), expanded=False):
        query = fold(st.text_input(tr("reference.search"), key="ref_search").strip())
        shown = [md for text, md in facts if not query or query in text]
        if not shown:
            st.caption(tr("reference.none"))
        else:
            st.markdown("\n\n".join(shown))  # one element for all facts: cheaper reruns


def _remember(memo: dict, key: tuple, value: object) -> None:
    if len(memo) >= MEMO_SIZE:
        memo.clear()
    memo[key] = value


PAGE = PageSpec(key="conversation", title_key="nav.conversation", render=render, icon=":material/forum:")
