"""Courtesy, fourth part: questions met with no answer at all (blind round 15).

Used by `trainer.scoring.courtesy.rude` among the brush-offs as acts, in et and ru:

- :func:`last_pointer`: the client's last question answered only by "it is on the website" before the goodbye
  ("Selle kohta on info meie kodulehel. ... Head päeva!", «это всё есть на сайте там написано до свидания»):
  besides the pointer the reply holds only social formulas and the call's end announced ("Vestlus on lõpetatud",
  «Разговор завершён»). A reply that tells the answer too ("Saate sisse Mobiil-ID-ga ... Täpsemalt on kodulehel.")
  or names the place asked for ("where ...?") is an answer with a pointer. A bare "look in the self-service"
  ("Palun vaadake iseteenindust.", «Посмотрите в самообслуживании.») counts too when the question was why, or the
  client then asks what she should look at (round 29): the place answers "how" or "where", not "why".
- :func:`checklist_replies`: two or more of the client's questions answered with checkmark items that name the
  call model's steps ("✔ Vajadus täpsustatud ✔ Vastus: ... ✔ Kokkuvõte ✔ Aitäh", «✔ Потребность уточнена ✔
  Итог»): the checklist is read out instead of an answer. A checklist of the client's own items ("✔ avaldus ✔
  tõend ✔ volikiri") names no steps.
- :func:`pointer_to_non_user` (round 16): a reply that only points to the website, to a client who says she
  cannot use websites («я в сайтах не разбираюсь», "ma ei oska arvutit kasutada").
- :func:`mocked` (round 16): the agent's remark answered with "very funny" («очень смешно», "väga naljakas").
- :func:`queue_goodbye` (round 16): "many chats are waiting" as the goodbye to an open question.
- :func:`keyword_replies` (round 20, generalised in round 22): a client's question answered with a keyword line that
  names the call model's steps ("Aitäh | kõike head | kokkuvõte: toetus | 30 | 45", «Анна | ДСС | резюме | всего
  доброго», "Märksõnad: vanemahüvitis | 30 päeva | iseteenindus", «Итак, подведём итог: пенсия / Россия / квартал.»,
  "Indekseerimine. Maksuvaba tulu. 776 eurot. Selgitus."): a label list read out instead of an answer, a brush-off
  even once and at any turn. A terse list of the client's own items ("Vaja on: avaldus, pass, tõend.") names no
  step; a "Jah." before the list answers, and so does the one value asked for with cues tacked on ("millal?" -
  "Pärast sünni registreerimist. Aitäh. Kokkuvõte.", round 24), as does a line of figures each bound by a dash to
  what it is for («с глубокой степенью – 270 евро в месяц, с тяжёлой – 180 евро в месяц»).
- :func:`curt_throughout` (round 23): three or more client questions all met by bare replies of a few words, one
  "what if" / "why" / "how" among them met with a bare no or a fragment: the client left guessing at every turn.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.analysis import TranscriptAnalysis
from trainer.scoring.asking import unit_asks
from trainer.scoring.verdict import Evidence
from trainer.text.sources import SELF_SERVICE_ET, SELF_SERVICE_RU, WEBSITE

# the words of a pointer to a source, besides the source itself ("selle kohta on info meie kodulehel", «это всё
# есть на сайте там написано», «подробнее на сайте»)
POINTER_WORDS = frozenset(tx.fold(w) for w in """
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


# the client saying she now knows: "selge, mis kirjutada ja kuhu saata, see on nüüd teada" names what she knows in
# clauses opened by question words, which ask nothing
_KNOWS_NOW = re.compile(r"\b(?:on\s+(?:nuud\s+)?(?:teada|selge)|(?:saan|sain)\s+aru|selge)\b")


def asks_at_all(an: TranscriptAnalysis, i: int) -> bool:
    """Does client unit i ask: a question (`asking.unit_asks`), or a clause opened by a question word? A question
    word before an infinitive in a unit saying the client now knows ("mis kirjutada ja kuhu saata, see on nüüd
    teada") is an indirect question and asks nothing."""
    return unit_asks(an, i) or _asking_clause(an.turns[i].text, an.language)


