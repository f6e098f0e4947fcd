"""Plays a scenario: the conversation state, the trainee's replies and the client's answers.

The whole state is a JSON-serialisable dict (:meth:`Conversation.to_state`), saved after every turn by
the app, so a reload or a server restart resumes exactly where the conversation was. Given the same
scenario, seed, date and replies, a conversation always unfolds the same way.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, cast

from trainer import text as tx
from trainer.outcome import ConversationResult, Misinformation, gated_misinformation
from trainer.scoring.promise_deadline import binding_promises
from trainer.scoring.rubric import localized
from trainer.scoring.statements import find_status_statements
from trainer.scoring.transcript import Context, Transcript, Turn
from trainer.simulation import (
    asked_back,
    believed,
    client_line,
    closing,
    corrected,
    goodbye,
    hearing,
    hollow,
    listening,
    progress,
    repeats,
    transitions,
)
from trainer.simulation.code_talk import hear_code_talk
from trainer.simulation.forbidden import unhear_unsaid
from trainer.simulation.heard import spoken_tail_questions
from trainer.simulation.reactions import (
    TRANSCRIPT_ANSWER,
    UNADDRESSED,
    is_hold,
    without_hold_purpose,
    without_identity_ok,
)
from trainer.simulation.scenario import Scenario, Step, render, render_deep
from trainer.simulation.stated import affirmed_asks, stated_signals

if TYPE_CHECKING:  # pragma: no cover
    from trainer.simulation.library import Library

MAX_REPLY_CHARS = 20_000
UNFINISHED = {
    "et": "Vestlus jäi pooleli: klient ei jõudnud lõpuni (viimane samm: {step}).",
    "ru": "Разговор не завершён: клиент не дошёл до конца (последний шаг: {step}).",
    "en": "The conversation was left unfinished (last step: {step}).",
}




class ConversationOver(Exception):
    """A reply was sent to a conversation that has already ended."""


class Conversation:
    """One play-through of a scenario."""

    def __init__(self, scenario: Scenario, library: Library, state: dict):
        self.scenario = scenario
        self.library = library
        self.state = state
        self.persona = library.persona_for(scenario, state["seed"], date.fromisoformat(state["today"]))
        self.values = library.template_values(scenario, self.persona)
        self.facts = {name: render(value, self.values) for name, value in scenario.private_facts.items()}
        self.values.update({f"facts.{k}": v for k, v in self.facts.items()})
        # the scorer's signals and the client's own ear (`dialogue.hears`, for its conditions only)
        self.signals = render_deep({**scenario.dialogue.hears, **scenario.signals}, self.values)
        self.concepts = library.concepts_for(scenario)
        self.concepts.update({name: {scenario.language: list(p)} for name, p in self.signals.items()})
        # the signals that name a wrong answer (in a ``misinformation`` condition): see `hearing.unsay_wrong`
        self._wrong_signals = {name for mis in scenario.misinformation
                               for name in re.findall(r"[a-z_][a-z0-9_]*", mis.when) if name in self.signals}

    # -- construction -------------------------------------------------------------------
    @classmethod
    def start(cls, scenario: Scenario, library: Library, seed: int = 1, today: date | None = None) -> Conversation:
        """A new conversation; in a chat (client opens) the client's first message is already there."""
        state = {
            "scenario_id": scenario.id,
            "scenario_version": scenario.version,
            "seed": int(seed),
            "today": (today or date.today()).isoformat(),
            "language": scenario.language,
            "channel": scenario.channel,
            "step": None,
            "awaiting_close": False,
            "finished": False,
            "ended_by": None,
            "vars": {**scenario.state, "identified": False, "turns": 0, "fallbacks": 0},
            "ever": {},
            "said": {},
            "visits": {},
            "turns": [],
        }
        conv = cls(scenario, library, state)
        if scenario.who_opens == "client":
            transitions.enter(conv, scenario.start_step, {}, {}, at=0.0)
        return conv

    @classmethod
    def from_state(cls, scenario: Scenario, library: Library, state: dict) -> Conversation:
        """Resume a conversation saved with :meth:`to_state`."""
        return cls(scenario, library, dict(state))

    def to_state(self) -> dict:
        """The JSON-serialisable state (a copy)."""
        import copy

        return copy.deepcopy(self.state)

    # -- properties ---------------------------------------------------------------------
    @property
    def finished(self) -> bool:
        return self.state["finished"]

    @property
    def turns(self) -> list[dict]:
        return self.state["turns"]

    @property
    def current_step(self) -> Step | None:
        return self.scenario.step(self.state["step"]) if self.state["step"] else None

    @property
    def identified(self) -> bool:
        return bool(self.state["vars"].get("identified"))

    def hint(self) -> str | None:
        """The author's hint for the current step (shown in practice mode only)."""
        step = self.current_step
        return step.hint if step else None

    # -- playing ------------------------------------------------------------------------
    def reply(self, text: str, at: float | None = None) -> list[dict]:
        """Record the trainee's reply and return the client's answer turns (possibly none)."""
        if self.finished:
            raise ConversationOver("the conversation has ended")
        text = (text or "").strip()
        if not text:
            raise ValueError("empty reply")
        if len(text) > MAX_REPLY_CHARS:
            raise ValueError(f"reply longer than {MAX_REPLY_CHARS} characters")
        self.turns.append({"role": "agent", "text": text, "at": at, "step": self.state["step"]})
        self.state["vars"]["turns"] += 1
        if self.state["awaiting_close"]:
            return progress.answer_after_end(self, text, at)
        analysis = hearing.analyse(self, text)
        hearing.unsay_wrong(self, analysis)
        hear_code_talk(self, analysis["signals"], analysis["evidence"], analysis["acted"])
        signals, facts = analysis["signals"], analysis["facts"]
        protection = self.scenario.data_protection
        if protection.private_status and find_status_statements(text, self.scenario.language):
            signals["disclosed"] = True  # a status is a private fact here, for the client as for the scorer
        acted = analysis["acted"]
        if not signals.get("asked_question") and spoken_tail_questions(acted, self.scenario.language):
            signals["asked_question"] = True  # "teine sammas kas kusite kuhu ..." asks, unpunctuated
        # a promise or guess of an outcome ("точно доплатит ... это гарантировано"), as the scorer reads it: the
        # legal deadline said "at the latest" is the rule, not a promise (promise_deadline.py)
        said = [t["text"] for t in self.turns if t["role"] == "agent"]
        promises = binding_promises(acted, self.scenario.language, [v for v in self.facts.values() if v], said) \
            if acted else ()
        signals["promised"] = bool(promises)
        heard = [t["text"] for t in self.turns if t["role"] == "client"][-3:]  # what the reply may answer
        # a forbidden act named only in the client's own question given back is not heard (forbidden.py)
        unhear_unsaid(self, acted, signals, analysis["evidence"], heard)
        wrong = set()  # criteria failed on something this reply said (a wrong value): `believed.py`
        for name, crit_id in self.scenario.criterion_signals.items():
            outcome = self.library.criterion_outcome(self.scenario, crit_id, acted, self.values, heard) if acted else None
            signals[name] = outcome is not None and outcome.passed
            if outcome is not None and outcome.wrong and not outcome.passed:
                wrong.add(name)
        self._wrong_values = believed.wrong_values(self, acted, wrong, heard)
        # an answer the client waits for, named only in a reply of questions („Может, у Вас есть семейный врач?“):
        # asked back, not told; counted with the non-answers for the ending (asked_back.py)
        asked_back.count_asked_back(self, acted, signals, facts)
        recapped = set()  # „Kokkuvõtteks: ohvriabi, 116 006, hüvitis.“: an item never said before is not heard
        if acted:
            recapped = repeats.unhear_recapped(self, acted, signals, facts, heard)
        affirmed = affirmed_asks(self, acted, self.current_step)
        signals.update(affirmed)  # «да, платят» to «в Германию вообще платят?» says what the question asked
        # the greeting, before the caller has said a word, answers none of the questions it has not yet asked
        # (batch 30 redirects-pillar-tax-pin-ru gaming: every answer in the greeting, then «См. выше.»)
        unasked = hearing.before_the_caller(self)
        self._ever_before = dict(self.state["ever"])  # what the client had heard before this reply (restated.py)
        for name, hit in {**signals, **facts}.items():
            if hit and name not in unasked:
                self.state["ever"][name] = True
        if "showed_empathy" in signals and hollow.hollow_comfort(self, acted):
            signals["showed_empathy"] = False  # heard (ever), but stacked sympathy alone calms no one (hollow.py)
        self._said_before = dict(self.state.get("said", {}))
        self._acked = False  # an acknowledgement of something said before is in this reply's answer
        self._stated = {**stated_signals(self, acted, signals, facts), **affirmed}
        for name in recapped | getattr(self, "_unsaid", set()):  # ... nor stated by it (the recap is a statement
            self._stated[name] = False  # too), nor a wrong answer only declined or asked (`hearing.unsay_wrong`)
        for name, hit in self._stated.items():
            if hit and name not in unasked:  # said outside a question: what a step's `asks` counts as answered
                self.state.setdefault("said", {})[name] = True
                self.state["ever"][name] = True  # (also where the whole reply read as one question)
        # a reply that ends with a goodbye and leads into an end step: the client's parting line ends the call
        plain = analysis["heard"]  # the reply without its staged parts (staged.py)
        self._goodbye = goodbye.goodbye_tail(self, hearing.read(self, plain)) is not None  # also "vsego dobrogo"
        self._signals, self._whole = signals, analysis["whole"]
        # a quiz and nothing else (its options and questions taken out, `hearing.analyse`) asks the client nothing: the
        # whole reply is not read again for a question to answer („Pigem esimest.“ to the quiz's a) b) c), new-user
        # batch 43 assistive-device-rehab-et gaming)
        self._text = acted if analysis.get("quizzed") else acted or plain
        self._answers = listening.known_answers(self, self._text, whole=plain) if self._text else []
        accepted = corrected.take_back(self, signals, facts)  # a believed wrong answer taken back (corrected.py)
        if accepted:
            self._answers = [*accepted, *self._answers]
        # a believed promise quotes its sentence, not the reply's start (new-user batch 47 crisis-suicidal-et wrong)
        quoted = {**analysis["evidence"], "promised": promises[0].quote} if promises else analysis["evidence"]
        # the greeting before the caller has said a word: a wrong fact in it answers nothing asked yet, so the
        # caller says its own request first (new-user batch 47 data-request-police-et gaming: „Hea, siis ootan
        # vastust ...“ to a dump in the greeting, the request never made)
        # a reply that says nothing to the caller (a quiz put back, a keyword chain: no act) gives no wrong answer to
        # believe, though a condition on a missing right answer ("not no_promise") holds on it (new-user batch 52)
        self._reaction = listening.misinformation(self, signals, facts, quoted, text) \
            if self.state["step"] is not None and acted.strip() else None
        self._holding = is_hold(plain, self.scenario.language) and not listening.asks_client(self, acted, signals)
        before = len(self.turns)
        if analysis.get("unaddressed") and self.state["step"] is not None and not self._reaction \
                and not self.state["finished"]:
            # „Kliendile makstakse elatisabi ...“ said to the caller: who is meant? The client asks and waits
            # (counted like a fallback towards on_stuck) instead of going on as if nothing was said
            lines = UNADDRESSED.get(self.scenario.language, UNADDRESSED["et"])
            progress.fallback(self, at, lines[min(self.state["vars"]["fallbacks"], len(lines) - 1)], flag=True)
            return self.turns[before:]
        if (self._holding and len(tx.tokenize(without_identity_ok(without_hold_purpose(text, self.scenario.language),
                                                                  self.scenario.language))) <= 12
                or hollow.content_free_hold(self, acted or plain)) and self.state["step"] is not None \
                and not self._answers and not self._reaction \
                and not transitions.plays_hold(self, signals, facts, analysis["evidence"]):
            # "Üks hetk, palun oodake." is a time-management act: the client waits in the same step; put on
            # hold again and again with nothing in between, it waits twice, complains, then leaves (hollow.py)
            self._holding = True
            return progress.held(self, at, before)
        hollow.no_hold(self)
        if self.state["step"] is None:
            transitions.enter(self, self.scenario.start_step, signals, facts, at)
        else:
            progress.advance(self, signals, facts, at)
        new = self.turns[before:]
        transitions.identify_by_code(self, signals, new)  # its code given when asked, whatever the step
        transcript = closing.transcript_answer(self, acted) if acted and new and not new[-1].get("fallback") else None
        if transcript:  # „Soovi korral saadan vestluse ärakirja.“ in a chat: the client takes it after its line
            new[-1]["text"] = client_line.join_lines(new[-1]["text"], transcript)
            if self.finished and self.state["ended_by"] == "end_step" \
                    and transcript == TRANSCRIPT_ANSWER.get(self.scenario.language, TRANSCRIPT_ANSWER["et"]):
                # the copy asked for in the parting line: the chat stays open for the agent to confirm it
                self.state["finished"], self.state["ended_by"] = False, None
                self.state["vars"]["copy_asked"] = True
        return new

    def finish(self) -> None:
        """The trainee ends the conversation (the "end conversation" button)."""
        if not self.finished:
            self._finish("trainee")

    def _finish(self, how: str) -> None:
        self.state["finished"] = True
        self.state["ended_by"] = how

    def _names(self, signals: dict, facts: dict) -> tuple[dict, dict]:
        """The names and functions a condition is evaluated with
        (:func:`trainer.simulation.transitions.condition_names`)."""
        return transitions.condition_names(self, signals, facts)

    def _target(self, step: Step, signals: dict, facts: dict) -> str | None:
        """The step the rules of `step` lead to (:func:`trainer.simulation.transitions.rule_target`)."""
        return transitions.rule_target(self, step, signals, facts)

    # -- output -------------------------------------------------------------------------
    def transcript(self) -> Transcript:
        """The conversation in the transcript format the scorer reads."""
        situation = self.scenario.situation
        return Transcript(
            language=self.scenario.language,
            channel=self.scenario.channel,
            context=Context(
                identification_required=situation.identification_required,
                client_upset=situation.client_upset,
                third_party=situation.third_party,
                private_facts=[v for v in self.facts.values() if v],
                scenario_id=self.scenario.id,
                private_status=self.scenario.data_protection.private_status,
                no_identifiers=self.scenario.data_protection.no_identifiers,
            ),
            turns=[Turn(role=t["role"], text=t["text"], at=t.get("at")) for t in self.turns],
        )

    def score(self) -> ConversationResult:
        """Score the conversation so far with the scenario's rubric and content criteria.

        A complete :class:`~trainer.outcome.ConversationResult`: the scoring result plus ``ended_by``,
        ``unfinished`` (the conversation stopped outside an end step) and ``misinformation`` (wrong
        answers the client believed), each with a sentence in the scenario's language."""
        result = cast(ConversationResult, self.library.score(self.scenario, self.transcript(), self.values))
        result["ended_by"] = self.state.get("ended_by")
        lang = self.scenario.language
        step = self.current_step
        at_end = bool(self.state["awaiting_close"] or (step is not None and step.end))
        result["unfinished"] = not at_end
        if not at_end:
            result["unfinished_feedback"] = UNFINISHED.get(lang, UNFINISHED["et"]).format(step=self.state["step"])
        by_id = {m.id: m for m in self.scenario.misinformation}
        believed: list[Misinformation] = [
            {**rec, "feedback": localized(by_id[rec["id"]].record, lang) if rec["id"] in by_id else ""}
            for rec in self.state.get("misinformed", [])
        ]
        result["misinformation"] = believed + gated_misinformation(result["criteria"], believed)
        return result
