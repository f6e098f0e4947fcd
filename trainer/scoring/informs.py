"""Informs and the main answer: which agent sentence informs about the client's matter, a statement of some
length that is no greeting, request for the code, hold, empathy or closing formula, nor stuffed cues
(:class:`InformReadings`, mixed into `analysis.TranscriptAnalysis`), with its text-only part (`_inform_shape`) and
the patterns of statements that answer nothing."""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.asking import asks_question
from trainer.scoring.content_words import content_lemmas, topic_words, verbal
from trainer.scoring.cues import cue_spans
from trainer.scoring.identification_talk import CODE_WARNING, IDENTIFY_ACT
from trainer.scoring.memo import HashedTuple
from trainer.scoring.phrase_matches import positive_matches
from trainer.scoring.units import CLAUSE_MARK, part_of

# Requests that make a sentence no answer, however long; the words of other cue phrases (greeting, hold,
# empathy, thanks ...) are not counted towards an answer ("Aitäh, üks hetk. Teie pension ..." still is one).
REQUESTS = ("identification_request", "name_request", "verification_item")


_MIN_INFORM_WORDS = 6


class InformReadings:
    """The inform readings of :class:`~trainer.scoring.analysis.TranscriptAnalysis` (a mixin: it reads the host's
    units, sentences, cues and confirmed checks)."""

    def is_inform(self, i: int, start: int, end: int, sentence: str) -> bool:
        """Does the agent sentence inform about the client's matter (a statement of some length that is
        not a greeting, request for the code, hold, empathy or closing formula, nor stuffed cues)?"""
        key = (i, start, end)
        if key not in self._informs:
            self._informs[key] = self._is_inform(i, start, end, sentence)
        return self._informs[key]

    def _is_inform(self, i: int, start: int, end: int, sentence: str) -> bool:
        if self.confirmed_check(i, start, end, sentence):
            return False
        if self._cue_key is None:
            self.cues(i)
        shape = _inform_shape(self.turns[i].text, start, end, self.language, self._cue_key, self._request_key())
        if shape == 0 or (shape == 2 and not self._takes_up_client(i, sentence)):
            return False
        if self._reads_back_code(i, sentence):
            return False
        if self._reflects_feeling(i, start, end, sentence):
            return False
        if self.echoes_client(i, start, end):
            return False  # the client's own words pasted back («Правильно ли я понимаю, что «...»») inform nothing
        return not self.is_stuffed(i, start, end)

    def _reads_back_code(self, i: int, sentence: str) -> bool:
        """Does the sentence only read back digits the client is dictating ("null kaks ja edasi" after
        "... kuus üks kaks null kaks", «ноль один и дальше»): spoken digits, one by one, that continue a run
        of five or more digits of the client's last message, with fewer than three other words? That is
        the identification going on, not an answer."""
        j = i - 1
        if j < 0 or self.turns[j].role != "client":
            return False
        toks = [t for t in tx.tokenize_cached(sentence) if t.is_word or t.text[:1].isdigit()]
        digits = [t.text for t in toks if t.text.isdigit()]
        if len(digits) < 2 or any(len(d) > 1 for d in digits) or len(toks) - len(digits) >= 3:
            return False
        said = re.findall(r"\d{5,}", self.turns[j].text.replace(" ", ""))
        return any("".join(digits) in run for run in said)

    def _reflects_feeling(self, i: int, start: int, end: int, sentence: str) -> bool:
        """A sentence opened by an empathy cue ("Mõistan, et otsus valmistas pettumuse.", «Я Вас понимаю,
        остаться без пенсии очень тяжело») acknowledges a feeling; it is not the answer, however long.
        One that also names a number still informs; a comfort that is no empathy cue ("Ärge muretsege,
        taastame Teie ravikindlustuse.") informs too."""
        unit = self.turns[i]
        words = [t for t in tx.tokenize_cached(unit.text) if t.is_word and start <= t.start < end]
        if not words or self._new_numbers(i, sentence):
            return False
        if len(words) > 16 and not CLAUSE_MARK.search(unit.parts[part_of(unit, start)][2].original) \
                and not self._asks_code_next(i, end):
            return False  # a long unpunctuated "sentence" may run on into the answer (not when the code is
            # asked right after it: "ma saan aru et ... vaatame koos läbi ... kas ma võiksin küsida isikukoodi")
        words = words[:3]
        return any(name in ("empathy", "appreciation") and a <= words[-1].start and a >= start
                   for a, _, name in self.cues(i))

    def _new_numbers(self, i: int, sentence: str) -> bool:
        """Does the sentence name a number the client has not said before unit i? The client's own number
        given back («Понимаю, обидно после 40 лет работы» to "я 40 лет работал") tells nothing new."""
        said = {n.value for j in range(i) if self.turns[j].role == "client" for n in tx.find_numbers(self.turns[j].text)}
        return any(n.value not in said for n in tx.find_numbers(sentence))

    def _asks_code_next(self, i: int, end: int) -> bool:
        """Does the next sentence of unit i (after position ``end``) ask for the personal code or a name?"""
        nxt = next(((a, b) for a, b, _ in self.sentences(i) if a >= end), None)
        if nxt is None:
            return False
        text = self.turns[i].text
        return any(phrases and any(nxt[0] <= m.start < nxt[1] for m in positive_matches(phrases, self.language, text))
                   for phrases in self._request_key())

    def _request_key(self) -> tuple:
        """The phrases of the identification requests (`REQUESTS`), one tuple per concept."""
        key = ("requests", self.language)
        found = self._phrase_tuples.get(key)
        if found is None:  # the same for every transcript of the rubric in this language
            found = self._phrase_tuples[key] = HashedTuple(self._phrases_for((name,), None, self.language)
                                                           for name in REQUESTS)
        return found

    def _takes_up_client(self, i: int, sentence: str) -> bool:
        """Does the sentence share a noun-like content word (>= 5 letters, not a verb, not a greeting) with
        what the client said before it?"""
        mine = [lem for lem in content_lemmas(sentence, self.language) if not verbal(lem)]
        if not mine:
            return False
        said = self._client_words.get(i)
        if said is None:
            said = set()
            for j in range(i):
                if self.turns[j].role == "client":
                    said |= topic_words(self.turns[j].text, self.language)
            self._client_words[i] = said
        return any(lem & said for lem in mine)

    def main_answer(self) -> tuple[int, int] | None:
        """(unit, sentence start) of the first agent sentence that informs after the client first spoke,
        or None."""
        if self._answer is False:
            self._answer = None
            first_client = next((k for k, t in enumerate(self.turns) if t.role == "client"), len(self.turns))
            for i in self.agent_indexes:
                if i < first_client:
                    continue  # the opening, before the client said what they need, answers nothing
                hit = next(((i, a) for a, b, sentence in self.sentences(i) if self.is_inform(i, a, b, sentence)),
                           None)
                if hit is not None:
                    self._answer = hit
                    break
        return self._answer


