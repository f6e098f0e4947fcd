"""Sentence breaks in real input without sentence punctuation (speech recognition, fast typing).

`speech_breaks` returns the token indexes before which `normalize_input` (spoken.py) puts a full stop
when a message has no . ! ? …: before question openers and interrogatives asking the partner, before
capitalised sentence openers, before Russian «вы» opening a new statement, and before a capitalised
Estonian common word (Estonian capitalises only names inside a sentence). Names, places, institutions
and the polite pronoun are no sentence start.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .normalize import fold
from .question_tags import TAG_ENDS, tag_closes_question
from .zero_copula import opens_this_clause

__all__ = ["SENTENCE_PUNCT", "speech_breaks"]

SENTENCE_PUNCT = re.compile(r"[.!?…]")
# requests that open a sentence as questions do ("... kahe tööpäeva jooksul öelge palun isikukood", «... в течение двух
# рабочих дней назовите пожалуйста личный код»); the politeness word, adverb or conjunction right before one goes with
# it ("... palun öelge", «... но сначала назовите»)
_REQUEST_OPENERS = {"назовите", "oelge"}
_REQUEST_LEADS = {"пожалуйста", "сначала", "сперва", "теперь", "сейчас", "тогда", "также", "ещё", "еще", "но", "а", "и",
                  "palun", "koigepealt", "enne", "nuud", "siis", "ka", "veel", "aga", "ja", "ning"}
_QUESTION_OPENERS = {"kas", "скажите", "подскажите", "уточните"} | _REQUEST_OPENERS
# a purpose or condition clause opening the sentence: the request after it is its main clause ("selleks et ma saaksin
# vaadata öelge palun isikukood", «чтобы я могла посмотреть назовите ...», «если удобно назовите ...»)
_PURPOSE = {"чтобы", "чтоб", "если", "для", "selleks", "jaoks", "kui"}
_OPENER_PAIRS = {("ehk", "siis"), ("ehk", "te"), ("то", "есть"), ("правильно", "ли"), ("правильно", "я"),
                 ("верно", "ли")}
# a recap word that opens a sentence in speech (not «итого 500 евро»: a number after it is a sum; "kokkuvõtteks" is
# matched anywhere already, and a break before it would cut pasted labels off the fragments they are glued to)
_RECAP_OPENERS = {"итого"}
_BREAK_LEADS = {"et", "aga", "ja", "ning", "no", "siis", "а", "и"}
_NO_BREAK_AFTER = {"ei", "tea", "tean", "teame", "teate", "teadsin", "teada", "kusida", "kusin", "kusite", "kusis", "uurida", "uurin", "vaatan",
                   "vaadata", "kontrollin", "kontrollida", "mote",
                   # "ka seda kas raha tuli": a demonstrative before it announces an embedded question (not
                   # "öelda": "... ei saa ma seda öelda Kas see on arusaadav" asks)
                   "seda", "sellest", "selles"}


def speech_breaks(text: str, tokens, words: list[int], norms: dict[int, str], drop: set[int]) -> set[int]:
    """Token indexes before which unpunctuated speech gets a sentence break (not right after "ei tea",
    «понимаю», "küsisin": an embedded question):

    - a question opener ("kas", «скажите», «правильно ли»; "et kas ..." breaks before "et");
    - an interrogative asking the partner ("kuidas saan ...", "mida te ...", «чем могу ...», «как вы ...»);
    - a capitalised word after a lower-case one that opens sentences: an Estonian interrogative or
      discourse opener ("Mis", "Kokkuvõtteks", "Aitäh"), or any Russian word that is no name, place or
      polite pronoun («Итак», «Спасибо», «Чем»); after a number too («116 006 Дети»);
    - a capitalised Estonian common word after a word that may end a sentence (`_common_noun`:
      "Selge Ravikindlustusega me ...", a keyword list "Hoiatus Toon Kõne lõpp");
    - Russian «вы» starting a new statement or question after a word that does not govern it
      («Поздравляю Вы мама ребёнка», «получилось Вы получаете ...»; not «если вы», «могли бы Вы»)."""
    kept = [i for i in words if i not in drop]
    if len(kept) < 2:
        return set()
    short = len(kept) < 6  # a short message breaks only before a capitalised opener ("Да какая разница До свидания")
    out = set()
    clause = 0  # where the current sentence starts (index into kept)
    for n, i in enumerate(kept):
        if n == 0:
            continue
        last = norms[kept[n - 1]]
        if last in TAG_ENDS and n - clause >= 4 and tag_closes_question(
                [norms[k] for k in kept[clause:n]], norms[i], "ru" if "\u0400" <= last[:1] <= "\u04ff" else "et"):
            out.add(i)  # "te küsite pensioni kohta eks | ma vaatan ...": the tag closed a question
            clause = n
            continue
        if short:
            if _capital_opener(tokens[i].text, tokens[kept[n - 1]].text, n == 1, _text(tokens, kept, n + 1)):
                out.add(i)
                clause = n
            continue
        norm = norms[i]
        nxt = norms[kept[n + 1]] if n + 1 < len(kept) else None
        li = nxt in ("ли", "ль")  # «ответила ли я ...» opens a question
        prev = norms[kept[n - 1]]
        asking = norm in _ASKING and nxt in _ASKED
        if norm == "kas" and prev not in _BREAK_LEADS | _PARTICLE_LEADS and _either_or(
                [norms[k] for k in kept[n + 1:n + 8]], [tokens[k].text for k in kept[n + 1:n + 8]]):
            continue  # "volikiri kas digiallkirjaga või paberil": either ... or, no question
        if norm == "kas" and n - clause >= 3 and tuple(norms[k] for k in kept[n + 1:]) in _SO_TAG_TAILS:
            continue  # "... ja te tahate teada miks kas nii": the tag closes the check, it opens no question
        request = _request_start(norms, kept, clause, n) if norm in _REQUEST_OPENERS else None
        if (norm in _QUESTION_OPENERS and norm not in _REQUEST_OPENERS) or request is not None \
                or (norm, nxt) in _OPENER_PAIRS or li or asking:
            first = request if request is not None else n - 1 if prev in _BREAK_LEADS else n
            capital = tokens[kept[first]].text[:1].isupper()  # "Siis ma tean Kas ma saaksin ...": a new one
            # an imperative («подскажите», «уточните») is never embedded: «я вас вижу подскажите ...» breaks
            imperative = norm in _IMPERATIVE_OPENERS and (nxt in _IMPERATIVE_NEXT or nxt in _ASKING)
            if first == 0 or (not capital and not imperative and (
                    norms[kept[first - 1]] in _NO_BREAK_AFTER or (
                        asking and first > 1 and norms[kept[first - 2]] in _NO_BREAK_AFTER))):
                continue  # "vaatan kohe kus Teie kiri on": an embedded question
            out.add(kept[first])
            clause = first
        elif norm in _RECAP_OPENERS and n - clause >= 3 and nxt is not None and not nxt[:1].isdigit():
            out.add(i)  # «... обещать за россию не могу итого пенсия снова идет ...»: the recap opens a sentence
            clause = n
        elif _capital_opener(tokens[i].text, tokens[kept[n - 1]].text, n == 1, _text(tokens, kept, n + 1)):
            out.add(i)
            clause = n
        elif n - clause >= 3 and ((norm in _RU_ALT_LEADS and nxt in _RU_YOU_ASKED and _alternative_to_you(
                [norms[k] for k in kept[n + 1:n + 12]])) or (
                norm in _RU_YOU_ASKED and prev not in _NOT_BEFORE_YOU | _RU_ALT_LEADS
                and _alternative_to_you([norms[k] for k in kept[n:n + 11]]))):
            out.add(i)  # «... давайте разберёмся а вы хотите оспорить решение или ...», «... говорить вас интересует ... или ...»
            clause = n
        elif norm == "это" and n - clause >= 2 and opens_this_clause(prev, nxt):
            out.add(i)  # «... данные мамы сказать не могу это защита персональных данных ...» (new-user batch 47)
            clause = n
        elif nxt is not None and prev not in _NOT_BEFORE_YOU and (
                norm == "вы" or (norm in _RU_POLITE and _is_name(tokens[kept[n - 1]].text))):
            out.add(i)  # «... получилось Вы получаете ...», «меня зовут Ольга Вам нужна справка ...»
            clause = n
    tag = _trailing_check(kept, norms, clause)
    if tag is not None:
        out.add(tag)
    return out


# a check word that closes a spoken reply: «... у вас 24,60 понятно», "... siis helistage uuesti ok" (the "?" that
# intonation gave is lost in the transcript; new-user batch 40)
_TRAILING_CHECKS = frozenset("понятно ясно selge arusaadav ok okei okey".split())
_TRAILING_MIN_WORDS = 4


def _trailing_check(kept: list[int], norms: dict[int, str], clause: int) -> int | None:
    """The token index of a check word closing the message (see `_TRAILING_CHECKS`), which starts a sentence of its
    own after a statement of four words or more; None if the message ends otherwise, or when the word is the
    predicate of the clause before it: after "kas" (a question already), a copula or another word that governs it,
    also across adverbs and the one it is clear to ("see on ju igale lapsele selge", «это мне теперь тоже понятно»,
    «всё понятно»)."""
    if not kept or norms[kept[-1]] not in _TRAILING_CHECKS:
        return None
    before = [norms[k] for k in kept[clause:-1]]
    if len(before) < _TRAILING_MIN_WORDS or _governed(before):
        return None
    return kept[-1]


def _governed(before: list[str]) -> bool:
    """Does a word that makes the check word its predicate come last, past adverbs and experiencers (`_governed`)?"""
    for word in reversed(before[-5:]):
        if word in _TAG_GOVERNORS or word in _EXPERIENCERS:
            return True
        if word not in _TAG_ADVERBS and not (word.endswith("le") and not word[:1].isdigit()):
            return False  # an allative ("igale lapsele") says to whom it is clear
    return False


# words after which the check word is part of their clause: a copula, a verb or particle that governs it
_TAG_GOVERNORS = frozenset("""kas on oli pole ei see nii kui et ja koik teile teil
    это так как что и не все всё вам было будет стало""".split())
# who the check word's state is about: «мне понятно», "mulle on selge" (not the client asked: «вам понятно» is a check)
_EXPERIENCERS = frozenset("mulle mul meile meil мне нам всем каждому ему ей им".split())
# adverbs between the governing word and the check word: «это мне теперь тоже понятно», "on ju täiesti selge"
_TAG_ADVERBS = frozenset("""ju ka nuud juba taiesti vaga ikka just
    же ведь уже совсем очень вполне тоже также теперь и так""".split())


# imperatives that open a question: after a verb of seeing or knowing they still start a new sentence
# (followed by «пожалуйста» or the question: not a bare «уточните» read out in a chain of cue words)
_IMPERATIVE_OPENERS = frozenset({"скажите", "подскажите", "уточните"})
_IMPERATIVE_NEXT = frozenset({"пожалуйста", "а", "мне", "нам", "ли"})
# a conjunction before an alternative question to the client («а вы хотите A или B»)
_RU_ALT_LEADS = frozenset({"а", "и", "но"})


_RU_YOU_ASKED = frozenset({"вы", "вас", "вам"})


def _alternative_to_you(after: list[str]) -> bool:
    """Does «вы»/«вас»/«вам» open an alternative question: a verb right after it («вы хотите», «вас интересует»,
    «вам нужно») and «или» within the next ten words («а вы хотите оспорить это решение или сначала понять
    ...»)? Said after a clause of the agent's own, it starts a new sentence; «а вы подождите» does not."""
    return len(after) >= 4 and _has_verb([after[1]]) and "или" in after[2:11]


