"""Courtesy, blind rounds 27-28: condescending comparisons, macros and cue chains over open questions, and two replies that are no brush-off.

Used by `trainer.scoring.courtesy.rude`, in et and ru:

- :func:`knows_better`: somebody "knows better than you" said to the client («врач, наверное, лучше знает, чем Вы»,
  «специалист знает это лучше вас», "arst teab ikka paremini kui Teie", "ekspert teab seda Teist paremini"): the
  client's own account put down. The client as the one who knows ("Te teate ise paremini kui mina", «Вы лучше меня
  знаете»), a negation ("keegi ei tea seda paremini kui Teie", «никто не знает лучше Вас») or a question is no put-down.
- :func:`settled_only`: a sentence that, cue labels and social formulas aside, only declares the matter settled
  («Спасибо | всего доброго | резюме: вопрос решён.», "Kokkuvõte: küsimus lahendatud."): it tells the client nothing.
- :func:`pasted_macro`: an agent reply whose every sentence the agent already typed earlier (the goodbye macro of a
  stuffed first message pasted again over the client's open question).
- :func:`cue_chain_replies` (round 28): two or more client questions met with nothing but chains of step cues
  («итак подведём итог ответил ли я на ваш вопрос спасибо за звонок всего доброго» to the tax question).
- :func:`dismissed_doubt`: the client suspects a mistake ("kas mulle on valesti arvestatud?", «может, неправильно
  посчитали?») and asks whether to complain, and the reply is a bare no ("Ei pea.", «Не нужно.»): her worry is waved
  away, not answered. A no with the reason ("Ei pea, arvutus on õige: ...") or a bare no to a plain question is terse,
  not a brush-off.
- :func:`exempt`: a reply that is no brush-off whatever it looks like: the words the client asked to hear again,
  repeated («повторите, я плохо слышу» - «раздел вспомогательные средства на сайте», "kuidas palun?" - "rubriik
  Vormid"), or the data the agent may not give to an unauthorised caller refused with a pointer to the client's own
  letter ("Tähtaeg on otsuses kirjas, seda ma ei saa kinnitada.", «Срок указан в решении, подтвердить его я не
  могу»).
"""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring.analysis import TranscriptAnalysis
from trainer.scoring.verdict import Evidence

# -- "knows better than you" ----------------------------------------------------------------------------------------

# on the folded words of an agent statement; the client is "вы"/"ты", "te"/"teie"/"sina"
_KNOWS_BETTER = {
    "ru": re.compile(
        r"\bлучше\s+(?:\w+\s+){0,2}?(?:зна\w*|понима\w*|разбира\w*|видн\w*|оценива\w*)\s+(?:\w+\s+){0,3}?чем\s+(?:вы|ты)\b|"
        r"\b(?:зна\w*|понима\w*|разбира\w*|оценива\w*)\s+(?:\w+\s+){0,3}?лучше\s+(?:чем\s+)?(?:вас|тебя|вы|ты)\b|"
        r"\bлучше\s+(?:вас|тебя)\s+(?:\w+\s+){0,2}?(?:зна\w*|понима\w*|разбира\w*|оценива\w*)"),
    "et": re.compile(
        r"\b(?:teab|teavad|tean|teame|oskab|oskavad|moistab|moistavad|hindab|hindavad|saab\s+aru|saavad\s+aru)\s+"
        r"(?:\w+\s+){0,3}?(?:paremini\s+(?:\w+\s+){0,2}?kui\s+(?:teie|te|sina|sa)\b|(?:teist|sinust)\s+paremini\b)|"
        r"\b(?:paremini\s+(?:\w+\s+){0,2}?kui\s+(?:teie|te|sina|sa)|(?:teist|sinust)\s+paremini)\s+(?:\w+\s+){0,2}?"
        r"(?:teab|teavad|tean|teame|oskab|oskavad|moistab|moistavad|hindab|hindavad)\b"),
}
# the one who knows better is the client, or nobody knows better (a compliment)
_CLIENT_KNOWS = {"ru": re.compile(r"\b(?:вы|ты)\s+(?:\w+\s+){0,2}?(?:лучше|зна\w*)\b|\b(?:не|никто|ни)\b"),
                 "et": re.compile(r"\b(?:te|teie|sa|sina)\s+(?:\w+\s+){0,2}?(?:teate|tead|paremini)\b|"
                                  r"\b(?:ei|keegi|pole|mitte)\b")}


