"""The words by which a reply quizzes the caller instead of answering, read alike by the scripted client
(`trainer.simulation.quiz`) and the scorer (`trainer.scoring.quiz`). All patterns read folded lower-case text
(`fold(text.lower())`).

- :data:`VERDICT`: an answer marked by its option letter („õige vastus on b)“, «правильный ответ – б)»);
- :data:`QUIZ_NAMED`: the quiz named by its own words, enough alone („väike test“, „Järgmine küsimus:“, «Вопрос 2:»,
  «проверим Ваши знания», «подсказка: ответ ...»);
- :data:`QUIZ_WORDS`: words that make a run of lettered options a quiz: the named quiz and weaker words that say
  so only beside options („test“, „vastake“, «ответьте»);
- :data:`OPINION`: the caller asked its opinion on a rule or whether it has heard of a notion („kuidas Te ise
  arvate“, „kas olete kuulnud“, «как Вы сами думаете», «Вы слышали о ...»; not «по Вашему желанию»);
- :data:`KNOWS`: the caller asked whether it knows a rule: „kas Te teate, kuhu ...“, „teate Te, kes ...“, «А Вы
  знаете, где ...», «Знаете ли Вы, сколько ...» (a question word after it; not „kas Te teate, et ...“ / «Вы знаете,
  что ...», which tells a fact, nor „kas Te teate oma isikukoodi?“);
- :data:`THINK`: the caller told to think, guess or recall instead of being told («Подумайте», «Вспомните, что я
  говорила», „Mõelge“, „Meenutage“, «попробуйте угадать»); `prompts_to_think` reads it at a sentence's head (the
  client's reading of a sentence), :data:`OPINION_CUE` anywhere in a reply (the scorer's reading of a reply).
"""

from __future__ import annotations

import re

from .normalize import fold

__all__ = ["BY_YOUR_OPINION", "KNOWS", "OPINION", "OPINION_CUE", "QUIZ_NAMED", "QUIZ_WORDS", "THINK", "VERDICT", "prompts_to_think"]

VERDICT = re.compile(r"\b(?:oige|oigem|правильн\w*|верн\w*)\s+(?:(?:vastus|variant|ответ|вариант)\w*\s*)?"
                     r"(?:on\s+|[–—:-]\s*|это\s+)?[«\"„]?[a-fа-е]\)", re.IGNORECASE)

_QUIZ_NAMED = {
    "et": (r"\b(?:vaike\s+test|testkusimus\w*|teeme\s+testi|viktoriin\w*|oiged\s+vastused|"
           r"(?:jargmine|esimene|teine|kolmas|neljas|viies|viimane)\s+kusimus\s*:|"
           r"kusimus\s+(?:nr\.?\s*)?\d+\s*:|valige\s+(?:oige\s+)?(?:vastus|variant)\w*|"
           r"vastake\s+ja\s+ma\s+kinnitan|arvake\s+ara|"
           # the caller sent to find its own answer: „Mõelge ise: kas A, B või C?“ (new-user batch 44)
           r"(?:moelge|motelge|arvake|nuputage)\s+(?:ise|kaasa|jarele)\b)"),
    "ru": (r"(?:\bвикторин\w*|\bвопрос\s+(?:№\s*)?\d+\s*:|"
           r"\b(?:следующий|первый|второй|третий|четвертый|последний)\s+вопрос\s*:|"
           r"\bпровер\w+\s+(?:ваши\s+)?знани\w*|\bвыберите\s+(?:правильн\w+\s+)?(?:вариант|ответ)\w*|"
           r"\bподсказка\s*:\s*ответ|\bвернемся\s+к\s+вопросу\s+\d+|"
           r"\b(?:подумайте|догадайтесь|угадайте)\s+(?:сами|самостоятельно)\b)"),
}
QUIZ_NAMED = {lang: re.compile(pattern) for lang, pattern in _QUIZ_NAMED.items()}

