"""New-user batch 51 (live51) wrong facts that passed, on sentences written for these tests.

1. The proof of life (elusolekutõend) said not to be needed for a country outside the six exempt ones (Russia,
   Belarus, Latvia, Lithuania, Moldova, Ukraine), e.g. "for the EU", in any word order and with any verb of
   needing (moving-abroad-account-ru, and its Estonian twin moving-abroad-account-et): the proof_of_life gate names
   it. The right exemptions, a question, a certificate that needs no notary and the yearly rule do not gate.
2. A late old-age pension application said to be paid back to the day the right arose "always", "regardless of
   when you apply" (pension-application-window-et): only within 3 months after the right arises; later the pension
   is paid from the application date (knowledge old-age-pension.apply_months_after). The window_after gate names it;
   the right rule does not gate.
"""

from __future__ import annotations

import pytest
from scoring_support import scenario_criterion

from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library()


def _gated(verdict: dict) -> bool:
    """Failed as a gate on something wrong said (not on nothing answered in a one-reply transcript)."""
    return verdict["result"] == "fail" and bool(verdict.get("gate_failed")) and bool(verdict.get("misinforms"))


# -- 1. the proof of life denied outside the exempt countries ---------------------------------------------------------

@pytest.mark.parametrize("scenario, reply", [
    ("moving-abroad-account-ru", "В странах Евросоюза справка о нахождении в живых не требуется, данные приходят к нам сами."),
    ("moving-abroad-account-ru", "Раз Вы будете жить в Германии, справку о жизни Вам присылать не нужно."),
    ("moving-abroad-account-ru", "Никакой справки о нахождении в живых из Германии не требуется."),
    ("moving-abroad-account-ru", "Германия – страна ЕС, поэтому не нужно представлять справку о нахождении в живых."),
    ("moving-abroad-account-ru", "Справка о нахождении в живых для жителей Германии не обязательна."),
    # "only outside the EU", the genitive plural, beside a pension that comes "to Germany"
    ("moving-abroad-account-ru", "Из Германии справку о жизни присылать не надо, она нужна только живущим вне ЕС."),
    ("moving-abroad-account-ru", "Для стран Евросоюза никаких справок не требуется."),
    ("moving-abroad-account-ru", "Коротко: пенсия будет приходить в Германию, справки не нужны."),
    ("moving-abroad-account-et", "Euroopa Liidu riikides elades elusolekutõendit ei nõuta, andmed tulevad meile ise."),
    ("moving-abroad-account-et", "Kuna Soome on ELi riik, ei ole elusolekutõendit Teil vaja saata."),
])
def test_no_proof_of_life_outside_exempt_countries_gates(library, scenario, reply):
    verdict = scenario_criterion(library, scenario, "proof_of_life", reply)
    assert _gated(verdict), verdict
    assert verdict.get("reason") == "wrong"


@pytest.mark.parametrize("scenario, reply", [
    # the right exemptions
    ("moving-abroad-account-ru", "Справку о нахождении в живых не нужно представлять только тем, кто живёт в России, "
                                 "Беларуси, Латвии, Литве, Молдове или Украине; из Германии её присылают раз в год."),
    ("moving-abroad-account-ru", "Для Латвии справка не нужна, а из Германии справку о нахождении в живых нужно присылать раз в год."),
    # what the certificate does not need, the yearly rule, a question
    ("moving-abroad-account-ru", "Справку о нахождении в живых не нужно заверять в Эстонии: подойдёт немецкий нотариус, "
                                 "присылать её нужно раз в год."),
    ("moving-abroad-account-ru", "Справку о нахождении в живых не нужно присылать каждый месяц, достаточно раз в год."),
    ("moving-abroad-account-ru", "Вы спрашиваете, не нужна ли справка о нахождении в живых? Нужна, раз в год."),
    ("moving-abroad-account-et", "Lätis elades elusolekutõendit ei ole vaja, Soomest tuleb elusolekutõend saata kord aastas."),
])
def test_right_exemptions_do_not_gate(library, scenario, reply):
    assert not _gated(scenario_criterion(library, scenario, "proof_of_life", reply))


# -- 2. a late pension application paid back "always" -----------------------------------------------------------------

@pytest.mark.parametrize("reply", [
    "Ka hiljem esitatud taotluse puhul makstakse pension alati tagantjärele pensioniõiguse tekkimise päevast.",
    "Pole hullu, pension makstakse ikkagi alates päevast, mil õigus tekkis, ükskõik millal taotluse esitate.",
    "Vanaduspension makstakse tagasiulatuvalt õiguse tekkimise päevast olenemata sellest, millal avalduse teete.",
    "Isegi kui esitate taotluse aasta hiljem, saate pensioni kätte tagantjärele alates pensioniea täitumise päevast.",
])
def test_late_application_always_paid_back_gates(library, reply):
    verdict = scenario_criterion(library, "pension-application-window-et", "window_after", reply)
    assert _gated(verdict), verdict
    assert verdict.get("reason") == "wrong"


@pytest.mark.parametrize("reply", [
    "Kui esitate taotluse kuni 3 kuud pärast õiguse tekkimist, makstakse pension tagantjärele õiguse tekkimise päevast.",
    "Hiljem esitades ei maksta pensioni tagantjärele, vaid alates taotluse esitamise päevast.",
    "Pension ei tule alati tagantjärele: kolme kuu jooksul esitades õiguse tekkimise päevast, hiljem taotluse esitamisest.",
    "Kas pension makstakse alati tagantjärele?",
])
def test_right_late_rule_does_not_gate(library, reply):
    assert not _gated(scenario_criterion(library, "pension-application-window-et", "window_after", reply))
