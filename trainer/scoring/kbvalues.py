"""Facts by value across the knowledge base (issue #10): a wrong number for a topic the knowledge knows, and a
wrong rule a fact lists (its ``wrong`` claims: "116 006 vastab tööpäeviti", «войти через интернет-банк»; see
`kbclaims`).

A knowledge fact with a number may declare ``topic`` phrases and ``said_as`` (the value with its unit:
"30 päeva", «30 дней», "200 eurot", or a bare number such as a phone number "116 006"). An agent sentence
that names the topics of some facts and says a number of their unit is wrong when the number is none of
the values of the facts it names (the *union rule*): "Vaide saab esitada 30 päeva jooksul, pensioniotsuse
vaie vaadatakse läbi 60 päeva jooksul" is right (30 and 60 are both values of facts on "vaie"), "vaie 14
päeva jooksul", "ravikindlustus kehtib veel kuus kuud" and «кризисный телефон помощи жертвам 116 111» are
wrong.

Only statements count: a question, a negated number ("ei ole 14 päeva, vaid 30"), a hedged "not more than"
(«не более 100 евро»), a point in time ("3 päeva tagasi", «14 дней назад») and a sum ("kokku 260 eurot",
"80 + 80") say no value of a fact; an amount in euros that is a multiple of a value is several payments
("maksti kaks kuud liiga palju, 160 eurot"). A number is read only when its own clause (up to ";", " – ",
", aga", ", но", ", а", "pluss", «плюс») names a topic: "hädaabi 112; abi Teile – kriisitelefon 116 006; lastele lasteabi 116 111". Numbers in words count ("kuus kuud", «шесть месяцев»); days, weeks,
and months are compared in days ("kahe nädala" is 14 päeva; working days and years are units of their own: a
fact says "1 aasta" to make any other number of years wrong, and a year of the calendar, "alates 2018. aastast",
counts no years); a day of a month is a date ("1. aprillil", «1 января») and is compared with dates only. A
clause that opens with a pronoun pointing back ("Jah, elusolekutõend. See kehtib kaks aastat", "elusolekutõend
– see kehtib ...", «Она действует три года») names the topic of the clause before it (new-user batch 24); "see
on 10 päeva" (that is) does not.
"""


from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.kbclaims import wrong_claims
from trainer.scoring.kbfacts import ValueFact, ValueFacts, WrongValue, lang_of, phrase_set
from trainer.scoring.kbfiling import filing_facts, tells_filing
from trainer.scoring.kbordinals import opens_with_ordinal, ordinal_mismatch
from trainer.scoring.kbsaid import (
    BARE,
    DATE,
    DAYS,
    MONEY,
    Said,
    comparable_units,
    equal,
    parse_value_phrase,
    said_values,
)
from trainer.scoring.kbscope import fact_kinds, in_scope, number_kinds
from trainer.scoring.kbsides import compatible, range_members, side_after
from trainer.text.number_range import value_span

__all__ = ["ValueFact", "ValueFacts", "WrongValue", "find_wrong_values", "parse_value_phrase", "BARE"]


@dataclass(frozen=True)
class _Index:
    phrases: tuple[str, ...]
    facts_of: dict  # folded phrase -> fact indexes
    values: tuple[tuple[tuple[tuple[str, ...], Decimal | str], ...], ...]  # per fact: (unit, value) pairs
    sides: tuple[tuple[str | None, ...], ...] = ()  # per fact, per value: the side of a moment (`kbsides`)
    periods: tuple[bool, ...] = ()  # per fact: its values are two dates, a period (`kbsides`)
    spans: tuple[tuple[tuple[tuple[str, ...], Decimal, Decimal], ...], ...] = ()  # per fact: (unit, low, high)


_INDEXES: dict[tuple[int, str], tuple[tuple[ValueFact, ...], _Index]] = {}


def _index_of(facts: tuple[ValueFact, ...], lang: str) -> _Index:
    """`_index` by the identity of the facts tuple: hashing ~80 facts once per sentence cost a fifth of the
    scoring time (the settings hand the same tuple to every call)."""
    found = _INDEXES.get((id(facts), lang))
    if found is None or found[0] is not facts:
        if len(_INDEXES) > 32:
            _INDEXES.clear()
        found = _INDEXES[(id(facts), lang)] = (facts, _index(facts, lang))
    return found[1]


