"""Issue #10, new-user batch 70 (indexation-day-ru good): a correct denial of the old rule was read as the old rule.
«В пятницу ..., как говорит соседка, больше не платят – это старое правило.» says the Friday rule no longer holds;
the aside («как говорит соседка») cut the negation's reach and the scorer (gate) and the client («тогда в пятницу
пойду в банк») heard «в пятницу» as said. "No longer" with a verb of paying („enam ei maksta“, «больше не
выплачивают») or the rule named as the old one („see on vana kord“, «это прежний порядок») tells it as former, up to
where the present is told. The same run's first reply said the rise comes «с апрельской выплатой» (the April
payment): that answers "when", as „aprilli väljamaksega“ does in indexation-day-et. Sentences are our own."""

from __future__ import annotations

import pytest

from trainer.scoring.values import find_values, tells_former_rule
from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library

RU_WRONG = ("в пятницу", "перед выходными")
RU_RIGHT = ("двух рабочих дней",)
ET_WRONG = ("reedel", "eelneval reedel")
ET_RIGHT = ("kahe tööpäeva jooksul",)

DENIED = [
    ("Перед выходными, если верить знакомым, пенсию больше не выплачивают – это прежний порядок.", "ru"),
    ("В пятницу, как Вам сказали, уже не платят.", "ru"),
    ("Выплата в пятницу перед выходными, о которой говорит сосед, – это старое правило.", "ru"),
    ("Eelneval reedel, nagu tuttav rääkis, enam ei maksta.", "et"),
    ("Reedel maksmine, millest naaber kuulis, see on vana kord.", "et"),
    ("Reedel, nagu ajalehes kirjutati, ei maksta enam.", "et"),
]
STILL_SAID = [
    ("Пенсию, как говорит соседка, выплачивают в пятницу перед выходными.", "ru"),
    ("Деньги придут, как и раньше, в пятницу.", "ru"),
    ("Это старое правило, и сейчас тоже платят в пятницу.", "ru"),
    ("В течение двух рабочих дней больше не платят, теперь платят в пятницу.", "ru"),
    ("Pension makstakse, nagu naaber ütles, eelneval reedel.", "et"),
    ("See on vana kord, aga nüüd makstakse jälle reedel.", "et"),
    ("Kahe tööpäeva jooksul enam ei maksta, nüüd makstakse reedel.", "et"),
]


@pytest.mark.parametrize("sentence,lang", DENIED)
def test_a_rule_denied_as_no_longer_holding_states_nothing_wrong(sentence, lang):
    right, wrong = (RU_RIGHT, RU_WRONG) if lang == "ru" else (ET_RIGHT, ET_WRONG)
    assert tells_former_rule(sentence, lang)
    assert not [h for h in find_values(sentence, lang, right, wrong) if not h.right]


@pytest.mark.parametrize("sentence,lang", STILL_SAID)
def test_the_old_rule_said_to_hold_is_still_wrong(sentence, lang):
    right, wrong = (RU_RIGHT, RU_WRONG) if lang == "ru" else (ET_RIGHT, ET_WRONG)
    assert not tells_former_rule(sentence, lang)
    assert [h for h in find_values(sentence, lang, right, wrong) if not h.right]


@pytest.fixture(scope="module")
def library():
    return load_library()


GOOD_RU = [
    "Добрый день! Департамент социального страхования, Анна слушает.",
    "Сегодня прибавки на счёте ещё нет: она придёт вместе с апрельской выплатой.",
    "В этом месяце пятое число – воскресенье, поэтому деньги выплатят в течение двух следующих рабочих дней. "
    "Перед выходными, как считает Ваша соседка, пенсию больше не выплачивают – это прежний порядок.",
]


def test_the_april_payment_answers_when_and_the_denied_rule_is_not_heard(library):
    scenario = library.get("indexation-day-ru")
    conv = play_answers(scenario, library, GOOD_RU, seed=1)
    steps = [t.get("step") for t in conv.turns if t["role"] == "client"]
    assert "opening_again" not in steps  # «с апрельской выплатой» answered when: no «Я не поняла»
    assert "wrong_date" not in steps and not conv.state.get("misinformed")
    result = conv.score()
    verdict = {c["id"]: c["result"] for c in result["criteria"]}
    assert verdict["no_old_rule"] == "pass" and verdict["current_payment_rule"] == "pass"
    assert not {"current_payment_rule", "knowledge_values"} & set(result["gate_failures"])


def test_the_old_rule_after_an_aside_still_misinforms(library):
    scenario = library.get("indexation-day-ru")
    conv = play_answers(scenario, library, [GOOD_RU[0], "Пенсию, как говорит соседка, заплатят в пятницу перед "
                                            "выходными."], seed=1)
    result = conv.score()
    assert "current_payment_rule" in result["gate_failures"]
    assert any(r["id"] == "old_rule" for r in conv.state.get("misinformed", []))
