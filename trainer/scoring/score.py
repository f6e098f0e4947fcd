"""Scores a transcript against a rubric: per-criterion verdicts with evidence and feedback.

The result is plain JSON-ready data (see README, "Scoring output"). Same input, same result: nothing
here depends on time, randomness or the order of dictionaries.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from trainer.conditions import evaluate, parse_condition
from trainer.outcome import CriterionVerdict, NonAnswer, ScoreResult, is_passed, total_score
from trainer.scoring.acts import FEEDBACK as NON_ANSWER_FEEDBACK
from trainer.scoring.acts import act_transcript, find_non_answers
from trainer.scoring.author_text import AuthorText, author_text
from trainer.scoring.checks import TranscriptAnalysis, evaluate_check
from trainer.scoring.left_unsure import REASON as LEFT_UNSURE
from trainer.scoring.rubric import COMPETENCIES, Criterion, Rubric, localized
from trainer.scoring.telegram import WITHHELD, withheld
from trainer.scoring.transcript import Transcript

_TURN_WORD = {"et": "{n}. vastus", "ru": "ответ {n}", "en": "reply {n}"}
#: check types that pass on something the agent said (composites pass through ``all``/``any``/``order``)
_SAYING = frozenset({"concept", "value", "fact", "regex"})
#: said first when not one fact the client needed was said: the attempt fails whatever the points
NOTHING_ANSWERED = {
    "et": "Kliendile ei öeldud ühtegi fakti, mida ta vajas, seega katset ei arvestata.",
    "ru": "Клиенту не было сказано ни одного нужного ему факта, поэтому попытка не засчитывается.",
    "en": "Not one fact the client needed was said, so the attempt does not count.",
}


@dataclass(frozen=True)
class ScoringSettings:
    """What the scorer needs from the organisation's configuration, passed in by the caller.

    Scoring reads no global configuration: the caller (the library, the CLI, a test) builds this from
    ``trainer.yaml`` (see :func:`trainer.simulation.library.scoring_settings`) or by hand.
    """

    institution_names: Mapping[str, list[str]] = field(default_factory=dict)
    identification_policy: str = "code"
    #: knowledge facts checked by value in every conversation (``knowledge-values``), see kbvalues.ValueFact
    knowledge: tuple = ()
    #: the scenario's knowledge references ("topic" or "topic.fact"): its processing times are checked by value in
    #: every clause that tells a deadline of their kind, not only where the fact's topic is named (kbscope.py)
    knowledge_scope: frozenset[str] = frozenset()
    #: the scenario's goals and its steps' hints: the author's words to the trainee, which a reply must not paste
    #: (`author_text`; the rubric's feedback is added to them)
    author_goals: tuple[str, ...] = ()
    author_hints: tuple[str, ...] = ()


def builtin_concepts(settings: ScoringSettings) -> dict[str, dict[str, list[str]]]:
    """Concepts that come from configuration rather than from the rubric (the institution's names)."""
    return {"institution": {lang: list(names) for lang, names in settings.institution_names.items()}}


# (rubric, settings, extra concepts) -> their merged concepts and the phrase tuples built from them, so a
# stream of transcripts scored on one rubric builds each concept's phrase list once. The objects are kept
# with their ids (an id is only reused after its object is gone); a reloaded rubric is a new object.
_CONCEPTS: dict[tuple[int, int, int], tuple[object, object, object, dict, dict]] = {}


def _concepts(rubric: Rubric, settings: ScoringSettings, extra: dict | None) -> tuple[dict, dict]:
    key = (id(rubric), id(settings), id(extra))
    hit = _CONCEPTS.get(key)
    if hit is not None and hit[0] is rubric and hit[1] is settings and hit[2] is extra:
        return hit[3], hit[4]
    concepts = {**builtin_concepts(settings), **rubric.concepts, **(extra or {})}
    if len(_CONCEPTS) >= 64:
        _CONCEPTS.clear()
    _CONCEPTS[key] = (rubric, settings, extra, concepts, {})
    return concepts, _CONCEPTS[key][4]


_AUTHOR: dict[tuple, tuple[Rubric, AuthorText]] = {}


def _author(rubric: Rubric, settings: ScoringSettings, language: str) -> AuthorText:
    """The author's text a reply must not paste: the scenario's goals and hints and the rubric's feedback
    (`author_text.author_text`), built once per rubric and scenario."""
    key = (id(rubric), settings.author_goals, settings.author_hints, language)
    hit = _AUTHOR.get(key)
    if hit is not None and hit[0] is rubric:
        return hit[1]
    feedback = [localized(texts, language) for c in rubric.criteria
                for texts in (c.feedback.failed, c.feedback.passed, *c.feedback.reasons.values())]
    author = author_text(settings.author_goals, [*settings.author_hints, *feedback], language)
    if len(_AUTHOR) >= 64:
        _AUTHOR.clear()
    _AUTHOR[key] = (rubric, author)
    return author


def _context_names(transcript: Transcript) -> dict:
    ctx = transcript.context
    return {
        "identification_required": ctx.identification_required,
        "client_upset": ctx.client_upset,
        "third_party": ctx.third_party,
        "has_private_facts": bool(ctx.private_facts),
        "chat": transcript.channel == "chat",
        "phone": transcript.channel == "phone",
    }


def _feedback(criterion: Criterion, passed: bool, reason: str, evidence, language: str,
              fill: dict | None = None) -> str:
    if passed:  # a pass may name its own variant too (e.g. identification in an open chat)
        texts = (criterion.feedback.reasons.get(reason) if reason else None) or criterion.feedback.passed
    else:
        texts = criterion.feedback.reasons.get(reason) or criterion.feedback.failed
    template = localized(texts, language)
    if not passed and not evidence and "{quote}" in template:
        template = localized(criterion.feedback.failed, language) or template  # nothing to quote
    if not template:
        return ""
    first = evidence[0] if evidence else None
    turn = first.agent_turn or first.turn if first else ""
    values = {
        "turn": turn,
        "turn_label": _TURN_WORD.get(language, _TURN_WORD["et"]).format(n=turn) if first else "",
        "quote": first.quote if first else "",
        "right": "",
        **(fill or {}),
    }
    return fill_feedback(template, values)


def fill_feedback(template: str, values: dict[str, object]) -> str:
    """Fill ``{turn}``, ``{turn_label}`` and ``{quote}`` in a feedback text. Anything else in braces is kept
    as written (validation refuses indexing, attributes and format specs, see
    :func:`trainer.rubric.feedback_template_problem`), so filling never raises and never grows the text
    beyond the values."""
    parsed = _parsed_template(template)
    if parsed is None:
        return template
    out = []
    for literal, name, spec, conv in parsed:
        out.append(literal)
        if name is None:
            continue
        if name in values and not spec and not conv:
            out.append(str(values[name]))
        else:
            out.append("{" + name + (f"!{conv}" if conv else "") + (f":{spec}" if spec else "") + "}")
    return "".join(out)


@lru_cache(maxsize=4096)  # a pure function of the text: the rubric's few feedback texts come back every call
def _parsed_template(template: str) -> tuple[tuple, ...] | None:
    """The (literal, name, spec, conversion) parts of a feedback text, None when it does not parse."""
    try:
        return tuple(string.Formatter().parse(template))
    except ValueError:
        return None


def _says(check) -> bool:
    """Does the check pass on something said (a fact, a value, a concept), not on something left unsaid?"""
    if check.negated:
        return False
    if check.type in ("all", "any", "order"):
        return any(_says(c) for c in check.checks)
    return check.type in _SAYING


# gates that fail on what the reply says about the client's data, on saying nothing or on a client left unsure
# (closing, left_unsure.py): no wrong advice
_NOT_ADVICE = frozenset({"real-answers", "status", "identifier-request", "closing"})


def _misinforms(check, wrong_parts: tuple[int, ...] = ()) -> bool:
    """Does a gate on this check fail on wrong advice (a wrong value, a promise, a wrong rule or authority)
    rather than on data protection or a non-answer? An ``all`` check names the parts that failed on something
    said (`Outcome.wrong_parts`): it misinforms when one of them does (system-down-callback-et's no_guessing
    failed on "kindlasti juba määratud", a promise, beside its status part; new-user batch 38)."""
    if check.base_type == "all" and wrong_parts:
        return any(_misinforms(check.checks[k]) for k in wrong_parts if k < len(check.checks))
    return check.base_type not in _NOT_ADVICE and all(_misinforms(c) for c in check.checks)


def _nothing_answered(rubric: Rubric, criteria: list[CriterionVerdict], language: str) -> list[CriterionVerdict]:
    """The content criteria that say what the client needed, when not one of them passed: a run that told the
    client nothing of their matter fails (issue 10: "a run which does not answer the client cannot pass"),
    however many call-model points its greeting, questions and goodbyes earned. Each is marked a gate
    failure, the first with the reason said first (empty when any passed or none applies)."""
    saying = {c.id for c in rubric.criteria if c.stage == "content" and _says(c.check)}
    content = [e for e in criteria if e["id"] in saying and e["result"] != "n/a"]
    if not content or any(e["result"] == "pass" for e in content):
        return []
    for k, entry in enumerate(content):
        entry["gate_failed"] = True
        entry.setdefault("reason", "nothing_answered")
        if k == 0:
            lead = localized(NOTHING_ANSWERED, language)
            entry["feedback"] = f"{lead} {entry.get('feedback', '')}".strip()
    return content


def score_transcript(
    transcript: Transcript,
    rubric: Rubric,
    settings: ScoringSettings,
    extra_concepts: dict[str, dict[str, list[str]]] | None = None,
) -> ScoreResult:
    """Score one transcript: a complete :class:`~trainer.outcome.ScoreResult` (score, passed, the rubric,
    per-criterion verdicts with evidence and feedback, critical and gate failures, non-answers).

    ``settings`` carries the institution's names and the identification policy (no global reads).
    """
    concepts, phrase_tuples = _concepts(rubric, settings, extra_concepts)
    raw = TranscriptAnalysis(transcript, concepts, settings.identification_policy, phrase_tuples, blank_labels=False)
    language = raw.language
    # non-answers (keyword chains, pasted repeats, the service standard read aloud, third-person knowledge
    # text) earn nothing: positive checks read only the sentences that perform an act
    acts = find_non_answers(transcript, concepts, language,
                            reference=getattr(settings.knowledge, "reference", frozenset()),
                            author=_author(rubric, settings, language))
    analysis = TranscriptAnalysis(act_transcript(transcript, acts).model_copy(update={"language": language}),
                                  concepts, settings.identification_policy, phrase_tuples)
    analysis.raw, analysis.acts, raw.acts = raw, acts, acts
    raw.knowledge = analysis.knowledge = settings.knowledge
    raw.knowledge_scope = analysis.knowledge_scope = settings.knowledge_scope
    names = _context_names(transcript)
    criteria: list[CriterionVerdict] = []
    earned = possible = 0.0
    critical_failures, gate_failures = [], []
    by_competency: dict[str, list[float]] = {c: [0.0, 0.0] for c in COMPETENCIES}
    for crit in rubric.criteria:
        applies = crit.applies_if is None or bool(evaluate(parse_condition(crit.applies_if), names))
        entry: CriterionVerdict = {  # type: ignore[typeddict-item]  # completed below
            "id": crit.id,
            "stage": crit.stage,
            "title": localized(crit.title, language) or crit.id,
            "critical": crit.critical,
            "gate": crit.gate,
            "competencies": list(crit.competencies),
            "max_points": crit.points,
        }
        if not applies:
            entry.update(result="n/a", points=0.0, max_points=0.0, evidence=[], feedback="")
            criteria.append(entry)
            continue
        outcome = evaluate_check(crit.check, analysis)
        points = crit.points if outcome.passed else 0.0
        earned += points
        possible += crit.points
        for comp in crit.competencies:
            by_competency[comp][0] += points
            by_competency[comp][1] += crit.points
        if crit.critical and not outcome.passed:
            critical_failures.append(crit.id)
        # the client left unsure, her question passed by or cut off by the goodbye (left_unsure.py): a gate
        gated = not outcome.passed and ((crit.gate and outcome.wrong) or outcome.reason == LEFT_UNSURE)
        if gated:
            gate_failures.append(crit.id)
        entry.update(
            result="pass" if outcome.passed else "fail",
            points=points,
            evidence=[e.as_dict() for e in outcome.evidence[:5]],
            feedback=_feedback(crit, outcome.passed, outcome.reason, outcome.evidence, language, outcome.fill),
        )
        if outcome.reason and not outcome.passed:
            entry["reason"] = outcome.reason
        if not outcome.passed and not crit.check.negated:
            _say_unheard_part(entry, crit, outcome.reason, raw, acts, language)  # a part said in a non-answer only
            _say_withheld(entry, crit, raw, acts, language)  # credited only on a keyword telegram: say why
        if not outcome.passed and crit.model:
            entry["model"] = localized(crit.model, language)  # what the agent could have said
        if gated:
            entry["gate_failed"] = True  # fails the attempt whatever the points (stored with the row)
            if _misinforms(crit.check, outcome.wrong_parts):
                entry["misinforms"] = True  # wrong advice the client was told (named as misinformation)
        criteria.append(entry)
    gate_failures += [e["id"] for e in _nothing_answered(rubric, criteria, language) if e["id"] not in gate_failures]
    score = total_score(earned, possible, bool(critical_failures))
    return {
        "score": score,
        "passed": bool(possible) and not gate_failures and is_passed(
            score, rubric.pass_threshold, bool(critical_failures)),
        "rubric": rubric.id,
        "rubric_version": rubric.version,
        "threshold": rubric.pass_threshold,
        "language": language,
        "critical_failed": bool(critical_failures),
        "critical_failures": critical_failures,
        "gate_failures": gate_failures,
        "non_answers": _non_answers(acts, analysis, language),
        "criteria": criteria,
        "competencies": {
            comp: round(100.0 * got / out, 1) for comp, (got, out) in by_competency.items() if out
        },
    }


def _non_answers(acts, analysis: TranscriptAnalysis, language: str) -> list[NonAnswer]:
    """Each non-answer with its turn, kind, quote and a sentence in the trainee's language saying why."""
    out = []
    for f in acts.findings:
        agent_turn = analysis.agent_number.get(f.turn)
        label = _TURN_WORD.get(language, _TURN_WORD["et"]).format(n=agent_turn)
        quote = f.quote if len(f.quote) <= 160 else f.quote[:157] + "..."
        texts = NON_ANSWER_FEEDBACK[f.kind]
        out.append({
            "turn": f.turn + 1, "agent_turn": agent_turn, "kind": f.kind, "quote": f.quote,
            "whole_reply": f.whole_reply,
            "feedback": localized(texts, language).format(quote=quote, turn_label=label),
        })
    return out


def _say_unheard_part(entry: CriterionVerdict, crit, reason: str, raw: TranscriptAnalysis, acts, language: str) -> None:
    """A failed all-check whose first failing part everything said does hold, but only inside a non-answer (a greeting
    in a checklist read out: "Tervitus, asutus, nimi: ..., tere, ..."): "no greeting" would be untrue. The feedback
    names the non-answer that earned nothing and then the part missing from everything said, if one is."""
    check = crit.check
    if check.base_type != "all" or not reason.startswith("part_") or not acts.findings:
        return
    k = int(reason.removeprefix("part_"))
    part = evaluate_check(check.checks[k], raw)
    if not part.passed:
        return
    hidden = next((f for e in part.evidence for f in acts.findings if not getattr(f, "telegram", False)
                   and f.turn + 1 == e.turn and (e.quote in f.quote or f.quote in e.quote)), None)
    if hidden is None:
        return
    said = evaluate_check(check, raw)
    label = _TURN_WORD.get(language, _TURN_WORD["et"]).format(n=raw.agent_number.get(hidden.turn) or hidden.turn + 1)
    quote = hidden.quote if len(hidden.quote) <= 160 else hidden.quote[:157] + "..."
    why = localized(NON_ANSWER_FEEDBACK[hidden.kind], language).format(quote=quote, turn_label=label)
    missing = "" if said.passed else _feedback(crit, False, said.reason, said.evidence, language, said.fill)
    entry["feedback"] = " ".join(p for p in (why, missing) if p)
    if not said.passed:
        entry["reason"] = said.reason


def _say_withheld(entry: CriterionVerdict, crit, raw: TranscriptAnalysis, acts, language: str) -> None:
    """A failed criterion that everything said, keyword telegrams included, would have passed, and only on a telegram
    (`telegram.withheld`): its evidence quotes the telegram and its feedback says why it earned nothing."""
    if not any(f.telegram for f in acts.findings):
        return
    said = evaluate_check(crit.check, raw)
    quoted = withheld(acts.findings, said.evidence) if said.passed else []
    if not quoted:
        return
    label = _TURN_WORD.get(language, _TURN_WORD["et"]).format(n=quoted[0].agent_turn or quoted[0].turn)
    why = localized(WITHHELD, language).format(quote=quoted[0].quote, turn_label=label)
    entry["evidence"] = [e.as_dict() for e in quoted[:5]]
    entry["feedback"] = " ".join(p for p in (why, entry.get("feedback", "")) if p)


def failed_criteria(result: ScoreResult) -> list[str]:
    """Ids of the criteria that failed, in rubric order."""
    return [c["id"] for c in result["criteria"] if c["result"] == "fail"]
