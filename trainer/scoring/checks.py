"""Evaluates declarative rubric checks on a transcript, returning evidence for every verdict.

A :class:`TranscriptAnalysis` is built once per transcript. It normalises every message first
(`trainer.text.spoken`: fillers, repeated words, emoji, numbers in words, sentence breaks in speech) and
merges consecutive messages of one speaker into one *unit*, so a greeting typed as two messages is one
opening. Checks read the units; evidence is mapped back to the original message and quotes its words.

Acts are judged in context (see docs/text-analysis.md, "Acts in context"): the *main answer* is the
first agent sentence that informs; a clarifying question counts before it, a summary after it, empathy
only after the client voiced a problem, a closing only as the last agent unit with no client question
left open, and a sentence stuffed with cue words performs no act.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from trainer import text as tx
from trainer.scoring import recap
from trainer.scoring.authorities import wrong_clauses
from trainer.scoring.clarify import (
    answer_after_prefaces,
    clarifies,
    echoes_client,
    needs_answer,
    recited_in_opener,
)
from trainer.scoring.codes import code_joined_by_and, code_read_back
from trainer.scoring.empathy import (
    concedes,
    dismissed_later,
    indirect_alternative,
    recites_empathy,
    stock_formula,
)
from trainer.scoring.kbvalues import find_wrong_values
from trainer.scoring.labels import unlabelled
from trainer.scoring.leftopen import (
    answers_anew,
    asks_elliptically,
    rejects_check,
    repeats_goodbye,
    says_unanswered,
    untaken_question,
)
from trainer.scoring.macros import pasted_run, pasted_sentences, sentence_key
from trainer.scoring.opening import keyword_line_start
from trainer.scoring.promises import names_feeling
from trainer.scoring.rubric import Check
from trainer.scoring.statements import (
    Statement,
    find_identifier_requests,
    find_promises,
    find_status_statements,
    find_values,
    parse_quantity,
    reports_a_change,
    tells_former_rule,
)
from trainer.scoring.substance import open_at_goodbye, unanswered
from trainer.scoring.transcript import Transcript
from trainer.text.regexsafe import compile_safe

# Frames that introduce the speaker's own name (folded words): before the name ("mina olen", "меня
# зовут") or after it ("kuuleb", "слушаю"). A name right after the institution also counts.
_NAME_BEFORE = {
    ("nimi", "on"), ("olen",), ("mina", "olen"), ("ma", "olen"), ("teid", "teenindab"), ("teenindab",),
    ("teiega", "raagib"), ("raagib",), ("kirjutab",), ("vastab",), ("siin", "on"), ("siin",), ("kuuleb",), ("kuulab",),
    ("teenindaja",), ("konsultant",), ("chatis", "on"), ("vestluses", "on"), ("veebivestluses", "on"),
    ("telefonil", "on"), ("infotelefonil", "on"), ("liinil", "on"),
    ("меня", "зовут"), ("мое", "имя"), ("имя",), ("это",), ("говорит",), ("на", "связи"), ("обслуживает",),
    ("специалист",), ("консультант",), ("пишет",), ("отвечает",),
    # «чат ведёт Светлана», «Вас консультирует Ольга», "vestlust juhib Kati", "Teid nõustab Mari"
    ("ведет",), ("консультирует",), ("vestlust", "juhib"), ("noustab",),
    ("name", "is"), ("this", "is"), ("i", "am"), ("i'm",), ("speaking", "with"),
}
_NAME_AFTER = {
    ("kuuleb",), ("kuulab",), ("koneleb",), ("raagib",), ("siin",), ("on", "telefonil"), ("teenindab",),
    ("vastab",), ("kirjutab",), ("слушаю",), ("слушает",), ("на", "связи",), ("speaking",), ("here",),
}
# Words before a name that make it the person addressed, not the speaker ("härra Tamm", "Tere, Anne!").
_ADDRESSING = frozenset("harra proua hr pr lugupeetud kallis уважаемый уважаемая господин госпожа dear mr mrs ms".split())

@dataclass
class Evidence:
    """Where a verdict comes from: the 1-based turn number in the transcript and the quoted words."""

    turn: int
    quote: str
    agent_turn: int | None = None

    def as_dict(self) -> dict:
        return {"turn": self.turn, "agent_turn": self.agent_turn, "quote": self.quote}


@dataclass
class Outcome:
    passed: bool
    evidence: list[Evidence] = field(default_factory=list)
    reason: str = ""  # names the feedback variant (a failure: "not_asked"; a pass rarely: "open_chat_redirect")
    wrong: bool = False  # failed because of something said (a wrong value, a promise): what gates read
    fill: dict = field(default_factory=dict)  # more feedback placeholders ({right}: what the knowledge says)

    def first_turn(self) -> int | None:
        return min((e.turn for e in self.evidence), default=None)



@dataclass
class Unit:
    """Consecutive messages of one speaker, normalised and joined by newlines, with a map back."""

    role: str
    text: str
    parts: tuple[tuple[int, int, tx.Normalized], ...]  # (offset in unit text, original turn index, normalised)

    def unpunctuated(self) -> bool:
        """No message of the unit has any punctuation (speech recognition, fast typing)."""
        return not any(re.search(r"[.!?…,;:]", part[2].original) for part in self.parts)

    def locate(self, start: int, end: int) -> tuple[int, str, int]:
        """(original turn index, original quote, original start) of the unit span [start, end)."""
        k = max(0, bisect_right([p[0] for p in self.parts], start) - 1)
        offset, turn, norm = self.parts[k]
        local_end = min(end - offset, len(norm.text))
        a, b = norm.span(start - offset, max(local_end, start - offset + 1))
        return turn, norm.original[a:b].strip(), a


def _unlabelled(norm: tx.Normalized) -> tx.Normalized:
    """The normalised agent message with its labels blanked (offsets kept, so the map back still holds)."""
    text = unlabelled(norm.text)
    return norm if text == norm.text else dataclasses.replace(norm, text=text)


def _units(turns, language: str | None = None, blank_labels: bool = True) -> list[Unit]:
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
            joiner = "\n" if re.search(r"[.!?…]\W*$", last.text) or not last.text.strip() else ".\n"
            offset = len(last.text) + len(joiner)
            units[-1] = Unit(last.role, last.text + joiner + norm.text, (*last.parts, (offset, index, norm)))
        else:
            units.append(Unit(turn.role, norm.text, ((0, index, norm),)))
    return units


# Concepts whose phrases are cue words of an act, grouped by the stage they belong to; a sentence made
# mostly of cues of several stages ("mõistan vabandan kokkuvõtteks aitäh") performs no act.
CUE_GROUPS = {
    "greeting": "opening", "institution": "opening", "offer_help": "opening",
    "identification_request": "identification", "data_protection_reason": "identification",
    "empathy": "empathy", "summary": "summary", "understanding_check": "summary",
    "further_help": "closing", "thanks": "closing", "farewell": "closing",
}
CUE_CONCEPTS = tuple(CUE_GROUPS)
# Requests that make a sentence no answer, however long; the words of other cue phrases (greeting, hold,
# empathy, thanks ...) are not counted towards an answer ("Aitäh, üks hetk. Teie pension ..." still is one).
_REQUESTS = ("identification_request", "name_request", "verification_item")
_NOT_COUNTED = ("hold_or_contact", "language_switch", "appreciation", "help_promise", *CUE_CONCEPTS)
_MIN_INFORM_WORDS = 6
_REPLY_LEADS = frozenset("так ой а ага nii no noh aa ahaa oi".split())


class TranscriptAnalysis:
    """A transcript prepared for checks: normalised units, language, the main answer, cached matches."""

    def __init__(self, transcript: Transcript, concepts: dict[str, dict[str, list[str]]], policy: str = "code",
                 phrase_tuples: dict[tuple, tuple[str, ...]] | None = None, blank_labels: bool = True):
        """``phrase_tuples`` may be shared between analyses that use the same ``concepts`` (the phrase
        lists of a concept per language, built once per rubric rather than once per transcript).
        ``blank_labels``: read the agent's slot labels and "|" menus as blanks (`label_spans`): they perform
        no act; the raw analysis that prohibitions read keeps them, as everything that was said."""
        self.transcript = transcript
        self.original_turns = transcript.turns
        self.context = transcript.context
        agent_text = " ".join(t.text for t in self.original_turns if t.role == "agent")
        self.language = transcript.language or tx.detect_language(
            agent_text or " ".join(t.text for t in self.original_turns))
        self.turns = _units(transcript.turns, self.language, blank_labels)
        self.concepts = concepts
        self.policy = policy
        self.agent_indexes = [i for i, t in enumerate(self.turns) if t.role == "agent"]
        self.agent_number = {i: n + 1 for n, i in enumerate(
            k for k, t in enumerate(self.original_turns) if t.role == "agent")}
        self._match_cache: dict[tuple, list[tx.Match]] = {}
        self._identification: dict | None = None
        # the analysis of the full text when this one reads only the turns' dialogue acts (see score.py):
        # prohibitions (not-checks, data protection, informal address) read everything that was said
        self.raw: TranscriptAnalysis = self
        self.acts = None  # trainer.scoring.acts.ActAnalysis, when non-answers were classified
        self._answer: tuple[int, int] | None | bool = False
        self._cue_cache: dict[tuple[int, int, int], tuple[int, int, int, int]] = {}
        self._cues: dict[int, list[tuple[int, int, str]]] = {}
        self._cue_key: tuple | None = None
        self._phrase_tuples: dict[tuple, tuple[str, ...]] = {} if phrase_tuples is None else phrase_tuples
        self._informs: dict[tuple[int, int, int], bool] = {}
        self._client_words: dict[int, set[str]] = {}
        #: the knowledge facts checked by value (``knowledge-values``), from ScoringSettings.knowledge
        self.knowledge: tuple = ()

    # -- phrase matching --------------------------------------------------------------------
    def phrase_set(self, names: Iterable[str] = (), phrases=None, language: str | None = None) -> tx.PhraseSet:
        language = language or self.language
        return _phrase_set(self._phrases_for(tuple(names), phrases, language), language)

    def _phrases_for(self, names: tuple[str, ...], phrases, language: str) -> tuple[str, ...]:
        if phrases is None:
            key = (names, language, self.language)  # the fallback to "et" depends on the transcript's
            found = self._phrase_tuples.get(key)
            if found is None:
                found = self._phrase_tuples[key] = self._build_phrases(names, None, language)
            return found
        return self._build_phrases(names, phrases, language)

    def _build_phrases(self, names: tuple[str, ...], phrases, language: str) -> tuple[str, ...]:
        out: list[str] = []
        for name in names:
            entry = self.concepts.get(name, {})
            out += entry.get(language) or ([] if language != self.language else entry.get("et", []))
        if isinstance(phrases, dict):
            out += phrases.get(language) or []
        elif phrases and language == self.language:
            out += list(phrases)
        return tuple(out)

    def languages(self, names: Iterable[str] = ()) -> list[str]:
        """The transcript's language first, then every other language the concepts have phrases in."""
        names = tuple(names)
        key = ("languages", names, self.language)
        found = self._phrase_tuples.get(key)
        if found is None:
            others = {lang for name in names for lang in self.concepts.get(name, {})} - {self.language}
            found = self._phrase_tuples[key] = (self.language, *sorted(others))
        return list(found)

    def matches(self, turn_index: int, names: Iterable[str] = (), phrases=None, any_language: bool = False
                ) -> list[tx.Match]:
        """Non-negated matches of the concept names (or inline phrases) in one unit (normalised offsets)."""
        key = (turn_index, tuple(names), _freeze(phrases), any_language)
        if key not in self._match_cache:
            text = self.turns[turn_index].text
            langs = self.languages(names) if any_language else [self.language]
            found = []
            for lang in langs:
                found = _positive_matches(self._phrases_for(tuple(names), phrases, lang), lang, text)
                if found:
                    break
            if "#" in text and self.turns[turn_index].role == "agent":
                # a hashtag ("#tere #empaatia #kokkuvõte") labels a step, it performs none
                found = [m for m in found if not (m.start and text[m.start - 1] == "#")]
            self._match_cache[key] = found
        return self._match_cache[key]

    def evidence(self, turn_index: int, quote: str, start: int | None = None, end: int | None = None) -> Evidence:
        """Evidence for a span of a unit: the original turn number and the original words."""
        unit = self.turns[turn_index]
        if start is None:
            start = unit.text.find(quote)
            if start < 0:
                turn = unit.parts[0][1]
                return Evidence(turn + 1, quote, self.agent_number.get(turn))
            end = start + len(quote)
        turn, original, _ = unit.locate(start, end if end is not None else start + len(quote))
        return Evidence(turn + 1, original or quote, self.agent_number.get(turn))

    def turn_evidence(self, turn: int, quote: str) -> Evidence:
        """Evidence for words of an ORIGINAL transcript turn (0-based), e.g. a non-answer found by
        :mod:`trainer.scoring.acts`, which reads the turns before messages are merged into units."""
        return Evidence(turn + 1, quote, self.agent_number.get(turn))

    def match_evidence(self, turn_index: int, m) -> Evidence:
        return self.evidence(turn_index, m.quote, m.start, m.end)

    def scope(self, scope: str) -> list[int]:
        return [i for i, _, _ in self.spans(scope)]

    def spans(self, scope: str) -> list[tuple[int, int, int]]:
        """(unit, start, end) character ranges of a scope; `before_answer`/`after_answer` cut the unit
        of the main answer at the answer sentence."""
        agents = self.agent_indexes
        whole = [(i, 0, len(self.turns[i].text)) for i in agents]
        if scope == "first_agent":
            # a keyword line under the opening ("— Ольга | ДСС | правильно ли я понимаю | ...") is no opening
            return [(i, a, min(b, keyword_line_start(self, i, CUE_GROUPS))) for i, a, b in whole[:1]]
        if scope == "last_agent":
            return whole[-1:]
        if scope == "after_first_agent":
            return whole[1:]
        if scope == "client":
            return [(i, 0, len(t.text)) for i, t in enumerate(self.turns) if t.role == "client"]
        if scope == "any":
            return [(i, 0, len(t.text)) for i, t in enumerate(self.turns)]
        if scope == "before_answer":
            # the opening before the client said anything answers and clarifies nothing ("Kas soovite
            # rohkem kuulda?" in the greeting): before the answer starts when the client first spoke
            first_client = next((k for k, t in enumerate(self.turns) if t.role == "client"), -1)
            whole = [(i, a, b) for i, a, b in whole if i > first_client]
        if scope in ("before_answer", "after_answer"):
            # a clarifying question must come before the answer that settles the matter (clarify.py)
            answer = needs_answer(self) if scope == "before_answer" else self.main_answer()
            if answer is None:
                return whole if scope == "before_answer" else []
            unit, pos = answer
            if scope == "before_answer":
                # the message that gives the answer may still ask ("Otsus tehti 24. novembril. Kas Teil on
                # uusi uuringuid?"): the client has not taken the answer yet; a later message may not
                parts = self.turns[unit].parts
                k = _part_of(self.turns[unit], pos)
                end = parts[k + 1][0] if k + 1 < len(parts) else len(self.turns[unit].text)
                return [(i, a, b) for i, a, b in whole if i < unit] + [(unit, 0, end)]
            return [(unit, pos + 1, len(self.turns[unit].text))] + [(i, a, b) for i, a, b in whole if i > unit]
        return whole

    # -- acts --------------------------------------------------------------------------------
    def sentences(self, i: int) -> tuple[tuple[int, int, str], ...]:
        return _sentences(self.turns[i].text)

    def cue_coverage(self, i: int, start: int, end: int) -> tuple[int, int, int, int]:
        """(words in the sentence, words covered by cue phrases, stages of the cues, cue matches) of a span."""
        key = (i, start, end)
        if key not in self._cue_cache:
            self._cue_cache[key] = _cue_coverage(self, i, start, end)
        return self._cue_cache[key]

    def is_stuffed(self, i: int, start: int, end: int) -> bool:
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
        # an unpunctuated message is judged whole: the speech breaks must not cut a chain into "acts"
        unit = self.turns[i]
        k = _part_of(unit, start)
        a = unit.parts[k][0]
        b = unit.parts[k + 1][0] if k + 1 < len(unit.parts) else len(unit.text)
        if (a, b) == (start, end) or re.search(r"[.!?…]", unit.parts[k][2].original):
            return False
        words, covered, stages, cues = self.cue_coverage(i, a, b)
        return stages >= 3 and words - covered < 3

    def cues(self, i: int) -> list[tuple[int, int, str]]:
        """(start, end, concept) of every cue phrase (CUE_CONCEPTS and holds, any language) in unit i."""
        found = self._cues.get(i)
        if found is None:
            if self._cue_key is None:
                self._cue_key = tuple((name, tuple((lang, self._phrases_for((name,), None, lang))
                                                   for lang in self.languages([name])))
                                      for name in _NOT_COUNTED)
            found = self._cues[i] = _cue_spans(self.turns[i].text, self._cue_key)
        return found

    def echoes_client(self, i: int, start: int, end: int) -> bool:
        """Does the sentence only give the client's own words back (`clarify.echoes_client`)?"""
        return echoes_client(self, i, start, end)

    def is_inform(self, i: int, start: int, end: int, sentence: str) -> bool:
        """Does the agent sentence inform about the client's matter (a statement of some length that is
        not a greeting, request for the code, hold, empathy or closing formula, nor stuffed cues)?"""
        key = (i, start, end)
        if key not in self._informs:
            self._informs[key] = self._is_inform(i, start, end, sentence)
        return self._informs[key]

    def confirmed_check(self, i: int, start: int, end: int, sentence: str) -> bool:
        """A spoken agent statement that the client's reply shows was a yes/no question: an unpunctuated
        check of the client's situation (`tx.is_check_statement`: "Вы живёте в Германии", «Речь о
        пенсии по старости») answered by a confirmation or denial (да, нет, jah, ei ...)."""
        unit = self.turns[i]
        if unit.role != "agent" or i + 1 >= len(self.turns) or not _is_spoken(unit.text):
            return False
        if self._written_statement(i, start, end):
            return False  # a sentence written with a full stop ("Vaadake kodulehelt.") states; it asks nothing
        how = self._confirms(i + 1, sentence)
        if not how:
            return False
        words = [t for t in tx.tokenize_cached(sentence) if t.is_word]
        opening = [k for k, t in enumerate(words) if t.norm in _OPENING_WORDS]
        if opening:
            # "Чат Департамента ... Вас обслуживает Мария" introduces the agent (the client's «да» greets back);
            # a check may follow the name: "... обслуживает Мария Речь о досрочной пенсии"
            k = opening[-1] + 2
            if k + 3 > len(words):
                return False
            start, sentence = start + words[k].start, sentence[words[k].start:]
        tail = _check_tail(sentence, self.language)
        if self._reflects_feeling(i, start, end, sentence) and (tail is None or names_feeling(tail, self.language)):
            # «сочувствую это действительно неприятно», "saan aru et see on ärritav": empathy, not a check;
            # «Понимаю Вы хотите подать жалобу», "Palju õnne Te küsite siis ...": a check after the cue
            return False
        later = [s for a, _, s in self.sentences(i) if a > start]
        if len(later) == 1 and _bare_frame(later[0]) and _about_client(sentence, self.language):
            return True  # "te saatsite taotluse posti teel ... kas ma sain õigesti aru": the frame closes the check
        if any(_asks_question(unit.text, s, self.language) for s in later):
            return False  # the reply answers the later question
        # a check at the end of a statement that informs with a number needs a yes or no: a reply that only
        # takes up a word of it ("täna no aga miks ...") reacts to the inform ("... 734 eurot on makstud ...")
        return tx.is_check_statement(sentence, self.language) or (
            tail is not None and (how == "yes" or not tx.find_numbers(sentence))) or (
            how == "ellipsis" and _alternative_taken(sentence, self.sentences(i + 1)[0][2]))

    def _written_statement(self, i: int, start: int, end: int) -> bool:
        """Did the writer end the sentence at [start, end) of unit i with a full stop of their own (not one
        put in at a speech break or between two messages)?"""
        unit = self.turns[i]
        k = _part_of(unit, start)
        original = unit.parts[k][2].original
        if not re.search(r"[.!?…]", original):
            return False  # unpunctuated: any full stop was put in by the speech breaks
        _, quote, a = unit.locate(start, end)
        return bool(quote) and (quote.rstrip().endswith((".", "…"))
                                or original[a + len(quote):].lstrip().startswith((".", "…")))

    def _confirms(self, j: int, check: str) -> str:
        """Does client unit j confirm or deny a check: a sentence of it opens with yes or no («Оперировал
        ортопед ... Да для себя»), or its first sentence takes the check up elliptically (the check «Это Ваш
        третий ребёнок» answered "Третий мальчик": a content word of the check among its first words)."""
        sentences = self.sentences(j)
        for _, _, s in sentences:
            reply = [t.norm for t in tx.tokenize_cached(s) if t.is_word]
            while len(reply) > 1 and reply[0] in _REPLY_LEADS:
                reply = reply[1:]  # «так да одна», "nii jah"
            if reply and reply[0] in tx.CONFIRMATIONS:
                return "yes"
        if not sentences:
            return ""
        if tx.is_question(sentences[0][2], self.language) or _ASKS_BACK.match(sentences[0][2]):
            return ""  # "mis mõttes keskmine", «в смысле средняя»: the client asks back about the word
        first = [t.norm for t in tx.tokenize_cached(sentences[0][2]) if t.is_word][:3]
        asked = {t.norm[:5] for t in tx.tokenize_cached(check) if t.is_word and len(t.norm) >= 4
                 and t.norm not in _OPENING_WORDS}
        return "ellipsis" if any(len(w) >= 4 and w[:5] in asked for w in first) else ""

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
        if len(words) > 16 and not re.search(r"[.!?…,;:]", unit.parts[_part_of(unit, start)][2].original) \
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
        return any(phrases and any(nxt[0] <= m.start < nxt[1] for m in _positive_matches(phrases, self.language, text))
                   for phrases in self._request_key())

    def _request_key(self) -> tuple:
        """The phrases of the identification requests (`_REQUESTS`), one tuple per concept."""
        return tuple(self._phrases_for((name,), None, self.language) for name in _REQUESTS)

    def _takes_up_client(self, i: int, sentence: str) -> bool:
        """Does the sentence share a noun-like content word (>= 5 letters, not a verb, not a greeting) with
        what the client said before it?"""
        mine = [lem for lem in _content_lemmas(sentence, self.language) if not _verbal(lem)]
        if not mine:
            return False
        said = self._client_words.get(i)
        if said is None:
            said = set()
            for j in range(i):
                if self.turns[j].role == "client":
                    said |= _topic_words(self.turns[j].text, self.language)
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

    def voices_problem(self, j: int) -> bool:
        """Does client unit j voice a problem or a negative feeling (concept client_problem, "?!", or a
        verb of client_missing under negation: "pension pole tulnud", «не приходит»)?"""
        text = self.turns[j].text
        return bool(self.matches(j, ["client_problem"])) or "?!" in text or "!!" in text or any(
            m.negated for m in _all_matches(self._phrases_for(("client_missing",), None, self.language),
                                            self.language, text))

    def client_problem_before(self, i: int) -> int | None:
        """The last client unit before unit i that voices a problem. When the context says the client is
        upset, whatever the client said about their matter (three words or more) is that problem."""
        for j in range(i - 1, -1, -1):
            if self.turns[j].role != "client":
                continue
            if self.voices_problem(j) or (self.context.client_upset and len(self.turns[j].text.split()) >= 3):
                return j
        return None

    # -- identification -------------------------------------------------------------------
    def disclosures(self) -> list[tuple[int, tx.Match]]:
        """Agent units stating one of the context's private facts, in order (not the client's own statement of
        it asked or set as a condition: see `_echoes_fact`)."""
        return [(i, m) for i, m, _ in self._disclosed_facts()]

    def _disclosed_facts(self) -> list[tuple[int, tx.Match, str]]:
        """`disclosures` with the private fact each one states."""
        found = []
        for i in self.agent_indexes:
            for fact in self.context.private_facts:
                m = _find_fact(self.turns[i].text, fact, self.language)
                if m is not None and not self._echoes_fact(i, m, fact):
                    found.append((i, m, fact))
        return sorted(found, key=lambda item: (item[0], item[1].start))

    def _echoes_fact(self, i: int, m: tx.Match, fact: str) -> bool:
        """Does agent unit `i` only take up a fact the client stated earlier, in a question or a condition ("kas
        dokumendid on enne 15. oktoobrit?", "kui otsus jõudis hiljem kui 15. oktoobril", «если решение от 15
        октября ...»)? It tells the client nothing. Said as a statement it still confirms the data, and a fact
        the client only asked about ("kas mu pension on 712?") was never theirs to state. A statement that says
        it works from the client's own figures («По Вашим цифрам ... как раз 9,24», "Teie nimetatud summa järgi
        ...") reads nothing from the record either."""
        a, b = _sentence_of(self, i, m.start)
        sentence = self.turns[i].text[a:b]
        if not (tx.is_question(sentence, self.language)
                or _CONDITION.search(tx.fold(self.turns[i].text[a:m.start]))
                or _ATTRIBUTED.search(tx.fold(sentence))):
            return False
        for j in range(i):
            if self.turns[j].role != "client":
                continue
            said = _find_fact(self.turns[j].text, fact, self.language)
            if said is not None and not any(p <= said.start < q and tx.is_question(s, self.language)
                                            for p, q, s in self.sentences(j)):
                return True
        return False

    def identification(self) -> dict:
        """When the agent asked for the code, when the client gave one, when identification completed."""
        if self._identification is not None:
            return self._identification
        asked = next((i for i in self.agent_indexes if self.matches(i, ["identification_request"])
                      and not all(self.is_stuffed(i, a, b) for a, b, _ in self.sentences(i)
                                  if any(a <= m.start < b for m in self.matches(i, ["identification_request"])))),
                     None)
        given = None
        if asked is not None and not self.context.no_identifiers:  # a code typed in an open chat identifies nobody
            given = next((i for i in range(asked + 1, len(self.turns))
                          if self.turns[i].role == "client" and (self._code_ends(i) or self._corrects_code(i)
                                                                 or self._read_back(i))), None)
        complete = given
        if self.policy == "code_and_item" and given is not None:
            item = next((i for i in self.agent_indexes if self.matches(i, ["verification_item"])), None)
            answered = None if item is None else next(
                (i for i in range(item + 1, len(self.turns)) if self.turns[i].role == "client"), None)
            complete = None if answered is None else max(given, answered)
        logged_in = None
        if self.transcript.channel == "chat" and not self.context.no_identifiers and not self.context.scenario_id:
            logged_in = self._verified_turn(_LOGGED_IN)
            if logged_in is not None and (complete is None or logged_in < complete):
                complete = logged_in
        self._identification = {"asked": asked, "given": given, "complete": complete, "logged_in": logged_in}
        return self._identification

    def _verified_turn(self, pattern: re.Pattern, after: int = -1) -> int | None:
        """The first agent turn after `after` with a sentence stating what the agent verified (the client
        logged in, an authorisation on file), not denied, not a condition and not asked."""
        found = self._verified_at(pattern, after)
        return None if found is None else found[0]

    def _verified_at(self, pattern: re.Pattern, after: int = -1) -> tuple[int, int] | None:
        """(turn, sentence start) of that statement (see `_verified_turn`)."""
        for i in self.agent_indexes:
            if i <= after:
                continue
            for a, _, sentence in self.sentences(i):
                folded = tx.fold(sentence)
                m = pattern.search(folded)
                if m and not _DENIAL.search(folded[:m.end()]) and not _CONDITION.search(folded[:m.start()]) \
                        and not tx.is_question(sentence, self.language):
                    return i, a
        return None

    def _code_ends(self, i: int) -> str:
        """The valid personal code the client's unit `i` gives, whole or as its last part ("" if none): a code
        is often read out in parts, the agent asking for the rest or repeating the last digits back in between
        ("... null kaks" / "null kaks ja edasi?" / "seitse kolm"); the trailing digits of up to two earlier
        client units and the leading digits of this one, joined, must pass the checksum."""
        whole = self._valid_code(self.turns[i].text) or code_joined_by_and(self.turns[i].text)
        if whole:
            return whole
        head = _DIGIT_HEAD.match(self.turns[i].text.strip())
        if head is None:
            return ""
        joined = re.sub(r"\D", "", head.group())
        earlier = [j for j in range(i - 1, -1, -1) if self.turns[j].role == "client"][:2]
        for j in earlier:
            tail = _DIGIT_TAIL.search(self.turns[j].text.strip())
            if tail is None:
                return ""
            joined = re.sub(r"\D", "", tail.group()) + joined
            if len(joined) >= 11:
                return joined if len(joined) == 11 and tx.isikukood_is_valid(joined) else ""
        return ""

    def _corrects_code(self, i: int) -> str:
        """The code the client's unit `i` gives by correcting the end of the code just given ("" if none) ("ei, mitte kaheksa vaid seitse,
        null kaks seitse üheksa lõpus", «нет, я перепутала: пять, семь, один, пять»): a correction word and a
        run of digits that, put in place of as many last digits of the code of the last two client units
        before it, gives a code that passes the checksum."""
        text = self.turns[i].text
        correction = _CORRECTION.search(tx.fold(text))
        if not correction:
            return ""
        runs = [d for d in (re.sub(r"\D", "", m.group()) for m in _DIGIT_RUN.finditer(text)) if 2 <= len(d) < 11]
        earlier = [j for j in range(i - 1, -1, -1) if self.turns[j].role == "client"][:2]
        given = "".join(re.sub(r"\D", "", self.turns[j].text) for j in reversed(earlier))
        code = given[-11:] if runs and len(given) >= 11 else ""
        found = next((code[:-len(d)] + d for d in runs if tx.isikukood_is_valid(code[:-len(d)] + d)), "") if code else ""
        if found:
            return found
        # the code and its correction in one breath ("... seitse kaheksa üks ei vabandust üks kaheksa lõpus",
        # «... ноль один ой нет ноль четыре один один»): the digits after the correction word replace as many last
        # digits of the code read before it
        head = re.sub(r"\D", "", text[:correction.start()])
        after = [d for d in (re.sub(r"\D", "", m.group()) for m in _DIGIT_RUN.finditer(text, correction.end()))
                 if 1 <= len(d) < 11]
        if len(head) != 11 or not after:
            return ""
        return next((head[:-len(d)] + d for d in after if tx.isikukood_is_valid(head[:-len(d)] + d)), "")

    def _read_back(self, i: int) -> str:
        """The code the agent's next unit reads back from the digits of the client's unit `i` ("" if none; see
        `code_read_back`)."""
        k = i + 1
        if k >= len(self.turns) or self.turns[k].role != "agent":
            return ""
        return code_read_back(self.turns[i].text, self.turns[k].text)

    @staticmethod
    def _valid_code(text: str) -> str:
        """A personal code that passes the checksum ("" if none): a mistyped code identifies nobody."""
        return next((code for code in (re.sub(r"\D", "", m.quote) for m in tx.find_personal_codes(text))
                     if tx.isikukood_is_valid(code)), "")

    def authorised(self) -> tuple[int, int] | None:
        """In a transcript of a real call with a third-party caller: (turn, sentence start) of the first agent
        statement after identification that the caller's authorisation is on file (from there on the caller
        may hear the data; a fact said before it in the same turn was said before)."""
        complete = self.identification()["complete"]
        if self.context.third_party and complete is not None and not self.context.scenario_id:
            return self._verified_at(_ON_FILE, after=complete - 1)
        return None

    def own_identification(self) -> tuple[int, str] | None:
        """In a transcript of a real call with a third-party caller: (client unit, code) where the caller gave
        their own valid code in answer to a request for it ("palun öelge oma isikukood", «назовите Ваш личный
        код»), not to one naming someone else ("ema isikukood", «код мамы») or no one."""
        if not self.context.third_party or self.context.no_identifiers or self.context.scenario_id:
            return None
        own = False
        for i, turn in enumerate(self.turns):
            if turn.role == "agent":
                hits = self.matches(i, ["identification_request"])
                asked = [s for a, b, s in self.sentences(i) if any(a <= m.start < b for m in hits)]
                if asked:
                    own = all(_OWN_CODE.search(tx.fold(s)) and not _THIRD_PERSON.search(tx.fold(s)) for s in asked)
            elif own:
                code = self._code_ends(i) or self._corrects_code(i)
                if code:
                    return i, code
        return None

    def _callers_own(self, i: int, m: tx.Match, code: str) -> bool:
        """After the caller's own identification (`own_identification`), is the private fact `m` of agent unit
        `i` the caller's own: their code read back, or said of the caller ("teile makstakse ... 160 eurot",
        «у Вас пенсия 738 евро»: the nearest person before it in its sentence is "you", not he, she or a
        relative: "teie ema pension on ...", «Вашей маме назначено ...» stay the other person's)?"""
        if re.sub(r"\D", "", m.quote) == code:
            return True
        sentence = next(((a, s) for a, b, s in self.sentences(i) if a <= m.start < b), None)
        if sentence is None:
            return False
        before = tx.fold(self.turns[i].text[sentence[0]:m.start])
        persons = [p for p in _PERSON.finditer(before)]
        return bool(persons) and persons[-1].lastgroup == "you"

    def early_status(self) -> tuple[int, Statement] | None:
        """For a third-party caller whose data-subject's status is private (context.private_status): the first
        agent sentence stating that status (an application arrived, a decision's outcome) before the agent
        said the caller's authorisation is on file."""
        if not self.context.private_status:
            return None
        authorised = self.authorised()
        for i in self.agent_indexes:
            for st in find_status_statements(self.turns[i].text, self.language):
                if authorised is None or (i, st.start) < authorised:
                    return i, st
        return None

    def third_lookup(self) -> int | None:
        """In a transcript of a real call or chat with a third-party caller: the client unit giving the other
        person's valid code in answer to a request naming that person ("palun ema isikukood ka", «напишите личный
        код сына»): from there the agent reads that person's record, which the caller may hear only as their
        representative on file (`authorised`)."""
        if not self.context.third_party or self.context.no_identifiers or self.context.scenario_id:
            return None
        other = False
        for i, turn in enumerate(self.turns):
            if turn.role == "agent":
                hits = self.matches(i, ["identification_request"])
                asked = [s for a, b, s in self.sentences(i) if any(a <= m.start < b for m in hits)]
                if asked:
                    other = all(_THIRD_PERSON.search(tx.fold(s)) for s in asked)
            elif other and (self._code_ends(i) or self._corrects_code(i) or self._read_back(i)):
                return i
        return None

    def early_record(self) -> tuple[int, str] | None:
        """After the other person's code was given (`third_lookup`) and before the agent said the caller's
        authorisation is on file: (unit, sentence) of the first agent statement of that person's record, a
        status (`find_status_statements`) or a dated fact ("tähtaeg lõppes 31. oktoobril", «срок закончился 31
        октября»), not a question, condition or rule ("kuni 1. märtsini", «до 1 марта»)."""
        lookup = self.third_lookup()
        if lookup is None:
            return None
        authorised = self.authorised()
        for i in self.agent_indexes:
            if i <= lookup:
                continue
            for a, _, sentence in self.sentences(i):
                if authorised is not None and (i, a) >= authorised:
                    return None
                if _states_record(sentence, self.language):
                    return i, sentence.strip()
        return None

    def early_disclosure(self) -> tuple[int, tx.Match] | None:
        """The first private fact an agent stated before identification was complete (or at all, for a
        third-party caller, who is entitled to it only as a representative on file: in a transcript of a
        real call, the agent saying so after identifying the caller; in a scenario, never; or, having given
        their own code, to the caller's own data, told as theirs once and then repeated)."""
        complete = self.identification()["complete"]
        authorised = self.authorised()
        own = self.own_identification()
        told_own: set[str] = set()  # facts already told to the identified caller as their own
        for i, m, fact in self._disclosed_facts():
            if self.context.third_party and (authorised is None or (i, m.start) < authorised):
                # after the caller's own identification, a fact told as theirs ("Teie ... kehtib kuni 31.01")
                # may be said again without the "you" ("... enne 31. jaanuari"): it tells them nothing new
                if own is not None and i > own[0] and (fact in told_own or self._callers_own(i, m, own[1])):
                    told_own.add(fact)
                    continue
                return i, m
            if complete is None or i < complete:
                return i, m
        return None