@lru_cache(maxsize=16_384)  # a pure function of the text
def _asking_clause(unit_text: str, language: str) -> bool:
    """Has the client's text a clause opened by a question word (not an indirect one, see `asks_at_all`)?"""
    pattern = _ASKING_CLAUSE.get(language)
    text = tx.fold(unit_text.lower())
    if not pattern:
        return False
    knows = language == "et" and bool(_KNOWS_NOW.search(text))
    for m in pattern.finditer(text):
        following = re.findall(r"\w+", text[m.end():])
        if not (knows and following and re.fullmatch(r"\w+[dt]a", following[0])):
            return True
    return False


def _words(text: str) -> list[str]:
    return [tx.fold(t.text.lower()) for t in tx.tokenize_cached(text) if t.is_word]


def bare_pointer(an: TranscriptAnalysis, sentence: str, source: re.Pattern = _SOURCE) -> bool:
    """Is the sentence (social formulas taken out) nothing but "it is on the website" (or in another `source`)?"""
    from trainer.scoring.courtesy_informs import SOCIAL_ONLY, without

    words = _words(without(an, sentence, SOCIAL_ONLY))
    if not words or not source.search(" ".join(words)):
        return False
    return sum(1 for w in words if w not in POINTER_WORDS and not source.match(w)) <= 1


# the self-service as the place pointed to ("vaadake iseteenindust", «смотрите в самообслуживании»): a bare pointer
# there leaves a "why" unanswered, or a client who then asks what she should look at ("???", "mida ma seal vaatan")
_SELF_SERVICE = re.compile(rf"\b(?:{SELF_SERVICE_ET}|{SELF_SERVICE_RU})\b")
_WHY = re.compile(r"\b(?:miks|почему|отчего|зачем)\b")


def _sources(raw: TranscriptAnalysis, i: int) -> tuple[re.Pattern, ...]:
    """The places a bare pointer in agent unit i may name to brush the client's question off: the website; the
    self-service too when the question before asks why or the client's reply is baffled (blind round 29)."""
    from trainer.scoring.courtesy_fragments import BAFFLED

    after = raw.turns[i + 1].text if i + 1 < len(raw.turns) and raw.turns[i + 1].role == "client" else ""
    why = _WHY.search(tx.fold(raw.turns[i - 1].text.lower())) or (after and BAFFLED.search(after))
    return (_SOURCE, _SELF_SERVICE) if why else (_SOURCE,)


def last_pointer(an: TranscriptAnalysis) -> list[Evidence]:
    """The client's last question answered only by a pointer to the website before the goodbye (module docstring)."""
    from trainer.scoring.courtesy_informs import WHERE, only_social, sentence_informs

    raw = an.raw
    if raw.language not in ("et", "ru") or len(raw.agent_indexes) < 2:
        return []
    i = raw.agent_indexes[-1]
    if i == 0 or raw.turns[i - 1].role != "client" or not asks_at_all(raw, i - 1) \
            or WHERE.search(raw.turns[i - 1].text):
        return []
    text = raw.turns[i].text
    if any(ch.isdigit() for ch in text) or not an.phrase_set(("farewell",)).find_all(text) \
            or an.phrase_set(("offer",)).find_all(text):
        return []
    sentences = [s.strip() for _, _, s in raw.sentences(i) if _words(s)]
    sources = _sources(raw, i)
    pointers = [s for s in sentences if any(bare_pointer(an, s, source) for source in sources)]
    if not pointers:
        return []
    for s in sentences:
        if s in pointers or only_social(an, s) or _CALL_ENDS.search(" ".join(_words(s))):
            continue
        if sentence_informs(raw, s):
            return []  # something told besides the pointer
    return [raw.evidence(i, pointers[0])]


_CHECKMARKS = re.compile(r"[✔✓✅☑]")
# the heads of checklist items: a step name, alone or with "done" ("Vajadus täpsustatud", «Итог подведён»)
_DONE = frozenset(tx.fold(w) for w in """tehtud täpsustatud selgitatud lõpetatud antud läbitud esitatud
    выполнено выполнен уточнена уточнено уточнён дано дан подведён подведен сделано завершён завершен""".split())
_MORE_STEPS = frozenset(tx.fold(w) for w in "selgitus selgitamine aitäh объяснение разъяснение пояснение спасибо".split())


