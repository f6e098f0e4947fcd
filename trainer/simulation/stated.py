"""The statements of a reply: the signals and facts it said outside its questions, and what a yes with the
verb of the client's yes/no question affirms. What a step's ``asks`` counts as answered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer import text as tx
from trainer.scoring.finite_verbs import has_finite_verb
from trainer.scoring.signals import analyse_reply
from trainer.simulation.client_line import OPEN_WORDS, last_client_line
from trainer.simulation.heard import heard_questions
from trainer.simulation.name_check import after_name_check
from trainer.text.negation import BOUNDARY_WORDS, is_negator

if TYPE_CHECKING:  # pragma: no cover
    from trainer.simulation.dialogue import Conversation


def stated_signals(conv: Conversation, acted: str, signals: dict, facts: dict) -> dict[str, bool]:
    """The signals and facts the reply *stated*: said outside its question sentences. Naming a thing in a
    question („Kas Teil on kirjalik volikiri?“) is not saying it, so it does not answer a step's ``asks``."""
    lang = conv.scenario.language
    norm = tx.normalize_input(acted).text
    questions = set(heard_questions(norm, lang))
    hits = {**signals, **facts}
    if not questions:
        return hits
    tails = [after_name_check(conv, s) for s in questions]
    rest = " ".join(s if s not in questions else after_name_check(conv, s)
                    for _, _, s in tx.split_sentences(norm)).strip()
    said = analyse_reply(rest, lang, conv.concepts, conv.signals, conv.facts) if rest.strip() else None
    if said is None:
        return {}
    out = {**said["signals"], **said["facts"]}
    heard = [t["text"] for t in conv.turns if t["role"] == "client"][-3:]
    for name, crit_id in conv.scenario.criterion_signals.items():  # the scorer's verdict, on the statements
        # (a name check run into the answer made the whole reply one question: the statements alone decide)
        out[name] = bool(signals.get(name) or any(tails)) and conv.library.criterion_verdict(conv.scenario, crit_id, rest,
                                                                               conv.values, heard)
    return out


_YES_WORDS = frozenset({"jah", "jaa", "да", "yes"})
#: an echo answer's first words in which a negator or a contrast takes the yes back («платят, но не в Германию»)
_ECHO_WORDS = 4


def _echo_answer(acted: str, lang: str) -> bool:
    """Does the reply open with a verb said back as a yes, with no negator or contrast in its first words
    («платят германия в ес ...», „Tuleb küll.“; not «платят только не туда», «платят но не в Германию»)?"""
    tokens = tx.tokenize(acted)
    words = [t for t in tokens if t.is_word][:_ECHO_WORDS]
    if not words or tx.is_question(next((s for _, _, s in tx.split_sentences(acted)), ""), lang):
        return False
    return not any(is_negator(tx.fold(t.text), lang) or tx.fold(t.text) in BOUNDARY_WORDS.get(lang, ())
                   or tx.fold(t.text) in ("только", "ainult", "vaid") for t in words)


def affirmed_asks(conv: Conversation, acted: str, step) -> dict[str, bool]:
    """What the step ``asks`` that a yes with the verb of the client's yes/no question states („А пенсию в
    Германию вообще платят?“ – «да, платят, Германия в ЕС», „Kas see tuleb ka mulle?“ – „Jah, tuleb.“): the
    question's own words, affirmed. A bare yes („Jah.“, «Да, минутку») or a yes to an open question („Millal
    raha tuleb?“) affirms nothing."""
    if step is None or not step.asks or not acted.strip():
        return {}
    lang = conv.scenario.language
    asked = [s for _, _, s in tx.split_sentences(last_client_line(conv)) if tx.is_question(s, lang)]
    words = [t for t in tx.tokenize(acted) if t.is_word][:2]
    if not asked or not words:
        return {}
    question = asked[-1]
    q_words = [tx.fold(t.text) for t in tx.tokenize(question) if t.is_word]
    if not q_words or q_words[0] in OPEN_WORDS:
        return {}
    if tx.fold(words[0].text) in _YES_WORDS:
        if len(words) < 2:
            return {}
        verb_token = words[1]
    elif _echo_answer(acted, lang) and not any(w in OPEN_WORDS for w in q_words[:3]):
        verb_token = words[0]  # «Платят, Германия в ЕС», „Tuleb küll.“: the question's verb said back is a yes
    else:
        return {}
    verb = tx.fold(verb_token.text)
    if verb not in q_words[1:] or not has_finite_verb(verb_token.text, lang):
        return {}
    said = analyse_reply(question, lang, conv.concepts, conv.signals, conv.facts)
    hits = {**said["signals"], **said["facts"]}
    return {name: True for name in step.asks if hits.get(name)}
