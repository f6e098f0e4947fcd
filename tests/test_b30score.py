"""New-user batch 30 (tests/newuser/live30): what the first replay got wrong, on sentences written for these tests.

- Four wrong facts passed, now caught by a gate that names them, in any scenario:
  - a promise to an abusive caller ("Ma luban Teile, et Teie pension saab juba täna arvutatud ... Teie soovitud
    summas"): the future passive ("saab ... arvutatud", «будет принято») and an attributive participle ("Teie
    soovitud summas") were read as past facts, so nothing was promised (no_promise);
  - a relative said to sign the disability application for the client with no signature or authorisation:
    claims of `personal-data.relative_helps_application` (knowledge_values);
  - the proof of life said to be asked "only outside the EU", a pension in the EU paid "without any certificates":
    claims of `pension-abroad.proof_of_life_yearly`;
  - the other country's pension said to need five years there (the rule: one): claims of
    `foreign-pension.min_service_abroad_years`.
- Honest runs failed by the scorer:
  - russian-pension-ru good: «раз в три месяца» matched the wrong rhythm «раз в месяц» (a number skipped in a
    phrase's gap before a unit changes the quantity);
  - living-alone-chat-et terse: "isikukoodi palun avatud vestlusesse ei kirjuta" ("palun" is no verb here) and
    "isikukoodi järgi ma andmeid ei vaata" (the means of a denied look-up) refuse the code, they do not use it.
"""

from __future__ import annotations

import pytest
from scoring_support import wrong_claim_refs

from trainer import text as tx
from trainer.scoring.promises import is_promise
from trainer.simulation.library import load_library

REL = "personal-data.relative_helps_application"
PROOF = "pension-abroad.proof_of_life_yearly"
YEARS = "foreign-pension.min_service_abroad_years"


@pytest.fixture(scope="module")
def library():
    return load_library()


WRONG = [
    (REL, "et", "Taotluse võite isa eest ise allkirjastada, see on lihtsam."),
    (REL, "et", "Puude taotlusel ei ole ema enda allkirja vaja, piisab Teie omast."),
    (REL, "et", "Taotlusele ema allkirja pole vaja, Te võite selle ise ära saata."),
    (REL, "ru", "Заявление Вы можете подписать за маму сами, доверенность не нужна."),
    (REL, "ru", "Подпись самой мамы на ходатайстве не нужна, достаточно Вашей."),
    (REL, "ru", "Ходатайство можете заполнить и подписать вместо матери."),
    (PROOF, "ru", "В Германии, стране ЕС, пенсия будет приходить без всяких справок о нахождении в живых."),
    (PROOF, "ru", "Справка о жизни нужна только тем, кто живёт вне ЕС."),
    (PROOF, "et", "Elusolekutõendit nõutakse ainult väljaspool Euroopa Liitu elavatelt pensionäridelt."),
    (PROOF, "et", "Saksamaa on EL-is, nii et pension tuleb sinna ilma elusolekutõendita."),
    (YEARS, "ru", "За Ваши три года финской пенсии не будет."),
    (YEARS, "ru", "Финская пенсия назначается только при стаже не менее трёх лет."),
    (YEARS, "ru", "каждая страна платит свою пенсию только за стаж от десяти лет"),
    (YEARS, "et", "Teine riik maksab oma pensioni ainult siis, kui olete seal töötanud vähemalt viis aastat."),
    (YEARS, "et", "Nelja aasta eest Soome pensioni ei saa."),
]

RIGHT = [
    # the right fact, the fact denied, the client's own words
    (REL, "et", "Taotlust võite aidata täita, aga allkirjastama peab ema ise või Teil peab olema volikiri."),
    (REL, "et", "Volikirjaga võite tema eest taotluse allkirjastada."),
    (REL, "et", "Tema eest Te taotlust allkirjastada ei saa."),
    (REL, "et", "Ärge allkirjastage taotlust ema eest."),
    (REL, "et", "Eestkostjana võite lapse eest taotluse allkirjastada."),
    (REL, "et", "Kas ma võin ema eest taotluse allkirjastada?"),
    (REL, "ru", "Заполнить ходатайство Вы можете помочь, но подписать его должна мама сама или Вы по доверенности."),
    (REL, "ru", "Подписать заявление за маму Вы не можете."),
    (REL, "ru", "По доверенности Вы можете подписать заявление за маму."),
    (PROOF, "ru", "Справку о нахождении в живых представляют раз в год и в ЕС, и за его пределами."),
    (PROOF, "ru", "Справку о нахождении в живых не нужно представлять только жителям России, Беларуси, Латвии, Литвы, "
                  "Молдовы и Украины."),
    (PROOF, "ru", "В Германии, стране ЕС, пенсию тоже платят, но раз в год нужна справка о нахождении в живых."),
    (PROOF, "et", "Elusolekutõend on vaja esitada kord aastas nii Euroopa Liidus kui ka väljaspool seda."),
    (PROOF, "et", "Saksamaa on EL-is, pension tuleb sinna, aga elusolekutõend tuleb esitada kord aastas."),
    (YEARS, "ru", "Другая страна ЕС платит свою пенсию уже за стаж не менее 1 года, так что за Ваши четыре года "
                  "финская пенсия будет."),
    (YEARS, "ru", "Вы работали в Финляндии четыре года, этого хватает: финскую пенсию платят при стаже от одного года."),
    (YEARS, "ru", "Для эстонской пенсии нужно не менее 15 лет стажа, годы в Финляндии тоже учитываются."),
    (YEARS, "ru", "Пять лет стажа в другой стране не нужно: финскую пенсию платят уже за один год."),
    (YEARS, "et", "Teine riik maksab oma pensioni juba vähemalt 1 aasta staaži eest, nii et nelja aasta eest saate "
                  "Soome pensioni."),
    (YEARS, "et", "Soomes töötasite neli aastat, sellest piisab Soome pensioniks."),
    (YEARS, "et", "Eesti pensioniks on vaja vähemalt 15 aastat staaži, Soome aastad arvestatakse kokku."),
]

