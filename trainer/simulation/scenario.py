"""Scenario schema: a scripted client conversation for one situation, with its content criteria.

The shape of a file is documented in docs/authoring.md; :mod:`trainer.simulation.library` loads folders of them
and runs the semantic checks in :mod:`trainer.simulation.validation`.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, field_validator, model_validator

from trainer.conditions import validate_condition
from trainer.scoring.rubric import Criterion, Phrase
from trainer.simulation.persona import PersonaSpec

ID_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
DUTY_PATTERN = r"^3\.[1-9](\.[1-9])?$"
TEMPLATE = re.compile(r"(?<!\{)\{([a-z_]+(?:\.[A-Za-z0-9_\-]+)+)\}(?!\})")


def render(template: str, values: dict[str, object]) -> str:
    """Fill ``{persona.first_name}``-style placeholders; ``{{`` and ``}}`` stand for literal braces.
    Placeholders without a dot (``{quote}``, ``{turn}``) are left for the feedback formatter."""
    out = TEMPLATE.sub(lambda m: str(values.get(m.group(1), m.group(0))), template)
    return out.replace("{{", "{").replace("}}", "}")


def render_deep(value: Any, values: dict[str, object]) -> Any:
    """:func:`render` applied to every string inside dicts and lists."""
    if isinstance(value, str):
        return render(value, values) if "{" in value else value
    if isinstance(value, list):
        return [render_deep(v, values) for v in value]
    if isinstance(value, dict):
        return {k: render_deep(v, values) for k, v in value.items()}
    return value


def _phrase_map_as_text(value: Any) -> Any:
    """Named phrase lists (`signals`, `dialogue.hears`) as text: a bare 15501 in YAML is a number."""
    if isinstance(value, dict):
        return {k: [str(p) if isinstance(p, int | float) else p for p in v] if isinstance(v, list) else v
                for k, v in value.items()}
    return value


def _snake_case_names(value: dict[str, list[str]]) -> dict[str, list[str]]:
    for name in value:
        if not re.match(r"^[a-z][a-z0-9_]*$", name):
            raise ValueError(f"signal name {name!r} must be snake_case")
    return value


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Part(Strict):
    """A part of a client line, kept when its condition holds (``{if: ever(fraud_reason), say: "..."}``)."""

    say: str
    when: str | None = Field(default=None, alias="if")

    _when_parses = field_validator("when")(validate_condition)


class Line(Strict):
    """A client line variant, said when its condition holds (first match wins). ``say`` is a text or a list
    of parts (texts and ``{if, say}``): the parts whose condition holds are joined, so that each sentence of
    the line echoes only what the trainee actually said."""

    say: str | list[str | Part]
    when: str | None = Field(default=None, alias="if")

    _when_parses = field_validator("when")(validate_condition)

    def parts(self) -> list[Part]:
        if isinstance(self.say, str):
            return [Part(say=self.say)]
        return [p if isinstance(p, Part) else Part(say=p) for p in self.say]

    def conditions(self) -> list[str]:
        """Its own condition and those of its parts."""
        return [c for c in [self.when, *(p.when for p in self.parts())] if c]


class Transition(Strict):
    """``{if: condition, then: step}`` or, last, ``{else: step}``."""

    when: str | None = Field(default=None, alias="if")
    then: str | None = None
    otherwise: str | None = Field(default=None, alias="else")

    _when_parses = field_validator("when")(validate_condition)

    @model_validator(mode="after")
    def _shape(self) -> Transition:
        if self.when is not None and self.then is None:
            raise ValueError("'if' needs 'then: <step id>'")
        if self.when is None and self.otherwise is None:
            raise ValueError("a branch needs 'if' + 'then', or 'else'")
        if self.when is not None and self.otherwise is not None:
            raise ValueError("put 'else' in its own entry after the 'if' entries")
        return self

    @property
    def target(self) -> str:
        return self.then if self.when is not None else self.otherwise


class Step(Strict):
    """One step: what the client says on entering it, and where the conversation goes next."""

    id: str = Field(pattern=ID_PATTERN)
    client: str | list[str | Line] | None = None
    next: str | list[Transition] | None = None
    end: bool = False
    identifies: bool = False
    set: dict[str, bool | int | str] = Field(default_factory=dict)
    hint: str | None = None
    # what the client asks for in this step: signals (or private facts) whose mention in an EARLIER
    # reply answers it. Entering an answered step, the client acknowledges (``answered``, default
    # "Jah, Te juba ütlesite.") and the conversation goes on from the step's rules at once.
    asks: list[str] = Field(default_factory=list)
    # the acknowledgement: a text, or variants like ``client`` (the first whose condition holds, else the
    # first plain one), so that it fits what was said and when („Вы уже написали“ only when it was earlier)
    answered: str | list[str | Line] | None = None
    # a repeat by design (new-user batch 44): the persona asks again what it was told because it forgets
    # (confused-elderly-repeats-et: „Vabandage, kullake, ma unustasin juba ära ...“). Declared, entering the step
    # is the scenario's feature (the trainee's patience is trained), not the client failing to hear: listening checks
    # (tests/newuser/evaluate.py) count it apart. Validation: only a step entered by an `if:` branch, after something
    # was said (see `validation.repeat_problems`).
    repeat: Literal["forgets"] | None = None

    @field_validator("asks", mode="before")
    @classmethod
    def _asks_list(cls, value):
        return [value] if isinstance(value, str) else value

    def targets(self) -> list[str]:
        if self.next is None:
            return []
        if isinstance(self.next, str):
            return [self.next]
        return [t.target for t in self.next]

    def lines(self) -> list[Line]:
        if self.client is None:
            return []
        if isinstance(self.client, str):
            return [Line(say=self.client)]
        return [v if isinstance(v, Line) else Line(say=v) for v in self.client]

    def answered_lines(self) -> list[Line]:
        if self.answered is None:
            return []
        if isinstance(self.answered, str):
            return [Line(say=self.answered)]
        return [v if isinstance(v, Line) else Line(say=v) for v in self.answered]


class Include(Strict):
    """Steps reused from a partial (``scenarios/partials/``), with parameters filled in."""

    include: str
    params: dict[str, str] = Field(default_factory=dict, alias="with")


def _step_kind(value: Any) -> str:
    if isinstance(value, dict):
        return "include" if "include" in value else "step"
    return "include" if isinstance(value, Include) else "step"


StepOrInclude = Annotated[
    Annotated[Step, Tag("step")] | Annotated[Include, Tag("include")], Discriminator(_step_kind)
]


class Dialogue(Strict):
    start: str | None = None
    steps: list[StepOrInclude] = Field(min_length=1)
    fallback: list[str] = Field(default_factory=list)
    max_fallbacks: int = Field(default=2, ge=0, le=10)
    on_stuck: str | None = None
    #: the client's own ear: signals read on the trainee's reply for the dialogue's conditions only (not
    #: the scorer's): what the client hears as an answer to its own question („meil veel pole“ = the
    #: ruling is not on file), where the scenario's `signals` are what the scorer counts
    hears: dict[str, list[Phrase]] = Field(default_factory=dict)

    @field_validator("hears", mode="before")
    @classmethod
    def _hears_as_text(cls, hears):
        return _phrase_map_as_text(hears)

    @field_validator("hears")
    @classmethod
    def _hear_names(cls, hears: dict[str, list[str]]) -> dict[str, list[str]]:
        return _snake_case_names(hears)


class Situation(Strict):
    identification_required: bool = False
    client_upset: bool = False
    third_party: bool = False
    #: overrides trainer.yaml ``identification.policy`` for this scenario (e.g. ``code_and_item`` where the
    #: agent will talk about health data); None = the organisation's setting
    identification_policy: Literal["code", "code_and_item"] | None = None


class DataProtection(Strict):
    """Data protection beyond the private facts' strings (issue 10).

    ``private_status``: for a third-party caller, that an application exists, has arrived or has a
    decision is private too ("Teie ema taotlus on saabunud" fails data protection).
    ``no_identifiers``: an open web chat, where asking for any identifier (name, address, personal code,
    birth date) fails data protection.
    """

    private_status: bool = False
    no_identifiers: bool = False


class Known(Strict):
    """A fact the caller knows and tells when the trainee asks about it ("Millal Teie töö lõppes?")."""

    ask: list[str] = Field(min_length=1)  # phrases of the trainee's question (matched in question sentences)
    say: str = Field(min_length=1)        # the client's answer, said before the step's own line


class Misinformation(Strict):
    """A wrong but clear answer the client believes: recorded and named in the result."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    when: str = Field(alias="if")            # condition on the reply, e.g. a signal of the wrong rule
    say: str | None = None                   # the client's reaction when no rule of the step fits
    answered: str | None = None              # said instead when the step's `asks` were already stated
    record: dict[Literal["et", "ru", "en"], str] = Field(default_factory=dict)  # what the result says
    corrected: str | None = None             # condition on a later reply that takes the wrong answer back
    accepted: str | None = None              # the client's line when it was taken back (before its step's line)

    _when_parses = field_validator("when")(validate_condition)
    _corrected_parses = field_validator("corrected")(validate_condition)


