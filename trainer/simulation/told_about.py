"""A reply that talks about "the client" and says nothing to the caller (new-user batch 47).

Knowledge or service-standard text pasted with a greeting before it and an impersonal rule after it („Tere!
Sotsiaalkindlustusamet, Kadri. Klient, kes ei ole otsusega nõus, võib esitada vaide. Vaide lahendab amet 30 päeva
jooksul.“) leaves a text that is not empty once its sentences about "the client" are taken out, so the client took
the rest for an answer and thanked. The client hears such a reply as the scorer reads it: one or more sentences the
scorer finds talk about "the client" or instruct the agent (`trainer.scoring.acts`), and no other sentence speaks to
anyone (`trainer.scoring.unaddressed.speaks_to_listener`: no question, no "I", no polite "you"). A real answer
that names a third person speaks to the caller beside it („Teie ema kui klient ...“, „klienditeenindaja aitab Teil
...“, „vaie esitatakse 30 päeva jooksul, Teie saate selle esitada ...“) and is heard.
"""

from __future__ import annotations

from trainer import text as tx
from trainer.scoring.unaddressed import speaks_to_listener

__all__ = ["UNADDRESSED_KINDS", "told_to_no_one"]

#: the scorer's findings of text not said to the client
UNADDRESSED_KINDS = frozenset({"third_person", "agent_instruction"})


def told_to_no_one(kinds: set[str], acted: str, lang: str) -> bool:
    """Is the reply knowledge text told to no one: every finding in it (``kinds``) is text about "the client" or an
    instruction to the agent, and nothing left of it (``acted``) speaks to the caller (see the module doc)?"""
    if not kinds or not kinds <= UNADDRESSED_KINDS:
        return False
    return not any(speaks_to_listener(sentence, lang) for _, _, sentence in tx.split_sentences(acted)
                   if sentence.strip())
