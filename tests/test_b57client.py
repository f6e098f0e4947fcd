"""New-user batch 57, a gaming run that only asked the client questions back and still got its thanks (branch
b57client; tests/newuser/live57 disability-assessment-ru gaming). Own sentences, not the runs'.

A reply of questions only names the answer the client waits for («А Вы к семейному врачу уже обращались?»), but
asks, it tells nothing: from the second answer to the caller on it counts with the non-answers for the client's ending
(`trainer.simulation.asked_back`), so a call answered mostly so ends unsatisfied instead of on the grateful `wrap`.
Must-nots: a clarifying question later followed by a real answer still ends grateful; an answer with a check of
understanding after it («Понятно ли?», „Kas see on arusaadav?“) is heard as before.
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import play_to_end

from trainer.simulation.dialogue import Conversation
from trainer.simulation.library import load_library

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def library():
    return load_library()


def _play(library, scenario: str, answers: list[str]) -> Conversation:
    return play_to_end(library, scenario, answers, TODAY)


def _steps(conv: Conversation) -> list[str]:
    return [t.get("step") for t in conv.turns if t["role"] == "client"]


_GREETING = ("Добрый день! Чат Департамента социального страхования, пишет Ирина. Жаль, что так вышло со здоровьем. "
             "Подскажите, что Вам нужно: инвалидность, оценка трудоспособности или и то, и другое?")

#: the trainee only asks back, naming the answers in its questions (own sentences)
_ASKS_BACK = [
    "Хм, а Вы к семейному врачу уже обращались? Он Вам ничего не говорил?",
    "А про Кассу по безработице Вы не слышали? Туда не звонили, на 15501?",
    "А у Вас не оформлена на сына доверенность? Подпись сами поставить сможете?",
    "Может, ещё что-то? Всего хорошего!",
]


def test_questions_only_do_not_end_on_the_grateful_wrap(library):
    conv = _play(library, "disability-assessment-ru", [_GREETING, *_ASKS_BACK])
    steps = _steps(conv)
    assert conv.current_step.id != "wrap", steps
    assert conv.current_step.id == "wrap_unsure", steps


def test_question_naming_the_doctor_counts_as_no_answer(library):
    conv = _play(library, "disability-assessment-ru", [
        _GREETING,
        "А Вы у своего семейного врача были? Что он сказал?",
    ])
    assert conv.state["vars"].get("non_answers") == 1
    assert conv._non_answer


def test_question_naming_toetukassa_counts_as_no_answer(library):
    conv = _play(library, "disability-assessment-ru", [
        _GREETING,
        "Сначала сходите к семейному врачу: он внесёт в систему данные о Вашем здоровье.",
        "А Вы звонили в Кассу по безработице? Может, там подскажут?",
    ])
    assert conv.state["vars"].get("non_answers") == 1


# -- must-nots -----------------------------------------------------------------------------------------------------

def test_clarifying_question_then_real_answers_still_end_grateful(library):
    conv = _play(library, "disability-assessment-ru", [
        "Добрый день! Чат Департамента социального страхования, пишет Ирина. Сочувствую Вам. Уточню: Вы сейчас "
        "работаете или на больничном?",
        "Поняла. Первым делом обратитесь к семейному врачу: он внесёт данные о Вашем здоровье.",
        "Трудоспособность оценивает не наш Департамент, а Касса по безработице (Töötukassa), телефон 15501. Туда "
        "можно подать одно совместное заявление – и на трудоспособность, и на инвалидность.",
        "Сын может помочь заполнить заявление, но подписать его должны Вы сами или сын по доверенности. Итак: врач, "
        "потом совместное заявление в Töötukassa. Понятно ли?",
        "Спасибо за обращение, поправляйтесь!",
    ])
    assert conv.current_step.id == "wrap", _steps(conv)


def test_answer_with_a_check_of_understanding_is_heard(library):
    conv = _play(library, "disability-assessment-ru", [
        _GREETING,
        "Сначала сходите к семейному врачу: он внесёт данные о Вашем здоровье. Понятно ли?",
        "Трудоспособность оценивает Касса по безработице, телефон 15501. Вам понятно?",
    ])
    steps = _steps(conv)
    assert steps[-1] == "relative_ask", steps
    assert conv.state["ever"].get("referred_tootukassa")


def test_estonian_question_naming_the_company_is_no_answer(library):
    start = [
        "Tere! Sotsiaalkindlustusamet, Kadri kuuleb. Kas rulaatorit on vaja Teile endale?",
        "Esimene samm: arst kirjutab Teile tõendi abivahendi vajaduse kohta. Kas see on arusaadav?",
    ]
    asked = _play(library, "assistive-device-rehab-et", [
        *start, "Selge. Kas Te olete juba mõnda lepingu sõlminud ettevõttesse pöördunud?"])
    assert asked.state["vars"].get("non_answers") == 1, _steps(asked)
    told = _play(library, "assistive-device-rehab-et", [
        *start, "Tõendiga minge ametiga lepingu sõlminud ettevõttesse. Kas see on arusaadav?"])
    # an answer with a check of understanding after it is heard: the client goes on to the cost
    assert _steps(told)[-1] == "cost", _steps(told)


def test_one_question_back_among_answers_keeps_the_grateful_end(library):
    # one reply that only asks back among real answers is counted, and leaves the grateful ending as it was
    conv = _play(library, "disability-assessment-ru", [
        "Добрый день! Чат Департамента социального страхования, пишет Ирина. Сочувствую Вам. Уточню: Вы сейчас "
        "работаете или на больничном?",
        "Поняла. Первым делом обратитесь к семейному врачу: он внесёт данные о Вашем здоровье.",
        "Трудоспособность оценивает Касса по безработице (Töötukassa), телефон 15501: туда подаётся одно совместное "
        "заявление и на трудоспособность, и на инвалидность.",
        "А доверенность на сына у Вас уже оформлена?",
        "Спасибо за обращение, поправляйтесь!",
    ])
    assert conv.state["vars"].get("non_answers") == 1
    assert conv.current_step.id == "wrap", _steps(conv)


def test_first_answer_clarifying_question_is_read_as_before(library):
    # the needs question in the first answer to the caller names the family doctor; the script answers it
    # („jah, perearst ütleski ...“) and goes on as before, no non-answer (asked_back._FROM_REPLY)
    conv = _play(library, "disability-or-workability-chat-et", [
        "Tere! Sotsiaalkindlustusamet, Liis kirjutab. Täpsustaksin: kas perearst on Teie tervise juba üle vaadanud?",
    ])
    assert _steps(conv)[-1] == "ask_work", _steps(conv)
    assert not conv.state["vars"].get("non_answers")
