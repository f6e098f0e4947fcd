"""Batch 39 client fixes, part 2, on own sentences (not the batch's): the call model read out step by step ends
on no grateful line (recited.step_labels); child-allowance-et believes "apply yourself" instead of "not
understood"; disability-or-workability-chat-et does not ask about the work ability once it believes the joint
application goes to the Board."""

from __future__ import annotations

import re

import pytest

from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library
from trainer.simulation.recited import step_labels


@pytest.fixture(scope="module")
def library():
    return load_library()


def _client_lines(conv):
    return [(t.get("step"), t["text"]) for t in conv.turns if t["role"] == "client"]


@pytest.mark.parametrize("text, lang", [
    ("Шаг третий модели разговора – уточнение: о каком пособии идёт речь?", "ru"),
    ("Шаг шестой – попрощаться: всего Вам доброго!", "ru"),
    ("Четвёртый шаг по руководству: объясняю. Пособие платят восьмого числа.", "ru"),
    ("Samm 2: tuvastamine. Palun öelge oma isikukood.", "et"),
    ("Viies samm – kokkuvõte ja mõistmise kontroll: pension tuleb 5. kuupäeval.", "et"),
])
def test_step_labels_found(text, lang):
    assert step_labels(text, lang)


@pytest.mark.parametrize("text, lang", [  # must-nots: steps the caller takes, or no numbered step at all
    ("Первый шаг – сходите к семейному врачу. Второй шаг: подайте заявление.", "ru"),
    ("Шаг за шагом я Вам всё объясню.", "ru"),
    ("Следующий шаг за Вами: пришлите справку.", "ru"),
    ("Esimene samm: minge perearsti juurde.", "et"),
    ("Teine samm – selgitage arstile oma muret.", "et"),
    ("Kolm sammu: perearst, taotlus, otsus.", "et"),
])
def test_step_labels_not_found(text, lang):
    assert step_labels(text, lang) == []


VIOLENCE_STEPS = [
    "Шаг первый модели разговора – приветствие: Департамент социального страхования, Нина. Чем помочь?",
    "Шаг второй – уточнить вопрос: правильно ли я понимаю, что речь о пособии на детей?",
    "Шаг третий по стандарту – объяснить: если он вернётся и будет угрожать, звоните 112, а за помощью для себя"
    " позвоните на кризисный телефон 116 006.",
    "Шаг четвёртый – подвести итог: итак, 112 и 116 006, а о детях позвоните на 116 111. Шаг пятый – завершить"
    " разговор: спасибо за звонок!",
]


def test_call_model_read_out_ends_without_grateful_wrap(library):
    conv = play_answers(library.get("crisis-violence-ru"), library, VIOLENCE_STEPS)
    assert conv.state["step"] != "wrap"
    assert conv.state["step"] == "wrap_unsure"


def test_same_numbers_said_plainly_end_grateful(library):  # must-not: the same content spoken to her
    conv = play_answers(library.get("crisis-violence-ru"), library, [
        "Здравствуйте! Департамент социального страхования, Нина. Чем помочь?",
        "Я Вас слушаю. Вы сейчас в безопасности?",
        "Если он вечером начнёт угрожать, сразу звоните 112. А за помощью для себя позвоните на кризисный телефон"
        " помощи жертвам 116 006, там помогут.",
        "О детях можно посоветоваться по телефону помощи детям 116 111. Итак: 112, 116 006 и 116 111. Всё понятно?",
    ])
    assert conv.state["step"] == "wrap"


def _signal(library, scenario_id, name):
    sc = library.get(scenario_id)
    return [re.compile(p[3:]) for p in sc.signals[name] if p.startswith("re:")]


@pytest.mark.parametrize("text, hit", [
    ("Toetuse saamiseks peate iseteeninduses taotluse täitma.", True),
    ("tehke avaldus iseteeninduses ara", True),
    ("Taotlust teha ei ole vaja.", False),
    ("Kas taotlus tuleb Teie arvates esitada?", False),
    ("Pakkumus tuleb iseteenindusse, taotlust pole vaja.", False),
])
def test_must_apply_signal(library, text, hit):
    from trainer import text as tx
    found = any(p.search(tx.fold(text)) for p in _signal(library, "child-allowance-et", "must_apply"))
    assert found is hit


def test_child_allowance_apply_yourself_believed(library):
    conv = play_answers(library.get("child-allowance-et"), library, [
        "Tere, siin Sotsiaalkindlustusameti vestlus, Mari. Lapsetoetuse saamiseks peate iseteeninduses taotluse täitma.",
        "Toetus on 80 eurot kuus ja tuleb 8. kuupäeval.",
    ])
    lines = _client_lines(conv)
    assert not any(t.get("fallback") for t in conv.turns)
    assert lines[1][0] == "when_paid" and "taotluse" in lines[1][1]
    assert conv.state["step"] == "done" and "taotluse" in lines[-1][1]
    assert [m["id"] for m in conv.state["misinformed"]] == ["must_apply"]


def test_child_allowance_offer_keeps_thanks(library):  # must-not: the right answer
    conv = play_answers(library.get("child-allowance-et"), library, [
        "Tere, siin Sotsiaalkindlustusameti vestlus, Mari. Taotlust pole vaja: amet saadab iseteenindusse pakkumise.",
        "Toetus on 80 eurot kuus ja tuleb 8. kuupäeval.",
    ])
    assert conv.state["step"] == "done"
    assert _client_lines(conv)[-1][1] == "aitäh, väga abiks!"
    assert not conv.state.get("misinformed")


def test_workability_not_asked_after_joint_to_us_believed(library):
    conv = play_answers(library.get("disability-or-workability-chat-et"), library, [
        "Tere! Sotsiaalkindlustusameti veebivestlus, Mari. Kas Te vajate mõlemat?",
        "Jah, esitate meile ühe ühistaotluse ja see katab mõlemad.",
        "Kõigepealt räägite perearstiga. Puudetoetus on sügava puude korral 100 eurot, raske puude korral 50 eurot"
        " ja keskmise puude korral 29–42 eurot kuus.",
    ])
    steps = [s for s, _ in _client_lines(conv)]
    assert "ask_work" not in steps
    assert conv.state["step"] == "wrap" and "teile" in _client_lines(conv)[-1][1]


def test_workability_asked_without_joint_to_us(library):  # must-not: nothing wrong believed
    conv = play_answers(library.get("disability-or-workability-chat-et"), library, [
        "Tere! Sotsiaalkindlustusameti veebivestlus, Mari. Kas Te vajate mõlemat?",
        "Kõigepealt räägite perearstiga.",
    ])
    assert [s for s, _ in _client_lines(conv)][-1] == "ask_work"
