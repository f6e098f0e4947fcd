"""Courtesy, sixth part: talking down, irony, and refusing the client's language (blind round 18).

Read on the lemmas of an agent statement (`courtesy_remarks.sentences`: no questions), in et and ru:

- :func:`condescension`: the matter called obvious with a particle of the obvious ("see on ju elementaarne", «это
  ведь очевидно», up to seven words apart: "see on ju kõik kirjas, üsna lihtne asi", round 19), or obvious to anybody ("see on igale lapsele selge", «это любому ребёнку понятно», «это каждый
  знает»). Negated ("see ei ole ju lihtne") it sympathises; a question ("Kas see on selge?") checks; "anybody may
  know it" («код может знать любой») states a risk, not the obvious.
- :func:`irony`: the purpose of reading stated as a truism with a particle ("Eks kirjad tulevadki selleks, et neid
  loetakse", «письма на то и приходят, чтобы их читать»): the client is told, ironically, that she should have read.
  An explanation without the particle ("otsus saadetakse selleks, et saaksite seda lugeda") is no irony.
- :func:`language_refusal`: the client asks for another language (Russian in an Estonian call, Estonian in a
  Russian one) and the agent keeps to the call's language (names it: "ma selgitan eesti keeles", «мы говорим
  по-русски») with no offer of a colleague, a transfer or the other language, twice, or once stating a service rule
  ("meil on teenindus eesti keeles", «обслуживание только на ...»). An agent who cannot speak it but offers a
  colleague or a call-back is courteous.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.analysis import TranscriptAnalysis
from trainer.scoring.courtesy_remarks import sentences
from trainer.scoring.verdict import Evidence

# what the matter is called: elementary, simple, clear, obvious, self-evident, logical
_OBVIOUS = {"et": frozenset("elementaarne lihtne selge ilmne iseenesestmoistetav enesestmoistetav loogiline".split()),
            "ru": frozenset("элементарный элементарно простой очевидный очевидно ясный ясно логичный логично".split())}
# obvious to whom: a clause that names everybody, any child
_KNOWN = {"et": frozenset("selge teada teadma arusaadav".split()) | _OBVIOUS["et"],
          "ru": frozenset("понятный понятно ясно ясный знать известно известный очевидно".split()) | _OBVIOUS["ru"]}
_ANYBODY = {"et": frozenset("iga igale igauks igauhele koigile igal".split()),
            "ru": frozenset("каждый каждому любой любому всякий всякому".split())}
_CHILD = {"et": frozenset("laps".split()), "ru": frozenset("ребенок школьник".split())}
_THIS = {"et": frozenset("see seda".split()), "ru": frozenset("это".split())}
_PARTICLE = {"et": frozenset("ju ometi".split()), "ru": frozenset("же ведь".split())}
_NOT = {"et": frozenset("ei pole mitte".split()), "ru": frozenset("не ни".split())}
_WINDOW = 5
# a modal of possibility before "know": "anybody may know it" states a risk («код может знать любой», "isikukoodi
# võib teada igaüks"; new-user batch 28 webchat-code-ru), not that the matter is obvious to anybody
_MAY = {"et": frozenset("voib voivad voiks vois voima".split()), "ru": frozenset("может могут мог могла могли мочь можно".split())}
_KNOW = {"et": frozenset({"teadma"}), "ru": frozenset({"знать"})}
_AFTER_PARTICLE = 7  # words from "ju"/«же» to the obvious word


def _lemma_hit(lemmas, words: list[str], lo: int, hi: int, wanted: frozenset[str]) -> int:
    """Index of the first word in [lo, hi) whose form or lemma is wanted, or -1."""
    for j in range(max(0, lo), min(len(words), hi)):
        if words[j] in wanted or lemmas[j] & wanted:
            return j
    return -1


def condescension(an: TranscriptAnalysis) -> list[Evidence]:
    """Agent statements calling the matter obvious with "ju"/«же», or obvious to anybody (module docstring)."""
    lang = an.language
    if lang not in _OBVIOUS:
        return []
    out = []
    for i, sentence, words, lemmas in sentences(an):
        hit = False
        for k, w in enumerate(words):
            this = _lemma_hit(lemmas, words, k - 2, k, _THIS[lang]) if w in _PARTICLE[lang] else -1
            if this >= 0:
                # "see on ju elementaarne", «это же элементарно»: the obvious word right after the particle, and
                # no negation in the clause ("see ei ole ju lihtne" sympathises)
                # (a few words may come between: "see on ju kõik kodulehel kirjas, tegelikult üsna lihtne asi",
                # blind round 19)
                j = _lemma_hit(lemmas, words, k + 1, k + 1 + _AFTER_PARTICLE, _OBVIOUS[lang])
                hit = j >= 0 and not any(x in _NOT[lang] for x in words[this:j])
            elif w in _ANYBODY[lang] or (w == "все" and k + 1 < len(words) and lemmas[k + 1] & {"знать"}):
                # "igale lapsele selge", «любому ребёнку понятно», «это все знают»
                near = _lemma_hit(lemmas, words, k - _WINDOW, k + _WINDOW + 1, _KNOWN[lang])
                person = w == "все" or w in ("igauks", "igauhele", "koigile") or \
                    _lemma_hit(lemmas, words, k + 1, k + 3, _CHILD[lang]) >= 0 or lang == "ru"
                hit = near >= 0 and person and not any(x in _NOT[lang] for x in words[max(0, min(k, near) - 2):max(k, near)]) \
                    and not _may_know(lang, words, lemmas, near)
            if hit:
                out.append(an.evidence(i, sentence.strip()))
                break
    return out


def _may_know(lang: str, words: list[str], lemmas, near: int) -> bool:
    """Is word `near` "know" right after a modal of possibility ("võib teada", «может знать»)?"""
    if not (words[near] in _KNOW[lang] or lemmas[near] & _KNOW[lang]):
        return False
    return any(words[j] in _MAY[lang] or lemmas[j] & _MAY[lang] for j in range(max(0, near - 2), near))


# the purpose frame: "selleks, et ...", «для того (и) ..., чтобы», «на то и ..., чтобы», «затем и ..., чтобы»
_PURPOSE = {"et": re.compile(r"\bselleks\s+(?:\w+\s+)?et\b|\bselleks\s+ju\b"),
            "ru": re.compile(r"\b(?:для\s+того|на\s+то|затем)\b(?:\s+\w+){0,4}?\s+чтобы\b")}
_READ = {"et": frozenset("lugema teadma vaatama avama tutvuma".split()),
         "ru": frozenset("читать прочитать знать смотреть посмотреть открывать открыть".split())}
# a particle of the obvious: "eks", "ju", "ometi", a "-ki/-gi" verb ("tulevadki", "ongi"); «и» after the frame, «же»
_IRONIC_ET = re.compile(r"\b(?:eks|ju|ometi|ongi)\b|\b\w+(?:vad|akse|takse|b|d)(?:ki|gi)\b")
_IRONIC_RU = re.compile(r"\b(?:же|ведь)\b|\b(?:для\s+того|на\s+то|затем)\s+и\b")
_FIRST = {"et": frozenset("ma mina me meie saaksin saaksime".split()), "ru": frozenset("я мы".split())}


def irony(an: TranscriptAnalysis) -> list[Evidence]:
    """Agent statements giving the purpose of reading or knowing as a truism with a particle (module docstring)."""
    lang = an.language
    if lang not in _PURPOSE:
        return []
    out = []
    for i, sentence, words, lemmas in sentences(an):
        joined = " ".join(words)
        m = _PURPOSE[lang].search(joined)
        if not m or set(words) & _FIRST[lang]:
            continue
        start = len(joined[:m.start()].split())
        if _lemma_hit(lemmas, words, start, len(words), _READ[lang]) < 0:
            continue
        ironic = _IRONIC_ET if lang == "et" else _IRONIC_RU
        if ironic.search(joined):
            out.append(an.evidence(i, sentence.strip()))
    return out


# the names of the languages (folded words): the client's request and the agent's insistence
_LANG_NAME = {"ru": re.compile(r"\b(?:vene|venekeel\w*|русск\w*|по-русски|по\s+русски)\b"),
              "et": re.compile(r"\b(?:eesti|eestikeel\w*|эстонск\w*|по-эстонски|по\s+эстонски)\b"),
              "en": re.compile(r"\b(?:inglise|английск\w*|по-английски|english)\b")}
# a way offered: a colleague, a transfer or call-back, an interpreter, a number, or agreeing
_OFFER = re.compile(r"\b(?:kolleeg\w*|uhenda\w*|suuna\w*|tolk\w*|helistab\s+tagasi|tagasi\s+helista\w*|"
                    r"коллег\w*|соедин\w*|переключ\w*|перевед\w*|переводчик\w*|перезвон\w*|специалист\w*|"
                    r"muidugi|loomulikult|kindlasti|конечно|разумеется|давайте)\b|\d{4,}")
# a service rule put to the client: "meil on teenindus eesti keeles", «обслуживание только на ...»
_RULE = re.compile(r"\b(?:teenindus\w*|teenindame|ainult|ainuüksi|обслужива\w*|обслуж\w*|только)\b")


@lru_cache(maxsize=16_384)  # a pure function of the text: the same replies recur across turns and calls
def _folded(text: str) -> str:
    return " ".join(tx.fold(t.text.lower()) for t in tx.tokenize_cached(text) if t.is_word)


def language_refusal(an: TranscriptAnalysis) -> list[Evidence]:
    """The agent keeping to the call's language after the client asked for another one (module docstring)."""
    own = _LANG_NAME.get(an.language)
    if own is None:
        return []
    others = [p for lang, p in _LANG_NAME.items() if lang != an.language]
    raw = an.raw
    refusals, ruled = [], False
    for i in raw.agent_indexes:
        if i == 0 or raw.turns[i - 1].role != "client":
            continue
        asked = _folded(raw.turns[i - 1].text)
        if not any(p.search(asked) for p in others):
            continue
        reply_text = raw.turns[i].text
        if tx.detect_language(reply_text) != an.language:
            continue  # answered in the other language: switched
        reply = _folded(reply_text)
        if _OFFER.search(reply) or not own.search(reply) or any(p.search(reply) for p in others):
            continue  # a way offered, the other language named (what it can or cannot do), or no insistence
        refusals.append(raw.evidence(i, reply_text.strip()))
        ruled = ruled or bool(_RULE.search(reply))
    return refusals if len(refusals) >= 2 or (refusals and ruled) else []
