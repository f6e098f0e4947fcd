"""Acceptance: how a client that parted on the dialogue's ``on_stuck`` end, yet accepted what it heard, answers a
closing question after its last line.

An ``on_stuck`` end can have a variant for a partly helped client: pensioner-alone-ru's „Ладно... Андрею скажу,
чтобы адрес сменил. Спасибо.“ once the fix was told, only not when. That client thanked and said what it will do;
asked «Ответила ли я на Ваш вопрос?» right after, it does not turn round with «Нет, не ответили.» (new-user batch
39: good, terse and wrong after a complete answer and summary). It accepts, without the warm thanks of a client
that got everything („Да, всё понятно. Спасибо!“). A parting line that says it understood nothing („Ничего не
понятно, но спасибо.“, „Ma ei saanud ikka aru. Aitäh.“), asks back or thanks no one is no acceptance: that
client still answers as one left unhelped. So does a client on the end's plain line (no condition chose it):
that line is the scenario's own "left unhelped" („Nii et eestkostja ka ei ole keegi. Aitäh väga.“)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.conditions import evaluate, parse_condition
from trainer.simulation.reactions import AFTER_END
from trainer.simulation.scenario import render
from trainer.simulation.transitions import condition_names

if TYPE_CHECKING:
    from trainer.simulation.dialogue import Conversation

#: a parting line that says the client did not understand or does not know (then its thanks is only polite)
_NOT_UNDERSTOOD = re.compile(
    r"(?:ничего\s+не\s+понят|непонятн|не\s+понял|не\s+поняла|так\s+и\s+не|не\s+знаю|не\s+ясно|"
    r"ei\s+saa\w*\s+(?:\w+\s+)?aru|ei\s+tea|arusaamatu|ikka\s+ei|ei\s+ole\s+selge|pole\s+selge|"
    r"didn't\s+understand|don't\s+know|not\s+clear)", re.IGNORECASE)

#: the closing answer of a client that accepted what it heard, by the kind of closing question
ACCEPTED = {
    "understood": {"et": "Noh, põhimõtteliselt jah. Aitäh.", "ru": "Ну, в общем, да. Спасибо.",
                   "en": "Well, more or less, yes. Thank you."},
    "nothing_more": {"et": "Ei, rohkem pole. Aitäh.", "ru": "Нет, больше нет. Спасибо.", "en": "No, that's all. Thanks."},
    "yes": {"et": "Jah, olgu.", "ru": "Да, хорошо.", "en": "Yes, all right."},
}


def accepted(conv: Conversation, line: str, thanked: bool) -> bool:
    """Did the parting line on the ``on_stuck`` end accept what was heard: a variant chosen by its condition
    (not the end's plain line) that thanked (``thanked``, as the client's ear reads thanks), asked nothing back
    and said no "I did not understand"?"""
    if not line or not thanked or "?" in line or _NOT_UNDERSTOOD.search(line):
        return False
    step = conv.scenario.step(conv.scenario.dialogue.on_stuck) if conv.scenario.dialogue.on_stuck else None
    if step is None:
        return False
    plain = {render(v.say, conv.values).strip() for v in step.lines() if v.when is None and isinstance(v.say, str)}
    return line.strip() not in plain and any(v.when is not None for v in step.lines())


def accepted_answer(answer: str, lang: str) -> str:
    """The closing answer `answer` (one of :data:`AFTER_END`) as a client that accepted what it heard says it."""
    for kind, lines in AFTER_END.items():
        if answer == lines.get(lang, lines["et"]):
            return ACCEPTED[kind].get(lang, ACCEPTED[kind]["et"])
    return answer


def hear_after_parting(conv: Conversation, acted: str, signals: dict, facts: dict) -> None:
    """Keep what a reply after the client's last line told (its signals, facts and the scenario's criterion signals,
    as `Conversation.reply` reads them) in ``vars.heard_after_end``, for :func:`helped_after_parting`."""
    heard = conv.state["vars"].setdefault("heard_after_end", {})
    heard.update({name: True for name, hit in {**signals, **facts}.items() if hit})
    if not acted:
        return
    said = [t["text"] for t in conv.turns if t["role"] == "client"][-3:]
    for name, crit_id in conv.scenario.criterion_signals.items():
        outcome = conv.library.criterion_outcome(conv.scenario, crit_id, acted, conv.values, said)
        if outcome is not None and outcome.passed:
            heard[name] = True


def helped_after_parting(conv: Conversation) -> bool:
    """Did the agent, after the client parted unsure on the ``on_stuck`` end, tell it what the step it left from was
    waiting for (a rule of that step to another step now holds, with what was told after the parting counted as
    heard)? child-allowance-et (fresh judge, issue #10): the payment day told after „ok, vaatan siis. aitäh“ was
    acknowledged („Selge, aitäh.“), and the client still said „Ei, tegelikult mitte.“ to the check after it."""
    stuck = conv.scenario.dialogue.on_stuck
    late = conv.state["vars"].get("heard_after_end") or {}
    left = next((t.get("step") for t in reversed(conv.turns)
                 if t["role"] == "client" and t.get("step") not in (None, stuck)), None)
    step = conv.scenario.step(left) if left and stuck and late else None
    if step is None or not isinstance(step.next, list):
        return False
    names, functions = condition_names(conv, late, {})
    ever = {**conv.state["ever"], **late}
    functions = {**functions, "ever": lambda name: bool(ever.get(name)),
                 "stated": lambda name: bool(late.get(name))}
    return any(rule.when is not None and rule.target != stuck
               and evaluate(parse_condition(rule.when), names, functions) for rule in step.next)
