"""Questions ignored with non-answers: pasted repeats, keyword chains and cue lists, a bare signature."""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring import courtesy_tone as tone
from trainer.scoring import substance
from trainer.scoring.analysis import TranscriptAnalysis
from trainer.scoring.asking import unit_asks
from trainer.scoring.courtesy_informs import (
    ANSWER_SHAPE,
    CUES,
    NAMED_PAGE,
    WHERE,
    only_social,
    sentence_informs,
    without,
)
from trainer.scoring.macros import sentence_key
from trainer.scoring.uptake import accepts
from trainer.scoring.verdict import Evidence

# "how much" said colloquially without "kui" ("palju see on?", "palju see teeb?")
_HOW_MUCH_BARE = re.compile(r"(?:^|[,.!?;]\s*|\b(?:ja|aga|no|ok|ning)\s+)palju\s+(?:see|need|seda|on|teeb|maksab|tuleb)\b")
_VALUE_WORDS = 5  # words of the one sentence that gives the value: "Pärast sünni registreerimist.", «320 евро.»


def value_with_cues(an: TranscriptAnalysis, i: int) -> bool:
    """Does agent unit i give, in one short sentence of its own, the value the client's question before asked ("how
    much" - a number, "when" - a time: "millal see tuleb?" - "Pärast sünni registreerimist. Aitäh. Kokkuvõte.",
    «сколько это?» - «320 евро. Итог.»), the rest of the reply being nothing but cue words and formulas? A stuffed
    reply that answers is curt, not a brush-off (blind round 24); a chain of several items ("Kokkuvõte.
    Vanemahüvitis. 30 päeva.") gives no one value."""
    if i == 0 or an.turns[i - 1].role != "client" or an.language not in ("et", "ru"):
        return False
    asked = an.turns[i - 1].text
    folded = substance.folded_text(asked)
    if not (substance.AMOUNT[an.language].search(folded) or substance.WHEN[an.language].search(folded)
            or (an.language == "et" and _HOW_MUCH_BARE.search(tx.fold(asked.lower())))):
        return False
    from trainer.scoring.courtesy_answers import CUE_LAST

    content = [s for _, _, s in an.sentences(i) if any((t.is_word and tx.fold(t.text.lower()) not in CUE_LAST)
                                                         or t.text[:1].isdigit()
                                                         for t in tx.tokenize_cached(without(an, s, CUES)))]
    if len(content) != 1 or cue_list(an, content[0]) or SEPARATOR.search(content[0]):
        return False
    words = [t for t in tx.tokenize_cached(content[0]) if t.is_word or t.text[:1].isdigit()]
    if len(words) > _VALUE_WORDS:
        return False
    if substance.AMOUNT[an.language].search(folded) or _HOW_MUCH_BARE.search(tx.fold(asked.lower())):
        return substance.has_number(content[0])
    return not substance.value_missing(asked, content[0], an.language)


