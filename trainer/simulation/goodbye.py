"""The trainee's goodbye: where the closing formula that ends a reply starts (the thanks for the call and the
goodbye at its very end), as the client hears it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer import text as tx
from trainer.simulation.reactions import phrase_set
from trainer.simulation.wishes import said_as_wish

if TYPE_CHECKING:  # pragma: no cover
    from trainer.simulation.dialogue import Conversation


#: words that may follow a goodbye at the very end of a reply ("Head päeva, Mari!", «Всего доброго, до свидания»)
_AFTER_GOODBYE_WORDS = 3


#: the words for the call or the chat in a thanks that closes it („et helistasite“, «за звонок», «за обращение»)
_CALL_STEMS = ("helista", "kirjuta", "poordu", "ühendust", "uhendust", "звон", "обращен", "позвонил", "написал")


#: a note in round or square brackets that ends a reply
_TRAILING_NOTE = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")


def goodbye_tail(conv: Conversation, text: str) -> int | None:
    """Where the closing formula that ends a reply starts ("..., Aitäh, et helistasite! Head päeva!",
    «... спасибо за звонок всего доброго»): a goodbye at most three words from the end, with the thanks
    and goodbyes just before it (at most three words apart); None when the reply does not end so."""
    lang = conv.scenario.language
    # a note in brackets after the goodbye is no word said after it („Nägemist. (Kõne lõpetatud; teavitan
    # meeskonnajuhti.)“, new-user batch 42 abusive-caller-et good: the call stayed open after the hang-up line)
    text = _TRAILING_NOTE.sub("", text)
    found = []
    for name in ("farewell", "thanks"):
        entry = conv.concepts.get(name) or {}
        phrases = tuple(entry.get(lang) or entry.get("et") or [])
        found += [(m, name) for m in phrase_set(phrases, lang).find_all(text) if not m.negated
                  and (name != "farewell" or said_as_wish(text, m.start, m.end, lang))] if phrases else []
    found.sort(key=lambda item: item[0].start)
    ends = [(m.end, m.start) for m, name in found if name == "farewell"]
    for m, name in found:  # a thanks for the call is a closing formula too („Aitäh, et helistasite, ja head
        if name != "thanks":  # kolimist!“, «Спасибо за звонок!»): it ends at the word for the call
            continue
        words = [t for t in tx.tokenize(text[m.end:]) if t.is_word][:3]
        call = next((t for t in words if tx.fold(t.text).startswith(_CALL_STEMS)), None)
        if call is not None or tx.fold(m.quote).split()[-1:] and tx.fold(m.quote).split()[-1].startswith(_CALL_STEMS):
            ends.append((m.end + (call.start + len(call.text) if call is not None else 0), m.start))
    if not ends:
        return None
    end, start = max(ends)
    if len([t for t in tx.tokenize(text[end:]) if t.is_word]) > _AFTER_GOODBYE_WORDS:
        return None
    for m, _ in reversed(found):
        if m.start < start and len([t for t in tx.tokenize(text[m.end:start]) if t.is_word]) <= _AFTER_GOODBYE_WORDS:
            start = m.start
    return start
