"""A keyword telegram: a verbless run of topic nouns typed one after another, with no sentence shape.

«Частями заявление возражение 30 дней», "Matusetoetus omavalitsus vald linn suunamine palun aitäh": no finite verb,
no punctuation between the items, no linking word or preposition, and topic nouns in their dictionary form put side by
side with nothing relating them (Russian: two nouns in the nominative in a row, «заявление возражение»; Estonian, where
an adjective agrees in case with its noun ("raske puue"), three words in the dictionary form in a row). It names the
scorer's keywords without saying anything to the client, so it earns no criterion (`trainer.scoring.acts` drops it
from the act text, which the positive checks and the client's ear read), and the client does not thank for it.

A terse but real answer keeps its reading: a verb («Возражение можно подать в течение 30 дней.»), a preposition or a
postposition ("vaie 30 p jooksul otsusest", «возражение 30 дней с решения»), a dash or a comma between its items
(«возражение – 30 дней с решения», «почта, бюро или e-mail»), or a single topic with its value («пособие 80 евро»).
"""

from __future__ import annotations

from dataclasses import replace

from trainer import text as tx
from trainer.scoring.finite_verbs import has_finite_verb
from trainer.text.keywords import _LINKERS, _bare
from trainer.text.lexicon import dictionary_lemmas, ru_parse, word_forms
from trainer.text.statements import HONORIFICS

#: what a criterion's feedback adds when a telegram alone would have earned it (`withheld`)
WITHHELD = {
    "et": "„{quote}“ ({turn_label}) on märksõnade jada ilma tegusõnata, mitte selgitus kliendile, seepärast seda "
          "punkti ei antud. Öelge see lausega.",
    "ru": "«{quote}» ({turn_label}) – набор ключевых слов без глагола, а не объяснение клиенту, поэтому балл не "
          "засчитан. Скажите это предложением.",
    "en": "\"{quote}\" ({turn_label}) is a string of keywords with no verb, not an explanation to the client, so it "
          "earned nothing. Say it in a sentence.",
}

#: content words (numbers not counted) a telegram has at least
_MIN_WORDS = 3
#: punctuation that may end the telegram; any other inside it gives it structure
_ENDS = frozenset(".!…")
#: courtesy words that may stand in or after the run of keywords ("... suunamine palun aitäh") without giving it syntax
_COURTESY = frozenset(tx.fold(w) for w in "palun aitäh tänan пожалуйста спасибо".split())
#: words in the dictionary form side by side that make a telegram (see module doc)
_RUN = {"ru": 2, "et": 3}
#: grammemes of a Russian proper name: a name read back («иван петров верно») names a person, not a topic
_RU_NAME = frozenset({"Name", "Surn", "Patr"})


def _et_uninflected(word: str) -> bool:
    """An Estonian word the dictionary knows only in one form (a particle or an adverb: "jah", "just", "nii",
    "täpselt"): it names no topic, so a confirmation ("jah just nii") is no run of keywords."""
    readings = dictionary_lemmas(word.lower(), "et")
    return bool(readings) and all(len(word_forms(r, "et")) <= 2 for r in readings)




def _person(word: str) -> bool:
    """A person's name or a word of address («господин Смирнов», «Это Оксана Коваленко», "proua Tamm"): it neither
    counts as a topic noun nor breaks a run of them. Speech recognition writes a name check or a farewell by name
    without its comma or question mark, and a name in the nominative is no keyword (metamorphic no_punct)."""
    if tx.fold(word) in HONORIFICS:  # with the name they speak to or of a person, they name no topic
        return True
    if not word[:1].isupper() and tx.is_common_word(word):
        return False  # «вера», "mai" in lower case are ordinary words
    return tx.is_first_name(word) or tx.is_surname(word) or tx.is_et_proper_noun(word)


def _ru_noun(word: str) -> bool:
    """A Russian noun in the nominative (one of its two likeliest readings): «заявление», «бюро»; not «обслуживания»."""
    parses = ru_parse(word.lower())
    # an inanimate noun's nominative and accusative coincide («заявление»): either of the two likeliest readings
    return bool(parses) and parses[0].is_known and parses[0].tag.POS == "NOUN" \
        and not _RU_NAME & parses[0].tag.grammemes \
        and any(p.tag.POS == "NOUN" and "nomn" in p.tag for p in parses[:2])


def is_telegram(sentence: str, lang: str) -> bool:
    """Is the sentence a keyword telegram (module doc)?"""
    if lang not in _RUN or tx.is_question(sentence, lang) or sentence.rstrip().endswith("?"):
        return False
    tokens = tx.tokenize(sentence)
    words = []
    for tok in tokens:
        if tok.is_word:
            words.append(tok)
        elif not tok.text[:1].isdigit() and tok.text not in _ENDS:
            return False  # a comma, a dash, a colon, a bracket: the items are set apart, not run together
    content = [t for t in words if tx.fold(t.norm) not in _COURTESY]
    if len(content) < _MIN_WORDS or any(tx.fold(t.norm) in _LINKERS for t in words):
        return False
    if has_finite_verb(" ".join(t.text for t in content), lang):
        return False  # "palun" (I ask) is a courtesy word here, not the verb of a clause
    run = best = 0
    for tok in tokens:
        if not tok.is_word or tx.fold(tok.norm) in _COURTESY:
            run = 0
            continue
        if _person(tok.text):
            continue
        topic = _ru_noun(tok.text) if lang == "ru" else (len(tok.text) >= 3 and _bare(tok.text)
                                                         and not _et_uninflected(tok.text))
        run = run + 1 if topic else 0
        best = max(best, run)
    return best >= _RUN[lang]


def withheld(findings, evidence) -> list:
    """The telegrams (`NonAnswer.telegram`, 0-based turns) that the evidence of a criterion read on everything said
    (1-based turns) lies in: what the criterion would have been credited on, quoted whole (evidence, no repeats)."""
    out = []
    for e in evidence:
        for f in findings:
            if getattr(f, "telegram", False) and f.turn + 1 == e.turn and (e.quote in f.quote or f.quote in e.quote):
                if all(o.turn != e.turn or o.quote != f.quote for o in out):
                    out.append(replace(e, quote=f.quote))
    return out