# words that make "kas ..." a question before "või": a pronoun or a finite verb ("kas te soovite ... või ...")
_PRONOUNS = frozenset("te teie teil teile teid ma mina mul mulle sa sina ta tema tal see seda".split())
_CLAUSE_WORDS = _PRONOUNS | frozenset("""on oli ole olete oleks saab saate saan saaksin soovite soovid tahate tahad
    oskate peab pean peate voib voite voin sobib tuleb laheb kaib jaab onnestub""".split())


# what follows "kas" when it only closes the message as a tag ("..., kas nii?", "..., kas on nii?", "..., kas õige?"):
# said after a statement of three words or more it asks whether the statement holds (blind round 27)
_SO_TAG_TAILS = frozenset({("nii",), ("on", "nii"), ("oige",)})


# after these "kas A või B" asks which ("jah kas pension või toetus")
_PARTICLE_LEADS = frozenset("jah jaa selge nii okei ok hea hasti tere aitah mhm".split())


def _either_or(after: list[str], texts: list[str]) -> bool:
    """Estonian "kas A või B" as "either A or B": "või" within four words, no pronoun or finite verb between
    ("kas digiallkirjaga või paberil", "kas kela või notar"), unlike "kas te soovite ... või ...", and no verb
    right after the alternatives ("kas pension või toetus jäi tulemata" asks)."""
    if "voi" not in after[:4]:
        return False
    k = after.index("voi")
    if any(w in _CLAUSE_WORDS for w in after[:k]):
        return False
    if k + 2 >= len(after):
        return True
    nxt = after[k + 2]
    return not (nxt in _CLAUSE_WORDS and nxt not in _PRONOUNS) and not (
        nxt not in _PRONOUNS and _verb_form(texts[k + 2].lower()))


