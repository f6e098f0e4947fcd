"""Issue #10, batch 19 client notes (tests/newuser/live19/README-i3.md, README-j3.md "Client oddities").

1. An answer from `knows` that already says the step line's opening statement is not followed by it again („Jah,
   sünd on registreeritud, haiglas tehti kõik ära. Sünd on registreeritud.“), and a `knows` fact answers the question
   of the first child (child-allowance-et).
2. What was just said is not asked again: "no form needed" (child-allowance-et), a partial appeal answer
   (crisis-suicidal-et asks only by when), the answer deadline told with the registration (complaint-registration-ru),
   "nothing to pay" (assistive-device-rehab-et), the next October pension (pensioner-alone-ru), "tomorrow" is not
   heard as "today" (guardian-for-ward-ru).
3. The trainee's questions are answered: a name asked as a bare word after "and" («Ваш личный код и имя», «спасибо
   а имя фамилия»), a spoken name check closed by a tag with a sum in it („aitah helju kask eks tous on 35,10
   eurot ...“), «Есть ли у Вас от мамы доверенность?», «Есть ли у Вас что-то из этого?».
4. Latin names are said in Cyrillic with «й» (Nikolai -> Николай).
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import play_client

from trainer import text as tx
from trainer.simulation import client_line, heard, name_check
from trainer.simulation.dialogue import Conversation
from trainer.simulation.library import load_library

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def library():
    return load_library()


def said_in(library, scenario_id, replies, today=TODAY):
    return play_client(library, library.get(scenario_id), replies, today)


# -- 1. the knows answer and the step line ----------------------------------------------------------

def test_et_registration_said_once(library):
    said, _ = said_in(library, "child-allowance-et", ["Tere, Kati kuuleb. Kas laps on juba rahvastikuregistris "
                                                      "registreeritud?"])
    assert tx.fold(said).count("registreeritud") == 1 and "avaldus" in said


def test_et_first_child_is_answered(library):
    said, _ = said_in(library, "child-allowance-et", ["Tere, Kati kuuleb. Palju õnne! Kas see on Teie esimene laps?"])
    assert "esimene laps" in said


def test_opening_statement_kept_when_the_answer_differs():   # must-not
    line = "Olen kodus. Aga mis mu puudega saab?"
    assert client_line.without_said_opening(line, ["Jah, perearstiga võiksin rääkida."]) == line
    assert client_line.without_said_opening("Selge. Aga kus?", ["Selge, aitäh."]) == "Selge. Aga kus?"


# -- 2. what was just said is not asked again ---------------------------------------------------------

def test_et_no_form_needed_is_heard(library):
    said, _ = said_in(library, "child-allowance-et", ["Tere, Kati kuuleb. Avaldust ei ole vaja esitada."])
    assert "kus see lapsetoetuse avaldus" not in said and "avaldust pole vaja" in said


def test_et_form_on_the_website_is_not_no_form(library):   # must-not
    said, _ = said_in(library, "child-allowance-et", ["Tere, Kati kuuleb. Avalduse vormi leiate meie kodulehelt."])
    assert "avaldust pole vaja" not in said


def test_et_amount_typed_short_is_not_asked(library):
    said, _ = said_in(library, "child-allowance-et", ["Tere, Kati kuuleb. Amet saadab Teile pakkumuse "
                                                      "iseteenindusse, toetus on 80 eur kuus."])
    assert "palju see on" not in said and "päeval" in said


CRISIS = ["Tere, Mari kuuleb.", "Mul on kahju, et Teil on raske. Kas Te mõtlete endale midagi teha?",
          "Kui mõtted lähevad ohtlikuks, helistage kohe 112.",
          "Kas on keegi, kellega saaksite täna rääkida, näiteks perearst?"]


def test_et_appeal_without_deadline_asks_only_by_when(library):
    said, conv = said_in(library, "crisis-suicidal-et", [*CRISIS, "Jah, otsuse peale saab esitada vaide."])
    assert conv.state["step"] == "appeal_when" and "vaidlustada" not in said and "mis ajaks" in said


def test_et_appeal_with_deadline_ends_well(library):   # must-not
    _, conv = said_in(library, "crisis-suicidal-et", [*CRISIS, "Jah, otsuse peale saab esitada vaide 30 päeva "
                                                                "jooksul."])
    assert conv.state["step"] == "wrap"


COMPLAINT = ["Здравствуйте, Анна слушает.", "Мне жаль. Правильно ли я понимаю, что Вы хотите подать жалобу?",
             "Жалобу запишу сама. Назовите личный код."]


def test_ru_answer_deadline_told_with_registration_is_not_asked(library):
    said, _ = said_in(library, "complaint-registration-ru", [
        *COMPLAINT, "Спасибо, Николай Иванов. Жалобу зарегистрировала, письменный ответ придёт в течение 30 дней."])
    assert "когда мне ответят" not in said


def test_ru_registration_alone_still_asks_when(library):   # must-not
    said, _ = said_in(library, "complaint-registration-ru", [*COMPLAINT, "Спасибо, Николай Иванов. Жалобу "
                                                                         "зарегистрировала."])
    assert "когда мне ответят" in said


def test_et_nothing_to_pay_is_not_asked_again(library):
    said, _ = said_in(library, "assistive-device-rehab-et", [
        "Tere, Mari kuuleb.", "Kas rulaatorit on vaja Teile endale?",
        "Arst teeb tõendi abivahendi vajaduse kohta. Tõendiga lähete ettevõttesse, millel on "
        "Sotsiaalkindlustusametiga leping. Teie ise midagi juurde maksma ei pea."])
    assert "kinni maksma" not in said and "taastusravi" in said


PENSIONER = ["Здравствуйте, Анна слушает.", "Сочувствую. Назовите личный код.",
             "Спасибо. Я говорю с Тамарой Смирновой?",
             "По регистру народонаселения по Вашему адресу зарегистрирован Ваш сын Андрей, поэтому в этом году "
             "пособие не положено."]


def test_ru_next_october_pension_is_heard(library):
    _, conv = said_in(library, "pensioner-alone-ru", [*PENSIONER, "Андрею нужно сменить адрес в регистре, тогда "
                                                                  "пособие придёт само со следующей октябрьской пенсией."])
    assert conv.state["step"] == "wrap"


def test_ru_fix_without_when_still_asks_when(library):   # must-not
    said, conv = said_in(library, "pensioner-alone-ru", [*PENSIONER, "Андрею нужно сменить адрес в регистре."])
    assert conv.state["step"] == "when_ask" and "когда" in said


GUARDIAN = ["Здравствуйте, Анна слушает.", "Назовите, пожалуйста, Ваше имя и личный код.",
            "Спасибо. Подождите минуту, я проверю."]


def test_ru_tomorrow_is_not_heard_as_today(library):
    said, _ = said_in(library, "guardian-for-ward-ru", [
        *GUARDIAN, "Опека у нас зарегистрирована. Выплата сыну назначена на 7 декабря, деньги придут на счёт завтра."])
    assert "Сегодня?" not in said and "завтра" in said


def test_ru_if_not_tomorrow_advice_is_no_tomorrow(library):   # must-not
    said, _ = said_in(library, "guardian-for-ward-ru", [
        *GUARDIAN, "Опека у нас зарегистрирована. Выплата сыну назначена на 7 декабря, деньги приходят в тот же "
                   "день. Если завтра их не будет, позвоните."])
    assert "Только завтра" not in said


# -- 3. the trainee's questions are answered ------------------------------------------------------------

@pytest.mark.parametrize(("scenario_id", "text", "asks"), [
    ("guardian-for-ward-ru", "Назовите, пожалуйста, Ваш личный код и имя.", True),
    ("guardian-for-ward-ru", "спасибо а имя фамилия", True),
    ("indexation-day-et", "Palun öelge oma isikukood ja nimi.", True),
    ("guardian-for-ward-ru", "Назовите, пожалуйста, личный код и имя сына.", False),   # must-nots
    ("guardian-for-ward-ru", "Счёт открыт на Ваше имя?", False),
    ("indexation-day-et", "Kas konto on Teie nimel ja nimi on õige?", False),
])
def test_bare_name_after_and(library, scenario_id, text, asks):
    conv = Conversation.start(library.get(scenario_id), library, seed=1, today=TODAY)
    assert name_check.asks_name(conv, tx.normalize_input(text).text) is asks


@pytest.mark.parametrize(("text", "check"), [
    ("aitah helju kask eks tous on 35,10 eurot uus pension 702,35 kokkuvottes tuleb aprilli pensioniga", True),
    ("aitah helju kask tous on 35,10 eurot uus pension 702,35", False),   # must-not: no tag, no check
    ("tous on 35,10 eurot kas saite aru", False),
])
def test_et_spoken_tagged_name_check_with_a_sum(library, text, check):
    conv = Conversation.start(library.get("indexation-day-et"), library, seed=1, today=TODAY)
    assert name_check.tagged_name_check(conv, tx.normalize_input(text).text) is check


def test_decimal_comma_is_no_punctuation():
    assert heard.marks("tous on 35,10 eurot") == "tous on 3510 eurot"
    assert heard.marks("jah, olen") == "jah, olen"   # must-not


def test_ru_authorisation_question_with_from_mother(library):
    said, _ = said_in(library, "third-party-son-ru", ["Здравствуйте, Анна слушает.",
                                                      "Понимаю. Есть ли у Вас от мамы доверенность?"])
    assert "доверенности у меня нет" in said


def test_ru_which_login_means(library):
    said, _ = said_in(library, "webchat-code-ru", [
        "Здравствуйте, Анна. Код в открытый чат не пишите: здесь я не вижу, кто пишет. Сумму увидите в "
        "самообслуживании: вход с ID-картой, Mobiil-ID или Smart-ID. Есть ли у Вас что-то из этого?"])
    assert "смарт айди" in said


# -- 4. names in Cyrillic -------------------------------------------------------------------------------

@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Nikolai", "Николай"), ("Andrei", "Андрей"), ("Sergei", "Сергей"),
    ("Ivanov", "Иванов"), ("Kask", "Каск"), ("Maria", "Маря"),   # must-nots: no glide
])
def test_glide_i_in_cyrillic(latin, cyrillic):
    assert name_check.other_script(latin) == cyrillic
