"""A personal code the caller gives unasked ("ütlen kohe oma isikukoodi ...", «сразу скажу свой код ...») and the
agent accepts: identification in passing (blind round 25; see `IdentificationReadings.identification`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer import text as tx
from trainer.scoring.identifier_requests import find_identifier_requests
from trainer.scoring.namecheck import checks_name, denies

if TYPE_CHECKING:
    from trainer.scoring.analysis import TranscriptAnalysis

# the code word in a request (folded text): an agent asking for the code again has not taken the one given
_CODE_WORD = re.compile(r"(?<!\w)(?:isikukoo?d\w*|ik|личн\w*\s+(?:\w+\s+)?код\w*|код\w*)(?!\w)")

# the agent finding no one by it or calling it wrong (folded text): the code identified no one
_NOT_TAKEN = re.compile(
    r"(?<!\w)(?:ei\s+(?:\w+\s+)?(?:leia|leidnud|leidu|klapi|sobi)|ei\s+ole\s+(?:oige|korrektne|oiges)|vale\w*|"
    r"не\s+(?:\w+\s+)?(?:наш[её]л|нашла|нашли|найти|найду|найден\w*|подходит|совпадает|верн\w*|правильн\w*)|"
    r"неверн\w*|неправильн\w*|ошибк\w*)(?!\w)")


def volunteered_code(an: TranscriptAnalysis, asked: int | None) -> tuple[int, str] | None:
    """(client unit, code) where a caller on the phone, asking about their own data, gave a valid personal code
    before any request for it (`asked`), and the agent's next unit took it: it neither asks for the code again, nor
    says it found no one by it, nor reads back the name it found for the caller to deny. Such a caller is
    identified there, as if asked. A third person's code identifies no one entitled to the data, and a code typed
    in an open chat no one at all; those keep their own readings."""
    ctx = an.context
    if an.transcript.channel != "phone" or ctx.third_party or ctx.no_identifiers:
        return None
    for g, turn in enumerate(an.turns):
        if asked is not None and g > asked:
            return None
        if turn.role != "client":
            continue
        code = an._valid_code(turn.text) or an._code_ends(g)
        if not code:
            continue
        k = g + 1
        if k >= len(an.turns) or an.turns[k].role != "agent":
            return None
        reply = an.turns[k].text
        if _NOT_TAKEN.search(tx.fold(reply)) or any(_CODE_WORD.search(tx.fold(st.quote))
                                                    for st in find_identifier_requests(reply, an.language)):
            return None
        # the name the code found read back as a check and denied ("aitäh mari tamm õige" - "Ei, mina olen ...")
        own = frozenset(tx.fold(t.text) for t in tx.tokenize_cached(an.turns[an.agent_indexes[0]].text) if t.is_word)
        if k + 1 < len(an.turns) and an.turns[k + 1].role == "client" and denies(an.turns[k + 1].text) \
                and any(checks_name(s, an.language, own) for _, _, s in an.sentences(k)):
            return None
        return g, code
    return None
