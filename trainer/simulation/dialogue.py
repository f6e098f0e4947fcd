"""Plays a scenario: the conversation state, the trainee's replies and the client's answers.

The whole state is a JSON-serialisable dict (:meth:`Conversation.to_state`), saved after every turn by
the app, so a reload or a server restart resumes exactly where the conversation was. Given the same
scenario, seed, date and replies, a conversation always unfolds the same way.
"""

from __future__ import annotations

import random
import re
from datetime import date
from typing import TYPE_CHECKING, cast

from trainer import text as tx
from trainer.conditions import evaluate, parse_condition
from trainer.outcome import ConversationResult, Misinformation, gated_misinformation
from trainer.scoring.acts import find_non_answers
from trainer.scoring.finite_verbs import has_finite_verb
from trainer.scoring.rubric import localized
from trainer.scoring.signals import analyse_reply
from trainer.scoring.statements import find_promises, find_status_statements, tells_former_rule
from trainer.scoring.transcript import Context, Transcript, Turn
from trainer.simulation import (
    believed,
    choices,
    corrected,
    hollow,
    listening,
    name_check,
    repeats,
    restated,
    unasserted,
)
from trainer.simulation.code_talk import hear_code_talk
from trainer.simulation.forbidden import unhear_unsaid
from trainer.simulation.heard import spoken_tail_questions
from trainer.simulation.keyword_tails import keyword_tails
from trainer.simulation.own_details import own_detail_parts
from trainer.simulation.quiz import is_quiz, option_sentences, quiz_questions
from trainer.simulation.reactions import (
    ALREADY_ANSWERED,
    CONFIRM_ANSWER,
    CONFIRMED_AGAIN,
    HOLD_IMPATIENT,
    HOLDING,
    LEFT_OPEN,
    REPEATED_ANSWER,
    SUITS_ANSWER,
    TRANSCRIPT_ANSWER,
    UNADDRESSED,
    is_hold,
    without_hold_purpose,
)
from trainer.simulation.recited import recited_standard, step_labels
from trainer.simulation.scenario import Line, Scenario, Step, render, render_deep
from trainer.simulation.spelling import as_heard
from trainer.simulation.staged import unstaged
from trainer.simulation.told_about import told_to_no_one
from trainer.simulation.unspoken import (
    boxed_checklist,
    figure_sheet,
    impersonal_knowledge,
    labelled_note,
    long_verbless_runs,
    reads_knowledge_out,
    recited_entries,
)
from trainer.simulation.wishes import no_wish_said
from trainer.text.translit import cyrillic_text

if TYPE_CHECKING:  # pragma: no cover
    from trainer.simulation.library import Library

DEFAULT_FALLBACK = {
    "et": ["Vabandust, ma ei saanud päris hästi aru. Mida Te sellega mõtlete?",
           "Ma ei saa ikka aru... Kas saaksite lihtsamalt öelda?"],
    "ru": ["Извините, я не совсем {поняла}. Что Вы имеете в виду?",
           "Я всё равно не понимаю... Можно попроще?"],
    "en": ["Sorry, I didn't quite get that. What do you mean?"],
}
MAX_REPLY_CHARS = 20_000
#: reply signals about what the trainee did wrong: counted on the whole reply, non-answers included
_SAID_ON_WHOLE_TEXT = frozenset({"disclosed", "was_rude", "informal", "gave_code_back"})
UNFINISHED = {
    "et": "Vestlus jäi pooleli: klient ei jõudnud lõpuni (viimane samm: {step}).",
    "ru": "Разговор не завершён: клиент не дошёл до конца (последний шаг: {step}).",
    "en": "The conversation was left unfinished (last step: {step}).",
}


