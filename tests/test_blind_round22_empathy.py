"""A vague formula glued to the next step is no response to the client's hardship (criterion "empathy", blind rounds
21-22), on own et/ru sentences.

The client tells of more than her matter (no money, unpaid bills, tears, shock, hurt, a death in the family) and the
agent's only acknowledgement is a formula about importance, emotions, dissatisfaction or inconvenience glued straight
to a procedure step (a code request, "mis teie küsimus täpsemalt on", a keyword line): nothing answers her.

Must-nots: a condolence or sympathy in few words keeps counting ("Mul on väga kahju.", «Сочувствую Вам.»), and so does
a formula that goes on to name a feeling, a formula to a plain complaint with no hardship in it, a formula before an
inform about the money to a client short of money, a formula before she asks what to live on (the answer about the
matter takes that up), and any formula once the agent names the hardship somewhere.
"""

import pytest
from scoring_support import verdicts

OPEN = {"et": "Tere! Sotsiaalkindlustusamet, Liis kuuleb. Kuidas saan aidata?",
        "ru": "Здравствуйте! Департамент социального страхования, Ирина. Чем могу помочь?"}
THANKS = {"et": "Aitäh.", "ru": "Спасибо."}

SHOCK = {"et": "Tütrel võeti raske puue ära, ta ei kõnni ju üldse. Ma olen täiesti šokis.",
         "ru": "Дочери сняли тяжёлую степень, она же совсем не ходит. Я в шоке."}
LOSS = {"et": "Mu vend suri kolm nädalat tagasi ja nüüd tuli kiri tema toetuse kohta.",
        "ru": "У меня три недели назад умер брат, и теперь пришло письмо про его пособие."}
TEARS = {"et": "Hooldajatoetus jäi tulemata, ma nutsin terve öö.",
         "ru": "Пособие по уходу не пришло, я всю ночь плакала."}
MONEY = {"et": "Toetus jäi tulemata, raha on otsas ja elektriarve on maksmata.",
         "ru": "Пособие не пришло, денег нет совсем, за свет платить нечем."}
PLAIN = {"et": "Pension ei ole jälle tulnud, mis toimub?",
         "ru": "Пенсия опять не пришла, что происходит?"}


def _empathy(lang, client, *replies, channel="chat"):
    turns = [("agent", OPEN[lang]), ("client", client)]
    for reply in replies:
        turns += [("agent", reply), ("client", THANKS[lang])]
    return verdicts(lang, turns, channel=channel, client_upset=True)["empathy"]


@pytest.mark.parametrize("lang, client, reply, channel", [
    # distress, then a formula about importance or emotions and straight on
    ("et", SHOCK["et"], "Saan aru, et see on Teile oluline. Palun öelge oma isikukood.", "chat"),
    ("ru", SHOCK["ru"], "Понимаю ваши эмоции. Решение о степени принимает врач-эксперт по документам.", "chat"),
    ("et", TEARS["et"], "saan aru et see on teile oluline mis teie küsimus täpsemalt on", "phone"),
    ("ru", TEARS["ru"], "Понимаю Ваше недовольство. Уточните, пожалуйста, когда Вы подавали заявление?", "chat"),
    # a death in the family, then the formula and a question
    ("et", LOSS["et"], "Saan aru, et see on Teile oluline. Mis kiri see täpsemalt oli?", "chat"),
    ("ru", LOSS["ru"], "Я понимаю, как это для Вас важно. Какое письмо Вы получили?", "chat"),
    # an apology for the inconvenience glued to a keyword line
    ("et", TEARS["et"], "Vabandan ebamugavuste pärast. Märksõnad: toetus, tähtaeg, iseteenindus.", "chat"),
    ("ru", SHOCK["ru"], "Приношу извинения за неудобства. Ключевые слова: степень, возражение, срок.", "chat"),
    # no money, then the formula and a code request
    ("et", MONEY["et"], "saan aru et see on teile oluline palun öelge oma isikukood", "phone"),
    ("ru", MONEY["ru"], "Понимаю, как это для Вас важно. Назовите, пожалуйста, Ваш личный код.", "chat"),
])
def test_a_vague_formula_glued_to_the_next_step_answers_no_hardship(lang, client, reply, channel):
    assert _empathy(lang, client, reply, channel=channel) == "fail"


@pytest.mark.parametrize("lang, client, replies", [
    # a condolence or sympathy in few words
    ("et", LOSS["et"], ["Mul on väga kahju. Palun öelge oma isikukood."]),
    ("ru", LOSS["ru"], ["Сочувствую Вам. Назовите, пожалуйста, Ваш личный код."]),
    ("ru", SHOCK["ru"], ["Понимаю, как Вам сейчас тяжело. Назовите, пожалуйста, личный код дочери."]),
    # the formula goes on to name a feeling
    ("et", TEARS["et"], ["Saan aru, et see on Teile oluline, ja mul on väga kahju. Palun öelge isikukood."]),
    ("ru", TEARS["ru"], ["Понимаю, как это для Вас важно, и мне очень жаль. Назовите, пожалуйста, личный код."]),
    # a plain complaint: no hardship told
    ("et", PLAIN["et"], ["Saan aru, et see on Teile oluline. Palun öelge oma isikukood."]),
    ("ru", PLAIN["ru"], ["Понимаю Вас, приношу извинения за неудобства. Назовите, пожалуйста, личный код."]),
    # short of money: the formula before an inform about the money
    ("et", MONEY["et"], ["Saan aru, et see on Teile oluline. Toetus makstakse välja järgmisel esmaspäeval."]),
    # the agent names the want of money in another reply
    ("et", MONEY["et"], ["Saan aru, et see on Teile oluline. Palun öelge oma isikukood.",
                         "Näen, et jäite sel kuul ilma rahata. Toetus makstakse välja esmaspäeval."]),
    ("ru", MONEY["ru"], ["Понимаю, как это для Вас важно. Назовите, пожалуйста, личный код.",
                         "Вижу, Вы остались без денег в этом месяце. Пособие будет выплачено в понедельник."]),
])
def test_must_not_lose_a_response(lang, client, replies):
    assert _empathy(lang, client, *replies) == "pass"


@pytest.mark.parametrize("lang, client, reply, later", [
    ("et", PLAIN["et"], "Saan aru, et see on Teile oluline. Kas saate pensioni pangakontole?",
     "Jah. Aga millest ma siis seni elan, raha on otsas?"),
    ("ru", PLAIN["ru"], "Понимаю, как это для Вас важно. Вы получаете пенсию на счёт в банке?",
     "Да. А на что мне жить до тех пор?"),
])
def test_a_want_of_money_asked_after_the_formula_is_a_question_for_the_answer(lang, client, reply, later):
    turns = [("agent", OPEN[lang]), ("client", client), ("agent", reply), ("client", later),
             ("agent", "Väljamakse tehakse 10. kuupäeval." if lang == "et" else "Выплата будет 10 числа.")]
    assert verdicts(lang, turns, channel="chat", client_upset=True)["empathy"] == "pass"
