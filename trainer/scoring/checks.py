"""Evaluates declarative rubric checks on a transcript, returning evidence for every verdict.

A :class:`TranscriptAnalysis` is built once per transcript; it caches phrase matches per turn so a
rubric of a dozen criteria reads each turn's text only a few times.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.rubric import Check
from trainer.scoring.statements import (
    find_identifier_requests,
    find_promises,
    find_status_statements,
    find_values,
)
from trainer.scoring.transcript import Transcript
from trainer.text.regexsafe import compile_safe

_INTRO = {
    "et": re.compile(
        r"(?:nimi\s+on|mina\s+olen|ma\s+olen|olen|teid\s+teenindab|teenindab\s+teid|teiega\s+räägib|"
        r"teiega\s+raagib)\s+(?P<after>[A-ZÕÄÖÜŠŽ][a-zõäöüšž]+)|(?P<before>[A-ZÕÄÖÜŠŽ][a-zõäöüšž]+)[\s,]+"
        r"(?:kuuleb|kuulab|kõneleb|koneleb|räägib|raagib|on\s+telefonil|siin)\b"
    ),
    "ru": re.compile(
        r"(?:меня\s+зовут|моё\s+имя|мое\s+имя|это|с\s+вами\s+говорит|на\s+связи|вас\s+обслуживает)\s+"
        r"(?P<after>[А-ЯЁ][а-яё]+)|(?P<before>[А-ЯЁ][а-яё]+)[\s,]+(?:слушаю|на\s+связи|слушает)"
    ),
}
_INTRO["en"] = re.compile(
    r"(?:my\s+name\s+is|this\s+is|I\s+am|I'm|speaking\s+with)\s+(?P<after>[A-Z][a-z]+)|(?P<before>[A-Z][a-z]+)"
    r"[\s,]+speaking"
)


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    from faker.providers.person.et_EE import Provider as EtNames
    from faker.providers.person.ru_RU import Provider as RuNames

    names = set(EtNames.first_names) | set(RuNames.first_names_male) | set(RuNames.first_names_female)
    names |= {
        "Mari", "Kati", "Liis", "Kadri", "Triin", "Tiina", "Anu", "Kristi", "Piret", "Maarja", "Helen",
        "Jaan", "Peeter", "Tõnu", "Toomas", "Andres", "Margus", "Mart", "Kalle", "Merle", "Eve", "Ülle",
        "Katrin", "Kerli", "Siiri", "Marko", "Rein", "Urmas", "Aivar", "Riina", "Mall", "Sirje", "Anne",
    }
    return frozenset(tx.fold(n) for n in names)


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
    reason: str = ""  # names the feedback variant for a failure (e.g. "not_asked")
    wrong: bool = False  # failed because of something said (a wrong value, a promise): what gates read

    def first_turn(self) -> int | None:
        return min((e.turn for e in self.evidence), default=None)


class TranscriptAnalysis:
    """A transcript prepared for checks: language, agent turn numbers, cached phrase matches."""

    def __init__(self, transcript: Transcript, concepts: dict[str, dict[str, list[str]]], policy: str = "code"):
        self.transcript = transcript
        self.turns = transcript.turns
        self.context = transcript.context
        agent_text = " ".join(t.text for t in self.turns if t.role == "agent")
        self.language = transcript.language or tx.detect_language(agent_text or " ".join(t.text for t in self.turns))
        self.concepts = concepts
        self.policy = policy
        self.agent_indexes = [i for i, t in enumerate(self.turns) if t.role == "agent"]
        self.agent_number = {i: n + 1 for n, i in enumerate(self.agent_indexes)}
        self._match_cache: dict[tuple, list[tx.Match]] = {}
        self._identification: dict | None = None
        # the analysis of the full text when this one reads only the turns' dialogue acts (see score.py):
        # prohibitions (not-checks, data protection, informal address) read everything that was said
        self.raw: TranscriptAnalysis = self
        self.acts = None  # trainer.scoring.acts.ActAnalysis, when non-answers were classified

    # -- phrase matching --------------------------------------------------------------------
    def phrase_set(self, names: Iterable[str] = (), phrases=None, language: str | None = None) -> tx.PhraseSet:
        language = language or self.language
        return _phrase_set(self._phrases_for(tuple(names), phrases, language), language)

    def _phrases_for(self, names: tuple[str, ...], phrases, language: str) -> tuple[str, ...]:
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
        others = {lang for name in names for lang in self.concepts.get(name, {})} - {self.language}
        return [self.language, *sorted(others)]

    def matches(self, turn_index: int, names: Iterable[str] = (), phrases=None, any_language: bool = False
                ) -> list[tx.Match]:
        """Non-negated matches of the concept names (or inline phrases) in one turn."""
        key = (turn_index, tuple(names), _freeze(phrases), any_language)
        if key not in self._match_cache:
            text = self.turns[turn_index].text
            langs = self.languages(names) if any_language else [self.language]
            found = []
            for lang in langs:
                found = _positive_matches(self._phrases_for(tuple(names), phrases, lang), lang, text)
                if found:
                    break
            self._match_cache[key] = found
        return self._match_cache[key]

    def evidence(self, turn_index: int, quote: str) -> Evidence:
        return Evidence(turn_index + 1, quote, self.agent_number.get(turn_index))

    def scope(self, scope: str) -> list[int]:
        agents = self.agent_indexes
        if scope == "first_agent":
            return agents[:1]
        if scope == "last_agent":
            return agents[-1:]
        if scope == "after_first_agent":
            return agents[1:]
        if scope == "client":
            return [i for i, t in enumerate(self.turns) if t.role == "client"]
        if scope == "any":
            return list(range(len(self.turns)))
        return agents

    # -- identification -------------------------------------------------------------------
    def disclosures(self) -> list[tuple[int, tx.Match]]:
        """Agent turns stating one of the context's private facts, in order."""
        found = []
        for i in self.agent_indexes:
            for fact in self.context.private_facts:
                m = _find_fact(self.turns[i].text, fact, self.language)
                if m is not None:
                    found.append((i, m))
        return sorted(found, key=lambda item: (item[0], item[1].start))

    def identification(self) -> dict:
        """When the agent asked for the code, when the client gave one, when identification completed."""
        if self._identification is not None:
            return self._identification
        asked = next((i for i in self.agent_indexes if self.matches(i, ["identification_request"])), None)
        given = None
        if asked is not None:
            given = next((i for i in range(asked + 1, len(self.turns))
                          if self.turns[i].role == "client" and self._valid_code(self.turns[i].text)), None)
        complete = given
        if self.policy == "code_and_item" and given is not None:
            item = next((i for i in self.agent_indexes if self.matches(i, ["verification_item"])), None)
            answered = None if item is None else next(
                (i for i in range(item + 1, len(self.turns)) if self.turns[i].role == "client"), None)
            complete = None if answered is None else max(given, answered)
        self._identification = {"asked": asked, "given": given, "complete": complete}
        return self._identification

    @staticmethod
    def _valid_code(text: str) -> bool:
        """A personal code that passes the checksum: a mistyped code identifies nobody."""
        return any(tx.isikukood_is_valid(re.sub(r"\D", "", m.quote)) for m in tx.find_personal_codes(text))

    def early_disclosure(self) -> tuple[int, tx.Match] | None:
        """The first private fact an agent stated before identification was complete (or at all, for a
        third-party caller, who is never entitled to it)."""
        complete = self.identification()["complete"]
        for i, m in self.disclosures():
            if self.context.third_party or complete is None or i < complete:
                return i, m
        return None