def ignored_questions(an: TranscriptAnalysis) -> list[Evidence]:
    """Client questions answered with a non-answer (a repeated reply or a keyword chain, see
    `acts.find_non_answers`) that leaves nothing informative: evidence when it happened twice or more. A
    question stays open until an agent reply informs ("алло это что вообще такое" after a paste leaves the
    question before it open). See also `courtesy_fragments.fragment_replies`."""
    acts = an.acts if an.acts is not None else an.raw.acts
    if acts is None or not acts.findings:
        return []
    kinds = ("repeat", "keyword_chain")
    if sum(f.kind in kinds for f in acts.findings) < 2:
        return []  # fewer than two non-answers cannot ignore two questions (and most calls have none)
    # only a reply with a non-answer in it can ignore a question: fewer than two such replies ignore fewer than two
    flagged = {f.turn for f in acts.findings if f.kind in kinds}
    candidates = [i for i in an.agent_indexes if any(p[1] in flagged for p in an.turns[i].parts)]
    if len(candidates) < 2:
        return []
    fresh = _fresh_sentences(an, {f.turn for f in acts.findings if f.whole_reply and f.kind == "repeat"})
    asks_code = an.phrase_set(("identification_request",))  # "Isikukood" in a chain asks for it
    informative: dict[int, bool] = {}

    def informs(i: int) -> bool:
        """Does agent reply i answer something: an inform, or a yes, a no, a number (a paste answers nothing)?"""
        if i not in informative:
            turns = _turns_of(an, i)
            kept = " ".join(acts.act_texts.get(t, an.original_turns[t].text) for t in turns)
            # a reply that is mostly the pasted signature but tells something new above it ("jah, tööandja
            # juures on avaldus" + the signature) answers, however terse
            kept += " " + " ".join(fresh.get(t, "") for t in turns)
            own = _message_sentences(kept, an.language)
            # a yes, a no or a number answers only in the reply's own sentences: a number in a pasted paragraph or
            # in a cue chain ("Kokkuvõtteks: vaie, 30 päeva, iseteenindus.") answers nothing
            informative[i] = any(sentence_informs(an, s) for s in own) \
                or (not any(f.turn in turns and f.whole_reply and f.kind == "repeat" for f in acts.findings)
                    and any((ANSWER_SHAPE.search(s) or _place_asked(an, i, s)) and not cue_list(an, s) for s in own)) \
                or value_with_cues(an, i)
        return informative[i]

    out = []
    for i in candidates:
        if informs(i):
            continue
        turns = _turns_of(an, i)
        # a verbless question ("Isikukood?", "Lapsed üksi? Praegu?") asks the client: terse, not ignoring;
        # a greeting alone (a split message "Здравствуйте!") ignores nothing
        findings = [f for f in acts.findings if f.kind in kinds and f.turn in turns
                    and not (f.kind == "keyword_chain" and ("?" in f.quote or asks_code.find_all(f.quote)))
                    and not only_social(an, f.quote)]
        if not findings:
            continue
        # a client question asked since the agent's last informative reply, and not taken as answered since
        # ("ok selge, aitäh" asks nothing)
        j = i - 1
        while j >= 0 and not (an.turns[j].role == "agent" and informs(j)):
            j -= 1
        open_question = False
        for k in range(j + 1, i):
            if an.turns[k].role == "client":
                open_question = unit_asks(an, k) or (open_question and not accepts(an.turns[k].text))
        if open_question:
            whole = next((f for f in findings if f.whole_reply), findings[0])
            out.append(an.turn_evidence(whole.turn, whole.quote))
    return out if len(out) >= 2 else []


def _place_asked(an: TranscriptAnalysis, i: int, sentence: str) -> bool:
    """Does the sentence of agent unit i name the place the client just asked for ("А где я это увижу?" - «В среде
    самообслуживания, вход с ID-картой.», "Kust ma vormi leian?" - "Kodulehel, rubriigis „Vormid“.")? A verbless
    place is an elliptical answer to "where", as a number is to "how much"."""
    if i == 0 or an.turns[i - 1].role != "client" or not WHERE.search(an.turns[i - 1].text):
        return False
    folded = " ".join(tx.fold(t.text.lower()) for t in tx.tokenize_cached(sentence) if t.is_word)
    return bool(re.search(rf"\b{tone.PLACE}", folded) or NAMED_PAGE.search(sentence)
                or an.phrase_set(("service_office",)).find_all(sentence))


# a list of items: three or more commas, or a colon followed by a comma ("vaie, 30 päeva, dokumendid")
LIST = re.compile(r"(?:[^,–—]+(?:,|\s[–—-]\s)){3,}|:[^,–—]+(?:,|\s[–—-]\s)")
SEPARATOR = re.compile(r",|\s[–—-]\s")


