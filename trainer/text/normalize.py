"""Folding, tokenisation, sentence splitting and language detection.

Everything here is pure Python and deterministic; offsets always refer to the
original input string.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Token", "fold", "fold_char_aligned", "tokenize", "tokenize_cached", "word_slots", "split_sentences", "detect_language"]

_FOLD_TABLE = str.maketrans(
    {
        "õ": "o", "ä": "a", "ö": "o", "ü": "u", "š": "s", "ž": "z", "ё": "е",
        "Õ": "o", "Ä": "a", "Ö": "o", "Ü": "u", "Š": "s", "Ž": "z", "Ё": "е",
        "\u00ad": "",  # soft hyphen
        "\u2019": "'", "\u2018": "'",
    }
)


@dataclass(frozen=True)
class Token:
    """A token with its character offsets in the original text."""

    text: str
    start: int
    end: int
    norm: str
    is_word: bool


def _strip_latin_marks(text: str) -> str:
    """Remove diacritics from Latin letters only (keeps Cyrillic й intact)."""
    out = []
    for ch in text:
        if "\u00c0" <= ch <= "\u024f":
            base = unicodedata.normalize("NFD", ch)[0]
            out.append(base if base.isascii() else ch)
        elif "\u0300" <= ch <= "\u036f":
            continue  # stray combining mark
        else:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Casefold and fold diacritics: õäöü -> oaou, š -> s, ž -> z, ё -> е.

    Other Latin diacritics are stripped too; Cyrillic letters other than ё are kept.
    The result may differ in length from the input (use `fold_char_aligned` when
    offsets must be preserved).
    """
    text = unicodedata.normalize("NFC", text).translate(_FOLD_TABLE).casefold()
    if text.isascii():
        return text
    text = text.translate(_FOLD_TABLE)
    return _strip_latin_marks(text)


def _aligned_table() -> dict[int, str]:
    table = {}
    for code in range(0xC0, 0x250):
        folded = fold(chr(code))
        if len(folded) == 1:
            table[code] = folded
    for ch in "ЁёÕõÄäÖöÜüŠšŽž":
        table[ord(ch)] = fold(ch)
    return table


_ALIGNED = _aligned_table()


@lru_cache(maxsize=1024)
def fold_char_aligned(text: str) -> str:
    """Fold diacritics character by character so that the result has the same length
    (case is kept: regex phrases run with re.IGNORECASE).

    Used for regex phrases: a match at [i, j) in the folded text is text[i:j].
    """
    return text.translate(_ALIGNED)


