"""A quick "cannot match" test for phrase sets, shared by every set that reads the same text.

A phrase match starts at a token that hits the phrase's first word (see ``PhraseSet._hits``), so a set whose
first words no token of a text could hit has no match there. The scorer asks hundreds of phrase sets about
each text and most of them find nothing: per text we compute once which keys its tokens could hit (lemmas,
folded words, compound tails, first letters of unknown words), per set which keys its first words answer to,
and a set skips the text when the two are disjoint. The keys over-approximate ``_hits``: a "maybe" runs the
full matcher, so results are unchanged.
"""

from __future__ import annotations

from .lexicon import MAX_WORD_CHARS, is_known, lemmas
from .normalize import fold, tokenize_cached, word_slots

__all__ = ["TextKeys", "text_keys", "fuzzy_key"]

_MIN_HEAD = 3  # as in PhraseSet._compound_hits: a compound tail follows >= 3 letters of its head
_LIMIT = 20_000
_cache: dict[tuple[str, str], TextKeys] = {}


def fuzzy_key(letter: str) -> str:
    """The key of "an unknown word starting with `letter`" (typo matching compares first letters)."""
    return "\x01" + letter


class TextKeys:
    """What the word tokens of one text could hit: ``keys`` (lemma candidates, folded forms and their
    compound tails, fuzzy first letters) and ``norms`` (folded words, for prefix phrase words)."""

    __slots__ = ("keys", "norms")

    def __init__(self, keys: frozenset[str], norms: tuple[str, ...]):
        self.keys = keys
        self.norms = norms


def _tails(word: str) -> list[str]:
    return [word[i:] for i in range(_MIN_HEAD, len(word) - 3)]


def _compute(text: str, lang: str) -> TextKeys:
    tokens = tokenize_cached(text)
    keys: set[str] = set()
    norms = []
    for i in word_slots(text)[0]:
        surface = tokens[i].text
        norm = fold(surface)
        norms.append(norm)
        keys.add(norm)
        if surface[:1].isdigit():
            continue
        variants = [surface]
        if "-" in surface:
            head, _, tail = surface.rpartition("-")
            variants += [head, tail]  # "SKA-st", "e-teenindus": more than _hits tries, never less
        for variant in filter(None, variants):
            cands = lemmas(variant, lang)
            keys |= cands
            if lang == "et" and len(variant) <= MAX_WORD_CHARS:
                keys.update(_tails(fold(variant)))
                for cand in cands:
                    keys.update(_tails(cand))
        if 5 <= len(norm) <= MAX_WORD_CHARS and not is_known(surface, lang):
            keys.add(fuzzy_key(norm[0]))
    return TextKeys(frozenset(keys), tuple(norms))


def text_keys(text: str, lang: str) -> TextKeys:
    """The keys of `text` in `lang` (cached for the last ~20,000 texts)."""
    found = _cache.get((text, lang))
    if found is None:
        if len(_cache) > _LIMIT:
            _cache.clear()
        found = _cache[(text, lang)] = _compute(text, lang)
    return found
