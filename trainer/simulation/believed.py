"""A clear but wrong answer to what the client asked: the client believes it, it does not say "I didn't understand".

A criterion signal (``criterion_signals``: the client hears a fact exactly when the scorer counts it) is false
for a wrong value as for a missing one. When the reply *stated* a wrong value („vanaduspensioni makstakse alati
tagasiulatuvalt ..., ükskõik millal Te taotluse esitate“) and no rule of the step fits, the client takes the
statement as the answer to its question, as a real caller would, and the script goes on as if it had been told
(new-user batch 34 pension-application-window-et wrong: two fallbacks to a plain statement). The scorer still
fails the criterion on the wrong value; only the client's reaction changes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer import text as tx
from trainer.scoring.statements import tells_former_rule

if TYPE_CHECKING:  # pragma: no cover
    from trainer.simulation.dialogue import Conversation
    from trainer.simulation.scenario import Step

_NAME = re.compile(r"[a-z_][a-z0-9_]*")


def statements(acted: str, language: str) -> str:
    """The reply's sentences that state something: no question („Kas ma sain õigesti aru, et ...?“) and no rule
    told as former („Varem maksti reedel, aga nüüd ...“)."""
    return " ".join(sent for _, _, sent in tx.split_sentences(acted)
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
