"""Cue words of the call model's steps (greeting, identification, empathy, summary, closing) in a unit, and the
sentences made of them that perform no act: cues of several stages stuffed together, a step named or reported as
done (:class:`CueReadings`, mixed into `analysis.TranscriptAnalysis`)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from trainer import text as tx
from trainer.scoring.memo import HashedTuple
from trainer.scoring.phrase_matches import positive_matches
from trainer.scoring.steplist import names_steps
from trainer.scoring.units import END_MARK, part_of

if TYPE_CHECKING:
    from trainer.scoring.analysis import TranscriptAnalysis


# Concepts whose phrases are cue words of an act, grouped by the stage they belong to; a sentence made
# mostly of cues of several stages ("mõistan vabandan kokkuvõtteks aitäh") performs no act.
CUE_GROUPS = {
    "greeting": "opening", "institution": "opening", "offer_help": "opening",
    "identification_request": "identification", "data_protection_reason": "identification",
    "empathy": "empathy", "summary": "summary", "understanding_check": "summary",
    "further_help": "closing", "thanks": "closing", "farewell": "closing",
}


CUE_CONCEPTS = tuple(CUE_GROUPS)


_NOT_COUNTED = ("hold_or_contact", "language_switch", "appreciation", "help_promise", *CUE_CONCEPTS)


# a step of the call model named as such ("этап уточнение", "Samm 5: kokkuvõte", «Шаг 6: благодарим») or the
# word "empathy" said to the client: a checklist read out, whose cue words perform no act
_STEP_LABEL = re.compile(
    r"\b(?:этап\w*|шаг|samm|etapp|step)\s*\d*\s*[:.)\-–]?\s*(?:приветств|уточнен|идентифик|ответ|эмпат|итог|резюм|"
    r"прощан|благодар|подвод|tervitu|tapsust|tuvasta|vastus|empaat|kokkuvot|lopetu|tana)|\b(?:эмпатия|empaatia)\b")


# a step of the call model reported as done («для протокола: потребность уточнена», «итог подведён», «проверка
# понимания выполнена», "vajadus täpsustatud", "kokkuvõte tehtud"): the checklist ticked off aloud, whose
# sentence performs no clarification and no summary (folded text)
_STEP_DONE = re.compile(
    r"\b(?:потребност\w*|вопрос\w*\s+клиент\w*|итог\w*|резюме|проверк\w*\s+понимани\w*|уточнени\w*|"
    r"приветстви\w*|эмпати\w*|vajadus\w*|kliendi\s+kusimus\w*|kokkuvote\w*|arusaamis\w*\s+kontroll\w*|"
    r"tapsustus\w*|tervitus\w*|empaatia)\s+(?:\w+\s+){0,2}?(?:(?:on|ja)\s+)?"
    r"(?:уточнен\w*|выполнен\w*|подвед[её]н\w*|проведен\w*|сделан\w*|пройден\w*|зафиксирован\w*|соблюден\w*|"
    r"tapsustatud|tehtud|teostatud|taidetud|kontrollitud|fikseeritud|labitud)\b")


def names_step_done(sentence: str) -> bool:
    """Does the sentence report a step of the call model as done («потребность клиента уточнена», "kokkuvõte
    tehtud")? Then it performs none (`_STEP_DONE`)."""
    return bool(_STEP_DONE.search(tx.fold(sentence)))


class CueReadings:
    """The cue readings of :class:`~trainer.scoring.analysis.TranscriptAnalysis` (a mixin: it reads the host's
    units, languages and shared phrase tuples)."""

    def cue_coverage(self, i: int, start: int, end: int) -> tuple[int, int, int, int]:
        """(words in the sentence, words covered by cue phrases, stages of the cues, cue matches) of a span."""
        key = (i, start, end)
        if key not in self._cue_cache:
            self._cue_cache[key] = _cue_coverage(self, i, start, end)
        return self._cue_cache[key]

    def is_stuffed(self, i: int, start: int, end: int) -> bool:
        """See `_is_stuffed`: the acts, informs and courtesy readings each ask it of the same sentences."""
        key = (i, start, end)
        found = self._stuffed.get(key)
        if found is None:
            found = self._stuffed[key] = self._is_stuffed(i, start, end)
        return found

    def _is_stuffed(self, i: int, start: int, end: int) -> bool:
        """A sentence made of cue words of several stages performs none of their acts: cues of three or
        more stages ("mõistan vabandan kokkuvõtteks aitäh") with fewer than three other words, or four
        or more cues of two stages with at most one other word ("kas see vastas teie küsimusele
        kokkuvõte aitäh kõike head"). A plain closing ("Aitäh, kas saan veel aidata? Head päeva!") is
        one stage."""
        words, covered, stages, cues = self.cue_coverage(i, start, end)
        rest = words - covered
        if (stages >= 3 and rest < 3) or (stages >= 2 and cues >= 4 and rest <= 1):
            return True
        if _STEP_LABEL.search(tx.fold(self.turns[i].text[start:end])):
            return True  # «этап эмпатия я понимаю ...», "Samm 3: kokkuvõte": the checklist read out, no act
        if names_steps(self.turns[i].text[start:end]) or names_steps(self.turns[i].original_text(start, end)):
            return True  # "..., arusaadavuse kontroll, tänu, head soovid.": the steps listed by name (steplist.py)
        # an unpunctuated message is judged whole: the speech breaks must not cut a chain into "acts"
        unit = self.turns[i]
        k = part_of(unit, start)
        a = unit.parts[k][0]
        b = unit.parts[k + 1][0] if k + 1 < len(unit.parts) else len(unit.text)
        if (a, b) == (start, end) or END_MARK.search(unit.parts[k][2].original):
            return False
        # judged as a sentence is: "Aitäh | Kõike head | Kokkuvõte | Kas see vastas Teie küsimusele" (separators
        # only, blind round 22 l6-et-chat-03) is the two-stage chain of four cues
        words, covered, stages, cues = self.cue_coverage(i, a, b)
        return (stages >= 3 and words - covered < 3) or (stages >= 2 and cues >= 4 and words - covered <= 1)

    def cues(self, i: int) -> list[tuple[int, int, str]]:
        """(start, end, concept) of every cue phrase (CUE_CONCEPTS and holds, any language) in unit i."""
        found = self._cues.get(i)
        if found is None:
            if self._cue_key is None:  # the same for every transcript of the rubric in this language
                key = ("cues", self.language)
                self._cue_key = self._phrase_tuples.get(key)
                if self._cue_key is None:
                    self._cue_key = self._phrase_tuples[key] = HashedTuple(
                        (name, tuple((lang, self._phrases_for((name,), None, lang)) for lang in self.languages([name])))
                        for name in _NOT_COUNTED)
            found = self._cues[i] = cue_spans(self.turns[i].text, self._cue_key)
        return found


@lru_cache(maxsize=20_000)
def cue_spans(text: str, cue_key: tuple) -> list[tuple[int, int, str]]:
    """Cue phrases of a unit text: for each concept the first language (transcript's first) with a match."""
    out = []
    for name, by_language in cue_key:
        for lang, phrases in by_language:
            found = positive_matches(phrases, lang, text) if phrases else []
            if found:
                out += [(m.start, m.end, name) for m in found]
                break
    return out


def _cue_coverage(an: TranscriptAnalysis, i: int, start: int, end: int) -> tuple[int, int, int, int]:
    an.cues(i)  # sets the analysis's cue key
    return _coverage(an.turns[i].text, start, end, an._cue_key)


@lru_cache(maxsize=20_000)  # a pure function of the unit's text, the span and the cue phrases (`cue_spans`)
def _coverage(text: str, start: int, end: int, cue_key: tuple) -> tuple[int, int, int, int]:
    words = [t for t in tx.tokenize_cached(text) if (t.is_word or t.text[:1].isdigit()) and start <= t.start < end]
    covered: set[int] = set()
    stages, cues = set(), 0
    for m_start, m_end, name in cue_spans(text, cue_key):
        if name in CUE_GROUPS and start <= m_start < end:
            stages.add(CUE_GROUPS[name])
            cues += 1
            covered |= {t.start for t in words if m_start <= t.start < m_end}
    return len(words), len(covered), len(stages), cues
