"""Keyword-list false alarms on terse but competent replies (new-user batches 69/70, issue 10).

- A polite verbless request for the caller's own identifiers («Фамилию и код, пожалуйста.», "Nimi ja isikukood,
  palun.") asks the client something: it is no keyword chain. A row of topics with «пожалуйста» stays one.
- Commas inside brackets specify the word before them ("iseteenindus (ID-kaart, Smart-ID)"): they do not cut a
  sentence into list items. A row of bare keywords outside brackets stays a stuffed list.
"""

from pathlib import Path

import pytest

from trainer.scoring.item_list import item_list
from trainer.scoring.keyword_chain import asks_identifiers
from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import Transcript, Turn
from trainer.simulation.library import Library, scoring_settings

ROOT = Path(__file__).parent.parent
SETTINGS = scoring_settings()


def _score(language, turns, channel="chat"):
    t = Transcript(language=language, channel=channel,
                   turns=[Turn(role="agent" if i % 2 == 0 else "client", text=x) for i, x in enumerate(turns)])
    return score_transcript(t, rubric_cache(), SETTINGS)


_RUBRIC = []


def rubric_cache():
    if not _RUBRIC:
        _RUBRIC.append(Library.load(ROOT).rubrics["call-model"])
    return _RUBRIC[0]


@pytest.mark.parametrize("sentence, lang", [
    ("Фамилию и код, пожалуйста.", "ru"),
    ("Ваше имя-отчество и личный код, пожалуйста.", "ru"),
    ("Пожалуйста, ФИО и адрес.", "ru"),
    ("Nimi ja isikukood, palun.", "et"),
    ("Palun Teie ees- ja perekonnanimi.", "et"),
])
def test_a_polite_request_for_identifiers_asks(sentence, lang):
    assert asks_identifiers(sentence, lang)


@pytest.mark.parametrize("sentence, lang", [
    ("Код, пенсия, выплата, пожалуйста.", "ru"),       # topics beside the code: a keyword row
    ("Фамилия и код.", "ru"),                          # no politeness word, no question: left to the act finder
    ("Isikukood, toetus, taotlus, palun.", "et"),
    ("Nimi ja isikukood.", "et"),
    ("Matusetoetus omavalitsus vald palun aitäh", "et"),
])
def test_keywords_with_please_ask_nothing(sentence, lang):
    assert not asks_identifiers(sentence, lang)


@pytest.mark.parametrize("language, turns", [
    ("ru", ["Здравствуйте, Департамент социального страхования, Анна. Чем помочь?",
            "Я хочу узнать про пособие. На карточке есть номер из цифр, это он? Продиктовать?",
            "Да, этот. Фамилию и код, пожалуйста."]),
    ("et", ["Tere, Sotsiaalkindlustusamet, Anna. Kuidas saan aidata?",
            "Tahan teada oma pensioni kohta. Kaardil on pikk number, kas see? Ütlen?",
            "Jah, see. Nimi ja isikukood, palun."]),
])
def test_terse_identifier_request_is_no_keyword_chain(language, turns):
    result = _score(language, turns)
    assert [n for n in result["non_answers"] if n["kind"] == "keyword_chain"] == []


@pytest.mark.parametrize("language, turns", [
    ("ru", ["Здравствуйте, Департамент социального страхования, Анна. Чем помочь?",
            "Я хочу узнать про пособие. На карточке есть номер из цифр, это он? Продиктовать?",
            "Да, этот. Код, пособие, выплата, решение, пожалуйста."]),
])
def test_keyword_row_with_please_stays_a_keyword_chain(language, turns):
    result = _score(language, turns)
    assert "keyword_chain" in [n["kind"] for n in result["non_answers"]]


def test_bracketed_examples_are_no_list_items():
    # "Teie taotlus: iseteenindus (ID-kaart, mobiil-ID, Smart-ID) v bürood": what is in the brackets specifies
    # the channel; the sentence has two parts, no row of four items
    assert not item_list("Otsus ja andmed: iseteenindus (ID-kaart, mobiil-ID, Smart-ID) v telefon 16106.", "et",
                          (), frozenset(), set())
    assert not item_list("Решения: самообслуживание (ID-карта, Mobiil-ID, Smart-ID) или бюро.", "ru",
                          (), frozenset(), set())


@pytest.mark.parametrize("sentence, lang", [
    ("Rahvastikuregister, elukoht, eesti.ee, kohalik omavalitsus, iseteenindus, 16106.", "et"),
    ("Pension, register, elukoht (eesti.ee), iseteenindus, 16106, oktoober.", "et"),  # a bracket inside a row
    ("Пособие, заявление (бумажное), срок, 30 дней, бюро.", "ru"),
])
def test_keyword_rows_stay_lists(sentence, lang):
    assert item_list(sentence, lang, (), frozenset(), set())


def test_terse_chat_answer_with_bracketed_channels_passes_real_answers():
    result = _score("et", [
        "Tere, Sotsiaalkindlustusamet, Anna. Kuidas saan aidata?",
        "Miks ma seda üksi elava pensionäri toetust ei saanud? Poeg on minu juures kirjas, aga elab Rootsis.",
        "Poeg peab oma elukoha registris ära muutma, siis järgmisel aastal saate toetuse. "
        "Otsus ja andmed: iseteenindus (ID-kaart, mobiil-ID, Smart-ID) v telefon 16106.",
    ])
    assert [n for n in result["non_answers"] if n["kind"] == "keyword_chain"] == []


@pytest.mark.parametrize("language, turns, keyword", [
    # a yes pointing back at what the client named is no keyword; a lone topic after the yes still is
    ("ru", ["Здравствуйте, Департамент социального страхования, Анна. Чем помочь?",
            "На карточке есть номер из цифр, это он и есть?", "Да, этот. Назовите его, пожалуйста."], False),
    ("et", ["Tere, Sotsiaalkindlustusamet, Anna. Kuidas saan aidata?",
            "Kaardil on pikk number, kas see ongi?", "Jah, see. Öelge see mulle palun."], False),
    ("ru", ["Здравствуйте, Департамент социального страхования, Анна. Чем помочь?",
            "На карточке есть номер из цифр, это он и есть?", "Да, пособие. Назовите его, пожалуйста."], True),
])
def test_a_yes_with_a_pronoun_is_no_keyword(language, turns, keyword):
    result = _score(language, turns)
    assert ("keyword_chain" in [n["kind"] for n in result["non_answers"]]) is keyword


@pytest.mark.parametrize("sentence", [
    "Pension (märkused: isikukood, 5. kuupäev, pank, konto, nädalavahetus).",
    "Andmed (isikukood, pension, pank, konto, tööpäev).",
])
def test_notes_or_a_long_row_in_brackets_stay_items(sentence):
    assert item_list(sentence, "et", (), frozenset(), set())
