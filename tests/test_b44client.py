"""New-user batch 44, client fixes (branch b44client; tests/newuser/live44). Own sentences, not the runs'.

1. A persona repeat by design is declared (`repeat: forgets` on a step): validated (entered only by an `if:` branch,
   no start or end step), and the replay's listening check counts it apart from re-asks; an undeclared re-ask stays one.
2. The client hears a reason, a wrong promise and a wrong channel said in other words than the scorer's:
   pensioner-alone-ru (the son on her address; the allowance "for this year too" believed), invalid-code-et (the
   certificate "only at the office" believed), abusive-caller-ru ("two working days" echoed only when said).
3. A reference note («Справка: ...», "Märkus: ...", "vt eespool") counts against the grateful ending; "Mõelge ise: ...?"
   and «Подумайте сами: ...?» put a quiz to the caller.
4. The bare name asked with a request word after it («а имя ваше подскажите», "ja nimi palun kinnituseks") is asked.
"""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest
from client_support import play_client

from trainer import text as tx
from trainer.simulation import name_check
from trainer.simulation.dialogue import Conversation
from trainer.simulation.library import load_library
from trainer.simulation.quiz import is_quiz
from trainer.simulation.scenario import Step
from trainer.simulation.unspoken import labelled_note

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def library():
    return load_library()


def _evaluate_module():
    path = Path(__file__).parent / "newuser" / "evaluate.py"
    spec = importlib.util.spec_from_file_location("newuser_evaluate_b44", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- 1. a declared persona repeat --------------------------------------------------------------------------------------

ELDERLY = "confused-elderly-repeats-et"


def test_repeat_is_declared_in_the_elderly_scenario(library):
    steps = {s.id: s for s in library.get(ELDERLY).step_list()}
    assert steps["asks_again"].repeat == "forgets" and steps["asks_third"].repeat == "forgets"
    assert steps["opening_again"].repeat is None  # nothing heard: a listening check, not a feature


def test_repeat_shape_is_validated(library):
    from trainer.simulation.validation import repeat_problems

    scenario = library.get(ELDERLY)
    steps = scenario.step_list()
    assert repeat_problems(scenario, steps, lambda _: None, "x") == []
    # an `else` into a declared repeat: asking again after nothing heard is no feature
    bad = [s.model_copy(update={"next": "asks_again"}) if s.id == "opening_again" else s for s in steps]
    problems = repeat_problems(scenario, bad, lambda _: None, "x")
    assert len(problems) == 1 and "without a condition" in problems[0].message
    # an end step declared a repeat
    bad = [s.model_copy(update={"repeat": "forgets"}) if s.id == "wrap" else s for s in steps]
    assert any("no repeat" in p.message for p in repeat_problems(scenario, bad, lambda _: None, "x"))
    with pytest.raises(ValueError):
        Step.model_validate({"id": "x", "client": "Jälle?", "end": True, "repeat": "sometimes"})


def test_declared_repeat_is_counted_apart_from_re_asks():
    ev = _evaluate_module()
    turns = [
        {"role": "agent", "text": "Tere, Kadri kuuleb."},
        {"role": "client", "text": "Millal pension tuleb?", "step": "opening"},
        {"role": "agent", "text": "Sel kuul tuleb see teisipäeval."},
        {"role": "client", "text": "Oi, ma unustasin, millal see oligi?", "step": "date_again"},
        {"role": "agent", "text": "Teisipäeval, kirjutage see üles."},
        {"role": "client", "text": "Kuidas, ma ei kuulnud?", "step": "which_again"},
    ]
    flags = ev.listening_flags(turns, {"date_again"})
    assert any("REPEAT (declared) step date_again" in f for f in flags)
    faults = ev.listening_faults(flags)
    assert len(faults) == 1 and "RE-ASK step which_again" in faults[0]   # the undeclared one stays a fault
    assert len(ev.listening_faults(ev.listening_flags(turns))) == 2     # undeclared: both are re-asks


# -- 2. reasons, promises and channels in other words ------------------------------------------------------------------

ALONE = "pensioner-alone-ru"
ALONE_START = ["Здравствуйте, Департамент социального страхования, Ольга.",
               "Сочувствую. Назовите, пожалуйста, Ваш личный код."]


def test_ru_reason_in_other_words_is_heard(library):
    said, conv = play_client(library, library.get(ALONE), [
        *ALONE_START, "Спасибо, госпожа Смирнова. Я проверила: у Вас по адресу числится сын, поэтому Вы не считаетесь "
                      "живущей одна."], TODAY)
    assert "Андрей" in said and "Почему мне не дали" not in said, said


def test_ru_rule_without_her_case_is_still_asked_about(library):   # must-not
    said, conv = play_client(library, library.get(ALONE), [
        *ALONE_START, "Спасибо, госпожа Смирнова. Пособие получают пенсионеры, которые живут одни."], TODAY)
    assert "Почему мне не дали" in said, said


def test_ru_money_for_this_year_promised_is_believed_and_recorded(library):
    said, conv = play_client(library, library.get(ALONE), [
        *ALONE_START, "Спасибо, госпожа Смирнова. По регистру у Вас зарегистрирован сын.",
        "Не переживайте: как только сын выпишется, Вы получите пособие и за этот год."], TODAY)
    assert [m["id"] for m in conv.state.get("misinformed", [])] == ["paid_this_year"], said
    assert "дадут" in said


def test_ru_this_year_refused_is_no_promise(library):   # must-not
    said, conv = play_client(library, library.get(ALONE), [
        *ALONE_START, "Спасибо, госпожа Смирнова. По регистру у Вас зарегистрирован сын.",
        "К сожалению, за этот год пособие не выплатят, даже если сын выпишется."], TODAY)
    assert not conv.state.get("misinformed"), said


CODE = "invalid-code-et"
CODE_START = ["Tere, Sotsiaalkindlustusamet, Kadri.", "Palun öelge oma isikukood.",
              "Kahjuks see kood ei läbi kontrolli, palun öelge see veel kord."]


def test_et_certificate_only_at_the_office_is_believed(library):
    said, conv = play_client(library, library.get(CODE), [
        *CODE_START, "Aitäh, nüüd leidsin. Kas räägin Anu Sanderiga? Teie pension on 745,30 eurot. Tõendi saab ainult "
                     "klienditeeninduses kohapeal, tulge isikut tõendava dokumendiga."], TODAY)
    assert [m["id"] for m in conv.state.get("misinformed", [])] == ["office_only"]
    assert "ise sealt" not in said, said


def test_et_certificate_from_self_service_is_no_misinformation(library):   # must-not
    said, conv = play_client(library, library.get(CODE), [
        *CODE_START, "Aitäh, nüüd leidsin. Kas räägin Anu Sanderiga? Teie pension on 745,30 eurot. Tõendi saate "
                     "iseteenindusest ise alla laadida."], TODAY)
    assert not conv.state.get("misinformed") and "ise sealt" in said, said


ABUSIVE = "abusive-caller-ru"
WARNED = "Я понимаю, что Вы долго ждали. Но если оскорбления продолжатся, я завершу разговор. "


def test_ru_callback_time_is_echoed_as_said(library):
    said, _ = play_client(library, library.get(ABUSIVE), [
        "Здравствуйте, Департамент социального страхования, Ирина.",
        WARNED + "Руководитель группы перезвонит Вам завтра, в течение рабочего дня."], TODAY)
    assert "Два рабочих дня" not in said and "понял" in said.lower(), said
    said, _ = play_client(library, library.get(ABUSIVE), [   # must-not: said, it is echoed
        "Здравствуйте, Департамент социального страхования, Ирина.",
        WARNED + "Руководитель группы перезвонит Вам в течение 2 рабочих дней."], TODAY)
    assert "Два рабочих дня – понял" in said, said


# -- 3. reference notes and "think for yourself" quizzes ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Справка: согласие родственника по телефону не проверяется.",
    "Märkus: pension makstakse viiendal kuupäeval.",
    "Kokkuvõte: vt eespool. Head aega!",
    "Итак: см. информацию выше. Всего доброго!",
])
def test_reference_note_is_no_speech(text):
    assert labelled_note(text)


