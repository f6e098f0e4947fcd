"""Client fixes of new-user batch 77 (own sentences, not the runs'):

- a run-on stuffed sentence (every stage of the call strung into one sentence of keywords) is not heard as answers
  and the client does not end thanked (`trainer.simulation.run_on`), et + ru;
- «нет это в самоуправление»: the bare «нет» before «это» negates nothing after it (`trainer.text.negation`);
- the caller knows the number to be called back on (`trainer.simulation.own_details`);
- assistive-device-rehab-ru: the walker told free of charge is believed at `cost`, not asked about again.
"""

from __future__ import annotations

import pytest

from trainer import text as tx
from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library
from trainer.simulation.own_details import asked_details
from trainer.simulation.run_on import run_on_stuffing


@pytest.fixture(scope="module")
def library():
    return load_library()


def _concepts(library, scenario_id):
    return library.concepts_for(library.get(scenario_id))


STUFFED_ET = [
    "Nagu juba ütlesin, kolimine Soome, vanaduspension, konto muutmine kirjalikult iseteeninduses Smart-ID-ga, "
    "pension Euroopa Liitu, elusolekutõend igal aastal, Soome asutuse kinnitus, peatumine ja tagantjärele maksmine, "
    "kokkuvõtteks kas on selge.",
    "Pension Soome makstakse ning konto iseteeninduses ning elusolekutõend igal aastal ja videokohtumine ja "
    "maksmise peatamine ja tagantjärele ja Euroopa Liit ja lepinguriik ja kas sai selgeks ja aitäh ja head aega.",
]
STUFFED_RU = [
    "Как уже сказано, соболезнования, сообщать не нужно, регистр народонаселения, пенсия прекращается, деньги после "
    "смерти вернуть, сумма по телефону нельзя, пособие на похороны самоуправление, волость, город, итак всё ли понятно.",
    "Регистр народонаселения и пенсия прекращается сама и декабрьская пенсия и вернуть и самоуправление и управа "
    "и пособие на похороны и сумма не по телефону и данные мамы и вам всё понятно и спасибо и всего доброго.",
]
NOT_STUFFED_ET = [
    # an unpunctuated spoken answer of whole clauses
    "selge kontonumbrit ma telefonis vastu votta ei saa sest ma ei tea kes raagib see tuleb teha kirjalikult "
    "iseteeninduses id kaardiga voi mobiil id ga voi saatke digiallkirjaga avaldus e postiga voi tulge burroosse "
    "ja kirjutage sinna uus riik aadress ja konto",
    # a recap as its own sentence, the check apart
    "Kokkuvõtteks: teatage uus konto ja kolimine kirjalikult iseteeninduses; vanaduspension makstakse Soome edasi; "
    "kord aastas saatke elusolekutõend. Kas see vastas Teie küsimusele?",
    # a short spoken recap with its goodbye
    "just nii konto kirjalikult pension tuleb soome ja kord aastas toend aitah et helistasite koike head",
    # a long list of papers, no stage of the call inside it
    "Võtke kaasa pass, arstitõend, avaldus, pangakonto number, töövõime otsus, lapse sünnitunnistus, üürileping, "
    "elukohatõend, volikiri, kõik ärakirjad, vana otsus ja kaks fotot, siis saame kõik korraga läbi vaadata.",
    # a long answer of clauses that ends on its check
    "Pension makstakse Soome edasi, sest Soome on Euroopa Liidu riik, aga kord aastas peate saatma elusolekutõendi, "
    "mille kinnitab Soome ametiasutus, ja kui see jääb saatmata, siis maksmine peatub, aga hiljem makstakse "
    "tagantjärele, kas see on arusaadav?",
]
NOT_STUFFED_RU = [
    "соболезную вам очень сообщать ничего не нужно мы сами получаем данные о смерти из регистра народонаселения и "
    "пенсия прекращается сама а деньги которые пришли после смерти лучше не трогать их потребуют вернуть",
    "Итак: сообщать не нужно; деньги, пришедшие после смерти, не трогайте; с пособием на похороны – в управу. "
    "Всё ли понятно?",
    "Пенсия за месяц смерти принадлежала маме, а декабрьскую, которая пришла уже после смерти, Департамент потребует "
    "вернуть через банк, поэтому эти деньги лучше не тратить, а с пособием на похороны обратитесь в управу, вам понятно?",
]


@pytest.mark.parametrize("sentence", STUFFED_ET)
def test_stuffed_et(library, sentence):
    assert run_on_stuffing(sentence, "et", _concepts(library, "moving-abroad-account-et"))


@pytest.mark.parametrize("sentence", STUFFED_RU)
def test_stuffed_ru(library, sentence):
    assert run_on_stuffing(sentence, "ru", _concepts(library, "death-report-ru"))


