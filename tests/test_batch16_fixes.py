"""Batch 16 (tests/newuser/live16) misreadings: own et/ru sentences with must-nots."""

import pytest

from trainer.scoring.promises import is_promise
from trainer.scoring.statements import find_status_statements, find_values
from trainer.text.spoken import normalize_input


@pytest.mark.parametrize("sentence, lang, status", [
    # "kirjalik" (written) is no letter: a rule about the channel states nobody's status
    ("Õigus andmeid saada on Teil olemas, aga vastame ainult kirjalikule päringule.", "et", False),
    ("seadusest tulenev alus on ju olemas kuid küsimus tuleb saata kirjalikus vormis", "et", False),
    ("Законное основание у нас есть, но ответим только на письменный запрос.", "ru", False),
    # must-nots: a letter (kiri, kirja) with a status predicate is still a status
    ("Tema kiri on meile kohale jõudnud.", "et", True),
    ("Selle kirja oleme kätte saanud.", "et", True),
    ("Tema kirjalik avaldus on saabunud.", "et", True),
    ("Его письмо уже поступило.", "ru", True),
])
def test_written_is_no_letter(sentence, lang, status):
    assert bool(find_status_statements(sentence, lang)) is status


def _said(sentence: str, lang: str, value: str) -> bool:
    text = normalize_input(sentence, lang).text
    return any(h.right for h in find_values(text, lang, (value,), (), (), True))


@pytest.mark.parametrize("sentence, lang, value, said", [
    # a number read digit by digit, three digits or more, is one number: 112, in any case form
    ("helistage kohe üks üks kaks", "et", "112", True),
    ("helistage palun numbril ühte ühte kahte, see on hädaabi", "et", "112", True),
    ("звоните сразу один один два", "ru", "112", True),
    ("lasteabi number on üks üks kuus üks üks üks", "et", "116111", True),
    # must-nots: two single numbers stay two numbers, a lone illative "ühte" is no number
    ("see võtab kaks kolm päeva", "et", "23", False),
    ("это займёт два три дня", "ru", "23", False),
    ("pange kõik paberid ühte kausta", "et", "1", False),
    ("helistage kohe numbrile üks kaks", "et", "112", False),
])
def test_digits_read_one_by_one(sentence, lang, value, said):
    assert _said(sentence, lang, value) is said


def test_two_digit_words_stay_apart():
    assert normalize_input("kaks kolm päeva", "et").text == "2 3 päeva"
    assert normalize_input("pange ühte kausta", "et").text == "pange ühte kausta"


@pytest.mark.parametrize("sentence, lang, promise", [
    # a hedged comparison explains why two amounts differ (the rise is a percentage): no outcome, no date
    ("Ilmselt on Teie venna pension lihtsalt kõrgem kui Teil.", "et", False),
    ("vist on sõbrannal staaž pikem ja pension seega suurem", "et", False),
    ("Видимо, у вашей сестры пенсия просто больше.", "ru", False),
    # must-nots: a guess of the client's money or of a future amount stays a promise
    ("Ilmselt on raha juba Teie kontol.", "et", True),
    ("Ilmselt on Teie pension järgmisest kuust suurem.", "et", True),
    ("Kindlasti tuleb Teie pension järgmisel aastal suurem.", "et", True),
    ("Пенсия у вас точно будет больше со следующего месяца.", "ru", True),
])
def test_a_hedged_comparison_is_no_promise(sentence, lang, promise):
    assert is_promise(sentence, lang) is promise
