"""New-user batch 64 (live64): two wrong facts that passed with 100 points, on sentences written for these tests.

1. a pension paid to a closed account said to be forwarded by the bank to the new account by itself, so there is
   nothing to report: a knowledge claim of `pension-payment.closed_account_returned` (et, ru); the payment coming
   back to us, paid again once the new account is told, and the bank's forwarding denied stay right.
2. the tax-free income of a person of pension age said to be 700 euros like everyone's: more claims of
   `pension-indexation.tax_free_amount` (et, ru); 776 for pension age beside 700 for the others, a pension of 700,
   the amount applied automatically for everyone stay right.

Both fail the call model's knowledge_values gate in every scenario, and the result names the misinformation with the
quoted words in the trainee's language.
"""

from __future__ import annotations

import pytest
from scoring_support import scenario_reply_result, wrong_claim_refs

from trainer.scoring.score import failed_criteria
from trainer.simulation.library import load_library

CLOSED = "pension-payment.closed_account_returned"
TAXFREE = "pension-indexation.tax_free_amount"


@pytest.fixture(scope="module")
def library():
    return load_library()


# -- 1. a payment to a closed account ----------------------------------------------------------------------------

CLOSED_WRONG = [
    ("et", "Kuna vana konto on kinni pandud, kannab pank pensioni ise edasi Teie uuele kontole."),
    ("et", "ärge muretsege, suletud kontolt suunatakse raha automaatselt uude panka"),
    ("et", "vana pank edastab makse teie uuele arvelduskontole ise nii et midagi tegema ei pea"),
    ("et", "Uuele kontole kantakse see automaatselt, Teil pole vaja meile midagi teatada."),
    ("et", "uut kontonumbrit pole vaja meile teatada sest vana konto suleti ja pank hoolitseb ise"),
    ("et", "Teie uuele pangakontole suunab pank selle ise."),
    ("ru", "Поскольку старый счёт закрыт, банк сам переведёт пенсию на Ваш новый счёт."),
    ("ru", "не переживайте деньги с закрытого счета автоматически уйдут на новый счет"),
    ("ru", "Новый номер счёта нам сообщать не нужно, банк сам всё перешлёт."),
    ("ru", "старый банк сам перечислит выплату в новый банк так что ничего делать не надо"),
]
CLOSED_RIGHT = [
    ("et", "Suletud kontole makstud pension tuleb meile tagasi ja me maksame selle uuele kontole uuesti."),
    ("et", "Pank ise uuele kontole makset ei suuna, seepärast teatage uus kontonumber iseteeninduses."),
    ("et", "Kui olete uue kontonumbri meile teatanud, kantakse pension edaspidi automaatselt uuele kontole."),
    ("et", "Kas pank suunas makse uuele kontole?"),
    ("et", "Pank kannab raha Teie kontole samal päeval."),
    ("et", "Kui kontonumber jääb samaks, pole vaja midagi teatada."),
    ("et", "Uus pank võib küll püsimaksed üle tuua, aga pensioni jaoks andke uus kontonumber meile kirjalikult."),
    ("ru", "Выплата на закрытый счёт вернётся к нам, и мы переведём её на новый счёт, когда Вы сообщите его номер."),
    ("ru", "Банк сам не переводит пенсию на новый счёт, поэтому сообщите номер через самообслуживание."),
    ("ru", "Если номер счёта не менялся, ничего сообщать не нужно."),
    ("ru", "После того как Вы укажете новый счёт, пенсия будет поступать на новый счёт."),
    ("ru", "Банк зачисляет деньги на счёт в тот же день."),
]


@pytest.mark.parametrize("lang, sentence", CLOSED_WRONG)
def test_bank_forwarding_to_the_new_account_is_a_wrong_claim(library, lang, sentence):
    assert CLOSED in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("lang, sentence", CLOSED_RIGHT)
def test_the_payment_returned_or_the_forwarding_denied_stays_right(library, lang, sentence):
    assert CLOSED not in wrong_claim_refs(library, sentence, lang)


# -- 2. the tax-free income of pension age -----------------------------------------------------------------------

