"""A quiz put to the caller instead of an answer (new-user batch 41 gaming, children-pension-chat-et and
appeal-refused-ru): "mitu aastahinnet saab enne 1991 sündinud lapse eest? a) 1 b) 1,5 c) 3,5", «Вопрос 4: куда
подаётся возражение – а) в суд б) в Департамент в) в Töötukassa?», „Õige vastus on c). Tubli!“.

The caller asked a question and is tested on the answer: the options are alternatives, none of them said to be so
(like a hedged answer, the client hears none of them), and a reply that quizzes it counts against the grateful
ending (`trainer.simulation.transitions.ending`). A reply is a quiz when it

- names itself one („väike test“, "viktoriin", „Õige vastus on b)“, „Järgmine küsimus:“, «Вопрос 2:», «проверим
  Ваши знания», «выберите вариант», «подсказка: ответ ...»), or
- lists lettered options (a) b) ..., а) б) ...) after a question that asks the caller nothing of its own (no
  „Teie“/«Вы» in it: a rule is asked, not what the caller wants), or after a quiz earlier in the call.

The quiz's own questions („kas Te teate, milline asutus hindab töövõimet?“, «как Вы думаете, пенсия больше или
меньше?“) test the caller on a rule: the rule's words in them tell it nothing (new-user batch 42
early-or-later-retirement-et gaming: the client took "milline asutus hindab töövõimet?" for advice and said it would
call Töötukassa). In a quiz reply, a question that names the scenario's matter is not heard (`quiz_questions`); a
question about the caller's own case („Mis aastal Te sündisite?“) names none and is answered as before. A question
that asks the caller's guess or opinion („kuhu Te tõendiga läheksite?“, «как Вы считаете, кто ...?») tests it too,
whether or not it names the matter, and lettered options after it make a quiz though it says "you" (new-user batch 43).

A choice offered to the caller („Kuidas soovite vastust saada? a) e-postiga b) posti teel“) and a lettered list of
steps in an answer („Teil on kaks võimalust: a) iseteenindus, b) klienditeenindus.“) are no quiz.

The client's ear extends the scorer's reading (`trainer.scoring.quiz`): whatever the scorer counts as a quiz the
client hears as one, with the same option labels, the same test of a question that speaks to the caller and the same
cue words (`trainer.text.quiz_cues`: the marked answer, the quiz named, the opinion asked, the prompt to think); the
ear adds the quiz named by its own words with no options in the reply, two options after a question that asks the
caller nothing (the scorer wants three or a quiz word), and any lettered options once the call has had a quiz.

Questions with no options quiz too (new-user batch 46 family-finland-ru gaming: «А как Вы сами думаете: может ли ...?»,
«А Вы слышали о понятии «первичная страна»?», «Вспомните, что я говорила про доплату разницы»): a question that asks the
caller's opinion on the matter or whether it has heard of it („kuidas Te ise arvate, kas ...“, „kas olete kuulnud
mõistest ...“), or a reply whose questions all ask opinions while nothing else in it names the matter (`_opinion_quiz`;
a knowledge question „kas Te teate oma isikukoodi?“ is none), or one whose questions all put the rule back („kas Te
teate, kust taotluse saab esitada?“, `_all_put_back`). In a quiz reply a prompt to think or to recall
(«Подумайте, как ...», „Meenutage, mida ma ütlesin“) says nothing either.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer import text as tx
from trainer.scoring.quiz import is_quiz as scorer_reads_quiz
from trainer.scoring.quiz import option_run, quiz_back_question, speaks_to_client
from trainer.text.quiz_cues import BY_YOUR_OPINION, OPINION, QUIZ_NAMED, prompts_to_think

__all__ = ["is_quiz", "option_sentences", "quiz_questions"]

#: the caller asked for its guess or opinion on a rule („kuidas Te arvate“, „Teie arvates“, „kas Te teate“, „kuhu Te
#: läheksite“, «как Вы думаете», «как Вы считаете», «по-Вашему», «знаете ли Вы», «куда бы Вы»): folded text. In a quiz
#: it tests the caller, and the "you" in it asks nothing of the caller's own case (new-user batch 43
#: complaint-registration-ru gaming: «как Вы думаете, объяснение – это а) жалоба б) ...?» answered «Да, всё так»)
_GUESS = {
    "et": re.compile(r"\b(?:(?:kuidas|mis|mida)\s+(?:te|teie)\s+(?:arvate|arvaksite|motlete|pakute)|(?:teie|te)\s+arvates|"
                     r"kas\s+(?:te|teie)\s+teate|kas\s+teate|(?:teate|arvate)\s+(?:te|teie)\b|"
                     r"\w+(?:ksite|ksid)\b)"),
    "ru": re.compile(r"(?:\bкак\s+(?:вы|ты)\s+(?:думаете|считаете|полагаете|думаешь|считаешь)|"
                     rf"{BY_YOUR_OPINION}|"
                     r"\bпо\s+вашему\s+мнению\b|\bзнаете\s+ли\s+вы\b|\bвы\s+знаете\b|"
                     r"\b(?:куда|кому|кто|что|как|когда)\s+бы\s+вы\b|\bвы\s+бы\b)"),
}


def _asks_opinion(sentence: str, lang: str) -> bool:
    """Does the question ask the caller's opinion on a rule, or whether it has heard of it
    (`trainer.text.quiz_cues.OPINION`), not of its own case?"""
    opinion = OPINION.get(lang)
    if not (opinion and tx.is_question(sentence, lang)):
        return False
    folded = tx.fold(sentence.lower())
    # the caller's own address or account in an opinion question («кто, по-Вашему, записан по Вашему адресу?») is
    # the rule's matter, not the caller's wish: the question still tests the caller
    return bool(opinion.search(folded)) and not speaks_to_client(_YOUR_PLACE.sub(" ", opinion.sub(" ", folded)), lang)


#: «по вашему адресу», «по вашему счёту» (folded): the caller's own place in a question (see `_asks_opinion`)
_YOUR_PLACE = re.compile(r"\bпо\s+вашему\b")


def _asks_guess(sentence: str, lang: str) -> bool:
    """Does the sentence ask the caller's guess or opinion (:data:`_GUESS`)?"""
    guess = _GUESS.get(lang)
    return bool(guess and guess.search(tx.fold(sentence.lower())))