def _step_item(item: str) -> bool:
    """Does the checklist item open with a step name ("Empaatia: ...", "Kokkuvõte tehtud", «Итог»)?"""
    from trainer.scoring.steplist import STEP_NAMES

    head = [w for w in _words(item.split(":", 1)[0]) if w not in _DONE]
    key = " ".join(head)
    return bool(key) and (key in {name.strip() for name in STEP_NAMES} or key in _MORE_STEPS)


def checklist_answers(raw: TranscriptAnalysis):
    """(agent unit, its text as typed) of every reply to a client's question that is a checklist of the call's
    steps: two or more checkmarks, two or more items opening with a step name."""
    for i in raw.agent_indexes:
        if i == 0 or raw.turns[i - 1].role != "client" or not unit_asks(raw, i - 1):
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
    from trainer.scoring.courtesy_fragments import YES_NO
    from trainer.scoring.courtesy_informs import ANSWER_SHAPE, sentence_informs
    from trainer.scoring.courtesy_tone import SOURCE as _NAMES_SOURCE
    from trainer.scoring.courtesy_tone import THERE, signature_free

    raw = an.raw
    own = signature_free(an)
    text = " ".join(own.get(p[1], "") for p in raw.turns[i].parts).strip()
    if not text or "?" in text or YES_NO.search(text) or an.phrase_set(("offer", "further_help")).find_all(text):
        return None
    sentences = [s.strip() for _, _, s in tx.split_sentences(text) if _words(s)]
    sources = [s for s in sentences if _NAMES_SOURCE.search(" ".join(_words(s)))]
    if not sources:
        return None
    for s in sentences:
        if ANSWER_SHAPE.search(re.sub(r"\S+\.(?:ee|eu|com)\S*", "", s)):
            return None
        if s not in sources and not THERE.search(" ".join(_words(s))) and sentence_informs(raw, s):
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
        if not any(raw.turns[k].role == "client" and asks_at_all(raw, k) for k in range(i)):
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
    if not (asks_at_all(raw, i - 1) or says_unanswered(before)):
        return []
    text = raw.turns[i].text
    if not an.phrase_set(("farewell",)).find_all(text) and not an.phrase_set(("thanks",)).find_all(text):
        return []
    busy = [s.strip() for _, _, s in raw.sentences(i) if _BUSY.search(" ".join(_words(s)))]
    return [raw.evidence(i, busy[0])] if busy else []


def _labelled_line(an: TranscriptAnalysis, sentence: str) -> bool:
    """Does the keyword line carry a label of the call model's steps ("kokkuvõte", «резюме», "täpsustav küsimus")?"""
    from trainer.scoring.steplist import AMBIGUOUS, STEP_NAMES

    items = [" ".join(_words(item)) for item in re.split(r"[|,:;]|\s[–—-]\s", sentence)]
    return bool(an.phrase_set(("summary",)).find_all(sentence)) or any(
        item in STEP_NAMES and item not in AMBIGUOUS for item in items)


# a label that announces the keywords ("Märksõnad:", «Ключевые слова:»), read as a step name (blind round 22)
_KEYWORDS_LABEL = re.compile(r"(?i)^\W*(?:m[äa]rks[õo]n\w*|v[õo]tmes[õo]n\w*|ключев\w+\s+слов\w*|тег\w*)\s*:")
# step names that say what the reply was meant to be ("Selgitus", «Объяснение»): labels too in a verbless list
_MEANT = frozenset(tx.fold(w) for w in "selgitus selgitamine объяснение разъяснение пояснение".split())
# what the phrase lists leave of thanks, goodbyes and checks («спасибо за обращение», «понятно ли Вам», "aitäh, et
# pöördusite"): a bracketed list of nothing but formulas is a goodbye, judged by the closing (blind round 18)
FORMULA_REST = frozenset(tx.fold(w) for w in """за обращение звонок звонка ожидание терпение вам вас вами
    teile teid teiega et poordusite helistasite kirjutasite ootamast""".split())
# the bars and slashes of a typed keyword line ("puue | taotlus", «пенсия / Россия») separate items as commas do
_BARS = re.compile(r"\s*[|/]\s*")
# a step label standing as the reply's last word ("... Töötukassa 15501 Kokkuvõtteks", «... Среда самообслуживания
# Итог»): no sentence ends on a bare cue, so a verbless reply that does is a keyword line with or without punctuation
CUE_LAST = frozenset(tx.fold(w) for w in "kokkuvõtteks kokkuvõte kokkuvõtte итог итого резюме".split())


