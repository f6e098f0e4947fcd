"""The scenario library: scenarios, partials, rubrics and knowledge loaded from a project folder.

A broken file never stops the others: it becomes an entry with its problems, shown by
``trainer validate`` and in the app's catalogue.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import cast

from trainer.config import config_path, file_stamp, project_root, settings
from trainer.outcome import ScenarioScore
from trainer.scoring.rubric import Criterion, Rubric, load_rubric, merge_criteria
from trainer.scoring.score import ScoringSettings, builtin_concepts, score_transcript
from trainer.scoring.transcript import Transcript
from trainer.simulation.exercise import Exercise, SheetLine, validate_exercise
from trainer.simulation.knowledge import KnowledgeBase, load_knowledge
from trainer.simulation.persona import Persona, generate_persona
from trainer.simulation.scenario import Partial, Scenario, render_deep
from trainer.simulation.sheet import ExerciseResult, compare_sheet
from trainer.simulation.validation import expand_includes, validate_scenario
from trainer.yamlsource import Problem, YamlError, load_yaml, validate_doc


def scoring_settings(knowledge: tuple | None = None) -> ScoringSettings:
    """The scorer's settings from ``trainer.yaml``: the institution's names, the identification policy and the
    knowledge facts checked by value (``knowledge``: a library's ``value_facts``; by default the project's
    knowledge folder)."""
    cfg = settings()
    if knowledge is None:
        kdir = project_root() / cfg.knowledge_dir
        knowledge = _value_facts(str(kdir), _folder_stamp(kdir))
    return ScoringSettings(
        institution_names={lang: list(names) for lang, names in cfg.institution.names.items()},
        identification_policy=cfg.identification.policy,
        knowledge=knowledge,
    )


def _folder_stamp(folder: Path) -> tuple:
    return tuple((p.name, file_stamp(p)) for p in sorted(folder.glob("*.yaml"))) if folder.is_dir() else ()


@lru_cache(maxsize=4)
def _value_facts(folder: str, stamp: tuple) -> tuple:
    """The value facts of a knowledge folder (cached by the files' stamps)."""
    return load_knowledge(folder).value_facts() if stamp else ()


@dataclass
class ScenarioEntry:
    """One scenario file: the loaded scenario, or None with the errors that stopped it."""

    file: str
    id: str
    scenario: Scenario | None
    problems: list[Problem] = field(default_factory=list)
    exercise: Exercise | None = None  # a ``kind: exercise`` file (then ``scenario`` is None)

    @property
    def ok(self) -> bool:
        return self.scenario is not None or self.exercise is not None

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def metadata(self) -> dict:
        """Catalogue data for this entry (JSON-ready)."""
        if self.scenario is None and self.exercise is None:
            return {"id": self.id, "file": self.file, "ok": False,
                    "errors": [p.as_dict() for p in self.errors]}
        s = self.scenario or self.exercise
        if self.exercise is not None:
            return {
                "id": s.id, "file": self.file, "ok": True, "kind": "exercise", "variant": s.variant,
                "version": s.version, "title": s.title, "goals": list(s.goals), "topic": s.topic,
                "channel": s.channel, "language": s.language, "difficulty": s.difficulty, "duties": list(s.duties),
                "competencies": list(s.competencies), "tags": list(s.tags), "situation": {}, "rubric": s.rubric,
                "examples": len(s.examples),
                "warnings": [p.as_dict() for p in self.problems if p.severity == "warning"],
            }
        return {
            "id": s.id, "file": self.file, "ok": True, "kind": "scenario", "version": s.version, "title": s.title,
            "goals": list(s.goals), "topic": s.topic, "channel": s.channel, "language": s.language,
            "difficulty": s.difficulty, "duties": list(s.duties), "competencies": list(s.competencies),
            "tags": list(s.tags), "situation": s.situation.model_dump(), "rubric": s.rubric,
            "examples": len(s.examples),
            "warnings": [p.as_dict() for p in self.problems if p.severity == "warning"],
        }


_SERIALS = itertools.count(1)


class Library:
    """Everything a project folder holds, loaded and validated."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.entries: list[ScenarioEntry] = []
        self.scenarios: dict[str, Scenario] = {}
        self.exercises: dict[str, Exercise] = {}  # ``kind: exercise`` files: graded sheets, not dialogues
        self.rubrics: dict[str, Rubric] = {}
        self.partials: dict[str, Partial] = {}
        self.problems: list[Problem] = []
        self.knowledge: KnowledgeBase = KnowledgeBase()
        self.value_facts: tuple = ()  # knowledge facts checked by value in every conversation
        self.today = date.today()
        self._texts: dict[str, str] = {}  # file -> text of each loaded scenario (never read twice)
        #: a number no other Library object of this process has (memo keys; unlike id(), never reused)
        self.serial = next(_SERIALS)

    # -- loading ------------------------------------------------------------------------
    @classmethod
    def load(cls, root: str | Path | None = None, scenario_paths: list[Path] | None = None,
             today: date | None = None) -> Library:
        """Load rubrics, knowledge, partials and scenarios; never raises on a bad file. ``today`` decides
        which knowledge facts are past their review date."""
        lib = cls(Path(root) if root else project_root())
        conf = settings(lib.root)  # that folder's trainer.yaml (or TRAINER_CONFIG), not the current one's
        lib.today = today or date.today()
        kdir = lib.root / conf.knowledge_dir
        if kdir.is_dir():
            lib.knowledge = load_knowledge(kdir, lib.root)
            lib.problems += lib.knowledge.problems
            lib.value_facts = lib.knowledge.value_facts()
        rdir = lib.root / conf.rubrics_dir
        for path in sorted(rdir.glob("*.yaml")) if rdir.is_dir() else []:
            rubric, problems = load_rubric(path, set(builtin_concepts(scoring_settings(lib.value_facts))), lib.root)
            lib.problems += problems
            if rubric is not None:
                lib.rubrics[rubric.id] = rubric
        sdir = lib.root / conf.scenarios_dir
        for path in sorted((sdir / "partials").glob("*.yaml")) if (sdir / "partials").is_dir() else []:
            lib._load_partial(path)
        within = None  # files named on the command line are read wherever they are
        if scenario_paths is None:
            scenario_paths = sorted(sdir.glob("*.yaml")) if sdir.is_dir() else []
            within = lib.root
        for path in scenario_paths:
            lib._load_scenario(Path(path), within)
        lib._knowledge_review_warnings()
        return lib

    def _knowledge_review_warnings(self) -> None:
        """Warn about expired and unverified facts, naming the scenarios that use each one."""
        used_by = {
            item.id: knowledge_refs(item, self._texts.get(entry.file, ""))
            for entry in self.entries if (item := entry.scenario or entry.exercise) is not None
        }
        for problem in self.knowledge.review_problems(self.today):
            used = [sid for sid, refs in used_by.items() if uses_fact(refs, problem.field)]
            if used:
                problem = Problem(problem.file, problem.line, problem.field,
                                  f"{problem.message}; used by {', '.join(sorted(used))}", problem.hint,
                                  problem.severity)
            self.problems.append(problem)

    def _load_partial(self, path: Path) -> None:
        try:
            doc = load_yaml(path, self.root)
        except YamlError as exc:
            self.problems.append(exc.problem)
            return
        partial, problems = validate_doc(Partial, doc)
        self.problems += problems
        if partial is not None:
            self.partials[partial.id] = partial

    def _load_scenario(self, path: Path, within: Path | None = None) -> None:
        entry = ScenarioEntry(str(path), path.stem, None)
        self.entries.append(entry)
        try:
            self._check_scenario(entry, path, within)
        except RecursionError:  # the limits in yamlsource and conditions should make this unreachable
            entry.scenario = None
            entry.problems.append(Problem(str(path), None, "", "the file is nested too deeply to check",
                                          "flatten the structure; see 'Limits' in docs/authoring.md"))

    def _check_scenario(self, entry: ScenarioEntry, path: Path, within: Path | None) -> None:
        try:
            doc = load_yaml(path, within)
        except YamlError as exc:
            entry.problems.append(exc.problem)
            return
        self._texts[entry.file] = doc.text
        if isinstance(doc.data, dict) and isinstance(doc.data.get("id"), str):
            entry.id = doc.data["id"]
        kind = doc.data.get("kind", "scenario") if isinstance(doc.data, dict) else "scenario"
        if kind == "exercise":
            self._check_exercise(entry, path, doc)
            return
        if kind != "scenario":
            import difflib

            close = difflib.get_close_matches(str(kind), ["scenario", "exercise"], n=1)
            entry.problems.append(Problem(str(path), doc.line_of(("kind",)), "kind", f"unknown kind {kind!r}",
                                          f"did you mean {close[0]!r}?" if close else
                                          "kind: scenario (a conversation, the default) or kind: exercise"))
            return
        scenario, problems = validate_doc(Scenario, doc)
        if scenario is None:
            entry.problems += problems
            return
        scenario, paths, problems = expand_includes(scenario, self.partials, doc)
        rubric, concepts = self._rubric(scenario.rubric, path, doc, problems)
        problems += validate_scenario(scenario, doc, paths, self.knowledge, concepts)
        problems += self._expired(knowledge_refs(scenario, doc.text), path, doc)
        entry.problems += problems
        if any(p.severity == "error" for p in problems) or self._taken(scenario.id, entry, path, doc):
            return
        entry.scenario = scenario
        self.scenarios[scenario.id] = scenario

    def _rubric(self, rubric_id: str, path: Path, doc, problems: list[Problem]) -> tuple[Rubric | None, set | None]:
        """The file's rubric and the concept names its checks may use (None: unknown rubric, a problem)."""
        rubric = self.rubrics.get(rubric_id)
        if rubric is None:
            problems.append(Problem(str(path), doc.line_of(("rubric",)), "rubric", f"unknown rubric {rubric_id!r}",
                                    f"known rubrics: {', '.join(sorted(self.rubrics)) or 'none loaded'}"))
            return None, None
        return rubric, set(rubric.concepts) | set(builtin_concepts(scoring_settings(knowledge=())))

    def _expired(self, refs: set[str], path: Path, doc) -> list[Problem]:
        """A warning for each knowledge fact the file uses whose review date has passed."""
        return [Problem(str(path), doc.line_of(("reference",)), "reference",
                        f"uses {kref}, whose review date {fact.review_by} has passed",
                        "ask the knowledge owner to check the fact", "warning")
                for kref, fact in self.knowledge.expired(self.today) if uses_fact(refs, kref)]

    def _taken(self, item_id: str, entry: ScenarioEntry, path: Path, doc) -> bool:
        """Is the id already used by a scenario or an exercise of another file? (then a problem)"""
        if item_id not in self.scenarios and item_id not in self.exercises:
            return False
        entry.problems.append(Problem(str(path), doc.line_of(("id",)), "id",
                                      f"scenario id {item_id!r} is already used by another file",
                                      "give the scenario a unique id"))
        return True

    def _check_exercise(self, entry: ScenarioEntry, path: Path, doc) -> None:
        exercise, problems = validate_doc(Exercise, doc)
        if exercise is None:
            entry.problems += problems
            return
        rubric, concepts = self._rubric(exercise.rubric, path, doc, problems)
        problems += validate_exercise(exercise, doc, rubric, concepts)
        problems += self._expired(set(_KB_TEMPLATE.findall(doc.text)) | set(exercise.reference), path, doc)
        entry.problems += problems
        if any(p.severity == "error" for p in problems) or self._taken(exercise.id, entry, path, doc):
            return
        entry.exercise = exercise
        self.exercises[exercise.id] = exercise

    # -- questions about the library -------------------------------------------------------
    def all_problems(self) -> list[Problem]:
        """Problems of shared files (rubrics, partials, knowledge) and of every scenario."""
        return self.problems + [p for e in self.entries for p in e.problems]

    def errors(self) -> list[Problem]:
        return [p for p in self.all_problems() if p.severity == "error"]

    def catalogue(self) -> list[dict]:
        """Metadata of every scenario file, broken ones included."""
        return [e.metadata() for e in self.entries]

    def title(self, scenario_id: str) -> str:
        """The title of a scenario or an exercise; the id itself for one no longer in the library (an old
        attempt of a deleted file)."""
        item = self.scenarios.get(scenario_id) or self.exercises.get(scenario_id)
        return item.title if item is not None else scenario_id

    def get(self, scenario_id: str) -> Scenario:
        if scenario_id not in self.scenarios:
            raise KeyError(f"unknown scenario {scenario_id!r}")
        return self.scenarios[scenario_id]

    def knowledge_values(self) -> dict[str, object]:
        """``{"kb.topic.fact": value}`` for every knowledge fact with a value (templates in content files)."""
        return {f"kb.{topic}.{fact_id}": value for topic, facts in self.knowledge.template_values().items()
                for fact_id, value in facts.items() if value is not None}

    def compare_exercise(self, exercise: Exercise, sheet: dict[str, SheetLine | dict], written: str = "") -> ExerciseResult:
        """Compare a trainee's evaluation sheet (and written text) with the lead's grading of the exercise."""
        rubric = self.rubrics.get(exercise.rubric)
        concepts = {**builtin_concepts(scoring_settings(knowledge=())), **(rubric.concepts if rubric else {})}
        return compare_sheet(exercise, rubric, sheet, written, settings=scoring_settings(self.value_facts), concepts=concepts,
                             values=self.knowledge_values())

    # -- what the dialogue and scoring need --------------------------------------------------
    def persona_for(self, scenario: Scenario, seed: int, today: date) -> Persona:
        spec = scenario.persona
        return generate_persona(spec, spec.seed if spec.seed is not None else seed, scenario.language, today)

    def template_values(self, scenario: Scenario, persona: Persona) -> dict[str, object]:
        """Flat {"persona.first_name": ..., "kb.topic.fact": ...} values for client lines and criteria."""
        values: dict[str, object] = {f"persona.{k}": v for k, v in persona.as_dict().items()}
        values["persona.full_name"] = persona.full_name
        for topic, facts in self.knowledge.template_values().items():
            for fact_id, value in facts.items():
                if value is not None:
                    values[f"kb.{topic}.{fact_id}"] = value
        return values

    def concepts_for(self, scenario: Scenario) -> dict[str, dict[str, list[str]]]:
        """Rubric concepts, the institution's names, and the scenario's own signals as concepts."""
        rubric = self.rubrics.get(scenario.rubric)
        concepts = {**builtin_concepts(scoring_settings(knowledge=())), **(rubric.concepts if rubric else {})}
        for name, phrases in scenario.signals.items():
            concepts[name] = {scenario.language: list(phrases)}
        return concepts

    def rubric_for(self, scenario: Scenario, values: dict[str, object] | None = None) -> Rubric:
        """The scenario's rubric with its content criteria merged in (templates filled from values)."""
        rubric = self.rubrics[scenario.rubric]
        criteria = list(scenario.criteria)
        if values and criteria:
            criteria = [_render_criterion(c, values) for c in criteria]
        return merge_criteria(rubric, criteria)

    def criterion_verdict(self, scenario: Scenario, criterion_id: str, text: str,
                          values: dict[str, object] | None = None, client_before: list[str] | None = None) -> bool:
        """Does a content criterion pass on one agent reply with this text? (criterion signals, tests)
        ``client_before``: the client's lines so far, so that a reply answering the client's question is read
        with it (a value's topic raised by the client); only the reply itself is checked."""
        return self.criterion_outcome(scenario, criterion_id, text, values, client_before).passed

    def criterion_outcome(self, scenario: Scenario, criterion_id: str, text: str,
                          values: dict[str, object] | None = None, client_before: list[str] | None = None):
        """The scorer's outcome of a content criterion on one agent reply (:meth:`criterion_verdict`): also
        whether it failed on something said (``wrong``: a wrong value, a promise)."""
        from trainer.scoring.checks import TranscriptAnalysis, evaluate_check
        from trainer.scoring.transcript import Context

        rubric = self.rubric_for(scenario, values)
        crit = rubric.criterion(criterion_id)
        concepts = self.concepts_for(scenario)
        transcript = Transcript(language=scenario.language, channel=scenario.channel,
                                context=Context(third_party=scenario.situation.third_party),
                                turns=[*({"role": "client", "text": t} for t in client_before or ()),
                                       {"role": "agent", "text": text}])
        analysis = TranscriptAnalysis(transcript, concepts, scoring_settings(self.value_facts).identification_policy)
        analysis.knowledge = self.value_facts
        analysis.knowledge_scope = frozenset(scenario.reference)
        return evaluate_check(crit.check, analysis)

    def score(self, scenario: Scenario, transcript: Transcript,
              values: dict[str, object] | None = None) -> ScenarioScore:
        """Score a transcript of this scenario: standard rubric plus the scenario's content criteria
        (the result also names the scenario and its version)."""
        rubric = self.rubric_for(scenario, values)
        signals = render_deep(dict(scenario.signals), values) if values else scenario.signals
        extra = {name: {scenario.language: list(p)} for name, p in signals.items()}
        settings = replace(scoring_settings(self.value_facts), knowledge_scope=frozenset(scenario.reference),
                           author_goals=tuple(scenario.goals), author_hints=scenario.hints())
        if scenario.situation.identification_policy:
            settings = replace(settings, identification_policy=scenario.situation.identification_policy)
        result = score_transcript(transcript, rubric, settings, extra_concepts=extra)
        return cast(ScenarioScore, {**result, "scenario": scenario.id, "scenario_version": scenario.version})


def _render_criterion(criterion: Criterion, values: dict[str, object]) -> Criterion:
    """The criterion with ``{facts.x}``/``{kb.topic.fact}`` filled in its check and feedback texts."""
    data = criterion.model_dump(by_alias=True, exclude_defaults=True)
    filled = render_deep(data, values)
    return criterion if filled == data else Criterion.model_validate(filled)


_KB_TEMPLATE = re.compile(r"\{kb\.([a-z0-9][a-z0-9_-]*\.[a-z0-9_]+)\}")


def knowledge_refs(scenario: Scenario, text: str = "") -> set[str]:
    """What a scenario uses from the knowledge base: its ``reference`` entries ("topic" or "topic.fact")
    and the ``{kb.topic.fact}`` templates in its file."""
    return set(_KB_TEMPLATE.findall(text)) | set(scenario.reference)


def uses_fact(refs: set[str], fact_ref: str) -> bool:
    """Does a set of references cover "topic.fact" (directly or through its whole topic)?"""
    return fact_ref in refs or fact_ref.partition(".")[0] in refs


@lru_cache(maxsize=4)
def _cached(root: str, stamp: tuple) -> Library:
    return Library.load(root)


def library_stamp(base: Path) -> tuple:
    """What the cached library depends on: trainer.yaml and the (path, mtime, size) of every YAML file in the
    configured folders. Adding, deleting, renaming or editing any of them changes it (code review finding 2:
    the largest mtime missed deletions and renames, and ignored ``scenarios_dir:``)."""
    cfg = config_path(base)
    conf = settings(base)
    parts: list[tuple] = [(str(cfg), file_stamp(cfg))]
    for sub in (conf.scenarios_dir, conf.rubrics_dir, conf.knowledge_dir):
        folder = base / sub
        if not folder.is_dir():
            parts.append((str(folder), None))
            continue
        for path in sorted([*folder.rglob("*.yaml"), *folder.rglob("*.yml")]):
            parts.append((str(path), file_stamp(path)))
    return tuple(parts)


def load_library(root: str | Path | None = None) -> Library:
    """The library of a project folder, cached until a file in it or trainer.yaml changes."""
    base = Path(root) if root else project_root()
    return _cached(str(base), library_stamp(base))
