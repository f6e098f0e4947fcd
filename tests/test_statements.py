"""Facts by value, promises and guesses, status statements and identifier requests on real Estonian and
Russian sentences (issue 10, items 1-3)."""

import pytest

from trainer.scoring.statements import (
    find_identifier_requests,
    find_promises,
    find_status_statements,
    find_values,
)
from trainer.text.quantities import find_quantities


@pytest.mark.parametrize("text,lang,expected", [
    ("Vaide saab esitada 30 päeva jooksul.", "et", [(30, ("paev",))]),
    ("Teil on kolmekümne päeva jooksul aega.", "et", [(30, ("paev",))]),
    ("Toetus makstakse kaheksandal kuupäeval.", "et", [(8, ("kuupaev",))]),
    ("Raha tuleb kahe järgmise tööpäeva jooksul.", "et", [(2, ("toopaev",))]),
    ("Пособие выплачивают 8-го числа.", "ru", [(8, ("число",))]),
    ("в течение двух следующих рабочих дней", "ru", [(2, ("рабочий", "день"))]),
    ("Срок – тридцать дней.", "ru", [(30, ("день",))]),
])
def test_quantities_by_value(text, lang, expected):
    assert [(q.value, q.unit) for q in find_quantities(text, lang)] == expected


DEADLINE = dict(right=("30 päeva",), wrong=("kahe nädala jooksul",))


@pytest.mark.parametrize("text,verdict", [
    ("Vaide saate esitada 30 päeva jooksul.", [True]),
    ("Vaide saate esitada kolmekümne päeva jooksul.", [True]),
    ("Vaide saate esitada 14 päeva jooksul.", [False]),          # another number of days is wrong
    ("Vaie tuleb esitada kahe nädala jooksul.", [False]),         # a wrong rule
    ("Kas Teil on 30 päeva juba möödas?", []),                    # a question states nothing
    ("Tähtaeg ei ole 14 päeva, vaid 30 päeva.", [True]),          # the negated value is not said
    ("Vaide saate esitada 30 päeva jooksul, otsus tehakse kahe tööpäeva jooksul.", [True]),  # other unit
])
def test_estonian_deadline_by_value(text, verdict):
    assert [h.right for h in find_values(text, "et", **DEADLINE)] == verdict


def test_russian_weekend_rule_by_value():
    right, wrong = ("двух рабочих дней",), ("в пятницу перед выходными",)
    assert [h.right for h in find_values("Выплата в течение двух следующих рабочих дней.", "ru", right, wrong)] == [True]
    assert [h.right for h in find_values("Выплата в течение трёх рабочих дней.", "ru", right, wrong)] == [False]
    assert [h.right for h in find_values("Пенсию платят в пятницу перед выходными.", "ru", right, wrong)] == [False]
    assert find_values("Пенсию платят через 30 дней.", "ru", right, wrong) == []  # another unit: not this fact


@pytest.mark.parametrize("text,lang,promise", [
    ("Otsus tuleb kindlasti positiivne.", "et", True),
    ("Garanteerin, et raha on homme Teie kontol.", "et", True),
    ("Küllap on kõik korras.", "et", True),
    ("Otsus tehakse kindlasti 15. detsembriks.", "et", True),
    ("Üldjuhul makstakse toetus 8. kuupäeval.", "et", False),
    ("Tavaliselt tehakse otsus 30 päeva jooksul, kuid otsuse teeb ekspert.", "et", False),
    ("Ma ei saa lubada, et otsus tuleb homme.", "et", False),
    ("Kas raha on kindlasti laekunud?", "et", False),
    ("See on kindlasti ebameeldiv.", "et", False),
    ("Helistan Teile kindlasti tagasi.", "et", False),            # the agent's own commitment
    ("Гарантирую, деньги придут сегодня.", "ru", True),
    ("Решение точно будет положительным.", "ru", True),
    ("Обычно деньги поступают в течение двух дней.", "ru", False),
    ("Не могу обещать, когда придут деньги.", "ru", False),
    ("Я понимаю, это точно неприятно.", "ru", False),
])
def test_promises_and_guesses(text, lang, promise):
    assert bool(find_promises(text, lang)) is promise


@pytest.mark.parametrize("text,lang,status", [
    ("Teie ema taotlus on kohale jõudnud ja on menetluses.", "et", True),
    ("Jah, taotlus on meil olemas.", "et", True),
    ("Ma ei saa öelda, kas taotlus on saabunud.", "et", False),
    ("Taotlus vaadatakse läbi 30 päeva jooksul.", "et", False),
    ("Kui taotlus on saabunud, saadame teate.", "et", False),
    ("Заявление поступило и рассматривается.", "ru", True),
    ("Я не могу сказать, поступило ли заявление.", "ru", False),
])
def test_status_statements(text, lang, status):
    assert bool(find_status_statements(text, lang)) is status


@pytest.mark.parametrize("text,lang,asks", [
    ("Palun kirjutage oma nimi ja perekonnanimi.", "et", True),
    ("Mis on Teie isikukood?", "et", True),
    ("Kus Te elate, mis on Teie aadress?", "et", True),
    ("Ärge kirjutage siia oma isikukoodi.", "et", False),
    ("Isikukoodi pole vaja.", "et", False),
    ("Kuidas saan Teid aidata?", "et", False),
    ("Напишите, пожалуйста, Ваше имя и фамилию.", "ru", True),
    ("Не пишите в чат личный код.", "ru", False),
])
def test_identifier_requests(text, lang, asks):
    assert bool(find_identifier_requests(text, lang)) is asks
