"""A reply that narrates the agent's own acts sentence after sentence (new-user batch 71 pension-abroad-proof-ru gaming).

«Я проявляю сочувствие. Я уточняю ситуацию.», «Я объясняю вероятную причину: справка ... Я называю срок действия:
12 месяцев. Я направляю в защищённые сообщения.», „Ma väljendan kaastunnet. Ma selgitan põhjust: ... Ma nimetan
tähtaja: ...“: each sentence opens with "I" and a verb of what an agent does in a call (explain, name, clarify,
refer, sum up, check, say goodbye ...), speaking to no one on the line. One such sentence announcing what follows
is a real act („Объясняю: справка нужна раз в год.“, „Selgitan lühidalt.“); three in one reply are a commentary
on the call (in Russian the imperfective present: «Я проверю ...», «Я проверила ...» are a promise and a report), the service standard ticked off aloud instead of done. Read for the client's ear only: the facts after
the colons stay heard, but the reply counts against the grateful ending (`hearing.analyse`), like knowledge text
read out to no one (`unspoken.py`). The scorer keeps its own readings (`trainer.scoring.own_acts`: the client in the
third person, a grade of the agent's service, or a chain in one sentence).
"""

from __future__ import annotations

from trainer import text as tx
from trainer.scoring.addressed import YOU_PRONOUNS, polite_you
from trainer.scoring.finite_verbs import sentence_language
from trainer.scoring.own_acts import CALL, first_person
from trainer.text.lexicon import first_lemma, ru_parse

__all__ = ["narrated_acts"]

#: the speaker's "I" that opens a narrating sentence
_I = {"et": frozenset(("ma", "mina")), "ru": frozenset(("я",))}
#: negators and adverbs that may stand between the "I" and its verb («Я не спрашиваю ...», „Ma nüüd selgitan“)
_BETWEEN = {"et": frozenset("ei nuud siis kohe ka".split()), "ru": frozenset("не сейчас теперь сразу также тоже".split())}
#: verbs of the call model's own stages beyond `own_acts.CALL` (lemmas, folded): sympathy shown, the recap made,
#: the understanding checked, the goodbye and the introduction
_STAGE_VERBS = {
    "et": frozenset("valjendama naitama kontrollima tegema lopetama tervitama tutvustama jatma".split()),
    "ru": frozenset("""проявлять проявить выражать выразить подводить подвести проверять проверить прощаться
        попрощаться представляться представиться приветствовать показывать""".split()),
}
#: narrating sentences in one reply that make it a commentary
_MIN_NARRATED = 3


def _narrates(sentence: str, lang: str) -> bool:
    """Does the sentence open with "I" and a first-person verb of an agent's act, speaking to no one?"""
    lang = sentence_language(sentence, lang)
    if lang not in _I or tx.is_question(sentence, lang):
        return False
    words = [t for t in tx.tokenize_cached(sentence) if t.is_word]
    norms = [tx.fold(t.norm) for t in words]
    if not norms or norms[0] not in _I[lang]:
        return False
    if any(n in YOU_PRONOUNS[lang] for n in norms) or any(polite_you(t, lang) for t in words):
        return False
    k = 1
    while k < len(norms) and k <= 2 and norms[k] in _BETWEEN[lang]:
        k += 1
    if k >= len(words) or first_person(words[k].text, norms[k], lang, True) != "present":
        return False
    if lang == "ru" and not _imperfective_present(words[k].text):
        return False  # «Я проверю, дошла ли справка»: a promise in the perfective future, not a narration
    lemma = first_lemma(words[k].text, lang)
    return lemma in CALL[lang] or lemma in _STAGE_VERBS[lang]


def _imperfective_present(word: str) -> bool:
    parses = ru_parse(word.lower())
    return bool(parses) and "pres" in parses[0].tag


def narrated_acts(text: str, lang: str) -> bool:
    """Does the reply narrate the agent's own acts in three sentences or more (module doc)?"""
    return sum(1 for _, _, s in tx.split_sentences(text) if s.strip() and _narrates(s, lang)) >= _MIN_NARRATED
