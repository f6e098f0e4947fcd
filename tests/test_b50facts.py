"""New-user batch 50 (live50) wrong facts that passed or failed by points only, on sentences written for these tests.

1. An authorisation said to have to be notarised, a signed paper not enough (daughter-for-mother-et: "on vaja
   notariaalset volikirja", "ilma notariaalse volikirjata ... ei saa", "allkirjaga paberist ei piisa"): a written
   authorisation signed digitally or by hand is enough; a knowledge claim of personal-data.authorisation, read by
   the knowledge_values gate.
2. The living-alone allowance's pension limit said to be the average old-age pension (~860 €), or another sum
   (living-alone-chat-et, pensioner-alone-ru): the limit is 1.2 × the average old-age pension (about 1032 €); claims
   of pensioner-living-alone.conditions.
3. The client's case said to be suspended (or not processed) because of his abuse, until he apologises
   (abusive-caller-et/-ru): abuse ends the call, never the client's case; claims of
   crisis-and-safety.abuse_does_not_stop_case.
"""

from __future__ import annotations

import pytest
from scoring_support import scenario_criterion, wrong_claim_refs

from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library()


def _gated(verdict: dict) -> bool:
    """Failed as a gate on something wrong said (not on nothing answered in a one-reply transcript)."""
    return verdict["result"] == "fail" and bool(verdict.get("gate_failed")) and bool(verdict.get("misinforms"))


def _kv(library, scenario: str, reply: str) -> dict:
    return scenario_criterion(library, scenario, "knowledge_values", reply)


# -- 1. only a notarised authorisation ---------------------------------------------------------------------------------

NOTARY_ONLY = [
    ("daughter-for-mother-et", "Ema esindamiseks on Teil vaja notariaalset volikirja, mujal seda teha ei saa."),
    ("daughter-for-mother-et", "Ilma notariaalse volikirjata me ema pensioni kohta midagi öelda ei saa."),
    ("daughter-for-mother-et", "Käsitsi allkirjastatud paberist meile kahjuks ei piisa."),
    ("daughter-for-mother-et", "Tavaline allkirjaga volikiri ei kehti, notar peab selle kinnitama."),
    ("daughter-for-mother-et", "Vaja läheb notaris kinnitatud volikirja, emal tuleb notar haiglasse kutsuda."),
    ("daughter-for-mother-et", "Volikiri tuleb kinnitada notari juures."),
    ("third-party-son-ru", "Для этого нужна нотариальная доверенность от мамы."),
    ("third-party-son-ru", "Без нотариальной доверенности мы ничего сообщить не можем."),
    ("third-party-son-ru", "Доверенность должна быть нотариально заверена."),
    ("third-party-son-ru", "Подписанной от руки бумаги, к сожалению, недостаточно."),
]


@pytest.mark.parametrize("scenario, reply", NOTARY_ONLY)
def test_notary_only_gates(library, scenario, reply):
    verdict = _kv(library, scenario, reply)
    assert _gated(verdict), verdict
    assert "personal-data.authorisation" in wrong_claim_refs(library, reply, library.get(scenario).language)


@pytest.mark.parametrize("scenario, reply", [
    ("daughter-for-mother-et", "Notariaalselt kinnitatud volikiri sobib samuti."),
    ("daughter-for-mother-et", "Volikiri võib olla digitaalselt või käsitsi allkirjastatud, võib olla ka notariaalne."),
    ("daughter-for-mother-et", "Notariaalset volikirja pole vaja, piisab ema allkirjast paberil."),
    ("daughter-for-mother-et", "Volikiri ei pea olema notariaalne."),
    ("daughter-for-mother-et", "Ilma volikirjata ma ema andmeid anda ei saa."),
    ("daughter-for-mother-et", "Volikirja fotost e-kirjaga ei piisa, originaal tuleb saata posti teel."),
    ("daughter-for-mother-et", "Allkirjata paberist ei piisa, ema peab volikirja allkirjastama."),
    ("daughter-for-mother-et", "Vaja on kirjalikku volikirja: digiallkirjaga või paberil käsitsi allkirjastatud või notariaalset."),
    ("third-party-son-ru", "Подойдёт и нотариальная доверенность, но она не обязательна."),
    ("third-party-son-ru", "Нотариальная доверенность не нужна, достаточно подписанной от руки."),
    ("third-party-son-ru", "Нужна письменная доверенность – с цифровой подписью, подписанная от руки или нотариальная."),
    ("third-party-son-ru", "Фото доверенности по электронной почте недостаточно, пришлите оригинал по почте."),
])
def test_signed_authorisation_passes(library, scenario, reply):
    assert _kv(library, scenario, reply)["result"] == "pass"


# -- 2. the living-alone allowance's pension limit ----------------------------------------------------------------------

