"""A recap that names the topics talked about ("Kokkuvõtteks: rääkisime taotlusest, pakkumisest ja maksepäevast.",
«Итак: мы с Вами обсудили, как написать возражение и куда его отправить.») restates a point only when the agent
explained those topics earlier: most of what it names must have been said in an earlier agent inform. A recap of
topics never explained sums up nothing, however well it is framed (fresh judge, issue #10: the client then said
„Ei“ to the check).
"""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring.content_words import CUE_WORDS, content_lemmas

# the agent's own telling or discussing, in the first person, past (folded: "kaisime labi"): the frame of a recap
# that names topics instead of restating them
_TALKED = {
    "et": re.compile(r"\b(?:rääki|raaki|aruta|arutle|käsitle|kasitle|puuduta|selgita|tutvusta)\w*(?:sime|sin)\b"
                     r"|\b(?:käisime|kaisime|vaatasime|läbisime|labisime)\b"),
    "ru": re.compile(r"\b(?:обсудил\w*|обсуждал\w*|поговорил\w*|обговорил\w*|разобрал\w*|рассмотрел\w*|"
                     r"прош(?:ли|лась|лись)|затронул\w*|коснул\w*|выяснил\w*|рассказал\w*|объяснил\w*|"
                     r"разъяснил\w*|пояснил\w*|говорил\w*)\b"),
}
# words of the frame itself: who talked, and the question words that turn a topic into an indirect question
_FRAME_WORDS = frozenset(tx.fold(w) for w in """rääkima arutama arutlema käsitlema puudutama selgitama tutvustama
    käima vaatama läbima läbi üle teiega meiega sellest millest kuidas kuhu millal kui palju milline missugune
    обсудить обсуждать поговорить говорить обговорить разобрать разбирать рассмотреть пройти затронуть коснуться
    выяснить рассказать объяснить разъяснить пояснить вами тем том как куда когда какой какие сколько где
    который""".split())
_EXPLAINED_SHARE = 0.6  # of the named topics, said before in an agent inform


def frames_talk(sentence: str, language: str) -> bool:
    """Is the sentence framed as the agent's own talking or explaining in the first person past ("rääkisime",
    "selgitasin", «мы обсудили», «я объяснила»)?"""
    folded = tx.fold(sentence.lower())
    pattern = _TALKED.get(language)
    return bool(pattern and pattern.search(folded))


def names_unexplained_topics(sentence: str, language: str, pool: frozenset[str]) -> bool:
    """Does the sentence name, as talked about, topics that the agent's earlier informs (``pool``: their content
    lemmas) did not explain: fewer than :data:`_EXPLAINED_SHARE` of its content words said before? Such a recap
    restates nothing; a recap of what was explained ("Rääkisime, et taotlust pole vaja ja raha tuleb 8.
    kuupäeval.", after the agent said so) is not touched."""
    if not frames_talk(sentence, language):
        return False
    topics = [lem for lem in content_lemmas(sentence, language)
              if not lem & CUE_WORDS and not {tx.fold(x) for x in lem} & _FRAME_WORDS]
    if not topics:
        return True
    said = sum(1 for lem in topics if lem & pool or _stem_said(lem, pool))
    return said < _EXPLAINED_SHARE * len(topics)


def _stem_said(lem: frozenset[str], pool: frozenset[str]) -> bool:
    """Was a word of the same stem (its first five letters; "maksepäevast" after "makstakse" is not one) said?"""
    stems = {tx.fold(x)[:5] for x in lem if len(x) >= 6}
    return any(tx.fold(w)[:5] in stems for w in pool if len(w) >= 6)
