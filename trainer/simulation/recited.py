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
from trainer.simulation.reactions import _QUOTED
from trainer.simulation.unasserted import ADDRESSED as _ADDRESSED

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
        spoken = {t.norm for t in tx.tokenize(_QUOTED.sub(" ", tail)) if t.is_word}
        if spoken & addressed:
            continue
        out.append(sentence)
    return out


#: a sentence headed by a numbered step of the call model („Samm 3: ...“, „Kolmas samm – täpsustan vajadust: ...“,
#: «Шаг пятый – подвести итог: ...», «Шаг второй по стандарту обслуживания – ...»): the head before the first dash
#: or colon, folded
_STEP_HEAD = {
    "et": re.compile(r"^\W*(?:(?:samm|etapp)\s+(?:\d+|esimene|teine|kolmas|neljas|viies|kuues|seitsmes|"
                     r"uks|kaks|kolm|neli|viis|kuus|seitse)"
                     r"|(?:\d+\.?|esimene|teine|kolmas|neljas|viies|kuues|seitsmes)\s+(?:samm|etapp))\b(?P<rest>[^:–—]*)"
                     r"\s*[:–—-]"),
    "ru": re.compile(r"^\W*(?:(?:шаг|этап)\s+(?:\d+|первый|второй|третий|четв[её]ртый|пятый|шестой|седьмой|"
                     r"один|два|три|четыре|пять|шесть|семь)"
                     r"|(?:\d+-?й|первый|второй|третий|четв[её]ртый|пятый|шестой|седьмой)\s+(?:шаг|этап))\b"
                     r"(?P<rest>[^:–—]*)\s*[:–—-]"),
}
#: what the step names, in its head or right after it: the call model or the standard, or one of its stages
#: (greeting, identification, clarifying the need, explaining, the recap and check, the closing)
_STAGE = {
    "et": re.compile(r"\b(?:konemudel\w*|standard\w*|juhend\w*|tervitus\w*|tervitan|tuvastami\w*|tuvastan|"
                     r"tapsustami\w*|tapsustan|vajaduse|selgitus\w*|selgitan|kokkuvot\w*|moistmis\w*|lopetami\w*|"
                     r"lopetus\w*|lopetan|huvasti\w*)"),
    "ru": re.compile(r"\b(?:модел\w*|стандарт\w*|руководств\w*|приветстви\w*|установить\s+личност\w*|"
                     r"идентификац\w*|уточнить\s+(?:вопрос|потребност)\w*|объяснить\w*|подвести\s+итог\w*|"
                     r"проверить\s+понимани\w*|завершить\s+разговор\w*|попрощаться|"
                     # the stage named by its noun («Шаг три: уточнение вопроса», «Шаг пять: подведение итога»)
                     r"уточнени\w*\s+(?:вопрос|потребност)\w*|объяснени\w*\s+(?:простым|понятным|доступным)\s+язык\w*|подведени\w*\s+итог\w*|"
                     r"проверк\w*\s+понимани\w*|завершени\w*\s+разговор\w*|прощани\w*)"),
}


def step_labels(text: str, lang: str) -> list[str]:
    """The sentences of a reply that the call model's numbered steps head („Samm 3: vajaduse täpsustamine ...“,
    «Шаг пятый – подвести итог и проверить понимание: ...», new-user batch 39 crisis-violence-ru gaming): the
    agent narrates its checklist to the caller. Whatever follows may be heard, but a call read out step by step is
    no answer the client thanks warmly for (counted for the ending, `trainer.simulation.transitions.ending`). A step of what the
    caller does („Esimene samm: minge perearsti juurde.“, «Первый шаг – позвоните 112.») names no stage of the
    call and is speech."""
    head_re, stage = _STEP_HEAD.get(lang), _STAGE.get(lang)
    if head_re is None:
        return []
    out = []
    for _, _, sentence in tx.split_sentences(text):
        folded = tx.fold(sentence)
        m = head_re.match(folded)
        if not m:
            continue
        # the stage is named in the head or in the few words after its dash („Шаг пятый – подвести итог“)
        after = folded[m.end():].split(":", 1)[0]
        if stage.search(m.group("rest")) or stage.search(" ".join(after.split()[:4])):
            out.append(sentence)
    return out
