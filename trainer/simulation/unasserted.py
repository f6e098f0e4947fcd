"""Parts of a reply that assert nothing to the caller: a list read out under a head that narrates the call model
(„Järgmine samm on selgitus: pensionitõus, aprilli pension“) or labels it („Märksõnad: ...“), and a fact offered as
one of several possibilities („Võib-olla maksab mõlemad riigid, aga võib-olla ka ainult üks.“), or several competing
values for one fact („45, 60 või 90 päeva“, `competing_values`). The client hears no fact in them (:meth:`trainer.simulation.dialogue.Conversation` drops them before it listens)."""

from __future__ import annotations

import re

from trainer import text as tx

__all__ = ["ADDRESSED", "competing_values", "hedged_alternatives", "narrated_lists"]


#: a head before a colon that narrates the call model („Järgmine samm on selgitus lihtsas keeles: ...“, «Следующий
#: этап – объяснение: ...»): the list after it is the checklist's content read out, not said to the caller
_STAGE_HEAD = {
    "et": re.compile(r"\b(?:samm\w*|etapp\w*|etapi\w*|konemudel\w*|selgitus\w*|tuvastami\w*|"
                     r"tapsustami\w*|tervitus\w*|lopetami\w*)\b"),
    "ru": re.compile(r"\b(?:шаг\w*|этап\w*|модел\w*|объяснени\w*|разъяснени\w*|идентификац\w*|"
                     r"уточнени\w*|приветстви\w*|завершени\w*)\b"),
}
#: a head that names what follows as labels, not as anything said to the caller („Märksõnad Teie juhtumi jaoks: ...“,
#: „Otsin süsteemist teemad: ...“, «Ключевые пункты: ...», «Ссылки: ...»): its list is not heard, addressed or not
_LABEL_HEAD = {
    "et": re.compile(r"\b(?:marksona\w*|votmesona\w*|teemad|teemade|kategooria\w*|staatus\w*|lingid|linkide|viited)\b"),
    "ru": re.compile(r"\b(?:ключев\w+\s+(?:пункт|слов|момент)\w*|категори\w*|статус\w*|ссылк\w*|теги|тэги|темы)\b"),
}
ADDRESSED = {"et": frozenset("te teie teile teid teil teilt teiega sa sina sul sulle".split()),
              "ru": frozenset("вы вам вас вами ваш ваша ваше ваши вашего вашей".split())}


def narrated_lists(text: str, lang: str) -> list[str]:
    """The sentences of a reply whose head narrates a stage of the call model and whose tail, after the colon,
    is a list of bare items („Järgmine samm on selgitus lihtsas keeles: pensionitõus, aprilli pension, keskmine
    tõus, kahe tööpäeva jooksul“): the client hears no fact in them. A summary label („Kokkuvõtteks: ...“)
    names no such stage: a terse recap is heard as one (the scorer tells a recap from a list). A head that speaks to the caller („Teile
    on oluline teada: ...“, «Вам нужно: ...») or names no stage („Kaasa võtke: ...“) governs its list."""
    from trainer.scoring.item_list import item_list  # the scorer's list test, on the tail alone

    head_words = _STAGE_HEAD.get(lang, _STAGE_HEAD["et"])
    addressed = ADDRESSED.get(lang, ADDRESSED["et"])
    out = []
    for _, _, sentence in tx.split_sentences(text):
        if ":" not in sentence:
            continue
        head, tail = sentence.split(":", 1)
        words = {t.norm for t in tx.tokenize(head) if t.is_word}
        label = _LABEL_HEAD.get(lang, _LABEL_HEAD["et"]).search(tx.fold(head))
        if not label and (not head_words.search(tx.fold(head)) or words & addressed):
            continue
        if item_list(tail.strip(), lang, (), frozenset(), set()):
            out.append(sentence)
    return out


#: a possibility said as a parenthesis at the head of a clause ("võib-olla, ...", «может быть, ...», «возможно, ...»)
#: and a second one after it ("..., aga võib-olla ka ...", «..., а может быть, ...»): the fact is one of several
#: possibilities; "то ли ... то ли", "äkki ... äkki" likewise. A modal verb inside a clause («страна может
#: доплатить разницу») is no parenthesis: a rule that says what may happen is still said
_HEDGE_PAIR = {
    "et": re.compile(r"(?:^|[:,;–—-])\s*(?:voib-?olla|voibolla|akki)\b[^.!?]*?[,;:]\s*(?:aga|voi|ja)?\s*(?:ka\s+)?"
                     r"(?:voib-?olla|voibolla|akki)\b"),
    "ru": re.compile(r"(?:^|[:,;–—-])\s*(?:может\s+быть|может|возможно)\b[^.!?]*?[,;:]\s*(?:а|или|либо|но)\s+"
                     r"(?:же\s+)?(?:может|возможно)\b|\bто\s+ли\b[^.!?]*\bто\s+ли\b"),
}
#: a reply that says it may be anything ("kõik on individuaalne", «всё индивидуально», «возможны все варианты»,
#: «можно по-разному»): an alternative in it ("kas ... või ...", «... или ...», «можете ..., а можете ...») is no answer
_ALL_POSSIBLE = {
    "et": re.compile(r"\b(?:koik|see)\s+on\s+(?:vaga\s+)?individuaalne\b|\bkoik\s+(?:variandid|voimalused)\s+on\s+"
                     r"voimalikud\b|\b(?:voib|saab)\s+(?:olla\s+)?(?:igati|mitmeti|erinevalt)\b|\bkuidas\s+kunagi\b"),
    "ru": re.compile(r"\bвсе\s+(?:очень\s+)?индивидуально\b|\bвозможны\s+(?:все|любые|разные)\s+варианты\b|"
                     r"\b(?:бывает|можно|может\s+быть)\s+по-разному\b|\bкак\s+повезет\b"),
}
_ALTERNATIVE = {
    "et": re.compile(r"\bkas\b[^.!?]*\bvoi\b|\bvoi\s+(?:ka\s+)?(?:voib-?olla|akki)\b"),
    "ru": re.compile(r"\bили\b|\bлибо\b|,\s*а\s+(?:может|можете|можно|возможно)\b"),
}


