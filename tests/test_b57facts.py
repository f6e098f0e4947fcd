"""New-user batch 57 (live57) wrong facts that passed, on sentences written for these tests.

1. assistive-device-rehab-ru wrong: the client sent with the doctor's paper to the Health Insurance Fund, which "issues
   and pays the walker, no need to go to a firm". A knowledge claim of ska-services.assistive_device_contracted_company
   (et, ru: Tervisekassa / Касса здоровья issuing, paying or giving the device, "za ходунками – в Кассу здоровья");
   the client believes it (misinformation kassa_device). Tervisekassa paying medical rehabilitation stays right, and
   so does a sentence giving the device to the company after "а" / "aga", or denying it.
2. child-at-risk-et wrong: "112 is only for injuries or fire, so there is no need to call it" to a neighbour of small
   children alone for days. A knowledge claim of the new fact crisis-and-safety.emergency_112_any_danger (et, ru): 112
   narrowed to injuries, fire or accidents, or the caller told not to call it / that it is not needed; the neighbour
   believes it (misinformation dismissed_112). "Helistage kohe 112", "112 ainult hädaolukorras", «не ждите, звоните
   112» stay right.
3. foreign-no-code-ru wrong: «войти ... по номеру украинского паспорта и паролю, который мы пришлём Вам по SMS». The
   login claims of contact-points.self_service_login were literal phrases («с паролем», «по паролю войти», «логином и
   паролем») and a bank regex; webchat-code-ru wrong («войти можно просто с личным кодом и паролем, который Вам
   пришлют на электронную почту») was caught only by the e-mail rule of personal-data. Now a login verb with any other
   means in its clause (a password, an SMS code, a passport, an e-mail link; et and ru, either order) is the claim,
   unless the clause gives one of the three means first («с Mobiil-ID: придёт код»); after «без ID-карты» it still
   counts. The client believes it (misinformation other_login).
"""

from __future__ import annotations

import pytest
from scoring_support import scenario_criterion, wrong_claim_refs

from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library

DEVICE = "ska-services.assistive_device_contracted_company"
E112 = "crisis-and-safety.emergency_112_any_danger"
LOGIN = "contact-points.self_service_login"


@pytest.fixture(scope="module")
def library():
    return load_library()


def _gated(verdict: dict) -> bool:
    return verdict["result"] == "fail" and bool(verdict.get("gate_failed")) and bool(verdict.get("misinforms"))


def _misinformed(conv):
    return [m["id"] for m in conv.state.get("misinformed", [])]


# -- 1. the walker from Tervisekassa ---------------------------------------------------------------------------------

DEVICE_WRONG = [
    ("Со справкой врача идите в Кассу здоровья, там Вам выдадут ходунки.", "ru"),
    ("Ходунки оплачивает Касса здоровья, в фирму обращаться не нужно.", "ru"),
    ("Вспомогательные средства выдаёт Tervisekassa по справке врача.", "ru"),
    ("Обратитесь в Кассу здоровья за ходунками, справку возьмите с собой.", "ru"),
    ("С этой бумагой – в Кассу здоровья (Tervisekassa): коляску предоставляет именно она.", "ru"),
    ("Arsti tõendiga pöörduge Tervisekassasse, sealt saate rulaatori.", "et"),
    ("Rulaatori väljastab ja maksab Tervisekassa.", "et"),
    ("Abivahendi saate Tervisekassast, kui arst on tõendi välja kirjutanud.", "et"),
    ("Tervisekassa hüvitab Teile ratastooli täies ulatuses.", "et"),
]
DEVICE_RIGHT = [
    ("Восстановительное лечение оплачивает Касса здоровья, а ходунки – фирма по договору с Департаментом.", "ru"),
    ("Касса здоровья ходунки не выдаёт: со справкой идите в фирму, у которой договор с Департаментом.", "ru"),
    ("Ходунки оплачивает не Касса здоровья, а частично государство через фирму с договором.", "ru"),
    ("На восстановительное лечение направляет врач, оплачивает Касса здоровья; за ходунками – в фирму с договором.", "ru"),
    ("Касса здоровья оплачивает физиотерапию, а ходунки Вы получите в фирме с договором.", "ru"),
    ("Коляску и костыли выдаёт фирма, а лечение оплачивает Касса здоровья.", "ru"),
    ("Касса здоровья оплачивает восстановительное лечение. Ходунки Вы получите в фирме с договором.", "ru"),
    ("Taastusravi eest tasub Tervisekassa, aga rulaatori saate lepinguga ettevõttest.", "et"),
    ("Tervisekassa rulaatorit ei väljasta, selleks minge Sotsiaalkindlustusametiga lepingu sõlminud ettevõttesse.", "et"),
    ("Rulaatori saamiseks on vaja arsti tõendit; füsioteraapia eest tasub Tervisekassa.", "et"),
    ("Tervisekassa tasub taastusravi eest. Rulaatori saate lepingupartnerist ettevõttest.", "et"),
]