def _states_record(sentence: str, language: str) -> bool:
    """Does an agent sentence state a fact of someone's record: a status, or a date (day and month) asserted, not
    asked, set as a condition or a deadline (see `TranscriptAnalysis.early_record`)?"""
    if tx.is_question(sentence, language):
        return False
    if find_status_statements(sentence, language):
        return True
    folded = tx.fold(sentence)
    for n in tx.find_numbers(sentence):
        if n.kind == "date" and not _CONDITION.search(folded[:n.start]) \
                and not _DEADLINE.search(folded[max(0, n.start - 12):n.start]):
            return True
    return False


# a date as a deadline or a rule ("kuni 1. märtsini", "enne 15. oktoobrit", «до 1 марта», «не позднее 5 мая»)
_DEADLINE = re.compile(r"(?<!\w)(?:kuni|enne|hiljemalt|до|позднее|позже)\s*$")


# digits that open or close a client's unit, a part of a code read out in parts (see `_code_ends`)
_DIGIT_HEAD = re.compile(r"(?:[^\W\d]+,?\s+)?\d[\d\s-]*(?!\S)")
_DIGIT_TAIL = re.compile(r"(?<!\S)\d[\d\s-]*\d?[.!?]?$")
# whose code a request asks for in a third-party call (folded text): the caller's own ("oma", "Teie", «Ваш», «свой»)
# or a third person's (he, she, a relative, the pensioner; see `own_identification`)
_OWN_CODE = re.compile(r"(?<!\w)(?:oma|teie|enda|ваш\w*|сво(?:й|его|ю|ем|ём))(?!\w)")
_THIRD = (r"ta|tema|tal|temal|talle|temale|teda|nende|ema\w*|isa\w{0,3}|tutar|tutre\w*|poeg|poja\w*|"
          r"abikaasa\w*|vanaem\w*|vanaisa\w*|vend|venna\w*|ode|oe|oel|oele|naaber|naabri\w*|mehe\w*|naise\w*|"
          r"sugula\w*|pensionari\w*|"
          r"он|она|его|ее|ей|ему|им|их|нее|него|нему|ней|мам\w*|мать|матер\w*|отец|отц\w*|пап\w*|сын\w*|доч\w*|"
          r"муж\w*|жен[аеуы]\w*|брат\w*|сестр\w*|бабушк\w*|дедушк\w*|сосед\w*|пенсионер\w*|родствен\w*|супруг\w*")
