"""Four readings of the knowledge-values check (`kbvalues`): the side of a moment a period is counted on, the
dates of a period, the months of an age, and an ordinal point in time.

**Sides.** A number of a period may count before or after a moment: "kuni 6 kuud enne pensioniõiguse tekkimist",
«за 6 месяцев до возникновения права» (before); "kuni 3 kuud pärast", «в течение 3 месяцев после» (after). Two facts
on one topic may each hold a value on one side (old-age-pension.apply_months_before: 6 months before,
apply_months_after: 3 months after), so "3 kuud enne" is a value of neither (new-user batch 38 foreign-eu-pension-ru:
«Заявление о пенсии по старости можно подать не раньше чем за 3 месяца до этого срока»). A fact's side is read off
its ``said_as`` phrase ("6 kuud enne", «6 месяцев до»); a fact without one, or a number said with no side word after
it, compares with every value as before.

**Periods.** A fact whose values are two dates is a period (pensioner-living-alone: 1 April-30 September). Its dates
are read only in a range said in the sentence ("1. jaanuarist 30. juunini", «с 1 января по 30 июня»), each end
compared: a single date is mostly the client's own day ("elate üksi alates 1. maist"), no statement of the period
(new-user batch 38 living-alone-chat-et: "kogu perioodil 1. jaanuarist 30. juunini").

**Ages.** The months after a number of years ("65 aastat ja 1 kuu", «65 лет и 1 месяц») are part of that age or
duration, not a period of their own: «Заявление на пенсию можно подать за 6 месяцев до пенсионного возраста 65 лет и
1 месяц» says no wrong number of months.

**Ordinals.** "Esimesel nädalal", «на первой неделе» name a point in time (the first week), not a period of one week:
"otsus peaks tulema umbes detsembri esimesel nädalal" says nothing of a deadline.
"""

from __future__ import annotations

import re

__all__ = ["AFTER", "BEFORE", "after_years", "compatible", "ordinal_time", "range_members", "side_after"]

BEFORE, AFTER = "before", "after"

# the side word right after the number and its unit, with at most one word between ("3 kuu jooksul pärast",
# «в течение 3 месяцев после», «за 6 месяцев до»); "enne kui" is before too
_BEFORE = re.compile(r"[\s,]*(?:[^\W\d_]+\s+)?(?:enne|ette|varem|до|раньше|ранее)(?!\w)", re.IGNORECASE)
_AFTER = re.compile(r"[\s,]*(?:[^\W\d_]+\s+)?(?:pärast|parast|peale|hiljem|после|спустя|позже|позднее)(?!\w)",
                    re.IGNORECASE)


def side_after(text: str, end: int) -> str | None:
    """BEFORE or AFTER when a side word follows a number said up to `end` ("6 kuud enne", «3 месяца после»), else
    None."""
    if _BEFORE.match(text, end):
        return BEFORE
    if _AFTER.match(text, end):
        return AFTER
    return None


def compatible(said: str | None, fact: str | None) -> bool:
    """A number said on one side is no value of a fact on the other; no side on either end compares as before."""
    return said is None or fact is None or said == fact


# what joins the two dates of a range: nothing ("1. aprillist 30. septembrini"), a dash, "kuni", «по», «до»; not
# "ja"/«и» (two single days)
_RANGE_GAP = re.compile(r"\s*(?:[-–—]|kuni|по|до)?\s*", re.IGNORECASE)


def range_members(sentence: str, dates: list[tuple[int, int]]) -> set[int]:
    """The starts of the dates (spans in `sentence`, in order) that open or close a range of two dates."""
    out: set[int] = set()
    for (a_start, a_end), (b_start, _) in zip(dates, dates[1:], strict=False):
        if _RANGE_GAP.fullmatch(sentence, a_end, b_start):
            out |= {a_start, b_start}
    return out


_AFTER_YEARS = re.compile(r"(?:\d+|[^\W\d_]+)\s+(?:aasta\w*|лет|года?)\s+(?:ja|и)\s*$", re.IGNORECASE)


def after_years(text: str, start: int) -> bool:
    """Is the number at `start` the months (or weeks, days) of a number of years said right before it ("65 aastat ja
    1 kuu", «65 лет и 1 месяц»)?"""
    return bool(_AFTER_YEARS.search(text[max(0, start - 40):start]))


_ORDINAL = re.compile(r"(?:esimes|teis|kolmand|neljand|viiend|kuuend|seitsmend|kaheksand|[uü]heksand|k[uü]mnend|"
                      r"(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)"
                      r"(?:ой|ый|ий|ая|ое|ую|ом|ого|ей|ье|ьей|ьего|ьем|ью))\w*\s", re.IGNORECASE)


def ordinal_time(quote: str) -> bool:
    """Is the quantity's number an ordinal word ("esimesel nädalal", «на второй неделе»): a point in time?"""
    return bool(_ORDINAL.match(quote))
