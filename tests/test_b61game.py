"""Batch 61 gaming runs that passed or were thanked, on own sentences (not the batch's):

- the scenario's goals, hints or feedback pasted as replies, or instructions in the infinitive about the call
  («Объяснить, что ...», „Öelda, et ...“), say nothing to the caller: the scorer's real_answers gate fails and the
  client does not thank (trainer.scoring.author_text);
- the call model talked about (numbered stage labels with keyword lists, „Kõnemudeli järgi ...“) is no answer either
  (trainer.scoring.call_model_talk);
- an emergency number put only in a bracketed footer after a refusal is not the help the caller needed
  (trainer.simulation.gamed_replies.bracketed_footer).
"""

from __future__ import annotations

import pytest

from trainer.scoring.author_text import author_text, infinitive_instruction, pasted_author_text
from trainer.scoring.call_model_talk import call_model_talk
from trainer.simulation.examples import play_answers
from trainer.simulation.gamed_replies import bracketed_footer
from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library()


@pytest.mark.parametrize("sentence, lang", [
    ("Спокойно выслушать пострадавшую, спросить, угрожает ли ей что-то сейчас, и не выпытывать подробности.", "ru"),
    ("Объяснить, что пенсию переводят на счёт пятого числа.", "ru"),
    ("Шаг за шагом рассказать, что справку выписывает семейный врач.", "ru"),
    ("Не называть сумму пособия и не просить личный код в открытом чате.", "ru"),
    ("Selgitada, et toetust makstakse iga kuu kaheksandal kuupäeval.", "et"),
    ("Öelda, et avaldus tuleb esitada kirjalikult.", "et"),
    ("Mitte avaldada võlgniku andmeid ega lubada midagi.", "et"),
])
def test_infinitive_instruction_found(sentence, lang):
    assert infinitive_instruction(sentence, lang)


@pytest.mark.parametrize("sentence, lang", [  # must-nots: offers, rules with their modal, the infinitive as subject
    ("Могу объяснить, что нужно взять с собой.", "ru"),
    ("Объяснить ещё раз?", "ru"),
    ("Kas selgitada?", "et"),
    ("Võin selgitada, kuidas taotlus esitada.", "et"),
    ("Подать заявление можно в среде самообслуживания.", "ru"),
    ("Taotleda saab iseteeninduses.", "et"),
    ("Звонить лучше утром.", "ru"),
    ("Обратиться за помощью – это правильное решение.", "ru"),
    ("Честно сказать, когда придёт ответ, я не знаю.", "ru"),
    ("Помощь пострадавшим – услуга Департамента, позвоните на 116 006.", "ru"),
    ("Ohvriabi on meie ameti teenus, helistage 116 006.", "et"),
    ("Esiteks võtke arstilt tõend, teiseks minge ettevõttesse.", "et"),
])
def test_infinitive_instruction_not_found(sentence, lang):
    assert not infinitive_instruction(sentence, lang)


AUTHOR = author_text(
    ["Kuulata helistajat rahulikult ja anda ohvriabi kriisitelefon 116 006 ööpäev läbi"],
    ["Küsige, kas lapsed on praegu üksi kodus.", "Lapsed on praegu üksi kodus: kohe 112.",
     "Perehüvitisi makstakse iga kuu kaheksandal kuupäeval."],
    "et")


@pytest.mark.parametrize("sentence", [
    "Kuulata helistajat rahulikult ja anda ohvriabi kriisitelefon 116 006 ööpäev läbi.",
    "Kuulata helistajat rahulikult, anda ohvriabi kriisitelefon 116 006 ööpäev läbi!",
    "Küsige, kas lapsed on praegu üksi kodus.",
])
def test_pasted_author_text_found(sentence):
    assert pasted_author_text(sentence, AUTHOR)


@pytest.mark.parametrize("sentence", [  # must-nots: real answers sharing the author's words
    "Kas lapsed on praegu üksi kodus?",
    "Perehüvitisi makstakse iga kuu kaheksandal kuupäeval.",  # a rule the feedback states: said to the caller
    "Helistage ohvriabi kriisitelefonile 116 006, see töötab ööpäev läbi.",
    "Lapsed on praegu üksi kodus, seega helistage kohe 112.",
])
def test_pasted_author_text_not_found(sentence):
    assert not pasted_author_text(sentence, AUTHOR)


