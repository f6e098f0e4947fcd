"""Phrase matches shared by every analysis: phrase sets and the matches of phrases in a text, cached as pure
functions of (phrases, language, text), so rescoring a growing conversation after every reply reads each earlier
turn only once."""

from __future__ import annotations

from functools import lru_cache

from trainer import text as tx


@lru_cache(maxsize=2048)
def phrase_set(phrases: tuple[str, ...], language: str) -> tx.PhraseSet:
    return tx.PhraseSet(phrases, language)


# Matching is a pure function of (phrases, language, text): rescoring a growing conversation after every
# reply (the live checklist) then reads each earlier turn only once.
@lru_cache(maxsize=50_000)
def positive_matches(phrases: tuple[str, ...], language: str, text: str) -> list[tx.Match]:
    return [m for m in phrase_set(phrases, language).find_all(text) if not m.negated]


@lru_cache(maxsize=20_000)
def all_matches(phrases: tuple[str, ...], language: str, text: str) -> tuple[tx.Match, ...]:
    return tuple(phrase_set(phrases, language).find_all(text)) if phrases else ()


@lru_cache(maxsize=20_000)
def informal_matches(text: str, language: str) -> tuple[tx.Match, ...]:
    return tuple(tx.find_informal_address(text, language))


def freeze(phrases):
    if phrases is None:
        return None
    if isinstance(phrases, dict):
        return tuple(sorted((k, tuple(v)) for k, v in phrases.items()))
    return tuple(phrases)
