"""Numbers as words in Estonian and Russian (cardinals, amounts, digit-by-digit codes).

Used to write speech-recognition style corpus text and the "numbers as words" metamorphic variant.
Independent of the trainer package on purpose: the yardstick must not borrow the scorer's normaliser.
"""

from __future__ import annotations

import re

ET_UNITS = ["null", "üks", "kaks", "kolm", "neli", "viis", "kuus", "seitse", "kaheksa", "üheksa"]
ET_TEENS = ["kümme", "üksteist", "kaksteist", "kolmteist", "neliteist", "viisteist", "kuusteist",
            "seitseteist", "kaheksateist", "üheksateist"]
RU_UNITS = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
RU_UNITS_F = ["ноль", "одна", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
RU_TEENS = ["десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
            "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"]
RU_TENS = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят",
           "девяносто"]
RU_HUNDREDS = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот",
               "девятьсот"]


def _et_below_1000(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words.append("sada" if hundreds == 1 else ET_UNITS[hundreds] + "sada")
    if 10 <= rest < 20:
        words.append(ET_TEENS[rest - 10])
    else:
        tens, units = divmod(rest, 10)
        if tens:
            words.append(ET_UNITS[tens] + "kümmend")
        if units:
            words.append(ET_UNITS[units])
    return words


def _ru_below_1000(n: int, feminine: bool = False) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words.append(RU_HUNDREDS[hundreds])
    if 10 <= rest < 20:
        words.append(RU_TEENS[rest - 10])
    else:
        tens, units = divmod(rest, 10)
        if tens:
            words.append(RU_TENS[tens])
        if units:
            words.append((RU_UNITS_F if feminine else RU_UNITS)[units])
    return words


def _ru_thousands_word(n: int) -> str:
    if 10 <= n % 100 < 20:
        return "тысяч"
    last = n % 10
    if last == 1:
        return "тысяча"
    if last in (2, 3, 4):
        return "тысячи"
    return "тысяч"


def cardinal(n: int, language: str) -> str:
    """A non-negative integer below one million as words: cardinal(1245, 'et') == 'tuhat kakssada nelikümmend viis'."""
    if n < 0 or n >= 1_000_000:
        raise ValueError(f"out of range: {n}")
    if n == 0:
        return ET_UNITS[0] if language == "et" else RU_UNITS[0]
    thousands, rest = divmod(n, 1000)
    words: list[str] = []
    if language == "et":
        if thousands == 1:
            words.append("tuhat")
        elif thousands:
            words += _et_below_1000(thousands) + ["tuhat"]
        words += _et_below_1000(rest)
    elif language == "ru":
        if thousands == 1:
            words.append("тысяча")
        elif thousands:
            words += _ru_below_1000(thousands, feminine=True) + [_ru_thousands_word(thousands)]
        words += _ru_below_1000(rest)
    else:
        raise ValueError(f"unsupported language: {language}")
    return " ".join(words)


def digits(text: str, language: str) -> str:
    """Each digit as a word, as a personal code is read out: '3760' -> 'kolm seitse kuus null'."""
    table = ET_UNITS if language == "et" else RU_UNITS
    return " ".join(table[int(d)] for d in text if d.isdigit())


def _ru_plural(n: int, one: str, few: str, many: str) -> str:
    if 10 <= n % 100 < 20:
        return many
    last = n % 10
    return one if last == 1 else few if last in (2, 3, 4) else many


def amount(value: str, language: str) -> str:
    """An amount like '812,40' as spoken words with the currency: 'kaheksasada kaksteist eurot ja nelikümmend senti'."""
    euros, _, cents = value.replace(" ", "").replace(".", ",").partition(",")
    e, c = int(euros), int((cents + "00")[:2]) if cents else 0
    if language == "et":
        out = f"{cardinal(e, 'et')} eurot"
        if c:
            out += f" ja {cardinal(c, 'et')} senti"
        return out
    out = f"{cardinal(e, 'ru')} {_ru_plural(e, 'евро', 'евро', 'евро')}"
    if c:
        out += f" {cardinal(c, 'ru')} {_ru_plural(c, 'цент', 'цента', 'центов')}"
    return out


_NUMBER = re.compile(r"(?<![\w,.])(\d+)(?:,(\d{1,2}))?(?!\w|[.,]\d)(\s*(?:eurot|euro|евро|€)(?!\w))?")
RU_DAY_GENITIVE = ["", "первого", "второго", "третьего", "четвёртого", "пятого", "шестого", "седьмого", "восьмого",
                   "девятого", "десятого", "одиннадцатого", "двенадцатого", "тринадцатого", "четырнадцатого",
                   "пятнадцатого", "шестнадцатого", "семнадцатого", "восемнадцатого", "девятнадцатого", "двадцатого",
                   "двадцать первого", "двадцать второго", "двадцать третьего", "двадцать четвёртого",
                   "двадцать пятого", "двадцать шестого", "двадцать седьмого", "двадцать восьмого",
                   "двадцать девятого", "тридцатого", "тридцать первого"]
_RU_DAY_NOUN = re.compile(r"\s+(?:числа|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\b")
_RU_DAY_SUFFIXED = re.compile(r"(?<![\w,.])(\d{1,2})-(?:го|ого)(?=" + _RU_DAY_NOUN.pattern + ")")
_RU_YEAR_NOUN = re.compile(r"\s+(?:года|году|г\.)")
_ORDINAL_AFTER = re.compile(r"\.\s+[a-zäöüõа-яё]")


def numbers_to_words(text: str, language: str) -> str:
    """Write the numbers of a text as words: runs of 5+ digits (codes, phone numbers) digit by digit,
    amounts followed by a currency as spoken amounts, other integers as cardinals, other decimals as
    'X koma Y' / 'X запятая Y'; a group with leading zeros (a code read in groups, "456 0903 9180") says
    each leading zero ("null üheksasada kolm"), as a person reading it out does. Russian days before 'числа' or a month become genitive ordinals
    ('8 числа', '8-го числа' -> 'восьмого числа'); Estonian ordinals ('7. detsembril') and years stay as digits."""

    def repl(m: re.Match) -> str:
        whole, frac, currency = m.group(1), m.group(2), m.group(3)
        if not frac and not currency and len(whole) <= 4 and _ORDINAL_AFTER.match(m.string, m.end()):
            return m.group(0)
        if language == "ru" and not frac and not currency:
            if 1 <= int(whole) <= 31 and _RU_DAY_NOUN.match(m.string, m.end()):
                return RU_DAY_GENITIVE[int(whole)]
            if len(whole) == 4 and _RU_YEAR_NOUN.match(m.string, m.end()):
                return m.group(0)  # a year stays (ordinal in the genitive)
        if len(whole) >= 5:
            return digits(whole, language) + (m.group(0)[len(whole):] if not frac else "")
        if currency:
            return amount(f"{whole},{frac or '00'}", language)
        # a group of a code read out with a leading zero keeps it: "0903" -> "null üheksasada kolm"
        zeros = len(whole) - len(whole.lstrip("0")) if len(whole) > 1 and not frac else 0
        words = " ".join([digits("0", language)] * zeros + [cardinal(int(whole), language)]) \
            if zeros and int(whole) else cardinal(int(whole), language)
        if zeros and not int(whole):
            words = digits(whole, language)
        if frac:
            comma = "koma" if language == "et" else "запятая"
            words += f" {comma} {cardinal(int(frac), language)}"
        return words

    if language == "ru":  # "8-го числа" is read "восьмого числа"
        text = _RU_DAY_SUFFIXED.sub(lambda m: RU_DAY_GENITIVE[int(m.group(1))] if 1 <= int(m.group(1)) <= 31
                                    else m.group(0), text)
    return _NUMBER.sub(repl, text)
