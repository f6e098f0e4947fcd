"""Finite verbs: does a sentence have a predicate ("makstakse", "on", «выплачена», «нужно»), read in its own language.

A sentence with a finite verb can perform an act towards the client; a verbless one is a fragment (a keyword, a
formula, an elliptical answer) for the non-answer detector (`trainer.scoring.acts`) to weigh. Estonian words are
read with the dictionary and a list of frequent forms it misses, Russian words with the morphological analyser; a
verb typed with one consonant of a double dropped ("lõpes", «расчитали») counts too. :func:`sentence_language`
reads a sentence's language by its script: an Estonian sentence in a Russian call is read as Estonian.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.et_zero_copula import et_zero_copula
from trainer.text.keywords import copula_dash
from trainer.text.lexicon import dictionary_lemmas, is_verb_lemma, ru_parse
from trainer.text.numbers import ru_ordinal_ending

# Estonian endings of non-finite verb forms (folded): infinitives, gerund, participles.
_ET_NONFINITE = ("ma", "mas", "mast", "maks", "mata", "da", "ta", "des", "tes", "nud", "tud", "dud",
                 "tav", "dav", "tava", "dava", "mine", "mise")
# Frequent finite forms the dictionary lookup misses or reads as something else.
_ET_FINITE = frozenset(
    """on ei pole oli olid olin olime olite olen oled oleme olete oleks oleksid polnud saab saan saate
    saavad sai tuleb tulevad peab peate pean peavad voib voite voin voivad vaja palun nean naete
    tean teate soovite soovin vaatan kontrollin helistan helistame makstakse makstaks tehakse
    kehtib sobib aitab lahen laheb laheme lahete lahevad""".split()
)
_RU_FINITE_POS = frozenset({"VERB", "PRTS", "PRED", "ADJS"})
_RU_FINITE = frozenset("есть нет нужно надо можно нельзя".split())


@lru_cache(maxsize=50_000)
def et_finite(word: str) -> bool:
    low = word.lower()
    norm = tx.fold(low)
    if norm in _ET_FINITE:
        return True
    if len(norm) < 3 or not norm.isalpha():
        return False
    readings = dictionary_lemmas(low, "et")
    if not readings or not any(is_verb_lemma(lemma) for lemma in readings):
        return _et_inflected_verb(low)
    if any(not is_verb_lemma(lemma) for lemma in readings) and not norm.endswith(("ge", "ke", "takse", "n")):
        return False  # a noun reading too ("maas", "toetus"): not evidence of a verb
    return not norm.endswith(_ET_NONFINITE) or norm.endswith(("vad", "te", "ge", "ke"))


_ET_PERSON_ENDINGS = ("ksime", "ksite", "ksin", "ksid", "sime", "site", "vad", "sin", "sid", "ks", "me", "te",
                      "ge", "ke", "b", "s", "n")


def _et_inflected_verb(low: str) -> bool:
    """A personal verb form the dictionary reads as something else ("vastas" = answered, not "opposite"):
    the stem with the 1sg ending -n is a form of a verb ("vasta" + "n" -> vastama)."""
    from trainer.text.lexicon import lookup

    for ending in _ET_PERSON_ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            stem = low[: -len(ending)]
            lemma = lookup(stem + "n", "et")
            if lemma is not None and is_verb_lemma(lemma) and lookup(stem + "ma", "et") == lemma:
                return True
    return False


@lru_cache(maxsize=50_000)
def ru_finite(word: str) -> bool:
    low = word.lower()
    if low in _RU_FINITE:
        return True
    parses = ru_parse(low)
    if not parses:
        return False
    best = parses[0]
    return (best.is_known and best.tag.POS in _RU_FINITE_POS) or _ru_prefixed_verb(best)


def _ru_prefixed_verb(parse) -> bool:
    """A verb the dictionary lacks, read as a known prefix on a dictionary verb form of four letters or more
    («перепишитесь» = пере + пишитесь, «переоформляйте»): a finite verb like the form it is built on. An unknown
    prefix («куз» + явитесь) guesses, and a noun or participle reading is no verb."""
    if parse.tag.POS != "VERB":
        return False
    stack = getattr(parse, "methods_stack", ())
    if len(stack) != 2 or type(stack[1][0]).__name__ != "KnownPrefixAnalyzer":
        return False
    return type(stack[0][0]).__name__ == "DictionaryAnalyzer" and len(stack[0][1]) >= 4


#: adverbs spelt like a conditional verb form ("lisaks" = in addition / "would add"): a verb only after a subject
#: pronoun („Ma lisaks veel ...“), so „Lisaks kogu info: pension, toetus“ stays verbless (new-user batch 46
#: pension-age-early-et gaming)
_ET_ADVERB_HOMOGRAPHS = frozenset({"lisaks"})
_ET_SUBJECT_PRONOUNS = frozenset("ma mina me meie sa sina te teie ta tema nad nemad".split())


def _et_adverb_homograph(word: str, before: str) -> bool:
    return tx.fold(word.lower()) in _ET_ADVERB_HOMOGRAPHS and tx.fold(before.lower()) not in _ET_SUBJECT_PRONOUNS


@lru_cache(maxsize=50_000)
def has_finite_verb(sentence: str, lang: str) -> bool:
    """Does the sentence have a finite verb (a predicate: "makstakse", "on", «выплачена», «нужно»)?"""
    if copula_dash(sentence):
        return True
    lang = sentence_language(sentence, lang)
    check = ru_finite if lang == "ru" else et_finite
    tokens = tx.tokenize(sentence)
    # an ordinal's case ending («5-е», «7-го») is part of the number, not a word («е» is an abbreviation of «есть»)
    words = [tok.text for k, tok in enumerate(tokens) if tok.is_word and not ru_ordinal_ending(tokens, k)]
    if lang == "et":
        words = [w for k, w in enumerate(words) if not _et_adverb_homograph(w, words[k - 1] if k else "")]
    return any(check(w) for w in words) or any(_dropped_double_verb(w, lang) or _added_double_verb(w, lang)
                                              or _dropped_vowel_verb(w, lang) for w in words) \
        or (lang == "ru" and (_ru_zero_copula(sentence) or _ru_this_direction(sentence))) \
        or (lang == "et" and et_zero_copula(sentence))


# words that may stand between a zero-copula subject and its predicate («Она сейчас в отпуске», «Финляндия это тоже ...»)
_RU_BETWEEN = frozenset("сейчас тоже также уже ещё еще пока всё все же ведь".split())
_RU_PLACE_PREPOSITIONS = frozenset("в во на у".split())


def _ru_nominative(word: str, pos: tuple[str, ...] = ("NOUN", "NPRO")):
    """The parse of a Russian word as a noun or pronoun in the nominative among its first three readings, or None."""
    return next((p for p in ru_parse(word)[:3] if p.tag.POS in pos and "nomn" in p.tag), None)


def _ru_pos(word: str) -> str:
    """The part of speech of a word's first Russian reading ("" for a word with none: a Latin word, a number)."""
    parses = ru_parse(word.lower())
    return parses[0].tag.POS or "" if parses else ""


