"""The legal deadline said "at the latest": the rule the Board is bound by, not a promised outcome or date.

"Selgitustaotlusele vastatakse 30 päeva jooksul, ehk hiljemalt 12. detsembriks. Vastuse saate kindlasti hiljemalt
12. detsembriks." (new-user batch 57 letters-unanswered-et good) names the deadline of the rule with certainty: the
answer must come by then, whatever it says. `promises.is_promise` reads "kindlasti" with an answer as a promise; this
module takes such a sentence back when

- every date in it is said as a deadline ("hiljemalt", "mitte hiljem kui", «не позднее», «не позже», «до») and is the
  case's legal deadline: a date the scenario's facts give as a due date ("12. detsembriks", «до 12 декабря»), or, when
  they give none, a date the agent derived from the rule in the same call (a sentence with a duration, "30 päeva",
  «30 дней», and that date);
- what is due is an answer (vastus, «ответ»), not a decision (an expert's, however long it usually takes), not a call-back by another department
  ("menetleja helistab", «Вам перезвонят»), not how it is decided ("positiivne", «положительное») and not a raise;
- no performative promise ("luban", «обещаю», "garanteerin") is in it, and without the deadline and its certainty word
  the sentence promises nothing.

A date earlier than the legal deadline, or any date when the call has no deadline to derive it from, stays a promise.

The duty to answer said with certainty is no promise either (new-user batch 59 complaint-registration-et good: "Kas ma
saan selle kohta ka mingi vastuse?" "Jah, saate kindlasti vastuse."): a complaint or a request must be answered by law,
and a sentence that says only THAT an answer comes ("vastus tuleb Teile kindlasti", «ответ Вы обязательно получите»)
states the Board's duty (`duty_to_answer_only`). It stays a promise with any time in it ("homme", "kahe päeva
jooksul", "varsti", «в ближайшие дни»; the legal deadline "at the latest" is read above), with what the answer says
("positiivse vastuse", "vastuse, et toetus taastatakse", «положительный ответ»), with a decision ("otsuse saate
kindlasti"), money or another outcome beside it, with a performative ("luban", «обещаю», "garanteerin") and as a
call-back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from trainer import text as tx
from trainer.scoring.promise_days import specific_day
from trainer.scoring.promises import is_promise, lang_of
from trainer.scoring.statements import Statement, find_promises

__all__ = ["binding_promises", "deadline_dates", "duty_to_answer_only", "legal_deadline_only"]

_MARKER = {
    "et": r"(?<!\w)(?:hiljemalt|mitte\s+hiljem\s+kui|tahtajaga|tahtaeg\s+on)\s*$",
    "ru": r"(?<!\w)(?:не\s+позднее|не\s+позже|до|срок\s+[-—–]?\s*)\s*$",
}
_CERTAIN = {
    "et": r"kindlasti|kindlalt|kahtlemata",
    "ru": r"точно|обязательно|непременно|гарантированно",
}
# an answer to the client's letter or request: the Board must give it by the legal deadline; a decision is an
# expert's, and its processing time is no date to be certain of (new-user batch 18 refuses-code-et wrong: "otsus
# tehakse 15 tööpäeva jooksul ..., nii et hiljemalt 11. detsembril on see kindlasti olemas" stays a promise)
_DUE = {"et": r"vastus\w*|vastatakse|vastame", "ru": r"ответ\w*|ответят|ответим"}
_NOT_DUE = {
    "et": r"helista\w*|uhendust|kone\w*|tagasi\s+helist\w*|positiiv\w*|rahulda\w*|kasuks|soodsa\w*|"
          r"suurem\w*|tous\w*|tostetakse|luban|lubame|garanteeri\w*|sada\s+protsenti|100\s?%",
    "ru": r"перезвон\w*|позвон\w*|свяж\w*|звон\w*|положительн\w*|одобр\w*|польз\w*|повыс\w*|увелич\w*|"
          r"обещаю|обещаем|гарантир\w*|сто\s+процентов|100\s?%",
}
# a duration of the rule said with the date ("30 päeva jooksul, ehk hiljemalt 12. detsembriks", «в течение 30 дней,
# то есть до 12 декабря»)
_DURATION = {
    "et": r"\d+\s*(?:kalendri|too)?(?:paev\w*|p)|(?:kolmekumne|kolmkummend|viieteist|kumne)\s+(?:too)?paev\w*|\d+\s*kuu\w*",
    "ru": r"\d+\s*(?:календарн\w+\s+|рабоч\w+\s+)?(?:дн\w*|день)|тридцат\w+\s+дн\w*|\d+\s*месяц\w*",
}
# a fact phrased as a due date: "12. detsembriks" (the terminative: by then), «до 12 декабря»
_DUE_FACT = {"et": re.compile(r"\d{1,2}\.?\s*[^\W\d_]+ks\b"), "ru": re.compile(r"(?:до|не\s+позднее)\s+\d{1,2}\s")}


def _rx(pattern: str) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + pattern + r")(?!\w)", re.IGNORECASE)


def _day_month(value: str) -> str:
    return ".".join(value.split(".")[:2])


def _dates(text: str) -> list:
    return [n for n in tx.find_numbers(text) if n.kind == "date"]


def deadline_dates(facts: Iterable[str], agent_texts: Iterable[str], lang: str) -> frozenset[str]:
    """The case's legal deadlines as "day.month": the scenario's due-date facts, or when there are none, the dates
    the agent said beside a duration of the rule in the call so far."""
    due = frozenset(_day_month(d.value) for fact in facts for d in _dates(fact)
                    if _DUE_FACT.get(lang, _DUE_FACT["et"]).search(tx.fold(fact) + " "))
    if due:
        return due
    derived = set()
    for text in agent_texts:
        for _start, _end, sentence in tx.split_sentences(text):
            language = lang_of(sentence, lang)
            if language in _DURATION and _rx(_DURATION[language]).search(tx.fold(sentence)):
                derived.update(_day_month(d.value) for d in _dates(sentence))
    return frozenset(derived)


def legal_deadline_only(sentence: str, lang: str, deadlines: frozenset[str]) -> bool:
    """Is the sentence's promise only the legal deadline said with certainty (see the module docstring)?"""
    lang = lang_of(sentence, lang)
    if lang not in _MARKER or not deadlines:
        return False
    folded = tx.fold(sentence)
    if not _rx(_DUE[lang]).search(folded) or _rx(_NOT_DUE[lang]).search(folded):
        return False
    dates = _dates(sentence)
    if not dates:
        return False
    marker = re.compile(_MARKER[lang], re.IGNORECASE)
    rest = sentence
    for d in dates:
        before = tx.fold(sentence[:d.start])
        found = marker.search(before)
        if not found or _day_month(d.value) not in deadlines:
            return False
        # blank the deadline and the words of the marker (offsets kept: folding keeps lengths for et/ru text)
        start = found.start() if len(before) == d.start else d.start
        end = d.end + len(re.match(r"\w*", sentence[d.end:]).group())
        rest = rest[:start] + " " * (end - start) + rest[end:]
    certain = _rx(_CERTAIN[lang])
    rest = certain.sub(lambda m: " " * len(m.group()), tx.fold(rest)) if len(tx.fold(rest)) == len(rest) else rest
    return not is_promise(rest, lang)


