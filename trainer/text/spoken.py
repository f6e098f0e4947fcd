"""Normalisation of real input (fast typing, speech-recognition transcripts) before any check.

`normalize_input(text)` returns a :class:`Normalized` text for the checks plus a character map back to
the original, so evidence still quotes what the person wrote or said:

- fillers and hesitations are dropped ("ee", "öö", "mhm", "nii-öelda"; "ну", "вот", "эээ");
- a word repeated at once is dropped ("ma ma ütlen", "я я думаю"); digits are never collapsed;
- emoji are dropped from the text and kept in `Normalized.emoji` (a sarcasm cue for courtesy);
- numbers in words become digits, in Estonian and Russian: cardinals ("kuussada nelikümmend viis"
  -> "645", «девятьсот восемьдесят» -> "980"), amounts with cents keep their words ("kaheksasada
  kaksteist eurot ja kuuskümmend kolm senti" -> "812 eurot ja 63 senti", which `find_numbers` reads as
  812.63), decimals with "koma"/«запятая», and codes read out digit by digit or in groups ("kolm
  kaheksa null üks ...", «три девять ноль один ...», "kolmsada seitsekümmend kuus null viis ...")
  become one digit string. Ordinal words and dates ("viiendal aprillil", «пятого апреля») are left as
  they are: `find_numbers` reads them, and a cardinal right before an ordinal ("kahekümne viiendal")
  stays a word so that the date is not broken;
- speech without any sentence punctuation gets a sentence break before a question opener ("... selge
  et kas see on teie enda toetuse kohta" -> "... selge. et kas ..."), so questions are found per
  sentence; typed text without punctuation also before a capitalised sentence start (breaks.py).

Case and diacritics need no rewriting: every matcher folds them (`fold`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .abbreviations import abbreviation_replacements, unit_letter_replacements
from .breaks import SENTENCE_PUNCT, speech_breaks
from .decimals import join_decimals
from .et_y import u_for_y_pieces
from .normalize import fold, tokenize_cached
from .translit import in_address, ru_from_latin

__all__ = ["Normalized", "RU_NO_SOFT_SIGN", "normalize_input", "number_norm", "number_words", "number_words_to_digits", "FILLERS"]

# Fillers per language (folded surface forms). "так", "значит", "nagu" carry meaning too often to drop.
FILLERS = {
    "et": frozenset("ee eee eeee ee-ee oo ooo oooo oo-oo aa aaa mhm mhmh mhm-mhm mm mmm hmm hm ahh ehh "
                    "noh nii-oelda nii-utelda".split()),
    "ru": frozenset("э ээ эээ ээээ эм эмм м мм ммм хм хмм ну вот".split()),
}
_FILLER_PAIRS = {("nii", "oelda"), ("nii", "utelda")}
_ALL_FILLERS = FILLERS["et"] | FILLERS["ru"]

# -- numbers in words ---------------------------------------------------------------------
_ET_UNITS = {"null": 0, "uks": 1, "kaks": 2, "kolm": 3, "neli": 4, "viis": 5, "kuus": 6, "seitse": 7,
             "kaheksa": 8, "uheksa": 9}
_ET_UNIT_GEN = {"uhe": 1, "kahe": 2, "kolme": 3, "nelja": 4, "viie": 5, "kuue": 6, "seitsme": 7,
                "kaheksa": 8, "uheksa": 9}
# the partitive of a digit ("see tähendab ühte ühte kahte", "vajutage kahte"): read inside a run of number
# words only (a lone "ühte" is as often the illative "into one": "ühte kausta")
_ET_UNIT_PART = {"nulli": 0, "uhte": 1, "uht": 1, "kahte": 2, "kaht": 2, "viit": 5, "viite": 5, "kuut": 6,
                 "kuute": 6, "seitset": 7, "kaheksat": 8, "uheksat": 9}
_RU_UNITS = {"ноль": 0, "нуль": 0, "один": 1, "одна": 1, "одно": 1, "два": 2, "две": 2, "три": 3,
             "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9}
_RU_TEENS = {"десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14,
             "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19}
_RU_TENS = {"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60,
            "семьдесят": 70, "восемьдесят": 80, "девяносто": 90}
_RU_HUNDREDS = {"сто": 100, "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600,
                "семьсот": 700, "восемьсот": 800, "девятьсот": 900}
_RU_THOUSAND = frozenset("тысяча тысячи тысяч тысячу".split())
# oblique cases («в течение тридцати дней», «около четырёхсот пятидесяти евро»); «одной», «семью» (= family)
# and the instrumental «пятью» are left out: they are other words as often as numbers
_RU_OBLIQUE_UNITS = {"двух": 2, "двум": 2, "двумя": 2, "трёх": 3, "трех": 3, "трём": 3, "трем": 3, "тремя": 3,
                     "четырёх": 4, "четырех": 4, "четырём": 4, "четырем": 4, "четырьмя": 4,
                     "пяти": 5, "шести": 6, "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10, "одиннадцати": 11,
                 "двенадцати": 12, "тринадцати": 13, "четырнадцати": 14, "пятнадцати": 15, "шестнадцати": 16,
                 "семнадцати": 17, "восемнадцати": 18, "девятнадцати": 19}
_RU_OBLIQUE_TENS = {"двадцати": 20, "тридцати": 30, "сорока": 40, "пятидесяти": 50, "шестидесяти": 60,
                    "семидесяти": 70, "восьмидесяти": 80, "девяноста": 90}
_RU_OBLIQUE_HUNDREDS = {"ста": 100, "двухсот": 200, "трёхсот": 300, "трехсот": 300, "четырёхсот": 400,
                        "четырехсот": 400, "пятисот": 500, "шестисот": 600, "семисот": 700, "восьмисот": 800,
                        "девятисот": 900}

# slot of a number word inside one number: 1 units/teens, 2 tens, 3 hundreds, 4 thousands (multiplier)


# Russian typed in Latin without the soft sign ("pyat dney" -> «пят дней», translit.py): the units, read by
# quantities.py and, with the tens and hundreds built on them, by the lexicon below; no other word is spelt so
RU_NO_SOFT_SIGN = {"пят": 5, "сем": 7, "восем": 8, "девят": 9, "десят": 10}


def _number_lexicon() -> dict[str, tuple[int, int]]:
    lex: dict[str, tuple[int, int]] = {}
    for forms in (_ET_UNITS, _ET_UNIT_GEN):
        for word, n in forms.items():
            lex.setdefault(word, (n, 1))
            if n:
                lex[word + "teist"] = (10 + n, 1)
                lex[word + "teistkumne"] = (10 + n, 1)
    for word, n in _ET_UNITS.items():
        if n >= 2:
            lex[word + "kummend"] = (10 * n, 2)
            lex[word + "sada"] = (100 * n, 3)
            lex[word + "tuhat"] = (1000 * n, 4)
    for word, n in _ET_UNIT_GEN.items():
        if n >= 2:
            lex[word + "kumne"] = (10 * n, 2)
            lex[word + "saja"] = (100 * n, 3)
            lex[word + "tuhande"] = (1000 * n, 4)
    for word, n in _ET_UNIT_PART.items():
        lex.setdefault(word, (n, 1))
    # the partitive of tens and hundreds, standard and spoken: "kahtkümmend", "kahtekümmet", "kahtsada",
    # "kahtesada", "kolmesadat", "viitsada"
    for forms in (_ET_UNIT_PART, _ET_UNIT_GEN):
        for word, n in forms.items():
            if n >= 2:
                for ending, slot, mult in (("kummend", 2, 10), ("kummet", 2, 10), ("sada", 3, 100), ("sadat", 3, 100)):
                    lex.setdefault(word + ending, (mult * n, slot))
    lex.update({"kumme": (10, 1), "kumne": (10, 1), "sada": (100, 3), "saja": (100, 3), "tuhat": (1000, 4),
                "tuhande": (1000, 4),
                # "ükssada", "ükstuhat": the hundred and the thousand with their "one" written on
                "ukssada": (100, 3), "uhesaja": (100, 3), "ukstuhat": (1000, 4), "uhetuhande": (1000, 4)})
    for forms, slot in ((_RU_UNITS, 1), (_RU_TEENS, 1), (_RU_TENS, 2), (_RU_HUNDREDS, 3)):
        for word, n in forms.items():
            lex[fold(word)] = (n, slot)
    for forms, slot in ((_RU_OBLIQUE_UNITS, 1), (_RU_OBLIQUE_TENS, 2), (_RU_OBLIQUE_HUNDREDS, 3)):
        for word, n in forms.items():
            lex[fold(word)] = (n, slot)
    for word in _RU_THOUSAND:
        lex[word] = (1000, 4)
    # Russian typed in Latin without the soft sign ("pyat dney", "sorok vosem"; translit.py gives «пят», «восем»):
    # none of these spellings is another word («шест», a pole, is left out)
    units = tuple((word, n, 1) for word, n in RU_NO_SOFT_SIGN.items())
    for word, n, slot in units + (("пятдесят", 50, 2), ("шестдесят", 60, 2), ("семдесят", 70, 2), ("восемдесят", 80, 2),
                          ("пятсот", 500, 3), ("шестсот", 600, 3), ("семсот", 700, 3), ("восемсот", 800, 3),
                          ("девятсот", 900, 3)):
        lex.setdefault(word, (n, slot))
    return lex


_NUMBER_WORDS = _number_lexicon()
_NUMBER_HINT = re.compile(
    r"null|[uüy]ks|kaks|kolm|neli|viis|kuus|seitse|kaheksa|[uüy]heksa|k[uüy]mme|k[uüy]mne|sada|saja|tuhat|tuhande|"
    r"[uüy]he|kahe|kolme|nelja|viie|kuue|seitsme|[uüy]ht|kaht|viit|kuut|seitset|"
    r"ноль|нуль|один|одна|одно|два|две|двух|двум|три|тр[её]х|тр[её]м|тремя|четыр|пят|шест|семь|семи|восем|восьм|"
    r"девят|десят|сорок|сто|двести|ста|сот|тысяч|надцат|девяност",
    re.IGNORECASE,
)


def _read_run(values: list[tuple[int, int]]) -> list[str]:
    """Chunks of one run of number words: each chunk is one number ("kuussada nelikümmend viis" = [645]);
    a word that cannot continue the number (a unit after a unit, "null") starts a new chunk."""
    chunks: list[str] = []
    total, thousands, last_slot, open_chunk = 0, 0, 9, False
    lone_unit = False  # the number so far (after its thousands) is one unit word
    for value, slot in values:
        if slot == 4 and value == 1000 and open_chunk and not thousands and 0 < total < 1000:
            thousands, total, last_slot = total * 1000, 0, 4  # "kaks tuhat", "две тысячи"
            lone_unit = False
            continue
        if slot == 3 and value == 100 and open_chunk and lone_unit and 0 < total < 10:
            # the hundreds said in two words, as speech recognition writes them: "kaks sada" for "kakssada",
            # "üks tuhat üks sada neli" = 1104
            total, last_slot, lone_unit = total * 100, 3, False
            continue
        lone_unit = slot == 1 and 0 < value < 10
        if open_chunk and value and slot < last_slot and not (slot == 1 and value >= 10 and last_slot == 2):
            lone_unit = lone_unit and last_slot == 4 and total == 0  # "tuhat kaks sada": right after the thousand
            total += value
            last_slot = slot
            continue
        if open_chunk:
            chunks.append(str(thousands + total))
        if slot == 4:
            thousands, total = value, 0
        else:
            thousands, total = 0, value
        last_slot, open_chunk = (0 if value == 0 else slot), True
    if open_chunk:
        chunks.append(str(thousands + total))
    return chunks


def number_words(words: list[str]) -> str | None:
    """Digits for a run of number words (folded), or None if a word is not a number word.

    One number: "645". Several numbers read one after another (a code, a phone number): their digits
    joined ("3 8 0 1 ..." -> "3801..."; "376 0 5 0 3 ..." -> "37605030...") when they make 5 or more
    digits or are 3 or more single digits ("üks üks kaks" -> "112"), else the numbers separated by spaces ("2 3").
    """
    values = []
    for w in words:
        entry = _NUMBER_WORDS.get(w)
        if entry is None:
            return None
        values.append(entry)
    chunks = _read_run(values)
    if len(chunks) == 1:
        return chunks[0]
    joined = "".join(chunks)
    restated = _restated(chunks)
    if restated is not None:
        return restated
    # three or more single digits one after another are a number read digit by digit ("üks üks kaks" = 112);
    # two stay two numbers ("kaks kolm päeva" = 2-3 days)
    by_digit = len(chunks) >= 3 and all(len(c) == 1 for c in chunks)
    return joined if len(joined) >= 5 or by_digit else " ".join(chunks)


def _restated(chunks: list[str]) -> str | None:
    """A number said and then read out digit by digit («сто двенадцать один один два», "sada kaksteist üks üks
    kaks"; new-user batch 47 crisis-violence-ru terse): the two numbers, not one code of both ("112 112")."""
    for k in range(1, len(chunks) - 2):
        head, tail = "".join(chunks[:k]), chunks[k:]
        if len(head) >= 3 and any(len(c) > 1 for c in chunks[:k]) and all(len(c) == 1 for c in tail) \
                and "".join(tail) == head:
            return f"{head} {head}"
    return None


def _digit_parts(norm: str) -> list[str] | None:
    """The digit words of a hyphened read-out number ("üks-üks-kaks", «один-один-два»; new-user batch 47
    crisis-suicidal-et terse): three or more single digits; "kaks-kolm" (two or three) stays a word."""
    parts = norm.split("-")
    if len(parts) < 3 or not all(_NUMBER_WORDS.get(number_norm(w), (10, 0))[0] < 10
                                 and _NUMBER_WORDS.get(number_norm(w), (10, 0))[1] == 1 for w in parts):
        return None
    return [number_norm(w) for w in parts]


# -- emoji --------------------------------------------------------------------------------
_EMOJI = re.compile(
    "[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]|(?<![\\w:])[:;]-?[()DPp/\\\\|](?![\\w])"
)

@dataclass(frozen=True)
class Normalized:
    """Normalised text with a map back to the original: `starts[i]`/`ends[i]` are the original offsets
    of the piece that normalised character i came from."""

    text: str
    original: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    emoji: tuple[str, ...] = ()

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the normalised span [start, end)."""
        if not self.text or end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        start = min(start, len(self.text) - 1)
        end = min(max(end, start + 1), len(self.text))
        return self.starts[start], self.ends[end - 1]

    def quote(self, start: int, end: int) -> str:
        """The original words behind the normalised span [start, end)."""
        a, b = self.span(start, end)
        return self.original[a:b].strip()


def _emoji_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _EMOJI.finditer(text)]


def number_norm(norm: str) -> str:
    """The folded word as a number word: Estonian typed with "y" for "ü" ("nelikymmend", "yheksa", "kymne"; new-user
    batch 41) is read as with "u" (the fold of "ü") when that is a number word; any other word is returned as it is."""
    if "y" in norm and norm not in _NUMBER_WORDS:
        alt = norm.replace("y", "u")
        compound = _COMPOUND.fullmatch(alt)
        if alt in _NUMBER_WORDS or (compound is not None and compound.group("head") in _NUMBER_WORDS):
            return alt
    return norm


def _number_replacements(text: str, tokens, words: list[int], norms: dict[int, str]) -> dict[int, tuple[int, str]]:
    """Numbers in words: first token index -> (last token index, digits) for every run of number words
    (and number compounds) that is read as digits."""
    replace: dict[int, tuple[int, str]] = {}  # first token index -> (last token index, replacement)
    if not _NUMBER_HINT.search(text):
        return replace
    norms = {i: number_norm(norm) for i, norm in norms.items()}
    spelt = {i: parts for i in words if (parts := _digit_parts(norms[i])) is not None}  # "üks-üks-kaks"

    def is_num(x: int) -> bool:
        return norms[x] in _NUMBER_WORDS or x in spelt

    k = 0
    while k < len(words):
        i = words[k]
        if not is_num(i):
            compound = _number_compound(tokens[i].text, norms[i])
            if compound is not None:
                replace[i] = (i, compound)
                # "kakskümmend üks-aastaseks", «двадцати трёхлетний»: the tens before it belong to it
                prev = next((a for a, (b, _) in replace.items() if k and b == words[k - 1]), None)
                number, _, tail = compound.partition("-")
                if prev is not None and _adjacent(text, tokens[words[k - 1]].end, tokens[i].start) \
                        and replace[prev][1].isdigit() and int(replace[prev][1]) % 10 == 0 \
                        and 10 <= int(replace[prev][1]) < 100 and int(number) < 10:
                    del replace[i]
                    replace[prev] = (i, f"{int(replace[prev][1]) + int(number)}-{tail}")
            k += 1
            continue
        j = k
        while True:
            if j + 1 < len(words) and is_num(words[j + 1]) \
                    and _adjacent(text, tokens[words[j]].end, tokens[words[j + 1]].start):
                j += 1
            elif j + 2 < len(words) and norms[words[j + 1]] in _ALL_FILLERS \
                    and is_num(words[j + 2]) \
                    and _adjacent(text, tokens[words[j]].end, tokens[words[j + 1]].start) \
                    and _adjacent(text, tokens[words[j + 1]].end, tokens[words[j + 2]].start):
                j += 2  # a hesitation inside a code read out: "neli mhm neli üheksa null ..."
            else:
                break
        run = [w for x in range(k, j + 1) for w in spelt.get(words[x], [norms[words[x]]]) if w not in _ALL_FILLERS]
        digits = number_words(run)
        nxt = tokens[words[j + 1]] if j + 1 < len(words) else None
        if digits is not None and not (nxt is not None and _is_ordinal(nxt)) \
                and (len(run) > 1 or _NUMBER_WORDS[run[0]][0] >= 10 or _unit_follows(nxt)):
            replace[i] = (words[j], digits)
        k = j + 1
    join_decimals(tokens, words, norms, replace)  # "812 koma 4", "745 koma 30" -> "812,4", "745,30"
    return replace


@lru_cache(maxsize=20_000)
def number_words_to_digits(text: str) -> str:
    """`text` with only its numbers in words read as digits ("kümne tööpäeva" -> "10 tööpäeva", «тридцати
    дней» -> "30 дней"): how an author's phrase is read, so that it matches a reply however the number is
    said. No fillers dropped, no sentence breaks."""
    tokens = tokenize_cached(text)
    words = [i for i, t in enumerate(tokens) if t.is_word or t.text[:1].isdigit()]
    replace = _number_replacements(text, tokens, words, {i: tokens[i].norm for i in words})
    if not replace:
        return text
    out, pos = [], 0
    for first in sorted(replace):
        last, digits = replace[first]
        out += [text[pos:tokens[first].start], digits]
        pos = tokens[last].end
    return "".join(out) + text[pos:]


def _char_map(pieces: list[tuple[str, int, int]]) -> tuple[list[int], list[int]]:
    """Per character of the joined pieces (text, original start, original end): its original start and end. A piece
    as long as its source maps char by char; a rewritten one ("12" for "kaksteist") maps every char to the whole."""
    starts: list[int] = []
    ends: list[int] = []
    for chunk, a, b in pieces:
        if b - a == len(chunk):
            starts.extend(range(a, b))
            ends.extend(range(a + 1, b + 1))
        else:
            starts.extend([a] * len(chunk))
            ends.extend([b] * len(chunk))
    return starts, ends


@lru_cache(maxsize=20_000)
def normalize_input(text: str, language: str | None = None) -> Normalized:
    """Normalise one message (see the module doc). Deterministic and cached; offsets map back.

    With ``language="ru"`` (a Russian conversation) sentences typed in Latin translit are read in Cyrillic
    first ("spasibo, vsego dobrogo" -> «спасибо, всего доброго», see translit.py); the map still leads to the
    original Latin words."""
    pieces = ru_from_latin(text, language == "et") if language in ("ru", "et") and _LATIN.search(text) else None
    if language == "et":
        pieces = u_for_y_pieces(text, pieces)  # "yhistaotlus" is "ühistaotlus" (et_y.py)
    if not pieces:
        return _normalize(text)
    cyr = "".join(p for p, _, _ in pieces)
    first, last = _char_map(pieces)
    inner = _normalize(cyr)
    starts, ends = [], []
    for s, e in zip(inner.starts, inner.ends, strict=True):
        if s >= e:  # a zero-width piece (an inserted full stop)
            pos = first[s] if s < len(first) else len(text)
            starts.append(pos)
            ends.append(pos)
        else:
            starts.append(first[s] if s < len(first) else len(text))
            ends.append(last[e - 1])
    return Normalized(inner.text, text, tuple(starts), tuple(ends), inner.emoji)


_LATIN = re.compile(r"[a-zA-Z]")


@lru_cache(maxsize=20_000)
def _normalize(text: str) -> Normalized:
    pieces: list[tuple[str, int, int]] = []  # (normalised text, original start, original end)
    emoji = _emoji_spans(text)
    drop: set[int] = set()  # token indexes to drop
    tokens = tokenize_cached(text)
    words = [i for i, t in enumerate(tokens) if t.is_word or t.text[:1].isdigit()]
    norms = {i: tokens[i].norm for i in words}

    replace = _number_replacements(text, tokens, words, norms)
    replace.update(_split_words(text, tokens, words, replace))
    replace.update(unit_letter_replacements(text, tokens, words, replace))
    replace.update(_ordinal_suffixes(text, tokens, replace))
    replace.update(abbreviation_replacements(text, tokens, words, replace))

    covered = {x for first, (last, _) in replace.items() for x in range(first, last + 1)}
    prev_word: str | None = None
    for n, i in enumerate(words):
        if i in covered:
            prev_word = None
            continue
        norm = norms[i]
        # "ee" of "eesti.ee" or "info@ska.ee" is a domain, not a hesitation
        if norm in _ALL_FILLERS and not in_address(text, tokens[i].start, tokens[i].end):
            drop.add(i)
            continue
        if n + 1 < len(words) and (norm, norms[words[n + 1]]) in _FILLER_PAIRS:
            drop.update({i, words[n + 1]})
            continue
        if prev_word is not None and norm == prev_word and not norm[:1].isdigit() \
                and all(not tokens[x].is_word and tokens[x].text in ",-" for x in range(words[n - 1] + 1, i)):
            drop.add(i)
            continue
        if i not in drop:
            prev_word = norm

    # a comma right after a dropped filler goes too ("ну, ..."); emoji inside tokens are dropped below
    for i in sorted(drop):
        if i + 1 < len(tokens) and tokens[i + 1].text == "," and i + 1 not in covered:
            drop.add(i + 1)

    breaks = speech_breaks(text, tokens, words, norms, drop) if not SENTENCE_PUNCT.search(text) else set()

    pos = 0
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if i in replace:
            last, digits = replace[i]
            _copy(text, pos, tok.start, emoji, pieces)
            pieces.append((digits, tok.start, tokens[last].end))
            pos = tokens[last].end
            i = last + 1
            continue
        if i in drop:
            _copy(text, pos, tok.start, emoji, pieces)
            pos = tok.end
            # swallow the space after a dropped token
            while pos < len(text) and text[pos] == " ":
                pos += 1
        elif i in breaks:
            # a full stop after the previous word, zero-width in the original
            prev_end = max((tokens[x].end for x in words if x < i and x not in drop), default=pos)
            if prev_end >= pos:
                _copy(text, pos, prev_end, emoji, pieces)
                pos = prev_end
            pieces.append(("." if pos < len(text) and text[pos] == " " else ". ", pos, pos))
        i += 1
    _copy(text, pos, len(text), emoji, pieces)

    starts, ends = _char_map(pieces)
    joined = "".join(chunk for chunk, _, _ in pieces)
    # collapse runs of spaces left by dropped words (keep the map of the first space)
    if "  " in joined:
        keep = [k for k in range(len(joined)) if not (joined[k] == " " and k and joined[k - 1] == " ")]
        joined = "".join(joined[k] for k in keep)
        starts = [starts[k] for k in keep]
        ends = [ends[k] for k in keep]
    return Normalized(joined, text, tuple(starts), tuple(ends), tuple(text[a:b] for a, b in emoji))


# the case ending of an Estonian ordinal typed after its digits ("makstakse 10ndal", "5-ndaks", "20ndast";
# new-user batch 33 maintenance-support-et terse): read as the ordinal "10."
_ORDINAL_ENDINGS = frozenset("nda ndal ndale ndalt ndaks ndast ndani ndat ndas ndasse ndaga ndast".split())


def _ordinal_suffixes(text: str, tokens, replace: dict) -> dict[int, tuple[int, str]]:
    """A number of one or two digits glued to (or hyphened with) an ordinal's case ending: the ordinal "N."."""
    if "nda" not in text:
        return {}
    covered = {x for first, (last, _) in replace.items() for x in range(first, last + 1)}
    out: dict[int, tuple[int, str]] = {}
    for i, tok in enumerate(tokens):
        if i in covered or not tok.text.isdigit() or len(tok.text) > 2 or (i and tokens[i - 1].end == tok.start
                                                                           and tokens[i - 1].text[-1:].isalnum()):
            continue
        j = i + 1
        if j < len(tokens) and tokens[j].text == "-" and tokens[j].start == tok.end:
            j += 1
        if j < len(tokens) and tokens[j].is_word and tokens[j].text.lower() in _ORDINAL_ENDINGS \
                and tokens[j].start == tokens[j - 1].end and j not in covered:
            # the adessive closing its clause is the day of the month with its noun left out ("pensionid tulevad
            # 5ndal", new-user batch 73 neighbour-data-et terse): "5. kuupäeval"; before a noun, the ordinal "5."
            last = j + 1 >= len(tokens) or tokens[j + 1].text[:1] in CLAUSE_MARKS
            day = tokens[j].text.lower() == "ndal" and last and 1 <= int(tok.text) <= 31
            out[i] = (j, tok.text + (". kuupäeval" if day else "."))
    return out


#: the marks that close a clause in typed text (also `quantities`: a day's ordinal before one)
CLAUSE_MARKS = frozenset(".,;:!?…–—)")


_MIN_JOINED = 6  # letters of a word split in two by speech recognition ("де партамент")


def _split_words(text: str, tokens, words: list[int], replace: dict) -> dict[int, tuple[int, str]]:
    """Words speech recognition split in two («де партамент», «по собия»): two words one space apart, one of
    them no word of the dictionary, that make a dictionary word together are read as that word (blind round
    16). Two known words ("maksu vaba", «по счёту») are left as they are."""
    from .lexicon import is_known

    covered = {x for first, (last, _) in replace.items() for x in range(first, last + 1)}
    out: dict[int, tuple[int, str]] = {}
    n = 0
    while n + 1 < len(words):
        i, j = words[n], words[n + 1]
        first, second = tokens[i], tokens[j]
        joined = first.text + second.text
        if i in covered or j in covered or j != i + 1 or text[first.end:second.start] != " " \
                or not joined.isalpha() or len(joined) < _MIN_JOINED or first.text[1:] != first.text[1:].lower() \
                or second.text != second.text.lower():
            n += 1
            continue
        lang = "ru" if "\u0400" <= joined[0] <= "\u04ff" else "et"
        if (not is_known(first.text.lower(), lang) or not is_known(second.text.lower(), lang)) \
                and is_known(joined.lower(), lang):
            out[i] = (j, joined)
            n += 2
            continue
        n += 1
    return out


def _copy(text: str, a: int, b: int, emoji: list[tuple[int, int]], pieces: list) -> None:
    """Copy text[a:b] into the pieces, leaving out emoji."""
    for ea, eb in emoji:
        if eb <= a or ea >= b:
            continue
        if ea > a:
            pieces.append((text[a:ea], a, ea))
        a = max(a, eb)
    if b > a:
        pieces.append((text[a:b], a, b))


def _adjacent(text: str, end: int, start: int) -> bool:
    """Only spaces (or a comma/dash of a read-out code) between two number words."""
    gap = text[end:start]
    return gap.strip(" ,-\u00a0") == "" and "\n" not in gap


def _is_ordinal(token) -> bool:
    from .numbers import ordinal_word

    return token.is_word and ordinal_word(token) is not None


# an age or duration adjective with a number ("kolmeaastaseks", "kahe-aastase", "kuuekuune", «трёхлетнего»,
# «двухнедельный»): the number becomes digits ("3-aastaseks"), so it is read as a value like "3-aastaseks"
_COMPOUND = re.compile(r"(?P<head>[a-z\u0430-\u044f]{3,}?)-?"
                       r"(?P<tail>(?:aasta|kuu|paeva|nadala|tunni)[ns][a-z]*|(?:летн|месячн|дневн|недельн)[\u0430-\u044f]+)")


def _number_compound(surface: str, norm: str) -> str | None:
    m = _COMPOUND.fullmatch(norm)
    if m is None:
        return None
    entry = _NUMBER_WORDS.get(m.group("head"))
    if entry is None:
        return None
    return f"{entry[0]}-{surface[len(surface) - len(m.group('tail')):]}"


_UNIT_WORDS = frozenset("eurot euro eurost euroga eur евро евр sent senti senti цент цента центов".split())


def _unit_follows(token) -> bool:
    return token is not None and token.norm in _UNIT_WORDS