@lru_cache(maxsize=16)
def _index(facts: tuple[ValueFact, ...], lang: str) -> _Index:
    phrases: list[str] = []
    facts_of: dict[str, set[int]] = {}
    values, sides = [], []
    for n, fact in enumerate(facts):
        parsed, side = [], []
        if fact.language == lang and fact.said_as:  # a fact with wrong claims only has no number to compare
            for p in fact.topic:
                facts_of.setdefault(tx.fold(p), set()).add(n)
                phrases.append(p)
            for p in fact.said_as:
                found = parse_value_phrase(p, lang)
                if found is not None:
                    parsed.append(found)
                    said = said_values(p.strip(), lang)
                    side.append(side_after(p.strip(), said[0].end) if said else None)  # "6 kuud enne"
        values.append(tuple(parsed))
        sides.append(tuple(side))
    periods = tuple(sum(1 for u, _ in v if u == DATE) >= 2 for v in values)
    spans = tuple(_spans(fact.value, v) for fact, v in zip(facts, values, strict=True))
    return _Index(tuple(dict.fromkeys(phrases)), facts_of, tuple(values), tuple(sides), periods, spans)


def _spans(value: str | None, parsed: tuple) -> tuple[tuple[tuple[str, ...], Decimal, Decimal], ...]:
    """A fact whose value is a range ("29-42", said as "29 eurot" and "42 eurot"): (unit, low, high) for each unit
    its said_as gives both ends in, so that every amount in between is one of its values (disability.adult_moderate:
    35 EUR is no wrong amount). Not a date (a period is read by `kbsides`), not a bare number."""
    span = value_span(value)
    if span is None:
        return ()
    low, high = span
    units = dict.fromkeys(u for u, _ in parsed if u not in (BARE, DATE))
    return tuple((u, low, high) for u in units
                 if {low, high} <= {v for w, v in parsed if w == u and isinstance(v, Decimal)})


def _within(said: Said, spans: tuple) -> bool:
    """Is the number said inside a range the fact's value is (`_spans`), in the range's own unit?"""
    return isinstance(said.value, Decimal) and any(said.unit == u and low <= said.value <= high
                                                   for u, low, high in spans)


# clause boundaries within a sentence: a number is read only when its own clause names a topic ("hädaabi 112;
# ohvriabi 116 006; lastele 116 111"), though it is compared with every topic the sentence names
_CLAUSE_BREAK = re.compile(r";|\s[–—]\s(?=[^\d])|,\s*(?:aga|kuid|ent|но|а|зато)\b|\b(?:pluss|lisaks|плюс|кроме\s+того)\b",
                           re.IGNORECASE)


def _clause_starts(sentence: str, said: list[Said]) -> list[int]:
    """Where the clauses of a sentence start; a comma after a number also starts one, as in a list of
    "label – number" items («опасность – 112, помощь жертвам – 116 006, дети – 116 111»)."""
    bounds = sorted(m.start() for m in _CLAUSE_BREAK.finditer(sentence))
    for m in re.finditer(",", sentence):
        before = max((b for b in bounds if b < m.start()), default=-1)
        if any(before < x.start < m.start() for x in said):
            bounds.append(m.start())
    return sorted(set(bounds))


