"""New-user batch 54 (live54) wrong facts and believed wrong answers, on sentences written for these tests.

1. The early old-age pension said to be recalculated to the full amount (the cut to vanish) at pension age
   (early-or-later-retirement-et wrong): the 0.4 % a month cut stays for life. A knowledge claim of
   old-age-pension.early_retirement_years (et, ru; read by knowledge_values in every scenario) and the scenario's
   early_is_smaller gate; the client believes it and parts without thanks (`wrap_believed`).
2. A payment returned by the bank to the Board ("pank saadab selle meile tagasi", pension-late-et good) is no
   claim of account-and-residence.bank_account_change (the bank passing the new account number on by itself).
3. "The bank transfer takes up to three working days, wait until Friday" (pension-late-et wrong) is the bank delay
   the client believes: it waits (`bank_wait`) instead of asking again "why is the money not there".
"""

from __future__ import annotations

import pytest
from scoring_support import scenario_criterion, wrong_claim_refs

from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library

EARLY = "old-age-pension.early_retirement_years"
ACCOUNT = "account-and-residence.bank_account_change"


@pytest.fixture(scope="module")
def library():
    return load_library()


def _gated(verdict: dict) -> bool:
    """Failed as a gate on something wrong said."""
    return verdict["result"] == "fail" and bool(verdict.get("gate_failed")) and bool(verdict.get("misinforms"))


def _client(conv):
    return [(t.get("step"), t["text"]) for t in conv.turns if t["role"] == "client"]


def _misinformed(conv):
    return [m["id"] for m in conv.state.get("misinformed", [])]


# -- 1. the early pension raised back to the full amount at pension age ----------------------------------------------

EARLY_WRONG_ET = [
    "Varem minnes on pension küll väiksem, aga pensioniea täitudes arvutatakse see ümber täissummas.",
    "Ennetähtaegne pension muutub pensioniikka jõudes täispensioniks, nii et Te ei kaota midagi.",
    "Ennetähtaegse pensioni vähendus kaob ära, kui pensioniiga kätte jõuab.",
    "ennetahtaegne pension on alguses vaiksem aga kui pensioniiga kaes arvutatakse see taies summas umber",
    "Ennetähtaegselt minnes makstakse vähendatud pensioni, aga pensionieas kaob vähendus ära ja saate täispensioni.",
]
EARLY_WRONG_RU = [
    "Досрочная пенсия сначала меньше, но при достижении пенсионного возраста её пересчитают до полной.",
    "Уменьшение досрочной пенсии временное: с пенсионного возраста Вы будете получать полную сумму.",
    "При досрочной пенсии уменьшение действует только до пенсионного возраста, потом оно снимается.",
    "досрочная пенсия потом автоматически увеличится до полного размера когда наступит пенсионный возраст",
]
EARLY_RIGHT_ET = [
    "Ennetähtaegne pension jääb kogu eluks väiksemaks, pensioniikka jõudes seda täissummale ümber ei arvutata.",
    "Ennetähtaegse pensioni vähendus ei kao ka pensioniea saabudes, see jääb alles.",
    "Kui ootate pensioniea ära, saate täispensioni; ennetähtaegne pension on kogu eluks väiksem.",
    "Kas ennetähtaegne pension arvutatakse pensioniikka jõudes täissummale ümber? Ei, ei arvutata.",
    "Ennetähtaegselt saab minna kuni viis aastat enne pensioniiga.",
    "Pensioni arvutatakse igal aastal aprillis ümber, seda nimetatakse indekseerimiseks.",
]
EARLY_RIGHT_RU = [
    "Уменьшение досрочной пенсии сохраняется пожизненно, при достижении пенсионного возраста её не пересчитывают.",
    "Досрочная пенсия останется меньше пожизненно, до полной её не повысят.",
    "Если дождётесь пенсионного возраста, получите полную пенсию без уменьшения, а досрочная останется меньше.",
    "Выйти на досрочную пенсию можно не раньше чем за 5 лет до пенсионного возраста.",
]


@pytest.mark.parametrize("sentence", EARLY_WRONG_ET)
def test_early_raised_back_is_a_claim_et(library, sentence):
    assert EARLY in wrong_claim_refs(library, sentence, "et")


@pytest.mark.parametrize("sentence", EARLY_WRONG_RU)
def test_early_raised_back_is_a_claim_ru(library, sentence):
    assert EARLY in wrong_claim_refs(library, sentence, "ru")


@pytest.mark.parametrize("sentence", EARLY_RIGHT_ET)
def test_early_cut_for_life_is_no_claim_et(library, sentence):  # must-not: right, negated, question, unrelated
    assert EARLY not in wrong_claim_refs(library, sentence, "et")


@pytest.mark.parametrize("sentence", EARLY_RIGHT_RU)
def test_early_cut_for_life_is_no_claim_ru(library, sentence):
    assert EARLY not in wrong_claim_refs(library, sentence, "ru")


@pytest.mark.parametrize("reply", EARLY_WRONG_ET[:4])
def test_early_raised_back_fails_the_scenario_gate(library, reply):
    assert _gated(scenario_criterion(library, "early-or-later-retirement-et", "early_is_smaller", reply))