# the other country as the subject of another fact's claim is still read as that fact's (cross-border.primary_country)
SHARED = [
    ("et", "Vahe maksab teine riik ainult siis, kui lapsed elavad ka Soomes."),
    ("ru", "Разницу другая страна доплачивает только при условии, что дети тоже живут в Финляндии."),
]


@pytest.mark.parametrize("lang, sentence", SHARED)
def test_the_other_country_stays_the_family_benefits_subject(library, lang, sentence):
    assert "cross-border.primary_country" in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("ref, lang, sentence", WRONG)
def test_wrong_claim_is_caught(library, ref, lang, sentence):
    assert ref in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("ref, lang, sentence", RIGHT)
def test_right_statement_passes(library, ref, lang, sentence):
    assert ref not in wrong_claim_refs(library, sentence, lang)


# -- a promise in the future passive ---------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, sentence, promised", [
    ("et", "Luban, et Teie toetus saab kindlasti homme määratud.", True),
    ("et", "Ma luban, et saate oma soovitud summa kätte.", True),
    ("ru", "Обещаю Вам, что решение будет принято уже завтра.", True),
    ("ru", "Гарантирую, что заявление будет отправлено и одобрено сегодня.", True),
    # near misses: a past fact, the agent's own act on a filed application, a refusal to promise
    ("et", "Teie pension on juba arvutatud.", False),
    ("et", "Luban, et vaatan Teie esitatud taotluse üle.", False),
    ("et", "Ma ei saa lubada, et otsus saab homme tehtud.", False),
    ("ru", "Решение было принято вчера.", False),
    ("ru", "Не могу обещать, что решение будет принято завтра.", False),
])
def test_future_passive_is_no_past(lang, sentence, promised):
    assert is_promise(sentence, lang) is promised


# -- a number in a phrase's gap before a unit ------------------------------------------------------------------------

@pytest.mark.parametrize("lang, phrase, text, found", [
    ("ru", "раз в месяц", "Пенсия приходит раз в три месяца.", False),
    ("ru", "раз в месяц", "пенсия приходит раз в 3 месяца", False),
    ("ru", "раз в месяц", "Пенсия приходит раз в месяц.", True),
    ("ru", "каждый месяц", "выплаты идут каждые два месяца", False),
    ("et", "kord kuus", "Makse tuleb kord kuus.", True),
    ("et", "iga kuu", "Makse tuleb iga kolme kuu tagant.", False),
    # a word that is no number still fits the gap
    ("ru", "раз в месяц", "Пенсия приходит раз в каждый месяц.", True),
])
def test_no_number_skipped_before_a_unit(lang, phrase, text, found):
    assert bool(tx.PhraseSet([phrase], lang).find_all(text)) is found


# -- the code refused, not used --------------------------------------------------------------------------------------

CODE = {"et": ["isikukood"], "ru": ["личный код"]}


@pytest.mark.parametrize("lang, text, negated", [
    ("et", "Isikukoodi palun siia vestlusesse ei kirjuta.", True),
    ("et", "Isikukoodi, palun, siia ei kirjuta.", True),
    ("et", "isikukoodi palun ärge siia kirjutage", True),
    ("et", "Isikukoodi järgi me siin kedagi ei tuvasta.", True),
    ("et", "vestluses ma isikukoodi abil andmeid ei vaata", True),
    ("ru", "Личный код, пожалуйста, в чат не пишите.", True),
    # near misses: a request, a use, a prohibition of something else
    ("et", "Isikukoodi palun kirjutage siia.", False),
    ("et", "Isikukoodi palun kirjutage, ärge muretsege.", False),
    ("et", "Isikukoodi järgi ma andmed vaatan üle.", False),
    ("et", "Isikukoodi järgi vaatan, kas midagi ei puudu.", False),
    ("ru", "Личный код, пожалуйста, напишите сюда.", False),
])
def test_the_code_refused(lang, text, negated):
    matches = tx.PhraseSet(CODE[lang], lang).find_all(text)
    assert matches and matches[0].negated is negated


@pytest.mark.parametrize("text, negated", [
    ("Rahvastikuregistri järgi Te ei ela üksi.", False),
    ("Rahvastikuregistri järgi me ei saa Teid üksi elavaks lugeda.", False),
])
def test_a_basis_of_a_judgement_stands(text, negated):
    matches = tx.PhraseSet(["rahvastikuregistri järgi"], "et").find_all(text)
    assert matches and matches[0].negated is negated