_THIRD_PERSON = re.compile(rf"(?<!\w)(?:{_THIRD})(?!\w)")
# the nearest person before a private fact (see `_callers_own`): "you" or a third person
_PERSON = re.compile(rf"(?<!\w)(?:(?P<you>te|teie|teile|teid|teil|teilt|teiega|teieni|вы|вам|вас|ваш\w*|вами)|"
                     rf"(?P<third>{_THIRD}))(?!\w)")
_DIGIT_RUN = re.compile(r"\d[\d\s-]*\d")
# a caller taking back a part of the code they read out (see `_corrects_code`; folded text)
_CORRECTION = re.compile(r"(?<!\w)(?:ei|mitte|vabandust|vabandage|vale|valesti|eksisin|parandan|tegelikult|нет|не|"
                         r"перепутал\w*|ошиб\w*|извините|простите|точнее|неправильно)(?!\w)")


# what an agent verified, said in a transcript of a real call or chat (no scenario decides it):
# the client came into the chat through the self-service login ...
# the self-service and the e-identities that log into it (folded text)
_SELF_SERVICE_LOGIN = r"(?:iseteenindus\w*|smart-?id\w*|id-?kaar\w*|mobiil-?id\w*|самообслуживани\w*|id-?карт\w*)"
_LOGGED_IN = re.compile(
    r"(?:sisenesite|sisse\s+loginud|sisse\s+logisite|logisite|olete\s+tuvastatud|tuvastasite\s+end|"
    r"вошли|вошла|вошёл|вошел|зашли|зашла|авторизова\w*|идентифицирова\w*)"
    rf"[^.?!]{{0,60}}{_SELF_SERVICE_LOGIN}|{_SELF_SERVICE_LOGIN}[^.?!]{{0,40}}"
    r"(?:sisenesite|sisse\s+loginud|вошли|вошла|зашли)"
    # writing from inside it ("Te kirjutate iseteenindusest", «Вы пишете из самообслуживания»)
    r"|(?:kirjutate|kirjutasite|pöördute|pöördusite|poordute|poordusite)\s+(?:\w+\s+){0,2}"
    r"iseteenindus(?:est|es|e\s+kaudu)(?!\w)"
    r"|(?:пишете|написали|обращаетесь|обратились)\s+(?:\w+\s+){0,2}(?:из|через|в)\s+(?:\w+\s+)?самообслуживани\w*")
# ... or the caller's authorisation (power of attorney, guardianship ruling) is on file
_ON_FILE = re.compile(
    r"(?:volikiri|volikirja|volitus\w*|eestkoste\w*|kohtumäärus\w*|kohtumaarus\w*|"
    r"доверенност\w*|опек\w*|определени\w*\s+суда)[^.?!]{0,60}"
    r"(?:on\s+(?:meil\s+)?(?:olemas|registreeritud|esitatud|kehtiv)|kehtib|у\s+нас\s+есть|есть\s+у\s+нас|"
    r"имеется|действует|действительн\w*|зарегистрирова\w*)"
    r"|(?:näen|naen|вижу|у\s+нас\s+есть|имеется)[^.?!]{0,40}(?:volikiri|volikirja|eestkoste\w*|kohtumäärus\w*|"
    r"kohtumaarus\w*|доверенност\w*|опек\w*|определени\w*\s+суда)"
    # the agent has it in front of them ("mul on siin volikiri", «у меня здесь доверенность»), not what is needed
    r"|(?<!\w)(?:mul|meil)\s+on\s+(?:(?:siin|nuud|ees|olemas|teie|tema)\s+){0,2}(?:volikiri|eestkosteotsus|"
    r"kohtumaarus)(?!\w)(?!\s+(?:vaja|tarvis))"
    r"|(?<!\w)у\s+меня\s+(?:(?:здесь|тут|есть|ваша|её|ее|его)\s+){0,3}(?:доверенность|решение\s+об\s+опеке)"
    r"(?!\w)(?!\s+(?:нужна|должна))")
_DENIAL = re.compile(r"(?<!\w)(?:ei|pole|ega|mitte|не|нет|нету)(?!\w)")
_CONDITION = re.compile(r"(?<!\w)(?:kui|juhul|если|когда)(?!\w)")  # "kui volikiri on olemas, ...": not verified
# a sentence working from the figures the client gave (folded text): «по Вашим цифрам», «как Вы написали», "Teie
# nimetatud summa järgi", "nagu Te ütlesite" (not «по Вашим данным», which may be the record's)
_ATTRIBUTED = re.compile(
    r"(?<!\w)(?:по\s+(?:вашим|названным\s+вами|приведенным\s+вами)\s+(?:же\s+)?(?:цифрам|словам|расчетам|подсчетам)|"
    r"(?:как|что)\s+вы\s+(?:сами\s+|уже\s+)?(?:сказали|написали|назвали|говорите|пишете|указали)|"
    r"(?:названн|указанн)\w*\s+вами|"
    r"teie\s+(?:enda\s+|poolt\s+)?(?:nimetatud|oeldud|kirjutatud|toodud|antud)\s+(?:\w+\s+)?(?:jargi|pohjal)|"
    r"teie\s+(?:enda\s+)?(?:numbrite|arvude|sonade)\s+(?:jargi|pohjal)|teie\s+sonul|"
    r"nagu\s+te\s+(?:ise\s+|juba\s+)?(?:utlesite|kirjutasite|mainisite|nimetasite))(?!\w)")


def _asks_question(text: str, sentence: str, language: str, client: bool = False) -> bool:
    """Is the sentence a question; in a speech transcript without punctuation, by intonation too
    (`client`: a client's line, see `tx.is_spoken_question`)."""
    if _is_spoken(text):
        return tx.is_spoken_question(sentence, language, client)
    return tx.is_question(sentence, language)


_HASHTAG = re.compile(r"#\w+")
_TEMPLATE_GAP = re.compile(r"(?:\.\.\.|…)\s*\?\s*$")
# a check that stops at the verb of asking has nothing to check: "... et küsite", «... что Вы спрашиваете»
_ASKING_VERBS = frozenset("kusite kusisite soovite tahate uurite спрашиваете спросили интересуетесь хотите".split())


def _open_ended(sentence: str) -> bool:
    words = [t.norm for t in tx.tokenize_cached(sentence) if t.is_word]
    if words and all(w in _CHECK_FRAME for w in words):
        return True  # «Правильно ли я понимаю.», "Kas ma sain õigesti aru?": a frame with nothing to check
    return len(words) >= 3 and words[-1] in _ASKING_VERBS and words[-2] in _ASK_LEADS


