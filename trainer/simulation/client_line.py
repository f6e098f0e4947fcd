"""The client's line: its latest line, whether a line thanks, and its canned parts joined into one line
(an acknowledgement or an opening statement said once, a yes dropped before an answer to an open question).

Used by :class:`~trainer.simulation.dialogue.Conversation` and the modules that read what the client said.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer import text as tx

if TYPE_CHECKING:  # pragma: no cover
    from trainer.simulation.dialogue import Conversation


#: an open question („Kus ema elab?“, «Где жила мама?») is answered without the yes a `say` may start with
OPEN_WORDS = frozenset({"kus", "kuhu", "kust", "millal", "mitu", "kuidas", "mis", "mida", "kes", "kelle", "kui",
                         "где", "куда", "откуда", "когда", "сколько", "как", "что", "кто", "какой", "какая"})
YES = re.compile(r"^\s*(?:jah|да)\s*[,.!]\s*", re.IGNORECASE)


#: words of a client line that thanks (a grateful end step: „ok aitäh, helistan neile“, «Спасибо, всё понятно.»)
_THANKS = re.compile(r"\b(?:aitäh|aitah|tänan|tänud|tänu|спасибо|благодарю|thank)", re.IGNORECASE)


def last_client_line(conv: Conversation) -> str:
    """The client's latest line ("" before it has spoken)."""
    return next((t["text"] for t in reversed(conv.turns) if t["role"] == "client"), "")


def thanks(conv: Conversation, line: str) -> bool:
    """Does the client's line (a script text, placeholders unrendered) thank, asking nothing back?"""
    return bool(_THANKS.search(line or "")) and "?" not in line  # „Ahah, nii et mina valetan? Aitäh väga“: no thanks


def without_yes(text: str) -> str:
    """The text without a leading „Jah,“ / «Да,» (as an answer to an open question is said)."""
    return YES.sub("", text, count=1)


#: acknowledgement words a client line may open with: said once when canned parts are joined („Selge, tõendiga
#: lähen siis ettevõttesse. Selge, osa maksan ise.“ -> „... Osa maksan ise.“; „Jah, see olen mina. Jah, mina olen.“)
_ACKS = frozenset("jah selge hea hästi olgu aitäh да понятно хорошо ясно ладно спасибо".split())
_LEAD_ACK = re.compile(r"^\s*([^\W\d_]+)\s*[,.!]\s*(?=\S)")


def without_repeated_acks(parts: list[str]) -> list[str]:
    """The client's line parts with an opening acknowledgement („Jah,“, „Selge,“, «Да,», «Понятно,») dropped
    where an earlier part opened with the same one; a part that is nothing else stays as it is."""
    seen: set[str] = set()
    out = []
    for part in parts:
        m = _LEAD_ACK.match(part)
        word = m.group(1).lower() if m else ""
        if word in _ACKS and word in seen:
            rest = part[m.end():]
            part = rest[:1].upper() + rest[1:]
        elif word in _ACKS:
            seen.add(word)
        out.append(part)
    return out


_FIRST_SENTENCE = re.compile(r"^(.+?[.!])\s+(?=\S)")


def without_said_opening(line: str, before: list[str]) -> str:
    """The step's line without its opening statement when a part said just before (an answer from `knows`) already
    said it in full: „Jah, sünd on registreeritud, haiglas tehti kõik ära.“ + „jah, sünd on registreeritud. aga
    kus ...?“ -> „... aga kus ...?“. A line that is only that statement, or one that says more, stays."""
    m = _FIRST_SENTENCE.match(line)
    if not m:
        return line
    opening = without_yes(tx.fold(m.group(1))).strip().rstrip(".!").strip()
    if len(opening.split()) < 2:  # „Jah.“, „Selge.“: acknowledgements are handled by without_repeated_acks
        return line
    for part in before:
        said = without_yes(tx.fold(part)).strip()
        if said.startswith(opening) and not said[len(opening):len(opening) + 1].isalnum():
            rest = line[m.end():]
            return rest[:1].upper() + rest[1:]
    return line


def join_lines(first: str, second: str) -> str:
    """Two client lines said in one turn: the first ends its sentence before the second begins („ладно.
    спрошу у врача тогда“ + „Копия не нужна.“ -> „... тогда. Копия не нужна.“)."""
    first = first.rstrip()
    if first and first[-1] not in ".!?…)»“\"":
        first += "."
    return f"{first} {second}"
