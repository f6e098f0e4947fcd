"""New-user batch 53 wrong facts that passed, or failed only by points, at first sight (own sentences, with must-nots):

1. the decision said to be contested at the administrative court, the Board not reviewing its own decision
   (appeal-refused-ru wrong): the first step is a vaie to the Board itself (`deadlines.appeal_filed_with_board`);
2. the average old-age pension said to be another sum than about 860 euros (language-switch-ru wrong: «около 960
   евро»): the fact had a value but no topic, so no number was compared with it
   (`pension-indexation.average_old_age_pension`);
3. money missing after the payment day sent to the bank, the Board said not to see whether the payment came back
   (pension-weekend-ru wrong): the Board checks the account number and the returned payment itself
   (`pension-payment.money_same_day`);
4. the Board said to give a bailiff no pension data at all, even in writing, and the bailiff sent to the Tax and
   Customs Board (data-request-bailiff-et wrong): only the phone is ruled out, a written request with its legal basis
   is answered (`complaints-and-requests.no_data_to_authorities_by_phone`).
"""

from __future__ import annotations

import pytest
from scoring_support import wrong_claim_refs

from trainer.simulation.library import load_library

APPEAL = "deadlines.appeal_filed_with_board"
AVERAGE = "pension-indexation.average_old_age_pension"
MONEY = "pension-payment.money_same_day"
AUTHORITIES = "complaints-and-requests.no_data_to_authorities_by_phone"


@pytest.fixture(scope="module")
def library():
    return load_library()


@pytest.mark.parametrize(("language", "sentence"), [
    ("ru", "Обжаловать отказ можно только в административном суде."),
    ("ru", "Если Вы не согласны с решением, подайте жалобу в административный суд."),
    ("ru", "Для того чтобы оспорить это решение, надо обращаться в суд."),
    ("ru", "Решение уже принято, и мы его сами не пересматриваем."),
    ("ru", "Департамент свои решения не пересматривает, это делает суд."),
    ("et", "Otsuse vaidlustamiseks tuleb pöörduda halduskohtusse."),
    ("et", "Kui otsusega nõus ei ole, esitage kaebus halduskohtule."),
    ("et", "Amet on otsuse teinud ja ise seda üle ei vaata."),
    ("et", "Otsust saab vaidlustada ainult kohtus."),
])
def test_the_court_as_the_way_to_contest_is_wrong(library, language, sentence):
    assert APPEAL in wrong_claim_refs(library, sentence, language)


@pytest.mark.parametrize(("language", "sentence"), [
    ("ru", "Если Вы не согласны с решением, подайте возражение в Департамент в течение 30 дней."),
    ("ru", "Если решение по возражению Вас не устроит, можно обратиться в административный суд."),
    ("ru", "Кроме возражения, можно сразу подать жалобу в административный суд."),
    ("ru", "Департамент сам рассматривает возражение и может изменить своё решение."),
    ("ru", "Здесь в чате я решение не пересматриваю: для этого подайте возражение."),
    ("ru", "Хотите обжаловать решение в суде?"),
    ("et", "Kui otsusega nõus ei ole, saate esitada vaide ametile 30 päeva jooksul."),
    ("et", "Kui vaideotsusega ei nõustu, võite pöörduda halduskohtusse."),
    ("et", "Amet vaatab vaide ise läbi ja võib oma otsust muuta."),
    ("et", "Halduskohtusse pöördumine on eraldi tee, ka pärast vaideotsust."),
])
def test_the_vaie_first_and_the_court_after_are_no_claim(library, language, sentence):
    assert APPEAL not in wrong_claim_refs(library, sentence, language)


@pytest.mark.parametrize(("language", "sentence"), [
    ("ru", "Средняя пенсия по старости сейчас около 960 евро."),
    ("ru", "После апрельской индексации средняя пенсия по старости составляет 920 евро в месяц."),
    ("ru", "5,3 % – это рост средней пенсии, она теперь примерно 1000 евро."),
    ("et", "Keskmine vanaduspension on nüüd umbes 960 eurot."),
    ("et", "Pärast aprilli tõusu on keskmine vanaduspension 780 eurot kuus."),
])
def test_another_average_pension_is_wrong(library, language, sentence):
    assert AVERAGE in wrong_claim_refs(library, sentence, language)


