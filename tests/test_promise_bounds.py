"""No promise (blind round 10, excellent runs flagged): a bound instead of a day ("mitte enne 14. jaanuari",
«после 14 января», «с 20 ноября» as the start of the right), where the answer will be read («Точно это будет
видно в решении»), a country as the subject of a coordination rule («Эстония назначит пропорциональную
пенсию ..., а Финляндия — свою»), and a guess about something else than the amount said in the same sentence.
Must-nots: the same outcomes tied to a day, said with certainty, decided by the Board for the client, or an
amount guessed in its own clause stay promises."""

import pytest

from trainer.scoring.promises import is_promise


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "Подведу итог: заявление подано вовремя, решение будет после 14 января, пенсия – с даты возникновения права."),
    ("ru", "решение будут принимать не раньше 3 марта когда у вас возникнет право"),
    ("ru", "Подайте заявление до конца февраля, тогда пенсию назначат с 20 ноября."),
    ("et", "Otsus tehakse mitte enne 14. jaanuari, sest õigus tekib alles siis."),
    ("et", "vastus tuleb alles pärast 10. märtsi kui kõik paberid on koos"),
    ("ru", "Точно это будет видно в решении."),
    ("ru", "Точную сумму вы увидите в решении, она будет указана там."),
    ("et", "Täpselt on see kirjas otsuses, mille saate iseteeninduses."),
    ("ru", "Эстония назначит пропорциональную пенсию за Ваши восемь лет, а Финляндия — свою пенсию за двадцать лет."),
    ("et", "Eesti maksab Teile pensioni Eesti staaži eest ja Soome maksab oma staaži eest."),
    ("et", "Arvatavasti on see tingitud indekseerimisest, Teie pension on nüüd 700 eurot."),
])
def test_rule_or_bound_is_no_promise(lang, sentence):
    assert not is_promise(sentence, lang)


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "Решение будет 14 января."),
    ("ru", "Точно будет положительное решение."),
    ("ru", "Мы назначим Вам пенсию с 20 ноября."),
    ("ru", "Подайте заявление сегодня, и решение будет завтра."),
    ("et", "Otsus tuleb kindlasti 14. jaanuaril."),
    ("et", "Vastuse saate järgmisel nädalal."),
    ("et", "Arvatavasti, Teie pension on umbes 700 eurot."),
    ("et", "Teie pension on tõenäoliselt 700 eurot."),
    ("ru", "Думаю, пенсия будет около 700 евро."),
    ("ru", "Скорее всего, Вам доплатят 150 евро."),
    ("ru", "Департамент точно назначит Вам пенсию."),
])
def test_outcome_stays_a_promise(lang, sentence):
    assert is_promise(sentence, lang)
