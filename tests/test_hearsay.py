"""Fresh-judge padding (issue #10): facts named without telling them to the client, on sentences written for these tests.

A value or rule put in someone else's mouth ("mõned arvavad, et ...", «говорят, что ...», "naaber ütles"), asked back
as the client's question ("Kas sain õigesti aru, et soovite teada, kas pakkumus tuleb ...?"), named inside a relative clause thanking or praising people («благодарны всем, кто за
30 дней ...») or listed as a topic talked about ("rääkisime pakkumisest", «мы обсудили, какие документы приложить»)
earns no content criterion. Plain statements of the same facts still count; prohibitions still read everything.
"""

from __future__ import annotations

import pytest
from scoring_support import scenario_criterion

from trainer.scoring.hearsay import not_told
from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library()


NOT_TOLD = [
    ("Osad emad arvavad, et peretoetus on kaheksakümmend eurot.", "eurot", "et"),
    ("Naaber ütles mulle kord, et raha tuleb kaheksandal kuupäeval.", "kaheksandal", "et"),
    ("Olete ehk kuulnud, et pakkumus tuleb iseteenindusse.", "pakkumus", "et"),
    ("Räägitakse, et vaide saab esitada 30 päeva jooksul.", "30", "et"),
    ("Oleme tänulikud igale vanemale, kes pakkumuse kiiresti kinnitab.", "pakkumuse", "et"),
    ("Lõpetuseks: arutasime pakkumust ja maksepäeva.", "pakkumust", "et"),
    ("Говорят, что возражение можно подать за 30 дней.", "30", "ru"),
    ("Некоторые клиенты считают, что отправить можно только по почте.", "почте", "ru"),
    ("Соседка Вам, наверное, сказала, что срок 30 дней.", "30", "ru"),
    ("Мы ценим всех, кто в течение 30 дней присылает нам отзыв.", "30", "ru"),
    ("В завершение: мы обсудили, какие документы приложить.", "приложить", "ru"),
]

TOLD = [
    ("Lapsetoetus on 80 eurot kuus.", "80", "et"),
    ("Taotlust pole vaja, saadame Teile iseteenindusse pakkumuse.", "pakkumuse", "et"),
    ("Aitäh küsimuse eest! Raha makstakse iga kuu 8. kuupäeval.", "8.", "et"),
    ("Aitäh, et küsisite, pakkumus tuleb iseteenindusse ja selle kinnitate Teie.", "pakkumus", "et"),
    ("Ma arvan, et see on hea mõte: vaide esitage 30 päeva jooksul.", "30", "et"),
    ("Возражение нужно подать в течение 30 дней.", "30", "ru"),
    ("Спасибо за вопрос! Отправьте возражение по почте или в бюро.", "почте", "ru"),
    ("Благодарю за терпение, возражение можно подать в течение 30 дней.", "30", "ru"),
    ("Решение, которое Вы получили, можно оспорить в течение 30 дней.", "30", "ru"),
]


@pytest.mark.parametrize(("sentence", "word", "lang"), NOT_TOLD)
def test_named_not_told(sentence, word, lang):
    assert not_told(sentence, sentence.index(word), lang)


@pytest.mark.parametrize(("sentence", "word", "lang"), TOLD)
def test_plain_statement_told(sentence, word, lang):
    assert not not_told(sentence, sentence.index(word), lang)


SCENARIO_NOT_TOLD = [
    ("child-allowance-et", "no_application_needed", "Mõned isad arvavad, et pakkumus tuleb ise iseteenindusse."),
    ("child-allowance-et", "no_application_needed",
     "Kas ma sain õigesti aru, et soovite teada, kas pakkumus tuleb ise iseteenindusse?"),
    ("child-allowance-et", "payment_day", "Tuttav rääkis, et toetus makstakse iga kuu 8. kuupäeval."),
    ("appeal-refused-ru", "client_deadline", "Мы рады каждому, кто в течение 30 дней присылает нам возражение."),
    ("appeal-refused-ru", "client_deadline", "Многие думают, что возражение подают в течение 30 дней."),
]

SCENARIO_TOLD = [
    ("child-allowance-et", "no_application_needed", "Taotlust esitama ei pea, amet saadab Teile pakkumuse iseteenindusse."),
    ("child-allowance-et", "payment_day", "Toetus makstakse iga kuu 8. kuupäeval."),
    ("appeal-refused-ru", "client_deadline", "Возражение подают в течение 30 дней с того дня, когда Вы узнали о решении."),
]


@pytest.mark.parametrize(("scenario", "criterion", "reply"), SCENARIO_NOT_TOLD)
def test_criterion_not_earned_by_padding(library, scenario, criterion, reply):
    assert scenario_criterion(library, scenario, criterion, reply)["result"] != "pass"


@pytest.mark.parametrize(("scenario", "criterion", "reply"), SCENARIO_TOLD)
def test_criterion_earned_by_statement(library, scenario, criterion, reply):
    assert scenario_criterion(library, scenario, criterion, reply)["result"] == "pass"
