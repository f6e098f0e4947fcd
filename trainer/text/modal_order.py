"""A negated modal before or after the infinitive it denies (Russian): «не нужно подавать» and «подавать не нужно»,
«не надо никуда идти» and «никуда идти не надо» say the same. A phrase written in one order is also read in the
other (`modal_order_variant`, read by `phrases.PhraseSet`), so «Хорошая новость: никуда идти и ходатайство подавать
не нужно» is heard as «не нужно подавать» (new-user batch 55 child-allowance-ru good: the mother asked «То есть мне
всё-таки идти в бюро с заявлением?» after that answer).

Estonian puts a participle before its negated copula as well as after it: "ei ole registreeritud" and
"registreeritud ei ole", "ei ole meile esitatud" and "meile esitatud ei ole" (new-user batch 68 guardian-for-ward-et
wrong: «Teie esindusõigust meil veel registreeritud ei ole» was heard as no result of the check). A phrase that opens
with the negated copula and ends on a participle is also read with the copula moved to its end.

Only the order changes: no aspect pair is added («подать» is not «подавать»), so the wrong advice «нужно подать
ходатайство» never matches a sentence that says an application is not needed (new-user batch 35).
"""

from __future__ import annotations

import re

__all__ = ["modal_order_variant"]

# the modals whose negation denies the infinitive beside them, in either order
_MODAL = r"не\s+(?:нужно|надо|обязательно|требуется)"
_MODAL_FIRST = re.compile(rf"^({_MODAL})\s+(\S.*)$", re.IGNORECASE)
_MODAL_LAST = re.compile(rf"^(\S.*?)\s+({_MODAL})$", re.IGNORECASE)


# an Estonian negated copula opening a phrase that ends on a participle ("ei ole registreeritud", "=pole meile jõudnud")
_ET_NEG_FIRST = re.compile(r"^(ei\s+ole|=?pole)\s+((?:\S+\s+){0,2}\S+(?:tud|dud|nud))$", re.IGNORECASE)


def modal_order_variant(phrase: str, lang: str) -> str | None:
    """The phrase with its negated modal moved to the other end ("не нужно подавать" -> "подавать не нужно",
    "никуда идти не нужно" -> "не нужно никуда идти"; Estonian "ei ole registreeritud" -> "registreeritud ei ole"),
    or None: not Russian or Estonian, a regex or named reading, or no
    negated modal at either end with words beside it."""
    if lang not in ("ru", "et") or phrase.startswith(("re:", "@")):
        return None
    text = " ".join(phrase.split())
    if lang == "et":
        neg = _ET_NEG_FIRST.match(text)
        return f"{neg.group(2)} {neg.group(1)}" if neg is not None else None
    first = _MODAL_FIRST.match(text)
    if first is not None:
        return f"{first.group(2)} {first.group(1)}"
    last = _MODAL_LAST.match(text)
    if last is not None and not _MODAL_FIRST.match(last.group(1)):
        return f"{last.group(2)} {last.group(1)}"
    return None
