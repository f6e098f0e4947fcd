"""One transcript read once for every check: messages normalised and merged into units, sentences, cue
words, the main answer, the identification and disclosures (:class:`TranscriptAnalysis`), with the sentence-level
readings the checks share (questions, content lemmas, restatements)."""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.clarify import (
    echoes_client,
    needs_answer,
)
from trainer.scoring.codes import (
    code_checked_back,
    code_corrected_back,
    code_joined_by_and,
    code_read_back,
    code_zero_slip,
    spelt_codes,
)
from trainer.scoring.labels import unlabelled
from trainer.scoring.leftopen import (
    asks_elliptically,
)
from trainer.scoring.namecheck import affirms, checks_name
from trainer.scoring.opening import keyword_line_start
from trainer.scoring.promises import names_feeling
from trainer.scoring.statements import (
    Statement,
    find_status_statements,
    states_own_record,
    winks_by_face,
)
from trainer.scoring.steplist import names_steps
from trainer.scoring.transcript import Transcript


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
        if names_steps(self.turns[i].text[start:end]) or names_steps(self.turns[i].original_text(start, end)):
            return True  # "..., arusaadavuse kontroll, tänu, head soovid.": the steps listed by name (steplist.py)
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
        # no code given to a request: a code the caller gave anyway, then the name it found read back and confirmed
        checked = None if given is not None or self.context.no_identifiers else self._name_checked()
        if checked is not None:
            complete = checked[2]
        if self.policy == "code_and_item" and complete is not None:
            item = next((i for i in self.agent_indexes if self.matches(i, ["verification_item"])), None)
            answered = None if item is None else next(
                (i for i in range(item + 1, len(self.turns)) if self.turns[i].role == "client"), None)
            complete = None if answered is None else max(complete, answered)
        logged_in = None
        if self.transcript.channel == "chat" and not self.context.no_identifiers and not self.context.scenario_id:
            logged_in = self._verified_turn(_LOGGED_IN)
            if logged_in is not None and (complete is None or logged_in < complete):
                complete = logged_in
        self._identification = {"asked": asked, "given": given, "complete": complete, "logged_in": logged_in,
                                "checked": None if checked is None else checked[:2]}
        return self._identification

    def _name_checked(self) -> tuple[int, str, int] | None:
        """(agent unit, sentence, confirming client unit) of a name check (`namecheck.checks_name`: "aitäh mari
        tamm õige", «Я говорю с Оксаной Коваленко?») right after a client unit giving a valid code, which the
        caller's next reply confirms (`namecheck.affirms`), or None."""
        own = frozenset(tx.fold(t.text) for t in tx.tokenize_cached(self.turns[self.agent_indexes[0]].text)
                        if t.is_word) if self.agent_indexes else frozenset()
        for g, turn in enumerate(self.turns[:-2]):
            if turn.role != "client" or not (self._valid_code(turn.text) or self._code_ends(g)):
                continue
            k = g + 1
            if self.turns[k].role != "agent" or self.turns[k + 1].role != "client" \
                    or not affirms(self.turns[k + 1].text):
                continue
            said = next((s.strip() for _, _, s in self.sentences(k) if checks_name(s, self.language, own)), None)
            if said is not None:
                return k, said, k + 1
        return None

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
        whole = self._valid_code(self.turns[i].text) or code_joined_by_and(self.turns[i].text) or self._slipped(i)
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

    def _slipped(self, i: int) -> str:
        """The code the client's unit `i` gives with one zero too many read in pairs (`code_zero_slip`), when the
        agent's next unit goes on without asking for the code again or reading one back (a read-back the caller
        must confirm: `_read_back`) ("" if not)."""
        unit = self.turns[i]
        code = code_zero_slip("\n".join(p[2].original for p in unit.parts), re.sub(r"\D", "", unit.text))
        k = i + 1
        if not code or k >= len(self.turns) or self.turns[k].role != "agent" \
                or self.matches(k, ["identification_request"]) \
                or len(re.sub(r"\D", "", self.turns[k].text)) >= 9 or spelt_codes(self.turns[k].text):
            return ""
        return code

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
        # the correction's digits replace how many of the code's last ones? The agent's read-back of the code it
        # makes tells ("... последняя пять ... ноль два семь пять" → «... ноль два семь пять» read back)
        if i + 1 < len(self.turns) and self.turns[i + 1].role == "agent":
            found = code_corrected_back(given, runs, self.turns[i + 1].text)
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
        `code_read_back`), or puts right by one digit when the caller then confirms it (`code_checked_back`)."""
        k = i + 1
        if k >= len(self.turns) or self.turns[k].role != "agent":
            return ""
        code = code_read_back(self.turns[i].text, self.turns[k].text)
        if code or k + 1 >= len(self.turns) or self.turns[k + 1].role != "client" \
                or not affirms(self.turns[k + 1].text):
            return code
        return code_checked_back(self.turns[i].text, self.turns[k].text)

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
                    own = all(_code_owner(i, self, hits, a, b) == "own" for a, b, _ in self._asked(i, hits))
            elif own:
                code = self._code_ends(i) or self._corrects_code(i)
                if code:
                    return i, code
        return None

    def _asked(self, i: int, hits) -> list[tuple[int, int, str]]:
        """The sentences of agent unit `i` holding one of the request matches `hits`."""
        return [(a, b, s) for a, b, s in self.sentences(i) if any(a <= m.start < b for m in hits)]

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
            found = list(find_status_statements(self.turns[i].text, self.language))
            # a winking face the normalised text dropped ("... смысл есть 😉"): read on the original words
            spans = self.sentences(i)
            found += [Statement(a, b, s.strip(), "status") for k, (a, b, s) in enumerate(spans)
                      if winks_by_face(self.turns[i].original_text(
                          a, spans[k + 1][0] if k + 1 < len(spans) else len(self.turns[i].text)), s, self.language)]
            for st in sorted(found, key=lambda st: st.start):
                if authorised is None or (i, st.start) < authorised:
                    return i, st
        return None

    def early_own_status(self) -> tuple[int, Statement] | None:
        """In a transcript of a real call or chat about the caller's own data (identification required, no third
        person): the first agent sentence telling the state of their record (`states_own_record`: "näen, et
        teie pensioni maksmine on peatatud", «Ваше заявление поступило») before identification was complete or,
        when the code was asked, before the caller answered it with digits, or None."""
        ctx = self.context
        if not ctx.identification_required or ctx.third_party or ctx.no_identifiers or ctx.scenario_id:
            return None
        state = self.identification()
        bound = [state["complete"]] if state["complete"] is not None else []
        if state["asked"] is not None:
            bound += [i for i in range(state["asked"] + 1, len(self.turns)) if self.turns[i].role == "client"
                      and len(re.sub(r"\D", "", self.turns[i].text)) >= 9][:1]
        end = min(bound, default=len(self.turns))
        for i in self.agent_indexes:
            if i >= end:
                break
            for a, b, sentence in self.sentences(i):
                if states_own_record(sentence, self.language):
                    return i, Statement(a, b, sentence.strip(), "status")
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
                    other = all(_code_owner(i, self, hits, a, b) == "third" for a, b, _ in self._asked(i, hits))
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


def _code_owner(i: int, an: TranscriptAnalysis, hits, a: int, b: int) -> str:
    """Whose code the request sentence [a, b) of agent unit `i` asks for: "own" (the caller's) or "third" (another
    person's) or "". The person word next to the request word decides ("palun öelge oma isikukood", "poja
    isikukood", «личный код сына»: the three words before it, else the two after it for a third person), so a
    reason clause ("kuna küsite poja andmeid, pean teid tuvastama, palun öelge oma isikukood") does not; with none
    next to it, the whole sentence as before (its own word and no third person, or a third person)."""
    text = an.turns[i].text
    owners = []
    for m in hits:
        if not a <= m.start < b:
            continue
        before = [w.strip(",.;:!?") for w in tx.fold(text[a:m.start]).split()[-3:]]
        after = [w.strip(",.;:!?") for w in tx.fold(text[m.end:b]).split()[:2]]
        near = next((w for w in reversed(before) if _OWN_CODE.fullmatch(w) or _THIRD_PERSON.fullmatch(w)), None)
        if near is None:
            near = next((w for w in after if _THIRD_PERSON.fullmatch(w)), None)
        owners.append("" if near is None else "own" if _OWN_CODE.fullmatch(near) else "third")
    if owners and all(owners) and len(set(owners)) == 1:
        return owners[0]
    folded = tx.fold(text[a:b])
    if _THIRD_PERSON.search(folded):
        return "third"
    return "own" if _OWN_CODE.search(folded) else ""


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
    r"(?:volikiri|volikirja|volitus\w*|eestkoste\w*|kohtumäärus\w*|kohtumaarus\w*|(?<!\w)maarus\w*|"
    r"доверенност\w*|опек\w*|(?:определени|решени|постановлени)\w*\s+суда)[^.?!]{0,60}"
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


# an open web chat identifies by sending the client to an authenticated channel: the self-service (ID card,
# Mobiil-ID, Smart-ID) or the info line
_AUTHENTICATED_CHANNEL = re.compile(
    rf"(?<!\w)(?:{_SELF_SERVICE_LOGIN}|16106|infotelefon\w*|helista\w*|инфотелефон\w*|позвонит\w*|звонит\w*)",
    re.IGNORECASE)


# the words of a summary cue («итак, подведём итог», "kokkuvõtteks"): they announce a recap, restate nothing
_CUE_WORDS = frozenset("итак итог итоги итого подвести резюме резюмировать kokkuvote kokkuvotteks".split())


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
