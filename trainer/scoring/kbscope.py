"""A scenario's own deadlines checked by value (new-user batch 37): the processing times of the knowledge facts a
scenario refers to, read in any sentence of that scenario that tells the same kind of deadline, whether or not it
names the fact's topic in the knowledge base's words.

The knowledge-values check (`kbvalues.find_wrong_values`) reads a number only in a clause that names a fact's
topic ("puude raskusastme tuvastamise otsus", «решение об установлении степени тяжести»). A trainee in the
disability scenario says «решение принимается в течение 30 рабочих дней» of the same decision without naming it
so: in that scenario the topic is the conversation's own. So a scenario's ``reference`` facts whose value is a
processing time are read in every clause of that scenario which tells the same kind of deadline, and compared by
value:

- the kind of a fact is what its text says right before its number: a decision is made ("otsus tehakse", «решение
  принимается»), an answer is given ("vastatakse", «отвечают»), an appeal is reviewed ("vaadatakse läbi",
  «рассматривает»). A filing deadline ("vaide saab esitada 30 päeva jooksul") has no kind here: it is read by its
  topic only;
- a number of the reply tells a deadline of that kind when its clause says one of its words before it, after the
  number before it ("otsus tehakse 30 tööpäeva jooksul", «решение принимается в течение 30 рабочих дней»), or
  right after it when no other number follows in the clause ("30 tööpäeva jooksul tehakse otsus"; in «Срок 30 дней
  рассмотрение 60 дней» the review is the 60's), not as the day a period starts from («30 дней с того дня, как
  узнали о решении», "14 päeva jooksul otsusest teada saamisest") nor as what is contested («решение можно
  оспорить, срок 14 дней»); it is compared with the values of the scenario's facts of that kind and of the
  number's unit (working days are a unit of their own, as in `kbvalues`);
- a clause that names a knowledge topic itself is read as before, by that topic's facts (a wrong value for another
  topic is not made right by the scenario's own fact).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from trainer import text as tx

__all__ = ["deadline_kinds", "fact_kinds", "in_scope", "number_kinds"]

# the words of each kind of deadline, on folded text (compounds included: "pensioniotsus", "vaideotsus")
KINDS = {
    "et": {
        "decision": re.compile(r"otsus\w*|otsusta\w*"),
        "answer": re.compile(r"(?<!\w)(?:vastus\w*|vasta(?:takse|me|n|b|vad|ma|mise|mine|ta|tud|ti)(?!\w))"),
        "review": re.compile(r"(?<!\w)(?:menetl\w*|labivaat\w*|vaa(?:ta|da|t)\w*\s+(?:\w+\s+){0,3}?labi(?!\w)|"
                             r"labi\s+(?:\w+\s+){0,1}?vaa(?:ta|da)\w*)"),
    },
    "ru": {
        "decision": re.compile(r"(?<!\w)(?:решени\w*|реша\w*|решат|решит|решим|решено)(?!\w)"),
        "answer": re.compile(r"(?<!\w)(?:ответ(?:а|ом|у|е|ы|ов|ит|ят|им|ите|ить|ил\w*)?|отвеча\w*)(?!\w)"),
        "review": re.compile(r"(?<!\w)(?:рассм[ао]тр\w*|рассмотр\w*)(?!\w)"),
    },
}
_NUMBER = re.compile(r"\d")


def deadline_kinds(clause: str, lang: str) -> frozenset[str]:
    """The kinds of deadline a clause tells: "decision", "answer", "review" (none for other talk)."""
    kinds = KINDS.get(lang)
    if not kinds:
        return frozenset()
    folded = tx.fold(clause)
    return frozenset(kind for kind, rx in kinds.items() if rx.search(folded))


@lru_cache(maxsize=512)
def fact_kinds(text: str, lang: str) -> frozenset[str]:
    """The kinds of deadline a fact's text tells of its number: the words of its clause before its first number
    ("Puude raskusastme tuvastamise otsus tehakse 15 tööpäeva jooksul" is a decision; "Kui klient ei ole otsusega
    nõus, saab ta esitada vaide 30 päeva jooksul" is none: the decision is the condition's, the deadline a filing's)."""
    for _, _, sentence in tx.split_sentences(text):
        m = _NUMBER.search(sentence)
        if m:
            return deadline_kinds(re.split(r"[,;:]", sentence[:m.start()])[-1], lang)
    return frozenset()


_AFTER_WORDS = 4  # "15 tööpäeva jooksul tehakse otsus", «15 рабочих дней будет принято решение»
# the start of a period after its number: «с того дня, как узнали о решении», «со дня решения», «после решения»,
# "otsusest teada saamisest", "alates otsuse kättesaamisest"
_START = re.compile(r"(?<!\w)(?:с|со|от|после|alates|parast)(?!\w)|\w+(?:sest|usest)(?!\w)")


# the decision contested: a deadline for the client to act on it ("otsuse vaidlustamiseks", «решение можно
# оспорить»), not for the decision to be made
_CONTEST = re.compile(r"(?<!\w)(?:vaidlusta\w*|edasi\s+kaeba\w*|оспор\w*|оспарива\w*|обжал\w*|обжалов\w*)")


def number_kinds(clause: str, start: int, end: int, lang: str,
                 others: Iterable[tuple[int, int]] | None = None) -> frozenset[str]:
    """The kinds of deadline a number at [start, end) of a clause tells: the kind words between it and the number
    before it in the clause, and, when no other number follows it in the clause, those among the few words right
    after it, up to a word that marks the start of the period («Срок 30 дней рассмотрение 60 дней»: «рассмотрение»
    is the 60's, not the 30's). ``others``: the spans of the clause's other numbers (those in words too: "kuuekümne
    päeva"); its digits are read in any case."""
    spans = [(s, e) for s, e in [*_digit_spans(clause), *(others or ())] if e <= start or s >= end]
    begin = max((e for _, e in spans if e <= start), default=0)
    kinds = deadline_kinds(clause[begin:start], lang)
    if not any(s >= end for s, _ in spans):
        after = " ".join(re.findall(r"\w+", clause[end:])[:_AFTER_WORDS])
        cut = _START.search(tx.fold(after))
        kinds |= deadline_kinds(after[:cut.start()] if cut else after, lang)
    if _CONTEST.search(tx.fold(clause)):
        kinds -= {"decision"}  # «решение можно оспорить ..., срок 14 дней»: the time to contest it, no decision's
    return kinds


def _digit_spans(clause: str) -> list[tuple[int, int]]:
    """The spans of the numbers written in digits in a clause ("30", "1,5")."""
    return [m.span() for m in re.finditer(r"\d+(?:[.,]\d+)*", clause)]


def in_scope(ref: str, scope: frozenset[str]) -> bool:
    """Does a scenario's reference list (``topic`` or ``topic.fact``) cover the fact ``ref``?"""
    return ref in scope or ref.partition(".")[0] in scope
