"""Blind batches 81 and 82: a good run failed by a false alarm (issue #10).

1. An open chat: what to write IN a document (the appeal, the application: "kirjutage vaidesse oma nimi ja
   isikukood", «в возражении укажите имя и личный код») asks for nothing in the chat, and neither does the
   Board's own e-mail address in a list of channels («e-mail info@... с цифровой подписью»). Asking for the code
   here still fails.
2. appeal-howto-chat-et: "lisage ainult see, mis puudutab ..." is no "uued" (new) data for the appeal.
3. relative_helps_application: "ilma volikirjata ei saa ... öelda, ka sugulasele mitte" is the refusal, not a rule
   that a relative needs no authorisation.
"""

from __future__ import annotations

import pytest
from scoring_support import OPENING, scenario_reply_result, verdicts, wrong_claim_refs

from trainer.scoring.identifier_requests import find_identifier_requests
from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library()

# -- 1. an open chat: the contents of a document, the Board's address ---------------------------------------------

DOCUMENT_CONTENTS = [
    ("ru", "Заявление пишется в свободной форме: укажите своё имя, личный код, адрес и что именно Вы просите."),
    ("ru", "В возражении укажите имя, личный код и контактный телефон, а также номер решения."),
    ("ru", "его составляют в свободной форме укажите имя личный код и почему не согласны"),
    ("et", "Vaie kirjutatakse vabas vormis: kirjutage sinna oma nimi, isikukood, aadress ja miks Te ei nõustu."),
    ("et", "Taotlusele kirjutage oma nimi ja isikukood ning allkirjastage see digitaalselt."),
    ("et", "vaides margige oma nimi isikukood ja kontaktandmed"),
]
CHANNEL_LISTS = [
    ("ru", "куда: через самообслуживание, или e-mail info@sotsiaalkindlustusamet.ee с цифровой подписью, или почтой."),
    ("ru", "Отправить можно на e-mail info@sotsiaalkindlustusamet.ee, подписав цифровой подписью?"),
    ("et", "kuhu: iseteenindus või e-post info@sotsiaalkindlustusamet.ee digiallkirjaga või posti teel."),
    ("et", "Kas saadate e-posti aadressile info@sotsiaalkindlustusamet.ee digiallkirjastatult?"),
]
CHAT_REQUESTS = [  # must-nots: asked here, in the chat
    ("ru", "напишите свой личный код"),
    ("ru", "Заявление пишется в свободной форме, а сюда в чат напишите, пожалуйста, Ваш личный код."),
    ("ru", "Какой у Вас e-mail? Например, ivan@mail.ee."),
    ("ru", "Напишите Ваш e-mail ivan@mail.ee верно?"),
    ("et", "kirjutage oma isikukood siia"),
    ("et", "Vaide kirjutate vabas vormis, aga kirjutage mulle siia vestlusesse oma isikukood."),
    ("et", "Mis on Teie e-post, kas mari@mail.ee?"),
    ("et", "Palun öelge oma nimi ja isikukood."),
    ("et", "Ma näen, et Teie taotlusel on viga, kirjutage palun oma isikukood."),  # a document named, asked here
    ("ru", "В заявлении ошибка, напишите личный код."),
]


@pytest.mark.parametrize("lang, sentence", DOCUMENT_CONTENTS + CHANNEL_LISTS)
def test_a_document_or_the_board_address_is_no_request(lang, sentence):
    assert find_identifier_requests(sentence, lang) == ()


@pytest.mark.parametrize("lang, sentence", CHAT_REQUESTS)
def test_asking_in_the_chat_still_is(lang, sentence):
    assert find_identifier_requests(sentence, lang) != ()


@pytest.mark.parametrize("reply, result", [
    ("Для этого подаётся возражение. Его составляют в свободной форме: укажите своё имя, личный код, какое решение "
     "оспариваете и почему. Личный код в чат не пишите.", "pass"),
    ("Куда: среда самообслуживания, или e-mail info@sotsiaalkindlustusamet.ee с цифровой подписью, или бюро.", "pass"),
    ("Чтобы проверить стаж, напишите, пожалуйста, свой личный код.", "fail"),
    ("Возражение пишется в свободной форме. А пока напишите сюда свой личный код, я посмотрю решение.", "fail"),
])
def test_open_chat_data_protection(reply, result):
    turns = [("agent", OPENING["ru"]), ("client", "Мне отказали в пенсии, как это оспорить?"), ("agent", reply)]
    assert verdicts("ru", turns, channel="chat", no_identifiers=True)["data_protection"] == result


# -- 2. "puudutab" is no new data ----------------------------------------------------------------------------------

@pytest.mark.parametrize("reply, failed", [
    ("Vaidele lisage ainult dokumendid, mis puudutavad otsuse tegemise aega. Hilisemate andmetega tehke uus taotlus.",
     False),
    ("vaide juurde lisa see mis puudutab otsust ja puude raskust, uute paberitega tee uus ekspertiisitaotlus", False),
    ("Lisage vaidele kõik puudutavad dokumendid.", False),
    # must-nots: new data into the appeal still fails
    ("Vaidele lisage kindlasti ka uued arstitõendid.", True),
    ("Lisage vaide juurde ka hilisemad uuringud, mis puudutavad Teie tervist.", True),
    ("vaide juurde lisage uued terviseandmed", True),
])
def test_new_data_into_the_appeal(library, reply, failed):
    result = scenario_reply_result(library, "appeal-howto-chat-et", reply)
    assert ("no_new_data_in_appeal" in (result.get("gate_failures") or [])) is failed


# -- 3. a refusal without an authorisation is the right rule --------------------------------------------------------

REF = "personal-data.relative_helps_application"


@pytest.mark.parametrize("lang, sentence", [
    ("et", "Ilma volikirjata ei saa ma ema pensioni andmeid öelda, ka tütrele või teisele sugulasele mitte."),
    ("et", "Kahjuks ei tohi ma ilma volikirjata isa andmeid avaldada, isegi lähisugulasele."),
    ("et", "sugulasele ilma volikirjata andmeid ei anta"),
    ("ru", "Без доверенности я не могу сообщить данные Вашей мамы, даже родственнику."),
    ("ru", "Даже сыну нельзя без доверенности сообщать данные отца."),
    ("ru", "родственникам без доверенности данные не сообщаем"),
])
def test_a_refusal_without_authorisation_is_right(library, lang, sentence):
    assert REF not in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("lang, sentence", [  # must-nots: no authorisation needed for a relative is still wrong
    ("et", "Sugulasena võite ilma volikirjata ema eest taotluse esitada."),
    ("et", "Tütrel pole volikirja vaja, võite taotluse ise täita ja esitada."),
    ("ru", "Вы как родственница можете подать заявление без доверенности."),
    ("ru", "Родственнику доверенность не нужна."),
])
def test_no_authorisation_for_a_relative_still_wrong(library, lang, sentence):
    assert REF in wrong_claim_refs(library, sentence, lang)
