"""Courtesy, fourth part: questions met with no answer at all (blind round 15).

Used by `trainer.scoring.courtesy.rude` among the brush-offs as acts, in et and ru:

- :func:`last_pointer`: the client's last question answered only by "it is on the website" before the goodbye
  ("Selle kohta on info meie kodulehel. ... Head päeva!", «это всё есть на сайте там написано до свидания»):
  besides the pointer the reply holds only social formulas and the call's end announced ("Vestlus on lõpetatud",
  «Разговор завершён»). A reply that tells the answer too ("Saate sisse Mobiil-ID-ga ... Täpsemalt on kodulehel.")
  or names the place asked for ("where ...?") is an answer with a pointer.
- :func:`checklist_replies`: two or more of the client's questions answered with checkmark items that name the
  call model's steps ("✔ Vajadus täpsustatud ✔ Vastus: ... ✔ Kokkuvõte ✔ Aitäh", «✔ Потребность уточнена ✔
  Итог»): the checklist is read out instead of an answer. A checklist of the client's own items ("✔ avaldus ✔
  tõend ✔ volikiri") names no steps.
"""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring.analysis import Evidence, TranscriptAnalysis, _asks

# the words of a pointer to a source, besides the source itself ("selle kohta on info meie kodulehel", «это всё
# есть на сайте там написано», «подробнее на сайте»)
_POINTER_WORDS = frozenset(tx.fold(w) for w in """
    selle kohta on info infot teave teavet lisainfo lisainfot lisateave lisateavet seal sealt kirjas kõik koik
    leiate leiab vaadake palun meie ameti ka täpsemalt tapsemalt täpsem rohkem ja see need kohta olemas
    это всё все есть на в там тут написано указано описано информация информацию об этом про по этому вопросу
    подробнее подробно смотрите посмотрите найдете найдёте можно наш нашем департамента пожалуйста и всю вся
    """.split())
_SOURCE = re.compile(r"\b(?:koduleh\w*|veebileh\w*|internet\w*|сайт\w*|интернет\w*)\b")
# the call's end announced: "Vestlus on nüüd lõpetatud", "Kõnemudeli sammud on läbitud", «Разговор завершён»
_CALL_ENDS = re.compile(r"\b(?:vestlus\w*|kone\w*|samm\w*|разговор\w*|звонок|беседа|чат|диалог\w*|консультаци\w*)\b"
                        r"(?:\s+\w+){0,3}?\s+(?:lopetatud|labitud|loppenud|lopeb|заверш\w*|окончен\w*|закончен\w*)\b")


# a question left without its mark: "..., kas seda peab ise taotlema või…", speech «... нет как мне тогда туда зайти»
_ASKING_CLAUSE = {
    "et": re.compile(r"(?:^|[,;:]\s*|\b(?:ja|aga|et|siis|no)\s+)(?:kas|kuidas|millal|kus|kuhu|miks|kui\s+palju)\b"),
    "ru": re.compile(r"\b(?:как|когда|где|куда|сколько|почему|зачем)\s+(?:же\s+)?(?:мне|нам|я|мы|теперь|тогда)\b|"
                     r"\b(?:можно|нужно|надо|должна|должен)\s+ли\b"),
}


def _asks_at_all(an: TranscriptAnalysis, i: int) -> bool:
    """Does client unit i ask: a question (`analysis._asks`), or a clause opened by a question word?"""
    if _asks(an, i):
        return True
    pattern = _ASKING_CLAUSE.get(an.language)
    return bool(pattern and pattern.search(tx.fold(an.turns[i].text.lower())))


def _words(text: str) -> list[str]:
    return [tx.fold(t.text.lower()) for t in tx.tokenize_cached(text) if t.is_word]


def _bare_pointer(an: TranscriptAnalysis, sentence: str) -> bool:
    """Is the sentence (social formulas taken out) nothing but "it is on the website"?"""
    from trainer.scoring.courtesy import _SOCIAL_ONLY, _without

    words = _words(_without(an, sentence, _SOCIAL_ONLY))
    if not words or not _SOURCE.search(" ".join(words)):
        return False
    return sum(1 for w in words if w not in _POINTER_WORDS and not _SOURCE.match(w)) <= 1


def last_pointer(an: TranscriptAnalysis) -> list[Evidence]:
    """The client's last question answered only by a pointer to the website before the goodbye (module docstring)."""
    from trainer.scoring.courtesy import _WHERE, _informs, _only_social

    raw = an.raw
    if raw.language not in ("et", "ru") or len(raw.agent_indexes) < 2:
        return []
    i = raw.agent_indexes[-1]
    if i == 0 or raw.turns[i - 1].role != "client" or not _asks_at_all(raw, i - 1) \
            or _WHERE.search(raw.turns[i - 1].text):
        return []
    text = raw.turns[i].text
    if any(ch.isdigit() for ch in text) or not an.phrase_set(("farewell",)).find_all(text) \
            or an.phrase_set(("offer",)).find_all(text):
        return []
    sentences = [s.strip() for _, _, s in raw.sentences(i) if _words(s)]
    pointers = [s for s in sentences if _bare_pointer(an, s)]
    if not pointers:
        return []
    for s in sentences:
        if s in pointers or _only_social(an, s) or _CALL_ENDS.search(" ".join(_words(s))):
            continue
        if _informs(raw, s):
            return []  # something told besides the pointer
    return [raw.evidence(i, pointers[0])]


_CHECKMARKS = re.compile(r"[✔✓✅☑]")
# the heads of checklist items: a step name, alone or with "done" ("Vajadus täpsustatud", «Итог подведён»)
_DONE = frozenset(tx.fold(w) for w in """tehtud täpsustatud selgitatud lõpetatud antud läbitud esitatud
    выполнено выполнен уточнена уточнено уточнён дано дан подведён подведен сделано завершён завершен""".split())
_MORE_STEPS = frozenset(tx.fold(w) for w in "selgitus selgitamine aitäh объяснение разъяснение пояснение спасибо".split())


def _step_item(item: str) -> bool:
    """Does the checklist item open with a step name ("Empaatia: ...", "Kokkuvõte tehtud", «Итог»)?"""
    from trainer.scoring.steplist import _STEP_NAMES

    head = [w for w in _words(item.split(":", 1)[0]) if w not in _DONE]
    key = " ".join(head)
    return bool(key) and (key in {name.strip() for name in _STEP_NAMES} or key in _MORE_STEPS)


def checklist_replies(an: TranscriptAnalysis) -> list[Evidence]:
    """Two or more client questions answered with a checklist of the call's steps (module docstring)."""
    raw = an.raw
    out = []
    for i in raw.agent_indexes:
        if i == 0 or raw.turns[i - 1].role != "client" or not _asks(raw, i - 1):
            continue
        # the checkmarks as typed (the analysed text has them normalised into full stops)
        text = " ".join(raw.original_turns[p[1]].text for p in raw.turns[i].parts)
        if len(_CHECKMARKS.findall(text)) < 2:
            continue
        items = [s for s in _CHECKMARKS.split(text) if _words(s)]
        if sum(_step_item(s) for s in items) >= 2:
            out.append(raw.evidence(i, text.strip()))
    return out if len(out) >= 2 else []
