"""Issue #10, batch 15 client notes (tests/newuser/live15/README-a3.md, README-b3.md "Client oddities").

1. A list after a head that narrates the call model („Nüüd tuleb kõnemudeli järgmine etapp, selgitus: ...“) says
   nothing to the client: it does not end on a grateful line that restates facts nobody told it; a client line
   that restates the yearly certificate ("kord aastas") needs the yearly rule said.
2. A list of channels that answers the client's "how do I apply?" is heard (no "my question is still open").
3. "Kas see sobib Teile?" is answered with consent, not "Seda ma täpselt ei tea."; «заявление не нужно» is not
   followed by «Может, заявление какое написать?».
4. The persona's birth date agrees with the year the client says it was born in (pension-age-early-et).
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import play_client

from trainer.simulation.library import load_library
from trainer.simulation.reactions import OPEN_QUESTION

TODAY = date(2026, 12, 1)


@pytest.fixture(scope="module")
def library():
    return load_library()


IDX = ["Tere, Sotsiaalkindlustusamet, Mari kuuleb.", "Palun öelge mulle oma isikukood."]


@pytest.mark.parametrize("listed", [
    "Aitäh. Nüüd tuleb kõnemudeli järgmine etapp, selgitus: tõus aprillis, keskmine tõus, kaks tööpäeva, reedel mitte.",
    "Aitäh. Järgmisena teen selgituse sammu: indekseerimine, aprilli pension, keskmine tõus, kahe tööpäeva jooksul.",
])
def test_narrated_list_tells_the_client_nothing(library, listed):
    sc = library.get("indexation-day-et")
    said, conv = play_client(library, sc, [*IDX, listed, "Kokkuvõtteks on kõik öeldud. Aitäh, head päeva!"], TODAY)
    assert "esmaspäeva või teisipäeva" not in said and "selgelt" not in said
    assert conv.state["step"] != "wrap"


def test_real_explanation_still_ends_grateful(library):   # must-not
    sc = library.get("indexation-day-et")
    said, conv = play_client(library, sc, [
        *IDX, "Aitäh. Raha tuleb järgmise kahe tööpäeva jooksul ehk esmaspäeval või teisipäeval. 5,3 % on keskmine "
              "tõus, Teie enda tõus sõltub pensioni suurusest.",
        "Kas saan veel aidata? Aitäh, head päeva!"], TODAY)
    assert conv.state["step"] == "wrap"


MOVE = ["Tere, Sotsiaalkindlustusamet, Mari.",
        "Kontonumbrit ma telefonis vastu ei võta, teatage see kirjalikult iseteeninduses. Pension tuleb ka Soome."]


def test_yearly_not_restated_when_not_said(library):
    said, conv = play_client(library, library.get("moving-abroad-account-et"),
                             [*MOVE, "Soomes elades peate saatma meile elusolekutõendi."], TODAY)
    assert conv.state["step"] == "wrap" and "kord aastas" not in said


def test_yearly_restated_when_said(library):   # must-not
    said, conv = play_client(library, library.get("moving-abroad-account-et"),
                             [*MOVE, "Soomes elades peate kord aastas saatma meile elusolekutõendi."], TODAY)
    assert conv.state["step"] == "wrap" and "kord aastas" in said


AGE = ["tere, kadri sotsiaalkindlustusametist. kas kusite pensioniiga ja varem minekut?",
       "Teie pensioniiga on 2027. aastal 65 aastat ja 1 kuu. Varem saab minna ennetähtaegselt kuni viis aastat, "
       "aga pension jääb siis kogu eluks väiksemaks."]


def test_channel_list_answers_how_to_apply(library):
    sc = library.get("pension-age-early-et")
    said, conv = play_client(library, sc, [
        *AGE, "iseteeninduses (id-kaardiga, mobiil-id-ga), digiallkirjaga kiri, posti teel, büroos. kas see aitas?"], TODAY)
    assert OPEN_QUESTION["et"] not in said
    assert conv.state["step"] == "done"


def test_keyword_label_list_still_no_answer(library):   # must-not
    sc = library.get("pension-age-early-et")
    said, conv = play_client(library, sc, [*AGE, "Märksõnad: ennetähtaegne, pension, kokkuvõte, selgitus. Selge?"], TODAY)
    assert conv.state["step"] != "done"


SYS = "system-down-callback-et"


@pytest.mark.parametrize("ask,lang_sid", [
    ("Helistan Teile homme tagasi samale numbrile. Kas see sobib Teile?", "system-down-callback-et"),
    ("Я перезвоню Вам завтра утром. Вас это устраивает?", None),
])
def test_does_it_suit_you_gets_consent(library, ask, lang_sid):
    from trainer.simulation.listening import suits_answer
    lang = "ru" if lang_sid is None else "et"
    assert suits_answer(ask, lang)


@pytest.mark.parametrize("ask,lang", [
    ("Kas Teile sobiks pensioni edasi lükata?", "et"),   # a question about a choice, not consent to a proposal
    ("Kas pension tuleb Teile kontole?", "et"),
    ("Вам подходит пенсия по старости или по нетрудоспособности?", "ru"),
])
def test_other_questions_are_not_consent(ask, lang):   # must-not
    from trainer.simulation.listening import suits_answer
    assert not suits_answer(ask, lang)


ALONE = ["Здравствуйте, Департамент социального страхования, Анна.",
         "Понимаю, это обидно. Назовите, пожалуйста, Ваш личный код."]


@pytest.mark.parametrize("told", [
    "Да, по Вашему адресу записан сын Андрей, из-за этого и не дали. Ему надо сменить адрес в регистре, а заявление подавать Вам не нужно.",
    "да у вас по адресу числится андрей поэтому не назначили андрею надо перерегистрироваться заявление не надо",
])
def test_no_application_told_is_not_asked_again(library, told):
    sc = library.get("pensioner-alone-ru")
    said, conv = play_client(library, sc, [
        *ALONE, "Спасибо. По регистру народонаселения по Вашему адресу живёт ещё один человек, поэтому пособие не дали.",
        told], TODAY)
    assert conv.state["step"] == "what_now" and "заявление" not in said


def test_application_still_asked_when_not_told(library):   # must-not
    sc = library.get("pensioner-alone-ru")
    said, conv = play_client(library, sc, [
        *ALONE, "Спасибо. По регистру народонаселения по Вашему адресу живёт ещё один человек, поэтому пособие не дали.",
        "Да, по Вашему адресу записан сын Андрей, из-за этого и не дали."], TODAY)
    assert conv.state["step"] == "what_now" and "заявление какое" in said


def test_persona_born_in_the_year_the_client_says(library):
    from trainer.simulation.examples import EXAMPLE_DATE
    p = library.persona_for(library.get("pension-age-early-et"), 1, EXAMPLE_DATE)
    assert (p.birth_date.year, p.birth_date.month) == (1962, 3)
    assert p.full_name == "Andrus Sander"


def test_terse_summary_list_is_still_a_summary(library):   # must-not: a recap label is no narrated stage
    from trainer.simulation.unasserted import narrated_lists
    assert not narrated_lists("kokkuvõtteks: pension aprillis, kaks tööpäeva, keskmine tõus, avaldust pole vaja.", "et")
    assert not narrated_lists("Итак, подведу итог: пособие, октябрь, автоматически, без заявления.", "ru")
    assert narrated_lists("Järgmine etapp on selgitus: pension aprillis, kaks tööpäeva, keskmine tõus, avaldust pole.", "et")
