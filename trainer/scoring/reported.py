"""A client's question given back inside the agent's question: what the clause after "soovite teada, kas ..." /
«хотите узнать, пришла ли ...» says is asked, not stated.

A mentor's rule (new-user batch 25, neighbour-data-et): "Kas ma sain õigesti aru, et soovite teada, kas Antsu
pension on kontole laekunud?" restates the caller's question; it tells the caller nothing about the neighbour's
pension. The words after a verb of wanting to know or asking and a question word are the reported question; in a
question sentence they assert nothing (a check that forbids saying them is not failed by them)."""

from __future__ import annotations

import re

from trainer import text as tx

# on folded text: a verb of knowing / asking, at most a few words, then the word that opens the reported question
_REPORTED = {
    "et": re.compile(r"\b(?:teada|teadma|kusi\w*|kusite|uuri\w*|huvita\w*|tapsusta\w*)\b\W+(?:\w+\W+){0,2}?"
                     r"(?:kas|millal|kui\s+palju|kui\s+suur|kuhu|kust)\b"),
    "ru": re.compile(r"\b(?:узнать|знать|спрашива\w*|спросить|интересу\w*|уточнить)\b\W+(?:\w+\W+){0,4}?"
                     r"(?:ли|когда|сколько|куда|где)\b"),
}


def reports_question(prefix: str, lang: str) -> bool:
    """Does the stretch of a question sentence before a match (`prefix`) open a reported question ("..., et
    soovite teada, kas", «... хотите узнать, пришла ли»)? Then the match is part of the client's question."""
    pattern = _REPORTED.get(lang)
    return bool(pattern and pattern.search(tx.fold(prefix)))
