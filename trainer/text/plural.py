"""Plural forms for counts shown to trainees: "21 год", "22 года", "25 лет"; "1 aasta", "21 aastat".

Russian has three forms chosen by the last two digits (CLDR rule "one / few / many"): 1, 21, 31 ...
(but not 11) take the singular, 2-4, 22-24 ... (but not 12-14) the genitive singular, everything else the
genitive plural. Estonian uses the nominative singular after 1 and the partitive singular after every
other number ("21 aastat"). A template like "{age} лет" is wrong for 21, 22-24, 81-84: use
:func:`count_phrase` (or the persona field ``age_years``) instead.
"""

from __future__ import annotations

#: noun -> (et one, et other) / (ru one, ru few, ru many)
NOUNS: dict[str, dict[str, tuple[str, ...]]] = {
    "year": {"et": ("aasta", "aastat"), "ru": ("год", "года", "лет"), "en": ("year", "years")},
    "month": {"et": ("kuu", "kuud"), "ru": ("месяц", "месяца", "месяцев"), "en": ("month", "months")},
    "day": {"et": ("päev", "päeva"), "ru": ("день", "дня", "дней"), "en": ("day", "days")},
    "working_day": {"et": ("tööpäev", "tööpäeva"), "ru": ("рабочий день", "рабочих дня", "рабочих дней"),
                    "en": ("working day", "working days")},
    "attempt": {"et": ("katse", "katset"), "ru": ("попытка", "попытки", "попыток"), "en": ("attempt", "attempts")},
}


def ru_plural_form(n: int) -> int:
    """Index of the Russian plural form for ``n``: 0 one (1, 21, 101), 1 few (2-4, 22-24), 2 many (0, 5-20, 25)."""
    n = abs(int(n))
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


def plural(n: int, forms: tuple[str, ...], language: str) -> str:
    """The form of a noun that goes with ``n`` in ``language`` (forms as in :data:`NOUNS`)."""
    if language == "ru":
        return forms[ru_plural_form(n)]
    return forms[0] if abs(int(n)) == 1 else forms[1]


def count_phrase(n: int, noun: str, language: str) -> str:
    """``n`` with the right form of ``noun`` (a key of :data:`NOUNS`): "22 года", "21 aastat", "1 day".

    Unknown languages fall back to Estonian, the project's default.
    """
    forms = NOUNS[noun]
    lang = language if language in forms else "et"
    return f"{n} {plural(n, forms[lang], lang)}"
