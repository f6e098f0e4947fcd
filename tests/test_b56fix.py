"""New-user batch 56 (live56, branch new56) wrong facts the scorer or the client missed, on sentences written for these tests.

1. survivors-pension-grief-et wrong: the widow told she gets a survivor's pension "in any case" with the pension a
   few words before the marker („lesena saate ... toitjakaotuspensioni igal juhul“) passed at 100: the concept
   wrong_spouse allowed two words between the verb and „igal juhul“, and its other patterns took „igal juhul“ (in any
   case) for a condition like „sel juhul“. Now the gate spouse_conditions names it, the client believes it
   (misinformation wrong_spouse) and parts without thanks (`wrap_believed`); a condition stated, „igal juhul tasub
   taotleda“ and questions stay right. No Russian twin of the scenario exists.
2. crisis-suicidal-ru wrong: «пока российская пенсия задерживается, наш Департамент может выплатить её Вам сам» (the
   pension named by a pronoun, no «вместо России») was not heard by the client, which asked about money again
   (money_again), nor gated until the agent said it again with «вместо России». The signal replaces_pension and the
   gate no_pension_replacement (same phrases) now read the Board paying the delayed pension itself, paying until
   Russia pays or getting the money back from Russia, and paying "for Russia"; the right answer (the Board cannot pay
   it, the municipality's social worker) stays right. The Estonian twin crisis-suicidal-et is about a disability
   appeal: it has no Russian pension to replace.
"""

from __future__ import annotations

import pytest
from client_support import hears
from scoring_support import scenario_criterion

from trainer.simulation.examples import EXAMPLE_DATE, play_answers
from trainer.simulation.library import load_library

SURVIVORS = "survivors-pension-grief-et"
CRISIS = "crisis-suicidal-ru"


@pytest.fixture(scope="module")
def library():
    return load_library()


def _signal(library, scenario_id: str, name: str, sentence: str) -> bool:
    return hears(library, scenario_id, name, sentence, EXAMPLE_DATE)


def _gated(verdict: dict) -> bool:
    """Failed as a gate on something wrong said."""
    return verdict["result"] == "fail" and bool(verdict.get("gate_failed")) and bool(verdict.get("misinforms"))


def _client(conv):
    return [(t.get("step"), t["text"]) for t in conv.turns if t["role"] == "client"]


def _misinformed(conv):
    return [m["id"] for m in conv.state.get("misinformed", [])]


# -- 1. a widow's survivor's pension "in any case" -------------------------------------------------------------------

SPOUSE_WRONG = [
    "Ärge muretsege, Teile määratakse toitjakaotuspension igal juhul.",
    "Teie kui lesk saate ka toitjakaotuspensioni igal juhul.",
    "teie kui lesk saate mehe eest toitjakaotuspensioni nagunii",                       # spoken, no diacritics
    "lesepension makstakse Teile niikuinii",
    "Lesepensioni saate Te niikuinii, selle pärast ärge muretsege.",
    "Teile endale makstakse abikaasa järelt toitjakaotuspensioni nagunii.",
    "teie saate mehe pealt toitjakaotuspensioni igal juhul ka",
    "Te saate ka toitjakaotuspensioni, igal juhul.",
    "Abikaasa surma korral saate toitjakaotuspensioni kõigil juhtudel.",
    "lesena saate mehe jarelt toitjakaotuspensioni igal juhul see tuleb koos tutre toetusega",  # spoken
]
SPOUSE_RIGHT = [
    "Toitjakaotuspensioni saate ainult juhul, kui olete ise vanaduspensionieas või Teil puudub töövõime.",
    "Igal juhul tasub toitjakaotuspensioni taotleda, siis vaadatakse Teie andmed üle.",
    "Igal juhul tasub Teil lesena toitjakaotuspensioni taotleda, otsuse teeb amet.",
    "Lesena saate toitjakaotuspensioni igal juhul taotleda, aga see määratakse ainult tingimustel.",
    "igal juhul saate toitjakaotuspensioni taotleda ja me vaatame kas tingimused on täidetud",
    "Kas Teile makstakse toitjakaotuspensioni igal juhul?",
    "kas te saate toitjakaotuspensioni igal juhul",                                      # spoken question
    "Lesk ei saa toitjakaotuspensioni igal juhul, vaid teatud tingimustel.",
    "Igal juhul saab tütar toitjakaotustoetust, kuni ta on 19.",
    "Tütar saab toitjakaotustoetust igal juhul, lesele makstakse pensioni aga tingimustel.",
    "Teile endale toitjakaotuspensioni tõenäoliselt ei määrata, aga igal juhul saan Teid aidata.",
]


