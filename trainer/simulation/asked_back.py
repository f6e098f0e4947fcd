"""A reply that only asks the client questions back: no answer the client thanks for (new-user batch 57
disability-assessment-ru gaming).

The client asked where to go; the trainee asked back in every reply («Может, у Вас есть семейный врач?», «А Вы
пробовали спросить в Кассе по безработице?», «А есть ли у сына доверенность?»). Each question names the words of the
answer the client waits for, so the step rules (which read the reply's signals, questions included) led the client on
to its grateful `wrap`; the opinion questions beside them were counted as non-answers (`trainer.simulation.quiz`),
these were not, so the client's ending (`trainer.simulation.transitions.ending`: more than half non-answers) did not
catch the call. The question asks, it does not inform (ISO 24617-2: a propositional question, no inform).

Here a reply, from the second answer to the caller on, that names an answer the client waits for (a signal or fact
some step of the scenario ``asks``) only in its questions and states nothing of the scenario's matter beside them
(at most a greeting, thanks or acknowledgement) counts with the non-answers for the ending. The step rules are left as
they are: some scenarios' ``asks`` are answered by a question by design (crisis-suicidal-et ``support_today``: „Kas on
keegi, kellega saaksite täna rääkida?“), so a reply that only asks back among real answers changes nothing; a call
answered mostly so ends unsatisfied.

Unchanged: the first answer to the caller (the needs question there is read as the scripts expect it, see
`_FROM_REPLY`); a clarifying question about the client's own case („Уточню: Вы сейчас работаете?“) names no answer the
client waits for; a reply that answers and then checks understanding («..., в Кассу по безработице. Понятно ли?»,
„... Kas see on arusaadav?“) states its answer outside the question.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer import text as tx
from trainer.simulation.heard import heard_questions
from trainer.simulation.stated import stated_signals
from trainer.simulation.transitions import answers_to_caller

if TYPE_CHECKING:  # pragma: no cover
    from trainer.simulation.dialogue import Conversation

__all__ = ["asks_back", "awaited_answers", "count_asked_back"]

#: the first answer to the caller is where the trainee clarifies the need (the call model's needs act), and the
#: scripts answer a clarifying question there that names the matter („Täpsustan: kas perearst on Teie
#: terviseandmed juba üle vaadanud?“ – „jah, perearst ütleski ...“, new-user batch 11): read from the second on
_FROM_REPLY = 2


def awaited_answers(conv: Conversation) -> frozenset[str]:
    """The signals and facts the client waits to be told: those some step of the scenario ``asks``."""
    cached = getattr(conv, "_awaited", None)
    if cached is None:
        cached = frozenset(name for step in conv.scenario.dialogue.steps for name in step.asks)
        conv._awaited = cached
    return cached


def asks_back(conv: Conversation, acted: str, signals: dict, facts: dict) -> bool:
    """Is the reply (from the second answer to the caller on) questions only that name an answer the client waits for
    (:func:`awaited_answers`) and state nothing of the scenario's matter beside them (module doc)?"""
    if conv.state["step"] is None or conv.state["awaiting_close"] or not acted.strip() \
            or answers_to_caller(conv) < _FROM_REPLY:
        return False
    awaited = awaited_answers(conv)
    if not any(signals.get(name) or facts.get(name) for name in awaited):
        return False
    if not heard_questions(tx.normalize_input(acted).text, conv.scenario.language):
        return False
    stated = stated_signals(conv, acted, signals, facts)
    matter = set(conv.signals) | set(conv.facts) | set(conv.scenario.criterion_signals) | awaited
    return not any(stated.get(name) for name in matter)


def count_asked_back(conv: Conversation, acted: str, signals: dict, facts: dict) -> bool:
    """Count a reply that only asks back (:func:`asks_back`) with the non-answers for the client's ending
    (`trainer.simulation.transitions.ending`), once a reply; return whether it was one."""
    if getattr(conv, "_non_answer", False) or not asks_back(conv, acted, signals, facts):
        return False
    conv.state["vars"]["non_answers"] = conv.state["vars"].get("non_answers", 0) + 1
    conv._non_answer = True
    return True
