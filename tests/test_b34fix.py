"""New-user batch 34 (live34, authors j8 and k8): the scorer fixes, on sentences written for these tests.

1. a relative's oral consent by phone said to be enough (or the quickest way) instead of a written authorisation:
   a knowledge claim of `personal-data.authorisation` (et, ru); the consent denied stays right.
2. the other country's pension said to be paid by the Board, in one sum with the Estonian one: a knowledge claim of
   `foreign-pension.min_service_abroad_years` (et, ru); each country paying its own part stays right.
3. this year's living-alone allowance promised as a back payment once the relative's registration is changed: a
   knowledge claim of `pensioner-living-alone.conditions_period` (et, ru).
4. "isikukoodi ma turvalisuse pärast ei kasuta": a reason adverbial between a fronted object and its negated verb
   leaves the object negated (no false `no_code_in_chat` gate); the adverbial's own noun stays unnegated.
"""

from __future__ import annotations

import pytest
from scoring_support import scenario_reply_result, wrong_claim_refs

from trainer.scoring.score import failed_criteria
from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library
from trainer.text.negation import is_negated

AUTH = "personal-data.authorisation"
FOREIGN = "foreign-pension.min_service_abroad_years"
PERIOD = "pensioner-living-alone.conditions_period"


@pytest.fixture(scope="module")
def library():
    return load_library()


def _misinformation_refs(result: dict) -> str:
    return " ".join(m.get("feedback", "") + " " + m.get("quote", "") for m in result.get("misinformation") or [])


# -- 1. oral consent by phone ------------------------------------------------------------------------------------

ORAL_WRONG = [
    ("et", "Piisab, kui isa annab meile telefonis suulise nõusoleku."),
    ("et", "Volikirja asemel sobib ka tema suuline nõusolek telefoni teel."),
    ("et", "Kui vanaema kinnitab telefonis suuliselt, et lapselaps võib tema asju ajada, märgime selle süsteemi."),
    ("et", "Ta võib meile helistada ja suuliselt loa anda, siis saame Teiega tema pensionist rääkida."),
    ("et", "Telefoni teel antud nõusolekust piisab."),
    ("et", "Volikirja pole vaja, piisab isa suulisest nõusolekust telefonis."),
    ("ru", "Достаточно, если отец позвонит и устно даст согласие."),
    ("ru", "Устного согласия бабушки по телефону будет достаточно."),
    ("ru", "Вместо доверенности подойдёт и устное разрешение мужа по телефону."),
    ("ru", "Если мама по телефону даст разрешение, мы это отметим и сможем с Вами говорить."),
    ("ru", "Доверенность не нужна: достаточно, что мать разрешит устно."),
]
ORAL_RIGHT = [
    ("et", "Suuline nõusolek telefonis ei piisa, vaja on kirjalikku volikirja."),
    ("et", "Suulisest loast kahjuks ei piisa: isa peab andma kirjaliku volikirja."),
    ("et", "Telefonis antud nõusolek ei asenda volikirja."),
    ("et", "Kui ema helistab ise, saame talle endale tema andmed öelda."),
    ("et", "Suuliselt saame anda ainult üldist infot."),
    ("et", "Kui ema on suuliselt nõus, tuleb ikkagi teha kirjalik volikiri."),
    ("et", "Suulist luba me ei arvesta, ainult kirjalikku volikirja."),
    ("ru", "Устного согласия по телефону недостаточно."),
    ("ru", "Устное разрешение мамы по телефону не подходит, нужна письменная доверенность."),
    ("ru", "Если мама позвонит сама, мы всё скажем ей лично."),
    ("ru", "По телефону согласие не принимаем, только письменная доверенность."),
    ("ru", "Если мама устно согласится, ей всё равно нужно оформить доверенность."),
]


@pytest.mark.parametrize("lang, text", ORAL_WRONG)
def test_oral_consent_is_a_wrong_claim(library, lang, text):
    assert AUTH in wrong_claim_refs(library, text, lang)


@pytest.mark.parametrize("lang, text", ORAL_RIGHT)
def test_oral_consent_denied_is_no_wrong_claim(library, lang, text):
    assert AUTH not in wrong_claim_refs(library, text, lang)


def _daughter(middle: str) -> list[str]:
    return ["Tere! Sotsiaalkindlustusamet, Maris kuuleb. Kuidas saan aidata?",
            "Mõistan, et ema haiglasolek on raske. Kas Teil on ema volikiri?",
            "Isikukood ei ole saladus, seega selle teadmisest ei piisa. " + middle,
            "Taotluse täitmisel võite aidata, aga taotlusel peab olema ema enda allkiri.",
            "Kokkuvõtteks: volikiri ja ema allkiri. Kas see vastas Teie küsimusele? Aitäh, kõike head!"]


