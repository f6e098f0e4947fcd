"""New-user batch 55 (live55) wrong facts said as rules, on sentences written for these tests.

1. A request for explanation (selgitustaotlus, «ходатайство о разъяснении» / «запрос разъяснений») said to be
   answered within some working days (complaint-registration-ru wrong: ten): it is answered within 30 days. A
   knowledge claim of deadlines.explanation_request_days (et, ru), also after a pronoun pointing back («На него ...»);
   the complaint scenarios' explanation_request gate and the client who believes it, parting without thanks.
2. The allowance said to be paid on while a vaie is pending (crisis-suicidal-et wrong): a vaie does not suspend the
   decision or continue the payment. A knowledge claim of deadlines.appeal_no_suspension (et, ru), read in every
   scenario (crisis, disability appeals); the crisis caller believes it and parts without thanks.
3. Repayment of an overpayment said to be possible only at once, no instalments (overpayment-recovery-ru wrong): a
   payment schedule can be agreed. A knowledge claim of overpayments.instalments (et, ru); the client believes it.
"""

from __future__ import annotations

import pytest
from scoring_support import scenario_criterion, wrong_claim_refs

from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library

EXPLANATION = "deadlines.explanation_request_days"
NO_SUSPENSION = "deadlines.appeal_no_suspension"
INSTALMENTS = "overpayments.instalments"


@pytest.fixture(scope="module")
def library():
    return load_library()


def _gated(verdict: dict) -> bool:
    return verdict["result"] == "fail" and bool(verdict.get("gate_failed")) and bool(verdict.get("misinforms"))


def _client(conv):
    return [(t.get("step"), t["text"]) for t in conv.turns if t["role"] == "client"]


def _misinformed(conv):
    return [m["id"] for m in conv.state.get("misinformed", [])]


def _refs(library, text: str, lang: str) -> set[str]:
    return wrong_claim_refs(library, text, lang)


# -- 1. the request for explanation answered in working days --------------------------------------------------------

EXPLANATION_WRONG_RU = [
    "Запрос разъяснений рассматривается в течение семи рабочих дней.",
    "На ходатайство о разъяснении Вам ответят за 15 рабочих дней.",
    "Это ходатайство о разъяснении. На него мы отвечаем в течение пяти рабочих дней.",
    "просьба о разъяснении ответ придет через 12 рабочих дней",
]
EXPLANATION_WRONG_ET = [
    "Selgitustaotlusele vastatakse seitsme tööpäeva jooksul.",
    "Selgituse taotlusele saate vastuse 15 tööpäevaga.",
    "selgitustaotlus vastus tuleb 12 tööpäeva jooksul",
]
EXPLANATION_RIGHT = [
    ("На ходатайство о разъяснении отвечают в течение 30 дней.", "ru"),
    ("Запрос разъяснений – ответ в течение тридцати дней, а запрос информации – 5 рабочих дней.", "ru"),
    ("Ходатайство о разъяснении рассматривают не за 10 рабочих дней, а за 30 дней.", "ru"),
    ("Ответят ли на ходатайство о разъяснении за 10 рабочих дней?", "ru"),
    ("Selgitustaotlusele vastatakse 30 päeva jooksul, teabenõudele 5 tööpäeva jooksul.", "et"),
    ("Selgitustaotlusele ei vastata mitte 10 tööpäevaga, vaid 30 päeva jooksul.", "et"),
    ("Teabenõudele vastame viie tööpäeva jooksul.", "et"),
]


@pytest.mark.parametrize("sentence", EXPLANATION_WRONG_RU)
def test_explanation_in_working_days_is_a_claim_ru(library, sentence):
    assert EXPLANATION in _refs(library, sentence, "ru")


@pytest.mark.parametrize("sentence", EXPLANATION_WRONG_ET)
def test_explanation_in_working_days_is_a_claim_et(library, sentence):
    assert EXPLANATION in _refs(library, sentence, "et")


