"""A value said for an ordinal (new-user batch 46 family-finland-ru wrong): «эстонское детское пособие – 80 евро на
первого ребёнка и 100 евро на второго». Both 80 and 100 are values of facts on the child allowance, so the union rule
of `kbvalues` passes the sentence; the knowledge pairs each value with the children it is for: "Kolmanda ja iga
järgmise lapse lapsetoetus on 100 eurot" (the 3rd child on), and the fact on the same topic that names no ordinal
("Lapsetoetus on 80 eurot kuus iga lapse kohta") holds for the children the others leave (the 1st and 2nd).

**The facts' ordinals** are read off their text: an ordinal word or "3." with the noun it counts ("kolmanda ... lapse",
«третьего ... ребёнка»), "ja iga järgmise" / «и каждого следующего» / "alates" making it open ("from the 3rd on").
**The reply's ordinals** are an ordinal with the same noun ("teise lapse eest", «за второго ребёнка», "2. lapsele")
or with none after it ("teisele 100 eurot", «на второго,»); an ordinal of another noun («на второй месяц», "5.
kuupäeval") is no child.

**Pairing**, within one clause of the sentence (`kbvalues` clauses: «..., а на второго уже 100 евро» is a clause of
its own): when the clause names an ordinal before its first value, each ordinal is said for the next value after it
("esimese lapse eest 80 eurot ja teise lapse eest 100 eurot"); else for the value before it («80 евро на первого
ребёнка и 100 евро на второго»). The value is wrong when the facts for that ordinal have another value.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from trainer import text as tx
from trainer.text.normalize import fold_char_aligned
from trainer.text.numbers import ordinal_word_value

__all__ = ["opens_with_ordinal", "ordinal_mismatch"]

# "and every next" / "from ... on": the ordinal opens a range
_OPEN = re.compile(r"^\s*(?:ja\s+(?:iga\s+)?jargmis\w*|и\s+(?:каждого\s+)?(?:следующ|последующ)\w*|"
                   r"ja\s+enama\w*|и\s+более|alates|ja\s+edasi|и\s+далее)\b", re.IGNORECASE)
_OPEN_BEFORE = re.compile(r"(?:alates|начиная\s+с|с|со)\s*$", re.IGNORECASE)
# words that stand after an ordinal whose noun is left out: "teisele 100 eurot", "teise eest", «на второго, ...»
_FUNCTION = frozenset("ja ning eest kohta puhul alates ka aga и а но на за с уже тоже также".split())
# nouns of time: "5. kuupäeval", «второго числа», «на второй месяц» count no child
_TIME = ("kuupaev", "paev", "kuu", "nadal", "aasta", "tund", "числ", "день", "дня", "дне", "месяц", "недел", "год",
         "час", "раз", "korda", "kord")
_DIGIT_ORDINAL = re.compile(r"(?<![\d.,])(\d{1,2})(?:\.(?!\d)|-?(?:го|й|му|ому|ему|ый|ой|его|ье|ому)\b)", re.IGNORECASE)
_STEM = 4  # letters of a noun compared: "lapse"/"lapsele" -> "laps", «ребёнка»/«ребенку» -> "ребе"


def _stem(word: str) -> str:
    return tx.fold(word)[:_STEM]


def _ordinals(text: str) -> list[tuple[int, int, int, str | None, bool]]:
    """(start, end, value, noun stem or None, open range) of the ordinals of a text."""
    tokens = [t for t in tx.tokenize_cached(text) if t.is_word or t.text[:1].isdigit()]
    folded = fold_char_aligned(text)  # "järgmise" as "jargmise", at the same offsets
    out = []
    for k, tok in enumerate(tokens):
        value = None
        if tok.is_word:
            value = ordinal_word_value(tok)
        else:
            m = _DIGIT_ORDINAL.match(text, tok.start)
            if m:
                value = int(m.group(1))
                tok_end = m.end()
        if not value:
            continue
        end = tok.end if tok.is_word else tok_end
        rest = folded[end:]
        is_open = bool(_OPEN.match(rest)) or bool(_OPEN_BEFORE.search(folded[:tok.start]))
        after = _OPEN.match(rest)
        skip_to = end + (after.end() if after else 0)
        nxt = next((t for t in tokens[k + 1:] if t.start >= skip_to), None)
        gap = text[skip_to:nxt.start] if nxt is not None else ""
        if nxt is None or not nxt.is_word or re.search(r"[,;:.!?–—()]", gap) or tx.fold(nxt.text) in _FUNCTION:
            noun = None  # left out: "teisele 100 eurot", «на второго,»
        else:
            noun = _stem(nxt.text)
            if noun.startswith(_TIME) or tx.fold(nxt.text).startswith(_TIME):
                continue
        out.append((tok.start, end, value, noun, is_open))
    return out


@lru_cache(maxsize=512)
def _fact_ordinals(text: str) -> tuple[frozenset[int], int | None, str | None]:
    """(the ordinals a fact's text names, the first of an open range or None, their noun stem); empty when none."""
    found = [o for o in _ordinals(text) if o[3] is not None]
    if not found:
        return frozenset(), None, None
    closed = frozenset(o[2] for o in found if not o[4])
    opened = min((o[2] for o in found if o[4]), default=None)
    return closed, opened, found[0][3]


def _covers(ordinals: tuple[frozenset[int], int | None, str | None], n: int) -> bool:
    closed, opened, _ = ordinals
    return n in closed or (opened is not None and n >= opened)


# where a clause is cut into the pieces that pair ordinals with values: "and" between two items ("80 евро на первого
# ребёнка и 100 евро на второго"), a bracket ("80 eurot (kolmanda ... eest 100 eurot)"); not the "and" of an open range
# ("kolmanda ja iga järgmise lapse", «на третьего и каждого следующего»)
_PIECE = re.compile(r"[()]|\s(?:ja|ning|и|а|aga)\s(?!(?:iga\s+)?jargmis|(?:каждого\s+)?(?:следующ|последующ))", re.IGNORECASE)


_LIST_AND = frozenset({"ja", "ning", "и"})  # a list goes on across these, not across "а" or a bracket


def _pieces(sentence: str, begin: int, stop: int) -> list[tuple[int, int, bool, bool]]:
    """(start, end, a list's "and" before it, one after it) of the pieces of a clause."""
    folded = fold_char_aligned(sentence)
    cuts = list(_PIECE.finditer(folded, begin, stop))
    joins = [m.group().strip().lower() in _LIST_AND for m in cuts]
    starts = [begin] + [m.end() for m in cuts]
    ends = [m.start() for m in cuts] + [stop]
    return [(a, b, k > 0 and joins[k - 1], k < len(cuts) and joins[k])
            for k, (a, b) in enumerate(zip(starts, ends, strict=True))]


def _owner(o, sentence: str, begin: int, stop: int, values: list):
    """The value an ordinal is said for: the one value of its piece of the clause; with several, the next after it
    when the piece names an ordinal first, else the one before it. A piece with no value (a list of ordinals,
    "esimese ja teise lapse eest 80 eurot", «80 евро на первого и второго ребёнка») goes on, across an "and" only, with
    the next piece when that names its ordinal first, else with the piece before when that names its value first
    («80 евро на первого и второго ребёнка а на третьего – 100 евро», spoken without commas)."""
    pieces = _pieces(sentence, begin, stop)
    ords = _ordinals(sentence)

    def inside(n):
        a, b = pieces[n][0], pieces[n][1]
        return [v for v in values if a <= v.start < b], [x for x in ords if a <= x[0] < b]

    def key_first(n):
        vals, os_ = inside(n)
        return bool(os_) and bool(vals) and os_[0][0] < vals[0].start

    k = next((n for n, p in enumerate(pieces) if p[0] <= o[0] < p[1]), None)
    if k is None:
        return None
    vals, os_ = inside(k)
    if not vals:
        if pieces[k][3] and key_first(k + 1):
            return inside(k + 1)[0][0]
        if pieces[k][2] and inside(k - 1)[0] and inside(k - 1)[1] and not key_first(k - 1):
            return inside(k - 1)[0][-1]
        return None
    if len(vals) == 1:
        return vals[0]
    if key_first(k):
        return next((v for v in vals if v.start >= o[1]), None)
    return next((v for v in reversed(vals) if v.end <= o[0]), None)


def ordinal_mismatch(sentence: str, said, said_all: list, bounds: list[int],
                     facts: list[tuple[int, str, tuple, tuple]]) -> list[int]:
    """The facts (their numbers in `facts`: (number, text, ((unit, value), ...), topic phrases)) a value `said`
    contradicts for the ordinal it is said for (see the module doc), or []. Only the facts that share a topic phrase
    with a fact naming ordinals are keyed: another benefit named in the sentence (the large-family allowance, «с
    третьим ребёнком добавляется пособие для многодетной семьи – 450 евро») keeps its own value."""
    keyed = {n: _fact_ordinals(text) for n, text, _, _ in facts}
    explicit = [n for n, k in keyed.items() if k[0] or k[1] is not None]
    if not explicit:
        return []
    topics = {tx.fold(p) for n, _, _, topic in facts if n in explicit for p in topic}
    group = {n for n, _, _, topic in facts if n in explicit or topics & {tx.fold(p) for p in topic}}

    def equal(n: int) -> bool:
        return any(said.unit == unit and Decimal(said.value) == Decimal(value)
                   for m, _text, vals, _ in facts if m == n for unit, value in vals)

    if any(equal(n) for n, *_ in facts if n not in group):
        return []  # the value of another fact the sentence names
    nouns = {keyed[n][2] for n in explicit if keyed[n][2]}
    k = sum(1 for b in bounds if b <= said.start)
    begin = bounds[k - 1] if k else 0
    stop = bounds[k] if k < len(bounds) else len(sentence)
    values = [x for x in said_all if begin <= x.start < stop and x.unit == said.unit]
    ordinals = [o for o in _ordinals(sentence) if begin <= o[0] < stop and (o[3] is None or o[3] in nouns)]
    if not ordinals or not values:
        return []
    mine = [o for o in ordinals if _owner(o, sentence, begin, stop, values) is said]
    wrong: list[int] = []
    for o in mine:
        covering = [n for n in explicit if _covers(keyed[n], o[2])] or [n for n in group if n not in explicit]
        if covering and not any(equal(n) for n in covering):
            wrong += [n for n in covering if n not in wrong]
    return wrong


_LEAD = frozenset("ja ning aga kuid ent ka и а но да на за с со уже тоже также".split())


def opens_with_ordinal(clause: str) -> bool:
    """Does a clause open with an ordinal, after a conjunction or preposition at most ("teisele 100 eurot", «а на
    второго уже 100 евро»)? It goes on with the list of the clause before it and names that clause's topic."""
    for tok in tx.tokenize_cached(clause):
        if tok.is_word and tx.fold(tok.text) in _LEAD:
            continue
        if tok.is_word:
            return ordinal_word_value(tok) is not None
        if tok.text[:1].isdigit():
            return bool(_DIGIT_ORDINAL.match(clause, tok.start))
    return False