class PhraseTest(Strict):
    """Sentences a signal or content criterion must match (``match``) and must not (``no_match``:
    negated, asked or wrong). ``also`` names signals/criteria on the same fact that must agree on every
    sentence."""

    match: list[str] = Field(default_factory=list)
    no_match: list[str] = Field(default_factory=list)
    also: list[str] = Field(default_factory=list)


class Example(Strict):
    """An example run: the trainee's replies, and what the scorer must say about them."""

    name: str
    kind: Literal["exemplary", "flawed"]
    seed: int = 1
    answers: list[str] = Field(min_length=1)
    expect_passed: bool | None = None
    expect_failed: list[str] = Field(default_factory=list)
    expect_end: str | None = None
    note: str | None = None


class Scenario(Strict):
    """A scripted client scenario."""

    kind: Literal["scenario"] = "scenario"  # ``kind: exercise`` files are :class:`trainer.simulation.exercise.Exercise`
    id: str = Field(pattern=ID_PATTERN)
    version: int = Field(default=1, ge=1)
    title: str = Field(min_length=1)
    goals: list[str] = Field(default_factory=list)
    topic: str = Field(pattern=ID_PATTERN)
    channel: Literal["phone", "chat"]
    language: Literal["et", "ru", "en"]
    difficulty: int = Field(ge=1, le=3)
    duties: list[str] = Field(min_length=1)
    competencies: list[
        Literal["client_focus", "expertise", "correctness", "empathy", "communication", "data_protection"]
    ] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    situation: Situation = Field(default_factory=Situation)
    data_protection: DataProtection = Field(default_factory=DataProtection)
    knows: dict[str, Known] = Field(default_factory=dict)
    misinformation: list[Misinformation] = Field(default_factory=list)
    persona: PersonaSpec = Field(default_factory=PersonaSpec)
    private_facts: dict[str, str] = Field(default_factory=dict)
    reference: list[str] = Field(default_factory=list)
    opening: Literal["agent", "client"] | None = None
    rubric: str = "call-model"
    state: dict[str, bool | int | str] = Field(default_factory=dict)
    signals: dict[str, list[Phrase]] = Field(default_factory=dict)
    # signals that ARE a content criterion's verdict on the reply, so the client and the scorer never
    # disagree about whether the fact was said: {signal name: criterion id}
    criterion_signals: dict[str, str] = Field(default_factory=dict)
    criteria: list[Criterion] = Field(default_factory=list)
    dialogue: Dialogue
    examples: list[Example] = Field(default_factory=list)
    tests: dict[str, PhraseTest] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _protection_fits(self) -> Scenario:
        if self.data_protection.private_status and not self.situation.third_party:
            raise ValueError("data_protection.private_status is for third-party callers: set situation.third_party")
        if self.data_protection.no_identifiers and self.channel != "chat":
            raise ValueError("data_protection.no_identifiers is for an open web chat: set channel: chat")
        return self

    @field_validator("duties")
    @classmethod
    def _duties(cls, duties: list[str]) -> list[str]:
        for duty in duties:
            if not re.match(DUTY_PATTERN, duty):
                raise ValueError(f"duty {duty!r} is not a job-description number such as '3.2.1'")
        return duties

    @field_validator("signals", mode="before")
    @classmethod
    def _phrases_as_text(cls, signals):
        return _phrase_map_as_text(signals)

    @field_validator("signals")
    @classmethod
    def _signal_names(cls, signals: dict[str, list[str]]) -> dict[str, list[str]]:
        return _snake_case_names(signals)

    @property
    def who_opens(self) -> str:
        """Phone calls are answered by the agent; web chats start with the client's message."""
        return self.opening or ("agent" if self.channel == "phone" else "client")

    def step_list(self) -> list[Step]:
        """Steps after includes were expanded (the library expands them on load)."""
        return [s for s in self.dialogue.steps if isinstance(s, Step)]

    def step(self, step_id: str) -> Step | None:
        return next((s for s in self.step_list() if s.id == step_id), None)

    def hints(self) -> tuple[str, ...]:
        """The steps' hints: the author's words to the trainee, no reply (`trainer.scoring.author_text`)."""
        return tuple(s.hint for s in self.step_list() if s.hint)

    @property
    def start_step(self) -> str:
        steps = self.step_list()
        return self.dialogue.start or (steps[0].id if steps else "")


class Partial(Strict):
    """Reusable steps, e.g. the identification exchange, included by several scenarios."""

    id: str = Field(pattern=ID_PATTERN)
    description: str = ""
    language: Literal["et", "ru", "en"] | None = None
    params: list[str] = Field(default_factory=list)
    steps: list[Step] = Field(min_length=1)


def substitute_params(step: Step, params: dict[str, str]) -> Step:
    """A partial's step with ``{param}`` placeholders (no dot) in ids, targets, lines and conditions filled."""
    pattern = re.compile(r"\{(" + "|".join(re.escape(k) for k in params) + r")\}") if params else None

    def fill(value):
        if pattern is None:
            return value
        if isinstance(value, str):
            return pattern.sub(lambda m: params[m.group(1)], value)
        if isinstance(value, list):
            return [fill(v) for v in value]
        if isinstance(value, dict):
            return {k: fill(v) for k, v in value.items()}
        return value

    data = fill(step.model_dump(by_alias=True, exclude_defaults=True))
    return Step.model_validate(data)
