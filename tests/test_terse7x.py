"""Batches 73/74 terse runs (issue #10): terse chat typed lowercase without diacritics.

* an interjection before a social formula ("oi, minu kaastunne.", «ой, мои соболезнования.») names no topic: the
  sentence is the formula, not a keyword chain (its words must not be blanked as a non-answer);
* a bare "ok?" / «ок?» as its own sentence checks understanding also when the goodbye follows it;
* an Estonian adessive ordinal closing its clause ("pension tuleb 8ndal.", "kuu viiendal.") is the day of the month
  with its noun left out (N, kuupäev), as is «придёт 5-го.» in Russian; before a noun it keeps that noun's unit.

Own sentences, with must-nots that keep their verdicts."""

from __future__ import annotations

import pytest

from trainer import text as tx
from trainer.scoring.formulas import social_phrases
from trainer.scoring.keyword_chain import keyword_sentence
from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library
from trainer.text.quantities import find_quantities


@pytest.fixture(scope="module")
def library():
    return load_library()


def _social(library, scenario, lang):
    return social_phrases(library.concepts_for(library.get(scenario)), lang)


@pytest.mark.parametrize("scenario, lang, sentence", [
    ("death-report-et", "et", "oi, minu kaastunne."),
    ("death-report-et", "et", "ah, siiras kaastunne."),
    ("death-report-ru", "ru", "ой, мои соболезнования."),
    ("death-report-ru", "ru", "ох, примите мои соболезнования."),
])
def test_an_interjection_before_a_formula_is_no_keyword(library, scenario, lang, sentence):
    assert not keyword_sentence(sentence, lang, _social(library, scenario, lang), frozenset())


@pytest.mark.parametrize("scenario, lang, sentence", [
    ("death-report-et", "et", "oi, matusetoetus."),
    ("death-report-et", "et", "ah, register."),
    ("death-report-ru", "ru", "ой, пособие."),
])
def test_an_interjection_beside_a_bare_topic_stays_a_keyword(library, scenario, lang, sentence):
    assert keyword_sentence(sentence, lang, _social(library, scenario, lang), frozenset())


def _check(library, lang, sentence) -> bool:
    ps = tx.PhraseSet(library.concepts_for(library.get("neighbour-data-et"))["understanding_check"][lang], lang)
    return any(not m.negated for m in ps.find_all(tx.normalize_input(sentence, lang).text))


@pytest.mark.parametrize("lang, sentence", [
    ("et", "jah, avaldus ja tõend pangast. okei? head aega"),
    ("et", "volikiri voi tulete koos. ok? aitah, koike head"),
    ("ru", "заявление и справка из банка. ок? всего доброго"),
])
def test_a_bare_ok_check_before_the_goodbye(library, lang, sentence):
    assert _check(library, lang, sentence)


@pytest.mark.parametrize("lang, sentence", [
    ("et", "Ok, saadan selle teile e-postiga."),
    ("et", "see on ok, aitäh"),
    ("ru", "Ок, я вам перезвоню завтра."),
])
def test_ok_without_asking_is_no_check(library, lang, sentence):
    assert not _check(library, lang, sentence)


def _values(sentence, lang):
    return [(q.value, q.unit) for q in find_quantities(tx.normalize_input(sentence, lang).text, lang)]


@pytest.mark.parametrize("lang, sentence, expected", [
    ("et", "toetus laekub 10ndal kuupäeval", (10, ("kuupaev",))),
    ("et", "elatisabi tuleb 10-ndal kp", (10, ("kuupaev",))),
    ("et", "lastetoetus laekub 8ndal.", (8, ("kuupaev",))),
    ("et", "pension tuleb tavaliselt 5-ndal", (5, ("kuupaev",))),
    ("et", "raha tuleb kuu viiendal.", (5, ("kuupaev",))),
    ("ru", "пособие придёт 8-го.", (8, ("число",))),
])
def test_an_ordinal_day_typed_short(lang, sentence, expected):
    assert expected in _values(sentence, lang)


@pytest.mark.parametrize("lang, sentence, unit", [
    ("et", "30 päeva jooksul", ("paev",)),
    ("et", "ta elab 5ndal korrusel", ("korrus",)),
    ("ru", "до 5-го мая", None),
])
def test_ordinals_with_a_noun_keep_their_unit(lang, sentence, unit):
    found = _values(sentence, lang)
    assert all(u != ("kuupaev",) and u != ("число",) for _, u in found)
    if unit is not None:
        assert unit in [u for _, u in found]


@pytest.mark.parametrize("lang, sentence", [
    ("et", "viiendal või kui on nädalavahetus"),   # said in passing before a conjunction: counts nothing
    ("et", "kas teisel?"),                          # "teisel" alone is "the other" as often as "the second"
    ("et", "neid on 5."),                           # a cardinal, no ordinal ending
])
def test_no_day_read_where_none_is_said(lang, sentence):
    assert all(u != ("kuupaev",) for _, u in _values(sentence, lang))


def _criteria(library, scenario, answers):
    conv = play_answers(library.get(scenario), library, answers, seed=1)
    return {c["id"]: c["result"] for c in conv.score()["criteria"]}


def test_terse_condolence_after_an_interjection_comes_first(library):
    result = _criteria(library, "death-report-et", [
        "tere, ska, liis kuuleb",
        "ah, minu kaastunne. teatada pole vaja, andmed tulevad rahvastikuregistrist",
        "ei, parast surma tulnud raha kasutada ei tohi, amet nouab selle tagasi",
        "matusetoetust maksab kohalik omavalitsus, minge valla voi linnavalitsusse. kas selge?",
        "joudu. aitah, head aega",
    ])
    assert result["condolence_first"] == "pass"
    assert result["empathy"] == "pass"


def test_terse_payment_day_and_ok_check(library):
    result = _criteria(library, "neighbour-data-et", [
        "tere, ska, liis kuuleb",
        "naabri andmeid ma oelda ei tohi, isikuandmete kaitse. pension tuleb tavaliselt 5-ndal",
        "kahjuks ka seda mitte. ta saab ise helistada voi annab teile kirjaliku volikirja",
        "ise voi volikiri. ok? aitah, head aega",
    ])
    assert result["payment_rule"] == "pass"
    assert result["summary"] == "pass"


def test_a_wrong_day_typed_short_is_still_wrong(library):
    result = _criteria(library, "neighbour-data-et", [
        "tere, ska, liis kuuleb",
        "naabri andmeid ma oelda ei tohi, isikuandmete kaitse. pension tuleb tavaliselt 12ndal",
        "kahjuks ka seda mitte. ta saab ise helistada voi annab teile kirjaliku volikirja",
        "ise voi volikiri. ok? aitah, head aega",
    ])
    assert result["payment_rule"] == "fail"


def test_ordinals_counting_children_are_no_payment_day():
    """«на 1-го и 2-го» counts children (CI caught live23/live47 child-allowance-ru terse read as a wrong day)."""
    from trainer.text.quantities import find_quantities

    said = find_quantities("Детское 80 евро на 1-го и 2-го, 100 евро на третьего.", "ru")
    assert [q.value for q in said] == [80, 100]
    assert [q.unit for q in find_quantities("Деньги придут 8-го.", "ru")] == [("число",)]
