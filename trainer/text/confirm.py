"""A yes or no that answers the client's polar question, however terse (ISO 24617-2: confirm, disconfirm).

„ja mitu päeva mul on? 30?“ - „jah 30 p. korraga v osade kaupa, kuni laps 3a“: the client offers a value and asks
whether it holds; "jah" with that value confirms it, "ei, 60" corrects it. The reply is an answer act though no
clause of it has a finite verb, and its abbreviations (p. = päeva, v = või, 3a = 3-aastaseks) change nothing.
A yes with nothing of the question after it („Jah. Vanemahüvitis, pakkumus, iseteenindus.“ to "30?"), with
call-model cue words („jah 30. kokkuvõte, empaatia“) or with bare topics after the value („jah, vanemahüvitis 30,
pakkumus, iseteenindus“) answers nothing and stays a keyword list.
"""

from __future__ import annotations

import re

from trainer.text.keywords import LINKERS, bare, phrase_kind
from trainer.text.lexicon import ru_parse
from trainer.text.normalize import fold, split_sentences_cached, tokenize_cached

__all__ = ["confirms_direction", "confirms_polar", "with_confirmed_unit"]

#: the yes or no heading the reply
_YES_NO = re.compile(r"^\W*(?:jah|jaa|jep|ei|да|ага|нет)(?!\w)[\s,.!:;–—-]*")
_NO = re.compile(r"^\W*(?:ei|нет)(?!\w)")
#: wh-words: a question with one of them asks for a value, it offers none; not the indefinite pronouns built on them
#: («какую-нибудь помощь», «что-то», «где-либо»: "some", new-user batch 60)
_WH = re.compile(r"(?<!\w)(?:mis|mida|millal|kus|kuhu|kust|miks|kes|kuidas|mitu|mitme\w*|palju|milline|millis\w*|"
                 r"что|когда|где|куда|откуда|почему|зачем|сколько|как|кто|как(?:ой|ая|ое|ие|ого|ую))(?!\w)"
                 r"(?!-(?:нибудь|либо|то)(?!\w))")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
#: call-model cue words: a yes padded with them is a label list („jah 30. kokkuvõte, empaatia“)
_CUE = re.compile(r"(?<!\w)(?:kokkuvot\w*|empaati\w*|kaastunn\w*|tervitu\w*|tagasihelist\w*|tuvastami\w*|markson\w*|"
                  r"итог\w*|резюм\w*|эмпати\w*|сочувстви\w*|приветстви\w*|ключев\w*)(?!\w)")


def _polar_values(question: str) -> set[str]:
    """The numbers offered in the client's polar questions: a question with no wh-word („30?“, „kas 30 päeva?“,
    «30 дней?»)."""
    values: set[str] = set()
    for _, _, sentence in split_sentences_cached(question):
        folded = fold(sentence)
        if "?" in sentence and not _WH.search(folded):
            values |= {n.replace(",", ".") for n in _NUMBER.findall(folded)}
    return values


def confirms_polar(question: str, reply: str, fragments: list[str], skip: frozenset[str] = frozenset()) -> bool:
    """Does a verbless `reply` (its content `fragments`) confirm or correct a value the client offered in a polar
    question (`question`, the client's questions): it opens with a yes or no, and its first fragment states
    that value („jah 30 p.“ to „... 30?“) or, after a no, another number („ei, 60 päeva“)? None of its fragments
    is a call-model cue word, and the fragments after the first are no keyword list („jah, vanemahüvitis 30,
    pakkumus, iseteenindus“); words in `skip` (particles, names; folded) are not counted."""
    head = _YES_NO.match(fold(reply))
    if head is None or not fragments:
        return False
    offered = _polar_values(question)
    if not offered:
        return False
    first = _YES_NO.sub("", fold(fragments[0]))
    stated = {n.replace(",", ".") for n in _NUMBER.findall(first)}
    if not stated or not (stated & offered or _NO.match(fold(reply))):
        return False
    if any(_CUE.search(fold(f)) for f in fragments):
        return False
    return not _topics_listed([_expanded(f) for f in fragments[1:]], skip)


#: the word a wh-question counts („mitu päeva“, «сколько дней»): the unit of its answer's bare number
_COUNTED = re.compile(r"(?<!\w)(?:mitu|mitme|сколько)\s+([^\W\d_]{3,})(?!\w)")
#: a yes or no and a bare number heading the reply, no word after the number in its sentence („jah 30.“, «да, 30»)
_BARE_VALUE = re.compile(r"^(\W*(?:jah|jaa|jep|ei|да|ага|нет)(?!\w)[\s,:;–—-]*)(\d+(?:[.,]\d+)?)(?=\s*(?:[.,!;]|$))",
                         re.IGNORECASE)


def _offered_unit(question: str, value: str) -> str | None:
    """The unit of a value the client offered in a polar question: the word after it („kas 30 päeva?“) or, when the
    value stands alone („mitu päeva mul on? 30?“, «сколько дней? 30?»), the word the client's wh-question counts."""
    unit = None
    for _, _, sentence in split_sentences_cached(question):
        folded = fold(sentence)
        counted = _COUNTED.search(sentence.lower())
        if counted:
            unit = counted.group(1)
        if "?" in sentence and not _WH.search(folded):
            after = re.search(rf"(?<![\d.,]){re.escape(value)}(?![\d,]|\.\d)\s+([^\W\d_]{{3,}})", sentence)
            if after:
                return after.group(1)
            if value in {n.replace(",", ".") for n in _NUMBER.findall(folded)}:
                return unit
    return None


