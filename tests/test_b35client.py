"""New-user batch 35 (live35): client oddities, each tested with replies written for the test (must and must-not).

1. russian-pension-ru: «заменить пенсию наш департамент не может» (verb, object, subject, then «не может») tells that
   the agency cannot pay; the client does not ask «вы можете заплатить или нет?»; «... не может обещать» does not.
2. complaint-registration-ru: «ответ придёт письменно ... через тридцать дней» after «И когда мне ответят?» names who
   answers and when; «Ответ на ходатайство придёт ...» is the explanation request's deadline, not the complaint's.
3. complaint-registration et/ru: the personal code asked in the same reply as the check of the two matters is given
   in that answer; asked once more, the caller repeats it; „Jah, kaks asja“ / «Да, всё так» only when the reply
   named a matter; a quoted model phrase („... («Я понимаю, как это для Вас важно») и просит назвать личный код“)
   asks for no code.
4. A value told in an instruction after an unpunctuated question is said („kas teil on plaan ... helistage kohe üks
   üks kaks“); with the question mark, or without an imperative, it is still asked.
5. complaint-registration-et: a vaie deadline longer than 30 days draws relief („Nii kaua?“), a shorter one „Nii vähe
   aega?“.
6. "kp" is kuupäev in typed replies ("makstakse 8. kp").
7. child-allowance-ru: a believed wrong amount for the third child counts as told: the client goes on.
8. disability-or-workability-chat-et: "aga puue?" is not asked after the joint application was said to cover it.
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import play_client

from trainer.scoring.values import find_values
from trainer.simulation.dialogue import Conversation
from trainer.simulation.library import load_library

TODAY = date(2026, 12, 8)


@pytest.fixture(scope="module")
def library():
    return load_library()


def _play(library, scenario_id: str, replies: list[str]):
    return play_client(library, library.get(scenario_id), replies, TODAY)


# -- 1. russian-pension-ru ---------------------------------------------------------------------------------------

RP = ["Здравствуйте, Департамент социального страхования, Мария.",
      "Мне очень жаль, что так вышло. Российская пенсия сейчас приходит?"]


def test_ru_cannot_pay_with_words_between(library):
    said, conv = _play(library, "russian-pension-ru", [*RP, "с сентября выплаты снова идут раз в квартал а "
                                                            "выплатить эту пенсию наш департамент не может"])
    assert conv.state["step"] == "what_now" and "можете заплатить или нет" not in said


def test_ru_cannot_promise_is_not_cannot_pay(library):
    # must-not: «не может обещать» denies a promise, not the payment
    said, conv = _play(library, "russian-pension-ru", [*RP, "Выплатить пенсию раньше Департамент не может обещать."])
    assert conv.state["step"] == "explain_again"


# -- 2. complaint-registration-ru: who answers and when ----------------------------------------------------------

def _verdict(library, scenario_id: str, criterion: str, text: str):
    sc = library.get(scenario_id)
    values = Conversation.start(sc, library, seed=1, today=TODAY).values
    return library.criterion_outcome(sc, criterion, text, values)


def test_ru_answer_deadline_in_other_words(library):
    cr = "complaint-registration-ru"
    assert _verdict(library, cr, "answer_and_when", "Ответ придёт письменно, не позднее чем через 30 дней.").passed
    assert _verdict(library, cr, "answer_and_when", "Вам ответят письменно, в течение тридцати дней.").passed
    # must-not: the explanation request's (wrong) deadline is not the complaint's
    out = _verdict(library, cr, "answer_and_when", "Ответ на ходатайство о разъяснении придёт в течение 5 рабочих дней.")
    assert not out.passed and not out.wrong


# -- 3. the code asked with the check of the two matters ---------------------------------------------------------

ET_HELLO = "Tere! Sotsiaalkindlustusamet, Mari kuuleb."
RU_HELLO = "Здравствуйте, Департамент социального страхования, Мария."


def test_et_code_given_with_the_check(library):
    said, conv = _play(library, "complaint-registration-et", [
        ET_HELLO, "Mul on kahju, mis juhtus. Kas Teil on kaebus teenindaja peale ja lisaks ei nõustu Te toetuse "
                  "lõpetamisega? Palun öelge ka oma isikukood."])
    assert conv.state["step"] == "clarified_code" and conv.identified
    assert said.startswith("Jah, kaks asja") and "isikukood on" in said


def test_et_code_asked_again_is_repeated(library):
    said, conv = _play(library, "complaint-registration-et", [
        ET_HELLO, "Mul on kahju. Kas Teil on kaks asja: kaebus teenindaja peale ja toetuse lõpetamine? Palun öelge "
                  "oma isikukood.", "Te ei pea ise kirjutama. Selleks palun öelge oma isikukood."])
    assert conv.state["step"] == "code_repeated" and "ütlesin juba" in said


def test_et_check_without_code_keeps_its_question(library):
    # must-not: no code asked, no code given
    said, conv = _play(library, "complaint-registration-et", [
        ET_HELLO, "Mul on kahju. Kas Teil on kaks asja: kaebus teenindaja peale ja toetuse lõpetamine?"])
    assert conv.state["step"] == "clarified" and "isikukood" not in said and not conv.identified


def test_et_template_question_is_not_confirmed(library):
    said, conv = _play(library, "complaint-registration-et", [
        ET_HELLO, "Vabandan ebamugavuste pärast. Kas ma sain õigesti aru, et küsite ...?"])
    assert conv.state["step"] == "clarified" and not said.startswith("Jah, kaks asja")


def test_ru_code_given_with_the_check(library):
    said, conv = _play(library, "complaint-registration-ru", [
        RU_HELLO, "Мне жаль, что так вышло. Правильно ли я понимаю: жалоба и ещё письменное объяснение расчёта? "
                  "Назовите, пожалуйста, Ваш личный код."])
    assert conv.state["step"] == "clarified_code" and conv.identified and "личный код" in said


def test_ru_quoted_model_phrase_asks_no_code(library):
    # must-not: a service standard read out with a quoted phrase asks nothing of the caller
    said, conv = _play(library, "complaint-registration-ru", [
        RU_HELLO, "По стандарту специалист говорит «Я понимаю, как это для Вас важно» и просит назвать личный код."])
    assert not conv.identified and conv.state["step"] != "clarified_code"


# -- 4. a value in an instruction after a spoken question -------------------------------------------------------

@pytest.mark.parametrize("sid,text", [
    ("crisis-suicidal-et", "kas te olete praegu kodus kas keegi on teiega kui läheb raskeks helistage kohe üks üks kaks"),
    ("crisis-suicidal-ru", "вы сейчас дома есть ли кто-то рядом если станет плохо звоните сразу сто двенадцать"),
])
def test_value_after_spoken_question_is_told(library, sid, text):
    assert _verdict(library, sid, "emergency_number", text).passed


@pytest.mark.parametrize("sid,text", [
    ("crisis-suicidal-et", "kas te teate et hädaabinumber on 112"),        # no instruction: asked
    ("crisis-suicidal-et", "Kas helistasite numbril 112? Rääkige."),      # with its mark: a question
    ("crisis-suicidal-ru", "вы хотите позвонить в 112 или нет"),          # «хотите» asks
])
def test_value_in_a_question_still_asked(library, sid, text):
    assert not _verdict(library, sid, "emergency_number", text).passed


# -- 5. a longer vaie deadline -----------------------------------------------------------------------------------

CR_ET = [ET_HELLO, "Mul on kahju. Kas Teil on kaks asja: kaebus teenindaja peale ja toetuse lõpetamine? Palun öelge "
                   "oma isikukood.",
         "Aitäh. Kas räägin Maret Saarega? Registreerin kaebuse, juht vastab Teile kirjalikult 30 päeva jooksul."]


def test_et_long_appeal_deadline_draws_relief(library):
    said, _ = _play(library, "complaint-registration-et", [*CR_ET, "Otsuse peale esitage vaie 90 päeva jooksul."])
    assert "Nii kaua" in said and "Nii vähe" not in said


def test_et_short_appeal_deadline_still_hurries(library):
    said, _ = _play(library, "complaint-registration-et", [*CR_ET, "Otsuse peale esitage vaie 10 päeva jooksul."])
    assert "Nii vähe aega" in said


# -- 6. "kp" ------------------------------------------------------------------------------------------------------

def test_kp_is_the_day_of_month():
    assert any(h.right for h in find_values("raha laekub iga kuu 8. kp", "et", ("8. kuupäeval",), ()))
    assert not any(h.right for h in find_values("raha laekub iga kuu 18. kp", "et", ("8. kuupäeval",), ()))


# -- 7. child-allowance-ru ---------------------------------------------------------------------------------------

CA_RU = [RU_HELLO, "Поздравляю! Правильно ли я понимаю, что это третий ребёнок? Рождение уже зарегистрировано?",
         "Тогда ходатайство подавать не нужно: Департамент сам пришлёт предложение в среду самообслуживания, его "
         "нужно только подтвердить."]


def test_ru_believed_third_amount_goes_on(library):
    said, conv = _play(library, "child-allowance-ru", [*CA_RU, "На каждого ребёнка по 80 евро, и на третьего тоже "
                                                               "80. Выплата 8-го числа."])
    assert conv.state["step"] == "husband"


def test_ru_nothing_about_the_third_still_asks(library):
    # must-not: no amount and no day said: she asks again
    said, conv = _play(library, "child-allowance-ru", [*CA_RU, "Это зависит от многих обстоятельств."])
    assert conv.state["step"] == "amount_again"


# -- 8. disability-or-workability-chat-et ------------------------------------------------------------------------

def test_et_joint_application_said_no_puue_question(library):
    said, conv = _play(library, "disability-or-workability-chat-et", [
        "Tere, Mari Sotsiaalkindlustusametist. Töötukassale saate esitada ühe ühistaotluse, sellega hinnatakse "
        "töövõimet ja tuvastatakse ka puue."])
    assert conv.state["step"] == "ask_puue" and "aga puue?" not in said


def test_et_only_tootukassa_still_asks_puue(library):
    said, conv = _play(library, "disability-or-workability-chat-et", [
        "Tere, Mari Sotsiaalkindlustusametist. Töövõimetoetuse asjus pöörduge Töötukassasse."])
    assert "aga puue?" in said
