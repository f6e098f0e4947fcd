"""Exercises (``kind: exercise``): a recorded call, the evaluation sheet and the team lead's grading of it.

Duty 3.3 (self-evaluation) and duty 3.6 (feedback to a colleague): the trainee reads a recorded call (synthetic
people), marks every line of the evaluation sheet (call-model criteria and the exercise's content criteria)
pass or fail, optionally critical, with a comment, and, where the exercise asks, writes a text (the better
wording, the feedback to the colleague). This module is the file format and its semantic checks;
:mod:`trainer.simulation.sheet` compares a trainee's sheet with the lead's.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from trainer.scoring.rubric import Criterion, Localized, Phrase, Rubric, concept_problems
from trainer.yamlsource import Problem, SourceDoc

ID_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
MAX_COMMENT_CHARS = 1_000
MAX_WRITTEN_CHARS = 5_000
Verdict = Literal["pass", "fail"]
Competency = Literal["client_focus", "expertise", "correctness", "empathy", "communication", "data_protection"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class CallTurn(Strict):
    """One turn of the recorded call."""

    role: Literal["agent", "client"]
    text: str = Field(min_length=1)


class RecordedCall(Strict):
    """The recorded call (or chat) the trainee grades; ``agent`` is the (synthetic) agent's name."""

    agent: str = ""
    note: str | None = None
    turns: list[CallTurn] = Field(min_length=2)


class LeadGrade(Strict):
    """One line of the evaluation sheet and the team lead's grade for it, with the turn it rests on."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: Localized = Field(default_factory=dict)  # a rubric criterion's title is used when empty
    points: float | None = Field(default=None, ge=0)  # default: the rubric criterion's points, else 10
    competencies: list[Competency] = Field(default_factory=list)
    lead: Verdict
    critical: bool = False  # the lead marked a critical failure: a sheet that passes it scores 0
    reason: str = Field(min_length=1)
    evidence: int = Field(ge=1)  # turn number in the call, from 1
    quote: str | None = None  # words of that turn (default: the whole turn)

    @model_validator(mode="after")
    def _critical_is_a_failure(self) -> LeadGrade:
        if self.critical and self.lead != "fail":
            raise ValueError("'critical: true' goes with 'lead: fail' (a critical failure)")
        return self


class WrittenTask(Strict):
    """A text the trainee writes (the better wording, the feedback to a colleague), checked by criteria."""

    prompt: str = Field(min_length=1)
    criteria: list[Criterion] = Field(min_length=1)


class SheetLine(Strict):
    """The trainee's grade of one sheet line."""

    verdict: Verdict
    critical: bool = False
    comment: str = Field(default="", max_length=MAX_COMMENT_CHARS)


class ExampleSheet(Strict):
    """An example sheet and what the comparison must say about it (replayed by ``trainer examples``)."""

    name: str
    kind: Literal["exemplary", "flawed"]
    note: str | None = None
    sheet: dict[str, SheetLine]
    written: str = ""
    expect_passed: bool | None = None
    expect_disagree: list[str] = Field(default_factory=list)  # sheet lines where the trainee differs from the lead
    expect_failed: list[str] = Field(default_factory=list)    # written criteria that fail


class Exercise(Strict):
    """An evaluation-sheet exercise (duty 3.3 self-evaluation, duty 3.6 colleague feedback)."""

    kind: Literal["exercise"]
    variant: Literal["self-evaluation", "colleague-feedback"]
    id: str = Field(pattern=ID_PATTERN)
    version: int = Field(default=1, ge=1)
    title: str = Field(min_length=1)
    goals: list[str] = Field(default_factory=list)
    topic: str = Field(pattern=ID_PATTERN)
    channel: Literal["phone", "chat"]  # the recorded call's channel
    language: Literal["et", "ru", "en"]
    difficulty: int = Field(ge=1, le=3)
    duties: list[str] = Field(min_length=1)
    competencies: list[Competency] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    reference: list[str] = Field(default_factory=list)
    rubric: str = "call-model"
    intro: str = Field(min_length=1)  # the lead's (or colleague's) words above the call
    # what the lead (or colleague) says after the comparison, by its outcome
    debrief: dict[Literal["passed", "failed"], str] = Field(default_factory=dict)
    call: RecordedCall
    sheet: list[LeadGrade] = Field(min_length=1)
    written: WrittenTask | None = None
    signals: dict[str, list[Phrase]] = Field(default_factory=dict)
    examples: list[ExampleSheet] = Field(default_factory=list)

    @model_validator(mode="after")
    def _feedback_needs_text(self) -> Exercise:
        if self.variant == "colleague-feedback" and self.written is None:
            raise ValueError("a colleague-feedback exercise needs 'written:' (the feedback to the colleague)")
        return self

    def line(self, line_id: str) -> LeadGrade | None:
        return next((g for g in self.sheet if g.id == line_id), None)


