"""Mirroring: a call whose replies only give the client's own words back (new-user batches 47 and 48).

"Kas ma sain õigesti aru, et Te tahtsite küsida, millal pension tuleb?", "Saan aru: Te olete segaduses ja tahate
teada, millal pension tuleb – see on Teie küsimus, eks?", "Kokkuvõtteks: Te küsite, millal pension tuleb. Aitäh,
et helistasite!": every reply is a check of understanding, an empathy phrase or a "summary" made of what the client
said. Each looks like active listening, none tells the client anything, and the call model's checks (needs,
summary, closing) find their phrases in them. One such check before the answer is good practice; a call made of
them answers nothing.

A reply *mirrors* when, leaving out the words of the call model's own phrases (checks of understanding, summaries,
empathy, thanks, goodbyes: the rubric's concepts) and of the frames around a restatement („Te küsite“, «Вы
спрашиваете»), it has at least :data:`_MIN_SHARED` word stems from the client's messages so far and at most
:data:`_MAX_NEW` of its own, no figure of its own among them (a date, a sum, a phone number is news to the client).
A recap of what the agent told before, and the client took up, restates the agent's own words: the client's words
are those it said before the agent did. The call mirrors when two replies or more to the client do and they are at least half of its replies after the
client first spoke: a check before each answer leaves the answers, which bring their own words.

`prompts.find_machine_prompts` reports the mirroring replies (kind ``mirror``) and the ``real_answers`` gate fails on
them; the scripted client, reading the same findings, does not part on a grateful line.
"""

from __future__ import annotations

from functools import lru_cache

from trainer import text as tx
from trainer.scoring.echoes import FRAME_WORDS
from trainer.scoring.formulas import social_phrases
from trainer.scoring.sentence_words import word_stems

__all__ = ["FRAME_CONCEPTS", "mirror_replies"]

#: the rubric's concepts whose phrases frame a restatement or are formulas around it (their words are no news)
FRAME_CONCEPTS = ("understanding_check", "summary", "further_help", "greeting", "thanks", "farewell", "empathy",
                  "institution", "offer_help", "apology_accepted", "appreciation")

#: the words of a question put back and of a check on it („see on Teie küsimus“, «ответила ли я на Ваш вопрос»;
#: folded, their five-letter stems are compared)
_QUESTION_WORDS = frozenset(tx.fold(w) for w in """küsimus küsimusele küsimuse küsida küsite küsisite vastus vastasin
    vastas vastanud vastata aru saanud saite mõtlete mõtlesite õigesti segaduses oluline tähtis mure muret
    вопрос вопросу вопросе спросить ответ ответила ответил ответить поняли понимаю поняла понял запутались
    важно волнует беспокоит""".split())

#: the chat's closing offer of the transcript („Soovi korral saadan vestluse ärakirja.“, «пришлю копию переписки») and
#: linking words („kuna“, «потому»): a call-model formula and grammar, no news (folded)
_FORMULA_WORDS = frozenset(tx.fold(w) for w in """ärakiri ärakirja ärakirjad vestluse vestlus saadan soovi korral
    kuna sest seda selle sellest need nende siis veel juba kohta jaoks pärast enne
    копию копия переписки переписку чата пришлю отправлю потому поэтому этого этому этом чтобы тогда""".split())

_MIN_SHARED = 3
_MAX_NEW = 2
_MIN_MIRRORS = 2


def _frame_stems(concepts: dict, language: str) -> frozenset[str]:
    return _stems_of_frames(social_phrases(concepts, language, FRAME_CONCEPTS))


@lru_cache(maxsize=64)  # one rubric's phrases per language: computed once, not per reply the client reads
def _stems_of_frames(phrases: tuple[str, ...]) -> frozenset[str]:
    return word_stems(tx.fold(" ".join(phrases).lower())) | word_stems(" ".join(FRAME_WORDS | _QUESTION_WORDS | _FORMULA_WORDS))


def _text_stems(text: str, language: str) -> frozenset[str]:
    """The word stems of a message with its numbers said in words as digits („sada kaksteist“ is 112)."""
    return word_stems(tx.fold(tx.normalize_input(text, language).text.lower()))


@lru_cache(maxsize=16_384)
def _first_names(text: str) -> frozenset[str]:
    """The stems of the first names in a message (the agent's own in a greeting: „Tere! Sotsiaalkindlustusamet, Kadri.“)."""
    return frozenset(t.norm[:5] for t in tx.tokenize_cached(tx.fold(text.lower())) if t.is_word and tx.is_first_name(t.text)
                     and not tx.is_common_word(t.text))


def mirrors(reply: str, client_stems: frozenset[str] | set[str], frame: frozenset[str], language: str = "et") -> bool:
    """Does the reply only give the client's words back (module doc)?"""
    own = _text_stems(reply, language) - frame - _first_names(reply)
    new = own - client_stems
    if any(s[:1].isdigit() for s in new):
        return False
    return len(own & client_stems) >= _MIN_SHARED and len(new) <= _MAX_NEW


def mirror_replies(turns, language: str, concepts: dict | None) -> list[int]:
    """The agent replies (turn indexes) of a call that mirrors the client (module doc); none when it does not."""
    if not concepts:
        return []
    frame = _frame_stems(concepts, language)
    heard: set[str] = set()  # the client's own words: not those it took up from the agent („Helistan kohe 112-le.“)
    told: set[str] = set()
    found: list[int] = []
    replies = 0
    for i, turn in enumerate(turns):
        if turn.role == "client":
            heard |= _text_stems(turn.text, language) - told
            continue
        told |= _text_stems(turn.text, language)
        if not heard:
            continue  # the greeting before the client spoke answers nothing
        if i > 0 and turns[i - 1].role == "agent":
            continue  # a message sent on after one's own is the same reply
        replies += 1
        if mirrors(_whole_reply(turns, i), heard, frame, language):
            found.append(i)
    return found if len(found) >= _MIN_MIRRORS and 2 * len(found) >= replies else []


def _whole_reply(turns, i: int) -> str:
    """The agent's messages from turn `i` up to the client's next one."""
    parts = []
    for turn in turns[i:]:
        if turn.role != "agent":
            break
        parts.append(turn.text)
    return " ".join(parts)
