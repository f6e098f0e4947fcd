"""New-user batch 32 (tests/newuser/live32): what the first replay got wrong, on sentences written for these tests.

- Four wrong facts passed, now caught by a gate that names them, in any scenario (knowledge claims):
  - a relative told the client's data with no authorisation: `personal-data.authorisation` (and an Estonian „kui“
    clause before a main clause told verb first, „..., võib ta ...“, is a statement, not a question);
  - the court said to send the guardianship order to the agency by itself: `identification-edge-cases.guardian_represents`;
  - the new account number taken on the phone: `account-and-residence.bank_account_change`;
  - the info line said to answer every day, at weekends, or at other hours: `contact-points.opening_hours`.
- An honest terse run failed: "15 a" is "15 aasta" (the abbreviation after a number), "414,10 eur" is euros in a
  phrase too.
"""

from __future__ import annotations

import pytest
from scoring_support import wrong_claim_refs

from trainer import text as tx
from trainer.scoring.values import find_values
from trainer.simulation.library import load_library

AUTH = "personal-data.authorisation"
GUARD = "identification-edge-cases.guardian_represents"
ACCOUNT = "account-and-residence.bank_account_change"
HOURS = "contact-points.opening_hours"


@pytest.fixture(scope="module")
def library():
    return load_library()


WRONG = [
    (AUTH, "et", "Teie tütrele võime pensioni andmed öelda ka ilma volikirjata, ta on ju pereliige."),
    (AUTH, "et", "Kui poeg helistab, saab ta Teie andmed teada, volikirja pole lähisugulasel vaja."),
    (AUTH, "et", "Ja kui Teil on lapselaps, võib ta helistada – lapsele räägime Teie andmetest ilma igasuguse volikirjata."),
    (AUTH, "ru", "Сыну мы можем сообщить данные о Вашей пенсии и без доверенности."),
    (AUTH, "ru", "Родственникам сведения о пенсии сообщаем, доверенность для этого не нужна."),
    (GUARD, "et", "Kohus saadab eestkoste määruse meile automaatselt, nii et Teie ei pea midagi tegema."),
    (GUARD, "et", "Määruse toimetab kohus meile ise, kohus edastab selle otse."),
    (GUARD, "et", "kohus saadab eestkoste määruse meile ise teil pole vaja seda teha"),  # typed without punctuation
    (GUARD, "ru", "Определение об опеке суд сам перешлёт нам, присылать ничего не нужно."),
    (GUARD, "ru", "Суд направит определение автоматически, ждите."),
    (ACCOUNT, "et", "Uue kontonumbri võite mulle kohe telefoni teel öelda, ma kannan selle sisse."),
    (ACCOUNT, "et", "Kuna olete tuvastatud, muudan arvelduskonto siinsamas telefonis ära."),
    (ACCOUNT, "ru", "Новый номер счёта можете продиктовать мне по телефону, я его внесу."),
    (ACCOUNT, "ru", "По телефону я приму Ваш новый счёт прямо сейчас."),
    (HOURS, "et", "Helistage infotelefonile 16106, see vastab iga päev, ka nädalavahetusel."),
    (HOURS, "et", "Meie infotelefon töötab kella 8-20."),
    (HOURS, "ru", "Инфотелефон 16106 работает круглосуточно."),
    (HOURS, "ru", "Звоните на наш инфотелефон, он открыт с 8 до 19, по субботам тоже."),
]

RIGHT = [
    # the right rule, the wrong one denied, general information only, a question
    (AUTH, "et", "Ilma volikirjata me tütrele Teie andmeid ei anna."),
    (AUTH, "et", "Pojale saame ilma volikirjata anda ainult üldist teavet."),
    (AUTH, "et", "Kas Teie pojal on volikiri?"),
    (AUTH, "ru", "Без доверенности мы не можем сообщить сыну данные о Вашей пенсии."),
    (AUTH, "ru", "Дочери без доверенности дадим только общую информацию."),
    (GUARD, "et", "Kohus saatis määruse Teile; palun saatke meile sellest koopia."),
    (GUARD, "et", "Kohus ei saada määrust meile automaatselt, seepärast saatke koopia."),
    (GUARD, "et", "Kohus saadab määruse Teile ja Te saadate selle ise meile."),
    (GUARD, "et", "Kohus saadab määruse Teile, kuid meile automaatselt seda ei saadeta."),
    (GUARD, "ru", "Суд пришлёт определение Вам, а к нам автоматически оно не попадёт."),
    (GUARD, "ru", "Суд не пересылает нам определение сам, пришлите, пожалуйста, копию."),
    (ACCOUNT, "et", "Telefoni teel ma kontonumbrit vastu võtta ei saa, teatage see iseteeninduses."),
    (ACCOUNT, "et", "Uue kontonumbri saate teatada kirjalikult digitaalselt allkirjastatud avaldusega."),
    (ACCOUNT, "ru", "По телефону номер счёта я принять не могу, сообщите его в среде самообслуживания."),
    (HOURS, "et", "Infotelefon 16106 vastab tööpäeviti kella 9-17."),
    (HOURS, "et", "Infotelefon vastab tööpäeviti, kriisitelefon 116 006 ööpäev läbi."),
    (HOURS, "ru", "Инфотелефон 16106 работает по рабочим дням с 9 до 17."),
    (HOURS, "ru", "Инфотелефон по рабочим дням, а кризисный телефон 116 006 круглосуточно."),
]


@pytest.mark.parametrize("ref, lang, sentence", WRONG)
def test_wrong_claim_is_caught(library, ref, lang, sentence):
    assert ref in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("ref, lang, sentence", RIGHT)
def test_right_statement_passes(library, ref, lang, sentence):
    assert ref not in wrong_claim_refs(library, sentence, lang)


# -- an Estonian „kui“ clause with a main clause told verb first ------------------------------------------------------

@pytest.mark.parametrize("sentence, question", [
    ("Ja kui Teil on lapselaps, võib ta ka ise helistada.", False),
    ("Aga kui määrus on olemas, saate Te toetuse oma kontole.", False),
    # near misses: no main clause, a question word, a question mark
    ("aga kui mul pole ID-kaarti", True),
    ("Aga kui ma ei jõua, mis siis saab.", True),
    ("Ja kui Teil on poeg, võib ta helistada?", True),
])
def test_a_conditional_told_verb_first(sentence, question):
    assert tx.is_question(sentence, "et") is question


# -- "15 a" and "414,10 eur" typed short ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, read", [
    ("ema saab 8 a eest eesti pensioni", "ema saab 8 aasta eest eesti pensioni"),
    ("staaz liidetakse 15 a noudesse", "staaz liidetakse 15 aasta noudesse"),
    # near misses: the colloquial "a" (aga), a letter joined to the number, Russian «а»
    ("a mis siis saab", "a mis siis saab"),
    ("vaata punkt 3a", "vaata punkt 3a"),
    ("мне 66 а брату 70", "мне 66 а брату 70"),
])
def test_the_year_abbreviation(text, read):
    assert tx.normalize_input(text, "et").text == read


def test_the_euro_typed_short_in_a_phrase():
    right = ("414,10 eurot", "rahvapensioni määrani")
    hits = find_values(tx.normalize_input("alla 414,10 eur saab vahet taotleda", "et").text, "et", right, ())
    assert hits and all(h.right for h in hits)
    # must-not: another amount
    assert not find_values("alla 400,10 eur saab vahet taotleda", "et", right, ())