def test_daughter_oral_consent_fails_the_gate_and_is_named(library):
    conv = play_answers(library.get("daughter-for-mother-et"), library, _daughter(
        "Volikirja pole tingimata vaja: kui ema annab meile telefonis suulise nõusoleku, siis saame Teiega tema asju arutada."))
    result = conv.score()
    assert not result["passed"]
    assert "knowledge_values" in failed_criteria(result)
    assert "suulise nõusoleku" in _misinformation_refs(result)


def test_daughter_written_authorisation_passes(library):
    # must-not: the oral consent denied, the written authorisation explained
    conv = play_answers(library.get("daughter-for-mother-et"), library, _daughter(
        "Suulisest nõusolekust telefonis ei piisa: ema saab Teile anda kirjaliku volikirja, ka digitaalselt allkirjastatud."))
    result = conv.score()
    assert "knowledge_values" not in failed_criteria(result)
    assert not result.get("misinformation")


# -- 2. the other country's pension paid by the Board ------------------------------------------------------------

FOREIGN_WRONG = [
    ("ru", "Шведский стаж мы присоединим к эстонскому, и всю пенсию, включая шведскую часть, будем платить мы."),
    ("ru", "Немецкую пенсию Вам тоже будет выплачивать Департамент вместе с эстонской."),
    ("ru", "Финскую часть пенсии мы перечислим Вам одной суммой с эстонской пенсией."),
    ("ru", "Пенсию за финский стаж назначит и выплатит Департамент социального страхования."),
    ("ru", "Мы будем платить пенсию и за финский стаж."),
    ("et", "Rootsi staaž liidetakse Eesti staažile ja kogu pensioni, ka Rootsi osa, maksame meie ühe summana."),
    ("et", "Soome pensioni maksab Teile samuti Sotsiaalkindlustusamet koos Eesti pensioniga."),
    ("et", "Meie maksame Teile ka Soome pensioni."),
    ("et", "Soome osa kanname Teile koos Eesti pensioniga ühe summana."),
]
FOREIGN_RIGHT = [
    ("ru", "Финскую пенсию назначает и выплачивает финское учреждение, а эстонскую – мы."),
    ("ru", "Мы передадим заявление в Финляндию; финскую часть будет платить Финляндия."),
    ("ru", "Финский стаж засчитывается для эстонского требования 15 лет, но платит за него Финляндия."),
    ("ru", "Эстонскую пенсию мы платим за эстонский стаж."),
    ("ru", "Департамент не платит финскую пенсию, её платит Финляндия."),
    ("ru", "Финская пенсия будет приходить отдельно, на Ваш эстонский счёт."),
    ("et", "Soome pensioni määrab ja maksab Soome asutus, Eesti pensioni maksame meie."),
    ("et", "Soome staaž arvestatakse Eesti 15 aasta nõude täitmisel, aga Soome osa maksab Soome."),
    ("et", "Sotsiaalkindlustusamet Soome pensioni ei maksa."),
    ("et", "Meie edastame taotluse Soome asutusele, kes otsustab ja maksab Soome pensioni."),
    ("et", "Eesti pension ja Soome pension makstakse eraldi."),
]


@pytest.mark.parametrize("lang, text", FOREIGN_WRONG)
def test_board_pays_foreign_pension_is_a_wrong_claim(library, lang, text):
    assert FOREIGN in wrong_claim_refs(library, text, lang)


@pytest.mark.parametrize("lang, text", FOREIGN_RIGHT)
def test_each_country_pays_its_part_is_no_wrong_claim(library, lang, text):
    assert FOREIGN not in wrong_claim_refs(library, text, lang)


def test_foreign_pension_paid_by_board_fails_the_gate(library):
    result = scenario_reply_result(library, "foreign-eu-pension-ru",
                                   "Заявление подаёте нам. Финскую пенсию Вам тоже будет выплачивать Департамент "
                                   "вместе с эстонской.")
    assert "knowledge_values" in failed_criteria(result)
    feedback = next(c["feedback"] for c in result["criteria"] if c["id"] == "knowledge_values")
    assert "выплачивать Департамент" in feedback


# -- 3. the living-alone allowance as a back payment ---------------------------------------------------------------

BACK_WRONG = [
    ("et", "Pole hullu: kui tütar oma elukoha rahvastikuregistris ära muudab, makstakse Teile selle aasta toetus "
           "tagantjärele välja."),
    ("et", "Kui lapselaps end Teie aadressilt välja kirjutab, maksame toetuse tagasiulatuvalt."),
    ("et", "Pärast sissekirjutuse muutmist saate tänavuse toetuse ikkagi kätte."),
    ("et", "Niipea kui poeg registreerib oma elukoha Rootsi, kantakse toetus Teile tagantjärele üle."),
    ("ru", "Как только внук сменит регистрацию, пособие за этот год Вам выплатят задним числом."),
    ("ru", "После перерегистрации дочери пособие Вам доплатят."),
    ("ru", "Когда сын выпишется с Вашего адреса, Вы получите пособие за этот год."),
]
BACK_RIGHT = [
    ("et", "Selle aasta toetust tagantjärele ei maksta; kui poeg elukoha muudab, saate toetuse järgmisel aastal."),
    ("et", "Kui poeg elukoha muudab, võib toetus tulla järgmisel aastal."),
    ("et", "Vanaduspension makstakse tagasiulatuvalt, kui taotlus esitatakse 3 kuu jooksul."),
    ("et", "Lapsetoetust saab taotleda tagasiulatuvalt 12 kuu eest, kui elukoht on Eestis."),
    ("et", "Selle aasta toetus jäi saamata, sest Teie aadressil on registreeritud poeg."),
    ("ru", "Задним числом пособие не выплачивается; если сын сменит регистрацию, пособие может прийти в следующем году."),
    ("ru", "Если сын сменит место жительства, пособие придёт в следующем году."),
    ("ru", "Детское пособие можно получить задним числом, если адрес в Эстонии."),
    ("ru", "Пенсию выплатят задним числом с даты возникновения права."),
]


