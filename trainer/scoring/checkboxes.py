"""Check boxes before the agent's own steps: a checklist kept in the reply (new-user batch 63).

„Kriisikõne kontrollnimekiri: [ ] küsin otse ... [ ] 112 [ ] lähedane / perearst [ ] teavitan meeskonnajuhti.“, then
the same list again with its boxes ticked („[x] küsin otse ... [x] 112“) in every reply: the trainee keeps the call
model's checklist in the chat instead of talking to the caller. The boxes stand before what the *agent* does, so
nobody is asked or told anything by them (`prompts.find_machine_prompts` adds such a reply as kind ``checklist``).

A reply is such a checklist when it has two boxes or more (☐ ☑ ✔ ✓ ..., or typed: „[ ]“, „[x]“) and

- two of its boxed items or more open with the agent's own step: a verb in the first person singular („küsin“,
  „teavitan“, «спрашиваю», «сообщаю») or an imperative in the singular, the standard's instruction to the agent
  („küsi“, «спроси»), and the item speaks to no one („Teile“, «Вам»); or
- the reply names itself a checklist („kontrollnimekiri“, «чек-лист», "checklist").

Boxes before documents or steps for the client („☐ pass ☐ arstitõend“, «☐ заполните заявление») are a list handed to
the client, and „✓ saadan Teile ärakirja ✓ helistan Teile tagasi“ tells the caller what the agent will do: neither is
a checklist. A bracket with words in it („[pärast kõnet teavitan meeskonnajuhti]“) is no box.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.text.lexicon import first_person, ru_parse
from trainer.text.verb_forms import et_imperative

__all__ = ["box_checklist"]

_BOX = re.compile(r"[✔✓☑✅☐☒□✗✘❌■⬜]|\[[ xX✓✔]?\]")
_MIN_BOXES = 2
_MIN_OWN_STEPS = 2
#: the reply calls itself a checklist (folded text)
_HEADING = re.compile(r"\b(?:kontroll-?nimekir\w*|kontroll-?nimistu\w*|kontroll-?leh\w*|check-?list\w*|"
                      r"чек-?лист\w*|контрольн\w+\s+спис\w*)")
#: a word that speaks to the caller: the item tells it something
_ADDRESS = frozenset("""te teie teil teile teid teilt teiega sa sina sul sulle sinu sind вы вас вам вами ваш ваша ваше
    вашу вашего вашей вашим ваши ваших ты тебе тебя""".split())


def _own_step(item: str, lang: str) -> bool:
    """Does the boxed item open with the agent's own step (first person singular, or a singular imperative) and speak
    to no one?"""
    words = [t for t in tx.tokenize_cached(item) if t.is_word]
    if not words or any(tx.fold(t.norm) in _ADDRESS for t in words):
        return False
    first = words[0].text
    item_lang = "ru" if "\u0400" <= first[:1].lower() <= "\u04ff" else lang
    if first_person(first, item_lang) == "sg":
        return True
    if item_lang == "ru":
        parses = ru_parse(first.lower())
        return bool(parses) and parses[0].tag.POS == "VERB" and "impr" in parses[0].tag and "sing" in parses[0].tag
    return et_imperative(first.lower())


@lru_cache(maxsize=16_384)  # a pure function of the reply
def box_checklist(text: str, lang: str) -> bool:
    """Is the reply a checklist of the agent's own steps ticked off with boxes (module doc)?"""
    boxes = list(_BOX.finditer(text))
    if len(boxes) < _MIN_BOXES:
        return False
    if _HEADING.search(tx.fold(text.lower())):
        return True
    ends = [m.start() for m in boxes[1:]] + [len(text)]
    items = [text[m.end():end] for m, end in zip(boxes, ends, strict=True)]
    return sum(1 for item in items if _own_step(item, lang)) >= _MIN_OWN_STEPS
