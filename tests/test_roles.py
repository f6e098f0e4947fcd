"""Content concepts read who does what and whether it is done (issue 10, blind judge: roles and negation).

(a) a concept phrase in a clause that a negated main clause governs ("Ma ei hakka vaatama, kas raha tuli tagasi",
    «Я не обещаю, что ответ будет») is not done; not knowing yet ("ei tea, kas ...") still raises it;
(b) an actor named by a concept (the Finnish institution deciding and paying) whose clause gives it only another
    action («финская сторона только пересылает бумаги») or whose sentence gives the concept's action to the Board
    («финскую пенсию выплачиваем мы») does not satisfy it, and the Board said to pay the Finnish pension trips the
    scenario's not-concept (ska-facts: the other country's institution decides and pays, the Board forwards);
(c) a bare number of months said as the pension age («пенсионный возраст – 6 месяцев») is a wrong pension age,
    no correction of the client's 65.
The sentences are written for this test, not copied from the runs.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from scoring_support import scenario_criterion  # noqa: E402

from trainer.simulation.library import Library  # noqa: E402

LIB = Library.load(Path(__file__).parent.parent)


def verdict(scenario: str, criterion: str, reply: str) -> tuple[str, str]:
    r = scenario_criterion(LIB, scenario, criterion, reply)
    return r["result"], r.get("reason", "")


@pytest.mark.xfail(strict=True, reason="text/checking.py is not wired into negation yet: as a general negation it hid "
                   "wrong claims that state the denial («Мы не можем проверить, вернулась ли выплата, это знает только "
                   "Ваш банк», tests/test_b53facts.py); next: apply it to positive concept checks only")
# (a) a negated governing clause
@pytest.mark.parametrize("reply", [
    "Ma ei hakka vaatama, kas raha tuli meile tagasi, oodake lihtsalt rahulikult.",
    "ma ei hakka vaatama kas raha tuli meile tagasi oodake lihtsalt",          # spoken, no punctuation
    "Ma ei kontrolli, kas Teie pangakonto on muutunud, raha tuleb niikuinii.",
    "ma ei kontrolli kas teie pangakonto on muutunud",
])
def test_denied_check_is_no_check(reply):
    assert verdict("pension-late-et", "check_account", reply)[0] == "fail"


@pytest.mark.parametrize("reply", [
    "Kontrollin kohe, kas raha tuli meile tagasi.",
    "Ma vaatan kohe järele, kas raha tuli meile tagasi.",
    "Kas Teie pangakonto on vahepeal muutunud?",
    "kui raha ei tulnud tagasi siis kontrollime kas pangakonto on sama",
    "Ärge muretsege, ma vaatan, kas raha tuli meile tagasi.",
    "Pole probleemi, vaatan, kas raha tuli meile tagasi.",
    "pole probleemi vaatan kas raha tuli meile tagasi",
    "kui raha kontol pole tuleb kontrollida kas kontonumber on oige",     # "pole" is the condition's
])
def test_check_still_counts(reply):
    assert verdict("pension-late-et", "check_account", reply)[0] == "pass"


def _negated(sentence: str, word: str, lang: str) -> bool:
    from trainer import text as tx
    return tx.is_negated(sentence, tx.fold(sentence).find(word), lang)


@pytest.mark.xfail(strict=True, reason="text/checking.py is not wired into negation yet: as a general negation it hid "
                   "wrong claims that state the denial («Мы не можем проверить, вернулась ли выплата, это знает только "
                   "Ваш банк», tests/test_b53facts.py); next: apply it to positive concept checks only")
@pytest.mark.parametrize("sentence", [
    "Я не буду проверять, вернулся ли платёж, подождите.",
    "я не буду проверять вернулся ли платеж",
    "Не могу уточнить, вернулся ли платёж.",
    "Вернулся ли платёж, этого я проверить не могу.",
])
def test_denied_check_ru(sentence):
    assert _negated(sentence, "вернулся", "ru")


@pytest.mark.parametrize("sentence", [
    "Не волнуйтесь, я проверю, вернулся ли платёж.",
    "не волнуйтесь я проверю вернулся ли платеж",
    "Сейчас посмотрю, вернулся ли платёж.",
])
def test_check_ru_not_denied(sentence):
    assert not _negated(sentence, "вернулся", "ru")


# (b) who does what
@pytest.mark.parametrize("reply", [
    "Заявление подаёте у нас; финская сторона только пересылает бумаги, а финскую пенсию платит Департамент.",
    "заявление подаете у нас финская сторона только пересылает бумаги а финскую пенсию платит департамент",
    "Финское учреждение лишь получает документы от нас, а финскую пенсию выплачиваем мы сами.",
    "Финское учреждение только пересылает документы.",
])
def test_swapped_roles_fail_ru(reply):
    assert verdict("foreign-eu-pension-ru", "foreign_institution_decides", reply)[0] == "fail"


@pytest.mark.parametrize("reply", [
    "Департамент выплачивает Вам и финскую пенсию.",
    "финскую пенсию выплачивает департамент",
    "Мы будем платить Вам финскую пенсию.",
])
def test_board_paying_finnish_pension_is_wrong_ru(reply):
    assert verdict("foreign-eu-pension-ru", "foreign_institution_decides", reply) == ("fail", "part_1")


@pytest.mark.parametrize("reply", [
    "Финскую пенсию назначает и выплачивает финское учреждение, а Департамент выплачивает эстонскую.",
    "Мы только передаём заявление, решение принимает финское учреждение.",
    "мы только передаем заявление решение принимает финское учреждение",
    "Заявление подаёте у нас, мы его передадим, а финская сторона сама решит и заплатит свою часть.",
    "Финское учреждение не пересылает ничего само: заявление передаём мы, а платит финское учреждение.",
])
def test_right_roles_pass_ru(reply):
    assert verdict("foreign-eu-pension-ru", "foreign_institution_decides", reply)[0] == "pass"


@pytest.mark.parametrize("reply", [
    "Soome pensioni maksab talle SKA, taotluse saab esitada meile.",
    "Sotsiaalkindlustusamet maksab emale ka Soome pensioni.",
    "ska maksab ka soome pensioni",
])
def test_board_paying_finnish_pension_is_wrong_et(reply):
    assert verdict("national-pension-chat-et", "foreign_pension", reply) == ("fail", "part_1")


def test_finnish_institution_only_forwarding_is_no_forwarding_et():
    reply = "Soome pensioni kohta: Soome asutus ainult edastab dokumendid, taotluse saab esitada ka siin."
    assert verdict("national-pension-chat-et", "foreign_pension", reply)[0] == "fail"


@pytest.mark.parametrize("reply", [
    "Soome pensioni maksab Soome; taotluse esitab ta meile ja me edastame selle Soome pensioniasutusele.",
    "soome pensioni maksab soome taotluse edastame meie",
])
def test_right_roles_pass_et(reply):
    assert verdict("national-pension-chat-et", "foreign_pension", reply)[0] == "pass"


# (c) a number of months is no pension age
@pytest.mark.parametrize("reply", [
    "Пенсионный возраст в 2027 году – 6 месяцев.",
    "пенсионный возраст в 2027 году будет 7 месяцев",
])
def test_months_as_age_is_wrong_ru(reply):
    assert verdict("foreign-eu-pension-ru", "pension_age_2027", reply) == ("fail", "wrong")


def test_months_as_age_is_wrong_et():
    assert verdict("pension-age-early-et", "pension_age_2027", "Pensioniiga on 2027. aastal 6 kuud.") \
        == ("fail", "wrong")


@pytest.mark.parametrize("reply", [
    "В 2027 году пенсионный возраст – 65 лет и 1 месяц, подать заявление можно за 6 месяцев до пенсионного возраста.",
    "пенсионный возраст 65 лет и 1 месяц до пенсионного возраста осталось 6 месяцев",
])
def test_months_beside_the_age_stay_right_ru(reply):
    assert verdict("foreign-eu-pension-ru", "pension_age_2027", reply)[0] == "pass"


@pytest.mark.parametrize("reply", [
    "До пенсионного возраста Вам осталось 6 месяцев.",
    "Пенсионный возраст наступит через 6 месяцев.",
])
def test_months_before_the_age_are_no_wrong_age_ru(reply):
    assert verdict("foreign-eu-pension-ru", "pension_age_2027", reply)[1] != "wrong"


def test_months_beside_the_age_stay_right_et():
    reply = "2027. aastal on pensioniiga 65 aastat ja 1 kuu, taotluse saab esitada 6 kuud enne pensioniiga."
    assert verdict("pension-age-early-et", "pension_age_2027", reply)[0] == "pass"