def knows_better(an: TranscriptAnalysis) -> list[Evidence]:
    """Agent statements that somebody knows better than the client (module docstring)."""
    pattern, own = _KNOWS_BETTER.get(an.language), _CLIENT_KNOWS.get(an.language)
    if pattern is None:
        return []
    out = []
    for i in an.agent_indexes:
        for _, _, sentence in an.sentences(i):
            if tx.is_question(sentence, an.language):
                continue
            words = " ".join(t.norm for t in tx.tokenize_cached(sentence) if t.is_word)
            m = pattern.search(words)
            if m and not own.search(words[:m.end()]):
                out.append(an.evidence(i, sentence.strip()))
    return out


# -- replies that tell nothing ----------------------------------------------------------------------------------------

_BARS = re.compile(r"[|/•·#\[\]]+")


def settled_only(an: TranscriptAnalysis, sentence: str) -> bool:
    """Is the sentence, social formulas, cue phrases and leading step labels ("резюме:", "Kokkuvõte:") taken out,
    nothing but "the matter is settled" (`recap.SETTLED`: «вопрос решён», "küsimus on lahendatud")?"""
    from trainer.scoring.courtesy_answers import CUE_LAST
    from trainer.scoring.courtesy_informs import CUES, THANKS_TAIL, without
    from trainer.scoring.recap import SETTLED

    rest = without(an, THANKS_TAIL.sub(" ", sentence), CUES)
    words = tx.fold(_BARS.sub(" ", rest).lower()).split()
    while words and words[0].strip(":,.;") in CUE_LAST:
        words = words[1:]
    rest = " ".join(words).strip(" ,.;:–—-!")
    return bool(rest) and bool(SETTLED.search(rest))


def _key(sentence: str) -> str:
    return " ".join(t.norm for t in tx.tokenize_cached(sentence) if t.is_word)


def pasted_macro(an: TranscriptAnalysis, i: int) -> bool:
    """Did the agent type every sentence of unit i in an earlier reply already (a macro pasted again)?"""
    mine = [k for k in (_key(s) for _, _, s in an.sentences(i)) if k]
    if not mine:
        return False
    seen = {_key(s) for j in an.agent_indexes if j < i for _, _, s in an.sentences(j)}
    return all(k in seen for k in mine)


# -- cue chains for answers (blind round 28) ----------------------------------------------------------------------------

# the agent's frame of her own understanding, said with nothing after it: «правильно ли я понимаю», «если я правильно
# понимаю», "kas ma saan õigesti aru" (folded)
_EMPTY_FRAME = re.compile(r"\b(?:(?:если|kui)\s+)?(?:правильно|верно)\s+(?:ли\s+)?я\s+(?:\w+\s+)?понима\w*|"
                          r"\b(?:kas\s+)?(?:ma|mina)\s+(?:saan|sain)\s+(?:\w+\s+)?oigesti\s+aru\b")
_CHAIN_REST = 2  # the words a cue chain may carry besides its cues: «индексация», "indekseerimine"
_CHAIN_STAGES = 2  # cue stages in the reply: a summary cue and a check, a check and a goodbye
_CHAIN_REPLIES = 2  # the questions met so before it is a brush-off


