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
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from trainer import text as tx
from trainer.scoring.promises import _lang_of, is_promise
from trainer.scoring.statements import Statement, find_promises

__all__ = ["binding_promises", "deadline_dates", "legal_deadline_only"]

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
            language = _lang_of(sentence, lang)
            if language in _DURATION and _rx(_DURATION[language]).search(tx.fold(sentence)):
                derived.update(_day_month(d.value) for d in _dates(sentence))
    return frozenset(derived)


def legal_deadline_only(sentence: str, lang: str, deadlines: frozenset[str]) -> bool:
    """Is the sentence's promise only the legal deadline said with certainty (see the module docstring)?"""
    lang = _lang_of(sentence, lang)
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


def binding_promises(text: str, lang: str, facts: Iterable[str], agent_texts: Iterable[str]) -> tuple[Statement, ...]:
    """The promises of ``text`` (`statements.find_promises`) less the sentences that only say the case's legal
    deadline "at the latest" with certainty. ``facts`` are the scenario's private facts, ``agent_texts`` what the
    agent has said in the call so far (this reply included). The scorer's ``promise`` check and the client's
    ``promised`` signal both read promises through this, so they cannot disagree."""
    promises = find_promises(text, lang)
    if not promises:
        return ()
    due = deadline_dates(facts, agent_texts, lang)
    return tuple(st for st in promises if not legal_deadline_only(st.quote, lang, due))
