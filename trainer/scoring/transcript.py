"""The one transcript format: CLI input, stored attempts and imported real chats.

Transcripts may come from outside (imported chats), so they are bounded: at most
:data:`MAX_TRANSCRIPT_BYTES` per file, :data:`MAX_TURNS` turns of at most :data:`MAX_TURN_CHARS`
characters each and :data:`MAX_PRIVATE_FACTS` private facts. A file over a limit is an error naming the
file and line, never a slow or huge scoring run (see docs/authoring.md, "Limits").
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from trainer.yamlsource import (
    Problem,
    SourceDoc,
    YamlError,
    parse_yaml,
    read_text_bounded,
    validate_doc,
)

MAX_TURN_CHARS = 20_000
"""Longest turn (the app caps a trainee's reply at 5,000 characters; the dialogue engine at 20,000)."""
MAX_TURNS = 1_000
"""Most turns in one transcript (a long real call has a few hundred)."""
MAX_PRIVATE_FACTS = 100
"""Most private facts in ``context.private_facts``."""
MAX_TRANSCRIPT_BYTES = 500_000
"""Largest transcript file or text."""


class Turn(BaseModel):
    """One message: who said it, what, and optionally when (seconds since start)."""

    model_config = ConfigDict(extra="forbid")
    role: Literal["agent", "client"]
    text: str = Field(max_length=MAX_TURN_CHARS)
    at: float | None = None

    @field_validator("text", mode="before")
    @classmethod
    def _as_text(cls, value):
        if value is None:
            return ""
        if isinstance(value, int | float):
            return str(value)
        return value


class Context(BaseModel):
    """What the scorer must know about the situation."""

    model_config = ConfigDict(extra="forbid")
    identification_required: bool = False
    client_upset: bool = False
    third_party: bool = False
    private_facts: list[str] = Field(default_factory=list, max_length=MAX_PRIVATE_FACTS)
    agent_name: str | None = None
    scenario_id: str | None = None
    private_status: bool = False  # third party: that an application exists / arrived / has a decision is private
    no_identifiers: bool = False  # open web chat: asking for any identifier (name, address, code) is a failure

    @field_validator("private_facts", mode="before")
    @classmethod
    def _facts_as_text(cls, value):
        if isinstance(value, list):
            return [str(v) for v in value]
        return value


class Transcript(BaseModel):
    """A conversation to be scored."""

    model_config = ConfigDict(extra="forbid")
    language: Literal["et", "ru", "en"] | None = None
    channel: Literal["phone", "chat"] = "phone"
    context: Context = Field(default_factory=Context)
    turns: list[Turn] = Field(default_factory=list, max_length=MAX_TURNS)

    def agent_turns(self) -> list[tuple[int, Turn]]:
        return [(i, t) for i, t in enumerate(self.turns) if t.role == "agent"]


class TranscriptError(ValueError):
    """A transcript that cannot be scored; carries Problems."""

    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


def _checked(doc) -> Transcript:
    transcript, problems = validate_doc(Transcript, doc)
    if problems:
        raise TranscriptError(problems)
    if not transcript.turns:
        raise TranscriptError([Problem(doc.file, doc.line_of(("turns",)), "turns", "the transcript has no turns",
                                       "add turns: - {role: agent, text: ...}")])
    if not any(t.role == "agent" for t in transcript.turns):
        raise TranscriptError([Problem(doc.file, doc.line_of(("turns",)), "turns",
                                       "the transcript has no agent turns, so there is nothing to score")])
    return transcript


def load_transcript(path: str | Path, within: str | Path | None = None) -> Transcript:
    """Load and validate a transcript file; raises TranscriptError naming file and line.

    Only a regular file of at most MAX_TRANSCRIPT_BYTES is read (no FIFO, device or folder); with
    `within`, a symlink must point inside that folder."""
    try:
        text = read_text_bounded(path, within, MAX_TRANSCRIPT_BYTES)
    except YamlError as exc:
        raise TranscriptError([exc.problem]) from None
    return parse_transcript(text.removeprefix("\ufeff"), str(path))


def parse_transcript(text: str, file: str = "<string>") -> Transcript:
    """Parse transcript YAML (or JSON) text of at most MAX_TRANSCRIPT_BYTES (UTF-8)."""
    size = len(text.encode("utf-8", "surrogatepass")) if len(text) * 4 > MAX_TRANSCRIPT_BYTES else len(text)
    if size > MAX_TRANSCRIPT_BYTES:
        raise TranscriptError([Problem(file, None, "", f"the transcript is larger than {MAX_TRANSCRIPT_BYTES:,} bytes",
                                       "split it into several transcripts")])
    try:
        doc: SourceDoc = parse_yaml(text, file)
    except YamlError as exc:
        raise TranscriptError([exc.problem]) from None
    return _checked(doc)
