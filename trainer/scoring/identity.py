"""The identification and data-protection criteria: the client identified before their data, an open web chat
kept free of identifiers, nothing private to an unidentified caller or an unauthorised third person."""

from __future__ import annotations

from trainer import text as tx
from trainer.scoring.analysis import TranscriptAnalysis
from trainer.scoring.identification_talk import AUTHENTICATED_CHANNEL, CODE_WARNING
from trainer.scoring.identifier_requests import find_identifier_requests, reports_a_change
from trainer.scoring.rubric import Check
from trainer.scoring.verdict import Evidence, Outcome
from trainer.scoring.verified import LOGGED_IN


def _open_chat_identification(an: TranscriptAnalysis) -> Outcome:
    """Identification in an open web chat (context.no_identifiers): nothing typed there identifies the client,
    so asking for an identifier fails, private data fails, and sending the client to the self-service or the
    info line (in a sentence of its own, not a cue list) is the identification the chat allows."""
    early = an.raw.early_disclosure()
    if early is not None:
        return Outcome(False, [an.match_evidence(early[0], early[1])], "disclosed_before")
    for i in an.agent_indexes:
        found = _chat_requests(an, i)
        if found:
            return Outcome(False, [an.evidence(i, found[0].quote)], "open_chat")
    for i in an.agent_indexes:
        redirect = _redirects(an, i)
        if redirect is not None:
            return Outcome(True, [redirect], "open_chat_redirect")
    return Outcome(False, [], "not_asked")


def _chat_requests(an: TranscriptAnalysis, i: int) -> tuple:
    """The identifier requests of agent unit `i` in an open chat (`find_identifier_requests`), without a change to
    report ("teatage uus aadress", «сообщите новый адрес»: `reports_a_change`) once the agent has sent the client
    to the self-service or the info line (`_redirects`, in this unit or before): the step is done there."""
    found = find_identifier_requests(an.turns[i].text, an.language)
    if found and any(_redirects(an, j) is not None for j in an.agent_indexes if j <= i):
        found = tuple(st for st in found if not reports_a_change(st.quote, an.language))
    return found


def _redirects(an: TranscriptAnalysis, i: int) -> Evidence | None:
    """The first sentence of agent unit `i` sending the client to an authenticated channel (see
    `_open_chat_identification`), or None."""
    for a, b, sentence in an.sentences(i):
        words = sum(t.is_word for t in tx.tokenize_cached(sentence))
        if words >= 4 and AUTHENTICATED_CHANNEL.search(tx.fold(sentence)) and not an.is_stuffed(i, a, b):
            return an.evidence(i, sentence.strip())
    return None


def _kept_out_of_chat(an: TranscriptAnalysis) -> Evidence | None:
    """In a transcript of a real chat (no scenario decides it): the agent, asking for no code, told the client not
    to type it in the chat and, then or later, sent them to the self-service or the info line for their own
    data: the identification an open chat allows (the redirect as evidence), or None."""
    if an.transcript.channel != "chat" or an.context.scenario_id:
        return None
    warned = next((i for i in an.agent_indexes
                   if any(CODE_WARNING.search(s.lower()) for _, _, s in an.sentences(i))), None)
    if warned is None:
        return None
    for i in an.agent_indexes:
        redirect = _redirects(an, i) if i >= warned else None
        if redirect is not None:
            return redirect
    return None


