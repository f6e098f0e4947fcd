"""Exercises (``kind: exercise``): a recorded call graded on the evaluation sheet and compared with the lead's grading.

Duty 3.3 (self-evaluation) and duty 3.6 (feedback to a colleague): the trainee reads a recorded call (synthetic
people), marks every line of the evaluation sheet (call-model criteria and the exercise's content criteria)
pass or fail, optionally critical, with a comment, and, where the exercise asks, writes a text (the better
wording, the feedback to the colleague) that is checked with the rubric's concept and value checks.
:func:`compare_sheet` compares the sheet with the team lead's: every line agreed or not, with the lead's reason
and the call turn it rests on; a critical error the trainee let through scores 0. Same input, same result.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from trainer.outcome import ScenarioScore, is_passed, total_score
from trainer.scoring.rubric import (
    COMPETENCIES,
    Criterion,
    Localized,
    Phrase,
    Rubric,
    concept_problems,
    localized,
)
from trainer.scoring.score import ScoringSettings, score_transcript
from trainer.scoring.transcript import Transcript
from trainer.simulation.scenario import render, render_deep
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


class ExerciseResult(ScenarioScore):
    """:func:`compare_sheet`'s result: a scoring result (one row per sheet line and written criterion, so the
    store, progress and overrides take it as they are) plus the comparison with the lead."""

    kind: str                       # "exercise"
    variant: str
    agreement: dict[str, Any]       # {agreed, total, summary}
    call_grade: dict[str, float]    # the call's grade by the trainee's sheet and by the lead's
    sheet: dict[str, dict[str, Any]]
    written: str


# -- texts of the comparison (the exercise's language) ------------------------------------------------

_VERDICT = {"et": {"pass": "täidetud", "fail": "ei ole täidetud"},
            "ru": {"pass": "выполнено", "fail": "не выполнено"},
            "en": {"pass": "met", "fail": "not met"}}
_TURN = {"et": "{n}. repliik", "ru": "реплика {n}", "en": "turn {n}"}
_TEXTS = {
    "et": {"agree": "Hindasite nagu juht ({verdict}).",
           "differ": "Juht hindas: {verdict}. {reason} ({turn}: „{quote}“)",
           "critical_missed": "Kriitiline erinevus: juht märkis selle kriitiliseks veaks. {reason} ({turn}: „{quote}“) "
                              "Teie hindamisleht laseks selle vea läbi, seepärast on harjutuse tulemus 0.",
           "flag_missing": "Hinnang on sama, aga juht märkis selle vea kriitiliseks (kogu kõne hinne 0): {reason}",
           "flag_extra": "Hinnang on sama, aga juht ei pidanud seda viga kriitiliseks: {reason}",
           "unanswered": "Sellele reale jäi hinnang andmata.",
           "not_written": "Tekst jäi kirjutamata.",
           "summary": "Teie ja juhi hinnang ühtisid {agreed} real {total}-st."},
    "ru": {"agree": "Вы оценили так же, как руководитель ({verdict}).",
           "differ": "Руководитель оценил: {verdict}. {reason} ({turn}: «{quote}»)",
           "critical_missed": "Критическое расхождение: руководитель отметил это как критическую ошибку. {reason} "
                              "({turn}: «{quote}») Ваш оценочный лист пропустил бы эту ошибку, поэтому результат упражнения 0.",
           "flag_missing": "Оценка совпадает, но руководитель отметил ошибку как критическую (оценка всего звонка 0): {reason}",
           "flag_extra": "Оценка совпадает, но руководитель не считал эту ошибку критической: {reason}",
           "unanswered": "Эта строка осталась без оценки.",
           "not_written": "Текст не написан.",
           "summary": "Ваша оценка совпала с оценкой руководителя в {agreed} строках из {total}."},
    "en": {"agree": "You graded it as the lead did ({verdict}).",
           "differ": "The lead graded it: {verdict}. {reason} ({turn}: \"{quote}\")",
           "critical_missed": "Critical difference: the lead marked this a critical error. {reason} ({turn}: \"{quote}\") "
                              "Your sheet would let it through, so the exercise scores 0.",
           "flag_missing": "Same grade, but the lead marked the error critical (the whole call scores 0): {reason}",
           "flag_extra": "Same grade, but the lead did not count this error as critical: {reason}",
           "unanswered": "This line was left without a grade.",
           "not_written": "Nothing was written.",
           "summary": "Your sheet agreed with the lead's on {agreed} of {total} lines."},
}


def text(language: str, key: str, **values: object) -> str:
    """A comparison sentence in the exercise's language (Estonian when the language has none)."""
    return _TEXTS.get(language, _TEXTS["et"])[key].format(**values)