def _request_start(norms: dict[int, str], kept: list[int], clause: int, n: int) -> int | None:
    """Where a sentence opened by the request at ``kept[n]`` ("öelge", «назовите») starts, with the politeness word,
    adverb or conjunction before it ("palun", «но сначала»), or None when the request goes on the sentence so far:
    the main clause of a purpose or condition clause («чтобы я могла посмотреть ...», "selleks et ..."), after
    fewer than three words ("muidugi öelge number"), or after a lead-in with a verb and no tag ("ma pean teid
    tuvastama palun öelge isikukood", the identification act)."""
    if any(norms[k] in _PURPOSE for k in kept[clause:clause + 3]):
        return None
    first = n
    while first > 0 and norms[kept[first - 1]] in _REQUEST_LEADS:
        first -= 1
    before = [norms[k] for k in kept[clause:first]]
    if len(before) >= 2 and before[-2] in _STEP_WORDS:
        return None  # "... etapp tuvastamine palun öelge isikukood": the request is the named step read out
    if len(before) < 3 or (before[-1] not in _CHECK_TAGS and _has_verb(before)):
        return None  # "muidugi öelge number": a word or two lead into the request
    return first


# a checklist's step label right before a request ("etapp tuvastamine", «этап идентификация»): one read-out sentence
_STEP_WORDS = {"etapp", "samm", "этап", "шаг"}
# a tag that closes a check: the request after it is a new sentence («... пенсия не пришла пятого да назовите ...»)
_CHECK_TAGS = {"да", "верно", "правильно", "jah", "eks", "eksole", "onju"}
_RU_PREDICATIVES = {"нужно", "надо", "можно", "нельзя", "необходимо"}


