"""Courtesy, eighth part: rebukes in set phrases and the client's own failure as the cause (blind round 25).

Used by `trainer.scoring.courtesy.rude`, in et and ru:

- :func:`plain_language`: "I am telling you in plain Russian" («я вам русским языком говорю», «там чёрным по белому
  написано», "ma ütlesin Teile selges eesti keeles", "see on must valgel kirjas") and the rhetorical "what is there
  not to understand" («что тут непонятного», "mis siin arusaamatut on"): the client is told she is slow. An offer
  to explain in Russian («могу объяснить русским языком») or simply («простым языком»), and asking what is unclear
  («Что Вам непонятно?», "Mis jäi arusaamatuks?") are courteous.
- :func:`knew_if_read`: "had you read the decision carefully, you would know" ("Kui oleksite otsuse hoolikalt läbi
  lugenud, siis teaksite, et ...", «Если бы Вы внимательно прочитали решение, Вы бы знали ...»): a counterfactual
  reading by the client with her knowing as its consequence. The agency's own reading («если бы мы прочитали»),
  "even if" and a counterfactual without reading ("kui oleksite soovinud, oleksime saatnud") blame nobody.
- :func:`own_failure`: the client's omission of a duty stated as the cause, with "yourself" or "that is how it
  happened" («Вы сами вовремя не сообщили ..., поэтому так и получилось», «новый Вы не сообщали, вот она и
  пришла на старый», "Te ise ei teatanud õigel ajal", "Te ei teatanud, sellepärast nii läkski"). The plain cause
  («Вы не сообщили об окончании учёбы, поэтому возникла переплата»), an "if" and the agency's own omission («мы
  сами не сообщили») are explanations.
- :func:`already_said`: "as I already wrote" ("nagu ma juba kirjutasin", «как я уже объясняла»): the point
  recalled with "already" rebukes the client for asking again. "Nagu ma ütlesin, ..." (no "already") recalls a
  point politely.
- :func:`mail_pointer`: "vaadake sealt postist järele" after "the decision was sent by post to the care home" is
  where the letter is, not the brush-off "look it up there" (a skip for the rudeness phrases).
- :func:`document_pointer` (round 26): "look there" about the client's own paper, as help: where the decision she
  asked for is ("kas saaksite otsuse mulle saata?" - "e-postiga ei saa, otsus on iseteeninduses, vaadake sealt"),
  or what to check in the letter she has («найдите письмо из суда, смотрите, какое там определение»). "It is all
  written there", the website, a reproachful particle, "carefully" and "see what it says" («смотрите, что там
  написано в решении») to a question stay brush-offs (a skip for the rudeness phrases).
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.analysis import TranscriptAnalysis, sentence_of
from trainer.scoring.verdict import Evidence
from trainer.text.sources import SELF_SERVICE_ET, SELF_SERVICE_RU, WEBSITE_ET, WEBSITE_RU


def _words(sentence: str) -> list:
    return [t for t in tx.tokenize_cached(sentence) if t.is_word]


def _matching(an: TranscriptAnalysis, patterns: dict[str, re.Pattern]) -> list[Evidence]:
    """Agent sentences whose words match the language's pattern (none for a language without one)."""
    pattern = patterns.get(an.language)
    if pattern is None:
        return []
    return [an.evidence(i, s.strip()) for i, s, words in _each_sentence(an) if pattern.search(words)]


@lru_cache(maxsize=16_384)  # a pure function of the text
def _joined(sentence: str) -> str:
    """The sentence's folded words joined by spaces."""
    return " ".join(t.norm for t in _words(sentence))


def _each_sentence(an: TranscriptAnalysis, questions: bool = True):
    """(agent unit, sentence, folded words joined by spaces) for every agent sentence (questions too, unless
    ``questions`` is False)."""
    for i in an.agent_indexes:
        for _, _, sentence in an.sentences(i):
            if not questions and tx.is_question(sentence, an.language):
                continue
            words = _joined(sentence)
            if words:
                yield i, sentence, words


# -- plain language --------------------------------------------------------------------------------------------------

