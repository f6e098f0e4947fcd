"""Courtesy, third part: remarks that talk down to the client or put the blame on her (blind round 14).

Read as acts on the lemmas of an agent sentence (not in a question, not after an "if"), in et and ru:

- :func:`easy_to_know`: a remark on how easy it was for the client to see, read or know it: "hard to miss"
  («его сложно было пропустить», "seda oli raske mitte märgata"), "it was enough to read (carefully)"
  («достаточно внимательно прочитать», "piisas, kui oleksite hoolikalt lugenud"), "it is written everywhere /
  everybody knows" («это вообще-то везде написано», "see on igal pool kirjas", «это все знают»). "Easy to miss"
  ("sellist teadet on lihtne märkamata jätta", «такое письмо легко пропустить») excuses the client; "it is
  enough to apply" («достаточно подать заявление», "piisab, kui esitate avalduse") explains a step.
- :func:`disclaimed_fault`: the agency's fault denied ("see ei ole meie viga", «это не наша ошибка», «мы тут ни
  при чём», "me ei ole selles süüdi"): the trouble is put back on the client. Owning the fault ("see oli meie
  viga"), clearing the client ("see ei ole Teie viga", «это не Ваша вина»), or an "if" is no blame.
- :func:`should_have_read`: "you should have read it (carefully, at once)" («его стоило внимательно прочитать
  сразу», «Вам следовало прочитать письмо», "otsust tasunuks kohe lugeda"): a past "should" with a verb of reading.
  Advice in the present («решение стоит внимательно прочитать», "soovitan otsuse läbi lugeda") and the agent's
  own "I should have" («мне следовало прочитать Ваше письмо») are no reproach. "It was in all the papers"
  («писали во всех газетах», "sellest kirjutasid kõik ajalehed") talks down as "it is written everywhere" does.
- :func:`hurried`: hurrying the client: "get to the point" («давайте по существу», "tulge asja juurde") or "I have
  a queue / others are waiting" («у меня очередь», "mul on järjekord ootel"); an apology for the wait («извините
  за ожидание, сейчас большая очередь», "vabandust ootamise pärast") is courteous.
- :func:`mixed_up` (round 24): the client's mix-up stated as the cause: «Вы, видимо, просто перепутали
  поступления», "Te ajasite kuupäevad segi", "Te olete summad segamini ajanud". A question («Вы не перепутали
  даты?»), an "if" («если Вы перепутали счёт, ...»), the agency's own mix-up («мы перепутали», "me ajasime segi")
  and things that get mixed up ("kuupäevad lähevad kergesti segi") blame nobody.
- :func:`must_read_after_all` (round 24): a duty to read or look put to the client as a reproach: with a
  particle of "after all" («Решения всё-таки надо читать», "otsuseid tuleb ju ikka lugeda") or a comparative
  of care («Надо внимательнее смотреть», "peaksite hoolikamalt vaatama"; listening too, round 29: «новости надо
  слушать внимательнее»). Advice without either («решение стоит
  внимательно прочитать», "lugege otsus hoolikalt läbi") and the agent's own duty («мне надо всё-таки
  прочитать») are no reproach.
- :func:`no_read_then_call` (round 26): "people do not read and then call" («люди почему-то не читают, а потом
  звонят», "inimesed ei loe ja siis helistavad"): the client's call put down to not reading. Said to reassure
  («многие не читают до конца и потом звонят, это нормально») it is no remark.
- :func:`now_you_know`: "well, now you know" («ну теперь знаете», "no nüüd teate") as the reply to the client's
  "how was I to know" («а мне откуда знать», "kust mina pidin teadma"); "now you know what to do: ..." informs.
"""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring.analysis import TranscriptAnalysis
from trainer.scoring.verdict import Evidence

# "hard", "impossible" (to miss); "easy" only in the past ("it was easy to find") reproaches
_HARD = {"ru": frozenset("сложно трудно невозможно нельзя".split()),
         "et": frozenset("raske raskem voimatu keeruline".split())}