@lru_cache(maxsize=2048)
def _phrase_set(phrases: tuple[str, ...], language: str) -> tx.PhraseSet:
    return tx.PhraseSet(phrases, language)


# Matching is a pure function of (phrases, language, text): rescoring a growing conversation after every
# reply (the live checklist) then reads each earlier turn only once.
@lru_cache(maxsize=50_000)
def _positive_matches(phrases: tuple[str, ...], language: str, text: str) -> list[tx.Match]:
    return [m for m in _phrase_set(phrases, language).find_all(text) if not m.negated]


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
        return Outcome(not outcome.passed, outcome.evidence if outcome.passed else [], outcome.reason,
                       wrong=outcome.passed)
    return outcome


def _concept(check: Check, an: TranscriptAnalysis) -> Outcome:
    names = [] if check.phrases is not None else check.value_list()
    evidence, phrases_seen = [], set()
    for i in an.scope(check.scope):
        for m in an.matches(i, names, check.phrases, check.any_language):
            evidence.append(an.evidence(i, m.quote))
            phrases_seen.add(tx.fold(m.phrase))
    return Outcome(len(phrases_seen) >= check.min_matches, evidence)


def _question(check: Check, an: TranscriptAnalysis) -> Outcome:
    about = an._phrases_for(tuple(check.value_list()), check.phrases, an.language) if (check.value or check.phrases) else None
    # exclusions in every language: an Estonian "Kuidas saan aidata?" in a Russian call is no clarification
    excluded = tuple(an._phrases_for(tuple(check.exclude), None, lang) for lang in an.languages(check.exclude)) \
        if check.exclude else ()
    languages = tuple(an.languages(check.exclude)) if check.exclude else ()
    evidence = [an.evidence(i, sentence)
                for i in an.scope(check.scope)
                for sentence in _questions(an.turns[i].text, an.language, excluded, languages, about)]
    return Outcome(bool(evidence), evidence)


