"""Telegraphic answers: a verbless sentence that pairs the asked topic with its value ("200 eurot kuus lapse kohta.",
"Kuni 150 päeva, mitte kauem kui kohtuotsuseni.", «Не более 150 дней, 200 евро в месяц на ребёнка.").

A keyword list names topics and says nothing about them ("pension, 5. kuupäev, vaie, 16106", «Ключевые слова:
пенсия, 30 дней, 16106»). A value-bearing fragment says something: a number with its unit and a relation that ties
it - a bound before it ("kuni", "mitte rohkem kui", «до», «не более») or a rate after it ("kuus", "lapse kohta",
«в месяц», «на ребёнка»). The sentence is such a statement when at least one fragment (split at commas and
semicolons) bears a related value, every fragment either bears a value or a relation, and it has at most two
fragments of at most eight words and no label ("Märksõnad:", «Ключевые слова:»). Said in reply to the client's question it is an answer
(`acts`), as the "=" / "→" of `keyword_chain.value_relation` is.
"""

from __future__ import annotations

import re

from trainer import text as tx

__all__ = ["value_statement"]

_NUMBER = r"\d+(?:[.,]\d+)?\.?"
_UNIT = {
    "et": r"(?:eurot?|eur|€|protsent\w*|%|(?:too)?paev\w*|p|kuu\w*|nadal\w*|aasta\w*|kuupaev\w*|kp)",
    "ru": r"(?:евро|eur|€|процент\w*|%|(?:рабоч\w+\s+)?(?:дн\w*|день)|месяц\w*|недел\w*|год\w*|лет|числ\w*)",
}
# a bound said before the value ("kuni 150 päeva", «не более 150 дней»)
_BOUND = {
    "et": r"kuni|vahemalt|maksimaalselt|(?:mitte|ei)\s+(?:kauem|rohkem|vahem|hiljem|varem|ule)\s+kui|"
          r"hiljemalt|alates",  # not "enne": "6 kuud enne 3 kuud pärast" is two bare values
    "ru": r"до|от|с|со|не\s+(?:более|больше|дольше|позднее|позже|менее|меньше|раньше)|минимум|максимум|"
          r"по|свыше|более|менее",
}
# a rate or a holder said after the value ("200 eurot kuus lapse kohta", «200 евро в месяц на ребёнка»)
_RATE = {
    "et": r"kuus|aastas|paevas|nadalas|kuu\s+kohta|\w+\s+kohta|\w+\s+eest|igal\s+kuul|iga\s+kuu",
    "ru": r"в\s+(?:месяц|год|день|неделю)|ежемесячно|на\s+(?:каждого\s+)?\w+|за\s+(?:каждый\s+)?\w+|каждого\s+месяца|"
          r"каждый\s+месяц",
}
# a relation with no number of its own, said of the value before it ("mitte kauem kui kohtuotsuseni")
_RELATION_ONLY = {
    "et": r"(?:mitte|ei)\s+(?:kauem|rohkem|vahem|hiljem|varem|ule)\s+kui|kuni|hiljemalt|alates",
    "ru": r"не\s+(?:более|больше|дольше|позднее|позже|менее|меньше|раньше)|до|вплоть\s+до",
}
_LABEL = re.compile(r"^[^:]{1,40}:\s")
_MAX_FRAGMENTS = 2
# a fragment longer than this is a run of keywords spoken without punctuation, not one value said of its topic
_MAX_WORDS = 8


def _rx(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


def _related_value(fragment: str, lang: str) -> bool:
    value = rf"{_NUMBER}\s*{_UNIT[lang]}(?!\w)"
    return bool(_rx(rf"(?<!\w)(?:{_BOUND[lang]})\s+{value}").search(fragment)
                or _rx(rf"(?<!\w){value}\s+(?:\w+\s+){{0,2}}?(?:{_RATE[lang]})(?!\w)").search(fragment))


def value_statement(sentence: str, lang: str) -> bool:
    """Does the verbless sentence state a value of the asked topic (see the module docstring)?"""
    if lang not in _UNIT:
        return False
    folded = tx.fold(sentence).strip().rstrip(".!")
    if not folded or _LABEL.match(folded):
        return False
    fragments = [f.strip() for f in re.split(r"[,;]\s+", folded) if f.strip()]
    if len(fragments) > _MAX_FRAGMENTS or any(len(re.findall(r"\w+", f)) > _MAX_WORDS for f in fragments):
        return False
    related = [_related_value(f, lang) for f in fragments]
    if not any(related):
        return False
    only = _rx(rf"(?<!\w)(?:{_RELATION_ONLY[lang]})\s+\w")
    return all(r or only.search(f) for r, f in zip(related, fragments, strict=True))
