"""The child allowance said to end at 18 is a wrong fact (fresh judge, 2026-12-08, overpayment-recovery-et: "Lapsetoetust
makstakse ainult kuni lapse 18-aastaseks saamiseni, olenemata sellest, kas ta õpib" passed knowledge_values). The truth
(ska-facts topic 9, family-benefits.after_age_19): every child until 19, after that a student without secondary
education until graduation. Own sentences, et and ru; the right age, a child's age as a description and a denial stay
right."""

from __future__ import annotations

import pytest
from scoring_support import wrong_claim_refs

from trainer.simulation.library import load_library

FACT = "family-benefits.after_age_19"


@pytest.fixture(scope="module")
def library():
    return load_library()


@pytest.mark.parametrize(("lang", "sentence"), [
    ("et", "Lapsetoetust makstakse ainult kuni 18-aastaseks saamiseni, pärast seda enam mitte."),
    ("et", "lapsetoetust makstakse kuni lapse 18 aastaseks saamiseni"),
    ("et", "Lapsetoetus lõpeb siis, kui laps saab 18, kool ei loe."),
    ("ru", "Детское пособие платят только до 18 лет, учёба в гимназии не важна."),
    ("ru", "детское пособие выплачивают до восемнадцати лет"),
])
def test_allowance_ending_at_18_is_wrong(library, lang, sentence):
    assert FACT in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("et", "Lapsetoetust makstakse kuni 19-aastaseks saamiseni, gümnaasiumis õppijale kauem."),
    ("et", "Kuni 18-aastase lapse eest makstakse lapsetoetust 80 eurot."),
    ("ru", "Детское пособие выплачивают до 19 лет, а школьнику дольше."),
    ("ru", "На ребёнка до 18 лет детское пособие 80 евро."),
])
def test_right_age_and_descriptions_stay_right(library, lang, sentence):
    assert FACT not in wrong_claim_refs(library, sentence, lang)
