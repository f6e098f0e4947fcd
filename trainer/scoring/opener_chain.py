"""An opener chain: a lone polite opener followed by a string of bare keywords (a "stuffed" reply).

«Понимаю пенсия перенос выходные 7-го понедельник банк», «Спасибо большое личный код пенсия 1-го числа банк счёт»,
"Saan aru isikukood pension 6. kuupäev pühapäev tööpäev": one opener of the courtesy the call model asks for
(понимаю, понятно, ясно, спасибо, благодарю, мне жаль, сочувствую, извините, к сожалению; saan aru, selge, aitäh,
tänan, kahju, mõistan, vabandust, tunnen kaasa) and after it, with at most a comma or a dash in between, four or more
words in their dictionary form strung together (:func:`bare_string`): no punctuation inside, no linking word, no
finite verb, no question. The opener's verb («понимаю», "saan aru") is the only verb of the sentence, and it governs
none of the words after it: they are the scorer's keywords typed in, not an answer. Only the opener is said (its
courtesy may count); the keywords are a keyword chain for the scorer (`trainer.scoring.acts`) and, through the act
texts, unheard by the client. A chain naming «личный код» / "isikukood" does not ask for the code either.

A terse answer keeps its reading: a verb («понимаю пенсия поступит 7го в понедельник», "selge pension tuleb
esmaspäeval"), a linker («Спасибо, что дождались ...», "Mõistan, et ..."), punctuation between the items, or three
words or fewer after the opener («Спасибо, код верный.»).

:func:`bare_string` is shared with the client's ear (`trainer.simulation.keyword_tails`): an ordinal's case ending
and its hyphen («5-е», «7-го», «1-го числа») belong to the number, no word and no punctuation of the string.
"""

from __future__ import annotations

from trainer import text as tx
from trainer.scoring.finite_verbs import has_finite_verb
from trainer.text.keywords import LINKERS, bare
from trainer.text.numbers import ru_ordinal_ending

#: a string this many words long (numbers and ordinal endings not counted) is a string of keywords, not a phrase
MIN_WORDS = 4
#: the share of its words in the dictionary form
_BARE_SHARE = 0.8
#: punctuation that may end the string (or stand after an Estonian ordinal: "6. kuupäev"); any other gives structure
_ENDS = frozenset(".!…")
_HYPHENS = frozenset("-–")

#: the openers (folded word sequences), longest first
_OPENERS = sorted((tuple(tx.fold(w) for w in o.split()) for o in """понимаю|понятно|ясно|спасибо|спасибо большое|
    большое спасибо|благодарю|жаль|мне жаль|очень жаль|мне очень жаль|сочувствую|извините|простите|к сожалению|
    saan aru|aru saan|selge|arusaadav|aitäh|suur aitäh|tänan|kahju|mul on kahju|väga kahju|mul on väga kahju|
    mõistan|vabandust|vabandan|tunnen kaasa""".replace("\n", "").split("|")), key=len, reverse=True)
#: a separator allowed between the opener and the string
_SEPARATORS = frozenset(",-–—:")
#: words that make a clause or a question of the string (beside the linkers of `trainer.text.keywords`)
_CLAUSE_WORDS = frozenset(tx.fold(w) for w in """что чтобы если когда где как куда почему потому поэтому так
    какой какая какие сколько ли пожалуйста et kui sest siis kuna aga vaid ehk kas mis mida millal kus kuhu
    kuidas miks palun""".split())


def bare_string(sentence: str, lang: str) -> bool:
    """Does the sentence only string bare words together: four or more words (numbers and an ordinal's ending not
    counted), most of them in the dictionary form, with no punctuation but an ending mark or an ordinal's hyphen, no
    linking word and no finite verb?"""
    tokens = tx.tokenize(sentence)
    words = []
    for k, tok in enumerate(tokens):
        if tok.is_word:
            if not ru_ordinal_ending(tokens, k):
                words.append(tok)
        elif not tok.text[:1].isdigit() and tok.text not in _ENDS and not (
                tok.text in _HYPHENS and k + 1 < len(tokens) and ru_ordinal_ending(tokens, k + 1)):
            return False
    if len(words) < MIN_WORDS or any(t.norm in LINKERS for t in words):
        return False
    if sum(1 for t in words if bare(t.text)) < _BARE_SHARE * len(words):
        return False
    return not has_finite_verb(sentence, lang)


def opener_chain(sentence: str, lang: str) -> tuple[str, str] | None:
    """The opener and the keywords of a sentence that is a lone opener followed by a string of bare keywords
    (module doc), as they are written in the sentence; None for any other sentence."""
    tokens = tx.tokenize(sentence)
    words = [t for t in tokens if t.is_word]
    if not words or any(not t.is_word for t in tokens if t.end <= words[0].start):
        return None  # the opener opens the sentence
    folded = tuple(tx.fold(t.norm) for t in words[:4])
    opener = next((o for o in _OPENERS if folded[:len(o)] == o), None)
    if opener is None:
        return None
    end = words[len(opener) - 1].end
    rest = [t for t in tokens if t.start >= end]
    if rest and rest[0].text in _SEPARATORS:
        rest = rest[1:]
    if not rest or not (rest[0].is_word or rest[0].text[:1].isdigit()):
        return None
    keywords = sentence[rest[0].start:].strip()
    if any(tx.fold(t.norm) in _CLAUSE_WORDS for t in rest if t.is_word) or not bare_string(keywords, lang):
        return None
    return sentence[:end].strip(), keywords
