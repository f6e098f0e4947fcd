"""Estonian clauses with the copula left out, as terse speech and notes do ("Pension kogu eluks väiksem", "Taotlus
tasuta"): a predicate for `trainer.scoring.finite_verbs`.

Estonian puts an attribute before its noun ("väiksem pension"), so a noun in its base form (the nominative) with a
predicative adjective after it in the same clause - a comparative ("väiksem", "madalam"), an adjective in -lik
("vajalik") or one of a few predicatives ("tasuta", "täis") - says something of the noun: "pension [on] väiksem".
Words in separate sentences ("Pension. Väiksem.") and comma lists of one- or two-word items ("Pension, väiksem,
Töötukassa") are no clause; an adverb in -em/-am ("varem", "hiljem") is no predicate.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.text.lexicon import dictionary_lemmas, is_verb_lemma

# adverbs and pronouns spelt like a comparative, and predicatives beyond comparatives and -lik adjectives (folded)
_NOT_PREDICATE = frozenset("varem hiljem rohkem enam kauem pigem vahem ennem esmalt".split())
_PREDICATIVES = frozenset("tasuta taie tais oige vale sama valmis kehtiv kehtetu lopmatu".split())
# base forms that are no subject: adverbs, pronouns, particles, conjunctions, numbers (folded)
_NO_SUBJECT = frozenset(
    """siis nii ka veel juba kohe seal siin nuud ainult vaid vaga palju vahe kogu see too mis kes kui aga ja voi
    ning kull isegi just alati ikka ju ehk et ent vist sest kuid seega niisiis esiteks teiseks kolmandaks
    uks kaks kolm neli viis kuus seitse kaheksa uheksa kumme null koik mitu iga ma mina sa sina ta tema me meie
    te teie nad nemad esimene teine kolmas""".split()
)
_CLAUSE_SPLIT = re.compile(r"[,;:–—]|\s-\s")


def _predicative(word: str) -> bool:
    """A comparative ("väiksem", "madalam": a base form ending in a single vowel and m), an adjective in -lik, or a
    listed predicative."""
    norm = tx.fold(word.lower())
    if norm in _PREDICATIVES:
        return True
    if norm in _NOT_PREDICATE or len(norm) < 5 or not norm.isalpha():
        return False
    if norm.endswith("lik"):
        return True
    # -em/-am only: "miinimum", "maksimum" are nouns (batch 50 merge: "Maksuvaba miinimum." is a keyword)
    comparative = norm.endswith(("em", "am")) and norm[-3] != norm[-2] and norm[-3] not in "aeiouy"
    return comparative and norm in {tx.fold(lemma.lower()) for lemma in dictionary_lemmas(word.lower(), "et")}


def _subject(word: str) -> bool:
    """A noun in its base form: the word is its own dictionary lemma, no form of a verb, no function word or number."""
    norm = tx.fold(word.lower())
    if norm in _NO_SUBJECT or len(norm) < 3 or not norm.isalpha() or _predicative(word):
        return False
    lemmas = dictionary_lemmas(word.lower(), "et")
    # a noun in -ma ("summa") is its own lemma; a form of a verb ("andes", "tulles") has a verb lemma besides
    return bool(lemmas) and norm in {tx.fold(lemma.lower()) for lemma in lemmas} \
        and not any(is_verb_lemma(lemma) and tx.fold(lemma.lower()) != norm for lemma in lemmas)


@lru_cache(maxsize=50_000)
def et_zero_copula(sentence: str) -> bool:
    """Does the Estonian sentence have a clause whose copula is left out: a base-form noun, then (with up to three
    words between) a predicative adjective ("Pension kogu eluks väiksem", "Varem minnes pension väiksem kogu elu")?"""
    parts = [[t.text for t in tx.tokenize(p) if t.is_word] for p in _CLAUSE_SPLIT.split(sentence)]
    parts = [p for p in parts if p]
    if len(parts) >= 3 and all(len(p) <= 2 for p in parts):
        return False  # a comma list of keywords
    for words in parts:
        if len(words) > _MAX_CLAUSE:
            continue  # a run of words without punctuation is no short note ("Pensioniiga 65 aastat ja 1 kuu ... Kogu
            # eluks väiksem Iseteenindus Kokkuvõtteks" is a keyword list)
        for k, word in enumerate(words):
            if k and _predicative(word) and any(_subject(w) for w in words[max(0, k - 4):min(k, _SUBJECT_WITHIN)]) \
                    and not any(w[:1].isupper() for w in words[1:k + 1]):
                # a capital inside the clause marks a keyword run typed without stops ("Ennetähtaegne Kogu eluks
                # väiksem"), not a note
                return True
    return False


_MAX_CLAUSE = 8  # words in a clause of a terse note ("Varem minnes pension väiksem kogu elu")
_SUBJECT_WITHIN = 3  # the subject opens the clause, after at most two words ("Varem minnes pension ...")
