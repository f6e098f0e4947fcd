"""Informal address (sina / ты) detection on agent sentences."""

import pytest

from trainer.text import find_informal_address

ET_INFORMAL = [
    ("Kas sa saad oma isikukoodi öelda?", ["sa", "saad"]),
    ("Sinu pension tuleb 5. kuupäeval", ["Sinu"]),
    ("Mis sul juhtus?", ["sul"]),
    ("Kas soovid taotlust esitada?", ["soovid"]),
    ("Kasutad iseteenindust?", ["Kasutad"]),
    ("Millal sa helistad uuesti?", ["sa", "helistad"]),
    ("Tead oma isikukoodi?", ["Tead"]),
    ("Saadan sulle kinnituse.", ["sulle"]),
    ("Sa pead taotluse esitama", ["Sa", "pead"]),
    ("Oled sa kindel?", ["Oled", "sa"]),
    ("Räägid eesti keelt?", ["Räägid"]),
    ("Võid rahulikult oodata.", ["Võid"]),
    ("Oota hetk, ma vaatan.", ["Oota"]),
    ("Palun ütle oma isikukood.", ["ütle"]),
    ("Ära muretse, raha tuleb.", ["Ära", "muretse"]),
    ("Vaata iseteenindusest järele.", ["Vaata"]),
    ("Helista homme tagasi.", ["Helista"]),
    ("Mine lähimasse kontorisse.", ["Mine"]),
]
ET_FORMAL = [
    "Kas Te saate oma isikukoodi öelda?",
    "Teie pension tuleb",
    "Saate kasutada iseteenindust",
    "Sotsiaalkindlustusamet, Mari kuuleb",
    "Tere! Sotsiaalkindlustusamet, Mari kuuleb. Kuidas saan Teid aidata?",
    "Pensionid makstakse välja viiendal.",
    "Minge sinna kontorisse",
    "Palun öelge oma isikukood.",
    "Lapsed saavad toetust kuni 19-aastaseks saamiseni.",
    "Päevad on praegu pikad.",
    "Andmed on registris olemas.",
    "Need on Teie andmed.",
    "Teie dokumendid said kätte.",
    "Vabandan ebamugavuste pärast.",
    "Saan aru, et see on Teile oluline.",
    "Kokkuvõtteks: pension makstakse viiendal.",
    "Kas see vastas Teie küsimusele?",
    "Aitäh, et helistasite! Kõike head!",
    "Kas võin Teid hetkeks ootele panna?",
    "Pensionäride toetused ja teenused.",
    "SA Kliinikum saatis otsuse.",
    "Tööd on palju.",
    "Teie taotlused on menetluses.",
    "Head päeva!",
    "Kas Teil on veel küsimusi?",
    "Lapsetoetused makstakse kaheksandal.",
    "Dokumendid tuleb saata e-postiga.",
    "Need vormid leiate iseteenindusest.",
    "Teid teavitatakse otsusest e-posti teel.",
    "Kas Te soovite taotlust esitada?",
    "Te peate esitama uue taotluse.",
    "Teie isikukood on 37605030299.",
    "Otsuse teeb ekspertarst dokumentide põhjal.",
    "Nad said eelmisel kuul toetust.",
    "Kas soovite, et ma saadaksin Teile kinnituse?",
    "Makse tehakse hiljemalt viiendal kuupäeval.",
    "Kuude kaupa arvestatakse pensionistaaži.",
    "Helistage palun infotelefonil 16106.",
    "Kodud ja hooldekodud on eraldi teema.",
    "Tehtud! Teie taotlus on esitatud.",
    "Vaatan kohe järele.",
    "Oodake hetk, palun.",
    "Öelge palun oma nimi.",
    "Ärge muretsege, raha tuleb.",
    "Helistage homme tagasi.",
    "Kasutage ID-kaarti või Mobiil-ID-d.",
    "Te ei kasuta iseteenindust?",
    "Ära makstud summa on 800 eurot.",
    "Pension on ära makstud.",
    "Anna Tamm helistas eile.",
    "Tee on kinni, aga kontor on avatud.",
    "Palun oodake, ühendan Teid kolleegiga.",
    "Ootel olles saate kuulata muusikat.",
    "Ma arvutiga väga sina peal ei ole.",
    "Pöörduge kliendi poole teietades, mitte „sina“.",
    # a past-tense verb after a sentence-final dot is no imperative (new-user run, pension-late-et)
    "Teie pension maksti välja 7. detsembril, sest 5. oli laupäeval.",
    "Kontrollisin: 5. jäi pühapäevale ja raha maksti esmaspäeval.",
]


@pytest.mark.parametrize("text, words", ET_INFORMAL)
def test_et_informal(text, words):
    ms = find_informal_address(text, "et")
    assert [m.quote for m in ms] == words
    for m in ms:
        assert text[m.start:m.end] == m.quote


@pytest.mark.parametrize("text", ET_FORMAL)
def test_et_formal_has_no_hits(text):
    assert find_informal_address(text, "et") == []


RU_INFORMAL = [
    ("Ты можешь подать заявление", ["Ты", "можешь"]),
    ("Скажи свой код", ["Скажи"]),
    ("Твоя пенсия придёт пятого", ["Твоя"]),
    ("Подожди минуту, я проверю", ["Подожди"]),
    ("Знаешь свой личный код?", ["Знаешь"]),
    ("Я тебе перезвоню", ["тебе"]),
    ("Проверь почту, пожалуйста", ["Проверь"]),
    ("Здравствуй! Чем помочь?", ["Здравствуй"]),
    ("Не переживай, мы передадим в Финляндию.", ["переживай"]),
    ("Сходи в городскую управу.", ["Сходи"]),
    ("Слушай, пенсия придёт пятого.", ["Слушай"]),
]
RU_FORMAL = [
    "Вы можете подать заявление",
    "Скажите, пожалуйста, Ваш код",
    "Лишь один вопрос",
    "Здравствуйте! Департамент социального страхования, меня зовут Мария. Чем могу помочь?",
    "Назовите, пожалуйста, Ваш личный код.",
    "Подождите, пожалуйста, минуту, я проверю.",
    "Приношу извинения за неудобства.",
    "Я понимаю, как это для Вас важно.",
    "Итак, подведём итог: пенсия придёт пятого.",
    "Ответила ли я на Ваш вопрос?",
    "Спасибо за звонок, всего доброго!",
    "Мой коллега Вам перезвонит.",
    "Пусть Ваш сын позвонит нам.",
    "Ваша пенсия будет выплачена пятого числа.",
    "Уточните, пожалуйста, дату рождения.",
    "Вы получите решение по почте.",
    "Документы пришли вчера.",
    "Вы сразу перешли на русский язык.",
    "У неё смарт айди есть.",
    "Вы обратились к клиенту на «ты».",
    "Разберусь как нибудь.",
]


@pytest.mark.parametrize("text, words", RU_INFORMAL)
def test_ru_informal(text, words):
    assert [m.quote for m in find_informal_address(text, "ru")] == words


@pytest.mark.parametrize("text", RU_FORMAL)
def test_ru_formal_has_no_hits(text):
    assert find_informal_address(text, "ru") == []


def test_english_has_no_informal_address():
    assert find_informal_address("Can you tell me your code? Thank you.", "en") == []
