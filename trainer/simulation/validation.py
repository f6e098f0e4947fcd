"""Semantic checks of a scenario beyond its schema: references, reachability, conditions, templates."""

from __future__ import annotations

import difflib
import re
from typing import Any

from trainer.conditions import check_condition
from trainer.scoring.rubric import concept_problems
from trainer.scoring.signals import signal_names
from trainer.simulation.persona import Persona
from trainer.simulation.scenario import TEMPLATE, Include, Partial, Scenario, Step, substitute_params
from trainer.text.normalize import fold
from trainer.yamlsource import Problem, SourceDoc

CONTEXT_NAMES = {"identification_required", "client_upset", "third_party", "identified", "turns", "fallbacks",
                 "promised"}  # promised: the reply promises or guesses an outcome (the dialogue engine sets it)
PERSONA_FIELDS = set(Persona.__dataclass_fields__) | {"full_name", "age", "age_years"}


def _suggest(name: str, options) -> str:
    close = difflib.get_close_matches(name, sorted(options), n=1)
    return f"did you mean {close[0]!r}?" if close else ""


def expand_includes(
    scenario: Scenario, partials: dict[str, Partial], doc: SourceDoc | None
) -> tuple[Scenario, dict[str, tuple], list[Problem]]:
    """Replace ``include:`` entries by the partial's steps; returns the scenario, a map from step id to
    its path in the file (for line numbers) and problems."""
    file = doc.file if doc else ""
    steps: list[Step] = []
    paths: dict[str, tuple] = {}
    problems: list[Problem] = []
    for i, entry in enumerate(scenario.dialogue.steps):
        path = ("dialogue", "steps", i)
        if isinstance(entry, Step):
            steps.append(entry)
            paths.setdefault(entry.id, path)
            continue
        assert isinstance(entry, Include)
        partial = partials.get(entry.include)
        if partial is None:
            problems.append(Problem(file, doc.line_of(path) if doc else None, f"dialogue.steps[{i}].include",
                                    f"unknown partial {entry.include!r}",
                                    _suggest(entry.include, partials) or "partials live in scenarios/partials/"))
            continue
        missing = [p for p in partial.params if p not in entry.params]
        extra = [p for p in entry.params if p not in partial.params]
        if missing or extra:
            problems.append(Problem(file, doc.line_of(path) if doc else None, f"dialogue.steps[{i}].with",
                                    f"partial {partial.id!r} takes parameters {partial.params}",
                                    f"missing: {missing}" if missing else f"not a parameter: {extra}"))
            continue
        for step in partial.steps:
            filled = substitute_params(step, entry.params)
            steps.append(filled)
            paths.setdefault(filled.id, path)
    dialogue = scenario.dialogue.model_copy(update={"steps": steps})
    return scenario.model_copy(update={"dialogue": dialogue}), paths, problems


def _fact_refs(check) -> list[str]:
    refs = [check.fact] if check.fact else []
    for sub in [*check.checks, check.first, check.then]:
        if sub is not None:
            refs += _fact_refs(sub)
    return refs


def _template_problems(text: str, allowed: set[str], kb_ok, where: str, line: int | None, file: str) -> list[Problem]:
    problems = []
    for m in TEMPLATE.finditer(text):
        key = m.group(1)
        if key in allowed or (key.startswith("kb.") and kb_ok(key[3:])):
            continue
        hint = _suggest(key, allowed) or "use persona.<field>, facts.<private fact> or kb.<topic>.<fact>"
        problems.append(Problem(file, line, where, f"undefined template variable {{{key}}}", hint))
    return problems


