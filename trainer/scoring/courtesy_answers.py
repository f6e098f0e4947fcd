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
- :func:`pointer_to_non_user` (round 16): a reply that only points to the website, to a client who says she
  cannot use websites («я в сайтах не разбираюсь», "ma ei oska arvutit kasutada").
- :func:`mocked` (round 16): the agent's remark answered with "very funny" («очень смешно», "väga naljakas").
- :func:`queue_goodbye` (round 16): "many chats are waiting" as the goodbye to an open question.
- :func:`keyword_line_last` (round 20): the client's last question answered with a keyword line that names the
  call model's steps ("Aitäh | kõike head | kokkuvõte: toetus | 30 | 45", «Анна | ДСС | резюме | всего доброго»):
  a label list read out instead of an answer, a brush-off even once. A terse list of the client's own items
  ("Vaja on: avaldus, pass, tõend.") names no step.
"""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring.analysis import Evidence, TranscriptAnalysis, _asks
from trainer.text.sources import WEBSITE

# the words of a pointer to a source, besides the source itself ("selle kohta on info meie kodulehel", «это всё
# есть на сайте там написано», «подробнее на сайте»)
_POINTER_WORDS = frozenset(tx.fold(w) for w in """
    selle kohta on info infot teave teavet lisainfo lisainfot lisateave lisateavet seal sealt kirjas kõik koik
    leiate leiab vaadake palun meie ameti ka täpsemalt tapsemalt täpsem rohkem ja see need kohta olemas
    это всё все есть на в там тут написано указано описано информация информацию об этом про по этому вопросу
    подробнее подробно смотрите посмотрите найдете найдёте можно наш нашем департамента пожалуйста и всю вся
    """.split())
_SOURCE = re.compile(rf"\b(?:{WEBSITE})\b")
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


def checklist_answers(raw: TranscriptAnalysis):
    """(agent unit, its text as typed) of every reply to a client's question that is a checklist of the call's
    steps: two or more checkmarks, two or more items opening with a step name."""
    for i in raw.agent_indexes:
        if i == 0 or raw.turns[i - 1].role != "client" or not _asks(raw, i - 1):
            continue
        # the checkmarks as typed (the analysed text has them normalised into full stops)
        text = " ".join(raw.original_turns[p[1]].text for p in raw.turns[i].parts)
        if len(_CHECKMARKS.findall(text)) >= 2 and sum(_step_item(s) for s in _CHECKMARKS.split(text)) >= 2:
            yield i, text


def checklist_replies(an: TranscriptAnalysis) -> list[Evidence]:
    """Two or more client questions answered with a checklist of the call's steps (module docstring)."""
    raw = an.raw
    out = [raw.evidence(i, text.strip()) for i, text in checklist_answers(raw)]
    return out if len(out) >= 2 else []


def _only_points(an: TranscriptAnalysis, i: int) -> str | None:
    """The pointer sentence when agent unit i (its own words, signature aside) only names the website as the
    source ("Kogu info leiate kodulehelt ... rubriigist „Lapsed“.", «Вся информация есть на нашем сайте. Там
    подробно описано.»): every sentence names the source or tells nothing, no number besides an address, no yes or
    no, no offer, no question; else None."""
    from trainer.scoring.courtesy import _ANSWER_SHAPE, _YES_NO, _informs
    from trainer.scoring.courtesy_tone import _SOURCE as _NAMES_SOURCE
    from trainer.scoring.courtesy_tone import _THERE, _signature_free

    raw = an.raw
    own = _signature_free(an)
    text = " ".join(own.get(p[1], "") for p in raw.turns[i].parts).strip()
    if not text or "?" in text or _YES_NO.search(text) or an.phrase_set(("offer", "further_help")).find_all(text):
        return None
    sentences = [s.strip() for _, _, s in tx.split_sentences(text) if _words(s)]
    sources = [s for s in sentences if _NAMES_SOURCE.search(" ".join(_words(s)))]
    if not sources:
        return None
    for s in sentences:
        if _ANSWER_SHAPE.search(re.sub(r"\S+\.(?:ee|eu|com)\S*", "", s)):
            return None
        if s not in sources and not _THERE.search(" ".join(_words(s))) and _informs(raw, s):
            return None
    return sources[0]


def pointer_to_non_user(an: TranscriptAnalysis) -> list[Evidence]:
    """A reply that only points to the website (`_only_points`) to a client who says, just before or in her next
    line, that she cannot use websites or a computer («я в сайтах не разбираюсь», "ma ei oska arvutit kasutada"):
    her question is sent where she cannot go (a brush-off, however polite, even to "where"). A pointer with the
    answer told beside it, or to a client who uses the site, is fine."""
    from trainer.scoring.client_reply import cannot_use_sites

    raw = an.raw
    if raw.language not in ("et", "ru"):
        return []
    out = []
    for i in raw.agent_indexes:
        before = i - 1 if i and raw.turns[i - 1].role == "client" else None
        after = i + 1 if i + 1 < len(raw.turns) and raw.turns[i + 1].role == "client" else None
        if not ((before is not None and cannot_use_sites(raw.turns[before].text))
                or (after is not None and cannot_use_sites(raw.turns[after].text))):
            continue
        if not any(raw.turns[k].role == "client" and _asks_at_all(raw, k) for k in range(i)):
            continue
        pointer = _only_points(an, i)
        if pointer:
            out.append(raw.evidence(i, pointer))
    return out


