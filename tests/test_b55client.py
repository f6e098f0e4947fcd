"""New-user batch 55, the scripted client re-asking what was answered (branch b55client; tests/newuser/live55).
Own sentences, not the runs'.

1. Russian puts a negated modal before or after the infinitive it denies: «не нужно подавать» and «подавать не
   нужно» say the same (text/modal_order.py). A phrase written in one order is heard in the other, so the mother who
   asked where to bring her application hears "you need not apply" in either order (child-allowance-ru
   ``explained_no_application``), instead of asking «То есть мне всё-таки идти в бюро?» again.
   Must-nots: the wrong advice «подайте ходатайство» / «нужно подать ходатайство» (criterion no_wrong_application)
   still never matches a sentence that says an application is not needed, in either order (an earlier attempt with
   aspect pairs made «подать ходатайство» match «не нужно подавать ходатайство» and failed new-user batch 35), and a
   positive «подавать нужно» is not heard as «не нужно подавать».
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import client_lines, play_to_end

from trainer.simulation.dialogue import Conversation
from trainer.simulation.library import load_library
from trainer.text.phrases import PhraseSet

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def library():
    return load_library()


def _play(library, scenario: str, answers: list[str]) -> Conversation:
    return play_to_end(library, scenario, answers, TODAY)



def _heard(phrases: list[str], text: str) -> bool:
    return PhraseSet(phrases, "ru").matches(text)


# -- 1a. the phrase in either order ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Документы подавать не нужно, всё оформится само.",
    "Никакие бумаги подавать Вам не нужно.",
    "Бумаги в бюро везти и ходатайство подавать не нужно.",
])
def test_modal_after_the_infinitive_is_heard(text):
    assert _heard(["не нужно подавать"], text)


@pytest.mark.parametrize(("phrase", "text"), [
    ("никуда идти не нужно", "Вам не нужно никуда идти, всё придёт по почте."),
    ("никуда идти не надо", "Не надо никуда идти, предложение придёт само."),
])
def test_modal_before_the_infinitive_is_heard(phrase, text):
    assert _heard([phrase], text)


@pytest.mark.parametrize("text", [
    "Подавать нужно до конца месяца.",
    "Документы подавать нужно в бюро.",
    "Нужно подавать ходатайство каждый год.",
    "Подавать ли ходатайство, решайте сами.",
])
def test_positive_modal_is_not_the_negated_phrase(text):
    assert not _heard(["не нужно подавать", "подавать не нужно"], text)


# -- 1b. the wrong advice is never heard in a right sentence -----------------------------------------------------------

_WRONG_ADVICE = ["подайте ходатайство", "напишите заявление", "нужно подать ходатайство", "нужно написать заявление",
                 "придите в бюро"]


@pytest.mark.parametrize("text", [
    "Ходатайство подавать не нужно, и в бюро идти не надо.",
    "Не нужно подавать ходатайство, предложение придёт само.",
    "Подавать ходатайство и ехать в бюро с бумагами не нужно.",
    "Заявление писать не нужно: Департамент всё сделает сам.",
])
def test_no_wrong_advice_in_a_right_sentence(text):
    assert not _heard(_WRONG_ADVICE, text)


@pytest.mark.parametrize("text", [
    "Подайте ходатайство в бюро до пятницы.",
    "Вам нужно подать ходатайство, приходите с паспортом.",
    "Сначала напишите заявление.",
])
def test_wrong_advice_still_heard(text):
    assert _heard(_WRONG_ADVICE, text)


# -- 1c. the client and the scorer in child-allowance-ru ---------------------------------------------------------------

_GREET = [
    "Добрый день, Департамент социального страхования, Анна слушает.",
    "Поздравляю! Скажите, это Ваш третий ребёнок, и рождение уже зарегистрировано?",
]


def test_no_application_heard_with_the_modal_last(library):
    conv = _play(library, "child-allowance-ru", [
        *_GREET,
        "Тогда идти никуда и бумаги подавать не нужно. Департамент сам присылает предложение в среду "
        "самообслуживания, Вы его там просто подтверждаете.",
    ])
    lines = client_lines(conv)
    assert conv.state["step"] == "amount_ask", lines
    assert not any("всё-таки идти" in line for line in lines), lines


def test_office_advice_still_sends_her_to_the_office(library):
    conv = _play(library, "child-allowance-ru", [
        *_GREET,
        "Да, Вам нужно подать ходатайство, придите в бюро с документами.",
    ])
    assert conv.state["step"] in ("ask_again", "wrap_wrong"), client_lines(conv)
    result = conv.score()
    failed = [c["id"] for c in result["criteria"] if c["result"] != "pass"]
    assert "no_wrong_application" in failed, failed


def test_right_answer_is_no_wrong_application(library):
    conv = _play(library, "child-allowance-ru", [
        *_GREET,
        "Подавать ходатайство и ехать в бюро с документами не нужно: Департамент сам пришлёт предложение в среду "
        "самообслуживания.",
    ])
    result = conv.score()
    failed = [c["id"] for c in result["criteria"] if c["result"] != "pass"]
    assert "no_wrong_application" not in failed, failed
