"""The caller's name checked after the code: the agent reads back the name the code found and the caller confirms
it (see `TranscriptAnalysis.identification`).

A name check is a sentence that names a person (a first name, not the agent's own) and asks about it: with a check
tag right after the name, as speech runs it ("aitäh mari tamm õige", "räägin mari tammega eks", «спасибо оксана
коваленко верно»), or as a short question ("Kas räägin Mari Tammega?", «Я говорю с Оксаной Коваленко?»). It counts
only when the caller's next reply confirms it ("Jah, see olen mina.", «Да, это я.»): a name said without a check
("aitäh mari tamm hetk vaatan") or a wrong name the caller denies («Нет, я Игорь») identifies no one.
"""

from __future__ import annotations

from trainer import text as tx

# a check tag closing the name read back (folded)
_TAGS = frozenset("oige eks jah ju onju eksole верно правильно так да".split())
# the name within the first words of the sentence, the tag at most two words after it (a surname between)
_NAME_WITHIN = 8
_QUESTION_WORDS = 10
# a reply confirming: yes, right, "it's me" (folded); a denial among its first words takes it back
_YES = frozenset("да ага угу верно правильно точно именно конечно jah jaa jep just tapselt oige muidugi".split())
_ITS_ME = (("это", "я"), ("see", "olen"), ("mina", "olen"), ("olen", "mina"), ("see", "on", "mina"))
_NO = frozenset("нет не ei pole mitte".split())
_LEADS = frozenset("так ой а ну nii no noh aa ahaa oi".split())


def checks_name(sentence: str, language: str, own: frozenset[str]) -> bool:
    """Does the sentence read back a person's name (not one of `own`, the agent's names) as a check?"""
    words = [tx.fold(t.text) for t in tx.tokenize_cached(sentence) if t.is_word]
    names = [k for k, w in enumerate(words[:_NAME_WITHIN]) if w not in own and tx.is_first_name(w)]
    if not names:
        return False
    if any(w in _TAGS for k in names for w in words[k + 1:k + 3]):
        return True
    return len(words) <= _QUESTION_WORDS and tx.is_question(sentence, language)


def denies(reply: str) -> bool:
    """Does the caller's reply deny, among its first words ("Ei, mina olen ...", «Нет, я ...»)?"""
    words = [tx.fold(t.text) for t in tx.tokenize_cached(reply) if t.is_word]
    while len(words) > 1 and words[0] in _LEADS:
        words = words[1:]
    return any(w in _NO for w in words[:3])


def affirms(reply: str) -> bool:
    """Does the caller's reply open with a confirmation ("Jah.", «Да, это я.», "See olen mina.") and no denial?"""
    words = [tx.fold(t.text) for t in tx.tokenize_cached(reply) if t.is_word]
    while len(words) > 1 and words[0] in _LEADS:
        words = words[1:]
    if not words or any(w in _NO for w in words[:3]):
        return False
    return words[0] in _YES or any(tuple(words[:len(p)]) == p for p in _ITS_ME)