def mocked(an: TranscriptAnalysis) -> list[Evidence]:
    """The agent's remark the client answers with "very funny" («очень смешно», "väga naljakas", «вам смешно?»):
    she says it mocked her (sarcasm in any wording)."""
    from trainer.scoring.client_reply import says_mocked

    raw = an.raw
    return [raw.evidence(k - 1, raw.turns[k - 1].text.strip()) for k in range(1, len(raw.turns))
            if raw.turns[k].role == "client" and raw.turns[k - 1].role == "agent" and k - 1 != raw.agent_indexes[0]
            and says_mocked(raw.turns[k].text)]


# being busy as the reason to stop: "meil on praegu palju vestlusi ootel", «у нас много чатов в очереди», "teised
# ootavad", «меня ждут другие клиенты»
_BUSY = re.compile(
    r"\b(?:palju|mitu|teised|teisi|jargmised)\s+(?:\w+\s+)?(?:vestlus\w*|kone\w*|klient\w*|poordumis\w*|helistaja\w*|"
    r"inimes\w*)\s+(?:\w+\s+)?(?:ootel|ootab|ootavad|jarjekorras)\b|\bjarjekord\s+(?:\w+\s+)?(?:on\s+)?pikk\b|"
    r"\b(?:много|другие|куча)\s+(?:\w+\s+)?(?:чат\w*|обращени\w*|звонк\w*|клиент\w*|люд\w*|вопрос\w*)\s+(?:\w+\s+)?"
    r"(?:ждут|в\s+очереди|ожида\w*)\b|\bбольшая\s+очередь\b|\bочередь\s+(?:\w+\s+)?большая\b")


def queue_goodbye(an: TranscriptAnalysis) -> list[Evidence]:
    """The agent's last reply saying goodbye with "many chats are waiting" («у нас много чатов в очереди», "meil on
    palju vestlusi ootel") to a client whose question is open (she asks, or says it was not answered): she is cut
    off for the queue, even with an apology. An apology for the wait before an answer is courteous."""
    from trainer.scoring.client_reply import says_unanswered

    raw = an.raw
    if raw.language not in ("et", "ru") or len(raw.agent_indexes) < 2:
        return []
    i = raw.agent_indexes[-1]
    if i == 0 or raw.turns[i - 1].role != "client":
        return []
    before = raw.turns[i - 1].text
    if not (_asks_at_all(raw, i - 1) or says_unanswered(before)):
        return []
    text = raw.turns[i].text
    if not an.phrase_set(("farewell",)).find_all(text) and not an.phrase_set(("thanks",)).find_all(text):
        return []
    busy = [s.strip() for _, _, s in raw.sentences(i) if _BUSY.search(" ".join(_words(s)))]
    return [raw.evidence(i, busy[0])] if busy else []


def _labelled_line(an: TranscriptAnalysis, sentence: str) -> bool:
    """Does the keyword line carry a label of the call model's steps ("kokkuvõte", «резюме», "täpsustav küsimus")?"""
    from trainer.scoring.steplist import _AMBIGUOUS, _STEP_NAMES

    items = [" ".join(_words(item)) for item in re.split(r"[|,:;]|\s[–—-]\s", sentence)]
    return bool(an.phrase_set(("summary",)).find_all(sentence)) or any(
        item in _STEP_NAMES and item not in _AMBIGUOUS for item in items)


def keyword_line_last(an: TranscriptAnalysis) -> list[Evidence]:
    """The agent's last reply to the client's open question is a keyword line with step labels (module docstring):
    every sentence that is more than a social formula or an understanding check is a verbless cue list
    (`courtesy._cue_list`), one of them names a step, and nothing is asked back."""
    from trainer.scoring.courtesy import _CUES, _cue_list, _without

    raw = an.raw
    if raw.language not in ("et", "ru") or len(raw.agent_indexes) < 2:
        return []
    i = raw.agent_indexes[-1]
    if i == 0 or raw.turns[i - 1].role != "client" or not _asks_at_all(raw, i - 1):
        return []
    # the bars of a typed keyword line ("puue | taotlus | iseteenindus") separate items as commas do
    lines = [s.strip(" |").replace("|", ",") for _, _, s in raw.sentences(i) if _words(_without(raw, s, _CUES))]
    if not lines or not all(_cue_list(raw, s) for s in lines) or not any(_labelled_line(raw, s) for s in lines):
        return []
    return [raw.evidence(i, raw.turns[i].text.strip())]