# a client's reply that asks back what the agent's word means: "mis mõttes keskmine", «в смысле средний»
_ASKS_BACK = re.compile(r"(?i)\W*(?:(?:no|aga|а|ну)\s+)?(?:mis\s+m[oõ]ttes|kuidas\s+nii|в\s+смысле|что\s+значит)\b")


def _bare_frame(sentence: str) -> bool:
    """Is the sentence only the frame of a check of understanding ("kas ma sain õigesti aru", «правильно я
    поняла»), with nothing of its own to check?"""
    words = [t.norm for t in tx.tokenize_cached(sentence) if t.is_word]
    return len(words) >= 3 and all(w in _CHECK_FRAME for w in words) and bool({"aru", "понимаю", "поняла", "понял"} & set(words))


def _about_client(sentence: str, language: str) -> bool:
    """Does the statement speak of the client (te, teie, вы, ваш ... or a 2nd person plural verb)?"""
    from trainer.text.questions import _ET_YOU, _YOU

    words = [t.norm for t in tx.tokenize_cached(sentence) if t.is_word]
    you = _YOU if language == "ru" else _ET_YOU
    ends = ("ете", "ите") if language == "ru" else ("ate", "ete", "ite", "ute")
    return any(w in you or (len(w) > 4 and w.endswith(ends)) for w in words)


def _bare_word_question(sentence: str, language: str) -> bool:
    """A question of one word ("Kuu?", "Toetus?", «Пенсия?») or of two without a verb ("Kas toetus?", «Какой
    месяц?»): no functional segment that asks the client about their matter. Two words with a verb ("Mis
    juhtus?", «Что случилось?») and an elliptical question of three words or more ("Millise lapse toetuse
    kohta?", «Вы про пенсию?») still ask."""
    from trainer.scoring.acts import has_finite_verb

    if ":" in sentence:  # a label before it asks nothing: "Täpsustan vajadust: toetus?", «Уточнение: код?»
        sentence = sentence.rsplit(":", 1)[1]
    words = [t for t in tx.tokenize_cached(sentence) if t.is_word or t.text[:1].isdigit()]
    return len(words) == 1 or (len(words) == 2 and not has_finite_verb(sentence, language))


_CHECK_FRAME = frozenset("""правильно верно ли я понимаю поняла понял если kas ma mina saan sain oigesti taspelt
    tapselt hasti aru ваш вопрос teie kusimus kusimust kusimusest""".split())  # "... ваш вопрос": no content


_ASK_LEADS = frozenset("et mida mis te teie что вы вас о".split())


def _client_asks(unit: Unit, sentence: str, language: str) -> bool:
    """Does a client sentence ask something: a question mark or word, or, when no message of the unit
    has any punctuation, intonation (`tx.is_spoken_question` for a client's line)."""
    if unit.unpunctuated():
        return tx.is_spoken_question(sentence, language, client=True)
    return tx.is_question(sentence, language) or tx.announces_question(sentence, language)


def _is_spoken(text: str) -> bool:
    return not re.search(r"[?!,;]", text)


@lru_cache(maxsize=50_000)
def _inform_shape(text: str, start: int, end: int, language: str, cue_key: tuple, request_key: tuple) -> int:
    """Text-only part of `TranscriptAnalysis.is_inform` (cached): 0 no inform, 1 an inform by its own
    words, 2 a short statement that informs only if it takes up the client's matter."""
    from trainer.scoring.acts import has_finite_verb

    sentence = text[start:end]
    if _asks_question(text, sentence, language):
        return 0
    words = [t for t in tx.tokenize_cached(sentence) if t.is_word or t.text[:1].isdigit()]
    if len(words) < 3:
        return 0
    for phrases in request_key:
        if phrases and any(start <= m.start < end for m in _positive_matches(phrases, language, text)):
            return 0
    if _CODE_WARNING.search(sentence.lower()) or _IDENTIFY_ACT.search(sentence.lower()):
        return 0  # "Palun ärge kirjutage isikukoodi vestlusesse", «мне нужно Вас идентифицировать»: no answer
    covered: set[int] = set()
    concepts: set[str] = set()
    for m_start, m_end, name in _cue_spans(text, cue_key):
        if start <= m_start < end:
            concepts.add(name)
            covered |= {t.start for t in words if m_start - start <= t.start < m_end - start}
    if {"greeting", "institution"} <= concepts:
        return 0  # the opening said again (in the client's language after a switch) answers nothing
    if _TOPIC_OPENER.match(sentence.strip()) and not tx.find_numbers(sentence):
        return 0  # «Давайте начнём со справки.», "Vaatame Teie avalduse läbi.": discourse structuring, no answer
    # the agent's own name ("minu nimi on Kadri", «меня зовут Марина») introduces the speaker, and the identity
    # confirmed ("kõik klapib", «данные совпадают») closes the identification: no answer
    for m in list(_SELF_NAME.finditer(sentence)) + list(_IDENTITY_OK.finditer(sentence)):
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
    if rest >= needed or (rest >= 3 and tx.find_numbers(sentence)):
        return 1
    return 2 if rest >= 3 else 0


# announcing the topic or the look-up, with a few words at most (discourse structuring): «Давайте начнём со справки»,
# «Конечно, давайте разберёмся с Вашей пенсией», "Alustame avaldusest", "Vaatame koos läbi"
_TOPIC_OPENER = re.compile(
    r"(?i)^(?:(?:конечно|хорошо|да|так|итак|selge|hea|jah|nii)[,.!]?\s+)?"
    r"(?:давайте\s+(?:начн[её]м|разбер[её]мся|посмотрим|проверим|выясним|уточним)|"
    r"(?:alustame|vaatame(?:\s+koos)?|uurime|teeme\s+selgeks|selgitame\s+välja))(?:\s+[^\s,:;]+){0,4}[.!]?$")
# the identification confirmed: "kõik klapib", "andmed klapivad", "andmed ühtivad", «данные совпадают», «всё сходится»
_IDENTITY_OK = re.compile(r"(?i)\b(?:kõik|koik|andmed)\s+(?:klapi\w*|ühti\w*|uhti\w*|on\s+õiged|on\s+oiged)\b"
                          r"|\b(?:вс[её]|данные)\s+(?:совпада\w*|сходится|сошлось|верно|правильно)\b")
# the speaker's own name after an introduction frame: "minu nimi on Kadri", «меня зовут Марина»
_SELF_NAME = re.compile(r"(?i)\b(?:меня\s+зовут|мо[её]\s+имя|minu\s+nimi\s+on|mu\s+nimi\s+on)\s+\w+")

# saying that the client must be identified first ("Enne pean Teid tuvastama.", «Чтобы посмотреть Ваше заявление,
# мне нужно Вас идентифицировать.»): the identification act, not the answer ("puude tuvastamine" is a matter)
_IDENTIFY_ACT = re.compile(
    r"\b(?:teid|teie\s+isikut?|isiku|teie)\s+tuvasta\w*|\btuvasta\w*\s+(?:teid|teie\s+isiku\w*)\b"
    r"|\bkellega\s+(?:ma\s+)?r[aä]{2}gin\b|\bveendu\w*,?\s+et\s+(?:ma\s+)?r[aä]{2}gin\b"
    r"|\bубедиться,?\s+что\s+(?:я\s+)?говорю\b|\bс\s+кем\s+(?:я\s+)?говорю\b"
    r"|\bидентифицир\w*\s+(?:вас|вашу\s+личность)\b|\bвас\s+идентифицир\w*|\bдля\s+(?:вашей\s+)?идентификации\b"
    r"|\bустанов\w*\s+(?:вашу\s+)?личность\b")

# a warning not to type the personal code into an open channel (a data protection act, no answer)
_CODE_WARNING = re.compile(
    r"\b(?:ärge|arge)\b[^.?!]{0,40}\b(?:isikukood|ik\b)|\b(?:isikukood\w*|ik)\b[^.?!]{0,40}\b(?:ärge|arge|mitte)\b"
    r"|\bне\s+(?:пишите|указывайте|отправляйте|присылайте|вводите|публикуйте)\b[^.?!]{0,40}\b(?:личн\w*\s+)?код"
    r"|\bличн\w*\s+код\w*[^.?!]{0,40}\bне\s+(?:пишите|указывайте|отправляйте|присылайте|вводите|публикуйте)\b"
    # "the code is not needed here", "better not to type it": the same warning
    r"|\bличн\w*\s+код\w*[^.?!]{0,40}\bне\s+(?:нуж\w*|требуется)|\b(?:лучше|прошу)\s+не\s+(?:писать|указывать|отправлять)"
    r"|\bisikukood\w*[^.?!]{0,40}\b(?:pole|ei\s+ole)\s+vaja\b")


@lru_cache(maxsize=20_000)
def _cue_spans(text: str, cue_key: tuple) -> list[tuple[int, int, str]]:
    """Cue phrases of a unit text: for each concept the first language (transcript's first) with a match."""
    out = []
    for name, by_language in cue_key:
        for lang, phrases in by_language:
            found = _positive_matches(phrases, lang, text) if phrases else []
            if found:
                out += [(m.start, m.end, name) for m in found]
                break
    return out


def _sentences(text: str) -> tuple[tuple[int, int, str], ...]:
    return tx.split_sentences_cached(text)


def _cue_coverage(an: TranscriptAnalysis, i: int, start: int, end: int) -> tuple[int, int, int, int]:
    text = an.turns[i].text
    words = [t for t in tx.tokenize_cached(text) if (t.is_word or t.text[:1].isdigit()) and start <= t.start < end]
    covered: set[int] = set()
    stages, cues = set(), 0
    for m_start, m_end, name in an.cues(i):
        if name in CUE_GROUPS and start <= m_start < end:
            stages.add(CUE_GROUPS[name])
            cues += 1
            covered |= {t.start for t in words if m_start <= t.start < m_end}
    return len(words), len(covered), len(stages), cues


@lru_cache(maxsize=2048)
def _phrase_set(phrases: tuple[str, ...], language: str) -> tx.PhraseSet:
    return tx.PhraseSet(phrases, language)


# Matching is a pure function of (phrases, language, text): rescoring a growing conversation after every
# reply (the live checklist) then reads each earlier turn only once.
@lru_cache(maxsize=50_000)
def _positive_matches(phrases: tuple[str, ...], language: str, text: str) -> list[tx.Match]:
    return [m for m in _phrase_set(phrases, language).find_all(text) if not m.negated]


@lru_cache(maxsize=20_000)
def _all_matches(phrases: tuple[str, ...], language: str, text: str) -> tuple[tx.Match, ...]:
    return tuple(_phrase_set(phrases, language).find_all(text)) if phrases else ()


@lru_cache(maxsize=20_000)
def _find_fact(text: str, fact: str, language: str) -> tx.Match | None:
    return tx.find_fact(text, fact, language)


@lru_cache(maxsize=20_000)
def _informal_matches(text: str, language: str) -> tuple[tx.Match, ...]:
    return tuple(tx.find_informal_address(text, language))


def _freeze(phrases):
    if phrases is None:
        return None
    if isinstance(phrases, dict):
        return tuple(sorted((k, tuple(v)) for k, v in phrases.items()))
    return tuple(phrases)


def evaluate_check(check: Check, an: TranscriptAnalysis) -> Outcome:
    """Evaluate a check (with its ``not-`` prefix applied)."""
    if check.negated:
        an = an.raw  # a prohibition applies to everything said, acts or not
    outcome = _EVALUATORS[check.base_type](check, an)
    if check.negated:
        # for not-X the evidence of X is the evidence of the failure
        # (a reason names a failure variant: not-X passing because X failed keeps none)
        return Outcome(not outcome.passed, outcome.evidence if outcome.passed else [],
                       outcome.reason if outcome.passed else "", wrong=outcome.passed)
    return outcome


def _concept(check: Check, an: TranscriptAnalysis, skip=None) -> Outcome:
    """A concept's phrases said (or, for ``not-concept``, not said); ``skip(an, i, match)`` drops a match
    that the caller's criterion does not count (courtesy: an offer of a further way)."""
    names = [] if check.phrases is not None else check.value_list()
    evidence, phrases_seen = [], set()
    for i, lo, hi in an.spans(check.scope):
        for m in an.matches(i, names, check.phrases, check.any_language):
            if lo <= m.start < hi and not (check.negated and _not_asserted(an, i, m)) \
                    and not (skip is not None and skip(an, i, m)):
                evidence.append(an.match_evidence(i, m))
                phrases_seen.add(tx.fold(m.phrase))
        if check.markers:
            for marker in check.markers:
                for part in an.turns[i].parts:
                    if marker in part[2].emoji:
                        evidence.append(Evidence(part[1] + 1, marker, an.agent_number.get(part[1])))
                        phrases_seen.add(marker)
    return Outcome(len(phrases_seen) >= check.min_matches, evidence)


def _not_asserted(an: TranscriptAnalysis, i: int, m) -> bool:
    """Is the agent's match m in a rule told as former („Varem maksti reedel, aga nüüd enam mitte.“) or in a
    question that gives the client's own words back („Kas küsite, kas see tuleb reedel?“ after „... tuleb
    reedel“)? Then the wrong rule a `not-concept` check looks for is not said. A question of the agent's own
    („Kes Teid ründas?“) is still asked: some checks forbid exactly that."""
    if an.turns[i].role != "agent":
        return False
    a, b = _sentence_of(an, i, m.start)
    sentence = an.turns[i].text[a:b]
    if tells_former_rule(sentence, an.language):
        return True
    if not sentence.rstrip().endswith("?"):
        return False
    heard = {w for k in range(i) if an.turns[k].role == "client" for w in tx.fold(an.turns[k].text).split()}
    words = tx.fold(m.quote).split()
    return bool(words) and all(w.strip(".,!?;:") in {h.strip(".,!?;:") for h in heard} for w in words)


def _question(check: Check, an: TranscriptAnalysis) -> Outcome:
    about = an._phrases_for(tuple(check.value_list()), check.phrases, an.language) if (check.value or check.phrases) else None
    # exclusions in every language: an Estonian "Kuidas saan aidata?" in a Russian call is no clarification
    excluded = tuple(an._phrases_for(tuple(check.exclude), None, lang) for lang in an.languages(check.exclude)) \
        if check.exclude else ()
    languages = tuple(an.languages(check.exclude)) if check.exclude else ()
    evidence = []
    answered = check.scope == "before_answer" and needs_answer(an) is not None
    for i, lo, hi in an.spans(check.scope):
        text = an.turns[i].text
        found = _questions(text, an.language, excluded, languages, about)
        if _is_spoken(text):  # speech: a statement the client answered with yes or no was a question
            asked = {a for a, _, _ in found}
            found += tuple((a, b, s.strip()) for a, b, s in an.sentences(i)
                           if a not in asked and an.confirmed_check(i, a, b, s)
                           and _questions(s, an.language, excluded, languages, about, True))
        # a question followed by a goodbye in the same reply leaves the client no turn to answer it
        farewell = max((m.start for m in an.matches(i, ["farewell"], any_language=True)), default=-1)
        evidence += [an.evidence(i, sentence, a, b) for a, b, sentence in sorted(found)
                     if lo <= a < hi and not an.is_stuffed(i, a, b) and b > farewell
                     and not names_step_done(sentence)
                     and (check.scope != "before_answer" or clarifies(an, i, sentence, answered))]
    return Outcome(bool(evidence), evidence)


