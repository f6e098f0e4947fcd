"""The knowledge facts checked by value and what the check finds (issue #10): `ValueFact` (a fact's topic, value and
wrong claims in one language), `ValueFacts` (the tuple of them, hashed once) and `WrongValue` (a sentence stating a wrong
number or claim); `kbvalues` and `kbclaims` read replies against them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from trainer import text as tx

__all__ = ["ValueFact", "ValueFacts", "WrongValue", "phrase_set", "lang_of"]


@dataclass(frozen=True)
class ValueFact:
    """A knowledge fact in one language, as the check reads it: its ref, the phrases of its topic, its
    value with the unit ("30 päeva", "116 006") and its text (named in the feedback)."""

    ref: str
    language: str
    topic: tuple[str, ...]
    said_as: tuple[str, ...]
    text: str
    wrong: tuple[str, ...] = ()  # wrong rules about the fact ("116 006 vastab tööpäeviti"): see kbclaims.wrong_claims
    value: str | None = None  # the fact's value; a range ("29-42") takes every number in between (`kbvalues`)

    def __hash__(self) -> int:
        # the facts tuple is part of a cache key per sentence: hash the ref and language only (a fact's
        # ref is unique in a language), not every phrase of every fact each time
        return hash((self.ref, self.language))


class ValueFacts(tuple):
    """The knowledge facts checked by value, as one tuple whose hash is computed once: it is part of the cache
    key of every sentence `find_wrong_values` reads, and hashing several hundred facts per sentence cost more
    than the cache saved."""

    #: runs of words of every knowledge text (`reference.reference_grams`): what a reply reading the knowledge
    #: base out shares with it; set by `KnowledgeBase.value_facts`, empty for a hand-made tuple
    reference: frozenset = frozenset()

    def __hash__(self) -> int:
        h = self.__dict__.get("_hash")
        if h is None:
            h = self.__dict__["_hash"] = tuple.__hash__(self)
        return h


@dataclass(frozen=True)
class WrongValue:
    """A sentence stating a number that no fact on the topics it names has."""

    start: int
    end: int
    quote: str  # the number with its unit, as written
    sentence: str  # the whole sentence (the evidence)
    refs: tuple[str, ...]  # the facts of that unit whose topic the sentence names
    right: str  # their texts: what the knowledge says
    claim: bool = False  # a wrong rule the fact lists (`wrong`), not a number


# every fact's claims, topics and the index each have a set (over 140 with the project's knowledge): a bound
# below that count evicts each set before its next use and rebuilds it, with its caches, every sentence
@lru_cache(maxsize=1024)
def phrase_set(phrases: tuple[str, ...], lang: str) -> tx.PhraseSet:
    """The phrase set of `phrases` in `lang`, cached."""
    return tx.PhraseSet(phrases, lang)


def lang_of(sentence: str, lang: str) -> str:
    """The language of one sentence of a reply in `lang`: Russian when most of its letters are Cyrillic, Estonian when a
    Russian reply's sentence has none."""
    cyr = sum(1 for ch in sentence if "\u0400" <= ch <= "\u04ff")
    letters = sum(1 for ch in sentence if ch.isalpha())
    return "ru" if cyr * 2 > letters else ("et" if lang == "ru" and cyr == 0 else lang)
