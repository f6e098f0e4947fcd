"""An assurance ("Võin Teid kinnitada, et ...", «Могу Вас заверить, что ...») before a future outcome of the
client's case promises it (batch 16, guardian-for-ward-et/wrong_fact). Confirming a present fact, a past
event, a rule, or the agent's own next step is no promise."""

import pytest

from trainer.scoring.promises import is_promise


@pytest.mark.parametrize("lang, sentence", [
    ("et", "Võin Teid kinnitada: kui saadate dokumendi sel nädalal, hakkab toetus järgmisest kuust Teie kontole laekuma."),
    ("et", "Võin Teid kinnitada, et raha laekub Teie kontole 15. detsembriks."),
    ("et", "voin teile kinnitada et otsus tuleb enne joule"),
    ("et", "Kinnitan Teile, et vastuse saate järgmisel nädalal."),
    ("ru", "Могу Вас заверить, что деньги придут до 15 декабря."),
    ("ru", "Могу Вам подтвердить, что выплата поступит завтра."),
    ("ru", "заверяю вас решение будет на следующей неделе"),
])
def test_assured_future_outcome_is_a_promise(lang, sentence):
    assert is_promise(sentence, lang)


@pytest.mark.parametrize("lang, sentence", [
    ("et", "Kinnitan Teile, et Teie pension on praegu 745 eurot kuus."),
    ("et", "Saan Teile kinnitada, et toetuse summa on õige."),
    ("et", "Võin Teile kinnitada, et Teie avaldus on meile jõudnud."),
    ("et", "Võin Teid kinnitada, et pension laekub iga kuu 5. kuupäeval."),
    ("et", "Kinnitan, et sain Teie avalduse kätte ja edastan selle spetsialistile."),
    ("et", "Kas võin Teie isikukoodi kinnitada?"),
    ("ru", "Могу Вам подтвердить, что Ваша пенсия составляет 745 евро."),
    ("ru", "Могу подтвердить, что пособие назначено."),
    ("ru", "Могу Вас заверить, что мы рассмотрим Ваше заявление."),
    ("ru", "Подтверждаю, что заявление поступило к нам вчера."),
])
def test_assured_present_fact_is_no_promise(lang, sentence):
    assert not is_promise(sentence, lang)
