"""Branch bailiff (issue #10, batch 77 data-request-bailiff-et): own Estonian and Russian sentences.

- statements.py: a status predicate ("on olemas", «уже есть») belongs to its own clause: "õiguslik alus on Teil olemas,
  aga ... kiri ..." says the caller has a legal basis, not that a letter exists (et + ru, with and without õäöü);
- scenarios: the data said to be given by phone (or sent by plain e-mail) once the caller shows a photo of the
  service ID or the like is a wrong procedure: a gate fails the run, the client believes it and the result names it.
"""

from __future__ import annotations

import pytest

from trainer.scoring.statements import find_status_statements
from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library

LIB = load_library()


# -- a legal basis the caller has is no status of the data subject ------------------------------------------

@pytest.mark.parametrize("text", [
    "Ma ei keeldu, seaduslik alus on Teil muidugi olemas, aga taotluse asemel tuleb saata digiallkirjastatud kiri.",
    "seaduslik alus on teil muidugi olemas aga paring tuleb saata kirjalikult naiteks digiallkirjaga kiri meile siis saate vastuse",
    "alus on teil olemas, kuid kiri peab tulema ametlikku kanalisse",
    "Õigus neid andmeid küsida on Teil olemas, kuid palun saatke selle kohta kirjalik päring, näiteks digiallkirjaga kiri.",
])
def test_legal_basis_with_a_letter_later_is_no_status_et(text):
    assert find_status_statements(text, "et") == ()


@pytest.mark.parametrize("text", [
    "Правовое основание у Вас уже есть, но запрос нужно прислать письменно, например письмом с цифровой подписью.",
    "основание у вас уже есть но письмо с запросом должно прийти официально тогда ответим",
    "Всё понятно, право у Вас уже есть, однако документ нужно прислать письменно.",
])
def test_legal_basis_with_a_letter_later_is_no_status_ru(text):
    assert find_status_statements(text, "ru") == ()


@pytest.mark.parametrize("text, lang", [
    ("Teie ema kiri on meil olemas.", "et"),
    ("tema taotlus on juba olemas aga otsust veel ei ole", "et"),
    ("Taotlus, mille ta saatis, on meil olemas.", "et"),
    ("Kiri jõudis kohale, aga see on praegu menetluses.", "et"),
    ("Заявление Вашего отца у нас уже есть, но решения ещё нет.", "ru"),
    ("Её письмо уже есть в системе.", "ru"),
])
def test_a_status_is_still_a_status(text, lang):
    assert find_status_statements(text, lang)


# -- the bailiff: data by phone after a photo of the service ID ---------------------------------------------

BAILIFF = "data-request-bailiff-et"
OPEN = "Tere, Sotsiaalkindlustusamet, Liis kuuleb."
REFUSE = ("Saan aru, et vajate võlgniku pensioni summat ja maksepäeva. Telefoni teel ma neid andmeid anda ei saa, "
          "sest ma ei saa Teid telefonis tuvastada.")


@pytest.mark.parametrize("wrong", [
    "Õiguslik alus on Teil olemas. Saatke mulle e-kirjaga pilt oma ametitõendist, vaatan selle läbi ja ütlen Teile "
    "summa ja kuupäeva siis telefonis.",
    "õiguslik alus teil on saatke tavalise meiliga foto ametitõendist ja siis võin pensioni andmed teile telefoni teel "
    "öelda",
    "Kui saadate ametitõendi foto e-postiga, saame andmed Teile telefonitsi edastada.",
    "Pärast seda, kui olete foto saatnud, saadan Teile summa ja maksepäeva tavalise e-kirjaga.",
])
def test_data_by_phone_after_a_photo_fails_by_a_gate_and_is_named(wrong):
    conv = play_answers(LIB.get(BAILIFF), LIB, [OPEN, REFUSE, wrong, "Aitäh, head päeva!"])
    result = conv.score()
    assert not result["passed"]
    assert "no_basis_shortcut" in result["gate_failures"] or any(
        g.get("id") == "no_basis_shortcut" for g in result["gate_failures"] if isinstance(g, dict))
    assert result["misinformation"]
    assert "ei saanud aru" not in " ".join(t["text"] for t in conv.turns if t["role"] == "client")