def validate_scenario(
    scenario: Scenario,
    doc: SourceDoc | None,
    paths: dict[str, tuple],
    knowledge: Any,
    rubric_concepts: set[str] | None,
) -> list[Problem]:
    """Semantic problems of an expanded scenario (errors) and warnings (e.g. expired knowledge)."""
    file = doc.file if doc else ""

    def line(path: tuple) -> int | None:
        return doc.line_of(path) if doc else None

    problems: list[Problem] = []
    steps = scenario.step_list()
    ids = [s.id for s in steps]
    seen: set[str] = set()
    for step in steps:
        if step.id in seen:
            problems.append(Problem(file, line(paths.get(step.id, ())), "dialogue.steps",
                                    f"step id {step.id!r} is used twice", "give each step its own id"))
        seen.add(step.id)
    known = set(ids)

    def check_target(target: str, where: str, path: tuple) -> None:
        if target not in known:
            problems.append(Problem(file, line(path), where, f"step {target!r} does not exist",
                                    _suggest(target, known) or f"known steps: {', '.join(ids)}"))

    if scenario.dialogue.start:
        check_target(scenario.dialogue.start, "dialogue.start", ("dialogue", "start"))
    if scenario.dialogue.on_stuck:
        check_target(scenario.dialogue.on_stuck, "dialogue.on_stuck", ("dialogue", "on_stuck"))

    derived = set(scenario.criterion_signals) | signal_names(scenario.dialogue.hears)  # and the client's ear
    for name in scenario.dialogue.hears:
        if name in scenario.signals or name in scenario.criterion_signals:
            problems.append(Problem(file, line(("dialogue", "hears", name)), f"dialogue.hears.{name}",
                                    f"signal {name!r} is defined twice", "give the client's ear its own name"))
    names = signal_names(scenario.signals) | derived | set(scenario.state) | CONTEXT_NAMES
    names |= {n for s in steps for n in s.set}
    functions = {
        "mentioned": set(scenario.private_facts) | signal_names(scenario.signals) | derived | {"promised"},
        "ever": set(scenario.private_facts) | signal_names(scenario.signals) | derived | {"promised"},
        "stated": set(scenario.private_facts) | signal_names(scenario.signals) | derived | {"promised"},
        "visited": known,
    }
    criterion_ids = {c.id for c in scenario.criteria}
    for name, crit_id in scenario.criterion_signals.items():
        if crit_id not in criterion_ids:
            problems.append(Problem(file, line(("criterion_signals", name)), f"criterion_signals.{name}",
                                    f"unknown content criterion {crit_id!r}", _suggest(crit_id, criterion_ids)))
        if name in scenario.signals:
            problems.append(Problem(file, line(("criterion_signals", name)), f"criterion_signals.{name}",
                                    f"signal {name!r} is defined twice", "keep either the phrase list or the criterion"))
    for step in steps:
        path = paths.get(step.id, ("dialogue",))
        for target in step.targets():
            check_target(target, f"step {step.id}.next", path)
        if not step.end and step.next is None:
            problems.append(Problem(file, line(path), f"step {step.id}",
                                    "step has no way out: it has no 'next' and is not 'end: true'",
                                    "add 'next: <step id>' or 'end: true'"))
        conditions = [t.when for t in step.next if t.when] if isinstance(step.next, list) else []
        conditions += [c for ln in [*step.lines(), *step.answered_lines()] for c in ln.conditions()]
        for cond in conditions:
            for message in check_condition(cond, names, functions):
                hint = ""
                if "unknown name" in message:
                    hint = _suggest(message.split("'")[1], names)
                problems.append(Problem(file, line(path), f"step {step.id}", message, hint))
        if isinstance(step.next, list):
            elses = [i for i, t in enumerate(step.next) if t.when is None]
            if elses and elses[0] != len(step.next) - 1:
                problems.append(Problem(file, line(path), f"step {step.id}.next",
                                        "'else' must be the last branch", "move the 'else' entry to the end"))

    problems += repeat_problems(scenario, steps, lambda step_id: line(paths.get(step_id, ("dialogue",))), file)

    # what steps ask for, misinformation conditions, phrase tests (issue 10)
    answerable = set(scenario.private_facts) | signal_names(scenario.signals) | derived
    for step in steps:
        for name in step.asks:
            if name not in answerable:
                problems.append(Problem(file, line(paths.get(step.id, ())), f"step {step.id}.asks",
                                        f"unknown signal or private fact {name!r}",
                                        _suggest(name, answerable) or "name a signal under 'signals:'"))
    for i, mis in enumerate(scenario.misinformation):
        for message in check_condition(mis.when, names, functions):
            problems.append(Problem(file, line(("misinformation", i)), f"misinformation[{i}].if", message,
                                    _suggest(message.split("'")[1], names) if "unknown name" in message else ""))
    testable = signal_names(scenario.signals) | derived | criterion_ids
    for name, test in scenario.tests.items():
        for ref in [name, *test.also]:
            if ref not in testable:
                problems.append(Problem(file, line(("tests", name)), f"tests.{name}",
                                        f"{ref!r} is neither a signal nor a content criterion of this scenario",
                                        _suggest(ref, testable)))
        if not test.match and not test.no_match:
            problems.append(Problem(file, line(("tests", name)), f"tests.{name}", "a test without sentences",
                                    "add 'match:' and 'no_match:' sentences"))
    if knowledge is not None:
        for i, crit in enumerate(scenario.criteria):
            for ref in _fact_refs(crit.check):
                if knowledge.fact(ref) is None:
                    problems.append(Problem(file, line(("criteria", i)), f"criteria[{i}].check.fact",
                                            f"unknown knowledge fact {ref!r}",
                                            _suggest(ref, [r for r, _ in knowledge.facts()])))

    # reachability from the start, and a way to an end from every reachable step
    graph = {s.id: [t for t in s.targets() if t in known] for s in steps}
    if scenario.dialogue.on_stuck in known:
        for s in steps:
            if not s.end:
                graph[s.id].append(scenario.dialogue.on_stuck)
    start = scenario.start_step
    reached, todo = set(), [start] if start in known else []
    while todo:
        current = todo.pop()
        if current not in reached:
            reached.add(current)
            todo += graph.get(current, [])
    for s in steps:
        if s.id not in reached and start in known:
            problems.append(Problem(file, line(paths.get(s.id, ())), f"step {s.id}",
                                    "step is unreachable from the start",
                                    "point a 'next' at it or remove it"))
    ends = {s.id for s in steps if s.end}
    if not ends:
        problems.append(Problem(file, line(("dialogue",)), "dialogue", "no step has 'end: true'",
                                "mark the client's last line with 'end: true'"))
    can_end = set(ends)
    changed = True
    while changed:
        changed = False
        for sid, targets in graph.items():
            if sid not in can_end and any(t in can_end for t in targets):
                can_end.add(sid)
                changed = True
    for sid in sorted(reached - can_end):
        if ends:
            problems.append(Problem(file, line(paths.get(sid, ())), f"step {sid}",
                                    "no way from this step to an end step", "add a branch leading to an end"))

    # templates
    allowed = {f"persona.{f}" for f in PERSONA_FIELDS} | {f"facts.{k}" for k in scenario.private_facts}
    kb_ok = (lambda ref: knowledge.fact(ref) is not None) if knowledge is not None else (lambda ref: True)
    for step in steps:
        for where, lines in (("client", step.lines()), ("answered", step.answered_lines())):
            for part in (p for ln in lines for p in ln.parts()):
                problems += _template_problems(part.say, allowed, kb_ok, f"step {step.id}.{where}",
                                               line(paths.get(step.id, ())), file)
    for name, value in scenario.private_facts.items():
        problems += _template_problems(value, allowed - {f"facts.{name}"}, kb_ok, f"private_facts.{name}",
                                       line(("private_facts", name)), file)
    for i, text in enumerate(scenario.dialogue.fallback):
        problems += _template_problems(text, allowed, kb_ok, f"dialogue.fallback[{i}]",
                                       line(("dialogue", "fallback", i)), file)
    for i, crit in enumerate(scenario.criteria):
        problems += _template_problems(crit.model_dump_json(by_alias=True), allowed, kb_ok, f"criteria[{i}]",
                                       line(("criteria", i)), file)
    for name, phrases in scenario.signals.items():
        for phrase in phrases:
            problems += _template_problems(phrase, allowed, kb_ok, f"signals.{name}", line(("signals", name)), file)
    for name, phrases in scenario.dialogue.hears.items():
        for phrase in phrases:
            problems += _template_problems(phrase, allowed, kb_ok, f"dialogue.hears.{name}",
                                           line(("dialogue", "hears", name)), file)

    # knowledge references and concepts
    if knowledge is not None:
        for ref in knowledge.missing_refs(scenario.reference):
            idx = scenario.reference.index(ref)
            problems.append(Problem(file, line(("reference", idx)), f"reference[{idx}]",
                                    f"unknown knowledge reference {ref!r}",
                                    _suggest(ref, list(knowledge.topics) + [r for r, _ in knowledge.facts()])))
    if rubric_concepts is not None:
        problems += concept_problems(scenario.criteria, rubric_concepts | set(scenario.signals), doc, ("criteria",))
    problems += fact_contradictions(scenario, knowledge, doc)
    return problems


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