def _cue_chain(raw: TranscriptAnalysis, i: int) -> bool:
    """Is agent unit i (as said) a chain of cue phrases of two stages or more with at most `_CHAIN_REST` words
    besides them, no figure and no yes or no first («индексация итак подведём итог правильно ли я понимаю ответил
    ли я на ваш вопрос», "kokkuvõtteks kas see vastas Teie küsimusele aitäh kõike head")?"""
    from trainer.scoring.courtesy_answers import FORMULA_REST
    from trainer.scoring.courtesy_fragments import YES_NO
    from trainer.scoring.courtesy_informs import without
    from trainer.scoring.cues import CUE_CONCEPTS

    text = raw.turns[i].text
    if any(ch.isdigit() for ch in text) or YES_NO.search(text):
        return False
    _, _, stages, _ = raw.cue_coverage(i, 0, len(text))
    if stages < _CHAIN_STAGES:
        return False
    rest = without(raw, _EMPTY_FRAME.sub(" ", tx.fold(text.lower())), CUE_CONCEPTS)
    words = [t.norm for t in tx.tokenize_cached(rest) if t.is_word]
    return len([w for w in words if w not in FORMULA_REST]) <= _CHAIN_REST


def cue_chain_replies(an: TranscriptAnalysis) -> list[Evidence]:
    """Two or more of the client's questions met with nothing but a chain of cue phrases (`_cue_chain`): the gaming
    run recites its step cues where the answers belong («а соседу прибавили больше как так» - «индексация итак
    подведём итог ответил ли я на ваш вопрос»), a brush-off. One such reply, or cues around an answer («Итак: налог
    не удерживается. Понятно ли я объяснила?»), is none."""
    from trainer.scoring.courtesy_answers import asks_at_all

    raw = getattr(an, "raw", None) or an
    if raw.language not in ("et", "ru"):
        return []
    found = [raw.evidence(i, raw.turns[i].text.strip()) for i in raw.agent_indexes
             if i and raw.turns[i - 1].role == "client" and asks_at_all(raw, i - 1) and _cue_chain(raw, i)]
    return found if len(found) >= _CHAIN_REPLIES else []


# -- a doubt waved away -------------------------------------------------------------------------------------------------

_COMPLAIN = re.compile(r"kaeba|kaebus|vaie|vaide|vaidlusta|жалоб|жалова|обжалова|возражени|оспори|оспарива")
_DOUBT = re.compile(r"valesti|\bviga\b|\bvea\b|eksitud|ошибк|ошиблись|неправильно|неверно|обсчита")
_BARE_NO = frozenset("ei pea pole vaja mitte нет не нужно надо стоит".split())
_BARE_WORDS = 3


def dismissed_doubt(an: TranscriptAnalysis) -> list[Evidence]:
    """A bare no to "should I complain?" after the client's suspicion of a mistake (module docstring)."""
    out = []
    for i in an.agent_indexes:
        if i == 0 or an.turns[i - 1].role != "client" or not _COMPLAIN.search(tx.fold(an.turns[i - 1].text.lower())):
            continue
        words = [t.norm for t in tx.tokenize_cached(an.turns[i].text) if t.is_word]
        if not words or len(words) > _BARE_WORDS or words[0] not in ("ei", "нет", "не") \
                or not all(w in _BARE_NO for w in words):
            continue
        if any(an.turns[j].role == "client" and _DOUBT.search(tx.fold(an.turns[j].text.lower())) for j in range(i)):
            out.append(an.evidence(i, an.turns[i].text.strip()))
    return out


# -- replies that are no brush-off ------------------------------------------------------------------------------------

# the client asking to hear it again: «повторите», «ещё раз скажите», «я плохо слышу», «не расслышала», "korrake
# palun", "kas saaksite korrata", "ma ei kuulnud", "kuulen halvasti", "kuidas palun?"
_AGAIN = {
    "ru": re.compile(r"\bповтор(?:ите|и|ить|яйте)\b|\b(?:еще|ещё)\s+раз\s+(?:скажите|назовите|продиктуйте)\b|"
                     r"\b(?:скажите|назовите|продиктуйте)\s+(?:\w+\s+)?(?:еще|ещё)\s+раз\b|"
                     r"\bне\s+(?:рас|до)?слыша\w*|\bплохо\s+слыш\w*|\bне\s+слышно\b|\bчто\s+вы\s+сказали\b"),
    "et": re.compile(r"\b(?:korrake|korrata|kordaksite|kordage)\b|\bkorda\s+(?:palun|uuesti)\b|\bpalun\s+korda\b|\bei\s+(?:kuulnud|kuule)\b|"
                     r"\b(?:kuulen|kuulsin)\s+(?:\w+\s+)?halvasti\b|\bhalvasti\s+kuul\w*|\bkuidas\s+palun\b|"
                     r"\bmis\s+te\s+(?:utlesite|ytlesite)\b|\b(?:oelge|utelge)\s+(?:\w+\s+)?(?:veel\s+korra|uuesti)\b"),
}
_STEM = 5  # letters a word form is compared on («разделе» / «раздел», "vormid" / "vormi")


