"""The agent's own role narrated in the third person (non-answers, new-user batch 31).

Knowledge text rewritten about the specialist ("Специалист не требует, чтобы человек сразу что-то решал.", «После
кризисного звонка специалист сообщает руководителю группы.», "Spetsialist küsib kõigepealt, kas helistaja on
ohutus kohas.") describes what the person on the line does in general; said to a caller, it talks about someone
instead of to her, like knowledge text about "the client" (`unaddressed._third_person`).

A sentence narrates the role when the word for the agent's role (et: spetsialist, (kliendi)teenindaja, nõustaja, konsultant;
ru: специалист, консультант, оператор) is followed, after at most two adverbs or a negator, by a verb in the
present tense, third person (ru: imperfective present; et: a present "-b" form or a verb after "ei"), and the
sentence addresses no one ("Teie", «Вы», «Вам») and the speaker says neither "I" nor "we" ("meie infoliinile", «у нас»). The Estonian present is also the future, so the acts a specialist
will do for the caller ("spetsialist helistab tagasi", "vaatab üle", "vastab") are no narration; in Russian the
future is perfective («специалист перезвонит», «всё проверит») and stays speech. A role word with a qualifier
after it («специалист по реабилитации», «специалист службы помощи жертвам») or, in Estonian, before it ("Töötukassa
spetsialist") names another person. The call itself handled in a manner of service, in an impersonal present ("Vestlus
lõpetatakse viisakalt", «Разговор завершается вежливо»), narrates the role too (`_conduct`), and so does the role word
with a manner of service and a present verb in either order („Veebivestluses vastab spetsialist lühidalt ja
sõbralikult“, `_served`, new-user batch 63), each when the manner and the verb stand in one clause: "Ütlen ausalt ja
rahulikult: abikaasale makstakse ..." (new-user batch 61) tells how the agent tells it, then a rule.
"""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.text.lexicon import dictionary_lemmas, is_verb_lemma, ru_parse

_ROLE = {"et": frozenset("spetsialist teenindaja klienditeenindaja noustaja konsultant".split()),
         "ru": frozenset("специалист консультант оператор".split())}
_SKIP = {"et": frozenset("ei alati koigepealt esmalt seejarel siis viisakalt rahulikult ise otse kohe".split()),
         "ru": frozenset("не всегда сначала сперва затем потом вежливо спокойно сам прямо сразу обязательно".split())}
_ADDRESS = {"et": frozenset("te teie teil teile teid teilt teiega sa sina sul sinu sulle sind".split()),
            "ru": frozenset("вы вас вам вами ваш ваша ваше вашей вашего вашу ваши ваших вашим вашем ты тебе тебя".split())}
# the speaker in the first person ("meie infoliinile", «у нас»): the agent speaking for the Board to the caller, as
# `unaddressed._personal` reads it; knowledge text about the specialist says neither "I" nor "we" (new-user batch 70
# application-channel-chat-et wrong: "... kui ema helistab meie infoliinile ... – klienditeenindaja täidab selle ära")
_SPEAKER = {"et": frozenset("ma mina mul minul minu mind me meie meil meile meid meilt".split()),
            "ru": frozenset("я мне меня мной мы нам нас нами наш наша наше нашу нашего нашей нашем наши наших".split())}
# a quoted example phrase ("Spetsialist täpsustab vajadust: „Kas ma sain õigesti aru ...?“") is no speaker's "I"
_QUOTED = re.compile(r"«[^»]*»|„[^“”]*[“”]|\"[^\"]*\"")
# what a specialist will do for this caller: the Estonian present read as the future
_ET_SERVICE = frozenset("helistab vaatab vastab votab kirjutab saadab uurib kontakteerub aitab".split())


def narrates_role(sentence: str, lang: str) -> bool:
    """Does the sentence narrate what the specialist does, in the third person (see the module doc)?"""
    roles = _ROLE.get(lang)
    if not roles:
        return False
    tokens = tx.tokenize_cached(sentence)
    words = [t for t in tokens if t.is_word]
    norms = [tx.fold(t.norm) for t in words]
    if any(n in _ADDRESS[lang] for n in norms):
        return False
    if any(_conduct(part, [tx.fold(t.norm) for t in part], lang) or _served(tokens, part, lang)
           for part in _clause_words(tokens)):
        return True
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(sentence)]
    if any(n in _SPEAKER[lang] and not any(a <= t.start < b for a, b in quoted) for t, n in zip(words, norms, strict=True)):
        return False  # "kui ema helistab meie infoliinile ... – klienditeenindaja täidab selle ära": the agent speaking
    for k, norm in enumerate(norms):
        if norm not in roles:
            continue
        if lang == "et" and _qualified(tokens, words[k]):
            continue  # "Töötukassa spetsialist hindab töövõimet": another body's specialist
        j, negated = k + 1, False
        while j < len(norms) and j <= k + 2 and norms[j] in _SKIP[lang]:
            negated = negated or norms[j] in ("ei", "не")
            j += 1
        if j < len(words) and _present_3rd(words[j].text, norms[j], lang, negated):
            return True
    return False