@pytest.mark.parametrize("sentence,lang", DEVICE_WRONG)
def test_device_from_tervisekassa_is_a_claim(library, sentence, lang):
    assert DEVICE in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("sentence,lang", DEVICE_RIGHT)
def test_device_right_path_is_no_claim(library, sentence, lang):  # must-not
    assert DEVICE not in wrong_claim_refs(library, sentence, lang)


WALKER_RU = [
    "Здравствуйте! Департамент социального страхования, меня зовут Анна. Чем могу помочь?",
    "Сочувствую, после операции это непросто. Уточню: ходунки нужны Вам самому? Врач уже выписал справку о "
    "потребности во вспомогательном средстве?",
    "Сначала врач выписывает справку о потребности во вспомогательном средстве. Потом со справкой идите в Кассу "
    "здоровья – ходунки Вам выдаст она, в магазин ходить не придётся. Понятно?",
    "Ещё раз: со справкой – в Кассу здоровья, ходунки оплачивает Касса здоровья. Упражнения назначает врач.",
    "Итак: справка врача и Касса здоровья. Ответила ли я на Ваш вопрос? Спасибо за звонок, всего доброго!",
]


def test_walker_from_kassa_fails_and_is_believed(library):
    conv = play_answers(library.get("assistive-device-rehab-ru"), library, WALKER_RU, seed=1)
    result = conv.score()
    assert not result["passed"]
    assert "knowledge_values" in result["gate_failures"]
    assert "kassa_device" in _misinformed(conv)


# -- 2. 112 "only for injuries or fire" ------------------------------------------------------------------------------

E112_WRONG = [
    ("112 on mõeldud ainult vigastuste ja tulekahjude jaoks, seega praegu pole vaja sinna helistada.", "et"),
    ("Hädaabinumbrile helistatakse üksnes siis, kui keegi on viga saanud või maja põleb.", "et"),
    ("Ärge helistage 112-le, lapsed ei ole vigastatud.", "et"),
    ("Kuna keegi pole vigastatud, pole vaja 112-le helistada.", "et"),
    ("Ainult tulekahju või õnnetuse korral helistatakse 112.", "et"),
    ("112 pole siin vaja, helistage lasteabisse.", "et"),
    ("Номер 112 только для пожаров и травм, так что туда звонить не нужно.", "ru"),
    ("Звонить 112 не нужно: дети же не ранены.", "ru"),
    ("Экстренная помощь 112 – лишь при несчастном случае или пожаре.", "ru"),
    ("Не звоните в 112, лучше позвоните на телефон помощи детям.", "ru"),
    ("112 здесь не нужен, звоните на телефон помощи детям.", "ru"),
]
E112_RIGHT = [
    ("Helistage kohe 112, see on otsene oht.", "et"),
    ("helistage kohe 112", "et"),
    ("112 on ainult hädaolukordadeks, aga väikesed lapsed üksi kodus on hädaolukord.", "et"),
    ("Ärge oodake, helistage kohe hädaabinumbrile 112.", "et"),
    ("Ärge kartke 112-le helistada.", "et"),
    ("Hädaabinumbrile ei pea helistama ainult tulekahju korral: ka lapsed üksi kodus on oht.", "et"),
    ("112 ei ole mitte ainult vigastuste jaoks, vaid iga otsese ohu korral.", "et"),
    ("Kas Te olete juba 112 helistanud?", "et"),
    ("Сразу звоните 112, дети в опасности.", "ru"),
    ("112 – не только при пожаре или травме, но и когда дети одни без помощи.", "ru"),
    ("Не ждите, звоните 112.", "ru"),
    ("Звонить 112 не стыдно, это их работа.", "ru"),
    ("Не нужно ждать – звоните 112 прямо сейчас.", "ru"),
    ("112 только при непосредственной опасности, например если он угрожает Вам.", "ru"),
]


@pytest.mark.parametrize("sentence,lang", E112_WRONG)
def test_112_dismissed_is_a_claim(library, sentence, lang):
    assert E112 in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("sentence,lang", E112_RIGHT)
def test_112_urged_is_no_claim(library, sentence, lang):  # must-not
    assert E112 not in wrong_claim_refs(library, sentence, lang)


def test_112_dismissed_gate_et(library):
    reply = "Hädaabinumber on vaid tulekahjude ja õnnetuste jaoks. Teatage lastest lasteabi telefonile 116 111."
    assert _gated(scenario_criterion(library, "child-at-risk-et", "knowledge_values", reply))


def test_112_dismissed_gate_ru(library):
    reply = "Звонить 112 не нужно, позвоните лучше на телефон помощи жертвам 116 006."
    assert _gated(scenario_criterion(library, "crisis-violence-ru", "knowledge_values", reply))


NEIGHBOUR_ET = [
    "Tere! Sotsiaalkindlustusamet, Mari kuuleb. Kuidas saan Teid aidata?",
    "Aitäh, et helistasite. Kas lapsed on praegu üksi?",
    "Hästi, et neile süüa andsite. 112-le pole vaja helistada, seda kasutatakse vigastuste korral. Teatage lastest "
    "lasteabi telefonile 116 111, see on meie ameti teenus.",
    "Kokkuvõtteks: lasteabi 116 111. Aitäh, et hoolisite! Kõike head!",
]