@lru_cache(maxsize=20_000)
def _questions(text: str, language: str, excluded: tuple, languages: tuple, about: tuple | None,
               asked: bool = False) -> tuple[tuple[int, int, str], ...]:
    """The question sentences of one unit that are not excluded and (if given) are about a concept
    (with `asked`, every sentence counts as a question: one the reply showed was asked)."""
    found = []
    ask = tx.is_spoken_question if _is_spoken(text) else tx.is_question  # speech: by intonation too
    for a, b, sentence in tx.split_sentences(text):
        if not asked and not ask(sentence, language):
            continue
        if _TEMPLATE_GAP.search(sentence) or _open_ended(sentence):
            continue  # "Kas ma sain õigesti aru, et küsite ...?": a template with its gap unfilled
        if _bare_word_question(sentence, language):
            continue  # "Toetus?", «Пенсия?», "Ema? Isa?": a word with a question mark asks the client nothing
        if not _HASHTAG.sub("", sentence).strip(" .,!?;:"):
            continue  # "#уточнение #правильно_ли_я_понимаю": a list of step labels asks nothing
        if any(_phrase_set(phrases, lang).find_all(sentence) for phrases, lang in zip(excluded, languages, strict=True)):
            continue
        if about is not None and not _positive_matches(about, language, sentence):
            continue
        found.append((a, b, sentence.strip()))
    return tuple(found)


# an open web chat identifies by sending the client to an authenticated channel: the self-service (ID card,
# Mobiil-ID, Smart-ID) or the info line
_AUTHENTICATED_CHANNEL = re.compile(
    rf"(?<!\w)(?:{_SELF_SERVICE_LOGIN}|16106|infotelefon\w*|helista\w*|инфотелефон\w*|позвонит\w*|звонит\w*)",
    re.IGNORECASE)


def _open_chat_identification(an: TranscriptAnalysis) -> Outcome:
    """Identification in an open web chat (context.no_identifiers): nothing typed there identifies the client,
    so asking for an identifier fails, private data fails, and sending the client to the self-service or the
    info line (in a sentence of its own, not a cue list) is the identification the chat allows."""
    early = an.raw.early_disclosure()
    if early is not None:
        return Outcome(False, [an.match_evidence(early[0], early[1])], "disclosed_before")
    for i in an.agent_indexes:
        found = _chat_requests(an, i)
        if found:
            return Outcome(False, [an.evidence(i, found[0].quote)], "open_chat")
    for i in an.agent_indexes:
        redirect = _redirects(an, i)
        if redirect is not None:
            return Outcome(True, [redirect], "open_chat_redirect")
    return Outcome(False, [], "not_asked")


def _chat_requests(an: TranscriptAnalysis, i: int) -> tuple:
    """The identifier requests of agent unit `i` in an open chat (`find_identifier_requests`), without a change to
    report ("teatage uus aadress", «сообщите новый адрес»: `reports_a_change`) once the agent has sent the client
    to the self-service or the info line (`_redirects`, in this unit or before): the step is done there."""
    found = find_identifier_requests(an.turns[i].text, an.language)
    if found and any(_redirects(an, j) is not None for j in an.agent_indexes if j <= i):
        found = tuple(st for st in found if not reports_a_change(st.quote, an.language))
    return found


def _redirects(an: TranscriptAnalysis, i: int) -> Evidence | None:
    """The first sentence of agent unit `i` sending the client to an authenticated channel (see
    `_open_chat_identification`), or None."""
    for a, b, sentence in an.sentences(i):
        words = sum(t.is_word for t in tx.tokenize_cached(sentence))
        if words >= 4 and _AUTHENTICATED_CHANNEL.search(tx.fold(sentence)) and not an.is_stuffed(i, a, b):
            return an.evidence(i, sentence.strip())
    return None


def _kept_out_of_chat(an: TranscriptAnalysis) -> Evidence | None:
    """In a transcript of a real chat (no scenario decides it): the agent, asking for no code, told the client not
    to type it in the chat and, then or later, sent them to the self-service or the info line for their own
    data: the identification an open chat allows (the redirect as evidence), or None."""
    if an.transcript.channel != "chat" or an.context.scenario_id:
        return None
    warned = next((i for i in an.agent_indexes
                   if any(_CODE_WARNING.search(s.lower()) for _, _, s in an.sentences(i))), None)
    if warned is None:
        return None
    for i in an.agent_indexes:
        redirect = _redirects(an, i) if i >= warned else None
        if redirect is not None:
            return redirect
    return None


def _identification(check: Check, an: TranscriptAnalysis) -> Outcome:
    if an.context.no_identifiers:
        return _open_chat_identification(an)
    state = an.identification()
    if state["logged_in"] is not None and state["complete"] == state["logged_in"]:
        early = an.raw.early_disclosure()
        if early is not None:
            return Outcome(False, [an.match_evidence(early[0], early[1])], "disclosed_before")
        said = next(s.strip() for _, _, s in an.sentences(state["logged_in"]) if _LOGGED_IN.search(tx.fold(s)))
        return Outcome(True, [an.evidence(state["logged_in"], said)])
    early = an.raw.early_disclosure()
    if state["asked"] is None:
        if early is not None:
            return Outcome(False, [an.match_evidence(early[0], early[1])], "disclosed_before")
        redirect = _kept_out_of_chat(an)
        if redirect is not None:
            return Outcome(True, [redirect], "open_chat_redirect")
        return Outcome(False, [], "not_asked")
    asked = an.match_evidence(state["asked"], an.matches(state["asked"], ["identification_request"])[0])
    # a third person's code identifies no one entitled to the data: in a transcript of a real call, data said
    # to a third-party caller before the agent says their authorisation is on file came before identification
    unverified_third = an.context.third_party and not an.context.scenario_id
    if early is not None and (unverified_third or early[0] < (state["complete"] or len(an.turns))):
        return Outcome(False, [an.match_evidence(early[0], early[1]), asked], "disclosed_before")
    # nor does it when the other person's status (their application, their decision) is told to the caller
    status = an.raw.early_status() if unverified_third else None
    if status is not None:
        return Outcome(False, [an.raw.evidence(status[0], status[1].quote), asked], "disclosed_before")
    return Outcome(True, [asked])


def _data_protection(check: Check, an: TranscriptAnalysis) -> Outcome:
    an = an.raw
    early = an.early_disclosure()
    if early is not None:
        reason = "third_party" if an.context.third_party else "disclosed_before"
        return Outcome(False, [an.match_evidence(early[0], early[1])], reason, wrong=True)
    # status facts are private too (scenario: data_protection.private_status): that an application
    # exists, has arrived or has a decision; in a real call, said only after the agent stated that the
    # identified caller's authorisation is on file, they go to someone entitled to them
    status = an.early_status()
    if status is not None:
        return Outcome(False, [an.evidence(status[0], status[1].quote)], "status", wrong=True)
    # in a real call or chat, the record the agent read by a third person's code, told before the caller's
    # authorisation is on file
    record = an.early_record()
    if record is not None:
        return Outcome(False, [an.evidence(record[0], record[1])], "third_party", wrong=True)
    # an open web chat: asking for any identifier fails (scenario: data_protection.no_identifiers)
    if an.context.no_identifiers:
        for i in an.agent_indexes:
            found = _chat_requests(an, i)
            if found:
                return Outcome(False, [an.evidence(i, found[0].quote)], "identifier", wrong=True)
    return Outcome(True, [])


def _informal(check: Check, an: TranscriptAnalysis) -> Outcome:
    an = an.raw
    evidence = [an.match_evidence(i, m) for i, lo, hi in an.spans(check.scope)
                for m in _informal_matches(an.turns[i].text, an.language) if lo <= m.start < hi]
    return Outcome(bool(evidence), evidence)


def _own_name(check: Check, an: TranscriptAnalysis) -> Outcome:
    """The agent's own first name in the opening: a first name (name lists, pymorphy3 "Name") in an
    introduction frame ("mina olen", "... kuuleb", "меня зовут") or right next to the institution's name;
    not a surname alone, not a name addressed to the client ("Tere, Anne!"), not the client's own name."""
    wanted = tx.fold(an.context.agent_name) if an.context.agent_name else None
    for i, lo, hi in an.spans(check.scope):
        unit = an.turns[i]
        earlier_client = {t.norm for j in range(i) if an.turns[j].role == "client"
                          for t in tx.tokenize_cached(an.turns[j].text) if t.is_word}
        institution = [(m.start, m.end) for m in an.matches(i, ["institution"], any_language=True)]
        tokens = tx.tokenize_cached(unit.text)
        words = [k for k, t in enumerate(tokens) if t.is_word]
        for n, k in enumerate(words):
            tok = tokens[k]
            if not lo <= tok.start < hi:
                continue
            if wanted is not None:
                if tok.norm != wanted and not _same_name(tok.text, an.context.agent_name):
                    continue
            elif not tx.is_first_name(tok.text):
                continue
            if wanted is None and tok.norm in earlier_client:
                continue  # the client's own name (they introduced themself with it)
            if k > 0 and tokens[k - 1].text == "#" and tokens[k - 1].end == tok.start:
                continue  # a hashtag ("#Maarja #tervitus #nimi") is a keyword, nobody introduces themself

            before = tuple(tokens[w].norm for w in words[max(0, n - 2):n])
            after = tuple(tokens[w].norm for w in words[n + 1:n + 3])
            framed = any(before[-len(f):] == f for f in _NAME_BEFORE if len(f) <= len(before)) or \
                any(after[:len(f)] == f for f in _NAME_AFTER)
            if before and before[-1] in _ADDRESSING:
                continue
            # "Здравствуйте, Марта, Департамент ...": a name followed at once by the institution introduces
            # the speaker; "Tere, Anne! Sotsiaalkindlustusamet" addresses the client
            follows = k + 1 < len(tokens) and tokens[k + 1].text == "," and any(
                a >= tok.end and not any(tok.end <= tokens[w].start < a for w in words) for a, _ in institution)
            if not framed and not follows and _vocative(tokens, k, words, n, an):
                continue
            near = _next_to(institution, tokens, words, n)
            common = tx.is_common_word(tok.text) and not tok.text[:1].isupper()
            if framed or (near == 1) or (near == 2 and not common):
                if wanted is None and tx.is_surname(tok.text):
                    continue
                return Outcome(True, [an.evidence(i, tok.text, tok.start, tok.end)])
    return Outcome(False, [])


def _same_name(word: str, name: str) -> bool:
    """The same first name in another case («Кристиной», "Kristinat" is not expected in an intro)."""
    if not name:
        return False
    parses = tx.ru_parse(word.lower())
    return any(tx.fold(p.normal_form) == tx.fold(name) for p in parses[:2])


def _vocative(tokens, k: int, words: list[int], n: int, an: TranscriptAnalysis) -> bool:
    """A name right after a greeting word and followed by "!" or "," (or ending the sentence): the client
    addressed ("Tere, Anne!", "Здравствуйте, Анна!")."""
    if n == 0:
        return False
    prev = tokens[words[n - 1]]
    greeting = an.phrase_set(["greeting"])
    if not greeting.matches(prev.text) and not any(
            an.phrase_set(["greeting"], language=lang).matches(prev.text) for lang in ("et", "ru", "en")):
        return False
    nxt = tokens[k + 1].text if k + 1 < len(tokens) else ""
    if nxt not in {"!", ",", ".", ""}:
        return False
    # only a greeting that opens its sentence addresses someone ("Tere, Anne!"); after the institution
    # ("Sotsiaalkindlustusameti infotelefon, tere, Kati.") the name is the speaker's
    j = words[n - 1] - 1
    while j >= 0 and not tokens[j].is_word:
        if tokens[j].text in ".!?…":
            return True
        j -= 1
    return j < 0


def _next_to(institution: list[tuple[int, int]], tokens, words: list[int], n: int) -> int:
    """How many words separate the name from the institution's name (1 = adjacent), or 0 if not near."""
    if not institution:
        return 0
    tok = tokens[words[n]]
    best = 0
    for a, b in institution:
        inside_before = [w for w in words if b <= tokens[w].start < tok.start]
        inside_after = [w for w in words if tok.end <= tokens[w].start < a]
        if tokens[words[n]].start >= b:
            gap = len(inside_before) + 1
        elif tok.end <= a:
            gap = len(inside_after) + 1
        else:
            continue
        if gap <= 2 and (best == 0 or gap < best):
            best = gap
    return best