def identification(check: Check, an: TranscriptAnalysis) -> Outcome:
    if an.context.no_identifiers:
        return _open_chat_identification(an)
    state = an.identification()
    said_in = an
    if state["asked"] is None and state["checked"] is None and state["volunteered"] is None \
            and state["logged_in"] is None:
        # a request in a reply that earns nothing as an answer (the call model read out, «... уточнение потребности
        # клиента ... назовите пожалуйста личный код») asked all the same when the client's next reply gives a code
        raw_state = an.raw.identification()
        if raw_state["asked"] is not None and an.raw._answered_with_code(raw_state["asked"]):
            state, said_in = raw_state, an.raw
    if state["logged_in"] is not None and state["complete"] == state["logged_in"]:
        early = an.raw.early_disclosure()
        if early is not None:
            return Outcome(False, [an.match_evidence(early[0], early[1])], "disclosed_before")
        said = next(s.strip() for _, _, s in an.sentences(state["logged_in"]) if LOGGED_IN.search(tx.fold(s)))
        return Outcome(True, [an.evidence(state["logged_in"], said)], "logged_in")
    early = an.raw.early_disclosure()
    # the state of the caller's own record told before the code ("näen, teie pension on peatatud")
    status = an.raw.early_own_status()
    told = None if status is None else an.raw.evidence(status[0], status[1].quote)
    if state["asked"] is None and state["checked"] is None and state["volunteered"] is None:
        if early is not None:
            return Outcome(False, [an.match_evidence(early[0], early[1])], "disclosed_before")
        if told is not None:
            return Outcome(False, [told], "disclosed_before")
        redirect = _kept_out_of_chat(an)
        if redirect is not None:
            return Outcome(True, [redirect], "open_chat_redirect")
        return Outcome(False, [], "not_asked")
    # a code the caller gave before any request, taken by the agent (see `volunteered.volunteered_code`)
    unasked = state["volunteered"] is not None and (state["asked"] is None or state["volunteered"][0] < state["asked"])
    if unasked:
        asked = an.evidence(*state["volunteered"])
    elif state["asked"] is not None:
        asked = said_in.match_evidence(state["asked"],
                                       said_in.matches(state["asked"], ["identification_request"], any_language=True)[0])
    else:  # a code the caller gave unasked, the name it found read back and confirmed ("aitäh mari tamm õige")
        asked = an.evidence(*state["checked"])
    # a third person's code identifies no one entitled to the data: in a transcript of a real call, data said
    # to a third-party caller before the agent says their authorisation is on file came before identification
    unverified_third = an.context.third_party and not an.context.scenario_id
    # ... but a caller identified by their own code who then hands the phone to someone else was identified before
    # the data told after the hand-over: what the new speaker hears is data protection's failure
    handed = an.raw.handed_over() if unverified_third else None
    if handed is not None and (early is None or handed < early[0]):
        unverified_third = False
    if early is not None and (unverified_third or early[0] < (state["complete"] or len(an.turns))):
        return Outcome(False, [an.match_evidence(early[0], early[1]), asked], "disclosed_before")
    if told is not None:
        return Outcome(False, [told, asked], "disclosed_before")
    # nor does it when the other person's status (their application, their decision) is told to the caller
    status = an.raw.early_status() if unverified_third else None
    if status is not None:
        return Outcome(False, [an.raw.evidence(status[0], status[1].quote), asked], "disclosed_before")
    return Outcome(True, [asked], "volunteered" if unasked else "")


def data_protection(check: Check, an: TranscriptAnalysis) -> Outcome:
    an = an.raw
    early = an.early_disclosure()
    if early is not None:
        reason = "third_party" if an.context.third_party else "disclosed_before"
        return Outcome(False, [an.match_evidence(early[0], early[1])], reason, wrong=True)
    # status facts are private too (scenario: data_protection.private_status): that an application
    # exists, has arrived or has a decision; in a real call, said only after the agent stated that the
    # identified caller's authorisation is on file, they go to someone entitled to them; and in a real call
    # about the caller's own data, the state of their record told before the code ("näen, teie pension on
    # peatatud", «Ваше заявление поступило»)
    status = an.early_status() or an.early_own_status()
    if status is not None:
        return Outcome(False, [an.evidence(status[0], status[1].quote)], "status", wrong=True)
    # in a real call or chat, the record the agent read by a third person's code, told before the caller's
    # authorisation is on file
    record = an.early_record()
    if record is not None:
        return Outcome(False, [an.evidence(record[0], record[1])], "third_party", wrong=True)
    # an open web chat: asking for any identifier fails (scenario: data_protection.no_identifiers)
    if an.context.no_identifiers:
        for i in an.agent_indexes:
            found = _chat_requests(an, i)
            if found:
                return Outcome(False, [an.evidence(i, found[0].quote)], "identifier", wrong=True)
    return Outcome(True, [])
