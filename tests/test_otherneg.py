"""Review items of session 47, on own sentences with must-nots:

- "the others" opens a clause of its own in speech run together, so its negation does not deny the claim before it
  («доверенность должна быть только нотариальной другие не подходят», "ainult notariaalne muud ei sobi");
- a longer reading that runs on into a denied clause leaves a shorter reading from the same word standing
  («войти через интернет-банк, а по паролю нельзя»: the bank login is still claimed)."""

from __future__ import annotations

import pytest
from scoring_support import wrong_claim_refs

from trainer import text as tx
from trainer.simulation.library import load_library

AUTH = "personal-data.authorisation"
LOGIN = "contact-points.self_service_login"


@pytest.fixture(scope="module")
def library():
    return load_library()


@pytest.mark.parametrize("lang, sentence, ref", [
    ("ru", "Доверенность должна быть только нотариальной другие доверенности не подходят", AUTH),
    ("ru", "доверенность должна быть исключительно нотариально заверенная остальные мы не принимаем", AUTH),
    ("ru", "Нужна нотариальная доверенность иные не подойдут", AUTH),
    ("et", "volikiri peab olema ainult notariaalne muud ei sobi", AUTH),
    ("et", "volikiri peab olema notariaalselt kinnitatud teised volikirjad ei kehti", AUTH),
    ("ru", "В среду самообслуживания можно войти через интернет-банк, а вот по паролю нельзя.", LOGIN),
    ("ru", "В самообслуживание войти можно через свой банк, а по СМС-паролю не получится.", LOGIN),
])
def test_claim_before_a_denied_other_clause_is_wrong(library, lang, sentence, ref):
    assert ref in wrong_claim_refs(library, sentence, lang), sentence


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "Доверенность не обязательно нотариальная другие тоже подходят"),
    ("ru", "Подойдёт доверенность с цифровой подписью, от руки или нотариальная."),
    ("ru", "Доверенность может быть нотариальной, но другие тоже подходят: с цифровой подписью или от руки."),
    ("et", "volikiri ei pea olema notariaalne muud ka sobivad"),
    ("et", "sobib digiallkirjaga, käsitsi allkirjastatud või notariaalne volikiri"),
    ("ru", "В среду самообслуживания через банк войти нельзя, только с ID-картой."),
    ("ru", "В среду самообслуживания нельзя войти через интернет-банк или по паролю."),
    ("ru", "В среду самообслуживания можно войти только с ID-картой, Mobiil-ID или Smart-ID, через банк или по паролю нельзя."),
    ("et", "Iseteenindusse ei saa sisse pangalingiga ega parooliga."),
])
def test_right_rule_or_denied_claim_is_not_wrong(library, lang, sentence):
    assert not wrong_claim_refs(library, sentence, lang) & {AUTH, LOGIN}, sentence


@pytest.mark.parametrize("lang, text, phrase, negated", [
    ("ru", "пенсию платят пятого другие выплаты не в этот день", "пенсию платят", False),
    ("ru", "пенсию платят пятого не в субботу", "пятого", False),
    ("et", "pension makstakse viiendal muud toetused mitte", "pension makstakse", False),
    ("et", "pensioni me telefonis ei ütle", "pensioni", True),
])
def test_other_subject_ends_the_negations_reach(lang, text, phrase, negated):
    matches = tx.PhraseSet([phrase], lang).find_all(text)
    assert matches and matches[0].negated is negated, (text, matches)
