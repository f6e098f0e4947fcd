"""New-user batch 47 (live47) terse readings, on sentences written for these tests.

1. Russian translit: an ordinal's ending glued to its digit ("2-go") and the currency "eur" tell no language, so a
   translit sentence full of them is still read in Cyrillic; the j-scheme's "je" after a consonant is «ье»
   ("semje"); the stump "soc." is «соц.», not «сок.»; a translit opening with «Чем помочь?» greets and asks.
2. "eur" typed in a Russian reply is the unit «евро», as "€" is.
3. Russian clipped words: «рук.» (руководитель, inside a sentence, not after a preposition), «дн.» (дней, after a
   number), «личн.», «письм.» (by what follows), «ФИО»; the terse zero-copula promise «Ответ письменно, в теч. 30
   дн.» answers the complaint's "who and when".
4. The Estonian institution name split or clipped ("sotsiaalkindlustuse amet", "sots kindlustuse amet").
5. Unpunctuated Russian speech: «это» + a nominative noun after a finite verb opens a zero-copula clause, and a
   negator of a new subject later in it does not deny the reason («... не могу это защита данных даже паспорт тут
   не поможет»).
6. «пенсии повышают в апреле» states the indexation month.
"""

from __future__ import annotations

import pytest
from scoring_support import scenario_criterion, verdicts

from trainer.simulation.library import load_library
from trainer.text.negation import is_negated
from trainer.text.quantities import find_quantities
from trainer.text.spoken import normalize_input
from trainer.text.translit import cyrillic_text, to_cyrillic


@pytest.fixture(scope="module")
def library():
    return load_library()


def _criterion(library, scenario_id: str, criterion: str, reply: str):
    return scenario_criterion(library, scenario_id, criterion, reply)["result"]


# -- 1. translit ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("latin, cyrillic", [
    ("Na 1-go i 2-go po 50 eur, na tretjego 70 eur.", "на третьего 70 eur"),
    ("Za 3-go 100 eur v mesjac.", "в месяц"),
    ("Pomosch semje, 2-go chisla.", "Помощь семье, 2-го числа"),
    ("Departament soc. zashchity, Olga slushaet.", "Департамент соц. защиты"),
])
def test_translit_read(latin, cyrillic):
    assert cyrillic in cyrillic_text(latin)


@pytest.mark.parametrize("text", [
    "Makse 80 eur kuus, järgmine 5. kuupäeval.",
    "Go to the office and pay 20 eur.",
])
def test_not_translit(text):
    assert cyrillic_text(text) == text


@pytest.mark.parametrize("latin, word", [
    ("semje", "семье"), ("statje", "статье"), ("mesjac", "месяц"), ("jego", "его"), ("vsje", "все"), ("sok", "сок"),
    ("podtverzhdajte", "подтверждайте"),
])
def test_translit_words(latin, word):
    assert to_cyrillic(latin) == word


@pytest.mark.parametrize("opening", [
    "Dobryj den, departament soc. strahovanija, Olga. Chem pomoch?",
    "Добрый день, Департамент соц. страхования, Ольга. Чем помочь?",
])
def test_terse_opening_greets_and_asks(opening):
    result = verdicts("ru", [
        ("agent", opening), ("client", "Добрый день. Хотела спросить про пособие на ребёнка."),
        ("agent", "Подавать ничего не нужно, предложение придёт в самообслуживание. Вам всё понятно?"),
        ("client", "Да, спасибо."), ("agent", "Спасибо за звонок, всего доброго!")])
    assert result["greeting"] == "pass"
    assert result["real_answers"] == "pass"


# -- 2. eur in Russian -----------------------------------------------------------------------------------------------

def test_eur_is_euro_in_russian():
    assert [q.unit for q in find_quantities("Пособие 120 eur в месяц.", "ru")][:1] == [("евро",)]
    assert [q.unit for q in find_quantities("Toetus 120 eur kuus.", "et")][:1] == [("euro",)]