def _has_verb(words: list[str]) -> bool:
    """Has a clause (folded words) a verb: a Russian verb, infinitive, short participle or a predicative
    («нужно»), an Estonian word all of whose dictionary readings are verbs? A request after a clause without one
    (an elliptical answer: «в течение двух рабочих дней», "kolme tööpäeva jooksul") starts a sentence of its own."""
    from .lexicon import dictionary_lemmas, is_verb_lemma, ru_parse

    for word in words:
        if "\u0400" <= word[:1] <= "\u04ff":
            parses = ru_parse(word)
            if word in _RU_PREDICATIVES or (parses and parses[0].tag.POS in ("VERB", "INFN", "PRTS")):
                return True
        else:
            readings = dictionary_lemmas(word, "et")
            if readings and all(is_verb_lemma(lemma) for lemma in readings):
                return True
    return False


@lru_cache(maxsize=4096)
def _verb_form(word: str) -> bool:
    from .lexicon import dictionary_lemmas, is_verb_lemma

    return any(is_verb_lemma(lemma) for lemma in dictionary_lemmas(word, "et"))


def _text(tokens, kept: list[int], n: int) -> str:
    return tokens[kept[n]].text if n < len(kept) else ""


# interrogatives that ask the partner when an addressee or a modal follows ("kuidas saan", «чем могу»)
_ASKING = frozenset("""kuidas mis mida millega millest mille millal miks kus kuhu kust mitu milline millist
    millised чем когда где куда сколько почему зачем какой какая какое какие каким какую""".split())
