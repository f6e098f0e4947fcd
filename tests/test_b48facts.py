"""New-user batch 48 (live48) wrong facts that passed, on sentences written for these tests.

1. A guardian told that the ward's (notarised) power of attorney is needed besides the court ruling
   (guardian-for-ward-et/-ru): the ruling that appoints the guardian is enough; a knowledge claim of
   identification-edge-cases.guardian_represents, read by the knowledge_values gate.
2. The disabled child's allowance (and the other disability allowances of the Board) said to be decided or paid by
   another authority (system-down-callback-et): the call model's right_authority gate names the service.
3. right_authority no longer reads the client's situation restated after a frame of understanding ("Saan aru, et
   Teil on vaja arsti juurde minna ja ravikindlustus on lõppenud", «Понимаю, что Вам нужно к врачу, а ...»).
4. Registering as unemployed denied to give health insurance, with words between ("ravikindlustust see kahjuks ei
   anna"): health-insurance-redirect-chat-et's unemployed_insurance gate.
5. Estonia said to pay the old-age pension for all the years, the Finnish ones too (national-pension-chat-et,
   foreign-eu-pension-ru): each country pays for its own years.
"""

from __future__ import annotations

import pytest
from scoring_support import scenario_criterion

from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library()


def _verdict(library, scenario_id: str, criterion: str, reply: str):
    return scenario_criterion(library, scenario_id, criterion, reply)


def _gated(verdict: dict) -> bool:
    """Failed as a gate on something wrong said (not on nothing answered in a one-reply transcript)."""
    return verdict["result"] == "fail" and bool(verdict.get("gate_failed")) and bool(verdict.get("misinforms"))


# -- 1. the ward's power of attorney ---------------------------------------------------------------------------------

@pytest.mark.parametrize("scenario, reply", [
    ("guardian-for-ward-et", "Peale kohtumääruse tuleb meile esitada ka eestkostetava notariaalne volikiri."),
    ("guardian-for-ward-et", "Kohtumäärusest üksi ei piisa, vend peab Teile andma ka volikirja, alles siis saame raha Teie "
                             "kontole kanda."),
    ("guardian-for-ward-et", "Eestkostjana vajate lisaks määrusele ka venna volikirja."),
    ("guardian-for-ward-ru", "Кроме определения суда, нужна ещё нотариальная доверенность от подопечного."),
    ("guardian-for-ward-ru", "Определения суда недостаточно: брат должен оформить на Вас доверенность у нотариуса."),
])
def test_ward_power_of_attorney_gates(library, scenario, reply):
    assert _gated(_verdict(library, scenario, "knowledge_values", reply))


@pytest.mark.parametrize("scenario, reply", [
    ("guardian-for-ward-et", "Volikirja ei ole vaja: kohtumäärus annab Teile esindusõiguse."),
    ("guardian-for-ward-et", "Eestkostjana Te venna volikirja ei vaja, piisab kohtumääruse koopiast."),
    ("guardian-for-ward-et", "Kohtumäärus asendab volikirja, saatke meile selle koopia."),
    ("guardian-for-ward-et", "Kohtumäärusest üksi ei piisa: et toetus tuleks Teie kontole, on vaja ka Teie avaldust."),
    ("guardian-for-ward-ru", "Доверенность от брата не нужна, достаточно определения суда."),
    ("guardian-for-ward-ru", "Определение суда заменяет доверенность, пришлите нам его копию."),
])
def test_ruling_enough_passes(library, scenario, reply):
    assert _verdict(library, scenario, "knowledge_values", reply)["result"] == "pass"


# -- 2. the disabled child's allowance by authority -------------------------------------------------------------------

@pytest.mark.parametrize("scenario, reply", [
    ("system-down-callback-et", "Puudega lapse toetust määrab ja maksab Töötukassa, küsige neilt."),
    ("system-down-callback-et", "Puudega lapse toetuse taotluse vaatab läbi kohalik omavalitsus."),
    ("system-down-callback-et", "Selle otsuse teeb Töötukassa: puudega lapse toetust maksavad nemad."),
    ("guardian-for-ward-ru", "Пособие ребёнку с инвалидностью назначает и выплачивает Касса по безработице."),
])
def test_disability_allowance_wrong_authority(library, scenario, reply):
    assert _gated(_verdict(library, scenario, "right_authority", reply))


@pytest.mark.parametrize("scenario, reply", [
    ("system-down-callback-et", "Puudega lapse toetuse otsuse teeb Sotsiaalkindlustusamet ja toetus makstakse Teie kontole."),
    ("system-down-callback-et", "Puudega lapse toetust maksame meie, Töötukassa tegeleb töövõimega."),
    ("system-down-callback-et", "Puudega lapse toetust Töötukassa ei maksa, selle määrab Sotsiaalkindlustusamet."),
    ("guardian-for-ward-ru", "Пособие ребёнку с инвалидностью назначает Департамент социального страхования."),
])
def test_disability_allowance_right_authority(library, scenario, reply):
    assert _verdict(library, scenario, "right_authority", reply)["result"] == "pass"


# -- 3. the client's situation restated --------------------------------------------------------------------------------