_EASY = {"ru": frozenset("легко просто несложно".split()), "et": frozenset("lihtne kerge lihtsam kergem".split())}
_PAST = {"ru": frozenset("было".split()), "et": frozenset("oli oleks olnud".split())}
# missing ("пропустить", "märkamata jätta", "maha magada"), or not noticing ("не заметить", "mitte märgata")
_MISS = {"ru": frozenset("пропустить упустить прозевать проглядеть".split()),
         "et": frozenset("markamata tahelepanuta magada".split())}
# of those, the ones that also mean skipping an event or a deadline («индексацию пропустить нельзя», "tähtaega maha
# magada"): "hard to miss" with them remarks on the client only about the past ("было", "oli")
_SKIP = {"ru": frozenset("пропустить упустить прозевать".split()), "et": frozenset(("magada",))}
_NOTICE = {"ru": frozenset("заметить увидеть".split()), "et": frozenset("markama".split())}
_LEARN = {"ru": frozenset("найти прочитать узнать увидеть понять".split()),
          "et": frozenset("leidma lugema teadma nagema aru".split())}
# "it is enough to read (carefully)": a past "enough", or a careful reading, reproaches
_ENOUGH = {"ru": frozenset("достаточно".split()), "et": frozenset("piisab piisas piisanuks piisanud".split())}
_ENOUGH_PAST = {"ru": frozenset("было".split()), "et": frozenset("piisas piisanuks piisanud oleks".split())}
_CAREFUL = {"ru": re.compile(r"^(?:внимательн\w*|вдумчиво|до\s+конца)$"),
            "et": re.compile(r"^(?:hoolikalt|tahelepanelikult|korralikult|lopuni|labi)$")}
_READ = {"ru": frozenset("прочитать читать посмотреть смотреть заглянуть открыть вчитаться дочитать".split()),
         "et": frozenset("lugema vaatama avama uurima".split())}
# "everywhere" with a verb of writing or telling, and "everybody knows"
_EVERYWHERE = {"ru": frozenset("везде всюду повсюду".split()), "et": frozenset(("koikjal",))}
_TOLD = {"ru": frozenset("написать писать сказать говорить объявлять объявить сообщать сообщить указать "
                         "рассказывать рассказать трубить".split()),
         "et": frozenset("kirjas kirjutama raakima teatama utlema kuulutama".split())}
# (blind round 22: a group noun between, «его все родители знают»; «не все знают» sympathises)
_EVERYBODY_KNOWS = {"ru": re.compile(r"\b(?:это|об\s+этом|про\s+это)\s+(?:\w+\s+)?все\s+знают\b|"
                                     r"\b(?:это|его|ее|их|об\s+этом|про\s+это)\s+(?<!не\s)все\s+\w+\s+знают\b|"
                                     r"\bвсе\s+(?:\w+\s+)?(?:это|об\s+этом|про\s+это)\s+знают\b|\bзнают\s+все\b"),
                    "et": re.compile(r"\b(?:koik|igauks)\s+(?:\w+\s+)?teavad\b|\bteavad\s+(?:ju\s+)?koik\b|"
                                     r"\bteab\s+(?:ju\s+)?igauks\b|\bkoigile\s+(?:\w+\s+)?teada\b|\buldteada\b")}
_NOT = {"ru": frozenset("не ни".split()), "et": frozenset("ei pole mitte".split())}
_IF = re.compile(r"\b(?:если|kui|juhul|kas|ли)\b")
_WINDOW = 4
# the words each reading of `_eases` starts from (a sentence without one of them remarks nothing)
_TRIGGERS = {lang: _HARD[lang] | _EASY[lang] | _ENOUGH[lang] | _EVERYWHERE[lang] for lang in _HARD}


class _Lemmas:
    """Each word's lemmas (with its folded form), looked up on first use: most sentences are ruled out by
    their words alone, and lemma lookup is the costly part of reading them."""

    __slots__ = ("_toks", "_language", "_list")

    def __init__(self, toks, language: str):
        self._toks, self._language, self._list = toks, language, None

    def _all(self) -> list[frozenset[str]]:
        if self._list is None:
            self._list = [tx.lemmas(t.text, self._language) | {t.norm} for t in self._toks]
        return self._list

    def __getitem__(self, k):
        return self._all()[k]

    def __len__(self) -> int:
        return len(self._toks)


