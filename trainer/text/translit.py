"""Russian typed in Latin letters (chat translit: "zdravstvujte", "spasibo, vsego dobrogo", "lichnyj kod").

`ru_from_latin(text)` returns the text with each translit sentence written in Cyrillic, word by word, with a
map back to the original (a Cyrillic word maps to the whole Latin word it came from), or None when nothing
is translit. Only the caller's Russian conversations are read this way (`normalize_input(text, "ru")`).

A sentence is translit when most of its words are Latin and at least 60 % of those words, spelt in Cyrillic,
are Russian dictionary words (pymorphy3's dictionary). The common schemes are all accepted: zh/ž, kh/h/x,
ts/c, ch/č, sh/š (also щ: "sledujushih", "eshe"), shch/sch/shh/šč, ya/ja, yu/ju, yo/jo, e/je/ye, y = ы or й, j = й, ' or nothing for ь. A word
that is no Russian word in any spelling (Smart-ID, mobiil-id, e-mail, a name) stays as typed. Estonian and
English sentences are no translit: few of their words are Russian words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .translit_infinitive import infinitives_governed

__all__ = ["ru_from_latin", "to_cyrillic"]

_LATIN_WORD = re.compile(r"[a-zA-ZšžčŠŽČ]+(?:['’`][a-zA-ZšžčŠŽČ]+)*'?|[a-zA-ZšžčŠŽČ]+(?:-[a-zA-ZšžčŠŽČ]+)+")
HAS_LATIN = re.compile(r"[a-zA-Z]")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’`][^\W\d_]+)*'?")

# alternatives per Latin spelling, most likely first; every spelling also tries the shorter ones after it
_MULTI = {
    "shch": ("щ",), "šč": ("щ",), "sch": ("щ", "сч"), "shh": ("щ",), "sh": ("ш", "щ"), "ch": ("ч",), "zh": ("ж",), "kh": ("х",),
    "ts": ("ц", "тс"), "tz": ("ц",),
    "ya": ("я",), "ja": ("я",), "yu": ("ю",), "ju": ("ю",), "yo": ("ё", "йо"), "jo": ("ё", "йо"),
    "ye": ("е", "ые", "ье"), "je": ("е", "ье"), "ie": ("ие", "ье"), "iu": ("ию", "ью"), "ia": ("ия", "ья"),
}
_SINGLE = {
    "a": ("а",), "b": ("б",), "c": ("ц", "к"), "d": ("д",), "e": ("е", "э", "ё"), "f": ("ф",), "g": ("г",),
    "h": ("х",), "i": ("и", "й"), "j": ("й",), "k": ("к",), "l": ("л",), "m": ("м",), "n": ("н",), "o": ("о",),
    "p": ("п",), "q": ("к",), "r": ("р",), "s": ("с",), "t": ("т",), "u": ("у",), "v": ("в",), "w": ("в",),
    "x": ("х", "кс"), "y": ("ы", "й", "и"), "z": ("з",), "š": ("ш",), "ž": ("ж",), "č": ("ч",),
    "'": ("ь", "ъ"), "’": ("ь", "ъ"), "`": ("ь", "ъ"), "-": ("-",),
}
_SOFTENABLE = frozenset("бвдзлмнпрстфцчшщжкгх")
_MAX_STEPS = 4000
# a one- or two-letter Latin word counts towards a translit sentence only as one of these Russian words
_SHORT = frozenset("a i v s k u o ja ya my vy ty on ne no da na po za iz ot do ob so ko vo li by uzh zhe uz "
                   "ze to ih ee ego im ej".split())


@lru_cache(maxsize=1)
def _words_dawg():
    from .lexicon import morph

    return morph().dictionary.words


def _has_prefix(dawg, prefix: str) -> bool:
    return dawg.dct.follow_bytes(prefix.encode("utf-8"), dawg.dct.ROOT) is not None


@lru_cache(maxsize=50_000)
def to_cyrillic(word: str) -> str | None:
    """The Russian dictionary word a Latin-typed word spells (lowercase), or None."""
    low = word.lower()
    if not low or len(low) > 40 or not HAS_LATIN.search(low):
        return None
    if low in _PRONOUNS:
        return _PRONOUNS[low]
    found = spell(low, _any_word)
    if found is None and "-" in low.strip("-"):
        found = _hyphenated(low)
    return found


def _hyphenated(low: str) -> str | None:
    """A hyphenated word read part by part, the first part also as the stem of a compound adjective ("nalogovo-
    tamozhennyj" «налогово-таможенный», new-user batch 50): every part must be Russian."""
    first, *rest = low.split("-")
    tails = [to_cyrillic(part) for part in rest]
    if not first or not rest or any(t is None for t in tails):
        return None
    head = to_cyrillic(first)
    if head is None and first[-1:] in ("o", "e") and len(first) >= 4:
        # the joining vowel of a compound: "nalogovo" is «налогово» of «налоговый», "finansovo" of «финансовый»
        for ending in ("yj", "ij", "oj"):
            adjective = spell(first[:-1] + ending, _any_word)
            if adjective is not None and adjective[-2:] in ("ый", "ий", "ой"):
                head = adjective[:-2] + ("о" if first.endswith("o") else "е")
                break
    return None if head is None else "-".join([head, *tails])


def _any_word(_: str) -> bool:
    return True


# pronouns whose word-initial e is «е», not the «э» most e-words start with ("ee potrebujut vernut": «её», not «ээ»)
_PRONOUNS = {"ee": "её", "eyo": "её", "ejo": "её", "eë": "её", "ego": "его", "ej": "ей", "emu": "ему"}


def spell(low: str, accept) -> str | None:
    """The first Cyrillic spelling of the lowercase Latin word that is a dictionary word and `accept` takes."""
    dawg = _words_dawg()
    steps = 0
    # a name is the last resort of a common word's spelling of as many letters: "saite" is «сайте», not «Саите» (Саит; new-user
    # batch 68 data-request-journalist-ru terse); a name alone keeps its spelling, the caller leaves it as typed
    names: list[str] = []

    def walk(pos: int, out: str) -> str | None:
        nonlocal steps
        steps += 1
        if steps > _MAX_STEPS:
            return None
        if pos == len(low):
            soft = out + "ь" if out and out[-1] in _SOFTENABLE and out + "ь" in dawg and accept(out + "ь") else None
            if out in dawg and accept(out) and not (soft and _name(out)):
                if accept is _any_word and not soft and _name(out):
                    names.append(out)
                    return None
                return out
            # "den" is «день», not the name «Ден»: the soft sign left out of a common word (new-user batch 31)
            return soft
        options: list[tuple[str, int]] = []
        for size in (4, 3, 2):
            for cyr in _MULTI.get(low[pos:pos + size], ()) if pos + size <= len(low) else ():
                options.append((cyr, size))
        if low.startswith("je", pos) and out and out[-1] in _SOFTENABLE:
            # after a consonant the j-scheme's "je" is «ье» ("semje", "statje"): a plain е it writes "e" ("mesjac")
            options.sort(key=lambda o: o[0] != "ье")
        if low.startswith("ye", pos) and out and out[-1] in _SOFTENABLE:
            # after a consonant the y-scheme's "ye" is «ые» or «ье» ("dannye" «данные», not «Данне»; new-user batch 49)
            options.sort(key=lambda o: o[0] not in ("ые", "ье"))
        for cyr in _SINGLE.get(low[pos], ()):
            options.append((cyr, 1))
        if low[pos] == "o" and out and out[-1] in "жчшщ":
            options.append(("ё", 1))  # ё after ж, ч, ш, щ typed "o" ("uchoba" «учёба», "shol" «шёл»; new-user batch 55)
        if low[pos] == "e" and pos == 0:  # a word-initial e is mostly э ("eto", "Estonija")
            options.sort(key=lambda o: o[0] != "э")
        for cyr, size in options:
            nxt = out + cyr
            if _has_prefix(dawg, nxt):
                found = walk(pos + size, nxt)
                if found:
                    return found
            # a soft sign left out ("pozhalujsta" is fine, "malenkij", "pismo" are not)
            if nxt[-1] in _SOFTENABLE and pos + size < len(low) and low[pos + size] not in "'’`":
                soft = nxt + "ь"
                if _has_prefix(dawg, soft):
                    found = walk(pos + size, soft)
                    if found:
                        return found
        return None

    if accept is _any_word and low in _STUMP_WORDS:
        # a stump typed as a word of its own ("departament sots strahovanija": «соц страхования», new-user batch 44),
        # before the dictionary: "soc." is «соц.», not «сок.» (juice, which translit spells "sok"; batch 47)
        return _STUMP_WORDS[low]
    found = walk(0, "")
    if names and (found is None or len(found) != len(names[0])):
        found = names[0]  # "Marina" is the name «Марина», not «Марьина» with a soft sign put in
    if found is None:
        # a stump compound the dictionary does not list: "socstrahovanija" is «соц» + «страхования» (new-user batch
        # 31 rent-help-municipality-ru); the rest must be a Russian word of its own
        for latin, cyr in _STUMPS:
            rest = low[len(latin):]
            if low.startswith(latin) and len(rest) >= 4:
                tail = to_cyrillic(rest)
                if tail is not None:
                    return cyr + tail
    return found


# the first parts of Russian stump compounds, as typed in Latin (longest first)
_STUMPS = (("sots", "соц"), ("sotz", "соц"), ("info", "инфо"), ("prof", "проф"), ("soc", "соц"), ("gos", "гос"))
_STUMP_WORDS = dict(_STUMPS)


def _name(cyr: str) -> bool:
    """A first name, surname or patronymic only ("Olga", "Ivanov"): a name stays as it was typed."""
    from .lexicon import ru_parse

    parses = [p for p in ru_parse(cyr) if p.score >= 0.01]
    return bool(parses) and all({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in parses)


def _cased(cyr: str, latin: str) -> str:
    if latin[:1].isupper():
        return cyr.upper() if len(latin) > 1 and latin.isupper() else cyr[:1].upper() + cyr[1:]
    return cyr


@lru_cache(maxsize=20_000)
def _reading(word: str) -> tuple[bool, bool]:
    """(is the word a Russian word in translit?, is it an Estonian or English dictionary word?)"""
    from .lexicon import is_known

    low = word.lower()
    ru = (len(low) > 2 or low in _SHORT) and to_cyrillic(word) is not None
    return ru, is_known(low, "et") or is_known(low, "en")


# words that tell no language: a currency or code in Latin capitals or not ("80 eur", "PIN", "SMS")
_NEUTRAL = frozenset("eur usd sms pin pdf id".split())


def _telling(text: str, latin: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The Latin words that tell the sentence's language: not a neutral code ("eur"), not an ordinal's ending glued to
    its digit ("na 1-go i 2-go", "8-go chisla": «1-го», not the English "go"; new-user batch 47), not an abbreviation,
    an address or a first name."""
    return [(a, b, w) for a, b, w in latin
            if w.lower() not in _NEUTRAL and not _after_number(text, a) and not _ABBREVIATION.fullmatch(w)
            and not in_address(text, a, b) and not _first_name(w)]


def _first_name(word: str) -> bool:
    """A first name tells no language: "zdravstvujte, SKA, kadri." is Russian with an Estonian agent's name in it
    (new-user batch 49 disability-assessment-ru terse, once "SKA" stopped counting as a Russian word)."""
    from .names import is_first_name

    return len(word) >= 3 and is_first_name(word)


# an abbreviation in capitals ("PPA", "EMTA", "II stupen"): an office's or a number's, of no language (new-user batch 50)
_ABBREVIATION = re.compile(r"[A-Z]{2,5}")


def in_address(text: str, a: int, b: int) -> bool:
    """Is the word part of a web or e-mail address ("emta.ee", "info@ska.ee"): glued by a dot or "@" to a letter? It is
    kept as typed ("emta.ee" is no «emta.её»; new-user batch 50)."""
    start, end = a, b
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "._@-"):
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] in "._@-"):
        end += 1
    chunk = text[start:end].strip(".-")
    # an abbreviation with its dots ("t.k.", "t.e.") is no address: each part of an address has two letters or more
    return "@" in chunk or bool(_ADDRESS.fullmatch(chunk))


_ADDRESS = re.compile(r"[\w-]{2,}(?:\.[\w-]{2,})+")


# an ordinal's ending glued to its digit ("5-e chislo", "2-j raz", "na 8-go"): «5-е», «2-й», «8-го», not «э»
_ORDINAL_ENDINGS = {
    "e": "е", "ye": "е", "je": "е", "oe": "ое", "go": "го", "ogo": "ого", "j": "й", "i": "й", "y": "й", "yj": "й",
    "ij": "й", "oj": "ой", "yi": "й", "ja": "я", "ya": "я", "aja": "ая", "mu": "му", "omu": "ому", "m": "м",
    "im": "м", "ym": "м", "h": "х", "x": "х", "kh": "х", "ih": "х", "yh": "х", "ju": "ю", "yu": "ю", "uju": "ую",
}


def _after_number(text: str, a: int) -> bool:
    return a >= 2 and text[a - 1] == "-" and text[a - 2].isdigit()


def _translit_sentence(latin: list[str]) -> bool:
    """Do these Latin words of one sentence read as Russian? Words that are Russian only must outnumber the
    Estonian/English-only ones, and with the words that are both ("da", "net", "on") make 60 %."""
    readings = [_reading(w) for w in latin]
    ru_only = sum(1 for ru, other in readings if ru and not other)
    both = sum(1 for ru, other in readings if ru and other)
    other_only = sum(1 for ru, other in readings if other and not ru)
    if len(latin) == 1 and len(latin[0]) < 4:
        return False  # one short word ("ok", "no") says nothing about the language
    return ru_only >= 1 and ru_only > other_only and (ru_only + both) * 5 >= len(latin) * 3


@lru_cache(maxsize=20_000)
def _estonian(word: str) -> bool:
    from .lexicon import is_known

    return is_known(word.lower(), "et")


def _russian_runs(latin: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """The Latin words of an Estonian sentence that stand in a run of two or more adjacent words that spell Russian
    words and no Estonian ones, one of them no English word either and four letters long ("mozhno po-russki, kui
    lihtsam": «можно по-русски»; "zajavlenie ne nuzhno"): code-switching inside one sentence. A single Russian
    spelling among Estonian words is left alone (mostly a typo or a coincidence)."""
    out: list[tuple[int, int, str]] = []
    run: list[tuple[int, int, str]] = []

    def flush() -> None:
        if len(run) >= 2 and any(len(w) >= 4 and not _reading(w)[1] for _, _, w in run):
            out.extend(run)
        run.clear()

    for a, b, word in latin:
        russian = _reading(word)[0] and not _estonian(word)
        if run and (not russian or _WORD.search(text[run[-1][1]:a])):
            flush()
        if russian:
            run.append((a, b, word))
    flush()
    return out


@lru_cache(maxsize=20_000)
def ru_from_latin(text: str, mixed: bool = False) -> tuple[tuple[str, int, int], ...] | None:
    """Pieces (text, original start, original end) of `text` with its translit sentences in Cyrillic, or None
    when no sentence is translit (see the module doc). `mixed` (an Estonian conversation): besides whole translit
    sentences, a run of two or more Russian-only words inside an Estonian sentence is read in Cyrillic too."""
    if not HAS_LATIN.search(text):
        return None
    from .normalize import split_sentences_cached

    replace: list[tuple[int, int, str]] = []
    for start, _, sentence in split_sentences_cached(text):
        if not HAS_LATIN.search(sentence):
            continue
        words = [(m.start() + start, m.end() + start, m.group()) for m in _WORD.finditer(sentence)]
        latin = [w for w in words if HAS_LATIN.search(w[2]) and all(ch.isascii() or ch in "šžčŠŽČ’" for ch in w[2])]
        if not latin:
            continue
        telling = _telling(text, latin)
        whole = bool(telling) and 2 * len(latin) > len(words) and _translit_sentence([w[2] for w in telling])
        if mixed and (not whole or any(_estonian(w[2]) for w in latin)):
            latin = _russian_runs(latin, text)
        elif not whole:
            continue
        for a, b, word in latin:
            if in_address(text, a, b):
                continue
            if _kept_as_typed(word):
                continue
            cyr = _ORDINAL_ENDINGS.get(word.lower()) if _after_number(text, a) else None
            cyr = cyr or to_cyrillic(word)
            if cyr is not None and not _name(cyr):
                replace.append((a, b, _cased(cyr, word)))
    if not replace:
        return None
    replace = infinitives_governed(replace, _words_dawg(), text)
    pieces: list[tuple[str, int, int]] = []
    pos = 0
    for a, b, cyr in replace:
        if a > pos:
            pieces.append((text[pos:a], pos, a))
        pieces.append((cyr, a, b))
        pos = b
    if pos < len(text):
        pieces.append((text[pos:], pos, len(text)))
    return tuple(pieces)


# Estonian terms of the Board said inside Russian speech ("esli ne soglasny, vaie v techenie 30 dnej"): a Russian
# spelling of them is a rare word («вайе» of «вайя»), the term is what was meant (new-user batch 55 terse)
_ESTONIAN_TERMS = frozenset("vaie vaide vaiet".split())


def _kept_as_typed(word: str) -> bool:
    """A word written as typed: an Estonian term of the Board, or an abbreviation in capitals ("SKA", "PPA") that
    spells no Russian word but an abbreviation («СКА»); a Russian word typed in capitals for stress ("NE NADO")
    is read in Cyrillic."""
    if word.lower() in _ESTONIAN_TERMS:
        return True
    if not _ABBREVIATION.fullmatch(word):
        return False
    from .lexicon import ru_parse

    cyr = to_cyrillic(word)
    return cyr is None or all("Abbr" in p.tag for p in ru_parse(cyr))


def cyrillic_text(text: str) -> str:
    """`text` with its translit sentences written in Cyrillic ("pozhalujsta. vsego dobrogo" -> «пожалуйста. всего
    доброго»), the rest as it is: for readers of a Russian reply that look for words, not offsets."""
    pieces = ru_from_latin(text)
    return "".join(p for p, _, _ in pieces) if pieces else text