@lru_cache(maxsize=50_000)
def _inform_shape(text: str, start: int, end: int, language: str, cue_key: tuple, request_key: tuple) -> int:
    """Text-only part of `TranscriptAnalysis.is_inform` (cached): 0 no inform, 1 an inform by its own
    words, 2 a short statement that informs only if it takes up the client's matter."""
    from trainer.scoring.finite_verbs import has_finite_verb

    sentence = text[start:end]
    if asks_question(text, sentence, language):
        return 0
    words = [t for t in tx.tokenize_cached(sentence) if t.is_word or t.text[:1].isdigit()]
    if len(words) < 3:
        return 0
    for phrases in request_key:
        if phrases and any(start <= m.start < end for m in positive_matches(phrases, language, text)):
            return 0
    if CODE_WARNING.search(sentence.lower()) or IDENTIFY_ACT.search(sentence.lower()):
        return 0  # "Palun ärge kirjutage isikukoodi vestlusesse", «мне нужно Вас идентифицировать»: no answer
    covered: set[int] = set()
    concepts: set[str] = set()
    for m_start, m_end, name in cue_spans(text, cue_key):
        if start <= m_start < end:
            concepts.add(name)
            covered |= {t.start for t in words if m_start - start <= t.start < m_end - start}
    if {"greeting", "institution"} <= concepts:
        return 0  # the opening said again (in the client's language after a switch) answers nothing
    if _TOPIC_OPENER.match(sentence.strip()) and not tx.find_numbers(sentence):
        return 0  # «Давайте начнём со справки.», "Vaatame Teie avalduse läbi.": discourse structuring, no answer
    # the agent's own name ("minu nimi on Kadri", «меня зовут Марина») introduces the speaker, and the identity
    # confirmed ("kõik klapib", «данные совпадают») closes the identification: no answer
    for m in list(_SELF_NAME.finditer(sentence)) + list(IDENTITY_OK.finditer(sentence)):
        covered |= {t.start for t in words if m.start() <= t.start < m.end()}
    rest = len(words) - len(covered)
    if rest >= 3 and "hold_or_contact" in concepts and rest < _MIN_INFORM_WORDS + 2 and not has_finite_verb(
            " ".join(t.text for t in words if t.start not in covered), language):
        # a hold whose only predicate is the hold ("Ma vaatan Teie otsuse üle.", «Одну минуточку, я проверю
        # Ваше заявление»): it names the record it opens, it says nothing about it (time management)
        return 0
    # a sentence opened by a cue ("Я понимаю, как это для Вас важно") needs more of its own words;
    # a short one informs when it names a number or takes up the client's matter ("Ärge muretsege,
    # taastame Teie ravikindlustuse." after "mu ravikindlustus lõppes")
    needed = _MIN_INFORM_WORDS + (2 if covered else 0)
    if rest >= needed or (rest >= 3 and (tx.find_numbers(sentence) or _TERM_IN_WORDS.search(tx.fold(sentence.lower())))):
        return 1
    return 2 if rest >= 3 else 0


