"""The empty summary: a summary announced that sums up nothing („Kokkuvõtteks. Kas see vastas Teie küsimusele?“),
and a hollow close (a web-page pointer and an empty summary before the goodbye) said to a client's open question.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer import text as tx
from trainer.simulation.client_line import last_client_line
from trainer.simulation.heard import heard_questions
from trainer.simulation.listening import HOW_APPLY
from trainer.simulation.reactions import (
    phrase_set,
)

if TYPE_CHECKING:  # pragma: no cover
    from trainer.simulation.dialogue import Conversation


#: social formulas and checks that a summary's words are not (what remains of „Kokkuvõtteks. Aitäh!“ is nothing)
_NOT_SUMMED = ("summary", "understanding_check", "further_help", "offer_help", "thanks", "farewell", "greeting",
               "empathy", "institution", "apology")
_FILLERS = frozenset("""nii siis ja ning ehk nüüd nuud lühidalt luhidalt kõik koik see seda veel ka
    так вот значит ну и а всё все это по теперь коротко кратко""".split())


def empty_summary(conv: Conversation, body: str) -> bool:
    """Does the reply announce a summary that sums up nothing („Kokkuvõtteks. Kas see vastas Teie
    küsimusele?“, «Итак, подведём итог. Ответила ли я на Ваш вопрос?»)? The sentences from the summary
    word up to the next question hold no word beyond the summary words, social formulas and fillers. A
    summary with any content („Kokkuvõtteks: taotlus iseteeninduses.“) or a check alone is no empty summary."""
    lang = conv.scenario.language
    entry = conv.concepts.get("summary") or {}
    markers = phrase_set(tuple(entry.get(lang) or []), lang) if entry.get(lang) else None
    if markers is None:
        return False
    norm = tx.normalize_input(body).text
    questions = set(heard_questions(norm, lang))
    sentences = [s for _, _, s in tx.split_sentences(norm)]
    social = tuple(p for name in _NOT_SUMMED for p in ((conv.concepts.get(name) or {}).get(lang) or []))
    found_marker = False
    for i, sentence in enumerate(sentences):
        if sentence in questions or not [m for m in markers.find_all(sentence) if not m.negated]:
            continue
        found_marker = True
        span = [sentence]
        for nxt in sentences[i + 1:]:
            if nxt in questions:
                break
            span.append(nxt)
        rest = " ".join(span)
        for m in sorted(phrase_set(social, lang).find_all(rest), key=lambda m: -m.start):
            rest = rest[:m.start] + " " * (m.end - m.start) + rest[m.end:]
        if any((t.is_word or t.text[:1].isdigit()) and tx.fold(t.text) not in _FILLERS for t in tx.tokenize(rest)):
            return False
    return found_marker


def only_social(conv: Conversation, text: str) -> bool:
    """Does the text hold no word beyond social formulas, checks and fillers (what `empty_summary` leaves)?"""
    lang = conv.scenario.language
    social = tuple(p for name in _NOT_SUMMED for p in ((conv.concepts.get(name) or {}).get(lang) or []))
    for m in sorted(phrase_set(social, lang).find_all(text), key=lambda m: -m.start):
        text = text[:m.start] + " " * (m.end - m.start) + text[m.end:]
    return not any((t.is_word or t.text[:1].isdigit()) and tx.fold(t.text) not in _FILLERS for t in tx.tokenize(text))


#: a summary that only claims everything was talked over or is clear („kõik sai räägitud“, «мы всё обсудили,
#: всё понятно»): no content, blanked before `empty_summary` reads a hollow close
_ALL_DISCUSSED = re.compile(
    r"(?<!\w)(?:k[õo]ik|k[õo]ike)\s+(?:sai\s+|on\s+|oli\s+|said\s+)?(?:\w+\s+)?(?:"
    r"r[äa]{2}gitud|arutatud|selge(?:ks\s+tehtud)?|l[äa]bi\s+r[äa]{2}gitud|l[äa]bi\s+arutatud|kokku\s+lepitud)(?!\w)|"
    r"(?<!\w)arutasime\s+(?:k[õo]ik\s+)?l[äa]bi(?!\w)|"
    r"(?<!\w)(?:мы\s+)?вс[её]\s+(?:уже\s+)?(?:обсудили|обговорили|выяснили|разобрали|понятно|ясно|решили)(?!\w)",
    re.IGNORECASE)


def hollow_close(conv: Conversation, body: str) -> bool:
    """Is the reply before its closing formula only a pointer to a web page (or a blanket "kõik on kirjas",
    :func:`trainer.scoring.pointer_list.pointer_clause`) and an empty summary („Täpsemalt lugege kodulehelt.
    Kokkuvõtteks: kõik sai räägitud.“, «Подробности на сайте. Подведу итог: всё обсудили.»), with no question?
    Said to a client's open question, it answers nothing: the client does not part grateful. A pointer is an
    answer to a client who asked how or where to apply (the web page is a channel); a pointer beside any other
    sentence, or a summary with content, is no hollow close."""
    from trainer.scoring.pointer_list import pointer_clause

    lang = conv.scenario.language
    norm = tx.normalize_input(body).text
    if not norm.strip() or heard_questions(norm, lang):
        return False
    asked = tx.fold(" ".join(heard_questions(last_client_line(conv), lang)))
    if asked and HOW_APPLY.get(lang, HOW_APPLY["et"]).search(asked):
        return False
    sentences = [s for _, _, s in tx.split_sentences(norm) if s.strip()]
    pointers = [s for s in sentences if pointer_clause(s)]
    rest = [s for s in sentences if s not in pointers]
    rest = [_ALL_DISCUSSED.sub(lambda m: " " * len(m.group(0)), s) for s in rest]
    if not pointers or not rest or not empty_summary(conv, " ".join(rest)):
        return False
    entry = conv.concepts.get("summary") or {}
    markers = phrase_set(tuple(entry.get(lang) or []), lang)
    first = next((i for i, s in enumerate(rest) if [m for m in markers.find_all(s) if not m.negated]), len(rest))
    return all(only_social(conv, s) for s in rest[:first])  # nothing said before the summary word either