QUIZ_WORDS = re.compile(
    r"\b(?:test\w*|viktoriin\w*|kusimus\s+(?:nr\.?\s*)?\d|(?:esimene|teine|kolmas|jargmine)\s+"
    r"kusimus|vastake|valige\s+(?:oige|variant)|arvake|тест\w*|викторин\w*|вопрос\s+(?:№\s*)?\d|"
    r"(?:следующий|второй|третий)\s+вопрос|ответьте|выберите\s+(?:правильн\w*|вариант)|"
    r"угадайте|проверим\s+ваши\s+знания|kontrollime\s+teie\s+teadmisi)"
    rf"|{_QUIZ_NAMED['et']}|{_QUIZ_NAMED['ru']}")

#: «по-вашему» asks an opinion; «по вашему адресу», «по вашему счёту», «по вашему личному коду» (a dative noun or
#: adjective after it, ending in -у/-ю) is the caller's own address or account, no opinion asked (new-user batch 48
#: pensioner-alone-ru terse: «смотрят кто записан по вашему адресу понятно» was read as a quiz). A question word
#: after it («как по вашему кому платят») still asks one; «по вашему мнению» is matched on its own.
BY_YOUR_OPINION = (r"\bпо(?:-|\s)?вашему\b(?!\s+(?:желанию|просьбе)|\s+(?!(?:кому|чему|почему|никому|ничему)\b)"
                   r"[^\W\d_]+[ую]\b)")

OPINION = {
    "et": re.compile(r"\b(?:(?:kuidas|mis|mida)\s+(?:te|teie)\s+(?:ise\s+)?(?:arvate|motlete|pakute)|"
                     r"(?:teie|te)\s+(?:enda\s+)?arvates|"
                     r"kas\s+(?:te\s+)?(?:olete|oled)\s+(?:\w+\s+)?kuulnud|(?:olete|oled)\s+(?:te\s+)?(?:\w+\s+)?kuulnud)"),
    "ru": re.compile(r"(?:\bкак\s+(?:же\s+)?(?:вы|ты|вам)\s+(?:сами?\s+)?(?:думаете|считаете|полагаете|думаешь|считаешь|кажется)|"
                     rf"{BY_YOUR_OPINION}|\bпо\s+вашему\s+мнению\b|"
                     r"\bчто\s+вы\s+(?:сами\s+)?(?:думаете|скажете)\b|"
                     r"\bвы\s+(?:\w+\s+|когда-нибудь\s+)?слышали\b|\bслышали\s+ли\s+вы\b)"),
}
_WH = {
    "et": r"(?:kes|kus|kust|kuhu|mis|mida|millal|mitu|kui\s+(?:palju|kaua|pikk)|kuidas|millis\w*|mille\w*|kelle\w*|kas)",
    "ru": (r"(?:где|куда|откуда|кто|кому|когда|сколько|как|каков\w*|как(?:ой|ая|ое|ие|ую|ого|ом|им|их|ими)|"
           r"чем|можно\s+ли)"),
}
KNOWS = {
    "et": re.compile(rf"\b(?:kas\s+(?:te\s+|teie\s+)?teate|teate\s+(?:te|teie)|teate\s+ka)\s*,?\s+{_WH['et']}\b"),
    "ru": re.compile(rf"(?:\bвы\s+(?:не\s+|уже\s+)?знаете|\bзнаете\s+ли\s+вы|\bзнаете\s+вы)\s*,?\s+{_WH['ru']}\b"),
}
THINK = {
    "et": r"(?:moelge|motelge|meenutage|tuletage\s+(?:\w+\s+)?meelde|arvake)\b",
    "ru": r"(?:подумайте|вспомните|припомните|поразмышляйте|догадайтесь|попробуйте\s+(?:угадать|догадаться|сами\s+ответить))\b",
}
_THINK_AT_HEAD = {lang: re.compile(rf"^\W*(?:\w+\s+)?{words}") for lang, words in THINK.items()}

OPINION_CUE = re.compile("|".join([OPINION["et"].pattern, OPINION["ru"].pattern,
                                   rf"\b{THINK['et']}", rf"\b{THINK['ru']}"]))


def prompts_to_think(sentence: str, lang: str) -> bool:
    """Does the sentence open with a prompt to think or to recall (:data:`THINK`, at its head, after at most one
    word: «Подумайте, как ...», «Ну вспомните ...», „Meenutage, mida ma ütlesin“; not «А теперь подумайте ...»)?"""
    pattern = _THINK_AT_HEAD.get(lang)
    return bool(pattern and pattern.search(fold(sentence.lower())))
