"""Batch 39 client fixes, on own sentences (not the batch's): a client that parted on the stuck end but accepted
what it heard (acceptance.py), the pensioner's "when" heard with the October pension, and
complaint-registration-ru's objection heard only when advised."""

from __future__ import annotations

import pytest

from trainer.simulation import acceptance
from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library()


def _client_lines(conv):
    return [(t.get("step"), t["text"]) for t in conv.turns if t["role"] == "client"]


PENSIONER_START = [
    "Добрый день, Департамент социального страхования, Ирина слушает.",
    "Понимаю Вас. Давайте проверю, назовите, пожалуйста, личный код.",
    "Благодарю. Вы Тамара Смирнова? Пособие дают тем, кто по регистру народонаселения живёт один, а по Вашему"
    " адресу зарегистрирован сын Андрей.",
    "Андрею надо сменить адрес в регистре, подать ничего не нужно.",
]


def test_pensioner_hears_october_pension_as_when(library):
    sc = library.get("pensioner-alone-ru")
    conv = play_answers(sc, library, PENSIONER_START + [
        "Деньги придут сами вместе с октябрьской пенсией, если весь следующий период сын не будет у Вас записан."])
    assert conv.state["step"] == "wrap"


def test_pensioner_no_when_is_not_heard_as_when(library):  # must-not
    sc = library.get("pensioner-alone-ru")
    conv = play_answers(sc, library, PENSIONER_START + ["Точную дату я Вам назвать не могу."])
    assert conv.state["step"] == "wrap_unsure"


def test_accepting_parting_answers_check_without_no(library):
    sc = library.get("pensioner-alone-ru")
    conv = play_answers(sc, library, PENSIONER_START + [
        "Точную дату я Вам назвать не могу.",
        "Подытожу: сын меняет адрес в регистре, заявление не нужно. Я всё понятно объяснила?"])
    lines = _client_lines(conv)
    assert lines[-2] == ("wrap_unsure", "Ладно... Андрею скажу, чтобы адрес сменил. Спасибо.")
    assert lines[-1][1] == "Ну, в общем, да. Спасибо."


def test_plain_stuck_parting_still_unhelped(library):  # must-not: the fix never told
    sc = library.get("pensioner-alone-ru")
    conv = play_answers(sc, library, PENSIONER_START[:3] + [
        "Точную дату я Вам назвать не могу.",
        "Мне больше нечего добавить.",
        "Подытожу: причина в регистрации. Я всё понятно объяснила?"])
    lines = _client_lines(conv)
    assert lines[-2][1] == "Ладно... Ничего не понятно, но спасибо."
    assert lines[-1][1] == "Нет, не ответили."


@pytest.mark.parametrize("line,ok", [
    ("Hästi, ütlen pojale, et ta aadressi muudaks. Aitäh.", True),
    ("Ma ei saanud ikka aru. Aitäh.", False),
    ("Selge. Aga millal siis?", False),
    ("Хорошо, скажу сыну. Спасибо.", True),
    ("Ничего не понятно, но спасибо.", False),
    ("Так и не поняла ничего. Спасибо.", False),
    ("Ладно... Ничего не понятно, но спасибо.", False),
])
def test_accepted_line(library, line, ok):
    sc = library.get("pensioner-alone-ru")
    conv = play_answers(sc, library, ["Здравствуйте!"])
    assert acceptance.accepted(conv, line, "спасибо" in line.lower() or "aitäh" in line.lower()) is ok


COMPLAINT_START = [
    "Здравствуйте, Департамент социального страхования, Марина.",
    "Сожалею, что так получилось. У Вас жалоба на обслуживание и просьба объяснить пенсию, верно? Ваш личный код?",
    "Вы Николай Иванов? Жалобу я зарегистрирую сама, её рассмотрит руководитель, и Вы получите письменный ответ"
    " в течение 30 дней.",
]


def _misinformed(conv):
    return [m["id"] for m in conv.state.get("misinformed", [])]


@pytest.mark.parametrize("reply", [
    "Объяснение – это не возражение, а ходатайство о разъяснении, ответ в течение 30 дней. Возражение подают,"
    " только если спорят с решением.",
    "нет это не жалоба это ходатайство о разъяснении ответ за тридцать дней а возражение если решение оспариваете",
])
def test_right_answer_is_no_appeal_misinformation(library, reply):  # must-not
    sc = library.get("complaint-registration-ru")
    conv = play_answers(sc, library, COMPLAINT_START + [reply])
    assert "appeal_instead" not in _misinformed(conv)
    assert not any("возражение" in text for _, text in _client_lines(conv))


def test_advised_appeal_is_believed(library):
    sc = library.get("complaint-registration-ru")
    conv = play_answers(sc, library, COMPLAINT_START + ["Для письменного объяснения расчёта подайте возражение."])
    assert "appeal_instead" in _misinformed(conv)


def test_refused_complaint_is_not_said_recorded(library):
    sc = library.get("complaint-registration-ru")
    conv = play_answers(sc, library, [
        COMPLAINT_START[0], COMPLAINT_START[1],
        "Вы Николай Иванов? По телефону жалобы не принимаются, её нужно подать самому письменно, ответ придёт"
        " в течение 30 дней.",
        "Объяснение расчёта – это ходатайство о разъяснении, на него отвечают в течение 30 дней.",
        "Подытожу: жалобу и ходатайство Вы подаёте письменно сами."])
    lines = [text for _, text in _client_lines(conv)]
    assert not any("Жалоба записана" in text for text in lines)
    assert conv.state["step"] == "wrap"


def test_complaint_days_in_words_not_reasked(library):
    sc = library.get("complaint-registration-ru")
    conv = play_answers(sc, library, [
        COMPLAINT_START[0], COMPLAINT_START[1], "иванов николай верно жалобу я зарегистрирую ответ получите письменно",
        "ответ придет письменно за тридцать дней"])
    steps = [s for s, _ in _client_lines(conv)]
    assert "complaint_again" not in steps
