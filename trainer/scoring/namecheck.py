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


# the words framing a name read back, beside the name itself (folded): "Kas ma räägin ...?", "Kas olete ...?",
# "..., eks?", «Я разговариваю с ...?», «Это ...?», «Вы ..., верно?» (and the Russian in Latin letters)
_FRAME = frozenset(tx.fold(w) for w in """kas ma mina räägin rääkisin olete oled olen te teie sa see on olete tegu
    tegemist siis nüüd ikka aitäh tänan ja hästi selge""".split()) | _TAGS | frozenset("""я говорю разговариваю
    с со это вы ли ведь ну а спасибо хорошо ya govoryu razgovarivayu s so eto vy li spasibo verno pravilno""".split())
# a courtesy title before the surname alone ("proua Lepaga", «госпожой Смирновой»)
_TITLES = frozenset(tx.fold(w) for w in """proua pr härra hr preili господин господина господином госпожа госпожи
    госпожой gospodin gospozha""".split())


def reads_back_name(sentence: str, language: str) -> bool:
    """Is the sentence a name read back and nothing more: the caller's name (a first name or a courtesy title, the
    surname after it) asked about in identification words alone ("Kas räägin Tiina Lepaga?", "Kas ma räägin proua
    Lepaga?", "Tiina Lepp, eks?", «Я говорю с Виктором Смирновым?», «Вы Ирина Смирнова, верно?»)? A question that
    says more («Ирина, какую пенсию Вы получаете?») is no read-back."""
    words = [tx.fold(t.text) for t in tx.tokenize_cached(sentence) if t.is_word]
    if not words or not tx.is_question(sentence, language) and not tx.is_spoken_question(sentence, language):
        return False
    named, k = False, 0
    while k < len(words):
        w = words[k]
        if w in _TITLES or tx.is_first_name(w):
            named, k = True, k + 2  # the title or first name and the surname after it
            continue
        if w not in _FRAME:
            return False
        k += 1
    return named


_IDENTIFICATION = frozenset({"identification_request", "name_request"})


def read_back_left_out(exclude: list[str] | None, sentence: str, language: str) -> bool:
    """Does a question check that leaves out identification questions (`exclude` holds ``identification_request``
    or ``name_request``: the ``needs`` check and the scenarios' own lists) leave out this sentence as a name read
    back (`reads_back_name`)? The read-back is the last step of identification, not a question on the matter."""
    return bool(exclude) and not _IDENTIFICATION.isdisjoint(exclude) and reads_back_name(sentence, language)
