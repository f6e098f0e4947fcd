"""Talk about the call model: its numbered steps read out and the model named to the caller (new-user batches 39, 61).

The call model (greeting, identification, clarifying the need, explaining, the recap and the closing) is the
trainee's checklist, not anything the caller hears about. Two ways of saying it aloud:

- **a step label** (:func:`step_labels`): a sentence headed by a numbered step that names a stage of the call or the
  model itself („Samm 2: tuvastamine.“, «Этап 3 модели звонка – уточнение потребности: ...», «Этап 4 – объяснение:
  временная защита, карта вида на жительство, ...»). A step of what the caller does („Esimene samm: minge perearsti
  juurde.“, «Первый шаг – позвоните 112.») names no stage of the call and is speech; "Esiteks ..., teiseks ..." in
  an explanation is no numbered step;
- **a goal of the call read out** (:func:`_goal_label`; new-user batch 65 maintenance-support-et gaming): the
  scenario's goals numbered and ticked off („Eesmärk 1 täidetud.“, „Eesmärk 2: tähtaeg 45 päeva ...“, «Цель 2: срок
  ...», „Kõik eesmärgid täidetud.“, «Все цели достигнуты.») or announced as the agent's own goals in the infinitive
  („Minu eesmärgid selles kõnes: täpsustada ..., selgitada ...“, «Мои цели в этом разговоре: уточнить ...»), also
  with „number“ / «номер» and the call's goals (batch 68 crisis-violence-ru: «Цель номер два: ...», „Eesmärk nr 2 –
  ...“, «Цель моего разговора: услышать ...», «Все цели разговора выполнены»). The
  goal of a benefit or a promise to the caller („Toetuse eesmärk: aidata peret ...“, „Meie eesmärk on, et saaksite
  ...“, «Моя цель – чтобы Вы получили ...») is speech;
- **the model named** (:func:`names_call_model`): „Kõnemudeli järgi ...“, „vastavalt ... kõnemudelile teavitan“,
  «Согласно модели звонка, назовите ...»: the agent cites its checklist to the caller.

The client counts a reply read out step by step against its grateful ending (`trainer.simulation.hearing`); the
scorer reads such a sentence as an instruction to the agent (`unaddressed.not_addressed`), no act towards the
caller, and the real_answers gate fails on it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.finite_verbs import has_finite_verb
from trainer.text.verb_forms import is_infinitive

__all__ = ["call_model_talk", "names_call_model", "step_labels"]

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
                     r"tapsustami\w*|tapsustan|vajaduse|selgitus\w*|selgitan|kokkuvot\w*|moistmis\w*|"
                     r"lopetami\w*|lopetus\w*|lopetan|huvasti\w*)"),
    "ru": re.compile(r"\b(?:модел\w*|стандарт\w*|руководств\w*|приветстви\w*|установить\s+личност\w*|"
                     r"идентификац\w*|уточнить\s+(?:вопрос|потребност)\w*|объяснить\w*|подвести\s+итог\w*|"
                     r"проверить\s+понимани\w*|завершить\s+разговор\w*|попрощаться|"
                     # the stage named by its noun («Шаг три: уточнение вопроса», «Шаг пять: подведение итога»)
                     r"уточнени\w*\s+(?:вопрос|потребност)\w*|объяснени\w*\s+(?:простым|понятным|доступным)\s+язык\w*|"
                     r"подведени\w*\s+итог\w*|проверк\w*\s+понимани\w*|завершени\w*\s+разговор\w*|прощани\w*)"),
}
#: a stage's bare noun as the whole label after the step's dash («Этап 4 – объяснение: ...», «Этап 6 – завершение:
#: ...», „Etapp 4 – selgitamine: ...“; new-user batch 61): „Шаг два – объяснение врачу, что ...“ is the caller's step
_BARE_STAGE = {
    "et": re.compile(r"^\W*(?:selgitus|selgitamine|tuvastamine|tapsustamine|kokkuvote|lopetamine|lopetus|"
                     r"tervitus)\W*$"),
    "ru": re.compile(r"^\W*(?:объяснение|завершение|итог|идентификация|приветствие|уточнение|резюме)\W*$"),
}
#: the call model named (folded text): „kõnemudel“ in any form, «модель звонка/разговора/беседы/обслуживания»
_MODEL = {
    "et": re.compile(r"\bkonemudel\w*"),
    "ru": re.compile(r"\bмодел\w*\s+(?:звонка|звонков|разговора|беседы|обслуживания)\b"),
}


def step_labels(text: str, lang: str) -> list[str]:
    """The sentences of a reply that the call model's numbered steps head (module doc; new-user batch 39
    crisis-violence-ru gaming, batch 61 foreign-no-code-ru gaming)."""
    return [sentence for _, _, sentence in tx.split_sentences(text)
            if _step_label(sentence, lang) or _goal_label(sentence, lang)]


@lru_cache(maxsize=16_384)
def _step_label(sentence: str, lang: str) -> bool:
    head_re, stage = _STEP_HEAD.get(lang), _STAGE.get(lang)
    if head_re is None:
        return False
    folded = tx.fold(sentence)
    m = head_re.match(folded)
    if not m or has_finite_verb(m.group("rest"), lang):
        return False  # „Esimene samm on just see paber: arsti tõend ...“: what the step is, said to the caller
    # the stage is named in the head or in the few words after its dash („Шаг пятый – подвести итог“)
    after = folded[m.end():].split(":", 1)[0]
    return bool(stage.search(m.group("rest")) or stage.search(" ".join(after.split()[:4]))
                or _BARE_STAGE[lang].match(after))


#: a numbered goal heading the sentence („Eesmärk 2: ...“, „Teine eesmärk – ...“, «Цель первая выполнена»), folded;
#: ``done`` a word of it ticked off
_DONE = {
    "et": r"(?:taidetud|saavutatud|tehtud|labitud|ok|taidan)",
    "ru": r"(?:выполнен\w*|выполня\w*|достигнут\w*|закрыт\w*|сделан\w*)",
}
_ORDINAL = {
    "et": r"(?:\d+\.?|esimene|teine|kolmas|neljas|viies|uks|kaks|kolm|neli|viis)",
    "ru": r"(?:\d+|первая|вторая|третья|четв[её]ртая|пятая|один|два|три|четыре|пять)",
}
_GOAL = {"et": r"eesmark", "ru": r"цель"}
#: the goals as a whole, also the agent's or the call's („minu eesmärgid“, „selle kõne eesmärgid“, «мои цели», «цели
#: этого разговора»; new-user batch 69 moving-abroad-account-et gaming)
_GOALS = {"et": r"(?:(?:minu|mu|meie|selle)\s+)?(?:(?:kone|vestluse)\s+)?eesmargid",
          "ru": r"(?:(?:мои|наши)\s+)?цели(?:\s+(?:(?:этого|моего|нашего)\s+)?(?:разговора|звонка|беседы))?"}
#: an adverb between the goals and their tick („Eesmärgid on nüüd täidetud.“, «Цели теперь выполнены.»)
_NOW = {"et": r"(?:(?:nuud|juba|koik|edukalt|ilusti)\s+)*", "ru": r"(?:(?:теперь|уже|все|успешно)\s+)*"}
#: the word "number" before the ordinal („Eesmärk number üks“, „Eesmärk nr 2“, «Цель номер два», «Цель № 3»)
_NUMBER = {"et": r"(?:(?:number|nr\.?)\s*)?", "ru": r"(?:(?:номер|№)\s*)?"}
_NUMBERED_GOAL = {
    lang: re.compile(rf"^\W*(?:{_GOAL[lang]}\s+{_NUMBER[lang]}{_ORDINAL[lang]}|{_ORDINAL[lang]}\s+{_GOAL[lang]})"
                     rf"\s*(?:[:–—-]|(?:on\s+|—\s+)?{_DONE[lang]}\b)")
    for lang in ("et", "ru")
}
#: the goals ticked off as a whole („Kõik eesmärgid on täidetud.“, «Все цели достигнуты.»)
_GOALS_DONE = {
    lang: re.compile(rf"^\W*(?:(?:koik|все)\s+)?(?:{_GOALS[lang]})\s+(?:on\s+)?{_NOW[lang]}{_DONE[lang]}\W*$")
    for lang in ("et", "ru")
}
#: the agent's own goals announced before a colon („Minu eesmärgid selles kõnes:“, «Мои цели в этом разговоре:»), or
#: the call's („Selle kõne eesmärk:“, «Цель моего разговора:»; new-user batch 68 crisis-violence-ru gaming)
_OWN_GOALS = {
    "et": re.compile(r"^\W*(?:(?:minu|mu)\s+(?:eesmark|eesmargid|ulesanded)|(?:selle|minu|meie)\s+(?:kone|vestluse)"
                     r"\s+(?:eesmark|eesmargid))\b[^:]{0,40}:(?P<tail>.*)$"),
    "ru": re.compile(r"^\W*(?:(?:моя|мои)\s+(?:цель|цели|задачи)|(?:цель|цели|задача|задачи)\s+(?:моего|нашего|этого)"
                     r"\s+(?:разговора|звонка|беседы))\b[^:]{0,40}:(?P<tail>.*)$"),
}
#: the goals cited as the source of what follows („Nagu eesmärkides öeldud: eesmärk number kolm – ...“, «Как сказано в
#: целях: объяснить ...»; new-user batch 69): the trainee's list, which no caller has; a benefit's goals („Nagu
#: toetuse eesmärkides öeldud, ...“) are no such source
_PER_GOALS = {
    "et": re.compile(r"^\W*(?:nagu\s+(?:minu\s+)?eesmarkides\s+(?:on\s+)?(?:oeldud|kirjas|kirjutatud|margitud|seisab)"
                     r"|vastavalt\s+(?:minu\s+)?eesmarkidele|(?:minu\s+)?eesmarkide\s+(?:jargi|kohaselt))\s*[:–—-](?P<tail>.*)$"),
    "ru": re.compile(r"^\W*(?:как\s+(?:сказано|указано|написано|записано|говорится)\s+в\s+(?:моих\s+)?целях"
                     r"|согласно\s+(?:моим\s+)?целям|по\s+(?:моим\s+)?целям)\s*[:–—-](?P<tail>.*)$"),
}
#: words before the first infinitive of a goal list: ordinal adverbs („esiteks“, «во-первых»), a negation („mitte
#: võtta“) and an Estonian verb particle („välja selgitada“)
_LIST_LEAD = {
    "et": frozenset("esiteks teiseks kolmandaks neljandaks viiendaks koigepealt esmalt siis mitte ka "
                    "valja ara ule labi kokku ette tagasi edasi".split()),
    "ru": frozenset("во-первых во-вторых в-третьих в-четвертых первое второе третье сначала затем также не".split()),
}


@lru_cache(maxsize=16_384)
def _goal_label(sentence: str, lang: str) -> bool:
    """Is the sentence a goal of the call read out: numbered, ticked off, or announced as the agent's own goals in
    the infinitive (module doc)?"""
    if lang not in _NUMBERED_GOAL:
        return False
    folded = tx.fold(sentence.lower())
    if _NUMBERED_GOAL[lang].match(folded) or _GOALS_DONE[lang].match(folded):
        return True
    m = _OWN_GOALS[lang].match(folded)
    if m:
        return _infinitive_first(sentence[len(sentence) - len(m.group("tail")):], lang)
    m = _PER_GOALS[lang].match(folded)
    if not m:
        return False
    # „Nagu eesmärkides öeldud:“ heading a goal read out, numbered or in the infinitive
    tail = sentence[len(sentence) - len(m.group("tail")):]
    return _goal_label(tail.strip(), lang) or _infinitive_first(tail, lang)


def _infinitive_first(text: str, lang: str) -> bool:
    """Is the first word of a goal list, after its ordinal adverbs (`_LIST_LEAD`), an infinitive („esiteks
    täpsustada“, «во-первых, уточнить»)?"""
    lead = _LIST_LEAD[lang]
    first = next((t for t in tx.tokenize_cached(text) if t.is_word and tx.fold(t.norm) not in lead), None)
    return first is not None and is_infinitive(first, lang)


def names_call_model(sentence: str, lang: str) -> bool:
    """Does the sentence name the call model („Kõnemudeli järgi ...“, «Согласно модели звонка ...»)?"""
    pattern = _MODEL.get(lang)
    return bool(pattern and pattern.search(tx.fold(sentence.lower())))


def call_model_talk(sentence: str, lang: str) -> bool:
    """A step label or the call model named: talk about the checklist, not to the caller (module doc)."""
    return _step_label(sentence, lang) or _goal_label(sentence, lang) or names_call_model(sentence, lang)
