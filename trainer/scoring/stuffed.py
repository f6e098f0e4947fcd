"""A stuffed reply: every right fact strung into one run-on sentence with the call's end inside it (issue #10;
new-user batches 77, 79, 80).

Read alike by the scorer (`trainer.scoring.acts`: no act, and the real-answers gate fails with reason ``stuffed``)
and by the scripted client (`trainer.simulation.run_on`, `hearing.unstuffed`: its matter is not heard, and it counts
against the grateful ending). One long sentence of many pieces, strung with commas or „ja“/„ning“/«и», that carries
a stage of the call's end inside it – the recap word, the check of understanding, the thanks or the goodbye – after
the matter it should have closed. Two shapes:

- a run of keywords: most pieces have no finite verb („Nagu öeldud, alaliselt kolimine ja vanaduspension,
  kontonumber ..., Euroopa Liit, elusolekutõend kord aastas, video, ..., kokkuvõtteks kas sai selgeks.“);
- a fact dump: a still longer sentence of still more pieces, clauses or not, that tells every rule of the matter
  and says goodbye in the same breath („Tere, ..., avalduse saab esitada ... ja ... makstakse ... ning ... saab
  esitada ..., ... ja otsus tehakse ... ja ... ei küsita ja ... saadame ..., aitäh ja kõike head.“). Nobody talks
  like that to a caller: a specialist answers the question asked, in sentences, and ends the call after it.

Not stuffed: a long explanation in sentences of its own, however many facts it tells; an unpunctuated answer of
whole clauses with no stage of the end inside it („kontonumbrit ma telefonis vastu votta ei saa ... see tuleb
kirjalikult ...“); a recap that is a sentence of its own („Kokkuvõtteks: ...; ...; ... . Kas see vastas Teie
küsimusele?“); a short spoken recap with the goodbye after it („just nii konto ja kolimine kirjalikult pension tuleb
soome ja kord aastas toend aitah et helistasite koike head“), which is too short; a long list of items with no stage
of the call inside it („Võtke kaasa pass, tõend, avaldus, ...“).
"""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring.finite_verbs import has_finite_verb
from trainer.text.normalize import fold_char_aligned

__all__ = ["FEEDBACK", "stuffed_sentences"]

#: words of a run of keywords, at least
_MIN_WORDS = 24
#: pieces of a run of keywords (split on commas, semicolons and the linking „ja“, „ning“, «и», «а также»), at least
_MIN_PIECES = 6
#: words of a fact dump, at least
_DUMP_WORDS = 35
#: pieces of a fact dump, at least: a sentence of the good and terse runs of batches 1-80 that has the call's end
#: inside it strings at most 8 (an unpunctuated answer strings few pieces, however long)
_DUMP_PIECES = 9
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
#: the pieces of a fact dump: the alternatives „või“, «или» string facts on too („... iseteeninduses ... või postiga
#: või teenindusbüroos ... ja ... makstakse ...“)
_DUMP_PIECES_SPLIT = {
    "et": re.compile(r"[,;]|\s(?:ja|ning|v[oõ]i)\s"),
    "ru": re.compile(r"[,;]|\s(?:и|а\s+также|или)\s"),
}
#: the stages of the call's end read from the rubric's concepts
_STAGE_CONCEPTS = ("understanding_check", "thanks", "farewell")

#: the real-answers gate's feedback on a stuffed sentence (also in the rubric's ``reasons``)
FEEDBACK = {
    "et": "„{quote}“ ({turn_label}) on kõik õiged märksõnad ühte lausesse topitud koos kõne lõpuga, mitte vastus "
          "sellele, mida klient küsis. Vastake kliendi küsimusele lausetega ja lõpetage kõne alles pärast seda; "
          "selline vastus ei anna punkte ja katse ei ole sooritatud.",
    "ru": "«{quote}» ({turn_label}) – все правильные факты, набитые в одно предложение вместе с концом разговора, а "
          "не ответ на то, что спросил клиент. Отвечайте на вопрос клиента предложениями и завершайте разговор после "
          "этого; такой ответ не даёт баллов, попытка не засчитана.",
    "en": "\"{quote}\" ({turn_label}) stuffs every right fact into one sentence together with the end of the call; "
          "it does not answer what the client asked. Answer the question in sentences and close the call after it. "
          "It earns nothing and the attempt fails.",
}


def _stage_starts(sentence: str, folded: str, lang: str, concepts: dict) -> list[int]:
    """Where a stage of the call's end begins in the sentence (character offsets)."""
    starts = [m.start() for m in _RECAP.get(lang, _RECAP["et"]).finditer(folded)]
    for name in _STAGE_CONCEPTS:
        phrases = tuple((concepts.get(name) or {}).get(lang) or ())
        if phrases:
            starts += [m.start for m in tx.PhraseSet(phrases, lang).find_all(sentence)]
    return starts


def stuffed_sentence(sentence: str, lang: str, concepts: dict) -> bool:
    """Is one sentence a stuffed run-on (module doc)?"""
    words = [t for t in tx.tokenize(sentence) if t.is_word]
    if len(words) < _MIN_WORDS:
        return False
    pieces = [p for p in _PIECES.get(lang, _PIECES["et"]).split(sentence) if re.search(r"\w", p)]
    dump = len(words) >= _DUMP_WORDS and _DUMP_PIECES <= sum(
        1 for p in _DUMP_PIECES_SPLIT.get(lang, _DUMP_PIECES_SPLIT["et"]).split(sentence) if re.search(r"\w", p))
    verbless = sum(1 for p in pieces if not has_finite_verb(p, lang))
    if not dump and (len(pieces) < _MIN_PIECES or 2 * verbless <= len(pieces)):
        return False  # clauses strung in speech, each with its verb, and not so many of them
    folded = fold_char_aligned(sentence).lower()  # offsets kept for the stage's place
    offsets = [t.start for t in words]
    return any(sum(1 for o in offsets if o < start) >= _MATTER_BEFORE
               for start in _stage_starts(sentence, folded, lang, concepts))


def stuffed_sentences(text: str, lang: str, concepts: dict) -> list[str]:
    """The stuffed run-on sentences of a reply (module doc), as written."""
    return [sentence for _, _, sentence in tx.split_sentences(text) if stuffed_sentence(sentence, lang, concepts)]
