"""Lemma lookup over simplemma's dictionaries (Estonian, Russian) and pymorphy3.

Design (see docs in the package __init__):
- all lemmas are returned *folded* (casefold + diacritics folded), so comparison
  is diacritics-insensitive;
- Estonian words typed without õäöüšž are "restored": every way of putting the
  diacritics back is looked up in the dictionary (bounded, cached);
- dictionaries come from a compiled lexicon (lexicon_store.py) built once per simplemma
  version into a cache folder: a process opens it in well under a millisecond and reads only
  the buckets it looks up; it also holds the lemma -> forms index used for typo matching and
  compound endings;
- personal pronouns use a hand-written paradigm, because simplemma maps Teie,
  Teid and sind all to "sina";
- unknown Estonian compounds get head + lemma of their longest known tail;
- `configure(backend=...)` (or TRAINER_LEXICON_BACKEND) picks the source: "compiled"
  (default), "memory" (simplemma's in-RAM dicts: ~3-6 s and ~430 MB per process, the same
  answers; the reference the compiled lexicon is tested against) or "stream" (simplemma's
  low-memory stream backend, no forms index; also `configure(low_memory=True)` or
  TRAINER_TEXT_LOW_MEMORY=1).
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Mapping
from functools import lru_cache

from .normalize import fold

__all__ = ["configure", "backend", "lemmas", "dictionary_lemmas", "is_known", "word_forms", "is_verb_lemma", "ru_parse", "PRONOUN_LEMMAS",
           "first_person", "same_person"]

_SUPPORTED = ("et", "ru", "en")
_RESTORE = {"o": "oõö", "a": "aä", "u": "uü", "s": "sš", "z": "zž"}
_MAX_RESTORATIONS = 4096
MAX_WORD_CHARS = 64
"""Longer tokens are not analysed (no dictionary, compound or typo lookup): real words are far shorter
(Estonian compounds rarely pass 40 letters), and compound splitting costs time quadratic in the length."""

# Domain homographs where simplemma keeps only one reading (folded form -> extra lemma):
# "puude" is both trees (puu) and disability (puue); "kord kuus" = once a month (kuu); "eur" is the euro typed
# short ("alla 414,10 eur", new-user batch 32), as in a value check.
_ET_HOMOGRAPHS = {
    **dict.fromkeys("puude puudele puudel puudelt puudeks puudesse puudeta puudeni puudena".split(), "puue"),
    "kuus": "kuu",
    "eur": "euro",
}

# folded surface form -> folded lemma; overrides the dictionary.
PRONOUN_LEMMAS: dict[str, dict[str, str]] = {
    "et": {
        **dict.fromkeys(
            "sina sa sinu su sind sulle sinule sul sinul sult sinult sinus sinust sinusse sinuga sinuni "
            "sinuna sinuks sinuta".split(), "sina"),
        **dict.fromkeys(
            "teie te teid teile teil teilt teis teist teisse teiega teieni teiena teieks teieta".split(),
            "teie"),
        **dict.fromkeys(
            "mina ma minu mu mind mulle minule mul minul mult minult minus minust minusse minuga".split(),
            "mina"),
        **dict.fromkeys(
            "meie me meid meile meil meilt meis meist meisse meiega".split(), "meie"),
    },
    "ru": {},
}


BACKENDS = ("compiled", "memory", "stream")


def _initial_backend() -> str:
    if os.environ.get("TRAINER_TEXT_LOW_MEMORY", "") == "1":
        return "stream"
    backend = os.environ.get("TRAINER_LEXICON_BACKEND", "") or "compiled"
    return backend if backend in BACKENDS else "compiled"


_SETTINGS = {"backend": _initial_backend()}
_COMPILED: dict[str, object] = {}


def configure(low_memory: bool | None = None, backend: str | None = None) -> None:
    """Choose where lemmas come from (clears the caches; call before heavy use).

    backend="compiled" (default): the lexicon file built once into the cache folder
    (see lexicon_store.py): fast start, small RSS, forms index included. backend="memory":
    simplemma's in-RAM dicts (~3-6 s and ~430 MB per process), the same answers.
    backend="stream" (also low_memory=True or TRAINER_TEXT_LOW_MEMORY=1): simplemma's stream
    backend, slower cold look-ups and no forms index (typos are compared with the lemma only).
    low_memory=False selects the default "compiled".
    """
    if backend is None:
        backend = "stream" if low_memory else "compiled"
    if backend not in BACKENDS:
        raise ValueError(f"unknown lexicon backend {backend!r}; known: {', '.join(BACKENDS)}")
    _SETTINGS["backend"] = backend
    _analyse.cache_clear()
    word_forms.cache_clear()
    dictionary_lemma.cache_clear()
    _REVERSE.clear()
    _COMPILED.clear()


def backend() -> str:
    """The active lexicon backend: "compiled", "memory" or "stream"."""
    return _SETTINGS["backend"]


def low_memory() -> bool:
    """Is the low-memory (stream) dictionary backend active? It has no forms index."""
    return _SETTINGS["backend"] == "stream"


def _compiled(lang: str):
    """The compiled lexicon of `lang`, or None if the cache folder cannot be used."""
    lex = _COMPILED.get(lang)
    if lex is None:
        from .lexicon_store import open_lexicon

        try:
            lex = open_lexicon(lang)
        except OSError as exc:  # read-only home, full disk: fall back to simplemma's in-RAM dicts
            import logging

            logging.getLogger(__name__).warning(
                "compiled lexicon unavailable (%s); using simplemma's in-memory dictionaries", exc)
            lex = False
        _COMPILED[lang] = lex
    return lex or None


def dictionary(lang: str) -> Mapping[str, str] | None:
    if lang not in _SUPPORTED:
        return None
    backend = _SETTINGS["backend"]
    if backend == "compiled":
        lex = _compiled(lang)
        if lex is not None:
            return lex
    from simplemma.strategies.dictionaries import DEFAULT_DICTIONARY_FACTORY, LOW_MEMORY_DICTIONARY_FACTORY

    factory = LOW_MEMORY_DICTIONARY_FACTORY if backend == "stream" else DEFAULT_DICTIONARY_FACTORY
    return factory.get_dictionary(lang)


def lookup(form: str, lang: str) -> str | None:
    """Dictionary lemma for `form`, trying it as typed, lowercased and capitalised."""
    d = dictionary(lang)
    if d is None:
        return None
    lower = form.lower()
    # a lowercase form is its own lowercase: look it up once (cold words try dozens of restorations)
    for variant in (form, lower, form.capitalize()) if form != lower else (form, form.capitalize()):
        lemma = d.get(variant)
        if lemma is not None:
            return lemma
    return None


def _lookup_all(word: str, lang: str) -> set[str]:
    """Dictionary lemmas of `word` as typed and lowercased ("Tamme" -> the surname and "tamm")."""
    out = set()
    for variant in {word, word.lower()}:
        lemma = lookup(variant, lang)
        if lemma is not None:
            out.add(lemma)
    return out


def restorations(folded: str) -> list[str]:
    """All diacritic restorations of an Estonian folded word (bounded)."""
    slots = [_RESTORE.get(ch, ch) for ch in folded]
    count = 1
    for s in slots:
        count *= len(s)
    limit = _MAX_RESTORATIONS // 8 if low_memory() else _MAX_RESTORATIONS
    if count > limit:  # drop š/ž (rare, loanwords) first
        slots = [s if s[0] not in "sz" else s[0] for s in slots]
        count = 1
        for s in slots:
            count *= len(s)
        if count > limit:
            return []
    return ["".join(p) for p in itertools.product(*slots)]


def decompose(folded: str) -> str | None:
    """Lemma of an unknown Estonian compound: the longest known tail (>= 3 letters) after a
    head of >= 3 letters ("lapsetoetust" -> "lapse" + "toetus")."""
    for i in range(3, len(folded) - 2):
        tail = lookup(folded[i:], "et")
        if tail is not None:
            return folded[:i] + fold(tail)
    return None


@lru_cache(maxsize=1)
def morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=100_000)
def ru_parse(word: str):
    """pymorphy3 parses of a Russian word (cached); () for non-Cyrillic words."""
    if not word or not all(("\u0400" <= ch <= "\u04ff") or ch == "-" for ch in word):
        return ()
    try:
        return tuple(morph().parse(word))
    except ValueError:  # pymorphy3 fails on some unnamed code points
        return ()


@lru_cache(maxsize=200_000)
def _analyse(word: str, lang: str) -> tuple[frozenset[str], bool, frozenset[str]]:
    """(folded lemma candidates incl. the folded word, known?, unfolded dictionary lemmas)."""
    folded = fold(word)
    if len(word) > MAX_WORD_CHARS:  # a 100,000-letter "word" is not a word: only its folded self
        return frozenset({folded}), False, frozenset()
    pron = PRONOUN_LEMMAS.get(lang, {}).get(folded)
    if pron is not None:
        return frozenset({folded, pron}), True, frozenset({pron})
    raw: set[str] = set()
    if lang == "et":
        raw |= _lookup_all(word, lang)
        if folded in _ET_HOMOGRAPHS:
            raw.add(_ET_HOMOGRAPHS[folded])
        if word.lower() == folded or not raw:  # typed without diacritics (or unknown)
            for form in restorations(folded):
                if form != word.lower():
                    lemma = lookup(form, lang)
                    if lemma is not None:
                        raw.add(lemma)
        if not raw:
            compound = decompose(folded)
            if compound is not None:  # unknown compound: head + lemma of a known tail
                return frozenset({folded, compound}), False, frozenset()
    elif lang == "ru":
        raw |= _lookup_all(word, lang)
        for parse in ru_parse(word.lower())[:3]:
            if parse.score >= 0.1 and parse.is_known:
                raw.add(parse.normal_form)
    elif lang == "en":
        raw |= _lookup_all(word, lang)
    return frozenset({folded} | {fold(x) for x in raw}), bool(raw), frozenset(raw)


def lemmas(word: str, lang: str) -> frozenset[str]:
    """Folded lemma candidates of `word` in `lang` ("et"/"ru"/"en"), including the folded word itself.

    Estonian words without diacritics get the lemmas of every diacritic restoration
    found in the dictionary ("uksi" -> {"uksi", "uks", "üksi"->"uksi"}); unknown Estonian
    compounds get head + lemma of their longest known tail ("lapsetoetust" -> "lapsetoetus").
    Russian uses simplemma plus pymorphy3 normal forms, English simplemma only. Other
    languages return {fold(word)}.
    """
    return _analyse(word, lang)[0]


def dictionary_lemmas(word: str, lang: str) -> frozenset[str]:
    """Unfolded dictionary lemmas of `word` (with Estonian diacritic restoration)."""
    return _analyse(word, lang)[2]


def is_known(word: str, lang: str) -> bool:
    """True if the word (or an Estonian diacritic restoration of it) is in the dictionary."""
    return _analyse(word, lang)[1]


_REVERSE: dict[str, dict[bytes, list[bytes]]] = {}


def _reverse_index(lang: str) -> dict[bytes, list[bytes]]:
    """lemma -> forms over simplemma's in-RAM dict ("memory" backend only; empty for "stream")."""
    rev = _REVERSE.get(lang)
    if rev is None:
        d = dictionary(lang)
        raw = getattr(d, "_dict", None)
        rev = {}
        if raw is not None:
            for form, lemma in raw.items():
                bucket = rev.get(lemma)
                if bucket is None:
                    rev[lemma] = [form]
                else:
                    bucket.append(form)
        _REVERSE[lang] = rev
    return rev


