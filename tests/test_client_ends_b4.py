"""The end of the call as new users met it in blind batch 4 (tests/newuser/live4/README-e.md, README-f.md):

1. a reply after the client's last line that checks understanding and then says goodbye gets the client's
   short answer and ends the call (it used to stay open for another goodbye, while a terse closing ended it);
2. a client who hung up (a stage direction: "(... paneb toru ära.)", «(Клиент бросает трубку.)») answers
   nothing afterwards, not even a question;
3. a bare word or number asked after the client's last line ("116 111?", «Код?») is no question the client
   can answer: the call ends, as a bare question in the dialogue gets no answer either.
"""

from datetime import date
from pathlib import Path

import pytest

from trainer.simulation.dialogue import Conversation
from trainer.simulation.library import Library

ROOT = Path(__file__).parent.parent
LIB = Library.load(ROOT)
DAY = date(2026, 12, 7)


def start(sid):
    return Conversation.start(LIB.get(sid), LIB, seed=1, today=DAY)


def _to_last_line(sid, example, without_goodbye=False):
    scenario = LIB.get(sid)
    answers = next(e for e in scenario.examples if e.name == example).answers
    if without_goodbye:  # a goodbye that leads into the end step ends the call at once (tests/test_client_b6.py)
        answers = [*answers[:-1], answers[-1].removesuffix(" Head päeva.").removesuffix(" Head aega.")]
    conv = start(sid)
    for text in answers:
        conv.reply(text)
        if conv.state["awaiting_close"]:
            return conv
    raise AssertionError("the example never reached the client's last line")


@pytest.mark.parametrize("sid, example, reply, answer", [
    ("pension-weekend-ru", "exemplary",
     "Итак, пенсия уже выплачена, деньги на счёте. Вам всё понятно? Спасибо за звонок, всего доброго!",
     "Да, всё понятно. Спасибо!"),
    ("pension-weekend-ru", "exemplary",
     "итого пенсия выплачена деньги на счете все понятно спасибо за звонок всего доброго",
     "Да, всё понятно. Спасибо!"),
    ("appeal-howto-chat-et", "exemplary",
     "Kokkuvõtteks: vaide saate esitada 30 päeva jooksul. Kas see vastas Teie küsimusele? Aitäh ja head päeva!",
     "Jah, sain aru. Aitäh!"),
])
def test_a_check_then_goodbye_after_the_last_line_is_answered_and_ends_the_call(sid, example, reply, answer):
    conv = _to_last_line(sid, example)
    out = conv.reply(reply)
    assert out and out[0]["text"].startswith(answer)
    assert conv.finished and conv.state["ended_by"] == "end_step"
    result = conv.score()
    assert next(c for c in result["criteria"] if c["id"] == "closing")["result"] == "pass"


@pytest.mark.parametrize("sid, example, reply", [
    ("pension-weekend-ru", "exemplary", "Итак, пенсия уже выплачена, деньги на счёте. Ответила ли я на Ваш вопрос?"),
    ("appeal-howto-chat-et", "exemplary", "Kokkuvõtteks: vaide saate esitada 30 päeva jooksul. Kas see vastas Teie küsimusele?"),
])
def test_a_check_without_goodbye_is_answered_and_the_call_stays_open(sid, example, reply):
    conv = _to_last_line(sid, example)
    out = conv.reply(reply)
    assert out and not conv.finished


@pytest.mark.parametrize("sid, example, reply", [
    ("abusive-caller-et", "exemplary", "Kas Te veel kuulete? Kas soovite, et vaatan Teie taotluse üle?"),
    ("abusive-caller-et", "exemplary", "(Kõne lõppes. Teavitan meeskonnajuhti ähvardusest.)"),
])
def test_a_client_who_hung_up_answers_nothing(sid, example, reply):
    conv = _to_last_line(sid, example, without_goodbye=True)
    assert "toru" in conv.turns[-1]["text"]
    assert conv.reply(reply) == [] and conv.finished


@pytest.mark.parametrize("sid, example, reply", [
    ("pension-weekend-ru", "exemplary", "Код?"),
    ("pension-weekend-ru", "exemplary", "7 декабря?"),
    ("appeal-howto-chat-et", "exemplary", "116 111?"),
])
def test_a_bare_word_asked_after_the_last_line_ends_the_call(sid, example, reply):
    conv = _to_last_line(sid, example)
    assert conv.reply(reply) == [] and conv.finished


def test_a_real_question_after_the_last_line_is_still_answered():
    conv = _to_last_line("pension-weekend-ru", "exemplary")
    out = conv.reply("Может быть, у Вас есть ещё вопросы?")
    assert out and not conv.finished


# -- complaint-registration-ru: the client takes up what was just said (README-e.md) ----------------------------

def _complaint_identified():
    conv = start("complaint-registration-ru")
    conv.reply("Добрый день, Департамент социального страхования, Анна слушает.")
    conv.reply("Мне жаль, что так вышло. Вы хотите подать жалобу и получить письменное объяснение по пенсии, верно?")
    conv.reply("Жалобу я зарегистрирую сама. Назовите, пожалуйста, личный код.")
    return conv


def test_an_explanation_already_given_is_not_asked_again():
    conv = _complaint_identified()
    conv.reply("Спасибо. Я говорю с Николаем Ивановым?")
    out = conv.reply("Жалобу рассмотрит руководитель бюро, ответ Вы получите письменно в течение 30 дней. А письменное "
                     "объяснение расчёта – это не жалоба, а ходатайство о разъяснении, ответ на него придёт в течение "
                     "30 дней. Его я тоже могу зарегистрировать с Ваших слов.")
    said = " ".join(t["text"] for t in out)
    assert "Это тоже жалоба?" not in said
    assert "напишу сам" not in said  # the trainee offered to register it
    assert conv.state["step"] == "wrap"


def test_a_written_answer_with_its_deadline_is_heard_as_who_and_when():
    conv = _complaint_identified()
    conv.reply("Спасибо. Я говорю с Николаем Ивановым?")
    out = conv.reply("передаю жалобу руководителю бюро обслуживания письменный ответ не позже чем через 30 дней")
    assert "Так кто ответит и когда?" not in " ".join(t["text"] for t in out)


def test_the_angry_exit_quotes_only_what_was_said():
    conv = start("complaint-registration-ru")
    conv.reply("Добрый день, Департамент социального страхования, Анна слушает.")
    conv.reply("Регистрация. 30 дней.")
    out = conv.reply("Регистрация. 30 дней. Итог.")
    said = " ".join(t["text"] for t in out)
    assert conv.state["step"] == "defensive" and "Так бывает" not in said
    conv2 = start("complaint-registration-ru")
    conv2.reply("Добрый день, Департамент социального страхования, Анна слушает.")
    out2 = conv2.reply("Ну так бывает, у нас все заняты.")
    assert "Так бывает" in out2[0]["text"]
