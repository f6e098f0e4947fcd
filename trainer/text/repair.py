"""Self-repairs and condolences: words about the reply itself, and the one cue that never acknowledges content.

A typed reply that corrects its own slip („Sorry, typo – avaldan kaastunnet.“, „Vabandust, kirjaviga: ...“,
«Извините, опечатка – ...») says something about the reply (ISO 24617-2 own communication management), not a
topic: beside an empathy cue it is no keyword list. A condolence („avaldan kaastunnet“, «соболезную») answers a
loss the client told, however short and however late; it is never a bare "I see" to what was said last.
"""

from __future__ import annotations

import re

__all__ = ["blank_repairs", "is_condolence"]

_REPAIR = re.compile(
    r"(?<!\w)(?:(?:sorry|vabandust|vabandage|vabandan|извините|простите|прошу\s+прощения)[\s,.!:;–—-]+)?"
    r"(?:typo|kirjaviga|kirjavea\w*|trükiviga|trukiviga|näpuviga|napuviga|parandus|parandan|опечатк\w*|описк\w*|"
    r"поправк\w*|исправляю)(?!\w)", re.IGNORECASE)
_CONDOLENCE = re.compile(r"(?<!\w)(?:kaastun\w*|kaasa\s*tun\w*|kaasastundmis\w*|tunne(?:n|me)\s+(?:\w+\s+){0,3}?kaasa|"
                         r"соболезн\w*)(?!\w)", re.IGNORECASE)


def blank_repairs(text: str) -> str:
    """`text` with its self-repair formulas („sorry, typo“, „vabandust, kirjaviga“, «извините, опечатка») blanked
    out, character for character."""
    return _REPAIR.sub(lambda m: " " * len(m.group(0)), text)


def is_condolence(phrase: str) -> bool:
    """Does the empathy cue condole („avaldan kaastunnet“, „tunnen kaasa“, «соболезную»)?"""
    return bool(_CONDOLENCE.search(phrase))
