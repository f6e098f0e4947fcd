"""A confirmation or a name read back is no keyword telegram (CI repair of integrate, trainer issue #10).

The keyword-telegram rule (`trainer.scoring.telegram`) counted words that name no topic as topic nouns: Estonian
particles and adverbs known in one form only ("jah", "just", "nii", "täpselt") and Russian first names and surnames
(«олег сидоров»). A confirmation ("jah täpselt nii.") or a name read back with a check tag then became a telegram,
dropped from what the criteria and the client read (a read-back name denied by the client counted as confirmed; a
terse closing recap lost summary and closing). Must-nots: keyword telegrams of topic nouns stay telegrams.
"""

from __future__ import annotations

import pytest

from trainer.scoring.telegram import is_telegram


@pytest.mark.parametrize("lang, sentence", [
    ("et", "jah täpselt nii."),
    ("et", "jah just nii"),
    ("et", "jah kirjalik taotlus lisadega ametile aitäh"),
    ("ru", "спасибо олег сидоров правильно"),
    ("ru", "анна смирнова верно"),
])
def test_a_confirmation_or_a_name_read_back_is_no_telegram(lang, sentence):
    assert not is_telegram(sentence, lang)


@pytest.mark.parametrize("lang, sentence", [
    ("et", "Puue hindamine taotlus arst"),
    ("et", "jah pension register teatamine"),
    ("ru", "Пенсия заявление срок документы"),
    ("ru", "да пособие заявление срок"),
])
def test_topic_nouns_strung_together_stay_a_telegram(lang, sentence):
    assert is_telegram(sentence, lang)
