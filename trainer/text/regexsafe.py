"""Regexes from content files, checked before they run on a trainee's reply.

Python's ``re`` backtracks: a pattern such as ``(a+)+$`` takes time that doubles with every character of
a reply like ``aaaa…a!``, and the match holds the GIL, so one bad pattern stalls the whole app. Authors'
regexes are therefore checked statically when a file is loaded, and refused when they have

- a quantifier inside a repeated group (``(a+)+``, ``(\\w+\\s?)*``, ``(.*a){12}``): *nested quantifiers*;
- alternatives that can start with the same character inside a repeated group (``(a|ab)+`` is fine,
  ``(ab|a.)+`` is not): *overlapping alternation*.

These are the two shapes behind exponential backtracking. A third shape costs time quadratic in the length
of the reply, which at 20,000 characters is seconds: a pattern that *starts* with a variable repeat and
goes on (``[a-z]+@x``, ``\\s*foo``) is tried from every position of a long word. It is refused unless it
starts with an anchor (``\\b``, ``^``) or a lookbehind, which fail fast inside a word. A possessive quantifier (``a++``) or an atomic
group (``(?>…)``) cannot backtrack into itself, so they are accepted. The check is conservative: a few safe
patterns are refused too (the message says how to rewrite them). An engine without backtracking (RE2) was
measured and not chosen: it has no lookbehind and no Unicode ``\\b``, which the shipped content uses
(``(?<!\\d)\\d{11}``, ``\\bличн\\w*``).
"""

from __future__ import annotations

import re
from functools import lru_cache

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

MAX_REGEX_CHARS = 500
"""Longest author regex (the longest shipped one is about 130 characters)."""

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT}
_POSSESSIVE = getattr(_c, "POSSESSIVE_REPEAT", object())  # Python 3.11+
_ATOMIC = getattr(_c, "ATOMIC_GROUP", object())
_ANY = None  # "could start with any character"

_HINT = "use a possessive quantifier such as a++ or an atomic group (?>...), or write the pattern without it"


class UnsafeRegex(ValueError):
    """A regex that does not compile or could backtrack exponentially."""


def _first_chars(items) -> set[str] | None:
    """Characters a sequence of regex items can start with (None: any character, or unknown)."""
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            ch = chr(av)
            return out | {ch.lower(), ch.upper()}
        if op is _c.IN:
            chars = set()
            for sop, sav in av:
                if sop is _c.LITERAL:
                    chars |= {chr(sav).lower(), chr(sav).upper()}
                elif sop is _c.RANGE and sav[1] - sav[0] < 256:
                    chars |= {chr(x) for x in range(sav[0], sav[1] + 1)}
                    chars |= {c.lower() for c in chars} | {c.upper() for c in chars}
                else:
                    return _ANY
            return out | chars
        if op is _c.AT:
            continue  # anchors take no character
        if op is _c.SUBPATTERN:
            inner = _first_chars(av[-1])
            if inner is _ANY:
                return _ANY
            return out | inner
        if op in _REPEATS or op is _POSSESSIVE:
            inner = _first_chars(av[2])
            if inner is _ANY:
                return _ANY
            out |= inner
            if av[0] == 0:
                continue  # may match nothing: the next item can start too
            return out
        return _ANY  # ANY, NOT_LITERAL, categories, branches, groups, lookarounds: be conservative
    return out


def _walk(items, repeated: bool) -> str | None:
    """The first catastrophic shape found in `items` (None if there is none); `repeated` is True inside a
    group that repeats more than once."""
    for op, av in items:
        if op in _REPEATS:
            low, high, body = av
            if repeated and low != high:
                return "a quantifier inside a repeated group (nested quantifiers)"
            found = _walk(body, repeated or high > 1)
            if found:
                return found
        elif op is _c.SUBPATTERN:
            found = _walk(av[-1], repeated)
            if found:
                return found
        elif op is _c.BRANCH:
            branches = av[1]
            if repeated:
                seen: set[str] = set()
                for branch in branches:
                    if not branch:  # "(a|aa)+" is parsed as "(a(|a))+": an optional part, i.e. a quantifier
                        return "a quantifier inside a repeated group (nested quantifiers)"
                    first = _first_chars(branch)
                    if first is _ANY or first & seen:
                        return "alternatives that can match the same text inside a repeated group"
                    seen |= first
            for branch in branches:
                found = _walk(branch, repeated)
                if found:
                    return found
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            found = _walk(av[1], False)
            if found:
                return found
        # ATOMIC_GROUP and POSSESSIVE_REPEAT cannot backtrack into themselves: not descended with `repeated`
        elif op is _ATOMIC:
            found = _walk(av, False)
            if found:
                return found
        elif op is _POSSESSIVE:
            found = _walk(av[2], False)
            if found:
                return found
    return None


_ANCHORS = {_c.AT_BEGINNING, _c.AT_BEGINNING_STRING, _c.AT_BOUNDARY}


def _starts_with_open_repeat(items) -> bool:
    """Does the pattern start (after groups and non-anchoring assertions) with a variable repeat followed by
    more pattern? Then a failing search retries it from every position: quadratic time."""
    items = list(items)
    for idx, (op, av) in enumerate(items):
        rest = items[idx + 1:]
        if op is _c.AT:
            if av in _ANCHORS:
                return False
            continue
        if op in (_c.ASSERT, _c.ASSERT_NOT):
            return False  # a lookbehind such as (?<!\d) fails fast inside a run
        if op is _c.SUBPATTERN:
            return _starts_with_open_repeat(list(av[-1]) + rest)
        if op is _ATOMIC:
            return _starts_with_open_repeat(list(av) + rest)
        if op is _c.BRANCH:
            return any(_starts_with_open_repeat(list(branch) + rest) for branch in av[1])
        if op in _REPEATS or op is _POSSESSIVE:  # a++ also runs to the end of the word from every position
            low, high, _ = av
            if low != high and high > 1:
                return bool(rest)
            continue  # an optional or fixed-count item ("x?", "\d{3}") costs little: look at what follows
        if op in (_c.IN, _c.ANY, _c.NOT_LITERAL, _c.CATEGORY):
            continue  # one character of a class ("\w", ".") filters nothing: look at what follows
        return False  # a literal character: tried only where it occurs
    return False


@lru_cache(maxsize=2048)
def regex_problem(pattern: str) -> str | None:
    """Why `pattern` may not be used as an author regex (invalid, too long or catastrophic), or None."""
    if not isinstance(pattern, str):
        return f"a regex must be text, got {type(pattern).__name__}"
    if len(pattern) > MAX_REGEX_CHARS:
        return f"regex is longer than {MAX_REGEX_CHARS} characters"
    try:
        re.compile(pattern, re.IGNORECASE)
        parsed = _p.parse(pattern, re.IGNORECASE)
    except (re.error, RecursionError, OverflowError) as exc:
        return f"invalid regex {pattern!r}: {exc}"
    try:
        shape = _walk(list(parsed), False)
    except RecursionError:
        return f"regex {pattern!r} is nested too deeply"
    if shape:
        return f"regex {pattern!r} could take exponential time: {shape} ({_HINT})"
    if _starts_with_open_repeat(parsed):
        return (f"regex {pattern!r} could take time quadratic in the reply length: it starts with a repeat "
                "and goes on (start it with \\b or ^, or with a literal character)")
    return None


def compile_safe(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Compile an author regex; raises UnsafeRegex (a ValueError) when :func:`regex_problem` finds one."""
    problem = regex_problem(pattern)
    if problem:
        raise UnsafeRegex(problem)
    return re.compile(pattern, flags)
