"""Batch 26 (tests/newuser/live26): three misreadings of a rule or an invitation.

- «финскую пенсию ... назначит и будет платить финское учреждение» names who decides and pays under the
  coordination rules (another state's institution, said after both verbs); it promised nothing, yet no_promise
  failed a good run (and live14's good run, listed as a known miss until now).
- "otsus tuleb pärast õiguse tekkimist mais" restates the rule with the client's own month: the date bounds the
  right, the decision comes after it; a plain date ("otsus tuleb 20. mail", «решение будет через две недели»)
  is still a promise.
- «можете написать код здесь» invites the personal code into an open chat: an identifier request like «напишите».
"""

from __future__ import annotations

import pytest

from trainer.scoring.identifier_requests import find_identifier_requests
from trainer.scoring.promises import is_promise


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "Пенсию за стаж в Финляндии назначит и будет выплачивать финская сторона, эстонскую – мы."),
    ("ru", "Финскую часть Вам назначит и будет платить учреждение той страны."),
    ("et", "Soome pensioni määrab ja maksab Teile Soome pensioniasutus, Eesti pensioni meie."),
    ("et", "Otsuse teeme pärast pensioniõiguse tekkimist aprillis, mitte varem."),
    ("et", "Otsuse saate alles pärast pensioniea täitumist 3. juunil."),
    ("ru", "Решение будет после возникновения права на пенсию в июне, не раньше."),
    ("ru", "Решение придёт после достижения пенсионного возраста в марте."),
])
def test_who_decides_or_the_rule_with_the_clients_date_is_no_promise(lang, sentence):
    assert not is_promise(sentence, lang)


@pytest.mark.parametrize("lang, sentence", [
    ("et", "Otsus tuleb 20. mail."),
    ("et", "Otsuse saate juunis."),
    ("et", "Otsus tuleb kindlasti pärast õiguse tekkimist mais."),
    ("ru", "Решение будет через две недели."),
    ("ru", "Ответ придёт через неделю."),
    ("ru", "Решение будет в мае."),
    ("ru", "Финское учреждение точно назначит Вам пенсию."),
    ("ru", "Мы назначим Вам пенсию, а финское учреждение свою."),
    ("et", "Soome pensioni määrab Teile kindlasti Soome asutus."),
])
def test_a_date_or_a_certain_outcome_stays_a_promise(lang, sentence):
    assert is_promise(sentence, lang)


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "Вы можете прислать личный код сюда, я посмотрю сумму."),
    ("ru", "Если хотите, можно указать здесь Ваш личный код."),
    ("et", "Võite oma isikukoodi siia kirjutada, ma vaatan järele."),
    ("et", "Isikukoodi võiksite saata siia vestlusesse."),
])
def test_an_invitation_to_type_the_code_in_the_chat_asks_for_it(lang, sentence):
    assert find_identifier_requests(sentence, lang)


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "Личный код можете ввести в среде самообслуживания."),
    ("ru", "Код сюда писать не нужно, вопрос можете написать в среде самообслуживания."),
    ("et", "Isikukoodi saate sisestada iseteeninduses."),
    ("et", "Isikukoodi ei pea siia kirjutama, küsimuse võite kirjutada iseteeninduses."),
])
def test_the_code_kept_out_of_the_chat_is_no_request(lang, sentence):
    assert not find_identifier_requests(sentence, lang)