def _keyword_reply(raw: TranscriptAnalysis, i: int) -> bool:
    """Is agent unit i a keyword line with a step label (module docstring)? Its sentences, social formulas and
    understanding checks taken out, are verbless lists (three items, or two after a summary cue: «Итак, подведём
    итог: пенсия / Россия / квартал.»), or verbless fragments one to a sentence that list three or more items
    ("Indekseerimine. Maksuvaba tulu. 776 eurot. Selgitus."), or nothing but cues in a list of three labelled
    "keywords" ("Märksõnad: kokkuvõte, kas see vastas Teie küsimusele, aitäh, kõike head"). One sentence names a
    step, is labelled "keywords", or says "explanation"; nothing is asked back."""
    from trainer.scoring.courtesy_fragments import YES_NO
    from trainer.scoring.courtesy_ignored import LIST, SEPARATOR, without_noun_items
    from trainer.scoring.courtesy_informs import CUES, without
    from trainer.scoring.finite_verbs import has_finite_verb
    from trainer.scoring.steplist import STEP_NAMES

    whole = raw.turns[i].text
    # a bare check closing a chat recap ("... otsus dok-de põhjal. ok"; new-user batch 59): found on the whole reply
    checks = raw.phrase_set(("understanding_check",)).find_all(whole)
    sentences = [s for a, b, s in raw.sentences(i) if not any(m.start <= a and b <= m.end for m in checks)]
    if not sentences or YES_NO.search(sentences[0]):
        return False  # "Jah. ..." answers a yes/no question, however terse the rest
    if _ends_on_cue(raw, whole):
        return True
    # cues listed under a "keywords" label: read on the whole reply (a check inside splits its sentences)
    announced = bool(_KEYWORDS_LABEL.search(whole))
    bare = _BARS.sub(", ", _KEYWORDS_LABEL.sub("", whole)).strip(" ,")
    if announced and len(SEPARATOR.findall(bare)) >= 3 \
            and all(w in STEP_NAMES for w in _words(without(raw, bare, CUES))):
        return True  # "Märksõnad: kokkuvõte, kas see vastas Teie küsimusele, aitäh, kõike head"
    labelled = False
    lines = []  # (the sentence as a comma list, its words that are no cue)
    for s in sentences:
        bare = _KEYWORDS_LABEL.sub("", s)
        labelled = labelled or bare != s or _labelled_line(raw, s)
        bare = _BARS.sub(", ", bare).strip(" ,")
        rest = without(raw, bare, CUES)
        words = _words(rest)
        # a formula the phrase lists cover only in part («Спасибо за обращение!» leaves "за обращение")
        if not words or all(w in FORMULA_REST for w in words) or (
                len(words) <= 2 and len(_words(bare)) > len(words) and "?" not in s and not SEPARATOR.search(bare)
                and not re.search(r"\d", bare) and not has_finite_verb(rest, raw.language)):
            continue
        lines.append((bare, rest, words))
    if not lines or (not announced and _asks_back(lines[0][0])):
        return False
    labelled = labelled or any(w in _MEANT for _, _, words in lines for w in words)
    if not labelled or any("?" in rest for _, rest, _ in lines):
        return False

    def verbless(text: str) -> bool:
        return not has_finite_verb(without_noun_items(text, raw.language), raw.language)

    def listed(bare: str, rest: str) -> bool:
        if not LIST.search(bare) or not verbless(rest) or _figures_stated(bare):
            return False
        return bool(raw.phrase_set(("summary",)).find_all(bare)) or len(SEPARATOR.findall(bare)) >= 3

    if all(listed(bare, rest) for bare, rest, _ in lines):
        return True
    # verbless fragments one to a sentence: a list typed with full stops
    return len(lines) >= 3 and all(verbless(rest) for _, rest, _ in lines)


# a figure bound by a dash to what it is for, said in two words or more ("sügava puudega lapse toetus – 270 eurot
# kuus", «с тяжёлой – 180 евро в месяц»): a value stated, not a keyword item ("elatisabi | 200 | 30")
_BOUND_FIGURE = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+)+\s[–—-]\s$")
_FIGURE = re.compile(r"\d[\d\s.,]*")


