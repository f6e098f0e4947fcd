"""What one trainee reply did: the names dialogue conditions branch on.

Built-in signals reuse the standard rubric's concept phrase sets, so "showed_empathy" in a branch means
exactly what the empathy criterion scores. Scenarios add their own signals as phrase lists.
"""

from __future__ import annotations

from functools import lru_cache

from trainer import text as tx

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


def _hit(phrases: tuple[str, ...], text: str, language: str) -> tx.Match | None:
    if not phrases:
        return None
    return next((m for m in _phrase_set(phrases, language).find_all(text) if not m.negated), None)


def analyse_reply(
    text: str,
    language: str,
    concepts: dict[str, dict[str, list[str]]],
    custom: dict[str, list[str]] | None = None,
    facts: dict[str, str] | None = None,
) -> dict:
    """Signals of one reply: {"signals": {name: bool}, "facts": {fact name: bool}, "evidence": {name: quote}}."""
    signals: dict[str, bool] = {}
    evidence: dict[str, str] = {}
    for name, concept_names in BUILTIN_SIGNALS.items():
        m = _hit(_phrases(concepts, concept_names, language), text, language)
        signals[name] = m is not None
        if m is not None:
            evidence[name] = m.quote
    for name, phrases in (custom or {}).items():
        m = _hit(tuple(phrases), text, language)
        signals[name] = m is not None
        if m is not None:
            evidence[name] = m.quote
    excluded = _phrases(concepts, QUESTION_EXCLUDES, language)
    question = None
    for _, _, sentence in tx.split_sentences(text):
        if tx.is_question(sentence, language) and not (excluded and _phrase_set(excluded, language).find_all(sentence)):
            question = sentence.strip()
            break
    signals["asked_question"] = question is not None
    if question:
        evidence["asked_question"] = question
    informal = tx.find_informal_address(text, language)
    signals["informal"] = bool(informal)
    if informal:
        evidence["informal"] = informal[0].quote
    fact_hits = {}
    for name, value in (facts or {}).items():
        m = tx.find_fact(text, value, language) if value else None
        fact_hits[name] = m is not None and not m.negated
        if fact_hits[name]:
            evidence[f"fact:{name}"] = m.quote
    signals["disclosed"] = any(fact_hits.values())
    signals["closed"] = signals["thanked"] or signals["said_goodbye"]
    signals["gave_code_back"] = bool(tx.find_personal_codes(text))
    return {"signals": signals, "facts": fact_hits, "evidence": evidence}
