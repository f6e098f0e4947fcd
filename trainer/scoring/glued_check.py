"""A check of understanding glued to cue words (criterion "summary", blind rounds 19 and 20).

A check ("Kas see vastas Teie küsimusele?", «Ответила ли я на Ваш вопрос?») is an act when it asks the client
about something said. It is a recited checklist item when

- it is ticked off: a tick mark ("✔", "✓") right before or right after it ("kokkuvõte ✔ kas see vastas Teie
  küsimusele ✔"), or it is headed by the name of a step ("Täpsustav küsimus: kas see vastas ...?");
- it comes straight after a summary cue that announces a recap and gives none ("... kokkuvõtteks kas see
  vastas teie küsimusele", «Итак, подведём итог: правильно ли я поняла ...?»): the cue announced a summary
  and the check stands where the summary should be.

A recap after the cue ("Kokkuvõtteks: toetus tuleb 8. kuupäeval. Kas see vastas ...?") is not touched.
"""

from __future__ import annotations

import re

from trainer import text as tx

_TICK = re.compile(r"[✔✓✅☑]")
_TICK_AFTER = re.compile(r"^[^\w]{0,4}[✔✓✅☑]")
_TICK_BEFORE = re.compile(r"[✔✓✅☑][^\w]{0,4}$")
# the name of a step of the call model heading the check: "Täpsustav küsimus:", «Уточняющий вопрос:» (folded)
_STEP_LABEL = re.compile(r"(?:tapsustav\w*\s+kusimus\w*|kontrollkusimus\w*|mõistmise\s+kontroll\w*|moistmise\s+kontroll\w*"
                         r"|уточняющ\w*\s+вопрос\w*|проверк\w*\s+понимани\w*|контрольн\w*\s+вопрос\w*)\s*$")


# a bare frame of the agent's own understanding with nothing to check: «правильно ли я поняла», "kas ma sain õigesti
# aru" between the cue and the check (folded)
_BARE_FRAME = frozenset(tx.fold(w) for w in """правильно верно ли я поняла понял понимаю kas ma sain saan õigesti täpselt
    aru""".split())


def _empty(gap: str) -> bool:
    """Does the text between a cue and a check say nothing: punctuation, or a bare frame of understanding?"""
    return all(tx.fold(t.norm) in _BARE_FRAME for t in tx.tokenize_cached(gap) if t.is_word)


def glued_checks(an, i: int, a: int, checks, cue: str) -> bool:
    """Are all the checks of one sentence glued (`glued_check`), a check said straight after a glued one
    («подведём итог: правильно ли я поняла, ответила ли я на Ваш вопрос?») glued with it?"""
    glued_end = -1
    for m in sorted(checks, key=lambda m: m.start):
        if glued_end >= 0 and _empty(an.turns[i].text[glued_end:m.start]):
            glued_end = m.end
        elif glued_check(an, i, a, m.start, m.end, cue):
            glued_end = m.end
        else:
            return False
    return bool(checks)


def glued_check(an, i: int, a: int, check_start: int, check_end: int, cue: str) -> bool:
    """Is the check of understanding at [check_start, check_end) of agent unit i (its sentence starting at
    ``a``) ticked off, headed by a step name, or said straight after an empty summary cue (see the module
    docstring)?"""
    unit = an.turns[i]
    stop = min(len(unit.text), check_end + 6)
    after = unit.original_text(check_end, stop) if hasattr(unit, "original_text") else unit.text[check_end:stop]
    before = unit.original_text(max(0, check_start - 30), check_start) if hasattr(unit, "original_text") \
        else unit.text[max(0, check_start - 30):check_start]
    if _TICK_AFTER.search(after) or _TICK_BEFORE.search(before):
        return True
    head = tx.fold(unit.text[a:check_start].lower()).rstrip(" :,.-—–")
    if _STEP_LABEL.search(head):
        return True
    if not cue:
        return False
    from trainer.scoring import recap

    for m in an.matches(i, [cue]):
        if m.end <= check_start and _empty(unit.text[m.end:check_start]) \
                and recap.explicit_cue(m.quote, an.language):
            return True  # "kokkuvõtteks kas see vastas teie küsimusele": the cue announced a recap, none came
    return False
