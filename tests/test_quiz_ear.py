"""The client's ear for a quiz extends the scorer's reading (trainer.simulation.quiz over trainer.scoring.quiz): what
the scorer fails as a quiz the client hears as one, a real choice offered to the caller is no quiz to either, and the
ear's own additions (a quiz named without options, two options after a rule question, options after an earlier quiz)
stay the client's."""

import pytest

from trainer.scoring.quiz import is_quiz as scorer_quiz
from trainer.scoring.quiz import option_run
from trainer.simulation.quiz import is_quiz as client_quiz
from trainer.simulation.quiz import option_sentences

BOTH = [  # the scorer fails these, so the client must not thank for them either
    ("et", "Õige on b), tubli! Nüüd räägime tähtajast."),
    ("et", "Üks kontrollküsimus: kuhu saadetakse vaie? a) maakohtusse b) ametile c) õiguskantslerile"),
    ("et", "Kui suur on lapsetoetus esimese lapse eest? A) 60 eurot B) 80 eurot C) 100 eurot D) 120 eurot"),
    ("ru", "Верный вариант – а). Переходим дальше."),
    ("ru", "Угадайте: с какого числа платят пенсию? а) с 1-го б) с 5-го"),
    ("ru", "Сколько дней на возражение? а) 14 б) 30 в) 60 г) 90"),
]
CLIENT_ONLY = [  # the ear's own additions: the scorer needs three options or a quiz word, and options to read
    ("et", "Teeme testi enne, kui vastan."),
    ("et", "Kes määrab puude raskusastme? a) perearst b) amet"),
    ("ru", "Следующий вопрос: кто выдаёт PIN-коды?"),
    ("ru", "Кто платит пенсию? а) Департамент б) банк"),
]
NEITHER = [  # a choice about the caller or a lettered list of ways is an answer
    ("et", "Kas soovite otsust a) e-postiga, b) posti teel või c) iseteeninduses?"),
    ("et", "Vaide saab esitada a) iseteeninduses, b) e-postiga digiallkirjaga, c) posti teel."),
    ("et", "Millise toetuse kohta Te küsite: a) lapsetoetus b) lasterikka pere toetus c) elatisabi?"),
    ("ru", "Вам удобнее а) прийти в бюро, б) написать через самообслуживание или в) позвонить?"),
    ("ru", "Документы можно прислать а) почтой, б) по e-mail с цифровой подписью, в) через самообслуживание."),
]


@pytest.mark.parametrize(("lang", "text"), BOTH)
def test_what_the_scorer_fails_as_a_quiz_the_client_hears_as_one(lang, text):
    assert scorer_quiz(text, lang)
    assert client_quiz(text, lang)


@pytest.mark.parametrize(("lang", "text"), CLIENT_ONLY)
def test_the_ear_hears_more_than_the_scorer_fails(lang, text):
    assert client_quiz(text, lang)
    assert not scorer_quiz(text, lang)


@pytest.mark.parametrize(("lang", "text"), NEITHER)
def test_a_choice_for_the_caller_is_no_quiz(lang, text):
    assert not scorer_quiz(text, lang)
    assert not client_quiz(text, lang)


def test_options_after_a_quiz_are_quiz_to_the_ear():
    text = "Millal makstakse pension? a) 5. kuupäeval b) 10. kuupäeval"
    assert client_quiz(text, "et", quizzed_before=True)
    assert not client_quiz("Pension tuleb 5. kuupäeval.", "et", quizzed_before=True)


def test_one_label_set_for_both():
    assert len(option_run("a) üks b) kaks c) kolm d) neli e) viis f) kuus")) == 6
    assert option_run("vt punkt b) ja c)") == []  # no run from a)
    assert option_sentences("Kumb? а) мама б) папа. Ответьте.") == ["а) мама б) папа."]