def sentences(an: TranscriptAnalysis) -> list:
    """(agent unit, sentence, its words folded, each word's lemmas) for every agent statement, read once per
    analysis (every remark of this module reads the same sentences)."""
    cached = getattr(an, "_remark_sentences", None)
    if cached is not None:
        return cached
    out = []
    for i in an.agent_indexes:
        for _, _, sentence in an.sentences(i):
            if tx.is_question(sentence, an.language):
                continue
            toks = [t for t in tx.tokenize_cached(sentence) if t.is_word]
            if toks:
                out.append((i, sentence, [t.norm for t in toks], _Lemmas(toks, an.language)))
    try:
        an._remark_sentences = out
    except AttributeError:  # an analysis with __slots__: read again next time
        pass
    return out


_HOLDS: dict[tuple, bool] = {}


def holds(test, lang: str, sentence: str, words: list[str], lemmas) -> bool:
    """``test(lang, words, lemmas)`` of an agent sentence, remembered by its text: the words and lemmas are the
    sentence's own, and the same lines (greetings, closings, stock answers) come back in every conversation."""
    key = (test, lang, sentence)
    found = _HOLDS.get(key)
    if found is None:
        if len(_HOLDS) >= 50_000:
            _HOLDS.clear()
        found = _HOLDS[key] = bool(test(lang, words, lemmas))
    return found


def _near(lemmas: list[frozenset[str]], k: int, wanted: frozenset[str], before: int = 0, after: int = _WINDOW) -> int:
    """Index of the first word within ``before`` words before / ``after`` words after k with a wanted lemma, or -1."""
    for j in range(max(0, k - before), min(len(lemmas), k + after + 1)):
        if j != k and lemmas[j] & wanted:
            return j
    return -1


def _conditional(words: list[str], k: int) -> bool:
    """An "if" (or an embedded question) before word k: the remark is a condition, not a statement."""
    return bool(_IF.search(" ".join(words[:k])))


def _misses(lang: str, words: list[str], lemmas: list[frozenset[str]], k: int, before: int = 2,
            skip: bool = True) -> bool:
    """Is there a word of missing, or of noticing under a negation, near word k ("пропустить", "не заметить",
    "märkamata jätta", "mitte märgata")? "Hard to notice" (без "не") excuses, "hard to miss" reproaches. With
    ``skip`` false, a word that also means skipping an event (`_SKIP`) does not count."""
    for j in range(max(0, k - before), min(len(words), k + _WINDOW + 1)):
        if j == k:
            continue
        if not skip and (words[j] in _SKIP[lang] or (lang == "ru" and lemmas[j] & _SKIP[lang])):
            continue
        if words[j] in _MISS[lang] or (lang == "ru" and lemmas[j] & _MISS[lang]):
            return True
        if lemmas[j] & _NOTICE[lang] and j and words[j - 1] in _NOT[lang]:
            return True
    return False


