"""Two wrong-fact findings of issue #10, read by the knowledge base in every scenario (branch adultrate).

1. A range-valued fact (disability.adult_moderate: a working-age adult's moderate-disability allowance is 29-42 EUR a
   month) was compared by its two ends only, so an amount inside the range was flagged wrong. A fact whose ``value``
   is a range ("29-42") takes every amount of its unit inside the range, and the range itself; an amount outside it,
   a said range reaching outside it, and a child's rate said of an adult stay wrong. A value check's ``right`` phrase
   that is a range ("29–42 eurot") reads the same in a scenario's own criterion.
2. An application for a benefit or pension said to be filed by phone or on the info line was caught in one scenario
   only (its `phone_filing` signal): the knowledge fact contact-points.no_applications_by_phone lists it as a wrong
   claim, so any scenario fails the knowledge-values gate, in Estonian and Russian. Calling the info line for help
   with filling in an application, asking how to file, a complaint taken by phone and the denial stay right.

Written before the change; the sentences are our own, not the runs'.
"""

from __future__ import annotations

from functools import lru_cache

import pytest
from scoring_support import scenario_criterion, scenario_reply_result

from trainer.scoring.kbvalues import find_wrong_values
from trainer.scoring.values import find_values
from trainer.simulation.knowledge import default_knowledge_dir, load_knowledge
from trainer.simulation.library import load_library

ADULT = {"disability.adult_profound", "disability.adult_severe", "disability.adult_moderate"}
PHONE = "contact-points.no_applications_by_phone"


@pytest.fixture(scope="module")
def library():
    return load_library()


@lru_cache(maxsize=1)
def _facts():
    kb = load_knowledge(default_knowledge_dir())
    assert not kb.problems, kb.problems
    return kb.value_facts()


def refs(text: str, lang: str) -> set[str]:
    return {r for hit in find_wrong_values(text, lang, _facts()) for r in hit.refs}


# -- 1. a range-valued fact --------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang, text", [
    ("et", "Keskmise puudega tööealine inimene saab toetust 35 eurot kuus."),
    ("et", "Täiskasvanu keskmise puude korral makstakse umbes 30 eurot kuus."),
    ("et", "Keskmise puudega täiskasvanu toetus on 29 kuni 42 eurot kuus."),
    ("et", "keskmise puude korral saab tooealine 29-42 eurot"),
    ("et", "Keskmise puudega tööealise inimese toetus jääb vahemikku 31–40 eurot."),
    ("ru", "Взрослому со средней степенью инвалидности выплачивают 38 евро в месяц."),
    ("ru", "При средней степени недостатка здоровья человеку трудоспособного возраста платят от 29 до 42 евро."),
    ("ru", "Пособие взрослому с инвалидностью средней степени – 29–42 евро в месяц."),
])
def test_an_amount_inside_the_range_is_right(lang, text):
    assert not refs(text, lang) & ADULT, text


@pytest.mark.parametrize("lang, text", [
    ("et", "Keskmise puudega tööealine inimene saab toetust 45 eurot kuus."),
    ("et", "Keskmise puudega täiskasvanu toetus on 20 kuni 42 eurot kuus."),
    ("et", "Keskmise puudega täiskasvanule makstakse 139 eurot kuus."),
    ("ru", "Взрослому со средней степенью инвалидности выплачивают 25 евро в месяц."),
    ("ru", "Взрослому со средней степенью инвалидности платят от 29 до 60 евро."),
    ("ru", "Пособие взрослому с инвалидностью средней степени составляет 139 евро."),
])
def test_an_amount_outside_the_range_stays_wrong(lang, text):
    assert refs(text, lang) & ADULT, text


@pytest.mark.parametrize("lang, text", [
    # must-nots: the child's rates of a child, the adult's exact rates, a lower end of another kind of number
    ("et", "Keskmise puudega lapse toetus on 139 eurot kuus."),
    ("ru", "Ребёнку со средней степенью инвалидности платят 139 евро в месяц."),
    ("et", "Sügava puudega tööealisele inimesele makstakse 100 eurot kuus, raske puude korral 50 eurot."),
    ("et", "Lasterikka pere toetus on 3–6 lapsega perele 450 eurot kuus."),
])
def test_other_amounts_keep_their_reading(lang, text):
    assert not refs(text, lang), text