_SAY_RU = r"(?:говорю|говорил\w*|сказал\w*|сказано|написал\w*|написано|пишу|объясняю|объяснял\w*|повторяю|повторял\w*)"
_SAY_ET = r"(?:utlen|utlesin|oelnud|oeldud|raagin|raakisin|kirjutan|kirjutasin|kirjutanud|kirjutatud|kirjas)"
_PLAIN = {
    "ru": re.compile(rf"\bрусским\s+языком\s+(?:\w+\s+){{0,2}}?{_SAY_RU}\b|\b{_SAY_RU}\s+(?:\w+\s+){{0,2}}?русским\s+"
                     rf"языком\b|\bчерн\w*\s+по\s+белому\b|"
                     # «что тут непонятного», «чего же тут сложного»: the genitive asks nothing
                     r"\b(?:что|чего)\s+(?:(?:тут|здесь|же|вам|еще|вообще|в\s+этом)\s+){0,3}(?:непонятного|неясного|"
                     r"сложного|трудного)\b"),
    "et": re.compile(rf"\b(?:selges|puhtas)\s+eesti\s+keeles\b(?:\s+\w+){{0,3}}?\s+{_SAY_ET}\b|\b{_SAY_ET}\s+"
                     r"(?:\w+\s+){0,3}?(?:selges|puhtas)\s+eesti\s+keeles\b|\bmust\s*valgel\b|"
                     # "mis siin arusaamatut on", "mida siin aru ei saa": the partitive asks nothing
                     r"\bmis\s+(?:(?:siin|seal|selles|siis|nuud|on|ju)\s+){0,3}(?:arusaamatut|keerulist|segast|rasket)\b|"
                     r"\bmida\s+(?:(?:siin|seal|selles|siis|nuud|ju)\s+){1,3}aru\s+ei\s+saa\b"),
}


def plain_language(an: TranscriptAnalysis) -> list[Evidence]:
    """Agent sentences telling the client she was told plainly enough (module docstring)."""
    return _matching(an, _PLAIN)


# -- "had you read it, you would know" ------------------------------------------------------------------------------

_READ_ET = re.compile(r"^(?:luge|vaada|kuula|tutvu|uuri)nud$")
_READ = {"ru": frozenset("читать прочитать прочесть перечитать дочитать смотреть посмотреть слушать выслушать "
                         "послушать ознакомиться вникнуть вчитаться".split())}
_KNOW = {"et": frozenset("teadma aru nagema markama moistma".split()),
         "ru": frozenset("знать понять понимать увидеть заметить".split())}
_IF_WORD = {"et": "kui", "ru": "если"}
_EVEN = {"et": "isegi", "ru": "даже"}
_OTHERS = {"et": frozenset("ma mina me meie nad nemad ta tema oleksin oleksime oleks".split()),
           "ru": frozenset("я мы они он она".split())}
_CLAUSE_WORDS = 8  # from "if" to the verb of reading


def _lemma_at(an_lang: str, toks: list, k: int, wanted: frozenset[str]) -> bool:
    return bool((tx.lemmas(toks[k].text, an_lang) | {toks[k].norm}) & wanted)


def _knew_if_read(lang: str, toks: list) -> bool:
    words = [t.norm for t in toks]
    for k, w in enumerate(words):
        if w != _IF_WORD[lang] or (k and words[k - 1] == _EVEN[lang]):
            continue
        clause = words[k + 1:k + 1 + _CLAUSE_WORDS]
        if lang == "ru" and "бы" not in clause[:3]:
            continue  # «если Вы прочитали» is a real condition
        if lang == "et" and not {"oleksite", "oleks"} & set(clause):
            continue
        if set(clause) & _OTHERS[lang] - ({"oleks"} if {"te", "teie"} & set(clause) else set()):
            continue  # "kui me oleksime lugenud", «если бы мы прочитали»
        read = next((k + 1 + j for j in range(len(clause))
                     if (_READ_ET.match(clause[j]) if lang == "et" else
                         _lemma_at(lang, toks, k + 1 + j, _READ[lang]) and clause[j].endswith(("ли", "лись")))), None)
        if read is None:
            continue
        tail = words[read + 1:read + 12]
        for j, t in enumerate(tail):
            if not _lemma_at(lang, toks, read + 1 + j, _KNOW[lang]):
                continue
            if lang == "ru" and "бы" in words[read + 1:]:
                return True
            near = tail[max(0, j - 2):j + 2]
            if lang == "et" and (t.endswith(("ksite", "nuksite")) or {"oleksite", "saaksite"} & set(near)):
                return True
    return False


def knew_if_read(an: TranscriptAnalysis) -> list[Evidence]:
    """Agent statements saying the client would know, had she read (module docstring)."""
    lang = an.language
    if lang not in _KNOW:
        return []
    return [an.evidence(i, s.strip()) for i, s, words in _each_sentence(an, questions=False)
            if f"{_IF_WORD[lang]} " in f"{words} " and _knew_if_read(lang, _words(s))]


