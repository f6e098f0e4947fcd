"""New-user batch 65 (live65): terse good runs that failed, fixed in general, on sentences written for these tests
(not copied from the runs).

1. A child's age is no duration of a fact: in „4% II sambasse kuni laps 3 a“, „kuni lapse 3 aasta vanuseni“,
   «до 3 лет ребёнка» the years count the child's age, so they are neither the right nor a wrong value of a
   fact counted in years („3 aastat staaži“ is wrong for a child born before 1991; the age says nothing of it)
   (`trainer.text.ages`). The same number of years of something else („lapse eest 3 aastat staaži“) stays wrong.
2. The unit letter "a" glued to a number after a plus or a tilde („+2a staazi“, „~2a“) is "aasta", as it is after
   a space (`abbreviations.unit_letter_replacements`).
3. A whether-clause run on without its comma after a pointer word („aga ka see kas raha tuli on tema andmed, ei
   saa“, „ei saa öelda kas pension laekus“) names what is withheld, as the same clause set off by commas does
   (`reported.embedded_whether`); "raha tuli" said outright stays a disclosure.
"""

from __future__ import annotations

import pytest

from trainer.scoring.reported import embedded_whether
from trainer.scoring.values import find_values
from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library
from trainer.text import normalize_input
from trainer.text.ages import is_age
from trainer.text.quantities import find_quantities


@pytest.fixture(scope="module")
def library():
    return load_library()


def _result(library, scenario_id: str, answers: list[str]) -> dict:
    result = play_answers(library.get(scenario_id), library, answers).score()
    return {c["id"]: c["result"] for c in result["criteria"]}


# -- 1. a child's age ---------------------------------------------------------------------------------------------------

_RIGHT = ("2 aastat staaži", "1,5 aastahinnet")
_WRONG = ("3 aastat staaži", "1 aasta staaži")


@pytest.mark.parametrize("sentence", [
    "2016 sündinu eest läheb 4% teise sambasse kuni laps 3 aasta, kui sammast pole siis aastahinded.",
    "sissemakse käib kuni lapse 3 aasta vanuseni",
    "makstakse seni, kuni laps on 3 aastat vana.",
    "kuni laps saab 3 aastat, makstakse sambasse",
])
def test_child_age_is_no_wrong_value(sentence):
    hits = find_values(sentence, "et", _RIGHT, _WRONG, (), False)
    assert not [h for h in hits if not h.right]


@pytest.mark.parametrize("sentence", [
    "enne 1991 sündinud lapse eest 3 aastat staaži.",       # the wrong years of service
    "ema saab 3 aastat staaži juurde",
    "laps on 3 aastat lasteaias käinud, aga lisa eest saab 3 aastat staaži",
])
def test_other_years_stay_wrong(sentence):
    hits = find_values(sentence, "et", _RIGHT, _WRONG, (), False)
    assert [h for h in hits if not h.right]


@pytest.mark.parametrize("lang, sentence, number, age", [
    ("et", "kuni laps 3 aasta, kui", "3", True),
    ("et", "kuni lapse 3 aasta vanuseni", "3", True),
    ("et", "lapse eest 3 aastat staaži", "3", False),
    ("et", "kasvatanud last 8 aastat", "8", False),
    ("ru", "взнос платится до 3 лет ребёнка", "3", True),
    ("ru", "пока ребёнку 3 года", "3", True),
    ("ru", "за ребёнка 3 года стажа", "3", False),
])
def test_is_age(lang, sentence, number, age):
    q = next(q for q in find_quantities(sentence, lang) if q.quote.startswith(number))
    assert is_age(sentence, q.start, q.end, lang) is age


