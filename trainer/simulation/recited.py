"""The service standard recited to the caller (new-user batch 36), for the client's ear only.

A sentence headed by the standard or the guide itself, before a colon („Teenindusstandard: ...“, „Standardi järgi
selgitan: ...“, „Teenindusstandardi järgi näitan mõistmist: „...““, «Согласно стандарту: шаг один – ...»,
«По руководству: ...») reads the procedure out: what the agent does and what "the client" gets, not anything said
to the caller. The client hears nothing in it (an angry caller is not calmed by a callback recited as step four),
and such a reply counts against the grateful ending (`trainer.simulation.transitions.ending`). A head that only mentions a rule in
passing („Juhend on lihtne: ...“) or a tail that speaks to the caller outside quotation marks („Juhendi järgi:
Teie pension tuleb ...“) is speech. The scorer keeps its own reading (`trainer.scoring.acts`).
"""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring.call_model_talk import step_labels
from trainer.simulation.reactions import QUOTED
from trainer.simulation.unasserted import ADDRESSED as _ADDRESSED

#: the call model's numbered steps read out (`trainer.scoring.call_model_talk.step_labels`) are read here too
__all__ = ["recited_standard", "step_labels"]

#: the standard or the guide named as the source of what follows (folded text)
_SOURCE = {
    "et": re.compile(r"^\W*(?:vastavalt\s+)?(?:teenindus|klienditeenindus)?(?:standard|juhend|juhis|konemudel)\w*"
                     r"(?P<per>\s+(?:jargi|kohaselt))?(?P<rest>(?:\s+[^\W\d_]+){0,2})\W*$"),
    "ru": re.compile(r"^\W*(?P<per>(?:согласно|по|в\s+соответствии\s+с)\s+)?(?:стандарт|руководств|регламент|"
                     r"инструкци)\w*(?:\s+обслуживани\w*)?(?P<rest>(?:\s+[^\W\d_]+){0,2})\W*$"),
}


def recited_standard(text: str, lang: str) -> list[str]:
    """The sentences of a reply that recite the service standard to the caller (module doc)."""
    source = _SOURCE.get(lang)
    if source is None or ":" not in text:
        return []
    addressed = _ADDRESSED.get(lang, frozenset())
    out = []
    for _, _, sentence in tx.split_sentences(text):
        if ":" not in sentence:
            continue
        head, tail = sentence.split(":", 1)
        m = source.match(tx.fold(head))
        if not m or m.group("rest").strip() and not m.group("per"):
            continue  # „Juhend on lihtne: ...“ mentions a guide, it reads none out
        spoken = {t.norm for t in tx.tokenize(QUOTED.sub(" ", tail)) if t.is_word}
        if spoken & addressed:
            continue
        out.append(sentence)
    return out
