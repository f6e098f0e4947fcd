"""Text analysis for Estonian and Russian contact-centre dialogue.

Pure Python over simplemma (lemmas), rapidfuzz (typo distance) and pymorphy3 (Russian
person/number tags). Deterministic and explainable: every match carries character
offsets into the original text and the quoted words. Lemmas come from a compiled lexicon
(lexicon_store.py) built once from simplemma's dictionaries into a cache folder and read in
place (a process pays milliseconds and a few MB, not ~3-6 s and ~430 MB); lemma lookups,
tokenisation and per-PhraseSet token analyses are cached.

Modules: normalize (fold, tokenize, split_sentences, detect_language), lexicon (lemmas,
diacritic restoration, forms index), phrases (PhraseSet, Match), negation (is_negated),
questions (is_question), address (find_informal_address), numbers (numbers, dates, personal codes,
normalize_fact), facts (find_fact), spoken (normalize_input: fillers, repeats, emoji, numbers in
words, sentence breaks in speech, with a map back to the original; in a Russian conversation also Latin
translit read in Cyrillic), breaks (where unpunctuated speech gets a sentence break), names (first-name
lists), translit (Russian typed in Latin letters).

Known limits: simplemma gives one lemma per form (domain homographs such as "puude" =
puu/puue are patched in lexicon._ET_HOMOGRAPHS, others are not); folding
merges õ/ä/ö/ü minimal pairs ("tüli"/"tuli"); "tervist" shares the lemma of "tervis"
(use "=tervist"); multiword phrases allow one extra word per gap only.
"""

from .address import find_informal_address, is_informal_word
from .facts import find_fact
from .lexicon import configure, is_known, lemmas, ru_parse
from .names import first_names, is_common_word, is_et_proper_noun, is_first_name, is_surname
from .negation import is_negated
from .normalize import (
    Token,
    detect_language,
    fold,
    split_sentences,
    split_sentences_cached,
    tokenize,
    tokenize_cached,
)
from .numbers import NumberSpan, find_numbers, find_personal_codes, isikukood_is_valid, normalize_fact
from .phrases import Match, PhraseSet
from .questions import (
    CONFIRMATIONS,
    announces_question,
    check_frame_start,
    conjoined_question_start,
    is_check_statement,
    is_echo,
    is_question,
    is_resignation,
    is_spoken_question,
    restates_need,
)
from .spoken import Normalized, normalize_input

__all__ = [
    "Token",
    "Match",
    "PhraseSet",
    "NumberSpan",
    "fold",
    "tokenize",
    "split_sentences",
    "split_sentences_cached",
    "lemmas",
    "is_known",
    "configure",
    "detect_language",
    "is_negated",
    "is_question",
    "is_resignation",
    "is_spoken_question",
    "check_frame_start",
    "conjoined_question_start",
    "announces_question",
    "is_echo",
    "is_check_statement",
    "restates_need",
    "CONFIRMATIONS",
    "find_informal_address",
    "is_informal_word",
    "find_personal_codes",
    "isikukood_is_valid",
    "normalize_fact",
    "find_numbers",
    "find_fact",
    "ru_parse",
    "tokenize_cached",
    "first_names",
    "is_first_name",
    "is_et_proper_noun",
    "is_surname",
    "is_common_word",
    "Normalized",
    "normalize_input",
]
