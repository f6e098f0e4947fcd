"""A reply that only asks the client questions back: no answer the client thanks for (new-user batch 57
disability-assessment-ru gaming).

The client asked where to go; the trainee asked back in every reply («Может, у Вас есть семейный врач?», «А Вы
пробовали спросить в Кассе по безработице?», «А есть ли у сына доверенность?»). Each question names the words of the
answer the client waits for, so the step rules (which read the reply's signals, questions included) led the client on
to its grateful `wrap`; the opinion questions beside them were counted as non-answers (`trainer.simulation.quiz`),
these were not, so the client's ending (`trainer.simulation.transitions.ending`: more than half non-answers) did not
catch the call. The question asks, it does not inform (ISO 24617-2: a propositional question, no inform).

Here a reply, from the second answer to the caller on, that names an answer the client waits for (a signal or fact
some step of the scenario ``asks``) only in its questions and states nothing of the scenario's matter beside them
(at most a greeting, thanks or acknowledgement) counts with the non-answers for the ending. The step rules are left as
they are: some scenarios' ``asks`` are answered by a question by design (crisis-suicidal-et ``support_today``: „Kas on
keegi, kellega saaksite täna rääkida?“), so a reply that only asks back among real answers changes nothing; a call
answered mostly so ends unsatisfied.

Unchanged: the first answer to the caller (the needs question there is read as the scripts expect it, see
`_FROM_REPLY`); a clarifying question about the client's own case („Уточню: Вы сейчас работаете?“) names no answer the
client waits for; a reply that answers and then checks understanding («..., в Кассу по безработице. Понятно ли?»,
„... Kas see on arusaadav?“) states its answer outside the question.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer import text as tx
from trainer.scoring.signals import analyse_reply
from trainer.simulation.transitions import answers_to_caller

if TYPE_CHECKING:  # pragma: no cover
    from trainer.simulation.dialogue import Conversation

__all__ = ["asks_back", "awaited_answers", "count_asked_back"]

#: the first answer to the caller is where the trainee clarifies the need (the call model's needs act), and the
#: scripts answer a clarifying question there that names the matter („Täpsustan: kas perearst on Teie
#: terviseandmed juba üle vaadanud?“ – „jah, perearst ütleski ...“, new-user batch 11): read from the second on
_FROM_REPLY = 2
#: a typed segment ends at ".", "!", "?" or "…" before a space or the end: a question is a segment ending in "?"
_SEGMENT_END = re.compile(r"(?<=[.!?…])\s+")
#: where a tag question is glued to a statement: a comma, a dash, a colon or a symbol (an emoji)
_TAG_BREAK = re.compile(r"[,;:–—]|\s-\s|[^\w\s?.!-]")
_TAG_WORDS = 2


def awaited_answers(conv: Conversation) -> frozenset[str]:
    """The signals and facts the client waits to be told: those some step of the scenario ``asks``."""
    cached = getattr(conv, "_awaited", None)
    if cached is None:
        cached = frozenset(name for step in conv.scenario.dialogue.steps for name in step.asks)
        conv._awaited = cached
    return cached


def asks_back(conv: Conversation, acted: str, signals: dict, facts: dict) -> bool:
    """Is the reply (from the second answer to the caller on) questions only that name an answer the client waits for
    (:func:`awaited_answers`) and state nothing of the scenario's matter beside them (module doc)?"""
    if conv.state["step"] is None or conv.state["awaiting_close"] or not acted.strip() \
            or answers_to_caller(conv) < _FROM_REPLY:
        return False
    awaited = awaited_answers(conv)
    if not any(signals.get(name) or facts.get(name) for name in awaited):
        return False
    norm = tx.normalize_input(acted).text
    if not any(ch in "?" for ch in norm):
        return False  # spoken (unpunctuated) or no question mark: read as before
    # typed questions: the segments that end with "?" („..., нужна ли она." or „65 лет 1 мес. Подать ...“ tell)
    segments = [seg.strip() for seg in _SEGMENT_END.split(norm) if seg.strip()]
    rest = " ".join(seg for seg in segments if not _asks(seg))
    if not rest.strip():
        return True
    said = analyse_reply(rest, conv.scenario.language, conv.concepts, conv.signals, conv.facts)
    if any(said["signals"].get(name) for name in conv.signals) or any(said["facts"].values()):
        return False
    heard = [t["text"] for t in conv.turns if t["role"] == "client"][-3:]
    return not any(conv.library.criterion_verdict(conv.scenario, crit_id, rest, conv.values, heard)
                   for crit_id in set(conv.scenario.criterion_signals.values()))


def _asks(segment: str) -> bool:
    """A typed segment that asks: it ends in "?", and not as a tag glued to a statement („... лучше заранее ⏳ Ок?“,
    „..., eks?“: one or two words after the last comma, dash or symbol)."""
    if not segment.endswith("?"):
        return False
    parts = _TAG_BREAK.split(segment.rstrip("?"))
    before = " ".join(parts[:-1]).strip()
    return not (before and len(parts[-1].split()) <= _TAG_WORDS)


def count_asked_back(conv: Conversation, acted: str, signals: dict, facts: dict) -> bool:
    """Count a reply that only asks back (:func:`asks_back`) with the non-answers for the client's ending
    (`trainer.simulation.transitions.ending`), once a reply; return whether it was one."""
    if getattr(conv, "_non_answer", False) or not asks_back(conv, acted, signals, facts):
        return False
    conv.state["vars"]["non_answers"] = conv.state["vars"].get("non_answers", 0) + 1
    conv._non_answer = True
    return True
