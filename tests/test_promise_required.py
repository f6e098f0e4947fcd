"""A certainty adverb on a word of necessity states a requirement, not a promised outcome (blind round 25:
«..., это нужно обязательно» failed an otherwise good chat by the no-promise gate). Own sentences."""

import pytest

from trainer.scoring.promises import is_promise


@pytest.mark.parametrize("sentence,lang", [
    ("Поскольку Вы подаёте впервые, это нужно обязательно, и пособие назначит Департамент.", "ru"),
    ("Для пособия справка обязательно нужна, иначе заявление не рассмотрят.", "ru"),
    ("Kuna taotlete esimest korda, on see kindlasti vajalik ja toetuse määrab amet.", "et"),
    ("kuna taotlete esimest korda on see kindlasti vajalik ja toetuse maarab amet", "et"),
])
def test_a_requirement_with_a_certainty_adverb_is_no_promise(sentence, lang):
    assert not is_promise(sentence, lang)


@pytest.mark.parametrize("sentence,lang", [
    ("Пособие Вам точно назначат.", "ru"),
    ("Это нужно, и пособие Вам обязательно назначат.", "ru"),
    ("See on vajalik ja toetus määratakse Teile kindlasti.", "et"),
    ("toetus maaratakse teile kindlasti", "et"),
])
def test_the_certain_outcome_beside_a_requirement_is_still_a_promise(sentence, lang):
    assert is_promise(sentence, lang)
