"""The caller's name confirmed after the code (check type ``name-confirmed``): read back, or asked and matched.

The agent reads the name back (the concept's phrases: "Kas räägin Tiina Lepaga?", «Я говорю с Виктором Смирновым?»,
«Спасибо, господин Смирнов») or asks the caller to say it and, when the caller has said it, tells them it matches the
record («Назовите, пожалуйста, имя и фамилию.» – «Меня зовут Виктор Смирнов.» – «Спасибо, Виктор, данные
совпадают.»; "Palun öelge oma nimi." – "Tiina Lepp." – "Aitäh, andmed klapivad."). Asking the name and checking it is
the stricter of the two: the name is not read out to whoever has the code (new-user batch 60 abusive-caller-ru and
guardian-for-ward-ru good).

A match said without the name asked and given («Спасибо, данные совпадают» after the code alone), a mismatch
(«данные не совпадают»), a question («Данные совпадают?») or no word of the check at all confirms nothing.
"""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring.analysis import TranscriptAnalysis
from trainer.scoring.informs import IDENTITY_OK
from trainer.scoring.rubric import Check
from trainer.scoring.verdict import Outcome

# the match said short, at the head of its sentence: «совпадает.», «Спасибо, всё совпадает», "Klapib."
_MATCH_HEAD = re.compile(r"(?i)^\W*(?:(?:спасибо|благодарю|aitäh|aitah|tänan|tanan)\W+(?:\w+\W+)?)?"
                         r"(?:совпада\w*|сходится|сошлось|klapib|klapivad|ühtib|uhtib|ühtivad|uhtivad)\b")


_OTHER_WORDS = 2


def says_match(sentence: str, language: str) -> bool:
    """Does the sentence tell the caller their data match the record («данные совпадают», «совпадает.», "Aitäh,
    andmed klapivad."), not as a question?"""
    if tx.is_question(sentence, language):
        return False
    return bool(IDENTITY_OK.search(sentence) or _MATCH_HEAD.search(sentence.strip()))


def only_match(sentence: str, language: str) -> bool:
    """Is the sentence that match and nothing else but two words at most (thanks, the caller's name): «Спасибо,
    Светлана, данные совпадают.», "Aitäh, kõik klapib." – not «Данные совпадают, пенсия выплачена 5 декабря.»?"""
    if not says_match(sentence, language):
        return False
    m = IDENTITY_OK.search(sentence) or _MATCH_HEAD.search(sentence)
    if m is None:  # the head pattern read on the stripped sentence
        stripped = sentence.strip()
        m, sentence = _MATCH_HEAD.search(stripped), stripped
    return m is not None and sum(1 for t in tx.tokenize(sentence)
                                 if t.is_word and not m.start() <= t.start < m.end()) <= _OTHER_WORDS


def _says_match(an: TranscriptAnalysis, i: int) -> str | None:
    """The sentence of agent unit `i` that tells the caller their data match the record, or None."""
    return next((s.strip() for _a, _b, s in an.sentences(i) if says_match(s, an.language)), None)


def name_confirmed(check: Check, an: TranscriptAnalysis) -> Outcome:
    from trainer.scoring.checks import concept  # checks imports this module's evaluator

    read_back = concept(check, an)
    if read_back.passed:
        return read_back
    names = tuple(check.value_list())
    turns = an.turns
    for i in an.agent_indexes:
        k, j = i + 1, i + 2
        if j >= len(turns) or turns[k].role != "client" or turns[j].role != "agent":
            continue
        if not an.matches(i, ["name_request"], any_language=True) or not an.matches(k, names):
            continue  # the name not asked, or the caller did not say the name the record has
        said = _says_match(an, j)
        if said is not None:
            return Outcome(True, [an.evidence(j, said)])
    return read_back