def _eases(lang: str, words: list[str], lemmas: list[frozenset[str]]) -> bool:
    """Does the sentence remark that seeing, reading or knowing it was easy for the client?"""
    triggers = _TRIGGERS[lang]
    for k, w in enumerate(words):
        if w not in triggers or _conditional(words, k):
            continue
        negated = bool(set(words[max(0, k - 3):k]) & _NOT[lang])  # "ei olnud lihtne teada", «не так сложно»: excused
        # "hard to miss" said of the past, or of noticing («сложно было пропустить», "seda oli raske mitte märgata",
        # «невозможно не заметить»); in the present, skipping an event or a deadline cannot happen or must not
        # («индексацию пропустить нельзя», "tähtaega on raske maha magada, saadame meeldetuletuse"): no reproach
        past = _near(lemmas, k, _PAST[lang], before=3, after=3) >= 0
        if w in _HARD[lang] and not negated and _misses(lang, words, lemmas, k, skip=past):
            return True
        if w in _EASY[lang] and not negated and _near(lemmas, k, _PAST[lang], before=2, after=2) >= 0 \
                and _near(lemmas, k, _LEARN[lang]) >= 0 and not _misses(lang, words, lemmas, k):
            return True  # «это было легко найти», "seda oli lihtne teada" (not "lihtne märkamata jätta")
        if w in _ENOUGH[lang]:
            tail = words[k + 1:k + 1 + _WINDOW + 2]
            read = _near(lemmas, k, _READ[lang], after=_WINDOW + 2) >= 0
            past = w in _ENOUGH_PAST[lang] or bool(set(words[max(0, k - 2):k + 3]) & _ENOUGH_PAST[lang])
            if read and (past or any(_CAREFUL[lang].match(x) for x in tail)):
                return True  # «достаточно внимательно прочитать», "piisas, kui oleksite otsust lugenud"
        if w in _EVERYWHERE[lang] and not (k and words[k - 1] in _NOT[lang]) \
                and _near(lemmas, k, _TOLD[lang], before=3, after=3) >= 0:
            return True  # «это везде написано», "see on igal pool kirjas"
    joined = " ".join(words)
    if lang == "et" and re.search(r"\bigal\s+pool\b", joined) and not re.search(r"\b(?:ei|pole)\s+igal\s+pool\b",
                                                                             joined):
        k = words.index("pool")
        if _near(lemmas, k, _TOLD[lang], before=4, after=3) >= 0:
            return True
    return bool(_EVERYBODY_KNOWS[lang].search(joined))


def _statements(an: TranscriptAnalysis, table: dict, test) -> list[Evidence]:
    """Evidence of each agent sentence for which `test(lang, words, lemmas)` holds, in a language `table` covers."""
    lang = an.language
    if lang not in table:
        return []
    return [an.evidence(i, sentence.strip()) for i, sentence, words, lemmas in sentences(an)
            if holds(test, lang, sentence, words, lemmas)]


def easy_to_know(an: TranscriptAnalysis) -> list[Evidence]:
    """Agent statements remarking how easy it was for the client to see, read or know it (module docstring)."""
    return _statements(an, _HARD, _eases)


# the agency's fault: a fault noun with "our", or "we" with "guilty"
_FAULT = {"ru": frozenset("вина ошибка".split()), "et": frozenset("viga suu".split())}
_GUILTY = {"ru": re.compile(r"\bмы\s+(?:\w+\s+){0,2}?(?:не\s+виноват\w*|ни\s+при\s+ч[её]м)\b"),
           "et": re.compile(r"\b(?:me|meie)\s+(?:\w+\s+){0,1}?(?:ei\s+ole|pole)\s+(?:\w+\s+){0,2}?suudi\b")}
_OUR = {"ru": re.compile(r"^наш\w*$"), "et": re.compile(r"^meie$")}
_YOURS = re.compile(r"^(?:ваш\w*|вы|вас|вам|teie|te|teil)$")


def _disclaims(lang: str, words: list[str], lemmas: list[frozenset[str]]) -> bool:
    """Does the sentence deny the agency's fault ("see ei ole meie viga", «это не наша ошибка»)?"""
    if any(_YOURS.match(w) for w in words):
        return False  # "see ei ole Teie ega meie viga": the client is cleared too
    joined = " ".join(words)
    m = _GUILTY[lang].search(joined)
    if m and not _IF.search(joined[:m.start()]):
        return True
    for k in range(len(words)):
        if k == 0 or not _OUR[lang].match(words[k - 1]) or not lemmas[k] & _FAULT[lang] or _conditional(words, k):
            continue
        around = words[max(0, k - 4):k - 1] + words[k + 1:k + 4]
        if set(around) & _NOT[lang]:
            return True  # "see ei ole meie viga", «это не наша ошибка», "meie viga see pole", «не по нашей вине»
    return False


def disclaimed_fault(an: TranscriptAnalysis) -> list[Evidence]:
    """Agent statements denying the agency's fault (module docstring)."""
    return _statements(an, _FAULT, _disclaims)