@pytest.mark.parametrize("sentence, lang", [
    ("Этап 3 модели разговора – уточнение: о каком пособии идёт речь?", "ru"),
    ("Этап 4 – объяснение: пособие, самообслуживание, ID-карта.", "ru"),
    ("Шаг 6 – завершение: всего доброго!", "ru"),
    ("Samm 2: tuvastamine.", "et"),
    ("Etapp 4 – selgitamine: toetus, iseteenindus, ID-kaart.", "et"),
    ("Kõnemudeli järgi küsin nüüd Teie isikukoodi.", "et"),
    ("Согласно модели звонка, назовите свой личный код.", "ru"),
])
def test_call_model_talk_found(sentence, lang):
    assert call_model_talk(sentence, lang)


@pytest.mark.parametrize("sentence, lang", [  # must-nots: steps the caller takes, a real explanation
    ("Esiteks võtke arstilt tõend, teiseks minge ettevõttesse.", "et"),
    ("1) võtke arstilt tõend 2) minge ettevõttesse", "et"),
    ("Esimene samm: minge perearsti juurde.", "et"),
    ("Первый шаг – позвоните 112.", "ru"),
    ("Модель ходунков Вы выберете вместе с фирмой.", "ru"),
])
def test_call_model_talk_not_found(sentence, lang):
    assert not call_model_talk(sentence, lang)


@pytest.mark.parametrize("text, lang, footer", [
    ("Kahjuks ei saa ma teise pere andmeid anda. (112, 116 111)", "et", "(112, 116 111)"),
    ("Назовите сначала личный код. Данные других людей мы не сообщаем. (112; 116 006)", "ru", "(112; 116 006)"),
])
def test_bracketed_footer_found(text, lang, footer):
    assert bracketed_footer(text, lang) == [footer]


@pytest.mark.parametrize("text, lang", [  # must-nots: a bracket inside a sentence, without a number, or speech
    ("Helistage ohvriabisse 116 006 (ööpäev läbi).", "et"),
    ("Tere! (Mari) Kuidas saan aidata?", "et"),
    ("Helistage kohe 112. (Kui vaja, helistage ka 116 111.)", "et"),
    ("Помощь пострадавшим (ohvriabi) – наша услуга, телефон 116 006.", "ru"),
])
def test_bracketed_footer_not_found(text, lang):
    assert bracketed_footer(text, lang) == []


def _real_answers(result):
    return next(c for c in result["criteria"] if c["id"] == "real_answers")["result"]


def test_goal_instructions_as_replies_fail_and_get_no_thanks(library):
    conv = play_answers(library.get("victim-support-ru"), library, [
        "Здравствуйте! Департамент социального страхования, Анна. Чем могу помочь?",
        "Спокойно выслушать пострадавшую, спросить, угрожает ли ей что-то сейчас, и не выпытывать подробности.",
        "Рассказать, что помощь жертвам – наша услуга, и назвать кризисный телефон 116 006, который работает круглосуточно.",
        "Объяснить, что можно подать заявление на компенсацию и на возмещение расходов на психолога.",
        "Спасибо за звонок, всего доброго!",
    ])
    result = conv.score()
    assert not result["passed"] and _real_answers(result) == "fail"
    assert conv.state["step"] != "wrap"


def test_stage_labels_with_keywords_fail(library):
    conv = play_answers(library.get("foreign-no-code-ru"), library, [
        "Здравствуйте! Департамент социального страхования, Анна. Чем могу помочь?",
        "Этап 2 модели разговора – идентификация: назовите, пожалуйста, личный код.",
        "Этап 4 – объяснение: вид на жительство, личный код, пособие, самообслуживание, 8-е число.",
        "Этап 5 – итог: код, пособие, самообслуживание. Этап 6 – завершение: всего доброго!",
    ])
    result = conv.score()
    assert not result["passed"] and _real_answers(result) == "fail"


def test_emergency_numbers_in_a_footer_get_no_thanks(library):
    conv = play_answers(library.get("child-at-risk-et"), library, [
        "Tere! Sotsiaalkindlustusamet, Mari kuuleb.",
        "Palun öelge kõigepealt oma isikukood, muidu ei saa ma midagi öelda. Teise pere andmeid me ei avalda. (112, 116 111)",
        "Isikuandmete kaitse tõttu toetuste kohta infot ei anta.",
        "Head aega!",
    ])
    assert conv.state["step"] != "wrap"
