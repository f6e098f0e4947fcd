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

A keyword string (`keyword_string`, new-user batch 75) is the long kind typed with no punctuation at all, where a
greeting, the agent's name, a stray verb, pronoun or preposition among the keywords does not make a clause of them
(«Здравствуйте Департамент ... помощь квартира отопление пособие местное самоуправление ... Вы понимаю»): six or more
topic words in a run, mostly in the dictionary form, in a sentence made mostly of such words. `acts` drops it in the
first reply too. Speech typed without punctuation links its words every few words (a verb, a pronoun, a particle, a
conjunction), and an Estonian sentence with no function words inflects its words: neither is such a string.
"""

from __future__ import annotations

import re
from dataclasses import replace

from trainer import text as tx
from trainer.scoring.finite_verbs import has_finite_verb
from trainer.text.keywords import LINKERS, bare
from trainer.text.lexicon import dictionary_lemmas, is_verb_lemma, ru_parse, word_forms
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
    if len(content) < _MIN_WORDS or any(tx.fold(t.norm) in LINKERS for t in words):
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
        topic = _ru_noun(tok.text) if lang == "ru" else (len(tok.text) >= 3 and bare(tok.text)
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


#: content words (nouns, adjectives, participles; names, numbers and adverbs not counted) a keyword string runs on
#: without a break; a list inside a normal sentence is shorter or stands beside its clause
_STRING_RUN = 6
#: the share of the sentence's counted words that are content words: speech, however unpunctuated, links its words
_STRING_SHARE = 0.7
#: the share of the run's topic words in the dictionary form: inflected words have syntax ("kirjalik päring õigusliku
#: alusega meie üldisele aadressile"), a keyword list names its topics
_STRING_BARE = 0.7
#: conjunctions (of the linking words of `trainer.text.keywords`): they join clauses or items, so a run ends there
_CONJUNCTIONS = frozenset(tx.fold(w) for w in "ja ning või ega ehk и или либо а но".split())
#: Russian parts of speech that make a clause or link words (a verb form, a pronoun, a preposition, a particle)
_RU_BREAK_POS = frozenset({"VERB", "INFN", "GRND", "PRTS", "ADJS", "PRED", "CONJ", "PRCL", "INTJ", "NPRO"})
#: Estonian words that link words or stand for them (pronouns, conjunctions, particles, adverbs of speech)
_ET_BREAK = frozenset(tx.fold(w) for w in """see seda selle sellest seal siin too need nende mis mida mille kes keda
    kus kuhu kust kuidas millal miks kas mina ma minu mul mulle sina sa sinu teie te teid teil teile tema ta teda
    talle meie me meid meil meile nemad nad neid neil oma ise kogu et kui siis sest aga vaid ka ju ning ehk ega nii
    ainult veel juba nüüd kohe seega jah ei ära mitte no noh nojah okei tere selge hea täpselt muidugi
    kindlasti lihtsalt""".split())
#: an Estonian number said in words ("seitsesada", "kolmkümmend", "null koma neli"): a value, no topic
_ET_NUMBER = re.compile(r"^(?:null|koma|(?=\w)(?:uks|uhe|kaks|kahe|kolm|kolme|neli|nelja|viis|viie|kuus|kuue|seitse|"
                        r"seitsme|kaheksa|uheksa)?(?:kumme|kummend|kumne|teist|sada|saja|tuhat|tuhande)?)$")


def _string_word(word: str, lang: str) -> str:
    """A word's part in a keyword string: "break" (a verb, a pronoun, a linking or a courtesy word), "content" (a
    topic word) or "" (a name, an adverb: it neither counts nor breaks the run)."""
    folded = tx.fold(word.lower())
    if word[:1].isdigit() or folded in LINKERS and folded not in _CONJUNCTIONS \
            or lang == "et" and _ET_NUMBER.match(folded):
        return ""  # a preposition inside a term («пособие по прожиточному минимуму») links no clause
    if folded in _COURTESY or folded in _CONJUNCTIONS or has_finite_verb(word, lang):
        return "break"
    if _person(word):
        return ""
    if lang == "ru":
        parses = ru_parse(word.lower())
        if not parses or parses[0].tag.POS is None:
            return "content"  # a word of another script ("toimetulekutoetus") is a keyword as well
        tag = parses[0].tag
        if tag.POS in _RU_BREAK_POS or "Apro" in tag.grammemes:
            return "break"
        return "" if tag.POS in ("ADVB", "NUMR", "COMP") else "content"
    if folded in _ET_BREAK or _et_uninflected(word) or not bare(word) and any(
            is_verb_lemma(lemma) for lemma in dictionary_lemmas(word.lower(), "et")):
        return "break"  # a verb form ("saabudes", "minnes") makes a clause of the words around it
    return "content"


def _dictionary_form(word: str, lang: str) -> bool:
    """A word in its dictionary form (Russian: the nominative; a word of another script counts as one)."""
    if lang == "et":
        return bare(word)
    parses = ru_parse(word.lower())
    return not parses or parses[0].tag.POS is None or any("nomn" in p.tag for p in parses[:2])


_INWORD = re.compile(r"(?<=\w)[-‐](?=\w)|(?<=\d)\.(?=\s+\w)")


def keyword_string(sentence: str, lang: str) -> bool:
    """Is the sentence a long keyword string typed without punctuation (new-user batch 75 rent-help-municipality-ru
    gaming): a run of at least six topic words with no verb, pronoun or linking word among them, holding topic
    nouns side by side (`is_telegram`'s run), in a sentence whose counted words are mostly such topic words? The
    odd greeting, name, verb or preposition in it gives it no clause: «Здравствуйте Департамент ... Мария помощь
    квартира отопление пособие ... пенсионер 200 евро октябрь автоматически Вы понимаю». Unpunctuated speech links its
    words (pronouns, particles, prepositions, verbs every few words); a list inside a clause is a part of it."""
    if lang not in _RUN or tx.is_question(sentence, lang) or sentence.rstrip().endswith("?"):
        return False
    # a hyphen inside a word ("3-aastaseks", «по-русски») and the point of an ordinal ("8. kuupäev") are no
    # punctuation (new-user batch 36 parental-benefit-chat-et gaming)
    tokens = tx.tokenize(_INWORD.sub("", sentence))
    if any(not t.is_word and not t.text[:1].isdigit() and t.text not in _ENDS for t in tokens):
        return False  # punctuation inside: a list with commas is read by `item_list`
    # numbers said in words are values ("seitsesada kaks eurot"), and so is the unit after a number: no topic
    words = [t for t in tx.tokenize(tx.normalize_input(sentence, lang).text) if t.is_word or t.text[:1].isdigit()]
    parts = [(t.text, "" if k and words[k - 1].text[:1].isdigit() else _string_word(t.text, lang))
             for k, t in enumerate(words)]
    content = sum(1 for _, p in parts if p == "content")
    counted = sum(1 for _, p in parts if p)
    if content < _STRING_RUN or content < _STRING_SHARE * counted:
        return False
    run: list[tuple[str, str]] = []
    for word, part in [*parts, ("", "break")]:
        if part != "break":
            run.append((word, part))
            continue
        topics = [w for w, p in run if p == "content"]
        if len(topics) >= _STRING_RUN and _topic_run([w for w, _ in run], lang) >= _RUN[lang] \
                and sum(_dictionary_form(w, lang) for w in topics) >= _STRING_BARE * len(topics):
            return True
        run = []
    return False


def _topic_run(words: list[str], lang: str) -> int:
    """The longest row of topic nouns in the dictionary form side by side (`is_telegram`'s test) among the words."""
    run = best = 0
    for word in words:
        if _person(word):
            continue
        topic = _ru_noun(word) if lang == "ru" else (len(word) >= 3 and bare(word) and not _et_uninflected(word))
        run = run + 1 if topic else 0
        best = max(best, run)
    return best
