"""Step transitions: entering a step (its variables, its line, the acknowledgement of what was already
answered), the rule that leads on, and the end step the client goes to.

:class:`~trainer.simulation.dialogue.Conversation` calls these with itself.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from trainer import text as tx
from trainer.conditions import evaluate, parse_condition
from trainer.simulation import believed, client_line, listening, name_check, repeats, unthanked
from trainer.simulation.empty_recap import empty_recap_label
from trainer.simulation.own_details import own_detail_parts
from trainer.simulation.reactions import ALREADY_ANSWERED, is_hold
from trainer.simulation.scenario import Line, Step, render

if TYPE_CHECKING:  # pragma: no cover
    from trainer.simulation.dialogue import Conversation


def condition_names(conv: Conversation, signals: dict, facts: dict) -> tuple[dict, dict]:
    situation = conv.scenario.situation
    names = {
        **conv.state["vars"],
        "identification_required": situation.identification_required,
        "client_upset": situation.client_upset,
        "third_party": situation.third_party,
        **signals,
    }
    ever = conv.state["ever"]
    stated = getattr(conv, "_stated", {})
    functions = {
        "mentioned": lambda name: bool(facts.get(name) or signals.get(name)),
        # said in this reply outside its questions („Kas saatsite tõendi?“ names the certificate, says nothing)
        "stated": lambda name: bool(facts.get(name) or signals.get(name)) and bool(stated.get(name)),
        "ever": lambda name: bool(ever.get(name)),
        "visited": lambda name: bool(conv.state["visits"].get(name)),
    }
    return names, functions


def answers_to_caller(conv: Conversation) -> int:
    """The trainee's replies since the client first spoke (this one included)."""
    first = next((i for i, t in enumerate(conv.turns) if t["role"] == "client"), len(conv.turns))
    return sum(1 for t in conv.turns[first:] if t["role"] == "agent")


def enter(conv: Conversation, step_id: str, signals: dict, facts: dict, at: float | None,
          prefix: list[str] | None = None, depth: int = 0) -> None:
    step = ending(conv, conv.scenario.step(step_id))
    prefix = list(prefix or [])
    state = conv.state
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
    line, conditional = choose_line(conv, step, signals, facts)
    reaction = getattr(conv, "_reaction", None)
    if reaction and not step.end:  # a wrong answer the client believes: it reacts to what was said
        answered = getattr(conv, "_reaction_answered", None) if step.asks and already_answered(conv, step) else None
        line, conditional, conv._reaction = answered or reaction, True, None
    elif reaction:  # ... also when the reply leads into an end step: its parting line (believed.py)
        line, conv._reaction = believed.parting_line(conv, step, reaction, line, conditional), None
        conditional = conditional or line is not None
    if not conditional and step.asks and depth < 4 and already_answered(conv, step):
        # the trainee already answered what this step asks: acknowledge and go on at once; what this very
        # reply said first is not "already said" (the default): the next step's line reacts to it
        target = rule_target(conv, step, signals, facts) if not step.end else None
        if target is None or conv._rule is not None and conv._rule.when is None and not isinstance(step.next, str):
            # no rule but the default fits what this reply said: the rules read what the step asks as said
            # (it was, in an earlier reply), so „Понятно, ... в следующем году.“ does not lead on to the
            # default for "not answered" („Ничего не понятно“)
            known = {**signals, **{name: True for name in step.asks}}
            target = rule_target(conv, step, known, facts) if not step.end else None
        own = pick(conv, step.answered_lines(), signals, facts, f"{step.id}:answered")[0]
        if own:
            prefix.append(render(own, conv.values))
            conv._acked = True
        elif (target in (None, step.id) or already_answered(conv, step, getattr(conv, "_said_before", None))) \
                and not getattr(conv, "_acked", False):  # one acknowledgement a reply: „Понятно, ...“ is enough
            prefix.append(ALREADY_ANSWERED.get(conv.scenario.language, ALREADY_ANSWERED["et"]))
            conv._acked = True
        if target is not None and target != step.id:
            enter(conv, target, signals, facts, at, prefix, depth + 1)
            return
        line = None
    said = render(line, conv.values) if line is not None else None
    if said is not None:  # a line that itself starts with the answer („Jah, see olen mina. Kas ...“) says it once,
        # also when the answer lost its „Jah,“ to an open question („Kus ema elab?“); a line that confirms or
        # tells the name itself („Jah, Helju Tamm olen. ...“) is not preceded by the built-in name answer
        names = getattr(conv, "_name_answers", set())
        prefix = [p for p in prefix if not client_line.without_yes(tx.fold(said)).startswith(
            client_line.without_yes(tx.fold(p)).rstrip(".!"))
            and not (p in names and name_check.mentions_name(conv, said))]
        said = client_line.without_said_opening(said, prefix)
        said = repeats.without_said_sentences(said, prefix)  # „... vana konto panin kinni.“ said once
    prefix, after = own_detail_parts(conv, prefix, said, step)
    parts = client_line.without_repeated_acks([*prefix, said, *after] if said is not None else [*prefix, *after])
    if parts:
        conv.turns.append({"role": "client", "text": " ".join(parts), "at": at, "step": step.id})
    if step.end:
        state["awaiting_close"] = True
        if getattr(conv, "_goodbye", False) and not listening.client_asks(conv, said or ""):
            conv._finish("end_step")  # the trainee said goodbye: the client's parting line ends the call