def test_a_range_said_elsewhere_is_read_by_its_lower_end():
    """A said range is two amounts: a wrong lower end of a single-valued fact is wrong too."""
    assert refs("Lapsetoetus on 60–80 eurot kuus.", "et")
    assert not refs("Lapsetoetus on 80 eurot kuus, kolmandale lapsele 100 eurot.", "et")


@pytest.mark.parametrize("text, right", [
    ("Keskmise puude korral on toetus 35 eurot kuus.", True),
    ("Keskmise puude korral on toetus 29–42 eurot kuus.", True),
    ("Keskmise puude korral on toetus 45 eurot kuus.", False),
    ("Keskmise puude korral on toetus 20–42 eurot kuus.", False),
])
def test_a_right_phrase_that_is_a_range(text, right):
    hits = find_values(text, "et", ("100 eurot", "50 eurot", "29–42 eurot"), ())
    assert hits and all(h.right for h in hits) is right, (text, hits)


def test_the_scenario_criterion_takes_an_amount_inside_the_range(library):
    reply = ("Tööealise inimese puudetoetus on sügava puude korral 100 eurot, raske puude korral 50 eurot ja keskmise "
             "puude korral umbes 35 eurot kuus.")
    assert scenario_criterion(library, "disability-or-workability-chat-et", "allowance_amounts", reply)["result"] == "pass"
    wrong = "Tööealise inimese puudetoetus on keskmise puude korral 139 eurot kuus."
    assert scenario_criterion(library, "disability-or-workability-chat-et", "allowance_amounts", wrong)["result"] == "fail"


# -- 2. an application filed by phone ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang, text", [
    ("et", "Pensionitaotluse saate esitada ka telefoni teel."),
    ("et", "Helistage infotelefonile 16106 ja esitage toetuse taotlus telefonitsi."),
    ("et", "Infoliinil saab avalduse suuliselt ära vormistada, klienditeenindaja kirjutab selle üles."),
    ("et", "Lihtsaim on, kui ema esitab avalduse telefoni kaudu meie infoliinil."),
    ("et", "Taotluse võtame vastu ka telefonis."),
    ("ru", "Заявление на пособие Вы можете подать и по телефону."),
    ("ru", "Позвоните на инфолинию 16106, и ходатайство о пенсии оформят по телефону."),
    ("ru", "По телефону можно подать заявление, специалист всё запишет."),
    ("ru", "Мы примем Ваше заявление по телефону."),
])
def test_an_application_by_phone_is_wrong(lang, text):
    assert PHONE in refs(text, lang), text


@pytest.mark.parametrize("lang, text", [
    ("et", "Kui vajate abi taotluse täitmisel, helistage infotelefonile 16106."),
    ("et", "Telefoni teel taotlust esitada ei saa, aga posti teel saab."),
    ("et", "telefonitsi avaldust ei saa esitada"),
    ("et", "Infoliinil 16106 saate küsida, kuidas taotlust esitada."),
    ("et", "Kas soovite taotluse esitada telefoni teel?"),
    ("et", "Kaebuse võtan telefonis vastu ja registreerin ise."),
    ("et", "Taotluse saate esitada iseteeninduses, posti teel või klienditeeninduses; küsimuste korral helistage 16106."),
    ("ru", "По телефону я могу подсказать Вам, как правильно заполнить заявление."),
    ("ru", "Подать заявление по телефону нельзя, только письменно или в бюро обслуживания."),
    ("ru", "Можно ли подать заявление по телефону?"),
    ("ru", "Жалобу я приму по телефону и зарегистрирую сама."),
    ("ru", "Если возникнут вопросы по заявлению, звоните по телефону 16106."),
])
def test_help_by_phone_and_the_denial_stay_right(lang, text):
    assert PHONE not in refs(text, lang), text


def test_the_gate_names_the_fact_in_another_scenario(library):
    result = scenario_reply_result(library, "parental-benefit-chat-et",
                                   "Vanemahüvitise taotluse saate esitada ka telefoni teel, helistades numbril 16106.")
    gate = next(c for c in result["criteria"] if c["id"] == "knowledge_values")
    assert gate["result"] == "fail", gate
    assert "telefoni" in str(gate).lower()