# the client saying she could not have known: «откуда мне знать», «я не знал», "kust mina pidin teadma", "ma ei teadnud"
_COULD_NOT_KNOW = {
    "ru": re.compile(r"\bоткуда\s+(?:\w+\s+){0,2}?знать\b|\bоткуда\s+(?:мне|я)\s+(?:\w+\s+)?знал\w*\b|"
                     r"\bя\s+(?:\w+\s+)?не\s+знал\w*\b|\bне\s+в\s+курсе\b"),
    "et": re.compile(r"\bkust\s+(?:\w+\s+){0,2}?(?:teadma|teadsin|teadnud|tean)\b|\b(?:ma|mina)\s+(?:\w+\s+)?ei\s+"
                     r"(?:\w+\s+)?teadnud\b"),
}
# "now you know" as its own clause at the head of the reply; not "now you know what to do: ..."
_NOW_YOU_KNOW = {
    "ru": re.compile(r"^(?:(?:ну|так|вот|что\s+ж|ну\s+вот|ладно)\s+)*теперь\s+(?:вы\s+|уже\s+)*знаете\b"
                     r"(?!\s+(?:что|как|куда|где|когда|сколько|кто|чем|о|об|про|это|к\s+кому|зачем|почему)\b)"),
    "et": re.compile(r"^(?:(?:no|noh|nojah|nii|jah|ja|vaat|noh\s+siis)\s+)*nuud\s+(?:(?:te|teie|siis|juba)\s+)*teate\b"
                     r"(?!\s+(?:et|kuidas|kuhu|kus|millal|mida|kes|kellele|mis|kui|miks|seda|sellest)\b)"),
}


def now_you_know(an: TranscriptAnalysis) -> list[Evidence]:
    """The agent's "well, now you know" as the reply to the client's "how was I to know" (module docstring)."""
    lang = an.language
    if lang not in _NOW_YOU_KNOW:
        return []
    out = []
    for i in an.agent_indexes:
        if i == 0 or an.turns[i - 1].role != "client":
            continue
        said = " ".join(t.norm for t in tx.tokenize_cached(an.turns[i - 1].text) if t.is_word)
        if not _COULD_NOT_KNOW[lang].search(said):
            continue
        words = " ".join(t.norm for t in tx.tokenize_cached(an.turns[i].text) if t.is_word)
        if _NOW_YOU_KNOW[lang].search(words):
            out.append(an.evidence(i, an.turns[i].text.strip()))
    return out


# a past "should" put on the client: «стоило», «следовало», «надо/нужно было»; "tasunuks", "oleks tulnud", "pidite"
_SHOULD_PAST = {"ru": re.compile(r"\b(?:стоило|следовало|(?:надо|нужно)\s+было|было\s+(?:надо|нужно))\b"),
                "et": re.compile(r"\b(?:tasunuks|tasus|oleks\s+tasunud|oleksite\s+(?:\w+\s+){0,2}?pidanud|"
                                 r"oleks\s+(?:\w+\s+){0,2}?tulnud|tulnuks|pidanuksite)\b")}
_FIRST = {"ru": re.compile(r"\b(?:я|мне|меня|мы|нам|нас)\b"),
          "et": re.compile(r"\b(?:ma|mina|mul|mulle|me|meie|meil|oleksin|pidanuksin)\b")}
# what the client should have done: read it, known it or kept track of it («Надо было следить за этим.», blind
# round 21) (not "had to wait": "vabandan, et pidite ootama"; not "had to check", which the agency does too)
_SHOULD_READ = {"ru": _READ["ru"] | frozenset("знать узнать следить отслеживать".split()),
                "et": _READ["et"] | frozenset("teadma jalgima".split())}
# "all the papers / news": «во всех газетах», «все СМИ», "kõigis ajalehtedes", "kõik lehed"
_ALL_MEDIA = {"ru": re.compile(r"\b(?:во\s+всех|все|по\s+всем)\s+(?:\w+\s+)?(?:газет\w*|новост\w*|сми|телеканал\w*|"
                               r"канал\w*)\b"),
              "et": re.compile(r"\b(?:koigis|koik|koigil)\s+(?:\w+\s+)?(?:(?:aja)?leh(?:ed|tedes)|uudis(?:ed|tes)|"
                               r"kanal(?:id|itel))\b")}