@pytest.mark.parametrize("reply, result", [
    ("Детское 80 eur на первого и второго, на третьего 100 eur.", "pass"),
    ("Detskoe 80 eur na 1-go i 2-go, na 3-go 100 eur v mesjac.", "pass"),
    ("Детское 80 eur на каждого, на третьего тоже 80 eur.", "fail"),
])
def test_child_amounts_in_eur(library, reply, result):
    assert _criterion(library, "child-allowance-ru", "amounts", reply) == result


# -- 3. Russian clipped words ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("typed, read", [
    ("Заявку рассмотрит рук. отдела, ответ в теч. 10 дн.", "Заявку рассмотрит руководитель отдела, ответ в течение 10 дней."),
    ("Письм. ответ придёт по почте.", "Письменный ответ придёт по почте."),
    ("Ответим письм., не позже 30 дн.", "Ответим письменно, не позже 30 дней."),
    ("Назовите ФИО и личн. код, пжл.", "Назовите фамилию и имя и личный код, пожалуйста."),
    ("ФИО?", "Фамилию и имя?"),
])
def test_ru_clipped_words(typed, read):
    assert normalize_input(typed, "ru").text == read


@pytest.mark.parametrize("text", [
    "Взяла из рук. потом отдала.",
    "Нет лишних рук. Позвоните позже.",
    "Документы в руках у сына.",
    "Пару дн. подождите.",
    "Приходите днём.",
])
def test_ru_clipped_words_must_not(text):
    assert normalize_input(text, "ru").text == text


@pytest.mark.parametrize("reply, result", [
    ("Жалобу приняла. Решать будет рук. отдела обслуживания. Ответ письменно, в теч. 30 дн.", "pass"),
    ("Жалобу приняла. Ответ письменно, в теч. 5 раб. дн.", "fail"),
])
def test_terse_complaint_answer(library, reply, result):
    assert _criterion(library, "complaint-registration-ru", "answer_and_when", reply) == result


# -- 4. the institution split or clipped -----------------------------------------------------------------------------

@pytest.mark.parametrize("opening, result", [
    ("Tere, sotsiaalkindlustuse amet, Kati kuuleb.", "pass"),
    ("tere, sots kindlustuse amet, kati siin.", "pass"),
    ("Tere, kindlustuse amet, Kati kuuleb.", "fail"),
])
def test_institution_split(opening, result):
    got = verdicts("et", [("agent", opening), ("client", "Tere, küsiksin pensioni kohta."),
                          ("agent", "Vaadake iseteeninduses."), ("client", "Selge."), ("agent", "Head päeva!")],
                   channel="chat")
    assert got["greeting"] == result


# -- 5. «это» opening a clause in speech -----------------------------------------------------------------------------

def test_this_opens_a_clause():
    read = normalize_input("по телефону сообщить не могу это защита данных клиента даже ваш паспорт тут не поможет",
                           "ru").text
    assert "не могу. это защита" in read


@pytest.mark.parametrize("text", [
    "я понимаю это решение и проверю его сегодня же",
    "я не могу это сделать без согласия мамы к сожалению",
])
def test_this_stays_in_the_clause(text):
    assert normalize_input(text, "ru").text == text


def test_reason_not_denied_by_a_new_subject(library):
    reply = ("по телефону данные отца сообщить не могу это защита персональных данных даже паспорт тут не поможет "
             "отец может оформить доверенность")
    assert _criterion(library, "third-party-son-ru", "refusal_explained", reply) == "pass"


@pytest.mark.parametrize("text, word", [
    ("это правило не действует", "правило"),
    ("это защита данных тут не поможет", "защита"),
])
def test_still_negated(text, word):
    assert is_negated(text, text.index(word), "ru")


# -- 6. the indexation month -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("reply, result", [
    ("Пенсии повышают в апреле, у каждого своя прибавка.", "pass"),
    ("Пенсии повышают в январе, у каждого своя прибавка.", "fail"),
])
def test_indexation_month(library, reply, result):
    assert _criterion(library, "third-party-son-ru", "indexation_rule", reply) == result


def test_mothers_april_rise_is_no_rule(library):
    reply = "Пенсия Вашей мамы в апреле выросла на 25,10 евро."
    assert _criterion(library, "third-party-son-ru", "indexation_rule", reply) == "fail"
