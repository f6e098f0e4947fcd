"""New-user batch 50, good runs read as faults and a gaming run that ended grateful (branch b50good; tests/newuser/live50).
Own sentences, not the runs'.

1. "Exactly, X decides" («Точно это решают обе страны ...», the plural with its subject) names who decides: no promise
   (promises.OWN_ACT); the client then does not believe a promise, and a promise it did believe is taken back when a
   later reply says it cannot be guaranteed (scenarios/family-finland-ru.yaml: ``corrected: no_guarantee``).
2. "Isikukoodi palun siia ei kirjuta" (a colloquial "ärge kirjutage") and «код в чат не писать» forbid typing the
   code: no request for it in an open chat (dont_type.py).
3. Knowledge text in the third person: the role with a negated verb whose stem is also a noun ("ei kogu") and the call
   narrated in a manner of service ("Vestlus lõpetatakse viisakalt") speak to no one (role_narration.py), so the
   client does not take them for an answer and does not leave thanking.
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import play_to_end

from trainer.scoring.identifier_requests import find_identifier_requests
from trainer.scoring.promises import is_promise
from trainer.scoring.role_narration import narrates_role
from trainer.simulation.dialogue import Conversation
from trainer.simulation.library import load_library

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def library():
    return load_library()


# -- 1. who decides is no promise ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, text", [
    ("ru", "Точно сумму решают финские органы по Вашим документам."),
    ("ru", "Точно это принимают решение обе страны, когда получат документы."),
])
def test_who_decides_is_no_promise(lang, text):
    assert not is_promise(text, lang), text


@pytest.mark.parametrize("lang, text", [
    ("ru", "Разницу Вам точно доплатят в следующем месяце."),
    ("ru", "Это точно решают в Вашу пользу, не сомневайтесь."),
    ("ru", "Финляндия точно доплатит Вам разницу, решают обе страны."),
])
def test_a_promise_beside_who_decides_stays_a_promise(lang, text):
    assert is_promise(text, lang), text


def _play(library, scenario: str, answers: list[str]) -> Conversation:
    return play_to_end(library, scenario, answers, TODAY)


_FI_START = ["Добрый день, Департамент социального страхования, Анна. Вы сами в Эстонии работаете?",
             "Два полных пособия не платят: в первую очередь платит одна страна, у Вас, вероятно, Эстония."]


def test_who_decides_is_not_believed_as_a_promise(library):
    conv = _play(library, "family-finland-ru", [
        *_FI_START, "Деньги не пропадут: другая страна может доплатить разницу. Точно размер решают обе страны."])
    assert not conv.state.get("misinformed")
    assert "гарантированно" not in conv.turns[-1]["text"]


def test_a_promise_taken_back_is_accepted(library):
    conv = _play(library, "family-finland-ru", [
        *_FI_START, "Не пропадут, Финляндия Вам обязательно доплатит разницу.",
        "Поправлю себя: гарантировать это я не могу, разницу доплачивают только если её пособие больше. Код сюда "
        "не пишите, спросите в среде самообслуживания."])
    assert not conv.state.get("misinformed")
    assert [c["id"] for c in conv.state.get("corrected", [])] == ["difference_promise"]
    assert "без гарантии" in conv.turns[-1]["text"] and "точно доплатит" not in conv.turns[-1]["text"]


def test_a_promise_not_taken_back_is_still_believed(library):
    conv = _play(library, "family-finland-ru", [
        *_FI_START, "Не пропадут, Финляндия Вам обязательно доплатит разницу.",
        "Код сюда не пишите, сумму спросите в среде самообслуживания."])
    assert [m["id"] for m in conv.state.get("misinformed", [])] == ["difference_promise"]
    assert "точно доплатит" in conv.turns[-1]["text"]


# -- 2. a prohibition to type the code is no request ----------------------------------------------------------------------

@pytest.mark.parametrize("lang, text", [
    ("et", "Oma nime ega isikukoodi palun vestlusesse ei kirjuta."),
    ("et", "Isikukoodi ei sisesta palun siia aknasse."),
    ("et", "Sünniaega ja isikukoodi palun siia aknasse ei sisesta."),
    ("ru", "Имя и личный код, пожалуйста, в этот чат не писать."),
])
def test_dont_type_it_is_no_request(lang, text):
    assert not find_identifier_requests(text, lang), text


@pytest.mark.parametrize("lang, text", [
    ("et", "Palun kirjutage siia oma isikukood, me ei saada seda kellelegi."),
    ("et", "Ma ei kirjuta Teile e-kirja, palun sisestage siia oma isikukood."),
    ("ru", "Напишите, пожалуйста, сюда свой личный код, мы его никому не передаём."),
])
def test_a_request_beside_a_negated_verb_is_still_a_request(lang, text):
    assert find_identifier_requests(text, lang), text


# -- 3. knowledge text in the third person ----------------------------------------------------------------------------

@pytest.mark.parametrize("lang, text", [
    ("et", "Nõustaja ei kogu chatis kellegi andmeid."),
    ("et", "Kõne lõpetatakse sõbralikult."),
    ("ru", "Беседа заканчивается вежливо."),
])
def test_role_narrated(lang, text):
    assert narrates_role(text, lang), text


@pytest.mark.parametrize("lang, text", [
    ("et", "Vestlus lõpetatakse automaatselt viie minuti pärast."),
    ("et", "Teile vastatakse viisakalt ja kiiresti."),
    ("et", "Kõne salvestatakse kvaliteedi tagamiseks."),
    ("et", "Spetsialist ei ka tea seda."),
    ("ru", "Звонок записывается."),
    ("ru", "Здесь с Вами разговаривают вежливо."),
])
def test_not_role_narration(lang, text):
    assert not narrates_role(text, lang), text


def test_third_person_knowledge_does_not_end_grateful(library):
    conv = _play(library, "social-welfare-redirect-chat-et", [
        "Tere, Sotsiaalkindlustusamet, Mari. Koduteenust korraldab omavalitsus; abivajaja pöördub oma valla "
        "sotsiaaltöötaja poole.",
        "Puude raskusastet taotleb inimene pärast perearsti juures käimist. Kliendile saadetakse vestluse koopia.",
        "Nõustaja ei kogu chatis kellegi andmeid. Puudega pensionärile makstakse puudega inimese toetust.",
        "Kõne lõpetatakse sõbralikult. Head päeva!"])
    assert conv.state["step"] == "wrap_unsure", conv.turns[-1]


def test_the_same_help_said_to_her_ends_grateful(library):
    conv = _play(library, "social-welfare-redirect-chat-et", [
        "Tere, Sotsiaalkindlustusamet, Mari. Koduteenust korraldab omavalitsus: pöörduge oma isa valla "
        "sotsiaaltöötaja poole.",
        "Meie kaudu saate isale taotleda puude raskusastme tuvastamist: alustage perearstist, siis esitage taotlus. "
        "Tulemust ette lubada ei saa.",
        "Head päeva!"])
    assert conv.state["step"] == "wrap_q", conv.turns[-1]
