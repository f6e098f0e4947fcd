"""An amount of money said without its currency in speech: "maksuvaba tulu 776 arvestatakse ise" states the fact
"776 eurot" as the trainee running on without units does. Only the right value counts (never a wrong one: a bare
number is no statement of another amount), only where the fact is an amount of money, and not under a denial."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from trainer import text as tx
from trainer.text.quantities import find_quantities
from trainer.text.verb_forms import is_finite

__all__ = ["bare_amounts"]

_MONEY = frozenset({"euro", "eur", "рубль", "евро"})
# a figure with no unit, percent, ordinal point or date part after it
_BARE = re.compile(r"(?<![\w.,/-])(\d{2,}(?:,\d{1,2})?)(?![\w/-]|[.,]\d|\.\s*\w|\s*(?:%|€))")


def bare_amounts(sentence: str, lang: str, right_q) -> list[tuple[int, int, str]]:
    """(start, end, quote) of the right money amounts in `sentence` said without a unit; see the module doc. A
    figure the quantity reader reads with a unit of its own ("600 päeva") is none."""
    values = {q.value for q in right_q if set(q.unit) & _MONEY}
    if not values:
        return []
    out = []
    # a quantity read with a unit of its own ("600 päeva"), not with the verb run on after the figure ("776 arvestatakse")
    counted = {q.start for q in find_quantities(sentence, lang) if not is_finite(q.quote.split()[-1], lang)}
    for m in _BARE.finditer(sentence):
        if m.start() in counted:
            continue
        try:
            value = Decimal(m.group(1).replace(",", "."))
        except InvalidOperation:
            continue
        after = sentence[m.end():].split()[:1]
        if after and tx.fold(after[0].lower()).startswith(("eur", "евр", "руб", "protsen", "процент")):
            continue  # a unit the quantity reader already read
        if value in values and not tx.is_negated(sentence, m.start(), lang):
            out.append((m.start(), m.end(), m.group(1)))
    return out
