"""What a reply only repeats, and so tells the client nothing new (new-user batch 28).

* A recap list: a summary label and a list of bare items after it („Kokkuvõtteks: ohvriabi, 116 006, hüvitis,
  psühholoogiline abi.“, «Итак: доверенность, самообслуживание, 16106.»). A recap sums up what was said; an item
  in it that was never said before in a sentence the client heard explains nothing, so the client does not hear
  it (it had asked about the bills and was only ever given keyword lists: it does not restate "the bills can be
  compensated" and thank). What was said before stays heard, so a terse recap of a real answer is still a summary.
* A reply pasted again: the same text (eight words or more) as an earlier reply. Its question was already put to
  the client and answered; the client does not stay in its step to answer it again („Да, именно так.“ to the
  fourth copy of a keyword macro ending in «правильно ли я понимаю?»), and a copy ending in a goodbye while the
  client's question is open leaves it unhelped, like a bare goodbye.
* A sentence of the client's line that the answer just before it already said (`without_said_sentences`): said
  once in the turn.

Only the client's ear: the scorer keeps its own reading (:mod:`trainer.scoring.item_list` tells a recap from a list).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer import text as tx
from trainer.scoring.finite_verbs import has_finite_verb
from trainer.scoring.signals import analyse_reply

if TYPE_CHECKING:  # pragma: no cover
    from trainer.simulation.dialogue import Conversation

#: a summary label at the head of a sentence, before its colon (folded text)
_SUMMARY_HEAD = {
    "et": re.compile(r"^\W*(?:(?:niisiis|seega|nii)\W+)?(?:kokkuvotteks|kokkuvottes|kokku\s+votes|luhidalt|"
                     r"lyhidalt|kokku)\W*$"),
    "ru": re.compile(r"^\W*(?:(?:итак|так)\W+)?(?:итак|итог\w*|подвед\w+\s+итог\w*|подводя\s+итог\w*|в\s+итоге|"
                     r"резюмируя|коротко|кратко|вкратце)\W*$"),
}
#: a reply this long pasted again word for word is a copy, not a question asked again
_PASTED_WORDS = 8


def recap_lists(text: str, lang: str) -> list[str]:
    """The sentences of `text` that are a summary label and a list of bare items after its colon."""
    from trainer.scoring.item_list import item_list  # the scorer's list test, on the tail alone

    head_re = _SUMMARY_HEAD.get(lang, _SUMMARY_HEAD["et"])
    out = []
    for _, _, sentence in tx.split_sentences(text):
        if ":" not in sentence:
            continue
        head, tail = sentence.split(":", 1)
        if head_re.match(tx.fold(head)) and (item_list(tail.strip(), lang, (), frozenset(), set())
                                             or _bare_items(tail, lang)):
            out.append(sentence)
    return out


#: a short recap's items: split at commas and semicolons (not inside a number)
_ITEMS = re.compile(r"(?<!\d)[,;](?!\d)|(?<=\d)[,;](?!\d)|(?<!\d)[,;](?=\d)")
#: the most words of a bare recap item („Maksu- ja Tolliamet“, «PIN-коды – банк»)
_ITEM_WORDS = 4


def _bare_items(tail: str, lang: str) -> bool:
    """Two or more bare items after a summary label, with no finite verb among them („Kokkuvõtteks: Pensionikeskus,
    PPA, Maksu- ja Tolliamet.“, «Итак: вторая ступень – Pensionikeskus, PIN-коды – банк.»): shorter than the
    scorer's keyword list (four items), still a recap that says nothing it did not say before (new-user batch 40
    redirects-pillar-tax-pin-et gaming: three institutions listed to no question heard as the answer)."""
    body = tail.strip().rstrip(".!…").strip()
    if "?" in body or not body:
        return False
    items = [part for part in _ITEMS.split(body) if part.strip()]
    if len(items) < 2:
        return False
    if any(len([t for t in tx.tokenize(item) if t.is_word or t.text[:1].isdigit()]) > _ITEM_WORDS for item in items):
        return False
    return not has_finite_verb(body, lang)


def unhear_recapped(conv: Conversation, acted: str, signals: dict, facts: dict, heard: list[str]) -> set[str]:
    """Take back the scenario's signals, facts and criterion signals that this reply said only in a recap list
    and no earlier reply said: a recap of something never explained tells the client nothing (module doc).
    Returns the names taken back (the reply's statements must not give them back)."""
    lang = conv.scenario.language
    recaps = recap_lists(acted, lang)
    if not recaps:
        return set()
    taken = {name for name, hit in {**signals, **facts}.items() if hit}
    rest = acted
    for sentence in recaps:
        rest = rest.replace(sentence, " ")
    rest = rest.strip()
    ever = conv.state["ever"]
    said = analyse_reply(rest, lang, conv.concepts, conv.signals, conv.facts) if rest else None
    for name in conv.signals:
        if signals.get(name) and not ever.get(name) and not (said and said["signals"].get(name)):
            signals[name] = False
    for name in conv.facts:
        if facts.get(name) and not ever.get(name) and not (said and said["facts"].get(name)):
            facts[name] = False
    for name, crit_id in conv.scenario.criterion_signals.items():
        if signals.get(name) and not ever.get(name):
            signals[name] = bool(rest) and conv.library.criterion_verdict(conv.scenario, crit_id, rest, conv.values,
                                                                          heard)
    return {name for name in taken if not (signals.get(name) or facts.get(name))}


def _key(text: str) -> str:
    return " ".join(tx.fold(text).split())


def pasted_again(conv: Conversation) -> bool:
    """Is the reply just sent a copy of an earlier reply of eight words or more (module doc)?"""
    agent = [t["text"] for t in conv.turns if t["role"] == "agent"]
    if len(agent) < 2 or len(agent[-1].split()) < _PASTED_WORDS:
        return False
    last = _key(agent[-1])
    return any(_key(text) == last for text in agent[:-1])


#: words of at least this many letters carry a sentence's content („ma“, «я» do not: „Jah, vahetasin ...“ and „ma
#: vahetasin ...“ say the same)
_CONTENT_LETTERS = 3
#: a sentence with fewer content words is an echo or an interjection („Kontonumber?“, „Oi...“), never "said before"
_MIN_SAID_WORDS = 3
_LEAD_IN_WORDS = 2


def _content_words(sentence: str) -> list[str]:
    return [tx.fold(t.text) for t in tx.tokenize(sentence) if t.is_word and len(t.text) >= _CONTENT_LETTERS]


def without_said_sentences(line: str, before: list[str]) -> str:
    """The step's line without the sentences that a part said just before it (an answer from ``knows``) already said
    in full, each with the short lead-ins right before it (an echo, an interjection): „Jah, vahetasin novembris
    panka, vana konto panin kinni.“ + „Kontonumber? Oi... ma vahetasin novembris panka, vana konto panin kinni. Kas
    see on siis sellepärast?“ -> „... Kas see on siis sellepärast?“ (new-user batch 36 pension-late-et terse: the
    same sentence twice in one turn). A line left with nothing stays as it was."""
    said = [set(_content_words(s)) for part in before for _, _, s in tx.split_sentences(part)]
    said = [words for words in said if len(words) >= _MIN_SAID_WORDS]
    if not said:
        return line
    sentences = tx.split_sentences(line)
    drop: set[int] = set()
    for k, (_, _, sentence) in enumerate(sentences):
        words = _content_words(sentence)
        if len(words) >= _MIN_SAID_WORDS and any(set(words) <= before_words for before_words in said):
            drop.add(k)
            j = k - 1
            while j >= 0 and j not in drop and len([t for t in tx.tokenize(sentences[j][2]) if t.is_word]) \
                    <= _LEAD_IN_WORDS:
                drop.add(j)
                j -= 1
    kept = [s for k, (_, _, s) in enumerate(sentences) if k not in drop]
    if not drop or not kept:
        return line
    out = " ".join(kept)
    return out[:1].upper() + out[1:]


def asked_again(conv: Conversation, findings: list, turn: int) -> list[str]:
    """The questions and requests of this reply (turn index ``turn``) that the scorer reads as a repeat only
    because the greeting, before the caller said a word, already put them („Назовите, пожалуйста, Ваш личный
    код.“ in the greeting and again after the caller's opening, new-user batch 43 guardian-for-ward-ru gaming: the
    client heard only the hold after it and said «Да, жду.»). The caller answered its own matter, not the greeting:
    asked again, the request is heard."""
    from trainer.simulation.heard import heard_questions
    from trainer.simulation.reactions import REQUEST_WORDS, phrase_set

    first = next((i for i, t in enumerate(conv.turns) if t["role"] == "client"), None)
    if first is None:
        return []
    greeting = " ".join(t["text"] for t in conv.turns[:first] if t["role"] == "agent")
    if not greeting:
        return []
    lang = conv.scenario.language
    said = " ".join(w.norm for w in tx.tokenize(greeting) if w.is_word)
    requests = phrase_set(tuple(REQUEST_WORDS.get(lang, REQUEST_WORDS["en"])), lang)
    out = []
    for f in findings:
        if f.turn != turn or f.kind != "repeat" or f.whole_reply:
            continue
        words = " ".join(w.norm for w in tx.tokenize(f.quote) if w.is_word)
        if not words or f" {words} " not in f" {said} ":
            continue
        norm = tx.normalize_input(f.quote).text
        if heard_questions(norm, lang) or any(not m.negated for m in requests.find_all(norm)):
            out.append(f.quote)
    return out