# a term said with its number in words ("kahe tööpäeva jooksul", «в течение двух рабочих дней», «через три недели»):
# a number as much as "2 tööpäeva" is; not "üks hetk", «один момент» (one, a hold), nor "kaks küsimust"
_TERM_IN_WORDS = re.compile(
    r"(?<!\w)(?:kaks|kahe|kolm|kolme|neli|nelja|viis|viie|kuus|kuue|seitse|seitsme|kaheksa|kumme|kumne|"
    r"два|две|двух|трех|три|четыре|четырех|пять|пяти|шесть|шести|семь|семи|десять|десяти)\s+"
    r"(?:(?:рабоч\w*|календарн\w*)\s+)?"
    r"(?:too)?(?:paev\w*|nadal\w*|kuu\w*|aasta\w*|tund\w*|дн(?:я|ей)|день|недел\w*|месяц\w*|год\w*|лет|час\w*)(?!\w)")


# announcing the topic or the look-up, with a few words at most (discourse structuring): «Давайте начнём со справки»,
# «Конечно, давайте разберёмся с Вашей пенсией», "Alustame avaldusest", "Vaatame koos läbi"
_TOPIC_OPENER = re.compile(
    r"(?i)^(?:(?:конечно|хорошо|да|так|итак|selge|hea|jah|nii)[,.!]?\s+)?"
    r"(?:давайте\s+(?:начн[её]м|разбер[её]мся|посмотрим|проверим|выясним|уточним)|"
    r"(?:alustame|vaatame(?:\s+koos)?|uurime|teeme\s+selgeks|selgitame\s+välja))(?:\s+[^\s,:;]+){0,4}[.!]?$")


# the identification confirmed: "kõik klapib", "andmed klapivad", "andmed ühtivad", «данные совпадают», «всё сходится»
IDENTITY_OK = re.compile(r"(?i)\b(?:kõik|koik|andmed)\s+(?:klapi\w*|ühti\w*|uhti\w*|on\s+õiged|on\s+oiged)\b"
                          r"|\b(?:вс[её]|данные)\s+(?:совпада\w*|сходится|сошлось|верно|правильно)\b")


# the speaker's own name after an introduction frame: "minu nimi on Kadri", «меня зовут Марина»
_SELF_NAME = re.compile(r"(?i)\b(?:меня\s+зовут|мо[её]\s+имя|minu\s+nimi\s+on|mu\s+nimi\s+on)\s+\w+")
