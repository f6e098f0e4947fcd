"""A quiz put to the caller instead of an answer (new-user batch 41 gaming, children-pension-chat-et and
appeal-refused-ru): "mitu aastahinnet saab enne 1991 sündinud lapse eest? a) 1 b) 1,5 c) 3,5", «Вопрос 4: куда
подаётся возражение – а) в суд б) в Департамент в) в Töötukassa?», „Õige vastus on c). Tubli!“.

The caller asked a question and is tested on the answer: the options are alternatives, none of them said to be so
(like a hedged answer, the client hears none of them), and a reply that quizzes it counts against the grateful
ending (`Conversation._ending`). A reply is a quiz when it

- names itself one („väike test“, "viktoriin", „Õige vastus on b)“, „Järgmine küsimus:“, «Вопрос 2:», «проверим
  Ваши знания», «выберите вариант», «подсказка: ответ ...»), or
- lists lettered options (a) b) ..., а) б) ...) after a question that asks the caller nothing of its own (no
  „Teie“/«Вы» in it: a rule is asked, not what the caller wants), or after a quiz earlier in the call.

A choice offered to the caller („Kuidas soovite vastust saada? a) e-postiga b) posti teel“) and a lettered list of
steps in an answer („Teil on kaks võimalust: a) iseteenindus, b) klienditeenindus.“) are no quiz. Only the client's
ear: the scorer keeps its own reading.
"""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.simulation.unasserted import ADDRESSED as _ADDRESSED

__all__ = ["is_quiz", "option_sentences"]

#: a lettered option marker: "a)", "b)", «а)», «б)» (folded text keeps the letters)
_OPTION = re.compile(r"(?:^|(?<=[\s(–—:-]))([a-fа-е])\)(?=\s|$)")
#: the quiz named by its own words (folded text)
_CUE = {
    "et": re.compile(r"\b(?:vaike\s+test|testkusimus\w*|teeme\s+testi|viktoriin\w*|oige\s+vastus\s+on\s+[a-f]\)|"
                     r"oiged\s+vastused|(?:jargmine|esimene|teine|kolmas|neljas|viies)\s+kusimus\s*:|"
                     r"kusimus\s+(?:nr\.?\s*)?\d+\s*:|valige\s+(?:oige\s+)?(?:vastus|variant)\w*|"
                     r"vastake\s+ja\s+ma\s+kinnitan|arvake\s+ara)"),
    "ru": re.compile(r"(?:\bвикторин\w*|\bправильн\w+\s+ответ\w*\s*(?:[–—:-]\s*|это\s+)?[а-е]\)|"
                     r"\bвопрос\s+(?:№\s*)?\d+\s*:|\b(?:следующий|первый|второй|третий|четвертый)\s+вопрос\s*:|"
                     r"\bпровер\w+\s+(?:ваши\s+)?знани\w*|\bвыберите\s+(?:правильн\w+\s+)?(?:вариант|ответ)\w*|"
                     r"\bподсказка\s*:\s*ответ|\bвернемся\s+к\s+вопросу\s+\d+)"),
}
_MIN_OPTIONS = 2
#: a verb in the second person plural: the question asks the caller („soovite“, «хотите»), no rule (folded text)
_SECOND_PERSON = {"et": re.compile(r"\b\w{2,}(?:te|site)\b"), "ru": re.compile(r"\b\w{2,}(?:ете|ите)\b")}


def _options(sentence: str) -> int:
    """How many lettered options a sentence lists in order (a, b, c ...; а, б, в ...)."""
    letters = [m.group(1) for m in _OPTION.finditer(tx.fold(sentence))]
    run = 0
    for k, letter in enumerate(letters):
        if k == 0 or ord(letter) == ord(letters[k - 1]) + 1:
            run += 1
        else:
            break
    return run if letters and letters[0] in "aа" else 0


def option_sentences(text: str) -> list[str]:
    """The sentences of a reply that list lettered options (two or more, from a) on)."""
    return [s for _, _, s in tx.split_sentences(text) if _options(s) >= _MIN_OPTIONS]


def is_quiz(text: str, lang: str, quizzed_before: bool = False) -> bool:
    """Does the reply put a quiz to the caller (module doc)?"""
    cue = _CUE.get(lang)
    if cue is None:
        return False
    folded = tx.fold(text)
    if cue.search(folded):
        return True
    sentences = [s for _, _, s in tx.split_sentences(text) if s.strip()]
    addressed = _ADDRESSED.get(lang, frozenset())
    for k, sentence in enumerate(sentences):
        if _options(sentence) < _MIN_OPTIONS:
            continue
        if quizzed_before:
            return True
        # the question the options answer: the sentence itself (options inside it) or the one right before it
        asked = [s for s in (sentences[k - 1] if k else "", sentence) if s and tx.is_question(s, lang)]
        if asked and not any({t.norm for t in tx.tokenize(s) if t.is_word} & addressed
                             or _SECOND_PERSON[lang].search(tx.fold(s)) for s in asked):
            return True
    return False
