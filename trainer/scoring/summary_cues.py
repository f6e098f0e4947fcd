"""Recaps with a summary cue word: what the cue heads, and cues that sum up nothing."""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring import recap
from trainer.scoring.analysis import TranscriptAnalysis
from trainer.scoring.content_words import CUE_WORDS, content_lemmas, restates, takes_up_said
from trainer.scoring.cues import CUE_GROUPS
from trainer.scoring.finite_verbs import sentence_language
from trainer.scoring.recap_reply import draws_on_client
from trainer.scoring.steplist import bare_step_names
from trainer.scoring.summary_turns import answers_client, asked_on, left_asking
from trainer.scoring.units import part_of


def cues_in(an: TranscriptAnalysis, i: int, a: int, b: int, sentence: str, cue: str) -> list:
    """The summary cues in the sentence [a, b) of agent unit i: in the call's language, or, for a sentence said
    in the other language after a switch (an Estonian call gone on in Russian: «короче значит сначала ...»,
    blind round 23), in the sentence's own language."""
    found = [m for m in an.matches(i, [cue]) if a <= m.start < b]
    if found or sentence_language(sentence, an.language) == an.language:
        return found
    return [m for m in an.matches(i, [cue], any_language=True) if a <= m.start < b]

# the client's asking or wanting as the frame of a sentence: "Te soovite ...", "Teie küsimus puudutab ...",
# «Вы хотите ...», «Ваш вопрос касается ...» (folded)
_WISH_FRAME = {
    "et": re.compile(r"\b(?:(?:te|teie)\s+(?:soovi\w*|taha\w*|tahtsite|kusi\w*|kusite|uuri\w*)|teid\s+huvita\w*"
                     r"|(?:teie\s+)?kusimus\w*\s+(?:puudut\w*|on|oli|kais))\b"),
    "ru": re.compile(r"\b(?:вы\s+(?:хоти\w*|хотел\w*|спрашива\w*|спросил\w*|интересу\w*)|вас\s+интересу\w*"
                     r"|(?:ваш\s+)?вопрос\s+(?:касае\w*|касал\w*|был|о|об)|речь\s+(?:ид[её]т\s+)?о)\b"),
}
_WISH_WORDS = frozenset(tx.fold(w) for w in """soovima tahtma küsima uurima huvitama küsimus puudutama teada
    хотеть спрашивать спросить интересовать вопрос касаться узнать речь идти""".split())


def says_question_back(an: TranscriptAnalysis, i: int, sentence: str) -> bool:
    """Is the sentence the client's last question said back as their wish or question ("Kokkuvõtteks: Te soovite
    tulla klienditeenindusse kohale." to "Kas ma võin tulla klienditeenindusse kohale?", «Итак: Вы хотите
    отправить возражение по почте» to «А можно отправить возражение по почте?»): a frame of the client's asking
    or wanting, and every other content word the client's own from their messages since the agent last spoke?
    It restates no answer: nothing of it was the agent's (blind round 17)."""
    pattern = _WISH_FRAME.get(an.language)
    if not pattern or not pattern.search(tx.fold(sentence.lower())):
        return False
    prev = max((j for j in an.agent_indexes if j < i), default=-1)
    asked = " ".join(an.turns[j].text for j in range(prev + 1, i) if an.turns[j].role == "client")
    if not asked:
        return False
    said = frozenset().union(*content_lemmas(asked, an.language))
    stems = {w[:5] for w in said if len(w) >= 5}
    mine = [lem for lem in content_lemmas(sentence, an.language)
            if not lem & CUE_WORDS and not {tx.fold(x) for x in lem} & _WISH_WORDS]
    return bool(mine) and all(lem & said or any(x[:5] in stems for x in lem if len(x) >= 5) for lem in mine)


def recaps_own_message(an: TranscriptAnalysis, i: int, a: int, sentence: str,
                        informs: list[tuple[int, int, frozenset[str]]]) -> bool:
    """A summary cue after a fresh answer in its own message whose content takes up nothing said in an
    earlier message («Сведения даём только по доверенности. Итак, подведём итог: нужна доверенность.»): with
    the cue pasted into reply after reply, it repeats that message's point and sums up no answer already
    given (applied only then: one such cue is judged as a recap, see `cue_recap`)."""
    part = part_of(an.turns[i], a)
    fresh = any(u == i and p < a and part_of(an.turns[i], p) == part for u, p, _ in informs)
    if not fresh:
        return False
    earlier = frozenset().union(*(lem for u, p, lem in informs
                                  if u < i or (u == i and part_of(an.turns[i], p) < part)))
    return not any(lem & earlier for lem in content_lemmas(sentence, an.language)
                   if not (lem & CUE_WORDS))


