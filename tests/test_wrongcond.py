"""Two classes of wrong facts that passed blind runs (new-user batches 81 and 82, issue #10): the self-service entered
by another means than the ID card, Mobiil-ID or Smart-ID (another country's app such as Diia, a passport number, an
e-mail code), and an invented waiting period or minimum condition on the other country's family-benefit difference.
Sentences are our own; the must-nots keep the right means, a denied wrong means and true minimum periods passing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from scoring_support import scenario_reply_result, wrong_claim_refs  # noqa: E402

from trainer.simulation.library import Library  # noqa: E402

LIB = Library.load(Path(__file__).parent.parent)
LOGIN = "contact-points.self_service_login"
DIFFERENCE = "cross-border.primary_country"

SELF_SERVICE = {"et": "Otsuseid näete iseteeninduses. ", "ru": "Решения Вы увидите в среде самообслуживания. "}

WRONG_LOGIN = [
    ("ru", "Зайти туда можно и без эстонской карты, например с помощью украинского приложения Дія."),
    ("ru", "Войти можно с ID-картой, Mobiil-ID, Smart-ID, а ещё через приложение Diia."),
    ("ru", "Зайти туда можно без эстонских документов – достаточно ввести номер загранпаспорта."),
    ("ru", "Войти получится и через Госуслуги или любое другое приложение на телефоне"),
    ("ru", "вход возможен тоже кодом который придет вам на электронную почту"),
    ("ru", "войдите туда просто кодом из письма на почте"),
    ("et", "Sisse saab logida ka Ukraina Diia äpiga, Eesti dokumente pole vaja."),
    ("et", "Sisse logida saab ID-kaardi, Mobiil-ID ja Smart-ID-ga või ka lihtsalt mõne muu mobiilirakendusega."),
    ("et", "Diia rakendusega saate samuti sisse logida."),
    ("et", "sisse logite nii et kirjutate oma Ukraina passi numbri ja koodi e-kirjast"),
    ("et", "Sisse pääsete ka e-posti koodiga, mis tuleb teie meilile."),
    ("et", "Sisse saab logida ka passinumbriga ja e-posti koodiga."),
]

# the e-service "on our website" is where it is, not another subject: the login sentence after it still speaks of it
ON_OUR_SITE = [
    ("ru", "Письма Вы найдёте в среде самообслуживания на нашем сайте. Зайти туда можно через приложение Дія."),
    ("et", "Kirjad leiate iseteenindusest meie kodulehel. Sinna saab sisse logida ka Diia äpiga."),
]

RIGHT_LOGIN = [
    ("ru", "Войти можно только с ID-картой, Mobiil-ID или Smart-ID; приложение Дія для этого не подходит."),
    ("ru", "Войти можно со Smart-ID: скачайте приложение Smart-ID на телефон."),
    ("ru", "Войти можно с картой вида на жительство, Mobiil-ID или через приложение Smart-ID."),
    ("ru", "Через Дію или по номеру паспорта войти нельзя, только с ID-картой, Mobiil-ID или Smart-ID."),
    ("ru", "Если войти не получится, приходите в бюро обслуживания с паспортом."),
    ("ru", "Войти можно с ID-картой, а с украинским паспортом приходите в бюро обслуживания."),
    ("et", "Sisse saab logida ainult ID-kaardi, Mobiil-ID või Smart-ID-ga, Diia ei sobi."),
    ("et", "Sisse logite Smart-ID äpiga, selle saab telefoni alla laadida."),
    ("et", "Sisse logida saab elamisloakaardi või Smart-ID rakendusega."),
    ("et", "Diia rakendusega ega passinumbriga sisse ei saa."),
    ("et", "Kui sisse ei saa, tulge passiga klienditeenindusse."),
    ("ru", "Для входа с ID-картой нужны PIN-коды из письма, которое пришло вместе с картой."),
    ("ru", "Войти можно с Mobiil-ID или Smart-ID, а индийский паспорт тут не нужен."),
]


@pytest.mark.parametrize("lang, sentence", WRONG_LOGIN)
def test_other_login_means_is_wrong(lang, sentence):
    assert LOGIN in wrong_claim_refs(LIB, SELF_SERVICE[lang] + sentence, lang)


@pytest.mark.parametrize("lang, text", ON_OUR_SITE)
def test_login_after_our_website_is_read(lang, text):
    assert LOGIN in wrong_claim_refs(LIB, text, lang)


@pytest.mark.parametrize("lang, sentence", RIGHT_LOGIN)
def test_right_or_denied_login_means_stays_right(lang, sentence):
    assert LOGIN not in wrong_claim_refs(LIB, SELF_SERVICE[lang] + sentence, lang)


WRONG_CONDITION = [
    ("ru", "Финляндия доплатит разницу, но лишь через полгода работы мужа там."),
    ("ru", "Разницу Финляндия начнёт доплачивать только после того, как муж отработает там хотя бы год."),
    ("ru", "Доплату разницы получите не раньше чем через 6 месяцев его работы в Финляндии."),
    ("ru", "другая страна доплачивает разницу только если отец проработал там минимум 24 месяца"),
    ("ru", "Вторая страна доплатит разницу после двух лет его работы там."),
    ("et", "Soome maksab vahe alles pärast seda, kui abikaasa on seal vähemalt 12 kuud töötanud."),
    ("et", "Vahet makstakse ainult siis kui isa on Soomes töötanud üle aasta"),
    ("et", "Teine riik maksab vahe alles poole aasta möödudes."),
    ("et", "Vahe maksmine algab Soomes alles pärast kuut kuud tööd."),
]

RIGHT_CONDITION = [
    ("ru", "Финляндия может доплатить разницу, если её пособие больше."),
    ("ru", "Разницу может доплатить Финляндия; решение по заявлению принимают в течение нескольких месяцев."),
    ("ru", "Доплата разницы назначается с того месяца, с которого есть право, до 12 месяцев назад."),
    ("ru", "Разницу доплачивают, пока муж работает в Финляндии."),
    ("et", "Soome võib maksta vahe, kui tema toetus on suurem."),
    ("et", "Vahe maksab teine riik, kui seal makstav toetus on suurem; see ei sõltu tööaja pikkusest."),
    ("et", "Vahet makstakse seni, kuni isa Soomes töötab."),
    ("ru", "Разницу доплачивают только если пособие Финляндии больше, а решение принимают в течение 2 месяцев."),
    ("et", "Vahe maksab Soome ainult siis, kui tema toetus on suurem, ja otsus tuleb umbes kuu ajaga."),
]


@pytest.mark.parametrize("lang, sentence", WRONG_CONDITION)
def test_invented_waiting_period_on_difference_is_wrong(lang, sentence):
    assert DIFFERENCE in wrong_claim_refs(LIB, sentence, lang)


@pytest.mark.parametrize("lang, sentence", RIGHT_CONDITION)
def test_true_difference_rule_stays_right(lang, sentence):
    assert DIFFERENCE not in wrong_claim_refs(LIB, sentence, lang)


# true minimum periods of pensions abroad stay right
TRUE_MINIMUM = [
    ("ru", "Финляндия платит свою пенсию, если Вы были там застрахованы хотя бы один год."),
    ("ru", "Каждая страна, где Вы были застрахованы не меньше года, платит свою часть пенсии."),
    ("et", "Soome maksab oma pensioni, kui olete seal olnud kindlustatud vähemalt 1 aasta."),
    ("et", "Eesti pensioni makstakse kolmandasse riiki ainult siis, kui Eesti staaži on vähemalt 15 aastat."),
    # after a sentence on the difference up to the national pension (the "difference" topic named just before)
    ("ru", "Если пенсии вместе меньше народной, можно попросить разницу. Финляндия платит свою пенсию, "
           "только если Вы были там застрахованы хотя бы год."),
    ("et", "Kui pensionid kokku jäävad alla rahvapensioni, saab taotleda vahet. Soome maksab seal oma pensioni "
           "ainult siis, kui olite seal kindlustatud vähemalt aasta."),
]


@pytest.mark.parametrize("lang, sentence", TRUE_MINIMUM)
def test_true_minimum_periods_stay_right(lang, sentence):
    assert not wrong_claim_refs(LIB, sentence, lang)


# the same classes in other scenarios where they apply: the knowledge_values gate reads them in each
IN_SCENARIOS = [
    ("webchat-code-ru", "Размер пенсии увидите в среде самообслуживания. Войти туда можно через приложение Дія.", True),
    ("pension-abroad-proof-ru", "Справку можно загрузить в среде самообслуживания. Войти туда можно по номеру паспорта.", True),
    ("moving-abroad-account-et", "Uue konto sisestate iseteeninduses. Sisse saate logida ka mõne muu rakendusega.", True),
    ("national-pension-chat-et", "Soome maksab oma pensioni alles siis, kui olete seal töötanud vähemalt 5 aastat.", True),
    ("webchat-code-ru", "Размер пенсии увидите в среде самообслуживания, войти можно с ID-картой, Mobiil-ID или Smart-ID.", False),
    ("foreign-eu-pension-ru", "Финляндия платит свою пенсию, если Вы были там застрахованы хотя бы год.", False),
    ("national-pension-chat-et", "Soome maksab oma pensioni, kui olete seal olnud kindlustatud vähemalt 1 aasta.", False),
]


@pytest.mark.parametrize("scenario, reply, wrong", IN_SCENARIOS)
def test_classes_in_other_scenarios(scenario, reply, wrong):
    result = scenario_reply_result(LIB, scenario, reply)
    verdict = {c["id"]: c["result"] for c in result["criteria"]}.get("knowledge_values")
    assert (verdict == "fail") is wrong
