"""New-user batch 42, client fixes (branch b42client; tests/newuser/live42).

1. A quiz's own questions on the matter („kas Te teate, milline asutus ...?“) tell the caller nothing: in a quiz
   reply they are not heard (quiz.py); „Viimane küsimus:“ / «Последний вопрос:» name a quiz too.
2. The grateful ending counts the non-answers against the replies since the caller spoke: the greeting before it
   is no answer to it (transitions.ending).
3. „lõpetan ma nüüd kõne“ (the verb first, words between) ends the call in abusive-caller-et/ru.
4. A goodbye with a note in brackets after it („Nägemist. (Kõne lõpetatud.)“) is a goodbye: the client's parting
   line ends the call.
5. pension-abroad-proof-ru: her «деньги пропали?» answered «не пропадут» is answered; no «так вернут или нет?».
6. A bare name asked after a thanks in speech («благодарю имя фамилия») is a name request.
7. overpayment-recovery-ru: the reason told as the rule and what the son did («пока учится ... бросил школу»).
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import end_step, play_client

from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library
from trainer.simulation.quiz import is_quiz, quiz_questions

TODAY = date(2026, 12, 5)


@pytest.fixture(scope="module")
def library():
    return load_library()


# -- 1. quiz questions -------------------------------------------------------------------------------------

def test_last_question_names_a_quiz():
    assert is_quiz("Tubli! Viimane küsimus: kas vanemad inimesed saavad rohkem?", "et", quizzed_before=True)
    assert is_quiz("Хорошо. Последний вопрос: куда подают возражение?", "ru", quizzed_before=True)
    # must-not: a plain last question of one's own is no quiz
    assert not is_quiz("Viimane asi veel: kas Teil on ID-kaart?", "et")
    assert not is_quiz("И последнее: у Вас есть ID-карта?", "ru")


def test_quiz_questions_only_those_on_the_matter():
    text = "Väike test: kas Te teate, kes maksab töövõimetoetust? Ja mis aastal Te sündisite?"
    found = quiz_questions(text, "et", lambda s: "töövõime" in s)
    assert found == ["Väike test: kas Te teate, kes maksab töövõimetoetust?"]


OWN_QUIZ = [
    "Tere, Sotsiaalkindlustusamet, Kati kuuleb.",
    "Enne kui vastan, teeme testi: kas Te teate, kas Töötukassa saab Teie töövõimet hinnata?",
    "Järgmine küsimus: mis Te arvate, kas töövõime hindamine on tasuta?",
    "Viimane küsimus: kas edasilükatud pension tuleb suurem?",
    "Lugege palun ise kodulehelt edasi. Kas see vastas küsimusele? Aitäh, head päeva!",
]


def test_quiz_on_the_health_option_is_no_advice(library):
    conv = play_answers(library.get("early-or-later-retirement-et"), library, OWN_QUIZ)
    assert conv.state["step"] != "wrap"
    assert not conv.state["ever"].get("health_option")


def test_real_health_advice_still_heard(library):
    """Must-not: the option told as advice (no quiz) is heard."""
    answers = [
        "Tere, Sotsiaalkindlustusamet, Kati kuuleb.",
        "Selja pärast võite Töötukassas taotleda töövõime hindamist, siis ei pea kohe pensionile minema.",
    ]
    conv = play_answers(library.get("early-or-later-retirement-et"), library, answers)
    assert conv.state["ever"].get("health_option")


# -- 2. the greeting is no answer to the caller ------------------------------------------------------------

def test_keyword_recaps_after_greeting_end_unsatisfied(library):
    answers = [
        "Добрый день, Департамент социального страхования, Анна. Чем могу помочь?",
        "Мне жаль. Переплата возникла, потому что сын бросил учёбу, а пособие ещё платили; вернуть можно частями, "
        "а возражение подают в течение 30 дней. Назовите, пожалуйста, личный код.",
        "Итог: переплата, учёба, частями, возражение. Спасибо за звонок, всего доброго!",
        "Смотрите выше, там всё: переплата, учёба, рассрочка, возражение. Спасибо за звонок!",
    ]
    assert end_step(library, "overpayment-recovery-ru", answers) == "wrap_unsure"


def test_real_answers_after_greeting_keep_the_thanks(library):
    """Must-not: one recap among real answers leaves the grateful ending."""
    answers = [
        "Добрый день, Департамент социального страхования, Анна. Чем могу помочь?",
        "Мне жаль, давайте разберёмся. Назовите, пожалуйста, личный код.",
        "Спасибо, госпожа. Переплата возникла, потому что сын бросил учёбу, а пособие ещё платили.",
        "Вернуть можно частями, договоримся о графике платежей. Если не согласны, подайте возражение в течение 30 дней.",
        "Итог: переплата из-за учёбы, частями, возражение 30 дней. Спасибо за звонок, всего доброго!",
    ]
    assert end_step(library, "overpayment-recovery-ru", answers) == "wrap"


# -- 3. and 4. the call ended, the client hung up ----------------------------------------------------------

ABUSE_START = [
    "Tere, Sotsiaalkindlustusamet, Kati kuuleb.",
    "Soovin Teid aidata, kuid sellisel toonil ma vestlust jätkata ei saa.",
]


def test_verb_first_ends_the_call(library):
    conv = play_answers(library.get("abusive-caller-et"), library, [
        *ABUSE_START, "Ähvarduste tõttu katkestan ma siinkohal kõne. Helistage uuesti, kui olete rahulikum."])
    assert conv.state["step"] == "call_ended"


def test_goodbye_with_a_note_after_it_ends_the_call(library):
    conv = play_answers(library.get("abusive-caller-et"), library, [
        *ABUSE_START, "Ähvarduste tõttu katkestan ma siinkohal kõne. Head aega. (Annan juhtumist teada meeskonnajuhile.)"])
    assert conv.state["step"] == "call_ended" and conv.finished


def test_note_without_goodbye_leaves_the_call_open(library):
    """Must-not: a note alone is no goodbye."""
    conv = play_answers(library.get("abusive-caller-et"), library, [
        *ABUSE_START, "Ähvarduste tõttu katkestan ma siinkohal kõne. (Annan juhtumist teada meeskonnajuhile.)"])
    assert conv.state["step"] == "call_ended" and not conv.finished


def test_conditional_end_is_no_end(library):
    """Must-not: a warning that the call would end is no ending."""
    conv = play_answers(library.get("abusive-caller-et"), library, [
        *ABUSE_START, "Kui Te jätkate, pean ma kõne lõpetama."])
    assert conv.state["step"] != "call_ended"


def test_ru_verb_first_ends_the_call(library):
    scenario = library.get("abusive-caller-ru")
    conv = play_answers(scenario, library, [])
    from trainer.scoring.signals import analyse_reply
    said = analyse_reply("Поэтому прекращаю я сейчас этот разговор.", "ru", conv.concepts, conv.signals, conv.facts)
    assert said["signals"]["ended"]
    said = analyse_reply("Я не прекращаю сейчас разговор.", "ru", conv.concepts, conv.signals, conv.facts)
    assert not said["signals"]["ended"]


# -- 5. «не пропадут» ---------------------------------------------------------------------------------------

PROOF_START = [
    "Здравствуйте, Департамент социального страхования, Анна. Пенсия не пришла из-за справки о нахождении в живых: "
    "её надо подавать раз в год.",
    "Идти никуда не нужно: справку можно подтвердить на видеовстрече через среду самообслуживания.",
]


def test_money_not_lost_answers_her_question(library):
    said, conv = play_client(library, library.get("pension-abroad-proof-ru"),
                             [*PROOF_START, "Нет, деньги не пропадут, их получите после справки."], TODAY)
    assert conv.state["step"] == "sister"


def test_no_word_on_money_asks_again(library):
    """Must-not: a reply that says nothing of the money gets her question again."""
    said, conv = play_client(library, library.get("pension-abroad-proof-ru"),
                             [*PROOF_START, "Видеовстречу бронируют в среде самообслуживания."], TODAY)
    assert conv.state["step"] == "money_again"


# -- 6. a bare name after a thanks --------------------------------------------------------------------------

def test_thanks_then_bare_name_asks_the_name(library):
    scenario = library.get("overpayment-recovery-ru")
    said, conv = play_client(library, scenario, [
        "департамент социального страхования анна слушаю",
        "сочувствую давайте посмотрим назовите пожалуйста личный код",
        "благодарю имя фамилия"], TODAY)
    assert conv.persona.last_name in said or conv.persona.first_name in said


def test_name_words_that_are_no_request():
    from trainer.simulation.name_check import _name_after_and
    assert _name_after_and("благодарю имя фамилия")
    assert not _name_after_and("спасибо фамилия верная")
    assert not _name_after_and("aitäh nimi on õige")


# -- 7. the reason told in speech ---------------------------------------------------------------------------

def test_reason_as_rule_and_what_son_did(library):
    conv = play_answers(library.get("overpayment-recovery-ru"), library, [
        "департамент социального страхования анна слушаю",
        "сочувствую давайте посмотрим назовите пожалуйста личный код",
        "спасибо и ваше имя и фамилия пожалуйста",
        "спасибо после девятнадцати пособие идёт только пока ребёнок учится а сын бросил школу весной",
    ])
    assert conv.state["step"] == "money"


def test_no_reason_no_progress(library):
    """Must-not: a reply with no reason is not taken for one."""
    conv = play_answers(library.get("overpayment-recovery-ru"), library, [
        "департамент социального страхования анна слушаю",
        "сочувствую давайте посмотрим назовите пожалуйста личный код",
        "спасибо и ваше имя и фамилия пожалуйста",
        "спасибо сейчас посмотрим решение оно пришло в ноябре",
    ])
    assert conv.state["step"] != "money"