@pytest.mark.parametrize("sentence, lang", EXPLANATION_RIGHT)
def test_explanation_right_deadline_is_no_claim(library, sentence, lang):  # must-not
    assert EXPLANATION not in _refs(library, sentence, lang)


def test_explanation_gate_ru(library):
    reply = ("Письменное объяснение – это не жалоба, а ходатайство о разъяснении. На него отвечают в течение "
             "восьми рабочих дней.")
    assert _gated(scenario_criterion(library, "complaint-registration-ru", "explanation_request", reply))


def test_explanation_knowledge_gate_et(library):
    reply = "See ei ole kaebus, vaid selgitustaotlus. Selgitustaotlusele vastatakse kaheksa tööpäeva jooksul."
    assert _gated(scenario_criterion(library, "complaint-registration-et", "knowledge_values", reply))


COMPLAINT_RU = [
    "Здравствуйте! Департамент социального страхования, Анна. Чем могу помочь?",
    "Сочувствую, это неприятно. Правильно ли я понимаю: жалоба на то, что не перезвонили и не ответили, и ещё "
    "письменное объяснение расчёта? Жалобу я зарегистрирую сама. Назовите, пожалуйста, имя и личный код.",
    "Спасибо, Николай Иванов. Жалобу я регистрирую, её рассмотрит руководитель отдела и ответит Вам письменно в "
    "течение 30 дней. Куда прислать ответ?",
    "Хорошо. А письменное объяснение – это не жалоба, а ходатайство о разъяснении. На него отвечают в течение "
    "восьми рабочих дней.",
    "Всего доброго!",
]


def test_explanation_working_days_believed_without_thanks_ru(library):
    conv = play_answers(library.get("complaint-registration-ru"), library, COMPLAINT_RU, seed=1)
    steps = [s for s, _ in _client(conv)]
    assert "explanation_believed" in steps
    assert "explanation_deadline" in _misinformed(conv)
    assert "спасибо" not in _client(conv)[-1][1].lower()


def test_explanation_thirty_days_still_thanks_ru(library):  # must-not
    answers = list(COMPLAINT_RU)
    answers[3] = answers[3].replace("восьми рабочих дней", "30 дней")
    conv = play_answers(library.get("complaint-registration-ru"), library, answers, seed=1)
    assert "explanation_believed" not in [s for s, _ in _client(conv)]
    assert "спасибо" in _client(conv)[-1][1].lower()


# -- 2. the allowance paid on while the vaie is pending --------------------------------------------------------------

SUSPENSION_WRONG_ET = [
    "Kui esitate vaide, makstakse toetust edasi seni, kuni vaie on läbi vaadatud.",
    "Vaide ajal jätkame puudetoetuse maksmist, nii et raha ei katke.",
    "Toetuse maksmine jätkub, kuni vaie on lahendatud.",
    "vaie peatab otsuse nii et toetus tuleb ikka edasi",
]
SUSPENSION_WRONG_RU = [
    "Пока рассматривается возражение, пособие продолжат выплачивать.",
    "Если подадите возражение, выплата пособия сохранится до решения по нему.",
    "Возражение приостанавливает решение, так что деньги будут приходить как раньше.",
    "пособие будут платить дальше пока идет рассмотрение возражения",
]
SUSPENSION_RIGHT = [
    ("Vaide esitamine ei peata otsust ega jätka toetuse maksmist.", "et"),
    ("Vaide ajal toetust edasi ei maksta; kui vaie rahuldatakse, otsustab amet uuesti.", "et"),
    ("Kas vaide ajal makstakse toetust edasi?", "et"),
    ("Vaide saate esitada 30 päeva jooksul, toetus makstakse välja 10. kuupäeval.", "et"),
    ("Возражение не приостанавливает решение, и пособие на это время не продолжают платить.", "ru"),
    ("Будут ли платить пособие, пока рассматривается возражение?", "ru"),
    ("Возражение можно подать в течение 30 дней.", "ru"),
]


