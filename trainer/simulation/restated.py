"""A reply that only says again what the client has already heard (new-user batch 40).

The client asked something ("Aga kui palju minu oma tõuseb?"), and the reply told it once more, perhaps in more
detail, what an earlier reply had already said ("sel kuul on viies pühapäev nii et esmaspäeval või teisipäeval")
and nothing about its question. A real caller does not say "I did not understand" to a clear sentence: it says that
it has heard that already and asks its question again („Jah, see on selge. Aga kui palju minu oma tõuseb?“).
The line counts towards the dialogue's ``on_stuck`` end like a fallback (no progress), but it is no
misunderstanding.

Only a reply whose content (the scenario's signals, criterion signals and private facts it states) was all heard
before counts; a reply that says nothing the client can read (a keyword chain, a pasted copy, a non-answer) still
gets the fallback.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer import text as tx
from trainer.simulation import client_line, repeats

if TYPE_CHECKING:  # pragma: no cover
    from trainer.simulation.dialogue import Conversation

#: the client's acknowledgement of what it heard before, ahead of its open question
RESTATED = {"et": "Jah, see on selge.", "ru": "Да, это понятно.", "en": "Yes, that's clear."}


def content_names(conv: Conversation) -> set[str]:
    """The names of what a reply can tell this client: the scenario's signals, criterion signals and private
    facts (not the call-model signals: a greeting or sympathy says nothing about the matter)."""
    return set(conv.signals) | set(conv.scenario.criterion_signals) | set(conv.facts)


def restated_line(conv: Conversation) -> str | None:
    """The client's answer to a reply that only restates what it heard before (module doc): "yes, you said
    so" and the question of its last line again; None when the reply said something new, said nothing the client
    can read, or the client's last line asked nothing."""
    if getattr(conv, "_non_answer", False) or repeats.pasted_again(conv):
        return None
    before = getattr(conv, "_ever_before", None)
    stated = getattr(conv, "_stated", None) or {}
    if before is None:
        return None
    names = content_names(conv)
    said = {name for name, hit in stated.items() if hit and name in names}
    if not said or not all(before.get(name) for name in said):
        return None
    lang = conv.scenario.language
    last = client_line.last_client_line(conv)
    asked = [sent.strip() for _, _, sent in tx.split_sentences(last)
             if sent.strip() and "?" in sent and tx.is_question(sent, lang)]
    if not asked:
        return None
    lead = RESTATED.get(lang, RESTATED["et"])
    if last.startswith(lead):
        return None  # said so once already: the plain fallback
    return f"{lead} {asked[-1]}"
