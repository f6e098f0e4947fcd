"""Two fixes redone from a lost branch (redo37).

1. Scorer (`kbscope.number_kinds`): a number's deadline kind is read from the words between it and the number
   before it in its clause, and from the words right after it only when no other number follows in the clause.
   In «Срок 30 дней рассмотрение 60 дней» (unpunctuated speech) «рассмотрение» is the 60's, so the scenario's
   review fact (60 days) is not compared with 30.

The sentences are written for these tests (not the runs' own), in Estonian and Russian, with must-not cases.
"""

from pathlib import Path

import pytest

from trainer.scoring.kbscope import number_kinds
from trainer.scoring.kbvalues import find_wrong_values
from trainer.scoring.transcript import Context, Transcript, Turn
from trainer.simulation.library import Library

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

