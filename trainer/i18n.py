"""UI message catalogues: ``trainer/locales/{et,ru,en}.yaml``, looked up with :func:`t`.

Catalogues are nested YAML mappings; keys are their dotted paths (``login.title``). Estonian is the
default and the fallback: a key missing in the requested language is taken from Estonian, and a key
missing everywhere is returned as is (so a typo shows up on screen instead of crashing a page).
Scenario content (client lines, goals, feedback) is not translated here: it stays in its language.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from trainer.config import LANGUAGES as LANGUAGES  # declared there; the pages import it from here

DEFAULT_LANGUAGE = "et"
LANGUAGE_NAMES = {"et": "Eesti", "ru": "Русский", "en": "English"}
LOCALES_DIR = Path(__file__).resolve().parent / "locales"


def _flatten(data: dict, prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in data.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(_flatten(value, path + "."))
        else:
            out[path] = "" if value is None else str(value)
    return out


@cache
def catalogue(lang: str) -> dict[str, str]:
    """All messages of one language as {dotted key: text}."""
    path = LOCALES_DIR / f"{lang}.yaml"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        return _flatten(yaml.safe_load(fh) or {})


def normalize_language(lang: str | None) -> str:
    """A supported language code (``et`` for anything unknown)."""
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def t(key: str, lang: str | None = None, **kw: object) -> str:
    """The message ``key`` in ``lang`` (Estonian fallback), with ``{placeholders}`` filled from ``kw``."""
    lang = normalize_language(lang)
    text = catalogue(lang).get(key)
    if text is None:
        text = catalogue(DEFAULT_LANGUAGE).get(key, key)
    if kw:
        try:
            return text.format(**kw)
        except (KeyError, IndexError, ValueError):
            return text
    return text


class Messages:
    """The messages of one catalogue section in one language: ``m["title"]`` or ``m("due", d=...)``."""

    def __init__(self, section: str, lang: str | None):
        self.section = section
        self.lang = normalize_language(lang)

    def __getitem__(self, key: str):
        """A message, or for a group of messages (``cols``) a dict of its keys' messages."""
        full = f"{self.section}.{key}"
        default = catalogue(DEFAULT_LANGUAGE)
        if full not in default and any(k.startswith(full + ".") for k in default):
            return {k[len(full) + 1:]: t(k, self.lang) for k in default if k.startswith(full + ".")}
        return t(full, self.lang)

    def __call__(self, key: str, **kw: object) -> str:
        return t(f"{self.section}.{key}", self.lang, **kw)

    def get(self, key: str, default: str | None = None) -> str | None:
        full = f"{self.section}.{key}"
        return t(full, self.lang) if full in catalogue(DEFAULT_LANGUAGE) else default
