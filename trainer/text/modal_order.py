"""A negated modal before or after the infinitive it denies (Russian): «не нужно подавать» and «подавать не нужно»,
«не надо никуда идти» and «никуда идти не надо» say the same. A phrase written in one order is also read in the
other (`modal_order_variant`, read by `phrases.PhraseSet`), so «Хорошая новость: никуда идти и ходатайство подавать
не нужно» is heard as «не нужно подавать» (new-user batch 55 child-allowance-ru good: the mother asked «То есть мне
всё-таки идти в бюро с заявлением?» after that answer).

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


def modal_order_variant(phrase: str, lang: str) -> str | None:
    """The phrase with its negated modal moved to the other end ("не нужно подавать" -> "подавать не нужно",
    "никуда идти не нужно" -> "не нужно никуда идти"), or None: not Russian, a regex or named reading, or no
    negated modal at either end with words beside it."""
    if lang != "ru" or phrase.startswith(("re:", "@")):
        return None
    text = " ".join(phrase.split())
    first = _MODAL_FIRST.match(text)
    if first is not None:
        return f"{first.group(2)} {first.group(1)}"
    last = _MODAL_LAST.match(text)
    if last is not None and not _MODAL_FIRST.match(last.group(1)):
        return f"{last.group(2)} {last.group(1)}"
    return None
