"""Is a private fact (amount, date, code, place) stated in a text?"""

from __future__ import annotations

import re
from functools import lru_cache

from .normalize import fold, tokenize
from .numbers import CURRENCY_WORDS, NumberSpan, find_numbers
from .phrases import Match, PhraseSet

__all__ = ["find_fact"]

_NEAR = 40  # max characters between the number and the words of one fact
_DIGIT_STRING = re.compile(r"^\+?\d[\d \-\u00a0]*\d$")
_DAY_MONTH = re.compile(r"^\d{1,2}\.\d{1,2}$")


def _compatible(fact: NumberSpan, span: NumberSpan) -> bool:
    if span.kind == "ordinal" and fact.kind != "ordinal" and not span.text[:1].isdigit():
        return False  # "viiendal" states the 5th, not an amount of 5
    if fact.kind == "date" or span.kind == "date":
        if fact.kind != "date" or span.kind != "date":
            return False
        f, s = fact.value.split("."), span.value.split(".")
        # a date without a year matches the same day and month with any year
        return f[:2] == s[:2] and (len(f) == 2 or len(s) == 2 or f[2] == s[2])
    return fact.value == span.value


_AMOUNT_FACT = re.compile(r"^(\d{1,6}),(\d{2})(?:\s*(?:€|eur\w*|евро))?$", re.IGNORECASE)


def _spoken_amount(text: str, fact: str) -> Match | None:
    """An amount with cents said the way people say it, without the unit words: "612 40", «612 и 40» (not «612 и 40
    дней»), or, from
    "шестьсот двенадцать сорок" / "kuussada kaksteist nelikümmend", the run "61240" (the private
    fact "612,40"). Only the exact euros and cents of the fact match; otherwise None."""
    m = _AMOUNT_FACT.match(fact)
    if m is None:
        return None
    euros, cents = m.group(1), m.group(2)
    found = re.search(rf"(?<![\d,.]){euros}[ \u00a0]?{cents}(?![\d,.])", text)
    if found is None:  # «745 и 30», "745 ja 30": the euros and the cents joined by "and" (new-user batch 56)
        found = next((f for f in re.finditer(rf"(?<![\d,.]){euros}[ \u00a0]+(?:и|ja)[ \u00a0]+{cents}(?![\d,.])", text)
                      if not _UNIT_AFTER.match(text, f.end())), None)
    if found is None or "," in found.group() or "." in found.group():
        return None
    return Match(found.start(), found.end(), found.group(), fact)


#: a unit after the second number that makes it no cents («612 и 45 дней», "612 ja 45 päeva")
_UNIT_AFTER = re.compile(r"\s*(?:%|дн|дня|день|дён|ден|недел|месяц|мес\b|год|лет|час|минут|процент|раз|человек|штук"
                         r"|päev|paev|nädal|nadal|kuu|aasta|tund|minut|protsent|korda|inimes|tükk|tukk)", re.IGNORECASE)


@lru_cache(maxsize=2048)
def _word_set(words: tuple[str, ...], lang: str) -> PhraseSet:
    return PhraseSet(words, lang)


def _digits_match(text: str, fact: str) -> Match | None:
    digits = re.sub(r"\D", "", fact)
    variants = [digits]
    if fact.startswith("+372") and len(digits) > 8:
        variants.append(digits[3:])  # "+372 612 1360" is also stated as "612 1360"
    for variant in variants:
        pattern = r"(?<!\d)" + r"[ \-\u00a0]?".join(variant) + r"(?!\d)"
        m = re.search(pattern, text)
        if m:
            return Match(m.start(), m.end(), m.group(), fact)
    return None


def find_fact(text: str, fact: str, lang: str) -> Match | None:
    """Where `text` states `fact`, or None.

    - Digit strings without a decimal part and with >= 5 digits (phone numbers, codes:
      "16106", "+372 612 1360") match the same digit sequence with optional spaces/dashes.
    - Facts with numbers ("812,40", "1 245,60 eurot", "5. detsembril", "15.03.2026"):
      every number must appear with the same canonical value (812,4 == 812.40, a date
      as "15.03.2026", "15. märtsil 2026" or "viiendal detsembril"); currency words are ignored; other words
      of the fact must match by lemma within 40 characters of the numbers. A day and month ("20.06") is
      also that date ("kahekümnendal juunil", «20 августа»).
    - Plain word facts ("Tallinna") match by lemma like a PhraseSet phrase.
    The returned Match spans all matched parts; a non-negated statement is preferred.
    """
    if not text or not fact or not fact.strip():
        return None
    stripped = fact.strip()
    if _DIGIT_STRING.match(stripped) and len(re.sub(r"\D", "", stripped)) >= 5 \
            and not re.search(r"\d[ \u00a0]\d{3}$", stripped):
        return _digits_match(text, stripped)
    spoken = _spoken_amount(text, stripped)
    if spoken is not None:
        return spoken
    if _DAY_MONTH.match(stripped):
        # "20.06" in a private fact is a date as often as an amount; the date is said "kahekümnendal juunil",
        # «20 августа» (a day and month only read as a date with the closing dot: "20.06.")
        dates = find_numbers(stripped + ".")
        if len(dates) == 1 and dates[0].kind == "date":
            as_date = _find_numbers_fact(text, dates, (), lang, stripped)
            if as_date is not None:
                return as_date
    return _find_numbers_fact(text, find_numbers(stripped), None, lang, stripped)


def _find_numbers_fact(text: str, fact_numbers: list[NumberSpan], words: tuple[str, ...] | None, lang: str,
                       fact: str) -> Match | None:
    """Where `text` states the numbers of a fact (and its other `words`, None: read them from the fact)."""
    if words is None:
        words = tuple(
            t.text for t in tokenize(_blank_spans(fact, fact_numbers))
            if t.is_word and fold(t.text) not in CURRENCY_WORDS
        )
    if not fact_numbers:
        return _word_set((" ".join(words),), lang).find(text) if words else None
    spans = find_numbers(text)
    word_matches = _word_set(words, lang).find_all(text) if words else []
    best: Match | None = None
    for anchor in (s for s in spans if _compatible(fact_numbers[0], s)):
        parts = [anchor]
        for fnum in fact_numbers[1:]:
            near = [s for s in spans if _compatible(fnum, s) and abs(s.start - anchor.start) <= _NEAR * 2]
            if not near:
                break
            parts.append(min(near, key=lambda s: abs(s.start - anchor.start)))
        else:
            start, end = min(p.start for p in parts), max(p.end for p in parts)
            negated = False
            for word in words:
                near = [m for m in word_matches if m.phrase == word
                        and m.start - end <= _NEAR and start - m.end <= _NEAR]
                if not near:
                    break
                m = min(near, key=lambda m: abs(m.start - anchor.start))
                start, end, negated = min(start, m.start), max(end, m.end), negated or m.negated
            else:
                match = Match(start, end, text[start:end], fact, negated)
                if not negated:
                    return match
                best = best or match
    return best


def _blank_spans(text: str, spans: list[NumberSpan]) -> str:
    """Replace number spans (with month names and "eurot ... senti" inside them) by spaces."""
    chars = list(text)
    for s in spans:
        for i in range(s.start, s.end):
            chars[i] = " "
    return "".join(chars)
