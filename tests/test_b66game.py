"""Batch 66, gaming runs the client thanked (own et/ru sentences, with must-nots):

- a call in which no reply ever spoke to the caller (no "you", no imperative, no question, no "I": law text in the
  impersonal third person, „Vaie esitatakse ...“, «Заявление подаётся ...») and that the client heard at least
  one non-answer in does not end on the grateful line: nobody talked to the caller. A cold but addressed answer
  („Vaide saate esitada ...“) and a terse one that asks something still get the thanks;
- an end step reached by a rule that names a wrong (``ever(disclosed) and ...``) keeps the client's line only when the
  step records that wrong (every rule that leads to it names one: „о, спасибо, быстро!“ after a disclosure); the
  dialogue's ordinary grateful end reached that way is judged like any other ending (telegram replies do not get
  „Спасибо, что так понятно объяснили!“);
- a long but real answer that speaks to the caller still gets the thanks.
"""

from __future__ import annotations

import pytest

from trainer.simulation.client_line import thanks
from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library
from trainer.simulation.unthanked import dedicated_end, spoken_to


@pytest.fixture(scope="module")
def library():
    return load_library()


def _end(library, scenario_id: str, answers: list[str]) -> tuple[str, bool]:
    """The end step of a played run and whether the client's last line on it thanks."""
    conv = play_answers(library.get(scenario_id), library, answers)
    step = conv.current_step
    last = next((t for t in reversed(conv.turns) if t["role"] == "client"), None)
    return step.id, bool(last and thanks(conv, last["text"]))


@pytest.mark.parametrize("text, lang", [
    ("Seaduse järgi on isikul õigus esitada vaie. Vaie esitatakse kirjalikult ametile.", "et"),
    ("Vaidesse märgitakse otsuse number ja esitaja nõue. Vaie lahendatakse seaduses ette nähtud aja jooksul.", "et"),
    ("Согласно закону лицо вправе подать возражение. Возражение подаётся в письменной форме.", "ru"),
    ("Решение принимается на основании документов. Пособие выплачивается одной страной.", "ru"),
])
def test_law_text_speaks_to_no_one(text, lang):
    assert not spoken_to(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Vaide saate esitada 30 päeva jooksul.", "et"),                       # a verb of the polite "you"
    ("Kirjutage vaidesse, millega Te ei nõustu.", "et"),                   # an imperative
    ("vaie 30 p jooksul. kas otsus tuli eile?", "et"),                     # terse, but a question to the caller
    ("Saadan Teile vormi lingi.", "et"),                                   # the agent's own act
    ("Подайте возражение в течение 30 дней.", "ru"),
    ("Вы можете написать возражение в свободной форме.", "ru"),
    ("Я отправлю Вам ссылку на форму.", "ru"),
])
def test_addressed_sentences_speak_to_the_caller(text, lang):
    assert spoken_to(text, lang)


def test_dedicated_end(library):
    assert dedicated_end(library.get("webchat-code-ru"), "disclosed_end")   # every rule to it names a wrong
    assert not dedicated_end(library.get("indexation-day-ru"), "wrap")      # also reached honestly
    assert not dedicated_end(library.get("appeal-howto-chat-et"), "wrap")


def test_law_text_call_is_not_thanked(library):
    step, thanked = _end(library, "appeal-howto-chat-et", [
        "Haldusmenetluse kohaselt on isikul, kelle õigusi otsusega rikuti, õigus esitada vaie. Vaie esitatakse "
        "kolmekümne päeva jooksul otsusest teadasaamisest. Vaie esitatakse kirjalikult ametile. Hilisemad "
        "terviseandmed esitatakse uue taotlusega.",
        "Vaidesse märgitakse vaidlustatav otsus, esitaja nõue ja põhjendus. Vaie esitatakse vabas vormis "
        "digiallkirjaga e-kirjaga, posti teel või klienditeeninduses.",
        "Menetlus lõpetatud.",
    ])
    assert not thanked, step


def test_cold_but_addressed_answer_is_thanked(library):
    # must-not: no empathy, yet spoken to the caller; the client still thanks
    step, thanked = _end(library, "appeal-howto-chat-et", [
        "Vaide saate esitada 30 päeva jooksul päevast, mil otsusest teada saite.",
        "Kirjutage vabas vormis või kodulehe vormil, millise otsusega ja miks Te ei nõustu. Saatke see "
        "digiallkirjaga e-kirjaga, postiga või tooge klienditeenindusse.",
        "Head aega!",
    ])
    assert (step, thanked) == ("wrap", True)


def test_terse_appeal_answer_is_thanked(library):
    step, thanked = _end(library, "appeal-howto-chat-et", [
        "tere, kadri ska. saan aru et olete pettunud. vaie 30 p jooksul otsusest teadasaamisest",
        "kirjutage vabalt: mis otsus, miks ei noustu, mida soovite. saatke e-kirjaga digiallkirjaga, postiga voi "
        "tooge ise klienditeenindusse",
        "koike head!",
    ])
    assert (step, thanked) == ("wrap", True)


def test_telegram_call_with_disclosure_is_not_thanked(library):
    step, thanked = _end(library, "indexation-day-ru", [
        "Добрый день. Департамент. Ольга.",
        "Ясно. Индексация. С апреля. Придёт с апрельской пенсией. Пятое. Воскресенье. В течение двух следующих "
        "рабочих дней. Не пятница. Средний рост. Понятно?",
        "Код. Проверка. Прибавка. 35,10. Рост зависит от размера пенсии. Всё. Понятно? До свидания.",
    ])
    assert not thanked, step


def test_real_indexation_answer_is_thanked(library):
    # must-not: a long but real answer, spoken to the caller, identification first, still gets the thanks
    step, thanked = _end(library, "indexation-day-ru", [
        "Здравствуйте! Департамент социального страхования, меня зовут Ольга. Чем могу помочь?",
        "Понимаю Ваше волнение. Повышение действует с 1 апреля, но на счёт оно придёт вместе с апрельской "
        "пенсией. Пятое апреля в этом году воскресенье, поэтому пенсию выплатят в течение двух следующих "
        "рабочих дней, то есть в понедельник или во вторник, а не в пятницу. 5,3 % – это рост средней пенсии.",
        "Чтобы назвать Вашу сумму, назовите, пожалуйста, Ваш личный код.",
        "Спасибо. Назовите, пожалуйста, место рождения.",
        "Спасибо. Ваша пенсия повысится на 35 евро 10 центов. Рост у каждого свой: он зависит от размера "
        "пенсии, поэтому у соседки он может быть больше. Итак: деньги придут в понедельник или во вторник. "
        "Ответила ли я на Ваш вопрос?",
        "Спасибо за звонок, всего доброго!",
    ])
    assert (step, thanked) == ("wrap", True)
