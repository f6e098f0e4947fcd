"""A first name said to the person it names ("Tere, Anu!", "Aitäh, Helju, ...", "Anu, kas Teil ...?").

A few Estonian first names are also the singular imperative of a rare verb ("anu" = plead, "helju" = float, "tea" =
know), and a clause-initial imperative is informal address (`address.find_informal_address`). A name spelt with its
capital in the middle of a sentence, after a greeting or a thanks word or a comma, is the vocative: an imperative
there is written in lower case ("Tere, oota hetk"). At the head of a sentence a capital says nothing, so the name
counts only before a comma with formal address ("Teil", "Teie") in the rest of its sentence ("Anu, kas Teil on veel
küsimusi?"); "Tea, et see on nii." stays an imperative (new-user batch 53 children-pension-chat-et good: „Tere,
Anu!“ was read as the imperative "plead").
"""

from __future__ import annotations

from .names import is_first_name
from .normalize import fold

__all__ = ["vocative_name"]

_SENTENCE_END = frozenset(".!?…")
_FORMAL = frozenset("te teie teil teile teid teilt teiega".split())


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower())


def vocative_name(tokens, i: int) -> bool:
    """Is the word at ``i`` a capitalised first name said to its bearer (module doc)?"""
    tok = tokens[i]
    if not tok.is_word or not _capitalised(tok.text) or not is_first_name(tok.text):
        return False
    j = i - 1
    if j >= 0 and tokens[j].text not in _SENTENCE_END:
        # inside a sentence: a capital marks a proper noun, after a comma or a word ("Tere Anu", "Aitäh, Anu")
        return tokens[j].text == "," or tokens[j].is_word
    # heading a sentence: only before a comma, with formal address after it in the same sentence
    if i + 1 >= len(tokens) or tokens[i + 1].text != ",":
        return False
    for tok_after in tokens[i + 2:]:
        if tok_after.text in _SENTENCE_END:
            break
        if tok_after.is_word and fold(tok_after.text.lower()) in _FORMAL:
            return True
    return False
