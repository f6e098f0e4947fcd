"""An empty recap: a summary cue with nothing agreed after it (issue 10, feedbackfix).

"Kokkuvõtteks: kõik on korras.", «Подводя итог: всё в порядке.», "Lühidalt: kõik sai selgeks.": the trainee did sum
up, in form, but the recap names no step, form, date or channel. It is no summary (`recap.states_point` reads the
settled matter as no point), and the feedback should say so with the quote, not that no summary was made. A cue that
opens its sentence counts; what follows it in the sentence and in the statements after it in the same message (up to
a question: the check of understanding) must be empty or say only that all is settled. "Kokkuvõtteks. Vaie 30 päeva
jooksul iseteeninduses." and "Pension tuleb 8. kuupäeval, nii et kõik on korras." are no empty recaps.
"""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring.recap import SETTLED
from trainer.scoring.units import part_of
from trainer.scoring.verdict import Evidence

__all__ = ["empty_recaps"]

_SOCIAL = ("greeting", "thanks", "farewell", "offer_help", "further_help")
# words that may open the sentence before the cue ("Ja kokkuvõtteks", «Ну, итак»)
_OPENERS = frozenset(tx.fold(w) for w in "ja nii siis no noh и ну так вот да хорошо selge".split())
# "all is fine / clear / talked through" (folded, lower case), besides `recap.SETTLED`
_ALL_FINE = re.compile(
    r"^\W*(?:(?:nii|siis|ja|et|ну|и|так|вот)\s+){0,3}(?:"
    r"(?:koik|asi|kusimus|see)\s+(?:(?:on|sai|oli)\s+)?(?:(?:nuud|juba|ilusti)\s+)?"
    r"(?:korras|selge|selgeks|hasti|lahendatud|arutatud|raagitud|labi\s+raagitud|tehtud|aetud)"
    r"|(?:me\s+)?(?:raakisime|arutasime)\s+(?:koik\s+)?(?:labi|ara)"
    r"|(?:(?:мы|я)\s+)?(?:вс[её]|это|вопрос)\s+(?:(?:уже|теперь)\s+)?(?:в\s+порядке|хорошо|нормально|ясно|понятно|"
    r"решено|обсудили|выяснили|обсуждено|сделано)"
    r"|(?:мы\s+)?(?:вс[её]\s+)?(?:обсудили|выяснили|обговорили)(?:\s+вс[её])?"
    r")\W*$")


def _settled(text: str) -> bool:
    """Is the text empty of words, or does it only say that all is settled ("kõik on korras", «всё в порядке»)?"""
    if not any(t.is_word for t in tx.tokenize_cached(text)):
        return True
    folded = tx.fold(text.lower()).strip()
    return bool(SETTLED.search(folded) or _ALL_FINE.search(folded))


def _blanked(an, i: int) -> str:
    """The text of agent unit i with its social formulas blanked ("Aitäh, head päeva!" restates nothing)."""
    chars = list(an.turns[i].text)
    for m in an.matches(i, _SOCIAL, any_language=True):
        chars[m.start:m.end] = " " * (m.end - m.start)
    return "".join(chars)


def empty_recaps(an, answer: tuple[int, int], cue: str) -> list[Evidence]:
    """The evidence of the empty recaps from the main answer's message on (module doc), in order.
    Read in the messages as written: a sentence that states nothing is dropped from the acts («Подводя итог: всё в
    порядке.»), but it was said."""
    if not cue:
        return []
    unit = an.turns[answer[0]]
    first = unit.parts[part_of(unit, answer[1])][1]  # the original turn of the answer
    an = getattr(an, "raw", None) or an
    found = []
    for i in an.agent_indexes:
        if max(p[1] for p in an.turns[i].parts) < first:
            continue
        cues = an.matches(i, [cue])
        if not cues:
            continue
        unit, blank = an.turns[i], None
        sentences = an.sentences(i)
        for k, (a, b, sentence) in enumerate(sentences):
            if unit.parts[part_of(unit, a)][1] < first:
                continue
            inside = [m for m in cues if a <= m.start < b]
            if not inside:
                continue
            head = [t.norm for t in tx.tokenize_cached(sentence[:inside[0].start - a]) if t.is_word]
            if any(w not in _OPENERS for w in head):
                continue  # "Pension tuleb 8. kuupäeval, nii et kõik on korras.": the point comes before the cue
            blank = blank if blank is not None else _blanked(an, i)
            pieces = [blank[inside[-1].end:b]]
            for a2, b2, later in sentences[k + 1:]:
                if part_of(unit, a2) != part_of(unit, a) or tx.is_question(later, an.language):
                    break  # the check of understanding, or the next message
                pieces.append(blank[a2:b2])
            if all(_settled(piece) for piece in pieces):
                found.append(an.evidence(i, sentence, a, b))
    return found


def tried_recap(an, cue: str) -> Evidence | None:
    """The last agent sentence that announces a recap in so many words ("Kokkuvõtteks: ...", «Итак, подведём итог:
    ...», `recap.explicit_cue`), read as written, when none counted as one: the feedback quotes what the trainee
    said instead of saying no summary was made (a cue pasted into every reply, a keyword string, a recap in the
    answer's own message, one after no answer)."""
    from trainer.scoring.recap import explicit_cue

    an = getattr(an, "raw", None) or an
    found = None
    for i in an.agent_indexes if cue else ():
        cues = an.matches(i, [cue])
        for a, b, sentence in an.sentences(i) if cues else ():
            if any(a <= m.start < b for m in cues) and explicit_cue(sentence, an.language):
                found = an.evidence(i, sentence, a, b)
    return found