@pytest.mark.parametrize(("language", "sentence"), [
    ("ru", "Средняя пенсия по старости с апреля – около 860 евро в месяц."),
    ("ru", "Ваша пенсия 512,30 евро, прибавка в апреле – 24,60 евро."),
    ("ru", "5,3 % – это рост средней пенсии, а Ваша прибавка – 24,60 евро."),
    ("ru", "Пособие получает тот, чья пенсия меньше 1,2-кратной средней пенсии по старости, в 2026 году около 1030 евро."),
    ("ru", "Средняя пенсия по старости – около 860 евро, а у Вас 512 евро."),
    ("ru", "Итог: 5,3 % – рост средней пенсии, прибавка у всех разная, у Вас – 31,20 евро."),
    ("ru", "Средняя пенсия по старости не 960 евро, а около 860."),
    ("et", "Keskmine vanaduspension on aprillist umbes 860 eurot kuus."),
    ("et", "Keskmine vanaduspension on alates 2026. aasta aprillist umbes 860 eurot kuus."),
    ("et", "5,3 % on keskmise vanaduspensioni tõus, Teie tõus on 27,40 eurot."),
    ("et", "Toetuse piir on 1,2 korra keskmine vanaduspension ehk umbes 1032 eurot."),
    ("et", "Teie pension on 640 eurot, see on keskmisest väiksem."),
    ("et", "Toetust saab, kui pension on väiksem kui 1,2-kordne keskmine vanaduspension ehk umbes 1030 eurot."),
])
def test_the_average_pension_told_right_and_own_sums_are_no_claim(library, language, sentence):
    assert AVERAGE not in wrong_claim_refs(library, sentence, language)


@pytest.mark.parametrize(("language", "sentence"), [
    ("ru", "Департамент не видит, дошёл ли платёж и не вернулся ли он, это может проверить только банк."),
    ("ru", "Мы не можем проверить, вернулась ли выплата, это знает только Ваш банк."),
    ("ru", "Если денег не будет и завтра, обратитесь в свой банк."),
    ("ru", "Это может проверить лишь Ваш банк, у нас этого не видно."),
    ("et", "Amet ei näe, kas makse jõudis kohale või tuli tagasi, seda saab kontrollida ainult pank."),
    ("et", "Kui raha homme ka kontol ei ole, pöörduge oma panka."),
    ("et", "Meie ei saa kontrollida, kas raha tuli tagasi."),
])
def test_the_missing_money_sent_to_the_bank_is_wrong(library, language, sentence):
    assert MONEY in wrong_claim_refs(library, sentence, language)


@pytest.mark.parametrize(("language", "sentence"), [
    ("ru", "Если денег не будет и завтра, позвоните нам: проверим номер счёта и не вернулся ли платёж."),
    ("ru", "Я проверю, не вернулся ли платёж, и какой номер счёта у нас указан."),
    ("ru", "Если с нашей стороны всё в порядке, обратитесь в свой банк."),
    ("ru", "Снять деньги в банкомате можно в любом банке."),
    ("ru", "Вы не видите, пришли ли деньги?"),
    ("et", "Kui raha homme kontol ei ole, helistage meile: kontrollime kontonumbrit ja seda, kas makse tuli tagasi."),
    ("et", "Ma vaatan kohe, kas makse on tagasi tulnud."),
    ("et", "Kui meie poolt on kõik korras, pöörduge oma panka."),
])
def test_the_board_checking_the_payment_is_no_claim(library, language, sentence):
    assert MONEY not in wrong_claim_refs(library, sentence, language)


@pytest.mark.parametrize(("language", "sentence"), [
    ("et", "Kohtutäituritele me pensioniandmeid üldse ei väljasta."),
    ("et", "Täiturile ei anna amet neid andmeid ka kirjaliku päringu peale."),
    ("et", "Politseile me isikuandmeid ei väljasta, ka kirjalikult mitte."),
    ("et", "Võlgniku sissetulekute kohta pöörduge palun Maksu- ja Tolliameti poole."),
    ("et", "Võlgniku pensioni info saate Maksu- ja Tolliametist, mitte meilt."),
    ("ru", "Судебным исполнителям мы данные о пенсии вообще не выдаём."),
    ("ru", "Приставу эти сведения не предоставляются даже по письменному запросу."),
    ("ru", "За данными о доходах должника обратитесь в Налогово-таможенный департамент."),
])
def test_no_data_to_a_bailiff_at_all_is_wrong(library, language, sentence):
    assert AUTHORITIES in wrong_claim_refs(library, sentence, language)


@pytest.mark.parametrize(("language", "sentence"), [
    ("et", "Telefoni teel ma andmeid kohtutäiturile ei väljasta."),
    ("et", "Telefonis ei saa ma neid andmeid anda, ka kohtutäiturile mitte; saatke kirjalik päring."),
    ("et", "Kirjalikule päringule vastame, telefoni teel andmeid ei anna."),
    ("et", "Maksuküsimustes pöörduge Maksu- ja Tolliameti poole."),
    ("ru", "По телефону судебному исполнителю данные не сообщают, пришлите письменный запрос."),
    ("ru", "Письменный запрос с правовым основанием мы рассмотрим и ответим."),
    ("ru", "По вопросам налога обратитесь в Налогово-таможенный департамент."),
])
def test_the_phone_ruled_out_and_the_written_request_answered_are_no_claim(library, language, sentence):
    assert AUTHORITIES not in wrong_claim_refs(library, sentence, language)
