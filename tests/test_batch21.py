"""New-user batch 21 (tests/newuser/live21, held out): scorer errors found at the first replay (issue 10).

1. neighbour-data-et payment_rule: the general rule a caller about another person's pension may hear is the
   payment day ("pensionid makstakse 5. kuupäeval", also typed without diacritics) or the weekend rule; the
   weekend rule is not required when nobody asked about weekends. Another payment day or the abolished Friday
   rule is still wrong (gate), and a day said about anything but payment is no payment day.
2. Who does what (right_authority gate): "we" as the place, the source or the payer of another institution's
   service ("teise samba avalduse saate esitada meie juures", "teise samba raha küsite meie käest", «через
   нас», «в нашем самообслуживании», «выплатим мы») names the Board as its provider: the second pillar is
   Pensionikeskus's and the bank's. A denial, a right provider beside it, or a helping verb is no claim.
Client notes (README-t3.md "Client oddities"):
3. «Да, как я написал: ...» (as I wrote) states the agent's own earlier words: no question for the client to
   answer with "I don't know exactly" (disability-assessment-ru); «как я могу помочь» still asks, and so
   does the clause run into unpunctuated speech (blind-m2-ru-phone-01 keeps its reading).
4. russian-pension-ru hears «... сам выплатить или заменить не может» (the verb before «не может», in speech) and
   a bare «нет, не можем» as "the Board cannot pay" (signal tests in the scenario).
Sentences written for these tests, not copied from the runs."""

from __future__ import annotations

from datetime import date

import pytest
from client_support import play_client
from scoring_support import verdicts

from trainer.scoring.transcript import Transcript
from trainer.simulation.library import load_library
from trainer.text import is_question, is_spoken_question


@pytest.fixture(scope="module")
def library():
    return load_library()


def _payment_rule(library, reply: str) -> str:
    scenario = library.get("neighbour-data-et")
    transcript = Transcript(language="et", channel="phone", turns=[
        {"role": "agent", "text": "Tere! Sotsiaalkindlustusamet, Maris kuuleb."},
        {"role": "client", "text": "Kas naabri pension on juba kontole tulnud?"},
        {"role": "agent", "text": reply}])
    result = library.score(scenario, transcript)
    return next(c["result"] for c in result["criteria"] if c["id"] == "payment_rule")


@pytest.mark.parametrize("reply", [
    "Tema andmeid ma öelda ei saa, aga üldjuhul laekub pension iga kuu viiendal kuupäeval.",
    "seda ma oelda ei tohi. pensionid makstakse uldiselt 5. kuupaeval",
    "Kui viies on pühapäeval, tuleb pension järgmise kahe tööpäeva jooksul.",
])
def test_the_payment_day_or_the_weekend_rule_is_the_general_rule(library, reply):
    assert _payment_rule(library, reply) == "pass"


@pytest.mark.parametrize("reply", [
    "Üldiselt makstakse pensionid iga kuu 10. kuupäeval.",
    "Kui 5. kuupäev on laupäeval, makstakse pension eelneval reedel.",
    "Kas Teie arvates makstakse pension 5. kuupäeval?",
    "Ants võib meile ise helistada ka 5. kuupäeval.",
    "Seda ma öelda ei saa.",
])
def test_another_day_the_friday_rule_or_no_payment_day_is_not(library, reply):
    assert _payment_rule(library, reply) == "fail"


GREET = {"et": "Tere! Sotsiaalkindlustusamet, Kadri kuuleb. Kuidas saan aidata?",
         "ru": "Здравствуйте! Департамент социального страхования, Мария. Чем могу помочь?"}
ASK = {"et": "Tere. Kuidas ma oma teise samba raha kätte saan?",
       "ru": "Здравствуйте. Как мне получить деньги второго столпа?"}
BYE = {"et": "Aitäh, et helistasite, head päeva!", "ru": "Спасибо за звонок, всего доброго!"}


