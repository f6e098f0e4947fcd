"""What blind round 5 (held out at its first replay) showed, in general form, on own et/ru sentences (issue #9).

- "on behalf of" («от имени отца», "ema nimel") and "do not type it here" ("isikukoodi palun mitte kirjutada")
  ask for no identifier in an open chat;
- saying the client must be identified first («мне нужно Вас идентифицировать») is the identification act,
  not the main answer, so a clarifying question after the code still comes before the answer;
- "saan nii hästi aru, kui raske ..." is empathy, not the answer;
- a singular imperative after a speech hesitation ("ee oota ma vaatan") is informal address;
- a checklist read out ("этап уточнение ...", "Samm 5: kokkuvõte") performs none of its steps; «вопрос решён»
  recaps nothing; «Правильно ли я понимаю ваш вопрос?» checks nothing.
"""

import pytest
from scoring_support import verdicts

from trainer import text as tx
from trainer.scoring.identifier_requests import find_identifier_requests


@pytest.mark.parametrize("lang,sentence", [
    ("ru", "Уточните, пожалуйста: Вы хотите подать ходатайство от имени отца сами или помочь ему подать его лично?"),
    ("ru", "Доверенность оформляется на имя дочери."),
    ("ru", "Личный код сюда, пожалуйста, не стоит писать."),
    ("et", "Esiteks, isikukoodi palun siia vestlusesse mitte kirjutada: see vestlus ei ole tuvastatud."),
    ("et", "Kas soovite taotluse esitada ema nimel?"),
])
def test_no_identifier_is_asked(lang, sentence):
    assert find_identifier_requests(sentence, lang) == ()


@pytest.mark.parametrize("lang,sentence", [
    ("ru", "Напишите, пожалуйста, Ваше имя."),
    ("ru", "Назовите имя и фамилию."),
    ("ru", "Пришлите ваш личный код."),
    ("et", "Palun kirjutage oma nimi, mitte isikukood."),
    ("et", "Palun kirjutage siia oma isikukood."),
])
def test_identifier_requests_still_found(lang, sentence):
    assert find_identifier_requests(sentence, lang)


def test_on_behalf_question_in_open_chat_clarifies_and_leaks_nothing():
    turns = [("agent", "Здравствуйте! Департамент социального страхования, меня зовут Ольга. Чем могу помочь?"),
             ("client", "Мама умерла, папа получает пенсию. Могу ли я подать заявление за него?"),
             ("agent", "Соболезную. Уточните, пожалуйста: Вы хотите подать ходатайство от имени отца сами "
                       "или помочь ему подать его лично?"),
             ("client", "Лучше я сама."),
             ("agent", "Тогда понадобится письменная доверенность от отца, с ней Вы сможете подать ходатайство."),
             ("client", "Понятно, спасибо!"),
             ("agent", "Итак: нужна доверенность от отца, затем подаёте ходатайство. Всё ли понятно?"),
             ("client", "Да, спасибо."),
             ("agent", "Спасибо за обращение, всего доброго!")]
    result = verdicts("ru", turns, channel="chat", no_identifiers=True, third_party=True)
    assert result["needs"] == "pass"
    assert result["data_protection"] == "pass"


def test_asking_not_to_type_the_code_is_no_identifier_request():
    turns = [("agent", "Tere! Sotsiaalkindlustusamet, Anneli. Kuidas saan aidata?"),
             ("client", "Kas ma võin siia poja isikukoodi kirjutada, et te otsust vaataksite?"),
             ("agent", "Isikukoodi palun siia vestlusesse mitte kirjutada: see vestlus ei ole tuvastatud. "
                       "Otsust näete iseteeninduses, kuhu saab sisse ID-kaardiga."),
             ("client", "Selge, aitäh."),
             ("agent", "Aitäh, et kirjutasite! Kõike head!")]
    assert verdicts("et", turns, channel="chat", no_identifiers=True)["data_protection"] == "pass"


def test_identification_announcement_is_not_the_answer():
    turns = [("agent", "Здравствуйте, Департамент социального страхования, Кристина. Чем могу помочь?"),
             ("client", "Я подала заявление на досрочную пенсию и хотела узнать, что с ним. И про стаж в Латвии."),
             ("agent", "Хорошо. Чтобы посмотреть Ваше заявление, мне нужно Вас идентифицировать. "
                       "Назовите, пожалуйста, Ваш личный код."),
             ("client", "46302280941."),
             ("agent", "Спасибо. Сначала уточню про Латвию: Вы там работали официально и сколько примерно лет?"),
             ("client", "Да, восемнадцать лет."),
             ("agent", "По правилам ЕС периоды страхования в Латвии суммируются с эстонскими для требования 15 лет."),
             ("client", "Понятно, спасибо."),
             ("agent", "Итак: латвийский стаж учитывается, Эстония платит пенсию за свой стаж. Всё понятно?"),
             ("client", "Да."),
             ("agent", "Спасибо за звонок, всего доброго!")]
    assert verdicts("ru", turns, identification_required=True)["needs"] == "pass"
    # must-not: without the clarifying question the announcement does not clarify anything
    without = turns[:4] + turns[6:]
    assert verdicts("ru", without, identification_required=True)["needs"] == "fail"


