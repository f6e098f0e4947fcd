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

from trainer.simulation.reactions import AFTER_END
from trainer.simulation.scenario import render

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
