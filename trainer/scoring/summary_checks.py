"""Checks of understanding in a summary: pasted, rejected and confirmed checks, pasted templates."""

from __future__ import annotations

from trainer import text as tx
from trainer.scoring import recap
from trainer.scoring.analysis import TranscriptAnalysis, sentence_of
from trainer.scoring.client_reply import complains
from trainer.scoring.macros import sentence_key
from trainer.scoring.units import part_of

PASTED_CUE = 3


def find_pasted_checks(an: TranscriptAnalysis, checkq: str) -> frozenset[str]:
    """The checks of understanding (folded quotes) said in ``PASTED_CUE`` or more agent replies and missing
    from at most one reply after the first, the client confirming none of them ("Kas see vastas Teie
    küsimusele?" under every answer, met each time by a new question or a "no"): a paste, no check."""
    an = getattr(an, "raw", None) or an  # the later copies are dropped from the acts as repeats: count them as said
    said: dict[str, list[int]] = {}
    for i in an.agent_indexes:
        for m in an.matches(i, [checkq], any_language=True):
            units = said.setdefault(tx.fold(m.quote.lower()), [])
            if i not in units:
                units.append(i)
    out = set()
    for quote, units in said.items():
        if len(units) < PASTED_CUE:
            continue
        after = [i for i in an.agent_indexes if i >= units[0]]
        if len(after) - len(units) <= 1 and not any(client_confirms(an, i) for i in units):
            out.add(quote)
        # under every reply from the first to the last that carries it (three or more in a row),
        # and no client reply taking it with a yes ("Aga ...", "no aga ...", blind round 13): a paste too
        within = [i for i in after if i <= units[-1]]
        if len(within) == len(units) and not any(_client_says_yes(an, i) for i in units):
            out.add(quote)
    return frozenset(out)


def _client_says_yes(an: TranscriptAnalysis, i: int) -> bool:
    """Does the client's next message after agent unit i open with a yes or a word of understanding ("Jah, aga
    ...", «Понятно, а ...»), whatever it asks after that?"""
    reply = next((j for j in range(i + 1, len(an.turns)) if an.turns[j].role == "client"), None)
    return reply is not None and recap.says_yes(an.turns[reply].text, an.language)


def templated_turns(an: TranscriptAnalysis) -> frozenset[int]:
    """Original turn indexes of the agent replies that carry a pasted reference paragraph: an informing sentence
    (four words or more) said word for word in ``PASTED_CUE`` or more replies, whatever the client asked. The
    summary cue and the check of understanding pasted with it sum up and check nothing, in the first copy too
    (the later copies are repeats already, `acts.find_non_answers`); a check after different answers still
    checks, and so does a recap that restates an answer in new words."""
    raw = an.raw
    said: dict[tuple[str, ...], list[tuple[int, int, int, str]]] = {}
    for i in raw.agent_indexes:
        for a, b, sentence in raw.sentences(i):
            key = sentence_key(sentence)
            if len(key) >= 4:
                said.setdefault(key, []).append((i, a, b, sentence))
    units: set[int] = set()
    for places in said.values():  # the costly inform test only for sentences said in enough replies
        if len({i for i, _, _, _ in places}) >= PASTED_CUE:
            informing = {i for i, a, b, sentence in places if raw.is_inform(i, a, b, sentence)}
            if len(informing) >= PASTED_CUE:
                units |= informing
    return frozenset(p[1] for i in units for p in raw.turns[i].parts)


def rejected_checks(an: TranscriptAnalysis, checkq: str) -> set[tuple[str, ...]]:
    """The words of each check of understanding the client's next message answered "no" to, or said in reply that
    nothing was answered ("jah, said õigesti aru, aga vastust ju pole")."""
    out = set()
    for i in an.agent_indexes:
        reply = next((j for j in range(i + 1, len(an.turns)) if an.turns[j].role == "client"), None)
        text = an.turns[reply].text if reply is not None else ""
        # "Ei, tegelikult mitte.", «Нет, на самом деле нет.»: "not really" is a "no" too
        if reply is None or not (recap.rejects(text, an.language) or recap.says_not_really(text, an.language)
                                 or complains(text)):
            continue
        matches = an.matches(i, [checkq], any_language=True)
        out |= {sentence_key(s) for a, b, s in an.sentences(i) if any(a <= m.start < b for m in matches)}
    return out


def client_confirms(an: TranscriptAnalysis, i: int) -> bool:
    """Does the client's next message after agent unit i confirm its check and ask nothing more?"""
    reply = next((j for j in range(i + 1, len(an.turns)) if an.turns[j].role == "client"), None)
    return reply is not None and recap.confirms(an.turns[reply].text, an.language)


def goodbye_after(an: TranscriptAnalysis, i: int, end: int) -> bool:
    """Does a goodbye follow position ``end`` in the same message of unit i?"""
    unit = an.turns[i]
    part = part_of(unit, max(end - 1, 0))
    if any(m.start >= end and part_of(unit, m.start) == part
           for m in an.matches(i, ["farewell"], any_language=True)):
        return True
    # the goodbye pasted into reply after reply is dropped from the acts as a repeat, but it was still said
    # in this message after the check ("Понятно? Всего доброго."): read the message as it was written
    raw = getattr(an, "raw", an)
    if raw is an:
        return False
    turn = unit.parts[part][1]
    a, _ = sentence_of(an, i, max(end - 1, 0))
    said = unit.text[max(a, unit.parts[part][0]):end].strip()
    for r in raw.agent_indexes:
        for offset, index, _ in raw.turns[r].parts:
            if index != turn:
                continue
            k = raw.turns[r].text.find(said, offset) if said else -1
            if k < 0:
                return False
            after = k + len(said)
            return any(m.start >= after and part_of(raw.turns[r], m.start) == part_of(raw.turns[r], offset)
                       for m in raw.matches(r, ["farewell"], any_language=True))
    return False