def line_title(grade: LeadGrade, rubric: Rubric | None, language: str) -> str:
    """The sheet line's title: its own, else the rubric criterion's, else its id."""
    if grade.title:
        return localized(grade.title, language)
    crit = rubric.criterion(grade.id) if rubric else None
    return (localized(crit.title, language) if crit else "") or grade.id


def line_points(grade: LeadGrade, rubric: Rubric | None) -> float:
    """The line's weight: its own ``points``, else the rubric criterion's, else 10."""
    if grade.points is not None:
        return float(grade.points)
    crit = rubric.criterion(grade.id) if rubric else None
    return float(crit.points) if crit and crit.points else 10.0


def line_competencies(grade: LeadGrade, rubric: Rubric | None) -> list[str]:
    crit = rubric.criterion(grade.id) if rubric else None
    return list(grade.competencies or (crit.competencies if crit else []))


def call_grade(exercise: Exercise, rubric: Rubric | None, verdicts: dict[str, tuple[str, bool]]) -> float:
    """The call's 0-100 grade implied by a sheet (``{line: (verdict, critical)}``): the points of the passed
    lines, 0 when a line is failed as critical (the evaluation sheet's rule)."""
    earned = possible = 0.0
    critical = False
    for grade in exercise.sheet:
        verdict, flagged = verdicts.get(grade.id, ("fail", False))
        pts = line_points(grade, rubric)
        possible += pts
        earned += pts if verdict == "pass" else 0.0
        critical = critical or (verdict == "fail" and flagged)
    return total_score(earned, possible, critical)


def _sheet_row(exercise: Exercise, grade: LeadGrade, rubric: Rubric | None, answer: SheetLine | None,
               values: dict[str, object]) -> dict:
    lang = exercise.language
    reason = render(grade.reason, values)
    turn = exercise.call.turns[grade.evidence - 1]
    quote = grade.quote or turn.text
    pts = line_points(grade, rubric)
    crit = rubric.criterion(grade.id) if rubric else None
    row: dict[str, Any] = {
        "id": grade.id, "kind": "sheet", "stage": crit.stage if crit else "content",
        "title": line_title(grade, rubric, lang), "critical": grade.critical, "gate": False,
        "competencies": line_competencies(grade, rubric), "max_points": pts,
        "lead": grade.lead, "lead_critical": grade.critical, "lead_reason": reason,
        "trainee": answer.verdict if answer else None, "trainee_critical": bool(answer and answer.critical),
        "comment": answer.comment if answer else "",
        "evidence": [{"turn": grade.evidence, "agent_turn": None, "role": turn.role, "quote": quote}],
    }
    words = {"verdict": _VERDICT.get(lang, _VERDICT["et"])[grade.lead], "reason": reason, "quote": quote,
             "turn": _TURN.get(lang, _TURN["et"]).format(n=grade.evidence)}
    if answer is None:
        row.update(result="fail", points=0.0, feedback=text(lang, "unanswered") + " " + text(lang, "differ", **words))
    elif answer.verdict != grade.lead:
        key = "critical_missed" if grade.critical else "differ"
        row.update(result="fail", points=0.0, feedback=text(lang, key, **words))
    elif grade.lead == "fail" and answer.critical != grade.critical:
        # the error is seen but weighed wrongly: the line disagrees, without the critical gate
        row.update(result="fail", points=0.0, critical=False, critical_flag_differs=True,
                   feedback=text(lang, "flag_missing" if grade.critical else "flag_extra", **words))
    else:
        row.update(result="pass", points=pts, feedback=text(lang, "agree", **words))
    return row


def _written_rows(exercise: Exercise, rubric: Rubric | None, written: str, concepts: dict, settings: ScoringSettings,
                  values: dict[str, object]) -> list[dict]:
    """The written task's criteria scored on the text as one agent reply (the scorer's checks and evidence)."""
    task = exercise.written
    if task is None:
        return []
    crits = [Criterion.model_validate(render_deep(c.model_dump(by_alias=True, exclude_defaults=True), values))
             for c in task.criteria]
    if not written.strip():
        return [{"id": c.id, "kind": "written", "stage": c.stage, "title": localized(c.title, exercise.language) or c.id,
                 "critical": c.critical, "gate": c.gate, "competencies": list(c.competencies),
                 "max_points": c.points, "result": "fail", "points": 0.0, "evidence": [],
                 "feedback": text(exercise.language, "not_written") + " "
                 + localized(c.feedback.failed, exercise.language)} for c in crits]
    only = Rubric(id=f"{rubric.id if rubric else 'exercise'}-written", criteria=crits,
                  concepts=rubric.concepts if rubric else {})
    signals = render_deep({k: list(v) for k, v in exercise.signals.items()}, values)
    transcript = Transcript(language=exercise.language, channel="chat", turns=[{"role": "agent", "text": written}])
    result = score_transcript(transcript, only, settings, extra_concepts={
        **concepts, **{k: {exercise.language: v} for k, v in signals.items()}})
    return [dict(row, kind="written") for row in result["criteria"]]


