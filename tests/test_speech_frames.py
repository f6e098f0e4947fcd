"""Spoken checks framed by the agent's understanding («так понимаю ... да»). A recap marker after a spoken
question («... не вернулся ли платёж итого седьмое») still ends that question: breaking before it let pasted
"kas ma sain õigesti aru et ... kokkuvõtteks ..." chains (blind round 8 gaming) pass needs and summary."""

import pytest

from trainer.text.question_tags import tag_closes_question
from trainer.text.questions import is_spoken_question


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