# -- the duty to answer ------------------------------------------------------------------------------------------------

# the certainty said of the answer: an adverb, or "võite kindel olla" / «можете быть уверены» before it
_DUTY_CERTAIN = {
    "et": r"kindlasti|kindlalt|kahtlemata|igal\s+juhul|"
          r"(?:voite|void|olge|ole)\s+(?:(?:selles|taiesti|ka)\s+)?kindel(?:\s+olla)?(?:\s*,?\s*et)?",
    "ru": r"точно|обязательно|непременно|в\s+любом\s+случае|"
          r"(?:можете\s+быть|будьте)\s+(?:(?:в\s+этом|абсолютно)\s+)?уверен\w*(?:\s*,?\s*что)?|не\s+сомневайтесь",
}
# any time or date the answer is tied to: a number, a day, a duration, "soon", "quickly"
_WHEN = {
    "et": r"\d+\w*|jooksul|parast|enne|hiljemalt|varsti|peagi|kiiresti|kiirelt|ruttu|kohe|otsekohe|lahiajal|"
          r"tana|homme\w*|ulehomme|\w*paev\w*|nadal\w*|kuu(?:d|s|l|ks|ga|st|ni|pae\w*)?|tund\w*|tunni\w*|"
          r"aeg\w*|aja\w*|aasta\w*|reede\w*",
    "ru": r"\d+\w*|течение|через|позднее|позже|скоро|вскоре|быстро|сразу|немедленно|ближайш\w*|сегодня|завтра|"
          r"послезавтра|дн\w*|день|недел\w*|месяц\w*|час\w*|сут\w*|срок\w*|врем\w*|год\w*|пятниц\w*",
}
# what the answer says or how it goes ("positiivse vastuse", "vastuse, et ...", «ответ, что ...»), a decision, and
# anything that is no answer at all (a call-back, money): not the duty
_NOT_DUTY = {
    "et": r"(?:hea|heas|jaatav\w*|meeldiv\w*|roomustav\w*|soodne\w*|rahuldav\w*)\s+(?:\w+\s+)?vastus\w*|"
          r"vastus\w*\s*,?\s+(?:et|kus|milles|mille\s+jargi)|otsus\w*|raha|summa\w*|eur\w*|toetus\w*|pension\w*|"
          r"huvitis\w*|makst\w*|makse\w*|vahe",
    "ru": r"(?:хорош|благоприятн|радостн|утвердительн|удовлетворительн)\w*|ответ\w*\s*,?\s+(?:что|где|в\s+котором)|"
          r"решени\w*|деньг\w*|денег|сумм\w*|евро|\w*плат\w*|пенси\w*|пособи\w*",
}
# the answer coming: the verb of its arrival, blanked with the answer before the rest is read for another outcome
_ANSWER_COMES = {
    "et": r"saate|saad|saab|saavad|tuleb|tulevad|tuleks|joua\w*|antakse|saadetakse",
    "ru": r"получите|получит|получат|придёт|придет|придут|будет|пришлют|дадут|дойд[её]т|направят|отправят",
}
# the outcomes of the case (promises.py) less the answer's arrival: none may stay in the answer's clause
_OTHER_OUTCOME = {
    "et": r"otsus\w*|rahulda\w*|muude\w*|muudetakse|makst\w*|makse\w*|tagasta\w*|kanta\w*|laeku\w*|lahend\w*|korras|"
          r"positiiv\w*|raha|\w*toetus\w*|pension\w*|huvitis\w*|puue|puude|puuet|maara\w*|tuhista\w*|kustuta\w*|"
          r"taasta\w*|kaes|kontol|tagasi|\w+(?:takse|dakse)",
    "ru": r"решени\w*|одобр\w*|измен\w*|доплат\w*|заплат\w*|перечисл\w*|верн\w*|поступ\w*|выплат\w*|решат|деньги|"
          r"пенси\w*|пособи\w*|компенсаци\w*|инвалидност\w*|установ\w*|назнач\w*|отмен\w*|спиш\w*|восстанов\w*",
}
# the clauses of a sentence: the certainty is read as said of each ("vastuse saate kindlasti ja teenindaja saab
# noomituse" promises the reprimand too)
_CLAUSE = re.compile(r"[,;:–—-]\s|\s(?:ja|ning|aga|kuid|и|а|но)\s")
_CERTAIN_WORD = {"et": "kindlasti ", "ru": "точно "}


