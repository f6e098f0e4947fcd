"""A statement with a tag question that gives the caller's own matter back („Kiri oli pensioni ümberarvutuse kohta,
jah?“, «Вы про перерасчёт пенсии, да?»): a check of what the client wants, confirmed like „Kas ma sain õigesti aru,
et ...?“ (new-user batch 45 letters-unanswered-et terse: the client had said its letter asked why its pension was
recalculated, and answered the trainee's „..., jah?“ with „Seda ma täpselt ei tea.“).

A tag question alone is no check of the matter: the statement before it must restate the client's own words, two
content words of them at least (compared by their first four letters after folding, so "pensjoni" typed for
"pensioni" and „ümberarvutuse“ for „ümber arvutati“ count). A statement of something the client never said („Te
saite otsuse 12. novembril, eks?“) stays a question it may not know the answer to.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer import text as tx

if TYPE_CHECKING:  # pragma: no cover
    from trainer.simulation.dialogue import Conversation

__all__ = ["restates_matter"]

#: a tag question closing a statement („..., jah?“, „..., eks?“, „..., eks ole?“, „..., õige?“, «..., да?»,
#: «..., верно?», «..., так?», «..., не так ли?», «..., правильно?»)
_TAG = re.compile(r"[,\s](?:jah|eks(?:\s+ole)?|eks\s+ju|onju|on\s+ju|õige|oige|ju|да|верно|так|правильно|не\s+так\s+ли)"
                  r"\s*\?+\s*$", re.IGNORECASE)
#: words that carry no matter: pronouns, particles, auxiliaries, question words
_STOP = frozenset("""kas see seda selle sellest oli olid olen oled on ole ning mida mis miks kuidas kuhu millal kelle
    teie teil teile teid minu mina sina tema nende meie kohta jaoks pärast parast siis veel juba nagu nüüd nyyd
    это этот эта эти был была было были быть есть как что чтобы почему когда где куда ваш ваша ваше ваши вашей вы вам
    вас мой моя моё мои меня мне про для после уже ещё еще тоже также""".split())
_STEM = 4
_MIN_SHARED = 2


def _stems(text: str) -> set[str]:
    return {tx.fold(t.text.lower())[:_STEM] for t in tx.tokenize(text)
            if t.is_word and len(t.text) >= _STEM and tx.fold(t.text.lower()) not in _STOP}


def restates_matter(conv: Conversation, question: str) -> bool:
    """Is the question a statement of the client's own matter with a tag question after it (module doc)?"""
    m = _TAG.search(question)
    if not m:
        return False
    body = question[:m.start()]
    own = set().union(*(_stems(t["text"]) for t in conv.turns if t["role"] == "client") or [set()])
    return len(_stems(body) & own) >= _MIN_SHARED
