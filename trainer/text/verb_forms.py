"""Verb forms for negation scope (Estonian, Russian): is a word a finite verb, any verb form, an infinitive,
a past-tense verb or an Estonian imperative. Read by negation.py and scope.py."""

from __future__ import annotations

from functools import lru_cache

from .lexicon import dictionary_lemmas, is_verb_lemma, ru_parse
from .normalize import Token, fold

# Finite verbs the dictionaries read as something else or miss.
_FINITE = {
    # "lähete" (you go) read as the noun "lähe"; the forms of "minema" typed without diacritics as well
    "et": frozenset("on oli olid olen oled oleme olete olin olime olite ongi lahen laheb laheme lahete lahevad".split()),
    "ru": frozenset("есть будет будут".split()),
    "en": frozenset("is are was were will does do did has have".split()),
}
_ET_FINITE_ENDINGS = ("b", "vad", "akse", "n", "d", "me", "te", "s", "sid", "sin", "ks", "ge", "ke", "ti", "di")
_ET_NONFINITE_ENDINGS = ("nud", "tud", "dud", "mas", "mast", "mata", "des", "tes", "vat", "ma", "da", "ta")


@lru_cache(maxsize=50_000)
def is_finite(word: str, lang: str) -> bool:
    """Is the word a finite verb, the predicate of its clause ("makstakse", "kehtib", «платят»,
    «выплачена»)? Infinitives and participles are not ("maksta", «платить»)."""
    low = word.lower()
    norm = fold(low)
    if norm in _FINITE.get(lang, ()):
        return True
    if lang == "ru" or "\u0400" <= low[:1] <= "\u04ff":
        parses = ru_parse(low)
        return bool(parses) and parses[0].is_known and parses[0].tag.POS in ("VERB", "PRTS")
    if lang != "et" or len(norm) < 3 or not norm.isalpha():
        return False
    readings = dictionary_lemmas(low, "et")
    if not readings or not all(is_verb_lemma(lemma) for lemma in readings):
        return False
    return norm.endswith(_ET_FINITE_ENDINGS) and not norm.endswith(_ET_NONFINITE_ENDINGS)


@lru_cache(maxsize=50_000)
def is_infinitive_ru(word: str) -> bool:
    """A Russian word whose likeliest reading is an infinitive («выплатить», «пересчитать»)."""
    parses = ru_parse(word)
    return bool(parses) and parses[0].tag.POS == "INFN"


def is_infinitive(tok: Token, lang: str) -> bool:
    """An infinitive («заменить», "asendada", "maksma"): coordinated infinitives share the modal after them."""
    if lang == "ru":
        return is_infinitive_ru(tok.norm)
    return lang == "et" and tok.norm.endswith(("da", "ta", "ma")) and is_verb(tok.text, lang) \
        and not is_finite(tok.text, lang)


@lru_cache(maxsize=50_000)
def is_verb(word: str, lang: str) -> bool:
    """Any verb form, infinitives included ("maksta", «платить»), but no verbal noun ("maksmise")."""
    low = word.lower()
    if lang == "ru" or "\u0400" <= low[:1] <= "\u04ff":
        parses = ru_parse(low)
        return bool(parses) and parses[0].is_known and parses[0].tag.POS in ("VERB", "INFN", "PRTS")
    if lang != "et" or len(low) < 3 or not low.isalpha():
        return False
    readings = dictionary_lemmas(low, "et")
    return bool(readings) and all(is_verb_lemma(lemma) for lemma in readings) \
        and not fold(low).endswith(("mine", "mise", "mist", "misel", "misega"))


def past_verb(word: str, lang: str) -> bool:
    low = word.lower()
    if lang == "ru":
        parses = ru_parse(low)
        return bool(parses) and parses[0].tag.POS == "VERB" and "past" in parses[0].tag
    if not low.endswith(("is", "sid", "ti", "di")) or len(low) < 5:
        return False
    return any(is_verb_lemma(lemma) for lemma in dictionary_lemmas(low, "et"))


def et_imperative(word: str) -> bool:
    """An Estonian imperative ("uuri", "lugege"): a predicate of its own, never what an earlier "ei" negates."""
    from .address import et_is_imperative_2sg

    low = word.lower()
    if low in ("vaja", "tarvis"):  # "ei ole vaja": the stem of "vajama" is the word for "needed"
        return False
    if low.endswith(("ge", "ke")) and len(low) > 3:
        found = dictionary_lemmas(low, "et")
        return bool(found) and all(is_verb_lemma(lemma) for lemma in found)
    return et_is_imperative_2sg(low)
