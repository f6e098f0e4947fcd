"""Numbers said as values (issue #10): the quantities, decimals and bare numbers a sentence states (`said_values`), each unless
negated, a point in time, part of a sum or a total; a knowledge fact's ``said_as`` phrase parsed the same way
(`parse_value_phrase`); and how a said value compares with a fact's (`equal`: days, weeks and months in days, a
multiple of a monthly amount as several payments, a day of a month as a date)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.kbsides import after_years, ordinal_time
from trainer.text.number_range import range_lower
from trainer.text.quantities import MEASURES, find_quantities, unit_lemma

BARE = ("#",)  # the unit of a bare number (a phone number): compared digit by digit
_MIN_BARE_DIGITS = 5  # shorter bare numbers in a reply (years, house numbers, 112) are not read as phone numbers
# days per unit of time, for deadlines and periods ("kahe nädala" is 14 päeva, "kaks kuud" 60 päeva); working
# days (tööpäev, рабочий день) and years are units of their own: years are mostly insurance periods and ages
# ("vähemalt 1 aasta staaži"), not a deadline counted in months
DAYS = {("paev",): 1, ("nadal",): 7, ("kuu",): 30, ("день",): 1, ("неделя",): 7, ("месяц",): 30}
_SAME_UNIT = {("kalendripaev",): ("paev",), ("календарный", "день"): ("день",), ("eur",): ("euro",),
              ("€",): ("euro",), ("евр",): ("евро",), ("protsend",): ("protsent",)}
MONEY = frozenset({("euro",), ("евро",)})
_SYMBOLS = {"et": {"€": " eurot", "%": " protsenti"}, "ru": {"€": " евро", "%": " процентов"}}
_POINT_IN_TIME = re.compile(r"^\s*(?:tagasi|eest\s+tagasi|назад)\b", re.IGNORECASE)
_SUM_BEFORE = re.compile(r"(?:\bkokku|\bsumma\w*|\bвсего|\bитого|\bв\s+сумме|\bвместе|[+=×*])(?:\s+\S+){0,2}\s*$",
                         re.IGNORECASE)
_SUM_AFTER = re.compile(r"^\s*(?:[+=×*]|korda|kokku\b)", re.IGNORECASE)
_BARE_RX = re.compile(r"(?<![\w.,+\-/])\+?\d+(?:[ \u00a0]\d{2,4})*(?![\w.,/\-]?\d)")
_DECIMAL_RX = re.compile(r"(?<![\d.,])(\d+,\d+)\s+([^\W\d_]+)")


@dataclass(frozen=True)
class Said:
    start: int
    end: int
    quote: str
    value: Decimal | str  # digits for a bare number
    unit: tuple[str, ...]


# a day of a month is a date: "1. aprillil", «1 апреля» -> (("date",), 401), compared with other dates only
_MONTHS = {name: n for n, names in enumerate((
    ("jaanuar", "январь"), ("veebruar", "февраль"), ("marts", "märts", "март"), ("aprill", "апрель"),
    ("mai", "май"), ("juuni", "июнь"), ("juuli", "июль"), ("august", "август"), ("september", "сентябрь"),
    ("oktoober", "октябрь"), ("november", "ноябрь"), ("detsember", "декабрь")), start=1) for name in names}
DATE = ("date",)


def _dated(unit: tuple[str, ...], value: Decimal) -> tuple[tuple[str, ...], Decimal]:
    month = _MONTHS.get(unit[0]) if len(unit) == 1 else None
    if month and 1 <= value <= 31 and value == int(value):
        return DATE, Decimal(month * 100) + value
    return unit, value


def _canonical(unit: tuple[str, ...]) -> tuple[str, ...]:
    if len(unit) == 1 and unit[0].startswith("kalendripae"):
        return ("paev",)
    return _SAME_UNIT.get(unit, unit)


def _symbols(text: str, lang: str) -> str:
    for symbol, word in _SYMBOLS["ru" if lang == "ru" else "et"].items():
        text = text.replace(symbol, word)
    return text


def _symbol_positions(text: str, lang: str) -> list[int]:
    """For each position of `_symbols(text)` (and its end), the position of `text` it stands for: the numbers are
    read in the text with the symbols spelt out, their clauses in the text as written («5,3 % – это рост средней
    пенсии – она теперь около 960 евро, – а ...»: "%" spelt out moved 960 into the next clause, new-user batch 53)."""
    words = _SYMBOLS["ru" if lang == "ru" else "et"]
    out: list[int] = []
    for i, ch in enumerate(text):
        out.extend([i] * len(words.get(ch, ch)))
    out.append(len(text))
    return out


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


# a number standing for itself before a total: digits (a decimal comma included), not a part of a longer number
_PLAIN_NUMBER = re.compile(r"(?<![\w.,])\d+(?:,\d+)?(?![\w]|[.,]\d)")
_MAX_TOTAL_GAP_WORDS = 3  # "80 + 80 + 100, то есть 260", "100 eurot ehk 260", "100 евро, получается 260"


def _is_total(s: str, start: int, value: Decimal, topics: tuple[tuple[int, int], ...]) -> bool:
    """A number that is the sum of two or more numbers said right before it, with only a few words between
    and no topic named between ("80 + 80 + 100, то есть 260 евро", "80 ja 80 ja 100 eurot, see teeb 260 eurot"):
    a total computed from the amounts, not a value of a fact. A wrong sum is read as a value as before
    ("80 + 80 + 100, то есть 270 евро"), and so is a number after another topic ("lapsetoetus 80 eurot ja
    100 eurot, lapsetoetus neljandale 180 eurot")."""
    before = [(m.end(), Decimal(m.group(0).replace(",", "."))) for m in _PLAIN_NUMBER.finditer(s, 0, start)]
    if len(before) < 2:
        return False
    gap_start = before[-1][0]
    gap = s[gap_start:start]
    if any(ch.isdigit() for ch in gap) or len(re.findall(r"[^\W\d_]+", gap)) > _MAX_TOTAL_GAP_WORDS \
            or any(a < start and b > gap_start for a, b in topics):
        return False
    total = Decimal(0)
    for n, (_, addend) in enumerate(reversed(before), start=1):
        total += addend
        if n >= 2 and total == value:
            return True
        if total > value:
            return False
    return False


def said_values(sentence: str, lang: str, topics: tuple[tuple[int, int], ...] = ()) -> list[Said]:
    """The numbers of a sentence stated as values: quantities with a unit (digits, decimals, words) and
    bare numbers of >= 5 digits, each unless negated, a point in time, part of a sum or a total of the numbers
    before it (`_is_total`; `topics` are the spans of the topic phrases of the sentence)."""
    s = _symbols(sentence, lang)
    out: list[Said] = []
    taken: list[tuple[int, int]] = []

    def keep(start: int, end: int) -> bool:
        return not (tx.is_negated(s, start, lang) or _POINT_IN_TIME.match(s[end:])
                    or _SUM_BEFORE.search(s[:start]) or _SUM_AFTER.match(s[end:]))

    def total(said: Said) -> bool:
        return said.unit not in (BARE, DATE) and isinstance(said.value, Decimal) \
            and _is_total(s, said.start, said.value, topics)

    for q in find_quantities(s, lang):
        taken.append((q.start, q.end))
        if _calendar_year(q.unit, q.value):
            continue  # "alates 2018. aastast", «с 2025 года»: a year of the calendar, not a number of years
        if q.unit in DAYS and (after_years(s, q.start) or ordinal_time(q.quote)):
            continue  # "65 aastat ja 1 kuu": the months of an age; "esimesel nädalal": a point in time (`kbsides`)
        if not q.negated and keep(q.start, q.end):
            unit, value = _dated(_canonical(q.unit), Decimal(q.value))
            out.append(Said(q.start, q.end, q.quote, value, unit))
            lower = range_lower(s, q.start) if unit != DATE else None
            if lower is not None and lower[2] < value and keep(lower[0], lower[1]):
                # "20–42 eurot", «от 20 до 42 евро»: the lower end is an amount of the same unit (`number_range`)
                taken.append((lower[0], lower[1]))
                out.append(Said(lower[0], lower[1], s[lower[0]:q.end], lower[2], unit))
    for m in _DECIMAL_RX.finditer(s):
        taken.append((m.start(), m.end()))
        try:
            value = Decimal(m.group(1).replace(",", "."))
        except InvalidOperation:  # pragma: no cover - the pattern only matches digits
            continue
        if keep(m.start(), m.end()):
            out.append(Said(m.start(), m.end(), m.group(0), value, _canonical((unit_lemma(m.group(2), lang),))))
    for m in _BARE_RX.finditer(s):
        digits = _digits(m.group(0))
        if not _MIN_BARE_DIGITS <= len(digits) <= 12:
            continue
        after = re.match(r"\s*([^\W\d_]+)", s[m.end():])
        if after and unit_lemma(after.group(1), lang) in MEASURES:
            continue  # "1 245 eurot" is an amount
        if keep(m.start(), m.end()):
            out.append(Said(m.start(), m.end(), m.group(0).strip(), digits, BARE))
    kept = sorted((x for x in out if not total(x)), key=lambda x: x.start)
    if len(s) == len(sentence):
        return kept
    at = _symbol_positions(sentence, lang)  # back to the sentence as written
    return [Said(at[x.start], at[x.end - 1] + 1, x.quote, x.value, x.unit) for x in kept]


_YEAR_UNITS = frozenset({("aasta",), ("год",)})


def _calendar_year(unit: tuple[str, ...], value: int) -> bool:
    """A year of the calendar ("2018. aastal", «в 2025 году»), not a number of years ("kaks aastat")."""
    return unit in _YEAR_UNITS and 1900 <= value <= 2100


@lru_cache(maxsize=2048)
def parse_value_phrase(phrase: str, lang: str) -> tuple[tuple[str, ...], Decimal | str] | None:
    """(unit, value) of a ``said_as`` phrase: "30 päeva" -> (("paev",), 30), "116 006" -> (("#",),
    "116006"), "414,10 eurot" -> (("euro",), 414.10); None when it is neither a quantity with a unit nor
    a bare number of at least 5 digits."""
    phrase = phrase.strip()
    if re.fullmatch(r"\+?\d[\d \u00a0]*", phrase):
        # a bare number is read in a reply only from 5 digits on (shorter ones are years, house numbers)
        return (BARE, _digits(phrase)) if len(_digits(phrase)) >= _MIN_BARE_DIGITS else None
    found = said_values(phrase, lang)
    if not found or found[0].unit == BARE:
        return None
    return found[0].unit, found[0].value


def comparable_units(unit: tuple[str, ...], fact_unit: tuple[str, ...]) -> bool:
    return unit == fact_unit or (unit in DAYS and fact_unit in DAYS)


def equal(said: Said, unit: tuple[str, ...], value: Decimal | str) -> bool:
    if said.unit == BARE or unit == BARE:
        if said.unit != unit:
            return False
        return said.value == value or (len(said.value) >= 7 and str(value).endswith(str(said.value)))
    if said.unit == unit:
        # money: a multiple of a monthly amount is several payments ("maksti kaks kuud liiga palju, 160 eurot")
        if unit in MONEY and value and said.value % value == 0 and 1 <= said.value / value <= 36:
            return True
        return said.value == value
    return said.value * DAYS[said.unit] == value * DAYS[unit]
