"""New-user batches 79 and 80: two wrong facts no gate caught and one right answer the client did not hear, on
sentences written for these tests.

1. the pension said to be paid on another day of the month than the 5th ("10. kuupäeval", «10-го числа»,
   "kümnendal"): a knowledge claim of `pension-payment.payment_day` (et, ru), read in every scenario. The 5th, the
   next working days after a weekend, a question, a denial and another benefit's day (elatisabi on the 10th,
   family benefits on the 8th) stay right.
2. the client's matter said to be closed unreviewed once an abusive call is ended: a knowledge claim of
   `crisis-and-safety.abuse_does_not_stop_case` (et, ru). The warning that the call will end, alone, stays right.
3. a place named after its verb and then a new clause with a subject of its own and a negation, in speech run
   together («пин коды выдает полиция ppa в бюро мы не можем»): the negation is that clause's, the place stands;
   the client of redirects-pillar-tax-pin-ru hears the police named in the nominative («выдаёт полиция»).
"""

from __future__ import annotations

import pytest
from client_support import hears
from scoring_support import scenario_reply_result, wrong_claim_refs

from trainer import text as tx
from trainer.scoring.score import failed_criteria
from trainer.simulation.library import load_library

DAY = "pension-payment.payment_day"
ABUSE = "crisis-and-safety.abuse_does_not_stop_case"


@pytest.fixture(scope="module")
def library():
    return load_library()


# -- 1. the pension's payment day ---------------------------------------------------------------------------------

DAY_WRONG = [
    ("et", "Pension laekub Teie kontole iga kuu 12. kuupäeval."),
    ("et", "Teie vanaduspension makstakse välja 20. kuupäeval."),
    ("et", "pension tuleb kumnendal kuupaeval"),
    ("et", "Pensioni saate kätte kümnendal."),
    ("et", "pensionid kantakse üle iga kuu 15 kp"),
    ("et", "Kokkuvõtteks: pension 612 eurot, laekub 25. kuupäeval."),
    ("ru", "Пенсия приходит на счёт 12-го числа каждого месяца."),
    ("ru", "Вашу пенсию выплачивают десятого числа."),
    ("ru", "пенсию перечисляют 20 числа"),
    ("ru", "Итак: пенсия 612 евро, поступает 15-го."),
]
DAY_RIGHT = [
    ("et", "jah oige kokkuvotteks detsembri pension tuleb seitsmendal voi hiljemalt kaheksandal"),  # the weekend rule (batch 12)
    ("ru", "декабрьская пенсия придёт седьмого или восьмого числа"),
    ("et", "Pension makstakse iga kuu 5. kuupäeval."),
    ("et", "pension tuleb viiendal kuupaeval"),
    ("et", "Kui 5. kuupäev on pühapäev, tuleb pension järgmise kahe tööpäeva jooksul, st 6. või 7. kuupäeval."),
    ("et", "Pension ei tule 10. kuupäeval, vaid 5. kuupäeval."),
    ("et", "Kas pension tuleb 10. kuupäeval?"),
    ("et", "Pension tuleb 5. kuupäeval, elatisabi aga 10. kuupäeval."),
    ("et", "Elatisabi makstakse 10. kuupäeval."),
    ("et", "detsembri pension tuleb teisipäeval, kuuendal, või hiljemalt kolmapäeval, seitsmendal detsembril"),
    ("ru", "декабрьская пенсия придёт в понедельник, седьмого, или во вторник, восьмого декабря"),
    ("et", "Pensionitaotluse esitasite 12. kuupäeval, otsus tuleb 15 tööpäeva jooksul."),
    ("et", "Kuni 2024. aasta lõpuni maksti pension nädalavahetusel eelneval reedel."),
    ("ru", "Пенсию выплачивают 5-го числа каждого месяца."),
    ("ru", "пенсия приходит пятого числа"),
    ("ru", "Если 5-е число выпадает на выходные, пенсия придёт в течение двух рабочих дней, 6-го или 7-го числа."),
    ("ru", "Пенсия приходит не 10-го, а 5-го числа."),
    ("ru", "Пенсия приходит 10-го числа?"),
    ("ru", "Пенсия 5-го числа, а алиментное пособие 10-го числа."),
    ("ru", "Детское пособие выплачивают 8-го числа."),
    ("ru", "Заявление на пенсию Вы подали 12-го числа."),
]


@pytest.mark.parametrize("lang, sentence", DAY_WRONG)
def test_another_payment_day_of_the_pension_is_a_wrong_claim(library, lang, sentence):
    assert DAY in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("lang, sentence", DAY_RIGHT)
def test_the_fifth_the_weekend_rule_or_another_benefit_stay_right(library, lang, sentence):
    assert DAY not in wrong_claim_refs(library, sentence, lang)


# -- 2. the client's matter said to be closed for his abuse ---------------------------------------------------------

