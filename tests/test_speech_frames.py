"""Spoken checks framed by the agent's understanding («так понимаю ... да») and a recap marker opening its
own sentence in unpunctuated speech («... итого ...», "... kokkuvõtteks ...")."""

import pytest

from trainer.text.questions import is_spoken_question, tag_closes_question
from trainer.text.spoken import normalize_input


@pytest.mark.parametrize("sentence,asks", [
    ("так понимаю деньги за ноябрь не пришли да", True),
    ("я так понимаю вы звоните насчёт пенсии мамы да", True),
    ("как я понимаю письмо до вас не дошло да", True),
    # must-nots: «да» after a statement with no frame, or a frame with no tag, or «да» answering
    ("деньги за ноябрь пришли да", False),
    ("так понимаю это тяжело", False),
    ("нет не пришло да", False),
])
def test_framed_tag_question(sentence, asks):
    assert is_spoken_question(sentence, "ru") is asks


def test_framed_tag_closes_a_question_mid_turn():
    words = "так понимаю перевод не пришёл пятого да".split()
    assert tag_closes_question(words, "назовите", "ru")
    # must-not: an unframed statement + «да» does not close a question mid-turn («да» opens the next one)
    assert not tag_closes_question("перевод пришёл пятого да".split(), "назовите", "ru")


@pytest.mark.parametrize("text,lang,sentence", [
    ("если завтра не будет позвоните проверим не вернулся ли платёж итого седьмое из за выходных понятно", "ru",
     "итого седьмое из за выходных понятно"),
    ("kas raha on kontol kokkuvõtteks kaks tööpäeva ja siis on raha kontol", "et",
     "kokkuvõtteks kaks tööpäeva ja siis on raha kontol"),
])
def test_a_recap_marker_opens_a_sentence_in_speech(text, lang, sentence):
    out = normalize_input(text)
    sentences = [s.strip(" .?!").lower() for s in out.text.replace("?", ".").split(".")]
    assert sentence in sentences, out.text
