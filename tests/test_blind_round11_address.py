"""What blind round 11 (held out at its first replay) showed about formal address and the opening, in general form,
on own et/ru sentences:

- the Russian generalised second person («тяжело, когда ждёшь и не знаешь ...»: anyone, not the client) addresses
  nobody; a 2sg verb with «ты», outside such a clause, or an imperative still does;
- a Вы-imperative or 2pl verb whose readings pymorphy3 spreads thinly («заходите», all below 0.2) is plural;
- a clause-initial word with a copula or negation right after it ("Puudu ei ole midagi", "Vaja on tõendit") is a
  predicative, not an imperative; "Oota" and real imperatives with a complement still are;
- a singular imperative typed without diacritics ("vota ühendust" = võta) is still informal, and so is one after a
  fronted object in a text typed all in lower case ("otsust ennast vaata ...").
"""

import pytest

from trainer.text import find_informal_address


@pytest.mark.parametrize("sentence,found", [
    ("Понимаю, как обидно, когда деньги приходят позже, чем ждёшь.", []),
    ("Тяжело, когда ждёшь ответа и не знаешь, что будет дальше.", []),
    ("Неприятно, если получаешь письмо, которое не понимаешь.", []),
    # must-nots: the client addressed
    ("Понимаю, как обидно, когда ты ждёшь деньги.", ["ты", "ждёшь"]),
    ("Когда ждёшь ответа?", ["ждёшь"]),
    ("Ты можешь подать заявление онлайн.", ["Ты", "можешь"]),
    ("Тяжело, когда ждёшь, но можешь позвонить нам.", ["можешь"]),
    ("Неприятно, когда ждёшь, подожди ещё немного.", ["подожди"]),
    ("Зайди в самообслуживание и проверь.", ["Зайди", "проверь"]),
])
def test_ru_generic_second_person(sentence, found):
    assert [m.quote for m in find_informal_address(sentence, "ru")] == found


@pytest.mark.parametrize("sentence,found", [
    ("Заходите в среду самообслуживания с ID-картой.", []),
    ("Если Вы туда не заходите, уведомления придут на почту.", []),
    ("Выходите из приложения и заходите снова.", []),
    # must-nots: singular forms
    ("Заходи в среду самообслуживания.", ["Заходи"]),
    ("Ты туда заходишь?", ["Ты", "заходишь"]),
])
def test_ru_plural_forms_with_thin_readings(sentence, found):
    assert [m.quote for m in find_informal_address(sentence, "ru")] == found


@pytest.mark.parametrize("sentence,found", [
    ("Puudu ei ole ühtegi dokumenti, kõik on olemas.", []),
    ("puudu on veel palgatõend", []),
    ("Vaja on perearsti saatekirja.", []),
    ("Tarvis on ka pangakonto numbrit.", []),
    # must-nots: imperatives and 2sg verbs
    ("Kirjuta avaldus iseteeninduses.", ["Kirjuta"]),
    ("Vajad perearsti saatekirja.", ["Vajad"]),
    ("oota on veel üks asi", ["oota"]),
    ("Helista homme uuesti.", ["Helista"]),
    ("Küsi arstilt tõendit.", ["Küsi"]),
])
def test_et_predicative_is_no_imperative(sentence, found):
    assert [m.quote for m in find_informal_address(sentence, "et")] == found


@pytest.mark.parametrize("sentence,found", [
    ("Kui midagi jääb selgusetuks, vota julgelt uhendust.", ["vota"]),
    ("Poordu oma perearsti poole.", ["Poordu"]),
    ("jata see taotlus praegu pooleli", ["jata"]),
    # must-nots: formal imperatives and non-verbs without diacritics
    ("Kui midagi jaab selgusetuks, votke julgelt uhendust.", []),
    ("Poorduge oma perearsti poole.", []),
    ("Uks asi veel: otsus tuleb posti teel.", []),
    ("Tee on kinni, palun tulge teist teed.", []),
    ("Mote on hea, aga taotlus tuleb esitada.", []),
])
def test_et_imperative_without_diacritics(sentence, found):
    assert [m.quote for m in find_informal_address(sentence, "et")] == found


@pytest.mark.parametrize("sentence,found", [
    ("hetk. otsust ennast vaata ka iseteenindusest", ["vaata"]),
    ("taotlust esita iseteeninduses", ["esita"]),
    # must-nots: formal, a clause after a comma, and a text with capitals keeps its capital rule
    ("hetk. otsust ennast vaadake ka iseteenindusest", []),
    ("otsus on tehtud, otsust ennast vaata ka iseteenindusest", []),
    ("Hetk. Otsust ennast vaata ka iseteenindusest.", ["vaata"]),
    ("pension tuleb viiendal kuupäeval", []),
    ("tere sotsiaalkindlustusamet liisi kuuleb", []),
])
def test_et_fronted_object_in_lower_case(sentence, found):
    assert [m.quote for m in find_informal_address(sentence, "et")] == found
