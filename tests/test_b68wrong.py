"""New-user batch 68 (live68, wrong facts in Russian without a number), on sentences written for these tests.

1. press and statistics questions sent to the Data Protection Inspectorate (or said to be handled by it) name the
   wrong authority: they go to the Board's own communications department (knowledge
   complaints-and-requests.journalists_to_communications; content-review.md (d) 4).
2. money still missing after the payment day sent to the bank with "we can check nothing on our side": the Board
   checks the account number on file and whether the payment came back (knowledge pension-payment.money_same_day;
   ska-facts.md "Topics and key facts", content-review.md F10).
The right facts, said plainly or tersely, in Russian and Estonian, stay uncaught; the bank named beside our own check
is right.
"""

from __future__ import annotations

import pytest
from scoring_support import verdicts, wrong_claim_refs

from trainer.simulation.library import load_library

PRESS = "complaints-and-requests.journalists_to_communications"
SAME_DAY = "pension-payment.money_same_day"


@pytest.fixture(scope="module")
def library():
    return load_library()


# -- 1. press questions to the Data Protection Inspectorate -------------------------------------------------------------

PRESS_WRONG = [
    ("ru", "Вопросы журналистов у нас решает Инспекция по защите данных, пишите туда."),
    ("ru", "С запросом прессы и за цифрами по пенсионерам обратитесь в Инспекцию по защите данных."),
    ("ru", "Статистику для СМИ готовит Инспекция защиты данных."),
    ("ru", "Инспекция по защите данных отвечает на запросы журналистов, напишите им."),
    ("et", "Ajakirjanike päringutele vastab Andmekaitse Inspektsioon, kirjutage neile."),
    ("et", "Meedia küsimustega pöörduge palun Andmekaitse Inspektsiooni poole."),
]
PRESS_RIGHT = [
    ("ru", "Вопросы прессы и статистику направьте в наш отдел коммуникации, контакты на сайте."),
    ("ru", "Цифры для журналистов даёт отдел коммуникации Департамента."),
    ("ru", "Журналистам отвечает пресс-служба Департамента, а не Инспекция по защите данных."),
    ("ru", "Если считаете, что мы нарушили Ваши данные, можно пожаловаться в Инспекцию по защите данных."),
    ("et", "Ajakirjaniku küsimused saatke ameti kommunikatsiooniosakonda."),
    ("et", "Meediapäringutele vastab meie kommunikatsiooniosakond, mitte Andmekaitse Inspektsioon."),
]


@pytest.mark.parametrize(("language", "sentence"), PRESS_WRONG)
def test_press_questions_to_the_inspectorate_are_wrong(library, language, sentence):
    assert PRESS in wrong_claim_refs(library, sentence, language)


@pytest.mark.parametrize(("language", "sentence"), PRESS_RIGHT)
def test_press_office_stays_right(library, language, sentence):
    assert PRESS not in wrong_claim_refs(library, sentence, language)


# -- 2. "we can check nothing, go to your bank" -------------------------------------------------------------------------

CHECK_WRONG = [
    ("ru", "Если завтра денег на счёте не окажется, идите в банк, мы со своей стороны ничего посмотреть не можем."),
    ("ru", "Деньги отправлены, дальше это дело банка, у нас ничего проверить нельзя."),
    ("ru", "Не пришли деньги – спрашивайте в банке, я тут ничего не могу проверить."),
    ("ru", "мы не можем ничего проверить по счёту, звоните в банк"),
    ("et", "Kui raha homme kontol ei ole, pöörduge panka, meie poolt ei saa me midagi kontrollida."),
    ("et", "Raha on teele saadetud, me ei saa siin midagi vaadata, küsige pangast."),
]
CHECK_RIGHT = [
    ("ru", "Если завтра денег на счёте не будет, позвоните нам: мы проверим номер счёта и не вернулся ли платёж."),
    ("ru", "Если денег нет, обратитесь также в банк, а мы со своей стороны проверим номер счёта."),
    ("ru", "Деньги поступят в тот же день; нет их завтра – звоните, проверим счёт и возврат."),
    ("ru", "Пока я не установила Вашу личность, я ничего не могу проверить по Вашей выплате."),
    ("et", "Kui raha homme kontol pole, helistage meile: kontrollime kontonumbrit ja kas makse tuli tagasi."),
    ("et", "Raha jõuab kontole samal päeval, muidu kontrollime kontonumbri, võite ka pangast küsida."),
    ("et", "Enne isikukoodi ütlemist ei saa ma Teie makse kohta midagi kontrollida."),
]


@pytest.mark.parametrize(("language", "sentence"), CHECK_WRONG)
def test_we_can_check_nothing_is_wrong(library, language, sentence):
    assert SAME_DAY in wrong_claim_refs(library, sentence, language)


@pytest.mark.parametrize(("language", "sentence"), CHECK_RIGHT)
def test_our_own_check_stays_right(library, language, sentence):
    assert SAME_DAY not in wrong_claim_refs(library, sentence, language)


# -- the gate that names it -----------------------------------------------------------------------------------------------

OPENING = {"et": [("agent", "Tere! Sotsiaalkindlustusamet, Mari kuuleb."), ("client", "Tere, mul on küsimus.")],
           "ru": [("agent", "Здравствуйте! Департамент социального страхования, Мария."),
                  ("client", "Здравствуйте, у меня вопрос.")]}


@pytest.mark.parametrize(("language", "reply", "expected"), [
    ("ru", PRESS_WRONG[0][1], "fail"), ("ru", CHECK_WRONG[2][1], "fail"),
    ("ru", PRESS_RIGHT[0][1], "pass"), ("ru", CHECK_RIGHT[0][1], "pass"),
])
def test_knowledge_values_gate(language, reply, expected):
    assert verdicts(language, [*OPENING[language], ("agent", reply)])["knowledge_values"] == expected
