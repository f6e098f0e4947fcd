"""Issue #10: "a run which does not answer the client cannot pass". When not one of a scenario's content
criteria that say something (a fact, a value, a concept) passed, the attempt fails as by a gate, whatever the
call-model points; the first such criterion's feedback says why. Batch 11 (held out) found a run that quoted the
job description's duty numbers, asked one echo question, recapped nothing and said goodbye: 80 points, passed."""

from __future__ import annotations

import pytest

from trainer.scoring.score import NOTHING_ANSWERED
from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library()


def _score(library, scenario_id, answers):
    scenario = library.get(scenario_id)
    return play_answers(scenario, library, answers, seed=1).score()


POLITE_NOTHING_ET = [
    "Tere! Sotsiaalkindlustusamet, Piret kuuleb. Kuidas saan Teid aidata?",
    "Mõistan, et see teeb murelikuks. Kas Te küsite, millal tõusnud pension kontole jõuab?",
    "Palun öelge oma isikukood.",
    "Vaatan Teie andmed üle. Meie ametis järgime alati kehtivaid õigusakte ja teenindusstandardit.",
    "Kokkuvõtteks: rääkisime täna Teie pensionist. Kas saite vastuse?",
    "Aitäh, et helistasite! Ilusat päeva!",
]


def test_a_polite_run_that_says_no_fact_fails_by_a_gate(library):
    result = _score(library, "indexation-day-et", POLITE_NOTHING_ET)
    assert result["passed"] is False
    gated = [c for c in result["criteria"] if c.get("gate_failed")]
    assert {c["id"] for c in gated} >= {"current_payment_rule", "rise_explained"}
    assert set(result["gate_failures"]) >= {"current_payment_rule", "rise_explained"}
    assert gated[0]["feedback"].startswith(NOTHING_ANSWERED["et"])


def test_one_fact_said_is_not_nothing(library):
    answers = POLITE_NOTHING_ET[:3] + [
        "Aitäh. 5. aprill on pühapäev, seega makstakse pension järgmise kahe tööpäeva jooksul, 6. või 7. aprillil.",
        *POLITE_NOTHING_ET[4:]]
    result = _score(library, "indexation-day-et", answers)
    assert not any(c.get("reason") == "nothing_answered" for c in result["criteria"])
    assert "current_payment_rule" not in result["gate_failures"]


def test_russian_run_that_says_nothing_fails(library):
    result = _score(library, "pension-weekend-ru", [
        "Здравствуйте, Департамент социального страхования, Ирина. Чем могу помочь?",
        "Понимаю Ваше беспокойство. Назовите, пожалуйста, Ваш личный код.",
        "Спасибо. Я проверю информацию. Мы всегда работаем по действующим правилам.",
        "Итак, мы обсудили Вашу пенсию. Вам всё понятно?",
        "Спасибо за звонок, всего доброго!"])
    assert result["passed"] is False
    assert any(c.get("reason") == "nothing_answered" for c in result["criteria"])
    assert any(c["feedback"].startswith(NOTHING_ANSWERED["ru"]) for c in result["criteria"])
