"""New-user batch 70, a wrong-fact run that passed with 100 because it named a wrong AUTHORITY and no number (branch
b70wrong; tests/newuser/live70 family-finland-ru wrong): the application for the difference payment of family
benefits (a parent working in another EU country) was sent to the Tax and Customs Board. Family benefits and their EU
coordination (which country pays first, the difference) are the Board's (knowledge cross-border.primary_country,
ska-facts.md topic 14); the Tax and Customs Board has no part in them. Own sentences, not the run's.

Two readings were missing from the call model's ``right_authority`` gate:

1. the difference payment as a service (``svc_benefit_difference``): «доплата/выплата разницы», «разницу доплачивает»,
   "vahe maksmine", "vahe taotlus", "maksab vahet"; the Board's (and the bank's, as the account), like the
   difference up to the national pension (ska-facts.md topic 6);
2. the Tax and Customs Board spelled «Налоговый и таможенный департамент» (``auth_mta``): unread, its «департамент»
   was taken for the Board, so even «детское пособие платит Налоговый и таможенный департамент» passed.

Must-nots: the Board or the other country named for the difference, the tax questions sent to the Tax and Customs
Board beside the difference, a denial, Estonian "vahel" (sometimes), a difference with no service ("ajavahe").
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import client_steps, hears, last_client_line, play_to_end
from scoring_support import authority_of

from trainer.simulation.library import load_library

TODAY = date(2026, 12, 7)

@pytest.fixture(scope="module")
def library():
    return load_library()


@pytest.mark.parametrize("lang, reply", [
    ("ru", "Заявление на доплату разницы подайте в Налогово-таможенный департамент."),
    ("ru", "Разницу между пособиями выплачивает Налоговый и таможенный департамент."),
    ("ru", "Ходатайство о выплате разницы рассматривает налоговая."),
    ("ru", "За доплатой разницы обращайтесь в Налоговый департамент, они связываются с финнами."),
    ("ru", "Доплату разницы оформляет Касса по безработице."),
    ("ru", "Детское пособие платит Налоговый и таможенный департамент."),
    ("ru", "Семейные пособия между странами согласует Налоговый и таможенный департамент."),
    ("et", "Vahe maksmise avalduse esitate Maksu- ja Tolliametile."),
    ("et", "Peretoetuste vahe taotlus tuleb saata Maksu- ja Tolliametisse."),
    ("et", "Toetuste vahet maksab Maksu- ja Tolliamet, nemad suhtlevad Soomega."),
    ("et", "Vahet saate taotleda Maksu- ja Tolliametist."),
])
def test_difference_or_family_benefit_at_another_authority_is_wrong(lang, reply):
    assert authority_of(lang, reply) == "fail", reply


@pytest.mark.parametrize("lang, reply", [
    ("ru", "Доплату разницы оформляет Департамент социального страхования."),
    ("ru", "Если пособие в Финляндии больше, Финляндия может доплатить разницу, а налоговые вопросы – в Налоговый и "
           "таможенный департамент."),
    ("ru", "Вопросы по подоходному налогу – в Налоговый и таможенный департамент."),
    ("ru", "Разницу доплачивает другая страна, заявление можно подать через нас."),
    ("ru", "Доплату разницы Налоговый и таможенный департамент не оформляет, это делаем мы."),
    ("ru", "Разницу перечислят на Ваш счёт в банке."),
    ("ru", "Разница во времени с Финляндией – час, налоговая там работает до четырёх."),
    ("et", "Vahe maksmise taotluse saate esitada meile, Sotsiaalkindlustusametile."),
    ("et", "Tuludeklaratsiooni küsimustes pöörduge Maksu- ja Tolliametisse."),
    ("et", "Teine riik võib maksta vahet, maksuküsimustega aga pöörduge Maksu- ja Tolliametisse."),
    ("et", "Vahet ei maksa Maksu- ja Tolliamet, vaid Sotsiaalkindlustusamet."),
    ("et", "Vahel tasub tööotsingute pärast pöörduda ka Töötukassasse."),
    ("et", "Tulumaksu peab kinni Maksu- ja Tolliamet."),
])
def test_difference_at_the_board_or_tax_at_the_tax_board_is_right(lang, reply):
    assert authority_of(lang, reply) != "fail", reply


_FINLAND = [
    "Здравствуйте! Департамент социального страхования, Ольга. Подскажите, где работаете Вы, а где муж?",
    "Понятно. Получать оба пособия полностью нельзя: по правилам ЕС в первую очередь пособия платит одна страна.",
]


def test_difference_sent_to_the_tax_board_fails_and_the_result_names_it(library):
    conv = play_to_end(library, "family-finland-ru", [
        *_FINLAND,
        "Нет, деньги не пропадают: если в другой стране пособие выше, она может доплатить разницу. Заявление на "
        "доплату разницы подаётся в Налогово-таможенный департамент.",
        "Код в чат писать не нужно, мы его здесь не используем. Сумму спросите в среде самообслуживания.",
        "Итак: одна страна основная, вторая доплачивает разницу. Всё ли понятно? Всего доброго!",
    ], TODAY)
    result = conv.score()
    assert not result["passed"], client_steps(conv)
    assert "right_authority" in result["gate_failures"]
    quotes = [m["quote"] for m in result["misinformation"]]
    assert any("Налогово-таможенный департамент" in q for q in quotes), result["misinformation"]


def test_difference_at_the_board_passes(library):
    conv = play_to_end(library, "family-finland-ru", [
        *_FINLAND,
        "Нет, деньги не пропадают: если в другой стране пособие выше, она может доплатить разницу. Этим занимается "
        "наш Департамент вместе с финским учреждением, налоговая тут ни при чём.",
        "Код в чат писать не нужно, мы его здесь не используем. Сумму спросите в среде самообслуживания.",
        "Итак: одна страна основная, вторая доплачивает разницу. Всё ли понятно? Всего доброго!",
    ], TODAY)
    result = conv.score()
    assert "right_authority" not in result["gate_failures"], result["gate_failures"]
    assert not result["misinformation"], result["misinformation"]
    assert "налогов" not in last_client_line(conv).lower()


@pytest.mark.parametrize("reply", [
    "Заявление на доплату разницы подаётся в Налогово-таможенный департамент.",
    "Разницу в пособиях оформляет налоговая, обращайтесь к ним.",
])
def test_mother_hears_the_tax_board_for_the_difference(library, reply):
    assert hears(library, "family-finland-ru", "tax_board_difference", reply, TODAY), reply


@pytest.mark.parametrize("reply", [
    "Доплату разницы оформляет наш Департамент, налоговая тут ни при чём.",
    "С вопросами о налогах обращайтесь в налоговую.",
    "Если пособие другой страны больше, она может доплатить разницу.",
    "Доплату разницы оформляет налоговая?",
])
def test_mother_does_not_hear_the_tax_board_in_tax_matters_or_a_denial(library, reply):
    assert not hears(library, "family-finland-ru", "tax_board_difference", reply, TODAY), reply


def test_mother_believes_the_tax_board_and_says_she_will_go_there(library):
    conv = play_to_end(library, "family-finland-ru", [
        *_FINLAND,
        "Нет, деньги не пропадают: если в другой стране пособие выше, она может доплатить разницу. Заявление на "
        "доплату разницы подаётся в Налогово-таможенный департамент.",
        "Код в чат писать не нужно, мы его здесь не используем. Сумму спросите в среде самообслуживания.",
        "Итак: одна страна основная, вторая доплачивает разницу. Всё ли понятно? Всего доброго!",
    ], TODAY)
    wrap = [t["text"] for t in conv.turns if t["role"] == "client" and t.get("step") == "wrap"][0]
    assert "в налоговую" in wrap, client_steps(conv)
    assert "спасибо" not in wrap
    assert any(m["id"] == "tax_board_difference" for m in conv.score()["misinformation"])
