"""A check of the client's need joined to a request in one sentence (criterion "needs", issue #10).

A competent agent often asks for the personal code and checks the need in one breath: "Palun öelge oma isikukood,
ja kas ma sain õigesti aru, et soovite teada, mida tuleb pärast ema surma teha?", «Назовите личный код, и правильно
ли я понимаю, что вы хотите узнать ...?», or the other way round ("Kas saan õigesti aru, et küsite ..., ja palun
öelge ka isikukood?"). The criterion leaves identification requests (and the other excluded acts) out of the
questions that clarify; the sentence as a whole is then left out, though one clause of it checks the need.

`joined_need_check` finds that clause: it starts the sentence or follows a clause break (a comma, semicolon, colon
or dash, or a joining "ja"/"ning"/"aga", «и»/«а»/«но»), it ends at the last break before the next excluded
phrase (or at the end of the sentence), it holds no excluded phrase, and it is a need check by its frame: the
agent's understanding with at least three words of content after it ("kas ma saan õigesti aru, et ...",
«правильно ли я понимаю, что ...», `check_frame_span`), or a restatement of what the client asks or wishes
("kas soovite teada ...", "küsite ...", «вы хотите узнать ...», «вы спрашиваете про ...», `restates_need`, or
the second-person frame and a question word of spoken_recap.py: «вы хотите узнать, нужно ли сообщать ...»).
The code request itself is never such a clause: "Palun öelge oma isikukood, et ma saaksin Teid aidata" and
«Назовите, пожалуйста, личный код, чтобы я могла проверить» check no need, nor does a frame whose content is the
code ("Kas ma saan õigesti aru, et Teie isikukood on ...?": the clause before the code has no content).
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.spoken_recap import QUESTION_FRAME
from trainer.text.questions import check_frame_span

# a clause break: punctuation, or a joining conjunction as a word of its own (matched on the original text)
_BREAK = re.compile(r"\s*[,;:–—]\s*(?:(?:ja|ning|aga|и|а|но)\s+)?|\s+(?:ja|ning|aga|и|а|но)\s+", re.IGNORECASE)
# a question particle before a restated need: "kas (Te) soovite teada ...", «ли» is not a lead in Russian
_ASKING_LEAD = re.compile(r"^\W*kas\s+", re.IGNORECASE)
_CONTENT = 2  # words after the question word of a restated question («нужно ли [сообщать о смерти]»)


@lru_cache(maxsize=8_192)  # a pure function of the sentence and its excluded spans
def joined_need_check(sentence: str, lang: str, excluded: tuple[tuple[int, int], ...]) -> tuple[int, int] | None:
    """The (start, end) offsets in ``sentence`` of a clause that checks the client's need and holds none of the
    ``excluded`` (start, end) spans (the phrases of the acts the criterion leaves out), or None (module doc)."""
    breaks = [(m.start(), m.end()) for m in _BREAK.finditer(sentence)]
    for start in [0] + [end for _, end in breaks]:
        after = [s for s, _ in excluded if s >= start]
        stop = len(sentence) if not after else max(
            (b for b, _ in breaks if start < b <= min(after)), default=None)
        if stop is None or any(s < stop and e > start for s, e in excluded):
            continue
        clause = sentence[start:stop].rstrip()
        if clause and _checks_need(clause, lang):
            return start, start + len(clause)
    return None


def _checks_need(clause: str, lang: str) -> bool:
    words = [t.norm for t in tx.tokenize_cached(clause) if t.is_word]
    if check_frame_span(words, lang) is not None:
        return True
    restated = _ASKING_LEAD.sub("", clause)
    if tx.restates_need(restated, lang):
        return True
    # the client's question given back with its question word («вы хотите узнать, нужно ли ...»), which
    # `restates_need` leaves to advice when a modal comes before «ли»
    folded = tx.fold(restated.lower())
    frame = QUESTION_FRAME[lang].match(folded) if lang in QUESTION_FRAME else None
    return frame is not None and len(re.findall(r"\w+", folded[frame.end():])) >= _CONTENT
