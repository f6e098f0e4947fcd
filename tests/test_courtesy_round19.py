"""Courtesy (blind round 19), on own et/ru sentences: a client's account of the trouble is no complaint about a reply.

A patient call failed courtesy because three client lines were read as "your replies miss my question": calling the
third time because the line was busy («звоню уже третий раз, всё занято»; the n-th time counts when it is about
asking, not about getting through), and "what is this" at the end of a long account of the client's trouble («... и
вообще что это такое, я сорок лет отработал»: outrage at the situation; a short «алло, это что вообще такое» after a
paste still tells the agent the reply missed).
"""

import pytest
from scoring_support import verdicts

from trainer.scoring.client_reply import says_missed
from trainer.scoring.courtesy import not_listening


@pytest.mark.parametrize("text, missed", [
    ("я звоню вам уже третий раз, у вас всё занято", False),
    ("helistan juba kolmandat korda, liin on kogu aeg kinni", False),
    ("я уже третий раз спрашиваю одно и то же", True),
    ("ma küsin teilt kolmandat korda sama asja", True),
])
def test_calling_again_is_not_asking_again(text, missed):
    assert says_missed(text) is missed


@pytest.mark.parametrize("text, reaction", [
    ("алло, это что вообще такое?", True),
    ("mis see siis oli?", True),
    ("пенсии не было почти год, теперь опять не знаю, будет или нет, и вообще что это такое, я сорок лет отработал",
     False),
    ("pensioni ei tulnud pool aastat ja nüüd jälle ei tea kas tuleb või mitte, mis see on, ma olen terve elu tööd "
     "teinud", False),
])
def test_what_was_that_only_as_a_short_reaction(text, reaction):
    assert not_listening(text) is reaction


PATIENT = [
    ("agent", "Здравствуйте, Департамент социального страхования, меня зовут Оксана, чем могу помочь?"),
    ("client", "алло, вы меня слышите?"),
    ("agent", "Да, слышу Вас хорошо."),
    ("client", "я звоню уже третий раз, у вас всё занято, по поводу российской пенсии"),
    ("agent", "Извините, что пришлось ждать, сейчас много звонков. Я Вас слушаю."),
    ("client", "её не было почти год, потом пришла, теперь опять не знаю, будет или нет, и вообще что это такое, "
               "я сорок лет отработал"),
    ("agent", "Понимаю, как это тяжело. Вы хотите узнать, когда будет следующая выплата?"),
    ("client", "да, когда будет"),
    ("agent", "Российскую пенсию платит Россия, Эстония только передаёт деньги, выплаты идут раз в квартал."),
    ("client", "раз в квартал, это я знаю. а почему не было?"),
    ("agent", "С ноября 2024 по август 2025 года Россия ничего не перечисляла, с сентября выплаты возобновились."),
    ("client", "понятно, спасибо"),
    ("agent", "Итак: пенсию платит Россия раз в квартал, с сентября выплаты идут. Всё понятно? Всего доброго!"),
]


def test_patient_call_with_an_upset_account_keeps_courtesy():
    assert verdicts("ru", PATIENT, client_upset=True)["courtesy"] == "pass"