TAXFREE_WRONG = [
    ("et", "Maksuvaba tulu on 700 eurot kuus ja see kehtib ka pensionäridele."),
    ("et", "maksuvaba tulu on 2026 aastal 700 eurot pensioniealistel samamoodi nagu koigil teistel"),
    ("et", "Pensionäride maksuvaba tulu on ühesugune kõigiga, 700 eurot."),
    ("et", "maksuvaba summa on koigile sama 700 eurot kuus nii et pensionaril eraldi midagi pole"),
    ("ru", "Необлагаемый доход – 700 евро в месяц, у пенсионеров так же, как у всех."),
    ("ru", "необлагаемый минимум 700 евро и для пенсионеров он тоже такой"),
    ("ru", "Для пенсионеров необлагаемый доход такой же, как и у всех остальных."),
    ("ru", "не облагаемый налогом доход в этом году одинаковый для всех 700 евро пенсионерам тоже"),
]
TAXFREE_RIGHT = [
    ("et", "Pensioniealise maksuvaba tulu on 776 eurot kuus, teistel 700 eurot."),
    ("et", "Teie pension on 700 eurot, maksuvaba tulu 776 eurot on sellest suurem, nii et tulumaksu kinni ei peeta."),
    ("et", "Maksuvaba tulu ei ole kõigile ühesugune: pensioniealistel on see suurem."),
    ("et", "Maksuvaba tulu arvestatakse kõigil pensionäridel automaatselt, avaldust pole vaja."),
    ("et", "700 eurot on maksuvaba tulu neile, kes on nooremad kui pensioniiga."),
    ("ru", "Необлагаемый доход для людей пенсионного возраста – 776 евро, для остальных 700 евро."),
    ("ru", "Ваша пенсия 700 евро, а необлагаемый доход пенсионера больше, поэтому налог не удерживается."),
    ("ru", "Необлагаемый доход не одинаковый для всех: у пенсионеров он выше."),
    ("ru", "Необлагаемый доход учитывается автоматически для всех пенсионеров одинаково, заявление не нужно."),
    ("ru", "Для досрочной пенсии необлагаемый доход 700 евро, как у работающих."),
]


@pytest.mark.parametrize("lang, sentence", TAXFREE_WRONG)
def test_everyones_amount_for_pension_age_is_a_wrong_claim(library, lang, sentence):
    assert TAXFREE in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("lang, sentence", TAXFREE_RIGHT)
def test_776_for_pension_age_or_another_700_stays_right(library, lang, sentence):
    assert TAXFREE not in wrong_claim_refs(library, sentence, lang)


# -- the gate and its record in the scenarios that talk of it -----------------------------------------------------

@pytest.mark.parametrize("scenario, reply, quoted", [
    ("pension-late-et", "Teil pole vaja midagi teha: kui konto on kinni, suunab pank pensioni ise uuele kontole.",
     "suunab pank pensioni ise uuele kontole"),
    ("moving-abroad-account-et", "Vana konto võite sulgeda, pank kannab pensioni ise Teie uuele kontole.",
     "pank kannab pensioni ise"),
    ("pension-weekend-ru", "Если Вы закрыли счёт, банк сам перенаправит пенсию на новый счёт.",
     "банк сам перенаправит"),
    ("moving-abroad-account-ru", "Старый счёт можно закрыть, банк сам переведёт пенсию на новый счёт.",
     "банк сам переведёт"),
    ("redirects-pillar-tax-pin-ru", "Необлагаемый доход – 700 евро в месяц, для пенсионеров так же, как для всех.",
     "для пенсионеров так же"),
    ("language-switch-ru", "Необлагаемый доход 700 евро, и для пенсионеров тоже.", "и для пенсионеров тоже"),
    ("redirects-pillar-tax-pin-et", "Maksuvaba tulu on 700 eurot kuus, pensionäridel samamoodi nagu kõigil.",
     "pensionäridel samamoodi"),
    ("pension-indexation-tax-et", "Maksuvaba tulu on 700 eurot kuus ja see kehtib ka pensionäridele.",
     "kehtib ka pensionäridele"),
])
def test_the_gate_fails_and_names_the_words(library, scenario, reply, quoted):
    result = scenario_reply_result(library, scenario, reply)
    assert "knowledge_values" in failed_criteria(result)
    assert "knowledge_values" in (result.get("gate_failures") or [])
    feedback = next(c["feedback"] for c in result["criteria"] if c["id"] == "knowledge_values")
    assert quoted in feedback
    assert ("Vale reegel" if library.get(scenario).language == "et" else "Неверное правило") in feedback