def repeat_problems(scenario: Scenario, steps: list, line_of, file: str) -> list[Problem]:
    """A step declared a repeat by design (``repeat: forgets``) is the persona asking again what it was told: it
    has a line, it is neither the start, the ``on_stuck`` end nor an end step, and every way into it is an ``if:``
    branch (something was said). A plain ``next`` or an ``else`` into it would be the client asking again because
    it heard nothing: a listening fault, which a declaration must not hide."""
    problems: list[Problem] = []
    declared = {s.id for s in steps if s.repeat}
    for step in steps:
        if step.repeat:
            where = f"step {step.id}.repeat"
            if step.end or step.id in (scenario.start_step, scenario.dialogue.on_stuck):
                problems.append(Problem(file, line_of(step.id), where,
                                        "a start, an end or the on_stuck step is no repeat",
                                        "declare the step where the persona asks again"))
            if not step.lines():
                problems.append(Problem(file, line_of(step.id), where, "a repeat without a client line",
                                        "give the step the persona's line"))
        if isinstance(step.next, str):
            unconditional = [step.next]
        elif isinstance(step.next, list):
            unconditional = [t.otherwise for t in step.next if t.when is None]
        else:
            unconditional = []
        for target in unconditional:
            if target in declared:
                problems.append(Problem(
                    file, line_of(step.id), f"step {step.id}.next",
                    f"the repeat {target!r} is entered without a condition",
                    "enter a declared repeat with 'if:' (after the answer was said); asking again after nothing "
                    "heard is a listening check, not a repeat"))
    return problems


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
            if "{" in phrase or phrase.startswith("re:"):
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