def test_neighbour_believes_112_not_needed(library):
    conv = play_answers(library.get("child-at-risk-et"), library, NEIGHBOUR_ET, seed=1)
    result = conv.score()
    assert not result["passed"]
    assert "knowledge_values" in result["gate_failures"]
    assert "dismissed_112" in _misinformed(conv)


# -- 3. self-service entered with a password, an SMS code or a passport ----------------------------------------------

LOGIN_WRONG = [
    ("В среду самообслуживания можно войти и без ID-карты: по номеру паспорта и паролю из SMS.", "ru"),
    ("Решение есть в среде самообслуживания. Зайти туда можно с паролем, который придёт Вам на телефон.", "ru"),
    ("Решение есть в среде самообслуживания. Войдёте по ссылке из письма, которое мы отправим на e-mail.", "ru"),
    ("Решение есть в среде самообслуживания. Войти туда можно просто личным кодом и паролем.", "ru"),
    ("В самообслуживание можно войти через электронную почту.", "ru"),
    ("Решение видно в самообслуживании. По номеру паспорта войти туда тоже можно.", "ru"),
    ("Решение есть в среде самообслуживания, вход по SMS-коду.", "ru"),
    ("Решение видно в самообслуживании. Войти можно и без Mobiil-ID: с паролем.", "ru"),
    ("Otsust näete iseteeninduses. Sisse saate logida ka passi numbri ja SMS-iga saadetud parooliga.", "et"),
    ("Iseteenindusse saab sisse logida e-posti teel saadetud lingiga.", "et"),
    ("Otsust näete iseteeninduses. Parooliga saate sinna sisse logida ka ilma ID-kaardita.", "et"),
    ("Iseteenindusse logite sisse oma isikukoodi ja salasõnaga.", "et"),
    ("Iseteenindusse saab ka ilma Smart-ID-ta: sisse logite parooliga.", "et"),
]
LOGIN_RIGHT = [
    ("Войти в среду самообслуживания можно с ID-картой, Mobiil-ID или Smart-ID.", "ru"),
    ("войти можно с ID-картой, Mobiil-ID или Smart-ID", "ru"),
    ("В среду самообслуживания войти по паролю нельзя: только с ID-картой, Mobiil-ID или Smart-ID.", "ru"),
    ("Пароль или SMS-код для входа в самообслуживание не подходят.", "ru"),
    ("Если войти в самообслуживание не получится, приходите в бюро обслуживания с паспортом.", "ru"),
    ("Войдите в среду самообслуживания и проверьте, указан ли там Ваш e-mail.", "ru"),
    ("В самообслуживание войти с карточкой вида на жительство можно: это тоже ID-карта.", "ru"),
    ("Войти в среду самообслуживания можно с Mobiil-ID: на телефон придёт контрольный код, введите PIN-код.", "ru"),
    ("Решение придёт письмом, а в самообслуживание войти без ID-карты, Mobiil-ID или Smart-ID не получится.", "ru"),
    ("Войдите в самообслуживание с ID-картой, её выдают по паспорту.", "ru"),
    ("Iseteenindusse saab sisse logida ID-kaardi, mobiil-ID või Smart-ID-ga.", "et"),
    ("Parooliga sisse ei saa, ainult ID-kaardi, mobiil-ID või Smart-ID-ga.", "et"),
    ("Logige iseteenindusse sisse ja kontrollige, kas Teie e-posti aadress on õige.", "et"),
    ("Kui iseteenindusse sisse ei saa, tulge klienditeenindusse passiga.", "et"),
    ("Iseteenindusse saab sisse ka elamisloakaardiga, see on samuti ID-kaart.", "et"),
]


@pytest.mark.parametrize("sentence,lang", LOGIN_WRONG)
def test_other_login_means_is_a_claim(library, sentence, lang):
    assert LOGIN in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("sentence,lang", LOGIN_RIGHT)
def test_three_login_means_is_no_claim(library, sentence, lang):  # must-not
    assert LOGIN not in wrong_claim_refs(library, sentence, lang)


def test_password_login_gate_ru(library):
    reply = ("Решение можно посмотреть в среде самообслуживания. Войти туда можно и без ID-карты – с паролем, "
             "который придёт по SMS.")
    assert _gated(scenario_criterion(library, "foreign-no-code-ru", "knowledge_values", reply))


def test_password_login_gate_et(library):
    reply = "Konto andmed saate muuta iseteeninduses. Sinna logite sisse isikukoodi ja parooliga."
    assert _gated(scenario_criterion(library, "moving-abroad-account-et", "knowledge_values", reply))


def test_personal_code_and_password_is_a_login_claim_ru(library):
    # webchat-code-ru wrong is now read as a login claim too, not only by the e-mail rule of personal-data
    reply = ("Напишите в среду самообслуживания. Войти можно просто с личным кодом и паролем, который Вам пришлют "
             "после регистрации на сайте.")
    assert LOGIN in wrong_claim_refs(library, reply, "ru")