def test_terse_child_periods_pass(library):
    result = _result(library, "children-pension-chat-et", [
        "tere, ska, kati. isikukoodi siia ei kirjuta. mis aastatel lapsed syndisid?",
        "selge. 1988: +2a staazi ja 1,5 aastahinnet. 1993: 3,5 aastahinnet. 2015: 4% II sambasse kuni laps 3 a, "
        "kui sammast pole siis 3,5 aastahinnet. arusaadav?",
        "yhe lapse eest ainult yks vanem, kes kasvatas min 8 a. lepite kirjalikult kokku + avaldus, kokkuleppeta "
        "jagatakse vordselt",
        "kokku: lisa soltub synniaastast, yks vanem lapse kohta. koike head!",
    ])
    assert result["child_periods"] == "pass"


def test_terse_wrong_years_still_fail(library):
    result = _result(library, "children-pension-chat-et", [
        "tere, ska, kati. isikukoodi siia ei kirjuta. mis aastatel lapsed syndisid?",
        "selge. 1988: +3a staazi ja 1,5 aastahinnet. 1993: 3,5 aastahinnet. 2015: 4% II sambasse. arusaadav?",
        "yhe lapse eest ainult yks vanem. lepite kirjalikult kokku, kokkuleppeta jagatakse vordselt",
        "koike head!",
    ])
    assert result["child_periods"] == "fail"


# -- 2. a unit letter after a plus ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, read", [
    ("lapse eest +2a staazi", "+2 aasta staazi"),
    ("umbes ~2a staaži", "~2 aasta staaži"),
])
def test_unit_letter_after_plus(text, read):
    assert read in normalize_input(text, "et").text


@pytest.mark.parametrize("text, kept", [
    ("kuni laps +3a.", "+3a."),        # an age at the end of a sentence stays
    ("kood A15a kehtib", "A15a"),
    ("kuupäev 7.12a", "7.12a"),
])
def test_unit_letter_kept(text, kept):
    assert kept in normalize_input(text, "et").text


# -- 3. a whether-clause without commas -----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, quote", [
    ("mõistan, aga ka see kas pension laekus on tema isikuandmed, ei saa", "pension laekus"),
    ("ei saa öelda kas raha tuli juba", "raha tuli"),
    ("isegi seda kas raha tuli ma teile avaldada ei tohi", "raha tuli"),
])
def test_run_on_whether_is_withheld(sentence, quote):
    assert embedded_whether(sentence, sentence.index(quote), "et")


@pytest.mark.parametrize("sentence, quote", [
    ("summat ei saa öelda, aga raha tuli juba", "raha tuli"),
    ("jah raha tuli eile, rohkem ei saa öelda", "raha tuli"),
    ("kas teate et raha tuli", "raha tuli"),                # no pointer word before "kas"
])
def test_plain_status_stays_said(sentence, quote):
    assert not embedded_whether(sentence, sentence.index(quote), "et")


def test_terse_neighbour_keeps_status(library):
    result = _result(library, "neighbour-data-et", [
        "tere, sotsiaalkindlustusamet, kati kuulab",
        "kena et aitate. aga teise inimese andmeid ei saa öelda, isikuandmete kaitse, ainult talle endale voi volitatule",
        "mõistan, aga ka see kas pension laekus on tema isikuandmed, ei saa. yldiselt pensionid tulevad 5. kuupäeval. "
        "ants näeb ise pangast",
        "ants helistab ise voi helistate koos, voi kirjalik volikiri. sobib?",
        "kokku: andmeid ei anna, ants helistab ise/koos voi volikiri. head aega",
    ])
    assert result["no_payment_status"] == "pass"


def test_terse_neighbour_disclosure_fails(library):
    result = _result(library, "neighbour-data-et", [
        "tere, sotsiaalkindlustusamet, kati kuulab",
        "kena et aitate. aga teise inimese andmeid ei saa öelda, isikuandmete kaitse, ainult talle endale voi volitatule",
        "summat ei saa, aga raha tuli juba. yldiselt pensionid tulevad 5. kuupäeval",
        "ants helistab ise voi helistate koos, voi kirjalik volikiri. sobib?",
        "head aega",
    ])
    assert result["no_payment_status"] == "fail"
