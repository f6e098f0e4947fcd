"""First names: is a word someone's first name (not a surname, not a common word)?

Sources, each named:
- `data/et_first_names.txt`: Estonian first names in common use (see the file's header for its source);
- faker's et_EE provider (Statistics Estonia TOP 50 male and female names, 2017) and ru_RU first names;
- the names marked as used in Estonia (about 1,100, frequency column "Estonia") in Jörg Michael's
  `nam_dict.txt` (2008, GNU FDL), read at run time from the gender-guesser package that ships it;
- pymorphy3's "Name" tag for Russian words (a word whose likely readings are "Surn" is a surname), and for Latin
  words spelt in Cyrillic (`translit_names.russian_name_in_latin`: "Anastassia", "Darja").

Lists are folded (case and diacritics), so "karl", "KARL" and "Tonu" are found in speech transcripts and
fast typing. Whether a name in a turn is the speaker's own is decided by the caller from its position.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from .lexicon import dictionary, ru_parse
from .normalize import fold

__all__ = ["is_first_name", "is_surname", "first_names", "is_common_word", "is_et_proper_noun"]


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Folded first names from the shipped Estonian list and faker's et_EE and ru_RU providers."""
    text = resources.files("trainer.text").joinpath("data/et_first_names.txt").read_text(encoding="utf-8")
    names = {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}
    try:
        from faker.providers.person.et_EE import Provider as EtNames
        from faker.providers.person.ru_RU import Provider as RuNames

        names |= set(EtNames.first_names)
        names |= set(RuNames.first_names_male) | set(RuNames.first_names_female)
    except ImportError:  # faker is a dependency; the shipped list still works without it
        pass
    names |= _nam_dict_names("Estonia")
    return frozenset(fold(n) for n in names)


def _nam_dict_names(country: str) -> set[str]:
    """First names with a frequency for `country` in gender-guesser's nam_dict.txt (Jörg Michael, GNU FDL):
    the country's column is marked in the file's header; a name line has a hex digit 1-D in it."""
    try:
        text = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_text(encoding="utf-8",
                                                                                           errors="replace")
    except (ModuleNotFoundError, FileNotFoundError):  # a dependency; the shipped list still works without it
        return set()
    lines = text.splitlines()
    column = next((line.index(country) for line in lines if line.startswith("#") and country in line), None)
    if column is None:
        return set()
    names = set()
    for line in lines:
        if line.startswith("#") or len(line) <= column or not line[column].strip():
            continue
        name = line[3:29].strip()
        if name.isalpha() or (name.replace("-", "").isalpha() and "+" not in name):
            names.add(name)
    return names


@lru_cache(maxsize=20_000)
def _ru_tags(word: str) -> tuple[bool, bool]:
    """(has a likely Name reading, its best reading is a surname) for a Cyrillic word."""
    parses = ru_parse(word.lower())
    name = any("Name" in p.tag and p.score >= 0.25 for p in parses)
    surname = bool(parses) and "Surn" in parses[0].tag
    return name, surname


@lru_cache(maxsize=20_000)
def is_first_name(word: str) -> bool:
    """Is `word` (any case, with or without diacritics) a first name?"""
    norm = fold(word)
    if len(norm) < 2:
        return False
    if "\u0400" <= norm[:1] <= "\u04ff":
        name, surname = _ru_tags(norm)
        return (name and not surname) or norm in first_names() or _estonian_name_in_cyrillic(norm)
    return norm in first_names() or _russian_name_in_latin(word)


def _russian_name_in_latin(word: str) -> bool:
    """Is the Latin word a Russian first name in Latin letters that no name list holds ("Anastassia", "Darja",
    "Artjom": Estonian spellings of names common in Estonia; blind round 25)? Not an Estonian or English
    dictionary word ("nina" is a nose, not Нина). A word the Estonian dictionary knows only as a name (every
    reading a capitalised lemma: "Alina", "Jelena") is no ordinary word (new-user batch 40 language-switch-ru:
    "Tere! Sotsiaalkindlustusamet, Alina kuuleb.")."""
    from .lexicon import is_known
    from .translit_names import russian_name_in_latin

    low = word.lower()
    return not _ordinary_et_word(low) and not is_known(low, "en") and russian_name_in_latin(low) is not None


