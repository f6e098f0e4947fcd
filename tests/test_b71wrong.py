"""New-user batch 71 (live71) wrong facts that passed, on sentences written for these tests.

1. child-allowance-et wrong: the parent told to send a copy of the birth certificate before the child-allowance offer
   comes. The truth (ska-facts 9, knowledge family-benefits.child_allowance_offer): the birth registered in the
   population register triggers the offer in the self-service; no document is sent. A knowledge claim of
   child_allowance_offer (et, ru): a birth certificate (sünnitõend, sünnitunnistus, «свидетельство / справка о
   рождении») to be sent, submitted or uploaded, or the offer said to come after it is sent. "Sünnitõendit pole vaja
   saata", a question about it, and a registration of the birth (where the hospital's notice belongs) stay right.
2. overpayment-recovery-ru wrong: university or college studies said to restore the adult son's child allowance
   («если сын поступит в университет, право на детское пособие снова появится – учёба в вузе тоже считается»). The
   truth (ska-facts 9, family-benefits.after_age_19): after 19 only a pupil without secondary education (basic school,
   gymnasium, vocational initial training) qualifies; higher education does not count. A knowledge claim of
   after_age_19 (ru, et): higher-education studies with the allowance restored, counted or giving the right, in either
   order. A denial («учёба в вузе права не даёт», "ülikool ei loe") and a question stay right.
"""

from __future__ import annotations

import pytest
from scoring_support import scenario_criterion, wrong_claim_refs

from trainer.simulation.library import load_library

OFFER = "family-benefits.child_allowance_offer"
AGE19 = "family-benefits.after_age_19"


@pytest.fixture(scope="module")
def library():
    return load_library()


def _gated(verdict: dict) -> bool:
    return verdict["result"] == "fail"


# -- 1. a birth certificate to send before the offer ---------------------------------------------------------------

OFFER_WRONG = [
    ("Enne pakkumise saamist tuleb Teil saata meile lapse sünnitunnistuse koopia.", "et"),
    ("Toetuse saamiseks peate kõigepealt esitama sünnitõendi.", "et"),
    ("Saatke meile palun beebi sünnitõend e-posti teel, siis saadame pakkumise.", "et"),
    ("Sünnitõendi koopia tuleb iseteenindusse üles laadida.", "et"),
    ("Pakkumus tuleb alles siis, kui olete sünnitunnistuse meile saatnud.", "et"),
    ("Lapsetoetuse jaoks vajame Teilt sünnitõendit.", "et"),
    ("Сначала пришлите нам копию свидетельства о рождении, потом придёт предложение.", "ru"),
    ("Для детского пособия нужно представить в Департамент свидетельство о рождении ребёнка.", "ru"),
    ("Предложение появится только после того, как Вы отправите нам свидетельство о рождении.", "ru"),
    ("Свидетельство о рождении надо загрузить в среду самообслуживания.", "ru"),
    ("Для этого нам нужна копия справки о рождении.", "ru"),
]
OFFER_RIGHT = [
    ("Sünnitõendit ega muid dokumente meile saatma ei pea: pakkumine tuleb ise, kui sünd on registreeritud.", "et"),
    ("Te ei pea sünnitunnistust saatma.", "et"),
    ("Teil ei ole vaja sünnitõendit esitada, pakkumus tuleb iseteenindusse.", "et"),
    ("Kas Teil on sünnitõend juba käes?", "et"),
    ("Dokumente pole vaja, pakkumine tuleb iseteenindusse.", "et"),
    ("Sünni registreerimiseks tuleb esitada haigla sünnitõend, see käib rahvastikuregistri kaudu.", "et"),
    ("Свидетельство о рождении присылать не нужно: предложение придёт само после регистрации рождения.", "ru"),
    ("Никаких документов нам отправлять не надо.", "ru"),
    ("Вам не нужно отправлять нам свидетельство о рождении.", "ru"),
    ("Для регистрации рождения нужна справка о рождении из больницы.", "ru"),
    ("Есть ли у Вас уже свидетельство о рождении?", "ru"),
]


@pytest.mark.parametrize("sentence,lang", OFFER_WRONG)
def test_birth_certificate_to_send_is_a_claim(library, sentence, lang):
    assert OFFER in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("sentence,lang", OFFER_RIGHT)
