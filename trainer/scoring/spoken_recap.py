"""A spoken restatement of the client's matter, confirmed: the check of understanding as speech runs it.

A trainee speaking without punctuation restates the need after a marker and runs straight on into the next step
(«извините значит жалоба что не перезвонили и ещё письменное объяснение расчёта так назовите ваш личный код»).
There is no question mark and no «правильно ли я понимаю», but the client's reply shows it was a check: it confirms
the content («Да, всё так.», «Верно.»), not just the request after it («Да, сейчас: 3570...» only complies). The
restatement takes up the client's own words, so it is about their matter, not a guessed topic.

`restated_matter` gives the stretch from the marker to the next request word, for the needs check to read as a
question (checks._question). Russian only: no Estonian run needed it yet (an Estonian spoken restatement without
"kas" is still not credited), and a marker alone («значит») states as often as it checks, so the client's
confirmation of the content is required.
"""

from __future__ import annotations

import re

from trainer import text as tx

# the marker that opens a restatement (folded)
_MARKER = re.compile(r"(?<!\w)(?:значит|то\s+есть|так\s+значит|если\s+я\s+правильно\s+понял[аи]?)(?!\w)")
# what ends it: the request or the next step run on after it (folded)
_NEXT_STEP = re.compile(r"(?<!\w)(?:так\s+)?(?:назовите|скажите|продиктуйте|подскажите|напишите|уточните|"
                        r"давайте|сейчас\s+(?:проверю|посмотрю)|подождите|минутку|секундочку)(?!\w)")
# the client's reply confirming the content, not only complying with a request (folded first sentence)
_CONFIRMS_CONTENT = re.compile(r"^\W*(?:(?:да|ага|угу)\W+)?(?:вс[её]\s+так|вс[её]\s+верно|верно|правильно|именно(?:\s+так)?|"
                               r"точно|совершенно\s+верно|да\W+да|так\s+и\s+есть)(?!\w)")
_MIN_WORDS = 4
_TAKEN_UP = 2


def restated_matter(an, i: int, sentence: str) -> tuple[int, int] | None:
    """The (start, end) offsets in `sentence` (of spoken agent unit i) of a restatement of the client's matter
    that the client's next reply confirms (see the module doc), or None."""
    if an.language != "ru" or i + 1 >= len(an.turns) or an.turns[i + 1].role != "client":
        return None
    folded = tx.fold(sentence)
    if len(folded) != len(sentence):
        return None  # offsets must hold in the original sentence
    marker = _MARKER.search(folded)
    if marker is None:
        return None
    first = next((s for _, _, s in tx.split_sentences(an.turns[i + 1].text) if s.strip()), "")
    if not _CONFIRMS_CONTENT.match(tx.fold(first)):
        return None
    stop = _NEXT_STEP.search(folded, marker.end())
    end = stop.start() if stop else len(sentence)
    stretch = sentence[marker.start():end]
    words = [t.norm for t in tx.tokenize_cached(stretch) if t.is_word]
    if len(words) < _MIN_WORDS or tx.is_question(stretch, "ru"):
        return None
    heard = {t.norm[:5] for k in range(i) if an.turns[k].role == "client"
             for t in tx.tokenize_cached(an.turns[k].text) if t.is_word and len(t.norm) >= 5}
    taken = {w[:5] for w in words if len(w) >= 5 and w[:5] in heard}
    return (marker.start(), end) if len(taken) >= _TAKEN_UP else None