@lru_cache(maxsize=50_000)
def _ru_zero_copula(sentence: str) -> bool:
    """A Russian clause with the copula left out, as the present tense does: a nominative subject and, right after it,
    a negated prepositional phrase («Германия не в списке исключений», «Ваш сын не в списке»), a named place or a
    personal pronoun with «в»/«на»/«у» and a place («Германия в ЕС», «Она сейчас в отпуске»), or «это» and a noun
    («Финляндия это страна ЕС»). A noun phrase with its own attribute («Работа в Финляндии», «Справка о нахождении
    в живых») and bare keywords with commas between («Пенсия, Германия, не в срок») are no clause."""
    tokens = [t for t in tx.tokenize(sentence) if not t.text.isspace()]
    for k, tok in enumerate(tokens[:-2]):
        if not tok.is_word:
            continue
        subject = _ru_nominative(tok.text.lower())
        if subject is None or (k and tokens[k - 1].is_word and _ru_pos(tokens[k - 1].text) == "PREP"):
            continue
        j = k + 1
        while j < len(tokens) and tokens[j].is_word and tokens[j].text.lower() in _RU_BETWEEN:
            j += 1
        rest = [t.text.lower() for t in tokens[j:j + 3]]
        if len(rest) < 2 or not all(t.is_word for t in tokens[j:j + 2]):
            continue
        if rest[0] == "не" and len(rest) == 3 and tokens[j + 2].is_word \
                and _ru_pos(rest[1]) == "PREP":
            return True
        named = "NPRO" in subject.tag and subject.normal_form != "это" or "Geox" in subject.tag or "Name" in subject.tag
        if named and rest[0] in _RU_PLACE_PREPOSITIONS and any(
                p.tag.POS == "NOUN" and ("loct" in p.tag or "loc2" in p.tag
                                         or (rest[0] == "у" and "gent" in p.tag)) for p in ru_parse(rest[1])[:3]):
            return True
        if rest[0] == "это" and "NOUN" in subject.tag and len(rest) >= 2:
            after = [t.text.lower() for t in tokens[j + 1:j + 3] if t.is_word and t.text.lower() not in _RU_BETWEEN]
            if after and _ru_nominative(after[0], ("NOUN", "ADJF")) is not None:
                return True
    return False


