"""A client's question given back inside the agent's question: what the clause after "soovite teada, kas ..." /
«хотите узнать, пришла ли ...» says is asked, not stated.

A mentor's rule (new-user batch 25, neighbour-data-et): "Kas ma sain õigesti aru, et soovite teada, kas Antsu
pension on kontole laekunud?" restates the caller's question; it tells the caller nothing about the neighbour's
pension. The words after a verb of wanting to know or asking and a question word are the reported question; in a
question sentence they assert nothing (a check that forbids saying them is not failed by them).

The same holds for a whether-clause inside a statement (new-user batch 29 neighbour-data-et: "Aga ka see, kas raha on
kontole jõudnud, on tema isikuandmed", «Даже то, пришли ли деньги, — его личные данные»): the clause names what the
agent will not tell, it does not tell it (`embedded_whether`)."""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.text.reported import in_reported_question, reports_question  # noqa: F401  (re-exported)

# clause breaks inside a sentence, on folded text
_CLAUSE_BREAK = re.compile(r"[,;:()–—.!?]|\s-\s")
# a clause that opens an embedded yes/no question: "kas ..." (et); a word and «ли» in its first words (ru)
_WHETHER = {
    "et": re.compile(r"\W*(?:(?:ja|ega|ning|et|ka|isegi)\s+)?kas\b"),
    "ru": re.compile(r"\W*(?>[\w-]+\s+){0,2}?[\w-]+\s+ли\b"),
}

# the sentence says the thing is withheld: it is data, or the agent cannot or will not tell it ("Kas ta midagi saab,
# sõltub tema olukorrast" withholds nothing: it leaves the answer open)
_WITHHELD = {
    "et": re.compile(r"\b(?:\w*andme\w*|ei\s+(?:saa|tohi|utle|utleme|oska|tea|avalda\w*|anna|anname)|"
                     r"(?:oelda|avaldada|anda)\s+(?:\w+\s+)?ei\s+(?:saa|tohi))\b"),
    "ru": re.compile(r"\b(?:данн\w*|нельзя|не\s+(?:могу|можем|скажу|скажем|вправе|имею|имеем|знаю|сообща\w*|"
                     r"сообщу|назову|раскрыва\w*))\b"),
}


def embedded_whether(sentence: str, pos: int, lang: str) -> bool:
    """Is position `pos` of a statement inside a clause that opens an embedded whether-question, in a sentence that
    withholds it ("..., kas raha on kontol, on tema andmed", "Ma ei saa öelda, kas pension on laekunud", «то, пришла
    ли пенсия, — его данные»)? What such a clause says is named, not stated."""
    pattern = _WHETHER.get(lang)
    if pattern is None:
        return False
    folded = tx.fold(sentence)
    pos = min(max(pos, 0), len(folded))
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(folded, 0, pos)), default=0)
    if not folded[:start].strip(" ,;:()–—-") or not pattern.match(folded, start):
        return False  # a sentence opening with "kas" is a question of its own ("kas ma saan õigesti aru, et ...")
    after = _CLAUSE_BREAK.search(folded, pos)
    rest = folded[:start] + " " + (folded[after.start():] if after else "")
    return bool(_WITHHELD[lang].search(rest))  # withheld by the sentence around the clause, not inside it
