"""The first answer: the agent statement a clarifying question must come before (the ``before_answer`` scope
of criterion "needs", issue 9: `needs_answer`), and where the answer a summary must come after starts
(`answer_after_prefaces`).

A mentor's rules:

- The answer is the first agent statement about the client's matter after the client spoke; a statement
  that only restates the client's question ("Вы спрашиваете о сроке ...") answers nothing, nor does what
  leads up to it (prefaces.py).
- A first statement the client at once rejects ("aga raha ei ole ju kontol", «как ушла, в банке ничего нет»,
  "ta ei oska iseteenindust kasutada") did not settle the matter: when the agent then asks about the
  client's situation, the answer is the first statement after that question. A client who takes the answer
  ("Aitäh. Aga kas ...") and asks something new did not reject it; one who says they know that already ("see
  on mul teada, aga ...") rejects it (uptake.py). When the agent first only identifies the caller (a request
  for the code), the question after the identification still comes before the answer (blind round 13).
- The reply to a client who only checked the line or asked for the language of the call is no answer
  (`line_check`); blind round 24: a language request with an interjection («ой здравствуйте а можно
  по-русски») is a line check too.
"""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring.memo import per_analysis
from trainer.scoring.prefaces import prefaces, sentence_asks
from trainer.scoring.side_answers import past_side_answer
from trainer.scoring.uptake import rejects


def _words(text: str) -> list[str]:
    return [t.norm for t in tx.tokenize_cached(text) if t.is_word]


def first_answer(an, units) -> tuple[int, int] | None:
    """(unit, sentence start) of the first agent statement in ``units`` ((unit, from position) pairs)
    that informs and does not only restate the client's question or preface the answer (`prefaces`)."""
    for i, after in units:
        for a, b, sentence in an.sentences(i):
            if a >= after and an.is_inform(i, a, b, sentence) and not tx.restates_need(sentence, an.language) \
                    and not prefaces(an, i, a, sentence):
                return i, a
    return None


def answer_after_prefaces(an) -> tuple[int, int] | None:
    """(unit, sentence start) of the first agent statement after the client first spoke that informs and
    neither restates the client's question nor only leads up to the answer (`prefaces`: "Üldiselt saan kõik
    sammud ära selgitada.", «Давайте я посмотрю»): where the answer a summary must come after starts."""
    first_client = next((k for k, t in enumerate(an.turns) if t.role == "client"), len(an.turns))
    return first_answer(an, [(i, 0) for i in an.agent_indexes if i > first_client])


@per_analysis  # _question and the before_answer scope both ask
def needs_answer(an) -> tuple[int, int] | None:
    """(unit, sentence start) of the answer a clarifying question must come before, or None (see the module
    docstring)."""
    first_client = next((k for k, t in enumerate(an.turns) if t.role == "client" and not line_check(t.text)),
                        len(an.turns))
    agents = [i for i in an.agent_indexes if i > first_client]
    answer = first_answer(an, [(i, 0) for i in agents])
    if answer is None:
        return None
    unit = answer[0]
    client, agent = unit + 1, unit + 2
    if agent >= len(an.turns) or an.turns[client].role != "client" or not rejects(an.turns[client].text):
        return past_side_answer(an, answer, agents)  # side_answers.py: the client asks again, the agent asks
    side = past_side_answer(an, answer, agents)
    if side != answer:
        return side  # "no ma ei teadnud seda ju. ja nüüd mis ma teen?": rejected and asked again (blind round 29)
    for agent in [i for i in agents if i > unit]:
        informs = False
        for a, b, sentence in an.sentences(agent):
            if sentence_asks(an, agent, sentence):
                later = first_answer(an, [(agent, b)] + [(i, 0) for i in agents if i > agent])
                return later or answer
            if an.is_inform(agent, a, b, sentence):
                if an._takes_up_client(agent, sentence):
                    return answer  # the agent answered the rejection before asking
                informs = True
        # the agent may first identify the caller ("summa vaatamiseks pean teid tuvastama, öelge isikukood"): the
        # question after the identification still comes before the answer
        if informs or not _only_identifies(an, agent):
            return answer
    return answer


_IDENTIFYING = ("identification_request", "name_request", "verification_item")


def _only_identifies(an, i: int) -> bool:
    """Does agent unit i only ask for the identification: each sentence of it a request for the code or the
    name ("palun öelge oma isikukood", «назовите, пожалуйста, Ваш личный код») or of three words at most
    ("aitäh", «одну минуту»)?"""
    found = an.matches(i, _IDENTIFYING)
    return bool(found) and all(len(_words(s)) <= 3 or any(a <= m.start < b for m in found)
                               for a, b, s in an.sentences(i))


# a client's first words that only greet or check the line: «алло, вы меня слышите?», "halloo, kas on kuulda?"
_LINE_CHECK = frozenset("""алло алле ало да здравствуйте здрасте здрасьте добрый день девушка вы меня слышите слышно
    hallo halloo tere jah kas te mind kuulete kuulda on seal keegi""".split())
# an interjection of speech that says nothing ("oi", «ой», «ну»): blind round 24 («ой здравствуйте а можно по-русски»)
_INTERJECTION = frozenset("ой ох ах ай ну oi oih ohh ah noh".split())


# a request for the language of the call: «а можно по-русски, я по-эстонски плохо говорю», "kas saaks eesti keeles,
# ma vene keelt ei oska" (folded): the names of the languages, and the words around them
_LANGUAGE_NAMES = re.compile(r"по-(?:русски|эстонски|английски)|(?:русск|эстонск|английск)\w*|eesti|vene|inglise")
_LANGUAGE_ASK = frozenset(tx.fold(w) for w in """а можно могу можем ли давайте будем говорить поговорить
    разговаривать писать общаться на по языке язык я мне плохо не очень понимаю говорю знаю пожалуйста тере
    извините простите
    kas saaks saab saame võiks voiks võib voib tohib rääkida raakida suhelda kirjutada keeles keelt keel ma mina
    ei oska oskan räägi raagi räägin raagin saa aru hästi hasti halvasti väga vaga palun vabandust vabandage
    здравствуйте""".split())
_HESITATION = re.compile(r"(?:э+|е+|м+|ee+|öö+|mm+)")


def line_check(text: str) -> bool:
    """Does a client's message only greet or check the line («алло алло да здравствуйте вы меня слышите", "halloo,
    kas mind on kuulda?"), or ask for the language of the call («а можно по-русски пожалуйста я по-эстонски
    плохо», "kas saaks eesti keeles, ma vene keelt ei oska")? It raises no matter: the agent's "jah, kuulen
    Teid hästi" or «да, конечно, можно по-русски» answers nothing of it."""
    words = [w for w in _words(text) if not _HESITATION.fullmatch(w) and w not in _INTERJECTION]
    if not words:
        return False
    if all(w in _LINE_CHECK for w in words):
        return True
    return any(_LANGUAGE_NAMES.fullmatch(w) for w in words) and all(
        w in _LINE_CHECK or w in _LANGUAGE_ASK or _LANGUAGE_NAMES.fullmatch(w) for w in words)