def with_confirmed_unit(question: str, reply: str) -> str:
    """The reply with the unit of the client's own offered value written after its bare number: „mitu päeva mul on?
    30?“ - „jah 30. võib osade kaupa“ reads „jah 30 päeva. võib osade kaupa“ (a yes and the value asked about
    answers the question, `confirms_polar`; new-user batch 74 parental-benefit-chat-et terse). Only a yes or no
    followed by the bare number and the end of its sentence or clause, a number the client offered (or, after a no, its
    correction) and no call-model cue word in the reply („jah 30. kokkuvõte, empaatia“ stays as it is)."""
    head = _BARE_VALUE.match(reply)
    if head is None or _CUE.search(fold(reply)):
        return reply
    value = head.group(2).replace(",", ".")
    offered = _polar_values(question)
    if value not in offered and not (offered and _NO.match(fold(reply))):
        return reply
    unit = _offered_unit(question, value if value in offered else sorted(offered)[0])
    if unit is None:
        return reply
    return f"{reply[:head.end()]} {unit}{reply[head.end():]}"


def _topics_listed(fragments: list[str], skip: frozenset[str]) -> bool:
    """Do the fragments after the value list topics: a run of bare words, or two or more fragments of one bare
    word each („pakkumus, iseteenindus“)? A phrase with a linker or a number („korraga või osade kaupa“, „kuni
    laps 3a“) tells how the value holds."""
    single = 0
    for fragment in fragments:
        tokens = [t for t in tokenize_cached(fragment) if (t.is_word or t.text[:1].isdigit()) and t.norm not in skip]
        if not tokens:
            continue
        kind = phrase_kind(tokens)
        if kind == "list":
            return True
        single += len(tokens) == 1 and kind == "bare"
    return single >= 2


#: chat abbreviations of linkers and units („korraga v osade kaupa“, „30 p.“, «30 дн.»): the words they stand for
_ABBREVIATIONS = {"v": "või", "voi": "või", "p": "päeva", "pv": "päeva", "kuup": "kuupäeval", "ca": "umbes",
                  "дн": "дней", "мес": "месяцев", "т": "то", "ил": "или"}


def _expanded(fragment: str) -> str:
    """The fragment with its chat abbreviations written out, so that a linker („v“ = või) gives it syntax."""
    return re.sub(r"(?<!\w)(\w+)(?!\w)\.?", lambda m: _ABBREVIATIONS.get(m.group(1).lower(), m.group(0)), fragment)


#: a direction where to turn (folded): «к социальному работнику», «в управу», «через самоуправление»; "sotsiaaltöötaja
#: poole", "omavalitsusse", "linnavalitsuse kaudu"
_RU_DIRECTION = frozenset("к ко в во через".split())
_ET_DIRECTION = re.compile(r"(?<!\w)(?:poole|kaudu)(?!\w)|\w{4,}(?:sse)(?!\w)")
#: bare words in a row that make a run-on list, not a direction with its attributes
_RUN_OF_TOPICS = 3


def confirms_direction(question: str, reply: str, fragments: list[str], skip: frozenset[str] = frozenset()) -> bool:
    """Does a verbless `reply` answer the client's polar question („А помощь какую-нибудь можно получить?“, "kas
    mingit abi ka saab?") with a yes and where to turn, as speech leaves out the verb: „да к социальному работнику в
    вашу городскую управу пособие по прожиточному минимуму“, "jah, linnavalitsuse sotsiaaltöötaja poole"
    (new-user batch 60 crisis-suicidal-ru terse)? The question has no wh-word; the first fragment opens with the yes,
    then a preposition of direction (к, в, через) or an Estonian direction (poole, kaudu, an illative); it names no
    call-model cue word and runs no three bare words together („да в управу пособие врач дочь“ lists topics)."""
    if _YES_NO.match(fold(reply)) is None or _NO.match(fold(reply)) or not fragments:
        return False
    asked = [s for _, _, s in split_sentences_cached(question) if "?" in s]
    if not asked or any(_WH.search(fold(s)) for s in asked):
        return False
    first = _YES_NO.sub("", fold(fragments[0]))
    tokens = [t for t in tokenize_cached(first) if (t.is_word or t.text[:1].isdigit()) and t.norm not in skip]
    if len(tokens) < 2 or _CUE.search(first) or phrase_kind(tokens) != "syntax":
        return False
    if not (tokens[0].norm in _RU_DIRECTION or _ET_DIRECTION.search(first)):
        return False
    run = 0
    for t in tokens:
        run = run + 1 if _topic_word(t) else 0
        if run >= _RUN_OF_TOPICS:
            return False
    # what follows the direction is no list of topics („да, к соцработнику. Пособие. Врач. Итого.“); a recap
    # with its linkers („итого дочь или врач завтра, ночью 112 ...“) is judged as a recap by the summary
    return not _topics_listed([_expanded(f) for f in fragments[1:]], skip)


def _topic_word(token) -> bool:
    """A number or a word in its dictionary form, not an adjective: «волостной управы» names one place, not two
    topics, though both words may be read as nominatives."""
    if token.text[:1].isdigit():
        return True
    if token.norm in LINKERS or not bare(token.text):
        return False
    parses = ru_parse(token.text.lower()) if "\u0400" <= token.text[:1].lower() <= "\u04ff" else []
    return not (parses and parses[0].tag.POS == "ADJF")
