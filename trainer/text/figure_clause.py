"""A figure opening a new statement after an Estonian denial in speech without punctuation: "tõus ei ole kõigil sama
5,3 protsenti on keskmise pensioni tõus" is two statements, the second not denied (read by negation.py and
negation_constructions.py)."""

from __future__ import annotations

from collections.abc import Sequence

from .normalize import Token
from .verb_forms import is_finite

__all__ = ["figure_opens_clause"]


def figure_opens_clause(tokens: Sequence[Token], neg: int, idx: int, end: int) -> bool:
    """Does a figure at tokens[idx] (or right before it) open a new statement after the denial at tokens[neg]: the
    denial has its verb and a word more ("ei ole kõigil sama"), and a finite verb follows the match ("... 5,3
    protsenti on keskmise pensioni tõus", "ei pea maksuvaba tulu 776 eurot arvestatakse ise")? Speech without
    punctuation runs the two on; "ei saa Teile 776 eurot maksta" (an infinitive) stays denied."""
    words = [k for k in range(neg + 1, idx) if tokens[k].is_word]
    figure = tokens[idx].text[:1].isdigit() or (idx > 0 and tokens[idx - 1].text[:1].isdigit())
    if not figure or len(words) < 3:
        return False
    after = tokens[end + 1:end + 3]  # the verb right after the match, or after the figure's unit ("776 eurot on")
    for k, t in enumerate(after):
        if not t.is_word or t.norm in ("ei", "pole"):
            return False
        if is_finite(t.text, "et"):
            return k == 0 or tokens[idx].text[:1].isdigit()
    return False
