"""A keyword tail: bare words strung on after the reply's question (new-user batch 29).

«Правильно ли я понимаю, что ...? семейный врач Töötukassa 15501 совместное заявление», „Kas sain õigesti aru? perearst
taotlus iseteenindus tõend“: after asking the client something, the reply runs four or more words in their dictionary
form (numbers may stand among them) together with no punctuation, no linking word and no verb. Said after a question
that is still waiting for the client's answer, it answers nothing the client asked: it is the scorer's words typed
in, and the client hears no fact in it. A terse answer has syntax (a preposition, a case ending, a verb, a comma or
a colon between its items: "perearsti juurde, siis taotlus Töötukassasse"), and a list said before any question is
read by the scorer's own list test (:mod:`trainer.scoring.item_list`).

Only the client's ear: the scorer keeps its own reading.
"""

from __future__ import annotations

from trainer import text as tx
from trainer.scoring.finite_verbs import has_finite_verb
from trainer.text.keywords import _LINKERS, _bare

#: a tail this many words long (numbers not counted) is a string of keywords, not a terse phrase
_MIN_WORDS = 4
#: the share of its words in the dictionary form
_BARE_SHARE = 0.8
#: punctuation that may end the tail; any other mark inside it gives it structure
_ENDS = frozenset(".!…")


def keyword_tails(text: str, lang: str) -> list[str]:
    """The sentences of a reply that follow one of its questions and only string bare words together (module doc)."""
    out: list[str] = []
    asked = False
    for _, _, sentence in tx.split_sentences(text):
        if tx.is_question(sentence, lang):
            asked = True
            continue
        if asked and _is_bare_string(sentence, lang):
            out.append(sentence)
    return out


def _is_bare_string(sentence: str, lang: str) -> bool:
    tokens = tx.tokenize(sentence)
    if any(not t.is_word and not t.text[:1].isdigit() and t.text not in _ENDS for t in tokens):
        return False
    words = [t for t in tokens if t.is_word]
    if len(words) < _MIN_WORDS or any(t.norm in _LINKERS for t in words):
        return False
    if sum(1 for t in words if _bare(t.text)) < _BARE_SHARE * len(words):
        return False
    return not has_finite_verb(sentence, lang)
