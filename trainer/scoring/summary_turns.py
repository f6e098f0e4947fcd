"""The client's turns around a reply, for the summary: a question answered, a "no", a new question."""

from __future__ import annotations

from trainer import text as tx
from trainer.scoring import recap
from trainer.scoring.analysis import TranscriptAnalysis
from trainer.scoring.asking import client_asks, echo, unit_asks
from trainer.scoring.client_reply import complains
from trainer.scoring.finite_verbs import has_finite_verb
from trainer.scoring.leftopen import BUT, WINDING_UP, asks_in_tail, words_in


def answers_no(an: TranscriptAnalysis, i: int) -> bool:
    """Is agent unit i the reply to the client's "no" or "I did not understand" ("Ma ei saanud aru, kas jah või
    ei.", «Нет, не ответили»), to a client who says the answer missed («Сайт я читала, потому и спрашиваю»), or
    to a request said without a question mark («вы можете сами удержать из пенсии», blind round 13)? What it
    says answers anew, it recaps nothing."""
    client = next((j for j in range(i - 1, -1, -1) if an.turns[j].role == "client"), None)
    if client is None:
        return False
    text = an.turns[client].text
    return recap.rejects(text, an.language) or complains(text) \
        or recap.requests(text, an.language)


def asked_on(an: TranscriptAnalysis, i: int) -> bool:
    """After agent unit i, does the client ask a new question that a later agent unit answers (the call goes on
    to another point)?"""
    return any(an.turns[j].role == "client" and unit_asks(an, j) and any(k > j for k in an.agent_indexes)
               for j in range(i + 1, len(an.turns)))


def left_asking(an: TranscriptAnalysis, i: int) -> bool:
    """Does the client's message right before agent unit i end with a question ("Olgu. Kas ma võin ka helistada?"),
    not with taking the answer ("ok, selge, mis kirjutada ja kuhu saata, see on nüüd teada. aitäh")?"""
    client = i - 1
    if client < 0 or an.turns[client].role != "client":
        return False
    said = [(a, b, s) for a, b, s in an.sentences(client) if any(t.is_word for t in tx.tokenize_cached(s))]
    if not said:
        return False
    a, b, last = said[-1]
    return client_asks(an.turns[client], last, an.language) and not echo(an, client, last) and not any(
        a <= m.start < b for m in an.matches(client, ["thanks", "farewell"], any_language=True))


def disputed_next(an: TranscriptAnalysis, i: int) -> bool:
    """Does the client's next message after agent unit i say that nothing was answered ("Te kordate ainult minu
    küsimusi", «ответа же нет»)?"""
    reply = next((j for j in range(i + 1, len(an.turns)) if an.turns[j].role == "client"), None)
    return reply is not None and complains(an.turns[reply].text)


def answers_client(an: TranscriptAnalysis, i: int) -> bool:
    """Did the client ask something since the agent's last inform before unit i (so unit i answers it)?"""
    for j in range(i - 1, -1, -1):
        unit = an.turns[j]
        if unit.role == "client" and (unit_asks(an, j) or asks_in_tail(unit.text, an.language)
                                      or (j == i - 1 and _yes_no_to_spoken(an, i, j))):
            return True  # a question mark or word; or a question clause ending a chat line without one
        if unit.role == "agent" and any(an.is_inform(j, a, b, s) for a, b, s in an.sentences(j)):
            return False
    return False


# a bare yes or no opening the agent's reply
_YES_NO = {"et": frozenset("jah jaa ei".split()), "ru": frozenset("да нет".split())}


def _yes_no_to_spoken(an: TranscriptAnalysis, i: int, j: int) -> bool:
    """Does agent unit i open with a bare yes or no to client unit j, a line of speech with no punctuation whose
    last clause (after "aga"/«а», «но», or the whole line) has a finite verb and winds nothing up («ладно а деньги
    за октябрь и ноябрь пропадут» - «нет после того как справка поступит пенсию выплатят задним числом»)? The yes or no shows the line
    was a question by its tune: the reply answers it, it recaps nothing (blind round 24)."""
    if an.language not in _YES_NO or not an.turns[j].unpunctuated():
        return False
    reply = words_in(an.turns[i].text)
    if not reply or reply[0] not in _YES_NO[an.language]:
        return False
    said = words_in(an.turns[j].text)
    cut = [k for k, w in enumerate(said) if w in BUT[an.language]]
    tail = said[cut[-1] + 1:] if cut else said
    # a clause with its verb: the code read out ("kolm viis kaheksa ...") before "jah klapib" asks nothing
    return bool(tail) and not any(w in WINDING_UP for w in tail) and has_finite_verb(" ".join(tail), an.language)