def _ordinary_et_word(low: str) -> bool:
    """Does the Estonian dictionary know the lower-case word with a reading that is no name (a lower-case lemma)?"""
    from .lexicon import dictionary_lemmas, is_known

    if not is_known(low, "et"):
        return False
    lemmas = dictionary_lemmas(low, "et")
    return not lemmas or any(not lemma[:1].isupper() for lemma in lemmas)


# Cyrillic letters and the Latin spellings (folded) they stand for in an Estonian name written in Russian:
# "Кадри" Kadri, "Тийна" Tiina, "Кюлли" Külli, "Яак" Jaak, "Ыйе" Õie, "Эпп" Epp
_CYR_TO_LATIN = {
    "а": ("a",), "б": ("b",), "в": ("v",), "г": ("g",), "д": ("d",), "е": ("e", "je"), "ё": ("o", "jo"),
    "ж": ("z",), "з": ("z",), "и": ("i",), "й": ("j", "i"), "к": ("k",), "л": ("l",), "м": ("m",), "н": ("n",),
    "о": ("o",), "п": ("p",), "р": ("r",), "с": ("s",), "т": ("t",), "у": ("u",), "ф": ("f",), "х": ("h",),
    "ц": ("ts",), "ч": ("ts",), "ш": ("s",), "щ": ("s",), "ъ": ("",), "ы": ("o", "i"), "ь": ("",), "э": ("e",),
    "ю": ("u", "ju"), "я": ("a", "ja"),
}


@lru_cache(maxsize=20_000)
def _estonian_name_in_cyrillic(norm: str) -> bool:
    """Is the folded Cyrillic word an Estonian first name written in Russian («меня зовут Кадри»)? Only a
    word pymorphy3 does not know as an ordinary Russian word, or knows also as a name («Марта», mostly the
    month's genitive: the caller decides by the frame, see `is_common_word`), up to 12 letters."""
    if len(norm) > 12 or any(ch not in _CYR_TO_LATIN for ch in norm):
        return False
    parses = ru_parse(norm)
    if parses and parses[0].is_known and not any("Name" in p.tag for p in parses):
        return False
    names = first_names()
    spellings = [""]
    for ch in norm:
        spellings = [head + tail for head in spellings for tail in _CYR_TO_LATIN[ch]]
        if len(spellings) > 256:
            return False
    return any(spelling in names for spelling in spellings)


def is_surname(word: str) -> bool:
    """Is `word` a Russian surname by pymorphy3's tags («Иванова»), also one written in Latin letters ("Ivanova",
    "Vassiljeva": an agent signing an Estonian opening with their surname) that is no first name?"""
    norm = fold(word)
    if "\u0400" <= norm[:1] <= "\u04ff":
        return bool(_ru_tags(norm)[1])
    return _latin_surname(word)


@lru_cache(maxsize=20_000)
def _latin_surname(word: str) -> bool:
    """Is the Latin word a Russian surname (see `is_surname`), not a first name or an ordinary (lower-case)
    Estonian or English word? The Estonian dictionary lists common surnames as proper nouns ("Ivanova")."""
    from .lexicon import is_known
    from .translit_names import russian_surname_in_latin

    low = word.lower()
    d = dictionary("et")
    if fold(word) in first_names() or (d is not None and d.get(low) == low) or is_known(low, "en"):
        return False
    return russian_surname_in_latin(low) is not None


@lru_cache(maxsize=20_000)
def is_common_word(word: str) -> bool:
    """Is the lowercased word also an ordinary Estonian or Russian word ("mai", "meri", «вера»)?
    Such a name counts only in an explicit frame ("Mina olen Meri")."""
    low = word.lower()
    if "\u0400" <= low[:1] <= "\u04ff":
        parses = ru_parse(low)
        return bool(parses) and "Name" not in parses[0].tag
    d = dictionary("et")
    return d is not None and d.get(low) is not None and d.get(low) == low


@lru_cache(maxsize=20_000)
def is_et_proper_noun(word: str) -> bool:
    """Does the Estonian dictionary hold the word only capitalised, as a proper noun ("Mairo", "Kristo"), not
    as an ordinary word in lower case too ("Mari"/"mari")? A first name missing from the name lists is often
    such a word; the caller decides by its place whether it is the speaker's own name."""
    if not word[:1].isupper() or not word.isalpha() or len(word) < 3 or not word[1:].islower():
        return False
    d = dictionary("et")
    return d is not None and d.get(word) == word and d.get(word.lower()) is None

