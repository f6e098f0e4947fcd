"""Facts by value: the right and wrong values of a fact an agent's text states (`find_values`: numbers in their
units, or phrases), and a rule told as one that no longer holds (`tells_former_rule`, `former_part`).

Only asserted statements count: a question (unless an instruction follows in it), a negation or a child's age
states no value; a wrong rule told as history states nothing wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from trainer import text as tx
from trainer.scoring import statements
from trainer.scoring.bare_amount import bare_amounts
from trainer.scoring.resumptive import with_condition
from trainer.text.ages import is_age
from trainer.text.former_clause import denied_clause_end, former_clause_end
from trainer.text.number_range import range_lower
from trainer.text.quantities import Quantity, find_quantities, parse_quantity

# -- facts by value --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ValueHit:
    """A sentence stating a value: right or wrong, with the quoted words."""

    start: int
    end: int
    quote: str
    sentence: str
    right: bool


# Units of time: with other_units_wrong, another unit of time for the same fact is a wrong value ("5 tööpäeva" where
# the answer comes within "30 päeva"); calendar days are days.
_TIME_UNITS = frozenset("paev toopaev nadal kuu aasta tund день неделя месяц год час".split())
# "eur" typed short is the euro ("sügav 100 eur", new-user batch 31), as in kbvalues
_SAME_UNIT = {("kalendripaev",): ("paev",), ("календарный", "день"): ("день",), ("eur",): ("euro",)}


def _canonical_unit(unit: tuple[str, ...]) -> tuple[str, ...]:
    if len(unit) == 1 and unit[0].startswith("kalendripae"):
        return ("paev",)  # a compound the dictionary may not know ("kalendripäeva")
    return _SAME_UNIT.get(unit, unit)


def _time_unit(unit: tuple[str, ...]) -> bool:
    return unit[-1] in _TIME_UNITS or _canonical_unit(unit)[-1] in _TIME_UNITS


def _bare_quantity(phrase: str, lang: str):
    """The quantity of a wrong phrase that is little more than that quantity ("до 1 марта", "14 päeva"),
    else None: a longer phrase with a number in it («в двух странах полностью») must match as a whole,
    or any "двух стран" in a reply would count as the wrong rule."""
    q = parse_quantity(phrase, lang)
    if q is None:
        return None
    rest = (phrase[:q.start] + " " + phrase[q.end:]).split()
    if any(tx.fold(w.lower()) in _RATES for w in rest):
        return None  # "200 eurot kuus": the rate is the wrong part, "200 eurot" alone is right
    return q if len(rest) <= 1 else None


# a rate after an amount: "200 eurot kuus", "aastas", «ежемесячно»
_RATES = frozenset("kuus aastas paevas nadalas igakuine ежемесячно ежегодно ежедневно".split())


# -- a former rule told as former: "Varem maksti reedel, aga nüüd enam mitte.", «Раньше платили в пятницу, теперь
# нет.» explains that a rule was abolished; it does not state it. Matched on folded text (õäöü -> oaou).
_ABOLISHED = {
    "et": r"\b(?:kaotati|kaotatud|kaotas|tuhistati|tuhistatud|ei\s+kehti|enam\s+ei|enam\s+mitte|ei\s+ole\s+enam|pole\s+enam|"
          r"ei\s+\w+\s+enam|enam\s+\w+\s+ei)\b",
    "ru": r"(?:\bотмен\w*|\bне\s+действует|\bбольше\s+не\b|\bуже\s+не\b|\bбольше\s+так\s+не\b|\bтеперь\s+нет\b|"
          r"\bсейчас\s+нет\b|\bне\s+\w+\s+больше\b)",
}
_FORMERLY = {
    "et": r"\b(?:varem|varasemalt|vanasti|kunagi|kuni\s+\d{4}|enne\s+\d{4}|\d{4}\.?\s+aastani|(?:maksti|kehtis|oli)\b)",
    "ru": r"(?:\bраньше\b|\bпрежде\b|\bдо\s+\d{4}|\bплатили\b|\bдействовал\w*|\bбыло\b)",
}
#: "as before", "still": the former rule said to hold now
_STILL = {"et": r"\b(?:nagu\s+varem|nagu\s+vanasti|endiselt|ikka\s+veel|jatkuvalt)\b",
          "ru": r"(?:\bкак\s+(?:и\s+)?раньше\b|\bпо-прежнему\b|\bвсё\s+ещё\b|\bвсе\s+еще\b)"}


#: a bound that puts the rule in the past: up to a year („kuni 2024. aasta lõpuni“, „2024. aastani“, «до 2025 года»,
#: «до конца 2024 года») or the old order named („vana korra järgi“, «по старому правилу»)
_PAST_BOUND = {
    "et": r"\b(?:kuni\s+(?:\d{4}|aastani\s+\d{4})|enne\s+\d{4}|\d{4}\.?\s+(?:aastani|aasta\s+lopuni)|"
          r"vana(?:st|s|d|l|le|sse)?\s+(?:korra\w*|kord|reegli\w*|reegel)|vanasti)\b",
    "ru": r"(?:\bдо\s+(?:конца\s+)?\d{4}|\bпо\s+стар\w+\s+(?:правил\w*|порядк\w*)|\bстар\w+\s+(?:правил\w*|порядк\w*)|"
          r"\bпо-старому\b)",
}
#: a past-tense verb of paying or holding („maksti“, „kanti“, „tuli“, «платили», «выплачивали», «перечисляли»)
_PAST_VERB = {
    "et": r"\b(?:maksti|makseti|maksis|kanti|tehti|kehtis|tuli|tulid|laekus|joudis|joudsid|saadeti|oli)\b",
    "ru": r"(?:\b(?:вы)?плачивал\w*|\b(?:вы)?платил\w*|\bперечислял\w*|\bзачислял\w*|\bпереводил\w*|\bприходил\w*|"
          r"\bпоступал\w*|\bдействовал\w*|\bбыл[аои]?\b)",
}
#: the same rule said to hold now too: "ja nüüd ka", "praegu samamoodi", «и сейчас тоже», «так же»
_NOW_TOO = {
    "et": r"\b(?:(?:nuud|praegu|tana)\s+(?:\w+\s+){0,3}?ka|ka\s+(?:nuud|praegu)|nuudki|praegugi|samamoodi|sama\s+moodi|"
          r"samuti|nagu\s+ka)\b",
    "ru": r"(?:\b(?:и|так\s+же)\s+(?:сейчас|теперь)\b|\b(?:сейчас|теперь)\s+(?:\w+\s+){0,2}?тоже\b|\bтак\s+же\b|"
          r"\bточно\s+так\b|\bкак\s+и\s+до\b)",
}


def tells_former_rule(sentence: str, lang: str) -> bool:
    """Does the sentence tell a rule as one that no longer holds ("Varem, kuni 2024. aasta lõpuni, maksti
    reedel, aga nüüd enam mitte.", "see reegel kaotati", «раньше платили в пятницу, теперь нет»)? Then a wrong
    rule's words in it state nothing wrong. "nagu varem", «как раньше», "endiselt" say it still holds.
    A rule bounded by a past year or named as the old order, with a verb in the past tense, is told as former
    too („kuni 2024. aasta lõpuni maksti eelneval reedel, aga alates 2025 ...“, «до 2025 года платили в пятницу»,
    «по старому правилу перечисляли накануне выходных»), unless the sentence says it holds now too („ja nüüd
    ka“, „samamoodi“, «и сейчас тоже»); the same words in the present („kuni 2024 makstakse“) still say it."""
    sl = "ru" if lang == "ru" else "et"
    folded = tx.fold(sentence)
    if re.search(_STILL[sl], folded):
        return False
    past = former_part(sentence, lang)
    if past and past >= len(sentence.rstrip(" .!;…")):
        return True  # «Раньше пенсию платили в пятницу.», «раньше – в пятницу.»: history (trainer.text.former_clause)
    abolished = re.search(_ABOLISHED[sl], folded)
    if abolished and re.search(r"\b(?:kaotati|kaotatud|tuhistati|tuhistatud)\b|\bотмен(?:или|ено|ен|ён|ена|ены|ил|ила)\b",
                               folded):
        return True
    if abolished and re.search(_FORMERLY[sl], folded):
        return True
    return bool(re.search(_PAST_BOUND[sl], folded) and re.search(_PAST_VERB[sl], folded)
                and not re.search(_NOW_TOO[sl], folded))


def former_part(sentence: str, lang: str) -> int:
    """How many characters at the start of `sentence` tell a rule as history („Varem maksti reedel, aga alates
    2025 ...“: up to „aga“; the whole of «Раньше платили в пятницу.»); 0 if none. A wrong rule's words there are
    not said (`trainer.text.former_clause`)."""
    return max(former_clause_end(sentence, lang) or 0, denied_clause_end(sentence, lang) or 0)


def find_values(text: str, lang: str, right: tuple[str, ...], wrong: tuple[str, ...],
                topic: tuple[str, ...] = (), other_values_wrong: bool = True,
                other_units_wrong: bool = False, first_on_topic: bool = False) -> list[ValueHit]:
    """Right and wrong statements of a fact in `text`.

    ``right``: phrases that state the fact ("30 päeva", "8. kuupäeval", "kahe tööpäeva jooksul"); a phrase
    with a number matches the same value counted in the same unit in digits or words ("kolmekümne
    päeva"), other phrases match like concept phrases. ``wrong``: phrases of wrong rules ("reedel",
    «в пятницу»); a wrong phrase with a number also matches that value in words («до первого марта» for
    "до 1 марта"). With ``other_values_wrong``, another number of the same unit as a right phrase is wrong
    ("14 päeva"); with ``other_units_wrong`` (``other_values: any_unit``), so is a number of another unit
    of time ("5 tööpäeva", "kahe nädala" where the fact is "30 päeva"; calendar days are days; so it is without
    ``other_values_wrong``, ``other_values: other_units``: "kuue kuu jooksul" for "45 päeva"): give such a
    check a ``topic``, or another duration in the reply ("kehtib veel kaks kuud") counts against it. Only asserted statements count: in a question or a negation neither a right nor a
    wrong value is said. With ``topic``, only sentences containing a topic phrase are read; with
    ``first_on_topic`` the first sentence is read anyway (it answers the client's question on the topic).
    """
    spans = [r for r in (_range_phrase(p, lang) for p in right) if r is not None]  # "29–42 eurot"
    right_q = [q for q in (parse_quantity(p, lang) for p in right) if q is not None] + [q for q, _ in spans]
    right_words = tuple(p for p in right if parse_quantity(p, lang) is None and _range_phrase(p, lang) is None)
    wrong_q = [q for q in (_bare_quantity(p, lang) for p in wrong) if q is not None]
    units = {_canonical_unit(q.unit) for q in right_q}
    time_fact = other_units_wrong and any(_time_unit(u) for u in units)
    out: list[ValueHit] = []
    topic_set = _phrase_set(topic, lang) if topic else None
    sentences = statements.sentences(text)
    for n, (start, _end, sentence) in enumerate(sentences):
        previous = sentences[n - 1][2] if n else ""
        if tx.is_question(sentence, lang):
            cut = _spoken_instruction(sentence, lang)
            if cut is None:
                continue
            start, sentence = start + cut, sentence[cut:]
        if topic_set is not None and not (n == 0 and first_on_topic) \
                and not any(not m.negated for m in topic_set.find_all(sentence)):
            continue
        said: set[int] = set()
        former = tells_former_rule(sentence, lang)  # a wrong rule told as abolished is not said
        past = former_part(sentence, lang)  # «Раньше платили в пятницу, а теперь ...»: the clause before «а»
        for q in _with_lower_ends(sentence, find_quantities(sentence, lang)):
            if q.negated or is_age(sentence, q.start, q.end, lang):
                continue  # "kuni laps 3 a": a child's age is no value of the fact (trainer.text.ages)
            unit = _canonical_unit(q.unit)
            if any(w.value == q.value and _canonical_unit(w.unit) == unit for w in wrong_q):
                if former or q.end <= past:
                    said.add(q.start)
                    continue
                out.append(ValueHit(start + q.start, start + q.end, q.quote, sentence.strip(), False))
                said.add(q.start)
                continue
            if unit not in units and not (time_fact and _time_unit(unit)):
                continue
            ok = any(r.value == q.value and _canonical_unit(r.unit) == unit for r in right_q) \
                or any(low <= q.value <= r.value and _canonical_unit(r.unit) == unit for r, low in spans)
            if ok or other_values_wrong or unit not in units:  # not in units: another unit of time
                out.append(ValueHit(start + q.start, start + q.end, q.quote, sentence.strip(), ok))
                said.add(q.start)
        out += [ValueHit(start + a, start + b, quote, sentence.strip(), True)  # "maksuvaba tulu 776 ..." (speech)
                for a, b, quote in bare_amounts(sentence, lang, right_q) if a not in said]
        for phrases, ok in ((right_words, True), (wrong, False)):
            if not phrases or former and not ok:
                continue
            # a wrong rule's condition may be the sentence before ("... varem. Siis pension ei vähene.")
            shift, read = (0, sentence) if ok else with_condition(previous, sentence, lang)
            for m in _phrase_set(phrases, lang).find_all(read):  # a match ending in this sentence is said in it
                a, b = max(m.start - shift, 0), m.end - shift
                if b > 0 and not m.negated and not any(a <= pos < b for pos in said) and (ok or b > past):
                    out.append(ValueHit(start + a, start + b, read[a + shift:m.end], sentence.strip(), ok))
    return out


def _range_phrase(phrase: str, lang: str) -> tuple[Quantity, object] | None:
    """(the upper end, the lower end's value) of an author's phrase that is a range ("29–42 eurot", «от 29 до 42
    евро»): every number of its unit in between is right. None for any other phrase."""
    found = find_quantities(phrase, lang)
    if len(found) != 1:
        return None
    low = range_lower(phrase, found[0].start)
    if low is None or phrase[:low[0]].strip().lower() not in ("", "от", "alates"):
        return None
    return found[0], low[2]


def _with_lower_ends(sentence: str, quantities: list[Quantity]) -> list[Quantity]:
    """The quantities of a sentence, each range's lower end as one of the same unit ("20–42 eurot" says 20 eurot
    too; `number_range`)."""
    out: list[Quantity] = []
    for q in quantities:
        low = range_lower(sentence, q.start)
        if low is not None and low[2] < q.value:
            out.append(Quantity(low[0], low[1], sentence[low[0]:q.end], low[2], q.unit, q.negated))
        out.append(q)
    return out


# a Russian present form that looks like an imperative («вы хотите ...»): asked, not told
_RU_NOT_IMPERATIVE = frozenset("хотите видите слышите".split())


def _spoken_instruction(sentence: str, lang: str) -> int | None:
    """Where an instruction starts in a question typed or spoken without "?": an imperative after the question's
    first three words („kas teil on plaan kui tunnete et ei suuda end hoida helistage kohe üks üks kaks“,
    «вы сейчас в безопасности если что звоните сто двенадцать»: new-user batch 35 crisis-suicidal-et terse); the
    value after it is told, not asked. None for a question with its mark or without such a verb."""
    if "?" in sentence:
        return None
    from trainer.text.verb_forms import et_imperative

    words = [t for t in tx.tokenize(sentence) if t.is_word]
    for t in words[3:]:
        low = t.text.lower()
        told = et_imperative(low) if lang == "et" else (
            lang == "ru" and re.search(r"(?:ите|йте)(?:сь)?$", low) is not None and low not in _RU_NOT_IMPERATIVE)
        if told:
            return t.start
    return None


@lru_cache(maxsize=1024)
def _phrase_set(phrases: tuple[str, ...], lang: str) -> tx.PhraseSet:
    return tx.PhraseSet(phrases, lang)