# A word: letters (any script, incl. combining marks), optionally joined by
# hyphens or apostrophes ("SKA-st", "e-posti", "д'Артаньян"). Numbers are digit
# runs (with a decimal separator between digits). Everything else non-space is punctuation.
_WORD = r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f\u00ad])*(?:[-'\u2019][^\W\d_](?:[^\W\d_]|[\u0300-\u036f\u00ad])*)*"
_TOKEN_RE = re.compile(rf"(?P<w>{_WORD})|(?P<n>\d+(?:[.,]\d+)*)|(?P<p>[^\w\s]|_)")


def tokenize(text: str) -> list[Token]:
    """Split `text` into word, number and punctuation tokens with original offsets.

    Words are letter runs in any script, hyphenated or apostrophe-joined parts
    kept together ("SKA-st", "e-teenindus"). Numbers are digit runs, a decimal
    point or comma between digits stays inside ("1245,60"); digit groups
    separated by spaces are separate tokens (see `numbers.find_numbers`).
    """
    return list(tokenize_cached(text))


@lru_cache(maxsize=16_384)
def tokenize_cached(text: str) -> tuple[Token, ...]:
    """`tokenize` as an immutable, cached tuple (the scorer runs many matchers per turn)."""
    return tuple(
        Token(m.group(), m.start(), m.end(), fold(m.group()) if m.lastgroup == "w" else m.group(),
              m.lastgroup == "w")
        for m in _TOKEN_RE.finditer(text)
    )


def _ordinal_dot(tokens, j: int) -> bool:
    """The "." of an ordinal before a lowercase word ("8. kuupäeval", "5. detsembril") ends no sentence."""
    return (tokens[j].text == "." and j > 0 and tokens[j - 1].text.isdigit() and len(tokens[j - 1].text) <= 2
            and j + 1 < len(tokens) and tokens[j + 1].text[:1].islower())


def _truncation_dot(tokens, j: int) -> bool:
    """The "." of a truncated Russian word before a lower-case one («соц. страхования») ends no sentence
    (see `_ru_truncation`)."""
    return (tokens[j].text == "." and 0 < j < len(tokens) - 1 and tokens[j - 1].is_word
            and "\u0430" <= tokens[j + 1].text[:1] <= "\u044f" and _ru_truncation(tokens[j - 1].text.lower()))


@lru_cache(maxsize=16_384)
def word_slots(text: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """Indices of word and number tokens, with a sentence number and a clause number
    (clauses end at , ; : dashes and brackets as well) for each of them."""
    tokens = tokenize_cached(text)
    slots, sent, clause, sid, cid = [], [], [], 0, 0
    for i, tok in enumerate(tokens):
        if tok.is_word or tok.text[:1].isdigit():
            slots.append(i)
            sent.append(sid)
            clause.append(cid)
        elif tok.text in ".!?…" and not _ordinal_dot(tokens, i) and not _truncation_dot(tokens, i):
            sid += 1
            cid += 1
        elif tok.text in ",;:–—()[]\"«»“”„":
            cid += 1
    return tuple(slots), tuple(sent), tuple(clause)


# ---------------------------------------------------------------------------
# sentences

_NO_SPLIT_ABBREV = frozenset(
    """nr lk nt nn hr pr dr kl tel vt mob mln mld tk lp sh ca u jne jm jt vms vm mh sealh
    ik pk a ул д г гг тел руб коп см им т.е т.д т.п т.к напр др пр стр млн млрд тыс мед
    no e.g i.e etc mr mrs ms st""".split()
)
_END_OF_LIST_ABBREV = frozenset("jne jm jt vms vm т.д т.п др etc".split())
_BOUNDARY_RE = re.compile(r"[.!?…]+[\"'»”)\]]*(?=\s|$)|\n+")


def _token_before(text: str, pos: int) -> str:
    """The non-space chunk that ends at `pos` (exclusive), lowercased, without leading punctuation."""
    i = pos
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    return text[i:pos].lower().lstrip("([\"'«“")


def _is_boundary(text: str, m: re.Match) -> bool:
    mark = m.group()
    if mark.startswith("\n"):
        return True
    if mark[0] in "!?…" or len(mark.rstrip("\"'»”)]")) > 1:
        return True
    before = _token_before(text, m.start())
    rest = text[m.end():].lstrip()
    if not rest:
        return True
    nxt = rest[0]
    if before in _NO_SPLIT_ABBREV or before.rstrip(".") in _NO_SPLIT_ABBREV:
        if before.rstrip(".") in _END_OF_LIST_ABBREV and nxt.isupper():
            return True
        return False
    if len(before) == 1 and before.isalpha() and text[m.start() - 1].isupper():
        return False  # initial: "J. Tamm"
    if "\u0430" <= nxt <= "\u044f" and _ru_truncation(before):
        return False  # chat shorthand: «департамент соц. страхования», «жертва насильств. преступления»
    if nxt.islower() and _inside_brackets(text, m.start()):
        return False  # a shortened word inside brackets: «(пенс. учреждение, полиция, нотариус)», "(nt. pank, ...)"
    if before.isdigit() and (nxt.islower() or nxt.isdigit()):
        return not _ordinal(text, m.start() - len(before), before, rest)
    if before.isdigit() and len(before) <= 2 and nxt.isupper() and rest[:3].lower() in _MONTH_PREFIXES:
        return False
    return True


_RU_VOWELS = frozenset("аеёиоуыэюяй")


def _inside_brackets(text: str, pos: int) -> bool:
    """Is `pos` inside a bracket opened earlier on its line and closed later on it ("(пенс. учреждение, ...)")?
    A list in brackets is part of its sentence; a sentence does not end inside it (new-user batch 29)."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:pos]
    return before.count("(") > before.count(")") and ")" in text[pos:line_end]


def _ru_truncation(word: str) -> bool:
    """Is the Cyrillic word before a dot a truncated word (an abbreviation the dictionary marks, or no word
    and ending in a consonant: «соц», «насильств», «мед»), not the last word of a sentence? Only asked when a
    lower-case word follows: in lower-case chat every sentence starts so, and a real word ends it."""
    if len(word) > 10 or not word.isalpha() or not all("\u0430" <= c <= "\u044f" or c == "ё" for c in word):
        return False
    from .lexicon import ru_parse  # lexicon imports this module

    parses = ru_parse(word)
    if not parses:
        return False
    best = parses[0]
    return "Abbr" in best.tag or (not best.is_known and word[-1] not in _RU_VOWELS)


def _ordinal(text: str, start: int, digits: str, rest: str) -> bool:
    """Is `digits` + "." before a lower-case word or a digit an ordinal or a date part ("5. detsembril",
    "2026. aastal", "15. 03") rather than the end of a sentence? Lower-case typing ends sentences with
    numbers too: a phone number ("... lasteabi telefonile 116 111. kas see on arusaadav?", "helistage
    112. nad ...") is no ordinal, nor is any number before a Russian word (Russian writes no ordinal dot)."""
    if rest[:1].isdigit() or rest[:3].lower() in _MONTH_PREFIXES:
        return True
    if "\u0400" <= rest[:1] <= "\u04ff":
        return False
    if re.search(r"\d[ \u00a0-]$", text[:start]):
        return False  # the last group of a number read in groups: "116 111.", "612 1360."
    return len(digits) <= 2 or (len(digits) == 4 and digits[:2] in ("19", "20"))


_MONTH_PREFIXES = frozenset(
    "jaa vee mär apr mai jun jul aug sep okt nov det янв фев мар апр мая июн июл авг сен окт ноя дек".split()
)


def split_sentences(text: str) -> list[tuple[int, int, str]]:
    """Split `text` into sentences, returning (start, end, sentence) with text[start:end] == sentence.

    Splits after . ! ? … (and closing quotes) followed by whitespace, and on newlines.
    Does not split ordinals and dates ("5. detsembril"), abbreviations ("nr. 5", "jne."
    unless a capitalised sentence follows), decimals ("1.5") or initials ("J. Tamm").
    """
    return list(split_sentences_cached(text))


@lru_cache(maxsize=16_384)
def split_sentences_cached(text: str) -> tuple[tuple[int, int, str], ...]:
    """`split_sentences` as an immutable, cached tuple (every check of a turn splits the same text)."""
    cuts = [0]
    for m in _BOUNDARY_RE.finditer(text):
        if _is_boundary(text, m):
            cuts.append(m.end())
    cuts.append(len(text))
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        chunk = text[a:b]
        lead = len(chunk) - len(chunk.lstrip())
        s, e = a + lead, a + len(chunk.rstrip())
        if e > s:
            out.append((s, e, text[s:e]))
    return tuple(out)


# ---------------------------------------------------------------------------
# language

_EN_WORDS = frozenset(
    """the a an i you he she it we they is are was were be been have has had do does did my your our
    their this that these those what which who when where why how please hello hi thank thanks yes
    of to for with about from and or but not can could would should will want need get got there here
    me him her us them am any some""".split()
)
_ET_WORDS = frozenset(
    """ja on ei ole kas mis mida ma mul mina te teie see et tere aitah palun ka ning kuidas kus miks
    millal saan saate oma minu sain pole vaid kui seda selle siis veel juba nuud olen oli""".split()
)


@lru_cache(maxsize=16_384)  # a pure function of the text: the checks ask it of each reply
def detect_language(text: str) -> str:
    """Return "et", "ru" or "en" for `text`.

    Cyrillic vs Latin letter count decides ru; Latin text is "en" only when English
    function words clearly dominate Estonian ones, else "et" (also the default for
    text without letters).
    """
    cyr = lat = 0
    for ch in text:
        if ch.isalpha():
            if "\u0400" <= ch <= "\u04ff":
                cyr += 1
            elif ch.isascii() or "\u00c0" <= ch <= "\u024f":
                lat += 1
    if cyr > lat:
        return "ru"
    if lat == 0:
        return "et"
    if any(ch in "õäöüÕÄÖÜ" for ch in text):
        return "et"
    words = [t.norm for t in tokenize_cached(text) if t.is_word]
    en = sum(1 for w in words if w in _EN_WORDS)
    et = sum(1 for w in words if w in _ET_WORDS)
    if en >= 2 and en > 2 * et:
        return "en"
    if en == 1 and et == 0 and len(words) <= 2 and words[0] in {"hello", "hi", "thanks", "yes", "please"}:
        return "en"
    return "et"
