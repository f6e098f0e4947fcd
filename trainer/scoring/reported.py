"""A client's question given back inside the agent's question: what the clause after "soovite teada, kas ..." /
«хотите узнать, пришла ли ...» says is asked, not stated.

A mentor's rule (new-user batch 25, neighbour-data-et): "Kas ma sain õigesti aru, et soovite teada, kas Antsu
pension on kontole laekunud?" restates the caller's question; it tells the caller nothing about the neighbour's
pension. The words after a verb of wanting to know or asking and a question word are the reported question; in a
question sentence they assert nothing (a check that forbids saying them is not failed by them).

The same holds for a whether-clause inside a statement (new-user batch 29 neighbour-data-et: "Aga ka see, kas raha on
kontole jõudnud, on tema isikuandmed", «Даже то, пришли ли деньги, — его личные данные»): the clause names what the
agent will not tell, it does not tell it (`embedded_whether`). So does one whose answer the sentence leaves to someone
else (new-user batch 61 neighbour-data-et: "Ja kas raha on kontole tulnud, näeb ta ka ise oma pangakontolt", «Пришли
ли деньги, он увидит сам»), also when the clause opens a statement: with no question mark and a main clause after
it, "Kas ..., näeb ta ise" is no question of its own. An answer given in the sentence ("jah", "on küll", «да,
пришли») keeps it a disclosure."""

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

# the sentence leaves the answer to someone else: a verb of seeing, finding out or telling in the third or the polite
# second person ("näeb ta ise", "saate teada pangast", "ütleb pank"; «он увидит сам», «узнаете в банке»), never the
# agent's own "näen", «вижу»
_ELSEWHERE = {
    "et": re.compile(r"\b(?:nae(?:b|vad|te)|saa(?:b|vad|te)\s+(?:\w+\s+){0,3}?(?:teada|naha|vaadata|kontrollida|kusida)|"
                     r"selgu(?:b|vad)|vaada(?:ke|ta)|kontrolli(?:ge|da)|kusi(?:ge|da)|tea(?:b|vad)|"
                     r"(?:oska(?:b|vad)|saa(?:b|vad))\s+(?:\w+\s+)?oelda|utle(?:b|vad))\b"),
    "ru": re.compile(r"\b(?:увид(?:ит|ят|ите)|видн[оа]|узна(?:ет|ют|ете)|провер(?:ит|ят|ите|ьте)|посмотр(?:ит|ят|ите)|"
                     r"подскаж(?:ет|ут)|скаж(?:ет|ут)|покаж(?:ет|ут)|знает|знают)\b"),
}
# an answer said in the sentence after all: "Kas raha on kontol, näete ise – jah, on küll", «Пришли ли деньги? Да»
_ANSWERED = {
    "et": re.compile(r"\b(?:jah|jaa|on\s+kull|kull\s+on|tuli|tulid|laekus|joudis|et\s+(?:on|oli))\b"),
    "ru": re.compile(r"\b(?:да|пришл[иао]|пришел|поступил[иао]?|уже\s+на\s+сч[её]те|что\s+(?:есть|были?))\b"),
}


def embedded_whether(sentence: str, pos: int, lang: str, end: int | None = None) -> bool:
    """Is position `pos` of a statement inside a clause that opens an embedded whether-question, in a sentence that
    withholds it ("..., kas raha on kontol, on tema andmed", "Ma ei saa öelda, kas pension on laekunud", «то, пришла
    ли пенсия, — его данные»)? What such a clause says is named, not stated. Typed without its commas, the clause
    opens at "kas" after a pointer word or a verb of telling ("aga ka see kas raha tuli on tema andmed", "ei saa
    öelda kas ..."; new-user batch 65); then the words after the match (up to ``end``) count as the sentence around
    it."""
    pattern = _WHETHER.get(lang)
    if pattern is None:
        return False
    folded = tx.fold(sentence)
    pos = min(max(pos, 0), len(folded))
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(folded, 0, pos)), default=0)
    run_on = None if pattern.match(folded, start) else _run_on_whether(folded, start, pos, lang)
    if run_on is None and not pattern.match(folded, start):
        return False
    after = _CLAUSE_BREAK.search(folded, pos)
    rest = folded[:start] + " " + (folded[after.start():] if after else "")
    if run_on is not None:
        start = run_on
        rest = folded[:start] + " " + folded[max(end or pos, pos):]
        return bool(_WITHHELD[lang].search(rest))
    # the clauses right before and after it: the main clause that takes it as its subject or object
    before = max((m.end() for m in _CLAUSE_BREAK.finditer(folded, 0, max(0, start - 1))), default=0)
    following = _CLAUSE_BREAK.search(folded, after.end()) if after else None
    near = folded[before:start] + " " + (folded[after.end():following.start() if following else len(folded)]
                                         if after else "")
    if not folded[:start].strip(" ,;:()–—-"):
        # a sentence opening with "kas" is a question of its own ("kas ma saan õigesti aru, et ..."), unless it is a
        # statement whose main clause after it leaves the answer to someone else ("Kas ..., näeb ta ise.")
        return not folded.rstrip().endswith("?") and after is not None and after.group() == "," \
            and _leaves_it(near, rest, lang)
    # withheld by the sentence around the clause, not inside it, or left to someone else by its main clause
    return bool(_WITHHELD[lang].search(rest)) or _leaves_it(near, rest, lang)


# a comma-less whether-clause: "kas" after a pointer word or a verb of telling or finding out ("ka see kas", "ei saa
# öelda kas"); «ли» has no such form
_RUN_ON_WHETHER = {"et": re.compile(r"\b(?:see|seda|selle|sellest|oelda|teatada|avaldada|teada|tea|naha|kontrollida|"
                                   r"vaadata)\s+kas\b")}


def _run_on_whether(folded: str, start: int, pos: int, lang: str) -> int | None:
    """Where a whether-clause typed without its comma opens in the clause [start, pos) („aga ka see kas raha tuli
    ...“): the position of its "kas", or None."""
    pattern = _RUN_ON_WHETHER.get(lang)
    found = [m for m in pattern.finditer(folded, start, pos)] if pattern else []
    return found[-1].end() - 3 if found else None


def _leaves_it(near: str, rest: str, lang: str) -> bool:
    """Does the main clause next to the whether-clause (``near``) leave the answer to someone else, and the rest of
    the sentence give no answer of its own? "Kas ta midagi saab, sõltub olukorrast – seda näeb ta ise" leaves the
    answer open in its main clause: the seeing is said of another clause."""
    return bool(_ELSEWHERE[lang].search(near)) and not _ANSWERED[lang].search(rest)
