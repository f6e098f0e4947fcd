"""A curt question for one more verifying detail of the caller's own: "Sünnikoht?", "ja sunnikoht?", "Ja sünniaeg
ka?", «А место рождения?», «Ещё Ваш адрес?» (new-user batch 52 disability-refusal-angry-et terse: „aitah. ja
sunnikoht?“ after the code was read as a keyword and the client skipped the birthplace).

Such a sentence has no verb, but it asks: a question mark (or „palun“/«пожалуйста») and nothing but the detail's words,
the caller's possessive and the particles that add one more item („ja“, „veel“, „ka“, «и», «а», «ещё»). A topic
("Vaie?", «Перерасчёт?»), a detail among topics („Sünnikoht ja vaie?“), another person's detail („Teie ema
sünnikoht?“) or a bare statement („Sünnikoht.“, a keyword in a list) asks nothing. Read on folded words (lower case,
õäöü -> oaou, ё -> е); the client hears such a sentence asked where the act finder took it for a keyword
(`trainer.simulation.hearing`).
"""

from __future__ import annotations

import re

from .normalize import fold, tokenize

#: a word that names a verifying detail of the caller's own by itself: the item asked after the code (the code and the
#: name asked in a bare word are left to the act finder: „Mõistan. Isikukood?“ in a keyword list is no request to it)
_DETAIL = {
    "et": re.compile(r"sunnikoh\w*|sunnilinn\w*|sunniaeg\w*|sunnikuupaev\w*|sunniaasta\w*|aadress\w*|"
                     r"postiaadress\w*|elukoh\w*|isikutunnistus\w*|pass(?:i|inumb\w*)?|dokumendi(?:numb\w*)?"),
    "ru": re.compile(r"адрес\w*|рождени\w*|паспорт\w*"),
}
#: words that go with a detail („elukoha aadress“, „dokumendi number“, «место рождения», «номер паспорта»)
_WITH = {
    "et": frozenset("elukoha number numbri kodune koduse praegune registreeritud".split()),
    "ru": frozenset("место места дата дату даты год номер номера домашний документа".split()),
}
#: the caller's possessive and the particles that add one more item to the identification
_PARTICLES = {
    "et": frozenset("ja ning ka veel samuti lisaks teie oma palun siis nuud aga kontrolliks".split()),
    "ru": frozenset("и а еще также тоже ваш ваша ваше вашего вашу ваши ваш вашей пожалуйста теперь тогда "
                    "для проверки".split()),
}
_ASKING = {"et": "palun", "ru": "пожалуйста"}
_MAX_WORDS = 5


def asks_detail(sentence: str, lang: str) -> bool:
    """Is the verbless sentence a curt question for one of the caller's own details ("Ja sünnikoht?")?"""
    detail = _DETAIL.get(lang)
    if detail is None:
        return False
    words = [fold(t.text) for t in tokenize(sentence) if t.is_word]
    if not words or len(words) > _MAX_WORDS:
        return False
    if not (sentence.rstrip().endswith("?") or _ASKING[lang] in words):
        return False  # „Sünnikoht.“: a keyword in a list, not asked
    details = [w for w in words if detail.fullmatch(w)]
    rest = [w for w in words if not detail.fullmatch(w)]
    return bool(details) and all(w in _WITH[lang] or w in _PARTICLES[lang] for w in rest)
