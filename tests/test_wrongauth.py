"""Wrong facts without a number that passed or failed by points only (new-user batches 73 and 74), on sentences written
for these tests.

1. appeal-refused-ru wrong (live73): the vaie about the Board's pension decision said to go to another authority
   (Töötukassa). The truth (ska-facts, haldusmenetluse seadus § 73; knowledge deadlines.appeal_filed_with_board): a
   vaie goes to the body that made the decision, the Board itself. A knowledge claim of appeal_filed_with_board (et,
   ru): the vaie sent to, filed with or reviewed by Töötukassa, Tervisekassa (Haigekassa) or the Tax and Customs
   Board, also as "not to us but to ...". A denial («не в Кассу по безработице, а к нам»), a question, the truth in
   other words and a vaie against that authority's own decision (a work-ability decision of Töötukassa) stay right.
2. family-finland-ru wrong (live74): full child benefits from both Estonia and Finland at the same time. The truth
   (ska-facts topic 14, cross-border.primary_country): one country pays first, the other at most the difference. A
   knowledge claim of primary_country (ru, et): both / two / full benefits from both countries, in full or at once.
   A denial, a question and the rule itself (one pays, the other the difference) stay right.
"""

from __future__ import annotations

import pytest
from scoring_support import scenario_criterion, wrong_claim_refs

from trainer.simulation.library import load_library

BOARD = "deadlines.appeal_filed_with_board"
PRIMARY = "cross-border.primary_country"


@pytest.fixture(scope="module")
def library():
    return load_library()


def _gated(verdict: dict) -> bool:
    return verdict["result"] == "fail"


# -- 1. the vaie to another authority --------------------------------------------------------------------------------

AUTH_WRONG = [
    ("Возражение на решение о пенсии нужно отправить в Кассу по безработице.", "ru"),
    ("Своё возражение Вы подаёте не нам, а в Töötukassa, они проверяют стаж.", "ru"),
    ("Возражение рассмотрит Касса по безработице.", "ru"),
    ("Подайте возражение в Больничную кассу.", "ru"),
    ("Возражения у нас принимает Налогово-таможенный департамент.", "ru"),
    ("Ваше возражение с копиями документов пересылаете в Töötukassa в течение месяца.", "ru"),
    ("Vaide pensioniotsuse kohta peate esitama Töötukassale.", "et"),
    ("Vaie tuleb saata Töötukassasse, sest staaži kontrollib tema.", "et"),
    ("Vaie ei lähe meile, vaid Tervisekassale.", "et"),
    ("Esitage vaie Haigekassale.", "et"),
    ("Teie vaide vaatab läbi Töötukassa.", "et"),
]
AUTH_RIGHT = [
    ("Возражение подаётся не в Кассу по безработице, а к нам, в Департамент.", "ru"),
    ("Возражение подаёте нам, а справку о стаже можно взять в Кассе по безработице.", "ru"),
    ("Возражение подаётся в Департамент, который принял решение; Касса по безработице тут ни при чём.", "ru"),
    ("Вы подавали возражение в Кассу по безработице?", "ru"),
    ("Возражение на решение Кассы по безработице о работоспособности подаётся в саму Кассу.", "ru"),
    ("Не отправляйте возражение в Кассу по безработице: его рассматриваем мы.", "ru"),
    ("Vaie esitatakse Sotsiaalkindlustusametile, mitte Töötukassale.", "et"),
    ("Kas esitasite vaide Töötukassale?", "et"),
    ("Töövõime hindamise otsuse vaie esitatakse Töötukassale.", "et"),
    ("Vaie läheb ametile, kes otsuse tegi, ehk meile.", "et"),
    ("Vaide saadate meile, aga tööraamatu andmeid võib küsida ka Töötukassast.", "et"),
    # a new application after a vaie (a new expertise on new health data) may go to Töötukassa: a joint application
    ("Uued terviseandmed ei kuulu vaidesse, vaid uude taotlusse. Seda taotlust saab esitada Töötukassale.", "et"),
    ("Новые медицинские данные – не для возражения, а для нового заявления. Его можно подать в Кассу по безработице.",
     "ru"),
]


