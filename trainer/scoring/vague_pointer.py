"""A sentence whose only object is a pronoun names nothing (issue 10, feedbackfix).

«Всё это у нас тоже есть», "Kõik see on meil ka olemas", «Это всё можно сделать у нас»: said to a client who asked
where to send an appeal (vaie, возражение) or how to file it, the sentence points at "all that" and names no channel,
address, e-service, office or form. It answers no question, a "where" neither (`leftopen.answers_anew` lets a bare
referral to the website answer a "where"; this names not even the website). A sentence that names a thing besides
its pronouns answers as before: "Vaide saate esitada iseteeninduses või e-postiga info@sotsiaalkindlustusamet.ee",
«возражение можно подать через самообслуживание», «Это есть у нас в бюро».
"""

from __future__ import annotations

from trainer import text as tx

__all__ = ["names_nothing"]

# the pronoun object ("all that"): one of them must be there (folded, lower case)
_PRONOUNS = frozenset(tx.fold(w) for w in """всё все это этого этом эти этих то того оно они их всего
    koik see seda selle sellest need neid nende koike""".split())
# what may stand beside it and still name nothing: "we / at ours", "too", "is there", "can be done", particles
_FILLER = frozenset(tx.fold(w) for w in """у нас нам мы наш нашем наши тоже также же ведь вот ну и да уже есть
    имеется имеются было будет можно сделать делать найти здесь тут
    meil meie meile me ka samuti ju ju nagu ja jah on ongi oli olemas saab voib teha leiab leiate siin""".split())


def names_nothing(sentence: str) -> bool:
    """Is the sentence only a pronoun object with "we have / it is there / it can be done" around it («Всё это у нас
    тоже есть», "Kõik see on meil ka olemas"): no number and no word that names a thing?"""
    if any(ch.isdigit() for ch in sentence) or "@" in sentence:
        return False
    words = [t.norm for t in tx.tokenize_cached(sentence) if t.is_word]
    return bool(words) and any(w in _PRONOUNS for w in words) \
        and all(w in _PRONOUNS or w in _FILLER for w in words)
