"""The interrogative sentence (Estonian, Russian; English best effort): `is_question` — a question mark, an
interrogative word first, the particle «ли», a request to tell with an embedded question ("Palun kirjutage,
kas ..."), a verb of asking after an acknowledgement. Re-exported by questions.py."""

from __future__ import annotations

import re
from functools import lru_cache

from .exclamations import is_exclamation
from .normalize import tokenize_cached
from .question_clauses import (
    EVALUATIVE,
    conditional_main_clause,
    correlative,
    known_clause,
    no_matter_clause,
    so_that,
    subject_clause,
    temporal_clause,
)
from .question_words import (
    ET_INTERROGATIVES,
    ET_YOU,
    RU_ASK_VERBS,
    RU_INTERROGATIVES,
    RU_KNOW,
    RU_PREPOSITIONS,
    YOU,
)
from .statements import after_sigh

# ---------------------------------------------------------------------------
# questions


ET_QUESTION_PREFIXES = ("millis", "mitmen")  # milline, millist, milliseid, ...; mitmendal
_ET_KUI = frozenset("palju kaua suur suure suurt pikk pika kiiresti tihti vana kaugel".split())
_ET_NOT_QUESTION_AFTER = {"mis": frozenset({"puudutab", "puutub"})}
_RU_NOT_QUESTION_AFTER = {"как": frozenset({"только", "правило", "видите", "известно", "можно"}),
                          "что": frozenset({"касается"})}
# «как я написал: ...», «Как я уже говорила, ...», «Как я Вам сказал.» = as I said: the speaker's own earlier words,
# no question. Only typed so (a mark right after the verb): run into speech the clause stays a question
_RU_AS_I_SAID = re.compile(
    r"\bкак\s+(?:я|мы)\s+(?:(?:уже|вам|вас|выше|раньше|ранее|только|что|и)\s+){0,3}"
    r"(?:сказал|написал|говорил|писал|упомянул|упоминал|объяснил|объяснял|отметил|указал)\w*\s*(?:[,:;.!–—]|$)")
_EN_INTERROGATIVES = frozenset(
    "what when where why how who whom whose which do does did is are can could would will shall may".split()
)
LEADING = frozenset(
    """aga ja ning no siis ok okei hea selge et oot oota jah jaa aa ahaa ahah nii halloo hallo tahendab
    а и но так ну ладно хорошо алло ага да слушайте ой понятно подождите погодите
    and so but well ok""".split())


def first_words(sentence: str) -> list[str]:
    words = [t.norm for t in tokenize_cached(sentence) if t.is_word]
    while words and words[0] in LEADING and len(words) > 1:
        words = words[1:]
    return words


_ET_CHECK_AFTER_EHK = frozenset("siis te teie teil teile teid".split())
_ET_ASK_VERBS = frozenset("oelge tapsustage raakige selgitage kirjeldage".split())


def ru_interrogative(word: str) -> bool:
    return word in RU_INTERROGATIVES or (word.startswith("как") and word not in {"как", "каких-то"} and len(word) > 3)


