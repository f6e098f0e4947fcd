"""An empathy line pasted into every reply responds to nothing (issue 9, criterion "empathy").

The same empathy sentence (four words or more) said word for word in two or more replies is a macro: it is
pasted whatever the client writes, so it responds to no one message. Own dialogues; near misses: one
empathy sentence after the client's distress, a short «Понимаю.» said twice, two different empathy
sentences.
"""

from scoring_support import verdicts

GREET_ET = ("agent", "Tere! Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?")
GREET_RU = ("agent", "Здравствуйте! Департамент социального страхования, Ольга. Чем могу помочь?")


def empathy(lang, turns):
    return verdicts(lang, turns, channel="chat", client_upset=True)["empathy"]


def test_an_empathy_line_pasted_into_every_reply_is_no_empathy_et():
    line = "Saan aru, kui oluline see Teile on."
    assert empathy("et", [
        GREET_ET,
        ("client", "Mu pension pole kaks kuud tulnud, mul pole millegagi üüri maksta!"),
        ("agent", f"{line} Palun täpsustage oma küsimust."),
        ("client", "Ma ju ütlesin, pension pole tulnud!"),
        ("agent", f"{line} Pension makstakse iga kuu viiendal kuupäeval."),
        ("client", "Aga miks siis mul pole?"),
        ("agent", f"{line} Aitäh, et pöördusite!"),
    ]) == "fail"


def test_an_empathy_line_pasted_into_every_reply_is_no_empathy_ru():
    line = "Я понимаю, насколько это для Вас важно."
    assert empathy("ru", [
        GREET_RU,
        ("client", "Пенсия не пришла уже второй месяц, мне не на что купить лекарства!"),
        ("agent", f"{line} Уточните, пожалуйста, Ваш вопрос."),
        ("client", "я же написала, пенсии нет!!"),
        ("agent", f"{line} Пенсия выплачивается пятого числа каждого месяца."),
    ]) == "fail"


def test_one_empathy_sentence_after_the_distress_counts():
    assert empathy("ru", [
        GREET_RU,
        ("client", "Пенсия не пришла уже второй месяц, мне не на что купить лекарства!"),
        ("agent", "Я понимаю, насколько это для Вас тяжело. Сейчас проверю, что случилось с выплатой."),
        ("client", "Проверьте, пожалуйста."),
        ("agent", "Выплата ушла на закрытый счёт и вернулась, её повторят после заявления о новом счёте."),
    ]) == "pass"


def test_a_short_acknowledgement_said_twice_still_counts():
    assert empathy("et", [
        GREET_ET,
        ("client", "Mu pension pole kaks kuud tulnud, mul pole millegagi üüri maksta!"),
        ("agent", "Mõistan. Vaatan kohe, mis makse juhtus."),
        ("client", "Ma olen täiesti meeleheitel!"),
        ("agent", "Mõistan. Makse läks vanale kontole ja tuli tagasi, see makstakse uuesti pärast uue konto teatamist."),
    ]) == "pass"


def test_two_different_empathy_sentences_count():
    assert empathy("et", [
        GREET_ET,
        ("client", "Mu pension pole kaks kuud tulnud, mul pole millegagi üüri maksta!"),
        ("agent", "Saan aru, et see on väga raske olukord. Vaatan kohe, mis maksega juhtus."),
        ("client", "Ma olen täiesti meeleheitel!"),
        ("agent", "Mõistan Teie muret. Makse läks vanale kontole ja tuli tagasi, see makstakse uuesti."),
    ]) == "pass"
