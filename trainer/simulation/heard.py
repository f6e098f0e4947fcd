"""How the client hears a reply's questions: typed or spoken (no punctuation but a decimal mark), which sentences
ask, and the "kas" question run on inside an unpunctuated sentence. Shared by :mod:`trainer.simulation.listening` and
:mod:`trainer.simulation.name_check`."""

from __future__ import annotations

import re

from trainer import text as tx

__all__ = ["MIN_QUESTION_WORDS", "heard_questions", "marks", "spoken_tail_questions"]

#: a question of fewer words ("Otsus?", «По старости?», «Понятно?») gets the not-understood fallback, not
#: "I don't know exactly": a bare word asked is no question the client can answer
MIN_QUESTION_WORDS = 3

_NUMBER_MARK = re.compile(r"(?<=\d)[,.](?=\d)")


def marks(text: str) -> str:
    """The text for telling typed from spoken replies: a decimal comma or point inside a number („35,10 eurot“,
    «702.35») is no punctuation, so speech with a sum in it is still read as speech."""
    return _NUMBER_MARK.sub("", text)


def heard_questions(text: str, language: str) -> list[str]:
    """The sentences of a reply that ask: by "?" and question words when typed, by words and intonation when
    spoken (no punctuation), with the "kas" questions inside spoken sentences."""
    spoken = not any(ch in "?!,;" for ch in marks(text))  # speech: a question by its words and intonation
    ask = tx.is_spoken_question if spoken else tx.is_question
    return [s for _, _, s in tx.split_sentences(text) if ask(s, language)] + (spoken_tail_questions(text, language)
                                                                             if spoken else [])


def spoken_tail_questions(text: str, language: str) -> list[str]:
    """Questions opened by "kas" inside an unpunctuated sentence: "teine sammas kas kusite kuhu avaldus
    esitada" (a topic, then the question; written with punctuation it is "Teine sammas: kas küsite ...?")."""
    if language != "et" or any(ch in "?!,;:" for ch in marks(text)):
        return []
    out = []
    for _, _, sentence in tx.split_sentences(text):
        words = sentence.split()
        for i, word in enumerate(words[1:], 1):
            tail = " ".join(words[i:])
            if word.lower() == "kas" and len(words) - i >= MIN_QUESTION_WORDS and tx.is_question(tail, language):
                if not tx.is_spoken_question(sentence, language):
                    out.append(tail)
                break
    return out
