"""New-user batch 26 (live26) showed three client slips, fixed in the scripted client:

- indexation-day-ru terse_good: «нет повышение с 1 апреля но деньги придут с апрельской пенсией 5 числа сегодня на
  счету ничего не будет» (unpunctuated) says when the money comes, but the later «ничего не будет» took it back and
  the client re-asked «Так когда же эти деньги придут? Я не поняла.»;
- moving-abroad-account-ru terse_good: «платят германия в ес ...» to «А пенсию в Германию вообще платят?» is a yes
  (the question's verb said back), but the client fell back to «Простите, я не совсем поняла.»;
- a client who leaves in anger («Всё, хватит! Я буду жаловаться. До свидания!») then thanked for a summary
  («Да, всё понятно. Спасибо!»): it has hung up, and the call ends on its complaint.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.client_support import play_client
from trainer.simulation.library import load_library

TODAY = date(2026, 4, 6)


@pytest.fixture(scope="module")
def library():
    return load_library()


RU_HELLO = "Здравствуйте! Департамент социального страхования, меня зовут Марк."


@pytest.mark.parametrize("reply", [
    "нет повышение с 1 апреля но деньги придут с апрельской пенсией 5 числа сегодня на счету ничего не будет",
    "Нет, сегодня ещё нет. Деньги придут с апрельской пенсией, пятого числа.",
    "прибавку получите с апрельской пенсией так что пока на счёте ничего не видно",
])
def test_indexation_when_answered_is_not_asked_again(library, reply):
    said, conv = play_client(library, library.get("indexation-day-ru"), [RU_HELLO, reply], TODAY)
    assert conv.state["step"] != "opening_again", said
    assert "не поняла" not in said


@pytest.mark.parametrize("reply", [
    "Деньги не придут с апрельской пенсией.",
    "Повышение придёт с майской пенсией, сегодня ничего не будет.",
])
def test_indexation_wrong_or_negated_is_no_answer(library, reply):
    said, conv = play_client(library, library.get("indexation-day-ru"), [RU_HELLO, reply], TODAY)
    # not heard as the April answer; the rise told to come in May is believed (misinformation rise_in_may, batch 78)
    # and she asks on about the weekend with her own line, never the April one
    assert "с апрельской пенсией..." not in said, said
    assert conv.state["step"] != "weekend_ask" or "подожду до мая" in said, said


MOVING_RU = [
    "здравствуйте департамент социального страхования марк",
    "подождите с номером вы насовсем переезжаете и пенсия у вас по старости",
    "нет по телефону счет не принимаем нельзя проверить кто звонит частое мошенничество сообщите сами письменно "
    "самообслуживание или заявление с цифровой подписью или в бюро с документом",
]


@pytest.mark.parametrize("reply", [
    "платят германия в ес там же в самообслуживании сообщите новую страну и адрес",
    "Платят, Германия входит в Евросоюз.",
    "Германия в ЕС, так что пенсия будет приходить туда.",
])
def test_moving_abroad_echo_yes_is_taken(library, reply):
    said, conv = play_client(library, library.get("moving-abroad-account-ru"), [*MOVING_RU, reply], TODAY)
    assert not conv.turns[-1].get("fallback"), said
    assert conv.state["step"] in ("proof_q", "wrap"), (conv.state["step"], said)


@pytest.mark.parametrize("reply", [
    "Платят, но не в Германию.",
    "Не платят, к сожалению.",
    "Платят только в Эстонии.",
])
def test_moving_abroad_negated_echo_is_no_yes(library, reply):
    said, conv = play_client(library, library.get("moving-abroad-account-ru"), [*MOVING_RU, reply], TODAY)
    assert conv.state["step"] not in ("proof_q", "wrap"), (conv.state["step"], said)


def test_moving_abroad_restated_tasks_get_the_question_again_in_other_words(library):
    said, conv = play_client(library, library.get("moving-abroad-account-ru"), [
        *MOVING_RU, "платят германия в ес",
        "два дела первое в самообслуживании написать новый счет второе зарегистрировать переезд"], TODAY)
    assert conv.state["step"] == "proof_later" and not conv.turns[-1].get("fallback"), said


@pytest.mark.parametrize("scenario_id, replies", [
    ("overpayment-recovery-ru", [RU_HELLO, "Вы сами виноваты, надо было сообщить об изменениях."]),
    ("overpayment-recovery-et", ["Tere! Sotsiaalkindlustusamet, Mari.", "Te olete ise süüdi, oleks pidanud teatama."]),
])
def test_angry_parting_ends_the_call(library, scenario_id, replies):
    _, conv = play_client(library, library.get(scenario_id), replies, TODAY)
    assert conv.state["step"] == "hangup"
    if conv.finished:
        return
    lang = library.get(scenario_id).language
    recap = ("Итак, подведём итог: переплату нужно вернуть. Ответил ли я на Ваш вопрос?" if lang == "ru"
             else "Kokkuvõtteks: ettemaks tuleb tagastada. Kas see vastas Teie küsimusele?")
    said = conv.reply(recap)
    assert said == [] and conv.finished


def test_calm_end_still_answers_a_check(library):
    """A client who parted with thanks still answers the check of understanding after its line."""
    scenario = library.get("angry-delay-ru")
    answers = scenario.examples[0].answers[:-1]
    _, conv = play_client(library, scenario, answers, TODAY)
    assert conv.state["step"] == "wrap" and not conv.finished
    said = conv.reply("Ответила ли я на Ваш вопрос?")
    assert said and "Спасибо" in said[-1]["text"]
