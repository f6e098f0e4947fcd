"""Issue 9: the live dialogue signals (`trainer.scoring.signals`) read a reply through the same input
normalisation as the scorer (fillers, repeated words, emoji, numbers and codes in words, sentence breaks
in speech), and their evidence still quotes the original words. The replies were written for this file
before the signals were run on them."""

from pathlib import Path

import pytest

from trainer.scoring.score import builtin_concepts
from trainer.scoring.signals import analyse_reply
from trainer.simulation.library import Library, scoring_settings

# what the dialogue engine passes: the rubric's concepts and the institution's names
CONCEPTS = {**builtin_concepts(scoring_settings()),
            **Library.load(Path(__file__).parent.parent).rubrics["call-model"].concepts}


def signals(text, language, **kw):
    return analyse_reply(text, language, CONCEPTS, **kw)


@pytest.mark.parametrize("text, language, name", [
    ("ee tere öö sotsiaalkindlustusamet mari kuuleb", "et", "greeted"),
    ("ee tere öö sotsiaalkindlustusamet mari kuuleb", "et", "named_institution"),
    ("эээ ну здравствуйте вот департамент социального страхования", "ru", "named_institution"),
    ("mõistan mõistan teie muret 🙏", "et", "showed_empathy"),
    ("ну вот понимаю вас это неприятно", "ru", "showed_empathy"),
    ("selge et kas te küsite vanaduspensioni kohta", "et", "asked_question"),
    ("вы про декабрьскую пенсию да", "ru", "asked_question"),
    ("te helistate lapsetoetuse asjus jah", "et", "asked_question"),
    ("ваш код четыре шесть один ноль девять два пять восемь шесть семь пять правильно", "ru", "gave_code_back"),
])
def test_signal_found_in_real_input(text, language, name):
    assert signals(text, language)["signals"][name] is True


@pytest.mark.parametrize("text, language, name", [
    ("ee mhm jah", "et", "asked_question"),
    ("ну да", "ru", "asked_question"),
    ("pension makstakse välja iga kuu viiendal kuupäeval", "et", "asked_question"),
    ("ee mhm jah", "et", "greeted"),
])
def test_no_signal_from_fillers_and_statements(text, language, name):
    assert signals(text, language)["signals"][name] is False


def test_amount_in_words_is_a_disclosure():
    found = signals("öö teie pension on kaheksasada kaksteist eurot ja nelikümmend senti", "et",
                    facts={"amount": "812,40"})
    assert found["facts"] == {"amount": True}
    assert found["signals"]["disclosed"] is True
    assert "kaheksasada kaksteist eurot" in found["evidence"]["fact:amount"]


def test_russian_amount_in_words_is_a_disclosure():
    found = signals("ну ваша пенсия шестьсот сорок пять евро", "ru", facts={"amount": "645"})
    assert found["signals"]["disclosed"] is True


def test_evidence_quotes_the_original_words():
    found = signals("ee tere öö Sotsiaalkindlustusamet mari kuuleb", "et")
    assert found["evidence"]["named_institution"] == "Sotsiaalkindlustusamet"
    question = signals("ee selge mhm et kas te küsite vanaduspensioni kohta", "et")["evidence"]["asked_question"]
    assert question in "ee selge mhm et kas te küsite vanaduspensioni kohta"
    assert "kas te küsite" in question