# -- the client's own omission as the cause -------------------------------------------------------------------------

_DUTY = {"ru": frozenset("сообщить сообщать уведомить уведомлять подать подавать проверить проверять предупредить "
                         "известить заявить прислать присылать отправить обновить указать прочитать следить "
                         "проследить оформить продлить".split()),
         }
_DUTY_ET = re.compile(r"^(?:teata|teavita|esita|kontrolli|uuenda|saat|luge|jalgi|pikenda|vormista)nud$")
_NEG = {"ru": frozenset({"не"}), "et": frozenset({"ei", "pole"})}
_YOU = {"ru": frozenset({"вы"}), "et": frozenset({"te", "teie"})}
_SELF = {"ru": frozenset("сами сама сам".split()), "et": frozenset({"ise"})}
# "that is how it happened": «так и получилось», «вот она и пришла», «отсюда и», "sellepärast nii läkski", "nii
# juhtuskigi" (the particle «и» after «вот», the clitic "-ki" / "-gi" on the verb of the consequence)
_SO_IT_WAS_RU = re.compile(r"\bтак\s+и\s+(?:получилось|вышло|случилось|произошло)\b|\bвот\s+(?:\w+\s+){0,2}?и\s+\w+|"
                           r"\bотсюда\s+и\b|\bиз-за\s+этого\s+и\b")
_THEREFORE_ET = frozenset("selleparast seeparast seetottu nii sellest".split())


def _so_it_was(lang: str, toks: list) -> bool:
    words = [t.norm for t in toks]
    if lang == "ru":
        return bool(_SO_IT_WAS_RU.search(" ".join(words)))
    for k, w in enumerate(words):
        if w not in _THEREFORE_ET:
            continue
        for j in range(k + 1, min(len(words), k + 4)):
            if words[j].endswith(("ki", "gi")) and any(
                    lemma.endswith("ma") and lemma != words[j] for lemma in tx.lemmas(toks[j].text, lang)):
                return True  # "läkski" (minema), "tuligi" (tulema): not "midagi", "kunagi"
    return False


_IF_ANY = re.compile(r"\b(?:если|kui|juhul|isegi|даже)\b")
_OMISSION_WINDOW = 6  # words from "you" to the negated verb of the duty


def _omission(lang: str, toks: list) -> bool:
    words = [t.norm for t in toks]
    for k, w in enumerate(words):
        if w not in _YOU[lang]:
            continue
        if _IF_ANY.search(" ".join(words[max(0, k - 3):k])):
            continue
        for j in range(k + 1, min(len(words), k + 1 + _OMISSION_WINDOW)):
            if j + 1 >= len(words) or words[j] not in _NEG[lang]:
                continue
            if lang == "ru":
                verb = _lemma_at(lang, toks, j + 1, _DUTY[lang]) and words[j + 1].endswith(("ли", "ла", "л"))
            else:  # the participle by its form: the lexicon lemmatises few of them ("teatanud")
                verb = bool(_DUTY_ET.match(words[j + 1]))
            if not verb:
                continue
            own = bool(set(words[max(0, k - 2):j]) & _SELF[lang])
            return own or _so_it_was(lang, toks[j + 2:])
    return False


def own_failure(an: TranscriptAnalysis) -> list[Evidence]:
    """Agent statements putting the client's omission as the cause (module docstring)."""
    lang = an.language
    if lang not in _YOU:
        return []
    return [an.evidence(i, s.strip()) for i, s, words in _each_sentence(an, questions=False)
            if set(words.split()) & _YOU[lang] and _omission(lang, _words(s))]


# -- "as I already said" --------------------------------------------------------------------------------------------

_ALREADY = {
    "et": re.compile(r"\bnagu\s+(?:(?:ma|mina|me|meie|teile|ju|olen|oleme)\s+){0,3}(?:juba|korduvalt)\s+"
                     r"(?:(?:teile|ju|ka)\s+){0,2}(?:utlesin|oelnud|kirjutasin|kirjutanud|selgitasin|selgitanud|"
                     r"mainisin|maininud|raakisin|raakinud|vastasin|vastanud|kordasin|korranud)\b"),
    "ru": re.compile(r"\bкак\s+(?:(?:я|мы|вам|же)\s+){1,3}уже\s+(?:(?:вам|же)\s+){0,2}(?:сказал\w*|говорил\w*|писал\w*|"
                     r"написал\w*|объяснял\w*|объяснил\w*|упоминал\w*|упомянул\w*|отвечал\w*|ответил\w*|"
                     r"повторял\w*)\b"),
}


