"""The conversation's progress after a reply: the client goes on to the next step, answers a question and
waits, falls back ("what do you mean?"), waits on hold, or parts unhelped; and its answer after its last line.

:class:`~trainer.simulation.dialogue.Conversation` calls these with itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer import text as tx
from trainer.simulation import (
    believed,
    choices,
    client_line,
    closing,
    goodbye,
    hollow,
    listening,
    parting,
    repeats,
    restated,
    summary,
    transitions,
)
from trainer.simulation.reactions import (
    CONFIRM_ANSWER,
    CONFIRMED_AGAIN,
    HOLD_IMPATIENT,
    HOLDING,
    LEFT_OPEN,
    REPEATED_ANSWER,
    SUITS_ANSWER,
    TRANSCRIPT_ANSWER,
    repeated_lead,
)
from trainer.simulation.scenario import render

if TYPE_CHECKING:  # pragma: no cover
    from trainer.simulation.dialogue import Conversation

DEFAULT_FALLBACK = {
    "et": ["Vabandust, ma ei saanud päris hästi aru. Mida Te sellega mõtlete?",
           "Ma ei saa ikka aru... Kas saaksite lihtsamalt öelda?"],
    "ru": ["Извините, я не совсем {поняла}. Что Вы имеете в виду?",
           "Я всё равно не понимаю... Можно попроще?"],
    "en": ["Sorry, I didn't quite get that. What do you mean?"],
}


def held(conv: Conversation, at: float | None, before: int) -> list[dict]:
    """The client's answer to a hold that tells it nothing (:mod:`trainer.simulation.hollow`): it waits,
    complains (counted like a fallback) or leaves unhelped; a hold with a goodbye leaves it unhelped at once."""
    lang = conv.scenario.language
    action = hollow.answer_hold(conv)
    if action == "leave" or getattr(conv, "_goodbye", False):
        part_unhelped(conv, at)
    elif action == "complain":
        fallback(conv, at, HOLD_IMPATIENT.get(lang, HOLD_IMPATIENT["et"]))
    else:
        conv.turns.append({"role": "client", "text": HOLDING.get(lang, HOLDING["et"]), "at": at,
                           "step": conv.state["step"]})
    return conv.turns[before:]


def answer_after_end(conv: Conversation, text: str, at: float | None) -> list[dict]:
    """A reply after the client's last line: answered and the call stays open for the goodbye, or the
    call ends (:func:`trainer.simulation.closing.after_end`)."""
    answer = closing.after_end(conv, text)
    if answer is None:
        stuck = conv.scenario.dialogue.on_stuck
        if stuck and repeats.pasted_again(conv) and conv.scenario.step(stuck).end \
                and not parting.parted_unhelped(conv) and not parting.parted_unthanked(conv):
            # the same macro pasted again as the answer to the client's thanks (new-user batch 70
            # application-channel-chat-et gaming): it was told a pasted text, not helped; it leaves unsure
            transitions.enter(conv, stuck, {}, {}, at)
        conv._finish("end_step")
        return conv.turns[-1:] if conv.turns[-1]["role"] == "client" else []
    turn = {"role": "client", "text": answer, "at": at, "step": conv.state["step"]}
    conv.turns.append(turn)
    if conv.state["vars"].pop("close_after_answer", False):
        conv._finish("end_step")  # the trainee asked and said goodbye: the client answers and the call ends
    # a copy of the chat asked for after the last line: the chat stays open for the agent to send and confirm it
    # (a real chat: the agent acts on the request; the client's line is a request, not a last word)
    conv.state["vars"]["copy_asked"] = not conv.finished and answer.endswith(
        TRANSCRIPT_ANSWER.get(conv.scenario.language, TRANSCRIPT_ANSWER["et"]))
    return [turn]


def advance(conv: Conversation, signals: dict, facts: dict, at: float | None) -> None:
    step = conv.current_step
    target, chosen = transitions.rule_target(conv, step, signals, facts), conv._rule
    if (target is None or chosen is not None and chosen.when is None) and not getattr(conv, "_reaction", None):
        # a clear wrong answer is believed, not "not understood" nor asked again by the step's default (`else:
        # bills_again` after «Да, возмещают ... заявление подаётся в полицию», new-user batch 51 victim-support-ru)
        believed_step, believed_rule = believed.believed_target(conv, step, signals, facts), conv._rule
        if believed_step is not None:
            target, chosen = believed_step, believed_rule
        else:
            conv._rule = chosen
    answers = list(getattr(conv, "_answers", []))
    asked = answers or listening.question_answer(conv, getattr(conv, "_text", ""), signals)
    fragment = None if asked else listening.fragment_answer(conv, step, signals)
    asked = asked or fragment
    stays = conv.state["vars"].get("stays", 0)
    # „Kas see sobib Teile?“ after a proposal: consent is no question left open, the script goes on
    consent = asked == SUITS_ANSWER.get(conv.scenario.language, SUITS_ANSWER["et"])
    pasted = repeats.pasted_again(conv)  # a copy of an earlier reply: its question was put and answered before
    if target is not None and chosen is not None and chosen.when is None and asked and not consent \
            and (conv.scenario.step(target).end or fragment) and stays < listening.MAX_STAYS and not pasted:
        # the trainee asked the client something: it answers and waits instead of giving up; a fragment
        # that names what the step asks („самообслуживание (id-карта ...), почтой или в бюро“) is asked
        # about, not answered with the step's re-ask as if nothing was said („и куда его?“)
        target = None
    unconditioned = target is None or chosen is not None and chosen.when is None \
        and not conv.scenario.step(target).end  # the script's default next step is no answer either
    last = client_line.last_client_line(conv)
    if not answers and listening.client_asks(conv, last) and conv.scenario.dialogue.on_stuck \
            and closes_hollow(conv):
        # „Täpsemalt lugege kodulehelt. Kokkuvõtteks: kõik sai räägitud. Head päeva!“ to the client's open
        # question: nothing answered, the client does not part grateful but on the `on_stuck` end
        transitions.enter(conv, conv.scenario.dialogue.on_stuck, {}, {}, at)
        if not conv.finished and not listening.client_asks(conv, conv.turns[-1]["text"]):
            conv._finish("end_step")
        return
    # a reply that says nothing to the client (a keyword recap, `hearing.analyse`) and closes („Kas see vastas Teie
    # küsimusele? Aitäh, et helistasite!“, new-user batch 33 maintenance-support-et gaming) is a goodbye too,
    # unless it is the first answer to the caller (a first macro is asked about, batch 28)
    closed_empty = getattr(conv, "_goodbye", False) and getattr(conv, "_non_answer", False) \
        and transitions.answers_to_caller(conv) >= 2
    if unconditioned and not answers \
            and (only_goodbye(conv) or (pasted or closed_empty) and getattr(conv, "_goodbye", False)) \
            and (listening.client_asks(conv, last) or answering_in_circles(conv, last)):
        # „Aitäh, et kirjutasite! Kõike head!“ to the client's open question, or a bare "Head aega." to a client
        # going round in circles (new-user batch 27: it answered the same pasted macro again): a caller does not ask
        # "what do you mean?", it parts unsatisfied (so too when a copy of an earlier reply ends in a goodbye:
        # batch 28 national-pension-chat-et gaming): on the dialogue's `on_stuck` end, or (without one)
        # with a line of its own, and the call ends outside an end step (unfinished)
        part_unhelped(conv, at)
        return
    if target is None:
        heard = answers
        reaction = getattr(conv, "_reaction", None)
        if reaction:
            heard.append(reaction)
            conv._reaction = None
        elif getattr(conv, "_holding", False) and not heard:
            heard.append(HOLDING.get(conv.scenario.language, HOLDING["et"]))
        elif not heard:
            heard += [asked] if isinstance(asked, str) else []
        open_line = listening.open_question(conv, getattr(conv, "_text", ""), signals)
        if open_line and heard in ([], [asked]) and not consent:  # "Kas veel midagi?" while its question is open
            if not getattr(conv, "_non_answer", False):
                # ... answered nothing the client asked: counted for its ending too (new-user batch 43
                # disability-or-workability-chat-et gaming: „Kokkuvõtteks kõik ülaltoodu. Kas see vastas ...?“
                # among keyword dumps, and the client still parted grateful)
                conv.state["vars"]["non_answers"] = conv.state["vars"].get("non_answers", 0) + 1
                conv._non_answer = True
            fallback(conv, at, open_line)  # no progress: counts towards on_stuck like a fallback
            return
        lang = conv.scenario.language
        if heard == [CONFIRM_ANSWER.get(lang, CONFIRM_ANSWER["et"])] and confirmed_in_step(conv):
            if getattr(conv, "_goodbye", False) and goodbye.goodbye_tail(conv, getattr(conv, "_text", "")) \
                    is not None:
                # the same check of its words again and a goodbye (new-user batch 33 overpayment-recovery-et,
                # letters-unanswered-et gaming: „Jah, ma juba ütlesin ...“ after the goodbye, twice): the caller
                # parts unhelped instead of repeating itself on a call the trainee has closed
                part_unhelped(conv, at)
                return
            line = CONFIRMED_AGAIN.get(lang, CONFIRMED_AGAIN["et"])
            male = conv.persona.sex == "M"
            line = line.replace("{сказала}", "сказал" if male else "сказала").replace("{а}", "" if male else "а")
            fallback(conv, at, line)  # the same check again: no progress, counted towards on_stuck
            return
        if heard:  # the client answered, believed or waited: no "I didn't understand"
            conv.state["vars"]["stays"] = stays + 1
            said = " ".join(heard)
            last = client_line.last_client_line(conv)
            lead = repeated_lead(conv.scenario.language, conv.persona.sex)
            if said == last and not getattr(conv, "_holding", False) and not said.startswith(lead):
                said = f"{lead} {said[:1].lower()}{said[1:]}"  # the same question again: "as I said"
            conv.turns.append({"role": "client", "text": said, "at": at, "step": conv.state["step"]})
            return
        if getattr(conv, "_goodbye", False) and not listening.client_asks(conv, last) \
                and goodbye.goodbye_tail(conv, getattr(conv, "_text", "")) is not None:
            # nothing the client could take up and a goodbye after it („Kokkuvõtteks: 30 päeva. Selge? Aitäh, et
            # helistasite!“, new-user batch 45 letters-unanswered-et gaming): the trainee has closed the call, the
            # caller asks no "what do you mean?" but parts unhelped
            part_unhelped(conv, at)
            return
        # only what it heard before, said again: "yes, you said so" and its question again (restated.py)
        fallback(conv, at, restated.restated_line(conv))
    else:
        transitions.enter(conv, target, signals, facts, at, prefix=answers)


def part_unhelped(conv: Conversation, at: float | None) -> None:
    """The trainee said goodbye with the client's matter open: the client parts on the dialogue's `on_stuck`
    end or, without one, with a line of its own, and the call ends outside an end step (unfinished)."""
    if conv.scenario.dialogue.on_stuck:
        transitions.enter(conv, conv.scenario.dialogue.on_stuck, {}, {}, at)
        if not conv.finished and not listening.client_asks(conv, conv.turns[-1]["text"]):
            conv._finish("end_step")
        return
    line = LEFT_OPEN.get(conv.scenario.language, LEFT_OPEN["et"])
    line = line.replace("{а}", "" if conv.persona.sex == "M" else "а")
    conv.turns.append({"role": "client", "text": line, "at": at, "step": conv.state["step"]})
    conv._finish("left_open")


def confirmed_in_step(conv: Conversation) -> bool:
    """Has the client already confirmed a check of what it wants in the current step?"""
    lang = conv.scenario.language
    confirms = [CONFIRM_ANSWER.get(lang, CONFIRM_ANSWER["et"]), *choices.choice_lines(lang)]  # a pick answers it too
    return any(t["role"] == "client" and t.get("step") == conv.state["step"] and any(c in t["text"] for c in confirms)
               for t in conv.turns[1:])


def answering_in_circles(conv: Conversation, last: str) -> bool:
    """Is the client, outside an end step, saying again what it already said („Ma juba ütlesin: ...“, or the
    same line as before)? Its matter is stuck, not settled: a goodbye now leaves it unhelped."""
    if not last or (conv.current_step and conv.current_step.end):
        return False
    lead = REPEATED_ANSWER.get(conv.scenario.language, REPEATED_ANSWER["et"]).split("{")[0]
    said = [t["text"] for t in conv.turns if t["role"] == "client"]
    return last.startswith(lead) or last in said[:-1]


def only_goodbye(conv: Conversation) -> bool:
    """Is the reply just sent nothing but a closing formula (thanks for the call, a wish, a goodbye)?"""
    text = getattr(conv, "_text", "")
    cut = goodbye.goodbye_tail(conv, text) if getattr(conv, "_goodbye", False) else None
    if cut is None or getattr(conv, "_reaction", None) or getattr(conv, "_holding", False):
        return False
    names = {tx.fold(conv.persona.first_name)} if getattr(conv.persona, "first_name", None) else set()
    return not [t for t in tx.tokenize(text[:cut]) if t.is_word and tx.fold(t.text) not in names]


def closes_hollow(conv: Conversation) -> bool:
    """Is the reply just sent a web-page pointer, an empty summary and a closing formula, nothing else
    (:func:`trainer.simulation.summary.hollow_close`)?"""
    text = getattr(conv, "_text", "")
    cut = goodbye.goodbye_tail(conv, text) if getattr(conv, "_goodbye", False) else None
    if cut is None or getattr(conv, "_reaction", None) or getattr(conv, "_holding", False):
        return False
    return summary.hollow_close(conv, text[:cut])


def fallback(conv: Conversation, at: float | None, said: str | None = None, flag: bool = False) -> None:
    dialogue = conv.scenario.dialogue
    conv.state["vars"]["fallbacks"] += 1
    count = conv.state["vars"]["fallbacks"]
    if dialogue.on_stuck and count > dialogue.max_fallbacks:
        transitions.enter(conv, dialogue.on_stuck, {}, {}, at)
        return
    if said:
        turn = {"role": "client", "text": said, "at": at, "step": conv.state["step"]}
        conv.turns.append({**turn, "fallback": True} if flag else turn)
        return
    lines = dialogue.fallback or DEFAULT_FALLBACK.get(conv.scenario.language, DEFAULT_FALLBACK["et"])
    line = render(lines[(count - 1) % len(lines)], conv.values)
    if not dialogue.fallback:  # Russian past tense agrees with the client's sex
        line = line.replace("{поняла}", "понял" if conv.persona.sex == "M" else "поняла")
    conv.turns.append({"role": "client", "text": line, "at": at, "step": conv.state["step"], "fallback": True})
