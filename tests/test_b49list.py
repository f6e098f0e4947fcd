"""Batch 49: a Russian rule with a participial phrase set off by commas and an impersonal predicate («пенсию,
пришедшую после смерти, использовать нельзя, ...», new-user batch 49 death-report-ru terse) is a sentence, not a
list of keywords; a row of bare items with a participle among them still is. Own sentences with must-nots."""

import pytest

from trainer.scoring.item_list import item_list


def _listed(sentence: str, lang: str = "ru") -> bool:
    return item_list(sentence, lang, (), frozenset(), set(), "", True)


@pytest.mark.parametrize("sentence", [
    "Общее правило: пенсию, пришедшую после смерти, использовать нельзя, и на похороны тоже – её потребуют вернуть.",
    "Деньги, поступившие на счёт после смерти, тратить нельзя, их придётся вернуть, даже на похороны.",
    "Пособие, назначенное по старому заявлению, продлевать не нужно, оно, правда, приходит позже, восьмого числа.",
    "Справку, выданную в Финляндии, переводить не надо, присылать её можно сканом, по почте или через портал.",
])
def test_a_rule_with_a_participial_phrase_is_a_sentence(sentence):
    assert not _listed(sentence), sentence


@pytest.mark.parametrize("sentence", [
    "Пенсия, пришедшая после смерти, возврат, похороны, управа, регистр.",
    "Россия, 4000 человек, возобновились, не можем заменить, управа.",
    "Итог: регистр, возврат пенсии, нельзя, похороны, управа, справка.",
])
def test_a_row_of_items_stays_a_list(sentence):
    assert _listed(sentence), sentence


def test_condolence_without_mine_comes_first(library_ru_death):
    from scoring_support import scenario_criterion

    reply = "Примите соболезнования. Сообщать отдельно не надо: данные приходят из регистра народонаселения."
    assert scenario_criterion(library_ru_death, "death-report-ru", "condolence_first", reply)["result"] == "pass"
    bare = "Сообщать отдельно не надо: данные приходят из регистра народонаселения."
    assert scenario_criterion(library_ru_death, "death-report-ru", "condolence_first", bare)["result"] == "fail"


@pytest.fixture(scope="module")
def library_ru_death():
    from trainer.simulation.library import load_library

    return load_library()