def _recap(check: Check, an: TranscriptAnalysis) -> Outcome:
    """A summary as an act: after the main answer, a sentence that checks understanding (second concept
    of ``value``), a statement with a summary cue word (first concept; a cue inside a question such as
    "ehk Te soovite teada ...?" is a clarification, not a summary), or a statement near the end of the
    call whose content words restate the earlier answer (no cue needed). No answer, no summary.

    A summary sums up an answer already given: a recap counts only in a later message than the main
    answer ("Taotluse saab esitada kuni 6 kuud ette. Kokkuvõtteks: 6 kuud, iseteenindus." in one message
    sums up nothing; issue 9, cue stuffing). A check of understanding in the answer's own message counts
    when the client gets a turn to answer it, not when a goodbye follows it in that message ("Maksame
    automaatselt. Kas on arusaadav? Head päeva!")."""
    names = check.value_list()
    cue, checkq = (names + ["", ""])[:2]
    answer = an.main_answer()
    if answer is None:
        return Outcome(False, [], "no_answer")
    # what only leads up to the answer ("Üldiselt saan kõik sammud ära selgitada.") is not yet the answer
    answer = max(answer, answer_after_prefaces(an) or answer)
    missed = unanswered(an)
    if missed:  # the client's questions were not answered in substance: a recap or a check sums up nothing
        raw = getattr(an, "raw", None) or an
        i = missed[-1][0]
        return Outcome(False, [raw.evidence(i, raw.turns[i].text.strip())], "unanswered")
    evidence = []
    informs = _inform_lemmas(an, answer)
    last_agents = set(an.agent_indexes[-2:])
    answer_part = _part_of(an.turns[answer[0]], answer[1])
    rejected = _rejected_checks(an, checkq) if checkq else set()
    # the summary cue pasted into reply after reply («Итак, подведём итог: ...» three times or more): a template
    pasted_cue = bool(cue) and sum(1 for i in an.agent_indexes if an.matches(i, [cue])) >= _PASTED_CUE
    tic = bool(cue) and recap.cue_in_every_reply(an, cue, _PASTED_CUE)
    templated = _templated_turns(an)
    pasted_checks = _pasted_checks(an, checkq) if checkq else frozenset()
    for i, lo, hi in an.spans(check.scope):
        if templated and {p[1] for p in an.turns[i].parts} & templated:
            continue  # a reference paragraph pasted into reply after reply, with its cue and check: a template
        sentences = an.sentences(i)
        for k, (a, b, sentence) in enumerate(sentences):
            if not (lo <= a < hi) or (i, a) <= answer or an.is_stuffed(i, a, b) or names_step_done(sentence):
                continue  # «для протокола: итог подведён» names the step, does not sum up; before the answer, nothing to
            question = tx.is_question(sentence, an.language)
            # the message that gives the first answer (a later message of the reply is heard after it)
            same_message = i == answer[0] and _part_of(an.turns[i], a) == answer_part
            pool = frozenset().union(*(lem for u, p, lem in informs if (u, p) < (i, a)))
            checks = [m for m in an.matches(i, [checkq], any_language=True) if a <= m.start < b] if checkq else []
            if checks and all(recited_in_opener(an, i, m.quote) for m in checks):
                continue  # "Kas see vastas Teie küsimusele?" recited in the opening before the client spoke
            if checks and all(tx.fold(m.quote.lower()) in pasted_checks for m in checks):
                continue  # "Kas see vastas Teie küsimusele?" under (almost) every reply, confirmed after none
            if checks and not an.echoes_client(i, a, b) and not _told_in_keywords(an, i):
                # a check the client said "no" to, or said again after that "no", checked nothing; nor
                # does one with the goodbye after it in its message, unless the client still confirms it
                # after a later message (one message that answers, checks and says goodbye is stuffed)
                if sentence_key(sentence) not in rejected and (not _goodbye_after(an, i, checks[-1].end) or (
                        not same_message and _client_confirms(an, i))):
                    evidence.append(an.evidence(i, sentence, a, b))
                continue
            if question or same_message or recap.restates_question(sentence, an.language):
                continue  # "ehk Te soovite teada ...?": a cue inside a question is a clarification
            cues = [m for m in an.matches(i, [cue]) if a <= m.start < b] if cue else []
            # "... makstakse kaheksandal, nii et see peaks tulema": a connector concludes the fresh answer (not
            # "..., nii et palun vaadake pangast üle": the next step recapped); judged as any sentence below
            concludes = bool(cues) and not any(recap.explicit_cue(m.quote, an.language) for m in cues) \
                and recap.states_point(_without_social(an, i, a, sentence[:cues[0].start - a]), an.language) \
                and not recap.gives_step(sentence[cues[-1].end - a:], an.language)
            if cues:
                if an.echoes_client(i, a, b) or (pasted_cue and _recaps_own_message(an, i, a, sentence, informs)):
                    continue
                if tic or recap.repastes_after_no(an, i, a, b):
                    continue  # a cue in (almost) every reply or footer; a paste again after "you did not understand"
                if all(recited_in_opener(an, i, m.quote) for m in cues):
                    continue  # "kokkuvõtteks" recited in the opening before any answer: the same cue again sums up nothing
                if not concludes and _cue_recap(an, i, sentences[k:], cue, pool) \
                        and not _keywords_for_answer(an, i, sentences[k:], cue):
                    evidence.append(an.evidence(i, sentence, a, b))
                    continue
            follows_question = _part_of(an.turns[i], a) == 0 and (_answers_client(an, i) or _answers_no(an, i))
            sentence = sentence[:max(0, recap.footer_start(an, i) - a)]  # a signature under each message restates nothing
            later_message = i != answer[0] or _part_of(an.turns[i], a) > _part_of(an.turns[i], answer[1])
            if (i in last_agents or _states_agreed_step(an, i, a, b)) and later_message and not follows_question \
                    and recap.states_point(_without_social(an, i, a, sentence), an.language) \
                    and _restates(_without_social(an, i, a, sentence), pool, an.language, drop_cues=True):
                # bare topic names ("Итак: справка, фирма и ходатайство.") restate no point, however many
                evidence.append(an.evidence(i, sentence, a, b))
    return Outcome(bool(evidence), evidence)


_PASTED_CUE = 3

# a client taking up the agent's offer: "palun saatke jah", «да, отправьте, пожалуйста»
_AGREES = re.compile(r"^\W*(?:(?:jah|jaa|okei|ok|hea\s+kull|palun|да|хорошо|ладно|давайте|пожалуйста)\b)")


def _states_agreed_step(an: TranscriptAnalysis, i: int, a: int, b: int) -> bool:
    """Is the sentence [a, b) of agent unit i the agent's own next step ("Saadan täna järelpärimise.", «Отправлю
    запрос сегодня.») said in reply to a client who took it up ("palun saatke jah") and asked nothing? Restating
    the step offered before, it recaps the next steps agreed, wherever in the call (blind round 13)."""
    client = next((j for j in range(i - 1, -1, -1) if an.turns[j].role == "client"), None)
    if client is None or _asks(an, client) or not _AGREES.search(tx.fold(an.turns[client].text.lower())):
        return False
    return any(a <= m.start < b for m in an.matches(i, ["offer"]))


def _pasted_checks(an: TranscriptAnalysis, checkq: str) -> frozenset[str]:
    """The checks of understanding (folded quotes) said in ``_PASTED_CUE`` or more agent replies and missing
    from at most one reply after the first, the client confirming none of them ("Kas see vastas Teie
    küsimusele?" under every answer, met each time by a new question or a "no"): a paste, no check."""
    an = getattr(an, "raw", None) or an  # the later copies are dropped from the acts as repeats: count them as said
    said: dict[str, list[int]] = {}
    for i in an.agent_indexes:
        for m in an.matches(i, [checkq], any_language=True):
            units = said.setdefault(tx.fold(m.quote.lower()), [])
            if i not in units:
                units.append(i)
    out = set()
    for quote, units in said.items():
        if len(units) < _PASTED_CUE:
            continue
        after = [i for i in an.agent_indexes if i >= units[0]]
        if len(after) - len(units) <= 1 and not any(_client_confirms(an, i) for i in units):
            out.add(quote)
        # under every reply from the first to the last that carries it (three or more in a row),
        # and no client reply taking it with a yes ("Aga ...", "no aga ...", blind round 13): a paste too
        within = [i for i in after if i <= units[-1]]
        if len(within) == len(units) and not any(_client_says_yes(an, i) for i in units):
            out.add(quote)
    return frozenset(out)


def _client_says_yes(an: TranscriptAnalysis, i: int) -> bool:
    """Does the client's next message after agent unit i open with a yes or a word of understanding ("Jah, aga
    ...", «Понятно, а ...»), whatever it asks after that?"""
    reply = next((j for j in range(i + 1, len(an.turns)) if an.turns[j].role == "client"), None)
    return reply is not None and recap.says_yes(an.turns[reply].text, an.language)


def _answers_no(an: TranscriptAnalysis, i: int) -> bool:
    """Is agent unit i the reply to the client's "no" or "I did not understand" ("Ma ei saanud aru, kas jah või
    ei.", «Нет, не ответили»), to a client who says the answer missed («Сайт я читала, потому и спрашиваю»), or
    to a request said without a question mark («вы можете сами удержать из пенсии», blind round 13)? What it
    says answers anew, it recaps nothing."""
    client = next((j for j in range(i - 1, -1, -1) if an.turns[j].role == "client"), None)
    if client is None:
        return False
    text = an.turns[client].text
    return recap.rejects(text, an.language) or says_unanswered(text) or recap.says_missed(text) \
        or recap.requests(text, an.language)


def _templated_turns(an: TranscriptAnalysis) -> frozenset[int]:
    """Original turn indexes of the agent replies that carry a pasted reference paragraph: an informing sentence
    (four words or more) said word for word in ``_PASTED_CUE`` or more replies, whatever the client asked. The
    summary cue and the check of understanding pasted with it sum up and check nothing, in the first copy too
    (the later copies are repeats already, `acts.find_non_answers`); a check after different answers still
    checks, and so does a recap that restates an answer in new words."""
    raw = an.raw
    said: dict[tuple[str, ...], list[tuple[int, int, int, str]]] = {}
    for i in raw.agent_indexes:
        for a, b, sentence in raw.sentences(i):
            key = sentence_key(sentence)
            if len(key) >= 4:
                said.setdefault(key, []).append((i, a, b, sentence))
    units: set[int] = set()
    for places in said.values():  # the costly inform test only for sentences said in enough replies
        if len({i for i, _, _, _ in places}) >= _PASTED_CUE:
            informing = {i for i, a, b, sentence in places if raw.is_inform(i, a, b, sentence)}
            if len(informing) >= _PASTED_CUE:
                units |= informing
    return frozenset(p[1] for i in units for p in raw.turns[i].parts)


def _recaps_own_message(an: TranscriptAnalysis, i: int, a: int, sentence: str,
                        informs: list[tuple[int, int, frozenset[str]]]) -> bool:
    """A summary cue after a fresh answer in its own message whose content takes up nothing said in an
    earlier message («Сведения даём только по доверенности. Итак, подведём итог: нужна доверенность.»): with
    the cue pasted into reply after reply, it repeats that message's point and sums up no answer already
    given (applied only then: one such cue is judged as a recap, see `_cue_recap`)."""
    part = _part_of(an.turns[i], a)
    fresh = any(u == i and p < a and _part_of(an.turns[i], p) == part for u, p, _ in informs)
    if not fresh:
        return False
    earlier = frozenset().union(*(lem for u, p, lem in informs
                                  if u < i or (u == i and _part_of(an.turns[i], p) < part)))
    return not any(lem & earlier for lem in _content_lemmas(sentence, an.language)
                   if not (lem & _CUE_WORDS))


# the words of a summary cue («итак, подведём итог», "kokkuvõtteks"): they announce a recap, restate nothing
_CUE_WORDS = frozenset("итак итог итоги итого подвести резюме резюмировать kokkuvote kokkuvotteks".split())


# what completes a thanks formula once "aitäh" is blanked: ", et pöördusite", «за обращение»
_THANKS_REASON = re.compile(r"(?i)(?:^|(?<=[\s,]))(?:et\s+(?:te\s+|teie\s+)?(?:meiega\s+)?(?:ühendust\s+võtsite|"
                            r"helistasite|pöördusite|kirjutasite|ootasite)|за\s+(?:звонок|обращение|ожидание|"
                            r"терпение|понимание|вопрос)|(?:kõne|pöördumise|ootamise)\s+eest|helistamast|pöördumast)\b")


def _cue_recap(an: TranscriptAnalysis, i: int, rest: tuple, cue: str, pool: frozenset[str]) -> bool:
    """A sentence with a summary cue (the first of ``rest``, the unit's sentences from it on) that recaps:
    a key point stated after the cue, or in the next sentence when the cue stands alone ("Итак, подведём
    итог. Пособие придёт ..."); a connector ("nii et", «в общем») in the answer to the client's new
    question counts only when the sentence restates what was said before (see `recap`)."""
    a, b, sentence = rest[0]
    chars = list(sentence)
    # the cue and the other cue formulas with it (empathy, thanks, goodbye: "Kokkuvõtteks: aitäh, et
    # helistasite!") state no point; a cue followed by nothing but them sums up nothing
    spans = [(m.start, m.end) for m in an.matches(i, [cue])]
    spans += [(p, q) for p, q, name in an.cues(i) if name in CUE_GROUPS]
    for p, q in spans:
        if a <= p < b:
            chars[p - a:min(q, b) - a] = " " * (min(q, b) - p)
    content = _THANKS_REASON.sub(lambda m: " " * len(m.group()), "".join(chars))
    if not any(t.is_word for t in tx.tokenize_cached(content)) and len(rest) > 1:
        na, nb, content = rest[1]
        if tx.is_question(content, an.language) or recap.restates_question(content, an.language) \
                or an.confirmed_check(i, na, nb, content):
            return False  # «Итак, подведём итог. Вы хотите узнать ..., правильно?»: a check of the need, no recap
    if not recap.states_point(content, an.language):
        return False
    return recap.explicit_cue(sentence, an.language) or not _answers_client(an, i) \
        or _restates(sentence, pool, an.language)


def _tells(an: TranscriptAnalysis, sentence: str) -> bool:
    """Does the sentence tell the client something in words with a finite verb, not counting the social
    formulas, the summary cue and the check of understanding (`courtesy._informs`)?"""
    from trainer.scoring.courtesy import _informs  # courtesy imports this module

    return _informs(an, sentence)


def _keywords_for_answer(an: TranscriptAnalysis, i: int, rest: tuple, cue: str) -> bool:
    """Is the verbless recap (the first of ``rest``: no finite verb after the cue, nor in the next sentence when
    the cue stands alone) all that agent unit i says in reply to the client's question (`_left_asking`: "Kas ma võin ka helistada?"
    - "Kokkuvõtteks: vaie 30 päeva, uus taotlus, Töötukassa 15501. Head päeva!")? The question is met with
    keywords; a list after no answer sums up nothing (blind round 13)."""
    from trainer.scoring.acts import has_finite_verb

    a, b, sentence = rest[0]
    chars = list(sentence)
    for m in an.matches(i, [cue]):
        if a <= m.start < b:
            chars[m.start - a:min(m.end, b) - a] = " " * (min(m.end, b) - m.start)
    content = "".join(chars)
    if not any(t.is_word for t in tx.tokenize_cached(content)) and len(rest) > 1:
        content = rest[1][2]
    if has_finite_verb(content, an.language) or not _left_asking(an, i):
        return False
    # what the reply says besides: its other sentences and the words before the cue in this one (speech runs an
    # elliptical answer into the recap: «седьмого декабря в течение дня итак седьмое сумма 694,80»)
    cue_at = min((m.start for m in an.matches(i, [cue]) if a <= m.start < b), default=a)
    said = [s for p, _, s in an.sentences(i) if p != a] + [an.turns[i].text[a:cue_at]]
    return not any(_tells(an, s) or _ANSWER_SHAPE.search(s) for s in said)


def _left_asking(an: TranscriptAnalysis, i: int) -> bool:
    """Does the client's message right before agent unit i end with a question ("Olgu. Kas ma võin ka helistada?"),
    not with taking the answer ("ok, selge, mis kirjutada ja kuhu saata, see on nüüd teada. aitäh")?"""
    client = i - 1
    if client < 0 or an.turns[client].role != "client":
        return False
    said = [(a, b, s) for a, b, s in an.sentences(client) if any(t.is_word for t in tx.tokenize_cached(s))]
    if not said:
        return False
    a, b, last = said[-1]
    return _client_asks(an.turns[client], last, an.language) and not _echo(an, client, last) and not any(
        a <= m.start < b for m in an.matches(client, ["thanks", "farewell"], any_language=True))


# an elliptical answer: a yes or no, a number, a month ("5. kuupäeval", «седьмого декабря»)
_ANSWER_SHAPE = re.compile(r"(?i)^\W*(?:jah|jaa|ei|да|нет)\b|\d|\b(?:jaanuar|veebruar|märts|aprill|mai\b|juuni|juuli|"
                           r"august|september|oktoober|november|detsember|январ|феврал|марта|апрел|ма[яй]\b|июн|июл|"
                           r"август|сентябр|октябр|ноябр|декабр)")


# kinds of non-answer (`acts`) that say keywords instead of an answer
_KEYWORD_KINDS = ("keyword_chain", "checklist")


def _told_in_keywords(an: TranscriptAnalysis, i: int) -> bool:
    """Does agent unit i reply to the client's question with keyword strings only (a non-answer of `acts`:
    "Vastus: taotlus – iseteenindus – 10 päeva.", a ticked checklist), no sentence of it telling anything? A
    check of understanding after it checks nothing: nothing was said to understand (blind round 13). One
    elliptical answer ("Kümne päeva jooksul. Kas on selge?") is no keyword string."""
    acts = an.acts if an.acts is not None else getattr(an.raw, "acts", None)
    if acts is None or not _answers_client(an, i):
        return False
    turns = {p[1] for p in an.turns[i].parts}
    if not any(f.turn in turns and f.kind in _KEYWORD_KINDS for f in acts.findings):
        return False
    return not any(_tells(an, s) for _, _, s in an.sentences(i))


