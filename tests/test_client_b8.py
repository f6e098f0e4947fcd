"""The client as new users met it in blind batch 8 (tests/newuser/live8/README-m.md, README-n.md, README-o.md,
"Client oddities"; what was fixed and what was left: tests/newuser/live8/README-client.md).

Engine (trainer/simulation/):
1. a name check is heard also where the scorer finds no act in it (no verb: „aitäh. Maie Kuusk?“, «спасибо.
   вера ермакова?»), in an Estonian case form the phrase matcher misses („Andrus Sanderiga“), said as a
   request („kinnitage palun et olete Maie Kuusk“), and a request for the name at the end of unpunctuated
   speech («спасибо и ваше имя фамилия») is answered;
2. `dialogue.hears`: the client's own ear (signals for the dialogue only, not the scorer's), used by the
   scripts below.

Scenario scripts: the lines of the runs named in the README files.
"""

from datetime import date
from pathlib import Path

from trainer.simulation.dialogue import Conversation
from trainer.simulation.library import Library

ROOT = Path(__file__).parent.parent
LIB = Library.load(ROOT)
DAY = date(2026, 12, 7)


def play(sid, replies, seed=1):
    """All client text after the last reply, and the conversation."""
    conv = Conversation.start(LIB.get(sid), LIB, seed=seed, today=DAY)
    said = []
    for text in replies:
        said = conv.reply(text)
    return " ".join(t["text"] for t in said), conv


# -- 1. name checks and requests the client hears ------------------------------------------------------

TAX = "pension-indexation-tax-et"
TAX_CODE = ["Tere! Sotsiaalkindlustusamet, Margarita kuuleb.",
            "Saan aru, et see tundub ebaõiglane. Vaatame üle – palun öelge oma isikukood."]


def test_et_name_check_without_a_verb_is_answered():
    said, _ = play(TAX, [*TAX_CODE, "aitah. maie kuusk?"])  # live8 n, terse_good
    assert said.startswith("Jah, olen."), said


def test_et_name_check_as_a_request_is_answered():
    said, _ = play(TAX, [*TAX_CODE, "kohe selgitan, aga kinnitage palun et olete maie kuusk"])
    assert said.startswith("Jah, olen."), said
    # must not: a request to confirm something else, or a name in a statement
    said, _ = play(TAX, [*TAX_CODE, "Aitäh. Kinnitage palun, et olete pensionär."])
    assert "Jah, olen" not in said, said
    said, _ = play(TAX, [*TAX_CODE, "Aitäh. Maie Kuusk, Teie pension tõusis protsentides."])
    assert "Jah, olen" not in said, said


SYSDOWN = "system-down-callback-et"
SYSDOWN_CODE = ["Tere! Sotsiaalkindlustusamet, Rein kuuleb. Kuidas saan Teid aidata?",
                "Vaatan meeleldi järele. Palun öelge kõigepealt oma isikukood."]


def test_et_name_check_in_a_case_form_is_answered():
    # live8 o, good: „Kas ma räägin Andrus Sanderiga?“ (the persona of seed 1 is Andrus Sander)
    said, conv = play(SYSDOWN, [*SYSDOWN_CODE, "Aitäh. Kas ma räägin Andrus Sanderiga? Kas võin Teid hetkeks "
                                                 "ootele panna, kuni avan taotluse?"])
    assert conv.persona.full_name == "Andrus Sander"
    assert said.startswith("Jah, see olen mina."), said
    # must not: the surname inside another word of the question („Sandermanni pood“ is no case form)
    said, _ = play(SYSDOWN, [*SYSDOWN_CODE, "Aitäh. Kas Te elate Sandermannide majas?"])
    assert "see olen mina" not in said, said


SWITCH = "language-switch-ru"
SWITCH_CODE = ["tere, sotsiaalkindlustusamet, margarita kuuleb",
               "можем говорить по-русски, если вам удобнее. вопрос про апрельское повышение пенсии?",
               "проверю. ваш личный код пожалуйста"]


def test_ru_name_check_without_a_verb_is_answered():
    said, _ = play(SWITCH, [*SWITCH_CODE, "спасибо. вера ермакова?"])  # live8 n, terse_good
    assert said.startswith("Да, это я."), said


ABUSE = "abusive-caller-ru"
ABUSE_CODE = ["здравствуйте департамент социального страхования маргарита слушаю чем могу помочь",
              "понимаю вы звоните третий раз и долго ждали извините за ожидание переключить на начальника я не "
              "могу но руководитель группы может вам перезвонить назовите пожалуйста ваш личный код",
              "в таком тоне я не могу продолжать разговор если оскорбления продолжатся я завершу звонок я хочу "
              "помочь руководитель группы перезвонит вам назовите личный код пожалуйста",
              "руководитель группы перезвонит в течение двух рабочих дней я зарегистрирую просьбу чтобы он знал "
              "о чем речь назовите пожалуйста личный код"]


def test_ru_name_request_at_the_end_of_unpunctuated_speech_is_answered():
    said, _ = play(ABUSE, [*ABUSE_CODE, "спасибо и ваше имя фамилия"])  # live8 n, terse_good
    assert "Виктор Смирнов" in said, said


def test_ru_no_name_request_in_other_unpunctuated_speech():
    # must not: the account in the client's name, the code, a name request in the middle of speech
    for text in ["спасибо деньги придут на счёт на ваше имя", "спасибо и ваш личный код",
                 "ваше имя я записала руководитель перезвонит"]:
        said, _ = play(ABUSE, [*ABUSE_CODE, text])
        assert "Виктор Смирнов" not in said and "Меня зовут" not in said, (text, said)
