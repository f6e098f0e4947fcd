"""Semantic checks of a scenario beyond its schema: references, reachability, conditions, templates."""

from __future__ import annotations

import difflib
from typing import Any

from trainer.conditions import check_condition
from trainer.scoring.rubric import concept_problems
from trainer.scoring.signals import signal_names
from trainer.simulation.contradictions import fact_contradictions
from trainer.simulation.persona import Persona
from trainer.simulation.scenario import TEMPLATE, Include, Partial, Scenario, Step, substitute_params
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
