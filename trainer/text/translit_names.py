"""Russian names typed in Latin letters: a first name ("Anastassia", "Darja", "Mihhail") or a surname ("Ivanova",
"Vassiljeva") in any common transliteration or the Estonian one.

Split from `translit` (one noun per module); `names` asks these when a Latin word is no name of its lists.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .translit import HAS_LATIN, spell

__all__ = ["russian_name_in_latin", "russian_surname_in_latin"]


# Estonian spellings of Russian names ("Anastassia", "Mihhail", "Vjatšeslav"): a doubled s or h between vowels
# stands for one letter (the Estonian rule keeps it voiceless and long), "tš" for ч
_ET_DOUBLED = re.compile(r"(?<=[aeiouyäöüõ])(ss|hh)(?=[aeiouyäöüõ])")


@lru_cache(maxsize=20_000)
def russian_name_in_latin(word: str) -> str | None:
    """The Russian first name (Cyrillic, lowercase) a Latin word spells, in any common transliteration or the
    Estonian one ("Anastassia", "Darja", "Artjom", "Mihhail", "Vjatšeslav"), or None: only a spelling that
    pymorphy3 reads as a first name and not best as a surname counts."""
    from .lexicon import ru_parse

    low = word.lower()
    if not 3 <= len(low) <= 20 or not low.isalpha() or not HAS_LATIN.search(low):
        return None
    low = _ET_DOUBLED.sub(lambda m: m.group(1)[0], low).replace("tš", "č")

    def first_name(cyr: str) -> bool:
        parses = ru_parse(cyr)
        return bool(parses) and "Surn" not in parses[0].tag and any("Name" in p.tag and p.score >= 0.25 for p in parses)

    # a final -ий written "i" ("Grigori", "Arkadi")
    return spell(low, first_name) or (spell(low + "j", first_name) if low.endswith("i") else None)


def russian_surname_in_latin(word: str) -> str | None:
    """The Russian surname (Cyrillic, lowercase) a Latin word spells ("Ivanova", "Petrov", "Vassiljeva"), or None:
    only a spelling that pymorphy3 reads best as a surname counts."""
    from .lexicon import ru_parse

    low = word.lower()
    if not 4 <= len(low) <= 20 or not low.isalpha() or not HAS_LATIN.search(low):
        return None
    low = _ET_DOUBLED.sub(lambda m: m.group(1)[0], low).replace("tš", "č")

    def surname(cyr: str) -> bool:
        parses = ru_parse(cyr)
        return bool(parses) and "Surn" in parses[0].tag

    return spell(low, surname)