@lru_cache(maxsize=20_000)
def find_wrong_values(text: str, lang: str, facts: tuple[ValueFact, ...],
                      scope: frozenset[str] = frozenset()) -> tuple[WrongValue, ...]:
    """Sentences of `text` stating a number of a fact's unit that no fact on the topics they name has.

    "Ravikindlustus kehtib veel kuus kuud pärast töö lõppu." (the fact: kaks kuud), «возражение можно подать
    в течение двух недель» (30 дней) are wrong; "Vaie 30 päeva, pensioniotsuse vaie vaadatakse läbi 60 päeva
    jooksul" (two facts on "vaie"), "Kas vaide tähtaeg on 14 päeva?", "vaide esitasite 3 päeva tagasi" are not.
    ``scope``: the scenario's knowledge references; its processing times are also read in a clause that names no
    topic but tells a deadline of the same kind (`kbscope`: «решение принимается в течение 30 рабочих дней» in the
    disability scenario, whose fact says 15).
    """
    out: list[WrongValue] = list(wrong_claims(text, lang, facts))
    claimed = {w.start for w in out}
    previous: set[int] = set()  # the facts the last clause with a topic of the sentence before names
    for start, end, sentence in tx.split_sentences(text):
        before, previous = previous, set()
        if not sentence.strip():
            continue
        sl = lang_of(sentence, lang)
        if sl not in ("et", "ru"):
            continue
        index = _index_of(facts, sl)
        if not index.phrases:
            continue
        number = any(ch.isdigit() for ch in sentence) or _has_number_word(sentence)
        if not number and not _ANAPHOR_OPENING.search(sentence) and not phrase_set(index.phrases, sl).find_all(sentence):
            continue  # no number and no topic: nothing to read, and nothing for the next sentence to point back to
        named: set[int] = set()
        topic_clauses: set[int] = set()
        topic_ends: list[int] = []
        matches = [m for m in phrase_set(index.phrases, sl).find_all(sentence) if index.facts_of.get(tx.fold(m.phrase))]
        said_all = said_values(sentence, sl, tuple((m.start, m.end) for m in matches)) if number else []
        bounds = _clause_starts(sentence, said_all)
        last_clause: dict[int, set[int]] = {}
        for m in matches:
            # a negated mention still names the topic («Вы, а не муж; пособие многодетной семье 450 евро»
            # unpunctuated: «не муж пособие многодетной семье»): its values count, but only a clause with an
            # asserted topic phrase is read
            if index.facts_of.get(tx.fold(m.phrase)):
                named |= index.facts_of[tx.fold(m.phrase)]
                if not m.negated:
                    k = bisect_right(bounds, m.start)
                    topic_clauses.add(k)
                    topic_ends.append(m.end)
                    last_clause.setdefault(k, set()).update(index.facts_of[tx.fold(m.phrase)])
        # a clause that opens with a pronoun pointing back ("Jah, elusolekutõend. See kehtib kaks aastat",
        # "elusolekutõend – see kehtib ...", «Нужна справка. Она действует три года») speaks of the topic named
        # just before it: in the clause before, or in the sentence before when it opens the sentence
        pointing: set[int] = set()  # the clauses whose topic is that pronoun's
        for k in range(len(bounds) + 1):
            if k in topic_clauses or not _opens_with_anaphor(sentence, bounds, k):
                continue
            if k == 0 and before:
                named |= before
                topic_clauses.add(0)
                pointing.add(0)
                last_clause[0] = set(before)
            elif k > 0 and k - 1 in topic_clauses:
                topic_clauses.add(k)
                pointing.add(k)
                last_clause[k] = set(last_clause.get(k - 1, ()))
        if last_clause:
            previous = last_clause[max(last_clause)]
        if start + len(sentence) - len(sentence.lstrip()) in claimed:
            continue  # one finding per sentence
        if not number or tx.is_question(sentence, sl) or not (named or scope):
            continue
        ranges = range_members(sentence, [(x.start, x.end) for x in said_all if x.unit == DATE])
        for said in said_all:
            k = bisect_right(bounds, said.start)
            # "по 80 евро на первых двух; плюс пособие многодетной семье ...": 80 is said of no topic
            comparable = _topic_facts(said, k, named, topic_clauses, sentence, said_all, topic_ends, matches, index)
            if comparable is None:
                continue
            if not comparable and k and k - 1 in last_clause and said.unit in MONEY \
                    and opens_with_ordinal(sentence[bounds[k - 1]:bounds[k] if k < len(bounds) else len(sentence)].lstrip(",;–— ")):
                # "lapsetoetus: esimesele 80 eurot, teisele 100 eurot": the list goes on with its topic (`kbordinals`)
                comparable = [n for n in sorted(last_clause[k - 1]) if any(comparable_units(said.unit, u) for u, _ in index.values[n])]
            if not comparable and scope:  # the scenario's own deadline of the kind this clause tells
                begin = bounds[k - 1] if k else 0
                stop = bounds[k] if k < len(bounds) else len(sentence)
                clause = sentence[begin:stop]
                others = [(x.start - begin, x.end - begin) for x in said_all if x is not said and begin <= x.start < stop]
                kinds = number_kinds(clause, said.start - begin, said.end - begin, sl, others)
                comparable = scoped_deadlines(said.unit, kinds, sl, facts, index.values, scope)
            if not comparable:
                continue
            if said.unit in DAYS:  # a filing deadline is no review time of its topic (`kbfiling`)
                clause = (bounds[k - 1] if k else 0, bounds[k] if k < len(bounds) else len(sentence))
                others = [(x.start, x.end) for x in said_all if x is not said]
                if tells_filing(sentence, said.start, said.end, clause, others, sl):
                    comparable = filing_facts(comparable, facts, sl)
            if said.unit == DATE and all(index.periods[n] for n in comparable):
                if said.start not in ranges:
                    continue  # a period's dates are read in a range only (`kbsides`): "elate üksi alates 1. maist"
            elif said.unit == DATE and not _first_date_after_topic(said, said_all, topic_ends, bounds, pointing):
                continue  # «пенсии повышаются первого апреля и ... пятое апреля воскресенье»: the payment day
            side = side_after(sentence, said.end)  # "3 kuud enne" is no value of a fact of "3 kuud pärast" (`kbsides`)
            keyed = ordinal_mismatch(sentence, said, said_all, bounds,
                                     [(n, facts[n].text, index.values[n], facts[n].topic) for n in comparable]) \
                if said.unit in MONEY else []  # «100 евро на второго»: a value of another child (`kbordinals`)
            if keyed:  # the facts of that ordinal first, the others of the list after them (the feedback's text)
                comparable = keyed + [n for n in comparable if n not in keyed]
            elif any(comparable_units(said.unit, u) and equal(said, u, v) and compatible(side, s)
                     for n in comparable for (u, v), s in zip(index.values[n], index.sides[n], strict=True)) \
                    or any(_within(said, index.spans[n]) for n in comparable):
                continue
            offset = len(sentence) - len(sentence.lstrip())
            out.append(WrongValue(start + offset, end, said.quote, sentence.strip(),
                                  tuple(facts[n].ref for n in comparable),
                                  " ".join(dict.fromkeys(facts[n].text for n in comparable))))
            break  # one finding per sentence
    return tuple(out)


