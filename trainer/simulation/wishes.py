"""A wish word read as a goodbye only when it is said as a wish: „Jõudu Teile!“, „Palju jõudu ja head aega!“,
«Желаю удачи!», not „Või võime selle jätta mõneks teiseks korraks, kui Teil on jõudu.“ (new-user batch 37
survivors-pension-grief-et good: the last words „kui Teil on jõudu“ ended the call like a goodbye, while the same
parting line waited for the goodbye in the other runs).

The bare wish words of the farewell concept („jõudu“, „edu“, „jätku“; «удачи», «здоровья») are nouns as well: in a
clause of their own, with at most a wish verb, an intensifier and the addressee around them, they wish; inside a
clause with another verb („kui Teil on jõudu“, «без удачи не обойтись») they are what the clause is about.
"""

from __future__ import annotations

from trainer import text as tx

#: the farewell phrases that are a bare noun (folded)
WISH_WORDS = {"et": frozenset({"joudu", "edu", "jatku"}), "ru": frozenset({"удачи", "здоровья"})}
#: words that may stand beside a wish in its clause (folded): a wish verb, intensifiers, the addressee, "and"
_AROUND = {
    "et": frozenset("""soovin soovime soovib palju suurt head koike teile teie sulle ja ning ka veel igatahes siis
        edaspidi koigeks koiges selleks sellega uue uueks emale isale lapsele perele teile""".split()),
    "ru": frozenset("""желаю желаем вам тебе вашей вашему и а ну всего большой больших крепкого много всем маме
        папе семье""".split()),
}
_CLAUSE_BREAKS = ",;:.!?–—()\"«»“”„"


def said_as_wish(text: str, start: int, end: int, lang: str) -> bool:
    """Is the farewell match text[start:end] a goodbye? A wish word (:data:`WISH_WORDS`) only when its clause holds
    nothing but it and the words of :data:`_AROUND`; every other farewell phrase always."""
    words = WISH_WORDS.get(lang)
    if not words or tx.fold(text[start:end]).strip() not in words:
        return True
    left = start
    while left > 0 and text[left - 1] not in _CLAUSE_BREAKS:
        left -= 1
    right = end
    while right < len(text) and text[right] not in _CLAUSE_BREAKS:
        right += 1
    before = [tx.fold(t.text) for t in tx.tokenize(text[left:start]) if t.is_word]
    after = [tx.fold(t.text) for t in tx.tokenize(text[end:right]) if t.is_word]
    before = before[max((i + 1 for i, w in enumerate(before) if w in _AND), default=0):]  # „head aega ja jõudu“
    after = after[:next((i for i, w in enumerate(after) if w in _AND), len(after))]      # „jõudu ja head aega“
    return all(w in _AROUND[lang] for w in before) \
        and all(w in _AROUND[lang] or lang == "et" and w.endswith(("ga", "ks")) for w in after)  # „edu kolimisega“


_AND = frozenset("ja ning и".split())


def no_wish_said(text: str, farewells: tuple[str, ...], lang: str) -> bool:
    """Does every farewell phrase found in `text` turn out to be a wish word not said as a wish („... kui Teil on
    jõudu.“)? Then the reply says no goodbye, whatever the bare phrase match says."""
    from trainer.simulation.reactions import phrase_set

    found = [m for m in phrase_set(farewells, lang).find_all(text) if not m.negated] if farewells else []
    return bool(found) and not any(said_as_wish(text, m.start, m.end, lang) for m in found)
