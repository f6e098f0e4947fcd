"""New-user batches 67 and 68 (live67, live68): three wrong facts no gate caught, on sentences written for these tests.

1. the disagreement with a decision sent to the Chancellor of Justice (õiguskantsler), or the Chancellor said to
   review, annul or change the agency's decision: a knowledge claim of `complaints-and-requests.decision_appeal_body`
   (et, ru). The client files a vaie with the agency itself within 30 days (ska-facts.md, Deadlines); the vaie told,
   the Chancellor denied as an appeal body, the Chancellor on another matter or as the client's own route for a breach
   of rights stay right.
2. the outcome of an appeal promised with the agent's own certainty in the first person ("selles olen ma kindel",
   «в этом я уверена"): `promises.is_promise` (et, ru); "ma ei ole kindel", «я не уверена», a question and coping
   said with certainty ("olen kindel, et saate sellega hakkama") are none.
3. the pension certificate said to be given only at "our service" (the office by another name than
   "klienditeenindus"): a knowledge claim of `pension-payment.pension_certificate`; the self-service named, the office
   as another way and the office named without "only" stay right.

Each fails a gate (knowledge_values, no_promise) and the result names the misinformation with the quoted words in the
trainee's language.
"""

from __future__ import annotations

import pytest
from scoring_support import scenario_reply_result, wrong_claim_refs

from trainer.scoring.promises import is_promise
from trainer.scoring.score import failed_criteria
from trainer.simulation.library import load_library

APPEAL = "complaints-and-requests.decision_appeal_body"
CERTIFICATE = "pension-payment.pension_certificate"


@pytest.fixture(scope="module")
def library():
    return load_library()


# -- 1. the decision taken to the Chancellor of Justice -----------------------------------------------------------

APPEAL_WRONG = [
    ("et", "Kui otsus ei meeldi, pöörduge õiguskantsleri poole – tema saab otsuse tühistada."),
    ("et", "Otsuse vaidlustamiseks kirjutage õiguskantslerile."),
    ("et", "Õiguskantsler vaatab Teie otsuse läbi ja vajadusel muudab seda."),
    ("et", "Vaide saate saata õiguskantslerile, see on tasuta."),
    ("et", "otsusega mittenõustumisel tuleb pöörduda õiguskantsleri poole"),
    ("et", "Kui Te otsusega ei nõustu, pöörduge õiguskantsleri poole."),
    ("ru", "Если Вы не согласны с решением, обратитесь к канцлеру юстиции – он может его отменить."),
    ("ru", "Канцлер юстиции пересмотрит решение Департамента."),
    ("ru", "Возражение на решение подайте канцлеру юстиции."),
    ("ru", "чтобы оспорить решение напишите канцлеру юстиции"),
    ("ru", "Если Вы не согласны с решением, обратитесь к канцлеру юстиции."),
]
APPEAL_RIGHT = [
    ("et", "Kui Te otsusega ei nõustu, esitage vaie Sotsiaalkindlustusametile 30 päeva jooksul."),
    ("et", "Otsusega mittenõustumine – vaie meile, 30 päeva."),
    ("et", "Vaideotsuse peale saab pöörduda halduskohtusse."),
    ("et", "Õiguskantsler ameti otsust ei tühista, selleks on vaie."),
    ("et", "Õiguskantsler leidis, et maksepäeva muudatus on seaduslik."),
    ("et", "Kui leiate, et amet rikkus Teie õigusi, võite pöörduda ka õiguskantsleri poole."),
    ("et", "Kas pöördusite juba õiguskantsleri poole?"),
    ("et", "Kui Te otsusega ei nõustu, esitage vaie meile; õiguskantsleri poole võite pöörduda, kui amet rikkus Teie õigusi."),
    ("ru", "Если Вы не согласны с решением, подайте возражение в Департамент в течение 30 дней."),
    ("ru", "Канцлер юстиции не отменяет решения Департамента, для этого есть возражение."),
    ("ru", "Канцлер юстиции признал изменение дня выплаты законным."),
    ("ru", "возражение нам в течение 30 дней"),
    ("ru", "Если Вы не согласны с решением, подайте возражение нам, а не канцлеру юстиции."),
]


@pytest.mark.parametrize("lang, sentence", APPEAL_WRONG)
def test_the_chancellor_as_the_appeal_body_is_a_wrong_claim(library, lang, sentence):
    assert APPEAL in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("lang, sentence", APPEAL_RIGHT)
