"""Machine prompts: agent replies that play a machine instead of talking to the client (batch 17).

- ``menu``: an automated phone menu (IVR) read to the caller: options chosen by saying or pressing a number
  («Скажите «один» – регистр ...; «два» – ...», "Valige: 1 – jah, 2 – ei", "vajutage 3") and the choice
  confirmed like a machine («Вы выбрали «два»: ...», "Valisite teema 2", "Valik salvestatud."); in a chat, a
  command to type the number ("Valige teema, kirjutades numbri: 1 – ...", "Kirjutage järgmine number"). One such
  sentence in a whole call is no menu ("Helistage Töötukassasse 15501 ja valige menüüst 2" tells the way
  through another line's menu): a menu needs two prompts, and a sentence that names a phone number or a
  call is never one – unless the number is one of two or more numbered options read out («Выберите тему,
  отправив цифру: 1 – ...; 4 – инфотелефон 16106», batch 24). A request filed under an option's number
  («Ваш запрос отнесён к теме 1») confirms a choice like a machine.
- ``checklist``: the call model ticked off in the reply ("✔ tervitus ✔ empaatia: ... ☐ kokkuvõte", «✔
  приветствие ☐ итог»): check boxes before two or more names of its stages, or before the agent's own steps („[x]
  küsin otse ... [ ] teavitan meeskonnajuhti“) or under a checklist heading (`checkboxes`, batch 63). Boxes before
  documents or steps for the client ("☐ pass ☐ arstitõend") are a list, not the standard read aloud.

- ``pick_list``: a list of five or more candidate answers (institutions, login means, rules side by side) and the
  client told to pick what applies to her («Pensionikeskus, PPA, Maksu- ja Tolliamet, Mobiil-ID, Smart-ID ...
  Выберите, что Вам подходит.», "... Valige, mis Teile sobib."): sorting out who does what is the agent's job.
  A choice of convenience («выберите, что Вам удобнее», "mis Teile mugavam on") is the client's and no pick list.

- ``quiz``: multiple-choice questions about the rules put to the client, or an answer marked by its letter ("väike test:
  mitu aastahinnet ...? a) 1 b) 1,5 c) 3,5", "Õige vastus on b)"; new-user batch 41): see `quiz`.
- ``mirror``: a call whose replies only give the client's own words back as checks of understanding, empathy and
  "summaries" („Kas ma sain õigesti aru, et Te küsite, millal pension tuleb?“; new-user batch 48): see `mirror`.

All of them say the words the scorer looks for without saying anything to the client; `acts.find_non_answers`
adds them to its findings and the ``real_answers`` gate fails on them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.checkboxes import box_checklist
from trainer.scoring.mirror import mirror_replies
from trainer.scoring.quiz import is_quiz, opinion_quiz

KINDS = ("menu", "checklist", "pick_list", "quiz", "mirror")

_NUMBER = (r"(?:\d|null|uks|kaks|kolm|neli|viis|kuus|seitse|kaheksa|yheksa|uheksa|"
           r"ноль|нуль|один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять)")
# the number is the whole option: quoted, or followed by a dash, a colon, a bracket or the sentence's end
_OPTION = _NUMBER + r"[»\"“”']?(?=\s*(?:[–—:)-]|[.,;!]|$))"
_OPEN = r"[\s:«\"„“']*"
_PROMPT = re.compile(
    r"(?:^|(?<=[\s«\"„(]))(?:"
    # a command to say, press or choose a number: "valige teema: 1 – ...", «для повтора скажите «ноль»»
    r"(?:valige|vali|vajutage|vajuta|oelge|utelge|oelda|valida|vajutada|"
    r"скажите|нажмите|выберите|наберите|назовите|скажи|нажми)(?:[\s,]+\w+){0,3}" + _OPEN + _OPTION +
    # a command to type the option's number in a chat: "kirjutage järgmine number", «введите цифру темы»
    r"|(?:kirjutage|sisestage|kirjuta|sisesta)\s+(?:(?:teema|valiku|jargmine|jargmise|sobiv\w*)\s+)?"
    r"numb(?:er|ri)\b|(?:напишите|введите|отправьте)\s+(?:номер|цифру)\s+(?:темы|пункта|варианта)\b|"
    r"(?:напишите|введите|отправьте)\s+(?:нужную\s+|следующую\s+)?цифру\b" +
    # the choice confirmed like a machine: "valisite teema 2", «вы выбрали «два»»
    r"|(?:valisite|valitud|вы\s+выбрали|выбран[оа]?)(?:\s+\w+){0,2}" + _OPEN + _OPTION +
    r"|valik\s+(?:salvestatud|registreeritud|kinnitatud)|выбор\s+(?:сохран[её]н|принят|записан)" +
    # the request filed under an option's number (batch 24): «Ваш запрос отнесён к теме 1», "päring on liigitatud
    # teemasse 1"
    r"|(?:отнесен\w*|присвоен\w*)\s+(?:к\s+)?(?:тем|раздел|категори|пункт|рубрик)\w*" + _OPEN + _OPTION +
    r"|(?:liigitatud|suunatud|maaratud|arvatud)\s+(?:teema|rubriigi|jaotise|kategooria)\w*" + _OPEN + _OPTION +
    # a bare command to choose a number or to answer an option's number (batch 35): "Valige number.", «Выберите
    # цифру.», "Palun vastake punktile 2", «Ответьте на пункт 2»
    r"|(?:valige|vali|vajutage|выберите|нажмите|назовите)\s+(?:sobiv\w*\s+|нужн\w+\s+)?(?:number|numbri|цифру|номер)"
    r"\s*(?=[.!]|$)|(?:vastake|vasta)\s+punktile" + _OPEN + _OPTION +
    r"|ответьте\s+(?:на\s+)?(?:пункт|вопрос)\s+(?:номер\s+|№\s*)?" + _OPTION + ")")
# a menu's heading before its numbered options: "Menüü: 1) ärakiri 2) lõpeta", «Меню: 1 – ...; 2 – ...» (batch 35)
_MENU_HEADING = re.compile(r"^\s*(?:menuu|меню)\s*:")
# a phone number or a call: the sentence tells the way through another line's menu
_OTHER_LINE = re.compile(r"\d[\d \u00a0-]{3,}\d|\bhelista\w*|\b(?:по)?звон\w*|\bзвоните\b")
# a numbered option of a list read out: "1 – pension", "2) peretoetused", «4 – инфотелефон 16106»
_LISTED_OPTION = re.compile(r"(?:^|(?<=[\s:;,(]))\d{1,2}\s*(?:[–—)]|-\s)\s*(?=[^\W\d_])")
_MIN_LISTED_OPTIONS = 2

_BOX = r"(?:[✔✓☑✅☐☒□✗✘❌■]|\[[ xX✓✔]?\])"
_STAGE_WORDS = {
    "et": r"tervitus|empaatia|kaastunne|moistmine|tuvastami\w*|isikukood|taps\w+|vajadus|selgitus|kokkuvote|"
          r"lopetus|hyvastijat\w*|huvastijat\w*|abi\s+pakkumine|arusaami\w*|viisakus|nimi|teie-vorm",
    "ru": r"приветстви\w*|эмпати\w*|сочувстви\w*|идентификаци\w*|личн\w+\s+код|уточнени\w*|потребност\w*|"
          r"объяснени\w*|итог\w*|резюме|завершени\w*|прощани\w*|проверк\w+\s+поним\w*|вежливост\w*",
}
_CHECKED_STAGE = {lang: re.compile(_BOX + r"\s*(?:" + words + r")\b") for lang, words in _STAGE_WORDS.items()}
# "choose what applies to you": the client is left to sort the list (not a preference: удобнее, mugavam)
_PICK = re.compile(r"\b(?:выберите|выбирайте|решите|valige|vali|otsustage)\b[^.?!]{0,20}?\b(?:что|какое|какой|какая|"
                   r"кто|mis|milline|kes)\b[^.?!]{0,15}?\b(?:подходит|подойдет|относится|касается|sobib|sobiks|"
                   r"kehtib|puudutab)\b")
_PICK_ITEMS = re.compile(r",(?!\d)|(?<!\d),|;")
_MIN_PICK_ITEMS = 5
_MAX_PICK_ITEM_WORDS = 5
_MIN_MENU_PROMPTS = 2
_MIN_CHECKED_STAGES = 2

FEEDBACK = {
    "menu": {
        "et": "„{quote}“ ({turn_label}) on automaatse telefonimenüü lause, mitte vastus: klient ei pea numbreid "
              "valima. Kuulake, mida ta küsib, ja vastake talle oma sõnadega.",
        "ru": "«{quote}» ({turn_label}) – фраза автоматического голосового меню, а не ответ: клиенту не нужно "
              "выбирать цифры. Выслушайте вопрос и ответьте своими словами.",
        "en": "\"{quote}\" ({turn_label}) is an automated phone menu, not an answer to the client.",
    },
    "checklist": {
        "et": "„{quote}“ ({turn_label}) märgib kõnemudeli samme linnukestega, mitte ei räägi kliendiga. "
              "Ärge raporteerige samme – tehke neid.",
        "ru": "«{quote}» ({turn_label}) отмечает галочками шаги модели разговора, а не обращается к клиенту. "
              "Не отчитывайтесь о шагах – выполняйте их.",
        "en": "\"{quote}\" ({turn_label}) ticks off the call model's steps instead of talking to the client.",
    },
    "pick_list": {
        "et": "„{quote}“ ({turn_label}) loetleb võimalikke vastuseid ja jätab kliendi valima, mis tema kohta käib. "
              "Öelge ise, kes millega tegeleb: iga küsimuse juurde oma vastus.",
        "ru": "«{quote}» ({turn_label}) перечисляет возможные ответы и оставляет клиенту выбирать, что к нему "
              "относится. Скажите сами, кто чем занимается: на каждый вопрос – свой ответ.",
        "en": "\"{quote}\" ({turn_label}) lists candidate answers and leaves the client to pick what applies.",
    },
    "quiz": {
        "et": "„{quote}“ ({turn_label}) on viktoriin, mitte vastus: klient küsis Teilt, Teie ei pea teda eksamineerima. "
              "Vastake tema küsimusele ise ja oma sõnadega.",
        "ru": "«{quote}» ({turn_label}) – викторина, а не ответ: клиент спросил Вас, экзаменовать его не нужно. "
              "Ответьте на его вопрос сами и своими словами.",
        "en": "\"{quote}\" ({turn_label}) is a quiz put to the client, not an answer to the client's question.",
    },
    "mirror": {
        "et": "„{quote}“ ({turn_label}) kordab ainult kliendi enda sõnu: see ei ütle talle midagi uut. Üks täpsustav "
              "küsimus on hea, kuid seejärel vastake küsimusele ise – kuupäeva, reegli või järgmise sammuga.",
        "ru": "«{quote}» ({turn_label}) только повторяет слова клиента и ничего нового ему не говорит. Один уточняющий "
              "вопрос – хорошо, но потом ответьте на вопрос сами: датой, правилом или следующим шагом.",
        "en": "\"{quote}\" ({turn_label}) only gives the client's own words back and tells them nothing new.",
    },
}


@lru_cache(maxsize=16_384)  # a pure function of the sentence
def _menu_prompts(sentence: str) -> int:
    """How many menu prompts the sentence has (0 when it names a phone number or a call)."""
    folded = tx.fold(sentence.lower())
    options = list(_LISTED_OPTION.finditer(folded))
    # a phone number among the options of a menu read out («4 – инфотелефон 16106», batch 24) is one of its
    # items: only a number or a call before the options tells the way through another line's menu
    head = folded[:options[0].start()] if len(options) >= _MIN_LISTED_OPTIONS else folded
    if _OTHER_LINE.search(head):
        return 0
    heading = bool(_MENU_HEADING.match(folded)) and len(options) >= _MIN_LISTED_OPTIONS
    return len(_PROMPT.findall(folded)) + heading


def _pick_list(text: str) -> bool:
    """A reply that lists five or more short candidate answers and tells the client to pick what applies."""
    folded = tx.fold(text.lower())
    if not _PICK.search(folded):
        return False
    for _, _, sentence in tx.split_sentences_cached(folded):
        body = sentence.split(":", 1)[-1]
        items = [p for p in _PICK_ITEMS.split(body) if p.strip()]
        if len(items) >= _MIN_PICK_ITEMS and all(len(p.split()) <= _MAX_PICK_ITEM_WORDS for p in items):
            return True
    return False


@lru_cache(maxsize=16_384)  # a pure function of the reply: the same replies recur across turns and calls
def _reply_prompts(text: str, language: str) -> tuple[str, ...]:
    """The kinds of prompt a whole agent reply is: "checklist" (two or more call-model stages ticked off, or the
    agent's own steps boxed, `checkboxes.box_checklist`) and/or "pick_list" (`_pick_list`)."""
    folded = tx.fold(text.lower())
    stages = [_CHECKED_STAGE[lang].findall(folded) for lang in _CHECKED_STAGE]
    checklist = max(len(found) for found in stages) >= _MIN_CHECKED_STAGES or box_checklist(text, language)
    return (("checklist",) if checklist else ()) + (("pick_list",) if _pick_list(text) else ())


def find_machine_prompts(turns, language: str, concepts: dict | None = None) -> list[tuple[int, str, str]]:
    """(turn index, kind, quote) for every menu sentence (when the call has two prompts or more) and every
    reply that ticks off two or more stages of the call model; ``turns`` are the transcript's turns. With the rubric's
    ``concepts``, also the replies of a call that only mirrors the client (`mirror`)."""
    menu: list[tuple[int, str, str]] = []
    prompts = 0
    out: list[tuple[int, str, str]] = []
    for i, turn in enumerate(turns):
        if turn.role != "agent":
            continue
        for _, _, sentence in tx.split_sentences_cached(turn.text):
            n = _menu_prompts(sentence)
            if n:
                prompts += n
                menu.append((i, "menu", sentence.strip()))
        out += [(i, kind, turn.text.strip()) for kind in _reply_prompts(turn.text, language)]
        if is_quiz(turn.text, language):
            out.append((i, "quiz", turn.text.strip()))
    if prompts >= _MIN_MENU_PROMPTS:
        out.extend(menu)
    quizzed = {i for i, kind, _ in out if kind == "quiz"}
    out += [(i, "quiz", turns[i].text.strip()) for i in opinion_quiz(turns, language, concepts) if i not in quizzed]
    flagged = {i for i, _, _ in out}
    out += [(i, "mirror", turns[i].text.strip()) for i in mirror_replies(turns, language, concepts) if i not in flagged]
    return sorted(out)