def cue_list(an: TranscriptAnalysis, sentence: str) -> bool:
    """Is the sentence a verbless list of cue words after a summary cue or in a comma or dash chain ("Kokkuvõtteks:
    vaie, 30 päeva, dokumendid, iseteenindus.", «Итак, ключевые моменты: возражение, 30 дней, справки», "Kokkuvõte:
    toetus – omavalitsus – taotlus")? A number in
    it answers nothing; a verbless short answer ("Да, 100 евро.", "Jah, 10. kuupäeval.") is no list. A list item
    of one word that the dictionary knows only as a noun is no predicate, whatever form it could be guessed to
    be ("Kokkuvõte: toetus, tingimused, aadress.": "toetus" read as "leaned", blind round 16)."""
    from trainer.scoring.finite_verbs import has_finite_verb

    # every list has a separator: without one, skip the list regex (it backtracks over long sentences)
    if not SEPARATOR.search(sentence) or not LIST.search(sentence) or has_finite_verb(without_noun_items(sentence, an.language), an.language):
        return False
    return bool(an.phrase_set(("summary",)).find_all(sentence)) or len(SEPARATOR.findall(sentence)) >= 3


_ITEM_SPLIT = re.compile(r"[,:;]|\s[–—-]\s")


def without_noun_items(sentence: str, language: str) -> str:
    """The sentence without its one-word list items that the dictionary reads as no verb: Estonian words with no
    verb reading ("toetus"; a verb only by the guessed ending), Russian words whose likeliest reading is none."""
    from trainer.text.lexicon import dictionary_lemmas, is_verb_lemma, ru_parse

    kept = []
    for item in _ITEM_SPLIT.split(sentence):
        words = [t.text.lower() for t in tx.tokenize_cached(item) if t.is_word]
        if len(words) == 1:
            if language == "et":
                readings = dictionary_lemmas(words[0], "et")
                noun = bool(readings) and not any(is_verb_lemma(r) for r in readings)
            else:
                parses = ru_parse(words[0])
                noun = bool(parses) and parses[0].is_known and parses[0].tag.POS not in ("VERB", "PRTS")
            if noun:
                continue
        kept.append(item)
    return ", ".join(kept)


def _turns_of(an: TranscriptAnalysis, i: int) -> list[int]:
    """The original turns merged into analysed turn i (consecutive messages of one speaker are one unit)."""
    return [p[1] for p in an.turns[i].parts]


def _fresh_sentences(an: TranscriptAnalysis, turns: set[int]) -> dict[int, str]:
    """For each of these agent turns (whole-reply repeats), its sentences said in no earlier agent turn."""
    out: dict[int, str] = {}
    said: set[tuple[str, ...]] = set()
    for t, turn in enumerate(an.original_turns):
        if turn.role != "agent":
            continue
        sentences = _message_sentences(turn.text, an.language)
        if t in turns:
            out[t] = " ".join(s for s in sentences if sentence_key(s) not in said)
        said |= {sentence_key(s) for s in sentences}
    return out


@lru_cache(maxsize=16_384)  # a pure function of the message: the same replies recur across turns and calls
def _message_sentences(text: str, language: str) -> tuple[str, ...]:
    """The sentences of one message, normalised (`tx.normalize_input`)."""
    return tuple(s for _, _, s in tx.split_sentences(tx.normalize_input(text, language).text))


def bare_signature(an: TranscriptAnalysis) -> list[Evidence]:
    """A reply that is nothing but the signature or macro pasted under earlier answers (every sentence of it
    said in two or more earlier replies that told something else besides; four words or more), sent to the
    client's question: it meets the question with a paste (brush-off). The same real answer said again to the
    same question is no signature: it was never pasted under other content."""
    raw = an.raw
    keys = {i: [sentence_key(s) for _, _, s in raw.sentences(i)] for i in raw.agent_indexes}
    out = []
    for n, i in enumerate(raw.agent_indexes):
        mine = [k for k in keys[i] if k]
        if not mine or sum(len(k) for k in mine) < 4 or raw.turns[i - 1].role != "client" or not unit_asks(raw, i - 1):
            continue
        under = [j for j in raw.agent_indexes[:n] if set(mine) <= set(keys[j]) and any(
            k and k not in mine for k in keys[j])]
        if len(under) >= 2:
            out.append(raw.evidence(i, raw.turns[i].text.strip()))
    return out
