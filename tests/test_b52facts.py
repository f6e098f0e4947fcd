"""New-user batch 52 wrong facts that passed at first sight (own sentences, with must-nots):

1. a document said to go to the Board by one channel only (guardian-for-ward-et wrong: the court ruling only in person,
   "e-mail or post are not possible"): documents are sent digitally signed by e-mail, by post, in the self-service or
   brought to an office (`contact-points.documents_channels`);
2. a pension decision tied to a calendar date (refuses-code-et wrong: "... otsus tuleb Teile hiljemalt 11.
   detsembril"): "at the latest" made the date a deadline for `no_promise`, and the scenario's date reading took only
   "11. detsembriks"; the knowledge says a fixed date must not be promised (`deadlines.pension_processing_days`);
3. the pension certificate said to be posted to the client by the Board (invalid-code-et wrong: "see jõuab Teile posti
   teel 3 tööpäeva jooksul"): she takes it from the self-service herself (`pension-payment.pension_certificate`).
"""

from __future__ import annotations

import pytest
from scoring_support import scenario_criterion, wrong_claim_refs

from trainer.simulation.library import load_library

CHANNELS = "contact-points.documents_channels"
DECISION_DATE = "deadlines.pension_processing_days"
CERTIFICATE = "pension-payment.pension_certificate"


@pytest.fixture(scope="module")
def library():
    return load_library()


@pytest.mark.parametrize(("language", "sentence"), [
    ("et", "Kohtumääruse saate esitada ainult isiklikult klienditeeninduses."),
    ("et", "Volikirja peate tooma isiklikult büroosse, posti teel seda saata ei saa."),
    ("et", "Dokumente võtame vastu üksnes kohapeal."),
    ("et", "e-postiga määrust esitada ei saa, tooge see kontorisse"),
    ("et", "Määruse koopia tuleb isiklikult kohale tuua."),
    ("ru", "Определение суда можно подать только лично в бюро обслуживания."),
    ("ru", "Копию определения нужно принести лично, по почте её не принимают."),
    ("ru", "Документы мы принимаем только на месте."),
    ("ru", "По электронной почте доверенность отправить нельзя, приходите в бюро."),
])
def test_a_document_said_to_go_by_one_channel_only_is_wrong(library, language, sentence):
    assert CHANNELS in wrong_claim_refs(library, sentence, language)


@pytest.mark.parametrize(("language", "sentence"), [
    ("et", "Kohtumääruse koopia võite tuua isiklikult klienditeenindusse või saata digitaalselt allkirjastatuna e-postiga."),
    ("et", "Määrust ei saa saata tavalise e-kirjaga, ainult digitaalselt allkirjastatuna."),
    ("et", "Dokumente ei saa saata avatud veebivestlusesse: esitage need iseteeninduses, posti teel või klienditeeninduses."),
    ("et", "Määrust ei pea tooma isiklikult, selle võib saata ka posti teel."),
    ("et", "Kas saaksite määruse tuua isiklikult klienditeenindusse?"),
    ("et", "Kui Teil digiallkirja ei ole, tooge määrus klienditeenindusse või saatke posti teel."),
    ("ru", "Определение можно принести лично или отправить по электронной почте с цифровой подписью."),
    ("ru", "Обычным письмом без цифровой подписи документы по электронной почте не принимаются."),
    ("ru", "Документы в открытый чат не отправляют: подайте их в среде самообслуживания, по почте или в бюро."),
    ("ru", "Приходить лично не обязательно: определение можно прислать по почте."),
])
def test_the_channels_told_right_are_no_claim(library, language, sentence):
    assert CHANNELS not in wrong_claim_refs(library, sentence, language)


@pytest.mark.parametrize(("language", "sentence"), [
    ("et", "Pensioniotsus tuleb Teile hiljemalt 14. jaanuaril."),
    ("et", "Otsuse pensioni kohta saate hiljemalt 3. märtsiks."),
    ("et", "pensioniotsus on teil käes hiljemalt kaheksandaks veebruariks"),
    ("ru", "Решение о пенсии Вы получите не позднее 11 декабря."),
    ("ru", "Решение о назначении пенсии будет готово к 3 марта."),
])
def test_a_pension_decision_tied_to_a_date_is_wrong(library, language, sentence):
    assert DECISION_DATE in wrong_claim_refs(library, sentence, language)


