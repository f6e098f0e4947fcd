"""New-user batches 67 and 68 gaming runs: a wall of rules joined by semicolons sent as the first reply to a caller
who asked something (none of its clauses speaks to the caller), and the scenario's goals read out with „номер“ /
„number“ («Цель номер два: ...», „Eesmärk number üks: ...“, «Цель моего разговора: ...», «Все цели разговора
выполнены»). The sentences were written for this file, not copied from the runs; each reading has must-nots."""

from pathlib import Path

import pytest

from trainer.scoring.acts import find_non_answers
from trainer.scoring.call_model_talk import call_model_talk, step_labels
from trainer.scoring.score import builtin_concepts
from trainer.scoring.transcript import Transcript, Turn
from trainer.simulation.library import Library, scoring_settings

CONCEPTS = {**builtin_concepts(scoring_settings()),
            **Library.load(Path(__file__).parent.parent).rubrics["call-model"].concepts}


def _findings(lang, texts, client_first=True):
    roles = ("client", "agent") if client_first else ("agent", "client")
    turns = [Turn(role=roles[i % 2], text=t) for i, t in enumerate(texts)]
    return find_non_answers(Transcript(language=lang, turns=turns), CONCEPTS, lang).findings


# --- a wall of impersonal rules as the first reply to the caller's question --------------------------------------

ET_WALL = ("Tere! Sotsiaalkindlustusamet, Mari. Peretoetusi makstakse igal kuul 10. kuupäeval; lapsetoetus on 80 "
           "eurot kuus; kolmanda lapse eest makstakse 100 eurot; toetust makstakse kuni lapse 16-aastaseks saamiseni; "
           "õppiva lapse eest kuni 19-aastaseks saamiseni; taotlust esitada ei ole vaja, toetus määratakse "
           "automaatselt; muudatustest teatatakse iseteeninduse kaudu. Kas see vastas Teie küsimusele?")
RU_WALL = ("Здравствуйте! Департамент социального страхования, Ирина. Пенсия по старости назначается по ходатайству; "
           "ходатайство подаётся за полгода до пенсионного возраста; решение принимается в течение 15 рабочих "
           "дней; пенсия перечисляется на банковский счёт; при переезде за границу выплата продолжается в ЕС; "
           "размер пенсии ежегодно индексируется в апреле. Я ответила на Ваш вопрос?")
# the same facts told to the caller: a long but real answer (second person, imperatives) stays an answer
ET_TOLD = ("Tere! Sotsiaalkindlustusamet, Mari. Teie lapsetoetus tuleb igal kuul 10. kuupäeval; see on 80 eurot "
           "kuus; kolmanda lapse eest saate 100 eurot; toetust saate kuni lapse 16-aastaseks saamiseni; kui laps "
           "õpib, kuni 19-aastaseks saamiseni; taotlust Te esitama ei pea. Kas see vastas Teie küsimusele?")
RU_TOLD = ("Здравствуйте! Меня зовут Ирина, Департамент социального страхования. Отвечу сразу на всё: подайте "
           "ходатайство за полгода до пенсионного возраста; решение Вы получите в течение 15 рабочих дней; пенсию "
           "мы перечислим на Ваш счёт; если переедете в ЕС, выплата продолжится; размер Вашей пенсии ежегодно "
           "индексируется в апреле; копию чата можем Вам выслать. Я ответила на Ваш вопрос?")


@pytest.mark.parametrize("lang, question, wall", [
    ("et", "tere, mul sündis kolmas laps, kui palju toetust saan ja kas pean midagi taotlema?", ET_WALL),
    ("ru", "Здравствуйте, мне скоро на пенсию, что мне нужно сделать?", RU_WALL),
])
def test_impersonal_wall_to_a_question_is_a_stuffed_list(lang, question, wall):
    found = _findings(lang, [question, wall])
    assert any(f.turn == 1 and f.item_list for f in found)


@pytest.mark.parametrize("lang, question, told", [
    ("et", "tere, mul sündis kolmas laps, kui palju toetust saan ja kas pean midagi taotlema?", ET_TOLD),
    ("ru", "Здравствуйте, мне скоро на пенсию, что мне нужно сделать?", RU_TOLD),
])
def test_long_answer_told_to_the_caller_stays_an_answer(lang, question, told):
    assert not any(f.item_list or f.whole_reply for f in _findings(lang, [question, told]))


@pytest.mark.parametrize("lang, wall", [("et", ET_WALL), ("ru", RU_WALL)])
def test_opening_before_the_caller_spoke_is_the_openings_business(lang, wall):
    # a phone call the agent opens: nothing was asked yet, the opening is judged as before
    assert not any(f.turn == 0 and f.item_list for f in _findings(lang, [wall, "Aitäh."], client_first=False))


# --- the scenario's goals read out with "номер" / "number" ------------------------------------------------------

@pytest.mark.parametrize("sentence, lang", [
    ("Цель номер два: при угрозе звоните 112.", "ru"),
    ("Цель номер один выполняю: Вы сейчас одна дома?", "ru"),
    ("Цель № 3 – проверить понимание.", "ru"),
    ("Цель нашего разговора: выяснить, нужна ли Вам помощь.", "ru"),
    ("Все цели звонка выполнены.", "ru"),
    ("Eesmärk number üks: kas olete praegu turvalises kohas?", "et"),
    ("Eesmärk nr 2 – anda ohvriabi number 116 006.", "et"),
    ("Eesmärk number kolm täidetud.", "et"),
    ("Selle kõne eesmärk: selgitada, kuhu pöörduda.", "et"),
    ("Kõik kõne eesmärgid on täidetud.", "et"),
])
def test_numbered_goal_forms_are_call_model_talk(sentence, lang):
    assert call_model_talk(sentence, lang)
    assert step_labels(sentence, lang) == [sentence]


@pytest.mark.parametrize("sentence, lang", [
    ("Цель этого звонка для Вас – получить пособие вовремя, и мы это сделаем.", "ru"),
    ("Номер один для нас – Ваша безопасность.", "ru"),
    ("Все цели пособия описаны на сайте.", "ru"),
    ("Kõne eesmärk on, et saaksite abi kiiresti.", "et"),
    ("Number üks on Teie turvalisus.", "et"),
    ("Toetuse eesmärgid on kirjas kodulehel.", "et"),
])
def test_goal_words_in_speech_stay_speech(sentence, lang):
    assert not call_model_talk(sentence, lang)
