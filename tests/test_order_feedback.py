"""An ``order`` check that passes shows its pass feedback, not its "wrong order" variant (found judging an unseen
death-report-ru run: condolence said first, yet the feedback read «Вы начали с дел, а соболезнование прозвучало позже»)."""

import pytest

from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library()


def _criterion(library, scenario_id: str, answers: list[str], crit: str) -> dict:
    conv = play_answers(library.get(scenario_id), library, answers, seed=1)
    return next(c for c in conv.score()["criteria"] if c["id"] == crit)


def test_condolence_first_pass_names_the_condolence_ru(library):
    answers = [
        "Департамент социального страхования, меня зовут Вера, здравствуйте.",
        "Примите мои глубокие соболезнования. Отдельно сообщать нам о смерти не нужно: данные приходят из регистра "
        "народонаселения сами.",
        "Пенсию, пришедшую на счёт после смерти, пожалуйста, не используйте: Департамент потребует её вернуть.",
        "Пособие на похороны платит местное самоуправление, обратитесь в свою волость или город.",
        "Итак, сообщать не нужно, деньги не трогайте, о пособии спросите в самоуправлении. Я ответила на Ваши вопросы? "
        "Всего доброго.",
    ]
    crit = _criterion(library, "death-report-ru", answers, "condolence_first")
    assert crit["result"] == "pass"
    assert "начали с соболезнования" in crit["feedback"]
    assert "прозвучало позже" not in crit["feedback"]


def test_condolence_after_business_still_fails_with_the_order_reason_ru(library):
    answers = [
        "Департамент социального страхования, меня зовут Вера, здравствуйте.",
        "Отдельно сообщать нам о смерти не нужно: данные приходят из регистра народонаселения сами.",
        "Примите мои соболезнования. Пенсию, пришедшую после смерти, не используйте: её потребуют вернуть.",
        "Пособие на похороны платит местное самоуправление, обратитесь в свою волость.",
        "Итак, сообщать не нужно. Я ответила на Ваши вопросы? Всего доброго.",
    ]
    crit = _criterion(library, "death-report-ru", answers, "condolence_first")
    assert crit["result"] == "fail"
    assert "прозвучало позже" in crit["feedback"]
