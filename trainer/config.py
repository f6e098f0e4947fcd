"""Organisation configuration: the institution's names, identification policy, paths.

Read from ``trainer.yaml`` in the project folder (or the file named by ``TRAINER_CONFIG``), so another
agency can use trainer by changing its names here instead of in the rubric. Values of the form
``{"$env": NAME}`` are read from the environment (secrets never live in the file).
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, model_validator

from trainer.outcome import DEFAULT_PASS_MARK
from trainer.yamlsource import Problem, YamlError, load_yaml, validate_doc

#: the languages of the product (interface, scenarios, users), declared once: i18n and the store use it
Language = Literal["et", "ru", "en"]
LANGUAGES: tuple[str, ...] = get_args(Language)


class Institution(BaseModel):
    model_config = ConfigDict(extra="forbid")
    names: dict[Language, list[str]] = Field(default_factory=lambda: {
        "et": ["Sotsiaalkindlustusamet", "SKA", "sotsiaalkindlustusameti infotelefon"],
        "ru": ["Департамент социального страхования", "Департамент соцстрахования", "SKA"],
        "en": ["Social Insurance Board", "SKA"],
    })


class IdentificationPolicy(BaseModel):
    """``code``: asking for and receiving the personal code identifies the client.
    ``code_and_item``: the agent must also ask one more verifying item (birthplace, document number ...)."""

    model_config = ConfigDict(extra="forbid")
    policy: Literal["code", "code_and_item"] = "code"


class ReadinessConfig(BaseModel):
    """The ``readiness:`` section (docs/readiness.md): when is a trainee ready to take real calls. Every key
    is optional; a misspelt key is an error with a "did you mean", like in scenario files."""

    model_config = ConfigDict(extra="forbid")
    topics: Literal["all"] | list[str] | str | None = "all"
    pass_score: float = Field(default=DEFAULT_PASS_MARK, ge=0, le=100)
    passes_required: int = Field(default=2, ge=1)
    window: int = Field(default=3, ge=1, le=1000)
    mode: Literal["test", "practice", "any"] | None = "test"
    critical_window: int = Field(default=5, ge=0, le=1000)
    min_attempts: int = Field(default=2, ge=0)
    channels: dict[Literal["phone", "chat"], int] | list[Literal["phone", "chat"]] | None = None
    languages: dict[Language, int] | list[Language] | None = None
    target_weeks: int = Field(default=8, ge=1, le=520)
    behind_margin: float = Field(default=0.15, ge=0, le=1)

    @model_validator(mode="after")
    def _passes_fit_window(self) -> ReadinessConfig:
        if self.passes_required > self.window:
            raise ValueError(f"passes_required ({self.passes_required}) is larger than window ({self.window}): "
                             "nobody could ever be ready")
        return self


class SessionsConfig(BaseModel):
    """The ``sessions:`` section: staying signed in (docs/deploy.md). ``secret`` signs the session cookie
    (HMAC-SHA256); give it as ``{"$env": NAME}`` and the same value to every replica. Without it a
    random secret is generated once into ``session-secret`` next to the store (owner-only)."""

    model_config = ConfigDict(extra="forbid")
    secret: str | None = Field(default=None, min_length=32)
    lifetime_hours: float = Field(default=168, gt=0, le=24 * 366)


class ConfigError(ValueError):
    """A trainer.yaml that cannot be read or does not match the schema; carries Problems with lines."""

    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


class Settings(BaseModel):
    """The whole ``trainer.yaml``."""

    model_config = ConfigDict(extra="forbid")
    institution: Institution = Field(default_factory=Institution)
    identification: IdentificationPolicy = Field(default_factory=IdentificationPolicy)
    scenarios_dir: str = "scenarios"
    rubrics_dir: str = "rubrics"
    knowledge_dir: str = "knowledge"
    default_rubric: str = "call-model"
    readiness: ReadinessConfig = Field(default_factory=ReadinessConfig)
    sessions: SessionsConfig = Field(default_factory=SessionsConfig)


def resolve_env(value: Any) -> Any:
    """Replace ``{"$env": NAME}`` values (datasette style) by the environment variable's value."""
    if isinstance(value, dict):
        if set(value) == {"$env"}:
            return os.environ.get(value["$env"])
        return {k: resolve_env(v) for k, v in value.items()}
    if isinstance(value, list):
        return [resolve_env(v) for v in value]
    return value


def project_root() -> Path:
    """The folder holding scenarios/, rubrics/ and knowledge/: TRAINER_HOME, else the cwd if it has
    them, else the source checkout this package was installed from."""
    env = os.environ.get("TRAINER_HOME")
    if env:
        return Path(env)
    cwd = Path.cwd()
    if (cwd / "scenarios").is_dir() and (cwd / "rubrics").is_dir():
        return cwd
    return Path(__file__).resolve().parent.parent


def file_stamp(path: str | Path) -> tuple[int, int] | None:
    """(mtime in ns, size) of a file, or None when it does not exist: a cache key that changes on edit."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


def config_path(root: str | Path | None = None) -> Path:
    """The configuration file: ``TRAINER_CONFIG``, else ``trainer.yaml`` in `root` (default: the project root)."""
    env = os.environ.get("TRAINER_CONFIG")
    if env:
        return Path(env)
    return Path(root if root is not None else project_root()) / "trainer.yaml"


def _load_settings(path: str | None) -> Settings:
    """Settings of a config file, cached until the file changes (mtime or size), so a running app picks up
    an edited trainer.yaml (code review finding 2)."""
    return _load_settings_at(path, file_stamp(path) if path is not None else None)


@lru_cache(maxsize=8)
def _load_settings_at(path: str | None, stamp: tuple[int, int] | None) -> Settings:
    if path is None or stamp is None:
        return Settings()
    try:
        doc = load_yaml(path)
    except YamlError as exc:
        raise ConfigError([exc.problem]) from None
    if doc.data is None:  # an empty file (or only comments): the defaults
        return Settings()
    doc.data = resolve_env(doc.data)
    settings, problems = validate_doc(Settings, doc)
    if problems:
        raise ConfigError(problems)
    return settings


def settings(root: str | Path | None = None) -> Settings:
    """The active settings (``TRAINER_CONFIG`` or ``<root>/trainer.yaml``, root defaulting to the project
    root; defaults when there is no file). Re-read when the file changes."""
    return _load_settings(str(config_path(root)))
