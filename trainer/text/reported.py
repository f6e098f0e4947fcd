"""A client's question given back: what the clause after "Te küsite, kas ..." / «Вы спрашиваете, пришла ли ...» says
is asked, not stated (new-user batches 25 and 49, neighbour-data-et). Read by the scorer's not-concept checks and by
the client's signals alike."""

from __future__ import annotations

import re

from .normalize import fold, split_sentences_cached

# on folded text: a verb of knowing / asking, at most a few words, then the word that opens the reported question
REPORTED = {
    "et": re.compile(r"\b(?:teada|teadma|kusi\w*|kusite|uuri\w*|huvita\w*|tapsusta\w*)\b\W+(?:\w+\W+){0,2}?"
                     r"(?:kas|millal|kui\s+palju|kui\s+suur|kuhu|kust)\b"),
    "ru": re.compile(r"\b(?:узнать|знать|спрашива\w*|спросить|интересу\w*|уточнить)\b\W+(?:\w+\W+){0,4}?"
                     r"(?:ли|когда|сколько|куда|где)\b"),
}
# what closes the reported clause before the word: a stop, a colon, a dash, a semicolon
_CLOSED = re.compile(r"[.;:!?–—]|\s-\s")


def reports_question(prefix: str, lang: str) -> bool:
    """Does the stretch of a question sentence before a match (`prefix`) open a reported question ("..., et
    soovite teada, kas", «... хотите узнать, пришла ли»)? Then the match is part of the client's question."""
    pattern = REPORTED.get(lang)
    return bool(pattern and pattern.search(fold(prefix)))


def in_reported_question(text: str, pos: int, lang: str) -> bool:
    """Is the word at char offset `pos` of a statement in `text` inside a reported question that runs from a verb of
    asking or knowing to it with no stop, colon or dash between ("Te küsite, kas tal pension on kontole tulnud.",
    «Вы спрашиваете, пришла ли пенсия.»)? A question sentence ("Kas teate, millal raha tuli?", «Вы знаете, когда
    пришли деньги?») asks the client: its words are its own question, read by the question readers."""
    pattern = REPORTED.get(lang)
    if pattern is None:
        return False
    for a, b, sentence in split_sentences_cached(text):
        if a <= pos < b or pos < a:
            if sentence.rstrip().endswith("?"):
                return False
            prefix = fold(sentence[:max(0, pos - a)])
            last = max(pattern.finditer(prefix), key=lambda m: m.end(), default=None)
            return last is not None and not _CLOSED.search(prefix, last.end())
    return False
