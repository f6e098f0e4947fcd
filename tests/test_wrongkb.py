"""New-user batches 75 and 76 wrong facts that passed (issue #10), on sentences written for these tests.

1. live75 social-welfare-redirect-chat-et wrong: the family doctor said to decide the disability severity. The truth
   (ska-facts 11, disability.family_doctor_first): the family doctor comes first, then the application; an expert
   doctor decides from the documents. A claim of family_doctor_first (et, ru): the family doctor (as the subject)
   deciding, determining or setting the disability or its severity, in either order. The family doctor who refers,
   gives data or comes first, and a sentence where the expert decides, stay right.
2. live76 system-down-callback-et wrong: a login to iseteenindus with a bank link after the three right means in a
   list ("ID-kaardi, Mobiil-ID või Smart-ID-ga või ka oma panga kaudu pangalingiga"). The truth (ska-facts, contact
   points; contact-points.self_service_login): ID-card, Mobile-ID, Smart-ID only. The bank named before the bank link
   ("oma panga") was read as the subject (a pension-payment topic), so the claim was said of the bank, not of the
   login: a login verb followed by the bank as a means in its clause is now a claim of its own.
3. live76 indexation-day-et wrong: everyone's pension said to rise by the same euro amount. The truth (ska-facts 3,
   pension-indexation.rise_not_equal): 5.3 % is the average old-age pension's rise; each person's rise depends on
   their own pension. A claim of rise_not_equal (et, ru): everyone's rise the same amount, in either order. The base
   part rising by the same sum for everyone, a denial and a question stay right.
"""

from __future__ import annotations

import pytest
from scoring_support import scenario_criterion, wrong_claim_refs

from trainer.simulation.library import load_library

DOCTOR = "disability.family_doctor_first"
LOGIN = "contact-points.self_service_login"
RISE = "pension-indexation.rise_not_equal"


@pytest.fixture(scope="module")
def library():
    return load_library()


DOCTOR_WRONG = [
    ("Teie perearst vaatab ema üle ja otsustab ise, milline puude raskusaste talle tuleb.", "et"),
    ("Perearst määrab puude raskusastme ja meie maksame siis toetust.", "et"),
    ("Puude raskusastme paneb paika perearst.", "et"),
    ("Puude raskusastme otsustab Teie perearst.", "et"),
    ("perearst tuvastab puude ise ja teile jääb ainult toetuse taotlus", "et"),
    ("Ваш семейный врач сам определит степень тяжести инвалидности.", "ru"),
    ("Степень инвалидности устанавливает семейный врач, а мы только платим пособие.", "ru"),
    ("Семейный врач осмотрит маму и назначит ей инвалидность.", "ru"),
]
DOCTOR_RIGHT = [
    ("Alustage perearstist: perearst annab terviseandmed, puude raskusastme otsustab ekspertarst dokumentide alusel.", "et"),
    ("Perearst suunab Teid vajadusel eriarsti juurde ja kannab andmed tervise infosüsteemi.", "et"),
    ("Kõigepealt pöörduge perearsti poole, seejärel esitage taotlus.", "et"),
    ("Perearst ei otsusta puude raskusastet, selle otsustab ekspertarst.", "et"),
    ("Kas perearst on puude raskusastme kohta midagi öelnud?", "et"),
    ("Сначала обратитесь к семейному врачу, потом подайте ходатайство.", "ru"),
    ("Семейный врач даст данные о здоровье, а степень инвалидности определит врач-эксперт по документам.", "ru"),
    ("Семейный врач не определяет инвалидность, это делает эксперт.", "ru"),
]


@pytest.mark.parametrize("sentence,lang", DOCTOR_WRONG)
def test_family_doctor_deciding_is_a_claim(library, sentence, lang):
    assert DOCTOR in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("sentence,lang", DOCTOR_RIGHT)
def test_family_doctor_first_stays_right(library, sentence, lang):  # must-not
    assert DOCTOR not in wrong_claim_refs(library, sentence, lang)