def test_no_document_or_registration_is_no_claim(library, sentence, lang):  # must-not
    assert OFFER not in wrong_claim_refs(library, sentence, lang)


def test_birth_certificate_gate_et(library):
    reply = ("Palju õnne! Avaldust pole vaja. Kõigepealt saatke meile beebi sünnitõendi koopia e-postiga, siis tuleb "
             "iseteenindusse pakkumine.")
    verdict = scenario_criterion(library, "child-allowance-et", "knowledge_values", reply)
    assert _gated(verdict), verdict


def test_birth_certificate_gate_ru(library):
    reply = ("Поздравляю! Заявление не нужно. Сначала отправьте нам свидетельство о рождении, после этого в среду "
             "самообслуживания придёт предложение.")
    verdict = scenario_criterion(library, "child-allowance-ru", "knowledge_values", reply)
    assert _gated(verdict), verdict


def test_right_offer_passes_the_gate_et(library):  # must-not
    reply = ("Palju õnne! Avaldust pole vaja ja sünnitõendit saatma ei pea: kui sünd on registreeritud, tuleb "
             "iseteenindusse pakkumine, mille kinnitate.")
    verdict = scenario_criterion(library, "child-allowance-et", "knowledge_values", reply)
    assert verdict["result"] != "fail", verdict


# -- 2. higher education said to restore the allowance after 19 ----------------------------------------------------

AGE19_WRONG = [
    ("Если сын пойдёт учиться в университет, детское пособие ему снова начнут платить.", "ru"),
    ("Учёба в вузе тоже даёт право на детское пособие.", "ru"),
    ("Когда он поступит в институт, детское пособие возобновится.", "ru"),
    ("Детское пособие начнут выплачивать опять, если он поступит в университет.", "ru"),
    ("Детское пособие сохраняется: учёба в университете тоже считается.", "ru"),
    ("Kui poeg astub ülikooli, hakatakse lapsetoetust uuesti maksma.", "et"),
    ("Ülikoolis õppimine annab samuti õiguse lapsetoetusele.", "et"),
    ("Lapsetoetus taastub, kui ta läheb kõrgkooli õppima.", "et"),
    ("Lapsetoetuse mõttes loeb ka kõrgkool.", "et"),
]
AGE19_RIGHT = [
    ("Учёба в вузе права на детское пособие не даёт.", "ru"),
    ("Если сын поступит в университет, детское пособие уже не положено: вуз не считается.", "ru"),
    ("Детское пособие после 19 лет платят только ученику школы, гимназии или училища, университет не считается.", "ru"),
    ("Учится ли сын сейчас в университете?", "ru"),
    ("Сын поступил в университет, поэтому детское пособие прекратилось.", "ru"),
    ("Если он вернётся в училище, детское пособие снова могут платить, а вот учёба в университете не считается.", "ru"),
    ("Kõrgkoolis õppimine lapsetoetuse õigust ei anna.", "et"),
    ("Kui ta läheb ülikooli, lapsetoetust enam ei maksta.", "et"),
    ("Kas Teie poeg õpib praegu ülikoolis?", "et"),
    ("Lapsetoetust makstakse pärast 19. eluaastat ainult gümnaasiumis või kutseõppes õppijale, mitte ülikoolis.", "et"),
]


@pytest.mark.parametrize("sentence,lang", AGE19_WRONG)
def test_university_restoring_the_allowance_is_a_claim(library, sentence, lang):
    assert AGE19 in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("sentence,lang", AGE19_RIGHT)
def test_university_denied_is_no_claim(library, sentence, lang):  # must-not
    assert AGE19 not in wrong_claim_refs(library, sentence, lang)


def test_university_gate_ru(library):
    reply = ("Сумму можно вернуть частями. Если сын поступит в вуз, детское пособие снова появится, учёба в "
             "университете тоже считается.")
    verdict = scenario_criterion(library, "overpayment-recovery-ru", "knowledge_values", reply)
    assert _gated(verdict), verdict


def test_university_gate_et(library):
    reply = "Summa saab tagastada osade kaupa. Kui poeg astub ülikooli, hakatakse lapsetoetust jälle maksma."
    verdict = scenario_criterion(library, "overpayment-recovery-et", "knowledge_values", reply)
    assert _gated(verdict), verdict