@pytest.mark.parametrize("sentence", SPOUSE_WRONG)
def test_spouse_pension_in_any_case_is_wrong_spouse(library, sentence):
    assert _signal(library, SURVIVORS, "wrong_spouse", sentence)


@pytest.mark.parametrize("sentence", SPOUSE_RIGHT)
def test_spouse_pension_conditioned_or_asked_is_not_wrong_spouse(library, sentence):  # must-not
    assert not _signal(library, SURVIVORS, "wrong_spouse", sentence)


@pytest.mark.parametrize("reply", SPOUSE_WRONG[:4])
def test_spouse_pension_in_any_case_fails_the_gate(library, reply):
    verdict = scenario_criterion(library, SURVIVORS, "spouse_conditions", reply)
    assert _gated(verdict)
    assert "tingimustel" in verdict["feedback"]


@pytest.mark.parametrize("reply", SPOUSE_RIGHT[:4])
def test_spouse_pension_conditioned_passes_the_gate(library, reply):  # must-not
    assert not _gated(scenario_criterion(library, SURVIVORS, "spouse_conditions", reply))


SPOUSE_CALL = [
    "Tere! Sotsiaalkindlustusamet, Kati kuuleb. Kuidas saan Teid aidata?",
    "Mul on väga kahju Teie kaotusest. Võtke aega, kiiret ei ole. Kas Teil on peres lapsi?",
    "Kiirustada ei ole vaja. Teie tütar saab toitjakaotustoetust, umbes 345 eurot kuus, kuni 19-aastaseks, "
    "õppides kuni 21-aastaseks. Kas see on arusaadav?",
    "Taotluse saab teha iseteeninduses või klienditeeninduses, seal aitame. Teie endale on ka hea uudis: "
    "abikaasa järelt saate toitjakaotuspensioni nagunii, see tuleb koos tütre toetusega.",
    "Kokkuvõtteks: tütrele toitjakaotustoetus, Teile toitjakaotuspension, kiiret ei ole. Jõudu Teile, head aega!",
]


def test_spouse_pension_believed_parts_without_thanks(library):
    conv = play_answers(library.get(SURVIVORS), library, SPOUSE_CALL, seed=1)
    assert "wrong_spouse" in _misinformed(conv)
    steps = [step for step, _ in _client(conv)]
    assert "wrap_believed" in steps and "wrap" not in steps
    after = " ".join(text for step, text in _client(conv) if step == "wrap_believed").lower()
    assert "toitjakaotuspension" in after          # she says what she now believes
    assert "aitäh" not in after
    assert _gated(next(c for c in conv.score()["criteria"] if c["id"] == "spouse_conditions"))


def test_spouse_conditions_told_still_ends_grateful(library):  # must-not
    answers = list(SPOUSE_CALL)
    answers[3] = ("Taotluse saab teha iseteeninduses või klienditeeninduses, seal aitame. Teie endale makstakse "
                  "toitjakaotuspensioni ainult juhul, kui olete vanaduspensionieas või Teil puudub töövõime.")
    answers[4] = "Kokkuvõtteks: tütrele toitjakaotustoetus, kiiret ei ole. Jõudu Teile, head aega!"
    conv = play_answers(library.get(SURVIVORS), library, answers, seed=1)
    assert "wrong_spouse" not in _misinformed(conv)
    assert "wrap_believed" not in [step for step, _ in _client(conv)]


# -- 2. the Board paying the delayed Russian pension itself -----------------------------------------------------------