LOGIN_WRONG = [
    ("Oma andmeid näete iseteeninduses – sisse saate logida ID-kaardi, Mobiil-ID või Smart-ID-ga või oma panga internetipangast pangalingiga.", "et"),
    ("Iseteenindusse saab siseneda ID-kaardiga, Smart-ID-ga ja ka oma panga kaudu pangalingiga.", "et"),
    ("Iseteenindusse pääseb sisse ka pangalingiga.", "et"),
    # a word granting it between the bank and a later "ei" keeps the claim
    ("Iseteenindusse saab sisse ka pangalingiga ja parooliga ei pea midagi tegema.", "et"),
    ("Статус виден в среде самообслуживания: войти можно с ID-картой, Mobiil-ID, Smart-ID или просто через свой интернет-банк.", "ru"),
]
LOGIN_RIGHT = [
    ("Iseteenindusse saate sisse logida ID-kaardi, Mobiil-ID või Smart-ID-ga; pangalingiga kahjuks ei saa.", "et"),
    ("Iseteenindusse saab siseneda ainult ID-kaardi, Mobiil-ID või Smart-ID-ga, mitte pangalingiga.", "et"),
    ("Iseteenindusse saate siseneda ID-kaardiga, pension laekub aga Teie pangakontole.", "et"),
    ("Войти в среду самообслуживания можно только с ID-картой, Mobiil-ID или Smart-ID, через банк нельзя.", "ru"),
    # the denial at the end of the clause, after a dash (new-user batch 3 foreign-no-code-ru good; own wording)
    ("Решения видны в среде самообслуживания. Зайти туда можно с ID-картой или Smart-ID – через интернет-банк или с "
     "паролем туда зайти нельзя.", "ru"),
    ("Iseteenindusse saab siseneda ID-kaardi, Mobiil-ID või Smart-ID-ga – pangalingi või parooliga sinna ei saa.", "et"),
]


@pytest.mark.parametrize("sentence,lang", LOGIN_WRONG)
def test_bank_link_login_is_a_claim(library, sentence, lang):
    assert LOGIN in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("sentence,lang", LOGIN_RIGHT)
def test_three_means_stay_right(library, sentence, lang):  # must-not
    assert LOGIN not in wrong_claim_refs(library, sentence, lang)


RISE_WRONG = [
    ("Indekseerimisel tõuseb kõigi pensionäride pension ühepalju eurodes.", "et"),
    ("Pension tõuseb kõigil ühe ja sama summa võrra.", "et"),
    ("Tõus on kõigile sama lisasumma, ükskõik kui suur pension on.", "et"),
    ("Igaühe pension tõuseb aprillis samapalju eurosid.", "et"),
    ("При индексации пенсия у всех повышается на одну и ту же сумму в евро.", "ru"),
    ("Прибавка у всех пенсионеров одинаковая.", "ru"),
    ("Всем пенсионерам пенсию повысят одинаково, на одну сумму.", "ru"),
]
RISE_RIGHT = [
    ("Igaühe tõus sõltub tema pensioni suurusest.", "et"),
    # the same PERCENT for everyone is right (new-user batch 59 pension-indexation-tax-et good, own wording here)
    ("Pensionid tõusid kõigil ühe ja sama protsendi võrra, eurodes sõltub tõus pensionist.", "et"),
    ("Keskmine tõus on 5,3 %, Teie tõus eurodes sõltub Teie pensioni suurusest.", "et"),
    ("Kõigi pension ei tõuse sama summa võrra.", "et"),
    ("Baasosa tõuseb kõigil sama summa võrra, kindlustusosa aga erinevalt.", "et"),
    ("Kas Teie arvates peaks pension kõigil ühepalju tõusma?", "et"),
    ("Прибавка в евро у каждого зависит от размера его пенсии.", "ru"),
    ("Пенсия повышается не у всех на одну и ту же сумму: 5,3 % – это рост средней пенсии.", "ru"),
    ("Базовая часть у всех повышается одинаково, а страховая часть – по-разному.", "ru"),
]


@pytest.mark.parametrize("sentence,lang", RISE_WRONG)
def test_same_rise_for_everyone_is_a_claim(library, sentence, lang):
    assert RISE in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("sentence,lang", RISE_RIGHT)
def test_rise_depends_on_pension_stays_right(library, sentence, lang):  # must-not
    assert RISE not in wrong_claim_refs(library, sentence, lang)


def _gated(verdict: dict) -> bool:
    return verdict["result"] == "fail"


def test_family_doctor_gate(library):
    reply = ("Puude raskusastme tuvastamiseks minge perearsti juurde: perearst vaatab ema üle ja määrab puude "
             "raskusastme ise.")
    assert _gated(scenario_criterion(library, "social-welfare-redirect-chat-et", "knowledge_values", reply))


def test_same_rise_gate(library):
    reply = "Pension tõuseb aprillis kõigil ühepalju eurodes, see on kõigile sama summa."
    assert _gated(scenario_criterion(library, "indexation-day-et", "knowledge_values", reply))
