"""Rubrics: criteria with declarative checks, weights, applicability and feedback.

A check has the shape of a promptfoo assertion: ``type`` (with an optional ``not-`` prefix that
inverts it), a ``value``, and for sets ``checks`` with a ``threshold``. Scenario-specific content
criteria use the same schema and are merged into the standard rubric by :func:`merge_criteria`.
"""

from __future__ import annotations

import re
import string
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from trainer.conditions import validate_condition
from trainer.text.named import NAMED_READINGS
from trainer.text.regexsafe import regex_problem  # absolute: this module moves to trainer/scoring/
from trainer.yamlsource import Problem, SourceDoc, YamlError, load_yaml, validate_doc

LANGUAGES = ("et", "ru", "en")
COMPETENCIES = ("client_focus", "expertise", "correctness", "empathy", "communication", "data_protection")
STAGES = (
    "greeting", "identification", "needs", "explanation", "summary", "closing",
    "conduct", "data_protection", "content",
)
CHECK_TYPES = (
    "concept", "question", "identification", "data-protection", "informal-address",
    "own-name", "regex", "fact", "order", "all", "any", "recap", "closing", "response",
    "value", "promise", "status", "identifier-request", "real-answers", "answered-last", "wrong-authority", "rude",
    "knowledge-values", "name-confirmed",
)
SCOPES = ("first_agent", "last_agent", "any_agent", "after_first_agent", "client", "any", "before_answer",
          "after_answer")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def check_phrase(phrase: str) -> str:
    """Pydantic validator of one phrase: a ``re:`` phrase must be a valid regex that cannot backtrack
    exponentially (see :mod:`trainer.text.regexsafe`); an ``@name`` phrase must name a shared reading
    (:data:`trainer.text.named.NAMED_READINGS`)."""
    if isinstance(phrase, str) and phrase.startswith("@") and phrase[1:] not in NAMED_READINGS:
        raise ValueError(f"phrase {phrase!r}: no such named reading (known: {sorted(NAMED_READINGS)})")
    if isinstance(phrase, str) and phrase.startswith("re:"):
        problem = regex_problem(phrase[3:])
        if problem:
            raise ValueError(f"phrase {phrase!r}: {problem}")
    return phrase


FEEDBACK_FIELDS = ("turn", "turn_label", "quote", "right")
"""The placeholders a feedback text may use; they are filled from the evidence when scoring (``{right}``: what
the knowledge base says, filled by the ``knowledge-values`` check, empty elsewhere)."""
_CONTENT_TEMPLATE = re.compile(r"^(?:persona|facts|kb)(?:\.[A-Za-z0-9_\-]+)+$")  # filled before scoring