@pytest.mark.parametrize("sentence", SUSPENSION_WRONG_ET)
def test_paid_on_during_vaie_is_a_claim_et(library, sentence):
    assert NO_SUSPENSION in _refs(library, sentence, "et")


@pytest.mark.parametrize("sentence", SUSPENSION_WRONG_RU)
def test_paid_on_during_vaie_is_a_claim_ru(library, sentence):
    assert NO_SUSPENSION in _refs(library, sentence, "ru")


@pytest.mark.parametrize("sentence, lang", SUSPENSION_RIGHT)
def test_vaie_no_suspension_right_is_no_claim(library, sentence, lang):  # must-not
    assert NO_SUSPENSION not in _refs(library, sentence, lang)


CRISIS = [
    "Tere! Sotsiaalkindlustusamet, Maris kuuleb. Kuidas saan aidata?",
    "Kuulen, et Teil on väga raske. Küsin otse: kas Te mõtlete endale midagi teha?",
    "Te ei pea sellega üksi olema. Kui tunnete, et võite endale midagi teha, helistage kohe 112. Kas on keegi – "
    "lähedane või perearst –, kellega saaksite täna rääkida?",
    "Otsust saab vaidlustada: vaide saate esitada 30 päeva jooksul. Kuni vaie on lahendamata, makstakse "
    "puudetoetust Teile edasi. Kas see on arusaadav?",
    "Hoidke ennast, head aega!",
]


def test_crisis_caller_believes_payment_goes_on(library):
    conv = play_answers(library.get("crisis-suicidal-et"), library, CRISIS, seed=1)
    assert "paid_on" in _misinformed(conv)
    step, text = _client(conv)[-1]
    assert step == "wrap_believed"
    assert "aitäh" not in text.lower()


def test_crisis_right_appeal_still_ends_on_wrap(library):  # must-not
    answers = list(CRISIS)
    answers[3] = ("Otsust saab vaidlustada: vaide saate esitada 30 päeva jooksul. Vaide ajal toetust edasi ei maksta, "
                  "see tuleb alles siis, kui otsust muudetakse. Kas see on arusaadav?")
    conv = play_answers(library.get("crisis-suicidal-et"), library, answers, seed=1)
    assert "paid_on" not in _misinformed(conv)
    assert _client(conv)[-1][0] == "wrap"


# -- 3. instalments denied ------------------------------------------------------------------------------------------

INSTALMENTS_WRONG_RU = [
    "Рассрочку, к сожалению, мы не даём.",
    "Частями вернуть нельзя, только одной суммой.",
    "Платить по частям не получится, сумму нужно внести одним платежом.",
    "возможности рассрочки нет всю сумму надо сразу",
    "Такой долг законом не разрешено возвращать частями.",
]
INSTALMENTS_WRONG_ET = [
    "Osadeks maksta kahjuks ei saa.",
    "Tagasinõuet ei ole võimalik osamaksetena tasuda, summa tuleb maksta korraga.",
    "maksegraafikut me ei tee kogu summa tuleb uhe maksega ara maksta",
    "Järelmaksu sellele summale ei anta.",
]
INSTALMENTS_RIGHT = [
    ("Рассрочка возможна: напишите ходатайство о графике платежей.", "ru"),
    ("Частями можно, всю сумму сразу платить не нужно.", "ru"),
    ("Не обязательно платить одним платежом, можно договориться о рассрочке.", "ru"),
    ("Можно ли вернуть частями? Да, можно.", "ru"),
    ("Osadeks saab maksta, kui esitate maksegraafiku taotluse.", "et"),
    ("Kogu summat ei pea korraga maksma, osamaksed on võimalikud.", "et"),
    ("Kas osadeks maksta saab? Jah, saab.", "et"),
]


@pytest.mark.parametrize("sentence", INSTALMENTS_WRONG_RU)
def test_instalments_denied_is_a_claim_ru(library, sentence):
    assert INSTALMENTS in _refs(library, sentence, "ru")


