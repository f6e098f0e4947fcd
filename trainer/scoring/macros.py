"""Sentences the agent pastes into several replies (criterion "empathy", issue 9).

An empathy sentence said word for word in two or more replies («Я понимаю, как это для Вас важно.» after
every message) is a macro: pasted whatever the client wrote, it responds to no one message. Short
acknowledgements ("Mõistan.", «Понимаю.»: fewer than four words) are said again naturally and do not count.
A sentence of an earlier reply sent again trimmed (:func:`trimmed_copy`: „Sotsiaalne töötaja, toetus.“ after „Kohalik
omavalitsus, sotsiaalne töötaja, toimetulekutoetus.“; new-user batch 65 rent-help-municipality-ru gaming) is the same
paste: `acts.find_non_answers` counts its words as repeated when it weighs a whole reply sent again.
In a speech transcript without punctuation the pasted block runs into whatever else the reply says, so there
the words from the cue on are compared: the same eight words in two replies are the same paste.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.labels import unlabelled

_MIN_WORDS = 4


@lru_cache(maxsize=16_384)  # a pure function of the text
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


_RUN = 8


def _words(text: str) -> list[str]:
    return [t.norm for t in tx.tokenize_cached(text) if t.is_word]


def pasted_run(an, i: int, start: int) -> bool:
    """Is the word of agent unit i at position ``start`` («понимаю» in «я понимаю как это для вас важно приношу
    извинения ...») inside eight words that come word for word in another agent reply of the full text?
    Unpunctuated speech runs a pasted block into the rest of the reply, so its sentences differ while the block
    is the same."""
    words = [(t.start, t.norm) for t in tx.tokenize_cached(an.turns[i].text) if t.is_word]
    k = next((n for n, (p, _) in enumerate(words) if p >= start), None)
    if k is None or len(words) < _RUN:
        return False
    cache = an.__dict__.setdefault("_agent_grams", {})
    if not cache:
        for j in an.raw.agent_indexes:
            w = _words(unlabelled(an.raw.turns[j].text))
            cache[j] = {tuple(w[n:n + _RUN]) for n in range(len(w) - _RUN + 1)}
    norms = [w for _, w in words]
    windows = {tuple(norms[n:n + _RUN]) for n in range(max(0, k - _RUN + 1), min(k, len(norms) - _RUN) + 1)}
    return any(j != i and windows & grams for j, grams in cache.items())


_TRIMMED_MIN = 3


def trimmed_copy(words: tuple[str, ...], said: Iterable[tuple[str, ...]]) -> bool:
    """Are the sentence's words (three or more) all found, in their order, in one longer sentence said before: the
    earlier sentence sent again with words cut out («Соцработник, пособие.» after «Волость, соцработник, пособие по
    прожиточному минимуму.»)?"""
    if len(words) < _TRIMMED_MIN:
        return False
    for earlier in said:
        if len(earlier) > len(words):
            rest = iter(earlier)
            if all(w in rest for w in words):
                return True
    return False


def said_within(words: tuple[str, ...], said: dict[tuple[str, ...], str]) -> bool:
    """Are the words said before as a run inside a longer sentence ("Tunnen kaasa." after "Tunnen kaasa,
    mul on väga kahju, võtke aega.")? A line taken out of an earlier reply is a repeat of it. `said` maps the
    words of each earlier sentence to them joined with spaces around (joined once per sentence, not once per
    later sentence)."""
    needle = " " + " ".join(words) + " "
    return any(len(w) > len(words) and needle in joined for w, joined in said.items())
