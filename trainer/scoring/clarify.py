"""Clarifying the need (the ``before_answer`` scope of criterion "needs", issue 9): which answer a
clarifying question must come before, and which questions leave the client no turn to answer.

A mentor's rules:

- The answer is the first agent statement about the client's matter after the client spoke; a statement
  that only restates the client's question ("Вы спрашиваете о сроке ...") answers nothing.
- A first statement the client at once rejects ("aga raha ei ole ju kontol", «как ушла, в банке ничего нет»,
  "ta ei oska iseteenindust kasutada") did not settle the matter: when the agent then asks about the
  client's situation, the answer is the first statement after that question. A client who takes the answer
  ("Aitäh. Aga kas ...") and asks something new did not reject it.
- Without an answer after it, no question clarifies anything (an agent who only paraphrases the client).
- A question the agent answers in the same message ("Kas küsite pensioni kohta? Pension makstakse ...")
  gives the client no turn to correct it.
"""

from __future__ import annotations

import re

from trainer import text as tx

# a client's reply that opens by taking the answer
_ACCEPT = frozenset("""selge arusaadav aitah tanan tanud okei ok hasti hea suureparane
    понятно ясно спасибо хорошо ладно ок отлично""".split())
_LEADS = frozenset("no noh aa ahaa nii а ага ну так".split())
# a reply that says the matter still stands: a denial ("pole", «нет»), where the money is, "I know that"
_REJECT = frozenset("ei pole ega mitte не нет нету kus где tean знаю".split())


def _words(text: str) -> list[str]:
    return [t.norm for t in tx.tokenize_cached(text) if t.is_word]


def rejects(text: str) -> bool:
    """Does a client's reply reject the statement before it (a denial, "kus ...", «я знаю»), without
    first taking it ("selge", «понятно», "aitäh")?"""
    words = _words(text)
    while len(words) > 1 and words[0] in _LEADS:
        words = words[1:]
    return bool(words) and words[0] not in _ACCEPT and any(w in _REJECT for w in words)


def _asks(an, i: int, sentence: str) -> bool:
    text = an.turns[i].text
    if not re.search(r"[?!,;]", text):
        return tx.is_spoken_question(sentence, an.language)
    return tx.is_question(sentence, an.language)


def _first_answer(an, units) -> tuple[int, int] | None:
    """(unit, sentence start) of the first agent statement in ``units`` ((unit, from position) pairs)
    that informs and does not only restate the client's question."""
    for i, after in units:
        for a, b, sentence in an.sentences(i):
            if a >= after and an.is_inform(i, a, b, sentence) and not tx.restates_need(sentence, an.language):
                return i, a
    return None


def needs_answer(an) -> tuple[int, int] | None:
    """(unit, sentence start) of the answer a clarifying question must come before, or None (see the module
    docstring)."""
    first_client = next((k for k, t in enumerate(an.turns) if t.role == "client"), len(an.turns))
    agents = [i for i in an.agent_indexes if i > first_client]
    answer = _first_answer(an, [(i, 0) for i in agents])
    if answer is None:
        return None
    unit = answer[0]
    client, agent = unit + 1, unit + 2
    if agent >= len(an.turns) or an.turns[client].role != "client" or not rejects(an.turns[client].text):
        return answer
    for a, b, sentence in an.sentences(agent):
        if _asks(an, agent, sentence):
            later = _first_answer(an, [(agent, b)] + [(i, 0) for i in agents if i > agent])
            return later or answer
        if an.is_inform(agent, a, b, sentence) and an._takes_up_client(agent, sentence):
            break  # the agent answered the rejection before asking
    return answer


def answered_at_once(an, i: int, start: int, end: int) -> bool:
    """Does the agent answer the question (``start``-``end`` of unit i) itself in the same message: the next
    statement of that message informs and takes up a content word of the question ("Kas küsite lapsetoetuse
    kohta? Lapsetoetus on 80 eurot ...")? A remark on something else ("Vahel selgub, et ...") leaves the
    question to the client."""
    from trainer.scoring.checks import _content_lemmas

    unit = an.turns[i]
    starts = [p[0] for p in unit.parts]
    k = max(0, sum(1 for s in starts if s <= start) - 1)
    stop = starts[k + 1] if k + 1 < len(starts) else len(unit.text)
    nxt = next(((a, b, s) for a, b, s in an.sentences(i) if end <= a < stop), None)
    if nxt is None or not an.is_inform(i, *nxt):
        return False
    asked = frozenset().union(*_content_lemmas(unit.text[start:end], an.language))
    return any(lem & asked for lem in _content_lemmas(nxt[2], an.language))