@lru_cache(maxsize=16384)  # a pure function of the text: the checks ask of the same sentences
def is_question(sentence: str, lang: str) -> bool:
    """True if `sentence` is a question: it ends with "?" (ignoring closing quotes,
    brackets and emoji), or starts with an interrogative word (after an optional
    "aga/ja/no/а/и/но/ну"), or (Russian) contains the particle "ли".

    Estonian: kas, mis/mida/mille... (any case), milline (any form), kes (any case),
    millal, kuidas, kus, kust, kuhu, miks, mitu, "kui palju/kaua/suur"; a request to tell with an embedded
    question ("Palun kirjutage, kas ...", `_indirect_request`). Not a question: "Palun öelge oma isikukood."
    without "?", "Mis puudutab ...". Russian: что, когда, как, где,
    куда, откуда, почему, зачем, какой (any form), кто (any case), сколько, чем, чей;
    not "как только", "что касается".
    """
    stripped = sentence.rstrip()
    while stripped and not (stripped[-1].isalnum() or stripped[-1] in ".!?…"):
        stripped = stripped[:-1].rstrip()
    if stripped.endswith("?"):
        return True
    if is_exclamation(stripped, lang):
        return False  # «Ой, как хорошо, значит, скоро опять прибавят.», „Oi, kui tore!“ (exclamations.py)
    rest = after_sigh(sentence)
    if rest is not None:
        return is_question(rest, lang)  # "jah mis teha nii et kokkuvõttes ...": the sigh asks nothing
    words = first_words(sentence)
    if not words:
        return False
    first, second = words[0], (words[1] if len(words) > 1 else "")
    raw = [t.norm for t in tokenize_cached(sentence) if t.is_word][:2]
    if raw in (["а", "если"], ["aga", "kui"], ["и", "если"], ["ja", "kui"]):
        # "А если у меня новые справки ...", "aga kui ma ...": a conditional question; typed with a full stop
        # and a main clause after the last comma that asks nothing, a rule ("А если станет плохо, звоните
        # сразу 112.", „Aga kui Teil on uusi andmeid, esitage uus taotlus.“)
        main = conditional_main_clause(stripped, lang)
        return main is None or is_question(main, lang)
    if raw == ["так", "как"]:
        return False  # «Так как пятое число было субботой, ...» = since
    if raw == ["так", "что"] and so_that(sentence):
        return False  # «Так что нотариус не обязателен.» = so (blind round 25)
    if len(raw) == 2 and raw[0] in EVALUATIVE and raw[1] == "что":
        third = next((t.norm for t in tokenize_cached(sentence) if t.is_word), "")
        words3 = [t.norm for t in tokenize_cached(sentence) if t.is_word][:3]
        third = words3[2] if len(words3) > 2 else third
        if third not in ("еще", "ещё", "вас", "вам", "нибудь", "именно"):
            return False  # «Хорошо, что Вы позвонили» = good that ...
    if first != "kas" and "ли" not in words and correlative(sentence):
        return False
    if known_clause(sentence):
        return False  # "selge, mis kirjutada ja kuhu saata, see on nüüd teada"
    if subject_clause(sentence, stripped) or no_matter_clause(sentence, stripped):
        # "whether" too: "Kas ratastooli saab üürida või tuleb osta, sõltub ettevõttest.", «Можно ли взять напрокат,
        # зависит от фирмы.» (blind round 17)
        return False
    if _indirect_request(words, lang):
        return True  # "Palun kirjutage, kas ...", «Напишите, пожалуйста, когда Вы ...»: a question in a request
    if lang == "ru":
        if ("ли" in words or "ль" in words) and not _embedded_li(words, stripped):
            return True
        if first == "когда" and temporal_clause(sentence, stripped):
            return False  # «Когда пятое число приходится на воскресенье, пенсию перечисляют в понедельник.»
        if first in RU_ASK_VERBS or (first == "то" and second == "есть" and len(words) > 2 and words[2] in YOU) \
                or _ask_verb_after_ack(words, RU_ASK_VERBS):
            return True  # "скажите, ...", "то есть Вас интересует ...": check questions
        if first in {"правильно", "верно"} and "я" in words[1:3]:
            return True
        if first.startswith("как") and first not in {"как", "каких-то"} and len(first) > 3 \
                and not first.endswith(("-то", "-нибудь", "-либо")):
            return True  # какой, какая, каким, каков ...; not «Как-нибудь разберусь.», «Какой-то он странный.»
        if first == "как" and second in ("я", "мы") and _RU_AS_I_SAID.search(sentence.lower().replace("ё", "е")):
            return False  # «Да, как я написал: сын может помочь» (new-user batch 21 disability-assessment-ru)
        return first in RU_INTERROGATIVES and second not in _RU_NOT_QUESTION_AFTER.get(first, ())
    if lang == "en":
        return first in _EN_INTERROGATIVES and lang == "en"
    if first == "kui":
        return second in _ET_KUI
    if first == "ehk" and second in _ET_CHECK_AFTER_EHK and _ehk_checks(sentence, words):
        return True  # "ehk siis Te soovite teada ...": a check of the agent's understanding
    if first in _ET_ASK_VERBS or _ask_verb_after_ack(words, _ET_ASK_VERBS):
        return True
    if first.startswith(ET_QUESTION_PREFIXES):
        return True
    return first in ET_INTERROGATIVES and second not in _ET_NOT_QUESTION_AFTER.get(first, ())


def _ehk_checks(sentence: str, words: list[str]) -> bool:
    """Does "ehk (siis)" open a check of what the client said ("ehk siis Te soovite teada ...", "ehk siis soovite
    ..."), not a recap announced with a colon or told in the third person ("Ehk siis: lasterikka pere toetuse jaoks
    peab ...", blind round 25)? After "siis" the client must be named (te, teie ..., a -te verb)."""
    if re.match(r"\W*ehk(?:\s+siis)?\s*:", sentence.lower()):
        return False
    if words[1] != "siis":
        return True
    third = words[2] if len(words) > 2 else ""
    return third in ET_YOU or (len(third) > 4 and third.endswith(("ate", "ete", "ite", "ute")))


# a request to tell or write, and the politeness and persons around it: "palun kirjutage mulle, kas ...",
# «напишите, пожалуйста, когда ...» (folded words)
_TELL_VERBS = frozenset("""oelge kirjutage tapsustage andke teatage kinnitage
    скажите напишите уточните сообщите подскажите""".split())
