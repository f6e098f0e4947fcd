"""Quantities: a number (digits, cardinal or ordinal word) with the word it counts, compared by value.

"30 päeva", "kolmekümne päeva", "тридцати дней" and "30 дней" are the quantity (30, päev / день);
"8. kuupäeval", "kaheksandal kuupäeval", "8-го числа" and "восьмого числа" are (8, kuupäev / число);
"kahe tööpäeva jooksul" and "двух рабочих дней" are (2, tööpäev) and (2, рабочий день). The unit is
the lemma of the word right after the number (with a Russian adjective in between, both words), so
"2 tööpäeva" and "30 päeva" have different units and never contradict each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .lexicon import dictionary_lemmas, ru_parse
from .negation import is_negated
from .normalize import fold, tokenize_cached
from .numbers import ordinal_word
from .spoken import CLAUSE_MARKS, RU_NO_SOFT_SIGN

__all__ = ["Quantity", "find_quantities", "parse_quantity"]

_ET_UNITS = {"uks": 1, "uhe": 1, "kaks": 2, "kahe": 2, "kolm": 3, "kolme": 3, "neli": 4, "nelja": 4, "viis": 5,
             "viie": 5, "kuus": 6, "kuue": 6, "seitse": 7, "seitsme": 7, "kaheksa": 8, "uheksa": 9}
_ET_CARDINALS: dict[str, int] = dict(_ET_UNITS)
_ET_CARDINALS.update({"kumme": 10, "kumne": 10, "sada": 100, "saja": 100})
for _word, _n in list(_ET_UNITS.items()):
    _ET_CARDINALS[_word + "teist"] = 10 + _n
    _ET_CARDINALS[_word + "teistkumne"] = 10 + _n
    if _n >= 2:
        _ET_CARDINALS[_word + "kummend"] = 10 * _n
        _ET_CARDINALS[_word + "kumne"] = 10 * _n
_ET_TENS = {w: n for w, n in _ET_CARDINALS.items() if n in (20, 30, 40, 50, 60, 70, 80, 90)}
_RU_CARDINALS = {
    "один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9,
    "десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14,
    "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19,
    "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70,
    "восемьдесят": 80, "девяносто": 90, "сто": 100,
}
_RU_TENS = {w: n for w, n in _RU_CARDINALS.items() if n in (20, 30, 40, 50, 60, 70, 80, 90)}
_TENS_VALUES = frozenset(_ET_TENS.values()) | frozenset(_RU_TENS.values())
_SKIPPED = frozenset({"jargmine", "jargnev", "eelmine", "viimane", "esimene", "kogu", "следующий", "ближайший",
                      "последний", "первый", "полный"})
_UNIT_ADJECTIVES = frozenset({"рабочий", "календарный"})
# words that count nothing: a number before a conjunction, a preposition, a verb or another number is said in
# passing or read out ("viiendal või kui on nädalavahetus", «пятого или если выходные», «пятое было в субботу»,
# «девяносто четыре восемьдесят»): a unit is a noun
_ET_FUNCTION_WORDS = frozenset("ja ning voi ehk ega kui et aga vaid ka siis sest nagu kuni on ei".split())
_RU_FUNCTION_POS = frozenset({"CONJ", "PREP", "PRCL", "INTJ", "VERB", "INFN", "GRND", "PRED", "ADVB", "NPRO", "NUMR"})
_SUFFIXES = frozenset({"го", "ого", "е", "ое", "й", "ой", "ый", "ий"})


# units that "one" in words measures ("ühe kuu jooksul", «один евро»); before other nouns "üks"/«один» is
# mostly an article or "a single" ("pensioni maksab üks riik", «одна страна»), not an amount
MEASURES = frozenset("""paev toopaev kalendripaev nadal kuu aasta tund minut kuupaev kord euro eur sent protsent
    день неделя месяц год час минута число раз евро цент процент""".split())


# the unit lemma of the euro sign, per language (as "eurot" and «евро» read)
_EURO = ("euro", "евро")


@dataclass(frozen=True)
class Quantity:
    """A counted value in text: offsets, quoted words, the value and the unit's lemmas."""

    start: int
    end: int
    quote: str
    value: int
    unit: tuple[str, ...]
    negated: bool = False


def cardinal(norm: str, lang: str) -> int | None:
    if lang == "ru" or ("\u0400" <= norm[:1] <= "\u04ff"):
        if norm in RU_NO_SOFT_SIGN:  # typed in Latin without the soft sign
            return RU_NO_SOFT_SIGN[norm]
        for parse in ru_parse(norm)[:2]:
            if parse.tag.POS == "NUMR" or parse.normal_form in _RU_CARDINALS:
                value = _RU_CARDINALS.get(fold(parse.normal_form))
                if value is not None:
                    return value
        return None
    # typed with "y" for "ü" ("yheksa", "kymme", "nelikymmend"; new-user batch 41)
    return _ET_CARDINALS.get(norm) if "y" not in norm else _ET_CARDINALS.get(norm.replace("y", "u"))


# units abbreviated in typed replies ("vaie 30 p jooksul", "vastus 5 tp jooksul", «в течение 30 дн.», "makstakse 8. kp";
# new-user batch 35 child-allowance-et terse; "iga kuu 8. kuup eelmise kuu eest", batch 36 parental-benefit-chat-et terse)
_ABBREVIATED = {"p": "paev", "pv": "paev", "tp": "toopaev", "kp": "kuupaev", "kpv": "kuupaev", "kuup": "kuupaev",
                "дн": "день"}