def _figures_stated(line: str) -> bool:
    """Is every figure of the list line bound by a dash to what it is for, said in two words or more (round 24:
    «В общем по правилам: пособие ребёнку с глубокой степенью – 270 евро в месяц, с тяжёлой – 180 евро в месяц.»
    answers "how much")?"""
    figures = list(_FIGURE.finditer(line))
    return bool(figures) and all(_BOUND_FIGURE.search(line[:m.start()]) for m in figures)


# a clarifying question's label at the head of the line: the line asks back in keywords ("Уточняющий вопрос | пособие
# | степень", blind round 18), which the needs criterion judges, rather than answering in them
_ASKS_BACK = frozenset(" ".join(tx.fold(w).split()) for w in """täpsustav küsimus|täpsustus|täpsustamine|
    vajaduse täpsustamine|уточняющий вопрос|уточнение|уточнение потребности""".split("|"))


def _ends_on_cue(raw: TranscriptAnalysis, text: str) -> bool:
    """Does the reply end on a bare step label (`CUE_LAST`, its very last word) after three or more words with no
    finite verb among them once social formulas are taken out? Read on the whole reply, so typed full stops and a
    one-word question inside change nothing; a bracketed list that goes on to "aitäh · kõike head" ends on
    formulas and is judged as before."""
    from trainer.scoring.courtesy_informs import SOCIAL_ONLY, without
    from trainer.scoring.finite_verbs import has_finite_verb

    words = _words(text)
    if len(words) < 4 or words[-1] not in CUE_LAST:
        return False
    rest = without(raw, text, SOCIAL_ONLY)
    return len(_words(rest)) >= 4 and not has_finite_verb(rest, raw.language)


def _asks_back(line: str) -> bool:
    """Does the keyword line open with a clarifying question's label?"""
    return " ".join(_words(re.split(r"[,:]", line, maxsplit=1)[0])) in _ASKS_BACK


def keyword_replies(an: TranscriptAnalysis) -> list[Evidence]:
    """Agent replies to the client's question in the turn before that are keyword lines with step labels (module
    docstring): a label list read out instead of an answer, a brush-off even once."""
    from trainer.scoring.courtesy_ignored import value_with_cues

    raw = an.raw
    if raw.language not in ("et", "ru") or len(raw.agent_indexes) < 2:
        return []
    # the value asked for, with cue words tacked on ("320 eurot. Kokkuvõtteks."), answers: curt, but no label list
    return [raw.evidence(i, raw.turns[i].text.strip()) for i in raw.agent_indexes
            if i and raw.turns[i - 1].role == "client" and asks_at_all(raw, i - 1) and _keyword_reply(raw, i)
            and not value_with_cues(raw, i)]


# -- curt replies throughout --------------------------------------------------------------------------------------------

_CURT_WORDS = 4  # a reply's own words (social formulas aside): «до конца учебного года», "Ei, ei pea."
_CURT_QUESTIONS = 3


def curt_throughout(an: TranscriptAnalysis) -> list[Evidence]:
    """Every one of three or more client questions met by a bare reply of at most `_CURT_WORDS` words (social
    formulas aside, no question back), one of them a "what if", "why" or "how" question answered with a bare yes or
    no or a fragment («а если он поступит, будут платить?» - «нет», "miks?" - "Nii on."): the client is left to guess
    the rest at every turn, a brush-off however correct the words. A terse answer among explaining ones is none."""
    from trainer.scoring.courtesy_fragments import EXPLAIN
    from trainer.scoring.courtesy_informs import without
    from trainer.scoring.formulas import SOCIAL_CONCEPTS

    raw = an.raw
    if raw.language not in ("et", "ru"):
        return []
    replies, unfit = [], False
    for j in raw.agent_indexes:
        if j < 2 or raw.turns[j - 1].role != "client" or not asks_at_all(raw, j - 1):
            continue
        text = raw.turns[j].text
        words = _words(without(raw, text, SOCIAL_CONCEPTS))
        if "?" in text or len(words) > _CURT_WORDS:
            return []
        replies.append(raw.evidence(j, text.strip()))
        unfit = unfit or (len(words) <= 2 and bool(EXPLAIN.search(raw.turns[j - 1].text)))
    return replies if len(replies) >= _CURT_QUESTIONS and unfit else []
