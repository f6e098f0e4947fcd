"""Sentences the agent pastes into several replies (criterion "empathy", issue 9).

An empathy sentence said word for word in two or more replies («Я понимаю, как это для Вас важно.» after
every message) is a macro: pasted whatever the client wrote, it responds to no one message. Short
acknowledgements ("Mõistan.", «Понимаю.»: fewer than four words) are said again naturally and do not count.
"""

from __future__ import annotations

from trainer import text as tx
from trainer.scoring.labels import unlabelled

_MIN_WORDS = 4


def sentence_key(sentence: str) -> tuple[str, ...]:
    """The sentence's words (normalised), the key under which repeats are compared."""
    return tuple(t.norm for t in tx.tokenize_cached(sentence) if t.is_word)


def pasted_sentences(an) -> frozenset[tuple[str, ...]]:
    """Keys of agent sentences (four words or more) said in two or more agent replies of the full text."""
    raw = an.raw
    seen: dict[tuple[str, ...], set[int]] = {}
    for i in raw.agent_indexes:
        for _, _, sentence in raw.sentences(i):
            key = sentence_key(unlabelled(sentence))  # "[EMPAATIA] Saan aru, ..." is the same paste
            if len(key) >= _MIN_WORDS:
                seen.setdefault(key, set()).add(i)
    return frozenset(k for k, units in seen.items() if len(units) >= 2)