@pytest.mark.parametrize("sentence", INSTALMENTS_WRONG_ET)
def test_instalments_denied_is_a_claim_et(library, sentence):
    assert INSTALMENTS in _refs(library, sentence, "et")


@pytest.mark.parametrize("sentence, lang", INSTALMENTS_RIGHT)
def test_instalments_offered_is_no_claim(library, sentence, lang):  # must-not
    assert INSTALMENTS not in _refs(library, sentence, lang)


def test_instalments_denied_gate_ru(library):
    reply = "Частями платить нельзя, сумму нужно вернуть одним платежом."
    assert _gated(scenario_criterion(library, "overpayment-recovery-ru", "knowledge_values", reply))


def test_instalments_offered_passes_gate_ru(library):  # must-not
    reply = "Всю сумму сразу платить не нужно: можно договориться о рассрочке и платить частями."
    assert scenario_criterion(library, "overpayment-recovery-ru", "instalments_offered", reply)["result"] == "pass"
    assert not _gated(scenario_criterion(library, "overpayment-recovery-ru", "knowledge_values", reply))


def test_paid_on_gate_et(library):
    reply = "Vaide saate esitada 30 päeva jooksul ja vaide ajal makstakse puudetoetust edasi."
    assert _gated(scenario_criterion(library, "disability-refusal-angry-et", "knowledge_values", reply))


OVERPAY_RU = [
    "Здравствуйте! Департамент социального страхования, Мария. Чем могу помочь?",
    "Понимаю, письмо неприятное. Назовите, пожалуйста, личный код и место рождения.",
    "Спасибо. Я говорю с Ириной Смирновой? Сын закончил учёбу в августе, а пособие ещё выплачивали: после 19 лет его "
    "платят только во время учёбы. Понятно?",
    "К сожалению, рассрочки нет: сумму нужно вернуть одним платежом. Если не согласны с решением, возражение можно "
    "подать в течение 30 дней.",
    "Спасибо за звонок, до свидания!",
]


def test_overpayment_lump_sum_believed(library):
    conv = play_answers(library.get("overpayment-recovery-ru"), library, OVERPAY_RU, seed=1)
    assert "no_instalments" in _misinformed(conv)
    steps = [s for s, _ in _client(conv)]
    assert "money_again" not in steps
    assert "спасибо" not in _client(conv)[-1][1].lower()


OVERPAY_ET = [
    "Tere! Sotsiaalkindlustusamet, Maris kuuleb.",
    "Saan aru, et kiri oli ebameeldiv. Palun öelge oma isikukood ja sünnikoht.",
    "Aitäh. Kas räägin Irina Smirnovaga? Poeg lõpetas augustis õpingud, aga lapsetoetust maksti edasi: pärast 19. "
    "eluaastat makstakse seda ainult õppimise ajal. Kas see on arusaadav?",
    "Kahjuks osadeks maksta ei saa, kogu summa tuleb tasuda korraga. Kui Te otsusega ei nõustu, saate esitada vaide "
    "30 päeva jooksul.",
    "Aitäh, head aega!",
]


def test_overpayment_lump_sum_believed_et(library):
    conv = play_answers(library.get("overpayment-recovery-et"), library, OVERPAY_ET, seed=1)
    assert "no_instalments" in _misinformed(conv)
    assert "aitäh" not in _client(conv)[-1][1].lower()


# -- the scenarios' signals read the knowledge claims alike ---------------------------------------------------------

@pytest.mark.parametrize("scenario, signal, ref", [
    ("crisis-suicidal-et", "paid_on", NO_SUSPENSION),
    ("overpayment-recovery-ru", "no_instalments", INSTALMENTS),
    ("overpayment-recovery-et", "no_instalments", INSTALMENTS),
])
def test_signal_equals_knowledge_claims(library, scenario, signal, ref):
    sc = library.get(scenario)
    fact = next(f for f in library.value_facts if f.ref == ref and f.language == sc.language)
    assert tuple(sc.signals[signal]) == tuple(fact.wrong)
