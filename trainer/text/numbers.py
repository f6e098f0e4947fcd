"""Numbers, amounts, dates and Estonian personal identification codes in free text."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .normalize import fold
from .phrases import Match

__all__ = [
    "NumberSpan", "find_numbers", "canonical_number", "find_personal_codes",
    "isikukood_is_valid", "normalize_fact", "CURRENCY_WORDS",
]

_SP = "[ \u00a0\u2009\u202f]"
_MONTHS = (
    ("jaanuar", "январ"), ("veebruar", "феврал"), ("marts", "март"), ("aprill", "апрел"),
    ("mai", "ма"), ("juuni", "июн"), ("juuli", "июл"), ("august", "август"),
    ("septemb", "сентябр"), ("oktoob", "октябр"), ("novemb", "ноябр"), ("detsemb", "декабр"),
)
CURRENCY_WORDS = frozenset(
    "€ eur euro eurot eurost eurole euroga eurod eurode евро евр руб рубль рублей рубля".split()
)
_MONTH_WORD = r"[^\W\d_]+"
_NUMBER_RE = re.compile(
    rf"""
    (?P<date>(?<![\d.])(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{4}}|\d{{2}})?(?![\d]))
  | (?P<mdate>(?<![\d.,])(?P<md>\d{{1,2}})\.?{_SP}+(?P<mon>{_MONTH_WORD})(?:{_SP}+(?P<my>\d{{4}})(?!\d))?)
  | (?P<cents>(?<![\d.,])(?P<eur>\d+){_SP}*(?:eurot?|€|eur){_SP}+(?:ja{_SP}+)?(?P<ct>\d{{1,2}}){_SP}*sent\w*)
  | (?P<num>(?<![\d.,])(?:\d{{1,3}}(?:{_SP}\d{{3}})+|\d+)(?:[.,]\d+)?(?![\d])(?![.,]\d))
    """,
    re.VERBOSE | re.IGNORECASE,
)


@dataclass(frozen=True)
class NumberSpan:
    """A number in text: kind is "amount" (any plain number), "ordinal" ("5."), or "date"."""

    start: int
    end: int
    text: str
    kind: str
    value: str  # canonical: "1245.6", "5", "15.3.2026", "5.12" (date without year)


def canonical_number(raw: str) -> str | None:
    """Canonical decimal string: "1 245,60" -> "1245.6", "812,40" -> "812.4", "007" -> "7"."""
    cleaned = re.sub(_SP, "", raw).replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    text = format(value.normalize(), "f")
    return text


def _month(word: str) -> int | None:
    w = fold(word)
    for i, (et, ru) in enumerate(_MONTHS, start=1):
        if w.startswith(et) or (w.startswith(ru) and (i != 5 or w in {"мая", "май", "мае"})):
            return i
    return None


def _date_value(day: str, month: int, year: str | None) -> str | None:
    d = int(day)
    if not (1 <= d <= 31 and 1 <= month <= 12):
        return None
    if year:
        y = int(year) + (2000 if len(year) == 2 else 0)
        return f"{d}.{month}.{y}"
    return f"{d}.{month}"


def find_numbers(text: str) -> list[NumberSpan]:
    """Numbers, amounts and dates in `text`, with offsets.

    Recognises "1 245,60", "1245.60", "812 eurot 40 senti" (-> 812.4), ordinals "5."
    before a lowercase word, dates "15.03.2026", "15.03." and "5. detsembril [2026]".
    """
    out = []
    for m in _NUMBER_RE.finditer(text):
        if m.group("date"):
            value = _date_value(m.group("d"), int(m.group("m")), m.group("y"))
            if value is not None:
                out.append(NumberSpan(m.start(), m.end(), m.group(), "date", value))
                continue
            # e.g. "1.5." is not a date: fall back to plain numbers inside
            for sub in re.finditer(r"\d+", m.group()):
                out.append(NumberSpan(m.start() + sub.start(), m.start() + sub.end(), sub.group(),
                                      "amount", str(int(sub.group()))))
            continue
        if m.group("mdate"):
            month = _month(m.group("mon"))
            value = _date_value(m.group("md"), month, m.group("my")) if month else None
            if value is not None:
                out.append(NumberSpan(m.start(), m.end(), m.group(), "date", value))
                continue
            num = m.group("md")
            end = m.start() + len(num)
            kind = "ordinal" if text[end:end + 1] == "." else "amount"
            out.append(NumberSpan(m.start(), end + (kind == "ordinal"), text[m.start():end + (kind == "ordinal")],
                                  kind, str(int(num))))
            continue
        if m.group("cents"):
            value = canonical_number(f"{m.group('eur')}.{int(m.group('ct')):02d}")
            out.append(NumberSpan(m.start(), m.end(), m.group(), "amount", value or ""))
            continue
        value = canonical_number(m.group("num"))
        if value is not None:
            out.append(NumberSpan(m.start(), m.end(), m.group(), "amount", value))
    return out


# ---------------------------------------------------------------------------
# personal identification codes

_CODE_RUN = re.compile(r"(?<![\d\w+])\d(?:[ \-\u00a0]?\d)*(?![\d\w])")  # "+372 ..." is a phone


def find_personal_codes(text: str) -> list[Match]:
    """11-digit codes ("37605030299", "376 0503 0299", "3-7605-030299") not inside a longer
    digit run and not after "+" (international phone numbers). Returns `Match` objects (phrase "isikukood"); validity is not checked here."""
    out: list[Match] = []
    for m in _CODE_RUN.finditer(text):
        run = m.group()
        digits = re.sub(r"\D", "", run)
        if len(digits) == 11:
            out.append(Match(m.start(), m.end(), run, "isikukood"))
        elif len(digits) > 11:
            for g in re.finditer(r"\d+", run):
                sep_before = run[g.start() - 1] if g.start() else " "
                sep_after = run[g.end()] if g.end() < len(run) else " "
                if len(g.group()) == 11 and sep_before == " " and sep_after == " ":
                    out.append(Match(m.start() + g.start(), m.start() + g.end(), g.group(), "isikukood"))
    return out


def isikukood_is_valid(code: str) -> bool:
    """Estonian personal code check: 11 digits, century/sex digit 1-8, a real birth date and
    the checksum (weights 1..9,1; if the remainder is 10, weights 3..9,1,2,3; 10 again -> 0)."""
    digits = re.sub(r"[\s\-\u00a0]", "", code)
    if len(digits) != 11 or not digits.isdigit() or not digits.isascii():
        return False
    g = int(digits[0])
    if not 1 <= g <= 8:
        return False
    century = 1800 + 100 * ((g - 1) // 2)
    try:
        datetime.date(century + int(digits[1:3]), int(digits[3:5]), int(digits[5:7]))
    except ValueError:
        return False
    nums = [int(c) for c in digits]
    check = sum(n * w for n, w in zip(nums[:10], (1, 2, 3, 4, 5, 6, 7, 8, 9, 1), strict=True)) % 11
    if check == 10:
        check = sum(n * w for n, w in zip(nums[:10], (3, 4, 5, 6, 7, 8, 9, 1, 2, 3), strict=True)) % 11
        if check == 10:
            check = 0
    return check == nums[10]


def normalize_fact(value: str) -> str:
    """Canonical form of a fact for comparison.

    Casefolds, folds diacritics, collapses whitespace, canonicalises numbers
    ("1 245,60" == "1245.60" == "1245,6" -> "1245.6"), dates ("15.03.2026" -> "15.3.2026",
    "5. detsembril" -> "5.12") and drops currency words/signs (€, eur, eurot).
    """
    parts: list[str] = []
    pos = 0
    for span in find_numbers(value):
        parts.append(value[pos:span.start])
        parts.append(f" {span.value} ")
        pos = span.end
    parts.append(value[pos:])
    text = fold("".join(parts)).replace("€", " ")
    words = [w for w in text.split() if w.strip(".,;:") not in CURRENCY_WORDS]
    return " ".join(words).strip(" .,;:")
