"""Reference text read out (non-answers, issue 10; new-user batch 21).

An agent who announces a passage of the knowledge base as such ("Infoks: ...", "Üldine info: „...“",
«Справка: «...»», «Информация: ...») and then reads it word for word is quoting the reference, not talking
to the person on the line: the passage says the rule about "a person" or "the applicant" in general (and
every figure of the topic at once), while the client's own question stays where it was. Like knowledge text
about "the client" in the third person (`unaddressed._third_person`), such a passage performs no act towards the
client and fails the real_answers gate.

A sentence is reference text when

- it opens with a reference label (et: infoks, teadmiseks, üldine info/selgitus, lisainfo, taustainfo;
  ru: справка, для справки, информация (по теме), общая информация, к сведению, для информации) or quotes a
  passage (eight words or more inside its quotation marks in knowledge runs; a term in quotation marks is no
  quoted passage, new-user batch 39), and
- at least eight of its words are covered by runs of five words found in one knowledge text, and
- it does not address the client ("Teie", «Вы», «Ваш»): a label before a rule said of the client's own case is
  speech.

A header naming the knowledge base („Teadmisbaas: ...“) or a bulletin's header, an institution announcing
(„Sotsiaalkindlustusamet teavitab.“, «Департамент информирует:», new-user batch 65), makes every following sentence
of the reply that speaks to no one and asks nothing the paste: a notice, not a reply to the caller.

The sentences after it in the same reply that are themselves mostly knowledge text (five words or more covered,
no address) continue the paste. A fact said in one's own words, or a knowledge sentence said without a label or
quotation marks, is speech as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from trainer import text as tx
from trainer.text.refusals import script_language

_RUN = 5
_SEED_WORDS = 8
_MORE_WORDS = 5
#: a reply read out of the knowledge: at least this many words, this share of them in knowledge runs
_READ_OUT_WORDS = 20
_READ_OUT_SHARE = 0.9
# the label at the start of a sentence (folded text)
LABEL = re.compile(r"^\W*(?:infoks|teadmiseks|uldine\s+(?:info|selgitus|teave)|lisainfo|taustainfo|"
                    r"справка|для\s+справки|(?:общая\s+)?информация(?:\s+по\s+теме)?|общее\s+разъяснение|"
                    r"к\s+сведению|для\s+информации)\s*[:–—-]")
# the knowledge base named as the source, heading a passage ("Teadmisbaas: ...", «База знаний: ...»)
_KB_LABEL = re.compile(r"^\W*(?:teadmisbaas\w*|teadmusbaas\w*|teabebaas\w*|база\s+знаний|из\s+базы\s+знаний)\s*[:–—-]")
#: a bulletin's header: an institution announcing, alone before the sentence's end or a colon („Sotsiaalkindlustusamet
#: teavitab.“, „Amet teatab:“, «Департамент информирует.»; folded): what follows is a notice read to no one, like a
#: passage under a knowledge-base header (new-user batch 65 children-pension-chat-et gaming). „Amet teatab otsusest
#: kirjaga“ tells what the agency does, and a pronoun before the verb („Ma teatan“, «Я сообщаю») is someone speaking
_BULLETIN = re.compile(r"^\W*(?P<subject>(?:[^\W\d_]+\s+){0,4}?[^\W\d_]+)\s+(?:teavitab|teatab|informeerib|"
                       r"annab\s+teada|сообщает|информирует|уведомляет|извещает)\s*(?::.*|\W*)$")
_PRONOUNS = frozenset("ma mina me meie ta tema nad nemad see я мы он она они это".split())
_QUOTE_MARK = re.compile("[«»„“”\"]")
_ADDRESS = frozenset("""te teie teil teile teid teilt teiega sa sina sul sinu вы вас вам вами ваш ваша ваше вашей
    вашего вашу ваши ваших вашим вашем""".split())


def text_words(text: str) -> list[str]:
    return [t.norm for t in tx.tokenize_cached(text) if t.is_word or t.text[:1].isdigit()]


def reference_grams(texts: Iterable[str]) -> frozenset[tuple[str, ...]]:
    """Runs of five words (folded) of the knowledge texts: what a pasted passage shares with them."""
    out: set[tuple[str, ...]] = set()
    for text in texts:
        words = text_words(text)
        out.update(tuple(words[k:k + _RUN]) for k in range(len(words) - _RUN + 1))
    return frozenset(out)


def covered_count(words: list[str], grams: frozenset[tuple[str, ...]]) -> int:
    """How many of the words lie inside a five-word run of some knowledge text."""
    hit: set[int] = set()
    for k in range(len(words) - _RUN + 1):
        if tuple(words[k:k + _RUN]) in grams:
            hit.update(range(k, k + _RUN))
    return len(hit)


def has_address_word(words: list[str]) -> bool:
    return any(w in _ADDRESS for w in words)


def reference_sentences(sentences: list[str], grams: frozenset[tuple[str, ...]]) -> frozenset[str]:
    """The sentences of one agent reply that read out knowledge text: a labelled or quoted passage of it and
    the knowledge sentences that follow it in the reply (see the module doc)."""
    if not grams:
        return frozenset()
    return _reference_sentences(tuple(sentences), grams)


@lru_cache(maxsize=8192)  # a pure function of the reply's sentences and the knowledge runs
def _reference_sentences(sentences: tuple[str, ...], grams: frozenset[tuple[str, ...]]) -> frozenset[str]:
    out: set[str] = set()
    pasting = kb = False
    for sentence in sentences:
        words = text_words(sentence)
        if has_address_word(words):
            pasting = kb = False
            continue
        covered = covered_count(words, grams)
        if _KB_LABEL.match(tx.fold(sentence.lower())) or _bulletin_header(sentence):
            # "Teadmisbaas: Laste kasvatamine ja pension." heads what follows as read from the knowledge base, in
            # whatever wording that base has (new-user batch 45 children-pension-chat-et gaming, each turn)
            kb = pasting = True
            out.add(sentence)
            continue
        announced = bool(LABEL.match(tx.fold(sentence.lower()))) or _quoted_covered(sentence, grams) >= _SEED_WORDS
        if kb and not tx.is_question(sentence, script_language(sentence, "et")):
            out.add(sentence)  # under a knowledge-base header, every sentence to no one is the paste
        elif announced and covered >= _SEED_WORDS:
            pasting = True
            out.add(sentence)
        elif pasting and covered >= _MORE_WORDS and covered >= 0.5 * len(words):
            out.add(sentence)
        else:
            pasting = False
    return frozenset(out)


def _bulletin_header(sentence: str) -> bool:
    """Does the sentence head a bulletin: an institution announcing, and nothing else before a colon (`_BULLETIN`)?"""
    m = _BULLETIN.match(tx.fold(sentence.lower()))
    return bool(m) and not set(m.group("subject").split()) & _PRONOUNS


def _quoted_covered(sentence: str, grams: frozenset[tuple[str, ...]]) -> int:
    """How many words inside the sentence's quotation marks lie in knowledge runs: a quoted passage is the
    knowledge read out, a term in quotation marks («„живёт один“ смотрят по регистру», "„üksi elav“ tähendab
    ...") is the agent explaining a word in their own sentence (new-user batch 39). An unclosed mark quotes to
    the end of the sentence."""
    parts = _QUOTE_MARK.split(sentence)
    return sum(covered_count(text_words(part), grams) for part in parts[1::2])


def reads_knowledge_out(text: str, grams: frozenset[tuple[str, ...]]) -> bool:
    """Is the whole reply knowledge text read out to no one: twenty words or more, nine in ten of them inside
    five-word runs of the knowledge, and no word addressing the listener?"""
    words = text_words(text)
    if len(words) < _READ_OUT_WORDS or not grams or has_address_word(words):
        return False
    return covered_count(words, grams) >= _READ_OUT_SHARE * len(words)


def read_to_no_one(replies: list[str], lang: str, grams: frozenset[tuple[str, ...]]) -> frozenset[int]:
    """The replies (by position) read out of the knowledge (`reads_knowledge_out`) in a call whose agent never
    speaks to the caller: no reply of the call has a word addressing the listener or a question (new-user batch 36
    victim-support-ru gaming: the knowledge texts on the victim line and the compensation read one after another
    to a caller asking "can you help me at all?"). Such a reply performs no act, like a labelled passage. A
    knowledge sentence in a call that asks or says "Вы"/"Teie" anywhere is speech as before. The first reply is the
    opening: its greeting is the greeting criterion's to judge."""
    if not grams:
        return frozenset()
    pasted = frozenset(k for k, text in enumerate(replies) if k > 0 and reads_knowledge_out(text, grams))
    if not pasted:
        return pasted
    for text in replies:
        if has_address_word(text_words(text)) or any(tx.is_question(s, lang) for _, _, s in tx.split_sentences(text)
                                           if s.strip()):
            return frozenset()
    return pasted
