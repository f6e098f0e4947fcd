"""Not listening: "are you a robot?", replies that leave a question, questions ignored to the end."""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring import courtesy_court as court
from trainer.scoring import courtesy_tone as tone
from trainer.scoring.analysis import TranscriptAnalysis
from trainer.scoring.asking import unit_asks
from trainer.scoring.client_reply import says_unanswered
from trainer.scoring.courtesy_fragments import BAFFLED, EXPLAIN
from trainer.scoring.courtesy_ignored import cue_list, value_with_cues
from trainer.scoring.courtesy_informs import (
    CUES,
    SELF_INTRO,
    SOCIAL_ONLY,
    THANKS_TAIL,
    sentence_informs,
    without,
    without_phrases,
)
from trainer.scoring.uptake import accepts
from trainer.scoring.verdict import Evidence

# the client saying the agent is not a person or not listening («вы бот что ли?», "kas te olete robot")
_NOT_LISTENING_WORDS = re.compile(r"(?i)\b(?:robot\w*|bot\b|бот\b|робот\w*|автоответчик\w*)|"
                                  # or whether the agent is there at all: "kas te kuulete mind", «вы меня слышите»
                                  r"\bkas\s+te\s+(?:mind\s+)?kuulete\b|\bвы\s+(?:меня\s+)?слышите\b")
# or what that was («алло это что вообще такое», "mis see siis oli"): a short reaction; at the end of a long account
# of the client's trouble («... и вообще что это такое я сорок лет отработал») it is outrage at the situation
_WHAT_WAS_THAT = re.compile(r"(?i)\bчто\s+(?:это\s+)?(?:вообще\s+)?такое\b|\bmis\s+see\s+(?:siis\s+)?(?:on|oli)\b")
_SHORT_REACTION = 10  # words


def not_listening(text: str) -> bool:
    """Does the client ask whether a robot answers or whether anyone listens, or react with a short "what was that"?"""
    if _NOT_LISTENING_WORDS.search(text):
        return True
    return bool(_WHAT_WAS_THAT.search(text)) and len(text.split()) <= _SHORT_REACTION


def _ignores(an: TranscriptAnalysis, i: int, last: bool) -> bool:
    """Does agent unit i leave the client's question or complaint before it without a reply: a reply after
    which the client says it answered nothing, asks whether it is a robot or asks what the bare word meant
    ("mida jah?"); a whole-reply non-answer of `acts.find_non_answers` (a pasted repeat, a keyword chain); a
    bare topic word to a question a word cannot answer ("Kuidas?" - "Taotlus."); or, as the last reply,
    nothing but social formulas, fillers or a bare yes ("Palun.", "Jah. Kõike head!"): earlier in a call
    "jah", "mhm", «понимаю» are listening while the client talks on."""
    asked = an.turns[i - 1].text
    nxt = an.turns[i + 1].text if i + 1 < len(an.turns) and an.turns[i + 1].role == "client" else ""
    if nxt and (says_unanswered(nxt) or not_listening(nxt) or _puzzled_echo(an, i, nxt)):
        return True
    if _whole_non_answer(an, i):
        return True
    text = an.turns[i].text
    sentences = an.sentences(i)
    digits = any(ch.isdigit() for ch in text)
    # asking back, typed with "?" or spoken without it ("kas küsite üldiselt või oma pensioni kohta", «то есть Вас
    # интересует ...»), or a bare request for the caller's name or code ("nimi", «фамилия», "isikukood"): terse,
    # but the client is answered with a question, not left
    asks_back = "?" in text or any(_spoken_question(an, i, a, b, s) for a, b, s in sentences) \
        or _requests_data(an, text)

    def told() -> bool:  # an informing sentence that is no cue chain (the costly test, so asked last)
        return digits or any(not an.is_stuffed(i, a, b) and sentence_informs(an, s) for a, b, s in sentences)

    if nxt and BAFFLED.search(nxt) and not asks_back and not told():
        return True  # "Ma ei saa aru, kas lapsed saavad midagi?" after cue words that told nothing
    wh = bool(EXPLAIN.search(asked) or _WH.search(asked))
    # a summary cue over social formulas tells nothing either ("Kokkuvõtteks: aitäh, kõike head!", round 30)
    bare = without(an, THANKS_TAIL.sub(" ", SELF_INTRO.sub(" ", text)), SOCIAL_ONLY + ("summary",))
    words = [tx.fold(t.text) for t in tx.tokenize_cached(bare) if t.is_word]
    content = [w for w in words if w not in _FILLERS and w not in _YES_WORDS]
    if not content:  # "Jah." to "Kuidas?", "Mhm." to "Te ei vastanud mu küsimusele."
        # a yes to "why?" that the client has to ask again ("Да." - «Так почему?»); "jah" while the client
        # tells on is listening
        return last or says_unanswered(asked) or (wh and bool(words) and bool(nxt) and unit_asks(an, i + 1)
                                                   and not told())
    listed = [s for _, _, s in sentences if any(t.is_word for t in tx.tokenize_cached(
        without(an, THANKS_TAIL.sub(" ", SELF_INTRO.sub(" ", s)), SOCIAL_ONLY)))]
    if listed and all(cue_list(an, s) or court.settled_only(an, s) for s in listed):
        return True  # nothing but a list of cue words ("Kokkuvõte: puudetoetus – ekspertarst – 10 tööpäeva."), or
        # "the matter is settled" («Спасибо | всего доброго | резюме: вопрос решён.», blind round 27)
    if asks_back or digits:
        return False  # asking back, or a number told
    if all(an.is_stuffed(i, a, b) for a, b, _ in sentences):
        return True  # nothing but a checklist or cue chain («этап итог итак подведём итог вопрос решён»)
    # a bare topic word to a question a word cannot answer: "Kuidas?" - "Taotlus." (an apology or thanks
    # around it responds to the client) ... unless the client takes it ("Iseteeninduses." - "Selge, aitäh."):
    # terse, but answered
    return wh and len(words) <= 2 and (bare == text or last) and not (nxt and accepts(nxt)) and not told()