@pytest.mark.parametrize("sentence,lang", AUTH_WRONG)
def test_vaie_to_another_authority_is_a_claim(library, sentence, lang):
    assert BOARD in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("sentence,lang", AUTH_RIGHT)
def test_vaie_to_the_board_is_no_claim(library, sentence, lang):  # must-not
    assert BOARD not in wrong_claim_refs(library, sentence, lang)


def test_wrong_authority_gate_ru(library):
    reply = ("Возражение можно написать в свободной форме. Только отправлять его надо не нам, а в Кассу по "
             "безработице, потому что стаж проверяют там.")
    verdict = scenario_criterion(library, "appeal-refused-ru", "knowledge_values", reply)
    assert _gated(verdict), verdict


def test_right_authority_passes_the_gate_ru(library):  # must-not
    reply = ("Возражение можно написать в свободной форме и подать его нам, в Департамент, не в Кассу по "
             "безработице. Приложите копию трудовой книжки.")
    verdict = scenario_criterion(library, "appeal-refused-ru", "knowledge_values", reply)
    assert verdict["result"] != "fail", verdict


def test_wrong_authority_gate_et(library):
    reply = "Vaide võite kirjutada vabas vormis, aga esitada tuleb see Töötukassale, sest staaži kontrollib tema."
    verdict = scenario_criterion(library, "appeal-howto-chat-et", "knowledge_values", reply)
    assert _gated(verdict), verdict


# -- 2. full benefits from both countries -----------------------------------------------------------------------------

DOUBLE_WRONG = [
    ("Вам положены полные детские пособия из обеих стран одновременно.", "ru"),
    ("Будете получать два пособия: и эстонское, и финское полностью.", "ru"),
    ("Да, оба пособия Вам будут платить в двух странах сразу.", "ru"),
    ("Семья получает пособия полностью и в Эстонии, и в Финляндии.", "ru"),
    ("Teile makstakse lapsetoetusi täies mahus mõlemast riigist.", "et"),
    ("Saate kaks toetust korraga: nii Eestist kui ka Soomest täies mahus.", "et"),
    ("Peretoetus tuleb täielikult mõlemast riigist.", "et"),
]
DOUBLE_RIGHT = [
    ("Полные пособия из обеих стран одновременно не платят.", "ru"),
    ("В первую очередь платит одна страна, а другая может доплатить разницу.", "ru"),
    ("Получать два полных пособия сразу нельзя.", "ru"),
    ("Можно ли получать пособия из двух стран?", "ru"),
    ("Эстонское пособие Вы получаете полностью.", "ru"),
    ("Mõlemast riigist täies mahus toetust ei maksta.", "et"),
    ("Esmajärjekorras maksab üks riik, teine võib maksta vahe.", "et"),
    ("Kas saab toetust mõlemast riigist?", "et"),
    ("Eesti lapsetoetus tuleb Teile täies mahus.", "et"),
]


@pytest.mark.parametrize("sentence,lang", DOUBLE_WRONG)
def test_full_benefits_from_both_countries_is_a_claim(library, sentence, lang):
    assert PRIMARY in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("sentence,lang", DOUBLE_RIGHT)
def test_one_country_first_is_no_claim(library, sentence, lang):  # must-not
    assert PRIMARY not in wrong_claim_refs(library, sentence, lang)


def test_double_benefit_gate_ru(library):
    reply = ("Да, раз муж работает в Финляндии, а Вы в Эстонии, Вам положены полные пособия из обеих стран "
             "одновременно. Финское оформляется в Финляндии.")
    verdict = scenario_criterion(library, "family-finland-ru", "knowledge_values", reply)
    assert _gated(verdict), verdict


def test_one_country_passes_the_gate_ru(library):  # must-not
    reply = ("Полные пособия из двух стран сразу не платят: в первую очередь платит одна страна, а другая может "
             "доплатить разницу, если её пособие больше.")
    verdict = scenario_criterion(library, "family-finland-ru", "knowledge_values", reply)
    assert verdict["result"] != "fail", verdict
