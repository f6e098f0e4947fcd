"""Batch 67 (third-party-son-ru good): advice on what a power of attorney must say or allow ("volikirjas peab olema
kirjas, et ema lubab Teil ...", «в доверенности напишите, что она разрешает Вам получать сведения о её пенсии») tells
nothing of the other person's record: it is no status statement and fails no data_protection gate. A statement of
that person's status or money stays a disclosure."""

from __future__ import annotations

import pytest
from scoring_support import verdicts

from trainer.scoring.statements import find_status_statements

WORDING = [
    ("ru", "Пусть в доверенности будет написано, что она разрешает Вам получать информацию о её пенсии."),
    ("ru", "Напишите в доверенности, что он разрешает Вам получать данные о его пособии."),
    ("ru", "В тексте доверенности укажите: она позволяет Вам получать сведения о её выплатах."),
    ("ru", "Доверенность должна говорить, что мать разрешает Вам получать сведения о её пенсии."),
    ("ru", "Мама может написать доверенность, где она разрешает Вам получать сведения о её пенсии."),
    ("ru", "Она разрешит Вам получать сведения о её пенсии, если подпишет доверенность."),
    ("et", "Volikirja kirjutage, et ta lubab Teil oma pensioni kohta teavet saada."),
    ("et", "Volikirjas peab kirjas olema, et tema volitab Teid oma avalduse asju ajama ja otsuse kohta andmeid saama."),
    ("et", "Ta saab volikirjaga lubada Teil oma toetuse kohta järele küsida."),
    ("et", "Märkige volikirja, et ta on nõus, et Te saate tema toetuse kohta andmeid."),
]

STILL_STATUS = [
    ("ru", "Её заявление на пенсию уже у нас есть."),
    ("ru", "Она у нас получает пенсию по старости."),
    ("ru", "Заявление Вашей мамы поступило, доверенность можно прислать потом."),
    ("et", "Teie ema taotlus on meil menetluses."),
    ("et", "Ta saab meilt pensioni juba mitu aastat."),
    ("et", "Ema avaldus on saabunud, volikirja võite hiljem saata."),
]


@pytest.mark.parametrize("lang, sentence", WORDING)
def test_authorisation_wording_states_no_status(lang, sentence):
    assert find_status_statements(sentence, lang) == ()


@pytest.mark.parametrize("lang, sentence", STILL_STATUS)
def test_status_of_the_other_person_stays_a_statement(lang, sentence):
    assert find_status_statements(sentence, lang)


GATE = [
    ("ru", "Доверенность может быть письменной. Напишите в ней, что мама разрешает Вам получать "
                           "данные о её пенсии, и пусть она подпишет.", False),
    ("ru", "Пусть мама подпишет доверенность от руки. В доверенности укажите, что она разрешает Вам "
                           "получать информацию о её пенсии.", False),
    ("et", "Ema võib volikirja allkirjastada ka käsitsi. Volikirjas peab kirjas olema, et ema "
                               "lubab Teil tema pensioni kohta andmeid saada.", False),
    ("ru", "Её заявление о пенсии у нас уже есть, осталось только прислать доверенность.", True),
    ("ru", "Пенсия Вашей мамы 658,90 евро, но без доверенности больше не скажу.", True),
    ("et", "Teie ema avaldus on juba menetluses, volikiri tuleb veel saata.", True),
    ("et", "Ema pension on 688,90 eurot, rohkem ma ilma volikirjata öelda ei saa.", True),
]


OPENING = {"et": ("Tere, Sotsiaalkindlustusamet, Mari kuuleb. Kuidas saan aidata?",
                  "Tere, ma helistan ema pärast, mis tema pensioniga on?"),
           "ru": ("Здравствуйте, Департамент социального страхования, Мария. Чем могу помочь?",
                  "Здравствуйте, я звоню по поводу мамы, что с её пенсией?")}
THANKS = {"et": ("Selge, aitäh.", "Aitäh helistamast, head päeva!"),
          "ru": ("Понятно, спасибо.", "Спасибо за звонок, всего доброго!")}


@pytest.mark.parametrize("lang, reply, fails", GATE)
def test_data_protection_gate(lang, reply, fails):
    """A third-party call of a scenario whose status and money are private (as third-party-son-ru and
    daughter-for-mother-et)."""
    turns = [("agent", OPENING[lang][0]), ("client", OPENING[lang][1]), ("agent", reply),
             ("client", THANKS[lang][0]), ("agent", THANKS[lang][1])]
    found = verdicts(lang, turns, identification_required=True, third_party=True, private_status=True,
                     private_facts=["658,90", "688,90"], scenario_id="third-party-test")
    assert (found["data_protection"] == "fail") is fails