def compare_sheet(exercise: Exercise, rubric: Rubric | None, sheet: dict[str, SheetLine | dict], written: str = "",
                  *, settings: ScoringSettings | None = None, concepts: dict | None = None,
                  values: dict[str, object] | None = None) -> ExerciseResult:
    """Compare the trainee's sheet (and written text) with the lead's grading.

    Returns a scoring result of the usual shape (``score``, ``passed``, ``criteria`` rows with ``result``,
    ``points``, ``max_points``, ``critical``, ``evidence``, ``feedback``) plus ``agreement`` and ``call_grade``
    (the call's grade by the trainee's sheet and by the lead's). A sheet line agrees when the verdict is the
    lead's and, for a failed line, so is the critical flag; a critical failure the sheet passes is a critical
    mismatch: the score is 0, as on the evaluation sheet itself. A critical flag that differs costs the line's
    points without the gate.
    """
    settings = settings or ScoringSettings()
    lines = {k: v if isinstance(v, SheetLine) else SheetLine.model_validate(v) for k, v in (sheet or {}).items()}
    if len(written) > MAX_WRITTEN_CHARS:
        raise ValueError(f"the written text is longer than {MAX_WRITTEN_CHARS} characters")
    rows = [_sheet_row(exercise, grade, rubric, lines.get(grade.id), values or {}) for grade in exercise.sheet]
    rows += _written_rows(exercise, rubric, written, concepts or {}, settings, values or {})
    earned = sum(r["points"] for r in rows if r["result"] != "n/a")
    possible = sum(r["max_points"] for r in rows if r["result"] != "n/a")
    critical = [r["id"] for r in rows if r["critical"] and r["result"] == "fail"]
    gates = [r["id"] for r in rows if r.get("gate_failed")]
    score = total_score(earned, possible, bool(critical))
    threshold = rubric.pass_threshold if rubric else 80.0
    by_comp: dict[str, list[float]] = {c: [0.0, 0.0] for c in COMPETENCIES}
    for r in rows:
        for comp in r["competencies"]:
            by_comp[comp][0] += r["points"]
            by_comp[comp][1] += r["max_points"]
    sheet_rows = [r for r in rows if r["kind"] == "sheet"]
    agreed = sum(r["result"] == "pass" for r in sheet_rows)
    mine = {k: (v.verdict, v.critical) for k, v in lines.items()}
    lead = {g.id: (g.lead, g.critical) for g in exercise.sheet}
    return {
        "kind": "exercise", "scenario": exercise.id, "scenario_version": exercise.version,
        "variant": exercise.variant,
        "score": score, "passed": bool(possible) and not gates and is_passed(score, threshold, bool(critical)),
        "rubric": rubric.id if rubric else exercise.rubric, "rubric_version": rubric.version if rubric else 1,
        "threshold": threshold, "language": exercise.language,
        "critical_failed": bool(critical), "critical_failures": critical, "gate_failures": gates, "non_answers": [],
        "criteria": rows,
        "competencies": {c: round(100.0 * got / out, 1) for c, (got, out) in by_comp.items() if out},
        "agreement": {"agreed": agreed, "total": len(sheet_rows),
                      "summary": text(exercise.language, "summary", agreed=agreed, total=len(sheet_rows))},
        "call_grade": {"trainee": call_grade(exercise, rubric, mine), "lead": call_grade(exercise, rubric, lead)},
        "sheet": {k: v.model_dump() for k, v in lines.items()},
        "written": written,
    }


def sheet_as_text(exercise: Exercise, rubric: Rubric | None, sheet: dict[str, SheetLine | dict], written: str) -> str:
    """The trainee's sheet as one readable text (stored as the attempt's agent turn for reviews and exports)."""
    out = []
    for grade in exercise.sheet:
        raw = (sheet or {}).get(grade.id)
        line = raw if isinstance(raw, SheetLine) or raw is None else SheetLine.model_validate(raw)
        verdict = "–" if line is None else _VERDICT.get(exercise.language, _VERDICT["et"])[line.verdict]
        flag = " (!)" if line is not None and line.critical else ""
        comment = f": {line.comment}" if line is not None and line.comment else ""
        out.append(f"{line_title(grade, rubric, exercise.language)}: {verdict}{flag}{comment}")
    if written.strip():
        out.append("")
        out.append(written.strip())
    return "\n".join(out)


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
