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
from trainer.scoring.disclosure import _SELF_SERVICE_LOGIN, DisclosureReadings
from trainer.scoring.labels import unlabelled
from trainer.scoring.leftopen import (
    asks_elliptically,
)
from trainer.scoring.memo import HashedTuple
from trainer.scoring.opening import keyword_line_start, stuffed_run_start
from trainer.scoring.promises import names_feeling
from trainer.scoring.side_answers import turn_ends_asking
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
    wrong_parts: tuple[int, ...] = ()  # an ``all`` check: the parts that failed on something said

    def first_turn(self) -> int | None:
        return min((e.turn for e in self.evidence), default=None)


_PUNCTUATION = re.compile(r"[.!?…,;:]")


@dataclass
class Unit:
    """Consecutive messages of one speaker, normalised and joined by newlines, with a map back."""

    role: str
    text: str
    parts: tuple[tuple[int, int, tx.Normalized], ...]  # (offset in unit text, original turn index, normalised)

    def unpunctuated(self) -> bool:
        """No message of the unit has any punctuation (speech recognition, fast typing)."""
        found = self.__dict__.get("_unpunctuated")
        if found is None:
            found = self.__dict__["_unpunctuated"] = not any(_PUNCTUATION.search(part[2].original)
                                                             for part in self.parts)
        return found

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


_ENDS_SENTENCE = re.compile(r"[.!?…]\W*$")
_END_MARK = re.compile(r"[.!?…]")
_CLAUSE_MARK = re.compile(r"[.!?…,;:]")


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
            joiner = "\n" if _ENDS_SENTENCE.search(last.text) or not last.text.strip() else ".\n"
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
_THANKS_WORDS = frozenset("спасибо благодарю aitah tanan tanud".split())


