"""Stuffed item lists: a sentence that lists four or more bare items side by side instead of saying something to the client.

"Elatisabi 200 eurot kuus, 45 päeva, makseettepaneku määrus, 150 päeva, kohtutäitur", a list that calls itself
keywords, the fields of a record read out («категория: ..., статус: ...») or six clauses joined by semicolons
earn nothing and fail the real-answers gate (:func:`item_list`). Not a list: items governed by a clause before
them ("Kaasa võtke: ..."), a recap of what was said before, or a list that answers the client's question under
its own heading.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.clause_subject import verb_with_subject
from trainer.scoring.finite_verbs import et_finite, has_finite_verb, sentence_language
from trainer.scoring.formulas import PARTICLES, blank, phrase_set
from trainer.scoring.pointer_list import pointer_list
from trainer.scoring.recap import explicit_cue
from trainer.scoring.sentence_words import word_norms, word_stems
from trainer.text.keywords import answers_how_much, answers_where, copula_dash, table_of_sums, takes_up_stem
from trainer.text.lexicon import dictionary_lemmas, is_verb_lemma
from trainer.text.verb_forms import is_infinitive_ru

_LABEL = re.compile(r"^\s*\w+\s*:")
# list items are split at commas (not a decimal comma: "702,35"), semicolons, colons and bullets; a dash
# joins a key and its value ("дети – 116 111", "ноябрь 2024 – август 2025") into one item
ITEM_SPLIT = re.compile(r",(?!\d)|(?<!\d),|[;:\n•·]+")
# words that tie a fragment into a sentence: pronouns (the client, the speaker, what was said) and
# conjunctions or relative words that open a clause; a fragment with one is no list item
_TIES = frozenset("""te teie teil teile teid teilt teiega sa sina sul sinu ma mina mul minu mind me meie meil meid
    ta tema tal tema nad nemad nende see seda selle sellel need neid mis mida kes keda et kui sest kuna ja ning
    aga kuid voi ehk seega siis
    вы вам вас ваш ваша ваше вашей вашего вашу ваши ваших я мне меня мной мы нам нас наш наша он она оно они
    его её ее их ему ей им это этот эта эти этого этой тот та то и а но или как что чтобы если когда поэтому
    потому так хотя который которая которое которые которого которой котором которым да этом этим этих
    эту тем том той ту тех кто где куда откуда почему зачем сколько какой какая какое какие kus kuhu kust
    millal miks kuidas mitu milline""".split())
_MIN_LIST_ITEMS = 4
_KEYWORD_LABEL = re.compile(r"^\s*(?:ключевые\s+слова|markson(?:ad|u)|votmesonad|keywords)\s*:")
# a list that names itself keywords wherever the label stands ("Kõik on lisas, märksõnad on: ekspertarst, vaie,
# ...", "Pension välismaal, elusolekutõend, kontonumber – need on olulised märksõnad", «..., – это ключевые слова»;
# batch 20); one keyword to search by ("leiate kodulehelt märksõnaga „elusolekutõend“") is no list
_KEYWORD_SELF_LABEL = re.compile(r"(?<!\w)(?:ключев\w+\s+слов(?:а|ами)?|markson(?:ad|u|adeks|adele)|"
                                 r"votmeson(?:ad|u|adeks)|keywords)(?!\w)")
# the fields of a record read out instead of speech: «категория: задержка / трудовая книжка / 15 рабочих дней»,
# «статус – проверка, трудовая книжка, ...», "Võtmepunktid: ..." (a ticket filled in aloud; new-user batch 18)
_RECORD_FIELD = re.compile(r"(?:^|[,;(]\s*)(?:ключевые\s+(?:пункты|моменты)|категори[яи]|статус|"
                           r"votmepunkt\w*|kategooria|staatus)\s*[:–—]\s*(?P<rest>[^.!?]*)")
_FIELD_SPLIT = re.compile(r",(?!\d)|(?<!\d),|;|\s/\s")
_MIN_FIELD_ITEMS = 3
# parts of one sentence split by semicolons: the good runs of 42 batches join at most four, the kitchen-sink dumps six
# and more
_MIN_SEMICOLON_ITEMS = 6
# a check tagged on after a comma at a sentence's end: «..., понятно?», "..., selge?"
_TAG_CHECK = re.compile(r",\s*(?:понятно|ясно|хорошо|ладно|верно|да|так|selge|arusaadav|eks|jah|onju|on\s+ju|"
                        r"ok|okei)\s*\?\s*$", re.IGNORECASE)
_MAX_ITEM_WORDS = 5


def item_list(sentence: str, lang: str, social: tuple[str, ...], names: frozenset[str],
               informed: set[str], question: str = "", semicolons: bool = False) -> bool:
    """A sentence that lists items side by side instead of saying something to the client: four or more
    bare items (a noun phrase, a number with its unit, a verb without subject or object, at most five
    words, tied to nothing by a pronoun or a conjunction), three quarters or more of its fragments
    ("Elatisabi 200 eurot kuus, 45 päeva, makseettepaneku määrus, 150 päeva, kohtutäitur", «Россия, 4000
    человек, возобновились, не можем заменить, управа»). A verb among the items ("не можем заплатить")
    does not make the list a sentence. Not a list: items governed by a clause before them ("Kaasa võtke:
    isikut tõendav dokument, arstitõend, ...", «Департамент сам платит пособие ...: 200 евро в год,
    автоматически, без заявления»), nor a recap whose words were mostly said before (a summary), nor a
    list that answers the client's question under its own heading ("какие документы?" - «Документы:
    паспорт, справка врача, номер счёта, заявление.»). With ``semicolons`` (a reply after the opening), a sentence of
    six or more parts joined by semicolons is a list too."""
    found = _list_shape(sentence, lang, social, names, question, semicolons)
    if isinstance(found, bool):
        return found
    stems = found  # a list, unless its words were mostly said before (a summary)
    return not (stems and informed and len(stems & informed) >= 0.5 * len(stems))


@lru_cache(maxsize=16_384)  # a pure function of its arguments (the text, the phrase and name sets, the question)
def _list_shape(sentence: str, lang: str, social: tuple[str, ...], names: frozenset[str],
                question: str, semicolons: bool = False) -> bool | frozenset[str]:
    """`item_list` up to the last step: True or False, or the list's stems, for the caller to weigh
    against what was said before."""
    if _KEYWORD_LABEL.match(tx.fold(sentence)) and len(ITEM_SPLIT.split(sentence)) >= 3:
        return True  # «Ключевые слова: уточнение, итог, ...», "Märksõnad: ...": the list says what it is
    if _KEYWORD_SELF_LABEL.search(tx.fold(sentence.lower())) and len(ITEM_SPLIT.split(sentence)) >= 3:
        return True
    field = _RECORD_FIELD.search(tx.fold(sentence.lower()))
    if field and len([p for p in _FIELD_SPLIT.split(field.group("rest")) if p.strip()]) >= _MIN_FIELD_ITEMS:
        return True
    if semicolons and len([p for p in sentence.split(";") if word_norms(p)]) >= _MIN_SEMICOLON_ITEMS:
        # every fact as a row of clauses behind semicolons («если пособие переплатили, ...; получатель обязан ...;
        # вернуть можно частями ...; ... выплата 8-го числа»; new-user batch 42): notes, not a sentence to the client,
        # unless it restates what was said (a summary); a plan stuffed into the opening is the opening's own
        # business (its greeting still counts)
        return frozenset(word_stems(sentence))
    if sentence.rstrip().endswith("?"):
        tag = _TAG_CHECK.search(sentence)
        if not tag:
            return False
        # a row of keywords ending on a tag check («..., круглосуточно, бесплатно, понятно?", "..., selge?"):
        # the check asks nothing about the items (new-user batch 35); the row before it is judged as a list
        sentence = sentence[:tag.start()]
    if social:
        found = phrase_set(social, lang).find_all(sentence)
        sentence = blank(sentence, found)
    fragments = []
    for part in split_items(sentence):
        words = [t for t in tx.tokenize(part) if (t.is_word or t.text[:1].isdigit())
                 and t.norm not in PARTICLES and t.norm not in names]
        if words:
            fragments.append((part, words))
    fragments = _object_joined(sentence, _examples_joined(sentence, _participial_joined(sentence, fragments, lang)), lang)
    if pointer_list(sentence, lang) and not (question and answers_where(question, [f[0] for f in fragments])):
        # "Kõik on kirjas veebilehel: tõend, ettevõte, omaosalus", "X, Y, Z – kõik on kontrollitud": topics named
        # beside a pointer, even the topic asked about; only channels that answer "kuhu?" are an answer
        return True
    if fragments and question and ((_heading_takes_up(fragments[0][0], _asked_stems(question))
                                    and _set_off_heading(sentence, fragments[0][0]))
                                   or answers_where(question, [f[0] for f in fragments])
                                   or answers_how_much(question, [f[0] for f in fragments])):
        return False  # the list answers what the client asked, led by the word asked about, or the channels
        # that answer "kuhu ...?", "kuidas ...?", «куда ...?», «как ...?», or the sums that answer "palju ...?"
    if fragments and sentence[sentence.find(fragments[0][0]) + len(fragments[0][0]):].lstrip().startswith(":") \
            and table_of_sums([f[0] for f in fragments]):
        return False  # sums under their heading ("Puudetoetus tööealisele kuus: sügav 100 €, raske 50 €, ..."), asked
        # or not: the heading governs them as a clause would (new-user batch 51)
    if len(fragments) > 1 and _LABEL.match(sentence) and len(fragments[0][1]) == 1:
        fragments = fragments[1:]  # "Kokkuvõtteks: ...", «Итак: ...»: a label, not an item
    elif ":" in sentence and _summary_label(sentence.split(":", 1)[0], lang):
        # «Итак, подведу итог: ...»: the label's words are no items either
        head = sentence.index(":")
        fragments = [f for f in fragments if sentence.find(f[0]) > head]
    if len(fragments) < _MIN_LIST_ITEMS:
        return False
    items = clauses = 0
    for n, (part, words) in enumerate(fragments):
        verb = has_finite_verb(part, lang) or _impersonal_rule(words, lang)
        tied = any(t.norm in _TIES for t in words) or (verb and verb_with_subject(part, lang))  # «направляет врач»
        if verb and (n == 0 or (not items and len(words) > 3)) and not (
                _base_form_item(words, lang) and not _set_off_heading(sentence, part)) \
                and not _noun_read_as_verb(part, lang):
            return False  # a clause that governs what follows: "Kaasa võtke: ..."
        if not tied and len(words) <= (3 if verb else _MAX_ITEM_WORDS):
            items += 1
        elif verb:
            clauses += 1
    if items < _MIN_LIST_ITEMS or items < 0.75 * len(fragments) or clauses * 4 > len(fragments):
        return False
    if ":" in sentence and _summary_label(sentence.split(":", 1)[0], lang):
        # the summary's label is no restated word ("kokkuvõtteks: varem = kogu eluks väiksem, ...", new-user batch 38)
        return frozenset(word_stems(sentence.split(":", 1)[1]))
    return frozenset(word_stems(sentence))


_BRACKETS = re.compile(r"(?<=\w)\s*\(([^():;]*)\)")
# examples in brackets that specify the word before them; more is a list put in brackets ("(märkmed: ...)")
_MAX_BRACKET_ITEMS = 3


def split_items(sentence: str) -> list[str]:
    """The sentence cut into list items (`ITEM_SPLIT`), but not inside short brackets after a word: "iseteenindus
    (ID-kaart, mobiil-ID, Smart-ID)" is one item, what the brackets hold specifies the word before them. Notes or a
    longer row in brackets ("(märkmed: isikukood, pension 5. kuupäeval, ...)") are items as before."""
    spans = [m.span() for m in _BRACKETS.finditer(sentence)
             if len(ITEM_SPLIT.split(m.group(1))) <= _MAX_BRACKET_ITEMS]
    if not spans:
        return ITEM_SPLIT.split(sentence)
    out, start = [], 0
    for m in ITEM_SPLIT.finditer(sentence):
        if not any(a < m.start() < b for a, b in spans):
            out.append(sentence[start:m.start()])
            start = m.end()
    return [*out, sentence[start:]]


# an impersonal predicate with its infinitive is a clause: «использовать нельзя», «переводить не надо»
_IMPERSONAL = frozenset("нельзя можно нужно надо необходимо следует невозможно".split())


def _impersonal_rule(words: list, lang: str) -> bool:
    return lang == "ru" and any(t.norm in _IMPERSONAL for t in words) \
        and any(is_infinitive_ru(t.text.lower()) for t in words)


def _ru_pos(word: str) -> str:
    from trainer.text.lexicon import ru_parse

    parses = ru_parse(word)
    return str(parses[0].tag.POS) if parses else ""


def _participial_joined(sentence: str, fragments: list, lang: str) -> list:
    """Fragments with a Russian participial phrase set off by commas joined to its noun before it and to the rest of
    the clause after it: «пенсию, пришедшую после смерти, использовать нельзя» is one clause, not three items
    (new-user batch 49). A lone participle among bare items ("начисленная, выплаченная") is left an item."""
    if lang != "ru" or len(fragments) < 3:
        return fragments
    out: list = []
    n = 0
    while n < len(fragments):
        part, words = fragments[n]
        if out and n + 1 < len(fragments) and len(words) >= 2 and words[0].is_word \
                and _ru_pos(words[0].text.lower()) == "PRTF":
            prev_part, prev_words = out.pop()
            next_part, next_words = fragments[n + 1]
            start = sentence.find(prev_part)
            stop = sentence.find(next_part, start + len(prev_part))
            joined = sentence[start:stop + len(next_part)] if start >= 0 and stop >= 0 \
                else f"{prev_part},{part},{next_part}"
            out.append((joined, prev_words + words + next_words))
            n += 2
            continue
        out.append((part, words))
        n += 1
    return out


# the ending a partitive or genitive object adds to its noun ("toetus" -> "toetust", "pension" -> "pensioni")
_OBJECT_ENDINGS = frozenset("t d i e a u it ut at et id sid".split())


def _object_form(word) -> bool:
    """Is an Estonian word an object's form of its noun (partitive or genitive, not the dictionary form an item
    takes): "toetust", "pensioni"; an unknown compound by its "-ust" ("lapsetoetust")?"""
    if not word.is_word:
        return False
    lemmas = {tx.fold(lemma) for lemma in dictionary_lemmas(word.text.lower(), "et")}
    if not lemmas:
        return word.norm.endswith("ust") and len(word.norm) > 6
    return word.norm not in lemmas and any(word.norm.startswith(lemma) and word.norm[len(lemma):] in _OBJECT_ENDINGS
                                           for lemma in lemmas)


def _object_joined(sentence: str, fragments: list, lang: str) -> list:
    """Estonian fragments joined where an object set off by amounts comes before its verb: "Üksi elava pensionäri
    toetust, 200 eurot, makstakse oktoobris automaatselt" is one clause (the object, its sum in apposition, the
    verb), not three items (new-user batch 62 living-alone-chat-et good). The object must be inflected, the
    fragments between it and the verb-led one numbers ("Toetus, 200 eurot, makstakse ..." of bare items stays)."""
    if lang != "et" or len(fragments) < 3:
        return fragments
    out: list = []
    for part, words in fragments:
        if out and words and words[0].is_word and et_finite(words[0].text) and sentence_language(part, lang) == "et":
            back = len(out) - 1
            while back > 0 and out[back][1] and out[back][1][0].text[:1].isdigit():
                back -= 1
            if back < len(out) - 1 and out[back][1] and _object_form(out[back][1][-1]):
                start = sentence.find(out[back][0])
                stop = sentence.find(part, start + len(out[back][0])) if start >= 0 else -1
                joined = sentence[start:stop + len(part)] if start >= 0 and stop >= 0 else part
                merged = [w for _, ws in out[back:] for w in ws] + words
                del out[back:]
                out.append((joined, merged))
                continue
        out.append((part, words))
    return out


# words that open an example of what the fragment before names: «об изменениях, например об окончании учёбы»,
# "muudatustest, näiteks õpingute lõpust"
_EXAMPLE_LEADS = frozenset("например напр в частности скажем nt naiteks muuhulgas sealhulgas eelkoige".split())


def _examples_joined(sentence: str, fragments: list) -> list:
    """A fragment that opens with "for example" joined to the fragment before it: the example belongs to what that
    fragment names and is no item of its own («об изменениях, которые влияют на пособие, например об окончании
    учёбы, нужно сообщать Департаменту» is one sentence to the client, not a list; new-user batch 55
    overpayment-recovery-ru good)."""
    out: list = []
    for part, words in fragments:
        if out and words and words[0].norm in _EXAMPLE_LEADS:
            prev_part, prev_words = out.pop()
            start = sentence.find(prev_part)
            stop = sentence.find(part, start + len(prev_part)) if start >= 0 else -1
            joined = sentence[start:stop + len(part)] if start >= 0 and stop >= 0 else f"{prev_part},{part}"
            out.append((joined, prev_words + words))
            continue
        out.append((part, words))
    return out


def _summary_label(head: str, lang: str) -> bool:
    """Is the text before a colon a summary label ("Kokkuvõtteks ütlen", «Итак, подведу итог»): an explicit
    summary cue and at most four words?"""
    return len(word_norms(head)) <= 4 and explicit_cue(head, lang)


def _asked_stems(question: str) -> set[str]:
    """Stems of the content words of a client's question (not its question words)."""
    return {t.norm[:5] for t in tx.tokenize(question) if t.is_word and len(t.norm) >= 4
            and t.norm not in _TIES and t.norm not in PARTICLES}


