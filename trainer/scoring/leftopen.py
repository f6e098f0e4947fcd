"""Is the client's matter still open when the agent says goodbye (criterion "closing", issue 9)?

- A client who says the agent did not answer ("see ei vastanud mu küsimusele", «вы так и не ответили»,
  «это не ответ») leaves the question open, question mark or not.
- A last reply whose statements only repeat what the agent said before ("Итак: ..." after «А сколько
  ждать?») does not answer the client's new question (unless the client opened by taking the answer).
- The same goodbye that already ended two or more earlier replies, the client going on after each, is a
  macro, not a closing (`repeats_goodbye`).
"""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring.clarify import accepts

_SOCIAL = ("thanks", "farewell", "greeting", "further_help", "empathy")
_NOT_ANSWERED = re.compile(
    r"(?<!\w)(?:ei|pole|ega|не)\s+(?:\w+\s+){0,2}?"
    r"(?:vastanud|vastasite|vastas|vasta|vastus|ответили|ответил|ответила|отвечаете|ответ)(?!\w)")


def says_unanswered(text: str) -> bool:
    """Does a client's text say the agent did not answer (a negated verb of answering)?"""
    return bool(_NOT_ANSWERED.search(tx.fold(text)))


def answers_anew(an, last: int, before: int | None) -> bool:
    """Does the agent's unit ``last`` answer the client's unit ``before``: a statement that does not restate
    the agent's earlier statements (see `checks._restates`), or any statement when a sentence of the client's
    opens by taking the answer ("ok, selge, ..."): a summary then answers what may look like a question."""
    from trainer.scoring.checks import _content_lemmas, _restates

    if before is not None:
        said = [sentence for _, _, sentence in an.sentences(before)]
        took = next((k for k, sentence in enumerate(said) if accepts(sentence)), None)
        # "Понятно. А на похороны что-то дают?": a new question after taking the answer still needs its own
        if took is not None and not any(tx.is_question(s, an.language) for s in said[took + 1:]):
            return any(an.is_inform(last, a, b, s) for a, b, s in an.sentences(last))

    pool: set[str] = set()
    for i in an.agent_indexes:
        if i >= last:
            break
        for a, b, sentence in an.sentences(i):
            if an.is_inform(i, a, b, sentence):
                for lem in _content_lemmas(sentence, an.language):
                    pool |= lem
    frozen = frozenset(pool)
    social = an.phrase_set(_SOCIAL)
    for a, b, sentence in an.sentences(last):
        if not an.is_inform(last, a, b, sentence):
            continue
        rest = sentence
        for m in social.find_all(sentence):
            rest = rest.replace(m.quote, " ")  # "спасибо за звонок, всего доброго" restates nothing
        if not _restates(rest, frozen, an.language) and not _recap(rest, frozen, an.language):
            return True
    return False


_RECAP_OPENERS = frozenset("итак итого значит kokkuvotteks kokkuvottes seega niisiis".split())
_STEM = 5  # "ноябрьская" and "ноября", "возвращена" and "возвращают" share their first letters


def _recap(sentence: str, pool: frozenset[str], language: str) -> bool:
    """A sentence opened by a recap word («Итак, ноябрьская пенсия возвращена правильно») that takes up two
    or more words of the earlier answers (compared by their first letters: an adjective and its noun, an aspect
    pair): it sums up, it answers nothing new."""
    from trainer.scoring.checks import _content_lemmas

    words = [t.norm for t in tx.tokenize_cached(sentence) if t.is_word]
    if not words or words[0] not in _RECAP_OPENERS:
        return False
    stems = {lem[:_STEM] for lem in pool}
    own = [lem for lem in _content_lemmas(sentence, language) if not lem & _RECAP_OPENERS]
    shared = sum(1 for lem in own if any(x[:_STEM] in stems for x in lem))
    return shared >= 2 and shared >= 0.35 * len(own)


_REPEATED_GOODBYES = 2


def repeats_goodbye(an, last: int, tail: int) -> bool:
    """Did the farewell of the agent's last unit (from position ``tail`` on) already end two or more earlier
    replies after which the client went on ("Kõike head!" pasted under every message)?"""
    farewells = {tx.fold(m.quote) for m in an.matches(last, ["farewell"]) if m.start >= tail}
    earlier = [i for i in an.agent_indexes[1:-1] if farewells and i + 1 < len(an.turns)
               and an.turns[i + 1].role == "client" and _ends_with(an, i, farewells)]
    return len(earlier) >= _REPEATED_GOODBYES


def _ends_with(an, i: int, farewells: set[str]) -> bool:
    """Does agent unit i end (its last sentence) with one of these farewells ("Kõike head!", «Всего доброго!»)?
    Read on the whole text (a pasted repeat is no act, but it was said)."""
    an = getattr(an, "raw", None) or an
    sentences = an.sentences(i)
    if not sentences:
        return False
    a = sentences[-1][0]
    return any(m.start >= a and tx.fold(m.quote) in farewells for m in an.matches(i, ["farewell"]))
