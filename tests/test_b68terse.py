"""Batch 68 terse runs in Russian typed in Latin letters: a dash after a comma that closes an inserted phrase stands for
the verb as a bare dash does («Жалобы, и устные тоже, – в отдел обслуживания»), in the real-answers gate and in the
courtesy pointer test (the dash joins its two sides into one clause); in translit a common word is read before a name
of as many letters ("saite" is «сайте», not the name «Саите»); the money arriving "within the day" is said with the time
first too («в течение дня придут»). On own sentences with must-nots: a keyword list in translit still fails the gate, a
hand-off of "all questions" is still a brush-off, and a translit wrong fact is caught as the Cyrillic one is."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.simulation.dialogue import Conversation
from trainer.simulation.library import load_library
from trainer.text.keywords import copula_dash, copula_dash_at
from trainer.text.translit import cyrillic_text, to_cyrillic


@pytest.fixture(scope="module")
def library():
    return load_library()


def _play(library, scenario: str, answers: list[str]) -> dict:
    conv = Conversation.start(library.get(scenario), library, seed=0, today=date(2026, 12, 7))
    for line in answers:
        if conv.finished:
            break
        conv.reply(line)
    conv.finish()
    return conv.score()


def _criterion(result: dict, cid: str) -> str:
    return next(c["result"] for c in result["criteria"] if c["id"] == cid)


# -- the dash after a comma -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Жалобы на решение, и устные тоже, – в отдел обслуживания.",
    "Pressiküsimused, ka arvud, – kommunikatsiooniosakonda.",
    "Срок – 30 дней.",
])
def test_one_dash_stands_for_the_verb_after_a_comma_too(sentence):
    assert copula_dash(sentence)
    assert sentence[copula_dash_at(sentence)] in "–—-"


@pytest.mark.parametrize("sentence", [
    "Пенсия, – 30 дней, – самообслуживание.",
    "Vaie – 30 päeva – iseteenindus – kokkuvõte.",
    "Пенсия, самообслуживание, отдел.",
])
def test_two_dashes_or_none_are_no_copula(sentence):
    assert not copula_dash(sentence)
    assert copula_dash_at(sentence) is None


# -- translit: a common word before a name --------------------------------------------------------------------------

def test_a_common_word_is_read_before_a_name_of_as_many_letters():
    assert to_cyrillic("saite") == "сайте"
    assert "на сайте" in cyrillic_text("Vse blanki est' na saite, posmotrite.")


@pytest.mark.parametrize("word, cyr", [("Marina", "марина"), ("Olga", "ольга"), ("Galina", "галина"),
                                       ("Vera", "вера"), ("Igor", "игорь")])
def test_names_keep_their_reading(word, cyr):
    assert to_cyrillic(word) == cyr


def test_a_name_in_a_translit_sentence_stays_as_typed():
    assert "Marina" in cyrillic_text("Zdravstvujte, Marina, chem mogu pomoch?")


# -- the journalist's redirect said with a dash ----------------------------------------------------------------------

_OPENING = "Zdravstvujte, Departament sotsialnogo strahovanija, Liina. Chem mogu pomoch?"
_REFUSE = "Prostite, pro chastnoe litso ja nichego ne podtverzhdaju, eto lichnye dannye."
_HERSELF = "Kod ne dokazyvaet soglasija. Pust ona sama pozvonit ili oformit Vam pismennuju doverennost."
_CLOSE = "Itak: o nej nichego, ona sama ili po doverennosti, tsifry – otdel kommunikatsii. Jasno? Spasibo, vsego dobrogo!"


@pytest.mark.parametrize("statistics", [
    "Zhurnalistskie zaprosy, i tsifry tozhe, – k nashemu otdelu kommunikatsii, adres na saite.",
    "Журналистские запросы, и цифры тоже, – к нашему отделу коммуникации, адрес на сайте.",
])
def test_a_redirect_with_a_dash_is_an_answer(library, statistics):
    result = _play(library, "data-request-journalist-ru", [_OPENING, _REFUSE, _HERSELF, statistics, _CLOSE])
    assert _criterion(result, "real_answers") == "pass"
    assert _criterion(result, "courtesy") == "pass"
    assert _criterion(result, "press_office") == "pass"
    assert result["passed"]


@pytest.mark.parametrize("statistics", [
    "Pressa, statistika, otdel kommunikatsii, sait.",
    "Pressa, – statistika, – otdel kommunikatsii, sait.",
])
def test_a_translit_keyword_list_still_fails_the_gate(library, statistics):
    result = _play(library, "data-request-journalist-ru", [_OPENING, _REFUSE, _HERSELF, statistics, _CLOSE])
    assert _criterion(result, "real_answers") == "fail"
    assert not result["passed"]


def test_a_hand_off_of_all_questions_is_still_a_brush_off(library):
    result = _play(library, "data-request-journalist-ru", [
        "Здравствуйте, Департамент социального страхования, Лийна. Чем могу помочь?",
        "Простите, о частном лице я ничего не подтверждаю, это личные данные.",
        "Код не доказывает согласия. Пусть она сама позвонит или оформит Вам письменную доверенность.",
        "Все вопросы, и по цифрам тоже, – в другой отдел, подробности на сайте.",
        "Спасибо за звонок, всего доброго!"])
    assert _criterion(result, "courtesy") == "fail"


# -- the money within the payment day, the time said first -----------------------------------------------------------

_PW_OPEN = ["zdravstvujte, departament sotsialnogo strahovanija, Liina. chem pomoch?",
            "ponimaju, obidno. posmotrju. nazovite lichnyj kod, pozhalujsta?",
            "spasibo. pensija pridet v ponedelnik 7-go: 5-e vypalo na subbotu, a s 2025 goda v vyhodnoj platim v "
            "techenie dvuh sledujushchih rabochih dnej."]
_PW_CLOSE = "spasibo za zvonok, vsego dobrogo!"


@pytest.mark.parametrize("explain", [
    "da, zavtra, i v techenie dnja dengi postupjat na schet. esli i 8-go ih net – pozvonite, proverim nomer scheta "
    "i ne vernulsja li platezh. ponjatno?",
    "Да, завтра, и в течение дня деньги поступят на счёт. Если и 8-го их нет – позвоните, проверим номер счёта и не "
    "вернулся ли платёж. Понятно?",
])
def test_within_the_day_said_first_is_the_same_day(library, explain):
    result = _play(library, "pension-weekend-ru", [*_PW_OPEN, explain, _PW_CLOSE])
    assert _criterion(result, "same_day") == "pass"


@pytest.mark.parametrize("explain", [
    "da, zavtra, no v techenie dnja oni ne pridut, eto normalno. ponjatno?",
    "Да, завтра, но в течение дня они не придут, это нормально. Понятно?",
])
def test_not_within_the_day_is_no_same_day(library, explain):
    result = _play(library, "pension-weekend-ru", [*_PW_OPEN, explain, _PW_CLOSE])
    assert _criterion(result, "same_day") == "fail"


@pytest.mark.parametrize("explain", [
    "da, zavtra perechislim, no dengi idut do scheta cherez dva-tri bankovskih dnja. ponjatno?",
    "Да, завтра перечислим, но деньги идут до счёта через два-три банковских дня. Понятно?",
])
def test_a_translit_bank_delay_is_caught_as_the_cyrillic_one(library, explain):
    result = _play(library, "pension-weekend-ru", [*_PW_OPEN, explain, _PW_CLOSE])
    assert "bank_delay" in [m.get("id") for m in result["misinformation"]]
    assert not result["passed"]
