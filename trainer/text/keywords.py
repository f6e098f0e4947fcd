"""Keyword lists versus elliptical answers: verbless text that lists topics, and verbless text that answers.

A keyword list names topics side by side, each a bare word in its dictionary form: "Süsteem maas.
Tagasihelistamine. Iseteenindus.", "susteem maas tagasihelistamine iseteenindus kokkuvotteks",
"Vaie – 30 päeva – iseteenindus – kokkuvõte.", «система сбой обратный звонок самообслуживание итог».
An elliptical answer has syntax without a verb: its words are inflected for the question they answer
("digiallkirjaga e-postiga, postiga või klienditeeninduses" answers "how?"), joined by a conjunction
or a preposition («с цифровой подписью по почте или в бюро обслуживания»), or state a value («С апреля
702,35 €, прибавка 35,10»).

:func:`is_keyword_list` reads the fragments of a verbless reply (split at punctuation and dashes): a
reply is a list when a fragment names a bare topic (one or more words in the dictionary form, no
linker, no number) beside other fragments, or when one run-on fragment is mostly such words. Each
word's decision is cached. :func:`takes_up_question` keeps a verbless reply that answers the client's
question in its own words ("kuidas taotleda?" - "taotlemine iseteeninduses (id-kaart, mobiil-id)").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import dictionary_lemmas, ru_parse
from .normalize import fold, split_sentences_cached, tokenize_cached
from .phrases import CASE_ENDINGS, GLUED_ENDING
from .questions import is_question

__all__ = ["is_keyword_list", "copula_dash", "copula_dash_at", "takes_up_question", "takes_up_stem", "questions_in", "short_check",
           "answers_how_much", "answers_value", "table_of_sums", "answers_with_sums"]

# words that give a verbless fragment syntax: conjunctions, prepositions and postpositions ("otsus dok-de põhjal",
# "ekspertarsti hinnangu alusel": a postposition governs the word before it; new-user batch 59)
LINKERS = frozenset(
    """voi ja ning ega kuni kohta jooksul parast enne eest kaudu asemel abil jargi alates saadik koos ilma
    pohjal alusel tottu valtel
    или и либо а но с со в во на по до от у к ко за из для при через после без о об про между""".split()
)
_ET_PRONOUNS = frozenset("see too need nood mis kes teie te meie me mina ma sina sa tema ta nemad nad oma kogu".split())
# one-word questions name no topic either («Что? Когда?»)
_INTERROGATIVES = frozenset("""mis mida millal kus kuhu kust miks kes kuidas mitu kas что когда где куда откуда
    почему зачем сколько как кто какой""".split())
# a question where to turn, or how (by which channel) to do something, and the channels that answer it
# (folded text)
_WHERE = re.compile(r"(?<!\w)(?:kuhu|kust|kus|куда|откуда|где|через\s+что)(?!\w)")
_HOW = re.compile(r"(?<!\w)(?:kuidas|mil\s+(?:moel|viisil)|mille\s+kaudu|как|каким\s+(?:образом|способом))(?!\w)")
_CHANNEL = re.compile(r"(?<!\w)(?:iseteenindus\w*|e-?post\w*|e-?kir\w*|(?:tava)?post\w*|klienditeenindus\w*|buroo\w*|"
                      r"esindus\w*|infotelefon\w*|kodulehe?\w*|veebilehe?\w*|самообслуживани\w*|e-?mail\w*|почт\w*|"
                      r"бюро|инфотелефон\w*|сайт\w*|представительств\w*)(?!\w)")
# the addressee named before the channels ("ametile: iseteeninduses, e-postiga ...", «в департамент: самообслуживание,
# почта или бюро»; new-user batch 29 appeal-refused-ru): where the paper goes, then how; folded text
_ADDRESSEE = re.compile(r"\W*(?:(?:otse|ikka)\s+)?(?:(?:sotsiaalkindlustus)?ameti(?:le|sse)?|meile|ska(?:le)?|"
                        r"(?:(?:в|к|прямо\s+в)\s+)?(?:наш\w*\s+)?департамент\w*(?:\s+соц\w*(?:\s+страх\w*)?)?|нам)\W*$")
# the means a channel is used with, named beside it ("iseteeninduses (id-kaart, mobiil-id, smart-id)")
_MEANS = re.compile(r"(?<!\w)(?:id-?kaar\w*|mobiil-?id\w*|smart-?id\w*|digiallkir\w*|allkir\w*|id-?карт\w*|"
                    r"цифров\w*\s+подпис\w*|подпис\w*)(?!\w)")
# call-model cue words (folded stems): a list that names the stages of the call ("Iseteenindus. Empaatia.
# Kokkuvõtteks.", «Самообслуживание. Итог.») says the words the scorer looks for, it answers nothing
CUE = re.compile(r"(?<!\w)(?:kokkuvot\w*|kokkuvõt\w*|empaati\w*|kaastunn\w*|tervitu\w*|tagasihelist\w*|"
                  r"tuvastami\w*|итог\w*|резюм\w*|эмпати\w*|сочувстви\w*|приветстви\w*|обратн\w*\s+звон\w*)(?!\w)")
# "Срок – 30 дней": one dash between words stands for the copula; a chain of them lists items. A comma may close an
# inserted phrase before it («Вопросы прессы, и статистика тоже, – в отдел коммуникации»; new-user batch 68)
_DASH = re.compile(r"\w,?\s+([–—-])\s+\w")


def copula_dash(sentence: str) -> bool:
    """Exactly one spaced dash between words ("Срок – 30 дней", "Tähtaeg – 30 päeva"): the dash reads as
    the verb. Two or more ("Vaie – 30 päeva – iseteenindus – kokkuvõte") join a list, not a statement."""
    return copula_dash_at(sentence) is not None


def copula_dash_at(sentence: str) -> int | None:
    """Where the copula dash of the sentence is (`copula_dash`), or None."""
    found = list(_DASH.finditer(sentence))
    return found[0].start(1) if len(found) == 1 else None


@lru_cache(maxsize=50_000)
def bare(word: str) -> bool:
    """A word in its dictionary form (Estonian nominative singular, a Russian noun or adjective in the
    nominative), or unknown to the dictionary: a topic named, not a word governed by another."""
    low = word.lower()
    if "\u0400" <= low[:1] <= "\u04ff":
        parses = ru_parse(low)
        if not parses or not parses[0].is_known:
            return True
        return parses[0].tag.POS in ("NOUN", "ADJF") and "Apro" not in parses[0].tag and any(
            p.tag.POS in ("NOUN", "ADJF") and "nomn" in p.tag for p in parses[:3])
    if fold(low) in _ET_PRONOUNS or _inflected_acronym(word):
        return False
    readings = dictionary_lemmas(low, "et")
    return not readings or fold(low) in {fold(r) for r in readings}


def _inflected_acronym(word: str) -> bool:
    """An acronym in capitals with an Estonian case ending, hyphened or glued on ("TK-st", "SKA-le", "EMTAsse"): a
    word governed by the sentence (where from, where to), not a topic named (new-user batch 67: "töövõimetoetus
    eraldi TK-st")."""
    head, hyphen, tail = word.rpartition("-")
    if hyphen:
        return len(head) >= 2 and head.isalpha() and head.isupper() and fold(tail.lower()) in CASE_ENDINGS
    glued = GLUED_ENDING.match(word)
    return glued is not None and fold(glued.group(2)) in CASE_ENDINGS


# bare words a run-on fragment with numbers among them needs to be a list: "Töötukassa 15501 ühistaotlus töövõime puue
# perearst ekspertarst sügav 100 raske 50" is one (new-user batch 31), "puudetoetus sügav puue 100 eurot kuus" is not
_NAMED_WITH_NUMBERS = 5


def phrase_kind(tokens) -> str:
    """"syntax": a number, or a phrase led by a preposition or an inflected word ("postiga või
    klienditeeninduses", «с апреля 702,35 €», «подписанная от руки»); "list": three or more words, mostly
    bare, as speech runs a list together ("susteem maas tagasihelistamine iseteenindus"), or five or more bare
    words with numbers among them; "bare": a topic named, led by a word in the dictionary form ("Tõrge",
    «Прожиточный минимум», «Вид на жительство»), unless an inflected word follows it and a linker comes later."""
    digits = any(t.text[:1].isdigit() for t in tokens)
    named = sum(1 for t in tokens if not t.text[:1].isdigit() and (bare(t.text) or t.norm in _INTERROGATIVES))
    if len(tokens) >= 3 and named >= (_NAMED_WITH_NUMBERS if digits else 3) and named >= 0.6 * len(tokens) \
            and not any(t.norm in LINKERS for t in tokens):
        return "list"
    if digits or tokens[0].norm in LINKERS:
        return "syntax"
    if len(tokens) >= 4 and tokens[1].norm not in LINKERS and not bare(tokens[1].text) \
            and any(t.norm in LINKERS for t in tokens[2:]):
        # "taotlus paberil postiga või klienditeenindusse": the head inflects the words after it, a clause without
        # its verb (batch 31); "e-mail с цифровой подписью", «Вид на жительство» name a topic with its attribute
        return "syntax"
    return "bare" if bare(tokens[0].text) or tokens[0].norm in _INTERROGATIVES else "syntax"


def is_keyword_list(fragments: list[str], skip: frozenset[str] = frozenset(), text: str = "") -> bool:
    """Do the fragments of a verbless reply (split at punctuation and dashes) list keywords? Two or more
    fragments of which one names a bare topic, or one run-on fragment that lists three or more bare
    words. An elliptical answer has syntax in every fragment ("digiallkirjaga e-postiga, postiga või
    klienditeeninduses"); a one-word label before a colon ("Доверенность: с цифровой подписью ...") is
    part of it. Words in `skip` (particles, names; folded) are not counted."""
    kinds = []
    for n, fragment in enumerate(fragments):
        tokens = [t for t in tokenize_cached(fragment) if (t.is_word or t.text[:1].isdigit()) and t.norm not in skip]
        if not tokens:
            continue
        if n == 0 and len(tokens) == 1 and _before_colon(tokens[0].text, text):
            continue  # "Ehk: ...", «Итак: ...», «Доверенность: ...»: a label, not an item
        kinds.append(phrase_kind(tokens))
    if "list" in kinds:
        return True
    return len(kinds) >= 2 and "bare" in kinds


def _before_colon(word: str, text: str) -> bool:
    """Is `word` followed by a colon (spaces between allowed) somewhere in `text`? (Not a regex built from the
    word: compiling a 20,000-letter word took longer than scoring the rest of the turn.)"""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        while end < len(text) and text[end].isspace():
            end += 1
        if text.startswith(":", end):
            return True
        start = text.find(word, start + 1)
    return False


def _stem(norm: str) -> str:
    return norm[:5]


def takes_up_stem(norm: str, asked: set[str] | frozenset[str]) -> bool:
    """Does a (folded) word take up one of the asked word stems (five letters): the same stem ("toetust" -
    "toetus"), or the stem as the last part of an Estonian compound, after three or more letters and
    before at most a case ending ("palju see toetus on?" - "lapsetoetus", "puudetoetusest")."""
    if norm[:5] in asked:
        return True
    for stem in asked:
        if len(stem) == 5:
            k = norm.find(stem, 3)
            if k >= 3 and len(norm) - k - 5 <= 4:
                return True
    return False


def _runs_on_topics(item: str) -> bool:
    """An item that runs three or more bare words other than channels and their means together with them
    ("perearst ühistaotlus Töötukassa 15501 ... iseteenindus Smart-ID", new-user batch 31): a keyword list that
    happens to hold a channel, no answer where to turn."""
    tokens = [t for t in tokenize_cached(item) if t.is_word or t.text[:1].isdigit()]
    if not tokens or phrase_kind(tokens) != "list":
        return False
    others = [t for t in tokens if t.is_word and bare(t.text) and not _CHANNEL.search(t.norm) and not _MEANS.search(t.norm)]
    return len(others) >= 3


def answers_where(question: str, items: list[str]) -> bool:
    """Does a verbless reply (split into its items) name the channels that answer a client's "kuhu/kust
    ...?", «куда/где ...?» ("iseteeninduse kaudu, e-kirjaga või postiga", «самообслуживание, e-mail,
    почтой или в бюро», also after the addressee: «в департамент: самообслуживание, почта или бюро»), or "kuidas ...?", «как ...?» (how: by which channel)? The answer comes first:
    the first item names a channel ("Pakkumus. Iseteenindus." is no answer). No item is a call-model cue
    word ("Iseteenindus. Empaatia. Kokkuvõtteks."). After a how-question every other item, too, names a
    channel or the means it is used with (id-kaart, smart-id, «цифровая подпись»), or has syntax (a
    number, a linker, an inflected word): a bare topic beside the channel ("Iseteenindus.
    Tagasihelistamine.") answers nothing asked."""
    folded = fold(question)
    where, how = bool(_WHERE.search(folded)), bool(_HOW.search(folded))
    if len(items) > 1 and _ADDRESSEE.match(fold(items[0])):
        items = items[1:]  # «в департамент: самообслуживание, почта или бюро»: to whom, then the channels
    if not (where or how) or not items or not _CHANNEL.search(fold(items[0])):
        return False
    if any(CUE.search(fold(item)) for item in items) or any(_runs_on_topics(item) for item in items):
        return False
    if where:
        return True
    for item in items[1:]:
        tokens = [t for t in tokenize_cached(item) if t.is_word or t.text[:1].isdigit()]
        if not tokens or item.rstrip().endswith("?") or _CHANNEL.search(fold(item)) or _MEANS.search(fold(item)):
            continue
        if phrase_kind(tokens) != "syntax":
            return False
    return True


# a question for an amount, and an amount of money that answers it (folded text)
_HOW_MUCH = re.compile(r"(?<!\w)(?:palju|kui\s+suur\w*|mis\s+summa\w*|mille\s+suurune|сколько|как(?:ой|ого|ая)\s+"
                       r"(?:размер\w*|сумм\w*))(?!\w)")
_AMOUNT = re.compile(r"\d[\d\s.,–-]*\s*(?:eur\w*|€|евро)(?!\w)|€\s*\d")


def answers_how_much(question: str, items: list[str]) -> bool:
    """Does a verbless list answer a client's "palju ...?", «сколько ...?» with amounts: every item after an
    optional heading of at most three words is a sum of money ("palju see toetus on?" - "tööealisele kuus: sügav
    100 eur, raske 50 eur, keskmine 29-42 eur"; new-user batch 31)? No item is a call-model cue word."""
    if not items or not _HOW_MUCH.search(fold(question)) or any(CUE.search(fold(item)) for item in items):
        return False
    values = items[1:] if len(items) > 1 and not _AMOUNT.search(fold(items[0])) \
        and len([t for t in tokenize_cached(items[0]) if t.is_word]) <= 3 else items
    return all(_AMOUNT.search(fold(item)) for item in values)


_TABLE_HEADING_WORDS = 5
_TABLE_KEY_WORDS = 3


def table_of_sums(items: list[str]) -> bool:
    """Are the items a table of sums under a heading: a first item of at most five words without a sum (the heading,
    set off by a colon in the sentence), then two or more sums of money, each with a key of at most three words
    ("Puudetoetus tööealisele kuus: sügav 100 €, raske 50 €, keskmine 29–42 €"; new-user batch 51)? The heading
    governs the values as a verb would; no item is a call-model cue word. Keywords with a sum among them ("ekspertarst,
    sügav 100 €, perearst") are no table."""
    if len(items) < 3 or _AMOUNT.search(fold(items[0])) or any(CUE.search(fold(item)) for item in items):
        return False
    if not 1 <= len([t for t in tokenize_cached(items[0]) if t.is_word]) <= _TABLE_HEADING_WORDS:
        return False
    return all(_AMOUNT.search(fold(item)) and len([t for t in tokenize_cached(_AMOUNT.sub(" ", fold(item)))
                                                   if t.is_word]) <= _TABLE_KEY_WORDS for item in items[1:])


# list items: commas (not a decimal comma), semicolons, colons and bullets; a dash stays inside a range ("29–42 €")
_ITEMS = re.compile(r",(?!\d)|(?<!\d),|[;:\n•·]+")


# a call-model cue word as the label of what follows it
_CUE_LABEL = re.compile(r"^\W*(?:kokkuvot\w*|kokkuvõt\w*|итог\w*|резюм\w*)\s*:(?=\s*\w)", re.IGNORECASE)


def _keyed_sum(item: str) -> bool:
    """A sum of money with the group it is for, in one to three words ("sügav 100 €", "raske puue 50 eurot",
    «глубокая 100 €»): a bare sum keys nothing."""
    folded = fold(item)
    return bool(_AMOUNT.search(folded)) and 1 <= len(
        [t for t in tokenize_cached(_AMOUNT.sub(" ", folded)) if t.is_word]) <= _TABLE_KEY_WORDS


def answers_with_sums(question: str, text: str) -> bool:
    """Does a verbless reply to a client's "palju ...?" / «сколько ...?» open with the sums asked for, each keyed to
    its group, under a heading or not ("tööealisel kuus: sügav 100 €, raske 50 €, keskmine 29–42 €. kokku: ...";
    new-user batch 59 disability-or-workability-chat-et terse)? The chat shorthand of an answer, as a table of sums
    is (`table_of_sums`): the heading need not name the topic asked about. Two or more keyed sums; no item of the
    reply is a call-model cue word or a run of bare topics. Bare sums ("100 €, 50 €") and sums to another question
    are left to the other tests."""
    if not _HOW_MUCH.search(fold(question)):
        return False
    sentences = [s for _, _, s in split_sentences_cached(text) if s.strip()]
    # a recap's label before its content ("kokkuvõtteks: perearst, siis ühistaotlus", «итого: заявление в кассу») is
    # no cue word listed
    items = [[i for i in _ITEMS.split(_CUE_LABEL.sub("", s, count=1)) if i.strip()] for s in sentences]
    if not items or not items[0]:
        return False
    first = items[0]
    if not _AMOUNT.search(fold(first[0])) and len(first) > 1 \
            and 1 <= len([t for t in tokenize_cached(first[0]) if t.is_word]) <= _TABLE_HEADING_WORDS:
        first = first[1:]  # the heading: "tööealisel kuus", «в месяц»
    if len(first) < 2 or not all(_keyed_sum(item) for item in first):
        return False
    return not any(CUE.search(fold(item)) or _runs_on_topics(item) for row in items for item in row)


# a question for the day, and a day of the month or a date that answers it (folded text): "8. kp", "8. kuupäeval",
# «8-го числа», "08.12.", "8. detsembril", «8 декабря»
_WHEN = re.compile(r"(?<!\w)(?:millal|mis\s+(?:kuu)?paeva\w*|mitmenda\w*|когда|какого\s+числа|в\s+какой\s+день)(?!\w)")
_DAY = re.compile(r"(?<!\d)\d{1,2}\.?\s*(?:kp|kuupaev\w*|kuup)(?!\w)|(?<!\d)\d{1,2}(?:-?(?:го|е|ое))?\s+числ\w*"
                  r"|(?<![\d.])\d{1,2}\.\d{1,2}\.(?:\d{2,4})?(?![\d.])"
                  r"|(?<!\d)\d{1,2}\.?\s*(?:jaan|veebr|marts|april|mai|juun|juul|august|sept|okt|nov|dets|январ|феврал|"
                  r"март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*")


# a time adverb that answers "millal?" / «когда?» by itself (folded words): «Лучше заранее.», "Pigem varakult.", «чем
# раньше, тем лучше», "Juba täna.", «Весной.» (new-user batch 58 foreign-eu-pension-ru good: «Лучше заранее.» to «а
# когда подавать?» was taken for a keyword and the client said its question was not answered); the words around it
# only weigh or frame the time (лучше, желательно, pigem, võimalikult, mida ... seda ...)
_TIME_WORDS = frozenset(fold(w) for w in """заранее заблаговременно сразу сейчас немедленно срочно сегодня завтра
    послезавтра потом позже позднее попозже раньше пораньше ранее скорее поскорее вовремя теперь весной летом осенью
    зимой kohe varem varakult vara aegsasti aegsalt ennetavalt ennetähtaegselt praegu nüüd täna homme ülehomme hiljem
    pärast õigeaegselt niipea kiiresti kiiremini ennem kevadel suvel sügisel talvel""".split())
_TIME_FRAME = frozenset(fold(w) for w in """лучше всего желательно можно прямо уже ещё как чем тем и но а же не лишь
    только обязательно в pigem parem parim soovitavalt soovitatavalt juba just ikka võimalikult mida seda ja aga kuid
    ka kindlasti veel""".split())
_MONTH = re.compile(r"(?:январ|феврал|март|апрел|ма[ея]|июн|июл|август|сентябр|октябр|ноябр|декабр|jaanuari|"
                    r"veebruari|martsi|aprilli|mai|juuni|juuli|augusti|septembri|oktoobri|novembri|detsembri)\w*")


def _time_answer(item: str) -> bool:
    """Is the item only a time, framed at most by words that weigh it («Лучше заранее.», "Mida varem, seda parem.",
    «В апреле.»), with no topic beside it («Заявление заранее.», "Iseteenindus varakult.")?"""
    words = [t.norm for t in tokenize_cached(item) if t.is_word or t.text[:1].isdigit()]
    times = [w for w in words if w in _TIME_WORDS or _MONTH.fullmatch(w)]
    return bool(times) and all(w in _TIME_WORDS or w in _TIME_FRAME or _MONTH.fullmatch(w) for w in words)


def answers_value(question: str, items: list[str]) -> bool:
    """Does a verbless reply answer a client's "palju ...?" with a sum of money, or "millal ...?" with a day of the
    month, a date or a time adverb (`_time_answer`: «Лучше заранее.»), first ("palju see on ja millal raha tuleb?" - "80 EUR/kuu, makse iga kuu 8. kp."; new-user batch
    51 child-allowance-et terse)? The value is the elliptical answer, as the channel is to "kuhu?" (`answers_where`).
    No item is a call-model cue word ("80 eurot. Iseteenindus. Kokkuvõtteks.") or a run of bare topics."""
    if not items:
        return False
    folded, first = fold(question), fold(items[0])
    if not ((_HOW_MUCH.search(folded) and _AMOUNT.search(first))
            or (_WHEN.search(folded) and (_DAY.search(first) or _time_answer(items[0])))):
        return False
    return not any(CUE.search(fold(item)) or _runs_on_topics(item) for item in items)


def takes_up_question(fragments: list[str], question: str, skip: frozenset[str] = frozenset(),
                      text: str = "") -> bool:
    """Does a verbless reply answer the client's question elliptically (ISO 24617-2: an answer depends on
    its question)? Its first fragment has two or more words, takes up a content word of the question (the
    same stem: "taotleda" - "taotlemine", «пособие» - «пособие», or the tail of a compound: "toetus" -
    "lapsetoetus") and has syntax: a word inflected for the question, a linker or a number ("taotlemine
    iseteeninduses", «пособие 8-го числа», «заявление через самообслуживание»); a heading before a
    colon lends its values the syntax ("palju toetus on?" - "Lapsetoetus kuus: esimese lapse eest 80
    eurot, ..."). A bare topic ("Taotlus. Iseteenindus.") or a run of bare words ("taotlus
    iseteenindus kokkuvõte") takes up nothing."""
    if fragments and (answers_where(question, fragments) or answers_value(question, fragments)
                      or answers_with_sums(question, text)):
        return True  # "kuhu saata?" - "iseteeninduse kaudu, e-kirjaga või postiga": the channels are the answer;
        # "palju?" - "80 EUR/kuu", "millal?" - "iga kuu 8. kp": the value is
    asked = {_stem(t.norm) for t in tokenize_cached(question) if t.is_word and len(t.norm) >= 4
             and t.norm not in _INTERROGATIVES}
    if not asked or not fragments:
        return False
    tokens = [t for t in tokenize_cached(fragments[0]) if (t.is_word or t.text[:1].isdigit()) and t.norm not in skip]
    if len(tokens) < 2 or not any(t.is_word and len(t.norm) >= 4 and takes_up_stem(t.norm, asked) for t in tokens):
        return False
    if any(t.text[:1].isdigit() or t.norm in LINKERS or not bare(t.text) for t in tokens):
        return True
    if len(fragments) < 2 or not re.search(re.escape(fragments[0].strip()) + r"\s*:", text):
        return False
    values = [t for t in tokenize_cached(fragments[1]) if (t.is_word or t.text[:1].isdigit()) and t.norm not in skip]
    return any(t.text[:1].isdigit() for t in values) and any(t.norm in LINKERS or not bare(t.text) for t in values)


def questions_in(text: str, lang: str) -> str:
    """The questions of a (client's) turn, joined ("" when it asks none)."""
    return " ".join(s for _, _, s in split_sentences_cached(text) if is_question(s, lang))


def short_check(sentence: str, lang: str) -> bool:
    """A short check of understanding closing a recap: a question of at most three words, typed with '?'
    ("Selge?", «Понятно?») or spoken without it ("kas selge", "kas on selge")."""
    words = [t for t in tokenize_cached(sentence) if t.is_word or t.text[:1].isdigit()]
    return len(words) <= 3 and (sentence.rstrip().endswith("?") or is_question(sentence, lang))
