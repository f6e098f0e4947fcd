"""Labels in agent messages: text that names a step of the call model instead of performing it (blind round 9).

A filled-in template carries slot tags ("[TERVITUS] Tere!", «[резюме] Итак, подведём итог: ...»); a keyword
menu joins cue items with "|" ("tere | sotsiaalkindlustusamet | karl | kokkuvõtteks | aitäh"). A label greets,
asks, sums up and thanks nobody: the positive checks read the agent's messages with the labels blanked, so only
the words outside them can perform an act (a bare "Kas ma sain õigesti aru?" or «Частями?» left under a tag is
then judged for what it is). The signature that signs a message after a dash ("— Anna | Sotsiaalkindlustusamet
| ...") keeps its name and institution: they sign the message.
"""

from __future__ import annotations

import re
from functools import lru_cache

# slot labels of a filled-in template: a bracketed tag with letters ("[TERVITUS]", «[резюме]», "[Теги обращения:
# приветствие, ...]"), and a menu of four or more items joined by "|" ("tere | sotsiaalkindlustusamet | karl |
# kokkuvõtteks"), from the last sentence end or dash before its first "|" to the end of its last item
_SLOT_TAG = re.compile(r"\[[^\[\]\d]*[^\W\d_][^\[\]\d]*\]")
_MENU = re.compile(r"(?:^|(?<=[.!?…—–\n]))[^.!?…—–\n|]*(?:\|[^|\n]*){2,}\|[^|.!?…\n]*[.!?…]*")


def label_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of an agent message that are labels, not acts: bracketed slot tags and "|" menus.
    A label names a step of the call model; it greets, asks, sums up or thanks nobody."""
    spans = [(m.start(), m.end()) for m in _SLOT_TAG.finditer(text)]
    for m in _MENU.finditer(text):
        start = m.start()
        if text[:start].rstrip().endswith(("—", "–", "-")):
            # a signature ("— Anna | Sotsiaalkindlustusamet | ..."): its name and institution sign the message
            start = text.index("|", text.index("|", start) + 1) + 1
        spans.append((start, m.end()))
    return spans


@lru_cache(maxsize=16_384)  # a pure function of the text (every agent message, for each analysis)
def unlabelled(text: str) -> str:
    """The text with its labels blanked (same length, so offsets still hold)."""
    spans = label_spans(text)
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)