# what completes a thanks formula once "aitäh" is blanked: ", et pöördusite", «за обращение»
_THANKS_REASON = re.compile(r"(?i)(?:^|(?<=[\s,]))(?:et\s+(?:te\s+|teie\s+)?(?:meiega\s+)?(?:ühendust\s+võtsite|"
                            r"helistasite|pöördusite|kirjutasite|ootasite)|за\s+(?:звонок|обращение|ожидание|"
                            r"терпение|понимание|вопрос)|(?:kõne|pöördumise|ootamise)\s+eest|helistamast|pöördumast)\b")


def cue_recap(an: TranscriptAnalysis, i: int, rest: tuple, cue: str, pool: frozenset[str]) -> bool:
    """A sentence with a summary cue (the first of ``rest``, the unit's sentences from it on) that recaps:
    a key point stated after the cue, or in the next sentence when the cue stands alone ("Итак, подведём
    итог. Пособие придёт ..."); a connector ("nii et", «в общем») in the answer to the client's new
    question counts only when the sentence restates what was said before (see `recap`)."""
    a, b, sentence = rest[0]
    chars = list(sentence)
    # the cue and the other cue formulas with it (empathy, thanks, goodbye: "Kokkuvõtteks: aitäh, et
    # helistasite!") state no point; a cue followed by nothing but them sums up nothing
    spans = [(m.start, m.end) for m in an.matches(i, [cue])]
    spans += [(p, q) for p, q, name in an.cues(i) if name in CUE_GROUPS]
    for p, q in spans:
        if a <= p < b:
            chars[p - a:min(q, b) - a] = " " * (min(q, b) - p)
    for p, q in bare_step_names(sentence):  # «суд уточнение понимаю важно итак подведём итог»: a step's name says nothing
        chars[p:q] = " " * (q - p)
    content = _THANKS_REASON.sub(lambda m: " " * len(m.group()), "".join(chars))
    if not any(t.is_word for t in tx.tokenize_cached(content)) and len(rest) > 1:
        na, nb, content = rest[1]
        if tx.is_question(content, an.language) or recap.restates_question(content, an.language) \
                or an.confirmed_check(i, na, nb, content):
            return False  # «Итак, подведём итог. Вы хотите узнать ..., правильно?»: a check of the need, no recap
    if not recap.states_point(content, an.language) or recap.points_back(content):
        return False  # «Итак, подведём итог: всё необходимое я Вам написала выше.»: a pointer back recaps nothing
    from trainer.scoring.courtesy_answers import bare_pointer  # courtesy imports this module

    if bare_pointer(an, content):
        return False  # "Kokkuvõtteks: vormi kohta leiate info meie kodulehelt.": a pointer to the website recaps nothing
    if _trailing_cue(sentence, spans, a) and not restates(content, pool, an.language):
        return False  # «... с суммы выше налог итог подведём итог»: the cue after the answer, which restates nothing
    if not recap.finite_verb(content, an.language) and not takes_up_said(an, i, a, content):
        return False  # "Kokku: toetus 50 eurot kuus." after an answer on the payment day: a label over a new point
    if recap.explicit_cue(sentence, an.language):
        return True
    # a connector concluding the answer its own reply has just given, after which the client goes on to a new
    # question, sums up that answer, not the call (blind round 21, b6-et-chat-03, c6-et-chat-03: "... Nii et
    # pärast kooli lõppu toetus lõpeb." and more questions follow)
    if asked_on(an, i) and any(p < a and an.is_inform(i, p, q, s) for p, q, s in an.sentences(i)):
        return False
    # so too one in a reply that applies the answer to what the client has just told ("ta elab juba soome" - "no siis
    # ongi nii et kui ta oli seal kirjas ... siis sel aastal toetust ei tule") before the client asks on (blind round 28)
    if asked_on(an, i) and draws_on_client(an, i):
        return False
    return not answers_client(an, i) or restates(sentence, pool, an.language)


def _trailing_cue(sentence: str, spans: list[tuple[int, int]], a: int) -> bool:
    """Does the summary cue (one of `spans`, text positions; the sentence starts at `a`) end the sentence, words
    before it and none after it but other cue formulas ("... 776 евро, с суммы выше налог, итог, подведём итог")?
    Blind round 22 (i6-ru-phone-08): what stands before the cue is the answer itself."""
    inside = [(p - a, q - a) for p, q in spans if a <= p < a + len(sentence)]
    if not inside:
        return False
    chars = list(sentence)
    for p, q in inside:
        chars[p:min(q, len(sentence))] = " " * (min(q, len(sentence)) - p)
    first = min(p for p, _ in inside)
    masked = "".join(chars)
    return any(t.is_word for t in tx.tokenize_cached(masked[:first])) \
        and not any(t.is_word for t in tx.tokenize_cached(masked[first:]))


