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
from trainer.scoring.opener_chain import bare_string


def keyword_tails(text: str, lang: str) -> list[str]:
    """The sentences of a reply that follow one of its questions and only string bare words together (module doc;
    the test of a bare string, shared with the scorer's opener chains, is `opener_chain.bare_string`)."""
    out: list[str] = []
    asked = False
    for _, _, sentence in tx.split_sentences(text):
        if tx.is_question(sentence, lang):
            asked = True
            continue
        if asked and bare_string(sentence, lang):
            out.append(sentence)
    return out