def _spoken_question(an: TranscriptAnalysis, i: int, a: int, b: int, sentence: str) -> bool:
    """Is the sentence of agent unit i a question of its own, typed without "?" ("kas küsite üldiselt või oma
    pensioni kohta"): no cue chain, and still a question with the cue phrases taken out (a "kas see vastas Teie
    küsimusele" glued into a keyword chain asks nothing back)?"""
    if not tx.is_question(sentence, an.language) or an.is_stuffed(i, a, b):
        return False
    rest = without(an, sentence, CUES).strip(" ,.;:–—-")
    return any(t.is_word for t in tx.tokenize_cached(rest)) and tx.is_question(rest, an.language)


_DATA_REQUESTS = ("identification_request", "name_request", "verification_item")


def _requests_data(an: TranscriptAnalysis, text: str) -> bool:
    """Is the reply, social formulas and "palun" aside, nothing but the name of the caller's data asked for ("nimi",
    "isikukood palun", «фамилия», «личный код»)? It asks for it, tersely."""
    data = an.phrase_set(_DATA_REQUESTS)
    if not data.find_all(text):
        return False
    rest = without_phrases(without(an, text, SOCIAL_ONLY), data)
    return not [w for w in (tx.fold(t.text.lower()) for t in tx.tokenize_cached(rest) if t.is_word)
                if w not in _FILLERS and w not in _YES_WORDS]


def _cut_short(an: TranscriptAnalysis, i: int) -> bool:
    """Does agent unit i say goodbye, and the call end on the client holding on and asking still ("oodake, aga
    summa?", «алло подождите а сколько»)?"""
    if i + 2 != len(an.turns) or an.turns[i + 1].role != "client" or not an.phrase_set(("farewell",)).find_all(
            an.turns[i].text):
        return False
    text = an.turns[i + 1].text
    return bool(tone.HOLD_ON.search(tone.folded_words(an, text))) and unit_asks(an, i + 1)


def _says_nothing(an: TranscriptAnalysis, i: int) -> bool:
    """Does agent unit i tell nothing and ask nothing (no informing sentence, no number, no question)?"""
    text = an.turns[i].text
    return "?" not in text and not any(ch.isdigit() for ch in text) and not any(
        sentence_informs(an, s) and not an.is_stuffed(i, a, b) for a, b, s in an.sentences(i))


def _puzzled_echo(an: TranscriptAnalysis, i: int, nxt: str) -> bool:
    """The client asking what the agent's bare word meant: "mida jah?", «что "понятно"?», "mis taotlus?"."""
    said = {tx.fold(t.text) for t in tx.tokenize_cached(an.turns[i].text) if t.is_word}
    words = [tx.fold(t.text) for t in tx.tokenize_cached(nxt) if t.is_word]
    return 0 < len(said) <= 2 and len(words) <= 3 and bool(_WH.search(nxt)) and bool(said & set(words))


def _whole_non_answer(an: TranscriptAnalysis, i: int) -> bool:
    """Is agent unit i as a whole a pasted repeat or a keyword chain (`acts.find_non_answers`)? Not a chain that
    gives the one value asked for (`courtesy_ignored.value_with_cues`: "320 eurot. Kokkuvõtteks." to "palju see on?")."""
    acts = an.acts if an.acts is not None else an.raw.acts
    turns = {p[1] for p in an.turns[i].parts}
    return acts is not None and any(f.turn in turns and f.whole_reply and f.kind in ("repeat", "keyword_chain")
                                    for f in acts.findings) and not value_with_cues(an, i)