class TranscriptAnalysis(DisclosureReadings):
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
        self._raw: TranscriptAnalysis | None = None  # None: this one (no reference cycle, freed at once)
        self.acts = None  # trainer.scoring.acts.ActAnalysis, when non-answers were classified
        self._answer: tuple[int, int] | None | bool = False
        self._cue_cache: dict[tuple[int, int, int], tuple[int, int, int, int]] = {}
        self._cues: dict[int, list[tuple[int, int, str]]] = {}
        self._cue_key: tuple | None = None
        self._phrase_tuples: dict[tuple, tuple[str, ...]] = {} if phrase_tuples is None else phrase_tuples
        self._informs: dict[tuple[int, int, int], bool] = {}
        self._stuffed: dict[tuple[int, int, int], bool] = {}
        self._spans: dict[str, tuple[tuple[int, int, int], ...]] = {}
        self._client_words: dict[int, set[str]] = {}
        #: the knowledge facts checked by value (``knowledge-values``), from ScoringSettings.knowledge
        self.knowledge: tuple = ()
        #: the scenario's knowledge references (ScoringSettings.knowledge_scope)
        self.knowledge_scope: frozenset[str] = frozenset()

    @property
    def raw(self) -> TranscriptAnalysis:
        """The analysis of everything said (this one, unless it reads only the turns' dialogue acts)."""
        return self if self._raw is None else self._raw

    @raw.setter
    def raw(self, analysis: TranscriptAnalysis) -> None:
        self._raw = None if analysis is self else analysis

    # -- phrase matching --------------------------------------------------------------------
    def phrase_set(self, names: Iterable[str] = (), phrases=None, language: str | None = None) -> tx.PhraseSet:
        language = language or self.language
        return _phrase_set(self._phrases_for(tuple(names), phrases, language), language)

    def _phrases_for(self, names: tuple[str, ...], phrases, language: str) -> tuple[str, ...]:
        if phrases is None:
            key = (names, language, self.language)  # the fallback to "et" depends on the transcript's
            found = self._phrase_tuples.get(key)
            if found is None:
                found = self._phrase_tuples[key] = HashedTuple(self._build_phrases(names, None, language))
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
        names = names if type(names) is tuple else tuple(names)
        key = (turn_index, names, None if phrases is None else _freeze(phrases), any_language)
        cached = self._match_cache.get(key)
        if cached is not None:
            return cached
        text = self.turns[turn_index].text
        found = []
        if phrases is None:
            for lang, listed in self._match_plan(names, any_language):
                found = _positive_matches(listed, lang, text)
                if found:
                    break
        else:
            for lang in self.languages(names) if any_language else [self.language]:
                found = _positive_matches(self._phrases_for(names, phrases, lang), lang, text)
                if found:
                    break
        if "#" in text and self.turns[turn_index].role == "agent":
            # a hashtag ("#tere #empaatia #kokkuvõte") labels a step, it performs none
            found = [m for m in found if not (m.start and text[m.start - 1] == "#")]
        self._match_cache[key] = found
        return found

    def _match_plan(self, names: tuple[str, ...], any_language: bool) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """(language, phrases) in the order `matches` tries them for the concept names: the same for every
        transcript of the rubric in this language, so kept with the shared phrase tuples."""
        key = ("plan", names, self.language, any_language)
        plan = self._phrase_tuples.get(key)
        if plan is None:
            langs = self.languages(names) if any_language else [self.language]
            plan = self._phrase_tuples[key] = tuple((lang, self._phrases_for(names, None, lang)) for lang in langs)
        return plan

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
        found = self._spans.get(scope)
        if found is None:  # several checks read the same scope
            found = self._spans[scope] = tuple(self._scope_spans(scope))
        return list(found)

    def _scope_spans(self, scope: str) -> list[tuple[int, int, int]]:
        agents = self.agent_indexes
        whole = [(i, 0, len(self.turns[i].text)) for i in agents]
        if scope == "first_agent":
            # a keyword line under the opening ("— Ольга | ДСС | правильно ли я понимаю | ...") is no opening
            # ... nor is a name signed under a message that recites three other steps' cues first (opening.py)
            return [(i, a, min(b, keyword_line_start(self, i, CUE_GROUPS), stuffed_run_start(self, i, CUE_GROUPS)))
                    for i, a, b in whole[:1]]
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
                if turn_ends_asking(self, unit, end):  # side_answers.py: the turn is handed over with a question
                    end = len(self.turns[unit].text)
                return [(i, a, b) for i, a, b in whole if i < unit] + [(unit, 0, end)]
            return [(unit, pos + 1, len(self.turns[unit].text))] + [(i, a, b) for i, a, b in whole if i > unit]
        return whole

    # -- acts --------------------------------------------------------------------------------
    def sentences(self, i: int) -> tuple[tuple[int, int, str], ...]:
        return _split_sentences(self.turns[i].text)

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
        k = _part_of(unit, start)
        a = unit.parts[k][0]
        b = unit.parts[k + 1][0] if k + 1 < len(unit.parts) else len(unit.text)
        if (a, b) == (start, end) or _END_MARK.search(unit.parts[k][2].original):
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
            contrast = _contrast_tail(sentence)
            if contrast and self._confirms(i + 1, contrast):
                return True  # «понимаю вас это тяжело а сейчас пенсия приходит» - «Сейчас вроде приходит ...»
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
            how == "ellipsis" and _alternative_taken(sentence, self.sentences(i + 1)[0][2])) or (
            how == "yes" and self._checks_named_person(i, sentence))

    def _checks_named_person(self, i: int, sentence: str) -> bool:
        """Is the sentence of agent unit i a check of the situation of the person the client rang about («а мама уже в
        пенсионном возрасте» - «да да ей семьдесят восемь», `about_named_person`), the reply a yes or no that is no
        thanks («да спасибо» takes a statement, it confirms no check; blind round 28)?"""
        from trainer.text.person_checks import about_named_person

        reply = [t.norm for t in tx.tokenize_cached(self.turns[i + 1].text) if t.is_word][:4]
        if any(w in _THANKS_WORDS for w in reply):
            return False
        said = {t.norm for j in range(i) if self.turns[j].role == "client"
                for t in tx.tokenize_cached(self.turns[j].text) if t.is_word}
        return about_named_person(sentence, self.language, said)

    def _written_statement(self, i: int, start: int, end: int) -> bool:
        """Did the writer end the sentence at [start, end) of unit i with a full stop of their own (not one
        put in at a speech break or between two messages)?"""
        unit = self.turns[i]
        k = _part_of(unit, start)
        original = unit.parts[k][2].original
        if not _END_MARK.search(original):
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
        if len(words) > 16 and not _CLAUSE_MARK.search(unit.parts[_part_of(unit, start)][2].original) \
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
        key = ("requests", self.language)
        found = self._phrase_tuples.get(key)
        if found is None:  # the same for every transcript of the rubric in this language
            found = self._phrase_tuples[key] = HashedTuple(self._phrases_for((name,), None, self.language)
                                                           for name in _REQUESTS)
        return found

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

    def _span_of(self, i: int, pos: int) -> tuple[int, int]:
        """(start, end) of the sentence of unit i holding position pos (see `_sentence_of`)."""
        return _sentence_of(self, i, pos)


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
    from trainer.scoring.finite_verbs import has_finite_verb

    if ":" in sentence:  # a label before it asks nothing: "Täpsustan vajadust: toetus?", «Уточнение: код?»
        sentence = sentence.rsplit(":", 1)[1]
    words = [t for t in tx.tokenize_cached(sentence) if t.is_word or t.text[:1].isdigit()]
    return len(words) == 1 or (len(words) == 2 and not has_finite_verb(sentence, language))


