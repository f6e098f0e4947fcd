"""What the client hears about its personal code: a request for it, a reason for it (new-user batch 23).

The scorer's concepts find the words: "isikukood" in any sentence is an identification request, "andmekaitse"
or "tuvastamine" a data-protection reason. A caller listens to what is asked of it and why:

* a request is a sentence that asks for the code: a question ("Teie isikukood?", «Ваш личный код?»), a request
  word or an imperative ("palun", "öelge", «назовите», «пожалуйста»), a need or an ask of the agent's
  ("vajan", "on vaja", "küsin", «нужен», «прошу»), the caller's own code named ("Teie isikukood."), or the
  code word as the whole reply („Isikukood.“, a curt request);
  a bare noun in a list of keywords ("Isikukood, tuvastamine, kontonumber – kõik on kontrollitud.") or a
  statement about codes ("Isikukood ei ole saladus.") asks for nothing;
* a reason is told *to the caller*: a sentence with a verb that speaks to it or of the agent's own doing
  ("Küsin seda Teie andmete kaitseks", «чтобы убедиться, что я говорю именно с Вами»); knowledge text about
  what the office does with people's data ("Amet annab inimese andmeid ainult siis, kui on kindel ...",
  "Ilma tuvastamiseta isikuandmeid ei avaldata.") or a keyword ("Andmekaitse.") explains nothing to it.

Only the client's ear: the scorer's criteria keep their own reading.
"""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring.finite_verbs import has_finite_verb
from trainer.simulation.reactions import phrase_set
from trainer.text.lexicon import first_person

_REQUEST = {
    "et": re.compile(r"\b(?:palun|palume|paluksin|oelge|utelge|oelda|utle|utleksite|utlete|saaksite|voiksite|"
                     r"voite|dikteerige|kirjutage|andke|nimetage|teatage|vajan|vajame|vaja|vajalik\w*|"
                     r"kusin|kusiksin|kusime|tohin|tohiksin|sooviksin|soovin|teie|oma|teilt)\b"),
    "ru": re.compile(r"(?:пожалуйста|назовите|скажите|продиктуйте|сообщите|подскажите|уточните|дайте|"
                     r"напишите|нужен|нужно|нужна|необходим\w*|прошу|попрошу|попросить|можно|могу|могли|"
                     r"позвольте|ваш\w*|вас)"),
}
_CURT_WORDS = 4
# a quoted stretch: «...», „...“, "...", “...”
_QUOTED = re.compile(r"«[^»]*»|„[^“”\"]*[“”\"]|“[^”]*”|\"[^\"]*\"")
_ADDRESSED = {
    "et": frozenset("te teie teile teid teil teilt teiega teieni sa sina sul sulle sind ma mina mul mulle meie me "
                    "meil".split()),
    "ru": frozenset("вы вам вас вами ваш ваша ваше ваши вашего вашей вашим ваших я мне меня мной мы нам нас".split()),
}


def _sentences_with(conv, concept: str, text: str) -> list[str]:
    """The sentences of `text` in which the concept's phrases are found (not negated)."""
    return [sentence for sentence, _ in _found_in_sentences(conv, concept, text)]


def _found_in_sentences(conv, concept: str, text: str) -> list[tuple[str, list]]:
    """Each sentence of `text` with the concept's phrases found in it (not negated), with those matches."""
    lang = conv.scenario.language
    phrases = tuple((conv.concepts.get(concept) or {}).get(lang) or ())
    if not phrases or not text:
        return []
    found = phrase_set(phrases, lang)
    out = []
    for _, _, sentence in tx.split_sentences(text):
        matches = [m for m in found.find_all(sentence) if not m.negated]
        if matches:
            out.append((sentence, matches))
    return out


def _without(sentence: str, matches: list) -> str:
    """The sentence with the matched phrases blanked out."""
    for m in sorted(matches, key=lambda m: m.start, reverse=True):
        sentence = sentence[:m.start] + " " + sentence[m.end:]
    return sentence


def _first_person_verb(sentence: str, lang: str) -> bool:
    # "on" (is) reads as a first person of "olema": a first person verb is "küsin", "vaatan", «спрашиваю»
    return any(t.is_word and len(t.text) > 3 and first_person(t.text, lang) for t in tx.tokenize(sentence))


def requests_code(conv, text: str) -> bool:
    """Does a sentence of `text` that names the personal code ask the caller for it (module doc)?"""
    lang = conv.scenario.language
    pattern = _REQUEST.get(lang, _REQUEST["et"])
    named = _sentences_with(conv, "identification_request", text)
    if len(named) == 1 and len(tx.split_sentences(text)) == 1 and len(tx.tokenize(named[0])) <= _CURT_WORDS:
        return True  # „Isikukood.“, «Личный код.» as the whole reply: a curt request, no list
    for sentence in named:
        # a quoted model phrase asks nothing of the caller: «специалист показывает понимание («Я понимаю, как это
        # для Вас важно») и просит назвать личный код» (new-user batch 7 gaming, played again in batch 35's fixes)
        sentence = _QUOTED.sub(" ", sentence)
        if "?" in sentence or tx.is_question(sentence, lang) or pattern.search(tx.fold(sentence.lower())):
            return True
        if _first_person_verb(sentence, lang):
            return True
    return False


def explains_code(conv, text: str) -> bool:
    """Is a data-protection reason told to the caller in a sentence with a verb (module doc)?"""
    lang = conv.scenario.language
    addressed = _ADDRESSED.get(lang, _ADDRESSED["et"])
    for sentence, matches in _found_in_sentences(conv, "data_protection_reason", text):
        words = {tx.fold(t.text.lower()) for t in tx.tokenize(sentence) if t.is_word}
        # the verb is one outside the reason's own words: „Teie enda andmete kaitseks.“ is a bare reason whose
        # „kaitseks“ only looks like a verb (new-user batch 28 refuses-code-et gaming gave its code to it)
        if not has_finite_verb(_without(sentence, matches), lang) \
                and not re.search(r"\b(?:et|чтобы)\b", tx.fold(sentence.lower())):
            continue
        if words & addressed or _first_person_verb(sentence, lang):
            return True
    return False


def hear_code_talk(conv, signals: dict, evidence: dict, acted: str) -> None:
    """Take back a code request or a code reason the caller did not hear as one (module doc)."""
    if signals.get("asked_identification") and not requests_code(conv, acted):
        signals["asked_identification"] = False
        evidence.pop("asked_identification", None)
    if signals.get("explained_why_code") and not explains_code(conv, acted):
        signals["explained_why_code"] = False
        evidence.pop("explained_why_code", None)
