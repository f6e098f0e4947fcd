"""Needs (blind round 21), on own et/ru sentences: "it is natural that it is too much at once" validates a feeling.

A widow's chat failed needs because the agent's condolence went on "Sellises olukorras on loomulik, et kõike on korraga
liiga palju" before asking whether she asked for the children or for herself: the scorer took the validation for the
first answer, so the question came "after" it. A feeling called natural already led up to the answer for confusion,
worry and fear; being overwhelmed ("liiga palju", "palju korraga", «всё сразу», «навалилось») now does too. A rule
called natural ("on loomulik, et pension makstakse viiendal") is still an answer.
"""

import pytest
from scoring_support import verdicts

OPEN = {"et": "Tere! Sotsiaalkindlustusamet, Maarja. Kuidas saan aidata?",
        "ru": "Здравствуйте! Департамент социального страхования, Анна. Чем могу помочь?"}
CLIENT = {"et": ["mu ema suri eelmisel nädalal, ma ei tea millest alustada", "kas mingit toetust on"],
          "ru": ["у меня месяц назад умер муж, я не знаю с чего начать", "есть ли какое-то пособие"]}
QUESTION = {"et": "Kas küsite toetuse kohta iseendale või oma lastele?",
            "ru": "Вы спрашиваете о пособии для себя или для детей?"}
REST = {"et": [("client", "lastele"), ("agent", "Lastele makstakse toitjakaotuspensioni kuni 18-aastaseks saamiseni. "
                                                "Kas see vastas Teie küsimusele?"),
               ("client", "jah, aitäh"), ("agent", "Aitäh, kõike head!")],
        "ru": [("client", "для детей"), ("agent", "Детям выплачивается пенсия по потере кормильца до 18 лет. "
                                                  "Ответила ли я на Ваш вопрос?"),
               ("client", "да, спасибо"), ("agent", "Спасибо за обращение, всего доброго!")]}


def _needs(lang, lead):
    turns = [("agent", OPEN[lang])] + [("client", c) for c in CLIENT[lang]]
    turns += [("agent", lead), ("agent", QUESTION[lang])] + REST[lang]
    return verdicts(lang, turns, channel="chat", client_upset=True)["needs"]


@pytest.mark.parametrize("lang, lead", [
    ("et", "Mul on väga kahju. On täiesti loomulik, et praegu on kõike korraga liiga palju."),
    ("et", "Tunnen kaasa. Arusaadav, et palju asju tuleb korraga ja kõik on segamini."),
    ("ru", "Мне очень жаль. Естественно, что сейчас всё навалилось сразу."),
    ("ru", "Соболезную. Понятно, что слишком много всего одновременно."),
])
def test_overwhelmed_called_natural_leads_up_to_the_answer(lang, lead):
    assert _needs(lang, lead) == "pass"


@pytest.mark.parametrize("lang, lead", [
    ("et", "On loomulik, et toitjakaotuspensioni makstakse lastele kuni 18-aastaseks saamiseni."),
    ("ru", "Естественно, что пенсию по потере кормильца платят детям до 18 лет."),
])
def test_a_rule_called_natural_is_still_the_answer(lang, lead):
    assert _needs(lang, lead) == "fail"
