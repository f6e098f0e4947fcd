"""A reply that only puts the caller on hold, with condolences, apologies or thanks for waiting around it
(„Примите мои соболезнования. Я понимаю, как это для Вас важно. Подождите, пожалуйста, минуту, я проверю.“):
it tells the caller nothing yet. Counted with the non-answers for the client's ending only
(`trainer.simulation.transitions.ending`): one hold before a real answer changes nothing, a call stalled with holds does not end on
the grateful line (new-user batch 37 death-report-ru gaming: „Подождите ... я проверю“ every turn, then
„Вы очень терпеливо всё объяснили“).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer import text as tx
from trainer.simulation.heard import heard_questions
from trainer.simulation.reactions import is_hold, without_hold_purpose

if TYPE_CHECKING:  # pragma: no cover
    from trainer.simulation.dialogue import Conversation

#: the most words of a hold sentence that says nothing besides the hold („Подождите, пожалуйста, ещё минуту, я
#: уточню у коллег.“); a longer one may tell something („Üks hetk – taotlus on kohal, otsus tuleb ...“)
_HOLD_WORDS = 12
#: thanks for waiting, the words that make a hold's social frame („Спасибо за ожидание.“, „Aitäh ootamast.“)
_WAITING = {
    "et": re.compile(r"\b(?:ootamast|ootamise|ootamine|kannatlikkus\w*|ootel|ootele)\b"),
    "ru": re.compile(r"\b(?:ожидани\w*|терпени\w*|ожидать|подождать)\b"),
    "en": re.compile(r"\b(?:waiting|patience)\b"),
}


def hold_only(conv: Conversation, acted: str) -> bool:
    """Is every sentence of the reply a short request to hold or a social formula (condolence, empathy, an
    apology, thanks for waiting), with at least one hold? A hold with an answer in it, or a question to the
    caller („Üks hetk. Kas saatsite avalduse e-postiga?“), is no stalling."""
    from trainer.simulation.summary import only_social

    lang = conv.scenario.language
    if not acted.strip() or not is_hold(acted, lang):
        return False
    norm = tx.normalize_input(acted).text
    if heard_questions(norm, lang):
        return False
    waiting = _WAITING.get(lang, _WAITING["en"])
    held = False
    for _, _, sentence in tx.split_sentences(norm):
        if not sentence.strip():
            continue
        if is_hold(sentence, lang):
            if sum(t.is_word for t in tx.tokenize(without_hold_purpose(sentence, lang))) > _HOLD_WORDS:
                return False
            held = True
            continue
        if not (only_social(conv, waiting.sub(" ", tx.fold(sentence))) or _social_frame(conv, sentence)):
            return False
    return held


#: the most words of a sentence of sympathy that frames a hold („Я понимаю, как это для Вас важно.“)
_FRAME_WORDS = 8
_SOCIAL = ("empathy", "apology", "thanks", "greeting")


def _social_frame(conv: Conversation, sentence: str) -> bool:
    """A short sentence of sympathy, apology or thanks with no number in it („Saan aru, et see on Teile oluline.“,
    «Приношу извинения за неудобства.»): no news for the caller."""
    from trainer.simulation.reactions import phrase_set

    lang = conv.scenario.language
    tokens = tx.tokenize(sentence)
    if sum(t.is_word for t in tokens) > _FRAME_WORDS or any(t.text[:1].isdigit() for t in tokens):
        return False
    phrases = tuple(p for name in _SOCIAL for p in ((conv.concepts.get(name) or {}).get(lang) or []))
    return bool(phrases) and any(not m.negated for m in phrase_set(phrases, lang).find_all(sentence))