def _rejected_checks(an: TranscriptAnalysis, checkq: str) -> set[tuple[str, ...]]:
    """The words of each check of understanding the client's next message answered "no" to."""
    out = set()
    for i in an.agent_indexes:
        reply = next((j for j in range(i + 1, len(an.turns)) if an.turns[j].role == "client"), None)
        if reply is None or not recap.rejects(an.turns[reply].text, an.language):
            continue
        matches = an.matches(i, [checkq], any_language=True)
        out |= {sentence_key(s) for a, b, s in an.sentences(i) if any(a <= m.start < b for m in matches)}
    return out


def _client_confirms(an: TranscriptAnalysis, i: int) -> bool:
    """Does the client's next message after agent unit i confirm its check and ask nothing more?"""
    reply = next((j for j in range(i + 1, len(an.turns)) if an.turns[j].role == "client"), None)
    return reply is not None and recap.confirms(an.turns[reply].text, an.language)


def _goodbye_after(an: TranscriptAnalysis, i: int, end: int) -> bool:
    """Does a goodbye follow position ``end`` in the same message of unit i?"""
    unit = an.turns[i]
    part = _part_of(unit, max(end - 1, 0))
    if any(m.start >= end and _part_of(unit, m.start) == part
           for m in an.matches(i, ["farewell"], any_language=True)):
        return True
    # the goodbye pasted into reply after reply is dropped from the acts as a repeat, but it was still said
    # in this message after the check ("Понятно? Всего доброго."): read the message as it was written
    raw = getattr(an, "raw", an)
    if raw is an:
        return False
    turn = unit.parts[part][1]
    a, _ = _sentence_of(an, i, max(end - 1, 0))
    said = unit.text[max(a, unit.parts[part][0]):end].strip()
    for r in raw.agent_indexes:
        for offset, index, _ in raw.turns[r].parts:
            if index != turn:
                continue
            k = raw.turns[r].text.find(said, offset) if said else -1
            if k < 0:
                return False
            after = k + len(said)
            return any(m.start >= after and _part_of(raw.turns[r], m.start) == _part_of(raw.turns[r], offset)
                       for m in raw.matches(r, ["farewell"], any_language=True))
    return False


_SOCIAL = ("greeting", "thanks", "farewell", "offer_help")


def _without_social(an: TranscriptAnalysis, i: int, a: int, sentence: str) -> str:
    """The sentence with its social formulas blanked ("если будут вопросы, звоните, всего доброго"): a
    closing restates no key point."""
    chars = list(sentence)
    for m in an.matches(i, _SOCIAL, any_language=True):
        lo, hi = max(m.start - a, 0), min(m.end - a, len(chars))
        if lo < hi:
            chars[lo:hi] = " " * (hi - lo)
    return "".join(chars)


_STOP = frozenset("""olema saama ja ning et kui siis see seda selle need nende oma teie te teil teile teid mina ma
    mul meie me meil ka ei pole veel juba nii kas mis mida kes kus kuidas või aga vaid ainult kohta jaoks
    быть и а но что как это этот эта эти вы ваш ваша вам вас мы нас нам я мне меня не да уже ещё еще так
    для по на в с к о от до при или же ли если можно нужно надо конечно хорошо ладно понятно спасибо пожалуйста
    vaja voib muidugi selge jah palun aitah tanan hasti""".split())


@lru_cache(maxsize=20_000)
def _content_lemmas(sentence: str, language: str) -> list[frozenset[str]]:
    out = []
    for t in tx.tokenize_cached(sentence):
        if t.is_word and len(t.norm) >= 4 and t.norm not in _STOP:
            lem = tx.lemmas(t.text, language)
            if not (lem & _STOP):
                out.append(lem)
        elif t.text[:1].isdigit():
            out.append(frozenset({t.text}))
    return out


@lru_cache(maxsize=20_000)
def _topic_words(text: str, language: str) -> frozenset[str]:
    """Noun-like content lemmas (>= 5 letters) of a client's text."""
    out: set[str] = set()
    for lem in _content_lemmas(text, language):
        if not _verbal(lem):
            out |= {x for x in lem if len(x) >= 5}
    return frozenset(out)


_GREETING_LEMMAS = frozenset("tere tervist здравствуйте здравствовать привет hello".split())


def _verbal(lemmas: frozenset[str]) -> bool:
    """A verb (Estonian ma-infinitive, Russian infinitive) or a greeting: no topic of its own."""
    return bool(lemmas & _GREETING_LEMMAS) or any(
        x.endswith(("ть", "ться", "чь")) or (len(x) > 3 and x.endswith("ma")) for x in lemmas)


def _inform_lemmas(an: TranscriptAnalysis, answer: tuple[int, int]) -> list[tuple[int, int, frozenset[str]]]:
    """(unit, start, content lemmas) of every agent inform from the main answer on (what a recap may
    restate); a candidate recap is compared only with the informs before it."""
    out = []
    unit, pos = answer
    for i in an.agent_indexes:
        if i < unit:
            continue
        for a, b, sentence in an.sentences(i):
            if (i > unit or a >= pos) and an.is_inform(i, a, b, sentence):
                lemmas: set[str] = set()
                for lem in _content_lemmas(sentence, an.language):
                    lemmas |= lem
                out.append((i, a, frozenset(lemmas)))
    return out


def _restates(sentence: str, pool: frozenset[str], language: str, drop_cues: bool = False) -> bool:
    """A later sentence that takes up the earlier informs: >= 3 content words shared, >= 35 % of its own
    (with ``drop_cues``, not counting the words of a summary cue: «итак, подведём итог» restates nothing)."""
    if tx.is_question(sentence, language):
        return False
    words = [lem for lem in _content_lemmas(sentence, language) if not (drop_cues and lem & _CUE_WORDS)]
    if len(words) < 3:
        return False
    shared = sum(1 for lem in words if lem & pool)
    return shared >= 3 and shared >= 0.35 * len(words)


def _answers_client(an: TranscriptAnalysis, i: int) -> bool:
    """Did the client ask something since the agent's last inform before unit i (so unit i answers it)?"""
    for j in range(i - 1, -1, -1):
        unit = an.turns[j]
        if unit.role == "client" and _asks(an, j):
            return True
        if unit.role == "agent" and any(an.is_inform(j, a, b, s) for a, b, s in an.sentences(j)):
            return False
    return False


_EITHER_OR = frozenset("или либо või voi".split())
_NEED_WORDS = frozenset("""vaja tarvis tuleb tuleks peab peate voib voite нужно надо можно должны должен должна
    необходимо следует нужна нужен""".split())


def _alternative_taken(sentence: str, reply: str) -> bool:
    """Is the spoken sentence an either-or that ends in its second alternative («а мама получает пенсию на
    эстонский счёт или на российский», "ema saab pensioni eesti kontole või vene kontole"), and does the
    client's reply open with a word of one of the alternatives («на эстонский ...», "eesti kontole")? The
    client chose: it was a question. A rule that lists who or where ("tõendi annab kas perearst või eriarst
    või ...", «нужно подать в бюро или по почте»): more than one alternative word, a word of need, or more
    than 16 words, states."""
    words = [t.norm for t in tx.tokenize_cached(sentence) if t.is_word]
    ors = [n for n, w in enumerate(words) if w in _EITHER_OR]
    if len(ors) != 1 or len(words) > 16 or any(w in _NEED_WORDS for w in words):
        return False
    k = ors[0]
    if k < 2 or not 1 <= len(words) - k - 1 <= 4:
        return False
    stems = {w[:5] for w in words[max(0, k - 4):k] + words[k + 1:] if len(w) >= 4}
    first = [t.norm for t in tx.tokenize_cached(reply) if t.is_word][:3]
    return any(len(w) >= 4 and w[:5] in stems for w in first)


def _check_tail(sentence: str, language: str) -> str | None:
    """The check that ends an unpunctuated sentence which the speech breaks did not cut off from what came
    before it («Давайте разберёмся по порядку Ваша мама получала у нас пенсию», "Понимаю Вы хотите подать
    жалобу"): the words from the last «вы»/"te"-form or «это»/"see" that can open a check on, when they are
    one (`tx.is_check_statement`). Only asked when the client's yes or no showed a question was asked."""
    tokens = [t for t in tx.tokenize_cached(sentence) if t.is_word]
    if any(t.norm in _OPENING_WORDS for t in tokens):
        return None  # "tere ... teid teenindab Triin" introduces the agent
    for k in range(len(tokens) - 3, 0, -1):
        if tokens[k].norm in _CHECK_OPENERS and tx.is_check_statement(sentence[tokens[k].start:], language):
            return sentence[tokens[k].start:]
    return None


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


_OPENING_WORDS = frozenset("tere tervist teenindab kuuleb здравствуйте обслуживает слушает зовут".split())
_CHECK_OPENERS = frozenset("""вы вас вам ваш ваша ваше ваши вашей вашего вашу это речь
    te teie teil teile teid see""".split())


def _part_of(unit: Unit, pos: int) -> int:
    """Which original message of the unit holds position pos."""
    return max(0, bisect_right([p[0] for p in unit.parts], pos) - 1)


def _closing(check: Check, an: TranscriptAnalysis) -> Outcome:
    """A polite closing as an act: thanks or a farewell in the agent's last unit, which is not also the
    opening, performs no stuffed cue chain and leaves no client question open (the client's last unit
    before it asked something the closing does not answer), with no client question after it."""
    if not an.agent_indexes:
        return Outcome(False, [])
    last = an.agent_indexes[-1]
    names = check.value_list()
    # the agent's last unit is one reply however many messages carry it ("Aitäh, et helistasite!" sent
    # before "Soovin emale kiiret paranemist!"): a closing counts from the last message that informs on
    tail = _last_informing_part(an, last)
    found = [m for m in an.matches(last, names, check.phrases, check.any_language)
             if m.start >= tail and not an.is_stuffed(last, *_sentence_of(an, last, m.start))]
    evidence = [an.match_evidence(last, m) for m in found]
    raw = getattr(an, "raw", None)
    acts = getattr(an, "acts", None)
    repeated = acts is not None and any(f.kind == "repeat" and f.turn in {p[1] for p in an.turns[last].parts}
                                        for f in acts.findings)
    if not found and repeated and raw is not None and last in raw.agent_indexes:
        said = raw.matches(last, names, check.phrases, check.any_language)
        if said:  # thanked and wished, but word for word as an earlier reply: a pasted repeat, no closing act
            return Outcome(False, [raw.match_evidence(last, said[-1])], "repeated_goodbye")
    if not found:
        return Outcome(False, evidence, "no_closing")
    if last == an.agent_indexes[0]:
        return Outcome(False, evidence, "no_conversation")
    # a goodbye that already ended two or more earlier replies, the client going on after each, is a macro
    if repeats_goodbye(an, last, tail):
        return Outcome(False, evidence[:1], "repeated_goodbye")
    before = last - 1 if last > 0 and an.turns[last - 1].role == "client" else None
    after = last + 1 if last + 1 < len(an.turns) else None
    # repeating an earlier statement answers no new question (leftopen.py)
    answered = answers_anew(an, last, before)
    if before is not None and (_asks(an, before) or says_unanswered(an.turns[before].text)
                               or _asks_elliptically(an, before)) and not answered:
        return Outcome(False, _question_evidence(an, before), "open_question")
    # the client's "no" to the check of understanding: only a new answer, not an offer ("могу отправить Вам
    # копию переписки") after the goodbye, takes it up
    if before is not None and rejects_check(an, before) and not answers_anew(an, last, before, skip=("offer",)):
        return Outcome(False, _question_evidence(an, before), "open_question")
    if open_at_goodbye(an, before):  # «Да, наверное.» to "did I answer?" after questions missed in substance
        return Outcome(False, [an.evidence(before, an.turns[before].text.strip())], "unanswered")
    if after is not None and _asks(an, after):
        return Outcome(False, _question_evidence(an, after), "open_question")
    untaken = untaken_question(an, last)  # a second question asked earlier and never taken up (leftopen.py)
    if untaken is not None:
        return Outcome(False, [an.evidence(untaken[0], untaken[1].strip())], "open_question")
    return Outcome(True, evidence)


def _last_informing_part(an: TranscriptAnalysis, i: int) -> int:
    """Start of the last message of unit i that informs (see `is_inform`), or 0: a thanks in an earlier
    message, before the last answer of the unit, closes nothing."""
    parts = an.turns[i].parts
    starts = [p[0] for p in parts]
    informing = [a for a, b, s in an.sentences(i) if an.is_inform(i, a, b, s)]
    if not informing:
        return 0
    last = max(informing)
    return max(start for start in starts if start <= last)


def _question_evidence(an: TranscriptAnalysis, i: int) -> list[Evidence]:
    """The client's open question as the evidence of a failed closing (the feedback quotes it)."""
    for a, b, sentence in reversed(an.sentences(i)):
        if _client_asks(an.turns[i], sentence, an.language):
            return [an.evidence(i, sentence, a, b)]
    return [an.evidence(i, an.turns[i].text)]


def _asks(an: TranscriptAnalysis, i: int) -> bool:
    """Does the client unit ask something (a question that is not a thanks, a goodbye or an echo)?"""
    for a, b, sentence in an.sentences(i):
        if _client_asks(an.turns[i], sentence, an.language) and not _echo(an, i, sentence) and not any(
                a <= m.start < b for m in an.matches(i, ["thanks", "farewell"], any_language=True)):
            return True
    return False


def _asks_elliptically(an: TranscriptAnalysis, i: int) -> bool:
    """Does client unit i (speech, no punctuation) end by still asking without a question word ("selge aga see
    eilne raha siis", «так а латвия то"), see `leftopen.asks_elliptically`?"""
    unit = an.turns[i]
    return unit.role == "client" and unit.unpunctuated() and asks_elliptically(unit.text, an.language)


def _echo(an: TranscriptAnalysis, i: int, sentence: str) -> bool:
    """«Андрей?», "Seitsmendal?": the client repeats the agent's name or a word of the agent's last reply."""
    previous = next((an.turns[j].text for j in range(i - 1, -1, -1) if an.turns[j].role == "agent"), "")
    return tx.is_echo(sentence, previous, an.language)


def _sentence_of(an: TranscriptAnalysis, i: int, pos: int) -> tuple[int, int]:
    for a, b, _ in an.sentences(i):
        if a <= pos < b:
            return a, b
    return pos, pos + 1


