"""Batch 49 neighbour-data-et gaming: the caller's question given back in a statement ("Te küsite, kas tal pension on
kontole tulnud ja palju talle makstakse.") tells the caller nothing, so the client does not take it as the payment
status told and thank for it, and the scorer's not-concept check is not failed by it. The same words stated, or a
report closed before the words, still tell it. Own sentences with must-nots."""

import pytest

from trainer.scoring.signals import analyse_reply
from trainer.simulation.dialogue import Conversation
from trainer.simulation.library import load_library
from trainer.text.reported import in_reported_question


@pytest.fixture(scope="module")
def library():
    return load_library()


def _at(text: str, word: str) -> int:
    return text.index(word)


@pytest.mark.parametrize("lang, text, word", [
    ("et", "Te küsite, kas naabri pension on juba kontole laekunud.", "pension"),
    ("et", "Saan aru, et tahate teada, kas raha on kontol ja kui palju seda on.", "raha"),
    ("et", "Te uurite, kas Antsu pension tuli eile kontole.", "pension"),
    ("ru", "Вы спрашиваете, пришла ли пенсия соседа на счёт.", "пенсия"),
    ("ru", "Понимаю, Вы хотите узнать, сколько ему платят в месяц.", "платят"),
])
def test_words_of_a_reported_question_are_not_stated(lang, text, word):
    assert in_reported_question(text, _at(text, word), lang), text


@pytest.mark.parametrize("lang, text, word", [
    ("et", "Te küsite, kas pension on laekunud. Jah, pension on laekunud.", "Jah, pension"),
    ("et", "Uurisin järele: pension on kontole laekunud.", "pension"),
    ("et", "Te küsisite, millal raha tuleb – raha on kontol juba eilsest.", "raha on"),
    ("et", "Kas teadsite, et pension on kontole laekunud?", "pension"),
    ("ru", "Вы спрашиваете, когда придут деньги: деньги уже на счёте.", "деньги уже"),
    ("ru", "Пенсия пришла на счёт вчера.", "Пенсия"),
    ("ru", "Вы знаете, когда пришли деньги на счёт?", "пришли"),
])
def test_stated_words_are_not_reported(lang, text, word):
    assert not in_reported_question(text, _at(text, word), lang), text


def test_client_signal_is_not_set_by_a_reported_question(library):
    scenario = library.get("neighbour-data-et")
    conv = Conversation.start(scenario, library, seed=1)
    reported = analyse_reply("Te küsite, kas tal pension on kontole tulnud ja palju talle makstakse.", "et",
                             conv.concepts, conv.signals, conv.facts)
    stated = analyse_reply("Tal pension on kontole tulnud.", "et", conv.concepts, conv.signals, conv.facts)
    assert not reported["signals"]["payment_status"]
    assert stated["signals"]["payment_status"]


def test_neighbour_does_not_thank_for_his_question_given_back(library):
    scenario = library.get("neighbour-data-et")
    conv = Conversation.start(scenario, library, seed=1)
    conv.reply("Tere! Sotsiaalkindlustusamet, Maris kuuleb. Kuidas saan aidata?")
    conv.reply("Te helistate naabri eest. Te küsite, kas tal pension on kontole tulnud ja kui palju talle makstakse.")
    assert conv.turns[-1].get("step") != "told", conv.turns[-1]["text"]


def test_a_believed_wrong_authority_is_not_asked_again(library):
    """disability-assessment-ru: the reaction to a believed wrong answer (work capacity assessed by the Board) asks
    about the son already; after the trainee answers that, the client does not ask where to go for work capacity."""
    from trainer.simulation.examples import play_answers

    replies = ["Здравствуйте, Департамент социального страхования, Марина. Сколько Вам лет и что нужно оформить?",
               "Сначала сходите к семейному врачу, он внесёт данные о здоровье. С трудоспособностью тоже к нам, "
               "заявление подаёте нам.",
               "Сын может помочь заполнить, но подписать должны Вы сами или сын по Вашей доверенности."]
    conv = play_answers(library.get("disability-assessment-ru"), library, replies)
    lines = [t["text"] for t in conv.turns if t["role"] == "client"]
    assert "трудоспособностью, я не понял" not in lines[-1], lines