WRONG_LIMIT = [
    ("living-alone-chat-et", "Toetust saab, kui elate üksi ja Teie pension jääb alla keskmise vanaduspensioni."),
    ("living-alone-chat-et", "Üksi elava pensionäri toetuse saamiseks peab pension olema keskmisest vanaduspensionist väiksem."),
    ("living-alone-chat-et", "Üksi elava pensionäri toetust makstakse, kui pension on alla umbes 900 euro."),
    ("living-alone-chat-et", "Kui elate üksi, on pensioni piir 860 eurot."),
    ("living-alone-chat-et", "Toetuse saab üksi elav pensionär, kelle pension ei ületa keskmist pensioni."),
    ("pensioner-alone-ru", "Пособие одиноко проживающему пенсионеру платят, если пенсия ниже средней пенсии по старости."),
    ("pensioner-alone-ru", "Если Вы живёте одна, пенсия должна быть меньше 860 евро."),
    ("pensioner-alone-ru", "Одинокий пенсионер получает пособие, если его пенсия не превышает среднюю пенсию."),
]


@pytest.mark.parametrize("scenario, reply", WRONG_LIMIT)
def test_wrong_pension_limit_gates(library, scenario, reply):
    verdict = _kv(library, scenario, reply)
    assert _gated(verdict), verdict
    assert "pensioner-living-alone.conditions" in wrong_claim_refs(library, reply, library.get(scenario).language)


@pytest.mark.parametrize("scenario, reply", [
    ("living-alone-chat-et", "Toetust saab, kui elate üksi ja Teie pension on väiksem kui 1,2-kordne keskmine vanaduspension."),
    ("living-alone-chat-et", "Üksi elava pensionäri toetuse saamiseks peab pension olema alla 1,2 korra keskmise vanaduspensioni ehk umbes 1032 euro."),
    ("living-alone-chat-et", "Kui elate üksi, on pensioni piir umbes 1030 eurot."),
    ("living-alone-chat-et", "Pension võib olla keskmisest vanaduspensionist kuni 20 protsenti suurem, kui elate üksi."),
    ("living-alone-chat-et", "Üksi elava pensionäri toetust saab, kui pension on alla tuhande kolmekümne kahe euro."),
    ("living-alone-chat-et", "Teie pension on keskmisest väiksem, seega see tingimus on täidetud, kui elate üksi."),
    ("living-alone-chat-et", "Teie pension on alla 700 euro, see on piirist väiksem."),
    ("pensioner-alone-ru", "Пособие одиноко проживающему пенсионеру платят, если пенсия меньше 1,2-кратной средней пенсии по старости."),
    ("pensioner-alone-ru", "Если Вы живёте одна, пенсия должна быть меньше примерно 1032 евро."),
    ("pensioner-alone-ru", "Одинокий пенсионер получает пособие, если пенсия ниже средней пенсии, умноженной на 1,2."),
])
def test_right_pension_limit_passes(library, scenario, reply):
    assert _kv(library, scenario, reply)["result"] == "pass"


# -- 3. the client's case suspended for his abuse ----------------------------------------------------------------------

CASE_SUSPENDED = [
    ("abusive-caller-et", "Sõimamise tõttu jätame Teie pensioniasja ootele, kuni Te kirjalikult vabandate."),
    ("abusive-caller-et", "Kuna Te solvate, Teie taotlust praegu ei menetleta."),
    ("abusive-caller-et", "Teie asja menetlemine peatatakse, kuni esitate kirjaliku vabanduse."),
    ("abusive-caller-ru", "Из-за Ваших оскорблений рассмотрение Вашего заявления приостанавливается до письменных извинений."),
    ("abusive-caller-ru", "Пока Вы не извинитесь письменно, Ваше дело рассматриваться не будет."),
]


@pytest.mark.parametrize("scenario, reply", CASE_SUSPENDED)
def test_case_suspended_for_abuse_gates(library, scenario, reply):
    verdict = _kv(library, scenario, reply)
    assert _gated(verdict), verdict
    assert "crisis-and-safety.abuse_does_not_stop_case" in wrong_claim_refs(library, reply,
                                                                               library.get(scenario).language)


@pytest.mark.parametrize("scenario, reply", [
    ("abusive-caller-et", "Kõne lõpetan, aga Teie pensioniasja menetlemine sellest ei peatu."),
    ("abusive-caller-et", "Teie taotlust menetletakse edasi, helistage uuesti, kui saate rahulikult rääkida."),
    ("abusive-caller-et", "Kuna sõimamine jätkub, lõpetan nüüd kõne."),
    ("abusive-caller-et", "Vabandust, et pidite ootama, Teie asi on menetluses."),
    ("abusive-caller-ru", "Я завершаю звонок, но рассмотрение Вашего дела это не остановит."),
    ("abusive-caller-ru", "Извиняться не нужно, Ваше заявление рассматривается."),
    ("abusive-caller-ru", "Так как оскорбления продолжаются, я завершаю разговор."),
])
def test_case_goes_on_passes(library, scenario, reply):
    assert _kv(library, scenario, reply)["result"] == "pass"