@pytest.mark.parametrize("lang, text", BACK_WRONG)
def test_back_payment_promise_is_a_wrong_claim(library, lang, text):
    assert PERIOD in wrong_claim_refs(library, text, lang)


@pytest.mark.parametrize("lang, text", BACK_RIGHT)
def test_no_back_payment_is_no_wrong_claim(library, lang, text):
    assert PERIOD not in wrong_claim_refs(library, text, lang)


_ALONE = ["Tere! Sotsiaalkindlustusameti veebivestlus, minu nimi on Liis. Mõistan, et see on pettumus. "
          "Kirjutatud isikukoodi ma turvalisuse pärast ei kasuta. Kas küsite üksi elava pensionäri toetuse kohta?",
          "Toetus tuleb automaatselt koos oktoobri pensioniga, kui rahvastikuregistri järgi elate kogu perioodi "
          "1. aprillist 30. septembrini üksi. Sageli on põhjus see, et aadressil on registreeritud täiskasvanud laps."]


def test_living_alone_back_payment_fails_the_gate_and_is_named(library):
    answers = _ALONE + [
        "Kui poeg oma elukoha ära muudab, saate selle aasta toetuse tagantjärele kätte. Andmeid näete iseteeninduses.",
        "Kokkuvõtteks: poeg muudab elukoha. Kas see vastas Teie küsimusele? Aitäh, kõike head!"]
    result = play_answers(library.get("living-alone-chat-et"), library, answers).score()
    assert not result["passed"]
    assert "knowledge_values" in failed_criteria(result)
    assert "no_code_in_chat" not in failed_criteria(result)
    assert "tagantjärele" in _misinformation_refs(result)


def test_living_alone_next_year_passes(library):
    # must-not: the change helps next year, no back payment promised
    answers = _ALONE + [
        "Kui poeg oma elukoha ära muudab, võib toetus tulla järgmisel aastal. Andmeid näete iseteeninduses.",
        "Kokkuvõtteks: poeg muudab elukoha. Kas see vastas Teie küsimusele? Aitäh, kõike head!"]
    result = play_answers(library.get("living-alone-chat-et"), library, answers).score()
    assert "knowledge_values" not in failed_criteria(result)
    assert "no_code_in_chat" not in failed_criteria(result)


# -- 4. a reason adverbial between a fronted object and its negated verb ----------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Isikukoodi ma turvalisuse pärast ei kasuta.", "Isikukoodi"),
    ("Avatud vestlusesse kirjutatud isikukoodi me andmekaitse tõttu ei töötle.", "isikukoodi"),
    ("Isikukoodi ma siin vestluses turvalisuse tõttu kahjuks ei kasuta.", "Isikukoodi"),
])
def test_object_before_reason_adverbial_is_negated(text, word):
    assert is_negated(text, text.index(word), "et")


@pytest.mark.parametrize("text, word", [
    # must-nots: the adverbial's own noun is the reason of the refusal, not refused; no negator, no denial
    ("Andmekaitse tõttu ma ei saa seda öelda.", "Andmekaitse"),
    ("Isikuandmete kaitse tõttu me ei saa öelda.", "Isikuandmete"),
    ("Isikukoodi ma turvalisuse pärast küsin.", "Isikukoodi"),
    ("Rahvastikuregistri järgi Te ei ela üksi.", "Rahvastikuregistri"),
])
def test_reason_adverbial_stays_unnegated(text, word):
    assert not is_negated(text, text.index(word), "et")


@pytest.mark.parametrize("reply, failed", [
    ("Avatud vestlusesse kirjutatud isikukoodi ma turvalisuse pärast ei kasuta – palun ärge seda siia kirjutage.", False),
    ("Isikukoodi me siin andmekaitse tõttu ei kasuta.", False),
    ("Isikukoodi ma turvalisuse pärast küsin, palun kirjutage see siia.", True),
    ("Palun kirjutage oma isikukood turvalisuse pärast siia.", True),
])
def test_no_code_in_chat_reads_the_refusal(library, reply, failed):
    result = scenario_reply_result(library, "living-alone-chat-et", reply)
    assert ("no_code_in_chat" in failed_criteria(result)) is failed
