"""New-user batches 77 and 78 wrong facts that passed at first sight (issue #10), on sentences written for these tests.

1. live77 webchat-code-ru wrong: after the three right login means, an alternative offered to those who have none of
   them («..., а если их нет – по коду и паролю»). The truth (ska-facts, contact points;
   contact-points.self_service_login): ID-card, Mobile-ID, Smart-ID only. The claims stopped at «нет» / "pole" (a
   negation word) and after the three means. A claim of self_service_login (et, ru): a login sentence whose condition
   "if you have none of them" / "without them" ("kui neid pole", "ilma nendeta", «если их нет», «без них») is followed
   by a password, a code, an SMS, a passport or the bank as the means. The denial after it («по паролю войти нельзя»,
   "parooliga sisse ei saa"), another action (come to the bureau with a passport, call 16106, order a Mobiil-ID) stay
   right.
2. live78 living-alone-chat-et wrong: the pension limit of the allowance for a pensioner living alone said with another
   multiplier ("alla 1,5 korra keskmise vanaduspensioni"). The truth (ska-facts 8, pensioner-living-alone.conditions):
   below 1.2 times the average old-age pension. The existing claims only read a limit with no factor; a factor other
   than 1,2 (digits or words: "poolteist korda", «полтора раза», «в 1,5 раза», "kahekordne") before the average is now
   a claim of `conditions` (et, ru). 1,2 in any of its forms stays right.
"""

from __future__ import annotations

import pytest
from scoring_support import wrong_claim_refs

from trainer.simulation.library import load_library

LOGIN = "contact-points.self_service_login"
LIMIT = "pensioner-living-alone.conditions"


@pytest.fixture(scope="module")
def library():
    return load_library()


LOGIN_WRONG = [
    ("Iseteenindusse saate sisse logida ID-kaardi, Mobiil-ID või Smart-ID-ga, aga kui neid pole, siis ka isikukoodi "
     "ja parooliga.", "et"),
    ("Iseteenindusse saab siseneda ID-kaardiga või Smart-ID-ga, ilma nendeta aga lihtsalt parooliga, mille saate "
     "meie lehelt.", "et"),
    ("Iseteenindusse pääseb ID-kaardi, Mobiil-ID või Smart-ID-ga, kui Teil neid ei ole, saab sisse ka pangalingiga.", "et"),
    ("Iseteeninduses näete kõike. Sisse logite ID-kaardiga, kui Teil seda pole, siis SMS-koodiga.", "et"),
    ("Зайти в среду самообслуживания можно с ID-картой, Mobiil-ID или Smart-ID, а если у Вас их нет, то по личному "
     "коду и паролю.", "ru"),
    ("Войти в среду самообслуживания можно с ID-картой, Mobiil-ID или Smart-ID, а без них – через интернет-банк.", "ru"),
    ("В среду самообслуживания входят с ID-картой или Smart-ID, а если их нет, просто по паролю, который пришлют "
     "на почту.", "ru"),
    ("Всё видно в среде самообслуживания. Войти туда можно со Smart-ID, если его нет – с кодом из SMS.", "ru"),
]
LOGIN_RIGHT = [
    ("Iseteenindusse saab siseneda ID-kaardi, Mobiil-ID või Smart-ID-ga, kui neid pole, siis parooliga sisse ei "
     "saa – helistage 16106.", "et"),
    ("Iseteenindusse saab siseneda ID-kaardi, Mobiil-ID või Smart-ID-ga – ilma nendeta parooliga sisse ei saa.", "et"),
    ("Iseteenindusse saab siseneda ID-kaardi, Mobiil-ID või Smart-ID-ga, kui neid pole, tulge passiga "
     "klienditeenindusse.", "et"),
    ("Iseteenindusse saab sisse ID-kaardi, Mobiil-ID või Smart-ID-ga, kui Teil neid pole, helistage 16106 ja "
     "öelge isikukood pärast tuvastamist.", "et"),
    ("Iseteenindusse saab sisse ainult ID-kaardiga; kui ID-kaarti pole, saab sisse Mobiil-ID või Smart-ID-ga.", "et"),
    ("Kui Teil neid pole, kas parooliga sisse saab?", "et"),
    ("Войти в среду самообслуживания можно только с ID-картой, Mobiil-ID или Smart-ID, а если их нет – по паролю "
     "войти нельзя, позвоните на 16106.", "ru"),
    ("Войти в самообслуживание можно с ID-картой, Mobiil-ID или Smart-ID; если их нет – через банк или по паролю "
     "войти нельзя.", "ru"),
    ("Войти в самообслуживание можно с ID-картой, Mobiil-ID или Smart-ID, если их нет – через банк или по паролю "
     "войти нельзя.", "ru"),
    ("В среду самообслуживания входят с ID-картой, Mobiil-ID или Smart-ID, а если их нет, приходите в бюро "
     "обслуживания с паспортом.", "ru"),
    ("Войти в самообслуживание можно с ID-картой или Smart-ID, а если их нет, позвоните на 16106 с личным кодом "
     "под рукой.", "ru"),
    ("Войти в самообслуживание можно с ID-картой, Mobiil-ID или Smart-ID, а если их нет, Mobiil-ID можно "
     "оформить у оператора связи.", "ru"),
]