# -- validation ---------------------------------------------------------------------

def validate_exercise(exercise: Exercise, doc: SourceDoc | None, rubric: Rubric | None,
                      known_concepts: set[str] | None) -> list[Problem]:
    """Semantic problems of an exercise: unknown lines, evidence turns and quotes, example sheets that name
    unknown lines or leave lines out, written criteria naming unknown concepts."""
    file = doc.file if doc else ""

    def line(path: tuple) -> int | None:
        return doc.line_of(path) if doc else None

    problems: list[Problem] = []
    ids = [g.id for g in exercise.sheet]
    turns = exercise.call.turns
    for i, grade in enumerate(exercise.sheet):
        where = ("sheet", i)
        if ids.count(grade.id) > 1 and ids.index(grade.id) != i:
            problems.append(Problem(file, line(where + ("id",)), f"sheet[{i}].id", f"sheet line {grade.id!r} is used twice",
                                    "give each line its own id"))
        if rubric is not None and rubric.criterion(grade.id) is None and not grade.title:
            problems.append(Problem(file, line(where + ("id",)), f"sheet[{i}].title",
                                    f"{grade.id!r} is not a criterion of rubric {rubric.id!r}, so it needs a title",
                                    "add title: {et: ...} or use a rubric criterion id: "
                                    + ", ".join(c.id for c in rubric.criteria)))
        if grade.evidence > len(turns):
            problems.append(Problem(file, line(where + ("evidence",)), f"sheet[{i}].evidence",
                                    f"turn {grade.evidence} does not exist: the call has {len(turns)} turns",
                                    "number the call's turns from 1"))
        elif grade.quote and grade.quote.casefold() not in turns[grade.evidence - 1].text.casefold():
            problems.append(Problem(file, line(where + ("quote",)), f"sheet[{i}].quote",
                                    f"turn {grade.evidence} does not contain {grade.quote!r}",
                                    "quote words of the evidence turn exactly"))
    if exercise.written is not None and known_concepts is not None:
        known = known_concepts | set(exercise.signals)
        problems += concept_problems(list(exercise.written.criteria), known, doc, ("written", "criteria"))
    if exercise.examples and not any(e.kind == "exemplary" for e in exercise.examples):
        problems.append(Problem(file, line(("examples",)), "examples", "no exemplary sheet",
                                "add an example with kind: exemplary"))
    for n, example in enumerate(exercise.examples):
        where = ("examples", n)
        for key in example.sheet:
            if key not in ids:
                problems.append(Problem(file, line(where + ("sheet", key)), f"examples[{n}].sheet.{key}",
                                        f"{key!r} is not a line of the sheet", f"sheet lines: {', '.join(ids)}"))
        missing = [i for i in ids if i not in example.sheet]
        if missing:
            problems.append(Problem(file, line(where + ("sheet",)), f"examples[{n}].sheet",
                                    f"example {example.name!r} leaves out {', '.join(missing)}",
                                    "grade every line, as the trainee's form requires"))
        for key in example.expect_disagree:
            if key not in ids:
                problems.append(Problem(file, line(where + ("expect_disagree",)), f"examples[{n}].expect_disagree",
                                        f"{key!r} is not a line of the sheet", f"sheet lines: {', '.join(ids)}"))
        written_ids = [c.id for c in exercise.written.criteria] if exercise.written else []
        for key in example.expect_failed:
            if key not in written_ids:
                problems.append(Problem(file, line(where + ("expect_failed",)), f"examples[{n}].expect_failed",
                                        f"{key!r} is not a criterion of 'written'",
                                        f"written criteria: {', '.join(written_ids) or 'none'}"))
        if exercise.written is not None and not example.written.strip() and example.kind == "exemplary":
            problems.append(Problem(file, line(where), f"examples[{n}].written",
                                    "the exemplary sheet has no written text", "add written: ..."))
    return problems