def _blank(pattern: re.Pattern, text: str) -> str:
    return pattern.sub(lambda m: " " * len(m.group()), text)


def duty_to_answer_only(sentence: str, lang: str) -> bool:
    """Does the sentence only say with certainty that an answer will come, with no time and no outcome (the
    Board's duty to answer a complaint or request; see the module docstring)?"""
    lang = lang_of(sentence, lang)
    if lang not in _DUE:
        return False
    folded = tx.fold(sentence)
    certain = _rx(_DUTY_CERTAIN[lang])
    if not _rx(_DUE[lang]).search(folded) or not certain.search(folded) or _rx(_NOT_DUE[lang]).search(folded) \
            or _rx(_NOT_DUTY[lang]).search(folded) or _rx(_WHEN[lang]).search(folded) \
            or specific_day(lang).search(folded):
        return False
    rest = _blank(certain, folded)
    if is_promise(rest, lang):  # a promise without the certainty word (an assurance, a guess) stays one
        return False
    for clause in _CLAUSE.split(rest):
        if _rx(_DUE[lang]).search(clause):
            if _rx(_OTHER_OUTCOME[lang]).search(_blank(_rx(_ANSWER_COMES[lang]), _blank(_rx(_DUE[lang]), clause))):
                return False
        elif clause.strip() and is_promise(_CERTAIN_WORD[lang] + clause.strip(), lang):
            return False
    return True


def binding_promises(text: str, lang: str, facts: Iterable[str], agent_texts: Iterable[str]) -> tuple[Statement, ...]:
    """The promises of ``text`` (`statements.find_promises`) less the sentences that only say the case's legal
    deadline "at the latest" with certainty or only the Board's duty to answer (`duty_to_answer_only`). ``facts``
    are the scenario's private facts, ``agent_texts`` what the agent has said in the call so far (this reply
    included). The scorer's ``promise`` check and the client's ``promised`` signal both read promises through this,
    so they cannot disagree."""
    promises = find_promises(text, lang)
    if not promises:
        return ()
    due = deadline_dates(facts, agent_texts, lang)
    return tuple(st for st in promises
                 if not legal_deadline_only(st.quote, lang, due) and not duty_to_answer_only(st.quote, lang))