@pytest.mark.parametrize("reply", EARLY_RIGHT_ET[:3])
def test_early_cut_for_life_passes_the_scenario_gate(library, reply):  # must-not (one names no right phrase)
    assert not _gated(scenario_criterion(library, "early-or-later-retirement-et", "early_is_smaller", reply))


EARLY_CALL = [
    "Tere! Sotsiaalkindlustusamet, Kati kuuleb. Kuidas saan Teid aidata?",
    "Saan aru, et töö on raske. Otsuse teete Teie, aga aitan valikud läbi käia. Mis aastal olete sündinud?",
    "Ennetähtaegselt saab minna kuni viis aastat enne pensioniiga. Pension on siis alguses väiksem, aga kui "
    "pensioniiga kätte jõuab, arvutatakse see täissummale ümber. Kas see on arusaadav?",
    "Kui lükkate pensioni edasi, on see hiljem suurem. Kas on veel küsimusi?",
    "Selja pärast võite taotleda Töötukassast töövõime hindamist, infotelefon 15501. Kokkuvõtteks: varem saab, "
    "hiljem on suurem. Kas sellest oli abi?",
    "Aitäh, et helistasite!",
]


def test_early_raised_back_believed_to_the_end(library):
    conv = play_answers(library.get("early-or-later-retirement-et"), library, EARLY_CALL, seed=1)
    assert "wrong_early" in _misinformed(conv)
    step, text = _client(conv)[-1]
    assert step == "wrap_believed"
    assert "aitäh" not in text.lower()


def test_right_early_rule_still_ends_grateful(library):
    answers = list(EARLY_CALL)
    answers[2] = ("Ennetähtaegselt saab minna kuni viis aastat enne pensioniiga, aga siis jääb pension kogu eluks "
                  "väiksemaks. Kas see on arusaadav?")
    conv = play_answers(library.get("early-or-later-retirement-et"), library, answers, seed=1)
    assert "wrong_early" not in _misinformed(conv)
    assert _client(conv)[-1][0] == "wrap"


# -- 2. a returned payment is no account-number claim -----------------------------------------------------------------

@pytest.mark.parametrize("sentence, lang", [
    ("Makse läks vanale kontole, mis on suletud, nii et pank saadab raha meile tagasi.", "et"),
    ("Suletud kontole raha ei jõua, pank kannab selle meile tagasi ja me maksame uuele kontole.", "et"),
    ("Konto oli kinni, seega saatis pank makse meile tagasi.", "et"),
    ("Платёж ушёл на закрытый счёт, и банк вернёт деньги нам обратно.", "ru"),
    ("Счёт закрыт, поэтому банк отправит платёж обратно нам.", "ru"),
])
def test_returned_payment_is_no_account_claim(library, sentence, lang):  # must-not
    assert ACCOUNT not in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("sentence, lang", [
    ("Pank saadab Teie uue kontonumbri meile ise.", "et"),
    ("Teie uus pank edastab kontonumbri meile automaatselt.", "et"),
    ("Новый банк сам передаст нам номер счёта.", "ru"),
])
def test_bank_passing_the_account_on_still_a_claim(library, sentence, lang):
    assert ACCOUNT in wrong_claim_refs(library, sentence, lang)


# -- 3. "the bank takes days, wait until Friday" believed -----------------------------------------------------------

LATE = ["Tere, Sotsiaalkindlustusamet, Liis kuuleb.", "Mõistan, et see teeb muret. Palun öelge oma isikukood.",
        "Aitäh. Pension maksti 7. detsembril, sest 5. detsember oli laupäev ja siis makstakse järgmise kahe tööpäeva "
        "jooksul."]


@pytest.mark.parametrize("reply", [
    "Pangaülekanne võib pärast maksepäeva kesta kuni kolm tööpäeva, nii et oodake rahulikult.",
    "Pankadevahelised ülekanded võtavad tihti aega, isegi kaks-kolm päeva, nii et muretseda pole vaja.",
    "Pangal kulub sageli veel paar tööpäeva. Palun oodake rahulikult neljapäevani.",
    "raha on teel oodake reedeni siis on see kontol",
])
def test_bank_takes_days_is_believed(library, reply):
    conv = play_answers(library.get("pension-late-et"), library, [*LATE, reply, "Head aega!"], seed=1)
    assert "bank_delay" in _misinformed(conv)
    steps = [s for s, _ in _client(conv)]
    assert "explain_again" not in steps
    assert steps[-1] == "bank_wait"
    assert "aitäh" not in _client(conv)[-1][1].lower()


@pytest.mark.parametrize("reply", [
    "Pangaülekanne ei võta mitte kolm tööpäeva, raha jõuab kontole samal päeval. Kas olete kontot vahetanud?",
    "Ärge oodake reedeni: raha pidi olema kontol juba eile, kontrollime Teie kontonumbrit.",
    "Kui raha kolme tööpäeva jooksul ei laeku, on midagi valesti – kas Teie kontonumber on sama?",
])
def test_refuted_bank_delay_not_believed(library, reply):  # must-not
    conv = play_answers(library.get("pension-late-et"), library, [*LATE, reply], seed=1)
    assert "bank_delay" not in _misinformed(conv)
