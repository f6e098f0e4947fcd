"""New-user batch 52 (disability-refusal-angry-et terse, at first sight): a curt follow-up question for one more
identifying detail after the code ("aitah. ja sunnikoht?") was read as a keyword and not heard; the client skipped
the birthplace and asked about its decision, so the agent had to ask the birthplace again and the client asked its
question twice (`decision_again`). A verbless question for a detail of the caller's own ("Sünnikoht?", "Ja
sünniaeg ka?", «А место рождения?») is a request for it, however curt; a bare topic between sentences
("Tagasihelistamine.", "Vaie?") is still a keyword. Own sentences with must-nots."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library
from trainer.text.detail_request import asks_detail

LIVE52 = Path(__file__).parent / "newuser" / "live52"


@pytest.fixture(scope="module")
def library():
    return load_library()


@pytest.mark.parametrize("lang, sentence", [
    ("et", "Sünnikoht?"),
    ("et", "ja sunnikoht?"),
    ("et", "Ja sünniaeg ka?"),
    ("et", "Veel Teie elukoha aadress?"),
    ("et", "Ning dokumendi number?"),
    ("ru", "А место рождения?"),
    ("ru", "И дата рождения?"),
    ("ru", "Ещё Ваш адрес?"),
    ("ru", "номер паспорта?"),
])
def test_a_curt_question_for_a_detail_asks_it(lang, sentence):
    assert asks_detail(sentence, lang)


@pytest.mark.parametrize("lang, sentence", [
    ("et", "Sünnikoht."),                 # a statement, not asked (a keyword in a list)
    ("et", "Tagasihelistamine?"),         # a topic, no detail of the caller's
    ("et", "Vaie?"),
    ("et", "Sünnikoht ja vaie?"),         # a detail among topics: a keyword string
    ("et", "Teie ema sünnikoht?"),        # another person's detail
    ("ru", "Место?"),                     # no detail named
    ("ru", "Перерасчёт пенсии?"),
    ("ru", "Адрес и жалоба?"),
    ("et", "Mõistan. Isikukood?"),         # the code in a bare word: left to the act finder (keyword lists)
    ("ru", "Фамилия?"),
])
def test_a_topic_or_a_statement_asks_no_detail(lang, sentence):
    assert not asks_detail(sentence, lang)


_ET = ["Tere, Sotsiaalkindlustusamet, Mari.", "Mõistan, see on Teile raske. Palun öelge oma isikukood."]
_RU = ["Здравствуйте, Департамент социального страхования, Ольга.",
       "Понимаю, Вы долго ждали. Прошу Вас не оскорблять, иначе я не смогу продолжать разговор. Руководитель группы "
       "перезвонит Вам в течение двух рабочих дней, я зарегистрирую просьбу. Назовите, пожалуйста, личный код."]


@pytest.mark.parametrize("reply", ["Aitäh. Sünnikoht?", "tänan. ja sunnikoht?", "Hea. Sünnikoht ka?",
                                   "Veel sünnikoht, palun."])
def test_the_client_gives_the_birthplace_asked_curtly(library, reply):
    conv = play_answers(library.scenarios["disability-refusal-angry-et"], library, [*_ET, reply])
    last = conv.turns[-1]
    assert last["step"] == "id_give_item" and "Sünnikoht on" in last["text"]


@pytest.mark.parametrize("reply", ["Aitäh. Tagasihelistamine.", "Aitäh. Vaie?"])
def test_a_topic_word_asks_no_birthplace(library, reply):
    conv = play_answers(library.scenarios["disability-refusal-angry-et"], library, [*_ET, reply])
    last = conv.turns[-1]
    assert last["step"] != "id_give_item" and "Sünnikoht" not in last["text"]


@pytest.mark.parametrize("reply, said", [("Спасибо. Место рождения?", "Место рождения –"),
                                         ("Благодарю. А дата рождения?", "Дата рождения –")])
def test_the_client_gives_the_detail_asked_curtly_ru(library, reply, said):
    conv = play_answers(library.scenarios["abusive-caller-ru"], library, [*_RU, reply])
    assert said in conv.turns[-1]["text"]


def test_a_topic_word_asks_no_detail_ru(library):
    conv = play_answers(library.scenarios["abusive-caller-ru"], library, [*_RU, "Спасибо. Перерасчёт?"])
    assert "рождения" not in conv.turns[-1]["text"] and "адрес" not in conv.turns[-1]["text"]


def test_batch52_terse_birthplace_heard_at_once(library):
    """The run itself: the birthplace given when first asked, the decision question asked once."""
    runs = yaml.safe_load((LIVE52 / "disability-refusal-angry-et.yaml").read_text(encoding="utf-8"))["runs"]
    run = next(r for r in runs if r["name"] == "terse")
    conv = play_answers(library.scenarios["disability-refusal-angry-et"], library, run["answers"])
    steps = [t["step"] for t in conv.turns if t["role"] == "client"]
    assert steps[2] == "id_give_item" and "decision_again" not in steps
    assert conv.score()["passed"]
