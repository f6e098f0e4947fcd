"""Knowledge base: the facts scenarios teach, each with a source, a check date and a review-by date.

One YAML file per topic in ``knowledge/``; the file name stem is the topic id. Facts are referred to as
``"topic.fact_id"`` (e.g. ``"pension-payment.payment_day"``) and templated in scenarios as
``{kb.pension-payment.payment_day}``. A fact past its ``review_by`` date is reported by
``expired(today)`` / ``review_problems(today)`` so that an outdated number is flagged, never silently taught.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from trainer.scoring.kbfacts import ValueFact, ValueFacts
from trainer.scoring.kbsaid import BARE, parse_value_phrase
from trainer.scoring.reference import reference_grams
from trainer.yamlsource import Problem, YamlError, load_yaml, validate_doc

TOPIC_ID = r"^[a-z0-9]+(-[a-z0-9]+)*$"
FACT_ID = r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$"


class LocalizedText(BaseModel):
    """Text per language: Estonian required, Russian required by any Russian scenario that uses it."""

    model_config = ConfigDict(extra="forbid")

    et: str = Field(min_length=1)
    ru: str | None = Field(default=None, min_length=1)

    def get(self, language: str) -> str:
        """Text in `language`, falling back to Estonian."""
        return (self.ru if language == "ru" else None) or self.et


class LocalizedPhrases(BaseModel):
    """Phrases per language (``topic``, ``said_as``): Estonian required, Russian when the fact has Russian text."""

    model_config = ConfigDict(extra="forbid")

    et: list[str] = Field(min_length=1)
    ru: list[str] | None = Field(default=None, min_length=1)

    def get(self, language: str) -> list[str]:
        return list((self.ru if language == "ru" else self.et) or [])


def _numbers(text: str, language: str) -> set[str]:
    """Every number of a fact's text, as digits ("kaks kuud" -> "2", "116 006" -> "116006")."""
    from trainer.scoring.kbsaid import said_values

    found = {str(s.value) for s in said_values(text, language)}
    found |= {re.sub(r"\D", "", m) for m in re.findall(r"\d[\d \u00a0]*\d|\d", text)}
    return {f.rstrip("0").rstrip(".") if "." in f else f for f in found}


