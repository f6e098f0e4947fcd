"""The call model's steps named as list items (blind round 14).

A sentence that strings the names of the call model's steps together as items of a list ("Kokkuvõte: maksuvaba
tulu 700 eurot, arusaadavuse kontroll, tänu, head soovid.", "tuvastamine, vajadus, lahendus", «итог: пенсия 700
евро, проверка понимания, благодарность, пожелания») reads the checklist out: nobody is thanked, nothing is
checked, nothing summed up. Such a sentence performs none of the acts its cue words name (`is_stuffed`).

A list counts when two or more of its items are bare step names and at least one of them names a step that is
no ordinary word of a client's matter ("tänu", "arusaadavuse kontroll", «благодарность»; "lahendus", "vastus",
«решение», «ответ» alone could be topics). Thanks and wishes said as acts ("Aitäh ja head soovid!", «Спасибо
и всего доброго!») are no list of names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx

# bare step names (folded words of a whole list item)
STEP_NAMES = frozenset(tx.fold(name.strip()) for name in """
    tervitus|tervitamine|tutvustus|tutvustamine|tuvastamine|isikutuvastus|kliendi tuvastamine|
    vajaduse täpsustamine|vajaduse selgitamine|täpsustav küsimus|täpsustamine|empaatia|kaastunne|
    kokkuvõte|kokkuvõtte tegemine|arusaadavuse kontroll|arusaamise kontroll|arusaadavuse kontrollimine|
    arusaamise kontrollimine|tänu|tänamine|tänusõnad|head soovid|heade soovide avaldamine|hüvastijätt|
    lõpetamine|lõpetus|pöördumise lõpetamine|viisakus|andmekaitse|järgmised sammud|
    vajadus|lahendus|vastus|soovid|
    приветствие|представление|идентификация|верификация|выявление потребности|уточнение потребности|
    уточняющий вопрос|уточнение|эмпатия|сочувствие|резюме|резюмирование|подведение итогов|проверка понимания|
    благодарность|пожелания|добрые пожелания|пожелание|прощание|завершение|завершение разговора|вежливость|
    защита данных|следующие шаги|
    потребность|решение|ответ|итог
""".replace("\n", "").split("|") if name.strip())
# names that may also be a topic of the client's matter: counted only beside an unambiguous one
AMBIGUOUS = frozenset(tx.fold(w) for w in "vajadus lahendus vastus soovid потребность решение ответ итог".split())
_SPLIT = re.compile(r"[,;:\n•·▪►✔✓✅☑/]+|\s[–—-]\s|\s(?:ja|ning|и)\s")
_MIN_NAMES = 2
_MIN_ITEMS = 3  # "Tänu ja head soovid!" is two items: a wish, however stiff, not a list read out


def _item_key(item: str) -> str:
    return " ".join(tx.fold(t.text.lower()) for t in tx.tokenize_cached(item) if t.is_word)


@lru_cache(maxsize=8192)
def names_steps(sentence: str) -> bool:
    """Does the sentence list two or more of the call model's steps by name, one of them no ordinary topic word
    ("..., arusaadavuse kontroll, tänu, head soovid.", «..., проверка понимания, благодарность, пожелания»)?"""
    items = _SPLIT.split(sentence)
    if len(items) < _MIN_ITEMS:
        return False
    keys = [k for k in (_item_key(item) for item in items) if k]
    names = [k for k in keys if k in STEP_NAMES]
    return len(keys) >= _MIN_ITEMS and len(names) >= _MIN_NAMES and any(k not in AMBIGUOUS for k in names)


_TICKS = re.compile(r"[✔✓✅☑]")


def ticked_names(text: str) -> bool:
    """Does the text tick off two or more of the call model's steps by name ("tervitus ✔ tutvustus ✔",
    «приветствие ✓ представление ✓»), one of them no ordinary topic word? A checklist ticked off, not an act
    (blind round 16: the agent's name in such a signature line introduces nobody)."""
    if not _TICKS.search(text):
        return False
    names = [k for k in (_item_key(item) for item in _SPLIT.split(text)) if k in STEP_NAMES]
    return len(names) >= _MIN_NAMES and any(k not in AMBIGUOUS for k in names)


# the longest step name in words ("arusaadavuse kontrolli tegemine" is three)
_LONGEST_NAME = max(len(name.split()) for name in STEP_NAMES)


def bare_step_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of each step name in the text that could be no topic of the client's matter ("уточнение",
    "проверка понимания", "tervitus"; not «решение», "vastus"): in speech a chain of step names runs into the
    sentence without separators («суд уточнение понимаю важно итак подведём итог», blind round 25), and a name
    there states no point."""
    tokens = [t for t in tx.tokenize_cached(text) if t.is_word]
    spans, k = [], 0
    while k < len(tokens):
        for size in range(min(_LONGEST_NAME, len(tokens) - k), 0, -1):
            key = " ".join(tx.fold(t.text.lower()) for t in tokens[k:k + size])
            if key in STEP_NAMES and key not in AMBIGUOUS:
                spans.append((tokens[k].start, tokens[k + size - 1].end))
                k += size
                break
        else:
            k += 1
    return spans
