"""Two fixes redone from a lost branch (redo37).

1. Scorer (`kbscope.number_kinds`): a number's deadline kind is read from the words between it and the number
   before it in its clause, and from the words right after it only when no other number follows in the clause.
   In «Срок 30 дней рассмотрение 60 дней» (unpunctuated speech) «рассмотрение» is the 60's, so the scenario's
   review fact (60 days) is not compared with 30.
2. Client (`own_details`): the caller does not answer its own address (or another own detail) when the trainee
   gives the caller's own question back, speaks of sending to "your address", tells what to write in a paper with
   „oma“/«свой», or asks a bare „Sünniaasta?“.

The sentences are written for these tests (not the runs' own), in Estonian and Russian, with must-not cases.
"""

from datetime import date
from pathlib import Path

import pytest
from client_support import play_client

from trainer.scoring.kbscope import number_kinds
from trainer.scoring.kbvalues import find_wrong_values
from trainer.scoring.transcript import Context, Transcript, Turn
from trainer.simulation.library import Library
from trainer.simulation.own_details import asked_details

ROOT = Path(__file__).parent.parent
LIBRARY = Library.load(ROOT)
FACTS = LIBRARY.value_facts


def _kinds(clause: str, number: str, lang: str, nth: int = 0) -> frozenset[str]:
    start = -1
    for _ in range(nth + 1):
        start = clause.index(number, start + 1)
    return number_kinds(clause, start, start + len(number), lang)


def _wrong(scenario_id: str, text: str) -> list[str]:
    scenario = LIBRARY.scenarios[scenario_id]
    return [w.quote for w in find_wrong_values(text, scenario.language, FACTS, frozenset(scenario.reference))]


# -- 1. the kind words of a number in a clause with two numbers ----------------------------------------------------

@pytest.mark.parametrize("clause, number, lang, kinds", [
    # the words after the first number belong to the next one
    ("tähtaeg 30 päeva läbivaatamine 60 päeva", "30", "et", set()),
    ("tähtaeg 30 päeva läbivaatamine 60 päeva", "60", "et", {"review"}),
    ("срок подачи 30 дней рассмотрение 60 дней", "30", "ru", set()),
    ("срок подачи 30 дней рассмотрение 60 дней", "60", "ru", {"review"}),
    ("бумаги соберёте за 10 дней решение примут за 15 рабочих дней", "10", "ru", set()),
    ("бумаги соберёте за 10 дней решение примут за 15 рабочих дней", "15", "ru", {"decision"}),
    # the words before the first number are not the second one's
    ("otsus tehakse 15 tööpäeva jooksul vaide saab esitada 30 päeva", "15", "et", {"decision"}),
    ("otsus tehakse 15 tööpäeva jooksul vaide saab esitada 30 päeva", "30", "et", set()),
    # must-nots: one number reads its words before and after as before
    ("otsus tehakse 15 tööpäeva jooksul", "15", "et", {"decision"}),
    ("30 tööpäeva jooksul tehakse otsus", "30", "et", {"decision"}),
    ("в течение 20 рабочих дней Вам ответят", "20", "ru", {"answer"}),
    ("вопрос рассмотрят за 60 дней", "60", "ru", {"review"}),
    # the last of two numbers still reads the words after it
    ("dokumendid 5 päeva pärast ja 30 tööpäeva jooksul tehakse otsus", "30", "et", {"decision"}),
])
def test_the_kind_words_of_a_number_stop_at_its_neighbours(clause, number, lang, kinds):
    assert _kinds(clause, number, lang) == frozenset(kinds)


def test_a_number_in_words_is_a_neighbour_too():
    clause = "срок 30 дней рассмотрение шестьдесят дней"
    start = clause.index("30")
    other = clause.index("шестьдесят")
    assert number_kinds(clause, start, start + 2, "ru") == frozenset({"review"})  # by digits alone: read on
    assert number_kinds(clause, start, start + 2, "ru", [(other, other + len("шестьдесят дней"))]) == frozenset()


@pytest.mark.parametrize("scenario_id, text", [
    ("appeal-refused-ru", "Подать надо в течение 30 дней рассмотрение займёт 60 дней"),
    ("appeal-refused-ru", "срок подачи 30 дней рассматривают 60 дней"),
    ("appeal-howto-chat-et", "tähtaeg 60 päeva läbivaatamine 30 päeva"),
    ("disability-or-workability-chat-et", "paberid saate 5 tööpäeva jooksul otsus tehakse 15 tööpäeva jooksul"),
    ("disability-assessment-ru", "документы примут за 3 рабочих дня решение вынесут за 15 рабочих дней"),
    ("disability-or-workability-chat-et", "Otsus tehakse 15 tööpäeva jooksul."),  # the right value
])
def test_a_right_deadline_beside_another_number_is_not_wrong(scenario_id, text):
    assert not _wrong(scenario_id, text)


@pytest.mark.parametrize("scenario_id, text, quote", [
    # must-nots of the fix: wrong values are still found, where the kind words are the number's own
    ("appeal-refused-ru", "срок 60 дней рассмотрение 30 дней", "30 дней"),
    ("appeal-refused-ru", "Рассмотрение займёт 90 дней подать надо за 30 дней", "90 дней"),
    ("disability-or-workability-chat-et", "Otsus tehakse 25 tööpäeva jooksul.", "25 tööpäeva"),
    ("disability-or-workability-chat-et", "40 tööpäeva jooksul tehakse otsus", "40 tööpäeva"),
    ("disability-or-workability-chat-et", "paberid saate 5 tööpäeva jooksul otsus tehakse 25 tööpäeva jooksul",
     "25 tööpäeva"),
    ("disability-assessment-ru", "документы за 3 рабочих дня решение вынесут за 30 рабочих дней", "30 рабочих дней"),
])
def test_a_wrong_deadline_is_still_found(scenario_id, text, quote):
    assert _wrong(scenario_id, text) == [quote]


