"""A clear but wrong answer to what the client asked: the client believes it, it does not say "I didn't understand".

A criterion signal (``criterion_signals``: the client hears a fact exactly when the scorer counts it) is false
for a wrong value as for a missing one. When the reply *stated* a wrong value („vanaduspensioni makstakse alati
tagasiulatuvalt ..., ükskõik millal Te taotluse esitate“) and no rule of the step fits, the client takes the
statement as the answer to its question, as a real caller would, and the script goes on as if it had been told
(new-user batch 34 pension-application-window-et wrong: two fallbacks to a plain statement). The scorer still
fails the criterion on the wrong value; only the client's reaction changes.

A wrong answer the scenario names (``misinformation:`` with a ``say:`` line) is reacted to in the client's next
line. When that reply leads into an end step, the reaction was skipped and the client parted on a line that
contradicted what it had just believed („Hästi, ma helistan sinna veel täna.“ after being told it can apply only
after the verdict): :func:`parting_line` makes the reaction the parting line, with the end line's thanks or
goodbye after it (66 of 262 reactions in the new-user wrong-fact runs were skipped so,
``tests/newuser/skipped_reactions.py``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer import text as tx
from trainer.scoring.values import former_part, tells_former_rule
from trainer.simulation import client_line, goodbye
from trainer.simulation.scenario import render

if TYPE_CHECKING:  # pragma: no cover
    from trainer.simulation.dialogue import Conversation
    from trainer.simulation.scenario import Step

_NAME = re.compile(r"[a-z_][a-z0-9_]*")


def statements(acted: str, language: str) -> str:
    """The reply's sentences that state something: no question („Kas ma sain õigesti aru, et ...?“) and no rule
    told as former („Varem maksti reedel, aga nüüd ...“)."""
    return " ".join(sent[former_part(sent, language):] for _, _, sent in tx.split_sentences(acted)
                    if sent.strip() and not tx.is_question(sent, language) and not tells_former_rule(sent, language))


def wrong_values(conv: Conversation, acted: str, wrong: set[str], heard: list[str]) -> set[str]:
    """Of the criterion signals whose criterion failed on something said in `acted` (`wrong`), those that a
    statement of the reply says wrong (not only a question or a former rule)."""
    if not wrong or not acted:
        return set()
    stated = statements(acted, conv.scenario.language)
    if not stated.strip():
        return set()
    if stated.strip() == acted.strip():
        return set(wrong)
    names = conv.scenario.criterion_signals
    return {name for name in wrong
            if conv.library.criterion_outcome(conv.scenario, names[name], stated, conv.values, heard).wrong}


def believed_target(conv: Conversation, step: Step, signals: dict, facts: dict) -> str | None:
    """The step the rules of `step` lead to when the wrong values this reply stated (``conv._wrong_values``) are
    taken as told; None when no conditional rule then fits or none of them is read by the step. A found step
    keeps them as told (``ever``, ``said``): the client does not ask again what it believes it was told."""
    wrong = set(getattr(conv, "_wrong_values", set()) or ())
    if not wrong or isinstance(step.next, str) or step.end:
        return None
    read = set(step.asks) | {name for rule in step.next or [] if rule.when for name in _NAME.findall(rule.when)}
    wrong &= read
    if not wrong:
        return None
    ever, said = conv.state["ever"], conv.state.setdefault("said", {})
    before = dict(ever), dict(said)
    for name in wrong:
        ever[name] = said[name] = True
    target = conv._target(step, {**signals, **{name: True for name in wrong}}, facts)
    rule = conv._rule
    if target is None or rule is None or rule.when is None or target == step.id:
        ever.clear()
        ever.update(before[0])
        said.clear()
        said.update(before[1])
        conv._rule = None
        return None
    return target


def reacts_itself(conv: Conversation, step: Step, reaction: str) -> bool:
    """Has the end step a line of its own for the wrong answer behind `reaction` (a variant whose condition names
    a signal of that ``misinformation`` entry's ``if``)? Then that line is the reaction."""
    names: set[str] = set()
    for mis in conv.scenario.misinformation:
        if mis.say and render(mis.say, conv.values) == reaction:
            names |= set(_NAME.findall(mis.when)) - {"and", "or", "not"}
    return any(line.when and names & set(_NAME.findall(line.when)) for line in step.lines())


def _closes(conv: Conversation, sentence: str) -> bool:
    """Does a client's sentence thank or say goodbye, asking nothing („Aitäh!“, «Спасибо, что выслушали.»)?"""
    return "?" not in sentence and (client_line.thanks(conv, sentence) or goodbye.goodbye_tail(conv, sentence) is not None)


def parting_line(conv: Conversation, step: Step, reaction: str, line: str | None, conditional: bool) -> str | None:
    """The client's line on entering the end step `step` after a reply it took a wrong answer from: what the
    reaction states (`reaction` without its questions: a client who parts asks nothing more, and without its own
    closing thanks), then the thanks and goodbyes of the step's own `line` („Aitäh, et Te mind kuulasite.“,
    «Спасибо, что выслушали.»), so the parting keeps the mood the scenario gave its end (a kind parting stays on
    the line for the goodbye, an angry one hangs up); the reaction's own thanks when the line has none. The
    step's line stays when one of its variants was written for this wrong answer, or when the reaction is all
    questions."""
    if conditional and reacts_itself(conv, step, reaction):
        return line
    lang = conv.scenario.language
    said = [sent.strip() for _, _, sent in tx.split_sentences(reaction)
            if sent.strip() and not tx.is_question(sent, lang) and "?" not in sent]
    own: list[str] = []
    while said and _closes(conv, said[-1]):
        own.insert(0, said.pop())
    if not said:
        return line
    closing = [sent.strip() for _, _, sent in tx.split_sentences(render(line, conv.values)) if sent.strip()
               and _closes(conv, sent.strip())] if line is not None else []
    closing = [sent[:1].upper() + sent[1:] for sent in closing] or own
    return client_line.join_lines(" ".join(said), " ".join(closing)) if closing else " ".join(said)
