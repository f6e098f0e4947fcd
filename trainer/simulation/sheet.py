"""The evaluation sheet compared with the team lead's grading: agreement per line, the lead's reason and the
call turn where they differ, the written text checked with the rubric's checks, one explainable score.

:func:`compare_sheet` takes an :class:`~trainer.simulation.exercise.Exercise` and a trainee's sheet; a critical
error the trainee let through scores 0, as on the evaluation sheet itself. Same input, same result.
"""

from __future__ import annotations

import re
from typing import Any

from trainer.outcome import ScenarioScore, is_passed, total_score
from trainer.scoring.checks import TranscriptAnalysis, evaluate_check
from trainer.scoring.finite_verbs import has_finite_verb
from trainer.scoring.rubric import COMPETENCIES, Criterion, Rubric, localized
from trainer.scoring.score import ScoringSettings, fill_feedback
from trainer.scoring.transcript import Transcript
from trainer.simulation.exercise import MAX_WRITTEN_CHARS, Exercise, LeadGrade, SheetLine
from trainer.simulation.scenario import render, render_deep
from trainer.text import split_sentences


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
           "keyword": "„{quote}“ – see ei ole lause: märksõnad ei ütle kolleegile ega kliendile midagi, need ei anna punkte.",
           "summary": "Teie ja juhi hinnang ühtisid {agreed} real {total}-st."},
    "ru": {"agree": "Вы оценили так же, как руководитель ({verdict}).",
           "differ": "Руководитель оценил: {verdict}. {reason} ({turn}: «{quote}»)",
           "critical_missed": "Критическое расхождение: руководитель отметил это как критическую ошибку. {reason} "
                              "({turn}: «{quote}») Ваш оценочный лист пропустил бы эту ошибку, поэтому результат упражнения 0.",
           "flag_missing": "Оценка совпадает, но руководитель отметил ошибку как критическую (оценка всего звонка 0): {reason}",
           "flag_extra": "Оценка совпадает, но руководитель не считал эту ошибку критической: {reason}",
           "unanswered": "Эта строка осталась без оценки.",
           "not_written": "Текст не написан.",
           "keyword": "«{quote}» – это не предложение: ключевые слова ничего не говорят ни коллеге, ни клиенту и баллов не дают.",
           "summary": "Ваша оценка совпала с оценкой руководителя в {agreed} строках из {total}."},
    "en": {"agree": "You graded it as the lead did ({verdict}).",
           "differ": "The lead graded it: {verdict}. {reason} ({turn}: \"{quote}\")",
           "critical_missed": "Critical difference: the lead marked this a critical error. {reason} ({turn}: \"{quote}\") "
                              "Your sheet would let it through, so the exercise scores 0.",
           "flag_missing": "Same grade, but the lead marked the error critical (the whole call scores 0): {reason}",
           "flag_extra": "Same grade, but the lead did not count this error as critical: {reason}",
           "unanswered": "This line was left without a grade.",
           "not_written": "Nothing was written.",
           "keyword": "\"{quote}\" is not a sentence: keywords tell neither a colleague nor a client anything and earn nothing.",
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


def written_sentences(written: str, language: str) -> tuple[str, list[str]]:
    """(the text the written task's positive checks read, the sentences that earn nothing). A sentence without a
    finite verb ("Isikukood. 30 päeva."), or a list of three or more comma-separated fragments most of which
    have none ("tubli, isikukood vestluses, iseteenindus, koodi ei kasuta"), names words without saying them
    to anyone: a keyword list does not pass."""
    kept, dropped = [], []
    for _start, _end, sentence in split_sentences(written):
        parts = [p for p in re.split(r"[,;]", sentence) if p.strip()]
        verbless = sum(not has_finite_verb(p, language) for p in parts)
        if not has_finite_verb(sentence, language) or (len(parts) >= 3 and 2 * verbless > len(parts)):
            dropped.append(sentence.strip())
        else:
            kept.append(sentence.strip())
    return " ".join(kept), [d for d in dropped if d]


def _not_written(exercise: Exercise, crit: Criterion) -> dict:
    lang = exercise.language
    return {"id": crit.id, "kind": "written", "stage": crit.stage, "title": localized(crit.title, lang) or crit.id,
            "critical": crit.critical, "gate": crit.gate, "competencies": list(crit.competencies),
            "max_points": crit.points, "result": "fail", "points": 0.0, "evidence": [],
            "feedback": text(lang, "not_written") + " " + localized(crit.feedback.failed, lang)}


def _written_row(exercise: Exercise, crit: Criterion, analysis: TranscriptAnalysis) -> dict:
    """One written criterion: the check's verdict, evidence and feedback, as the scorer gives them."""
    lang = exercise.language
    outcome = evaluate_check(crit.check, analysis)
    texts = crit.feedback.passed if outcome.passed else (
        crit.feedback.reasons.get(outcome.reason) or crit.feedback.failed)
    quote = outcome.evidence[0].quote if outcome.evidence else ""
    row = {"id": crit.id, "kind": "written", "stage": crit.stage, "title": localized(crit.title, lang) or crit.id,
           "critical": crit.critical, "gate": crit.gate, "competencies": list(crit.competencies),
           "max_points": crit.points, "result": "pass" if outcome.passed else "fail",
           "points": crit.points if outcome.passed else 0.0,
           "evidence": [e.as_dict() for e in outcome.evidence[:5]],
           "feedback": fill_feedback(localized(texts, lang), {"turn": 1, "turn_label": "", "quote": quote})}
    if outcome.reason and not outcome.passed:
        row["reason"] = outcome.reason
    if crit.gate and not outcome.passed and outcome.wrong:
        row["gate_failed"] = True
    return row


def _written_rows(exercise: Exercise, rubric: Rubric | None, written: str, concepts: dict, settings: ScoringSettings,
                  values: dict[str, object]) -> tuple[list[dict], list[str]]:
    """The written task's criteria checked on the text, and the sentences that earned nothing. Positive checks
    read only real sentences (:func:`written_sentences`), "does not say X" checks the whole text. The text is
    not a reply to a client, so the scorer's non-answer filter (which drops talk about "the client" in the third
    person) does not apply: "Suuna klient iseteenindusse" is good feedback to a colleague."""
    task = exercise.written
    if task is None:
        return [], []
    crits = [Criterion.model_validate(render_deep(c.model_dump(by_alias=True, exclude_defaults=True), values))
             for c in task.criteria]
    sentences, dropped = written_sentences(written, exercise.language)
    signals = render_deep({k: list(v) for k, v in exercise.signals.items()}, values)
    known = {**concepts, **(rubric.concepts if rubric else {}),
             **{k: {exercise.language: v} for k, v in signals.items()}}
    rows: dict[str, dict] = {}
    for negated, text_read in ((False, sentences), (True, written)):
        part = [c for c in crits if c.check.negated == negated]
        if not part:
            continue
        if not text_read.strip():
            rows.update({c.id: _not_written(exercise, c) for c in part})
            continue
        transcript = Transcript(language=exercise.language, channel=exercise.channel,
                                turns=[{"role": "agent", "text": text_read}])
        analysis = TranscriptAnalysis(transcript, known, settings.identification_policy)
        rows.update({c.id: _written_row(exercise, c, analysis) for c in part})
    return [rows[c.id] for c in crits], dropped


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
    written_rows, dropped = _written_rows(exercise, rubric, written, concepts or {}, settings, values or {})
    rows += written_rows
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
        "critical_failed": bool(critical), "critical_failures": critical, "gate_failures": gates,
        "non_answers": [{"turn": 1, "agent_turn": 1, "kind": "keyword_chain", "quote": d, "whole_reply": False,
                         "feedback": text(exercise.language, "keyword", quote=d)} for d in dropped],
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
