"""Issue #10: wrong advice that fails a gate is named in the result as misinformation the client believed,
even when the scenario declares no client reaction to it (`misinformation:`). Data protection and replies that
say nothing (`real_answers`, content never answered) are other failures, not misinformation."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library

TODAY = date(2026, 12, 1)


@pytest.fixture(scope="module")
def library():
    return load_library()


def _result(library, scenario: str, answers: list[str]) -> dict:
    return play_answers(library.get(scenario), library, answers, today=TODAY).score()


ET_DOWN = [
    "Tere, Sotsiaalkindlustusamet, Tiina kuuleb. Kuidas saan aidata?",
    "Kas küsimus on Teie poja puudega lapse toetuse taotluse kohta?",
    "Jah, vaatan kohe. Öelge palun oma isikukood.",
]


def test_a_promise_of_a_decision_is_named_with_its_quote_and_why(library):
    result = _result(library, "system-down-callback-et", [
        *ET_DOWN,
        "Aitäh. Süsteem on hetkel maas, aga ma võin Teile kinnitada, et otsus tuleb kindlasti järgmisel nädalal.",
        "Helistan Teile homme tagasi. Aitäh ja kõike head!",
    ])
    assert not result["passed"] and "no_promise" in result["gate_failures"]
    named = {m["id"]: m for m in result["misinformation"]}
    assert "no_promise" in named
    assert "järgmisel nädalal" in named["no_promise"]["quote"]
    assert named["no_promise"]["feedback"]  # the criterion's own sentence, in Estonian
    assert named["no_promise"]["agent_turn"] >= 1


def test_the_right_answer_names_no_misinformation(library):   # must-not
    result = _result(library, "system-down-callback-et", [
        *ET_DOWN,
        "Aitäh. Vabandust, infosüsteem on hetkel maas ja ma ei näe andmeid. Teatasin tõrkest IT-toele. "
        "Kas võin Teile tagasi helistada, kui süsteem taas töötab?",
        "Panin Teie numbri kirja ja helistan tagasi niipea, kui süsteem töötab. Aitäh ja head päeva!",
    ])
    assert result["misinformation"] == []


def test_a_run_that_answers_nothing_is_not_misinformation(library):   # must-not: a non-answer, not a wrong one
    result = _result(library, "third-party-son-ru", [
        "Здравствуйте, Департамент социального страхования, Ирина.",
        "Понимаю. Нотариус. Цифровая подпись. Бумага.",
        "Нотариус. Цифровая подпись. Бумага.",
        "Спасибо, всего доброго.",
    ])
    assert not result["passed"]
    assert result["misinformation"] == []


def test_ru_notary_only_is_named(library):
    result = _result(library, "third-party-son-ru", [
        "Здравствуйте, Департамент социального страхования, Ирина. Чем могу помочь?",
        "Понимаю, что Вы помогаете маме. Но сумму её пенсии я могу назвать только ей самой или по доверенности.",
        "Доверенность подходит только нотариальная, другие формы не принимаются.",
        "Итак: нужна нотариальная доверенность, тогда расскажу всё. Спасибо за звонок, всего доброго!",
    ])
    ids = [m["id"] for m in result["misinformation"]]
    assert ids and all(i not in ("real_answers", "data_protection") for i in ids)
    assert any("нотариальн" in m["quote"].lower() for m in result["misinformation"])
