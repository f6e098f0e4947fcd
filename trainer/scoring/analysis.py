"""One transcript read once for every check: messages normalised and merged into units, sentences, phrase
matches, scopes and evidence (:class:`TranscriptAnalysis`), with the cue, inform, confirmed-check, disclosure,
identification, third-party and verification readings mixed in from their own modules (cues.py, informs.py,
confirmed.py, disclosure.py, identification.py, third_party.py, verified.py)."""

from __future__ import annotations

from collections.abc import Iterable

from trainer import text as tx
from trainer.scoring.confirmed import ConfirmedCheckReadings
from trainer.scoring.cues import CUE_GROUPS, CueReadings
from trainer.scoring.disclosure import DisclosureReadings
from trainer.scoring.echoes import echoes_client
from trainer.scoring.first_answer import needs_answer
from trainer.scoring.identification import IdentificationReadings
from trainer.scoring.informs import InformReadings
from trainer.scoring.memo import HashedTuple
from trainer.scoring.opening import keyword_line_start, stuffed_run_start
from trainer.scoring.phrase_matches import all_matches, freeze, phrase_set, positive_matches
from trainer.scoring.side_answers import turn_ends_asking
from trainer.scoring.third_party import ThirdPartyReadings
from trainer.scoring.transcript import Transcript
from trainer.scoring.units import part_of, units
from trainer.scoring.verdict import Evidence
from trainer.scoring.verified import VerifiedReadings


class TranscriptAnalysis(CueReadings, InformReadings, ConfirmedCheckReadings, DisclosureReadings,
                         IdentificationReadings, ThirdPartyReadings, VerifiedReadings):
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
        self.turns = units(transcript.turns, self.language, blank_labels)
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
        return phrase_set(self._phrases_for(tuple(names), phrases, language), language)

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
        key = (turn_index, names, None if phrases is None else freeze(phrases), any_language)
        cached = self._match_cache.get(key)
        if cached is not None:
            return cached
        text = self.turns[turn_index].text
        found = []
        if phrases is None:
            for lang, listed in self._match_plan(names, any_language):
                found = positive_matches(listed, lang, text)
                if found:
                    break
        else:
            for lang in self.languages(names) if any_language else [self.language]:
                found = positive_matches(self._phrases_for(names, phrases, lang), lang, text)
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
                k = part_of(self.turns[unit], pos)
                end = parts[k + 1][0] if k + 1 < len(parts) else len(self.turns[unit].text)
                if turn_ends_asking(self, unit, end):  # side_answers.py: the turn is handed over with a question
                    end = len(self.turns[unit].text)
                return [(i, a, b) for i, a, b in whole if i < unit] + [(unit, 0, end)]
            return [(unit, pos + 1, len(self.turns[unit].text))] + [(i, a, b) for i, a, b in whole if i > unit]
        return whole

    # -- acts --------------------------------------------------------------------------------
    def sentences(self, i: int) -> tuple[tuple[int, int, str], ...]:
        return _split_sentences(self.turns[i].text)

    def echoes_client(self, i: int, start: int, end: int) -> bool:
        """Does the sentence only give the client's own words back (`clarify.echoes_client`)?"""
        return echoes_client(self, i, start, end)

    def voices_problem(self, j: int) -> bool:
        """Does client unit j voice a problem or a negative feeling (concept client_problem, "?!", or a
        verb of client_missing under negation: "pension pole tulnud", «не приходит»)?"""
        text = self.turns[j].text
        return bool(self.matches(j, ["client_problem"])) or "?!" in text or "!!" in text or any(
            m.negated for m in all_matches(self._phrases_for(("client_missing",), None, self.language),
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
        """(start, end) of the sentence of unit i holding position pos (see `sentence_of`)."""
        return sentence_of(self, i, pos)


def sentences(text: str) -> tuple[tuple[int, int, str], ...]:
    return tx.split_sentences_cached(text)


_split_sentences = tx.split_sentences_cached  # bound once: `TranscriptAnalysis.sentences` is asked very often


def sentence_of(an: TranscriptAnalysis, i: int, pos: int) -> tuple[int, int]:
    for a, b, _ in an.sentences(i):
        if a <= pos < b:
            return a, b
    return pos, pos + 1