_ASKED = frozenset("""te teie teil teile teid saan saaksin voin voiksin soovite saate oleks saab
    вы вас вам ваш ваша ваше ваши могу можем я мне у""".split())
_ET_CAPITAL_OPENERS = frozenset("""kas mis mida mille millega millest millal miks kuidas kus kuhu kust kes keda
    kellele mitu milline millist millised nii niisiis seega kokkuvotteks kokkuvottes tahendab ehk aitah tanan
    palun vabandust vabandage selge jah muidugi kahjuks kui moistan arge ma mina me meie meil meile mul minu
    see seda need nad tema ta praegu nuud tana homme et ja aga""".split())
_RU_POLITE = frozenset("вы вас вам вами ваш ваша ваше ваши вашего вашей вашему вашим вашу ваших вашими".split())
# words after which «вы» continues the sentence: conjunctions, prepositions, particles, modals, verbs of
# knowing and saying, relative pronouns («выплата, которую вы ждали»: blind round 24)
_NOT_BEFORE_YOU = frozenset("""что чтобы если когда как то и а но или ли бы же тогда где куда пока раз значит
    потому поэтому так также тоже уже ещё еще может можете могли могу можно нужно надо ведь вот именно
    разве неужели для у от к с о об по при до без после перед через за на в из знаю слышу
    думаю надеюсь считаю прошу сказали говорите спасибо благодарю да нет
    почему зачем откуда отчего кто кого кому кем чем сколько какой какая какое какие
    который которая которое которые которую которого которой котором которым которыми которых""".split())
_NO_BREAK_AFTER |= frozenset("""понимаю понимаем знаю знаем вижу слышу объясню расскажу уточню посмотрю
    проверю спросили спрашиваете интересует сказали узнать знать понять представляю""".split())


def _is_person(word: str) -> bool:
    """A first name, a Russian surname («Смирновой») or a Russian place name («в Германию»): a sentence may
    end with it."""
    from .lexicon import ru_parse
    from .names import is_first_name, is_surname

    if is_first_name(word) or is_surname(word):
        return True
    parses = ru_parse(word.lower())
    return bool(parses) and "Geox" in parses[0].tag


def _is_name(word: str) -> bool:
    from .names import is_first_name

    return word[:1].isupper() and is_first_name(word)


_RU_ONE_LETTER = frozenset("Я В С К У О И А".split())
# nouns (folded stems) that head the name of an institution or union after a capitalised adjective
_RU_INSTITUTION_HEADS = tuple("союз центр департамент касс служб фонд совет банк министерств агентств инспекц управлени "
                              "комисси".split())


def _capital_opener(word: str, previous: str, first: bool = False, following: str = "") -> bool:
    """A capitalised word after a lower-case one or a number (or after the message's first word, `first`:
    "Понимаю Тогда ...", or after a person's name: «... с Ириной Смирновой Вижу решение») that opens a
    sentence (see `speech_breaks`); an Estonian common word after any word that may end one (`_common_noun`)."""
    after = previous[:1].islower() or previous[:1].isdigit() or (  # «... 116 006 Дети 116 111 Итак»
        previous[:1].isupper() and not previous.isupper() and (
            first or _is_person(previous) or fold(previous).startswith(_RU_INSTITUTION_HEADS)))
    if word in _RU_ONE_LETTER:  # «Я», and a one-letter preposition or conjunction: «... рядом В общем же ...»
        return after
    if len(word) < 2 or not word[0].isupper() or word.isupper():
        return False
    if not after:  # "Hoiatus Toon", "Tallinnas Koduhooldusega": see _common_noun
        return not "\u0400" <= word[:1] <= "\u04ff" and _common_noun(word, previous)
    norm = fold(word)
    if "\u0400" <= norm[:1] <= "\u04ff":
        if norm in _RU_POLITE:
            return False
        from .lexicon import ru_parse

        parses = ru_parse(norm)
        if parses and parses[0].tag.POS == "ADJF" and fold(following).startswith(_RU_INSTITUTION_HEADS):
            return False  # the first word of a name: «в страны Европейского союза», «Пенсионный центр»
        if norm.startswith(_RU_INSTITUTION_HEADS) and parses and parses[0].tag.case not in (None, "nomn"):
            return False  # an institution's name inside a sentence: «задачи Департамента», «в Кассу по безработице»
        return bool(parses) and parses[0].is_known and not any(
            tag in parses[0].tag for tag in ("Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Trad"))
    if norm in _ET_CAPITAL_OPENERS:
        return True
    # a capitalised personal verb form: "Vaatan ...", "Rääkige ...", "Saate ..." (1sg, 1pl, 2pl, imperative)
    if norm.endswith(("n", "me", "te", "ge", "ke")) and len(norm) > 3:
        from .lexicon import dictionary_lemmas, is_verb_lemma

        found = dictionary_lemmas(word.lower(), "et")
        if found and all(is_verb_lemma(lemma) for lemma in found):
            return True
    return _common_noun(word, previous)


