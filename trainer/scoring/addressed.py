"""A sentence that names "the caller" but speaks to the client (non-answers, new-user batch 37).

Knowledge text talks about the client in the third person ("Uue arvelduskonto teatab klient ise kirjalikult", «О новом
счёте клиент сообщает сам»), and `acts` reads such a sentence as no answer. A trainee who explains a rule may name
callers in general and still speak to the client: "telefonis ei saa sest helistajat ei saa kindlalt tuvastada ja ...
uue konto teatate kirjalikult iseteeninduses" (typed lowercase, without "Teie"). What shows it is a verb of the second
person plural, the polite "you", in a main clause of its own that does not name the caller (a subordinate clause,
"enne kui vastate", may speak to the agent too):

- Estonian: the present or past of the polite "you" ("teatate", "registreerite", "saite") and its imperative
  ("teatage", "saatke"): the knowledge base instructs the agent in the singular ("suuna klient ...");
- Russian: the present or future of the polite "you" («сообщаете», «подадите»), not the imperative, nor a form
  spelt like one («уточните», «говорите»): the knowledge base instructs the agent with it («направьте клиента»,
  «проверьте, получил ли клиент ответ»).

A verb in the same clause as the client word, or in the clause its object clause is ("täpsustage, kas klient
kolib alaliselt"), is an instruction about the client ("küsige kliendilt isikukoodi", «покажите, что понимаете
беспокойство клиента»), and a client word in a condition ("kui helistaja sõimab, jääge
rahulikuks", «если звонящий говорит ...») makes the sentence a rule about callers: both stay third-person text.
"""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring.finite_verbs import et_finite, has_finite_verb
from trainer.text.lexicon import ru_parse

__all__ = ["addresses_listener"]

# words that open a clause of their own in speech without commas
_CLAUSE_WORDS = {
    "et": frozenset("ja ning ega voi aga kuid vaid sest kuna et kui kuigi siis seeparast selleparast seetottu seega"
                    .split()),
    "ru": frozenset("и а но или либо потому поэтому что чтобы если когда хотя так как".split()),
}
# words that open an object clause ("kas ...", «что ...»): a clause of the verb before it
_COMPLEMENT = {"et": frozenset("kas et mis mida kuidas millal kus kes kelle milline".split()),
               "ru": frozenset("что чтобы как когда где кто какой какая какое какие сколько".split())}
# a clause these open is subordinate: "enne kui vastate", "kuna te ei ole" may be said to the agent too; the polite
# "you" speaks to the client in a main clause
_SUBORDINATE = {"et": frozenset("sest kuna et kui kuigi kuni".split()),
                "ru": frozenset("потому что чтобы если когда хотя пока прежде".split())}
_CONDITION = {"et": frozenset({"kui"}), "ru": frozenset({"если", "когда"})}
_PUNCT = frozenset(",;:–—()")
_QUOTED = re.compile(r"«[^»]*»|„[^“”]*[“”]|\"[^\"]*\"")


def _clauses(tokens: list, lang: str) -> list[list]:
    """The words of a sentence in clauses: split at commas, dashes and the words that open a clause."""
    out: list[list] = [[]]
    opener = _CLAUSE_WORDS.get(lang, frozenset())
    for tok in tokens:
        if not tok.is_word:
            if tok.text in _PUNCT and out[-1]:
                out.append([])
            continue
        if tok.norm in opener and out[-1]:
            out.append([])
        out[-1].append(tok)
    merged: list[list] = []
    for clause in (c for c in out if c):
        # an object clause belongs to the verb before it: "täpsustage, kas klient kolib", «уточните, переезжает ли
        # клиентка» instruct about the client, however the comma splits them
        if merged and (clause[0].norm in _COMPLEMENT.get(lang, ()) or len(clause) > 1 and clause[1].norm == "ли"):
            merged[-1] += clause
        else:
            merged.append(clause)
    return merged


def polite_you(tok, lang: str) -> bool:
    """Is the word a verb of the second person plural (the polite "you"): see the module's doc?"""
    if lang == "ru":
        parses = ru_parse(tok.norm)
        tag = parses[0].tag if parses else None
        # «уточните», «объясните», «говорите» are imperatives too: the knowledge base's voice, so not counted
        return tag is not None and tag.POS == "VERB" and "2per" in tag and "plur" in tag \
            and not any("impr" in p.tag for p in parses)
    return len(tok.norm) > 4 and tok.norm.endswith(("te", "ge", "ke")) and et_finite(tok.text)


# the pronouns of the polite "you" (folded): "see kaitseb Teie raha", «это защищает Ваши деньги». The knowledge base
# never speaks to its reader with them (only inside quoted example phrases); "oma" / «свой» are everyone's
YOU_PRONOUNS = {
    "et": frozenset("te teie teile teid teil teilt teiega teiesse teieni teiele".split()),
    "ru": frozenset("вы вас вам вами ваш ваша ваше вашу вашего вашей вашему вашим вашем ваши ваших".split()),
}


def _you_pronoun_clause(clause: list, lang: str) -> bool:
    """A clause with a pronoun of the polite "you" and a finite verb of its own ("see kaitseb Teie raha"): said to the
    client, a subordinate clause too ("sest see kaitseb Teie raha"); a list of the pronouns ("Te, Teie") is none."""
    pronouns = YOU_PRONOUNS.get(lang, frozenset())
    return len(clause) >= 3 and any(t.norm in pronouns for t in clause) \
        and has_finite_verb(" ".join(t.text for t in clause), lang)


def addresses_listener(sentence: str, lang: str, client_word) -> bool:
    """Does a sentence that names the client (``client_word(token)``) speak to the client: a verb of the polite
    "you", or a pronoun of it beside a finite verb ("see kaitseb Teie raha"; new-user batch 41), in a clause without
    the client word, and no client word in a condition? Words in quotation marks (an example phrase: "tuvasta
    helistaja: „Palun öelge oma isikukood.“") are not the sentence's own."""
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(sentence)]
    tokens = [t for t in tx.tokenize(sentence) if not any(a <= t.start < b for a, b in quoted)]
    clauses = _clauses(tokens, lang)
    condition = _CONDITION.get(lang, frozenset())
    if any(c[0].norm in condition and any(client_word(t) for t in c) for c in clauses):
        return False
    subordinate = _SUBORDINATE.get(lang, frozenset())
    return any(not any(client_word(t) for t in c)
               and ((c[0].norm not in subordinate and any(polite_you(t, lang) for t in c))
                    or _you_pronoun_clause(c, lang)) for c in clauses)