# the manner of service in the standard's words: said of the call in an impersonal present ("Vestlus lõpetatakse
# viisakalt", «Разговор завершается вежливо»; new-user batch 50 social-welfare-redirect-chat-et gaming), it narrates
# how calls are handled, not what this caller is told
_MANNER = {"et": frozenset("viisakalt sobralikult lugupidavalt empaatiliselt rahulikult".split()),
           "ru": frozenset("вежливо дружелюбно уважительно корректно доброжелательно эмпатично".split())}
# the manner and its impersonal verb are read in one clause: "Ütlen ausalt ja rahulikult: abikaasale makstakse ..." is
# the agent's own way of telling (its "rahulikult" goes with "Ütlen"), then a rule told to the caller (new-user batch 61
# survivors-pension-grief-et good)
_CLAUSE_MARKS = frozenset(",;:–—()-")


def _clause_words(tokens) -> list[list]:
    """The words of a sentence in the clauses its commas, colons, semicolons, dashes and brackets make."""
    parts: list[list] = [[]]
    for tok in tokens:
        if tok.is_word:
            parts[-1].append(tok)
        elif tok.text in _CLAUSE_MARKS and parts[-1]:
            parts.append([])
    return [p for p in parts if p]


def _conduct(words, norms: list[str], lang: str) -> bool:
    """A manner of service (:data:`_MANNER`) with an impersonal present: "... lõpetatakse viisakalt" (et: a
    "-takse"/"-dakse" form), «... завершается вежливо» (ru: a reflexive present, third person)."""
    if not any(n in _MANNER[lang] for n in norms):
        return False
    if lang == "et":
        return any(n.endswith(("takse", "dakse")) and len(n) > 6 for n in norms)
    for word in words:
        low = word.text.lower()
        if not low.endswith(("ся", "сь")):
            continue
        parses = ru_parse(low)
        tag = parses[0].tag if parses else None
        if tag is not None and tag.POS == "VERB" and "pres" in tag and "3per" in tag:
            return True
    return False


def _served(tokens, words, lang: str) -> bool:
    """The role word, unqualified, with a present verb in the third person and a manner of service (:data:`_MANNER`)
    in one clause, in either order: „Veebivestluses vastab spetsialist lühidalt ja sõbralikult“ (the verb first, as
    Estonian puts it after an adverbial), «В чате отвечает специалист вежливо» (new-user batch 63 child-allowance-et
    gaming). With the manner, even a verb of service („vastab“) describes how calls are handled, not what will be
    done for this caller."""
    norms = [tx.fold(t.norm) for t in words]
    if not any(n in _MANNER[lang] for n in norms):
        return False
    for k, norm in enumerate(norms):
        if norm not in _ROLE[lang]:
            continue
        verb_before = k > 0 and _present_verb(words[k - 1].text, norms[k - 1], lang)
        if lang == "et" and not verb_before and _qualified(tokens, words[k]):
            continue  # "Töötukassa spetsialist vastab sõbralikult": another body's specialist
        if verb_before or any(_present_verb(w.text, n, lang) for w, n in zip(words[k + 1:], norms[k + 1:], strict=True)):
            return True
    return False


def _present_verb(word: str, norm: str, lang: str) -> bool:
    """A present verb in the third person, a verb of service included („vastab“, «отвечает»)."""
    if lang == "ru":
        return _present_3rd(word, norm, lang, False)
    return norm.endswith("b") and any(is_verb_lemma(lemma) for lemma in dictionary_lemmas(word.lower(), "et"))


# words that may stand right before the role word without qualifying it
_ET_OPEN = frozenset("ja ning siis seejarel koigepealt nuud alati ka et kui".split())


def _qualified(tokens, role) -> bool:
    """Is the Estonian role word qualified by the word right before it ("Töötukassa spetsialist", "ohvriabi
    spetsialist")?"""
    k = next(i for i, t in enumerate(tokens) if t is role)
    return k > 0 and tokens[k - 1].is_word and tx.fold(tokens[k - 1].norm) not in _ET_OPEN


def _present_3rd(word: str, norm: str, lang: str, negated: bool) -> bool:
    if lang == "ru":
        parses = ru_parse(word.lower())
        tag = parses[0].tag if parses else None
        return tag is not None and tag.POS == "VERB" and "pres" in tag and "3per" in tag
    if norm in _ET_SERVICE or not (negated or norm.endswith("b")):
        return False
    low = word.lower()
    # the form after "ei" is the verb's stem, which may also be a noun ("ei kogu": "kogu" is "whole", the verb is
    # "koguma"; new-user batch 50 social-welfare-redirect-chat-et gaming "Klienditeenindaja ei kogu ... isikuandmeid")
    return any(is_verb_lemma(lemma) for lemma in dictionary_lemmas(low, "et")) \
        or (negated and low not in _ET_NOT_STEM and low + "ma" in dictionary_lemmas(low + "ma", "et"))


_ET_NOT_STEM = frozenset("ka ju".split())  # "ei ka", "ei ju": particles, no verb stem