def _response(check: Check, an: TranscriptAnalysis) -> Outcome:
    """Empathy as an act: the concept's phrases in an agent sentence that responds to a client unit
    voicing a problem or negative feeling (concept ``client_problem``, or "?!"); a cue said before the
    client said anything, or inside a stuffed cue chain, is no response."""
    names = [] if check.phrases is not None else check.value_list()
    evidence = []
    pasted = pasted_sentences(an)  # a macro pasted into several replies responds to none (macros.py)
    for i, lo, hi in an.spans(check.scope):
        if an.client_problem_before(i) is None:
            continue
        # a reply in the other language (written before a switch: «Понимаю Вас» in a chat that goes on in
        # Estonian) is read in its own language
        own = tx.detect_language(an.turns[i].text)
        labelled = _labels_empathy(an.raw.turns[i].text)
        for m in an.matches(i, names, check.phrases, check.any_language or (own in ("et", "ru") and own != an.language)):
            a, b = _sentence_of(an, i, m.start)
            sentence = an.turns[i].text[a:b]
            if _is_spoken(an.turns[i].text):  # «... когда не знаешь придут деньги или нет» asks nothing
                sentence = indirect_alternative(sentence) or sentence
            if not lo <= m.start < hi or an.is_stuffed(i, a, b) or recited_in_opener(an, i, m.quote) \
                    or _asks_question(an.turns[i].text, sentence, an.language) \
                    or sentence_key(an.turns[i].text[a:b]) in pasted or labelled \
                    or (_is_spoken(an.turns[i].text) and pasted_run(an, i, m.start)):
                continue  # "Kas ma saan õigesti aru ...?" is no empathy
            if concedes(an, i, m, b) or (stock_formula(an, i, m, a, b) and (recites_empathy(an, pasted)
                                                                           or dismissed_later(an, i, m))):
                continue  # "saan aru aga ...", the reciting or dismissing agent's "Mõistan Teie muret." (empathy.py)
            words, covered, _, _ = an.cue_coverage(i, a, b)
            previous = i - 1 if i > 0 and an.turns[i - 1].role == "client" else None
            if words <= 2 and words == covered and not (previous is not None and an.voices_problem(previous)):
                continue  # a bare "Понимаю." to «Так почему?» acknowledges content, not a feeling
            evidence.append(an.match_evidence(i, m))
    return Outcome(bool(evidence), evidence)


# the empathy step named in the reply: a hashtag ("#empaatia", "#vabandus") or a sentence that is only the
# step's name ("Сочувствие.", "Empaatia:")
_EMPATHY_TAG = re.compile(r"(?i)#(?:empaatia|kaastunne|vabandus|сочувствие|эмпатия|извинение)\b")
# ("Kaastunne." alone is the cue itself, a keyword, judged as such: not a label of another cue)
_EMPATHY_STEP = frozenset("empaatia vabandus сочувствие эмпатия извинение".split())
# ... or a line headed by the step's name and a colon, checklist style («✅ Сочувствие: понимаю, как это для Вас
# важно.», "- Empaatia: mõistan Teid")
_EMPATHY_HEAD = re.compile(r"(?im)^[^\w\n]*(?:empaatia|kaastunne|vabandus|сочувствие|эмпатия|извинение)\s*:")


def _labels_empathy(text: str) -> bool:
    """Does the agent reply label the empathy step by name? Its cue is then the checklist item read out («Сочувствие.
    Понимаю, как это для Вас важно.», "Vabandan ebamugavuste pärast. #empaatia"), not a response to the client."""
    if _EMPATHY_TAG.search(text) or _EMPATHY_HEAD.search(text):
        return True
    return any([t.norm for t in tx.tokenize_cached(s) if t.is_word] in ([w] for w in _EMPATHY_STEP)
               for _, _, s in _sentences(text))


def _regex(check: Check, an: TranscriptAnalysis) -> Outcome:
    patterns = check.value_list()
    if isinstance(check.phrases, dict):
        patterns += check.phrases.get(an.language) or []
    elif check.phrases:
        patterns += list(check.phrases)
    evidence = []
    for i in an.scope(check.scope):
        for pattern in patterns:
            for m in _compiled(pattern).finditer(an.turns[i].text):
                evidence.append(an.evidence(i, m.group(0), m.start(), m.end()))
    return Outcome(bool(evidence), evidence)


@lru_cache(maxsize=512)
def _compiled(pattern: str) -> re.Pattern:
    return compile_safe(pattern, re.IGNORECASE)  # validation refused unsafe ones; a programmatic rubric too


def _fact(check: Check, an: TranscriptAnalysis) -> Outcome:
    evidence = []
    for i in an.scope(check.scope):
        for fact in check.value_list():
            m = _find_fact(an.turns[i].text, fact, an.language)
            if m is not None and not m.negated:
                evidence.append(an.match_evidence(i, m))
    return Outcome(bool(evidence), evidence)


def _order(check: Check, an: TranscriptAnalysis) -> Outcome:
    first, then = evaluate_check(check.first, an), evaluate_check(check.then, an)
    evidence = first.evidence[:1] + then.evidence[:1]
    if not (first.passed and then.passed):
        return Outcome(False, evidence, "missing")
    return Outcome(first.first_turn() <= then.first_turn(), evidence, "wrong_order")


def _all(check: Check, an: TranscriptAnalysis) -> Outcome:
    results = [evaluate_check(c, an) for c in check.checks]
    needed = check.threshold if check.threshold is not None else len(results)
    evidence = [e for r in results for e in r.evidence]
    failed = next((i for i, r in enumerate(results) if not r.passed), None)
    wrong = next((i for i, r in enumerate(results) if not r.passed and r.wrong), None)
    if wrong is not None:
        failed = wrong  # a wrong statement is the reason to name first
    passed = sum(r.passed for r in results) >= needed
    if not passed and failed is not None:  # the failing part's evidence is what the feedback quotes
        evidence = results[failed].evidence + [e for i, r in enumerate(results) if i != failed for e in r.evidence]
        if not results[failed].evidence and not results[failed].wrong:
            evidence = []  # a missing part: another part's words are no quote for it
    return Outcome(passed, evidence, f"part_{failed}" if failed is not None else "",
                   wrong=not passed and wrong is not None)


def _any(check: Check, an: TranscriptAnalysis) -> Outcome:
    results = [evaluate_check(c, an) for c in check.checks]
    needed = check.threshold if check.threshold is not None else 1
    passed = sum(r.passed for r in results) >= needed
    evidence = [e for r in results if r.passed for e in r.evidence] if passed else \
        [e for r in results if r.wrong for e in r.evidence]
    return Outcome(passed, evidence, wrong=not passed and any(r.wrong for r in results))


# -- checks on what a sentence states (issue 10): facts by value, promises, status, non-answers --------


def _value(check: Check, an: TranscriptAnalysis) -> Outcome:
    """A fact stated with the right value and never with a wrong one (reasons ``wrong``, ``missing``)."""
    lang = an.language
    right = tuple(check.localized_list("right", lang))
    wrong = tuple(check.localized_list("wrong", lang))
    topic = tuple(check.localized_list("topic", lang))
    rights, wrongs = [], []
    units = {q.unit for q in (parse_quantity(p, lang) for p in right) if q is not None}
    for i in an.scope(check.scope):
        for hit in find_values(an.turns[i].text, lang, right, wrong, topic, check.other_values != "ignore",
                               other_units_wrong=check.other_values == "any_unit",
                               first_on_topic=bool(topic) and _asked_on_topic(an, i, topic, units)):
            (rights if hit.right else wrongs).append(an.evidence(i, hit.sentence))
    if wrongs:
        return Outcome(False, wrongs, "wrong", wrong=True)
    return Outcome(bool(rights), rights, "" if rights else "missing")


def _asked_on_topic(an: TranscriptAnalysis, i: int, topic: tuple[str, ...], units: set) -> bool:
    """Does agent unit i answer a client question about the fact's quantity ("ja mitu päeva mul on?",
    «сколько дней у меня?») in a conversation where the client raised the topic ("olen isa ...")? Then the
    reply's first sentence needs no topic word of its own: "jah, 30 päeva, võib võtta osade kaupa"."""
    j = i - 1
    if j < 0 or an.turns[j].role != "client" or not units:
        return False
    asked = " ".join(s for _, _, s in an.sentences(j) if _client_asks(an.turns[j], s, an.language))
    if not asked or not any(unit[-1] in tx.lemmas(t.norm, an.language)
                            for t in tx.tokenize_cached(asked) if t.is_word for unit in units):
        return False
    topic_set = _phrase_set(_freeze(topic), an.language)
    return any(not m.negated for k in range(j + 1) if an.turns[k].role == "client"
               for m in topic_set.find_all(an.turns[k].text))


def _sentences_of(finder, check: Check, an: TranscriptAnalysis) -> Outcome:
    evidence = [an.evidence(i, st.quote) for i in an.scope(check.scope)
                for st in finder(an.turns[i].text, an.language)]
    return Outcome(bool(evidence), evidence)


def _promise(check: Check, an: TranscriptAnalysis) -> Outcome:
    """A promise or guess of an outcome, a date or an amount (normally used as ``not-promise``)."""
    return _sentences_of(find_promises, check, an)


def _status(check: Check, an: TranscriptAnalysis) -> Outcome:
    """A statement of an application's status (normally ``not-status``: a guess while the system is down)."""
    return _sentences_of(find_status_statements, check, an)


def _identifier_request(check: Check, an: TranscriptAnalysis) -> Outcome:
    """A request for a name, address, personal code ... (normally ``not-identifier-request``)."""
    return _sentences_of(find_identifier_requests, check, an)


_GREETING_WORDS = frozenset(
    "tere tervist hea paeva ohtust hommikust здравствуйте здравствуй добрый доброе день утро вечер привет".split())


def _introduces(sentence: str, a: int, b: int, an: TranscriptAnalysis) -> bool:
    """Is the authority at sentence[a:b] the speaker's own introduction, not the one a service is given to? Only
    greeting words before it and the agent's first name within two words after it: «здравствуйте департамент
    соцстрахования трийн вам нужна ... оценка трудоспособности ...» (speech without punctuation) introduces the
    agent; "Sotsiaalkindlustusamet hindab töövõimet" stays a wrong authority."""
    before = [w for w in re.findall(r"\w+", tx.fold(sentence[:a]))]
    if any(w not in _GREETING_WORDS for w in before):
        return False
    after = re.findall(r"\w+", sentence[b:])[:2]
    own = tx.fold(an.context.agent_name) if an.context.agent_name else None
    return any((own and tx.fold(w) == own) or tx.is_first_name(w) for w in after)


def _wrong_authority(check: Check, an: TranscriptAnalysis) -> Outcome:
    """A clause naming a service with an authority that does not provide it (normally
    ``not-wrong-authority``; `authorities.wrong_clauses`)."""
    services = check.services or {}
    authorities = {*check.authorities, *(a for auths in services.values() for a in auths)}
    names = sorted({*services, *authorities})
    evidence = []
    service_names = sorted(services)
    for i in an.scope(check.scope):
        if not an.matches(i, service_names):
            continue  # most replies name none of the services: no authority to look up
        found = {name: [(m.start, m.end) for m in an.matches(i, [name])] for name in names}
        for start, end, sentence in an.sentences(i):
            if tx.is_question(sentence, an.language):
                continue
            spans = {name: [(a - start, b - start) for a, b in hits if start <= a < end] for name, hits in found.items()}
            spans = {name: [(a, b) for a, b in hits if not (name in authorities and _introduces(sentence, a, b, an))]
                     for name, hits in spans.items()}
            for quote in wrong_clauses(sentence, services, authorities, spans):
                evidence.append(an.evidence(i, quote))
    return Outcome(bool(evidence), evidence)


def _real_answers(check: Check, an: TranscriptAnalysis) -> Outcome:
    """Every agent reply performs an act: no keyword chain, no pasted repeat, no instruction to the agent,
    no knowledge text about "the client". Reason: the kind of the first finding."""
    acts = an.acts if an.acts is not None else an.raw.acts
    findings = acts.replies() if acts is not None else []
    if not findings:
        return Outcome(True, [])
    evidence = [an.turn_evidence(f.turn, f.quote) for f in findings]
    return Outcome(False, evidence, findings[0].kind, wrong=True)


def _answered_last(check: Check, an: TranscriptAnalysis) -> Outcome:
    """The client's last line before the agent's last reply was no question, or the agent's last reply
    answers it: a sentence with a finite verb that is no question and no social formula. Saying goodbye
    to an open question fails (reason ``open_question``; the evidence quotes the client's question)."""
    from trainer.scoring.acts import SOCIAL_CONCEPTS, has_finite_verb

    if not an.agent_indexes:
        return Outcome(True, [])
    last = an.agent_indexes[-1]
    client = next((i for i in range(last - 1, -1, -1) if an.turns[i].role == "client"), None)
    if client is None:
        return Outcome(True, [])
    question = next((s.strip() for _, _, s in reversed(tx.split_sentences(an.turns[client].text))
                     if _client_asks(an.turns[client], s, an.language) and not _echo(an, client, s)), None)
    if question is None:
        return Outcome(True, [])
    social = an.phrase_set(SOCIAL_CONCEPTS + ("further_help", "understanding_check"))
    for _, _, sentence in tx.split_sentences(an.turns[last].text):
        if tx.is_question(sentence, an.language) or not has_finite_verb(sentence, an.language):
            continue
        rest = sentence
        for m in social.find_all(sentence):
            rest = rest.replace(m.quote, " ")
        if has_finite_verb(rest, an.language):
            return Outcome(True, [an.evidence(last, sentence.strip())])
    return Outcome(False, [an.evidence(client, question)], "open_question")


def _knowledge_values(check: Check, an: TranscriptAnalysis) -> Outcome:
    """No agent sentence states a number that the knowledge base contradicts (``kbvalues.find_wrong_values``):
    it names a fact's topic and says a number of the fact's unit that no fact on the topics it names has
    ("Ravikindlustus kehtib veel kuus kuud" where the fact says two months). Reason ``wrong``; the feedback's
    ``{right}`` is the text of the facts on that topic."""
    raw = an.raw
    facts = raw.knowledge or an.knowledge
    if not facts:
        return Outcome(True, [])
    evidence, right, reason = [], "", ""
    for i in raw.scope(check.scope):
        if raw.turns[i].role != "agent":
            continue
        for hit in find_wrong_values(raw.turns[i].text, raw.language, facts):
            evidence.append(raw.evidence(i, hit.sentence))
            right = right or hit.right
            reason = reason or ("wrong_claim" if hit.claim else "wrong")
    if not evidence:
        return Outcome(True, [])
    return Outcome(False, evidence, reason, wrong=True, fill={"right": right})


def _rude(check: Check, an: TranscriptAnalysis) -> Outcome:
    """Rudeness: see `trainer.scoring.courtesy` (imported here, not at the top: it imports this module)."""
    from trainer.scoring.courtesy import rude

    return rude(check, an)


_EVALUATORS = {
    "concept": _concept,
    "question": _question,
    "identification": _identification,
    "data-protection": _data_protection,
    "informal-address": _informal,
    "own-name": _own_name,
    "recap": _recap,
    "closing": _closing,
    "response": _response,
    "regex": _regex,
    "fact": _fact,
    "order": _order,
    "all": _all,
    "any": _any,
    "value": _value,
    "promise": _promise,
    "status": _status,
    "identifier-request": _identifier_request,
    "real-answers": _real_answers,
    "answered-last": _answered_last,
    "knowledge-values": _knowledge_values,
    "wrong-authority": _wrong_authority,
    "rude": _rude,
}
