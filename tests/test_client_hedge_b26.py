"""New-user batch 26 (live26) family-finland-ru gaming: the trainee hedged both ways — «может быть, пособия платят обе
страны полностью, а может быть, в первую очередь платит только одна страна ... Всё индивидуально» — and the scripted
client took the right half as its answer and ended on its grateful wrap line. A fact offered as one of several
possibilities asserts neither: the client asks again which it is. A plain answer with an exception still answers.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.client_support import play_client
from trainer.simulation.library import load_library
from trainer.simulation.unasserted import hedged_alternatives

TODAY = date(2026, 4, 6)
RU_HELLO = "Здравствуйте! Департамент социального страхования, меня зовут Анна. Кто из вас где работает?"


@pytest.fixture(scope="module")
def library():
    return load_library()


@pytest.mark.parametrize(("text", "lang"), [
    ("Может быть, платит только одна страна, а может быть, обе страны полностью.", "ru"),
    ("возможно, пособие платит одна страна, а возможно и обе, гарантий нет", "ru"),
    ("То ли платит Эстония, то ли Финляндия, я не знаю.", "ru"),
    ("Всё индивидуально: платит одна страна или обе полностью.", "ru"),
    ("Võib-olla maksab ainult üks riik, aga võib-olla ka mõlemad täies ulatuses.", "et"),
    ("Äkki maksab Eesti, äkki Soome.", "et"),
    ("Kõik on individuaalne: toetust maksab kas Eesti või Soome.", "et"),
])
def test_hedged_alternatives_are_found(text, lang):
    assert hedged_alternatives(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Как правило, в первую очередь платит одна страна, а другая может доплатить разницу.", "ru"),
    ("Другая страна может доплатить разницу, а может и не доплатить: это решает она.", "ru"),
    ("Пособие платит либо Эстония, либо Финляндия – смотря где работают родители.", "ru"),
    ("Üldjuhul maksab peretoetusi üks riik, erandiks on juhud, kui teine riik maksab vahe juurde.", "et"),
    ("Taotluse saate esitada kas iseteeninduses või e-postiga.", "et"),
    ("Teine riik võib maksta vahe juurde, kui tema toetus on suurem.", "et"),
])
def test_plain_answers_are_not_hedges(text, lang):
    assert not hedged_alternatives(text, lang)


@pytest.mark.parametrize("reply", [
    "Тут возможны разные варианты: может быть, пособия платят обе страны полностью, а может быть, только одна страна "
    "платит в первую очередь. Гарантировать не могу.",
    "Всё индивидуально: либо платит одна страна, либо обе полностью.",
])
def test_hedged_answer_is_asked_again(library, reply):
    said, conv = play_client(library, library.get("family-finland-ru"), [RU_HELLO, "Спасибо. " + reply], TODAY)
    assert conv.state["step"] == "push", said
    assert not conv.state["ever"].get("explained_one_country")


def test_answer_with_exception_is_heard(library):
    reply = ("Как правило, полные пособия из двух стран не платят: в первую очередь платит только одна страна. "
             "Исключения бывают, но редко.")
    said, conv = play_client(library, library.get("family-finland-ru"), [RU_HELLO, reply], TODAY)
    assert conv.state["step"] == "difference_ask", said