def test_the_vaie_to_the_agency_or_the_chancellor_elsewhere_stays_right(library, lang, sentence):
    assert APPEAL not in wrong_claim_refs(library, sentence, lang)


# -- 2. the outcome promised with "I am sure" ---------------------------------------------------------------------

PROMISED = [
    ("et", "Esitage vaie ja puue tuleb tagasi, selles olen ma täiesti kindel."),
    ("et", "Kui vaide saadate, siis toetust hakatakse jälle maksma, ma olen kindel."),
    ("et", "Olen kindel, et otsus muudetakse Teie kasuks."),
    ("ru", "Подайте возражение, и инвалидность Вам восстановят, в этом я уверена."),
    ("ru", "Я уверен: пособие снова начнут платить."),
    ("ru", "Уверена, что решение изменят."),
]
NOT_PROMISED = [
    ("et", "Ma ei ole kindel, kas otsus muutub; selle otsustab ekspert."),
    ("et", "Olen kindel, et saate sellega hakkama."),
    ("et", "Kas olete kindel, et soovite vaide esitada?"),
    ("et", "Vaide saate esitada 30 päeva jooksul, tulemust ma lubada ei saa."),
    ("ru", "Я не уверена, что решение изменят, решает эксперт."),
    ("ru", "Вы уверены, что хотите подать возражение?"),
    ("ru", "Возражение можно подать в течение 30 дней, результат я обещать не могу."),
]


@pytest.mark.parametrize("lang, sentence", PROMISED)
def test_i_am_sure_promises_the_outcome(lang, sentence):
    assert is_promise(sentence, lang)


@pytest.mark.parametrize("lang, sentence", NOT_PROMISED)
def test_doubt_a_question_or_encouragement_promises_nothing(lang, sentence):
    assert not is_promise(sentence, lang)


# -- 3. the certificate only at "our service" ---------------------------------------------------------------------

CERTIFICATE_WRONG = [
    ("et", "Pensionitõendi saate ainult meie teenindusest, tulge kohale."),
    ("et", "Tõendit annab ainult esindus, isikut tõendava dokumendiga."),
]
CERTIFICATE_RIGHT = [
    ("et", "Tõendi saate ise iseteenindusest alla laadida."),
    ("et", "Tõendi saate iseteenindusest või meie teenindusest."),
    ("et", "Kui iseteenindus ei sobi, saate tõendi ka teenindusest."),
    ("et", "Tõendi saab iseteenindusest, ainult ID-kaardi, mobiil-ID või Smart-ID-ga."),
]


@pytest.mark.parametrize("lang, sentence", CERTIFICATE_WRONG)
def test_the_certificate_only_at_the_office_is_a_wrong_claim(library, lang, sentence):
    assert CERTIFICATE in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("lang, sentence", CERTIFICATE_RIGHT)
def test_the_self_service_or_the_office_as_another_way_stays_right(library, lang, sentence):
    assert CERTIFICATE not in wrong_claim_refs(library, sentence, lang)


# -- the gates and their records ----------------------------------------------------------------------------------

@pytest.mark.parametrize("scenario, reply, gate, quoted", [
    ("complaint-registration-et", "Otsusega mittenõustumisel kirjutage õiguskantslerile, tema saab otsuse tühistada.",
     "knowledge_values", "õiguskantslerile"),
    ("complaint-registration-ru", "Если не согласны с решением, обратитесь к канцлеру юстиции, он отменит решение.",
     "knowledge_values", "канцлеру юстиции"),
    ("crisis-suicidal-et", "Esitage vaie ja puue taastatakse, selles olen ma kindel.", "no_promise", "olen ma kindel"),
    ("crisis-suicidal-ru", "Подайте возражение, и инвалидность восстановят, в этом я уверена.", "no_promise",
     "я уверена"),
    ("invalid-code-et", "Pensionitõendi saate ainult meie teenindusest, tulge kohale.", "knowledge_values",
     "ainult meie teenindusest"),
])
def test_the_gate_fails_and_names_the_words(library, scenario, reply, gate, quoted):
    result = scenario_reply_result(library, scenario, reply)
    assert gate in failed_criteria(result)
    assert gate in (result.get("gate_failures") or [])
    feedback = next(c["feedback"] for c in result["criteria"] if c["id"] == gate)
    assert quoted in feedback