# (round 26) "you should have done it in time": a past "should" with a word of foresight or timeliness («Надо было
# заранее думать и откладывать», "Te oleks pidanud kõik paberid kohe kaasa panema") or with thinking ahead
# («надо было думать»): the client's own lack of foresight put as the cause, whatever the deed
_YOU_SHOULD_ET = re.compile(r"\b(?:te|teie)\s+oleks\s+(?:\w+\s+)?pidanud\b")
_IN_TIME = {"ru": frozenset("заранее раньше вовремя сразу заблаговременно своевременно прежде".split()),
            "et": frozenset("varem aegsasti kohe ennem oigeaegselt varakult".split())}
_FORMERLY = {"ru": frozenset("раньше прежде".split()), "et": frozenset()}
_IN_TIME_ET = re.compile(r"\boigel\s+ajal\b")
_THINK_AHEAD = {"ru": frozenset("думать подумать позаботиться".split()), "et": frozenset(("motlema",))}
_OURS = re.compile(r"\b(?:наш\w*|meie|meil)\b")


def _should_in_time(lang: str, joined: str, words: list[str], lemmas) -> bool:
    """A past "should" (`_SHOULD_PAST`, or "te oleks pidanud") not negated, not after an "if", with no first
    person, "our" or apology in the sentence, and a word of foresight or thinking ahead within a few words."""
    m = _SHOULD_PAST[lang].search(joined) or (_YOU_SHOULD_ET.search(joined) if lang == "et" else None)
    if not m or _IF.search(joined[:m.start()]) or _FIRST[lang].search(joined) or _SORRY.search(joined) \
            or _OURS.search(joined):
        return False
    k = len(joined[:m.start()].split())
    if k and words[k - 1] in _NOT[lang]:
        return False  # «не надо было ничего делать заранее» reassures
    # «раньше» / «прежде» before the "should" mean "formerly" («Раньше нужно было подавать на бумаге»)
    span = set(words[max(0, k - 3):k]) - _FORMERLY[lang] | set(words[k:k + _WINDOW + 4])
    if span & _IN_TIME[lang] or (lang == "et" and _IN_TIME_ET.search(" ".join(words[max(0, k - 3):k + _WINDOW + 4]))):
        return True
    return _near(lemmas, k, _THINK_AHEAD[lang], before=3, after=_WINDOW + 2) >= 0


def _should_have(lang: str, words: list[str], lemmas) -> bool:
    """Does the sentence say the client should have read it («его стоило внимательно прочитать сразу») or done it in
    time («надо было заранее думать»), or that it was in all the papers («писали во всех газетах»)?"""
    joined = " ".join(words)
    m = _SHOULD_PAST[lang].search(joined)
    if m and not _IF.search(joined[:m.start()]) and not _FIRST[lang].search(joined) and not _SORRY.search(joined):
        k = len(joined[:m.start()].split())
        if _near(lemmas, k, _SHOULD_READ[lang], before=3, after=_WINDOW + 2) >= 0:
            return True
    if _should_in_time(lang, joined, words, lemmas):
        return True
    media = _ALL_MEDIA[lang].search(joined)
    if media and not _IF.search(joined[:media.start()]):
        k = len(joined[:media.start()].split())
        return _near(lemmas, k, _TOLD[lang], before=4, after=4) >= 0
    return False


def should_have_read(an: TranscriptAnalysis) -> list[Evidence]:
    """Agent statements saying the client should have read it, or that it was in all the papers (module docstring)."""
    return _statements(an, _SHOULD_PAST, _should_have)


_HURRY = {"ru": re.compile(r"\bдавайте\s+(?:уже\s+)?(?:по\s+существу|ближе\s+к\s+делу|к\s+делу|короче|побыстрее|"
                           r"быстрее)\b|\bу\s+меня\s+(?:\w+\s+)?(?:очередь|другие\s+(?:клиенты|звонки))\b|"
                           r"\bменя\s+(?:\w+\s+)?ждут\s+(?:другие\s+)?(?:клиенты|люди)\b"),
          "et": re.compile(r"\b(?:tulge|tuleme|asume|minge|asuge)\s+(?:\w+\s+)?asja\s+(?:juurde|kallale)\b|"
                           r"\bmul\s+on\s+(?:\w+\s+)?(?:jarjekord|teised\s+(?:kliendid|helistajad|kone\w*))\b|"
                           r"\bmind\s+(?:\w+\s+)?ootavad\s+(?:teised|jargmised)\b|\b(?:raakige|kirjutage)\s+luhemalt\b")}
