"""Blind round 16: courtesy and the closing (own dialogues, et and ru).

- a website pointer as the whole reply to a client who says she cannot use websites (before or right after it) is
  a brush-off; the same pointer to a client who uses the site, or with the answer told beside it, is fine;
- the client answering the agent's remark with "very funny" («очень смешно», "väga naljakas") says it mocked her;
  "that rule is funny" about the rule says nothing about the agent;
- "many chats are waiting" as the goodbye to a question the client says is still open ("küsimus jäi ju") cuts
  her off (courtesy) and leaves the matter open (closing); a queue apology at the start of an answer is courteous.
"""

from scoring_support import verdicts

GREET_ET = ("agent", "Tere! Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?")
GREET_RU = ("agent", "Здравствуйте! Департамент социального страхования, Ольга. Чем могу помочь?")


def result(lang, turns, criterion="courtesy", channel="chat"):
    return verdicts(lang, turns, channel=channel)[criterion]


# -- a website pointer to a client who cannot use websites ---------------------------------------------------------

def test_pointer_after_cannot_use_sites_ru():
    assert result("ru", [
        GREET_RU,
        ("client", "Какие документы нужны для пособия на ребёнка-инвалида? Я в интернете совсем не разбираюсь."),
        ("agent", "Все сведения об этом есть на нашем сайте в разделе «Семья»."),
        ("client", "Ладно."),
        ("agent", "Спасибо за обращение, до свидания!"),
    ]) == "fail"


def test_pointer_then_cannot_use_sites_et():
    assert result("et", [
        GREET_ET,
        ("client", "Kas puudega lapse toetuse jaoks on vaja arstitõendit?"),
        ("agent", "Kogu info selle kohta leiate meie kodulehelt sotsiaalkindlustusamet.ee rubriigist „Lapsed“."),
        ("client", "Ma ei oska arvutit kasutada, seepärast kirjutangi. Kas tõendit on vaja?"),
        ("agent", "Taotluse saab esitada ka posti teel."),
        ("client", "Selge."),
        ("agent", "Aitäh, head päeva!"),
    ]) == "fail"


def test_pointer_to_a_client_who_uses_the_site_passes_ru():
    assert result("ru", [
        GREET_RU,
        ("client", "Где мне найти бланк заявления на пособие?"),
        ("agent", "Бланк есть на нашем сайте в разделе «Бланки»."),
        ("client", "Нашла, спасибо."),
        ("agent", "Пожалуйста! Всего доброго!"),
    ]) == "pass"


def test_pointer_with_answer_to_non_user_passes_et():
    assert result("et", [
        GREET_ET,
        ("client", "Kas toetuse jaoks on vaja arstitõendit? Ma internetis hästi ei oska."),
        ("agent", "Jah, arstitõend on vaja. Selle toob perearst ise, Teie ei pea midagi tegema. Info on ka kodulehel."),
        ("client", "Selge, aitäh."),
        ("agent", "Aitäh, head päeva!"),
    ]) == "pass"


# -- "very funny": the client says the remark mocked her -------------------------------------------------------------

def test_very_funny_ru():
    assert result("ru", [
        GREET_RU,
        ("client", "Почему мне пенсию перевели позже, чем подруге?"),
        ("agent", "Ну, подруге, наверное, повезло больше 😉 Банки у нас тоже не волшебники."),
        ("client", "очень смешно"),
        ("agent", "Пенсия переводится в банк 5-го числа, зачисление зависит от банка."),
        ("client", "Понятно, спасибо."),
        ("agent", "Спасибо за обращение, всего доброго!"),
    ]) == "fail"


def test_very_funny_et():
    assert result("et", [
        GREET_ET,
        ("client", "Miks mu naabrile makstakse rohkem pensioni kui mulle?"),
        ("agent", "Naaber on ilmselt lihtsalt kauem töötanud. Elu on selline."),
        ("client", "Väga naljakas."),
        ("agent", "Pensioni suurus sõltub tööstaažist ja kogutud kindlustusosakutest."),
        ("client", "Selge, aitäh."),
        ("agent", "Aitäh, head päeva!"),
    ]) == "fail"


def test_funny_rule_is_no_mockery_et():
    assert result("et", [
        GREET_ET,
        ("client", "Kas elusoleku tõendit peab igal aastal saatma?"),
        ("agent", "Jah, välismaal elav pensionär saadab tõendi kord aastas, hiljemalt 1. aprilliks."),
        ("client", "no see on ju naljakas reegel, aga olgu."),
        ("agent", "Aitäh, head päeva!"),
    ]) == "pass"


# -- "many chats waiting" as the goodbye to an open question ---------------------------------------------------------

BUSY_ET = [
    GREET_ET,
    ("client", "Kas ma saan töötuskindlustuse hüvitise kõrvalt tööd teha?"),
    ("agent", "Sellest on juttu meie kodulehel."),
    ("client", "aga lühidalt, kas saan või ei?"),
    ("agent", "Kokkuvõtteks: küsisite töötamise kohta. Kas saan veel aidata?"),
    ("client", "no see küsimus jäi ju vastamata"),
    ("agent", "Vabandust, meil on praegu palju vestlusi ootel. Aitäh, et kirjutasite, head päeva!"),
]


def test_queue_goodbye_to_open_question_et():
    assert result("et", BUSY_ET) == "fail"
    assert result("et", BUSY_ET, "closing") == "fail"


def test_queue_goodbye_to_open_question_ru():
    turns = [
        GREET_RU,
        ("client", "Можно ли работать, получая пенсию по старости?"),
        ("agent", "Это описано на нашем сайте."),
        ("client", "а коротко можно? уменьшится пенсия или нет?"),
        ("agent", "Итак: Вы спрашивали о работе. Могу ли я ещё чем-то помочь?"),
        ("client", "мой вопрос так и остался без ответа"),
        ("agent", "Извините, у нас сейчас много чатов в очереди. Спасибо за обращение, всего доброго!"),
    ]
    assert result("ru", turns) == "fail"
    assert result("ru", turns, "closing") == "fail"


def test_queue_apology_then_answer_passes_ru():
    assert result("ru", [
        GREET_RU,
        ("client", "Можно ли работать, получая пенсию по старости?"),
        ("agent", "Извините за ожидание, у нас сейчас много чатов в очереди. Да, работать можно, пенсия не уменьшается."),
        ("client", "Отлично, спасибо."),
        ("agent", "Спасибо за обращение, всего доброго!"),
    ]) == "pass"
