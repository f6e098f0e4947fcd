"""Detection of informal address (sina / ты) in an agent's reply."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import dictionary_lemmas, is_verb_lemma, lookup, restorations, ru_parse
from .names import is_first_name
from .normalize import fold, tokenize_cached
from .phrases import Match
from .vocative import vocative_name

__all__ = ["find_informal_address", "is_informal_word"]

# "sinna" (there) and "sina-" compounds are not address; "SA" in capitals is an abbreviation.
_ET_PRONOUNS = frozenset(
    "sina sa sinu su sind sulle sinule sul sinul sult sinult sinus sinust sinusse sinuga sinuni "
    "sinuna sinuks sinuta sinagi sagi sulgi sinugi".split()
)
# Frequent 2sg present verbs, accepted even though some are homographs of rare nouns
# ("võid" = butters, "pead" = heads).
_ET_VERBS_2SG = frozenset("saad oled soovid pead void tahad tead naed utled vajad oskad".split())
# Homographs that are more often something else: plural nouns, 3pl/2sg past ("said").
_ET_NOT_2SG = frozenset("said teed sead tood lood jood kood need teid meid neid head kuid vaid".split())
# Clause-initial words after which a bare verb stem is an imperative ("Palun oota").
_IMPERATIVE_LEAD = frozenset("palun nuud no lihtsalt kohe siis ja ning aga ara jah jaa nii okei selge".split())
_PAUSE_FILLERS = frozenset("ee eee eeh oo ooo mm mmm hmm".split())  # folded: "öö" is "oo"
_CLAUSE_PUNCT = frozenset(".!?…,;:–—(\"«“")
_QUOTES = frozenset("\"'«»“”„")
# Irregular or noun-homograph singular imperatives ("kuule" = listen/hey: "kuul" is also a bullet)
_ET_IRREGULAR_IMPERATIVES = frozenset("mine tule ole kuule kuula vaata oota motle utle".split())  # folded
_RU_PRONOUNS = frozenset(
    "ты тебя тебе тобой тобою твой твоя твое твои твоего твоей твоим твоих твоему твою твоими твоем "
    "твоею здравствуй".split()
)


@lru_cache(maxsize=50_000)
def _et_is_2sg_verb(word: str) -> bool:
    """Present-tense 2nd person singular verb ("saad", "soovid", "kasutad")?"""
    low = word.lower()
    norm = fold(low)
    if len(norm) < 3 or not norm.endswith("d") or norm in _ET_NOT_2SG:
        return False
    if norm in _ET_VERBS_2SG:
        return True
    if norm.endswith(("sid", "ksid", "nud", "tud", "dud")):
        return False  # past / conditional (also 3pl) and participles
    readings = dictionary_lemmas(low, "et")
    if not readings or not all(is_verb_lemma(lemma) for lemma in readings):
        return False  # unknown, or some reading is a noun/adjective ("pensionid", "tööd" typed "tood")
    first_sg = low[:-1] + "n"
    verb = lookup(first_sg, "et")
    if verb is None or verb not in readings:
        return False
    # plural nominative of a noun: the stem without -d is a noun form ("sead" -> "sea" -> siga)
    stem = lookup(low[:-1], "et")
    return stem is None or is_verb_lemma(stem)


@lru_cache(maxsize=50_000)
def et_is_imperative_2sg(word: str) -> bool:
    """Bare verb stem used as a singular imperative ("oota", "ütle", "vaata", "kasuta").

    The form equals the 1sg present without -n and the word itself is only that verb
    (surface lookup, no diacritic restoration: "tee" = road, "anna" = a name are skipped).
    Only meaningful at the start of a clause (checked by the caller).
    """
    low = word.lower()
    if fold(low) in _ET_IRREGULAR_IMPERATIVES:
        return True
    if len(low) < 3 or not low.isalpha() or low.endswith(("n", "d", "ge", "ke", "me", "te")):
        return False
    if _et_stem_is_imperative(low):
        return True
    # typed without diacritics ("vota" = võta, "naita" = näita): an unknown word whose only known restoration is one
    if low != fold(low) or lookup(low, "et") is not None:
        return False
    known = [r for r in restorations(low) if r != low and lookup(r, "et") is not None]
    return len(known) == 1 and _et_stem_is_imperative(known[0])


def _et_stem_is_imperative(low: str) -> bool:
    verb = lookup(low + "n", "et")
    # the 3sg present from the same stem too ("ootab"): "oli"/"jäi" + "n" is a past tense ("olin")
    return verb is not None and is_verb_lemma(verb) and lookup(low, "et") == verb \
        and lookup(low + "b", "et") == verb


# a finite copula or negation right after a clause's first word: "Puudu ei ole midagi", "Vaja on tõendit"
_COPULA_NEXT = frozenset("on ei pole oli polnud oleks olnud".split())


def _predicative(tokens, i: int) -> bool:
    """The word is a predicative (adverb, adjective: "puudu", "vaja"), not an imperative: a finite copula or
    negation follows it at once, and an imperative clause has no second finite verb. The irregular
    imperatives ("oota on veel üks asi") are never predicatives."""
    if fold(tokens[i].text.lower()) in _ET_IRREGULAR_IMPERATIVES:
        return False
    return i + 1 < len(tokens) and tokens[i + 1].is_word and tokens[i + 1].norm in _COPULA_NEXT


_MOMENT = frozenset("uks hetk hetke hetkeks hetkeke natuke natukene veidi korraks minut minutike sekund".split())


def _wait_a_moment(tokens, i: int) -> bool:
    """"oota üks hetk", "vaata korraks": a singular imperative with a moment after it (not "ei oota")."""
    if tokens[i].norm not in ("oota", "vaata", "kuula"):
        return False
    nxt = next((t.norm for t in tokens[i + 1:i + 3] if t.is_word), "")
    prev = next((t.norm for t in reversed(tokens[max(0, i - 2):i]) if t.is_word), "")
    return nxt in _MOMENT and prev not in ("ei", "ega", "ara")


# the attention imperatives ("look", "listen") said as a marker before a new clause in speech: "nii vaata see on nii
# et ...", "kuule asi on selles et ..." (blind round 15), wherever they stand; not "ma ei vaata", "ma vaatan"
_ATTENTION = frozenset("vaata kuule kuula".split())
_CLAUSE_OPENERS = frozenset("see asi nuud siin seal et need tal teil mul meil".split())
_NOT_ATTENTION_BEFORE = frozenset("ei ega ma mina ta tema nad nemad kes mis mida".split())


def _attention_marker(tokens, i: int) -> bool:
    """"vaata see on nii", "kuule asi on selles": an attention imperative before a new clause (its subject or "et"
    right after it), not after a subject or a negation ("ma ei vaata see ...")."""
    if tokens[i].norm not in _ATTENTION or i + 1 >= len(tokens) or not tokens[i + 1].is_word:
        return False
    prev = next((t.norm for t in reversed(tokens[max(0, i - 1):i]) if t.is_word), "")
    return tokens[i + 1].norm in _CLAUSE_OPENERS and prev not in _NOT_ATTENTION_BEFORE


_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_RU_ABBREVIATIONS = frozenset("см ср".split())  # «см. сайт», «ср. п. 3»: see, compare; impersonal reference marks


def _ru_abbreviation(tokens, i: int) -> bool:
    """«см.» written with its full stop is the reference abbreviation, not the imperative «смотри»."""
    return tokens[i].norm in _RU_ABBREVIATIONS and i + 1 < len(tokens) and tokens[i + 1].text == "."


# words that make a clause's opening no fronted object: subject pronouns, negation, conjunctions
_NOT_OBJECT = frozenset("ma mina sa sina ta tema me meie te teie nad nemad see need ei ega kui et kas ja ning aga "
                        "voi siis nii".split())


def _after_fronted_object(tokens, i: int) -> bool:
    """A singular imperative after a fronted object ("Otsust ennast vaata ...", "Avaldust täida ..."): the verb is
    the second or third word of its clause, in lower case (not a name: "Räägin Helju Kasega"), the words before it
    are capitalised-first (or open a sentence of an all-lower-case text) non-verbs (no subject, no negation, no conjunction), and it takes a complement after it."""
    if not tokens[i].text.islower() or not et_is_imperative_2sg(tokens[i].text):
        return False
    words, j = [], i - 1
    while j >= 0 and tokens[j].is_word:
        words.append(tokens[j])
        j -= 1
    if j >= 0 and tokens[j].text not in _CLAUSE_PUNCT:
        return False
    # a text typed all in lower case has no capitals: a sentence start (after ".", or the text's start) counts,
    # but a lower-case name is no verb there ("tere sotsiaalkindlustusamet liisi kuuleb")
    opening = words[-1].text[:1].isupper() if words else False
    if words and not opening and not any(t.text != t.text.lower() for t in tokens):
        opening = (j < 0 or tokens[j].text in ".!?…") and not is_first_name(tokens[i].text)
    if not 1 <= len(words) <= 2 or not opening:
        return False
    if any(w.norm in _NOT_OBJECT or w.norm in _IMPERATIVE_LEAD for w in words):
        return False
    if any((lem := lookup(w.text.lower(), "et")) is not None and is_verb_lemma(lem) for w in words):
        return False
    return i + 1 < len(tokens) and tokens[i + 1].is_word


def _formal_context(tokens, i: int, lang: str) -> bool:
    """The word is part of an idiom or has a formal subject right before it ("Вы ... перешли",
    "sina peal" = on first-name terms with)."""
    before, after = tokens[i - 1].text if i else "", tokens[i + 1].text if i + 1 < len(tokens) else ""
    if before in _QUOTES and after in _QUOTES:
        return True  # a mention, not a use: 'на «ты»', '„sina“'
    if lang == "et":
        nxt = next((t.norm for t in tokens[i + 1:i + 2] if t.is_word), "")
        return tokens[i].norm == "sina" and nxt in {"peal", "peale"}
    words = [t.norm for t in tokens[max(0, i - 3):i] if t.is_word][-2:]
    return "вы" in words and tokens[i].norm not in _RU_PRONOUNS


def _clause_initial(tokens, i: int) -> bool:
    j = i - 1
    if j < 0:
        return True
    prev = tokens[j]
    if not prev.is_word:
        return prev.text in _CLAUSE_PUNCT
    if prev.norm in _PAUSE_FILLERS:
        return True  # speech: "... on ee oota ma vaatan": the hesitation is a pause, a new clause starts
    if tokens[i].norm not in ("vaja", "tarvis") and prev.norm not in ("ole", "olnud") and (
            (j > 0 and tokens[j - 1].norm == "ei")
            or (j > 1 and tokens[j - 2].norm == "ei" and prev.norm.endswith(("da", "ta")))):
        return True  # "ma ei tea uuri ise", "ei oska öelda vaata ...": the negated verb ends its clause
    return prev.norm in _IMPERATIVE_LEAD and _clause_initial(tokens, j)


def _ru_informal_parse(parse) -> bool:
    tag = parse.tag
    if tag.POS == "INTJ":
        return True  # "слушай" as an interjection is still informal
    return tag.POS == "VERB" and "sing" in tag and ("2per" in tag or ("impr" in tag and "excl" in tag))


@lru_cache(maxsize=50_000)
def _ru_is_informal(word: str) -> bool:
    """ты-forms, and verbs whose every likely reading (score >= 0.2) is 2sg or a singular
    imperative ("можешь", "скажи"); "пришли"/"перешли" (also past plural) and words
    pymorphy3 only guesses ("айди") are skipped."""
    low = word.lower()
    if fold(low) in _RU_PRONOUNS:
        return True
    parses = ru_parse(low)
    if not parses or not parses[0].is_known or parses[0].tag.POS != "VERB":
        return False
    # when pymorphy3 spreads its score thinly ("заходите": six plural readings at 0.17) all readings count
    likely = [p for p in parses if p.score >= 0.2] or parses
    return all(_ru_informal_parse(p) for p in likely)


_RU_GENERIC_LEADS = frozenset("когда если пока".split())
# a new main clause after the generic one addresses someone again («... когда ждёшь, но можешь позвонить»)
_RU_CLAUSE_BREAKS = frozenset("но а зато однако поэтому".split())
_SENTENCE_END = frozenset(".!?…;")


# set phrases in the generalised second person, said of anyone (not to the client): «ничего не поделаешь», «что
# (тут) поделаешь», «(никуда) не денешься», «куда денешься»
_RU_IDIOM_VERBS = {"поделаешь": ("ничего не", "что", "что тут", "тут ничего не", "ничего тут не"),
                   "денешься": ("никуда не", "куда", "куда тут", "тут никуда не")}


def _ru_generic_idiom(tokens, i: int) -> bool:
    """Is the 2sg verb the end of a set phrase said of anyone («ничего не поделаешь»)?"""
    leads = _RU_IDIOM_VERBS.get(fold(tokens[i].text.lower()))
    if not leads:
        return False
    before = [t.norm for t in tokens[max(0, i - 8):i] if t.is_word]
    return any(before[-len(lead.split()):] == lead.split() for lead in leads)


def _ru_predicative(word: str) -> bool:
    """«тяжело», «обидно», «жаль»: a state word that heads an impersonal sentence."""
    return any(p.tag.POS == "PRED" or "Prdx" in p.tag for p in ru_parse(word.lower())[:2])


def _ru_generic_you(tokens, i: int) -> bool:
    """A 2sg indicative verb in the generalised second person («Тяжело, когда ждёшь ответа»: anyone, not the
    client): inside a когда/если clause that follows an impersonal state word, with no ты-form in the sentence.
    An imperative or a verb in a new main clause after «но»/«а» still addresses the client."""
    if fold(tokens[i].text.lower()) in _RU_PRONOUNS or any(
            "impr" in p.tag for p in ru_parse(tokens[i].text.lower()) if p.score >= 0.2):
        return False
    start = i
    while start > 0 and tokens[start - 1].text not in _SENTENCE_END:
        start -= 1
    end = i
    while end < len(tokens) and tokens[end].text not in _SENTENCE_END:
        end += 1
    if any(t.is_word and fold(t.text.lower()) in _RU_PRONOUNS for t in tokens[start:end]):
        return False
    words = [k for k in range(start, i) if tokens[k].is_word]
    for n, k in enumerate(words):
        if tokens[k].norm in _RU_GENERIC_LEADS and n > 0 and _ru_predicative(tokens[words[n - 1]].text):
            return not any(tokens[w].norm in _RU_CLAUSE_BREAKS for w in words[n + 1:])
    return False


@lru_cache(maxsize=50_000)
def _et_past_2sg_or_3pl(word: str) -> bool:
    """A simple past in -id that is 2sg and 3pl alike ("pidid", "jäid": "sa pidid" / "tingimused pidid"): its
    stem is the verb's 3sg past ("pidi", "jäi"), not a present stem (no "pidib" beside it, as "soovib" is
    beside "soovid")."""
    low = word.lower()
    if not fold(low).endswith("id") or len(low) < 4:
        return False
    verb = lookup(low, "et")
    return verb is not None and is_verb_lemma(verb) and lookup(low[:-1], "et") == verb \
        and lookup(low[:-1] + "b", "et") != verb


_ET_PLURAL_PRONOUNS = frozenset("nad nemad need".split())
_ET_NOT_PLURAL = frozenset("te teid teie meid neid kuid vaid ehk".split())
_SUBJECT_WINDOW = 4


def _plural_subject_before(tokens, i: int) -> bool:
    """Is there a plural subject ("tingimused", "piirangud", "nad") among the few words before the verb in its
    clause, and no "sa"/"sina"? Then a past in -id is its 3pl ("tingimused pidid olema täidetud"). A relative
    "mis"/"kes" opening the clause stands for the word before it: after a plural noun ("dokumendid, mis Teie
    arvates jäid arvestamata") the past is its 3pl too."""
    words, j = [], i - 1
    while j >= 0 and len(words) < _SUBJECT_WINDOW:
        tok = tokens[j]
        if not tok.is_word:
            if tok.text in _CLAUSE_PUNCT:
                break
        else:
            words.append(tok)
        j -= 1
    if any(w.norm in _ET_PRONOUNS for w in words):
        return False
    if any(_plural_noun(w) for w in words):
        return True
    relative = next((w for w in words if w.norm in _ET_RELATIVES), None)
    if relative is not None:
        # the relative stands for the word before it (a comma between, or none in fast typing and speech)
        r = tokens.index(relative)
        k = r - 1
        if k >= 0 and not tokens[k].is_word and tokens[k].text == ",":
            k -= 1
        if k < 0 or not tokens[k].is_word:
            return False
        if tokens[k].norm in _POSTPOSITIONS:
            # "nende kuude eest, mis jäid vahele": the antecedent is the noun the postposition governs
            return k > 0 and tokens[k - 1].is_word and _genitive_plural(tokens[k - 1])
        return (_plural_noun(tokens[k]) or _genitive_plural(tokens[k])) \
            and tokens[k].text.lower() not in dictionary_lemmas(tokens[k].text.lower(), "et")  # not "tõend"
    return False


# postpositions after a genitive ("kuude eest", "päevade kohta"); folded
_POSTPOSITIONS = frozenset("eest kohta jaoks parast jarel ajal sees puhul tottu ule alla juures asemel kestel".split())


def _genitive_plural(w) -> bool:
    """Is the word a genitive plural noun ("kuude", "päevade", "aastate"): -de/-te, not the lemma itself, no verb
    reading? Blind round 22 (k6-et-chat-06): "ka nende kuude eest, mis jäid vahele" is a 3pl past."""
    if len(w.norm) < 5 or not w.norm.endswith(("de", "te")):
        return False
    readings = dictionary_lemmas(w.text.lower(), "et")
    return bool(readings) and w.text.lower() not in readings and not any(is_verb_lemma(lemma) for lemma in readings)


_ET_RELATIVES = frozenset("mis kes".split())


def _plural_noun(w) -> bool:
    """Is the word a plural subject: "nad", "need", or a nominative plural in -d with no verb reading?"""
    if w.norm in _ET_PLURAL_PRONOUNS:
        return True
    if len(w.norm) < 4 or not w.norm.endswith("d") or w.norm in _ET_NOT_PLURAL:
        return False
    readings = dictionary_lemmas(w.text.lower(), "et")
    return bool(readings) and not any(is_verb_lemma(lemma) for lemma in readings)


# determiners and possessives that make a following plural noun of a 2sg homograph ("Teie soovid", "kõik soovid")
_ET_PLURAL_DETERMINERS = frozenset("koik need teie meie minu nende mitmed paljud".split())


def _et_plural_noun(tokens, i: int) -> bool:
    """Is the 2sg homograph at i the plural of a noun after its modifier ("head soovid", "parimad soovid", "Teie
    soovid": wishes, blind round 14)? The word right before it, with nothing between, is a plural determiner or a
    nominative plural adjective (-d, no verb reading), and the word without its -d is a noun form ("soovi")."""
    low = tokens[i].text.lower()
    if i == 0 or not tokens[i - 1].is_word or tokens[i - 1].end != tokens[i].start - 1:
        return False
    stem = lookup(low[:-1], "et")
    if stem is None or is_verb_lemma(stem):
        return False
    prev = tokens[i - 1]
    if prev.norm in _ET_PLURAL_DETERMINERS:
        return True
    readings = dictionary_lemmas(prev.text.lower(), "et")
    return len(prev.norm) >= 4 and prev.norm.endswith("d") and prev.norm not in _ET_NOT_PLURAL \
        and bool(readings) and not any(is_verb_lemma(lemma) for lemma in readings)


def _name_and_surname(tokens, i: int) -> bool:
    """Is the rare-verb imperative at i a first name before a surname ("jaa helju tamm nii ...", "Helju Kask"):
    the word is a first name, not one of the everyday imperatives, and the next word (right after it) is a word
    with no verb reading, or a third-person verb ("Helju kuuleb")? An agent reading back the caller's name, or
    saying their own, says no imperative ("helju" = float)."""
    if fold(tokens[i].text.lower()) in _ET_IRREGULAR_IMPERATIVES or not is_first_name(tokens[i].text) \
            or i + 1 >= len(tokens) or not tokens[i + 1].is_word or tokens[i + 1].start != tokens[i].end + 1:
        return False
    nxt = tokens[i + 1].text.lower()
    readings = dictionary_lemmas(nxt, "et")
    if not any(is_verb_lemma(lemma) for lemma in readings):
        return True
    # the name as the subject of a third-person verb: the agent's own name in the greeting ("Helju kuuleb", "Helju
    # räägib"): an imperative is followed by its object or a comma, never by a finite "-b" verb or "on" (blind
    # round 23)
    return nxt == "on" or (nxt.endswith("b") and len(nxt) > 3)


def _particle_of_negated_verb(tokens, i: int) -> bool:
    """Is "ära" at `i` the particle of the negated verb before it ("ei jää ära", "ei võeta ära"), not the
    prohibitive: in speech with no punctuation "ei <verb>" ends a clause for `_clause_initial`, yet the
    prohibitive "ära" is followed by its own verb ("ei tea ära muretse"), the particle by the next clause
    ("ei jää ära praegu on ...", blind round 24)."""
    j = i - 1
    if j < 1 or not tokens[j].is_word or tokens[j - 1].norm not in ("ei", "ega"):
        return False
    return not et_is_imperative_2sg(tokens[i + 1].text)


def is_informal_word(word: str, lang: str) -> bool:
    """Is this single word an informal (2nd person singular) form?"""
    if lang == "ru":
        return _ru_is_informal(word)
    if lang != "et":
        return False  # English has no T/V distinction
    norm = fold(word)
    if norm in _ET_PRONOUNS:
        return word != "SA"  # "SA" = sihtasutus (foundation)
    return _et_is_2sg_verb(word)


def find_informal_address(text: str, lang: str) -> list[Match]:
    """Informal address in `text`: Estonian sina/sa forms, 2sg present verbs ("saad",
    "soovid", not "saate", "said", "pensionid", "sinna") and clause-initial singular
    imperatives ("Oota hetk", "Palun ütle", "Ära muretse"; not "Oodake", "Öelge");
    Russian ты forms, 2sg verbs ("можешь") and singular imperatives ("скажи", not
    "скажите"), via pymorphy3 tags.

    Returns one Match per word (phrase = the lowercased word, negated always False).
    """
    out = []
    tokens = tokenize_cached(text)
    for i, tok in enumerate(tokens):
        if not tok.is_word or "-" in tok.text:
            continue
        # a Russian passage in an Estonian conversation (after a switch) is judged by the Russian forms
        wl = "ru" if lang == "et" and _CYRILLIC.search(tok.text) else lang
        if wl == "ru" and _ru_abbreviation(tokens, i):
            continue
        informal = is_informal_word(tok.text, wl) and not _formal_context(tokens, i, wl) \
            and not (wl == "ru" and (_ru_generic_you(tokens, i) or _ru_generic_idiom(tokens, i))) \
            and not (wl == "et" and _et_past_2sg_or_3pl(tok.text) and _plural_subject_before(tokens, i)) \
            and not (wl == "et" and _et_plural_noun(tokens, i))
        if not informal and wl == "et" and _clause_initial(tokens, i):
            if tok.norm == "ara" and i + 1 < len(tokens) and tokens[i + 1].is_word \
                    and not tokens[i + 1].norm.endswith(("tud", "dud", "nud", "tav", "dav")) \
                    and not _particle_of_negated_verb(tokens, i):
                informal = True  # "Ära muretse" (formal: "Ärge muretsege")
            else:
                informal = et_is_imperative_2sg(tok.text) and not _predicative(tokens, i) \
                    and not _name_and_surname(tokens, i) and not vocative_name(tokens, i)  # "Tere, Anu!"
        if not informal and wl == "et" and _wait_a_moment(tokens, i):
            informal = True  # "... kaks seitse kolm oota üks hetk": the imperative wherever it stands
        if not informal and wl == "et" and _attention_marker(tokens, i):
            informal = True  # "nii vaata see on nii et ...": "look," before a new clause in speech
        if not informal and wl == "et" and _after_fronted_object(tokens, i) and not _predicative(tokens, i):
            informal = True  # "Otsust ennast vaata iseteenindusest": the object first, then the imperative
        if informal:
            out.append(Match(tok.start, tok.end, tok.text, tok.text.lower()))
    return out