def _topic_facts(said: Said, k: int, named: set[int], topic_clauses: set[int], sentence: str, said_all: list[Said],
                 topic_ends: list[int], matches: list, index: _Index) -> list[int] | None:
    """The facts a number in clause k is compared with by the topics the sentence names: [] when its clause names
    no topic (or none of its unit), None when the number is no value of the topic named (the next item of a
    list, a phone number before its own topic; dates are checked by the caller)."""
    if k not in topic_clauses:
        return []
    if said.unit == BARE and _next_item_of_a_list(sentence, said, topic_ends, index):
        return None  # «телефон помощи детям 116111 ... опасность 112 вам 116006»: 116006 is the next item
    if said.unit == BARE and _before_its_topic(sentence, said, matches, index):
        return None  # «Кризисный телефон 116 006 и телефон помощи детям 116 111»: 116 006 is not the child line's
    return [n for n in sorted(named) if any(comparable_units(said.unit, u) for u, _ in index.values[n])]


def scoped_deadlines(unit: tuple[str, ...], kinds: frozenset[str], lang: str, facts: tuple[ValueFact, ...],
                     values: tuple, scope: frozenset[str]) -> list[int]:
    """The scenario's facts (`scope`) a number of `unit` in a clause that names no topic is compared with: its
    processing times of the kinds of deadline the number tells (`kbscope.number_kinds`) and of a comparable unit."""
    if unit in (BARE, DATE) or unit in MONEY or not kinds:
        return []
    return [n for n, fact in enumerate(facts) if fact.language == lang and in_scope(fact.ref, scope)
            and any(comparable_units(unit, u) for u, _ in values[n]) and fact_kinds(fact.text, lang) & kinds]


# a pronoun opening a clause that points back to the topic named just before it ("See kehtib kaks aastat", "– see
# kehtib ...", «Она действует три года»); only the subject pronouns of a thing, not "seal"/«там» (a place), and
# not "see on" / «это» ("kuupäevad 16. kuni 25. novembrini, see on 10 päeva": that is, a sum of its own)
_ANAPHOR_WORDS = r"(?:see|too|need|он|она|оно|они)"
_ANAPHOR_OPENING = re.compile(r"^[\W_]*(?:(?:ja|aga|и|а|но)\s+)?" + _ANAPHOR_WORDS +
                              r"(?!\w)(?!\s+(?:on|oli|oleks|ongi|olid|tahendab|tähendab|teeb|ehk)(?!\w))", re.IGNORECASE)


