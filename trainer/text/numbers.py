"""Numbers, amounts, dates and Estonian personal identification codes in free text."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from .normalize import fold, tokenize_cached
from .phrases import Match

__all__ = [
    "ordinal_word_value", "ru_ordinal_ending",
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
  | (?P<cents>(?<![\d.,])(?P<eur>\d+){_SP}*(?:eurot?|€|eur|евро){_SP}+(?:(?:ja|и){_SP}+)?(?P<ct>\d{{1,2}}){_SP}*(?:sent|цент|коп)\w*)
  | (?P<mdate>(?<![\d.,])(?P<md>\d{{1,2}})(?:\.|-?(?:го|ого|е|ое))?{_SP}+(?P<mon>{_MONTH_WORD})(?:{_SP}+(?P<my>\d{{4}})(?!\d))?)
  | (?P<num>(?<![\d.,])(?:\d{{1,3}}(?:\.\d{{3}})+,\d+|(?:\d{{1,3}}(?:{_SP}\d{{3}})+|\d+)(?:[.,]\d+)?)(?![\d])(?![.,]\d))
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
    """Canonical decimal string: "1 245,60" / "1.245,60" -> "1245.6", "812,40" -> "812.4", "007" -> "7"."""
    cleaned = re.sub(_SP, "", raw)
    if "," in cleaned and "." in cleaned:  # "1.245,60"
        cleaned = cleaned.replace(".", "")
    cleaned = cleaned.replace(",", ".")
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


# Estonian ordinal words (folded stems) and their case endings; "kuues" (= "in the month")
# and the nominatives of "esimene"/"teine" are left out as too ambiguous.
_ET_UNITS = ("esimes teis kolmand neljand viiend kuuend seitsmend kaheksand uheksand").split()
_ET_TEENS = ("uhe kahe kolme nelja viie kuue seitsme kaheksa uheksa").split()
_ET_ORDINAL_STEMS = {stem: n for n, stem in enumerate(_ET_UNITS, start=1)}
_ET_ORDINAL_STEMS.update({f"{t}teistkumnend": n for n, t in enumerate(_ET_TEENS, start=11)})
_ET_ORDINAL_STEMS.update({"kumnend": 10, "kahekumnend": 20, "kolmekumnend": 30})
_ET_NOMINATIVES = {"kolmas": 3, "neljas": 4, "viies": 5, "seitsmes": 7, "kaheksas": 8, "uheksas": 9,
                   "kumnes": 10, "kahekumnes": 20, "kolmekumnes": 30}
_ET_ORDINAL_RE = re.compile(
    r"^(?P<stem>" + "|".join(sorted(_ET_ORDINAL_STEMS, key=len, reverse=True)) + r")"
    r"(?P<end>a|at|al|ale|alt|as|asse|ast|aks|ani|ana|ata|aga|e|el|ele|elt|es|esse|est|eks|eni|ena|ega)$"
)
_ET_TENS = {"kahekumne": 20, "kolmekumne": 30}
_RU_ORDINALS = {w: n for n, w in enumerate(
    """первый второй третий четвертый пятый шестой седьмой восьмой девятый десятый одиннадцатый
    двенадцатый тринадцатый четырнадцатый пятнадцатый шестнадцатый семнадцатый восемнадцатый
    девятнадцатый двадцатый""".split(), start=1)}
_RU_ORDINALS["тридцатый"] = 30
_RU_TENS = {"двадцать": 20, "тридцать": 30}


def ordinal_word(token) -> int | None:
    """Value of an ordinal word ("viiendal", "пятого"; "kymnendal" typed with "y" for "ü"), or None."""
    norm = token.norm
    if "y" in norm and norm.isascii():
        alt = norm.replace("y", "u")
        if alt in _ET_NOMINATIVES or _ET_ORDINAL_RE.match(alt):
            norm = alt
    if norm in _ET_NOMINATIVES:
        return _ET_NOMINATIVES[norm]
    m = _ET_ORDINAL_RE.match(norm)
    if m:
        stem, end = m.group("stem"), m.group("end")
        if (stem in ("esimes", "teis")) != end.startswith("e"):
            return None  # wrong declension for this stem
        return None if norm == "teist" else _ET_ORDINAL_STEMS[stem]
    if "\u0400" <= norm[:1] <= "\u04ff":
        from .lexicon import ru_parse

        parses = ru_parse(norm)
        if parses and parses[0].tag.POS == "ADJF":
            return _RU_ORDINALS.get(fold(parses[0].normal_form))
    return None


def ordinal_word_value(token) -> int | None:
    """The value of an ordinal word of either language ("teisele", «второго»; `ordinal_word`), for readers outside
    this module (`scoring.kbordinals`)."""
    return ordinal_word(token)


_ORDINAL_HINT = re.compile(
    r"esimes|teis|kolma|nelja|viie|kuuen|seitsme|kaheksa|[uü]heksa|k[uü]mne|"
    r"перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|надцат|двадцат|тридцат",
    re.IGNORECASE,
)


#: the case endings Russian writes after a digit for an ordinal («5-е», «7-го», «1-го числа», «10-й», «2-х», «7го»)
_RU_ORDINAL_ENDINGS = frozenset("е й я ю го ого му ому м ом ым им х ых их ая ое ой ые ий ья ую ей".split())


def ru_ordinal_ending(tokens, k: int) -> bool:
    """Is the word token ``tokens[k]`` the case ending of an ordinal glued to the number before it, with or without
    its hyphen («5-е», «7-го», «7го»)? Such an ending is part of the number: no word of its own (a finite verb «е»,
    a keyword)."""
    tok = tokens[k]
    if not tok.is_word or tok.text.lower() not in _RU_ORDINAL_ENDINGS or k == 0:
        return False
    before = tokens[k - 1]
    if before.text in ("-", "–") and k >= 2 and before.start == tokens[k - 2].end and before.end == tok.start:
        before = tokens[k - 2]
    elif before.end != tok.start:
        return False
    return before.text.isdigit()


def _ordinal_word_spans(text: str) -> list[NumberSpan]:
    """Ordinal words, alone (3rd and above) or as the day of a date ("viiendal detsembril")."""
    if not _ORDINAL_HINT.search(text):
        return []
    toks = [t for t in tokenize_cached(text) if t.is_word or t.text[:1].isdigit()]
    out = []
    i = 0
    while i < len(toks):
        first, tens = i, 0
        if toks[i].norm in _ET_TENS or toks[i].norm in _RU_TENS:
            tens = _ET_TENS.get(toks[i].norm) or _RU_TENS[toks[i].norm]
            i += 1
        value = ordinal_word(toks[i]) if i < len(toks) and toks[i].is_word else None
        if value is None or (tens and value > 9):
            i = first + 1
            continue
        value += tens
        last = i
        month = _month(toks[i + 1].text) if i + 1 < len(toks) and toks[i + 1].is_word else None
        if month and value <= 31:
            last = i + 1
            year = toks[i + 2].text if i + 2 < len(toks) and re.fullmatch(r"\d{4}", toks[i + 2].text) else None
            last += year is not None
            kind, canon = "date", _date_value(str(value), month, year) or ""
        elif value > 2:
            kind, canon = "ordinal", str(value)
        else:
            i = last + 1
            continue
        start, end = toks[first].start, toks[last].end
        out.append(NumberSpan(start, end, text[start:end], kind, canon))
        i = last + 1
    return out


def find_numbers(text: str) -> list[NumberSpan]:
    """Numbers, amounts and dates in `text` with offsets (see `_find_numbers`)."""
    return list(_find_numbers(text))


@lru_cache(maxsize=4096)
def _find_numbers(text: str) -> tuple[NumberSpan, ...]:
    """Numbers, amounts and dates in `text`, with offsets.

    Recognises "1 245,60", "1245.60", "812 eurot 40 senti" (-> 812.4), ordinals "5."
    before a lowercase word, dates "15.03.2026", "15.03." and "5. detsembril [2026]", and
    ordinal words: "viiendal" (5), "kahekümne viiendal detsembril" (25.12), "пятого
    декабря" (5.12); "esimene"/"teine"/"первый"/"второй" only as the day of a date.
    """
    out = _ordinal_word_spans(text)
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
            after = text[m.end():m.end() + 2]
            ordinal = m.group("num").isdigit() and len(m.group("num")) <= 2 and after[:1] == "." \
                and (len(after) == 1 or after[1].isspace())  # "kuupäev on 5." / fact "5."
            out.append(NumberSpan(m.start(), m.end(), m.group(), "ordinal" if ordinal else "amount", value))
    words = [span for span in out if not span.text[:1].isdigit()]
    if words:  # "viiendal detsembril 2026": the year belongs to the date
        out = [s for s in out if not s.text[:1].isdigit()
               or not any(w.start <= s.start < w.end for w in words)]
    return tuple(sorted(out, key=lambda span: span.start))


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
