"""A question about the client's case is no quiz put back, even with an opinion or knowing cue in it: a request for
the facts («Скажите, какой период, по Вашему мнению, не учтён?», "Öelge, mis aastad Teie arvates puudu on?") and
a question about the person the call is about ("... või teate Te, kas talle on pakkumus tulnud?"). The agreement
corpus' blind-b8-ru-phone-07 and blind-s2-et-phone-09 lost their clarifying question to the batch-52 quiz reading."""

import pytest

from trainer.scoring.quiz import quiz_back_question

CASE = [
    ("ru", "скажите пожалуйста какой именно период по вашему мнению не учтён"),
    ("ru", "Подскажите, как Вы думаете, с какого года не засчитан стаж?"),
    ("ru", "А Вы знаете, когда ей пришло это письмо?"),
    ("et", "Kas tütar on juba midagi kinnitanud või teate Te, kas talle on sealt pakkumus tulnud?"),
    ("et", "Öelge palun, mis aastad Teie arvates puudu on?"),
    ("et", "Kas Te teate, millal tal see otsus tuli?"),
]
QUIZ = [
    ("et", "Mida Te ise arvate, kas uued arstipaberid kuuluvad vaidesse või uude taotlusse?"),
    ("et", "Kas Te teate, kust taotluse saab esitada?"),
    ("ru", "Как Вы думаете, куда подают возражение?"),
    ("ru", "А Вы знаете, где это можно оформить?"),
    ("ru", "Знаете ли Вы, сколько дней даётся на возражение?"),
]


@pytest.mark.parametrize("lang, sentence", CASE)
def test_a_question_about_the_case_is_no_quiz(lang, sentence):
    assert not quiz_back_question(sentence, lang)


@pytest.mark.parametrize("lang, sentence", QUIZ)
def test_the_rule_put_back_is_still_a_quiz(lang, sentence):
    assert quiz_back_question(sentence, lang)
