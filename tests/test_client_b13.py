"""Issue #10, batch 13 client notes (tests/newuser/live13/README-w2.md, README-x2.md "Client oddities").

1. What the reply leading into a step already told is not asked again: the benefit granted (a decision date or
   «назначено») told together with the name (foreign-no-code-ru); a payment date given, even a wrong one
   („laekub juba 8. detsembril“), is believed, not re-asked (parental-benefit-chat-et); "no application needed"
   is not followed by „kus see avaldus on?“.
2. The mother's own benefit named („Ema vanemahüvitis on ...“) does not answer "at the same time as the
   mother?": a gaming run does not end on the grateful wrap.
3. A copy of the chat asked for in the line that ends the chat keeps the chat open for the agent's confirmation.
4. Two client lines said in one turn are two sentences („ladno. uurin veel. Ärakirja pole vaja.“).
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import play_client

from trainer.simulation.client_line import join_lines
from trainer.simulation.library import load_library

TODAY = date(2026, 12, 1)


@pytest.fixture(scope="module")
def library():
    return load_library()


RU_ID = [
    "Здравствуйте, Департамент социального страхования, Анна. Чем помочь?",
    "У Вас есть карта вида на жительство? На ней эстонский личный код из 11 цифр.",
    "Да, назовите, пожалуйста, код.",
]


@pytest.mark.parametrize("told", [
    "Спасибо, Оксана Коваленко, данные совпадают. Пособие Вам назначено, решение от 18 ноября.",
    "спасибо оксана коваленко решение принято 18 ноября выплата 8 числа",
    "Благодарю. Да, детское пособие Вам назначили.",
])
def test_granted_benefit_told_with_the_name_is_not_asked_again(library, told):
    said, conv = play_client(library, library.get("foreign-no-code-ru"), [*RU_ID, told], TODAY)
    assert "назначено?" not in said and "Да, это я" not in said
    assert conv.state["step"] == "own_access_question"


def test_status_still_asked_when_only_the_name_was_checked(library):   # must-not
    said, conv = play_client(library, library.get("foreign-no-code-ru"),
                             [*RU_ID, "Спасибо. Я говорю с Оксаной Коваленко?"], TODAY)
    assert "Да, это я" in said and "назначено?" in said
    said, conv = play_client(library, library.get("foreign-no-code-ru"),
                             [*RU_ID, "Спасибо. Пособие не назначено?"], TODAY)   # a question tells nothing
    assert conv.state["step"] != "own_access_question"


ET_START = ["Tere, Sotsiaalkindlustusamet, Kadri.",
            "Avaldust pole vaja: amet saadab pakkumuse iseteenindusse, selle kinnitate. Isal on 30 päeva."]


def test_a_payment_date_given_is_believed_not_reasked(library):
    sc = library.get("parental-benefit-chat-et")
    said, conv = play_client(library, sc, [*ET_START,
                             "Jah, võib samal ajal. Raha laekub kontole juba 8. detsembril, kui alustate 1. detsembril."],
                             TODAY)
    assert "millal see tuleb" not in said
    assert [m["id"] for m in conv.state.get("misinformed", [])] == ["wrong_payment_day"]


def test_the_right_payment_day_is_no_misinformation(library):   # must-not
    said, conv = play_client(library, library.get("parental-benefit-chat-et"), [*ET_START,
                             "Jah, samal ajal võib. Raha makstakse 8. kuupäeval eelmise kuu eest."], TODAY)
    assert conv.state["step"] == "wrap" and not conv.state.get("misinformed")


def test_no_application_needed_is_not_followed_by_where_is_it(library):
    said, _ = play_client(library, library.get("parental-benefit-chat-et"),
                          ["Tere! Olen Kadri. Isa vanemahüvitist ei pea eraldi taotlema."], TODAY)
    assert "kus see avaldus on" not in said and "kuidas" in said


def test_mothers_own_benefit_is_no_answer_to_together(library):
    sc = library.get("parental-benefit-chat-et")
    said, conv = play_client(library, sc, [*ET_START,
                             "Vanemahüvitis makstakse välja iga kuu 8. kuupäeval eelmise kuu eest.",
                             "Ema vanemahüvitis on töötaval emal kuni 100 päeva."], TODAY)
    assert conv.state["step"] == "wrap_unsure" and "aitäh" not in said


@pytest.mark.parametrize("scenario,replies,confirm", [
    ("parental-benefit-chat-et", [*ET_START, "Jah, võib samal ajal. Raha tuleb 8. kuupäeval eelmise kuu eest.",
                                  "Kokkuvõtteks: pakkumus, 30 päeva, 8. kuupäev. Soovi korral saadan vestluse "
                                  "ärakirja. Kõike head!"], "Saadan ärakirja kohe. Head päeva!"),
])
def test_copy_asked_for_in_the_last_line_keeps_the_chat_open(library, scenario, replies, confirm):
    said, conv = play_client(library, library.get(scenario), replies, TODAY)
    assert said.endswith("Ärakiri oleks hea, saatke palun.")
    assert not conv.finished
    conv.reply(confirm)
    assert conv.finished


def test_goodbye_without_a_copy_still_ends_the_chat(library):   # must-not
    said, conv = play_client(library, library.get("parental-benefit-chat-et"), [
        *ET_START, "Jah, võib samal ajal. Raha tuleb 8. kuupäeval eelmise kuu eest.",
        "Kokkuvõtteks: pakkumus, 30 päeva, 8. kuupäev. Kõike head!"], TODAY)
    assert conv.finished and "Ärakiri" not in said


@pytest.mark.parametrize("first,second,joined", [
    ("ладно. спрошу у врача тогда", "Копия не нужна.", "ладно. спрошу у врача тогда. Копия не нужна."),
    ("ok... ladno, uurin veel", "Ärakirja pole vaja.", "ok... ladno, uurin veel. Ärakirja pole vaja."),
    ("Jah, sain aru. Aitäh!", "Ärakiri oleks hea, saatke palun.", "Jah, sain aru. Aitäh! Ärakiri oleks hea, saatke palun."),
    ("spasibo, aitäh! vaatan iseteenindusse :)", "Ärakiri oleks hea.", "spasibo, aitäh! vaatan iseteenindusse :) Ärakiri oleks hea."),
])
def test_two_lines_in_one_turn_are_two_sentences(first, second, joined):
    assert join_lines(first, second) == joined
