"""Readings of a transcript analysis computed once per analysis.

Several checks ask the same question of one transcript (where the answer starts, the first private fact told
too early): :func:`per_analysis` keeps the first answer on the analysis object, so it is forgotten with it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

T = TypeVar("T")


def per_analysis(reading: Callable[[object], T]) -> Callable[[object], T]:
    """Memoise ``reading(an)`` (a function or method taking only the analysis) on the analysis object.

    Only for readings that depend on nothing the analysis changes after the checks start, and whose
    result callers do not change (tuples, None, frozen values): every caller gets the same object."""
    key = reading.__module__ + "." + reading.__qualname__

    @wraps(reading)
    def read(an):
        memo = an.__dict__.setdefault("_per_analysis", {})
        if key not in memo:
            memo[key] = reading(an)
        return memo[key]

    return read


class HashedTuple(tuple):
    """A tuple that hashes its items once: the phrase lists of a rubric (a hundred phrases and more) are keys of
    the lru caches that match them, and a plain tuple is hashed item by item on every call. Equal to, and hashed
    as, the plain tuple of the same items."""

    def __new__(cls, items=()):
        self = super().__new__(cls, items)
        self._hash = tuple.__hash__(self)
        return self

    def __hash__(self) -> int:
        return self._hash