_VOWELS = frozenset("aeiouyõäöüаеёиоуыэюя")
# words that may stand between «это» and the place it points to («это только в отдел коммуникации»)
_RU_THIS_BETWEEN = _RU_BETWEEN | frozenset("только лишь сразу прямо".split())
_RU_DIRECTION_PREPOSITIONS = frozenset("в во на к ко через".split())


@lru_cache(maxsize=50_000)
def _ru_this_direction(sentence: str) -> bool:
    """«Это» standing for the copula dash before a place to turn to, as clipped speech says it: a noun, «это» right
    after it (no comma between) and a preposition of place or direction with a noun («статистика это в отдел
    коммуникации» = «статистика – в отдел коммуникации», «справка это через самообслуживание»). «это» after a comma
    («Пенсия, это, в срок») or without a noun before it opens no such clause."""
    tokens = [t for t in tx.tokenize(sentence) if not t.text.isspace()]
    for k, tok in enumerate(tokens[1:-2], start=1):
        if tok.text.lower() != "это" or not tokens[k - 1].is_word or _ru_pos(tokens[k - 1].text) != "NOUN":
            continue
        j = k + 1
        while j < len(tokens) and tokens[j].is_word and tokens[j].text.lower() in _RU_THIS_BETWEEN:
            j += 1
        if j + 1 < len(tokens) and tokens[j].is_word and tokens[j].text.lower() in _RU_DIRECTION_PREPOSITIONS \
                and any(t.is_word and any(p.tag.POS in ("NOUN", "NPRO") for p in ru_parse(t.text.lower())[:3])
                        for t in tokens[j + 1:j + 3]):  # «в налоговый департамент»: an attribute may come first
            return True
    return False


@lru_cache(maxsize=50_000)
def _dropped_double_verb(word: str, lang: str) -> bool:
    """A finite verb typed fast with one consonant of a double dropped ("lõpes"/"lopes" for "lõppes", «расчитали»
    for «рассчитали»): doubling one consonant gives a form whose every dictionary reading is a finite verb. Asked only
    of a sentence that has no finite verb as typed, so a real word is never read as another one beside a verb.
    In Russian the word as typed must be unknown to the dictionary; an Estonian word may have a stray reading
    ("lõpes" is listed as a case form of "lõpp") but may not be a base form of its own ("alus", not "allus")."""
    low = word.lower()
    if len(low) < 4 or not low.isalpha():
        return False
    if lang == "ru" and (ru_parse(low) or [None])[0] is not None and ru_parse(low)[0].is_known:
        return False
    if lang != "ru" and tx.fold(low) in {tx.fold(lemma.lower()) for lemma in dictionary_lemmas(low, "et")}:
        return False  # a base form ("alus", "kassa") is the word it is, not "allus" typed short
    for k, ch in enumerate(low):
        if ch in _VOWELS or (k + 1 < len(low) and low[k + 1] == ch) or (k and low[k - 1] == ch):
            continue  # already a double; a vowel's length tells words apart ("kulud" costs, "kuulud" belong)
        doubled = low[:k] + ch + low[k:]
        if lang == "ru":
            if ru_finite(doubled) and ru_parse(doubled)[0].tag.POS == "VERB":
                return True
            continue
        readings = dictionary_lemmas(doubled, "et")
        if readings and all(is_verb_lemma(lemma) for lemma in readings) and et_finite(doubled):
            return True
    return False


