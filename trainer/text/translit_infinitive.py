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


def infinitives_governed(replace: list[tuple[int, int, str]], dictionary) -> list[tuple[int, int, str]]:
    """`replace` (Latin word spans with their Cyrillic spelling) with a verb typed without its soft sign read as the
    infinitive when a word that takes an infinitive stands near it; `dictionary` is the Russian word list (a DAWG)."""
    from .verb_forms import is_infinitive_ru

    words = [cyr.lower() for _, _, cyr in replace]
    out = list(replace)
    for i, (a, b, cyr) in enumerate(replace):
        low = words[i]
        if not low.endswith("т") or is_infinitive_ru(low) or low + "ь" not in dictionary \
                or not is_infinitive_ru(low + "ь"):
            continue
        near = words[max(0, i - _GOVERNOR_REACH):i] + [w for w in words[i + 1:] if w not in _SKIPPED][:_GOVERNOR_REACH]
        if any(w in _GOVERNS_INFINITIVE for w in near):
            out[i] = (a, b, cyr + "ь")
    return out