def feedback_template_problem(text: str) -> str | None:
    """Why a feedback text cannot be filled safely, or None. Only ``{turn}``, ``{turn_label}`` and ``{quote}``
    (and the scenario templates ``{facts.x}``, ``{kb.topic.fact}``, ``{persona.x}``, filled before) are
    (and ``{right}``) allowed: no indexing (``{turn[0]}``), attributes (``{quote.x}``), conversions or format specs
    (``{quote:>999999999}`` would build a gigabyte string)."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        return f"feedback text {text!r} has unbalanced braces ({exc}); write {{{{ and }}}} for literal braces"
    for _, name, spec, conv in parsed:
        if name is None:
            continue
        if name in FEEDBACK_FIELDS and not spec and not conv:
            continue
        if _CONTENT_TEMPLATE.match(name) and not spec and not conv:
            continue
        shown = "{" + name + (f"!{conv}" if conv else "") + (f":{spec}" if spec else "") + "}"
        return (f"feedback placeholder {shown} is not allowed; use {{turn}}, {{turn_label}} or {{quote}} "
                "(no indexing, attributes or format specs)")
    return None


def _check_feedback_text(text: str) -> str:
    problem = feedback_template_problem(text)
    if problem:
        raise ValueError(problem)
    return text


def _check_model_text(text: str) -> str:
    """A model phrasing may use the scenario templates (``{facts.x}``, ``{kb.topic.fact}``,
    ``{persona.x}``), filled before scoring, but not the evidence placeholders: it is what to say, not
    what was said."""
    problem = feedback_template_problem(text)
    if problem is None and any(name in FEEDBACK_FIELDS for _, name, _, _ in string.Formatter().parse(text)):
        problem = f"model phrasing {text!r} uses {{turn}}, {{turn_label}} or {{quote}}; a model phrasing is what to say"
    if problem:
        raise ValueError(problem)
    return text


Phrase = Annotated[str, AfterValidator(check_phrase)]
FeedbackText = Annotated[str, AfterValidator(_check_feedback_text)]
Localized = dict[Literal["et", "ru", "en"], str]
FeedbackTexts = dict[Literal["et", "ru", "en"], FeedbackText]
ModelTexts = dict[Literal["et", "ru", "en"], Annotated[str, AfterValidator(_check_model_text)]]
PhraseLists = dict[Literal["et", "ru", "en"], list[Phrase]]


class Check(Strict):
    """One declarative check; composite checks nest under ``checks``."""

    type: str
    value: str | list[str] | None = None
    phrases: list[Phrase] | PhraseLists | None = None
    scope: Literal["first_agent", "last_agent", "any_agent", "after_first_agent", "client", "any",
                   "before_answer", "after_answer"] = "any_agent"
    exclude: list[str] = Field(default_factory=list)
    checks: list[Check] = Field(default_factory=list)
    threshold: int | None = None
    first: Check | None = None
    then: Check | None = None
    min_matches: int = 1
    any_language: bool = False  # match the concept's phrases of every language (an Estonian greeting in a Russian call)
    # facts by value (type "value"): the knowledge fact, the statements that make it right, the wrong ones
    fact: str | None = Field(default=None, pattern=r"^[a-z0-9][a-z0-9_-]*\.[a-z0-9_]+$")
    right: list[str] | PhraseLists | None = None
    wrong: list[str] | PhraseLists | None = None
    topic: list[str] | PhraseLists | None = None
    other_values: Literal["wrong", "ignore", "any_unit", "other_units"] = "wrong"  # any_unit: another unit of time is
    # wrong too; other_units: only another unit of time is wrong (other numbers of the same unit are other facts)
    markers: list[str] = Field(default_factory=list)  # literal marks (emoji) that also count, e.g. "🙄" for sarcasm
    # who does what (type "wrong-authority"): service concept -> the authority concepts that provide it
    services: dict[str, list[str]] | None = None
    authorities: list[str] = Field(default_factory=list)  # every authority concept the check reads

    @property
    def negated(self) -> bool:
        return self.type.startswith("not-")

    @property
    def base_type(self) -> str:
        return self.type[4:] if self.negated else self.type

    @model_validator(mode="after")
    def _known_type(self) -> Check:
        if self.base_type not in CHECK_TYPES:
            import difflib

            close = difflib.get_close_matches(self.base_type, CHECK_TYPES, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f"; known types: {', '.join(CHECK_TYPES)}"
            raise ValueError(f"unknown check type {self.type!r}{hint}")
        if self.base_type in ("all", "any") and not self.checks:
            raise ValueError(f"a {self.base_type!r} check needs a list under 'checks'")
        if self.base_type == "order" and (self.first is None or self.then is None):
            raise ValueError("an 'order' check needs 'first' and 'then'")
        if self.base_type in ("concept", "regex", "fact", "recap", "closing", "response") and self.value is None and self.phrases is None:
            raise ValueError(f"a {self.base_type!r} check needs 'value' (or 'phrases')")
        if self.base_type == "regex":
            patterns = self.value_list()
            if isinstance(self.phrases, dict):
                patterns += [p for phrases in self.phrases.values() for p in phrases]
            elif self.phrases:
                patterns += list(self.phrases)
            for pattern in patterns:
                problem = regex_problem(pattern)
                if problem:
                    raise ValueError(problem)
        if self.base_type == "value" and not self.right:
            raise ValueError("a 'value' check needs 'right' (the statements that make the fact right)")
        if self.base_type != "value" and (self.right or self.wrong or self.topic or self.fact):
            raise ValueError("'fact', 'right', 'wrong' and 'topic' belong to a 'value' check")
        if (self.base_type == "wrong-authority") != bool(self.services):
            raise ValueError("a 'wrong-authority' check needs 'services' (service concept: [authority concepts]), "
                             "and only it has them")
        return self

    def localized_list(self, field_name: str, language: str) -> list[str]:
        """A phrase field (``right``, ``wrong``, ``topic``) for one language (a plain list is any language)."""
        value = getattr(self, field_name)
        if value is None:
            return []
        if isinstance(value, dict):
            return list(value.get(language) or [])
        return list(value)

    def value_list(self) -> list[str]:
        if self.value is None:
            return []
        return [self.value] if isinstance(self.value, str) else list(self.value)


class Feedback(Strict):
    """Feedback sentences per language; ``{turn}`` and ``{quote}`` are filled from the evidence.

    ``reasons`` holds more specific texts keyed by the check's reason: failure variants (e.g. ``not_asked``) and,
    rarely, a pass variant (``open_chat_redirect``).
    """

    passed: FeedbackTexts = Field(default_factory=dict, alias="pass")
    failed: FeedbackTexts = Field(default_factory=dict, alias="fail")
    reasons: dict[str, FeedbackTexts] = Field(default_factory=dict)
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Criterion(Strict):
    """A scored criterion of a rubric or of a scenario's content."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    stage: Literal[
        "greeting", "identification", "needs", "explanation", "summary", "closing",
        "conduct", "data_protection", "content",
    ] = "content"
    title: Localized = Field(default_factory=dict)
    points: float = Field(default=10, ge=0)
    critical: bool = False
    # a gate fails the attempt when the check fails because of something said (a wrong value, a promise,
    # a non-answer), whatever the points; a missing statement only costs the points
    gate: bool = False
    applies_if: str | None = None
    competencies: list[
        Literal["client_focus", "expertise", "correctness", "empathy", "communication", "data_protection"]
    ] = Field(default_factory=list)
    check: Check
    feedback: Feedback = Field(default_factory=Feedback)
    # a model phrasing per language: what the agent could have said, shown under a failed criterion
    model: ModelTexts = Field(default_factory=dict)

    _applies_if_parses = field_validator("applies_if")(validate_condition)


