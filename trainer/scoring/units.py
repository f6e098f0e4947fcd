"""Units of a transcript: consecutive messages of one speaker normalised and merged into one text, with a map
back to the original messages and words (:class:`Unit`), and the punctuation marks the writer put in."""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from dataclasses import dataclass

from trainer import text as tx
from trainer.scoring.labels import unlabelled

_PUNCTUATION = re.compile(r"[.!?…,;:]")


@dataclass
class Unit:
    """Consecutive messages of one speaker, normalised and joined by newlines, with a map back."""

    role: str
    text: str
    parts: tuple[tuple[int, int, tx.Normalized], ...]  # (offset in unit text, original turn index, normalised)

    def unpunctuated(self) -> bool:
        """No message of the unit has any punctuation (speech recognition, fast typing)."""
        found = self.__dict__.get("_unpunctuated")
        if found is None:
            found = self.__dict__["_unpunctuated"] = not any(_PUNCTUATION.search(part[2].original)
                                                             for part in self.parts)
        return found

    def locate(self, start: int, end: int) -> tuple[int, str, int]:
        """(original turn index, original quote, original start) of the unit span [start, end)."""
        k = max(0, bisect_right([p[0] for p in self.parts], start) - 1)
        offset, turn, norm = self.parts[k]
        local_end = min(end - offset, len(norm.text))
        a, b = norm.span(start - offset, max(local_end, start - offset + 1))
        return turn, norm.original[a:b].strip(), a

    def original_text(self, start: int, end: int) -> str:
        """The original words behind the unit span [start, end), across its messages (joined by newlines), with
        the marks normalising dropped ("✔", bullets) kept: a span reaching a message's end keeps all of it."""
        out = []
        for k, (offset, _, norm) in enumerate(self.parts):
            stop = self.parts[k + 1][0] if k + 1 < len(self.parts) else len(self.text)
            lo, hi = max(start, offset) - offset, min(end, stop) - offset
            if lo >= hi or lo >= len(norm.text):
                continue
            a, b = norm.span(lo, min(hi, len(norm.text)))
            out.append(norm.original[a:len(norm.original) if hi >= min(stop - offset, len(norm.text)) else b])
        return "\n".join(out)


_ENDS_SENTENCE = re.compile(r"[.!?…]\W*$")


END_MARK = re.compile(r"[.!?…]")


CLAUSE_MARK = re.compile(r"[.!?…,;:]")


def _unlabelled(norm: tx.Normalized) -> tx.Normalized:
    """The normalised agent message with its labels blanked (offsets kept, so the map back still holds)."""
    text = unlabelled(norm.text)
    return norm if text == norm.text else dataclasses.replace(norm, text=text)


def units(turns, language: str | None = None, blank_labels: bool = True) -> list[Unit]:
    """Units of the turns; in a Russian conversation translit sentences read in Cyrillic (translit.py). The
    labels in agent messages (`label_spans`) are blanked: they perform no act."""
    units: list[Unit] = []
    for index, turn in enumerate(turns):
        norm = tx.normalize_input(turn.text, language)
        if blank_labels and turn.role == "agent":
            norm = _unlabelled(norm)
        if units and units[-1].role == turn.role:
            last = units[-1]
            # a message ends a sentence: "." where it had no end mark, so negation and phrases stay inside it
            joiner = "\n" if _ENDS_SENTENCE.search(last.text) or not last.text.strip() else ".\n"
            offset = len(last.text) + len(joiner)
            units[-1] = Unit(last.role, last.text + joiner + norm.text, (*last.parts, (offset, index, norm)))
        else:
            units.append(Unit(turn.role, norm.text, ((0, index, norm),)))
    return units


def part_of(unit: Unit, pos: int) -> int:
    """Which original message of the unit holds position pos."""
    return max(0, bisect_right([p[0] for p in unit.parts], pos) - 1)