_SORRY = re.compile(r"\b(?:извин\w*|прости\w*|прошу\s+прощения|vabandu\w*|vabandan|vabandame)\b")


def hurried(an: TranscriptAnalysis) -> list[Evidence]:
    """Agent statements hurrying the client: "get to the point", "I have a queue" (module docstring)."""
    pattern = _HURRY.get(an.language)
    if pattern is None:
        return []
    return [an.evidence(i, sentence.strip()) for i, sentence, words, _ in sentences(an)
            if pattern.search(" ".join(words)) and not _SORRY.search(" ".join(words))]


# the client as the one who mixed it up: a "you" form of "mix up" («перепутали», «спутали», «напутали»), "ajasite /
# olete ... segi ajanud / segamini / sassi"
_MIXED_UP = {"ru": re.compile(r"\bвы\s+(?:\w+\s+){0,3}?(?:пере|с|на)путал\w*\b"),
             "et": re.compile(r"\b(?:ajasite|ajate|olete\s+(?:\w+\s+){0,3}?ajanud|te\s+(?:\w+\s+){0,2}?ajanud)\s+"
                              r"(?:\w+\s+){0,3}?(?:segi|segamini|sassi)\b|"
                              r"\b(?:te|teie)\s+(?:\w+\s+){0,3}?(?:segi|segamini|sassi)\s+(?:ajasite|ajanud)\b")}


def _mixes_up(lang: str, words: list[str], lemmas) -> bool:
    """Does the statement put the mix-up on the client (`mixed_up`), with no "if" before it and no first person?"""
    joined = " ".join(words)
    m = _MIXED_UP[lang].search(joined)
    return bool(m) and not _IF.search(joined[:m.start()]) and not _FIRST[lang].search(joined)


def mixed_up(an: TranscriptAnalysis) -> list[Evidence]:
    """Agent statements that state the client's mix-up as the cause (module docstring)."""
    return _statements(an, _MIXED_UP, _mixes_up)


# a duty now: «надо», «нужно», «следует», «стоит»; "tuleb", "peab", "peaks", "peaksite", "tasub"
_DUTY_NOW = {"ru": frozenset("надо нужно следует стоит".split()),
             "et": frozenset("tuleb peab peaks peaksite tasub".split())}
# "after all" («всё-таки», «всё же», «же», «ведь»; "ju", "ikka", "ikkagi", "ometi") or a comparative of care
_AFTER_ALL = {"ru": re.compile(r"^(?:все-таки|же|ведь|таки)$"), "et": re.compile(r"^(?:ju|ikka|ikkagi|ometi)$")}
# the agent as the one who has to read ("мне надо всё-таки прочитать", "ma pean ikka lugema"); «письма от нас»
# names the sender, not the reader
_SELF = {"ru": re.compile(r"\b(?:я|мне|мы|нам)\b"), "et": re.compile(r"\b(?:ma|mina|mul|mulle|me|pean|peame)\b")}
_READING = {"ru": frozenset("прочитать читать вчитаться дочитать".split()), "et": frozenset(("lugema",))}
# listening, looked at with the same care («новости надо слушать внимательнее», "uudiseid tuleb tähelepanelikumalt
# kuulata"): with "more carefully" it reproaches as reading does (blind round 29)
_ATTENDING = {"ru": _READ["ru"] | frozenset("слушать послушать прослушать".split()),
              "et": _READ["et"] | frozenset(("kuulama",))}
_CAREFULLER = {"ru": re.compile(r"^(?:внимательнее|повнимательнее|тщательнее)$"),
               "et": re.compile(r"^(?:hoolikamalt|tahelepanelikumalt|korralikumalt|tapsemalt)$")}