def test_an_unpunctuated_keyword_reply_with_the_right_deadlines_passes_knowledge_values():
    scenario = LIBRARY.scenarios["appeal-refused-ru"]
    transcript = Transcript(language="ru", channel=scenario.channel, context=Context(), turns=[
        Turn(role="client", text="мне отказали в пенсии как это оспорить"),
        Turn(role="agent", text="Пишете возражение. Подать письменно за 30 дней рассмотрение 60 дней")])
    result = LIBRARY.score(scenario, transcript)
    crit = next(c for c in result["criteria"] if c["id"] == "knowledge_values")
    assert crit["result"] == "pass", crit.get("feedback")


# -- 2. the caller's own details, not asked ------------------------------------------------------------------------

TODAY = date(2026, 12, 8)


@pytest.mark.parametrize("sentence, lang", [
    # the caller's own question given back
    ("Kas ma saan õigesti aru, et tahate teada selle kodaniku elukoha aadressi?", "et"),
    ("Te soovite siis teada ühe kodaniku elukoha aadressi, eks?", "et"),
    ("Правильно ли я понимаю, что Вам нужен адрес проживания этого гражданина?", "ru"),
    ("Вы хотите узнать адрес проживания другого человека?", "ru"),
    # the address as a place something is sent to
    ("Palun, otsuse saadame Teie aadressi peale.", "et"),
    ("Пожалуйста, решение придёт на Ваш адрес.", "ru"),
    ("Скажите, письмо отправить в Ваш адрес?", "ru"),
    # „oma“/«свой» address in an instruction for a paper
    ("Palun märkige avaldusele kindlasti oma aadress.", "et"),
    ("Kirjutage palun vaidesse ka oma postiaadress.", "et"),
    ("Пожалуйста, укажите свой адрес в заявлении.", "ru"),
    ("Напишите в письме свой адрес, пожалуйста.", "ru"),
    # a bare year of birth, often a child's in a keyword list
    ("Sünniaasta?", "et"),
    ("Lapse sünniaasta, palun.", "et"),
    ("Год рождения?", "ru"),
])
def test_an_own_detail_not_asked_of_the_caller(sentence, lang):
    assert asked_details(sentence, lang) == []


@pytest.mark.parametrize("sentence, lang, kinds", [
    # must-nots: direct questions and requests are still answered
    ("Mis on Teie aadress?", "et", ["address"]),
    ("Palun öelge oma aadress.", "et", ["address"]),
    ("Palun veel oma aadress.", "et", ["address"]),
    ("Kirjutage siia palun oma aadress.", "et", ["address"]),
    ("Mis on Teie sünniaasta?", "et", ["birth_date"]),
    ("Назовите, пожалуйста, свой адрес.", "ru", ["address"]),
    ("Какой Ваш адрес проживания?", "ru", ["address"]),
    ("Ваш год рождения, пожалуйста?", "ru", ["birth_date"]),
    ("В каком году Вы родились?", "ru", ["birth_date"]),
])
def test_an_own_detail_still_asked(sentence, lang, kinds):
    assert asked_details(sentence, lang) == kinds


POLICE_HELLO = "Tere! Sotsiaalkindlustusamet, Mari kuuleb. Kuidas saan aidata?"


@pytest.fixture(scope="module")
def library():
    from trainer.simulation.library import load_library

    return load_library()


def test_the_police_caller_does_not_answer_its_own_address_to_its_question_given_back(library):
    said, conv = play_client(library, library.get("data-request-police-et"), [
        POLICE_HELLO,
        "Kas ma saan õigesti aru, et tahate teada selle isikukoodiga kodaniku elukoha aadressi? Telefonis ma "
        "isikuandmeid ei anna, sest ma ei saa kontrollida, kes helistab."], TODAY)
    assert "Minu aadress" not in said and conv.persona.address not in said
    assert said  # the caller goes on


def test_the_police_caller_still_answers_a_direct_address_question(library):
    said, conv = play_client(library, library.get("data-request-police-et"), [
        POLICE_HELLO, "Enne kui jätkame: mis on Teie enda aadress?"], TODAY)
    assert conv.persona.address in said


def test_a_russian_caller_told_where_the_answer_goes_does_not_say_its_address(library):
    said, conv = play_client(library, library.get("third-party-son-ru"), [
        "Здравствуйте! Департамент социального страхования, Ирина. Чем могу помочь?",
        "Понимаю. Пожалуйста, ответ мы пришлём на Ваш адрес."], TODAY)
    assert "Мой адрес" not in said and conv.persona.address not in said


def test_a_keyword_year_of_birth_is_not_answered_with_the_date_of_birth(library):
    said, conv = play_client(library, library.get("children-pension-chat-et"), [
        "Tere, Sotsiaalkindlustusamet. Sünniaasta? Staaž, aastahinne."], TODAY)
    assert "Sünniaeg on" not in said and f"{conv.persona.birth_date:%d.%m.%Y}" not in said
