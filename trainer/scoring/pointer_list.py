"""Keyword lists hung on a pointer or a blanket claim (new-user batch 23).

"Kõik on kirjas meie veebilehel jaotises Abivahendid: tõend, ettevõte, omaosalus, leping.",
"Isikukood, tuvastamine, kontonumber, tagasi tulnud makse – kõik on kontrollitud.",
"Lasterikka pere toetus, üksikvanema lapsetoetus, vanemahüvitis – vt sotsiaalkindlustusamet.ee.",
«Пособие, заявление, номер счёта – всё проверено.», «Всё написано на сайте: справка, заявление, сроки.»

The list names topics a mentor would want explained, and the clause beside it says only where the words can
be looked up or that "everything" is written, checked or explained: no item is said *to the client*. The
clause's verb ("on kirjas", "vaadake") made the sentence look governed ("Kaasa võtke: pass, arstitõend, ..."),
and a list whose words were said before passed as a recap; with a pointer or a blanket claim as its only
clause it is neither. Such a sentence is a stuffed list (`item_list.item_list`): no act, and the real_answers gate
fails.

A pointer list needs

- one side of a dash or a colon that is only a pointer to a web page ("vt ...", "vaadake veebilehelt",
  «см. сайт») or a blanket claim about "everything" ("kõik (vajalik) on kirjas / kontrollitud / selgitatud",
  «всё указано / проверено / написано на сайте»), of at most twelve words and no number, and
- on the other side three or more bare items (at most three words each, no number, no verb, no pronoun or
  conjunction tying them into a clause: an enumeration closed by "ja" / «и» is speech).

A list the agent hangs on its own verb ("Kaasa võtke: ...", "Veebilehel leiate taotluse vormi, ..."), a list
with values ("lapsetoetus 80 eurot, sünnitoetus 320 eurot – vt ka veebilehte"), and two items ("iseteenindus
või e-post – vt veebilehte") are no pointer lists. A reply that answers the client's question with the list
(the caller's own channels, a heading that takes up the question) is exempted by the caller.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.finite_verbs import et_finite, has_finite_verb, sentence_language
from trainer.text.sources import WEBSITE_ET, WEBSITE_RU
from trainer.text.spoken import number_words

# split a sentence into its clause and its list: a spaced dash or a colon
_SIDES = re.compile(r"\s[–—-]\s|:\s")
_ITEMS = re.compile(r",(?!\d)|(?<!\d),|;")
_POINTER = re.compile(
    rf"(?<!\w)(?:vt\.?|vaadake|vaata|uurige|{WEBSITE_ET}|www\.\S+|[\w-]+\.ee|см\.?|смотрите|посмотрите|{WEBSITE_RU})(?!\w)")
_BLANKET = re.compile(
    r"(?<!\w)(?:koik|koike)(?:\s+\w+){0,3}?\s+(?:on\s+|oli\s+)?(?:\w+\s+){0,3}?"
    r"(?:kirjas|kontrollitud|selgitatud|korras|registreeritud|olemas|tehtud|uuritud)(?!\w)|"
    r"(?<!\w)вс[её](?:\s+\w+){0,3}?\s+(?:уже\s+)?(?:написано|указано|проверено|объяснено|изложено|описано|"
    r"зарегистрировано|сделано|в\s+порядке)(?!\w)")
_MAX_CLAUSE_WORDS = 12
_MIN_ITEMS = 3
_MAX_ITEM_WORDS = 3
# pronouns and linkers that make a fragment part of a clause, not a bare item
_TIES = frozenset("""te teie teil teile teid sa sina sul ma mina mul minu me meie meil ta tema nad see seda selle
    need neid mis mida kes et kui sest kuna aga kuid voi ehk ja ning siis
    вы вам вас ваш ваша ваше ваши я мне меня мы нам нас он она они его её ее их это этот эта эти что чтобы
    если когда но или либо и а""".split())


def _words(text: str) -> list:
    return [t for t in tx.tokenize_cached(text) if t.is_word or t.text[:1].isdigit()]


@lru_cache(maxsize=16_384)  # a pure function of the text
def _clause_only(part: str) -> bool:
    """Is the part a pointer or a blanket claim and nothing more (no number, at most twelve words)?"""
    words = _words(part)
    folded = tx.fold(part.lower())
    if not words or len(words) > _MAX_CLAUSE_WORDS or any(t.text[:1].isdigit() for t in words) \
            or any(number_words([t.norm]) for t in words):
        return False
    return bool(_POINTER.search(folded) or _BLANKET.search(folded))



def pointer_clause(part: str) -> bool:
    """A sentence that only points to a web page or claims that everything is written or explained (at most
    twelve words, no number): „Täpsemalt lugege meie kodulehelt.“, «Всё описано на сайте.»."""
    return _clause_only(part)

@lru_cache(maxsize=16_384)  # a pure function of the text
def _verb(item: str, lang: str) -> bool:
    """Has the item a finite verb? A word that is itself a noun's dictionary form ("toetus", which the
    inflection guess reads as "toetu-s") is none."""
    if sentence_language(item, lang) != "et":
        return has_finite_verb(item, lang)
    from trainer.text.lexicon import dictionary_lemmas, is_verb_lemma

    for t in tx.tokenize_cached(item):
        if not t.is_word or not et_finite(t.text):
            continue
        lemmas = dictionary_lemmas(t.text.lower(), "et")
        if not any(tx.fold(lemma) == t.norm and not is_verb_lemma(lemma) for lemma in lemmas):
            return True
    return False


@lru_cache(maxsize=16_384)  # a pure function of the text
def _bare_items(part: str, lang: str) -> int:
    """How many bare items the part lists (0 when any fragment is no bare item)."""
    items = [p for p in _ITEMS.split(part) if _words(p)]
    for item in items:
        words = _words(item)
        if (len(words) > _MAX_ITEM_WORDS or any(t.text[:1].isdigit() for t in words)
                or any(t.norm in _TIES for t in words) or _verb(item, lang)
                or _POINTER.search(tx.fold(item.lower()))):
            return 0
    return len(items)


def pointer_list(sentence: str, lang: str) -> bool:
    """Is the sentence a list of three or more bare items beside a clause that only points to a web page or
    claims that everything is written, checked or explained (see the module doc)?"""
    parts = [p.strip() for p in _SIDES.split(sentence.strip().rstrip(".!")) if p.strip()]
    if len(parts) < 2:
        return False
    for n, part in enumerate(parts):
        if n not in (0, len(parts) - 1) or not _clause_only(part):
            continue
        rest = parts[1:] if n == 0 else parts[:-1]
        if len(rest) == 1 and _bare_items(rest[0], lang) >= _MIN_ITEMS:
            return True
    return False


def pointer_neighbour(sentences: list[str], k: int, lang: str) -> bool:
    """Is sentence k a verbless list of three or more bare items in a reply whose other sentences are only a
    pointer or a blanket claim ("Iseteenindus, avaldus, kontonumber. Kõik vajalik on veebilehel kirjas.")?"""
    sentence = sentences[k]
    if _verb(sentence, lang) or sentence.rstrip().endswith("?") or _bare_items(sentence, lang) < _MIN_ITEMS:
        return False
    near = [sentences[j] for j in (k - 1, k + 1) if 0 <= j < len(sentences)]
    return any(_clause_only(s) for s in near)
