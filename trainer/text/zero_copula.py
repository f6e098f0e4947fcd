"""Russian «это» opening a zero-copula clause in unpunctuated speech («... сказать не могу это защита данных ...»).

`opens_this_clause(previous, following)` tells `breaks.speech_breaks` whether «это» starts a sentence of its own: it
comes right after a finite verb (the clause before it is complete) and is followed by a noun that can only be
nominative («защита», «правило»), so «это» is the subject of «это [есть] X», not the object of the verb before it.
A noun whose nominative and accusative coincide («я понимаю это решение») stays in the clause: «это» may be its
demonstrative there.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["opens_this_clause"]


@lru_cache(maxsize=5_000)
def _finite_verb(word: str) -> bool:
    from .lexicon import ru_parse

    parses = ru_parse(word)
    return bool(parses) and parses[0].tag.POS == "VERB"


@lru_cache(maxsize=5_000)
def _only_nominative_noun(word: str) -> bool:
    from .lexicon import ru_parse

    parses = [p for p in ru_parse(word) if p.score >= 0.05]
    return bool(parses) and parses[0].tag.POS == "NOUN" and "nomn" in parses[0].tag \
        and not any("accs" in p.tag for p in parses) and not any({"Name", "Surn", "Patr"} & set(p.tag.grammemes)
                                                                 for p in parses)


def opens_this_clause(previous: str, following: str | None) -> bool:
    """Does «это» between the lower-case words ``previous`` and ``following`` open a new sentence (see the module
    doc)?"""
    return following is not None and _finite_verb(previous) and _only_nominative_noun(following)


_CLAUSE_ENDS = frozenset(".!?…,;:")


@lru_cache(maxsize=5_000)
def _nominative_noun(word: str) -> bool:
    from .lexicon import ru_parse

    # «паспорт», «код»: a nominative that reads as the accusative as well
    return any(p.tag.POS == "NOUN" and "nomn" in p.tag and p.score >= 0.2 for p in ru_parse(word))


def predicate_of_this(tokens, idx: int, last: int, negator: int) -> bool:
    """Is the Russian match tokens[idx..last] in the predicate of a clause «это X ...» (`opens_this_clause`), with a
    noun of its own in the nominative between the match and the negator at ``negator``? Then the negator denies that
    new subject's verb, not the match: «это защита персональных данных даже личный код тут не поможет» (speech run
    together, new-user batch 47); «это правило не действует» stays negated."""
    start = idx
    while start > 0 and not (not tokens[start - 1].is_word and tokens[start - 1].text in _CLAUSE_ENDS):
        start -= 1
    words = [k for k in range(start, idx + 1) if tokens[k].is_word]
    if len(words) < 2 or tokens[words[0]].norm != "это" or not _only_nominative_noun(tokens[words[1]].norm):
        return False
    return any(tokens[k].is_word and _nominative_noun(tokens[k].norm) for k in range(last + 1, negator))