def test_empathy_with_an_adverb_is_not_the_answer():
    turns = [("agent", "Tere! Sotsiaalkindlustusamet, Liis. Kuidas saan aidata?"),
             ("client", "Ema vaie on menetluses ja ma olen nii mures, kas keegi üldse vaatab seda."),
             ("agent", "Oi, ma saan nii hästi aru, kui raske see on, kui ema pärast muretsete ja vastust ootate. "
                       "Kas see vaie oli puude raskusastme otsuse kohta või mõne toetuse kohta?"),
             ("client", "Puude raskusastme kohta."),
             ("agent", "Vaie on menetluses ja otsus tehakse 30 päeva jooksul vaide saamisest."),
             ("client", "Selge, aitäh."),
             ("agent", "Kokkuvõtteks: vaie on menetluses, otsus tuleb 30 päeva jooksul. Kas see vastas küsimusele?"),
             ("client", "Jah."),
             ("agent", "Aitäh! Kõike head!")]
    result = verdicts("et", turns, channel="chat", client_upset=True)
    assert result["needs"] == "pass"
    assert result["empathy"] == "pass"


@pytest.mark.parametrize("text,word", [
    ("jah nii see nüüd on ee oota ma vaatan kas see ikka on õige inimene", "oota"),
    ("öö vaata ma ei tea", "vaata"),
])
def test_imperative_after_a_hesitation_is_informal(text, word):
    assert [m.quote for m in tx.find_informal_address(text, "et")] == [word]


@pytest.mark.parametrize("text", ["see on ee vaatamisel", "ee saate iseteeninduses vaadata", "ee tee on kinni"])
def test_hesitation_before_a_formal_or_other_word_is_not_informal(text):
    assert tx.find_informal_address(text, "et") == []


def test_checklist_read_out_performs_no_step():
    turns = [("agent", "этап приветствие здравствуйте департамент социального страхования оператор слушает"),
             ("client", "пособие по нетрудоспособности не пришло я уже все глаза проглядел"),
             ("agent", "этап уточнение правильно ли я понимаю ваш вопрос"),
             ("client", "какой вопрос я же сказал пособие не пришло почему"),
             ("agent", "это касса по безработице не к нам"),
             ("client", "ну так что мне делать то куда звонить"),
             ("agent", "этап эмпатия я понимаю как это для вас важно"),
             ("client", "а номер какой у них"),
             ("agent", "этап итог итак подведём итог вопрос решён"),
             ("client", "ну ладно"),
             ("agent", "этап прощание спасибо за звонок всего доброго")]
    result = verdicts("ru", turns, client_upset=True)
    assert result["needs"] == "fail"
    assert result["summary"] == "fail"
    assert result["empathy"] == "fail"


def test_real_check_and_recap_still_count():
    turns = [("agent", "Здравствуйте, Департамент социального страхования, Ольга. Чем могу помочь?"),
             ("client", "Пособие по нетрудоспособности не пришло, почему?"),
             ("agent", "Правильно ли я понимаю ваш вопрос: речь о пособии за ноябрь?"),
             ("client", "Да."),
             ("agent", "Пособие по нетрудоспособности выплачивает Касса по безработице, её телефон 15501."),
             ("client", "Понятно."),
             ("agent", "Итак, подведём итог: пособие выплачивает Касса по безработице, звоните 15501. Всё понятно?"),
             ("client", "Да, спасибо."),
             ("agent", "Спасибо за звонок, всего доброго!")]
    result = verdicts("ru", turns)
    assert result["needs"] == "pass"
    assert result["summary"] == "pass"


@pytest.mark.parametrize("text,found", [
    ("kuus null kaks null viis üks kaheksa null kaks seitse kolm oota üks hetk ma vaatan", ["oota"]),
    ("vaata korraks iseteenindusest", ["vaata"]),
    ("ma ei oota üks hetk kauem", []),
    ("palun oodake üks hetk", []),
    ("ta peab ootama natuke", []),
])
def test_wait_a_moment_is_informal_wherever_it_stands(text, found):
    assert [m.quote for m in tx.find_informal_address(text, "et")] == found


def test_birthplace_question_is_identification_not_the_answer():
    turns = [("agent", "Tere! Sotsiaalkindlustusamet, Kaja kuuleb."),
             ("client", "Tere. Mulle tuli puude otsus ja ma ei saa aru, miks puuet ei tuvastatud."),
             ("agent", "Palun öelge oma isikukood."),
             ("client", "Neli üks null null kaks null kaks kolm seitse kaks kuus."),
             ("agent", "Aitäh. Ja palun öelge veel, kus Te olete sündinud."),
             ("client", "Tartus."),
             ("agent", "Aitäh. Kas Te soovite otsust vaidlustada või tahate kõigepealt teada, miks selline otsus tuli?"),
             ("client", "Kõigepealt miks."),
             ("agent", "Ekspertarst hindas, et terviseseisund ei piira igapäevaelu nii palju, et puue tuvastada."),
             ("client", "Selge."),
             ("agent", "Kokkuvõtteks: puuet ei tuvastatud, vaide saab esitada 30 päeva jooksul. Kas on arusaadav?"),
             ("client", "Jah, aitäh."),
             ("agent", "Aitäh, head päeva!")]
    assert verdicts("et", turns, identification_required=True)["needs"] == "pass"
