"""Sentence words: the normalised words of a sentence and the word stems of a text, as the non-answer detector compares them.

:func:`word_norms` (the folded words and numbers) tells a sentence said before; :func:`word_stems` (the first five letters
of words of four letters or more, and numbers) tells whether a list or a summary restates what was said before.
"""

from __future__ import annotations

from functools import lru_cache

from trainer import text as tx


@lru_cache(maxsize=16_384)
def word_norms(sentence: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tx.tokenize_cached(sentence) if t.is_word or t.text[:1].isdigit())


@lru_cache(maxsize=16_384)  # a pure function of the text (callers only read it)
def word_stems(text: str) -> frozenset[str]:
    return frozenset(t.norm[:5] for t in tx.tokenize_cached(text)
                     if (t.is_word and len(t.norm) >= 4) or t.text[:1].isdigit())