@pytest.mark.parametrize("scenario, reply", [
    ("health-insurance-redirect-chat-et", "Saan aru, et peate arsti juurde minema ja Teie ravikindlustus on otsas."),
    ("health-insurance-redirect-chat-et", "Mõistan, et ravikindlustus lõppes ja arsti juurde oleks vaja minna."),
    ("crisis-suicidal-ru", "Понимаю, что Вам нужно к врачу, а медицинская страховка закончилась."),
])
def test_restated_situation_names_no_authority(library, scenario, reply):
    assert _verdict(library, scenario, "right_authority", reply)["result"] == "pass"


@pytest.mark.parametrize("scenario, reply", [
    ("health-insurance-redirect-chat-et", "Saan aru, et see on ebameeldiv, aga ravikindlustust saate taastada meilt."),
    ("health-insurance-redirect-chat-et", "Ravikindlustuse küsimustes aidatakse Teid meie klienditeeninduses."),
    ("crisis-suicidal-ru", "Понимаю Вас, но пособие по прожиточному минимуму платим мы."),
])
def test_wrong_authority_after_frame_still_read(library, scenario, reply):
    assert _gated(_verdict(library, scenario, "right_authority", reply))


# -- 4. health insurance through Töötukassa denied -------------------------------------------------------------------

@pytest.mark.parametrize("reply", [
    "Töötuna arvele võtmine ravikindlustust kahjuks Teile ei anna.",
    "Töötukassas registreerimine ei too Teile ravikindlustust, see aitab ainult tööd otsida.",
    "Kui registreerite end töötuks, ravikindlustust see paraku ei tekita.",
    "Registreeritud töötu ei ole ravikindlustatud.",
    "Kahjuks mitte: Töötukassas arvele võtmine ravikindlustust ei anna, see tuleb tagasi alles uue tööga.",
])
def test_unemployed_insurance_denied_gates(library, reply):
    assert _gated(_verdict(library, "health-insurance-redirect-chat-et", "unemployed_insurance", reply))


@pytest.mark.parametrize("reply", [
    "Töötuna registreerimine ei anna ravikindlustust kohe, vaid arveloleku 31. päevast.",
    "Ravikindlustust Sotsiaalkindlustusamet ei anna ega taasta; kui registreerite end Töötukassas töötuks, olete "
    "ravikindlustatud arveloleku 31. päevast.",
    "Kui Te ei ole Töötukassas arvel, ei ole Te ravikindlustatud; registreerudes tekib ravikindlustus 31. päevast.",
])
def test_unemployed_insurance_right_not_denied(library, reply):
    verdict = _verdict(library, "health-insurance-redirect-chat-et", "unemployed_insurance", reply)
    assert not _gated(verdict), verdict


# -- 5. Estonia paying for the other country's years ------------------------------------------------------------------

@pytest.mark.parametrize("scenario, criterion, reply", [
    ("national-pension-chat-et", "foreign_pension", "Eesti maksab emale pensioni kogu 33 aasta staaži eest."),
    ("national-pension-chat-et", "foreign_pension",
     "Kuna aastad liidetakse, saab ema Eestist vanaduspensioni kõigi 33 aasta eest, Soome aastad kaasa arvatud."),
    ("national-pension-chat-et", "foreign_pension", "Ka Soomes töötatud aastate eest maksab pensioni Eesti."),
    ("foreign-eu-pension-ru", "foreign_institution_decides",
     "Эстония будет платить Вам пенсию за все 33 года стажа, включая годы в Финляндии."),
    ("foreign-eu-pension-ru", "foreign_institution_decides", "Годы, отработанные в Финляндии, тоже оплатит Эстония."),
])
def test_all_years_paid_by_estonia_gates(library, scenario, criterion, reply):
    assert _gated(_verdict(library, scenario, criterion, reply))


@pytest.mark.parametrize("scenario, criterion, reply", [
    ("national-pension-chat-et", "foreign_pension",
     "Eesti maksab pensioni ema 8 aasta eest, Soomes töötatud aastate eest maksab Soome; taotluse edastame Soome."),
    ("national-pension-chat-et", "foreign_pension",
     "Kõik 33 aastat arvestatakse 15 aasta nõude täitmisel kokku, aga Eesti maksab ainult 8 aasta eest ja me edastame "
     "taotluse Soome."),
    ("national-pension-chat-et", "foreign_pension",
     "Eestist saab ema pensioni 8 aasta eest ja Soomest 25 aasta eest; taotluse edastame Soome pensioniasutusele."),
    ("foreign-eu-pension-ru", "foreign_institution_decides",
     "Эстония платит пенсию за Ваши эстонские годы, а за годы в Финляндии платит Финляндия."),
    ("foreign-eu-pension-ru", "foreign_institution_decides",
     "Итак: за годы в Финляндии финское учреждение само решит и будет платить финскую часть, а эстонскую пенсию платим мы."),
    ("national-pension-chat-et", "foreign_pension",
     "kokkuvottes 8 a eest eesti pension 25 a eest soome pension taotlus meile soovi korral saadan arakirja"),
])
def test_own_years_each_passes(library, scenario, criterion, reply):
    assert not _gated(_verdict(library, scenario, criterion, reply))
