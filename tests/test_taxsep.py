"""The tax-free income said to be one for everyone with none of its own for pensioners (a judged stuffed run,
pension-indexation: «Необлагаемый минимум один для всех – 700 евро, отдельного для пенсионеров нет»).

A person of pension age has a tax-free income of their own (776 euros in 2026); "no separate amount for pensioners"
is a wrong claim of `pension-indexation.tax_free_amount` (et, ru). Saying that no separate *application* is needed,
or that the pensioner's amount is separate and larger, stays right.
"""

from __future__ import annotations

import pytest
from scoring_support import scenario_reply_result, wrong_claim_refs

from trainer.scoring.score import failed_criteria
from trainer.simulation.library import load_library

TAXFREE = "pension-indexation.tax_free_amount"


@pytest.fixture(scope="module")
def library():
    return load_library()


WRONG = [
    ("ru", "Необлагаемый минимум один для всех – 700 евро, отдельного для пенсионеров нет."),
    ("ru", "необлагаемый доход 700 евро особого для пенсионеров не существует"),
    ("ru", "Для пенсионеров отдельного необлагаемого дохода нет, у всех 700 евро."),
    ("ru", "Своего необлагаемого минимума у пенсионеров нет."),
    ("et", "Maksuvaba tulu on kõigil 700 eurot, pensionäridele eraldi maksuvaba tulu ei ole."),
    ("et", "pensionaridel eraldi maksuvaba summat pole, 700 eurot nagu teistel"),
    ("et", "Pensioniealistele omaette maksuvaba tulu ei ole."),
    ("et", "maksuvaba tulu 700 eurot, eraldi pensionäri maksuvaba ei ole olemas"),
]
RIGHT = [
    ("ru", "Отдельного заявления на необлагаемый доход для пенсионеров подавать не нужно."),
    ("ru", "У пенсионеров свой необлагаемый доход – 776 евро, у остальных 700 евро."),
    ("ru", "Для пенсионеров отдельный необлагаемый доход, он больше, чем у остальных."),
    ("ru", "Отдельной доплаты для пенсионеров нет, необлагаемый доход учитывается автоматически."),
    ("et", "Pensionäridele eraldi avaldust maksuvaba tulu jaoks esitada ei ole vaja."),
    ("et", "Pensioniealistel on oma maksuvaba tulu, 776 eurot, teistel 700 eurot."),
    ("et", "Eraldi toetust pensionäridele ei ole, maksuvaba tulu arvestatakse automaatselt."),
    ("et", "Pensionäride maksuvaba tulu on eraldi ja suurem kui teistel."),
]


@pytest.mark.parametrize("lang, sentence", WRONG)
def test_no_separate_tax_free_income_for_pensioners_is_wrong(library, lang, sentence):
    assert TAXFREE in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("lang, sentence", RIGHT)
def test_no_separate_application_or_a_larger_own_amount_stays_right(library, lang, sentence):
    assert TAXFREE not in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("scenario, reply", [
    ("redirects-pillar-tax-pin-ru", "Необлагаемый минимум один для всех – 700 евро, отдельного для пенсионеров нет."),
    ("pension-indexation-tax-et", "Maksuvaba tulu on kõigil 700 eurot, pensionäridele eraldi maksuvaba tulu ei ole."),
])
def test_the_knowledge_gate_fails(library, scenario, reply):
    result = scenario_reply_result(library, scenario, reply)
    assert "knowledge_values" in failed_criteria(result)
    assert "knowledge_values" in (result.get("gate_failures") or [])
