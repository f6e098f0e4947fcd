"""A sentence whose condition is the sentence before it: it opens with a resumptive word ("Siis pension ei vähene.",
"Sel juhul ...", «Тогда пенсия не уменьшится.», «В этом случае ...»).

A wrong rule said only under a condition ("Kui jääte varem pensionile, siis pension ei vähene") is read in such a
sentence together with the sentence that states the condition, so a scenario's wrong phrase can name its condition:
after "Ennetähtaegselt võite minna viis aastat varem." the sentence "Siis pension ei vähene." says the wrong rule;
after "Selja pärast: töövõime hindamine Töötukassas." (another route) it does not
(`values.find_values`, new-user batch 50 early-or-later-retirement-et).
"""

from __future__ import annotations

import re

from trainer import text as tx

_RESUMPTIVE = {
    "et": re.compile(r"^\W*(?:(?:ja|aga|no)\s+)?(?:siis|sel\s+juhul|sellisel\s+juhul|niimoodi|nii)\b"),
    "ru": re.compile(r"^\W*(?:(?:и|а|но)\s+)?(?:тогда|в\s+(?:этом|таком)\s+случае|при\s+этом|так)\b"),
}
_END = re.compile(r"[\s.!?…]+$")


def with_condition(previous: str, sentence: str, lang: str) -> tuple[int, str]:
    """(offset of the sentence in the text, the text to read it in): the sentence after the one before it, joined
    as one clause chain ("Ennetähtaegselt võite minna varem, Siis pension ei vähene."), when it opens with a
    resumptive word and there is a sentence before; else (0, the sentence)."""
    pattern = _RESUMPTIVE["ru" if lang == "ru" else "et"]
    if not previous.strip() or not pattern.match(tx.fold(sentence.lower())):
        return 0, sentence
    head = _END.sub("", previous) + ", "
    return len(head), head + sentence
