"""New-user batch 26 (tests/newuser/live26): four wrong facts passed at the first replay (score 90-100, no gate).

- angry-delay-ru: the pension paid from the month of the decision, with no back pay for the months gone (the
  scenario's `wrong_retro` / `money_not_lost` gate; its sentences are tested in the scenario's own `tests:`);
- redirects-pillar-tax-pin-ru: the tax-free income of a person of pension age said as 700 euros (776 in 2026; 700
  is everyone else's), now a wrong claim of `pension-indexation.tax_free_amount`;
- rent-help-municipality-ru: the living-alone allowance said to be paid every month with the pension (200 euros
  once a year, with the October pension), now a wrong claim of `pensioner-living-alone.amount`;
- victim-support-ru: the state compensation to a victim told to wait for the court's verdict, said in a sentence
  that opens with «Но» after the compensation was named (a sentence opening with "but" now continues the
  subject of the one before it) or as «компенсация – после приговора».

The knowledge_values gate fails such a run in any scenario. Sentences written for these tests, not copied from
the runs."""

from __future__ import annotations

import pytest
from scoring_support import wrong_claim_refs

from trainer.simulation.library import load_library

TAX = "pension-indexation.tax_free_amount"
ALONE = "pensioner-living-alone.amount"
VERDICT = "ska-services.crime_victim_compensation_no_verdict"


@pytest.fixture(scope="module")
def library():
    return load_library()


WRONG = [
    (TAX, "ru", "Для пенсионеров необлагаемый доход в этом году составляет 700 евро в месяц."),
    (TAX, "ru", "Необлагаемый доход человека пенсионного возраста – 654 евро, его учитывают автоматически."),
    (TAX, "ru", "необлагаемый минимум у пенсионеров 500 евро"),
    (TAX, "ru", "700 евро в месяц – это необлагаемый доход для людей пенсионного возраста."),
    (TAX, "et", "Pensioniealise maksuvaba tulu on 2026. aastal 700 eurot kuus."),
    (TAX, "et", "Maksuvaba tulu arvestame pensionärile ise, see on 654 eurot."),
    (TAX, "et", "700 eurot on pensioniealise maksuvaba tulu."),
    (TAX, "et", "2026. aastal on pensionäri maksuvaba tulu 654 eurot."),
    (ALONE, "ru", "Пособие одиноко проживающему пенсионеру – 200 евро в месяц."),
    (ALONE, "ru", "Пособие одиноко проживающему пенсионеру выплачивается каждый месяц вместе с пенсией."),
    (ALONE, "ru", "Одинокий пенсионер получает ежемесячно двести евро."),
    (ALONE, "et", "Üksi elava pensionäri toetus on 200 eurot kuus."),
    (ALONE, "et", "Üksi elava pensionäri toetus makstakse igakuiselt koos pensioniga."),
    (VERDICT, "ru", "Вы можете получить компенсацию. Но подать заявление можно лишь после того, как виновного осудят."),
    (VERDICT, "ru", "Компенсация – только после решения суда."),
    (VERDICT, "ru", "Государственную компенсацию получите, но сначала нужно дождаться приговора."),
    (VERDICT, "et", "Riiklikku hüvitist saab taotleda. Aga taotluse saab esitada alles pärast kohtuotsust."),
    (VERDICT, "et", "Hüvitis alles pärast kohtuotsust."),
    (VERDICT, "et", "Hüvitise jaoks peate ära ootama kohtuotsuse."),
]

RIGHT = [
    (TAX, "ru", "Необлагаемый доход человека пенсионного возраста – 776 евро в месяц, заявление не нужно."),
    (TAX, "ru", "До пенсионного возраста необлагаемый доход – 700 евро, а с пенсионного возраста – 776 евро."),
    (TAX, "ru", "У получателей досрочной пенсии необлагаемый доход 700 евро в месяц."),
    (TAX, "ru", "Ваша пенсия 650 евро меньше необлагаемого дохода, поэтому налог не удерживают."),
    (TAX, "et", "Vanaduspensioniealise maksuvaba tulu on 776 eurot kuus, teistel 700 eurot."),
    (TAX, "et", "Ennetähtaegse pensioni saajal on maksuvaba tulu 700 eurot kuus."),
    (ALONE, "ru", "Пособие одиноко проживающему пенсионеру – 200 евро в год, его платят вместе с октябрьской пенсией."),
    (ALONE, "ru", "Пособие одиноко проживающему пенсионеру не платят каждый месяц, а один раз в год."),
    (ALONE, "et", "Üksi elava pensionäri toetus on 200 eurot aastas ja makstakse koos oktoobri pensioniga."),
    (ALONE, "et", "Pension makstakse igakuiselt, üksi elava pensionäri toetus kord aastas."),
    (VERDICT, "ru", "Вы можете получить компенсацию. Но заявление можно подать, не дожидаясь приговора."),
    (VERDICT, "ru", "Ждать приговора суда для компенсации не нужно."),
    (VERDICT, "ru", "Компенсацию можно запросить и до решения суда."),
    (VERDICT, "et", "Hüvitist saab taotleda. Aga kohtuotsust ei pea ootama."),
    (VERDICT, "et", "Hüvitise taotluse saab esitada juba kriminaalmenetluse ajal."),
]


@pytest.mark.parametrize("ref, lang, sentence", WRONG)
def test_wrong_claim_is_caught(library, ref, lang, sentence):
    assert ref in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("ref, lang, sentence", RIGHT)
def test_right_statement_passes(library, ref, lang, sentence):
    assert ref not in wrong_claim_refs(library, sentence, lang)