def hedged_alternatives(text: str, lang: str) -> list[str]:
    """The sentences of a reply that offer a fact as one of several possibilities („Võib-olla maksab mõlemad
    riigid, aga võib-olla ka ainult üks.“, «Может быть, платят обе страны, а может быть, только одна.», or
    «... или ...» in a reply that says «всё индивидуально»): they assert neither, and the client, who asked which
    it is, has not been answered. A plain answer with an exception („Üldjuhul maksab üks riik, erandiks ...“,
    «Как правило, платит одна страна») or a rule of what may happen («другая страна может доплатить») asserts."""
    sl = "ru" if lang == "ru" else "et"
    folded_all = tx.fold(text)
    anything = bool(_ALL_POSSIBLE[sl].search(folded_all))
    out = []
    for _, _, sentence in tx.split_sentences(text):
        folded = tx.fold(sentence)
        if _HEDGE_PAIR[sl].search(folded) or (anything and _ALTERNATIVE[sl].search(folded)):
            out.append(sentence)
    return out


#: a number as said in a list of values: "45", "1,5", an ordinal "10.", «17-го»
_NUM = r"\d+(?:[.,]\d+)?(?:\.|-[а-я]{1,3})?"
#: the unit after the last value of the list: money, days, dates, months, years, weeks, hours, percent
_UNIT = r"(?:eur\w*|€|paev\w*|toopaev\w*|kuupaev\w*|kuu\w*|aasta\w*|nadal\w*|tund\w*|protsen\w*|%|" \
        r"евро|дн[яейю]\w*|день|рабоч\w*|месяц\w*|числ\w*|год\w*|лет|недел\w*|час\w*|процент\w*)"
#: three values or more strung with commas and "or" before one unit („15, 30, 45 või 60 päeva“, «2-го, 9-го или
#: 17-го числа»); "and" joins values of different things („2, 5 ja 7 aastat“) and a dash or "kuni" a range
_VALUE_CHOICE = re.compile(rf"(?<![\d,.]){_NUM}(?:,\s+{_NUM}){{1,}},?\s+(?:voi|ehk|или|либо|or)\s+{_NUM}\s*{_UNIT}(?!\w)")
#: what the value depends on, named: a rate table („138, 162 või 243 eurot sõltuvalt puude raskusastmest“), unless
#: the ground is no ground („olenevalt olukorrast“, «в зависимости от ситуации»)
_DEPENDS = re.compile(r"\b(?:soltuvalt|olenevalt|в\s+зависимости\s+от)\s+(\w+)")
_NO_GROUND = re.compile(r"^(?:olukorra\w*|asjaolu\w*|juhtum\w*|juhu\w*|juhust|ситуаци\w*|случа\w*|обстоятельств\w*|"
                        r"всего|разн\w*)$")


def competing_values(text: str, lang: str) -> list[str]:
    """The sentences of a reply that offer several competing values for one fact, three or more joined by "or"
    before one unit („Toetus on 90, 120, 180 või 240 eurot.“, «Срок 10, 20, 30 или 45 дней.»): one of them may be
    right, but the caller who asked for it has not been told which, as with `hedged_alternatives`. A range („29–42
    eurot“, „6 kuud enne kuni 3 kuud pärast“), one value, a question that offers the caller choices („Kas Teil on 1,
    2 või 3 last?“) or values tied to what they depend on („... sõltuvalt puude raskusastmest“) are answers."""
    out = []
    for _, _, sentence in tx.split_sentences(text):
        if not sentence.strip() or tx.is_question(sentence, lang):
            continue
        folded = tx.fold(sentence)
        if not _VALUE_CHOICE.search(folded):
            continue
        grounds = [m.group(1) for m in _DEPENDS.finditer(folded)]
        if grounds and not all(_NO_GROUND.match(g) for g in grounds):
            continue
        out.append(sentence)
    return out
