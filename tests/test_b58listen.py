"""New-user batch 58 (live58) foreign-eu-pension-ru good run, on sentences written for these tests.

The client asked «когда подавать?» and the agent answered «Лучше заранее. ...»: a short verbless sentence that
answers the client's "when?" with a time adverb. The act finder took it for a keyword between real sentences
(`keyword_chain.keyword_sentence`), so the client never heard "in advance", found nothing to go on with and said
the generic «А на мой вопрос Вы ещё не ответили?» (`listening.open_question` after «Это понятно?").

A time adverb said to a client's "when?" (millal / когда) is the elliptical answer, as a channel is to "where?"
and a date to "which day?" (`keywords.answers_value`). Must-nots: the same words without a when-question, a time
word beside a bare topic, and a call-model cue stay keywords.
"""

from __future__ import annotations

import pytest

from trainer.scoring.acts import find_non_answers
from trainer.scoring.transcript import Transcript, Turn
from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library
from trainer.text.keywords import answers_value

_OPENING = {"et": "Tere! Sotsiaalkindlustusamet, Mari kuuleb.",
            "ru": "Здравствуйте! Департамент социального страхования, Мария."}


@pytest.fixture(scope="module")
def library():
    return load_library()


def _keywords(question: str, reply: str, lang: str) -> list[str]:
    turns = [Turn(role="agent", text=_OPENING[lang]), Turn(role="client", text=question),
             Turn(role="agent", text=reply)]
    transcript = Transcript(language=lang, channel="chat", turns=turns)
    return [f.quote for f in find_non_answers(transcript, {}, lang).findings if f.turn == 2]


_WHEN_RU = "Скажите, а когда мне подавать заявление на пособие?"
_WHEN_ET = "Aga millal ma peaksin avalduse esitama?"


@pytest.mark.parametrize("lang, question, reply", [
    ("ru", _WHEN_RU, "Желательно заранее. Подать заявление можно в среде самообслуживания. Вам понятно?"),
    ("ru", _WHEN_RU, "Как можно раньше. Срок рассмотрения до 30 дней. Понятно?"),
    ("ru", _WHEN_RU, "Лучше сразу. Заявление рассматривают до 30 дней."),
    ("ru", "когда лучше обратиться?", "Лучше всего весной. Тогда к осени всё будет готово."),
    ("et", _WHEN_ET, "Pigem varakult. Avalduse saab esitada iseteeninduses. Kas on arusaadav?"),
    ("et", _WHEN_ET, "Parem kohe. Menetlus võtab kuni 30 päeva."),
    ("et", "millal seda teha tuleks?", "Võimalikult vara. Siis jõuame otsuse teha enne tähtaega."),
])
def test_time_adverb_answers_when(lang, question, reply):
    assert _keywords(question, reply, lang) == []


@pytest.mark.parametrize("lang, question, reply", [
    # no when-question: the same short sentence is a keyword between real sentences
    ("ru", "Куда мне подавать заявление?", "Лучше заранее. Подать заявление можно в среде самообслуживания."),
    ("et", "Kuhu ma avalduse saadan?", "Pigem varakult. Avalduse saab esitada iseteeninduses."),
    # a time word beside a bare topic, or a call-model cue, answers nothing
    ("ru", _WHEN_RU, "Заявление заранее. Подать заявление можно в среде самообслуживания."),
    ("ru", _WHEN_RU, "Заранее, итог. Подать заявление можно в среде самообслуживания."),
    ("et", _WHEN_ET, "Taotlus varakult. Avalduse saab esitada iseteeninduses."),
    ("et", _WHEN_ET, "Varakult, kokkuvõte. Avalduse saab esitada iseteeninduses."),
])
def test_keywords_stay_keywords(lang, question, reply):
    assert _keywords(question, reply, lang) != []


@pytest.mark.parametrize("question, items, expected", [
    ("когда подавать?", ["Лучше заранее."], True),
    ("когда подавать?", ["чем раньше, тем лучше"], True),
    ("millal esitada?", ["Juba täna."], True),
    ("millal esitada?", ["Aegsasti"], True),
    ("куда подавать?", ["Лучше заранее."], False),
    ("когда подавать?", ["Пенсия заранее."], False),
    ("millal esitada?", ["Iseteenindus varakult."], False),
    ("когда подавать?", ["Заранее.", "Итог."], False),
])
def test_answers_value_time_adverb(question, items, expected):
    assert answers_value(question, items) is expected


_PENSION = [
    "Здравствуйте! Департамент социального страхования, меня зовут Мария. Вы работали в Финляндии около четырёх лет и "
    "хотите узнать о пенсии за этот стаж? Вы живёте в Эстонии?",
    "Самому писать в Финляндию не нужно: заявление подаёте у нас, а мы передадим его в Финляндию. Понятно ли?",
]


@pytest.mark.parametrize("reply", [
    "Желательно заранее. Учтите: пенсионный возраст в 2027 году 65 лет и 1 месяц. Вам понятно?",
    "Лучше пораньше. И уточню, что в 2027 году пенсионный возраст 65 лет и 1 месяц. Понятно?",
])
def test_client_hears_the_time_adverb(library, reply):
    """«когда подавать?» answered «Желательно заранее. ...»: the client goes on satisfied, no open-question line."""
    conv = play_answers(library.get("foreign-eu-pension-ru"), library, [*_PENSION, reply])
    clients = [t for t in conv.turns if t["role"] == "client"]
    assert clients[-1]["step"] == "wrap", clients[-1]
    assert not any("не ответили" in t["text"] for t in clients)
