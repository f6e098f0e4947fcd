"""Ranges of numbers (issue #10): a range said of one unit ("29–42 eurot", "29 kuni 42 eurot", «от 29 до 42 евро»)
and a value written as a range ("29-42", a knowledge fact's ``value``).

In a said range only the upper end has its unit after it, so a reader of quantities sees "42 eurot" and nothing of
the 29: `range_lower` finds the lower end before a quantity, so that both ends can be compared. `value_span` reads a
value that is a range, whose every number in between is right (a working-age adult's moderate-disability allowance
is 29-42 EUR a month, so 35 EUR is no wrong amount).
"""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = ["range_lower", "value_span"]

# the lower end right before the upper one: a dash, "kuni" or «до» between, «от» optionally before it; not a part of a
# longer number ("1.5", "2,5" are read whole; "116 006 до 17 часов": the end of a phone number) nor a date's day ("1.–30.")
_LOWER = re.compile(r"(?<![\w.,])(?<!\d\s)(\d+(?:,\d+)?)(?:\s*[-–—]\s*|\s+(?:kuni|до)\s+)$", re.IGNORECASE)
_SPAN = re.compile(r"\s*(\d+(?:[.,]\d+)?)\s*[-–—]\s*(\d+(?:[.,]\d+)?)\s*")


def range_lower(text: str, start: int) -> tuple[int, int, Decimal] | None:
    """The lower end of a range whose upper end is the number at `start` of `text`: (its start, its end, its value),
    or None when no range ends there."""
    m = _LOWER.search(text, max(0, start - 24), start)
    if m is None:
        return None
    return m.start(1), m.end(1), Decimal(m.group(1).replace(",", "."))


def value_span(value: str | None) -> tuple[Decimal, Decimal] | None:
    """(low, high) of a value written as a range ("29-42", "29–42"), or None when it is no range of two rising
    numbers (a single number, a date "2025-06-01", a day "04-01" reads as a range only if it rises: callers give
    values with a unit)."""
    m = _SPAN.fullmatch(value or "")
    if m is None:
        return None
    low, high = (Decimal(g.replace(",", ".")) for g in m.groups())
    return (low, high) if low < high else None