@lru_cache(maxsize=50_000)
def _added_double_verb(word: str, lang: str) -> bool:
    """The other way round: a finite verb typed with a single consonant doubled, as the long form spells it
    («опека зарегистрированна», «решение оформленно» for the short participles «зарегистрирована», «оформлено»;
    "makssab" for "maksab"): a word the dictionary does not know as typed, which one doubled consonant made single
    turns into a form whose every dictionary reading is a finite verb (new-user batch 60 guardian-for-ward-ru terse).
    A known word with a double of its own («ванна», «касса», "kassa") is the word it is."""
    low = word.lower()
    if len(low) < 5 or not low.isalpha():
        return False
    if lang == "ru":
        parses = ru_parse(low)
        if parses and parses[0].is_known:
            return False
    elif dictionary_lemmas(low, "et"):
        return False
    for k in range(1, len(low)):
        if low[k] != low[k - 1] or low[k] in _VOWELS:
            continue
        single = low[:k] + low[k + 1:]
        if lang == "ru":
            parses = ru_parse(single)
            if parses and parses[0].is_known and ru_finite(single) and parses[0].tag.POS in ("VERB", "PRTS"):
                return True
            continue
        readings = dictionary_lemmas(single, "et")
        if readings and all(is_verb_lemma(lemma) for lemma in readings) and et_finite(single):
            return True
    return False


# Estonian personal and imperative endings after a stem's connecting vowel (`_dropped_vowel_verb`)
_ET_PERSON_TAILS = frozenset("ge ke te me b n vad".split())


@lru_cache(maxsize=50_000)
def _dropped_vowel_verb(word: str, lang: str) -> bool:
    """A finite verb typed fast with one vowel between two consonants left out («пнял» for «понял», «пзвоните» for
    «позвоните», "helistge" for "helistage"): a word the dictionary does not know as typed, which one vowel put back
    between consonants turns into a form whose every dictionary reading is a finite verb. Asked, as the doubles above,
    only of a sentence with no finite verb as typed. A vowel beside a vowel is never put in: that lengthens one, and
    a vowel's length tells Estonian words apart. Two letters at least must follow the vowel put back, so a word cut
    short for an abbreviation («выпл.», «заявл.») is no verb («выпал», «заявил»); in Estonian the vowel must be the
    one before a personal or imperative ending ("helist(a)ge", "kuul(e)b") of a word of five letters or more, so a
    short English word in a chat ("plus", "than", "needs") is no "palus", "tahan", "needis"."""
    low = word.lower()
    if len(low) < 4 or not low.isalpha():
        return False
    if lang == "ru":
        parses = ru_parse(low)
        if parses and parses[0].is_known:
            return False
        vowels = "аеиоуыэюяё"
    else:
        if dictionary_lemmas(low, "et") or tx.fold(low) in _ET_FINITE:
            return False
        vowels = "aeiuõäöü"
    if lang != "ru" and len(low) < 5:
        return False
    for k in range(1, len(low) - (lang == "ru")):
        if low[k - 1] in _VOWELS or low[k] in _VOWELS or (lang != "ru" and low[k:] not in _ET_PERSON_TAILS):
            continue
        for vowel in vowels:
            typed = low[:k] + vowel + low[k:]
            if lang == "ru":
                parses = ru_parse(typed)
                if parses and parses[0].is_known and parses[0].tag.POS == "VERB" and ru_finite(typed):
                    return True
                continue
            readings = dictionary_lemmas(typed, "et")
            if readings and all(is_verb_lemma(lemma) for lemma in readings) and et_finite(typed):
                return True
    return False


_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-zõäöüšžÕÄÖÜŠŽ]")


@lru_cache(maxsize=16_384)  # a pure function of the sentence
def sentence_language(sentence: str, default: str) -> str:
    """The language of one sentence by its script: an Estonian sentence in a Russian call is read as
    Estonian, and the other way round."""
    cyr = len(_CYRILLIC.findall(sentence))
    latin = len(_LATIN.findall(sentence))
    if cyr > latin:
        return "ru"
    if latin > cyr and default == "ru":
        return "et"
    return default