class Rubric(Strict):
    """A rubric: criteria, the concept phrase sets they use, and the pass threshold."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_-]*$")
    version: int = 1
    title: Localized = Field(default_factory=dict)
    pass_threshold: float = Field(default=80, ge=0, le=100)
    concepts: dict[str, PhraseLists] = Field(default_factory=dict)
    criteria: list[Criterion]

    @model_validator(mode="after")
    def _unique_ids(self) -> Rubric:
        seen = set()
        for crit in self.criteria:
            if crit.id in seen:
                raise ValueError(f"criterion id {crit.id!r} is used twice")
            seen.add(crit.id)
        return self

    def criterion(self, criterion_id: str) -> Criterion | None:
        return next((c for c in self.criteria if c.id == criterion_id), None)


def _referenced_concepts(check: Check) -> set[str]:
    names = set()
    if check.base_type in ("concept", "question", "recap", "closing", "response"):
        if check.phrases is None:
            names |= set(check.value_list())
        names |= set(check.exclude)
    for service, authorities in (check.services or {}).items():
        names |= {service, *authorities}
    names |= set(check.authorities)
    for sub in [*check.checks, check.first, check.then]:
        if sub is not None:
            names |= _referenced_concepts(sub)
    return names


def concept_problems(criteria: list[Criterion], known: set[str], doc: SourceDoc | None, base: tuple) -> list[Problem]:
    """Problems for checks that name concepts that are defined nowhere."""
    import difflib

    problems = []
    for i, crit in enumerate(criteria):
        for name in sorted(_referenced_concepts(crit.check) - known):
            close = difflib.get_close_matches(name, sorted(known), n=1)
            path = (*base, i, "check")
            problems.append(Problem(
                doc.file if doc else "", doc.line_of(path) if doc else None,
                f"criteria[{i}].check", f"unknown concept {name!r} in criterion {crit.id!r}",
                f"did you mean {close[0]!r}?" if close else "define it under 'concepts:' in the rubric",
            ))
    return problems


def load_rubric(path: str | Path, builtin_concepts: set[str] = frozenset(),
                within: str | Path | None = None) -> tuple[Rubric | None, list[Problem]]:
    """Load and validate a rubric file; returns (rubric or None, problems). With `within`, a symlink must
    point inside that folder."""
    try:
        doc = load_yaml(path, within)
    except YamlError as exc:
        return None, [exc.problem]
    rubric, problems = validate_doc(Rubric, doc)
    if rubric is None:
        return None, problems
    known = set(rubric.concepts) | set(builtin_concepts)
    problems = concept_problems(rubric.criteria, known, doc, ("criteria",))
    return (rubric if not problems else None), problems


def merge_criteria(rubric: Rubric, extra: list[Criterion]) -> Rubric:
    """The rubric with a scenario's content criteria appended (a same-id criterion replaces the rubric's)."""
    if not extra:
        return rubric
    ids = {c.id for c in extra}
    criteria = [c for c in rubric.criteria if c.id not in ids] + list(extra)
    return rubric.model_copy(update={"criteria": criteria})


def localized(texts: dict[str, Any], language: str, fallback: str = "et") -> str:
    """Pick the text for `language`, else the fallback language, else any."""
    if not texts:
        return ""
    return texts.get(language) or texts.get(fallback) or texts.get("en") or next(iter(texts.values()))