@pytest.mark.parametrize("right", [
    "Õiguslik alus on Teil kindlasti olemas, aga päring peab tulema kirjalikult meie ametlikku kanalisse, näiteks "
    "digiallkirjaga kiri, siis vastame. Telefonis ma andmeid öelda ei saa.",
    "oiguslik alus on teil olemas aga paring peab tulema kirjalikult ametlikku kanalisse nt digiallkirjaga kiri meie "
    "ametlikule aadressile siis vastame",
    "Ma ei saa Teile telefonis summat ega kuupäeva öelda, ka siis mitte, kui saadate ametitõendi foto. Saatke "
    "kirjalik päring õigusliku alusega ametlikku kanalisse.",
])
def test_written_request_answer_passes(right):
    conv = play_answers(LIB.get(BAILIFF), LIB, [
        OPEN, REFUSE, right,
        "Kokkuvõttes: kirjalik päring ametlikku kanalisse, telefonis andmeid ei anna. Aitäh, head päeva!"])
    result = conv.score()
    assert result["passed"], (result["gate_failures"], result["critical_failures"])
    assert conv.state["step"] in ("accepts", "accepts_unsure")


# -- the police: "saan aru, et ..." is no offer, the offer after a photo is ----------------------------------

POLICE = "data-request-police-et"


@pytest.mark.parametrize("text, shortcut", [
    ("Saan aru, et vajate tema elukohta ja pensioni andmeid, aga telefonis ma neid anda ei saa, sest ma ei saa Teid "
     "tuvastada.", False),
    ("saan aru et vajate tema aadressi kuid telefonis ei saa ma seda oelda", False),
    ("Saatke mulle meiliga pilt oma ametitõendist, siis saan Teile tema aadressi kohe telefonis öelda.", True),
])
def test_police_shortcut(text, shortcut):
    conv = play_answers(LIB.get(POLICE), LIB, [OPEN, text])
    result = conv.score()
    failed = [g if isinstance(g, str) else g.get("id") for g in result["gate_failures"]]
    assert ("no_shortcut" in failed) is shortcut
    if shortcut:
        assert result["misinformation"]


# -- the other third-party scenarios: data for a photo of a document --------------------------------------------

HELLO = {"et": "Tere, Sotsiaalkindlustusamet, Liis kuuleb.", "ru": "Здравствуйте, Департамент социального страхования, Анна."}


@pytest.mark.parametrize("sid, lang, wrong", [
    ("neighbour-data-et", "et", "Kui saadate mulle foto oma ID-kaardist, võin naabri pensioni kohta telefonis öelda."),
    ("daughter-for-mother-et", "et",
     "saatke mulle meiliga ema passi pilt siis ma saan teile tema pensioni andmed kohe telefonis oelda"),
    ("third-party-son-ru", "ru",
     "Сфотографируйте мамин паспорт и пришлите снимок на почту, тогда я по телефону скажу Вам сумму её пенсии."),
    ("data-request-journalist-ru", "ru",
     "сможем сообщить вам по телефону её данные после того как пришлете скан удостоверения"),
])
def test_data_for_a_photo_fails_by_a_gate_and_is_believed(sid, lang, wrong):
    conv = play_answers(LIB.get(sid), LIB, [HELLO[lang], wrong])
    result = conv.score()
    failed = [g if isinstance(g, str) else g.get("id") for g in result["gate_failures"]]
    assert "no_photo_shortcut" in failed
    assert "photo_shortcut" in [m["id"] for m in result["misinformation"]]


@pytest.mark.parametrize("sid, lang, right", [
    ("neighbour-data-et", "et", "Teise inimese andmeid ma ei avalda, ka siis mitte, kui saadate oma dokumendi foto."),
    ("daughter-for-mother-et", "et",
     "Ema võib anda Teile volikirja; volikirja koopia võib saata e-postiga ja siis saan Teid aidata."),
    ("daughter-for-mother-et", "et", "Kas Teil on ema allkirjastatud volikiri?"),
    ("third-party-son-ru", "ru",
     "Пришлите скан доверенности, подписанной мамой от руки, и тогда я смогу Вам помочь по телефону."),
    ("third-party-son-ru", "ru", "Даже если пришлёте фото паспорта, по телефону я данные мамы не сообщу."),
    ("data-request-journalist-ru", "ru", "Не могу сообщить ничего о ней, даже если пришлёте копию удостоверения."),
])
def test_no_photo_shortcut_in_a_right_reply(sid, lang, right):
    conv = play_answers(LIB.get(sid), LIB, [HELLO[lang], right])
    result = conv.score()
    failed = [g if isinstance(g, str) else g.get("id") for g in result["gate_failures"]]
    assert "no_photo_shortcut" not in failed
    assert "photo_shortcut" not in [m["id"] for m in result["misinformation"]]