def _opens_with_anaphor(sentence: str, bounds: list[int], k: int) -> bool:
    """Does clause k of the sentence (split at `bounds`) open with a pronoun pointing back?"""
    begin = bounds[k - 1] if k > 0 else 0
    end = bounds[k] if k < len(bounds) else len(sentence)
    return bool(_ANAPHOR_OPENING.match(sentence[begin:end]))


# a phone-like number: 3 digits or more (112, 1247, 116 006), not an amount ("1 245 eurot" is read elsewhere)
_PHONE_LIKE = re.compile(r"(?<![\w.,])\d{3,}(?:[ \u00a0]\d{2,4})*(?![\w.,]?\d)")


def _next_item_of_a_list(sentence: str, said: Said, topic_ends: list[int], index: _Index) -> bool:
    """A phone number that is the number of some fact of the knowledge, said after another phone-like number
    that follows the last topic phrase before it: the next item of a list read out without punctuation
    («телефон помощи детям 116111 ... опасность 112 вам 116006 детям 116111», "lasteabi 116111, hädaabi 112,
    teile 116006"), not a second number of that topic. The first number after a topic is still its number
    («кризисный телефон помощи жертвам 116111» is wrong), and so is a number that no fact has ("... 116123")."""
    before = [e for e in topic_ends if e <= said.start]
    if not before:
        return False
    known = {v for values in index.values for u, v in values if u == BARE}
    if said.value not in known:
        return False
    return any(m.end() <= said.start for m in _PHONE_LIKE.finditer(sentence, max(before), said.start))


def _before_its_topic(sentence: str, said: Said, matches: list, index: _Index) -> bool:
    """A phone number that is the number of some fact of the knowledge, said before the first topic phrase after
    it when that phrase has a number of its own right after it: the number of something named before it
    («Кризисный телефон 116 006 и телефон помощи детям 116 111», new-user batch 31), not of that topic. A number
    with no topic before it and none after its topic's phrase ("116 006 – lasteabi") is still that topic's."""
    if any(m.end <= said.start for m in matches):
        return False
    after = [m for m in matches if m.start >= said.end]
    known = {v for values in index.values for u, v in values if u == BARE}
    if not after or said.value not in known:
        return False
    nearest = min(after, key=lambda m: m.start)
    follow = _PHONE_LIKE.search(sentence, nearest.end)
    return follow is not None and not re.search(r"[.;!?]", sentence[nearest.end:follow.start()])


def _first_date_after_topic(said: Said, said_all: list[Said], topic_ends: list[int], bounds: list[int] = (),
                            pointing: set[int] = frozenset()) -> bool:
    """A date is said of a topic only as the first date after a topic phrase (a later date in an unpunctuated
    sentence is another matter: the payment day after the indexation day). A clause that names no topic but opens
    with a pronoun pointing back to one ("Need tingimused peavad olema täidetud 1. aprillist ...") counts from
    its start."""
    before = [e for e in topic_ends if e <= said.start]
    k = bisect_right(bounds, said.start)
    if not before and k in pointing:
        before = [bounds[k - 1] if k > 0 else 0]  # the clause's topic is its opening pronoun's
    if not before:
        return False
    start = max(before)
    return not any(other.unit == DATE and start <= other.start < said.start for other in said_all)


_NUMBER_WORD = re.compile(r"(?:uks|uhe|kaks|kahe|kolm|neli|nelja|viis|viie|kuus|kuue|seitse|seitsme|kaheksa|"
                          r"uheksa|kumme|kumne|teist|kummend|sada|saja|один|одн|два|двух|три|трех|четыр|пят|шест|"
                          r"сем|восем|девят|десят|дцат|сорок|сто|"
                          # ordinals of dates: «с первого января», "esimesel jaanuaril"
                          r"перв|втор|трет|седьм|восьм|esimes|kolmand|neljand|viiend|kuuend)", re.IGNORECASE)


def _has_number_word(sentence: str) -> bool:
    return bool(_NUMBER_WORD.search(tx.fold(sentence).replace("y", "u")))  # "yheksa": "y" typed for "ü"
