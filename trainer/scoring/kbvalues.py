"""Facts by value across the knowledge base (issue #10): a wrong number for a topic the knowledge knows, and a
wrong rule a fact lists (its ``wrong`` claims: "116 006 vastab tööpäeviti", «войти через интернет-банк»; see
`_wrong_claims`).

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
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.kbfiling import filing_facts, tells_filing
from trainer.scoring.kbordinals import opens_with_ordinal, ordinal_mismatch
from trainer.scoring.kbscope import fact_kinds, in_scope, number_kinds
from trainer.scoring.kbsides import after_years, compatible, ordinal_time, range_members, side_after
from trainer.text.quantities import _MEASURES, _unit_lemma, find_quantities

__all__ = ["ValueFact", "ValueFacts", "WrongValue", "find_wrong_values", "parse_value_phrase", "BARE"]

BARE = ("#",)  # the unit of a bare number (a phone number): compared digit by digit
_MIN_BARE_DIGITS = 5  # shorter bare numbers in a reply (years, house numbers, 112) are not read as phone numbers
# days per unit of time, for deadlines and periods ("kahe nädala" is 14 päeva, "kaks kuud" 60 päeva); working
# days (tööpäev, рабочий день) and years are units of their own: years are mostly insurance periods and ages
# ("vähemalt 1 aasta staaži"), not a deadline counted in months
_DAYS = {("paev",): 1, ("nadal",): 7, ("kuu",): 30, ("день",): 1, ("неделя",): 7, ("месяц",): 30}
_SAME_UNIT = {("kalendripaev",): ("paev",), ("календарный", "день"): ("день",), ("eur",): ("euro",),
              ("€",): ("euro",), ("евр",): ("евро",), ("protsend",): ("protsent",)}
_MONEY = frozenset({("euro",), ("евро",)})
_SYMBOLS = {"et": {"€": " eurot", "%": " protsenti"}, "ru": {"€": " евро", "%": " процентов"}}
_POINT_IN_TIME = re.compile(r"^\s*(?:tagasi|eest\s+tagasi|назад)\b", re.IGNORECASE)
_SUM_BEFORE = re.compile(r"(?:\bkokku|\bsumma\w*|\bвсего|\bитого|\bв\s+сумме|\bвместе|[+=×*])(?:\s+\S+){0,2}\s*$",
                         re.IGNORECASE)
_SUM_AFTER = re.compile(r"^\s*(?:[+=×*]|korda|kokku\b)", re.IGNORECASE)
_BARE_RX = re.compile(r"(?<![\w.,+\-/])\+?\d+(?:[ \u00a0]\d{2,4})*(?![\w.,/\-]?\d)")
_DECIMAL_RX = re.compile(r"(?<![\d.,])(\d+,\d+)\s+([^\W\d_]+)")


@dataclass(frozen=True)
class ValueFact:
    """A knowledge fact in one language, as the check reads it: its ref, the phrases of its topic, its
    value with the unit ("30 päeva", "116 006") and its text (named in the feedback)."""

    ref: str
    language: str
    topic: tuple[str, ...]
    said_as: tuple[str, ...]
    text: str
    wrong: tuple[str, ...] = ()  # wrong rules about the fact ("116 006 vastab tööpäeviti"): see _wrong_claims

    def __hash__(self) -> int:
        # the facts tuple is part of a cache key per sentence: hash the ref and language only (a fact's
        # ref is unique in a language), not every phrase of every fact each time
        return hash((self.ref, self.language))


class ValueFacts(tuple):
    """The knowledge facts checked by value, as one tuple whose hash is computed once: it is part of the cache
    key of every sentence `find_wrong_values` reads, and hashing several hundred facts per sentence cost more
    than the cache saved."""

    #: runs of words of every knowledge text (`reference.reference_grams`): what a reply reading the knowledge
    #: base out shares with it; set by `KnowledgeBase.value_facts`, empty for a hand-made tuple
    reference: frozenset = frozenset()

    def __hash__(self) -> int:
        h = self.__dict__.get("_hash")
        if h is None:
            h = self.__dict__["_hash"] = tuple.__hash__(self)
        return h


@dataclass(frozen=True)
class WrongValue:
    """A sentence stating a number that no fact on the topics it names has."""

    start: int
    end: int
    quote: str  # the number with its unit, as written
    sentence: str  # the whole sentence (the evidence)
    refs: tuple[str, ...]  # the facts of that unit whose topic the sentence names
    right: str  # their texts: what the knowledge says
    claim: bool = False  # a wrong rule the fact lists (`wrong`), not a number


@dataclass(frozen=True)
class _Said:
    start: int
    end: int
    quote: str
    value: Decimal | str  # digits for a bare number
    unit: tuple[str, ...]


# a day of a month is a date: "1. aprillil", «1 апреля» -> (("date",), 401), compared with other dates only
_MONTHS = {name: n for n, names in enumerate((
    ("jaanuar", "январь"), ("veebruar", "февраль"), ("marts", "märts", "март"), ("aprill", "апрель"),
    ("mai", "май"), ("juuni", "июнь"), ("juuli", "июль"), ("august", "август"), ("september", "сентябрь"),
    ("oktoober", "октябрь"), ("november", "ноябрь"), ("detsember", "декабрь")), start=1) for name in names}
DATE = ("date",)


def _dated(unit: tuple[str, ...], value: Decimal) -> tuple[tuple[str, ...], Decimal]:
    month = _MONTHS.get(unit[0]) if len(unit) == 1 else None
    if month and 1 <= value <= 31 and value == int(value):
        return DATE, Decimal(month * 100) + value
    return unit, value


def _canonical(unit: tuple[str, ...]) -> tuple[str, ...]:
    if len(unit) == 1 and unit[0].startswith("kalendripae"):
        return ("paev",)
    return _SAME_UNIT.get(unit, unit)


def _symbols(text: str, lang: str) -> str:
    for symbol, word in _SYMBOLS["ru" if lang == "ru" else "et"].items():
        text = text.replace(symbol, word)
    return text


def _symbol_positions(text: str, lang: str) -> list[int]:
    """For each position of `_symbols(text)` (and its end), the position of `text` it stands for: the numbers are
    read in the text with the symbols spelt out, their clauses in the text as written («5,3 % – это рост средней
    пенсии – она теперь около 960 евро, – а ...»: "%" spelt out moved 960 into the next clause, new-user batch 53)."""
    words = _SYMBOLS["ru" if lang == "ru" else "et"]
    out: list[int] = []
    for i, ch in enumerate(text):
        out.extend([i] * len(words.get(ch, ch)))
    out.append(len(text))
    return out


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


# a number standing for itself before a total: digits (a decimal comma included), not a part of a longer number
_PLAIN_NUMBER = re.compile(r"(?<![\w.,])\d+(?:,\d+)?(?![\w]|[.,]\d)")
_MAX_TOTAL_GAP_WORDS = 3  # "80 + 80 + 100, то есть 260", "100 eurot ehk 260", "100 евро, получается 260"


def _is_total(s: str, start: int, value: Decimal, topics: tuple[tuple[int, int], ...]) -> bool:
    """A number that is the sum of two or more numbers said right before it, with only a few words between
    and no topic named between ("80 + 80 + 100, то есть 260 евро", "80 ja 80 ja 100 eurot, see teeb 260 eurot"):
    a total computed from the amounts, not a value of a fact. A wrong sum is read as a value as before
    ("80 + 80 + 100, то есть 270 евро"), and so is a number after another topic ("lapsetoetus 80 eurot ja
    100 eurot, lapsetoetus neljandale 180 eurot")."""
    before = [(m.end(), Decimal(m.group(0).replace(",", "."))) for m in _PLAIN_NUMBER.finditer(s, 0, start)]
    if len(before) < 2:
        return False
    gap_start = before[-1][0]
    gap = s[gap_start:start]
    if any(ch.isdigit() for ch in gap) or len(re.findall(r"[^\W\d_]+", gap)) > _MAX_TOTAL_GAP_WORDS \
            or any(a < start and b > gap_start for a, b in topics):
        return False
    total = Decimal(0)
    for n, (_, addend) in enumerate(reversed(before), start=1):
        total += addend
        if n >= 2 and total == value:
            return True
        if total > value:
            return False
    return False


def _said(sentence: str, lang: str, topics: tuple[tuple[int, int], ...] = ()) -> list[_Said]:
    """The numbers of a sentence stated as values: quantities with a unit (digits, decimals, words) and
    bare numbers of >= 5 digits, each unless negated, a point in time, part of a sum or a total of the numbers
    before it (`_is_total`; `topics` are the spans of the topic phrases of the sentence)."""
    s = _symbols(sentence, lang)
    out: list[_Said] = []
    taken: list[tuple[int, int]] = []

    def keep(start: int, end: int) -> bool:
        return not (tx.is_negated(s, start, lang) or _POINT_IN_TIME.match(s[end:])
                    or _SUM_BEFORE.search(s[:start]) or _SUM_AFTER.match(s[end:]))

    def total(said: _Said) -> bool:
        return said.unit not in (BARE, DATE) and isinstance(said.value, Decimal) \
            and _is_total(s, said.start, said.value, topics)

    for q in find_quantities(s, lang):
        taken.append((q.start, q.end))
        if _calendar_year(q.unit, q.value):
            continue  # "alates 2018. aastast", «с 2025 года»: a year of the calendar, not a number of years
        if q.unit in _DAYS and (after_years(s, q.start) or ordinal_time(q.quote)):
            continue  # "65 aastat ja 1 kuu": the months of an age; "esimesel nädalal": a point in time (`kbsides`)
        if not q.negated and keep(q.start, q.end):
            unit, value = _dated(_canonical(q.unit), Decimal(q.value))
            out.append(_Said(q.start, q.end, q.quote, value, unit))
    for m in _DECIMAL_RX.finditer(s):
        taken.append((m.start(), m.end()))
        try:
            value = Decimal(m.group(1).replace(",", "."))
        except InvalidOperation:  # pragma: no cover - the pattern only matches digits
            continue
        if keep(m.start(), m.end()):
            out.append(_Said(m.start(), m.end(), m.group(0), value, _canonical((_unit_lemma(m.group(2), lang),))))
    for m in _BARE_RX.finditer(s):
        digits = _digits(m.group(0))
        if not _MIN_BARE_DIGITS <= len(digits) <= 12:
            continue
        after = re.match(r"\s*([^\W\d_]+)", s[m.end():])
        if after and _unit_lemma(after.group(1), lang) in _MEASURES:
            continue  # "1 245 eurot" is an amount
        if keep(m.start(), m.end()):
            out.append(_Said(m.start(), m.end(), m.group(0).strip(), digits, BARE))
    kept = sorted((x for x in out if not total(x)), key=lambda x: x.start)
    if len(s) == len(sentence):
        return kept
    at = _symbol_positions(sentence, lang)  # back to the sentence as written
    return [_Said(at[x.start], at[x.end - 1] + 1, x.quote, x.value, x.unit) for x in kept]


_YEAR_UNITS = frozenset({("aasta",), ("год",)})


def _calendar_year(unit: tuple[str, ...], value: int) -> bool:
    """A year of the calendar ("2018. aastal", «в 2025 году»), not a number of years ("kaks aastat")."""
    return unit in _YEAR_UNITS and 1900 <= value <= 2100


@lru_cache(maxsize=2048)
def parse_value_phrase(phrase: str, lang: str) -> tuple[tuple[str, ...], Decimal | str] | None:
    """(unit, value) of a ``said_as`` phrase: "30 päeva" -> (("paev",), 30), "116 006" -> (("#",),
    "116006"), "414,10 eurot" -> (("euro",), 414.10); None when it is neither a quantity with a unit nor
    a bare number of at least 5 digits."""
    phrase = phrase.strip()
    if re.fullmatch(r"\+?\d[\d \u00a0]*", phrase):
        # a bare number is read in a reply only from 5 digits on (shorter ones are years, house numbers)
        return (BARE, _digits(phrase)) if len(_digits(phrase)) >= _MIN_BARE_DIGITS else None
    found = _said(phrase, lang)
    if not found or found[0].unit == BARE:
        return None
    return found[0].unit, found[0].value


def _comparable(unit: tuple[str, ...], fact_unit: tuple[str, ...]) -> bool:
    return unit == fact_unit or (unit in _DAYS and fact_unit in _DAYS)


def _equal(said: _Said, unit: tuple[str, ...], value: Decimal | str) -> bool:
    if said.unit == BARE or unit == BARE:
        if said.unit != unit:
            return False
        return said.value == value or (len(said.value) >= 7 and str(value).endswith(str(said.value)))
    if said.unit == unit:
        # money: a multiple of a monthly amount is several payments ("maksti kaks kuud liiga palju, 160 eurot")
        if unit in _MONEY and value and said.value % value == 0 and 1 <= said.value / value <= 36:
            return True
        return said.value == value
    return said.value * _DAYS[said.unit] == value * _DAYS[unit]


@dataclass(frozen=True)
class _Index:
    phrases: tuple[str, ...]
    facts_of: dict  # folded phrase -> fact indexes
    values: tuple[tuple[tuple[tuple[str, ...], Decimal | str], ...], ...]  # per fact: (unit, value) pairs
    sides: tuple[tuple[str | None, ...], ...] = ()  # per fact, per value: the side of a moment (`kbsides`)
    periods: tuple[bool, ...] = ()  # per fact: its values are two dates, a period (`kbsides`)


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
                    said = _said(p.strip(), lang)
                    side.append(side_after(p.strip(), said[0].end) if said else None)  # "6 kuud enne"
        values.append(tuple(parsed))
        sides.append(tuple(side))
    periods = tuple(sum(1 for u, _ in v if u == DATE) >= 2 for v in values)
    return _Index(tuple(dict.fromkeys(phrases)), facts_of, tuple(values), tuple(sides), periods)


# every fact's claims, topics and the index each have a set (over 140 with the project's knowledge): a bound
# below that count evicts each set before its next use and rebuilds it, with its caches, every sentence
@lru_cache(maxsize=1024)
def _phrase_set(phrases: tuple[str, ...], lang: str) -> tx.PhraseSet:
    return tx.PhraseSet(phrases, lang)


def _lang_of(sentence: str, lang: str) -> str:
    cyr = sum(1 for ch in sentence if "\u0400" <= ch <= "\u04ff")
    letters = sum(1 for ch in sentence if ch.isalpha())
    return "ru" if cyr * 2 > letters else ("et" if lang == "ru" and cyr == 0 else lang)


# clause boundaries within a sentence: a number is read only when its own clause names a topic ("hädaabi 112;
# ohvriabi 116 006; lastele 116 111"), though it is compared with every topic the sentence names
_CLAUSE_BREAK = re.compile(r";|\s[–—]\s(?=[^\d])|,\s*(?:aga|kuid|ent|но|а|зато)\b|\b(?:pluss|lisaks|плюс|кроме\s+того)\b",
                           re.IGNORECASE)


def _clause_starts(sentence: str, said: list[_Said]) -> list[int]:
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
    out: list[WrongValue] = list(_wrong_claims(text, lang, facts))
    claimed = {w.start for w in out}
    previous: set[int] = set()  # the facts the last clause with a topic of the sentence before names
    for start, end, sentence in tx.split_sentences(text):
        before, previous = previous, set()
        if not sentence.strip():
            continue
        sl = _lang_of(sentence, lang)
        if sl not in ("et", "ru"):
            continue
        index = _index_of(facts, sl)
        if not index.phrases:
            continue
        number = any(ch.isdigit() for ch in sentence) or _has_number_word(sentence)
        if not number and not _ANAPHOR_OPENING.search(sentence) and not _phrase_set(index.phrases, sl).find_all(sentence):
            continue  # no number and no topic: nothing to read, and nothing for the next sentence to point back to
        named: set[int] = set()
        topic_clauses: set[int] = set()
        topic_ends: list[int] = []
        matches = [m for m in _phrase_set(index.phrases, sl).find_all(sentence) if index.facts_of.get(tx.fold(m.phrase))]
        said_all = _said(sentence, sl, tuple((m.start, m.end) for m in matches)) if number else []
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
            if not comparable and k and k - 1 in last_clause and said.unit in _MONEY \
                    and opens_with_ordinal(sentence[bounds[k - 1]:bounds[k] if k < len(bounds) else len(sentence)].lstrip(",;–— ")):
                # "lapsetoetus: esimesele 80 eurot, teisele 100 eurot": the list goes on with its topic (`kbordinals`)
                comparable = [n for n in sorted(last_clause[k - 1]) if any(_comparable(said.unit, u) for u, _ in index.values[n])]
            if not comparable and scope:  # the scenario's own deadline of the kind this clause tells
                begin = bounds[k - 1] if k else 0
                stop = bounds[k] if k < len(bounds) else len(sentence)
                clause = sentence[begin:stop]
                others = [(x.start - begin, x.end - begin) for x in said_all if x is not said and begin <= x.start < stop]
                kinds = number_kinds(clause, said.start - begin, said.end - begin, sl, others)
                comparable = scoped_deadlines(said.unit, kinds, sl, facts, index.values, scope)
            if not comparable:
                continue
            if said.unit in _DAYS:  # a filing deadline is no review time of its topic (`kbfiling`)
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
                if said.unit in _MONEY else []  # «100 евро на второго»: a value of another child (`kbordinals`)
            if keyed:  # the facts of that ordinal first, the others of the list after them (the feedback's text)
                comparable = keyed + [n for n in comparable if n not in keyed]
            elif any(_comparable(said.unit, u) and _equal(said, u, v) and compatible(side, s)
                     for n in comparable for (u, v), s in zip(index.values[n], index.sides[n], strict=True)):
                continue
            offset = len(sentence) - len(sentence.lstrip())
            out.append(WrongValue(start + offset, end, said.quote, sentence.strip(),
                                  tuple(facts[n].ref for n in comparable),
                                  " ".join(dict.fromkeys(facts[n].text for n in comparable))))
            break  # one finding per sentence
    return tuple(out)


def _topic_facts(said: _Said, k: int, named: set[int], topic_clauses: set[int], sentence: str, said_all: list[_Said],
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
    return [n for n in sorted(named) if any(_comparable(said.unit, u) for u, _ in index.values[n])]


def scoped_deadlines(unit: tuple[str, ...], kinds: frozenset[str], lang: str, facts: tuple[ValueFact, ...],
                     values: tuple, scope: frozenset[str]) -> list[int]:
    """The scenario's facts (`scope`) a number of `unit` in a clause that names no topic is compared with: its
    processing times of the kinds of deadline the number tells (`kbscope.number_kinds`) and of a comparable unit."""
    if unit in (BARE, DATE) or unit in _MONEY or not kinds:
        return []
    return [n for n, fact in enumerate(facts) if fact.language == lang and in_scope(fact.ref, scope)
            and any(_comparable(unit, u) for u, _ in values[n]) and fact_kinds(fact.text, lang) & kinds]


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


# what else a rule in a sentence may be said of: another phone number (3+ digits) or another line or office
# an amount or a duration with its unit ("200 eurot", «200 евро в год», "150 päeva") is said of the subject before it,
# no other line (new-user batch 41 rent-help-municipality-ru: «пособие ... – 200 евро в год, его платят ...»)
_OTHER_SUBJECT = re.compile(r"(?<![\d])\d(?:[ \u00a0]?\d){2,}(?![\d])(?![,.]?\d*\s*(?:eur|€|евр|%|protsen|процент|"
                            r"p[aä]ev|дн|дня|день|kuu|месяц|aasta|год|лет|nädal|nadal|недел))|\b(?:infotelefon\w*|infoliin\w*|klienditeenindus\w*|"
                            r"esindus\w*|b[uü]roo\w*|инфолини\w*|информационн\w*|справочн\w*|представительств\w*|"
                            r"бюро|клиентск\w*\s+обслуживани\w*)|(?<!\w)(?:нам|мы|нас|наш\w*|meie|meile|meil|meid|me)(?!\w)", re.IGNORECASE)


# a possessive in a predicate that says what the subject is ("116 006 – это служба нашего Департамента", "see on meie
# ameti teenus") says whose it is: no other subject (new-user batch 43 crisis-violence-ru: «Он работает по рабочим
# дням» in the next sentence still speaks of 116 006). "Meie infotelefon", «наш номер», «мы работаем» stay subjects
_OWNER_IN_PREDICATE = re.compile(r"(?:(?<!\w)(?:это|является|являются)\s+(?>[\w-]+\s+){0,2}?(?:наш\w*|нам|нас)|"
                                 r"(?<!\w)(?:on|ongi)\s+(?:ka\s+|ju\s+)?meie)$", re.IGNORECASE)


def _owner_in_predicate(sentence: str, start: int, end: int) -> bool:
    """Is the other-subject match at [start, end) the owner in a predicate ("это служба нашего ...")?"""
    return bool(_OWNER_IN_PREDICATE.search(sentence, max(0, start - 60), end))


# a denial right after a claim ("pangalingiga mitte", «через банк нельзя», "tööpäeviti ei"); a word after a dash or a
# semicolon opens a clause of its own ("... ise alla kirjutada – volikirja ei ole vaja", new-user batch 31)
_DENIED_AFTER = re.compile(r"(?:\W*|[^\w–—;]*\w+[^\w–—;]+)(?:mitte|ei|pole|нельзя|не|нет)\b", re.IGNORECASE)
_ADJACENT = re.compile(r"\s+(?:\w+\s+)?")
# a sentence without a subject of its own continues the last one only through a word pointing back to it
# («Только учтите, он работает по рабочим дням»; "see number vastab ainult tööpäeviti"; plural: "Need tuleb võtta
# ühe korraga", new-user batch 22 parental-benefit-chat-et)
_ANAPHOR = re.compile(r"(?<!\w)(?:он|она|оно|там|туда|этот\s+номер|эта\s+линия|этот\s+телефон|see|seal|sinna|"
                      r"see\s+number|see\s+liin|too|need|neid|они|их)(?!\w)", re.IGNORECASE)

# a login with no e-service named in its sentence logs in to the one named before («Решение Вы увидите в среде
# самообслуживания. Войти можно и через свой банк»)
# a sentence opening with "but" qualifies the rule just told, so it continues its subject («Вы можете получить
# компенсацию. Но заявление можно подать только после приговора», new-user batch 26 victim-support-ru)
# Estonian "aga" may stand after the first words ("Taotluse saab aga esitada alles ...", new-user batch 33
# victim-support-et), and so may Russian «же» («Заявление же подаётся только после приговора»); a sentence-initial
# «только» is "but" too («Только подать его можно после того, как ...», new-user batch 36 victim-support-ru)
_CONTRAST_OPENING = re.compile(r"^[\W_]*(?:(?:но|однако|только|aga|kuid|ent)(?!\w)|(?:\w+\s+){1,2}(?:aga|же)(?!\w))",
                               re.IGNORECASE)
# the application names no topic: it is the application for what was just told ("Hüvitist saab taotleda.
# Taotluse saab esitada alles pärast kohtuotsust."; "avaldus", «ходатайство» too: new-user batch 38)
_APPLICATION = re.compile(r"(?<!\w)(?:taotlus\w*|avaldus\w*|заявлени\w*|ходатайств\w*)(?!\w)", re.IGNORECASE)
_LOGIN = re.compile(r"(?<!\w)(?:войти|зайти|входить|заходить|вход|sisse\s+(?:logi\w*|saa\w*)|logi\w*\s+sisse|"
                    r"sisene\w*)(?!\w)", re.IGNORECASE)


def _former(sentence: str, lang: str) -> bool:
    from trainer.scoring.statements import tells_former_rule  # statements reads value facts from here

    return tells_former_rule(sentence, lang)


def _wrong_claims(text: str, lang: str, facts: tuple[ValueFact, ...]) -> tuple[WrongValue, ...]:
    """Sentences stating a fact's `wrong` claim about that fact: the claim is asserted (not asked, not denied,
    not told as past) and said of the fact's topic (`_subject`), not of another number or line ("infotelefon
    16106 tööpäeviti, kriisitelefon 116 006 ööpäev läbi" is right)."""
    claims = [n for n, f in enumerate(facts) if f.wrong]
    if not claims:
        return ()
    out: list[WrongValue] = []
    last = None  # the last subject of the sentences read so far: a fact index or -1 (another subject)
    for start, _end, sentence in tx.split_sentences(text):
        sl = _lang_of(sentence, lang)
        mine = [n for n in claims if facts[n].language == sl]
        if not sentence.strip() or not mine:
            continue
        topics = _claim_topics(tuple(facts[n] for n in mine), sl)
        subjects: list[tuple[int, int, int]] = []  # (start, end, fact index or -1)
        denied: list[tuple[int, int, int]] = []  # topics under a negation: a subject only inside a claim that
        # carries the negation itself ("ma ei saa kaebust telefonis vastu võtta", «если ... не доплатят»)
        for m in _phrase_set(tuple(topics), sl).find_all(sentence):
            hits = [(m.start, m.end, mine[k]) for k in topics.get(tx.fold(m.phrase), ())]
            if m.negated:
                denied += hits
            else:
                subjects += hits
        taken = [(a, b) for a, b, _ in subjects]
        subjects += [(m.start(), m.end(), -1) for m in _OTHER_SUBJECT.finditer(sentence)
                     if not any(a < m.end() and m.start() < b for a, b in taken)
                     and not _owner_in_predicate(sentence, m.start(), m.end())]
        found: list[tuple[int, tx.Match]] = []  # every fact whose claim the sentence states of it
        # a rule told as abolished states nothing wrong («В пятницу перед выходными, как было раньше, больше не
        # платят.»), as in `statements.find_values`
        if not tx.is_question(sentence, sl) and not _former(sentence, sl):
            for n in mine:
                for m in _phrase_set(facts[n].wrong, sl).find_all(sentence):
                    if m.negated or _DENIED_AFTER.match(sentence, m.end) or _told_as_past(sentence, m.start, sl):
                        continue  # "parooli või pangalingiga mitte", «через банк нельзя», "kuni 2024 maksti ..."
                    inside = any(x[2] == n and m.start <= x[0] and x[1] <= m.end for x in denied)
                    if inside or _subject(n, m.start, m.end, subjects, sentence, last) == n:
                        found.append((n, m))
                        break
        if found:
            # one sentence may state the wrong claims of two facts («нужно прийти лично с документом» of the
            # child-allowance offer: an offer's rule and a document's channel); the fact named first in the sentence
            # is what it is about and gives the quote and the right text, each fact is named
            first = {x[2]: x[0] for x in sorted(subjects, reverse=True)}
            n, m = min(found, key=lambda f: (first.get(f[0], len(sentence)), found.index(f)))
            offset = len(sentence) - len(sentence.lstrip())
            out.append(WrongValue(start + offset, start + len(sentence), m.quote, sentence.strip(),
                                  tuple(dict.fromkeys([facts[n].ref] + [facts[k].ref for k, _ in found])),
                                  facts[n].text, claim=True))
        if subjects:
            last = max(subjects, key=lambda x: x[1])[2]
    return tuple(out)


def _subject(n: int, start: int, end: int, subjects: list[tuple[int, int, int]], sentence: str,
             last: int | None) -> int | None:
    """What a claim at [start, end) is said of: fact n when the claim names its topic itself, else the nearest
    subject before it, else a subject right after it with no punctuation between (what the claim qualifies:
    «нужна именно нотариальная доверенность»; «пенсия 5-го, а детское пособие 8-го» is not), else the last
    subject of an earlier sentence when a word points back to it."""
    if any(x[2] == n and start <= x[0] and x[1] <= end for x in subjects):
        return n
    before = [x for x in subjects if x[1] <= start]
    if before:  # a topic several facts share ("vaie": its deadline and what goes in it) is the subject of each
        nearest = max(x[1] for x in before)
        return n if any(x[2] == n and x[1] == nearest for x in before) else max(before, key=lambda x: x[1])[2]
    after = [x for x in subjects if x[0] >= end and _ADJACENT.fullmatch(sentence, end, x[0])]
    if after:  # a shared topic right after is the subject of each of its facts, as before
        nearest = min(x[0] for x in after)
        return n if any(x[2] == n and x[0] == nearest for x in after) else min(after, key=lambda x: x[0])[2]
    return last if (_ANAPHOR.search(sentence) or _LOGIN.search(sentence) or _APPLICATION.search(sentence)
                 or _CONTRAST_OPENING.match(sentence)) else None


def _told_as_past(sentence: str, start: int, lang: str) -> bool:
    """A past verb among the few words before a claim: the rule told as history ("Kuni 2024. aasta lõpuni maksti
    pension nädalavahetuse korral välja sellele eelneval reedel", «раньше выплачивали в предшествующую пятницу»)."""
    from trainer.text.verb_forms import _past_verb

    words = [t for t in tx.tokenize_cached(sentence[:start]) if t.is_word][-6:]
    return any(_past_verb(t.text, lang) for t in words)


@lru_cache(maxsize=64)
def _claim_topics(facts: tuple[ValueFact, ...], lang: str) -> dict[str, list[int]]:
    """Topic phrase -> the positions (in `facts`) of the facts it names."""
    topics: dict[str, list[int]] = {}  # keyed by the folded phrase, as a match reports it
    for k, fact in enumerate(facts):
        for p in fact.topic:
            topics.setdefault(tx.fold(p), []).append(k)
    return topics


# a phone-like number: 3 digits or more (112, 1247, 116 006), not an amount ("1 245 eurot" is read elsewhere)
_PHONE_LIKE = re.compile(r"(?<![\w.,])\d{3,}(?:[ \u00a0]\d{2,4})*(?![\w.,]?\d)")


def _next_item_of_a_list(sentence: str, said: _Said, topic_ends: list[int], index: _Index) -> bool:
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


def _before_its_topic(sentence: str, said: _Said, matches: list, index: _Index) -> bool:
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


def _first_date_after_topic(said: _Said, said_all: list[_Said], topic_ends: list[int], bounds: list[int] = (),
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