def _forms_of(lemma: str, lang: str) -> list[str]:
    """Every dictionary form whose lemma is exactly `lemma`."""
    d = dictionary(lang)
    forms = getattr(d, "forms", None)
    if forms is not None:  # compiled lexicon: the index is in the file
        return forms(lemma)
    return [form.decode() for form in _reverse_index(lang).get(lemma.encode(), ())]


@lru_cache(maxsize=20_000)
def word_forms(lemma: str, lang: str) -> frozenset[str]:
    """Folded inflected forms of a (dictionary-spelled) lemma, including the folded lemma."""
    out = {fold(lemma)}
    if lang in ("et", "en"):
        for key in {lemma, lemma.lower()}:
            for form in _forms_of(key, lang):
                out.add(fold(form))
    elif lang == "ru":
        for parse in ru_parse(lemma.lower())[:1]:
            if parse.is_known:
                out.update(fold(f.word) for f in parse.lexeme)
    return frozenset(out)


@lru_cache(maxsize=50_000)
def dictionary_lemma(word: str, lang: str) -> str | None:
    """The dictionary lemma (unfolded) of a correctly spelt word, or None."""
    if lang == "ru":
        parses = ru_parse(word.lower())
        if parses and parses[0].is_known:
            return parses[0].normal_form
    return lookup(word, lang)


