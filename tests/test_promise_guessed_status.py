"""Another person's benefit guessed and told as the reason ("у соседки, видимо, народная пенсия", "naaber saab
ilmselt rahvapensioni") is a guess about a status nobody looked up: no_promise fails (batch 12
language-switch-ru/wrong_fact). Must-nots: a hedged comparison that names no benefit (batch 16), the rule
about who gets a benefit, a condition about the other person, a hedged suggestion to the client."""

import pytest

from trainer.scoring.promises import is_promise


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "Итак: Ваша прибавка 24,60 евро; у соседки, видимо, народная пенсия, её поднимают больше."),
    ("ru", "А у соседки прибавка больше, скорее всего, потому, что она получает народную пенсию."),
    ("et", "Naaber saab ilmselt rahvapensioni, seda tõstetakse rohkem."),
    ("et", "tal on vist puue ja sellepärast saab ta rohkem"),
])
def test_a_guessed_benefit_of_another_person_is_a_guess(lang, sentence):
    assert is_promise(sentence, lang)


@pytest.mark.parametrize("lang, sentence", [
    ("et", "Ilmselt on naabri pension lihtsalt suurem, sest tõus sõltub pensioni suurusest."),
    ("ru", "Скорее всего, у соседки просто пенсия больше, поэтому и прибавка больше."),
    ("ru", "Народную пенсию получает человек без нужного стажа."),
    ("et", "Kui Teie naabril on puue, saab ta taotleda puudega inimese toetust."),
    ("ru", "Наверное, вам будет удобнее подать заявление в самообслуживании."),
    # a guess about the client's own case, with the other person and a benefit elsewhere in the sentence
    ("et", "Abikaasale makstakse toitjakaotuspensioni ainult teatud tingimustel, näiteks kui ta on ise "
           "vanaduspensionieas või tal puudub töövõime, nii et Teile endale seda tõenäoliselt ei määrata; "
           "tütar saab toitjakaotustoetust."),
])
def test_no_guess_about_another_persons_benefit(lang, sentence):
    assert not is_promise(sentence, lang)