def _stems(text: str) -> set[str]:
    return {tx.fold(t.text.lower())[:_STEM] for t in tx.tokenize_cached(text) if t.is_word and len(t.text) > 2}


def repeats_on_request(an: TranscriptAnalysis, i: int) -> bool:
    """Is agent unit i the client's asked-for repetition: the client's line before asks to hear it again
    (`_AGAIN`) and most of the reply's words (three letters or more) come from the agent's reply before that?"""
    pattern = _AGAIN.get(an.language)
    if pattern is None or i < 2 or an.turns[i - 1].role != "client" or an.turns[i - 2].role != "agent":
        return False
    if not pattern.search(tx.fold(an.turns[i - 1].text.lower())):
        return False
    mine, before = _stems(an.turns[i].text), _stems(an.turns[i - 2].text)
    return bool(mine) and 2 * len(mine & before) >= len(mine)


# the agent may not tell or confirm it: "seda ma ei saa kinnitada", "ei tohi öelda", «подтвердить я не могу», «не
# имею права сообщать»
_MAY_NOT = {
    "ru": re.compile(r"\b(?:не\s+(?:могу|можем|имею\s+права|имеем\s+права|вправе)|нельзя)\s+(?:\w+\s+){0,3}?"
                     r"(?:подтверд\w*|сообщ\w*|назва\w*|назвать|сказать|говорить|дать|давать|разглаша\w*|раскры\w*)\b|"
                     r"\b(?:подтверд\w*|сообщ\w*|назвать|сказать|дать)\s+(?:\w+\s+){0,3}?не\s+(?:могу|можем|имею\s+права|вправе)\b"),
    "et": re.compile(r"\b(?:ei\s+(?:saa|tohi|saanud)|ma\s+ei\s+saa)\s+(?:\w+\s+){0,3}?(?:kinnitada|oelda|utelda|anda|"
                     r"avaldada|raakida|nimetada)\b|\b(?:kinnitada|oelda|anda|avaldada|raakida)\s+(?:\w+\s+){0,2}?"
                     r"(?:ei\s+saa|ei\s+tohi)\b"),
}
# an unauthorised caller: a power of attorney or data protection spoken of before the reply
_AUTHORISATION = re.compile(r"\b(?:volikir\w*|volitus\w*|andmekaits\w*|isikuandme\w*|доверенност\w*|"
                            r"защит\w*\s+(?:персональных\s+|личных\s+)?данных|персональн\w*\s+данн\w*)")


def data_refusal(an: TranscriptAnalysis, i: int) -> bool:
    """Does agent unit i refuse to tell or confirm something (`_MAY_NOT`) in a call with a third-party caller (the
    transcript's context, or a power of attorney or data protection spoken of before)? The data is withheld as the
    rules require, not the client brushed off."""
    pattern = _MAY_NOT.get(an.language)
    if pattern is None or not pattern.search(tx.fold(an.turns[i].text.lower())):
        return False
    if getattr(an.context, "third_party", False):
        return True
    return any(_AUTHORISATION.search(tx.fold(an.turns[j].text.lower())) for j in range(i))


def exempt(an: TranscriptAnalysis, i: int) -> bool:
    """Is agent unit i no brush-off whatever its shape: a repetition on request or a data-protection refusal?"""
    return repeats_on_request(an, i) or data_refusal(an, i)


def unit_of(an: TranscriptAnalysis, evidence: Evidence) -> int | None:
    """The unit the evidence quotes from (its 1-based original turn)."""
    for i, unit in enumerate(an.turns):
        if any(p[1] == evidence.turn - 1 for p in unit.parts):
            return i
    return None
