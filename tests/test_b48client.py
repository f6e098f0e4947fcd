"""Batch 48 client fixes: translit heard as Cyrillic, terse abbreviations, the 5th day taken up, a manager offer heard."""

from __future__ import annotations

import pytest

from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library
from trainer.text.abbreviations import expand_abbreviations
from trainer.text.translit import cyrillic_text, to_cyrillic


@pytest.fixture(scope="module")
def library():
    return load_library()


@pytest.mark.parametrize("latin, cyr", [("sleduyushih", "следующих"), ("eshe", "ещё"), ("obrashaites", "обращайтесь"),
                                        ("vashego", "вашего"), ("shkola", "школа")])
def test_sh_for_shch(latin, cyr):
    assert to_cyrillic(latin) == cyr


def test_ordinal_endings_in_translit():
    assert cyrillic_text("Esli 5-e chislo subbota, platjat na 2-j rabochij den'.") == \
        "Если 5-е число суббота, платят на 2-й рабочий день."


@pytest.mark.parametrize("text, full", [
    ("рос. пенсию платит Россия", "российский пенсию платит Россия"),
    ("Вам поможет соцработник волости.", "Вам поможет социальный работник волости."),
    ("есть пособие по прожит. минимуму", "есть пособие по прожиточному минимуму"),
])
def test_terse_russian_short_forms(text, full):
    assert expand_abbreviations(text) == full


@pytest.mark.parametrize("text", ["Сосед и господин Госпиталев.", "Гостиница рядом.", "Проверим. Всё."])
def test_no_stump_read_in_other_words(text):
    assert expand_abbreviations(text) == text


def test_client_hears_translit_code_request(library):
    conv = play_answers(library.get("pension-weekend-ru"), library, [
        "Dobryj den', Departament sotsial'nogo strahovanija, Marina.",
        "Ja ponimaju vas. Skazhite pozhalujsta vash lichnyj kod.",
    ])
    assert conv.turns[-1]["step"] == "id_give_code"


def test_client_hears_translit_weekend_rule(library):
    conv = play_answers(library.get("pension-weekend-ru"), library, [
        "Dobryj den', Departament sotsial'nogo strahovanija, Marina.",
        "Ja ponimaju vas. Skazhite pozhalujsta vash lichnyj kod.",
        "Spasibo. 5-e chislo vypalo na voskresen'e, poetomu pensiju platjat v techenie dvuh sledujushih rabochih dnej.",
    ])
    assert conv.turns[-1]["step"] == "explain" and not conv.turns[-1].get("fallback")


def test_abbreviated_money_answer_heard(library):
    conv = play_answers(library.get("crisis-suicidal-ru"), library, [
        "добрый день, департамент соц. страхования, ольга.",
        "спасибо что позвонили. спрошу прямо: вы думаете причинить себе вред?",
        "если станет опасно – звоните 112. есть кто-то, с кем можно поговорить сегодня, напр. сем. врач?",
        "рос. пенсию мы не платим, но помочь может соцработник вашей волости, напр. пособие по прожит. минимуму.",
    ])
    steps = [t["step"] for t in conv.turns if t["role"] == "client"]
    assert "money_again" not in steps


def test_manager_request_passed_on_is_an_offer(library):
    conv = play_answers(library.get("abusive-caller-ru"), library, [
        "Здравствуйте, Департамент социального страхования, Анна.",
        "Мне жаль, что Вы так долго ждали. Я могу передать Вашу просьбу руководителю. Но прошу Вас не оскорблять меня: "
        "если оскорбления продолжатся, я завершу разговор.",
    ])
    assert conv.turns[-1]["step"] == "calms"


def test_manager_refused_is_no_offer(library):
    conv = play_answers(library.get("abusive-caller-ru"), library, [
        "Здравствуйте, Департамент социального страхования, Анна.",
        "Передать Вашу просьбу руководителю я не могу. Прошу Вас не оскорблять меня: если оскорбления продолжатся, "
        "я завершу разговор.",
    ])
    assert conv.turns[-1]["step"] != "calms"


def test_fifth_day_taken_up(library):
    conv = play_answers(library.get("indexation-day-et"), library, [
        "Tere, Sotsiaalkindlustusamet, Mari.",
        "Tõus kehtib aprillist ja pension tuleb nagu ikka kuu viiendal kuupäeval, täna veel mitte.",
    ])
    assert conv.turns[-1]["step"] == "fifth_on_sunday" and "pühapäev" in conv.turns[-1]["text"]


def test_no_day_named_still_asks_the_day(library):
    conv = play_answers(library.get("indexation-day-et"), library, [
        "Tere, Sotsiaalkindlustusamet, Mari.",
        "Tõus kehtib aprillist ja tuleb aprilli pensioniga, täna veel mitte.",
    ])
    assert conv.turns[-1]["step"] == "opening_again"