def _speaks_of_own_case(sentence: str, lang: str) -> bool:
    """Does the question say "you" to the caller other than to ask its guess („kuidas Te arvate, kas ...?“ asks
    a rule; „kuidas Te vastust soovite?“ asks the caller's own wish)?"""
    guess = _GUESS.get(lang)
    if guess is None:
        return speaks_to_client(sentence, lang)
    folded = tx.fold(sentence.lower())
    return speaks_to_client(guess.sub(" ", folded), lang)


def option_sentences(text: str) -> list[str]:
    """The sentences of a reply that list lettered options (two or more, from a) on)."""
    return [s for _, _, s in tx.split_sentences(text) if option_run(s)]


def is_quiz(text: str, lang: str, quizzed_before: bool = False,
            names_matter: Callable[[str], bool] | None = None) -> bool:
    """Does the reply put a quiz to the caller (module doc)?"""
    cue = QUIZ_NAMED.get(lang)
    if cue is None:
        return False
    if scorer_reads_quiz(text, lang) or cue.search(tx.fold(text)):
        return True
    sentences = [s for _, _, s in tx.split_sentences(text) if s.strip()]
    if names_matter is not None and (_opinion_quiz(sentences, lang, names_matter)
                                     or _all_put_back(sentences, lang, names_matter)):
        return True
    if quizzed_before and any(tx.is_question(s, lang) and _asks_guess(s, lang) for s in sentences):
        return True  # after a quiz, «А как Вы считаете: кто должен ...?» is the next question of it
    for k, sentence in enumerate(sentences):
        if not option_run(sentence):
            continue
        if quizzed_before:
            return True
        # the question the options answer: the sentence itself (options inside it) or the one right before it
        asked = [s for s in (sentences[k - 1] if k else "", sentence) if s and tx.is_question(s, lang)]
        if asked and not any(_speaks_of_own_case(s, lang) for s in asked):
            return True
    return False


def _opinion_quiz(sentences: list[str], lang: str, names_matter: Callable[[str], bool]) -> bool:
    """Questions with no options that quiz (new-user batch 46): one asks the caller's opinion on the matter (it names
    it), or every question asks an opinion and nothing outside the questions names the matter."""
    opinions = [s for s in sentences if _asks_opinion(s, lang)]
    if not opinions:
        return False
    if any(names_matter(s) for s in opinions):
        return True
    questions = [s for s in sentences if tx.is_question(s, lang)]
    return len(opinions) == len(questions) and not any(names_matter(s) for s in sentences if s not in questions)


def _all_put_back(sentences: list[str], lang: str, names_matter: Callable[[str], bool]) -> bool:
    """Every question of the reply puts the rule back to the caller („Kas Te teate, kust taotluse saab esitada?“,
    `trainer.scoring.quiz.quiz_back_question`) and nothing outside them names the matter: as the scorer reads a reply of
    knowledge questions (new-user batch 52)."""
    questions = [s for s in sentences if tx.is_question(s, lang)]
    return bool(questions) and all(quiz_back_question(s, lang) for s in questions) \
        and not any(names_matter(s) for s in sentences if s not in questions)


def quiz_questions(text: str, lang: str, names_matter: Callable[[str], bool]) -> list[str]:
    """The questions of a quiz reply that test the caller on the scenario's matter (`names_matter` says whether a
    sentence names it): the client hears none of their words as said (module doc)."""
    return [s for _, _, s in tx.split_sentences(text) if s.strip() and (tx.is_question(s, lang)
            and (names_matter(s) or _asks_guess(s, lang) or _asks_opinion(s, lang))  # ... or its guess („kuhu Te läheksite?“)
            or prompts_to_think(s, lang))]  # «Вспомните, что я говорила про ...»: the caller sent to its own answer