#: names in a rule's condition that lead to an end step for something the trainee did wrong (kept as it is)
#: (`gave_code_back`: a code read back; other `gave_*` names, e.g. `gave_116111`, name a helpline given: no wrong)
_WRONG_NAME = re.compile(r"\b(?:wrong\w*|false\w*|disclos\w*|leak\w*|promised|was_rude|gave_code\w*)")
#: a bare reply: one or two words and no verb („Rahvastikuregister.“, «Да.»), counted with the non-answers
#: for the client's ending only (`_ending`); a greeting, a thanks or a goodbye is none
_BARE_MAX_WORDS = 2


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
        # the signals that name a wrong answer (in a ``misinformation`` condition): see `_unsay_wrong`
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
            conv._enter(scenario.start_step, {}, {}, at=0.0)
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
            return self._after_end(text, at)
        analysis = self._analyse(text)
        self._unsay_wrong(analysis)
        hear_code_talk(self, analysis["signals"], analysis["evidence"], analysis["acted"])
        signals, facts = analysis["signals"], analysis["facts"]
        protection = self.scenario.data_protection
        if protection.private_status and find_status_statements(text, self.scenario.language):
            signals["disclosed"] = True  # a status is a private fact here, for the client as for the scorer
        acted = analysis["acted"]
        if not signals.get("asked_question") and spoken_tail_questions(acted, self.scenario.language):
            signals["asked_question"] = True  # "teine sammas kas kusite kuhu ..." asks, unpunctuated
        # a promise or guess of an outcome ("точно доплатит ... это гарантировано"), as the scorer reads it
        promises = find_promises(acted, self.scenario.language) if acted else ()
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
        recapped = set()  # „Kokkuvõtteks: ohvriabi, 116 006, hüvitis.“: an item never said before is not heard
        if acted:
            recapped = repeats.unhear_recapped(self, acted, signals, facts, heard)
        affirmed = listening.affirmed_asks(self, acted, self.current_step)
        signals.update(affirmed)  # «да, платят» to «в Германию вообще платят?» says what the question asked
        # the greeting, before the caller has said a word, answers none of the questions it has not yet asked
        # (batch 30 redirects-pillar-tax-pin-ru gaming: every answer in the greeting, then «См. выше.»)
        unasked = self._before_the_caller()
        self._ever_before = dict(self.state["ever"])  # what the client had heard before this reply (restated.py)
        for name, hit in {**signals, **facts}.items():
            if hit and name not in unasked:
                self.state["ever"][name] = True
        if "showed_empathy" in signals and hollow.hollow_comfort(self, acted):
            signals["showed_empathy"] = False  # heard (ever), but stacked sympathy alone calms no one (hollow.py)
        self._said_before = dict(self.state.get("said", {}))
        self._acked = False  # an acknowledgement of something said before is in this reply's answer
        self._stated = {**listening.stated_signals(self, acted, signals, facts), **affirmed}
        for name in recapped | getattr(self, "_unsaid", set()):  # ... nor stated by it (the recap is a statement
            self._stated[name] = False  # too), nor a wrong answer only declined or asked (`_unsay_wrong`)
        for name, hit in self._stated.items():
            if hit and name not in unasked:  # said outside a question: what a step's `asks` counts as answered
                self.state.setdefault("said", {})[name] = True
                self.state["ever"][name] = True  # (also where the whole reply read as one question)
        # a reply that ends with a goodbye and leads into an end step: the client's parting line ends the call
        plain = analysis["heard"]  # the reply without its staged parts (staged.py)
        self._goodbye = listening.goodbye_tail(self, self._read(plain)) is not None  # also "vsego dobrogo"
        self._signals, self._whole = signals, analysis["whole"]
        # a quiz and nothing else (its options and questions taken out, `_analyse`) asks the client nothing: the
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
        self._reaction = listening.misinformation(self, signals, facts, quoted, text) \
            if self.state["step"] is not None else None
        self._holding = is_hold(plain, self.scenario.language) and not listening.asks_client(self, acted, signals)
        before = len(self.turns)
        if analysis.get("unaddressed") and self.state["step"] is not None and not self._reaction \
                and not self.state["finished"]:
            # „Kliendile makstakse elatisabi ...“ said to the caller: who is meant? The client asks and waits
            # (counted like a fallback towards on_stuck) instead of going on as if nothing was said
            lines = UNADDRESSED.get(self.scenario.language, UNADDRESSED["et"])
            self._fallback(at, lines[min(self.state["vars"]["fallbacks"], len(lines) - 1)], flag=True)
            return self.turns[before:]
        if (self._holding and len(tx.tokenize(without_hold_purpose(text, self.scenario.language))) <= 12
                or hollow.content_free_hold(self, acted or plain)) and self.state["step"] is not None \
                and not self._answers and not self._reaction:
            # "Üks hetk, palun oodake." is a time-management act: the client waits in the same step; put on
            # hold again and again with nothing in between, it waits twice, complains, then leaves (hollow.py)
            self._holding = True
            return self._held(at, before)
        hollow.no_hold(self)
        if self.state["step"] is None:
            self._enter(self.scenario.start_step, signals, facts, at)
        else:
            self._advance(signals, facts, at)
        new = self.turns[before:]
        transcript = listening.transcript_answer(self, acted) if acted and new and not new[-1].get("fallback") else None
        if transcript:  # „Soovi korral saadan vestluse ärakirja.“ in a chat: the client takes it after its line
            new[-1]["text"] = listening.join_lines(new[-1]["text"], transcript)
            if self.finished and self.state["ended_by"] == "end_step" \
                    and transcript == TRANSCRIPT_ANSWER.get(self.scenario.language, TRANSCRIPT_ANSWER["et"]):
                # the copy asked for in the parting line: the chat stays open for the agent to confirm it
                self.state["finished"], self.state["ended_by"] = False, None
                self.state["vars"]["copy_asked"] = True
        return new

    def _held(self, at: float | None, before: int) -> list[dict]:
        """The client's answer to a hold that tells it nothing (:mod:`trainer.simulation.hollow`): it waits,
        complains (counted like a fallback) or leaves unhelped; a hold with a goodbye leaves it unhelped at once."""
        lang = self.scenario.language
        action = hollow.answer_hold(self)
        if action == "leave" or getattr(self, "_goodbye", False):
            self._part_unhelped(at)
        elif action == "complain":
            self._fallback(at, HOLD_IMPATIENT.get(lang, HOLD_IMPATIENT["et"]))
        else:
            self.turns.append({"role": "client", "text": HOLDING.get(lang, HOLDING["et"]), "at": at,
                               "step": self.state["step"]})
        return self.turns[before:]

    def _read(self, text: str) -> str:
        """The reply as the client reads its closing words: in a Russian call, translit in Cyrillic ("nuzhna kopija
        perepiski? vsego dobrogo" is an offer of the transcript and a goodbye, new-user batch 37 webchat-code-ru)."""
        return cyrillic_text(text) if self.scenario.language == "ru" else text

    def _before_the_caller(self) -> set[str]:
        """The scenario's own content signals, when this reply comes before the caller has said anything (the
        agent's greeting in a call): a caller remembers no answer to a question it has not asked yet. Call-model
        signals (greeting, name, empathy) and the wrong answers the scenario names stay heard."""
        if self.state["step"] is not None:
            return set()
        # the wrong answers as said in the reply, not as missing ("not ppa") nor as told before ("ever(x)")
        wrong = {name for mis in self.scenario.misinformation
                 for name in re.findall(r"(?<!not )(?<!\()\b([a-z_][a-z0-9_]*)\b(?!\()", mis.when)}
        return set(self.signals) - wrong

    def _after_end(self, text: str, at: float | None) -> list[dict]:
        """A reply after the client's last line: answered and the call stays open for the goodbye, or the
        call ends (:func:`trainer.simulation.listening.after_end`)."""
        answer = listening.after_end(self, text)
        if answer is None:
            self._finish("end_step")
            return []
        turn = {"role": "client", "text": answer, "at": at, "step": self.state["step"]}
        self.turns.append(turn)
        if self.state["vars"].pop("close_after_answer", False):
            self._finish("end_step")  # the trainee asked and said goodbye: the client answers and the call ends
        # a copy of the chat asked for after the last line: the chat stays open for the agent to send and confirm it
        # (a real chat: the agent acts on the request; the client's line is a request, not a last word)
        self.state["vars"]["copy_asked"] = not self.finished and answer.endswith(
            TRANSCRIPT_ANSWER.get(self.scenario.language, TRANSCRIPT_ANSWER["et"]))
        return [turn]

    def _analyse(self, text: str) -> dict:
        """Signals of the reply just appended. What the reply *says* is read from its acts only: a keyword
        chain, a pasted repeat, instructions to the agent or knowledge text about "the client" say nothing
        to the client (as for the scorer, :mod:`trainer.scoring.acts`), so the client does not react as if
        it had been answered. What the reply *does* wrong counts on the whole text: a disclosed private
        fact, rudeness, informal address, a code read back. ``acted`` is the text that counts."""
        lang = self.scenario.language
        self._non_answer = False
        text = as_heard(text, lang)  # "nelikymmend viis paeva", "synnikoht": "y" typed for "ü" (spelling.py)
        full = analyse_reply(text, lang, self.concepts, self.signals, self.facts)
        # stage directions, ticked checklists, phone menus, hashtags, a pasted model dialogue say nothing to the
        # caller (staged.py): blanked from what it reads, in this reply and the earlier ones
        transcript = self.transcript()
        heard_turns = [t.model_copy(update={"text": unstaged(as_heard(t.text, lang), lang)}) if t.role == "agent"
                       else t for t in transcript.turns]
        heard = heard_turns[-1].text
        acts = find_non_answers(transcript.model_copy(update={"turns": heard_turns}), self.concepts, lang)
        acted = acts.act_texts.get(len(self.turns) - 1, heard).strip()
        # a list of channels that answers the client's "how do I apply?" is heard, however bare its items, also
        # when it is the whole reply («в департамент: почтой, email с цифровой подписью или в бюро»)
        listed = [f.quote for f in acts.findings if f.turn == len(self.turns) - 1 and f.item_list]
        listed += [sent for f in acts.findings if f.turn == len(self.turns) - 1 and f.whole_reply
                   and f.kind == "keyword_chain" for _, _, sent in tx.split_sentences(f.quote)]
        restored = [q for q in listed if q.strip() and q not in acted and listening.answers_how_to_apply(self, q)]
        # a request the greeting put before the caller spoke, put again after it, is asked (repeats.asked_again)
        restored += [q for q in repeats.asked_again(self, acts.findings, len(self.turns) - 1)
                     if q.strip() and q not in acted and q not in restored]
        if restored:
            acted = " ".join([*restored, acted]).strip()
        # the call model's stage narrated with a list of keywords after it says no fact to the client
        narrated = unasserted.narrated_lists(acted, lang)
        # ... and the service standard recited („Согласно стандарту: шаг один – ...“): no act towards the caller
        narrated += [s for s in recited_standard(acted, lang) if s not in narrated]
        for sentence in narrated:
            acted = acted.replace(sentence, " ").strip()
        # a fact offered as one of several possibilities ("может быть, A, а может быть, B; всё индивидуально")
        # answers nothing: the client hears neither and asks again which it is
        for sentence in unasserted.hedged_alternatives(acted, lang):
            acted = acted.replace(sentence, " ").strip()
        # a quiz put to the caller („väike test: ...? a) 1 b) 1,5 c) 3,5“, quiz.py): its options say none of them
        quizzed = is_quiz(heard, lang, bool(self.state["vars"].get("quizzed")), self._names_matter)
        if quizzed:
            self.state["vars"]["quizzed"] = True
            for sentence in option_sentences(acted):
                acted = acted.replace(sentence, " ").strip()
            # ... nor its questions on the matter („kas Te teate, milline asutus hindab töövõimet?“, quiz.py)
            for sentence in quiz_questions(acted, lang, self._names_matter):
                acted = acted.replace(sentence, " ").strip()
        # bare words strung on after the reply's question ("...? семейный врач Töötukassa 15501 совместное
        # заявление") answer nothing the client asked (keyword_tails.py)
        tails = keyword_tails(acted, lang)
        for sentence in tails:
            acted = acted.replace(sentence, " ").strip()
        full["acted"], full["whole"] = acted, {n for n, v in full["signals"].items() if v}
        full["quizzed"] = quizzed
        full["heard"] = heard.strip() if heard != text else text
        # a reply that is all knowledge text about "the client" or instructions to the agent („Kliendile
        # makstakse ...“, «Начните с приветствия ...»): talk about someone, not to the caller
        kinds = {f.kind for f in acts.findings if f.turn == len(self.turns) - 1}
        # a long verbless string of keywords, or knowledge text read out to no one, is heard but is no answer the
        # client thanks for (unspoken.py, new-user batch 32): counted for the ending only, read only when the
        # cheaper readings found nothing
        if not self.state["awaiting_close"] and (
                kinds or narrated or tails or quizzed or heard != text or self._unspoken(acted, heard, lang)
                or step_labels(heard, lang)  # the call model read out step by step (recited.step_labels)
                or self._bare(acted, full["signals"]) or hollow.stalled(self, acted) or hollow.hollow_comfort(self, acted)):
            # the reply (or a sentence of it) said nothing to the client, or only a bare word: counted for its
            # ending (`_ending`)
            self.state["vars"]["non_answers"] = self.state["vars"].get("non_answers", 0) + 1
            self._non_answer = True
        # ... also beside a greeting or an impersonal rule that speaks to no one either (told_about.py): none of it
        # is heard, a wrong value in it not believed („... pensionide puhul 60 päeva jooksul“, new-user batch 47)
        full["unaddressed"] = told_to_no_one(kinds, acted, lang)
        if full["unaddressed"]:
            acted = full["acted"] = ""
        if acted == text:  # a refused promise ("ma ei saa lubada, et nõue tühistatakse") is negated by the signals
            return self._unwished(full, text)
        said = analyse_reply(acted, lang, self.concepts, self.signals, self.facts) if acted else None
        for name in full["signals"]:
            if name in _SAID_ON_WHOLE_TEXT:
                continue
            full["signals"][name] = bool(said and said["signals"].get(name))
            if not full["signals"][name]:
                full["evidence"].pop(name, None)
        full["signals"]["closed"] = full["signals"]["thanked"] or full["signals"]["said_goodbye"]
        return self._unwished(full, text)

    def _unwished(self, full: dict, text: str) -> dict:
        """The reply's signals without a goodbye that is only a wish word not said as a wish („... kui Teil on
        jõudu.“, wishes.py)."""
        lang = self.scenario.language
        farewells = tuple((self.concepts.get("farewell") or {}).get(lang) or ())
        if full["signals"].get("said_goodbye") and no_wish_said(text, farewells, lang):
            full["signals"]["said_goodbye"] = False
            full["signals"]["closed"] = full["signals"]["thanked"]
            full["evidence"].pop("said_goodbye", None)
        return full

    def _names_matter(self, sentence: str) -> bool:
        """Does the sentence name the scenario's matter: one of its own signals or private facts (not the call
        model's greeting, empathy or questions)?"""
        said = analyse_reply(sentence, self.scenario.language, self.concepts, self.signals, self.facts)
        return any(said["signals"].get(name) for name in self.signals) or any(said["facts"].values())

    def _unsay_wrong(self, analysis: dict) -> None:
        """A wrong answer (a signal named in the scenario's ``misinformation``) heard only in a question or in a
        rule told as former („Kas ma sain õigesti aru, et küsite, kas see tuleb reedel?“, „Varem maksti reedel,
        aga nüüd enam mitte.“) was not said: the client does not believe it, as the scorer does not count it. A promise
        declined («обещать, что долг спишут, я не могу», „lubada, et nõue tühistatakse, ma ei saa“) or a payment denied
        only "at once" («сразу всё платить не нужно») is no signal to begin with: `analyse_reply` reads it with the
        scorer's negation scope (`trainer.text.scope.negated_complement`, `trainer.text.negation`)."""
        self._unsaid: set[str] = set()
        heard = [n for n in self._wrong_signals if analysis["signals"].get(n)]
        if not heard:
            return
        lang = self.scenario.language
        parts = []
        for _, _, sent in tx.split_sentences(analysis["acted"]):
            if sent.strip() and tx.is_question(sent, lang) and "?" not in sent:
                # „Milline määrus see on, ei olegi oluline – piisab sellest, et hagi on esitatud.“: a question word
                # heads the sentence, but what follows its dash is said
                sent = sent.split(" – ", 1)[1] if " – " in sent else sent
            parts.append(sent)
        asserted = " ".join(sent for sent in parts
                            if sent.strip() and not tx.is_question(sent, lang) and not tells_former_rule(sent, lang))
        if " ".join(asserted.split()) == " ".join(analysis["acted"].split()):
            return
        said = analyse_reply(asserted, lang, self.concepts, self.signals, self.facts) if asserted.strip() else None
        for name in heard:
            if not (said and said["signals"].get(name)):
                self._unsaid.add(name)
                analysis["signals"][name] = False
                analysis["evidence"].pop(name, None)

    def _unspoken(self, acted: str, heard: str, lang: str) -> bool:
        """A long verbless keyword run, a boxed checklist, or knowledge text read out to no one (`unspoken.py`)."""
        grams = getattr(self.library.value_facts, "reference", frozenset())
        return bool(long_verbless_runs(acted, lang)) or boxed_checklist(heard) or reads_knowledge_out(heard, grams) \
            or labelled_note(heard) \
            or impersonal_knowledge(heard, lang, grams) or recited_entries(heard, lang, grams) \
            or figure_sheet(heard, lang, lambda sentence: hollow._only_looking(self, sentence))

    def _bare(self, acted: str, signals: dict) -> bool:
        """One or two words and no verb, after the client has spoken („Tagasinõue.“, «Самоуправление.», „Ei.“):
        no greeting, thanks or goodbye. Counted for the ending only: a real short answer among full ones
        changes nothing, a call answered mostly so does not end on the grateful line."""
        if self.state["step"] is None or not acted:
            return False
        if signals.get("greeted") or signals.get("thanked") or signals.get("said_goodbye"):
            return False
        words = [t for t in tx.tokenize(acted) if t.is_word]
        if not words or len(words) > _BARE_MAX_WORDS:
            return False
        return not has_finite_verb(acted, self.scenario.language)

    def finish(self) -> None:
        """The trainee ends the conversation (the "end conversation" button)."""
        if not self.finished:
            self._finish("trainee")

    def _finish(self, how: str) -> None:
        self.state["finished"] = True
        self.state["ended_by"] = how

    def _names(self, signals: dict, facts: dict) -> tuple[dict, dict]:
        situation = self.scenario.situation
        names = {
            **self.state["vars"],
            "identification_required": situation.identification_required,
            "client_upset": situation.client_upset,
            "third_party": situation.third_party,
            **signals,
        }
        ever = self.state["ever"]
        stated = getattr(self, "_stated", {})
        functions = {
            "mentioned": lambda name: bool(facts.get(name) or signals.get(name)),
            # said in this reply outside its questions („Kas saatsite tõendi?“ names the certificate, says nothing)
            "stated": lambda name: bool(facts.get(name) or signals.get(name)) and bool(stated.get(name)),
            "ever": lambda name: bool(ever.get(name)),
            "visited": lambda name: bool(self.state["visits"].get(name)),
        }
        return names, functions

    def _advance(self, signals: dict, facts: dict, at: float | None) -> None:
        step = self.current_step
        target, chosen = self._target(step, signals, facts), self._rule
        if target is None and not getattr(self, "_reaction", None):  # a clear wrong answer is believed, not
            target, chosen = believed.believed_target(self, step, signals, facts), self._rule  # "not understood"
        answers = list(getattr(self, "_answers", []))
        asked = answers or listening.question_answer(self, getattr(self, "_text", ""), signals)
        fragment = None if asked else listening.fragment_answer(self, step, signals)
        asked = asked or fragment
        stays = self.state["vars"].get("stays", 0)
        # „Kas see sobib Teile?“ after a proposal: consent is no question left open, the script goes on
        consent = asked == SUITS_ANSWER.get(self.scenario.language, SUITS_ANSWER["et"])
        pasted = repeats.pasted_again(self)  # a copy of an earlier reply: its question was put and answered before
        if target is not None and chosen is not None and chosen.when is None and asked and not consent \
                and (self.scenario.step(target).end or fragment) and stays < listening.MAX_STAYS and not pasted:
            # the trainee asked the client something: it answers and waits instead of giving up; a fragment
            # that names what the step asks („самообслуживание (id-карта ...), почтой или в бюро“) is asked
            # about, not answered with the step's re-ask as if nothing was said („и куда его?“)
            target = None
        unconditioned = target is None or chosen is not None and chosen.when is None \
            and not self.scenario.step(target).end  # the script's default next step is no answer either
        last = listening.last_client_line(self)
        if not answers and listening.client_asks(self, last) and self.scenario.dialogue.on_stuck \
                and self._hollow_close():
            # „Täpsemalt lugege kodulehelt. Kokkuvõtteks: kõik sai räägitud. Head päeva!“ to the client's open
            # question: nothing answered, the client does not part grateful but on the `on_stuck` end
            self._enter(self.scenario.dialogue.on_stuck, {}, {}, at)
            if not self.finished and not listening.client_asks(self, self.turns[-1]["text"]):
                self._finish("end_step")
            return
        # a reply that says nothing to the client (a keyword recap, `_analyse`) and closes („Kas see vastas Teie
        # küsimusele? Aitäh, et helistasite!“, new-user batch 33 maintenance-support-et gaming) is a goodbye too,
        # unless it is the first answer to the caller (a first macro is asked about, batch 28)
        closed_empty = getattr(self, "_goodbye", False) and getattr(self, "_non_answer", False) \
            and self._answers_to_caller() >= 2
        if unconditioned and not answers \
                and (self._only_goodbye() or (pasted or closed_empty) and getattr(self, "_goodbye", False)) \
                and (listening.client_asks(self, last) or self._answering_in_circles(last)):
            # „Aitäh, et kirjutasite! Kõike head!“ to the client's open question, or a bare "Head aega." to a client
            # going round in circles (new-user batch 27: it answered the same pasted macro again): a caller does not ask
            # "what do you mean?", it parts unsatisfied (so too when a copy of an earlier reply ends in a goodbye:
            # batch 28 national-pension-chat-et gaming): on the dialogue's `on_stuck` end, or (without one)
            # with a line of its own, and the call ends outside an end step (unfinished)
            self._part_unhelped(at)
            return
        if target is None:
            heard = answers
            reaction = getattr(self, "_reaction", None)
            if reaction:
                heard.append(reaction)
                self._reaction = None
            elif getattr(self, "_holding", False) and not heard:
                heard.append(HOLDING.get(self.scenario.language, HOLDING["et"]))
            elif not heard:
                heard += [asked] if isinstance(asked, str) else []
            open_line = listening.open_question(self, getattr(self, "_text", ""), signals)
            if open_line and heard in ([], [asked]) and not consent:  # "Kas veel midagi?" while its question is open
                if not getattr(self, "_non_answer", False):
                    # ... answered nothing the client asked: counted for its ending too (new-user batch 43
                    # disability-or-workability-chat-et gaming: „Kokkuvõtteks kõik ülaltoodu. Kas see vastas ...?“
                    # among keyword dumps, and the client still parted grateful)
                    self.state["vars"]["non_answers"] = self.state["vars"].get("non_answers", 0) + 1
                    self._non_answer = True
                self._fallback(at, open_line)  # no progress: counts towards on_stuck like a fallback
                return
            lang = self.scenario.language
            if heard == [CONFIRM_ANSWER.get(lang, CONFIRM_ANSWER["et"])] and self._confirmed_in_step():
                if getattr(self, "_goodbye", False) and listening.goodbye_tail(self, getattr(self, "_text", "")) \
                        is not None:
                    # the same check of its words again and a goodbye (new-user batch 33 overpayment-recovery-et,
                    # letters-unanswered-et gaming: „Jah, ma juba ütlesin ...“ after the goodbye, twice): the caller
                    # parts unhelped instead of repeating itself on a call the trainee has closed
                    self._part_unhelped(at)
                    return
                line = CONFIRMED_AGAIN.get(lang, CONFIRMED_AGAIN["et"])
                male = self.persona.sex == "M"
                line = line.replace("{сказала}", "сказал" if male else "сказала").replace("{а}", "" if male else "а")
                self._fallback(at, line)  # the same check again: no progress, counted towards on_stuck
                return
            if heard:  # the client answered, believed or waited: no "I didn't understand"
                self.state["vars"]["stays"] = stays + 1
                said = " ".join(heard)
                last = listening.last_client_line(self)
                lead = REPEATED_ANSWER.get(self.scenario.language, REPEATED_ANSWER["et"])
                lead = lead.replace("{сказала}", "сказал" if self.persona.sex == "M" else "сказала")
                if said == last and not getattr(self, "_holding", False) and not said.startswith(lead):
                    said = f"{lead} {said[:1].lower()}{said[1:]}"  # the same question again: "as I said"
                self.turns.append({"role": "client", "text": said, "at": at, "step": self.state["step"]})
                return
            if getattr(self, "_goodbye", False) and not listening.client_asks(self, last) \
                    and listening.goodbye_tail(self, getattr(self, "_text", "")) is not None:
                # nothing the client could take up and a goodbye after it („Kokkuvõtteks: 30 päeva. Selge? Aitäh, et
                # helistasite!“, new-user batch 45 letters-unanswered-et gaming): the trainee has closed the call, the
                # caller asks no "what do you mean?" but parts unhelped
                self._part_unhelped(at)
                return
            # only what it heard before, said again: "yes, you said so" and its question again (restated.py)
            self._fallback(at, restated.restated_line(self))
        else:
            self._enter(target, signals, facts, at, prefix=answers)

    def _answers_to_caller(self) -> int:
        """The trainee's replies since the client first spoke (this one included)."""
        first = next((i for i, t in enumerate(self.turns) if t["role"] == "client"), len(self.turns))
        return sum(1 for t in self.turns[first:] if t["role"] == "agent")

    def _part_unhelped(self, at: float | None) -> None:
        """The trainee said goodbye with the client's matter open: the client parts on the dialogue's `on_stuck`
        end or, without one, with a line of its own, and the call ends outside an end step (unfinished)."""
        if self.scenario.dialogue.on_stuck:
            self._enter(self.scenario.dialogue.on_stuck, {}, {}, at)
            if not self.finished and not listening.client_asks(self, self.turns[-1]["text"]):
                self._finish("end_step")
            return
        line = LEFT_OPEN.get(self.scenario.language, LEFT_OPEN["et"])
        line = line.replace("{а}", "" if self.persona.sex == "M" else "а")
        self.turns.append({"role": "client", "text": line, "at": at, "step": self.state["step"]})
        self._finish("left_open")

    def _confirmed_in_step(self) -> bool:
        """Has the client already confirmed a check of what it wants in the current step?"""
        lang = self.scenario.language
        confirms = [CONFIRM_ANSWER.get(lang, CONFIRM_ANSWER["et"]), *choices.choice_lines(lang)]  # a pick answers it too
        return any(t["role"] == "client" and t.get("step") == self.state["step"] and any(c in t["text"] for c in confirms)
                   for t in self.turns[1:])

    def _answering_in_circles(self, last: str) -> bool:
        """Is the client, outside an end step, saying again what it already said („Ma juba ütlesin: ...“, or the
        same line as before)? Its matter is stuck, not settled: a goodbye now leaves it unhelped."""
        if not last or (self.current_step and self.current_step.end):
            return False
        lead = REPEATED_ANSWER.get(self.scenario.language, REPEATED_ANSWER["et"]).split("{")[0]
        said = [t["text"] for t in self.turns if t["role"] == "client"]
        return last.startswith(lead) or last in said[:-1]

    def _only_goodbye(self) -> bool:
        """Is the reply just sent nothing but a closing formula (thanks for the call, a wish, a goodbye)?"""
        text = getattr(self, "_text", "")
        cut = listening.goodbye_tail(self, text) if getattr(self, "_goodbye", False) else None
        if cut is None or getattr(self, "_reaction", None) or getattr(self, "_holding", False):
            return False
        names = {tx.fold(self.persona.first_name)} if getattr(self.persona, "first_name", None) else set()
        return not [t for t in tx.tokenize(text[:cut]) if t.is_word and tx.fold(t.text) not in names]

    def _hollow_close(self) -> bool:
        """Is the reply just sent a web-page pointer, an empty summary and a closing formula, nothing else
        (:func:`trainer.simulation.listening.hollow_close`)?"""
        text = getattr(self, "_text", "")
        cut = listening.goodbye_tail(self, text) if getattr(self, "_goodbye", False) else None
        if cut is None or getattr(self, "_reaction", None) or getattr(self, "_holding", False):
            return False
        return listening.hollow_close(self, text[:cut])

    def _fallback(self, at: float | None, said: str | None = None, flag: bool = False) -> None:
        dialogue = self.scenario.dialogue
        self.state["vars"]["fallbacks"] += 1
        count = self.state["vars"]["fallbacks"]
        if dialogue.on_stuck and count > dialogue.max_fallbacks:
            self._enter(dialogue.on_stuck, {}, {}, at)
            return
        if said:
            turn = {"role": "client", "text": said, "at": at, "step": self.state["step"]}
            self.turns.append({**turn, "fallback": True} if flag else turn)
            return
        lines = dialogue.fallback or DEFAULT_FALLBACK.get(self.scenario.language, DEFAULT_FALLBACK["et"])
        line = render(lines[(count - 1) % len(lines)], self.values)
        if not dialogue.fallback:  # Russian past tense agrees with the client's sex
            line = line.replace("{поняла}", "понял" if self.persona.sex == "M" else "поняла")
        self.turns.append({"role": "client", "text": line, "at": at, "step": self.state["step"], "fallback": True})

    def _enter(self, step_id: str, signals: dict, facts: dict, at: float | None,
               prefix: list[str] | None = None, depth: int = 0) -> None:
        step = self._ending(self.scenario.step(step_id))
        prefix = list(prefix or [])
        state = self.state
        state["step"] = step.id
        state["visits"][step.id] = state["visits"].get(step.id, 0) + 1
        state["vars"]["fallbacks"] = 0
        state["vars"]["stays"] = 0
        for name, value in step.set.items():
            if isinstance(value, str) and value[:1] in "+-" and value[1:].isdigit():
                state["vars"][name] = int(state["vars"].get(name) or 0) + int(value)
            else:
                state["vars"][name] = value
        if step.identifies:
            state["vars"]["identified"] = True
        line, conditional = self._choose_line(step, signals, facts)
        reaction = getattr(self, "_reaction", None)
        if reaction and not step.end:  # a wrong answer the client believes: it reacts to what was said
            answered = getattr(self, "_reaction_answered", None) if step.asks and self._already_answered(step) else None
            line, conditional, self._reaction = answered or reaction, True, None
        elif reaction:  # ... also when the reply leads into an end step: its parting line (believed.py)
            line, self._reaction = believed.parting_line(self, step, reaction, line, conditional), None
            conditional = conditional or line is not None
        if not conditional and step.asks and depth < 4 and self._already_answered(step):
            # the trainee already answered what this step asks: acknowledge and go on at once; what this very
            # reply said first is not "already said" (the default): the next step's line reacts to it
            target = self._target(step, signals, facts) if not step.end else None
            if target is None or self._rule is not None and self._rule.when is None and not isinstance(step.next, str):
                # no rule but the default fits what this reply said: the rules read what the step asks as said
                # (it was, in an earlier reply), so „Понятно, ... в следующем году.“ does not lead on to the
                # default for "not answered" („Ничего не понятно“)
                known = {**signals, **{name: True for name in step.asks}}
                target = self._target(step, known, facts) if not step.end else None
            own = self._pick(step.answered_lines(), signals, facts, f"{step.id}:answered")[0]
            if own:
                prefix.append(render(own, self.values))
                self._acked = True
            elif (target in (None, step.id) or self._already_answered(step, getattr(self, "_said_before", None))) \
                    and not getattr(self, "_acked", False):  # one acknowledgement a reply: „Понятно, ...“ is enough
                prefix.append(ALREADY_ANSWERED.get(self.scenario.language, ALREADY_ANSWERED["et"]))
                self._acked = True
            if target is not None and target != step.id:
                self._enter(target, signals, facts, at, prefix, depth + 1)
                return
            line = None
        said = render(line, self.values) if line is not None else None
        if said is not None:  # a line that itself starts with the answer („Jah, see olen mina. Kas ...“) says it once,
            # also when the answer lost its „Jah,“ to an open question („Kus ema elab?“); a line that confirms or
            # tells the name itself („Jah, Helju Tamm olen. ...“) is not preceded by the built-in name answer
            names = getattr(self, "_name_answers", set())
            prefix = [p for p in prefix if not listening.without_yes(tx.fold(said)).startswith(
                listening.without_yes(tx.fold(p)).rstrip(".!"))
                and not (p in names and name_check.mentions_name(self, said))]
            said = listening.without_said_opening(said, prefix)
            said = repeats.without_said_sentences(said, prefix)  # „... vana konto panin kinni.“ said once
        prefix, after = own_detail_parts(self, prefix, said, step)
        parts = listening.without_repeated_acks([*prefix, said, *after] if said is not None else [*prefix, *after])
        if parts:
            self.turns.append({"role": "client", "text": " ".join(parts), "at": at, "step": step.id})
        if step.end:
            state["awaiting_close"] = True
            if getattr(self, "_goodbye", False) and not listening.client_asks(self, said or ""):
                self._finish("end_step")  # the trainee said goodbye: the client's parting line ends the call

    def _ending(self, step: Step) -> Step:
        """The end step the client goes to: a client whose questions were mostly answered with non-answers
        (a keyword chain, a pasted repeat, instructions to the agent, knowledge text about "the client" in more
        than half of the replies so far, :func:`trainer.scoring.acts.find_non_answers`), or led there by a copy of
        an earlier reply, does not leave on a grateful end step (a line that thanks): it leaves on the dialogue's
        ``on_stuck`` end, as after replies it could not follow. An end step for a wrong answer the client believed is kept (it records what was believed)."""
        dialogue, vars_ = self.scenario.dialogue, self.state["vars"]
        if not step.end or not dialogue.on_stuck or step.id == dialogue.on_stuck or self.state.get("misinformed"):
            return step
        rule = getattr(self, "_rule", None)
        if rule is not None and rule.when and self._wrong_heard(rule.when):
            return step  # „о, спасибо, быстро!“ after a disclosure: the end records what the trainee did wrong
        # the replies since the caller first spoke: the greeting before it answers nothing it asked (new-user batch 42
        # overpayment-recovery-ru gaming: two keyword recaps among three answers still got „спасибо, что объяснили“)
        replies = self._answers_to_caller()
        # a copy of an earlier reply answers nothing the client said since („jah, lapsed on sündinud 1988, ...“
        # and the same macro again, new-user batch 29 children-pension-chat-et gaming): no thanks for it
        if 2 * vars_.get("non_answers", 0) <= replies and not repeats.pasted_again(self):
            return step
        stuck = self.scenario.step(dialogue.on_stuck)
        if not stuck.end or not any(listening.thanks(self, part.say) for line in step.lines() for part in line.parts()):
            return step
        return stuck

    def _wrong_heard(self, condition: str) -> bool:
        """The condition names something the trainee did wrong and that was heard (in this reply or before):
        „ever(gave_116111) or wrong_child_line“ taken for the helpline given keeps no wrong."""
        signals, ever = getattr(self, "_signals", {}) or {}, self.state["ever"]
        return any(signals.get(name) or ever.get(name) for name in _WRONG_NAME.findall(condition))

    def _already_answered(self, step: Step, said: dict | None = None) -> bool:
        """Every signal or fact the step asks for was said in this or an earlier reply (or in `said`)."""
        said = self.state.get("said", self.state["ever"]) if said is None else said
        return all(said.get(name) for name in step.asks)

    def _target(self, step: Step, signals: dict, facts: dict) -> str | None:
        """The step the rules of `step` lead to (None: no rule fits); the rule is kept in ``_rule``."""
        self._rule = None
        if isinstance(step.next, str):
            return step.next
        names, functions = self._names(signals, facts)
        for rule in step.next or []:
            if rule.when is None or evaluate(parse_condition(rule.when), names, functions):
                self._rule = rule
                return rule.target
        return None

    def _choose_line(self, step: Step, signals: dict, facts: dict) -> tuple[str | None, bool]:
        """The client's line on entering a step and whether a conditional variant chose it."""
        return self._pick(step.lines(), signals, facts, f"{step.id}:{self.state['visits'][step.id]}")

    def _pick(self, lines: list[Line], signals: dict, facts: dict, key: str) -> tuple[str | None, bool]:
        """The first variant whose condition holds (and whether it was a conditional one), else a plain
        variant chosen by the seed; a line of parts keeps the parts whose condition holds."""
        if not lines:
            return None, False
        names, functions = self._names(signals, facts)

        def holds(when: str | None) -> bool:
            return when is None or evaluate(parse_condition(when), names, functions)

        def text(line: Line) -> str | None:
            kept = [p.say.strip() for p in line.parts() if holds(p.when)]
            return " ".join(p for p in kept if p) or None

        for line in lines:
            if line.when is not None and holds(line.when):
                said = text(line)
                if said:
                    return said, True
        plain = [line for line in lines if line.when is None]
        if not plain:
            return None, False
        rng = random.Random(f"{self.state['seed']}:{key}")
        return text(rng.choice(plain)), False

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
