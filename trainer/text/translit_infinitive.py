"""Russian translit: an infinitive typed without its soft sign ("soobshat ne nado" «сообщать не надо»).

Split from `translit` (one noun per module): a word ending in т that is no infinitive is read as the infinitive
with ь when a modal or a verb that governs an infinitive stands within reach.
"""

from __future__ import annotations

# words that take an infinitive: a verb typed without its soft sign next to one is the infinitive ("soobshat ne nado"
# «сообщать не надо», "potrebujut vernut" «потребуют вернуть»; "oni vernut" stays «они вернут»; new-user batch 49)
_GOVERNS_INFINITIVE = frozenset("надо нужно нельзя можно необходимо невозможно обязаны должны должен должна могу можем "
                                "может можете могут буду будем будет будете хочу хотите хотим потребуют просим прошу "
                                "придётся стоит следует советую".split())
_GOVERNOR_REACH = 3
# the subject and the negator between a fronted infinitive and its modal ("otmenit trebovanie ja ne mogu" «отменить
# требование я не могу»; new-user batch 55) are not counted in the reach
_SKIPPED = frozenset("не я мы вы ты он она они".split())
# a fronted infinitive with its object and an adverbial before the modal ("sami zaplatit ili zamenit rossijskuju pensiju
# my po zakonu ne mozhem" «сами заплатить или заменить российскую пенсию мы по закону не можем»; new-user batch 70
# russian-pension-ru terse): the modal later in the same clause governs it, and a verb joined to it by «или»/«и» too.
# Not after its own subject ("oni vernut dengi, esli mozhno" stays «они вернут»), and not over a comma or a word that
# opens another clause
_CLAUSE_REACH = 8
_SUBJECTS = frozenset("я мы вы ты он она оно они кто это россия департамент".split())
_CLAUSE_OPENERS = frozenset("если когда что чтобы потому как где пока хотя но а".split())
_JOINS = frozenset(("или", "и", "либо"))


def infinitives_governed(replace: list[tuple[int, int, str]], dictionary, text: str = "") -> list[tuple[int, int, str]]:
    """`replace` (Latin word spans with their Cyrillic spelling) with a verb typed without its soft sign read as the
    infinitive when a word that takes an infinitive stands near it (or, given the `text`, later in its clause);
    `dictionary` is the Russian word list (a DAWG)."""
    from .verb_forms import is_infinitive_ru

    words = [cyr.lower() for _, _, cyr in replace]
    out = list(replace)
    for i in range(len(replace) - 1, -1, -1):  # right to left: a verb joined by «или» to a governed one is governed
        a, b, cyr = replace[i]
        low = words[i]
        if not low.endswith("т") or is_infinitive_ru(low) or low + "ь" not in dictionary \
                or not is_infinitive_ru(low + "ь"):
            continue
        near = words[max(0, i - _GOVERNOR_REACH):i] + [w for w in words[i + 1:] if w not in _SKIPPED][:_GOVERNOR_REACH]
        if any(w in _GOVERNS_INFINITIVE for w in near) or (text and _fronted(replace, words, out, i, text)):
            out[i] = (a, b, cyr + "ь")
    return out


def _fronted(replace, words: list[str], out, i: int, text: str) -> bool:
    """Is the verb at `i` a fronted infinitive: not after a subject of its own, with a word that takes an infinitive
    later in its clause, or joined by «или»/«и» to a verb read as an infinitive?"""
    if i > 0 and words[i - 1] in _SUBJECTS and _same_clause(text, replace[i - 1][1], replace[i][0]):
        return False
    for j in range(i + 1, min(len(replace), i + 1 + _CLAUSE_REACH)):
        if not _same_clause(text, replace[j - 1][1], replace[j][0]) or words[j] in _CLAUSE_OPENERS:
            return False
        if j == i + 1 and words[j] in _JOINS and j + 1 < len(out) and out[j + 1][2].lower().endswith("ть") \
                and _same_clause(text, replace[j][1], replace[j + 1][0]):
            return True
        if words[j] in _GOVERNS_INFINITIVE:
            return True
    return False


def _same_clause(text: str, end: int, start: int) -> bool:
    """Is the text between two words free of a clause mark (a comma, a stop, a dash)?"""
    return not any(ch in ",.;:!?–—()" for ch in text[end:start])
