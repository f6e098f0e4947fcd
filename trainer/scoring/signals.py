"""What one trainee reply did: the names dialogue conditions branch on.

Built-in signals reuse the standard rubric's concept phrase sets, so "showed_empathy" in a branch means
exactly what the empathy criterion scores. Scenarios add their own signals as phrase lists.

A reply is read through the scorer's input normalisation (`trainer.text.normalize_input`): fillers,
repeated words and emoji are dropped, numbers and personal codes in words become digits, and speech
without punctuation gets sentence breaks; a question in unpunctuated speech is found by intonation
words too ("kas", "jah", «да», «или нет»). Evidence quotes the original words.
"""

from __future__ import annotations

from functools import lru_cache

from trainer import text as tx
from trainer.text.reported import in_reported_question

# signal name -> concept names of the rubric it is built from
BUILTIN_SIGNALS: dict[str, tuple[str, ...]] = {
    "greeted": ("greeting",),
    "named_institution": ("institution",),
    "asked_identification": ("identification_request",),
    "asked_name": ("name_request",),
    "asked_verification": ("verification_item",),
    "explained_why_code": ("data_protection_reason",),
    "showed_empathy": ("empathy",),
    "summarised": ("summary", "understanding_check"),
    "checked_understanding": ("understanding_check",),
    "offered_help": ("further_help",),
    "thanked": ("thanks",),
    "said_goodbye": ("farewell",),
    "was_rude": ("rudeness",),
}
DERIVED_SIGNALS = ("asked_question", "informal", "disclosed", "closed", "gave_code_back")
QUESTION_EXCLUDES = ("identification_request", "name_request", "verification_item", "understanding_check",
                     "further_help", "offer_help")


def signal_names(custom: dict[str, list[str]] | None = None) -> set[str]:
    """Every signal a condition may use for a scenario with these custom signals."""
    return set(BUILTIN_SIGNALS) | set(DERIVED_SIGNALS) | set(custom or {})


@lru_cache(maxsize=1024)
def _phrase_set(phrases: tuple[str, ...], language: str) -> tx.PhraseSet:
    return tx.PhraseSet(phrases, language)


def _phrases(concepts: dict, names: tuple[str, ...], language: str) -> tuple[str, ...]:
    out: list[str] = []
    for name in names:
        entry = concepts.get(name) or {}
        out += entry.get(language) or entry.get("et") or []
    return tuple(out)


def _hit(phrases: tuple[str, ...], text: str, language: str, told: bool = False) -> tx.Match | None:
    """The first match of the phrases that is not negated. With told, also not inside the caller's question given
    back ("Te küsite, kas tal pension on kontole tulnud": asked, not said; new-user batch 49)."""
    if not phrases:
        return None
    return next((m for m in _phrase_set(phrases, language).find_all(text)
                 if not m.negated and not (told and in_reported_question(text, m.start, language))), None)


def _question(text: str, norm: tx.Normalized, language: str, excluded: tuple[str, ...]) -> str | None:
    """The first question sentence (not an excluded request or check), quoted from the original."""
    spoken = not any(ch in "?!,;" for ch in text)  # speech: a question by its words and intonation
    ask = tx.is_spoken_question if spoken else tx.is_question
    for a, b, sentence in tx.split_sentences(norm.text):
        if ask(sentence, language) and not (excluded and _phrase_set(excluded, language).find_all(sentence)):
            return norm.quote(a, b)
    return None


def analyse_reply(
    text: str,
    language: str,
    concepts: dict[str, dict[str, list[str]]],
    custom: dict[str, list[str]] | None = None,
    facts: dict[str, str] | None = None,
) -> dict:
    """Signals of one reply: {"signals": {name: bool}, "facts": {fact name: bool}, "evidence": {name: quote}}.

    Every check reads the normalised reply; evidence quotes the original words behind a match."""
    norm = tx.normalize_input(text, language)
    clean = norm.text
    signals: dict[str, bool] = {}
    evidence: dict[str, str] = {}
    for name, concept_names in BUILTIN_SIGNALS.items():
        m = _hit(_phrases(concepts, concept_names, language), clean, language)
        signals[name] = m is not None
        if m is not None:
            evidence[name] = norm.quote(m.start, m.end)
    for name, phrases in (custom or {}).items():
        m = _hit(tuple(phrases), clean, language, told=True)
        signals[name] = m is not None
        if m is not None:
            evidence[name] = norm.quote(m.start, m.end)
    question = _question(text, norm, language, _phrases(concepts, QUESTION_EXCLUDES, language))
    signals["asked_question"] = question is not None
    if question:
        evidence["asked_question"] = question
    informal = tx.find_informal_address(clean, language)
    signals["informal"] = bool(informal)
    if informal:
        evidence["informal"] = norm.quote(informal[0].start, informal[0].end)
    fact_hits = {}
    for name, value in (facts or {}).items():
        m = tx.find_fact(clean, value, language) if value else None
        fact_hits[name] = m is not None and not m.negated and not in_reported_question(clean, m.start, language)
        if fact_hits[name]:
            evidence[f"fact:{name}"] = norm.quote(m.start, m.end)
    signals["disclosed"] = any(fact_hits.values())
    signals["closed"] = signals["thanked"] or signals["said_goodbye"]
    signals["gave_code_back"] = bool(tx.find_personal_codes(clean))
    return {"signals": signals, "facts": fact_hits, "evidence": evidence}
