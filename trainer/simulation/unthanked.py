"""Two endings the client does not thank for (new-user batch 66 gaming runs).

- **a call told to no one** (:func:`call_spoken_to`): no reply of the call spoke to the caller – no "you", no
  imperative, no question, no "I" of the agent („Haldusmenetluse seaduse kohaselt võib isik ... esitada vaide. Vaie
  esitatakse kirjalikult ...“, «Возражение подаётся ...»): law text in the impersonal third person. Its end is not
  the grateful line: nobody talked to the caller. A cold but addressed answer („Vaide saate esitada ...“) or a terse
  one that asks something is talk to the caller; a formula of the call's opening or close
  (`formulas.closing_formula`: „Aitäh, et helistasite!“, «Спасибо, что обратились!») is not: it says nothing on
  the matter, and knowledge text that ends in it was still told to no one (new-user batch 70 death-report-et, batch
  69 child-at-risk-et gaming: „Lähedastelt avaldust ei nõuta ... Aitäh, et helistasite! Kõike head!“);
- **an end step kept for a wrong** (:func:`dedicated_end`): an end reached by a rule that names something the
  trainee did wrong (``ever(disclosed) and ...``) records that wrong only when the step is the scenario's own end
  for it (every rule that leads there names a wrong: „о, спасибо, быстро!“ after a disclosure). The dialogue's
  ordinary grateful end, reached also by honest rules, is judged like any other ending.

A chat's reply that only greets the caller after its question („Tere! SKA veebivestlus, Kadri siin. Kuidas saan
Teid aidata?“, :func:`opening_replies`) is the chat's opening, as the greeting before the caller speaks is a call's:
it answers nothing, so the ending does not count it among the answers (new-user batch 72 national-pension-chat-et
gaming: the greeting, then one FAQ wall read out to no one, and the client thanked, one non-answer of two replies).
"""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring.formulas import (
    CLOSING_CONCEPTS,
    blank_congratulations,
    closing_formula,
    known_first_names,
    opening_names,
    social_phrases,
)
from trainer.scoring.opening import opening_channel
from trainer.scoring.unaddressed import speaks_to_listener
from trainer.text.translit import cyrillic_text

__all__ = ["WRONG_NAME", "call_spoken_to", "dedicated_end", "opening_replies", "spoken_to"]

#: a condition word that names something the trainee did wrong, for this module and `transitions.wrong_heard`
#: (`gave_code_back`: a code read back; other `gave_*` names, e.g. `gave_116111`, name a helpline given: no wrong)
WRONG_NAME = re.compile(r"\b(?:wrong\w*|false\w*|disclos\w*|leak\w*|promised|was_rude|gave_code\w*)")


def spoken_to(text: str, lang: str, social: tuple[str, ...] = ()) -> bool:
    """Does any sentence of the reply speak to the caller (`unaddressed.speaks_to_listener`)? With ``social`` (the
    phrases of `formulas.CLOSING_CONCEPTS`) a formula of the call's opening or close does not (module doc); a
    congratulation on the caller's own news does („palju õnne!“ to a new mother, `formulas.blank_congratulations`).
    Russian typed in Latin letters is read in Cyrillic („nazovite pozhalujsta“ is an imperative)."""
    text = cyrillic_text(text) if lang == "ru" else text
    return any(s.strip() and not (social and closing_formula(s, lang, social, frozenset()))
               and (speaks_to_listener(s, lang) or blank_congratulations(s) != s)
               for _, _, s in tx.split_sentences(text))


#: words of a reply, at least, that make it text read out (law text), not a curt answer („Iseteeninduses.“)
_TEXT_WORDS = 15


def call_spoken_to(conv) -> bool:
    """Did any of the trainee's replies so far speak to the caller (module doc)? A call of curt answers only
    („Avalduse saab teha 6 kuud enne.“, „Iseteeninduses.“) counts as spoken to: it is short, not text read out."""
    lang = conv.scenario.language
    replies = [t["text"] for t in conv.turns if t["role"] == "agent"]
    if not any(len([w for w in tx.tokenize(r) if w.is_word]) >= _TEXT_WORDS for r in replies):
        return True
    social = social_phrases(conv.concepts, lang, CLOSING_CONCEPTS)
    return any(spoken_to(r, lang, social) for r in replies)


def dedicated_end(scenario, step_id: str) -> bool:
    """Is the end step the scenario's own end for a wrong: every rule that leads to it names one (module doc)?"""
    rules = [rule for step in scenario.step_list() if isinstance(step.next, list)
             for rule in step.next if rule.target == step_id]
    plain = any(step.next == step_id for step in scenario.step_list())  # „next: wrap“: led there whatever was said
    return bool(rules) and not plain and all(rule.when and WRONG_NAME.search(rule.when) for rule in rules)


#: the agent's presence said with its name in a chat's greeting („Kadri siin.“): no word on the matter
_PRESENCE = frozenset(("siin",))


def opening_only(text: str, lang: str, concepts: dict) -> bool:
    """Is the reply nothing but the opening's formulas: a greeting, the institution and the line's name, the agent's
    name and an offer of help („Tere! Sotsiaalkindlustusameti veebivestlus, Kadri siin. Kuidas saan Teid aidata?“,
    «Здравствуйте! Департамент социального страхования, Катерина. Чем могу помочь?»)? A question on the matter
    („Tere! Kas küsite oma ema pensioni kohta?“) or any word of it is more than that."""
    text = cyrillic_text(text) if lang == "ru" else text
    social = social_phrases(concepts, lang, (*CLOSING_CONCEPTS, "offer_help"))
    names = known_first_names() | opening_names(text, lang, concepts) | opening_channel(text, lang, concepts) \
        | _PRESENCE
    sentences = [s for _, _, s in tx.split_sentences(text) if s.strip()]
    return bool(sentences) and all(closing_formula(s, lang, social, names) for s in sentences)


def opening_replies(conv) -> int:
    """How many of the trainee's replies since the caller first spoke were only the opening (:func:`opening_only`)."""
    lang = conv.scenario.language
    first = next((i for i, t in enumerate(conv.turns) if t["role"] == "client"), len(conv.turns))
    return sum(1 for t in conv.turns[first:] if t["role"] == "agent" and opening_only(t["text"], lang, conv.concepts))