def unit_lemma(word: str, lang: str) -> str:
    if word.lower() in _ABBREVIATED:
        return _ABBREVIATED[word.lower()]
    if lang == "ru" and word.lower() in ("eur", "euro"):
        return _EURO[1]  # «100 eur на третьего» (new-user batch 47): the euro typed in Latin is «евро», as "€" is
    if "\u0400" <= word[:1].lower() <= "\u04ff":
        parses = ru_parse(word.lower())
        return fold(parses[0].normal_form) if parses else fold(word)
    lemmas = dictionary_lemmas(word, "et")
    return fold(min(lemmas)) if lemmas else fold(word)


def _counts_nothing(word: str) -> bool:
    if "\u0400" <= word[:1].lower() <= "\u04ff":
        parses = ru_parse(word.lower())
        return bool(parses) and parses[0].tag.POS in _RU_FUNCTION_POS
    return fold(word.lower()) in _ET_FUNCTION_WORDS or fold(word.lower()) in _ET_CARDINALS


def _is_adjective(word: str) -> bool:
    parses = ru_parse(word.lower())
    return bool(parses) and parses[0].tag.POS in ("ADJF", "PRTF")


# the Russian genitive ending of a date typed after its digits ("8-го"); the Estonian "5ndal" is read as "5. kuupäeval"
# before this (`spoken._ordinal_suffixes`)
_RU_DATE_ENDINGS = frozenset({"го", "ого"})
_DAY = ("kuupaev", "число")
_FOR_WHOM = frozenset({"на", "na", "для", "dlja", "dlya"})


@lru_cache(maxsize=20_000)
def _find(text: str, lang: str) -> tuple[Quantity, ...]:
    tokens = tokenize_cached(text)
    out: list[Quantity] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        value, j, one = None, i + 1, False
        day = 0  # where an ordinal that says the day of the month when no noun follows it ends (0: none)
        if tok.text.isdigit() and len(tok.text) <= 4:
            value = int(tok.text)
            while j < len(tokens) and (tokens[j].text in (".", "-") or tokens[j].norm in _SUFFIXES):
                day = j + 1 if tokens[j].norm in _RU_DATE_ENDINGS else day
                j += 1
        elif tok.is_word:
            value = cardinal(tok.norm, lang)
            one = value == 1  # "üks riik", «одна страна»: "one" may be an article, not an amount
            if value is None:
                value = ordinal_word(tok)
                day = j if value is not None and value > 2 and tok.norm.endswith("dal") else 0  # not "teisel"
            if value is not None and value in _TENS_VALUES and j < len(tokens):
                unit_word = tokens[j]
                extra = cardinal(unit_word.norm, lang) if unit_word.is_word else None
                if extra is not None and extra < 10:  # "kolmkümmend üks", "двадцать пять"
                    value += extra
                    j += 1
        if value is None:
            i += 1
            continue
        if j < len(tokens) and tokens[j].text == "€" and not one:
            # the euro sign for the word ("sügav 100 €, raske 50 €", «80 € в месяц»; new-user batch 43)
            out.append(Quantity(tok.start, tokens[j].end, text[tok.start:tokens[j].end], value, (_EURO[lang == "ru"],),
                                is_negated(text, tok.start, lang)))
            i = j + 1
            continue
        # «на 1-го и 2-го» (for the first and second child) counts children, not days
        if day and value <= 31 and (day >= len(tokens) or tokens[day].text[:1] in CLAUSE_MARKS) \
                and not any(t.norm in _FOR_WHOM for t in tokens[max(0, i - 6):i]):
            # "raha tuleb kuu viiendal.", «придёт 8-го.»: the day of the month, its noun left out
            end = tokens[day - 1].end
            out.append(Quantity(tok.start, end, text[tok.start:end], value, (_DAY[lang == "ru"],),
                                is_negated(text, tok.start, lang)))
            i = day
            continue
        if j >= len(tokens) or not tokens[j].is_word or _counts_nothing(tokens[j].text):
            i = j
            continue
        # skip ordering words ("kahe järgmise tööpäeva", «двух следующих рабочих дней»); keep the
        # adjectives that change the unit ("рабочих дней" is not "дней")
        k = j
        while k + 1 < len(tokens) and tokens[k + 1].is_word and unit_lemma(tokens[k].text, lang) in _SKIPPED:
            k += 1
        unit = []
        while k + 1 < len(tokens) and tokens[k + 1].is_word and _is_adjective(tokens[k].text) \
                and unit_lemma(tokens[k].text, lang) in _UNIT_ADJECTIVES:
            unit.append(unit_lemma(tokens[k].text, lang))
            k += 1
        unit.append(unit_lemma(tokens[k].text, lang))
        if one and unit[-1] not in MEASURES:
            i = k + 1
            continue
        end = tokens[k].end
        out.append(Quantity(tok.start, end, text[tok.start:end], value, tuple(unit),
                            is_negated(text, tok.start, lang)))
        i = k + 1
    return tuple(out)


def find_quantities(text: str, lang: str) -> list[Quantity]:
    """Every number in `text` followed by the word it counts ("30 päeva", «восьмого числа»)."""
    return list(_find(text, lang))


def parse_quantity(phrase: str, lang: str) -> Quantity | None:
    """The quantity of an author's phrase ("30 päeva", "8. kuupäeval"), or None when its first number counts
    nothing ("6. või 7. aprillil", «6 или 7 апреля» are matched as words, not as a date of April)."""
    found = _find(phrase, lang)
    first = next((t for t in tokenize_cached(phrase) if t.text.isdigit() or t.is_word and (
        cardinal(t.norm, lang) is not None or ordinal_word(t) is not None)), None)
    return found[0] if found and first is not None and found[0].start == first.start else None