@pytest.mark.parametrize(("language", "sentence"), [
    ("et", "Pensioniotsus tehakse pärast pensioniõiguse tekkimist või 15 tööpäeva jooksul viimase dokumendi saabumisest."),
    ("et", "Kindlat kuupäeva pensioniotsusele ma lubada ei saa."),
    ("et", "Pensioniotsus tehti 3. märtsil."),
    ("et", "Pensioniotsus 3. märtsist on iseteeninduses näha."),
    ("et", "Taotlus saabus 20. novembril ja pensioniotsus tehakse üldjuhul 15 tööpäeva jooksul viimase dokumendi saabumisest."),
    ("et", "Pensioniotsus tehakse pärast seda, kui pensioniõigus tekib 14. jaanuaril."),
    ("ru", "Решение о пенсии принимается после возникновения права на пенсию 14 января."),
    ("ru", "Решение о пенсии от 3 марта видно в среде самообслуживания."),
    ("ru", "Точную дату решения о пенсии я обещать не могу."),
])
def test_the_decision_rule_and_dated_decisions_are_no_claim(library, language, sentence):
    assert DECISION_DATE not in wrong_claim_refs(library, sentence, language)


@pytest.mark.parametrize("reply", [
    "Otsus tuleb Teile hiljemalt 11. detsembril.",
    "otsuse saate kätte enne 11 detsembrit",
    "Taotlus on menetluses ja otsus on Teil käes 11. detsembriks.",
])
def test_refuses_code_names_the_promised_date(library, reply):
    assert scenario_criterion(library, "refuses-code-et", "no_fixed_date", reply)["result"] == "fail"


@pytest.mark.parametrize("reply", [
    "Teie taotlus saabus meile 20. novembril ja on menetluses.",
    "Otsus tehakse pärast pensioniõiguse tekkimist või 15 tööpäeva jooksul viimase dokumendi saabumisest.",
])
def test_refuses_code_rule_and_receipt_date_pass(library, reply):
    assert scenario_criterion(library, "refuses-code-et", "no_fixed_date", reply)["result"] == "pass"


@pytest.mark.parametrize(("language", "sentence"), [
    ("et", "Tõendi saadame Teile posti teel, see on mõne päeva pärast käes."),
    ("et", "Ma vormistan tõendi ja postitan selle Teile koju."),
    ("et", "Tõend tuleb Teile postiga kolme tööpäeva jooksul."),
    ("et", "Tõendit ei pea ise tellima, me saadame selle Teile."),
    ("ru", "Справку мы пришлём Вам по почте в течение трёх рабочих дней."),
    ("ru", "Справка придёт Вам домой по почте."),
    ("ru", "Самому справку заказывать не нужно, я оформлю её и отправлю Вам почтой."),
])
def test_the_certificate_said_to_be_posted_is_wrong(library, language, sentence):
    assert CERTIFICATE in wrong_claim_refs(library, sentence, language)


@pytest.mark.parametrize(("language", "sentence"), [
    ("et", "Tõendi saate iseteenindusest ise alla laadida."),
    ("et", "Tõendi saate iseteenindusest; kui arvutiga on raske, võite selle küsida klienditeenindusest."),
    ("et", "Otsuse saadame Teile posti teel."),
    ("et", "Kui soovite, võite tõendi kirjalikult taotleda ja see saadetakse Teile posti teel."),
    ("et", "Elusolekutõendi saate meile saata posti teel."),
    ("et", "Arstitõendi saatke meile posti teel."),
    ("ru", "Справку Вы можете сами скачать в среде самообслуживания."),
    ("ru", "Справку о нахождении в живых пришлите нам по почте."),
    ("ru", "Решение мы отправим Вам по почте."),
])
def test_the_certificate_from_the_self_service_is_no_claim(library, language, sentence):
    assert CERTIFICATE not in wrong_claim_refs(library, sentence, language)
