"""Plural forms for counts shown to trainees (content review L12: "{age} лет" is wrong for 21, 22-24, 81-84)."""

from datetime import date

import pytest

from trainer.i18n import t
from trainer.simulation.persona import PersonaSpec, generate_persona
from trainer.text.plural import count_phrase, ru_plural_form


@pytest.mark.parametrize("n, expected", [
    (1, "1 год"), (21, "21 год"), (81, "81 год"), (101, "101 год"),
    (2, "2 года"), (22, "22 года"), (24, "24 года"), (82, "82 года"), (84, "84 года"),
    (5, "5 лет"), (11, "11 лет"), (12, "12 лет"), (14, "14 лет"), (25, "25 лет"), (75, "75 лет"),
    (90, "90 лет"), (111, "111 лет"), (112, "112 лет"),
])
def test_russian_years(n, expected):
    assert count_phrase(n, "year", "ru") == expected


@pytest.mark.parametrize("n, expected", [(1, "1 aasta"), (21, "21 aastat"), (66, "66 aastat"), (0, "0 aastat")])
def test_estonian_years(n, expected):
    assert count_phrase(n, "year", "et") == expected


def test_other_nouns_and_languages():
    assert count_phrase(3, "working_day", "ru") == "3 рабочих дня"
    assert count_phrase(5, "attempt", "ru") == "5 попыток"
    assert count_phrase(1, "day", "en") == "1 day"
    assert count_phrase(15, "working_day", "et") == "15 tööpäeva"
    assert count_phrase(2, "year", "fi") == "2 aastat"  # unknown language -> Estonian
    assert [ru_plural_form(n) for n in (0, 1, 2, 5, 11, 21, 22, 111)] == [2, 0, 1, 2, 2, 0, 1, 2]


@pytest.mark.parametrize("age, expected", [(81, "81 год"), (82, "82 года"), (85, "85 лет")])
def test_persona_age_years_in_russian(age, expected):
    persona = generate_persona(PersonaSpec(role="elderly", age=age), seed=3, language="ru", today=date(2026, 12, 7))
    assert persona.age == age
    assert persona.age_years == expected
    assert persona.as_dict()["age_years"] == expected
    # the UI label in Russian goes through the plural rule, the Estonian one needs none
    assert t("persona.age", "ru", age_years=expected) == expected
    assert t("persona.age", "et", age_years=count_phrase(age, "year", "et")) == f"{age} aastat vana"


def test_persona_age_years_in_estonian():
    persona = generate_persona(PersonaSpec(role="pensioner", age=71), seed=1, language="et", today=date(2026, 12, 7))
    assert persona.age_years == "71 aastat"