def _base_form_item(words: list, lang: str) -> bool:
    """A lone word in its dictionary form ("avaldus, register, ..."): a noun that only looks like a verb form
    ("avaldus" is also "it appeared"), an item, not a clause governing the list (new-user batch 30)."""
    from trainer.text.lexicon import dictionary_lemmas
    return len(words) == 1 and words[0].is_word \
        and words[0].norm in {tx.fold(lemma) for lemma in dictionary_lemmas(words[0].text.lower(), lang)}


def _noun_read_as_verb(part: str, lang: str) -> bool:
    """Is every finite verb of an Estonian fragment a noun in its dictionary form that the verb test also reads as
    a past form ("toetus" support / it leaned, "avaldus" statement / it appeared)? Then the fragment names a thing
    ("Üksi elava pensionäri toetus 200 eurot aastas, oktoobri pensioniga, ..."; new-user batch 42) and governs no
    list after it."""
    if sentence_language(part, lang) != "et" or copula_dash(part):
        return False
    verbs = [tok.text.lower() for tok in tx.tokenize(part) if tok.is_word and et_finite(tok.text)]
    return bool(verbs) and all(
        not any(is_verb_lemma(lemma) for lemma in dictionary_lemmas(w, "et"))
        and tx.fold(w) in {tx.fold(lemma) for lemma in dictionary_lemmas(w, "et")} for w in verbs)


def _set_off_heading(sentence: str, part: str) -> bool:
    """Is the list's first fragment set off as its heading: followed by a colon ("Документы: паспорт, ...") or
    a key with its value after a dash ("Matusetoetus – omavalitsus, ...")? The asked word as the first of a
    row of bare words ("avaldus, rahvastikuregister, automaatne, ...") heads nothing (new-user batch 30)."""
    at = sentence.find(part)
    rest = sentence[at + len(part):].lstrip() if at >= 0 else ""
    return rest.startswith(":") or bool(_HEADING_DASH.search(part))


_HEADING_DASH = re.compile(r"\S\s*[–—]\s*\S|\s-\s")


def _heading_takes_up(heading: str, asked: set[str]) -> bool:
    """Does the first fragment of a list take up a word of the client's question, also as the last part
    of a compound ("palju see toetus on?" - "Lapsetoetus kuus: ...", see `takes_up_stem`)?"""
    return any(t.is_word and len(t.norm) >= 4 and takes_up_stem(t.norm, asked) for t in tx.tokenize(heading))