@pytest.mark.parametrize("sentence,lang", LOGIN_WRONG)
def test_login_for_those_without_the_three_means_is_a_claim(library, sentence, lang):
    assert LOGIN in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("sentence,lang", LOGIN_RIGHT)
def test_login_denials_and_other_actions_stay_right(library, sentence, lang):  # must-not
    assert LOGIN not in wrong_claim_refs(library, sentence, lang)


LIMIT_WRONG = [
    ("Toetust saate, kui elate üksi ja Teie netopension jääb alla 1,5 korra keskmise vanaduspensioni.", "et"),
    ("Üksi elava pensionäri toetust saab, kui pension on väiksem kui 1,5-kordne keskmine vanaduspension.", "et"),
    ("Üksi elava pensionäri toetuse tingimus on, et pension ei ületa poolteist korda keskmist vanaduspensioni.", "et"),
    ("Kui elate üksi, peab Teie pension olema alla pooleteise keskmise pensioni.", "et"),
    ("Üksi elava pensionäri toetust saab, kui pension on alla kahekordse keskmise vanaduspensioni.", "et"),
    ("Пособие одиноко проживающему пенсионеру получают, если пенсия меньше полутора средних пенсий по старости.", "ru"),
    ("Если Вы живёте одна, пособие положено, когда пенсия не превышает среднюю по старости больше чем в 1,5 раза.",
     "ru"),
    ("Пособие одиноко проживающему пенсионеру платят, если пенсия не превышает 1,5-кратную среднюю пенсию.", "ru"),
    ("Одиноко проживающий пенсионер получает пособие, если его пенсия меньше полуторакратной средней пенсии.", "ru"),
    ("Пособие одиноко проживающему пенсионеру назначают, если пенсия меньше чем в полтора раза превышает среднюю.", "ru"),
]
LIMIT_RIGHT = [
    ("Toetust saate, kui elate üksi ja Teie netopension jääb alla 1,2 korra keskmise vanaduspensioni.", "et"),
    ("Üksi elava pensionäri toetust saab, kui pension on väiksem kui 1,2-kordne keskmine vanaduspension.", "et"),
    ("Üksi elava pensionäri toetust saab, kui pension on alla 1,2-kordse keskmise vanaduspensioni ehk umbes "
     "1030 euro.", "et"),
    ("Kui elate üksi, peab pension olema väiksem kui üks koma kaks korda keskmine vanaduspension.", "et"),
    ("Üksi elava pensionäri toetuse piir ei ole 1,5-kordne keskmine pension, vaid 1,2-kordne.", "et"),
    ("Kas üksi elava pensionäri toetuse piir on 1,5 korda keskmine pension?", "et"),
    ("Пособие одиноко проживающему пенсионеру получают, если пенсия меньше 1,2-кратной средней пенсии по старости.",
     "ru"),
    ("Если Вы живёте одна, пособие положено, когда пенсия меньше средней по старости, умноженной на 1,2, то есть "
     "около 1030 евро.", "ru"),
    ("Одиноко проживающий пенсионер получает пособие, если его пенсия не больше чем в 1,2 раза выше средней.", "ru"),
    ("Пособие одиноко проживающему пенсионеру – 200 евро в год, его платят вместе с октябрьской пенсией.", "ru"),
]


@pytest.mark.parametrize("sentence,lang", LIMIT_WRONG)
def test_wrong_multiplier_of_the_average_is_a_claim(library, sentence, lang):
    assert LIMIT in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("sentence,lang", LIMIT_RIGHT)
def test_right_multiplier_stays_right(library, sentence, lang):  # must-not
    assert LIMIT not in wrong_claim_refs(library, sentence, lang)
