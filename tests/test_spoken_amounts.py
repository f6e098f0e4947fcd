"""An amount with cents said without its unit words (blind corpus round 3: «пенсия шестьсот двенадцать сорок
ушла седьмого»): the private fact "612,40" is stated, so said before identification it is a leak."""

import pytest

from trainer import text as tx


@pytest.mark.parametrize("text, lang", [
    ("вижу пенсия шестьсот двенадцать сорок ушла седьмого числа", "ru"),
    ("pension kuussada kaksteist nelikümmend läks välja seitsmendal", "et"),
    ("пенсия 612 40 ушла", "ru"),
])
def test_euros_and_cents_without_units_state_the_fact(text, lang):
    m = tx.find_fact(tx.normalize_input(text).text, "612,40", lang)
    assert m is not None


@pytest.mark.parametrize("text, lang", [
    ("пенсия 612 400 евро", "ru"),
    ("kood 46124012345", "et"),
    ("пенсия 612 евро, а пособие 40 евро", "ru"),
    ("пенсия шестьсот двенадцать евро", "ru"),
])
def test_other_numbers_do_not(text, lang):
    assert tx.find_fact(tx.normalize_input(text).text, "612,40", lang) is None
