"""The trainee's goodbye: where the closing formula that ends a reply starts (the thanks for the call and the
goodbye at its very end), as the client hears it.

A short chat goodbye ("head!", «всего!», «пока!», «до связи», «всех благ») is a goodbye to the client too, when it
ends the reply as a sentence of its own or after a thanks or an "ok" (`short_goodbye`, new-user batch 56
health-insurance-redirect-chat-et terse: "saadan kohe. head!" got „Selge, aitäh.“ and the chat stayed open). It
is the client's reading only: the scorer's closing check keeps its own list of wishes (rubrics/call-model.yaml).
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


#: short goodbyes of a chat, by language (module doc); "head" and «всего», «пока» are other words inside a sentence
#: ("head uudised", «всего 3 дня», «пока не пришло»), so only at the reply's very end
_SHORT_GOODBYES = {
    "et": r"head|k[õo]ike\s+head|k[õo]ike\s+paremat|n[äa]gemist|n[äa]gemiseni|head\s+aega|t[šs]au|t[šs]auki",
    "ru": r"всего|пока|пока-пока|до\s+связи|всех\s+благ|всего\s+хорошего|всего\s+доброго|всего\s+наилучшего"
          r"|до\s+свидания",
}
#: what may come right before a short goodbye: the start of the reply or of a sentence, or a thanks, an "ok" or a
#: "you're welcome" with a comma, "ja"/«и» or a space ("aitäh ja head!", «Хорошо, до связи»)
_BEFORE_SHORT = (r"(?:^|[.!?…]\s*|\b(?:спасибо|благодарю|не\s+за\s+что|хорошо|ладно|понятно|ок|окей|ok|okei|aitäh|aitah"
                 r"|tänan|tanan|palun|selge|olgu|pole\s+t[äa]nu\s+v[äa]{2}rt)\s*(?:,\s*|\s+(?:и|ja)\s+|\s+))")
_SHORT_GOODBYE = {lang: re.compile(rf"{_BEFORE_SHORT}(?P<bye>(?:{alts}))(?:\s+(?:вам|тебе|teile|sulle))?[\s\W]*$",
                                   re.IGNORECASE)
                  for lang, alts in _SHORT_GOODBYES.items()}


def short_goodbye(text: str, lang: str) -> tuple[int, int] | None:
    """Where a short chat goodbye ends the reply ("Saadan kohe. Head!", «Хорошо, до связи 🙂»), or None."""
    pattern = _SHORT_GOODBYE.get(lang)
    m = pattern.search(text) if pattern is not None else None
    return (m.start("bye"), m.end("bye")) if m else None


#: a note in round or square brackets that ends a reply
_TRAILING_NOTE = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")


def goodbye_tail(conv: Conversation, text: str) -> int | None:
    """Where the closing formula that ends a reply starts ("..., Aitäh, et helistasite! Head päeva!",
    «... спасибо за звонок всего доброго»): a goodbye at most three words from the end, with the thanks
    and goodbyes just before it (at most three words apart); None when the reply does not end so."""
    # a note in brackets after the goodbye is no word said after it („Nägemist. (Kõne lõpetatud; teavitan
    # meeskonnajuhti.)“, new-user batch 42 abusive-caller-et good: the call stayed open after the hang-up line)
    text = _TRAILING_NOTE.sub("", text)
    found = _closing_phrases(conv, text)
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


def says_farewell(conv: Conversation, text: str) -> bool:
    """Does the line say goodbye ("... Head aega!", «... До свидания.», a short chat "Head!")? A thanks alone
    ("Jah, sain aru. Aitäh!", "ok aitäh, helistan neile") is no farewell: the client is still on the line."""
    return any(name == "farewell" for _, name in _closing_phrases(conv, text))


def _closing_phrases(conv: Conversation, text: str) -> list[tuple[tx.Match, str]]:
    """The goodbyes ("farewell": wished, not negated; a short chat goodbye) and thanks ("thanks") in the text, in
    order."""
    lang = conv.scenario.language
    found = []
    for name in ("farewell", "thanks"):
        entry = conv.concepts.get(name) or {}
        phrases = tuple(entry.get(lang) or entry.get("et") or [])
        found += [(m, name) for m in phrase_set(phrases, lang).find_all(text) if not m.negated
                  and (name != "farewell" or said_as_wish(text, m.start, m.end, lang))] if phrases else []
    short = short_goodbye(text, lang)
    if short is not None and not any(m.start <= short[0] < m.end for m, name in found if name == "farewell"):
        found.append((tx.Match(short[0], short[1], text[short[0]:short[1]], "farewell"), "farewell"))
    found.sort(key=lambda item: item[0].start)
    return found