@pytest.mark.parametrize("text", [
    "Infoks: Teie pension tuleb esmaspäeval.",
    "Справка о пенсии выдаётся в самообслуживании.",
    "Для справки: Вам перезвонят завтра.",
    "Pension tuleb esmaspäeval, nagu eespool ütlesin.",
])
def test_note_said_to_the_caller_is_speech(text):   # must-not
    assert not labelled_note(text)


def test_think_for_yourself_is_a_quiz():
    assert is_quiz("Mõtelge ise järele: kas see on Töötukassa või Tervisekassa?", "et")
    assert is_quiz("Подумайте сами: это Касса здоровья или Департамент?", "ru")
    assert not is_quiz("Mõelge rahulikult ja helistage siis tagasi.", "et")   # must-not
    assert not is_quiz("Подумайте, нужна ли Вам доверенность, и напишите нам.", "ru")


# -- 4. the bare name asked with a request word after it ---------------------------------------------------------------

@pytest.mark.parametrize(("scenario_id", "text", "asked"), [
    ("pension-weekend-ru", "спасибо и имя ваше продиктуйте", True),
    ("pension-weekend-ru", "спасибо а фамилия для проверки", True),
    ("indexation-day-et", "aitäh ja Teie nimi kontrolliks", True),
    ("indexation-day-et", "aitäh ja nimi palun öelge", True),
    ("pension-weekend-ru", "спасибо имя верное", False),
    ("indexation-day-et", "aitäh nimi on õige", False),
])
def test_name_asked_with_a_request_word(library, scenario_id, text, asked):
    conv = Conversation.start(library.get(scenario_id), library, seed=1, today=TODAY)
    assert name_check.asks_name(conv, tx.normalize_input(text).text) is asked
