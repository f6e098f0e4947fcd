"""Fragment replies: bare words to "why" or "how"; the yes/no, why/how and bafflement patterns."""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring.analysis import TranscriptAnalysis
from trainer.scoring.asking import unit_asks
from trainer.scoring.courtesy_informs import ANSWER_SHAPE, sentence_informs, without
from trainer.scoring.verdict import Evidence

# yes, no and their stronger forms: a reply that starts with one answers a yes/no question
YES_NO = re.compile(r"(?i)^\W*(?:jah|jaa|ei|muidugi|loomulikult|kindlasti|kahjuks|да|нет|конечно|разумеется|"
                     r"к\s+сожалению)\b")
# questions that a bare word cannot answer: why, how, what does it mean, what if
EXPLAIN = re.compile(r"(?i)\b(?:miks|kuidas|mis\s+m[oõ]ttes|mida\s+(?:see|te)\s+(?:t[aä]hendab|m[oõ]tlete)|"
                      r"mis\s+see\s+t[aä]hendab|aga\s+kui|mis\s+siis\s+kui|почему|зачем|как|в\s+смысле|"
                      r"что\s+(?:это\s+)?значит|а\s+если|что\s+если)\b")
# the client saying the reply explained nothing ("ei saa aru", «не понимаю», "kuhu???")
BAFFLED = re.compile(r"(?i)\?{2,}|\bei\s+(?:saa|saanud)\s+aru|\bei\s+m[oõ]ista|\bmis\s+m[oõ]ttes|"
                      r"не\s+понима|не\s+понял|непонятно|в\s+смысле")


def _answers(an: TranscriptAnalysis, i: int) -> bool:
    """Does the agent unit tell or answer anything: an informing sentence, a yes or no, a number, a date?"""
    return any(sentence_informs(an, s) or ANSWER_SHAPE.search(s) or YES_NO.search(s) for _, _, s in an.sentences(i))


def _fragment_words(an: TranscriptAnalysis, i: int) -> list[str] | None:
    """The words of an agent unit that is a bare fragment (at most three words and no finite verb, or a
    single word; no question, no yes or no), else None."""
    from trainer.scoring.finite_verbs import has_finite_verb
    from trainer.scoring.formulas import SOCIAL_CONCEPTS

    text = an.turns[i].text
    if "?" in text or YES_NO.search(text):
        return None
    words = [t.text for t in tx.tokenize_cached(without(an, text, SOCIAL_CONCEPTS)) if t.is_word]
    if not words or len(words) > 3 or (len(words) > 1 and has_finite_verb(text, an.language)):
        return None
    return words


def fragment_replies(an: TranscriptAnalysis) -> list[Evidence]:
    """Client questions met by bare fragments that explain nothing: a single word answering "why", "how",
    "what does it mean" or "what if" ("Miks?" - "Nädalavahetus.", «А если не придёт?» - «Придёт.») twice,
    or once among two fragment replies with the client then saying they do not understand. A terse real
    answer to a simple question ("Jah, 10. kuupäeval.", "Teisipäev.") is no brush-off."""
    fragments, unfit, baffled = [], 0, False
    for i, unit in enumerate(an.turns):
        if unit.role != "agent" or i == 0 or an.turns[i - 1].role != "client":
            continue
        asked = an.turns[i - 1].text
        if not (unit_asks(an, i - 1) or EXPLAIN.search(asked) or BAFFLED.search(asked)):
            continue  # neither a question nor "I do not understand" (a complaint)
        words = _fragment_words(an, i)
        if words is None:
            continue
        fragments.append(an.evidence(i, unit.text.strip()))
        unfit += len(words) == 1 and bool(EXPLAIN.search(asked))
        baffled = baffled or (i + 1 < len(an.turns) and bool(BAFFLED.search(an.turns[i + 1].text)))
    if unfit >= 2 or (unfit and baffled and len(fragments) >= 2):
        return fragments
    return []