# replies that say nothing: thanks-you-too, fillers
_FILLERS = frozenset("palun mhm mhmh ahah aa ee selge okei ok okay пожалуйста угу ага ок окей понятно ясно".split())
_YES_WORDS = frozenset("jah jaa jep да".split())
# questions a yes, a no or a topic word cannot answer ("kui palju?", «когда?», "kuhu?")
_WH = re.compile(r"(?i)\b(?:kui\s+palju|kui\s+kaua|millal|mitu|kus|kuhu|kust|mida|mis|milline|milli\w+|kes|kelle\w*|"
                 r"кто|кому|к\s+кому|кого|"
                 r"сколько|когда|где|куда|откуда|что|какой|какая|какие|каким)\b")


# the client saying she understood, after a yes or not: "jah sain aru", «да, поняла», "sain aru, aitäh" (not "ei saa
# aru", «не поняла»)
_UNDERSTOOD_NOW = re.compile(r"^(?:(?:jah|jaa|no|nojah|ahah|aa|да|ну|ага|а)\s+)*(?:(?:sain|saan|sain\s+nuud)\s+aru|"
                             r"moistan|moistsin|selge|понял\w*|понятно|ясно)\b")


def _takes_answer(text: str) -> bool:
    """Does the client's reply take the answer (`uptake.accepts`, or "jah sain aru ...", «да поняла ...»)?"""
    return accepts(text) or bool(_UNDERSTOOD_NOW.search(" ".join(t.norm for t in tx.tokenize_cached(text) if t.is_word)))


# (round 30) the client left to find it out herself: "ma vist pean ise edasi uurima", "uurin siis ise", «видимо,
# придётся самой разбираться», «сама поищу»; a question left open as much as one asked
ON_MY_OWN = re.compile(r"\b(?:pean|tuleb|peab|peaks)\s+(?:\w+\s+){0,2}?ise\s+(?:\w+\s+)?(?:uurima|uurida|otsima|otsida|"
                        r"valja\s+selgitama|valja\s+uurima|selgust\s+saama)\b|"
                        r"\b(?:uurin|otsin|selgitan)\s+(?:siis\s+|vist\s+)?ise\b|"
                        r"\bпридется\s+(?:\w+\s+){0,2}?сам\w*\s+(?:\w+\s+)?(?:разбират\w*|искат\w*|узнават\w*|выяснят\w*)|"
                        r"\bсам[аи]?\s+(?:тогда\s+)?(?:разберусь|поищу|узнаю|выясню)\b")


def ignored_to_the_end(an: TranscriptAnalysis) -> list[Evidence]:
    """The client's questions ignored to the end (a brush-off as the blind labellers read it): the agent's
    last reply says goodbye or pastes again (see `_ignores`) to an open question, after an earlier question
    or complaint was ignored too, or to whatever the client said after two were, or, after two were, says
    goodbye to the open question with the client holding on and asking still ("алло подождите а сумма какая",
    `_cut_short`). One abrupt goodbye after real answers is a closing failure only, unless every sentence of it
    was typed before (a goodbye macro pasted again over the question, `courtesy_court.pasted_macro`, round 27)."""
    if len(an.agent_indexes) < 3:
        return []
    last = an.agent_indexes[-1]
    if last == 0 or an.turns[last - 1].role != "client":
        return []
    before = an.turns[last - 1].text
    # (or says she did not understand: "ok ma ei saa aru aga ma helistan parem", blind round 27)
    still_open = unit_asks(an, last - 1) or says_unanswered(before) or not_listening(before) or bool(BAFFLED.search(before)) \
        or bool(ON_MY_OWN.search(tx.fold(before.lower())))
    if not still_open and _takes_answer(before) and an.phrase_set(("thanks",)).find_all(before) \
            and an.turns[last - 2].role == "agent" and not _says_nothing(an, last - 2) \
            and not _whole_non_answer(an, last - 2):
        return []  # "Хорошо, спасибо." takes an answer: a goodbye to it ignores nothing (not "ладно, спасибо" to nothing)
    ignored_last = still_open and _ignores(an, last, True)
    if not ignored_last and not _says_nothing(an, last) and not (still_open and _cut_short(an, last)):
        return []  # the last reply tells something: nothing is ignored to the end
    if ignored_last and court.pasted_macro(an, last):
        return [an.evidence(last, an.turns[last].text.strip())]  # the goodbye macro pasted again over the question
    # after two ignored questions, a last reply that tells nothing ignores the client again
    needed = 1 if ignored_last else 2
    earlier = []
    for i in an.agent_indexes[1:-1]:
        if _whole_non_answer(an, i) or (an.turns[i - 1].role == "client" and _ignores(an, i, False)):
            earlier.append(i)
            if len(earlier) == 2:
                break
    if len(earlier) < needed:
        return []
    return [an.evidence(i, an.turns[i].text.strip()) for i in earlier[:2] + [last]]