# heads of institution names, written with a capital inside a sentence ("helistage Töötukassasse")
_INSTITUTION_HEADS = ("amet", "kassa", "keskus", "register", "portaal", "inspektsioon", "ministeerium", "kogu")
# words a sentence does not end with: conjunctions, "oma", the polite pronoun ("Teie Pension")
_NO_END = frozenset("""ja ning voi ega ehk et kui nagu oma te teie teid teil teile teilt proua harra preili pr hr
    spetsialist konsultant doktor dr""".split())
_LOCAL_CASE = ("s", "st", "sse", "l", "lt", "le")


def _common_noun(word: str, previous: str) -> bool:
    """A capitalised Estonian common word ("Koduhooldusega", "Ravikindlustusega", "Toon") after a word
    that ends a sentence: Estonian capitalises only names inside a sentence, so typed text without
    punctuation starts a sentence there ("... elab Tallinnas Koduhooldusega tegeleb ...", "Selge
    Ravikindlustusega me ...", "Hoiatus Toon Kõne lõpp"). No break before names and places (capitalised
    lemmas: "Tallinnas", "Euroopa"), the polite pronoun ("Teie", "Teile") or institutions ("Töötukassa",
    "Tolliamet") or words the dictionary also reads as a name ("Tamm", "Soome"); none after a first name
    ("Kersti Mägi"), a title ("proua Lepp"), a conjunction or a place in a non-local case ("Euroopa Liidu")."""
    low, prev = word.lower(), fold(previous)
    if len(low) < 3 or not low.isalpha() or prev in _NO_END or not _common(low) or _name_or_place(previous) \
            or _name_or_place(word) or _proper_reading(word):
        return False
    if previous[:1].isupper() and not previous.isupper() and not _common(previous.lower()):
        return prev.endswith(_LOCAL_CASE) and _name_or_place(previous, inflected=True)  # "Tallinnas Kodu..."
    return True


@lru_cache(maxsize=20_000)
def _common(low: str) -> bool:
    """Is the lower-case word an ordinary Estonian word (a known lemma in lower case, or an unknown compound
    with a known tail: "koduhooldusega"), no pronoun and no institution?"""
    from .lexicon import PRONOUN_LEMMAS, decompose, dictionary_lemmas

    found = dictionary_lemmas(low, "et")
    if not found:
        compound = decompose(fold(low))
        found = frozenset({compound}) if compound else frozenset()
    return bool(found) and all(lemma.islower() and lemma not in PRONOUN_LEMMAS["et"] and lemma != "sina"
                               and not fold(lemma).endswith(_INSTITUTION_HEADS) for lemma in found)


@lru_cache(maxsize=20_000)
def _name_or_place(word: str, inflected: bool = False) -> bool:
    """A first name, or (with `inflected`) an inflected form of a capitalised lemma ("Tallinnas")."""
    from .lexicon import dictionary_lemmas
    from .names import is_first_name

    if not inflected:
        return is_first_name(word)
    found = dictionary_lemmas(word.lower(), "et")
    return bool(found) and any(lemma[:1].isupper() and fold(lemma) != fold(word) for lemma in found)


@lru_cache(maxsize=20_000)
def _proper_reading(word: str) -> bool:
    """Does the dictionary read the capitalised form as a name or place ("Tamm", "Kask", "Soome", "Liidu")?"""
    from .lexicon import dictionary

    d = dictionary("et")
    lemma = d.get(word) if d is not None else None
    return bool(lemma) and lemma[:1].isupper()
