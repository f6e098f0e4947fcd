"""The frame of a check of understanding («Правильно ли я понимаю, что ...», "Kas ma sain õigesti aru, et ...",
or a restatement of the need): whether a sentence has one (`is_check_frame`), its frame words (`frame_of`), a cue
recited in the opening before the client spoke (`recited_in_opener`), and a frame followed by nothing but the
cue phrases of other stages (`frame_then_cues`).

Clarifying the need (clarify.py), the echoes of the client's words (echoes.py) and the checks of the summary
read these.
"""

from __future__ import annotations

from functools import lru_cache

from trainer import text as tx
from trainer.text.questions import check_frame_span


def _words(text: str) -> list[str]:
    return [t.norm for t in tx.tokenize_cached(text) if t.is_word]


_FRAME_RU = (frozenset("правильно верно".split()), frozenset("понимаю поняла понял".split()))
_FRAME_ET = (frozenset("oigesti tapselt".split()), frozenset({"aru"}))


@lru_cache(maxsize=16_384)  # a pure function of the text
def is_check_frame(sentence: str, lang: str) -> bool:
    """A check of understanding: «Правильно ли я понимаю, что ...», "Kas ma sain õigesti aru, et ...", or a
    restatement of the need ("Вы хотите узнать ...", see `tx.restates_need`)."""
    head = _words(sentence)[:6]
    for first, second in (_FRAME_RU, _FRAME_ET):
        if any(w in first for w in head) and any(w in second for w in head):
            return True
    # in speech the frame may follow a lead: "aitäh enne kui ma vaatan kas ma saan õigesti aru et ..."
    return tx.restates_need(sentence, lang) or check_frame_span(_words(sentence), lang) is not None


def recited_in_opener(an, i: int, quote: str) -> bool:
    """Is the cue ``quote`` of agent unit i ("kokkuvõtteks", «правильно ли я понимаю», "saan aru, et see on
    Teile oluline") one the agent already said in the opening, before the client said anything? A cue said
    there checks, sums up and acknowledges nothing (there is nothing yet), and the same cue said again later
    is that recitation repeated: the checklist read out, no act (blind round 9)."""
    raw = getattr(an, "raw", an)
    if not raw.turns or raw.turns[0].role != "agent" or i == 0 or len(raw.turns) < 2:
        return False
    words = _words(quote)
    if not words:
        return False
    opener = " " + " ".join(_words(raw.turns[0].text)) + " "
    return " " + " ".join(words) + " " in opener


def frame_of(sentence: str) -> str:
    """The frame words of a check of understanding, up to its verb of understanding («правильно ли я
    понимаю», "kas ma sain õigesti aru"); empty when the sentence has none."""
    words = _words(sentence)
    for k, w in enumerate(words[:6]):
        if w in _FRAME_RU[1] or w in _FRAME_ET[1]:
            return " ".join(words[:k + 1])
    return ""


# the words that close the frame of a check on the question itself: «... ваш вопрос», "... teie küsimusest"
_FRAME_TAIL = frozenset(tx.fold(w) for w in """ли я правильно верно ваш вопрос teie kusimus kusimust kusimusest
    kusimusele oigesti tapselt""".split())
# what a thanks or an apology is for: «спасибо за обращение», "aitäh pöördumast"
_CUE_OBJECTS = frozenset(tx.fold(w) for w in """за обращение обращения звонок ожидание терпение неудобства вас
    pöördumast helistamast kirjutamast ootamast kannatlikkuse eest teid""".split())


def frame_then_cues(an, i: int, start: int, sentence: str) -> bool:
    """Is the check only its frame («правильно ли я понимаю ваш вопрос», "kas ma saan õigesti aru teie
    küsimusest") followed by nothing but cue phrases of other stages («итак подведём итог спасибо за
    обращение», "kokkuvõtteks aitäh pöördumast")? The frame is a tag recited inside the chain; with nothing
    of the client's matter after it, it checks nothing (with the matter restated after it, it does)."""
    tokens = [t for t in tx.tokenize_cached(sentence) if t.is_word]
    verb = next((k for k, t in enumerate(tokens[:8]) if t.norm in _FRAME_RU[1] or t.norm in _FRAME_ET[1]), None)
    if verb is None:
        return False
    k = verb + 1
    while k < len(tokens) and tokens[k].norm in _FRAME_TAIL:
        k += 1
    if k == len(tokens):
        return False  # the bare frame: judged elsewhere (a check closing a statement, "... kas ma sain õigesti aru")
    cues = [(p, q) for p, q, _ in an.cues(i)]
    rest = [t for t in tokens[k:] if not any(p <= start + t.start < q for p, q in cues)]
    return len(rest) < len(tokens) - k and all(t.norm in _CUE_OBJECTS for t in rest)
