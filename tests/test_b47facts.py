"""New-user batch 47 (tests/newuser/live47): two wrong-fact runs that passed, on sentences written for these tests.

- An appeal outcome promised under a condition on the client's own circumstances ("kui Teil on ..., siis vaide peale
  puue taastatakse", «если у Вас ..., то инвалидность восстановят»): the circumstances do not decide an assessed
  status (a disability, the work ability, an appeal), the expert does, so the condition does not make it a rule.
  A condition on the decision itself ("kui vaie rahuldatakse", «если эксперт признает») and a hedged form stay right
  (no_promise).
- The money said to reach the account days after the payment day (later in the week, "oleneb pangast", «зависит
  от банка», «не сразу»): it arrives the same day (`pension-payment.money_same_day`, knowledge_values, in any
  scenario; and the scenarios' own bank_delay signal, which the client believes).
"""

from __future__ import annotations

import pytest
from scoring_support import scenario_reply_result, wrong_claim_refs

from trainer.scoring.promises import is_promise
from trainer.simulation.library import load_library

SAME_DAY = "pension-payment.money_same_day"


@pytest.fixture(scope="module")
def library():
    return load_library()


PROMISES = [
    ("et", "Ärge muretsege, kui Teie tervis ei ole paranenud, siis taastatakse Teile vaide peale puue."),
    ("et", "Kui Te olete ikka samas seisus, määratakse Teile puue uuesti ja raha makstakse tagantjärele."),
    ("et", "Kui Teil on arstitõendid olemas, siis rahuldatakse Teie vaie."),
    ("et", "kui esitate vaide siis puue taastatakse teile ja raha makstakse tagasi"),
    ("ru", "Не волнуйтесь, если у Вас состояние не изменилось, то после возражения инвалидность Вам восстановят."),
    ("ru", "Если Вы по-прежнему болеете, Вам снова назначат инвалидность."),
    ("ru", "Если подадите возражение, степень инвалидности Вам восстановят."),
]

NOT_PROMISES = [
    ("et", "Kui vaie rahuldatakse, makstakse toetus Teile tagantjärele."),
    ("et", "Kui ekspert leiab, et Teie tervis ei ole paranenud, taastatakse puue."),
    ("et", "Kui Teil on uusi terviseandmeid, võidakse puue vaide peale taastada."),
    ("et", "Kui Teil on tervis sama, esitage vaie; otsuse teeb ekspert."),
    ("et", "Kui Teil on pensioniiga täis, määratakse Teile vanaduspension."),
    ("et", "Kui Teil on puue, määratakse Teile puudetoetus."),
    ("ru", "Если возражение удовлетворят, пособие Вам выплатят задним числом."),
    ("ru", "Если эксперт признает, что здоровье не улучшилось, инвалидность Вам восстановят."),
    ("ru", "Если у Вас есть новые документы, инвалидность могут восстановить, но решение принимает эксперт."),
    ("ru", "Если у Вас наступил пенсионный возраст, Вам назначат пенсию."),
]


@pytest.mark.parametrize(("lang", "sentence"), PROMISES)
def test_outcome_on_client_circumstances_is_promise(lang, sentence):
    assert is_promise(sentence, lang)


@pytest.mark.parametrize(("lang", "sentence"), NOT_PROMISES)
def test_condition_on_decision_or_hedge_is_no_promise(lang, sentence):
    assert not is_promise(sentence, lang)


LATE = [
    ("et", "Makse tehakse esmaspäeval, aga kontole jõuab raha alles paari päeva pärast."),
    ("et", "Millal raha kontole laekub, oleneb pangast."),
    ("et", "Raha liigub panga kaudu aeglaselt, nii et kontol on see pigem nädala lõpus."),
    ("et", "Pension kantakse üle esmaspäeval, kuid kontole jõuab see alles järgmisel nädalal."),
    ("et", "raha ei jõua kontole kohe see võtab mõne päeva"),
    ("ru", "Выплата уходит в понедельник, но на счёт деньги попадут только к пятнице."),
    ("ru", "Деньги на счёте появятся через несколько дней после выплаты, это зависит от банка."),
    ("ru", "Когда именно деньги поступят на счёт, зависит от Вашего банка."),
    ("ru", "Мы перечислим пособие в понедельник, а на карточке оно будет ближе к концу недели."),
    ("ru", "деньги через банк поступают не сразу так что ждите их в течение недели"),
]

SAME_DAY_RIGHT = [
    ("et", "Raha laekub kontole samal päeval, kui see välja makstakse."),
    ("et", "Kui raha homseks kontol pole, kontrollige kontonumbrit või helistage meile."),
    ("et", "Nädalavahetusel pank ei tööta, seepärast makstakse pension järgmise kahe tööpäeva jooksul."),
    ("et", "Pank võib olla nädalavahetusel kinni, aga raha jõuab kontole maksepäeval."),
    ("et", "Raha ei jõua kontole paari päeva pärast, vaid samal päeval."),
    ("et", "Kui muudate kontonumbrit, hakkab raha uuele kontole laekuma järgmisest kuust."),
    ("ru", "Деньги поступают на счёт в тот же день, это не зависит от банка."),
    ("ru", "Если завтра денег на счёте нет, проверьте номер счёта или позвоните нам."),
    ("ru", "Если 5-е выпадает на выходные, выплата будет в течение двух следующих рабочих дней."),
    ("ru", "В выходные банки не работают, поэтому выплата переносится на понедельник."),
    ("ru", "Выплата назначена на понедельник, в этот же день деньги будут на счёте."),
    ("ru", "Решение о пособии примут в течение недели, деньги поступят на счёт в день выплаты."),
]


@pytest.mark.parametrize(("lang", "sentence"), LATE)
def test_money_days_after_payment_is_wrong(library, lang, sentence):
    assert SAME_DAY in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize(("lang", "sentence"), SAME_DAY_RIGHT)
def test_same_day_and_weekend_rule_are_right(library, lang, sentence):
    assert SAME_DAY not in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize(("scenario", "reply"), [
    ("guardian-for-ward-ru", "Выплата в понедельник, 7 декабря, но через банк деньги идут не сразу, "
                             "на счёте они будут к концу недели."),
    ("guardian-for-ward-et", "Makse on esmaspäeval, 7. detsembril, aga kontole jõuab raha alles nädala lõpus, "
                             "see oleneb pangast."),
    ("pension-late-et", "Raha kanti üle, kuid kontole jõuab see alles nädala lõpus, oleneb pangast."),
    ("pension-weekend-ru", "Мы выплатим в понедельник, а на счёте деньги появятся ближе к пятнице, это зависит от банка."),
])
def test_late_arrival_fails_the_knowledge_gate(library, scenario, reply):
    result = scenario_reply_result(library, scenario, reply)
    kb = next(c for c in result["criteria"] if c["id"] == "knowledge_values")
    assert kb["result"] == "fail" and kb.get("gate_failed"), kb
    assert not result["passed"]


@pytest.mark.parametrize(("scenario", "reply"), [
    ("guardian-for-ward-ru", "Через банк деньги идут не сразу, обычно они на счёте ближе к концу недели."),
    ("pension-weekend-ru", "На карточке деньги появятся к концу недели, это зависит от банка."),
    ("pension-late-et", "Kontole jõuab raha alles nädala lõpus, see oleneb pangast."),
])
def test_client_signal_hears_late_arrival(library, scenario, reply):
    from trainer.scoring.signals import analyse_reply

    sc = library.get(scenario)
    assert analyse_reply(reply, sc.language, {}, sc.signals)["signals"]["bank_delay"]
