"""A caller asked for its code and birthplace together gives both, or neither when it does not give the code; a request
made only on a condition („kui peame ..., palun öelge enne ...“) asks nothing now; and a client line that says goodbye
ends the call: information after it gets no „Понятно.“ that keeps the line open (fresh user, codeplace)."""

from __future__ import annotations

from datetime import date

import pytest
from client_support import play_client, play_to_end

from trainer.simulation.own_details import asked_details

TODAY = date(2026, 12, 8)


@pytest.fixture(scope="module")
def library():
    from trainer.simulation.library import load_library

    return load_library()


# -- 1. code and birthplace asked together -----------------------------------------------------------------

@pytest.mark.parametrize(("scenario", "greet", "ask", "birth"), [
    ("moving-abroad-account-ru", "Добрый день, Департамент социального страхования, Ольга слушает.",
     "Для начала скажите, пожалуйста, Ваш личный код, а также место рождения.", "Место рождения"),
    ("indexation-day-ru", "Добрый день, Департамент социального страхования, Ольга слушает.",
     "Скажите, пожалуйста, Ваш личный код и место рождения.", "Место рождения"),
    ("assistive-device-rehab-et", "Tere, Sotsiaalkindlustusamet, Pille kuuleb.",
     "Palun öelge mulle oma isikukood ja lisaks sünnikoht.", "Sünnikoht on"),
    ("pension-late-et", "Tere, Sotsiaalkindlustusamet, Pille kuuleb.",
     "Palun öelge mulle oma isikukood ja lisaks sünnikoht.", "Sünnikoht on"),
])
def test_code_and_birthplace_together_give_both(library, scenario, greet, ask, birth):
    said, conv = play_client(library, library.get(scenario), [greet, ask], TODAY)
    assert conv.persona.isikukood in said and birth in said
    assert said.index(conv.persona.isikukood) < said.index(birth)


@pytest.mark.parametrize(("scenario", "greet", "ask"), [
    ("complaint-registration-ru", "Добрый день, Департамент социального страхования, Ольга слушает.",
     "Скажите, пожалуйста, Ваш личный код и место рождения."),
    ("overpayment-recovery-ru", "Добрый день, Департамент социального страхования, Ольга слушает.",
     "Скажите, пожалуйста, Ваш личный код и место рождения."),
    ("death-report-et", "Tere, Sotsiaalkindlustusamet, Pille kuuleb.",  # a grieving caller talks of its matter
     "Palun öelge mulle oma isikukood ja lisaks sünnikoht."),
])
def test_a_client_that_does_not_give_its_code_gives_no_birthplace(library, scenario, greet, ask):
    said, conv = play_client(library, library.get(scenario), [greet, ask], TODAY)
    assert "Место рождения" not in said and "Sünnikoht on" not in said


def test_birthplace_alone_is_still_only_the_birthplace(library):  # must-not
    said, conv = play_client(library, library.get("moving-abroad-account-ru"), [
        "Добрый день, Департамент социального страхования, Ольга слушает.",
        "Подскажите, пожалуйста, место рождения."], TODAY)
    assert "Место рождения" in said and conv.persona.isikukood not in said


@pytest.mark.parametrize(("sentence", "lang", "kinds"), [
    ("Kui meil on vaja Teie andmeid vaadata, palun öelge siis oma isikukood ja sünnikoht.", "et", []),
    ("Если понадобится посмотреть Ваши данные, назовите тогда личный код и место рождения.", "ru", []),
    # must-nots: a polite condition still asks now
    ("Kui võimalik, palun öelge oma sünnikoht.", "et", ["birthplace"]),
    ("Если можно, назовите место рождения.", "ru", ["birthplace"]),
    ("Palun öelge oma isikukood ja sünnikoht.", "et", ["birthplace"]),
])
def test_a_conditional_request_asks_nothing_now(sentence, lang, kinds):
    assert asked_details(sentence, lang) == kinds


# -- 2. a goodbye ends the call ------------------------------------------------------------------------------

def test_information_after_a_client_goodbye_ends_the_call(library):
    conv = play_to_end(library, "moving-abroad-account-ru", [
        "Добрый день, Департамент социального страхования, Ольга слушает.",
        "Личный код. Проверка. Шаг выполнен.",
        "Перечень: письменно, самообслуживание, подпись.",
        "Сочувствую Вам. Минуточку, я уточню, не кладите трубку.",
        "Германия, экспорт, пенсия.",
    ], TODAY)
    clients = [t["text"] for t in conv.turns if t["role"] == "client"]
    byes = [i for i, t in enumerate(clients) if "свидания" in t.lower()]
    assert byes and byes[0] == len(clients) - 1, clients
    assert conv.finished


def test_a_thanking_client_without_goodbye_still_stays_for_information(library):  # must-not
    conv = play_to_end(library, "moving-abroad-account-ru", [
        "Добрый день, Департамент социального страхования, Ольга слушает.",
        "Вы переезжаете в Германию насовсем?",
        "Номер счёта по телефону не принимается: я не вижу, кто звонит. Новый счёт сообщите письменно через "
        "самообслуживание.",
        "Пенсия будет приходить в Германию: эстонскую пенсию по старости выплачивают и в страны Европейского союза.",
        "Каждый год нужно присылать справку о нахождении в живых, иначе выплату приостановят.",
        "Справку можно подтвердить и по видео в среде самообслуживания.",
    ], TODAY)
    assert not conv.finished
    assert conv.turns[-1]["role"] == "client"


def test_an_answer_to_its_matter_after_a_goodbye_keeps_the_client_on_the_line(library):  # must-not
    conv = play_to_end(library, "moving-abroad-account-ru", [
        "Добрый день, Департамент социального страхования, Ольга слушает.",
        "Личный код. Проверка. Шаг выполнен.",
        "Перечень: письменно, самообслуживание, подпись.",
        "Подождите, пожалуйста: новый счёт Вы сообщаете письменно, через среду самообслуживания, дочь Вам поможет.",
    ], TODAY)
    assert not conv.finished
    assert conv.turns[-1]["role"] == "client"


def test_an_upset_caller_at_the_step_that_identifies_it_gives_its_code(library):
    # an angry caller asked for name, code and birthplace together right after the agent apologised and restated
    # both matters: the step that identifies it answers with the code (its line's own code sentence must not be
    # lost as "said once" against the built-in code answer), the birthplace follows
    said, conv = play_client(library, library.get("complaint-registration-ru"), [
        "Добрый день, Департамент социального страхования, меня зовут Ольга.",
        "Мне очень жаль, что Вам не перезвонили, извините нас. Правильно ли я понимаю: Вы хотите зарегистрировать "
        "жалобу и узнать, как посчитана пенсия? Назовите, пожалуйста, имя, фамилию, личный код и для проверки место "
        "рождения."], TODAY)
    assert conv.persona.isikukood in said and "Место рождения" in said
    assert said.count(conv.persona.isikukood) == 1