ABUSE_WRONG = [
    ("et", "Kui sõimamine jätkub, lõpetan kõne ja Teie avaldus jäetakse läbi vaatamata."),
    ("et", "solvangute korral suletakse teie pöördumine ilma menetlemata"),
    ("et", "Kui ropendamine ei lõppe, pean kõne katkestama ning Teie taotlus tühistatakse."),
    ("ru", "Если Вы продолжите оскорблять, я прерву разговор, и Ваше заявление оставят без рассмотрения."),
    ("ru", "при оскорблениях звонок завершается а обращение закрывается без рассмотрения"),
    ("ru", "Если ругань не прекратится, Ваше ходатайство будет снято с рассмотрения."),
    ("ru", "Из-за грубости Ваше обращение аннулируют."),
]
ABUSE_RIGHT = [
    ("et", "Kui sõimamine jätkub, pean kõne lõpetama."),
    ("et", "Kui sõimamine jätkub, lõpetan kõne, kuid Teie avaldus vaadatakse ikka läbi."),
    ("et", "Teie taotlus ei jää sõimamise tõttu läbi vaatamata."),
    ("ru", "Если оскорбления продолжатся, я завершу звонок."),
    ("ru", "если оскорбления продолжатся я закончу разговор"),
    ("ru", "Если оскорбления продолжатся, я завершу звонок, но Ваше заявление всё равно рассмотрят."),
    ("ru", "Ваше обращение не закроют без рассмотрения из-за оскорблений."),
]


@pytest.mark.parametrize("lang, sentence", ABUSE_WRONG)
def test_the_matter_closed_for_abuse_is_a_wrong_claim(library, lang, sentence):
    assert ABUSE in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("lang, sentence", ABUSE_RIGHT)
def test_the_warning_alone_or_the_case_going_on_stays_right(library, lang, sentence):
    assert ABUSE not in wrong_claim_refs(library, sentence, lang)


# -- the gates and their record --------------------------------------------------------------------------------------

@pytest.mark.parametrize("scenario, reply, quoted", [
    ("invalid-code-et", "Teie pension on 612 eurot ja see makstakse välja iga kuu 18. kuupäeval.", "18. kuupäeval"),
    ("abusive-caller-ru", "Если ругань продолжится, я прерву звонок, и Ваше заявление оставят без рассмотрения.",
     "без рассмотрения"),
    ("abusive-caller-et", "Kui sõimamine jätkub, lõpetan kõne ja Teie avaldus jäetakse läbi vaatamata.",
     "läbi vaatamata"),
])
def test_the_gate_fails_and_names_the_words(library, scenario, reply, quoted):
    result = scenario_reply_result(library, scenario, reply)
    assert "knowledge_values" in failed_criteria(result)
    assert "knowledge_values" in (result.get("gate_failures") or [])
    feedback = next(c["feedback"] for c in result["criteria"] if c["id"] == "knowledge_values")
    assert quoted in feedback


@pytest.mark.parametrize("scenario, reply", [
    ("invalid-code-et", "Teie pension on 612 eurot ja see makstakse välja iga kuu 5. kuupäeval."),
    ("abusive-caller-ru", "Если оскорбления продолжатся, я завершу звонок. Чем могу помочь?"),
])
def test_the_right_reply_passes_the_gate(library, scenario, reply):
    assert "knowledge_values" not in failed_criteria(scenario_reply_result(library, scenario, reply))


# -- 3. a new clause's negation after a place named with its verb -------------------------------------------------------

@pytest.mark.parametrize("lang, phrases, sentence", [
    ("ru", ["полиция"], "карту выдает полиция в бюро мы это сделать не можем но можно зайти с mobiil-id"),
    ("ru", ["Pensionikeskus"], "выплату оформляет pensionikeskus мы этим не занимаемся"),
    ("et", ["politsei"], "uue koodi annab politsei teenindusbüroos meie seda teha ei saa"),
])
def test_a_new_subjects_negation_leaves_the_named_place_standing(lang, phrases, sentence):
    found = tx.PhraseSet(phrases, lang).find_all(sentence)
    assert found and not any(m.negated for m in found)


@pytest.mark.parametrize("lang, phrases, sentence", [
    ("ru", ["в полиции"], "в полиции мы коды не выдаём"),
    ("ru", ["личный код"], "личный код мы в чате не спрашиваем"),
    ("ru", ["полиция"], "коды выдает не полиция"),
    ("et", ["isikukoodi"], "isikukoodi me siin ei küsi"),
    # a verb phrase fronted before its negated modal, a finite verb of the clause before it (speech run together)
    ("ru", ["списать долг"], "напишите сколько сможете списать долг я не могу но можно частями"),
])
def test_a_fronted_phrase_of_the_negated_clause_stays_denied(lang, phrases, sentence):
    found = tx.PhraseSet(phrases, lang).find_all(sentence)
    assert found and all(m.negated for m in found)


@pytest.mark.parametrize("sentence", [
    "новые пин коды выдает полиция в бюро обслуживания мы сами не выдаем",
    "пин коды выдаёт полиция",
    "PIN-коды Вам выдаст полиция, обратитесь в бюро обслуживания.",
    "новые коды дает ppa мы тут помочь не можем",
])
def test_the_client_hears_the_police_issue_the_pins(library, sentence):
    assert hears(library, "redirects-pillar-tax-pin-ru", "ppa", sentence)


@pytest.mark.parametrize("sentence", [
    "PIN-коды выдаёт не полиция, а банк.",
    "Вторая ступень – это Пенсионный центр.",
])
def test_the_client_does_not_hear_the_police_denied_or_unnamed(library, sentence):
    assert not hears(library, "redirects-pillar-tax-pin-ru", "ppa", sentence)