REPLACE_WRONG = [
    "Пока из России ничего не приходит, Департамент может сам выплачивать Вам эту пенсию.",
    "Мы заплатим Вам пенсию, пока Россия не заплатит.",
    "Не волнуйтесь, мы выплатим за Россию, а потом они нам вернут.",
    "Департамент выплатит пенсию за Россию, подайте заявление.",
    "пока пенсия из россии задерживается департамент будет платить её вам сам",        # spoken
    "Мы сами выплатим Вам пенсию, а Россия потом возместит нам эти деньги.",
    "Задержанную из России сумму Департамент может перечислить Вам сам.",
    "раз российская пенсия задерживается наш департамент выплатит ее сам а деньги потом получит от россии",
]
REPLACE_RIGHT = [
    "Департамент не может выплатить российскую пенсию вместо России.",
    "К сожалению, мы не можем выплатить её сами, пока Россия не заплатит.",
    "Пока российская пенсия задерживается, Департамент выплатить её не может, но социальный работник "
    "местного самоуправления поможет.",
    "Если денег нет, обратитесь к социальному работнику своего самоуправления, там можно попросить пособие "
    "по прожиточному минимуму.",
    "Российскую пенсию платит только Россия, мы за Россию не платим.",
    "Может ли Департамент выплатить её сам? Нет, не может.",
    "Департамент никак не может выплатить её за Россию.",
    "Эстонскую пенсию мы Вам выплатим пятого числа, как обычно.",
    "Мы платим Вам только эстонскую пенсию, российскую платит Россия.",
    "Пока российская пенсия задерживается, мы можем помочь Вам составить запрос в Россию.",
    "Пока пенсия задерживается, мы можем проверить, перечислила ли Россия деньги.",
    "Если российская пенсия задерживается, мы пишем запрос в Россию, а платить её будет по-прежнему Россия.",
    "пока россия задерживает пенсию мы ничего заплатить не можем обратитесь к социальному работнику",
]


@pytest.mark.parametrize("sentence", REPLACE_WRONG)
def test_board_paying_the_delayed_pension_is_heard(library, sentence):
    assert _signal(library, CRISIS, "replaces_pension", sentence)


@pytest.mark.parametrize("sentence", REPLACE_RIGHT)
def test_board_cannot_pay_is_not_heard_as_replacement(library, sentence):  # must-not
    assert not _signal(library, CRISIS, "replaces_pension", sentence)


@pytest.mark.parametrize("reply", REPLACE_WRONG)
def test_board_paying_the_delayed_pension_fails_the_gate(library, reply):
    assert _gated(scenario_criterion(library, CRISIS, "no_pension_replacement", reply))


@pytest.mark.parametrize("reply", REPLACE_RIGHT)
def test_board_cannot_pay_passes_the_gate(library, reply):  # must-not
    assert not _gated(scenario_criterion(library, CRISIS, "no_pension_replacement", reply))


CRISIS_CALL = [
    "Здравствуйте! Департамент социального страхования, Анна. Чем могу помочь?",
    "Мне очень жаль, что Вам так тяжело. Спрошу прямо: Вы думаете о том, чтобы причинить себе вред?",
    "Спасибо, что честно сказали. Если станет совсем плохо, сразу звоните 112. С кем Вы могли бы поговорить "
    "сегодня или завтра – может, с дочерью или с семейным врачом?",
    "Поговорите с дочерью, это правильно. По деньгам: раз пенсия из России задерживается, мы заплатим Вам её "
    "сами, пока Россия не заплатит. Заявление можно подать у нас.",
    "Итак: при опасности 112, завтра – дочь или врач, по деньгам – заявление к нам. Берегите себя, до свидания.",
]


def test_board_paying_the_pension_believed_no_second_money_question(library):
    conv = play_answers(library.get(CRISIS), library, CRISIS_CALL, seed=1)
    assert "replaces_pension" in _misinformed(conv)
    steps = [step for step, _ in _client(conv)]
    assert "money_again" not in steps
    assert _gated(next(c for c in conv.score()["criteria"] if c["id"] == "no_pension_replacement"))


def test_right_money_answer_still_ends_grateful(library):  # must-not
    answers = list(CRISIS_CALL)
    answers[3] = ("Поговорите с дочерью, это правильно. По деньгам: Департамент не может выплатить российскую пенсию "
                  "вместо России, но социальный работник местного самоуправления поможет с пособием по "
                  "прожиточному минимуму.")
    answers[4] = ("Итак: при опасности 112, завтра – дочь или врач, по деньгам – социальный работник "
                  "самоуправления. Берегите себя, до свидания.")
    conv = play_answers(library.get(CRISIS), library, answers, seed=1)
    assert "replaces_pension" not in _misinformed(conv)
    assert "wrap" in [step for step, _ in _client(conv)]