class KnowledgeFact(BaseModel):
    """One checked fact with its reference text, source and review date."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=FACT_ID)
    value: str | None = None
    text: LocalizedText
    source: str = Field(min_length=3)
    checked: date
    review_by: date
    status: Literal["verified", "needs_review"]
    note: str | None = None
    # facts by value across the knowledge base (trainer/scoring/kbvalues.py): the lemma phrases that name the
    # fact's topic in a sentence, and the value with its unit as said ("30 päeva", «30 дней»); a bare number
    # (a phone number, "116 006") needs no said_as
    topic: LocalizedPhrases | None = None
    said_as: LocalizedPhrases | None = None
    # common wrong rules about the fact ("116 006 vastab tööpäeviti", «войти через интернет-банк»): stated of
    # the fact's topic in any scenario they fail the knowledge-values gate (kbvalues.find_wrong_values)
    wrong: LocalizedPhrases | None = None

    @field_validator("value", mode="before")
    @classmethod
    def _value_as_text(cls, value: Any) -> Any:
        if isinstance(value, bool):
            raise ValueError("value must be text; quote it, e.g. value: \"yes\"")
        if isinstance(value, int):
            return str(value)
        if isinstance(value, float):
            raise ValueError(f"quote decimal values so the formatting is kept, e.g. value: \"{value}\"")
        return value

    @model_validator(mode="after")
    def _dates_in_order(self) -> KnowledgeFact:
        if self.review_by < self.checked:
            raise ValueError(f"review_by ({self.review_by}) is before checked ({self.checked}); "
                             "review_by must be on or after the check date")
        self._check_values()
        return self

    def _check_values(self) -> None:
        for name in ("said_as", "wrong"):
            if getattr(self, name) is not None and self.topic is None:
                raise ValueError(f"{name} needs topic: the phrases that name the fact in a sentence "
                                 "(e.g. topic: {et: [vaie], ru: [возражение]})")
        if self.topic is None:
            return
        languages = ["et"] + (["ru"] if self.text.ru else [])
        if self.wrong is not None:
            for lang in languages:
                if not self.wrong.get(lang):
                    raise ValueError(f"wrong has no {lang} phrases but the fact has {lang} text; add wrong.{lang}")
        if self.wrong is not None and self.said_as is None:
            for lang in languages:
                if not self.topic.get(lang):
                    raise ValueError(f"topic has no {lang} phrases but the fact has {lang} text; add topic.{lang}")
            return  # checked by its wrong claims only (a rule without a number, or a day that moves)
        if not self.value:
            raise ValueError("topic needs a value (a fact with a number is checked by value) or wrong claims")
        for lang in languages:
            if not self.topic.get(lang):
                raise ValueError(f"topic has no {lang} phrases but the fact has {lang} text; add topic.{lang}")
            phrases = self.said_as.get(lang) if self.said_as is not None else [self.value]
            if not phrases:
                raise ValueError(f"said_as has no {lang} phrases but the fact has {lang} text; add said_as.{lang}")
            known = _numbers(self.text.get(lang), lang) | _numbers(self.value, lang)
            for phrase in phrases:
                parsed = parse_value_phrase(phrase, lang)
                if parsed is None:
                    where = f"said_as.{lang}" if self.said_as is not None else "value"
                    raise ValueError(f"{where} {phrase!r} is neither a number with its unit nor a bare number; "
                                     "write the value with its unit as said, e.g. said_as: {et: [\"30 päeva\"], "
                                     "ru: [\"30 дней\"]}")
                unit, number = parsed
                shown = number if unit == BARE else format(number.normalize(), "f")
                if str(shown) not in known:
                    raise ValueError(f"said_as.{lang} {phrase!r} says {shown}, a number that is neither the value "
                                     f"({self.value}) nor in the fact's {lang} text")


class KnowledgeTopic(BaseModel):
    """All facts about one topic (one file)."""

    model_config = ConfigDict(extra="forbid")

    topic: str = Field(pattern=TOPIC_ID)
    title: LocalizedText
    facts: list[KnowledgeFact] = Field(min_length=1)

    def get(self, fact_id: str) -> KnowledgeFact | None:
        """The fact with this id, or None."""
        return next((f for f in self.facts if f.id == fact_id), None)


@dataclass
class KnowledgeBase:
    """Loaded topics plus the problems found while loading."""

    topics: dict[str, KnowledgeTopic] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    #: "topic" or "topic.fact" -> (file, line), for messages about a fact
    locations: dict[str, tuple[str, int | None]] = field(default_factory=dict)

    def fact(self, ref: str) -> KnowledgeFact | None:
        """The fact for ref "topic.fact_id", or None if either part is unknown."""
        topic_id, _, fact_id = ref.partition(".")
        topic = self.topics.get(topic_id)
        return topic.get(fact_id) if topic and fact_id else None

    def value(self, ref: str) -> str | None:
        """Short templatable value of fact "topic.fact_id" (None if unknown or without a value)."""
        found = self.fact(ref)
        return found.value if found else None

    def facts(self) -> list[tuple[str, KnowledgeFact]]:
        """All facts as ("topic.fact_id", fact), in topic and file order."""
        return [(f"{t.topic}.{f.id}", f) for t in self.topics.values() for f in t.facts]

    def value_facts(self) -> tuple[ValueFact, ...]:
        """The facts with a ``topic``, one per language, as the knowledge-values check reads them."""
        out = []
        for ref, fact in self.facts():
            if fact.topic is None:
                continue
            for lang in ("et", "ru"):
                topic = fact.topic.get(lang)
                said = fact.said_as.get(lang) if fact.said_as is not None else (
                    [fact.value] if fact.value and fact.wrong is None else [])  # with claims, no said_as: claims only
                wrong = fact.wrong.get(lang) if fact.wrong is not None else []
                if topic and (said or wrong):
                    out.append(ValueFact(ref, lang, tuple(topic), tuple(said), fact.text.get(lang), tuple(wrong),
                                         fact.value))
        facts = ValueFacts(out)
        # the runs of words of every fact's text: a passage read out of them is no answer (scoring/reference.py)
        facts.reference = reference_grams(t for _, fact in self.facts() for t in (fact.text.et, fact.text.ru) if t)
        return facts

    def template_values(self) -> dict[str, dict[str, str | None]]:
        """Nested dict {topic: {fact_id: value or None}} for templating {kb.topic.fact_id}."""
        return {t.topic: {f.id: f.value for f in t.facts} for t in self.topics.values()}

    def expired(self, today: date) -> list[tuple[str, KnowledgeFact]]:
        """Facts whose review_by date is before `today`, as ("topic.fact_id", fact)."""
        return [(ref, f) for ref, f in self.facts() if f.review_by < today]

    def needs_review(self) -> list[tuple[str, KnowledgeFact]]:
        """Facts marked status: needs_review (could not be verified), as ("topic.fact_id", fact)."""
        return [(ref, f) for ref, f in self.facts() if f.status == "needs_review"]

    def review_problems(self, today: date) -> list[Problem]:
        """Warnings (with file and line) for expired facts and facts marked needs_review."""
        out = []
        for ref, fact in self.facts():
            file, line = self.locations.get(ref, ("knowledge", None))
            if fact.review_by < today:
                out.append(Problem(file, line, ref, f"fact expired: review_by {fact.review_by} has passed",
                                   "check the source again, then update text/value, checked and review_by",
                                   "warning"))
            if fact.status == "needs_review":
                out.append(Problem(file, line, ref, "fact is marked needs_review (not verified)",
                                   "verify it against the source and set status: verified", "warning"))
        return out

    def missing_refs(self, refs: list[str]) -> list[str]:
        """The refs (topic ids or "topic.fact_id") that do not exist."""
        return [r for r in refs if not (r in self.topics if "." not in r else self.fact(r))]

    def untranslated(self, refs: list[str], language: str) -> list[str]:
        """Facts ("topic.fact_id") named by `refs` (topic ids expand) that lack text in `language`."""
        out = []
        for ref in refs:
            topic_id, _, fact_id = ref.partition(".")
            topic = self.topics.get(topic_id)
            for fact in ([topic.get(fact_id)] if fact_id else topic.facts) if topic else []:
                if fact is not None and getattr(fact.text, language, None) is None:
                    out.append(f"{topic_id}.{fact.id}")
        return out

    def reference_texts(self, refs: list[str], language: str) -> list[tuple[str, str, str]]:
        """(topic title, fact text, source) for each ref in order; a topic id means all its facts.

        Texts are in `language` with Estonian as the fallback; unknown refs are skipped (check them
        with missing_refs); a fact named twice is listed once.
        """
        out: list[tuple[str, str, str]] = []
        seen: set[str] = set()
        for ref in refs:
            topic_id, _, fact_id = ref.partition(".")
            topic = self.topics.get(topic_id)
            if topic is None:
                continue
            facts = [topic.get(fact_id)] if fact_id else topic.facts
            for fact in facts:
                if fact is None or f"{topic_id}.{fact.id}" in seen:
                    continue
                seen.add(f"{topic_id}.{fact.id}")
                out.append((topic.title.get(language), fact.text.get(language), fact.source))
        return out


def load_topic(path: str | Path, within: str | Path | None = None) -> tuple[KnowledgeTopic | None, list[Problem], Any]:
    """Load and validate one topic file: (topic or None, problems, SourceDoc or None). With `within`, a
    symlink must point inside that folder."""
    try:
        doc = load_yaml(path, within)
    except YamlError as exc:
        return None, [exc.problem], None
    topic, problems = validate_doc(KnowledgeTopic, doc)
    if topic is None:
        return None, problems, doc
    stem = Path(path).stem
    if topic.topic != stem:
        problems.append(Problem(doc.file, doc.line_of(("topic",)), "topic",
                                f"topic id {topic.topic!r} differs from the file name {stem!r}",
                                f"rename the file to {topic.topic}.yaml or set topic: {stem}"))
    seen: dict[str, int] = {}
    unique = []
    for i, fact in enumerate(topic.facts):
        line = doc.line_of(("facts", i, "id"))
        if fact.id in seen:
            problems.append(Problem(doc.file, line, f"facts[{i}].id", f"duplicate fact id {fact.id!r}",
                                    f"already used at line {seen[fact.id]}; give this fact another id"))
            continue
        seen[fact.id] = line or 0
        unique.append(fact)
    if len(unique) != len(topic.facts):
        topic = topic.model_copy(update={"facts": unique})
    return topic, problems, doc


def load_knowledge(folder: str | Path, within: str | Path | None = None) -> KnowledgeBase:
    """Load every *.yaml topic file in `folder`; broken files become problems and the rest still load.
    With `within` (the project folder), symlinks pointing outside it are refused.

    Duplicate topic ids and duplicate fact ids are errors (the later one is skipped).
    """
    kb = KnowledgeBase()
    folder = Path(folder)
    if not folder.is_dir():
        kb.problems.append(Problem(str(folder), None, "", "knowledge folder not found",
                                   "create it or pass the right path"))
        return kb
    files = sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")])
    for path in files:
        topic, problems, doc = load_topic(path, within)
        kb.problems.extend(problems)
        if topic is None:
            continue
        if topic.topic in kb.topics:
            first_file = kb.locations[topic.topic][0]
            kb.problems.append(Problem(str(path), doc.line_of(("topic",)), "topic",
                                       f"duplicate topic id {topic.topic!r}",
                                       f"already defined in {first_file}; rename one of them"))
            continue
        kb.topics[topic.topic] = topic
        kb.locations[topic.topic] = (str(path), doc.line_of(("topic",)))
        index = {f["id"]: i for i, f in reversed(list(enumerate(doc.data.get("facts", []))))
                 if isinstance(f, dict) and isinstance(f.get("id"), str)}
        for fact in topic.facts:
            kb.locations[f"{topic.topic}.{fact.id}"] = (str(path), doc.line_of(("facts", index[fact.id], "id")))
    return kb


def default_knowledge_dir() -> Path:
    """The repository's knowledge/ folder (next to the trainer package)."""
    return Path(__file__).resolve().parents[2] / "knowledge"
