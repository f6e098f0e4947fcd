"""Clipped weekdays, months and working days of fast typing, read as the words they stand for (new-user batch 56
guardian-for-ward-ru terse: «пособие сына будет 7 дек, пн.» was not heard as the date the full spelling gives).

`date_abbreviation_replacements` is called by `abbreviations.abbreviation_replacements`, so the checks
(`spoken.normalize_input`) and the scripted client (`abbreviations.expand_abbreviations`) read the same text:

- the Russian weekdays «пн», «вт», «чт», «пт», «сб» anywhere («в пт», «с пн по пт», «пн-пт»), in the case the
  preposition before them asks for («до пятницы», «к четвергу», «в субботу»); «ср» and «вс» are other words too
  («ср.» is "compare", «вс» a typo of «всё», «ВС» a court): only after a preposition, a number, a month or another
  weekday («в ср», «16 дек, ср», «сб или вс»);
- an Estonian month clipped after a day ("8. dets", "14. jaan", "3 okt"): the month in the adessive of a date
  ("8. detsembril"), read by `numbers.find_numbers` as 8.12;
- Estonian working days after a number: "5 t.p." and "5 tp" are "5 tööpäeva" ("tööp." is in `abbreviations`);
- the Estonian day of the month clipped after its number: "5. kuup", "8. kp", "20 kuup" are "kuupäeval".
"""

from __future__ import annotations

from .normalize import Token, fold

__all__ = ["date_abbreviation_replacements"]

# weekday -> (nominative, accusative, genitive, dative)
_WEEKDAYS = {
    "пн": ("понедельник", "понедельник", "понедельника", "понедельнику"),
    "вт": ("вторник", "вторник", "вторника", "вторнику"),
    "ср": ("среда", "среду", "среды", "среде"),
    "чт": ("четверг", "четверг", "четверга", "четвергу"),
    "пт": ("пятница", "пятницу", "пятницы", "пятнице"),
    "сб": ("суббота", "субботу", "субботы", "субботе"),
    "вс": ("воскресенье", "воскресенье", "воскресенья", "воскресенью"),
}
# «ср», «вс»: weekdays only in a date's company (module doc)
_AMBIGUOUS = frozenset({"ср", "вс"})
_CASE_AFTER = {**dict.fromkeys("в во на за через про по".split(), 1), **dict.fromkeys("до с со от после".split(), 2),
               **dict.fromkeys("к ко".split(), 3)}
