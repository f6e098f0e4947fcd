"""The client's parting: its parting line at an end step and how it parted (in anger, unhelped on the
dialogue's ``on_stuck`` end, calmly, or by hanging up).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.simulation.client_line import last_client_line, thanks
from trainer.simulation.reactions import phrase_set

if TYPE_CHECKING:  # pragma: no cover
    from trainer.simulation.dialogue import Conversation


def parting_line(conv: Conversation) -> str:
    """The client's line on entering the step it is in (its parting line at an end step), not a later
    answer after it („Нет, не ответили.“); "" before it has spoken."""
    line = ""
    for turn in reversed(conv.turns):
        if turn["role"] != "client":
            continue
        if turn.get("step") != conv.state["step"]:
            break
        line = turn["text"]
    return line or last_client_line(conv)


#: a parting line that announces a complaint or gives up on the agent in anger („Aitab! Ma kirjutan kaebuse.“,
#: «Всё, с меня хватит. Буду писать жалобу вашему начальству!», «Бюрократы!»)
_ANGRY_PARTING = re.compile(
    r"\b(?:kaebus\w*|kaeba\w*|aitab\s*!|pole mõtet|pole motet|bürokraa\w*\s*!|burokraa\w*\s*!|ülemus\w*|ulemus\w*"
    r"|жалоб\w*|жаловать\w*|хватит|бюрократ\w*\s*!|начальств\w*|министерств\w*|бросаете трубку)",
    re.IGNORECASE)


def parted_angry(conv: Conversation) -> bool:
    """Did the client leave in anger: is it at an end step whose line announces a complaint or gives up on the
    agent, without thanks («Всё, с меня хватит. Буду писать жалобу вашему начальству!»)? Such a client has
    hung up: it answers nothing after its line, and surely does not thank for a summary or ask for a copy
    (batch 26: after the complaint the grateful closing answer would play)."""
    step = conv.state["step"]
    current = conv.scenario.step(step) if step is not None else None
    if current is None or not current.end:
        return False
    line = parting_line(conv)
    return bool(_ANGRY_PARTING.search(line)) and not thanks(conv, line)


def parted_unhelped(conv: Conversation) -> bool:
    """Did the client part unhelped: on the dialogue's ``on_stuck`` end, or in anger (:func:`parted_angry`)?
    Such a client does not thank for a check or a summary after it, nor want a copy of the chat."""
    step = conv.state["step"]
    return (step is not None and step == conv.scenario.dialogue.on_stuck) or parted_angry(conv)


def parted_unthanked(conv: Conversation) -> bool:
    """Is the client at an end step whose parting line did not thank („... avaldus läheb siis sinna, mitte teile. ok,
    lähen teen seal ära.“: believing a wrong answer, new-user batch 54)? Such a client thanks for nothing said after
    it either."""
    step = conv.state["step"]
    current = conv.scenario.step(step) if step is not None else None
    return current is not None and current.end and not thanks(conv, parting_line(conv))


def parted_kindly(conv: Conversation) -> bool:
    """Did the client part calmly, so that it stays on the line for more information? Its parting line
    thanked („Selge, aitäh.“) or has no exclamation („Ma ei tea... Olgu. Head aega.“); a client who hung up
    („Всё, хватит! Я буду жаловаться. До свидания!“, „Бюрократы! Ладно, до свидания.“) is gone."""
    lang = conv.scenario.language
    last = parting_line(conv)
    if "!" not in last:
        return True
    entry = conv.concepts.get("thanks") or {}
    phrases = tuple(entry.get(lang) or entry.get("et") or [])
    return bool(phrases) and any(not m.negated for m in phrase_set(phrases, lang).find_all(last))


#: a stage direction in the client's line saying it hung up: „(Klient ... paneb toru ära.)“, «(... бросает трубку.)»
_HUNG_UP = re.compile(r"\([^)]*(?:\btoru\b|трубк|kõne katkeb|kone katkeb|связь прерв|hangs up)[^)]*\)", re.IGNORECASE)


def hung_up(conv: Conversation) -> bool:
    """Did the client's last line say (as a stage direction) that it hung up, or did it leave in anger
    (:func:`parted_angry`)?"""
    last = last_client_line(conv)
    return bool(_HUNG_UP.search(last)) or parted_angry(conv)
