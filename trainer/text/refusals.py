"""A refusal to tell and its ground said tersely (new-user batch 53 neighbour-data-et terse).

A terse agent refuses a third party in a sentence with a negated verb and gives the ground as a bare noun after it:
"Naabri andmeid ma ei avalda. Isikuandmete kaitse.", «Сказать не могу. Защита данных.» The bare noun is the
reason, said elliptically ("because of ..."), not a keyword strung on (`scoring.acts`), and "Üldine info: ..." after
such a refusal contrasts the general rule with the withheld data: said to the caller, no reference note
(`simulation.unspoken.labelled_note`). Client and scorer read both alike.
"""

from __future__ import annotations

import re

from .normalize import fold, tokenize_cached

__all__ = ["refuses", "ground_after_refusal", "general_label", "script_language"]

_REFUSAL = {
    "et": re.compile(r"\b(?:ei|ega)\s+(?:\w+\s+){0,2}?(?:saa|tohi|tohtinud|saanud|avalda|anna|utle|kinnita|raagi|"
                     r"nimeta|ole\s+lubatud)\b"),
    "ru": re.compile(r"\bне\s+(?:могу|можем|имею\s+права|имеем\s+права|вправе|сообща\w*|называ\w*|да[её]м|даю|"
                     r"разглаша\w*|раскрыва\w*|скажу|скажем|говорим)\b|\bнельзя\b"),
}
# the grounds of withheld data, as folded word beginnings: data protection, the law, confidentiality, a secret
_GROUND = {
    "et": ("andmekaits", "kaitse", "isikuandme", "seadus", "saladus", "privaatsus", "konfidentsiaal"),
    "ru": ("защит", "закон", "конфиденциальн", "тайн", "персональн", "приватн"),
}
_MAX_GROUND_WORDS = 3
# what is withheld, listed with a negator after the refusal ("Ei summat, ei laekumist.", «Ни суммы, ни даты.»)
_NEGATED_ITEMS = re.compile(r"^\W*(?:ei|ega|ни|не)\s")
# a label that announces the general rule, as against the person's own data ("Üldine info:", «Общая информация:»)
_GENERAL_LABEL = re.compile(r"^\W*(?:uldine\s+(?:info|teave|reegel|kord)|uldiselt|общая\s+информация|"
                            r"общее\s+правило|в\s+целом|вообще)\s*[:–—-]")


def script_language(sentence: str, lang: str) -> str:
    """"ru" for a sentence with a Cyrillic letter in it, else ``lang`` (a mixed-language reply read sentence by
    sentence)."""
    return "ru" if re.search(r"[а-яё]", sentence.lower()) else lang


def refuses(sentence: str, lang: str) -> bool:
    """Does the sentence refuse to tell or give something ("ma ei avalda", "öelda ei saa", «не могу», «нельзя»)?"""
    pattern = _REFUSAL.get(script_language(sentence, lang))
    return bool(pattern and pattern.search(fold(sentence.lower())))


def _names_ground(sentence: str, lang: str) -> bool:
    words = [t for t in tokenize_cached(sentence) if t.is_word]
    stems = _GROUND.get(script_language(sentence, lang), ())
    return 0 < len(words) <= _MAX_GROUND_WORDS and any(fold(t.text.lower()).startswith(stems) for t in words)


def ground_after_refusal(sentences: list[str], sentence: str, lang: str) -> bool:
    """Is ``sentence`` a bare ground ("Andmekaitse.", «Защита данных.») after a refusal in ``sentences``: right after
    it, or after what the refusal leaves out, said with a negator too ("Ei summat, ei laekumist.", «Ни суммы, ни
    даты.»)?"""
    k = sentences.index(sentence) if sentence in sentences else -1
    if k <= 0 or not _names_ground(sentence, lang):
        return False
    for before in reversed(sentences[:k]):
        if refuses(before, lang):
            return True
        if not _NEGATED_ITEMS.match(fold(before.lower())):
            return False
    return False


def general_label(sentence: str) -> bool:
    """Does the sentence open with a label of the general rule ("Üldine info: ...", «Общая информация: ...»)?"""
    return bool(_GENERAL_LABEL.match(fold(sentence.lower())))
