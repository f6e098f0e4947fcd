"""Numbers in words the first reader missed: Russian numerals in oblique cases («в течение тридцати дней»),
Estonian and Russian compound adjectives with a number ("kolmeaastaseks", «трёхлетнего»), and author
phrases written with number words, which must match the same number however the trainee says it."""

import pytest

from trainer.text import PhraseSet, normalize_input
from trainer.text.quantities import find_quantities


@pytest.mark.parametrize("text, expected", [
    ("Жалобу можно подать в течение тридцати дней.", "Жалобу можно подать в течение 30 дней."),
    ("Ответ придёт в течение двадцати пяти дней.", "Ответ придёт в течение 25 дней."),
    ("Рассматривают в течение шестидесяти дней", "Рассматривают в течение 60 дней"),
    ("пособие около четырёхсот пятидесяти евро", "пособие около 450 евро"),
    ("не больше двухсот евро в месяц", "не больше 200 евро в месяц"),
    ("в возрасте восьмидесяти лет", "в возрасте 80 лет"),
    ("kuni laps saab kolmeaastaseks", "kuni laps saab 3-aastaseks"),
    ("enne kui laps saab üks-aastaseks", "enne kui laps saab 1-aastaseks"),
    ("kahe-aastase lapse eest", "2-aastase lapse eest"),
    ("kuni ta saab üheksateist-aastaseks", "kuni ta saab 19-aastaseks"),
    ("õppides kuni kakskümmend üks-aastaseks", "õppides kuni 21-aastaseks"),
    ("toetus on kuuekuune", "toetus on 6-kuune"),
    ("до трёхлетнего возраста ребёнка", "до 3-летнего возраста ребёнка"),
    ("двухнедельный срок", "2-недельный срок"),
])
def test_oblique_numerals_and_number_compounds_become_digits(text, expected):
    assert normalize_input(text).text == expected


@pytest.mark.parametrize("text", [
    "Вам не придётся делать это одной.",      # «одной» = alone
    "в течение двух рабочих дней",            # a small number before a non-currency word stays a word
    "у семи нянек дитя без глазу",            # a proverb: «семи» alone
    "ühekordne toetus on 320 eurot",          # "one-off", not "1-kordne"
    "kolmekesi elame",                        # not a number compound
    "летний отпуск и пятидневка",
])
def test_words_that_are_not_numbers_here_stay(text):
    assert normalize_input(text).text == text


def test_a_phrase_with_number_words_matches_digits_and_words():
    """An author's phrase "kümne tööpäeva" (a wrong deadline) matched nothing once the reply's "kümne" was
    read as 10; phrases are read the same way, so every spelling matches and another number does not."""
    et = PhraseSet(["kümne tööpäeva"], "et")
    for reply in ("Vastame kümne tööpäeva jooksul.", "Vastame 10 tööpäeva jooksul.",
                  "vastame kumne toopaeva jooksul"):
        assert et.find_all(normalize_input(reply).text), reply
    assert not et.find_all(normalize_input("Vastame viieteistkümne tööpäeva jooksul.").text)
    ru = PhraseSet(["тридцати дней", "сто евро"], "ru")
    for reply in ("Ответ в течение тридцати дней.", "Ответ в течение 30 дней.", "на третьего сто евро"):
        assert ru.find_all(normalize_input(reply).text), reply
    assert not ru.find_all(normalize_input("Ответ в течение шестидесяти дней.").text)


def test_a_compound_age_limit_is_a_quantity():
    """"kuni laps saab kaheaastaseks" states an age limit of 2 (a wrong one where the rule says 3)."""
    found = find_quantities(normalize_input("Isapuhkust saab võtta, kuni laps saab kaheaastaseks.").text, "et")
    assert [(q.value, q.unit[-1]) for q in found] == [(2, "aastane")]
    found = find_quantities(normalize_input("До трёхлетнего возраста можно брать дни отца.").text, "ru")
    assert [q.value for q in found] == [3]
