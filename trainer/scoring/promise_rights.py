"""A right the law grants, said with certainty: no promise, for `promises.is_promise` (new-user batch 61).

"Kui tingimused Teie puhul ei kehti, siis Teile seda pensioni ei maksta, aga tütre toetus on kindlalt olemas" (the
14-year-old daughter of a parent who died; survivors-pension-grief-et good): the child's benefit is the law's on the
facts the caller gave (age, a parent died), the same for every child. Saying that the right is there, however
certainly, is the rule applied to the caller: the decision, the day and the amount are not told. So a certainty
adverb ("kindlasti", "kindlalt", «точно») in a clause that says a benefit or a right is there in the present
("toetus on olemas", "tal on õigus toetusele", "talle kuulub toetus"; «право на пособие есть», «ей положено
пособие») makes no promise.

What stays a promise: money or a payment ("Teile makstakse kindlasti pension", "raha on kindlasti olemas"), an
arrival or a day ("toetus tuleb kindlasti järgmisel kuul"), a decision («пособие Вам точно назначат»), an amount in the
clause, a specific day anywhere in the sentence, and a performative promise ("luban", «гарантирую», "võite kindel
olla"): only the certainty adverbs are read here.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["certain_right"]

# the certainty adverbs (a performative "luban" / «обещаю» or "võite kindel olla" promises whatever follows)
_ADVERB = {"et": r"kindlasti|kindlalt|kahtlemata|ilma\s+kahtluseta",
           "ru": r"точно|однозначно|несомненно|безусловно|без\s+сомнени\w*"}
# a right or a benefit said to be there, in the present
_RIGHT = {
    "et": r"(?:on|jaab)\s+(?:\w+\s+){0,2}?olemas|olemas\s+on|on\s+(?:\w+\s+){0,2}?oigus\w*|oigus\w*\s+(?:\w+\s+){0,2}?on|"
          r"kuulu(?:b|vad)",
    "ru": r"(?:есть|имеет|имеют|имеете)\s+(?:\w+\s+){0,2}?прав[оа]?|прав[оа]?\s+(?:\w+\s+){0,5}?(?:есть|имеет\w*)|"
          r"положен[оаы]?|полага(?:ет|ют)ся",
}
# the thing that is there: a benefit, a pension or the right to one
_BENEFIT = {"et": r"\w*toetus\w*|\w*pension\w*|\w*huvitis\w*|oigus\w*",
            "ru": r"пособи\w*|пенси\w*|выплат\w*|прав[оа]?"}
# what is no right but an outcome: money, the account, a payment or its arrival, a decision, an amount
_OUTCOME = {
    "et": r"raha|kontol\w*|kontole|pangas|laeku\w*|makst\w*|maksa\w*|tuleb|tulevad|jouab|jouavad|maara\w*|otsus\w*|"
          r"summa\w*|eur\w*|\d+",
    "ru": r"деньг\w*|денег|сч[её]т\w*|поступ\w*|прид[её]т|придут|выплат(?:ят|ит|ят)|назнач\w*|решени\w*|сумм\w*|евро|\d+",
}


@lru_cache(maxsize=64)
def _rx(pattern: str) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + pattern + r")(?!\w)")


def certain_right(clause: str, marker: str, lang: str) -> bool:
    """Is the certainty ``marker`` of the (folded) ``clause`` said of a right or a benefit that is there (see the module
    doc)? The caller checks the sentence for a specific day."""
    if lang not in _RIGHT or not _rx(_ADVERB[lang]).fullmatch(marker):
        return False
    return bool(_rx(_RIGHT[lang]).search(clause)) and bool(_rx(_BENEFIT[lang]).search(clause)) \
        and not _rx(_OUTCOME[lang]).search(clause)