def _tells(an: TranscriptAnalysis, sentence: str) -> bool:
    """Does the sentence tell the client something in words with a finite verb, not counting the social
    formulas, the summary cue and the check of understanding (`courtesy_informs.sentence_informs`)?"""
    from trainer.scoring.courtesy_informs import sentence_informs  # courtesy imports this module

    return sentence_informs(an, sentence)


def keywords_for_answer(an: TranscriptAnalysis, i: int, rest: tuple, cue: str) -> bool:
    """Is the verbless recap (the first of ``rest``: no finite verb after the cue, nor in the next sentence when
    the cue stands alone) all that agent unit i says in reply to the client's question (`left_asking`: "Kas ma võin ka helistada?"
    - "Kokkuvõtteks: vaie 30 päeva, uus taotlus, Töötukassa 15501. Head päeva!")? The question is met with
    keywords; a list after no answer sums up nothing (blind round 13). Topics each joined to what was said of
    them by a dash («пособие – в Кассу, пенсия – к нам», `recap.dash_statements`) are statements (blind round 26)."""
    a, b, sentence = rest[0]
    chars = list(sentence)
    for m in an.matches(i, [cue]):
        if a <= m.start < b:
            chars[m.start - a:min(m.end, b) - a] = " " * (min(m.end, b) - m.start)
    content = "".join(chars)
    if not any(t.is_word for t in tx.tokenize_cached(content)) and len(rest) > 1:
        content = rest[1][2]
    # "toetus", "lapsetoetus" are nouns here, not past forms of "toetuma" (blind round 16)
    if recap.finite_verb(content, an.language) or recap.dash_statements(content, an.language) or not left_asking(an, i):
        return False
    # what the reply says besides: its other sentences and the words before the cue in this one (speech runs an
    # elliptical answer into the recap: «седьмого декабря в течение дня итак седьмое сумма 694,80»)
    cue_at = min((m.start for m in an.matches(i, [cue]) if a <= m.start < b), default=a)
    said = [s for p, _, s in an.sentences(i) if p != a] + [an.turns[i].text[a:cue_at]]
    return not any(_tells(an, s) or _ANSWER_SHAPE.search(s) for s in said)


# an elliptical answer: a yes or no, a number, a month ("5. kuupäeval", «седьмого декабря»)
_ANSWER_SHAPE = re.compile(r"(?i)^\W*(?:jah|jaa|ei|да|нет)\b|\d|\b(?:jaanuar|veebruar|märts|aprill|mai\b|juuni|juuli|"
                           r"august|september|oktoober|november|detsember|январ|феврал|марта|апрел|ма[яй]\b|июн|июл|"
                           r"август|сентябр|октябр|ноябр|декабр)")


# kinds of non-answer (`acts`) that say keywords instead of an answer
_KEYWORD_KINDS = ("keyword_chain", "checklist")


def told_in_keywords(an: TranscriptAnalysis, i: int, cue: str = "") -> bool:
    """Does agent unit i reply to the client's question with keyword strings only (a non-answer of `acts`:
    "Vastus: taotlus – iseteenindus – 10 päeva.", a ticked checklist, or a summary cue heading bare topics:
    "Kokkuvõtteks: ✔ vaie ✔ uus taotlus ✔ 30 päeva.", blind round 14), no sentence of it telling anything? A
    check of understanding after it checks nothing: nothing was said to understand (blind round 13). One
    elliptical answer ("Kümne päeva jooksul. Kas on selge?") is no keyword string."""
    acts = an.acts if an.acts is not None else getattr(an.raw, "acts", None)
    if acts is None or not answers_client(an, i):
        return False
    turns = {p[1] for p in an.turns[i].parts}
    if not any(f.turn in turns and f.kind in _KEYWORD_KINDS for f in acts.findings) \
            and not (cue and _cue_heads_topics(an, i, cue)):
        return False
    return not any(_tells(an, s) for _, _, s in an.sentences(i))


def _cue_heads_topics(an: TranscriptAnalysis, i: int, cue: str) -> bool:
    """Does a sentence of agent unit i put a summary cue over bare topics only (`recap.topic_list`: "Kokkuvõtteks:
    ✔ vaie ✔ uus taotlus ✔ 30 päeva.", «Итак: возражение, новое ходатайство, 30 дней.»)?"""
    matches = an.matches(i, [cue])
    for a, b, _ in an.sentences(i):
        inside = [m for m in matches if a <= m.start < b]
        # the original words: normalising drops the ticks and bullets that separate the topics
        if inside and recap.topic_list(an.turns[i].original_text(min(inside[-1].end, b), b), an.language):
            return True
    return False
