"""text.lexicon.first_lemma: the one folded lemma that scoring/own_acts.py and scoring/author_text.py compare."""

import pytest

from trainer.text.lexicon import first_lemma


@pytest.mark.parametrize("word, lang, lemma", [
    ("Täpsustan", "et", "tapsustama"),
    ("tapsustan", "et", "tapsustama"),   # typed without õäöü
    ("Objasnjaju", "et", ""),
    ("Объясняю", "ru", "объяснять"),
    ("всё", "ru", "все"),
    ("qwxzv", "et", ""),
])
def test_first_lemma_folded_or_empty(word, lang, lemma):
    assert first_lemma(word, lang) == lemma