#: non-answers in the call (the closing one included) after which a closing non-answer ends it ungrateful
_CLOSED_EMPTY_AFTER = 2


def ending(conv: Conversation, step: Step) -> Step:
    """The end step the client goes to: a client whose questions were mostly answered with non-answers
    (a keyword chain, a pasted repeat, instructions to the agent, knowledge text about "the client" in more
    than half of the replies so far, :func:`trainer.scoring.acts.find_non_answers`), or led there by a copy of
    an earlier reply, does not leave on a grateful end step (a line that thanks): it leaves on the dialogue's
    ``on_stuck`` end, as after replies it could not follow. An end step for a wrong answer the client believed is kept (it records what was believed)."""
    dialogue, vars_ = conv.scenario.dialogue, conv.state["vars"]
    if not step.end or not dialogue.on_stuck or step.id == dialogue.on_stuck or conv.state.get("misinformed"):
        return step
    rule = getattr(conv, "_rule", None)
    if rule is not None and rule.when and wrong_heard(conv, rule.when) \
            and unthanked.dedicated_end(conv.scenario, step.id):
        # „о, спасибо, быстро!“ after a disclosure: the scenario's own end for the wrong records what the trainee did
        # wrong; its ordinary grateful end, reached also by honest rules, is judged below (unthanked.py)
        return step
    # the replies since the caller first spoke: the greeting before it answers nothing it asked (new-user batch 42
    # overpayment-recovery-ru gaming: two keyword recaps among three answers still got „спасибо, что объяснили“)
    replies = answers_to_caller(conv)
    # ... nor does a chat's reply that only greets after the caller's question (unthanked.opening_replies, new-user
    # batch 72 national-pension-chat-et gaming)
    answered = replies - unthanked.opening_replies(conv)
    # a copy of an earlier reply answers nothing the client said since („jah, lapsed on sündinud 1988, ...“
    # and the same macro again, new-user batch 29 children-pension-chat-et gaming): no thanks for it
    # a reply that answers nothing and closes the call, after an earlier non-answer („Справка не требуется в
    # странах, перечисленных выше. Обслуживание завершено.“ after knowledge text about „the client“, new-user batch
    # 51 pension-abroad-proof-ru gaming): the client's last question was not answered to it, it does not thank
    closed_empty = getattr(conv, "_non_answer", False) and getattr(conv, "_goodbye", False) \
        and vars_.get("non_answers", 0) >= _CLOSED_EMPTY_AFTER
    # a call in which no reply spoke to the caller (law text in the impersonal third person, unthanked.py, new-user
    # batch 66 appeal-howto-chat-et gaming; a closing formula after it speaks of nothing, batch 70): nobody talked
    # to the caller
    unspoken_call = not unthanked.call_spoken_to(conv)
    # a reply that asks, recites the recap label with nothing recapped and says goodbye at once (empty_recap.py,
    # new-user batch 65 rent-help-municipality-ru gaming): the caller was not told what to do, it does not thank
    last = next((t["text"] for t in reversed(conv.turns) if t["role"] == "agent"), "")
    recited_close = getattr(conv, "_goodbye", False) and empty_recap_label(last, conv.scenario.language)
    # the first answer to the caller greets, answers and says goodbye in one message (an all-in-one macro, new-user
    # batch 70 appeal-howto-chat-et gaming): the caller had no conversation, it does not thank
    all_in_one = replies == 1 and getattr(conv, "_goodbye", False) \
        and bool((getattr(conv, "_signals", None) or {}).get("greeted"))
    if 2 * vars_.get("non_answers", 0) <= answered and not repeats.pasted_again(conv) and not closed_empty \
            and not unspoken_call and not recited_close and not all_in_one:
        return step
    stuck = conv.scenario.step(dialogue.on_stuck)
    if not stuck.end or not any(client_line.thanks(conv, part.say) for line in step.lines() for part in line.parts()):
        return step
    return stuck