def first_lemma(word: str, lang: str) -> str:
    """The first dictionary lemma of a word, folded ("" when the dictionary has none): Russian by its most likely
    parse («объясняю» -> объяснять), Estonian the alphabetically first reading, with diacritics restored
    ("taidan" -> taitma), so that two callers pick the same reading."""
    if lang == "ru":
        parses = ru_parse(word.lower())
        return fold(parses[0].normal_form) if parses else ""
    return next((fold(lemma) for lemma in sorted(dictionary_lemmas(word.lower(), "et"))), "")


def is_verb_lemma(lemma: str) -> bool:
    """Estonian verb lemma heuristic: the ma-infinitive."""
    return lemma.endswith("ma") and len(lemma) > 3


@lru_cache(maxsize=50_000)
def first_person(word: str, lang: str) -> str:
    """"sg"/"pl" when the word is a first-person finite verb ("otsustame", "luban", «платим», «решаю»), else ""
    (a phrase "maksame" claims what we do: "maksab Soome" is another subject)."""
    low = word.lower()
    if lang == "ru":
        for p in ru_parse(low)[:1]:
            if p.is_known and p.tag.POS == "VERB" and p.tag.person == "1per":
                return "pl" if p.tag.number == "plur" else "sg"
        return ""
    readings = dictionary_lemmas(low, lang) if lang == "et" else frozenset()
    if not readings or not all(is_verb_lemma(fold(x)) for x in readings):
        return ""
    norm = fold(low)
    return "pl" if norm.endswith("me") else ("sg" if norm.endswith("n") else "")


def same_person(word: str, person: str, lang: str) -> bool:
    """May the text word say what a first-person phrase verb says? Not when it names another person: a third
    person singular ("otsustab Soome asutus", «платит самоуправление»), an Estonian third person plural or a
    second person. A form with no person ("ei otsusta", "maksaks", "oleme maksnud"), an impersonal
    ("makstakse") and the Russian indefinite third person plural («требование отменят») may."""
    low = word.lower()
    if lang == "ru":
        verbs = [p for p in ru_parse(low) if p.tag.POS == "VERB"]
        return not verbs or any(p.tag.person == "1per" or (p.tag.person == "3per" and p.tag.number == "plur")
                                or p.tag.person is None for p in verbs)
    norm = fold(low)
    if norm.endswith(("me", "n", "nud", "tud", "dud", "ks")) or norm + "ma" in {fold(x) for x in dictionary_lemmas(low, lang)}:
        return True
    return not (norm.endswith(("b", "vad", "d", "te", "sid")) or (norm.endswith("s") and not norm.endswith("akse")))
