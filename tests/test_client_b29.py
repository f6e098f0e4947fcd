"""New-user batch 29 (live29, authors v6 and w6): client slips, each tested with replies written for the test.

1. A channel list under a short head that names the addressee („Ametile: digiallkirjaga e-kiri, ...“, «В наш
   Департамент: имейл с цифр. подписью, ...») answers the client's "where do I send it?": the client does not ask
   again «и куда его?» (appeal-refused-ru terse and wrong re-asked). The scenario hears terse channel words.
2. Bare words strung on after the reply's question («...? семейный врач Töötukassa 15501 совместное заявление»)
   tell the client nothing (disability-assessment-ru gaming jumped to its last question and thanked).
3. A copy of an earlier reply is no answer to what the client said since: it does not lead the client to thank
   (children-pension-chat-et gaming ended on its grateful wrap after the same macro twice).
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import play_client

from trainer.simulation.keyword_tails import keyword_tails
from trainer.simulation.library import load_library

TODAY = date(2026, 12, 8)


@pytest.fixture(scope="module")
def library():
    return load_library()


# -- 1. a channel list under a head naming the addressee -------------------------------------------------------------

APPEAL_RU = ["Здравствуйте! Чат Департамента социального страхования, пишет Алла. Вы не согласны с отказом, верно?",
             "Тогда можно подать возражение: напишите в свободной форме, с чем Вы не согласны и почему."]


@pytest.mark.parametrize("where", [
    "В наш Департамент: e-mail с цифровой подписью, обычная почта или любое бюро обслуживания.",
    "в департамент соцстрахования: почтой, email с цифровой подписью или в бюро",
])
def test_ru_channels_under_an_addressee_head_answer_where(library, where):
    said, conv = play_client(library, library.get("appeal-refused-ru"), [*APPEAL_RU, where], TODAY)
    assert conv.state["step"] == "deadline_ask", said
    assert not conv.state["visits"].get("how_again"), said


@pytest.mark.parametrize("where", [
    "Департамент: возражение, тридцать дней, шестьдесят дней.",   # no channel: a keyword list
    "Итог: почта, бюро, e-mail.",                                  # a call-model cue for a head
])
def test_ru_a_keyword_head_is_no_answer_where(library, where):
    said, conv = play_client(library, library.get("appeal-refused-ru"), [*APPEAL_RU, where], TODAY)
    assert conv.state["step"] != "deadline_ask", said


APPEAL_ET = ["Tere! Mõistan, see on väga pettumust valmistav. Vaide saate esitada 30 päeva jooksul.",
             "Kirjutage, millise otsusega Te ei nõustu ja miks, ning allkirjastage see."]


def test_et_channels_under_an_addressee_head_answer_where(library):
    said, conv = play_client(library, library.get("appeal-howto-chat-et"), [
        *APPEAL_ET, "Ametisse: iseteenindus (ID-kaart, mobiil-ID), digiallkirjaga e-kiri, post või klienditeenindus."],
        TODAY)   # „ja kuhu ma selle saadan?“: "saadan" is a form of "saatma" too
    assert conv.state["step"] == "wrap", said


def test_et_a_long_head_with_a_verb_is_no_addressee(library):
    said, conv = play_client(library, library.get("appeal-howto-chat-et"), [
        *APPEAL_ET, "Vaide me vaatame läbi: otsus, põhjendus, allkiri, tähtaeg."], TODAY)
    assert conv.state["step"] != "wrap", said


# -- 2. bare words strung on after a question ------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Kas ma sain õigesti aru, et küsite puude kohta? perearst taotlus iseteenindus otsus", "et"),
    ("Правильно ли я поняла, что речь о пенсии? пенсионный возраст досрочная пенсия 2027", "ru"),
])
def test_a_string_of_bare_words_after_a_question_is_a_tail(text, lang):
    assert keyword_tails(text, lang), text


@pytest.mark.parametrize("text, lang", [
    ("Kas Teil on ID-kaart? Siis saate taotluse esitada iseteeninduses.", "et"),
    ("Kas olete perearsti juures käinud? Kõigepealt perearsti juurde, siis taotlus Töötukassasse.", "et"),
    ("Вы хотите оформить пенсию? Заявление в самообслуживании, с ID-картой.", "ru"),
    ("Здравствуйте департамент социального страхования анна.", "ru"),          # no question before it
    ("Правильно ли я понимаю? вторая ступень, пенсионный центр, налоговый департамент", "ru"),  # commas: the scorer's list
])
def test_terse_answers_are_no_tails(text, lang):
    assert keyword_tails(text, lang) == [], text


def test_disability_keyword_tail_after_an_echo_is_not_heard(library):
    said, conv = play_client(library, library.get("disability-assessment-ru"), [
        "Правильно ли я понимаю, что Вы хотите оформить инвалидность? семейный врач Töötukassa совместное заявление"],
        TODAY)
    assert conv.state["step"] == "details", said   # it answers the check, it has been told nothing


def test_disability_a_terse_answer_after_a_check_is_heard(library):
    said, conv = play_client(library, library.get("disability-assessment-ru"), [
        "Здравствуйте! Вам нужна инвалидность? Сначала к семейному врачу, потом совместное заявление в Töötukassa."],
        TODAY)
    assert conv.state["step"] == "relative_ask", said


# -- 3. a copy of an earlier reply leads to no thanks ---------------------------------------------------------------

CHILDREN_MACRO = ("Tere, Kati, amet. Mis aastal? enne 1991 kaks aastat staaži, 1991-2012 3,5 aastahinnet, "
                  "2013 alates II sammas 4%, üks vanem, kirjalik kokkulepe. Kas sai selgeks? Aitäh!")


CHILDREN_FULL = ("Tere, Kati Sotsiaalkindlustusametist. Mis aastatel lapsed sündisid? Enne 1991 sündinud lapse eest saab "
                 "kaks aastat staaži, 1991-2012 sündinu eest 3,5 aastahinnet, alates 2013 makstakse 4% II sambasse. "
                 "Lisa saab ainult üks vanem, selle üle lepite kirjalikult kokku.")


def test_children_a_full_answer_pasted_again_gets_no_thanks(library):
    said, conv = play_client(library, library.get("children-pension-chat-et"), [CHILDREN_FULL, CHILDREN_FULL], TODAY)
    assert conv.state["step"] != "wrap", said   # it told its children's years and got the same text back


def test_children_the_same_macro_again_gets_no_thanks(library):
    said, conv = play_client(library, library.get("children-pension-chat-et"), [CHILDREN_MACRO, CHILDREN_MACRO],
                             TODAY)
    assert conv.state["step"] != "wrap", said


def test_children_a_new_answer_after_the_years_gets_thanks(library):
    said, conv = play_client(library, library.get("children-pension-chat-et"), [
        CHILDREN_MACRO,
        "Teie 1988. aastal sündinud lapse eest saab kaks aastat staaži, 1993. aasta lapse eest kolm ja pool "
        "aastahinnet ja 2015. aasta lapse eest läheb neli protsenti teise sambasse. Lisa saab ainult üks vanem: "
        "lepite mehega kirjalikult kokku, muidu jagatakse võrdselt. Kas see vastas?"],
        TODAY)
    assert conv.state["step"] == "wrap", said
