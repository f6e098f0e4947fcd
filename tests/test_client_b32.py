"""New-user batch 32 (live32, authors t7 and u7): client slips, each tested with replies written for the test.

1. national-pension-chat-et: replies that only read knowledge text out, to no one, are heard but not thanked for
   (the gaming run left on the grateful wrap); the same facts told to the client are.
2. third-party-son-ru: long unpunctuated strings of keywords with no verb, behind a formula ("понимаю Вас ...") or
   before a check question, are not thanked for; a terse recap string after «итак» is speech.
3. pension-late-et: the weekend rule and the payment day heard, the client asks the question still open (why the
   money is not there a day after it), not "ma ikka ei saa aru".
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import end_step, play_client

from trainer.simulation.library import load_library
from trainer.simulation.unspoken import long_verbless_runs, reads_knowledge_out

TODAY = date(2026, 12, 8)


@pytest.fixture(scope="module")
def library():
    return load_library()


def _fact(library, ref: str, lang: str = "et") -> str:
    topic, fact_id = ref.split(".")
    fact = next(f for f in library.knowledge.topics[topic].facts if f.id == fact_id)
    return getattr(fact.text, lang)


# -- 1. knowledge text read out ---------------------------------------------------------------------------------------

NATIONAL = "national-pension-chat-et"


def test_et_knowledge_read_out_is_not_thanked(library):
    answers = ["Tere, Sotsiaalkindlustusamet, Kadri. " + _fact(library, "foreign-pension.aggregation"),
               _fact(library, "foreign-pension.min_service_abroad_years"),
               _fact(library, "foreign-pension.difference_to_national") + " "
               + _fact(library, "pension-indexation.national_pension") + " "
               + _fact(library, "foreign-pension.apply_early"),
               "Aitäh, head päeva!"]
    assert end_step(library, NATIONAL, answers) != "wrap"


def test_et_the_same_facts_told_to_the_client_are_thanked(library):
    # must-not: the facts said to the client, about her mother
    answers = ["Tere! Sotsiaalkindlustusamet, Kadri. Kus Teie ema praegu elab ja kui kaua ta Soomes töötas?",
               "Jah, saab. Soomes töötatud aastad arvestatakse 15 aasta nõude täitmisel kokku, nii et Teie ema saab "
               "Eestist vanaduspensioni oma 8 aasta eest ja Soomest Soome pensioni.",
               "Taotluse esitab ema meile ja me edastame selle Soome pensioniasutusele. Kui tema kaks pensioni jäävad "
               "kokku alla rahvapensioni määra, 414,10 eurot, saab ta taotleda vahet.",
               "Kokkuvõtteks: kaks pensioni, taotlus meile. Kas see vastas Teie küsimusele? Kõike head!"]
    assert end_step(library, NATIONAL, answers) == "wrap"


@pytest.mark.parametrize("text, read_out", [
    ("Kui inimese Eesti ja välisriigi pension jäävad kokku alla rahvapensioni määra, saab ta taotleda välispensioni "
     "ja rahvapensioni määra vahet. Rahvapension on alates 2026. aasta aprillist 414,10 eurot kuus.", True),
    # near misses: addressed to the client, too short, own words
    ("Kui Teie ema Eesti ja välisriigi pension jäävad kokku alla rahvapensioni määra, saab ta taotleda välispensioni "
     "ja rahvapensioni määra vahet. Rahvapension on alates 2026. aasta aprillist 414,10 eurot kuus.", False),
    ("Rahvapension on alates 2026. aasta aprillist 414,10 eurot kuus.", False),
    ("Kui mõlemast riigist tuleb kokku vähe, alla rahvapensioni määra, saab ema küsida juurde vahe kuni selle "
     "määrani; rahvapension on praegu 414,10 eurot kuus.", False),
])
def test_knowledge_read_out(library, text, read_out):
    assert reads_knowledge_out(text, library.value_facts.reference) is read_out


# -- 2. long verbless keyword strings ---------------------------------------------------------------------------------

SON = "third-party-son-ru"


def test_ru_keyword_strings_behind_formulas_are_not_thanked(library):
    answers = ["Добрый день Департамент социального страхования Ирина слушаю",
               "сочувствую Вам персональные данные защита доверенность нотариус цифровая подпись бумажный бланк "
               "Департамента почта бюро обслуживания самообслуживание Smart-ID",
               "доверенность бумажная от руки бланк Департамента почтой оригинал бюро обслуживания цифровая подпись "
               "нотариус общая информация индексация апрель понятно ли я объяснила",
               "спасибо за звонок всего доброго"]
    assert end_step(library, SON, answers) != "wrap"


@pytest.mark.parametrize("sentence, listed", [
    ("сочувствую Вам персональные данные защита доверенность нотариус цифровая подпись бумажный бланк Департамента "
     "почта бюро обслуживания самообслуживание", True),
    ("Mõistan Teid volikiri digiallkiri paberblankett originaal postiga klienditeenindus notar iseteenindus Smart-ID "
     "mobiil-ID isikuandmete kaitse", True),
    # near misses: a terse recap after its marker, a list joined by conjunctions, a sentence with verbs, a short run
    ("итак доверенность цифровая подпись бумажный бланк почта бюро обслуживания нотариус самообслуживание Smart-ID "
     "понятно", False),
    ("доверенность с цифровой подписью или бумажная от руки или нотариальная и её можно прислать почтой или "
     "принести в бюро", False),
    ("mõistan, volikiri võib olla digiallkirjaga, paberil käsitsi või notari juures kinnitatud", False),
    ("понимаю Вас доверенность цифровая подпись", False),
])
def test_long_verbless_runs(sentence, listed):
    lang = "ru" if any("\u0400" <= ch <= "\u04ff" for ch in sentence) else "et"
    assert bool(long_verbless_runs(sentence, lang)) is listed


# -- 3. pension-late-et: the rule heard -------------------------------------------------------------------------------

LATE = "pension-late-et"
LATE_OPEN = ["Tere! Sotsiaalkindlustusamet, Kadri kuuleb.",
             "Saan aru, et olete mures. Et makset kontrollida, öelge palun oma isikukood.",
             "Aitäh. Kinnitage palun oma nimi. Kas võin Teid korraks ootele panna?"]


def test_et_the_rule_and_date_heard_are_not_asked_again(library):
    said, conv = play_client(library, library.get(LATE), [
        *LATE_OPEN,
        "Aitäh ootamast. Teie pension 812,40 eurot maksti välja 7. detsembril: 5. kuupäev oli laupäev ja siis "
        "makstakse pension järgmise kahe tööpäeva jooksul."], TODAY)
    assert conv.state["step"] == "rule_heard", said
    assert "ei saa aru" not in said


def test_et_no_rule_still_asks_again(library):
    # must-not: nothing about the weekend or the account: the client still does not understand
    said, conv = play_client(library, library.get(LATE), [*LATE_OPEN, "Aitäh ootamast. Vaatasin andmed üle."], TODAY)
    assert conv.state["step"] == "explain_again", said