@lru_cache(maxsize=20_000)
def _questions(text: str, language: str, excluded: tuple, languages: tuple, about: tuple | None) -> tuple[str, ...]:
    """The question sentences of one turn that are not excluded and (if given) are about a concept."""
    found = []
    for _, _, sentence in tx.split_sentences(text):
        if not tx.is_question(sentence, language):
            continue
        if any(_phrase_set(phrases, lang).find_all(sentence) for phrases, lang in zip(excluded, languages, strict=True)):
            continue
        if about is not None and not _positive_matches(about, language, sentence):
            continue
        found.append(sentence.strip())
    return tuple(found)


def _identification(check: Check, an: TranscriptAnalysis) -> Outcome:
    state = an.identification()
    early = an.raw.early_disclosure()
    if state["asked"] is None:
        if early is not None:
            return Outcome(False, [an.evidence(early[0], early[1].quote)], "disclosed_before")
        return Outcome(False, [], "not_asked")
    asked = an.evidence(state["asked"], an.matches(state["asked"], ["identification_request"])[0].quote)
    if early is not None and early[0] < (state["complete"] or len(an.turns)):
        return Outcome(False, [an.evidence(early[0], early[1].quote), asked], "disclosed_before")
    return Outcome(True, [asked])


def _data_protection(check: Check, an: TranscriptAnalysis) -> Outcome:
    an = an.raw
    early = an.early_disclosure()
    if early is not None:
        reason = "third_party" if an.context.third_party else "disclosed_before"
        return Outcome(False, [an.evidence(early[0], early[1].quote)], reason, wrong=True)
    # status facts are private too (scenario: data_protection.private_status): that an application
    # exists, has arrived or has a decision
    if an.context.private_status:
        for i in an.agent_indexes:
            found = find_status_statements(an.turns[i].text, an.language)
            if found:
                return Outcome(False, [an.evidence(i, found[0].quote)], "status", wrong=True)
    # an open web chat: asking for any identifier fails (scenario: data_protection.no_identifiers)
    if an.context.no_identifiers:
        for i in an.agent_indexes:
            found = find_identifier_requests(an.turns[i].text, an.language)
            if found:
                return Outcome(False, [an.evidence(i, found[0].quote)], "identifier", wrong=True)
    return Outcome(True, [])


def _informal(check: Check, an: TranscriptAnalysis) -> Outcome:
    an = an.raw
    evidence = [an.evidence(i, m.quote) for i in an.scope(check.scope)
                for m in _informal_matches(an.turns[i].text, an.language)]
    return Outcome(bool(evidence), evidence)


def _own_name(check: Check, an: TranscriptAnalysis) -> Outcome:
    names = _first_names()
    wanted = tx.fold(an.context.agent_name) if an.context.agent_name else None
    patterns = [_INTRO.get(an.language, _INTRO["et"])] + [p for lang, p in _INTRO.items() if lang != an.language]
    for i in an.scope(check.scope):
        text = an.turns[i].text
        for m in (m for pattern in patterns for m in pattern.finditer(text)):
            word = m.group("after") or m.group("before")
            if word and (wanted is None or tx.fold(word) == wanted):
                return Outcome(True, [an.evidence(i, word)])
        for token in tx.tokenize(text):
            if token.is_word and token.text[:1].isupper() and (
                token.norm == wanted if wanted else token.norm in names
            ):
                return Outcome(True, [an.evidence(i, token.text)])
    return Outcome(False, [])


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
                evidence.append(an.evidence(i, m.group(0)))
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
                evidence.append(an.evidence(i, m.quote))
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
    for i in an.scope(check.scope):
        for hit in find_values(an.turns[i].text, lang, right, wrong, topic, check.other_values == "wrong"):
            (rights if hit.right else wrongs).append(an.evidence(i, hit.sentence))
    if wrongs:
        return Outcome(False, wrongs, "wrong", wrong=True)
    return Outcome(bool(rights), rights, "" if rights else "missing")


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


def _real_answers(check: Check, an: TranscriptAnalysis) -> Outcome:
    """Every agent reply performs an act: no keyword chain, no pasted repeat, no instruction to the agent,
    no knowledge text about "the client". Reason: the kind of the first finding."""
    acts = an.acts if an.acts is not None else an.raw.acts
    findings = acts.replies() if acts is not None else []
    if not findings:
        return Outcome(True, [])
    evidence = [an.evidence(f.turn, f.quote) for f in findings]
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
                     if tx.is_question(s, an.language)), None)
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


_EVALUATORS = {
    "concept": _concept,
    "question": _question,
    "identification": _identification,
    "data-protection": _data_protection,
    "informal-address": _informal,
    "own-name": _own_name,
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
}