_CHECK_FRAME = frozenset("""правильно верно ли я понимаю поняла понял если kas ma mina saan sain oigesti taspelt
    tapselt hasti aru ваш вопрос teie kusimus kusimust kusimusest""".split())  # "... ваш вопрос": no content


_ASK_LEADS = frozenset("et mida mis te teie что вы вас о".split())


def _client_asks(unit: Unit, sentence: str, language: str) -> bool:
    """Does a client sentence ask something: a question mark or word, or, when no message of the unit
    has any punctuation, intonation (`tx.is_spoken_question` for a client's line). A sigh of resignation
    («понятно что ж делать», "selge, mis teha") asks nothing."""
    if tx.is_resignation(sentence):
        return False
    if unit.unpunctuated():
        return tx.is_spoken_question(sentence, language, client=True)
    return tx.is_question(sentence, language) or tx.announces_question(sentence, language)


_MARKS = re.compile(r"[?!,;]")


def _is_spoken(text: str) -> bool:
    return not _MARKS.search(text)


@lru_cache(maxsize=50_000)
def _inform_shape(text: str, start: int, end: int, language: str, cue_key: tuple, request_key: tuple) -> int:
    """Text-only part of `TranscriptAnalysis.is_inform` (cached): 0 no inform, 1 an inform by its own
    words, 2 a short statement that informs only if it takes up the client's matter."""
    from trainer.scoring.finite_verbs import has_finite_verb

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


_split_sentences = tx.split_sentences_cached  # bound once: `TranscriptAnalysis.sentences` is asked very often


def _cue_coverage(an: TranscriptAnalysis, i: int, start: int, end: int) -> tuple[int, int, int, int]:
    an.cues(i)  # sets the analysis's cue key
    return _coverage(an.turns[i].text, start, end, an._cue_key)


@lru_cache(maxsize=20_000)  # a pure function of the unit's text, the span and the cue phrases (`_cue_spans`)
def _coverage(text: str, start: int, end: int, cue_key: tuple) -> tuple[int, int, int, int]:
    words = [t for t in tx.tokenize_cached(text) if (t.is_word or t.text[:1].isdigit()) and start <= t.start < end]
    covered: set[int] = set()
    stages, cues = set(), 0
    for m_start, m_end, name in _cue_spans(text, cue_key):
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


def _contrast_tail(sentence: str) -> str | None:
    """The clause after the last contrastive «а»/"aga" of an unpunctuated sentence that opens with an empathy cue
    («понимаю вас это тяжело а сейчас пенсия приходит», "saan aru see on raske aga praegu raha tuleb"): at least
    two words after it and three before it. It is a check only when the client's reply takes it up (new-user
    batch 25, russian-pension-ru: «Сейчас вроде приходит, раз в три месяца ...»)."""
    tokens = [t for t in tx.tokenize_cached(sentence) if t.is_word]
    for k in range(len(tokens) - 2, 2, -1):
        if tokens[k].norm in ("а", "aga"):
            return sentence[tokens[k + 1].start:]
    return None


def _part_of(unit: Unit, pos: int) -> int:
    """Which original message of the unit holds position pos."""
    return max(0, bisect_right([p[0] for p in unit.parts], pos) - 1)


def _asks(an: TranscriptAnalysis, i: int) -> bool:
    """Does the client unit ask something (a question that is not a thanks, a goodbye or an echo)?"""
    memo = an.__dict__.setdefault("_asks_memo", {})  # a reading of the unit: the checks ask it again and again
    found = memo.get(i)
    if found is None:
        found = memo[i] = _asks_now(an, i)
    return found


def _asks_now(an: TranscriptAnalysis, i: int) -> bool:
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
