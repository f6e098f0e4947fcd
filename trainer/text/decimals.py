"""Decimals said with a word ("kaheksasada kaksteist koma neli", "745 koma 30", «745 запятая 30»): the whole and the
fraction joined into one number."""

from __future__ import annotations

import re

from .normalize import Token

__all__ = ["join_decimals", "typed_decimals"]

_DECIMAL_WORDS = frozenset("koma запятая".split())


def join_decimals(tokens: tuple[Token, ...], words: list[int], norms: dict[int, str],
                  replace: dict[int, tuple[int, str]]) -> None:
    """Join in ``replace`` (first token -> (last token, digits)) a number, a decimal word and a number, said in words
    and already read as digits, into one ("kaheksasada kaksteist koma neli" -> "812,4")."""
    for k in range(1, len(words) - 1):
        i = words[k]
        if norms[i] not in _DECIMAL_WORDS:
            continue
        before = next((a for a, (b, _) in replace.items() if b == words[k - 1]), None)
        if before is not None and words[k + 1] in replace:
            last, frac = replace.pop(words[k + 1])
            replace[before] = (last, f"{replace[before][1]},{frac}")


#: digits, a decimal word and digits, a space on either side ("745 koma 30", «745 запятая 30»)
_TYPED_DECIMAL = re.compile(r"(?<![\d.,])(\d+) (?:koma|запятая) (\d+)(?![\d]|[.,]\d)", re.IGNORECASE)


def typed_decimals(text: str) -> str:
    """``text`` with a decimal said over typed digits written as one number: "745 koma 30" -> "745,30" (new-user batch
    56 invalid-code-et terse: the spoken amount was not heard). The scripted client's reading
    (`trainer.simulation.spelling.as_heard`); the scorer's `normalize_input` joins only numbers said in words."""
    return _TYPED_DECIMAL.sub(r"\1,\2", text) if "koma" in text.lower() or "запятая" in text.lower() else text