def wrong_heard(conv: Conversation, condition: str) -> bool:
    """The condition names something the trainee did wrong and that was heard (in this reply or before):
    „ever(gave_116111) or wrong_child_line“ taken for the helpline given keeps no wrong."""
    signals, ever = getattr(conv, "_signals", {}) or {}, conv.state["ever"]
    return any(signals.get(name) or ever.get(name) for name in unthanked.WRONG_NAME.findall(condition))


def already_answered(conv: Conversation, step: Step, said: dict | None = None) -> bool:
    """Every signal or fact the step asks for was said in this or an earlier reply (or in `said`)."""
    said = conv.state.get("said", conv.state["ever"]) if said is None else said
    return all(said.get(name) for name in step.asks)


def rule_target(conv: Conversation, step: Step, signals: dict, facts: dict) -> str | None:
    """The step the rules of `step` lead to (None: no rule fits); the rule is kept in ``_rule``."""
    conv._rule = None
    if isinstance(step.next, str):
        return step.next
    names, functions = condition_names(conv, signals, facts)
    early = identified_early(conv)
    for rule in step.next or []:
        if rule.when is None or evaluate(parse_condition(rule.when), names, functions):
            conv._rule = rule
            return rule.target
        target = conv.scenario.step(rule.target) if early else None
        if target is not None and target.identifies \
                and evaluate(parse_condition(rule.when), {**names, "asked_identification": True}, functions):
            # the code it already gave at another step (asked with its birthplace): the identification asked for
            # is done, the client does not wait to be asked again; on to where the identification leads (clientid)
            after = rule_target(conv, target, signals, facts)
            conv._rule = rule
            return after
    return None


def identify_by_code(conv: Conversation, signals: dict, new: list[dict]) -> None:
    """The client gave its own personal code, asked for it, at any step („Minu isikukood on ... Sünnikoht on
    Võru.“ to a request for the code and the birthplace at a step that does not identify it): it is identified from
    then on (clientid). A code typed in an open web chat identifies no one."""
    code = conv.persona.isikukood
    if code and signals.get("asked_identification") and not conv.scenario.data_protection.no_identifiers \
            and any(t["role"] == "client" and code in t["text"] for t in new):
        conv.state["vars"]["identified"] = True


def identified_early(conv: Conversation) -> bool:
    """Was the client identified by a code it gave at a step that does not identify it, before any step that does
    („Мой личный код – ... Место рождения – Таллинн.“ at the step that tells its need)?"""
    if not conv.state["vars"].get("identified"):
        return False
    return not any(conv.state["visits"].get(s.id) for s in conv.scenario.step_list() if s.identifies)


def choose_line(conv: Conversation, step: Step, signals: dict, facts: dict) -> tuple[str | None, bool]:
    """The client's line on entering a step and whether a conditional variant chose it."""
    return pick(conv, step.lines(), signals, facts, f"{step.id}:{conv.state['visits'][step.id]}")


def pick(conv: Conversation, lines: list[Line], signals: dict, facts: dict, key: str) -> tuple[str | None, bool]:
    """The first variant whose condition holds (and whether it was a conditional one), else a plain
    variant chosen by the seed; a line of parts keeps the parts whose condition holds."""
    if not lines:
        return None, False
    names, functions = condition_names(conv, signals, facts)

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
    rng = random.Random(f"{conv.state['seed']}:{key}")
    return text(rng.choice(plain)), False


def plays_hold(conv: Conversation, signals: dict, facts: dict, evidence: dict) -> bool:
    """Does the step this reply leads to have a line of its own for the hold („Jah, ootan.“ at the step where the
    agent checks and then tells what it found, guardian-for-ward-et)? A line whose condition holds only with the
    signals heard in hold words: the hold is then the scenario's step, not the built-in wait at the step before it,
    from which the finding told after the hold would be taken for the step's answer (clientid)."""
    step, saved = conv.current_step, getattr(conv, "_rule", None)
    target = rule_target(conv, step, signals, facts) if step is not None else None
    conv._rule = saved
    entered = conv.scenario.step(target) if target is not None and target != step.id else None
    if entered is None or entered.end:
        return False
    lang = conv.scenario.language
    held = [n for n, hit in signals.items() if hit and is_hold(str(evidence.get(n) or ""), lang)]
    if not held:
        return False
    names, functions = condition_names(conv, signals, facts)
    without, _ = condition_names(conv, {**signals, **dict.fromkeys(held, False)}, facts)
    return any(line.when is not None and evaluate(parse_condition(line.when), names, functions)
               and not evaluate(parse_condition(line.when), without, functions) for line in entered.lines())