def _authority(lang: str, reply: str) -> str:
    turns = [("agent", GREET[lang]), ("client", ASK[lang]), ("agent", reply),
             ("client", "Selge." if lang == "et" else "Понятно."), ("agent", BYE[lang])]
    return verdicts(lang, turns)["right_authority"]


@pytest.mark.parametrize("lang, reply", [
    ("et", "Teise samba avalduse saate esitada meie juures iseteeninduses."),
    ("et", "teise samba raha küsite meie käest"),
    ("et", "Kogumispensioni avalduse saab esitada meie iseteeninduses."),
    ("et", "teise samba raha taotlete meie kaudu"),
    ("et", "Teise samba väljamakse teeme meie."),
    ("et", "II samba raha maksame välja koos pensioniga."),
    ("ru", "Накопительную пенсию Вы получите через нас."),
    ("ru", "Деньги второго столпа выплатим мы вместе с Вашей пенсией."),
    ("ru", "заявление на второй столп подайте нам через самообслуживание"),
    ("ru", "Выплату второй ступени оформляют в нашем самообслуживании."),
    ("ru", "Восстановительное лечение организуем мы сами."),
])
def test_we_as_the_provider_of_the_second_pillar_is_the_wrong_authority(lang, reply):
    assert _authority(lang, reply) == "fail"


@pytest.mark.parametrize("lang, reply", [
    ("et", "Teise samba väljamakseid meie juures ei tehta, selleks pöörduge Pensionikeskusesse."),
    ("et", "Teise samba raha ei küsita meie käest, vaid Pensionikeskusest või pangast."),
    ("et", "Riikliku pensioni saate meie kaudu, teise samba raha aga Pensionikeskuse ja panga kaudu."),
    ("et", "Kui soovite, vaatame koos, kuidas teise samba avaldust teha."),
    ("et", "Kui teise samba kohta on küsimusi, helistage meile."),
    ("ru", "Второй столп выплачивает Пенсионный центр вместе с банком, не мы."),
    ("ru", "Через нас второй столп не выплачивается."),
    ("ru", "Мы выплачиваем государственную пенсию. Второй столп выплачивает Пенсионный центр."),
    ("ru", "Мы подскажем, где узнать про второй столп."),
    ("ru", "Если будут вопросы по второму столпу, позвоните нам."),
])
def test_a_denial_the_right_provider_or_help_is_no_wrong_authority(lang, reply):
    assert _authority(lang, reply) == "pass"


@pytest.mark.parametrize("sentence", [
    "Да, как я уже писала: подпись должна быть Ваша.",
    "Как мы Вам говорили, решение принимает врач-эксперт.",
    "Как мы Вам уже объясняли, подпись должна быть Ваша.",
])
def test_as_i_said_is_no_question(sentence):
    assert not is_question(sentence, "ru") and not is_spoken_question(sentence, "ru")


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "Как я могу Вам помочь"),
    ("ru", "Как я понимаю, Вы спрашиваете о сроке"),
    ("ru", "Как я написал заявление?"),
    ("ru", "Как мы это сделаем"),
    ("ru", "как я уже сказал всё учитывается по закону"),   # run into speech: left as it was read
    ("et", "Kuidas ma saan Teid aidata"),
])
def test_how_i_can_or_how_i_understand_still_asks(lang, sentence):
    assert is_question(sentence, lang)


def test_the_client_does_not_answer_as_i_wrote_with_i_dont_know(library):
    said, conv = play_client(library, library.get("disability-assessment-ru"), [
        "Здравствуйте! Департамент социального страхования, Мария. Чем могу помочь?",
        "Сочувствую. Уточню: Вам нужно установить степень инвалидности, оценить трудоспособность или и то, и другое?",
        "Сначала обратитесь к семейному врачу, он оформит медицинские данные.",
        "Заявление можно подать через самообслуживание.",
        "Да, как я написала: сначала к семейному врачу. Всего доброго!"], date(2026, 12, 7))
    assert "не знаю" not in said and conv.state["step"] == "wrap_unsure"
