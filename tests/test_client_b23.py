"""The client hears a request for its code and a reason for it as a caller would (new-user batch 23)."""

from __future__ import annotations

import pytest

from trainer.simulation.code_talk import explains_code, requests_code
from trainer.simulation.dialogue import Conversation
from trainer.simulation.examples import EXAMPLE_DATE, play_answers
from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library()


def _conv(library, scenario_id):
    return Conversation.start(library.get(scenario_id), library, seed=1, today=EXAMPLE_DATE)


@pytest.mark.parametrize("text", [
    "Et saaksin Teie andmeid näha, öelge palun oma isikukood.",
    "Teie isikukood?",
    "isikukood palun",
    "Mul on vaja Teie isikukoodi.",
    "Isikukood.",
])
def test_et_request_is_heard(library, text):
    assert requests_code(_conv(library, "refuses-code-et"), text)


@pytest.mark.parametrize("text", [
    "Isikukood, tuvastamine, kontonumber, iseteenindus – kõik on kontrollitud.",
    "Isikukood ei ole saladus, seega selle teadmine tõendab vähe.",
    "Isikukood. Andmekaitse. Iseteenindus.",
])
def test_et_mention_is_no_request(library, text):
    assert not requests_code(_conv(library, "refuses-code-et"), text)


@pytest.mark.parametrize("text", [
    "Назовите, пожалуйста, Ваш личный код.",
    "Ваш личный код?",
    "Мне нужен личный код мамы.",
])
def test_ru_request_is_heard(library, text):
    assert requests_code(_conv(library, "third-party-son-ru"), text)


@pytest.mark.parametrize("text", [
    "Личный код, идентификация, номер счёта, самообслуживание – всё проверено.",
    "Личный код не является тайной.",
    "Личный код. Защита данных. Самообслуживание.",
])
def test_ru_mention_is_no_request(library, text):
    assert not requests_code(_conv(library, "third-party-son-ru"), text)


@pytest.mark.parametrize("text", [
    "Küsin seda selleks, et olla kindel, et räägin just Teiega – see on Teie andmete kaitseks.",
    "teie andmete kaitseks, infot annan ainult siis kui tean et raagin teiega",
])
def test_et_reason_told_to_the_caller(library, text):
    assert explains_code(_conv(library, "refuses-code-et"), text)


@pytest.mark.parametrize("text", [
    "Andmekaitse. Tuvastamine.",
    "Asutus väljastab isikuandmeid ainult pärast tuvastamist. Ilma tuvastamiseta andmeid ei avaldata.",
])
def test_et_knowledge_text_is_no_reason(library, text):
    assert not explains_code(_conv(library, "refuses-code-et"), text)


def test_ru_reason_and_knowledge_text(library):
    conv = _conv(library, "third-party-son-ru")
    assert explains_code(conv, "Я спрашиваю код, чтобы убедиться, что говорю именно с Вами.")
    assert not explains_code(conv, "Ведомство выдаёт данные только после идентификации. Защита данных.")


REFUSE = ["Tere! Sotsiaalkindlustusamet, Mari kuuleb.", "Palun öelge oma isikukood, siis vaatan Teie taotluse järele."]


def test_pasted_rule_keeps_the_code(library):
    """Knowledge text about the office's rules is no reason: the client stays unidentified."""
    conv = play_answers(library.get("refuses-code-et"), library, [
        *REFUSE, "Isikuandmeid antakse välja ainult pärast tuvastamist. Isikukood ei tõenda midagi, seega "
                 "andmekaitse nõuab enamat."])
    assert conv.state["step"] == "unidentified"


def test_real_reason_gets_the_code(library):
    """Must-not: a reason told to the caller still gets the code."""
    conv = play_answers(library.get("refuses-code-et"), library, [
        *REFUSE, "Küsin seda Teie enda andmete kaitseks, et olla kindel, et räägin just Teiega."])
    assert conv.state["step"] == "id_give_code"
