"""Text analysis for Estonian and Russian contact-centre dialogue.

Pure Python over simplemma (lemmas), rapidfuzz (typo distance) and pymorphy3 (Russian
person/number tags). Deterministic and explainable: every match carries character
offsets into the original text and the quoted words. Dictionaries load lazily on first
use (simplemma et+ru ~3 s); lemma lookups are cached.
"""

from .address import find_informal_address, is_informal_word
from .facts import find_fact
from .lexicon import is_known, lemmas
from .negation import is_negated, is_question
from .normalize import Token, detect_language, fold, split_sentences, tokenize
from .numbers import NumberSpan, find_numbers, find_personal_codes, isikukood_is_valid, normalize_fact
from .phrases import Match, PhraseSet

__all__ = [
    "Token",
    "Match",
    "PhraseSet",
    "NumberSpan",
    "fold",
    "tokenize",
    "split_sentences",
    "lemmas",
    "is_known",
    "detect_language",
    "is_negated",
    "is_question",
    "find_informal_address",
    "is_informal_word",
    "find_personal_codes",
    "isikukood_is_valid",
    "normalize_fact",
    "find_numbers",
    "find_fact",
]
