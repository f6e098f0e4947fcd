"""A tag question that goes on with a short afterthought (blind round 26): «а отец живёт один да в своей квартире",
"isa elab üksi jah oma korteris". Read by `questions.is_spoken_question`, beside the tag that rules out an alternative
(«... да не на досрочную», `questions._tag_then_contrast`)."""

from __future__ import annotations

from .normalize import tokenize_cached
from .statements import ET_ADVICE, RU_ADVICE

__all__ = ["tag_then_afterthought"]

# words that open a new clause after a tag, so that what follows is no afterthought of the check ("jah ja siis ...",
# «да и потом ...», "jah aga ...")
_CLAUSE_OPENERS = frozenset("ja aga et kui ning siis sest vaid ei mitte и а но что если когда потому тогда не".split())
_AFTERTHOUGHT_MAX = 3


def tag_then_afterthought(sentence: str, lang: str, client: bool) -> bool:
    """Does a question closed by a tag go on only with a short afterthought that narrows what is checked («а отец
    живёт один да в своей квартире», "isa elab üksi jah oma korteris"): one to three words after the tag, no verb, not
    opening a new clause, led by a preposition in Russian? The check up to the tag asks (`is_spoken_question`). Advice
    before the tag («это можно сделать да в самообслуживании», "te saate selle teha jah iseteeninduses") answers: the
    tag there is a yes."""
    from .questions import CONTRAST_TAGS, RU_PREPOSITIONS, finite_verb, is_spoken_question

    tags = CONTRAST_TAGS.get(lang)
    if not tags:
        return False
    tokens = [t for t in tokenize_cached(sentence) if t.is_word]
    for k in range(3, len(tokens) - 1):
        if tokens[k].norm not in tags:
            continue
        tail = [t.norm for t in tokens[k + 1:]]
        if len(tail) > _AFTERTHOUGHT_MAX or tail[0] in _CLAUSE_OPENERS or any(w in tags for w in tail) \
                or any(finite_verb(w, lang) for w in tail) or (lang == "ru" and tail[0] not in RU_PREPOSITIONS):
            continue
        if any(t.norm in RU_ADVICE or t.norm in ET_ADVICE for t in tokens[:k]):
            return False
        return is_spoken_question(sentence[:tokens[k].end], lang, client)
    return False
