"""The client left unsure, and the agent gave her no turn to be helped (criterion "closing", issue 10).

A client who ends on a shrug ("ma ei tea... proovin kuidagi", «Ну... когда-нибудь, наверное, придут. До
свидания.») may still have been helped: "Küllap ma kuidagi saan hakkama. Aitäh." after real answers is an honest
ending. The call failed the client when the agent, not the client, left the matter there:

- **a question skipped before the client left**: her question ("Так если пятое – воскресенье, то когда же?") met a
  reply without the value asked for (`substance.value_missing`), and her next line shrugs and says goodbye.
  An answer given after the client's goodbye reaches no one: the call ended with her question unanswered;
- **a check said in the same breath as the goodbye**: "Kas see vastas Teie küsimusele? Aitäh ja kõike head!" asks
  nothing the client may answer (the agent has ended the call), and the client's shrug to it is left as it is.

Either fails the attempt whatever the points (`score.py` marks reason ``left_unsure`` a gate failure): a mentor fails
a call the client leaves unsure because the agent cut her off or passed her question by.
"""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring.asking import unit_asks
from trainer.scoring.content_words import content_lemmas
from trainer.scoring.leftopen import topic_stems
from trainer.scoring.substance import value_missing

REASON = "left_unsure"

# a shrug at the end of the client's line (folded): "ma ei tea ... proovin kuidagi", "kunagi vist tuleb",
# «когда-нибудь, наверное, придут», «не знаю ... как-нибудь», «ну ладно, как-нибудь»
_SHRUG = re.compile(
    r"\b(?:kunagi|kuidagi)\b(?=.*\b(?:vist|kullap|ehk|proovin|proovime|tuleb|tulevad)\b)|"
    r"\b(?:vist|kullap|ehk|proovin|proovime|ma\s+ei\s+tea)\b(?=.*\b(?:kunagi|kuidagi)\b)|"
    r"\b(?:когда|как)\s*-?\s*нибудь\b(?=.*\b(?:наверн\w*|может|придут|будет|попробую|разберусь|справлюсь)\b)|"
    r"\b(?:наверн\w*|не\s+знаю|попробую|ладно)\b(?=.*\b(?:когда|как)\s*-?\s*нибудь\b)")
_SHRUG_WORDS = 12


def shrugs(text: str) -> bool:
    """Does the client's line end on a shrug, asking nothing: its last sentence or two, with no question mark,
    leave the matter to "somehow" or "some day" ("ma ei tea... proovin kuidagi", «когда-нибудь, наверное,
    придут. До свидания.»)?"""
    if "?" in text:
        return False
    folded = tx.fold(text.lower())
    tail = " ".join(re.split(r"(?<=[.!])\s+(?=\w)", folded)[-2:])
    return bool(_SHRUG.search(tail)) and len(tail.split()) <= _SHRUG_WORDS


def left_unsure(an) -> int | None:
    """The client unit that left the call unsure, its matter passed by (see the module doc), or None."""
    if an.language not in ("et", "ru") or len(an.agent_indexes) < 1:
        return None
    last = an.agent_indexes[-1]
    after = last + 1 if last + 1 < len(an.turns) and an.turns[last + 1].role == "client" else None
    if after is not None and shrugs(an.turns[after].text) and _checks_and_parts(an, last):
        return after
    before = last - 1
    if before < 3 or an.turns[before].role != "client" or an.turns[before - 1].role != "agent" \
            or an.turns[before - 2].role != "client":
        return None
    if not shrugs(an.turns[before].text) or not an.matches(before, ["farewell"], any_language=True):
        return None
    asked = before - 2
    if not unit_asks(an, asked):
        return None
    reply = an.turns[before - 1].text
    questions = [s for _, _, s in an.sentences(asked) if "?" in s]
    return before if questions and _passed_by(questions[-1], reply, an.language) else None


def _passed_by(question: str, reply: str, language: str) -> bool:
    """Does the reply leave the question's value out (`substance.value_missing`), a number on another topic ("5,3
    это средняя пенсия" to «когда же?»: no topic word of the question taken up) counting for none?"""
    if value_missing(question, reply, language):
        return True
    asked = topic_stems(content_lemmas(question, language))
    said = topic_stems(content_lemmas(reply, language))
    return bool(asked) and not asked & said and value_missing(question, re.sub(r"\d", " ", reply), language)


def _checks_and_parts(an, i: int) -> bool:
    """Does agent unit i ask "did that answer?" and say goodbye in the same breath, the goodbye after the check?"""
    checks = an.matches(i, ["understanding_check"], any_language=True)
    byes = an.matches(i, ["farewell", "thanks"], any_language=True)
    return bool(checks) and any(b.start > max(c.start for c in checks) for b in byes)
