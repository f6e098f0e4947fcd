"""Batch 50 terse runs: a recap announced by the bare label «Итог: ...» / "Kokkuvõte: ..." is a summary cue (not «итог
проверки ...»); the abusive caller warned in the standard's word order after the abuse named ("sõimuga ma kõnet jätkata
ei saa"), while "isikukoodita ma vestlust jätkata ei saa" is no warning; a false sanction ("Teie taotluse menetlemine
peatatakse, kuni vabandate") fails a gate; in Russian typed in Latin letters a web address stays as typed (no
«emta.её») and capital abbreviations ("PPA", "EMTA") tell no language; the tax office named by its abbreviation EMTA
answers the tax question. On own sentences with must-nots."""

from __future__ import annotations

import pytest

from trainer import text as tx
from trainer.scoring.keyword_chain import recap
from trainer.simulation.library import load_library
from trainer.text.translit import cyrillic_text


@pytest.fixture(scope="module")
def library():
    return load_library()


def _concept(library, scenario: str, concept: str, lang: str):
    return tx.PhraseSet(library.concepts_for(library.get(scenario))[concept][lang], lang)


def _found(library, scenario, concept, lang, sentence) -> bool:
    ps = _concept(library, scenario, concept, lang)
    return any(not m.negated for m in ps.find_all(tx.normalize_input(sentence, lang).text))


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "Итог: справка из банка, потом перерасчёт."),
    ("ru", "Понятно. Итог – заявление в самообслуживании."),
    ("et", "Kokkuvõte: tõend pangast, siis uus otsus."),
])
def test_a_label_announces_a_recap(library, lang, sentence):
    assert _found(library, "angry-delay-ru", "summary", lang, sentence)


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "Итог проверки придёт письмом."),
    ("ru", "Каков итог моего заявления?"),
    ("ru", "Итог: справка, банк, самообслуживание, решение."),
    # ("et", "Kokkuvõte: tõend, ...") is left out: the phrase "kokkuvõtteks" already matches "Kokkuvõte" by its lemma
])
def test_the_noun_in_a_sentence_is_no_recap_cue(library, lang, sentence):
    assert not _found(library, "angry-delay-ru", "summary", lang, sentence)


def test_a_labelled_list_with_nothing_said_before_is_no_recap(library):
    summary = tuple(library.concepts_for(library.get("angry-delay-ru"))["summary"]["ru"])
    assert not recap(["Итог: справка, перерасчёт, самообслуживание."], "ru", summary, set())


@pytest.mark.parametrize("sentence", [
    "sõimuga me seda kõnet edasi jätkata kahjuks ei saa",
    "Solvangutega ma vestlust jätkata ei saa, palun rääkige rahulikult.",
    "karjumise ja ropendamisega ma kone jatkata ei suuda",
])
def test_the_warning_after_the_abuse_named(library, sentence):
    assert _found(library, "abusive-caller-et", "warned", "et", sentence)


@pytest.mark.parametrize("sentence", [
    "Isikukoodita ma vestlust jätkata ei saa.",
    "Solvamise pärast ei saa ma pensioni kiiremini määrata.",
    "Ilma volikirjata ma seda kõnet jätkata ei saa.",
])
def test_no_warning_without_the_abuse(library, sentence):
    assert not _found(library, "abusive-caller-et", "warned", "et", sentence)


@pytest.mark.parametrize("sentence", [
    "Teie taotluse menetlemine peatatakse, kuni vabandate.",
    "sellise käitumise pärast peatame teie pensioniasja",
    "Ootame Teilt enne edasist menetlust kirjalikku vabandust.",
])
def test_a_false_sanction_is_caught(library, sentence):
    assert _found(library, "abusive-caller-et", "sanction", "et", sentence)


@pytest.mark.parametrize("sentence", [
    "Teie taotluse menetlemist see ei peata.",
    "lopetan nuud kone pensioni kohta kirjutage iseteeninduses",
    "Vabandan, et pidite nii kaua ootama.",
])
def test_no_sanction_in_a_proper_ending(library, sentence):
    assert not _found(library, "abusive-caller-et", "sanction", "et", sentence)


@pytest.mark.parametrize("latin, expected, absent", [
    ("podrobnee smotrite na sajte emta.ee ili zvonite.", "emta.", "её"),
    ("pishite na info@ska.ee, otvetim.", "@ska.", "ска"),
])
def test_a_web_address_stays_as_typed(latin, expected, absent):
    text = cyrillic_text(latin)
    assert expected in text and absent not in text, text


def test_capital_abbreviations_tell_no_language():
    text = cyrillic_text("itog: pensija - SKA, PIN - PPA, nalogi - EMTA. vse ponjatno?")
    assert "итог" in text and "пенсия" in text, text


@pytest.mark.parametrize("sentence, found", [
    ("deklaraciju sdajut v EMTA, eto ne k nam.", True),
    ("Декларацию принимает EMTA.", True),
    ("Pensionikeskus i bank, ne my.", False),
    ("Смотрите temtaatika na sajte.", False),
])
def test_the_tax_office_by_its_abbreviation(library, sentence, found):
    assert _found(library, "redirects-pillar-tax-pin-ru", "mta", "ru", sentence) is found
