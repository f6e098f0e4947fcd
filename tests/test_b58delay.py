"""New-user batch 58 (live58) angry-delay-ru wrong: a decision time in months passed, on sentences written for these tests.

The agent said «по закону решение принимается в течение шести месяцев после получения последнего документа» (and «решение
будет принято в течение шести месяцев» in the summary); the rule is 15 working days after the last required document
(old-age-pension.decision_days). knowledge_values never compares another unit of time with "15 рабочих дней", so the
run passed at 87 with decision_rule missing, not wrong. Now the scenario's signal wrong_decision_time (the decision or
its review with a length in months, weeks, half a year or another number of days, either order, or a «срок решения» /
«законный срок» of such a length) is the decision_rule gate's wrong value and a misinformation the client believes:
she will wait and not call again (no re-ask). «15 рабочих дней», a date given as the legal limit, a negated length,
an appeal's or an application's time and a time the client has already waited stay right.
"""

from __future__ import annotations

import pytest
from scoring_support import scenario_criterion

from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library

SCENARIO = "angry-delay-ru"


@pytest.fixture(scope="module")
def library():
    return load_library()


WRONG = [
    "Решение по закону выносится за шесть месяцев после того, как поступят все документы.",
    "Решение принимают в течение полугода.",
    "Ваше заявление рассмотрят через три недели после получения копии.",
    "Решение – в течение 30 дней с момента поступления трудовой книжки.",
    "Решение будет принято примерно через месяц.",
    "За два месяца после поступления копии решение принимается по закону.",
    "Срок вынесения решения – четыре месяца.",
    "Законный срок – полгода, поэтому раньше не звоните.",
    "решение примут в течение двадцати календарных дней",
    "Итак: копия трудовой книжки, решение в течение двух недель, пенсия не пропадёт.",
]
RIGHT = [
    "По закону решение принимают в течение 15 рабочих дней после поступления последнего нужного документа.",
    "решение в течении пятнадцати раб. дней после документа",
    "Решение принимают не за полгода, а в течение 15 рабочих дней.",
    "Законный срок – 15 рабочих дней; если копия придёт завтра, это до 22 декабря.",
    "Крайний срок по закону – решение не позднее 22 декабря.",
    "Если с решением Вы не согласны, его можно обжаловать в течение 30 дней.",
    "Заявление Вы подали в течение трёх месяцев после дня рождения, так что пенсия не пропадёт.",
    "Решение примут в течение 15 рабочих дней, а пенсию доплатят за два месяца задним числом.",
    "Понимаю, Вы ждёте решения уже два месяца.",
    "Пенсию за месяц до решения тоже выплатят.",
]


@pytest.mark.parametrize("sentence", WRONG)
def test_other_decision_time_is_wrong(library, sentence):
    verdict = scenario_criterion(library, SCENARIO, "decision_rule", sentence)
    assert verdict["reason"] == "wrong" and verdict.get("gate_failed") and verdict.get("misinforms"), verdict


@pytest.mark.parametrize("sentence", RIGHT)
def test_right_or_other_time_is_not_wrong(library, sentence):  # must-not
    verdict = scenario_criterion(library, SCENARIO, "decision_rule", sentence)
    assert verdict.get("reason") != "wrong" and not verdict.get("misinforms"), verdict


HALF_YEAR = [
    "Здравствуйте! Департамент социального страхования, меня зовут Анна. Чем могу помочь?",
    "Простите, пожалуйста, за ожидание, я понимаю, как тяжело без денег. Назовите, пожалуйста, Ваш личный код.",
    "Спасибо. Вы Галина Иванова? 28 октября мы попросили копию трудовой книжки. Пришлите её через среду "
    "самообслуживания или принесите в бюро.",
    "Не пропадёт: заявление подано вовремя, пенсию выплатят со дня возникновения права. Решение же по закону "
    "выносят в течение полугода после поступления документов, так что раньше звонить не нужно. Понятно?",
    "Итак: копия – и решение в течение шести месяцев. Спасибо за звонок, всего доброго!",
]


def test_half_year_fails_by_gate_and_is_believed(library):
    conv = play_answers(library.get(SCENARIO), library, HALF_YEAR, seed=1)
    result = conv.score()
    assert not result["passed"]
    assert "decision_rule" in result["gate_failures"]
    assert "wrong_decision_time" in [m["id"] for m in conv.state.get("misinformed", [])]
    client = [t["text"] for t in conv.turns if t["role"] == "client"]
    assert any("звонить больше не буду" in line for line in client)
    assert not any("сколько" in line and "?" in line for line in client[-2:])  # no re-ask of the time
