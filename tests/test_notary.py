"""Issue #10, batches 73-74: "only a notarised authorisation is accepted" passed at first sight in two scenarios
(neighbour-data-et: a volikiri "mis on kindlasti notari juures kinnitatud", a simple signed one "amet ei aktsepteeri";
daughter-for-mother-et: a written one "ka digiallkirjaga, meile ei sobi"). A written authorisation signed digitally or
by hand is enough; notarised is one option. The wrong rule is a claim of personal-data.authorisation, which every
third-party scenario references, so the knowledge_values gate fails it and names the fact; sentences written for
these tests, Estonian and Russian, with and without diacritics, and the right ones that must keep passing."""

from __future__ import annotations

import pytest
from scoring_support import scenario_criterion, wrong_claim_refs

from trainer.simulation.library import load_library

REF = "personal-data.authorisation"


@pytest.fixture(scope="module")
def library():
    return load_library()


def _third_party(library, lang: str) -> list[str]:
    return sorted(s.id for s in library.scenarios.values()
                  if s.language == lang and REF in (s.reference or ()))


WRONG_ET = [
    "Teil on vaja volikirja, mis on tingimata notaris kinnitatud, muidu ma midagi ei ütle.",
    "Lihtsast allkirjastatud volikirjast meile kahjuks ei piisa.",
    "Kirjalik volikiri ei ole piisav, selle peab notar kinnitama.",
    "Digiallkirjaga volikirja me vastu ei võta, ainult notariaalset.",
    "Amet ei aktsepteeri tavalist kirjalikku volikirja.",
    "Volikiri tuleb vormistada notari juures.",
    "Notariaalne volikiri on ainus, mis meile sobib.",
    "Me tunnistame ainult notari tõestatud volikirja.",
    "kasitsi allkirjastatud volikiri meile ei sobi, vaja on notariaalset",  # typed without diacritics
    "Kehtib ainult notari kinnitatud volikiri, tavaline ei kehti.",
]
WRONG_RU = [
    "Простая письменная доверенность, к сожалению, не подойдёт.",
    "Доверенность, подписанная от руки, недостаточна: нужна нотариальная.",
    "Мы не принимаем доверенность с цифровой подписью.",
    "Мы оформляем данные только по доверенности, заверенной у нотариуса.",
    "Доверенность должна быть удостоверена у нотариуса.",
    "Принимаем только нотариальную доверенность.",
    "Доверенность с электронной подписью не принимается, только у нотариуса.",
    "Засчитываем только нотариальную доверенность, обычная не подойдёт.",
]
RIGHT_ET = [
    "Volikiri võib olla ka notariaalne.",
    "Notariaalne volikiri sobib samuti.",
    "Sobib kirjalik volikiri: digiallkirjaga, paberil käsitsi allkirjastatud või ka notariaalne.",
    "Notarisse minema ei pea, piisab ema allkirjaga volikirjast.",
    "Allkirjastamata volikiri ei sobi.",
    "Volikirja pildist e-postiga ei piisa, originaal saatke posti teel.",
    "Tavalisest e-kirjast ei piisa, volikiri peab olema allkirjastatud.",
    "Suulisest loast ei piisa, vaja on kirjalikku volikirja.",
    "Meil ei ole vaja ainult notariaalset volikirja, sobib ka kirjalik.",
]
RIGHT_RU = [
    "Можно и нотариальную доверенность.",
    "Подойдёт письменная доверенность с цифровой подписью, от руки или нотариальная.",
    "Нотариальная доверенность не обязательна.",
    "Фото доверенности по электронной почте не подойдёт, пришлите оригинал.",
    "Доверенность без подписи мы не принимаем.",
    "Мы принимаем не только нотариальную доверенность, но и письменную.",
    "Подойдёт и нотариальная доверенность, письменная тоже годится.",
    "Устного согласия недостаточно, нужна письменная доверенность.",
]


def _gated(verdict: dict) -> bool:
    return verdict["result"] == "fail" and bool(verdict.get("gate_failed")) and bool(verdict.get("misinforms"))


@pytest.mark.parametrize("lang, reply", [("et", r) for r in WRONG_ET] + [("ru", r) for r in WRONG_RU])
def test_notary_only_is_a_wrong_claim(library, lang, reply):
    assert REF in wrong_claim_refs(library, reply, lang)


@pytest.mark.parametrize("lang, reply", [("et", r) for r in RIGHT_ET] + [("ru", r) for r in RIGHT_RU])
def test_signed_or_notarised_option_is_right(library, lang, reply):
    assert REF not in wrong_claim_refs(library, reply, lang)


@pytest.mark.parametrize("lang, reply", [("et", WRONG_ET[0]), ("et", WRONG_ET[4]), ("ru", WRONG_RU[0]), ("ru", WRONG_RU[2])])
def test_every_third_party_scenario_gates(library, lang, reply):
    scenarios = _third_party(library, lang)
    assert scenarios
    for scenario in scenarios:
        verdict = scenario_criterion(library, scenario, "knowledge_values", reply)
        assert _gated(verdict), (scenario, verdict)


@pytest.mark.parametrize("lang, reply", [("et", RIGHT_ET[0]), ("et", RIGHT_ET[1]), ("ru", RIGHT_RU[0])])
def test_notarised_as_option_passes_everywhere(library, lang, reply):
    for scenario in _third_party(library, lang):
        assert scenario_criterion(library, scenario, "knowledge_values", reply)["result"] == "pass", scenario
