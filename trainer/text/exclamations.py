"""Exclamations that open with a question word: «Ой, как хорошо, значит, скоро опять прибавят.», „Oi, kui tore!“.

«как» and "kui" open questions («Как часто платят?», "Kui palju ma saan?"), so `questions.is_question` read a
client's delight or dismay («Ой, как часто...», «Как хорошо, что Вы позвонили») as a question: the client's
reaction to a wrong answer it believed then counted as a question left open, and in a parting line it was dropped
as one (new-user batches 14, 16, 26, 32: moving-abroad-account-ru, language-switch-ru). An exclamation is «как»/
"kui" with an adverb of degree or judgement (хорошо, часто, жаль; "tore", "palju") that ends its clause (a mark
right after it: a comma, an ellipsis, "!", the end), or runs on into «что»/"et" (how good that ...), or comes after
an interjection (ой, ах, ох; "oi", "ah", "vau"). «Как часто платят пенсию» without a mark still asks.
"""

from __future__ import annotations

from .lexicon import ru_parse
from .normalize import tokenize_cached

__all__ = ["INTERJECTIONS", "is_exclamation"]

#: interjections of speech that name no topic (folded): also what `scoring.formulas` does not count as content
INTERJECTIONS = frozenset("ой ах ох ух эх ого ай вау oi ah oh ahh vau ohoo oeh".split())
_INTERJECTIONS = INTERJECTIONS
_LEADING = frozenset("а и но ну да так ja aga no jah nii".split())
_HOW = {"ru": "как", "et": "kui"}
# Estonian words of degree or judgement after "kui" ("kui tore", "kui palju", "kui kahju")
_ET_DEGREE = frozenset("""tore hea hästi hasti kena ilus halb kahju palju vähe vahe kaua kiiresti tihti sageli harva
    lihtne keeruline raske kurb vahva mõnus monus""".split())
_RU_POS = frozenset({"ADVB", "PRED", "ADJS", "INTJ"})
_RU_NOT = frozenset({"же", "так", "только", "правило", "раз", "вдруг", "это", "бы"})  # «как же», «как только», «как раз»
_CLAUSE_ENDS = frozenset(",.!…;–—")


def _degree(word: str, lang: str) -> bool:
    if lang == "et":
        return word in _ET_DEGREE
    if word in _RU_NOT:
        return False
    parses = ru_parse(word)
    return bool(parses) and (parses[0].tag.POS in _RU_POS or word in ("мало", "много"))


def is_exclamation(sentence: str, lang: str) -> bool:
    """Is the sentence an exclamation opened by «как»/"kui" (no "?" at its end): «Ой, как хорошо, значит, ...»,
    «Как жаль, что ...», „Oi kui tore!“? Not «Как часто платят пенсию», «Ой, как это сделать», „Kui palju ma saan“."""
    if lang not in _HOW or sentence.rstrip().endswith("?"):
        return False
    tokens = list(tokenize_cached(sentence))
    i, interjection = 0, False
    while i < len(tokens) and (not tokens[i].is_word or tokens[i].norm in _LEADING or tokens[i].norm in _INTERJECTIONS):
        interjection = interjection or tokens[i].norm in _INTERJECTIONS
        i += 1
    if i + 1 >= len(tokens) or tokens[i].norm != _HOW[lang] or not tokens[i + 1].is_word \
            or not _degree(tokens[i + 1].norm, lang):
        return False
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if after is None or after.text[:1] in _CLAUSE_ENDS:
        return True
    return interjection or after.norm in ("что", "et")
