"""A run-on stuffed sentence: every stage of the call strung into one sentence (new-user batch 77
moving-abroad-account-et gaming).

Read for the client's ear only (the scorer keeps its own readings). One long sentence of many short pieces, strung
with commas or „ja“/«и», most of them without a verb, that carries a stage of the call's end inside it – the recap
word, the check of understanding, the thanks or the goodbye – after the matter it should have closed („Nagu öeldud,
alaliselt kolimine ja vanaduspension, kontonumber mitte telefoni teel vaid kirjalikult ..., Euroopa Liit,
elusolekutõend kord aastas, video, ..., kokkuvõtteks kas sai selgeks.“, „Vanaduspension Soome makstakse ... ja
elusolekutõend kord aastas ja maksmine peatub ja tagantjärele ja kas see vastas Teie küsimusele ja aitäh ja kõike
head.“): the trainee typed the scorer's keywords in the order of the call model, nobody explained the caller
anything. Its matter is not heard as answers, and it counts against the grateful ending (`hearing.unstuffed`).

Speech is not such a sentence: an unpunctuated answer of whole clauses („kontonumbrit ma telefonis vastu votta ei
saa ei tea kes raagib see tuleb kirjalikult ...“) has verbs in its pieces; a recap that is a sentence of its own
(„Kokkuvõtteks: ...; ...; ... . Kas see vastas Teie küsimusele?“) or a short spoken recap with the goodbye after it
(„just nii konto ja kolimine kirjalikult pension tuleb soome ja kord aastas toend aitah et helistasite koike head“)
is too short to be stuffed, and a long list of items („Võtke kaasa pass, tõend, avaldus, ...“) has no stage of the
call inside it.
"""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring.finite_verbs import has_finite_verb
from trainer.simulation.reactions import phrase_set
from trainer.text.normalize import fold_char_aligned

__all__ = ["run_on_stuffing"]

#: words of the sentence, at least
_MIN_WORDS = 24
#: pieces strung (split on commas, semicolons and the linking „ja“, „ning“, «и», «а также»), at least
_MIN_PIECES = 6
#: words of matter before the stage of the call, at least: the stage comes after the matter, inside the sentence
_MATTER_BEFORE = 8
#: the recap word (folded; not the connectors „seega“, „nii et“ of ordinary speech)
_RECAP = {
    "et": re.compile(r"\b(?:kokkuvotteks|kokkuvottes|kokku\s+vottes|luhidalt|teen\s+kokkuvotte|kordan\s+ule)\b"),
    "ru": re.compile(r"\b(?:итак|итого|подвед[её]м\s+итог|подводя\s+итог|подведу\s+итог|подытож\w*|резюмиру\w*|"
                     r"в\s+итоге|короче\s+говоря)\b"),
}
_PIECES = {
    "et": re.compile(r"[,;]|\s(?:ja|ning)\s"),
    "ru": re.compile(r"[,;]|\s(?:и|а\s+также)\s"),
}
#: the stages of the call's end read from the rubric's concepts
_STAGE_CONCEPTS = ("understanding_check", "thanks", "farewell")


def _stage_starts(sentence: str, folded: str, lang: str, concepts: dict) -> list[int]:
    """Where a stage of the call's end begins in the sentence (character offsets)."""
    starts = [m.start() for m in _RECAP.get(lang, _RECAP["et"]).finditer(folded)]
    for name in _STAGE_CONCEPTS:
        phrases = tuple((concepts.get(name) or {}).get(lang) or ())
        if phrases:
            starts += [m.start for m in phrase_set(phrases, lang).find_all(sentence)]
    return starts


def run_on_stuffing(text: str, lang: str, concepts: dict) -> list[str]:
    """The run-on stuffed sentences of a reply (module doc), as written."""
    out = []
    for _, _, sentence in tx.split_sentences(text):
        words = [t for t in tx.tokenize(sentence) if t.is_word]
        if len(words) < _MIN_WORDS:
            continue
        folded = fold_char_aligned(sentence).lower()  # offsets kept for the stage's place
        pieces = [p for p in _PIECES.get(lang, _PIECES["et"]).split(sentence) if re.search(r"\w", p)]
        if len(pieces) < _MIN_PIECES:
            continue
        verbless = sum(1 for p in pieces if not has_finite_verb(p, lang))
        if 2 * verbless <= len(pieces):
            continue  # clauses strung in speech, each with its verb
        offsets = [t.start for t in words]
        if any(sum(1 for o in offsets if o < start) >= _MATTER_BEFORE
               for start in _stage_starts(sentence, folded, lang, concepts)):
            out.append(sentence)
    return out