def already_said(an: TranscriptAnalysis) -> list[Evidence]:
    """Agent sentences recalling a point "as I already said" (module docstring)."""
    return _matching(an, _ALREADY)


# -- a pointer to the client's mail -----------------------------------------------------------------------------------

_LOOK = re.compile(r"\b(?:vaad\w+|vaata|смотрите|посмотрите)\b")
_MAIL = re.compile(r"\b(?:post|postist|postkast\w*|kirjakast\w*|postkontor\w*|почт\w*|почтов\w+\s+ящик\w*|ящик\w*)\b")
_SOURCE = re.compile(rf"\b(?:{WEBSITE_ET}|{WEBSITE_RU}|{SELF_SERVICE_ET}|{SELF_SERVICE_RU})")
_PARTICLE = re.compile(r"\b(?:ju|ometi|же|ведь)\b")


def _look_sentence(an: TranscriptAnalysis, i: int, m) -> str | None:
    """The folded sentence of a "look there" rudeness match whose quote says "look" (None when it does not)."""
    if not _LOOK.search(tx.fold(m.quote.lower())):
        return None
    a, b = sentence_of(an, i, m.start)
    return tx.fold(an.turns[i].text[a:b].lower())


def mail_pointer(an: TranscriptAnalysis, i: int, m) -> bool:
    """Is the "look there" rudeness match an instruction to check the client's mail for the letter (module
    docstring): the sentence names the mail and no website or portal, with no reproachful particle?"""
    folded = _look_sentence(an, i, m)
    return folded is not None and bool(_MAIL.search(folded)) and not _SOURCE.search(folded) and not _PARTICLE.search(folded)


# the client's own papers: a decision, a letter, a notice, a court ruling
_DOC = re.compile(r"\b(?:otsus\w*|kiri|kirja|kirjast|kirjas|teade|teate|teatest|teatis\w*|maarus\w*|решени\w*|письм\w*|"
                  r"определени\w*|уведомлени\w*|постановлени\w*|извещени\w*)\b")
# asking for the paper itself: to send, get or see it ("kas saaksin otsuse meilile", «можно решение прислать на почту»)
_WANT = re.compile(r"\b(?:saata|saatke|saaksite|saaksin|saan|saada|katte|koopia\w*|paber\w*|meili\w*|e-?posti\w*|"
                   r"прислать|пришлите|выслать|отправить|получить|копи\w*|почт\w*|где\s+(?:найти|посмотреть|взять))\b")
# a look at something particular: "look which ruling it is" («смотрите, какое там определение», "vaadake, milline")
_WHICH = re.compile(r"\b(?:vaad\w+|vaata|смотрите|посмотрите)\s+(?:(?:ka|ise|сами)\s+)?(?:kas|milline|millise|mis|"
                    r"какое|какой|какая|какие|есть\s+ли|что\s+(?:там\s+)?за)\b")
# "it is all there", "carefully", "what is written": the reader is sent to read instead of being told
_READ_IT_ALL = re.compile(r"\b(?:koik|всё|все|hoolikalt|tahelepanelikult|внимательн\w*|написан\w*|указан\w*|"
                          r"расписан\w*|описан\w*|сказано|kirjutatud)\b")
_WEBSITE = re.compile(rf"\b(?:{WEBSITE_ET}|{WEBSITE_RU})")


def document_pointer(an: TranscriptAnalysis, i: int, m) -> bool:
    """Is the "look there" rudeness match help with the client's own paper (module docstring): its sentence names
    the paper, with no website, "it is all there", "carefully" or reproachful particle, and either the client's
    turn before asked for that paper or the look is at something particular in it ("which ruling")?"""
    folded = _look_sentence(an, i, m)
    if folded is None or not _DOC.search(folded) or _WEBSITE.search(folded) or _READ_IT_ALL.search(folded) \
            or _PARTICLE.search(folded):
        return False
    if _WHICH.search(folded):
        return True
    asked = tx.fold(an.turns[i - 1].text.lower()) if i and an.turns[i - 1].role == "client" else ""
    return bool(_DOC.search(asked) and _WANT.search(asked))


def rebukes(an: TranscriptAnalysis) -> list[Evidence]:
    """Every blame or condescension reading of this module."""
    return plain_language(an) or knew_if_read(an) or own_failure(an) or already_said(an)
