"""A forbidden phrase matched across a clause boundary of unpunctuated speech says nothing wrong.

A pattern for a wrong rule such as "kahe tööpäeva jooksul raha jõuab" (the money takes two working days) reads
words in a row. Speech without commas runs two clauses together: "... siis makstakse järgmise kahe tööpäeva jooksul
raha jõuab kontole samal päeval" (new-user batch 40 pension-late-et terse) says the pension is paid within two working
days and the money arrives the same day. The time phrase belongs to the verb before it ("makstakse"), and a new
clause opens with its own subject and verb ("raha jõuab"). Per the dialogue-act notes, speech is segmented at clause
cues: a finite verb with its own subject after a complete clause starts a new segment.

`crosses_clause` tells whether a match starts in the tail of a clause that already has its finite verb and runs
into a new clause opened by a subject and its finite verb, with no conjunction between (the clauses only put side by
side, as speech without commas does). A clause cue (a conjunction such as "ja", "aga", «и», «но» or punctuation)
right before the match starts a fresh clause: "makse tehti aga kahe tööpäeva jooksul raha jõuab kontole" still says
the money takes two days; one inside the match opens a clause that says its claim by itself ("taotlus on menetluses
ja otsus tuleb kindlasti selle nädala jooksul").
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.finite_verbs import has_finite_verb

# words that open a clause (folded): conjunctions and subordinators
_CLAUSE_CUES = frozenset("""ja ning aga kuid et kui sest kuna ehk voi nii siis
    и а но или что чтобы если когда потому поэтому так""".split()) - {"siis", "nii", "так"}
_PUNCT = re.compile(r"[,;:.!?…–—()]")
# nominative pronouns that may open a clause as its subject
_SUBJECT_PRONOUNS = frozenset("""ma mina sa sina ta tema me meie te teie nad nemad see need
    я ты он она оно мы вы они это""".split())


def crosses_clause(sentence: str, start: int, end: int, lang: str) -> bool:
    """Does the match at [start, end) of `sentence` run from a clause that has its finite verb before the match
    into a new clause that opens inside the match with a subject and its own finite verb (see the module doc)?"""
    if _PUNCT.search(sentence[start:end]):
        return False
    head = _clause_head(sentence[:start])
    if not head or not _finite(head, lang):
        return False
    words = [t for t in tx.tokenize_cached(sentence) if t.is_word and t.end > start]
    inside = [t for t in words if t.start < end]
    for k in range(1, len(inside)):
        if any(_finite(t.text, lang) for t in inside[:k]):
            return False  # the match has a verb before the would-be subject: one clause
        if tx.fold(inside[k - 1].text.lower()) in _CLAUSE_CUES:
            return False  # "menetluses ja otsus tuleb selle nädala jooksul": a conjunction opens the clause, which
            # says its claim by itself
        if k + 1 < len(words) and _opens_clause(inside[k].text, words[k + 1].text, lang):
            return True
    return False


def _clause_head(before: str) -> str:
    """The words of the clause the match starts in, before the match: back to punctuation or a clause cue."""
    tail = _PUNCT.split(before)[-1]
    words = tail.split()
    for k in range(len(words) - 1, -1, -1):
        if tx.fold(words[k].lower()) in _CLAUSE_CUES:
            return " ".join(words[k + 1:])
    return " ".join(words)


def _finite(text: str, lang: str) -> bool:
    return has_finite_verb(text, lang)


@lru_cache(maxsize=4096)
def _opens_clause(word: str, verb: str, lang: str) -> bool:
    """Do `word` and the `verb` after it open a clause as its subject and finite verb: a nominative pronoun, an
    Estonian noun in its dictionary form that is no verb form ("raha jõuab", "pension tuleb"), a Russian noun with a
    nominative reading whose number the verb agrees with («деньги придут», «пенсия пришла»)?"""
    if not _finite(verb, lang):
        return False
    low = word.lower()
    norm = tx.fold(low)
    if norm in _SUBJECT_PRONOUNS:
        return True
    if "\u0400" <= norm[:1] <= "\u04ff":
        numbers = {p.tag.number for p in tx.ru_parse(low) if p.tag.POS == "NOUN" and p.tag.case == "nomn"}
        parses = tx.ru_parse(verb.lower())
        if not numbers or not parses:
            return False
        tag = parses[0].tag
        return tag.number in numbers and (tag.person == "3per" or tag.tense == "past")
    from trainer.text.lexicon import dictionary_lemmas, is_verb_lemma

    person = tx.fold(verb.lower())
    if person not in _ET_THIRD and not person.endswith(_ET_THIRD_ENDINGS):
        return False  # "lisage", "saate": the imperative or the second person has no subject before it
    if norm in _ET_FUNCTION_WORDS or len(norm) < 3 or norm.endswith(_ET_NOT_NOUN_ENDINGS):
        return False  # "selgelt kirjas", "ja lisage": an adverb, a participle or a conjunction is no subject
    lemmas = dictionary_lemmas(low, "et")
    return bool(lemmas) and any(tx.fold(lemma.lower()) == norm for lemma in lemmas) \
        and not any(is_verb_lemma(lemma) for lemma in lemmas)


# Estonian verb forms of the third person (a subject's verb): "on", "jõuab", "tulevad", "laekus", "maksti"
_ET_THIRD = frozenset("on oli olid pole polnud ei".split())
_ET_THIRD_ENDINGS = ("b", "vad", "s", "sid", "ti", "di")
# endings of Estonian adverbs ("selgelt", "kiiresti") and participles ("tehtud", "saanud"): no subject
_ET_NOT_NOUN_ENDINGS = ("lt", "sti", "tud", "dud", "nud")
# words in their dictionary form that are no subject: conjunctions, particles, adverbs ("ja lisage ...")
_ET_FUNCTION_WORDS = frozenset("""ja ning ka et kui voi ehk aga kuid siis nuud ju veel juba kohe ikka alles ainult vaid
    seal siin sinna siia nii samuti hiljem varem praegu tana homme eile""".split())
