"""The visible opening (criterion "greeting", blind round 12).

A line of the first reply (or its part after a dash) that strings checklist keywords together with separators
("— Ольга | Департамент социального страхования | правильно ли я понимаю | понимаю, как это для Вас важно |
итак, подведём итог") introduces nobody: the agent's name and the institution found only there are keywords,
not an opening. A plain signature ("— Kadri | Sotsiaalkindlustusamet") has no cue of another step and still
counts, pasted under every message or not, and so does one followed by pasted sentences (the blind labels count
"Tere!" with the name and institution in the first message's signature).

Blind round 26: a first message that runs through the cues of three other steps (empathy, summary, closing: "Saan
aru ... Kokkuvõtteks: aitäh ... Head aega!") before the name is a stuffed chain; what comes after that point
(the signature "/Tiina, SKA/") is no part of the opening (`stuffed_run_start`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.steplist import ticked_names

_SEPARATORS = re.compile(r"\s[|·•/]\s|\s*\|\s*")
_MIN_FRAGMENTS = 3
_MIN_KEYWORDS = 2  # fragments holding a cue of another step: a list of keywords, not one sentence after the name


def keyword_line_start(an, i: int, stages: dict[str, str]) -> int:
    """Where the first keyword line of unit i starts (a line of three or more fragments separated by "|",
    "·" ..., two of them or more holding a cue of a step other than the opening: `stages` maps cue concepts to
    steps); the text's length when there is none. "— Liisa | Sotsiaalkindlustusamet | Saan aru, et ... Kas ma
    sain õigesti aru? ..." is a signature followed by sentences (one fragment), not a keyword list."""
    raw = getattr(an, "raw", None) or an  # the full text: the act transcript blanks the keywords themselves
    if len(raw.turns) != len(an.turns) or len(raw.turns[i].text) != len(an.turns[i].text):
        raw = an
    text = raw.turns[i].text
    cues = [(p, name) for p, _, name in raw.cues(i) if stages.get(name, "opening") != "opening"]
    starts = [m.start() for m in re.finditer(r"\n|[—–]|--", text) if m.start() > 0]
    for start in starts:
        end = text.find("\n", start + 1)
        end = len(text) if end < 0 else end
        spans, pos = [], start
        for f in _SEPARATORS.split(text[start:end]):
            k = text.find(f, pos)
            spans.append((k, k + len(f)))
            pos = k + len(f)
        keyword = [1 for a, b in spans if any(a <= p < b for p, _ in cues)]
        # "| приветствие ✓ представление ✓": the original words (normalising drops the ticks)
        unit = raw.turns[i]
        ticked = any(ticked_names(unit.original_text(a, b) if hasattr(unit, "original_text") else text[a:b])
                     for a, b in spans)
        if len(spans) >= _MIN_FRAGMENTS and (len(keyword) >= _MIN_KEYWORDS or ticked):
            return start
    return len(text)


_STUFFED_STEPS = 3  # distinct steps other than the opening: a real opening names none, or one (an apology, a thanks)


def stuffed_run_start(an, i: int, stages: dict[str, str]) -> int:
    """Where the first message stops being an opening: the cue of unit i that names a third step other than the
    opening (`stages` maps cue concepts to steps; "Saan aru ..." empathy, "Kokkuvõtteks" summary, "aitäh" closing);
    the text's length when fewer steps are cued. A name, greeting or institution said only after it signs a checklist
    recited in full, it opens nothing; one said before it, in a long run-on plan too ("Tere! Siin Kaarel, SKA. Et
    saaksin aidata: 1) isikukood, 2) ... kokkuvõte"), still opens."""
    raw = getattr(an, "raw", None) or an
    if len(raw.turns) != len(an.turns) or len(raw.turns[i].text) != len(an.turns[i].text):
        raw = an
    cues = sorted((p, stages[name]) for p, _, name in raw.cues(i) if stages.get(name, "opening") != "opening")
    seen: set[str] = set()
    for p, step in cues:
        seen.add(step)
        if len(seen) >= _STUFFED_STEPS:
            return p
    return len(raw.turns[i].text)


# the channel the opening names with the institution ("Sotsiaalkindlustusameti veebivestlus", «Чат Департамента ...»,
# «Горячая линия Департамента ...»): folded words
_CHANNEL_WORDS = re.compile(r"(?:veebi|e-?)?(?:chat\w*|chatt\w*|vestlus\w*|infotelefon\w*|infoliin\w*|klienditeenindus\w*|"
                            r"klienditugi|noustamine|abiliin|liin|telefon|онлайн-?чат|чат|линия|горячая|служба|"
                            r"поддержки|поддержка|онлайн-?консультация|консультация|справочная|колл-?центр|"
                            r"клиентская|helpline|chat|line)")
_CHANNEL_SPAN = 2  # words of the channel's name next to the institution's ("горячая линия", "служба поддержки")


@lru_cache(maxsize=64)
def _institution_set(phrases: tuple[str, ...], lang: str) -> tx.PhraseSet:
    return tx.PhraseSet(phrases, lang)  # built once per rubric and language, not once per first reply


def opening_channel(text: str, lang: str, concepts: dict) -> frozenset[str]:
    """The words (folded) that name the channel right next to the institution's name in the opening, nothing but
    spaces between ("Sotsiaalkindlustusameti chat, Mari.", «Чат Департамента социального страхования, Светлана на
    связи.», «Служба поддержки Департамента ...»): the name of the line the client reached, part of the opening
    act like the institution, not a topic keyword (`acts.find_non_answers` skips them in the first reply)."""
    phrases = tuple(p for names in ((concepts.get("institution") or {}).values()) for p in names)
    return _channel_words(text, lang, phrases) if phrases else frozenset()


@lru_cache(maxsize=4096)  # a pure function of the opening and the institution's names (the same in most calls)
def _channel_words(text: str, lang: str, phrases: tuple[str, ...]) -> frozenset[str]:
    """`opening_channel` for the institution's name phrases."""
    spans = [(m.start, m.end) for m in _institution_set(phrases, lang).find_all(text)]
    if not spans:
        return frozenset()
    words = [t for t in tx.tokenize(text) if t.is_word]
    out = set()
    for a, b in spans:
        inside = [n for n, t in enumerate(words) if a <= t.start < b]
        if not inside:
            continue
        for step, start in ((-1, inside[0] - 1), (1, inside[-1] + 1)):
            n, taken = start, 0
            while 0 <= n < len(words) and taken < _CHANNEL_SPAN and _CHANNEL_WORDS.fullmatch(words[n].norm):
                near = words[n + 1] if step < 0 else words[n - 1]
                gap = text[words[n].end:near.start] if step < 0 else text[near.end:words[n].start]
                if gap.strip():
                    break  # a mark between: "..., chat" is another fragment
                out.add(words[n].norm)
                n, taken = n + step, taken + 1
    return frozenset(out)