@pytest.mark.parametrize("sentence", NOT_STUFFED_ET)
def test_not_stuffed_et(library, sentence):
    assert not run_on_stuffing(sentence, "et", _concepts(library, "moving-abroad-account-et"))


@pytest.mark.parametrize("sentence", NOT_STUFFED_RU)
def test_not_stuffed_ru(library, sentence):
    assert not run_on_stuffing(sentence, "ru", _concepts(library, "death-report-ru"))


def _client_steps(conv):
    return [t.get("step") for t in conv.turns if t["role"] == "client"]


def test_stuffed_call_et_not_thanked(library):
    scenario = library.get("moving-abroad-account-et")
    conv = play_answers(scenario, library, ["Tere! Sotsiaalkindlustusamet, Mari kuuleb.", *STUFFED_ET])
    assert _client_steps(conv)[-1] != "wrap"
    assert conv.state["step"] == scenario.dialogue.on_stuck


def test_stuffed_call_ru_not_thanked(library):
    scenario = library.get("death-report-ru")
    conv = play_answers(scenario, library, ["Здравствуйте! Департамент социального страхования, Ольга.", *STUFFED_RU])
    assert _client_steps(conv)[-1] != "wrap"
    assert conv.state["step"] == scenario.dialogue.on_stuck  # not heard as answers: the client parts unhelped


def _negated(text, phrase, lang):
    return [m.negated for m in tx.PhraseSet([phrase], lang).find_all(text)]


@pytest.mark.parametrize("text", ["нет это в местное самоуправление", "у нас такого нет это местное самоуправление решает",
                                  "нет нет это в местное самоуправление по месту жительства"])
def test_bare_no_before_eto_negates_nothing(text):
    assert _negated(text, "местное самоуправление", "ru") == [False]


@pytest.mark.parametrize("text", ["это не местное самоуправление", "не это местное самоуправление",
                                  "нет, местное самоуправление не платит"])
def test_denials_stay_negated(text):
    assert _negated(text, "местное самоуправление", "ru") == [True]


@pytest.mark.parametrize("sentence,lang", [
    ("Mis numbril menetleja Teile helistada võiks?", "et"), ("Palun öelge oma kontaktnumber.", "et"),
    ("Millisele numbrile Teile tagasi helistada?", "et"), ("На какой номер Вам перезвонить?", "ru"),
    ("Продиктуйте, пожалуйста, ваш контактный телефон.", "ru"), ("Какой у Вас мобильный телефон?", "ru")])
def test_phone_asked(sentence, lang):
    assert "phone" in asked_details(sentence, lang)


@pytest.mark.parametrize("sentence,lang", [
    ("Helistage infotelefonil 16106.", "et"), ("Saadame kinnituse Teie telefonile.", "et"),
    ("Kas soovite teada meie telefoninumbrit?", "et"), ("Mis on Teie poja telefoninumber?", "et"),
    ("Звоните по номеру 16106.", "ru"), ("Код придёт на ваш телефон.", "ru"), ("Какой номер у решения?", "ru")])
def test_phone_not_asked(sentence, lang):
    assert "phone" not in asked_details(sentence, lang)


def test_phone_answered_in_call(library):
    scenario = library.get("letters-unanswered-et")
    conv = play_answers(scenario, library, [
        "Tere! Sotsiaalkindlustusamet, Mari kuuleb.",
        "Mul on väga kahju, et vastust pole tulnud. Palun öelge oma isikukood ja nimi, siis vaatan järele.",
        "Aitäh. Kas saan õigesti aru, et ootate vastust oma e-kirjale pensioni ümberarvutamise kohta?",
        "Teie kiri on registreeritud, vastamise tähtaeg on 30 päeva. Edastan selle osakonnale, menetleja helistab "
        "Teile. Mis numbril on Teid kõige parem kätte saada?"])
    last = [t["text"] for t in conv.turns if t["role"] == "client"][-1]
    assert conv.persona.phone in last


def test_free_walker_believed_not_asked_again(library):
    scenario = library.get("assistive-device-rehab-ru")
    conv = play_answers(scenario, library, [
        "Здравствуйте! Департамент социального страхования, Ольга. Чем могу помочь?",
        "Сочувствую. Уточню: ходунки нужны Вам самому? Справка от врача у Вас уже есть?",
        "Сначала семейный врач выпишет справку о необходимости вспомогательного средства, с ней Вы идёте в фирму, у "
        "которой договор с Департаментом. Платить ничего не придётся, ходунки Вы получите бесплатно."])
    last = [t["text"] for t in conv.turns if t["role"] == "client"][-1]
    assert "самому" not in last and "бесплатно" in last
