"""A reply of one-word fragments: keywords, one-word questions and call-model words strung as sentences (new-user
batch 63 pension-application-window-et gaming).

„Tere! Kadri. Täpsustan. Vanaduspension? Kuupäev? Iseteenindus. 6 kuud enne, 3 kuud pärast. Otsust ei luba.
Kokkuvõtteks. Kas see vastas Teie küsimusele?“: every step of the call model is named by one word („Täpsustan.“,
„Kokkuvõtteks.“), the questions are asked and not waited for („Vanaduspension? Kuupäev?“), the answer is a keyword
(„Iseteenindus.“). The scorer's words are all there, yet nobody explained anything to the caller: a client does not
thank for such a reply. Counted as a non-answer for the ending only (`hearing.analyse`, `transitions.ending`): what it
names stays heard.

A reply is made of fragments when at least :data:`MIN_FRAGMENTS` of its sentences are one word each (a greeting, a
thanks, the agent's name and particles such as „Jah.“, „Selge?“ are no fragments) and they are at least half of its
sentences that are no such formula. A terse answer says its items in one sentence with syntax („iseteenindus,
ID-kaardiga sisse, vanaduspensioni taotlus“) and asks one question at a time: „Nimi? Isikukood?“ and „Jah. 30 päeva.
Iseteeninduses.“ are short, not a string of keywords.
"""

from __future__ import annotations

from trainer import text as tx
from trainer.scoring.formulas import content_fragments

__all__ = ["MIN_FRAGMENTS", "fragment_reply"]

#: one-word sentences, at least, that make a reply of fragments
MIN_FRAGMENTS = 4


def fragment_reply(text: str, lang: str, social: tuple[str, ...], names: frozenset[str]) -> bool:
    """Is the reply made mostly of one-word sentences (module doc)? ``social`` are the rubric's social phrases
    (greeting, thanks, goodbye ...), ``names`` folded first names that belong to a formula („Tere! Kadri.“)."""
    fragments = said = 0
    for _, _, sentence in tx.split_sentences_cached(text):
        if not sentence.strip() or not content_fragments(sentence, lang, social, names):
            continue  # a greeting, a thanks, a name or a particle alone
        said += 1
        words = [t for t in tx.tokenize_cached(sentence) if t.is_word or t.text[:1].isdigit()]
        if len(words) == 1:
            fragments += 1
    return fragments >= MIN_FRAGMENTS and 2 * fragments >= said
