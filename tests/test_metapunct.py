"""A name check or a farewell by name, written without punctuation (speech recognition), is no keyword telegram:
a person's name and a word of address are no topic nouns (metamorphic no_punct, issue 10 CI)."""

from __future__ import annotations

import pytest

from trainer.scoring.telegram import is_telegram


@pytest.mark.parametrize("sentence, lang", [
    ("Это Марина Петрова", "ru"),
    ("Благодарю госпожа Петрова хорошего дня", "ru"),
    ("Спасибо господин Козлов до свидания", "ru"),
    ("Вы Андрей Соколов", "ru"),
    ("Aitäh proua Tamm head päeva", "et"),
])
def test_names_and_address_are_no_telegram(sentence, lang):
    assert not is_telegram(sentence, lang)


@pytest.mark.parametrize("sentence, lang", [
    # must-nots: a run of topic nouns stays a telegram, also with a name inside or beside it
    ("Пособие заявление возражение 30 дней", "ru"),
    ("Господин Козлов заявление возражение срок", "ru"),
    ("Matusetoetus omavalitsus vald linn suunamine palun", "et"),
])
def test_keyword_runs_stay_telegrams(sentence, lang):
    assert is_telegram(sentence, lang)
