"""Numbers a scenario states against the knowledge facts it refers to: a required phrase or an exemplary answer
that says "45 päeva" where the fact says 30 is an error of the scenario, caught when the library loads."""

from __future__ import annotations

import re
from typing import Any

from trainer.simulation.scenario import Scenario
from trainer.text.normalize import fold
from trainer.yamlsource import Problem, SourceDoc

# --------------------------------------------------------------------------- facts vs content
# A content criterion that requires "45 päeva" while the knowledge fact the scenario refers to says 30, or an
# exemplary run that tells the client "200 eurot" where the fact says 345, teaches a wrong number. Numbers are
# compared only where a unit makes the comparison meaningful: days, working days, euros, percent and the day of
# the month. Templated phrases ({kb.topic.fact}) are consistent by construction and are skipped.

_UNITS = (  # (unit, folded word prefixes); the first matching prefix wins, so longer ones come first
    ("working_day", ("toopaev", "рабоч")),
    ("day_of_month", ("kuupaev", "kp", "числ", "-го")),
    ("day", ("paev", "дн", "ден")),
    ("eur", ("euro", "€", "евро")),
    ("percent", ("%", "protsent", "процент")),
)
_NUMBER_UNIT = re.compile(
    r"(?<![\d,.])(\d+(?:[.,]\d+)?)(?:\s*[–-]\s*(\d+(?:[.,]\d+)?))?(-го|\.|-)?\s*(%|€|[^\W\d_]+)", re.UNICODE)


def _unit_of(word: str) -> str | None:
    word = fold(word)
    return next((unit for unit, prefixes in _UNITS if word.startswith(prefixes)), None)


def _num(text: str) -> float:
    return float(text.replace(",", "."))


def number_units(text: str) -> list[tuple[float, str, str]]:
    """(number, unit, quoted text) for every "<number> <unit>" in ``text``: "30 päeva", "8. kuupäeval", "414,10 €".

    A range ("29–42 eurot") gives both ends; numbers without one of the known units are left out.
    """
    out = []
    for m in _NUMBER_UNIT.finditer(text):
        first, second, suffix, word = m.groups()
        unit = "day_of_month" if suffix == "-го" else _unit_of(word)
        if unit is None:
            continue
        out += [(_num(n), unit, m.group(0)) for n in (first, second) if n]
    return out


def _fact_numbers(knowledge: Any, refs: list[str]) -> dict[str, dict[float, str]]:
    """{unit: {number: fact ref}} for the numeric facts among ``refs`` (topic ids expand to all their facts)."""
    out: dict[str, dict[float, str]] = {}
    for ref in refs:
        topic_id, _, fact_id = ref.partition(".")
        topic = knowledge.topics.get(topic_id)
        if topic is None:
            continue
        for fact in ([topic.get(fact_id)] if fact_id else topic.facts):
            if fact is None or not fact.value:
                continue
            values = {_num(v) for v in re.findall(r"\d+(?:[.,]\d+)?", fact.value)}
            for number, unit, _ in number_units(fact.text.et) + number_units(fact.text.ru or ""):
                if number in values:
                    out.setdefault(unit, {}).update({v: f"{topic_id}.{fact.id}" for v in values})
    return out


def _phrase_list(phrases: Any) -> list[str]:
    """A phrase field (a list, or lists per language) as one list."""
    phrases = phrases or []
    if isinstance(phrases, dict) or hasattr(phrases, "model_dump"):
        data = phrases if isinstance(phrases, dict) else phrases.model_dump()
        phrases = [p for lst in data.values() if lst for p in lst]
    return list(phrases)


def _positive_phrases(check: Any, signals: dict[str, list[str]]) -> list[str]:
    """Phrases a check *requires* (concept checks that are not negated, the ``right`` statements of a value
    check), including the scenario's own signals."""
    if check is None:
        return []
    out: list[str] = []
    if check.base_type == "concept" and not check.negated:
        out += _phrase_list(check.phrases)
        names = [check.value] if isinstance(check.value, str) else list(check.value or [])
        out += [p for name in names for p in signals.get(name, [])]
    if check.base_type == "value" and not check.negated:
        out += _phrase_list(check.right)
    if not check.negated:
        for sub in [*check.checks, check.first, check.then]:
            out += _positive_phrases(sub, signals)
    return out


def fact_contradictions(scenario: Scenario, knowledge: Any, doc: SourceDoc | None = None) -> list[Problem]:
    """Errors for a required criterion phrase or an exemplary answer that states a number the scenario's knowledge
    facts contradict (same unit, a number no referenced fact has), e.g. "45 päeva" against a 30-day fact."""
    if knowledge is None:
        return []
    file = doc.file if doc else ""
    kb_refs = re.findall(r"\{kb\.([a-z0-9-]+\.[a-z0-9_]+)\}", scenario.model_dump_json(by_alias=True))
    known = _fact_numbers(knowledge, list(scenario.reference) + kb_refs)
    if not known:
        return []
    private = {n for value in scenario.private_facts.values() for n, _, _ in number_units(str(value))}
    private |= {_num(v) for value in scenario.private_facts.values()
                for v in re.findall(r"\d+(?:[.,]\d+)?", str(value))}

    def clash(text: str) -> tuple[str, str] | None:
        for number, unit, quote in number_units(text):
            facts = known.get(unit)
            if facts and number not in facts and number not in private:
                said = ", ".join(f"{ref} = {v:g}" for v, ref in sorted(facts.items()))
                return quote, said
        return None

    problems: list[Problem] = []
    for i, crit in enumerate(scenario.criteria):
        for phrase in _positive_phrases(crit.check, scenario.signals):
            if "{" in phrase or phrase.startswith(("re:", "@")):
                continue
            found = clash(phrase)
            if found:
                problems.append(Problem(
                    file, doc.line_of(("criteria", i)) if doc else None, f"criteria[{i}] {crit.id}",
                    f"requires {phrase!r} ({found[0]!r}), but the referenced knowledge says {found[1]}",
                    "correct the phrase, write it as {kb.topic.fact} so it follows the fact, or correct the fact"))
    for i, example in enumerate(scenario.examples):
        if example.kind != "exemplary":
            continue
        for j, answer in enumerate(example.answers):
            found = clash(answer)
            if found:
                problems.append(Problem(
                    file, doc.line_of(("examples", i, "answers", j)) if doc else None,
                    f"examples[{i}] {example.name} answer {j + 1}",
                    f"the exemplary run says {found[0]!r}, but the referenced knowledge says {found[1]}",
                    "correct the answer or the knowledge fact (a flawed run may contradict the facts on purpose)"))
    return problems
