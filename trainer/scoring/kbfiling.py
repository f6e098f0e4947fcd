"""A deadline told as the time to file is compared with the filing deadlines of its topic only (new-user batch 41).

The knowledge-values check (`kbvalues.find_wrong_values`) compares a number with the values of every fact whose topic
its sentence names (the *union rule*): "vaie" has a filing deadline (30 päeva, deadlines.appeal_client_days) and a
review time (60 päeva, deadlines.appeal_pension_days), so "Vaide saab esitada 30 päeva jooksul, pensioniotsuse vaie
vaadatakse läbi 60 päeva jooksul" is right. The union also let a wrong filing deadline pass when it happens to be the
review time: «возражение можно подать в течение 60 дней с того дня, когда Вы узнали о решении» (appeal-refused-ru
wrong). So a number whose nearest word of a deadline before it is a verb of filing or applying ("esitada", "taotleda",
«подать», «обжаловать») is compared only with the facts whose own text tells a filing deadline the same way, when its
topic has such a fact; a number told as a review, an answer or a decision ("vaadatakse läbi 60 päeva jooksul",
«рассматривают в течение 60 дней») is compared as before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.kbscope import KINDS, number_kinds

__all__ = ["filing_facts", "tells_filing"]

# verbs of filing, applying or contesting, on folded text: "esitada", "esitage", "taotleda", "vaidlustada", "anda sisse";
# «подать», «подаётся», «подайте», «обжаловать», «оспорить», «ходатайствовать» (not the noun «подарок»)
_FILING = {
    "et": re.compile(r"(?<!\w)(?:esita\w*|taotle\w*|vaidlusta\w*|sisse\s+an\w*|an(?:da|nab|nate|dke)\s+sisse)(?!\w)"),
    "ru": re.compile(r"(?<!\w)(?:пода(?!р)\w*|обжал\w*|оспор\w*|оспарива\w*|ходатайствова\w*)(?!\w)"),
}
_NUMBER = re.compile(r"\d")


def _last_word_is_filing(before: str, lang: str) -> bool:
    """Does the last verb of filing in `before` come after its last word of a review, an answer or a decision?"""
    rx, kinds = _FILING.get(lang), KINDS.get(lang, {})
    if rx is None:
        return False
    folded = tx.fold(before)
    filing = [m.end() for m in rx.finditer(folded)]
    if not filing:
        return False
    other = max((m.end() for kind in kinds.values() for m in kind.finditer(folded)), default=-1)
    return filing[-1] > other


def tells_filing(sentence: str, start: int, end: int, clause: tuple[int, int], others: list[tuple[int, int]],
                 lang: str) -> bool:
    """Does the number at [start, end) of `sentence` tell a filing deadline? The words right after it in its clause
    (`clause`: start, end) tell no other kind of deadline (`kbscope.number_kinds`: "60 дней рассмотрение"), and the
    nearest word of a deadline before it, since the number before it, is a verb of filing ("vaide saab esitada 60 päeva jooksul", «возражение можно подать в течение 60 дней»), not one said right
    after the number before it, whose it is («30 дней подать, 60 дней»). ``others``: the spans of the sentence's
    other numbers."""
    a, b = clause
    text = sentence[a:b]
    inside = [(s - a, e - a) for s, e in others if a <= s < b]
    rest = [(s - (start - a), e - (start - a)) for s, e in inside if s >= end - a]
    if number_kinds(text[start - a:], 0, end - start, lang, rest):
        return False  # a review, an answer or a decision right after it: "60 дней рассмотрение"
    spans = [(s, e) for s, e in [*inside, *((m.start(), m.end()) for m in re.finditer(r"\d+(?:[.,]\d+)*", text))]
             if e <= start - a]
    begin = max((e for _, e in spans), default=0)
    before = text[begin:start - a]
    if not _last_word_is_filing(before, lang):
        return False
    if spans:  # the verb among the first words after the number before it is that number's ("30 дней подать")
        words = before.split()
        rx = _FILING[lang]
        first = next((k for k, w in enumerate(words) if rx.match(tx.fold(w).strip(",.;:!?"))), len(words))
        return first > 2
    return True


@lru_cache(maxsize=512)
def _fact_files(text: str, lang: str) -> bool:
    """Does a fact's text tell its first number as a filing deadline ("saab ta esitada vaide 30 päeva jooksul",
    "tuleb taotleda 45 päeva jooksul")?"""
    for _, _, sentence in tx.split_sentences(text):
        m = _NUMBER.search(sentence)
        if m:
            return _last_word_is_filing(sentence[:m.start()], lang)
    return False


def filing_facts(comparable: list[int], facts: tuple, lang: str) -> list[int]:
    """The facts of `comparable` (indexes into `facts`) whose text tells a filing deadline, or all of them when none
    does (a topic with no filing deadline is compared as before)."""
    filing = [n for n in comparable if _fact_files(facts[n].text, lang)]
    return filing or comparable
