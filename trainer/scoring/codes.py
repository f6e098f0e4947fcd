"""Personal codes a caller reads out in ways the plain digit run misses (see `TranscriptAnalysis._code_ends`).

- the last digit joined by "and": "... nelikümmend neli ja null", «... двадцать восемь и восемь» (the input
  normalisation reads a lone digit word after "ja"/«и» as a word, not a number);
- digits repeated while reading ("... neli null, neli null, mitte neli üks"): the run is longer than a code, and
  the code is the one the agent reads back from inside it.
Every code returned passes the checksum.
"""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.text.spoken import number_words

# digits, then "ja"/«и» and one more digit (a digit or a number word) closing the read-out
_LAST_JOINED = re.compile(r"(\d[\d\s,-]*?)\s*,?\s+(?:ja|и)\s+(\d|[^\W\d_]+)(?!\w)", re.IGNORECASE)


def code_joined_by_and(text: str) -> str:
    """The valid code whose last digit (or digits) follow "ja"/«и» after the rest ("" if none)."""
    for m in _LAST_JOINED.finditer(text):
        last = m.group(2) if m.group(2).isdigit() else number_words([tx.fold(m.group(2))])
        if not last:
            continue
        code = re.sub(r"\D", "", m.group(1)) + last
        if len(code) == 11 and tx.isikukood_is_valid(code):
            return code
    return ""


def code_read_back(client_text: str, agent_text: str) -> str:
    """The valid code the agent's reply reads back that is a run of the digits the caller said ("" if none): a
    caller who repeats or corrects digits while reading gives a run longer than a code, and the agent confirms
    which code it was. A code the caller never said (looked up by name) is no read-back."""
    said = re.sub(r"\D", "", client_text)
    if len(said) < 11:
        return ""
    for m in tx.find_personal_codes(agent_text):
        code = re.sub(r"\D", "", m.quote)
        if code in said and tx.isikukood_is_valid(code):
            return code
    return ""
