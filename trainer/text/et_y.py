"""Estonian typed with "y" for "ü" ("yhistaotlus", "infosysteem", "byroo"): a keyboard without Estonian letters puts
the y, which stands next to ü on no keyboard but looks like it, where the ü belongs (new-user batch 55
disability-or-workability-chat-et terse: "1 yhistaotluse tootukassale"). Estonian writes no y in words of its own, so
a Latin word with a y that is no Estonian or English word and no name is read with ü. Only Estonian conversations
are read this way (`spoken.normalize_input(text, "et")`), after the Russian typed in Latin letters in them is read
in Cyrillic (translit.py), so "vy mozhete" stays Russian."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["u_for_y", "u_for_y_pieces"]

# a Latin word with a y in it (hyphenated parts are words of their own)
_Y_WORD = re.compile(r"(?<![\w@.])[a-zA-ZõäöüšžÕÄÖÜŠŽ]*[yY][a-zA-ZõäöüšžÕÄÖÜŠŽ]*(?![\w@]|\.\w)")
# an abbreviation in capitals ("SYG", "NYT"): kept as typed
_CAPITALS = re.compile(r"[A-ZÕÄÖÜŠŽ]{2,}")


@lru_cache(maxsize=20_000)
def _reads_with_u(word: str) -> bool:
    """Is this y-word an Estonian word typed with y for ü: an Estonian word with ü ("yle" «üle»; the dictionary lists
    some such typings, "yks", as forms of their ü-word), or no Estonian or English word as typed, no first name, no
    abbreviation in capitals ("yhistaotlus", a compound no dictionary lists)?"""
    from .lexicon import is_known
    from .names import is_first_name

    if len(word) < 2 or _CAPITALS.fullmatch(word):
        return False
    low = word.lower()
    if is_known(_with_u(low), "et") and not is_known(low, "en"):
        return True
    if is_known(low, "et") or is_known(low, "en"):
        return False  # "hobby", "system", "yes"; an Estonian y-word of a dictionary as typed
    return not (word[:1].isupper() and is_first_name(word))


def _with_u(word: str) -> str:
    return word.replace("y", "ü").replace("Y", "Ü")


def u_for_y(text: str) -> str:
    """`text` with every y-word read as Estonian written with ü (see the module doc); the length is kept, so offsets
    into it are offsets into `text`."""
    if "y" not in text and "Y" not in text:
        return text
    return _Y_WORD.sub(lambda m: _with_u(m.group()) if _reads_with_u(m.group()) else m.group(), text)


def u_for_y_pieces(text: str, pieces: tuple[tuple[str, int, int], ...] | None
                   ) -> tuple[tuple[str, int, int], ...] | None:
    """The pieces (text, original start, original end) of an Estonian message with its y-words read with ü, or None
    when there are no pieces and nothing to read so: `pieces` are translit.ru_from_latin's (the Cyrillic words of a
    Russian run have no y), or None for the message as it is."""
    if pieces is None:
        changed = u_for_y(text)
        return None if changed == text else ((changed, 0, len(text)),)
    return tuple((u_for_y(chunk), a, b) for chunk, a, b in pieces)