# what a weekday may follow in a list: «сб или вс», «пн, ср и пт»
_LIST_WORDS = frozenset("и или либо".split())
_RU_MONTH_STEMS = ("янв", "фев", "мар", "апр", "мая", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")

# folded Estonian month stump -> the month in the adessive
_ET_MONTHS = {"jaan": "jaanuaril", "veebr": "veebruaril", "apr": "aprillil", "aug": "augustil", "sept": "septembril",
              "sep": "septembril", "okt": "oktoobril", "nov": "novembril", "dets": "detsembril"}
_WORKING_DAYS = "tööpäeva"
# the day of the month clipped after its number ("5. kuup", "8. kp", new-user batch 64 indexation-day-et terse):
# "kuupäeval"; "kp" and "kpv" only after an ordinal ("30 kp" may be calendar days)
_DAY_OF_MONTH = {"kuup": False, "kp": True, "kpv": True}  # folded stump -> needs the ordinal's stop


def _glued(tokens: tuple[Token, ...], i: int, j: int) -> bool:
    return tokens[i].end == tokens[j].start


def _goes_on(text: str, pos: int, digit: bool = True) -> bool:
    """Does the sentence go on after the full stop that ends at ``pos``: a lower-case word, a comma, or (``digit``) a
    digit? After a weekday a digit may open the next sentence («7 дек, пн. 5-е было суббота»)."""
    rest = text[pos:].lstrip(" ")
    return bool(rest) and (rest[0].islower() or rest[0] in ",;:–-)" or (digit and rest[0].isdigit()))


def _capital(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def _dotted(tokens: tuple[Token, ...], i: int) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1].text == "." and _glued(tokens, i, i + 1)


def _weekday_context(tokens: tuple[Token, ...], words: list[int], n: int) -> bool:
    """Is the word ``words[n]`` in a date's company: after a preposition, a number, a month or another weekday
    (across «и», «или», a comma)?"""
    k = n - 1
    while k >= 0 and fold(tokens[words[k]].text) in _LIST_WORDS:
        k -= 1
    if k < 0:
        return False
    before = tokens[words[k]]
    low = fold(before.text)
    return (low in _CASE_AFTER and k == n - 1) or before.text[:1].isdigit() or low.startswith(_RU_MONTH_STEMS) \
        or low in _WEEKDAYS or low.split("-")[-1] in _WEEKDAYS


def _weekday(low: str, prep: str | None) -> str:
    return _WEEKDAYS[low][_CASE_AFTER.get(prep or "", 0)]


def _russian(text: str, tokens: tuple[Token, ...], words: list[int], n: int) -> tuple[int, str] | None:
    i = words[n]
    tok = tokens[i]
    low = fold(tok.text)
    prev = fold(tokens[words[n - 1]].text) if n else None
    prep = prev if prev in _CASE_AFTER else None
    if "-" in low:  # «пн-пт»: the range, both ends weekdays
        first, _, last = low.partition("-")
        if first in _WEEKDAYS and last in _WEEKDAYS:
            return i, _capital(f"{_weekday(first, prep)}-{_WEEKDAYS[last][0]}", tok.text)
        return None
    if low not in _WEEKDAYS or (low in _AMBIGUOUS and not _weekday_context(tokens, words, n)):
        return None
    if low in _AMBIGUOUS and tok.text.isupper() and len(tok.text) > 1:
        return None  # «ВС»: a court, an army, not a Sunday
    last = i + 1 if _dotted(tokens, i) and _goes_on(text, tokens[i + 1].end, digit=False) else i
    return last, _capital(_weekday(low, prep), tok.text)


def _estonian(text: str, tokens: tuple[Token, ...], words: list[int], n: int, covered: set[int]) -> tuple[int, str] | None:
    i = words[n]
    tok = tokens[i]
    low = fold(tok.text)
    if not n:
        return None
    number = words[n - 1]
    ordinal = number == i - 2 and tokens[i - 1].text == "." and _glued(tokens, number, i - 1)
    if not (tokens[number].text.isdigit() and (number == i - 1 or ordinal)):
        return None
    if low in _ET_MONTHS and int(tokens[number].text) <= 31:
        if number == i - 1 and not tok.text.islower():
            return None
        return (i + 1 if _dotted(tokens, i) and _goes_on(text, tokens[i + 1].end) else i), _ET_MONTHS[low]
    if low in _DAY_OF_MONTH and int(tokens[number].text) <= 31 and (ordinal or not _DAY_OF_MONTH[low]):
        return (i + 1 if _dotted(tokens, i) and _goes_on(text, tokens[i + 1].end) else i), "kuupäeval"
    if low == "tp" and not ordinal:
        return i, _WORKING_DAYS
    if low == "t" and not ordinal and _dotted(tokens, i) and i + 2 < len(tokens) and fold(tokens[i + 2].text) == "p" \
            and _glued(tokens, i + 1, i + 2) and i + 2 not in covered:
        return (i + 3 if _dotted(tokens, i + 2) and _goes_on(text, tokens[i + 3].end) else i + 2), _WORKING_DAYS
    return None


def date_abbreviation_replacements(text: str, tokens: tuple[Token, ...], words: list[int],
                                   covered: set[int]) -> dict[int, tuple[int, str]]:
    """{first token: (last token, full words)} for the clipped weekdays, months and working days in ``text`` (see the
    module doc); tokens in ``covered`` are left alone."""
    out: dict[int, tuple[int, str]] = {}
    for n, i in enumerate(words):
        tok = tokens[i]
        if i in covered or not tok.is_word or (i and _glued(tokens, i - 1, i) and tokens[i - 1].text[-1:].isalnum()):
            continue
        cyrillic = "\u0400" <= tok.text[:1].lower() <= "\u04ff"
        found = _russian(text, tokens, words, n) if cyrillic else _estonian(text, tokens, words, n, covered)
        if found is not None:
            out[i] = found
    return out