def _reads_after_all(lang: str, words: list[str], lemmas) -> bool:
    """Does the statement put reading or looking to the client as a duty with "after all" or "more carefully"
    (`must_read_after_all`), with no "if" before it and no first person?"""
    if _SELF[lang].search(" ".join(words)):
        return False
    for k, w in enumerate(words):
        if w not in _DUTY_NOW[lang] or _conditional(words, k):
            continue
        read = _near(lemmas, k, _ATTENDING[lang], before=3, after=3)
        if read < 0:
            continue
        near = words[max(0, min(k, read) - 2):max(k, read) + 3]
        if any(_CAREFULLER[lang].match(x) for x in near):
            return True
        # "after all" only with reading proper: «надо же посмотреть, что там» is the agent about to look
        if lemmas[read] & _READING[lang] and any(_AFTER_ALL[lang].match(x) for x in near):
            return True
    return False


def must_read_after_all(an: TranscriptAnalysis) -> list[Evidence]:
    """Agent statements putting reading to the client as a duty with "after all" or "more carefully" (module
    docstring)."""
    return _statements(an, _DUTY_NOW, _reads_after_all)


# people who do not read and then call: «люди почему-то не читают, а потом звонят», "inimesed ei loe ja siis
# helistavad": the client's call put down to the reading nobody does
_NO_READ_THEN_CALL = {
    "ru": re.compile(r"\b(?:люди|многие|все|никто|клиенты|народ|некоторые|вы)\s+(?:[\w-]+\s+){0,2}?не\s+(?:[\w-]+\s+)?"
                     r"(?:читают|читает|читаете|смотрят|смотрит|вчитываются|дочитывают|открывают)\s+(?:[\w-]+\s+){0,4}?"
                     r"(?:(?:а|и|но)\s+)?(?:потом|затем|сразу|тут\s+же)\s+(?:[\w-]+\s+)?(?:звонят|звонит|звоните|пишут|"
                     r"пишет|пишете|спрашивают|спрашивает|жалуются|возмущаются|приходят)\b"),
    "et": re.compile(r"\b(?:inimesed|paljud|koik|keegi|kliendid|rahvas|te)\s+(?:[\w-]+\s+){0,2}?ei\s+(?:[\w-]+\s+)?"
                     r"(?:loe|vaata|viitsi)\s+(?:[\w-]+\s+){0,4}?(?:(?:ja|aga)\s+)?(?:siis|parast|kohe|parastpoole)\s+"
                     r"(?:[\w-]+\s+)?(?:helistavad|helistab|helistate|kirjutavad|kirjutab|kusivad|kusib|kurdavad|tulevad)\b"),
}
# said to reassure: «это нормально», «ничего страшного», "see on täiesti normaalne", "pole hullu"
_REASSURED = re.compile(r"\b(?:нормально|ничего\s+страшного|бывает|правильно|normaalne|pole\s+hullu|juhtub|loomulik\w*|"
                        r"moistetav|oige)\b")


def no_read_then_call(an: TranscriptAnalysis) -> list[Evidence]:
    """The agent's remark that people do not read and then call (`_NO_READ_THEN_CALL`), read on the whole unit's
    words (speech runs the clauses together), not said to reassure ("this is normal")."""
    pattern = _NO_READ_THEN_CALL.get(an.language)
    if pattern is None:
        return []
    out = []
    for i in an.agent_indexes:
        words = " ".join(t.norm for t in tx.tokenize_cached(an.turns[i].text) if t.is_word)
        if pattern.search(words) and not _REASSURED.search(words):
            out.append(an.evidence(i, an.turns[i].text.strip()))
    return out


def remarks(an: TranscriptAnalysis) -> list[Evidence]:
    """Every remark of this module: talking down (ease, "should have read", "now you know", hurrying), denying
    the agency's fault, and blaming the client's mix-up or reading."""
    return (easy_to_know(an) or should_have_read(an) or disclaimed_fault(an) or now_you_know(an) or hurried(an)
            or mixed_up(an) or must_read_after_all(an) or no_read_then_call(an))
