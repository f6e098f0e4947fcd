"""A promise declined and a payment "not all at once" are no wrong promise to the client (new-user batch 46
overpayment-recovery-ru good and terse: «заранее обещать, что требование отменят, я не могу» and «сразу всё платить не
нужно → ходатайство о выплате частями» were both heard as "you need not pay" and the client parted with «значит,
ничего не плачу!»).

A wrong answer the scenario names (a signal in a ``misinformation`` condition) is not heard in

- a clause that declines to promise, guarantee or tell it in advance: «обещать, что X, я не могу», «не могу
  гарантировать, что X», «заранее сказать, что X, нельзя»; „ma ei saa lubada, et X“, „lubada, et X, ma ei saa“,
  „ette öelda ei oska“. The clause is cut at «, но» / «, а» / „, aga“ / ";": «обещать не могу, но мы спишем долг»
  still says its second clause;
- a clause that denies paying all at once, not paying («сразу всю сумму платить не нужно», «не обязательно платить
  всё сразу», „kogu summat korraga maksma ei pea“): a refusal of the lump sum, the debt stays.

Only the client's ear (`Conversation._unsay_wrong`); the scorer keeps its reading.
"""

from __future__ import annotations

import re

from trainer import text as tx

__all__ = ["without_declined"]

#: the clauses of a sentence: cut at a contrast or a semicolon (folded text keeps the marks)
_CLAUSE_CUT = re.compile(r"\s*(?:;|→|->|,\s*(?=(?:но|а|однако|aga|kuid|ent)\b)|\s[–—-]\s)\s*")

#: a promise, a guarantee or a telling in advance, declined (folded, lower case)
_DECLINED = {
    "ru": re.compile(
        r"(?:\bне\s+(?:мог\w*|могу|можем|смогу|сможем|буду|станем|вправе)\s+(?:\w+\s+)?(?:обеща|гарантир|утвержда|сказать\s+заранее|заранее\s+сказать|знать)"
        r"|\b(?:обеща\w*|гарантир\w*|(?:заранее\s+)?сказать(?:\s+заранее)?)\b[^.!?]*?\b(?:не\s+(?:мог\w*|могу|можем|смогу|сможем|вправе)|нельзя|невозможно)\b"
        r"|\bнельзя\s+(?:\w+\s+)?(?:обеща|гарантир))"),
    "et": re.compile(
        r"(?:\bei\s+(?:saa|saaks|oska|tohi|voi)\s+(?:\w+\s+){0,2}?(?:luba|garanteeri|tagada|ette\s+oelda|oelda\s+ette)"
        r"|\b(?:luba\w*|garanteeri\w*|ette\s+oelda)\b[^.!?]*?\bei\s+(?:saa|saaks|oska|tohi|voi)\b)"),
}
#: all at once, denied: «сразу всё платить не нужно», „korraga maksma ei pea“ (folded)
_NOT_AT_ONCE = {
    "ru": re.compile(r"\b(?:сразу|целиком|одним\s+платежом|единовременно|разом)\b"),
    "et": re.compile(r"\b(?:korraga|uhe\s+korraga|uhe\s+maksega|kohe\s+kogu)\b"),
}
_NOT_NEEDED = {
    "ru": re.compile(r"\bне\s+(?:нужно|надо|обязательно|требуется|придется)\b|\bнеобязательно\b"),
    "et": re.compile(r"\b(?:ei\s+pea|pole\s+vaja|ei\s+ole\s+vaja|ei\s+ole\s+kohustuslik)\b"),
}


def _declined(clause: str, lang: str) -> bool:
    folded = tx.fold(clause.lower())
    declined, at_once, needed = _DECLINED.get(lang), _NOT_AT_ONCE.get(lang), _NOT_NEEDED.get(lang)
    if declined is None:
        return False
    return bool(declined.search(folded) or at_once.search(folded) and needed.search(folded))


def without_declined(sentence: str, lang: str) -> str:
    """The sentence without its clauses that decline a promise or deny paying all at once (module doc)."""
    if lang not in _DECLINED:
        return sentence
    clauses = _CLAUSE_CUT.split(sentence)
    if len(clauses) == 1:
        return "" if _declined(sentence, lang) else sentence
    kept = [c for c in clauses if c.strip() and not _declined(c, lang)]
    return ", ".join(kept) if len(kept) != len(clauses) else sentence