_TELL_AROUND = frozenset("palun mulle meile teada ka veel пожалуйста мне нам также ещё еще".split())
_TELL_POLITE = frozenset("palun mulle meile пожалуйста мне нам".split())
# the question words that open an indirect question after it (not "kui", «что», «если»: a condition or a content
# clause, "kirjutage, kui teil on küsimusi", «напишите, что Вы согласны»)
_ET_INDIRECT = ET_INTERROGATIVES - {"mis", "mida", "kuis"}
_RU_INDIRECT = frozenset("""когда где куда откуда почему зачем кто кого кому кем сколько чей чья чьё чье чьи
    ли""".split())


def _indirect_request(words: list[str], lang: str) -> bool:
    """Does the sentence open with a request to tell or write ("palun kirjutage", «напишите, пожалуйста») whose
    object is an embedded question ("..., kas olete kohtusse pöördunud", "..., millal te saatsite", «..., когда
    Вы подали», «..., какую пенсию Вы получаете»)? It asks, question mark or not; a request for a datum ("palun
    öelge oma isikukood") or one with a condition ("kirjutage, kui ...") does not."""
    k = 0
    while k < len(words) and (words[k] in _TELL_AROUND or words[k] in LEADING):
        k += 1
    if k >= len(words) or words[k] not in _TELL_VERBS:
        return False
    k += 1
    while k < len(words) and words[k] in _TELL_AROUND:
        k += 1
    # asked of the agent only with a please or a recipient ("palun kirjutage", «напишите мне»): a bare "Kirjutage,
    # millise otsuse peale vaie on, miks ..." says what to write in a document
    if k + 2 >= len(words) or not any(w in _TELL_POLITE for w in words[:k]):
        return False
    w = words[k]
    if lang == "ru":
        return w in _RU_INDIRECT or (w.startswith("как") and len(w) > 3 and w not in {"каких-то"}) \
            or (w in RU_PREPOSITIONS and ru_interrogative(words[k + 1]))
    return w in _ET_INDIRECT or w.startswith(ET_QUESTION_PREFIXES) or (w == "kui" and words[k + 1] in _ET_KUI)


# verbs of knowing or checking that make a «ли»-clause after them an indirect question («проверить, кто пишет и
# есть ли у него право ..., здесь нельзя», «я не знаю, получает ли она пенсию.»)
# the third person too: «Департамент не видит, дошёл ли платёж.» states what is (not) seen (new-user batch 53)
_RU_KNOW_LI = RU_KNOW | frozenset("""знать проверить проверять узнать узнавать выяснить выяснять понять
    определить установить неизвестно неясно непонятно решить решает решают зависит видит видим видят видно знает
    знают""".split())
# openings that ask even with an indirect «ли»-clause: «Можно узнать, получаете ли Вы ...», «Скажите, ...»
_RU_ASK_OPENINGS = RU_ASK_VERBS | frozenset("можно могу могли хочу хотела хотел хотелось правильно верно".split())


def _embedded_li(words: list[str], stripped: str) -> bool:
    """Is the «ли» of a sentence typed with a full stop that of an indirect question, after a verb of knowing or
    checking («По чату данные не сообщаются: проверить, кто пишет и есть ли у него право на данные, здесь
    нельзя.»)? The sentence states that something is (not) known; it asks nothing. Not when it opens by asking
    («Можно узнать, получаете ли Вы пенсию.», «Скажите, ...»), nor in speech without a full stop."""
    if not stripped.endswith((".", "!")) or not words or words[0] in _RU_ASK_OPENINGS:
        return False
    k = next(k for k, w in enumerate(words) if w in ("ли", "ль"))
    return any(w in _RU_KNOW_LI for w in words[:k])


# an acknowledgement before a verb of asking: «да понимаю а скажите ...», "saan aru aga öelge ..." (folded)
ACKS = frozenset("""понимаю поняла понял ясно угу ага конечно хорошо понятно saan aru moistan selge arusaadav hasti
    mhm okei""".split())


def _ask_verb_after_ack(words: list[str], verbs: frozenset[str]) -> bool:
    """Does a verb of asking open the sentence after an acknowledgement and leading words («понимаю а скажите,
    врач уже выдал справку», "saan aru, aga öelge, kas ...") with three words or more after it? The
    acknowledgement takes the client's words; the verb asks."""
    k = 0
    while k < len(words) and (words[k] in ACKS or words[k] in LEADING):
        k += 1
    return 0 < k < len(words) - 3 and words[k] in verbs and any(w in ACKS for w in words[:k])
