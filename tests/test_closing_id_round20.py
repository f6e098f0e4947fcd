"""Identification and closing (blind round 20), on own et/ru sentences.

Round 20 showed three disagreements:

- a false leak alarm: an Estonian call switched to Russian at the caller's request, and the agent asked for the
  personal code in Russian («назовите ваш личный код»); the request was looked for only in the call's language
  (Estonian), so the code the caller then read out identified nobody and the register data told after it was
  taken for a leak. A code request counts in either language.
- a gaming run passed: the client's last line took the answer and asked on in the same unpunctuated sentence
  («понятно а если он ... возьмёт ... тогда как»), and the agent's "I don't know, we'll see as the case arises"
  («не знаю по ситуации будет смотреть надо всё до свидания») was read as an answer. A spoken "what if ... then
  how" asks; a question run on after "понятно" is still a question; "we'll see as the case arises" defers.
- a closing failed on the client's sigh «понятно понятно что ж делать»: resignation, not a question.
"""

import pytest
from scoring_support import verdicts

from trainer import text as tx
from trainer.scoring.leftopen import defers


@pytest.mark.parametrize("text, lang, asks", [
    ("хорошо а если дочь переедет к отцу тогда как с пособием", "ru", True),
    ("а если я пойду работать на полставки то что будет с пенсией", "ru", True),
    ("aga kui poeg läheb aastaks välismaale siis kuidas toetusega on", "et", True),
    ("ja kui ma kolin tartusse siis mis saab", "et", True),
    ("если справка придёт я вам сама позвоню", "ru", False),
    ("kui raha ei tule ma kirjutan teile", "et", False),
])
def test_what_if_then_how_asks(text, lang, asks):
    assert tx.is_spoken_question(text, lang, client=True) is asks


@pytest.mark.parametrize("sentence, deferred", [
    ("ну не знаю это по ситуации смотреть будут", True),
    ("это смотря по обстоятельствам", True),
    ("eks siis vaatame olukorra järgi", True),
    ("по ситуации с больничным пособие сохраняется до конца учёбы", False),
    ("olukord on selline et toetus jätkub kuni õppeaasta lõpuni", False),
])
def test_we_will_see_as_it_comes_defers(sentence, deferred):
    assert defers(sentence) is deferred


@pytest.mark.parametrize("sentence, resigned", [
    ("ну ясно что ж тут делать", True),
    ("ладно, что поделаешь", True),
    ("selge, mis parata", True),
    ("no hea küll mis teha", True),
    ("что же мне теперь делать", False),
    ("что же делать?", False),
    ("mis teha kui raha ei tule", False),
])
def test_a_sigh_of_resignation(sentence, resigned):
    assert tx.is_resignation(sentence) is resigned


OPEN_RU = "здравствуйте департамент социального страхования меня зовут ирина чем могу помочь"


def test_question_run_on_after_taking_the_answer_leaves_closing_open():
    turns = [
        ("agent", OPEN_RU),
        ("client", "здравствуйте у дочки пособие по уходу за ребёнком перестало приходить"),
        ("agent", "подскажите пожалуйста ребёнку уже исполнилось полтора года"),
        ("client", "да в марте исполнилось"),
        ("agent", "тогда пособие по уходу заканчивается в день когда ребёнку полтора года это по закону"),
        ("client", "ясно а если она на работу не выйдет тогда как ей быть с деньгами"),
        ("agent", "не знаю смотреть надо по ситуации спасибо до свидания"),
    ]
    assert verdicts("ru", turns)["closing"] == "fail"


def test_sigh_before_the_goodbye_leaves_nothing_open():
    turns = [
        ("agent", OPEN_RU),
        ("client", "здравствуйте почему пенсия в этом месяце пришла позже"),
        ("agent", "подскажите пожалуйста какого числа вы обычно получаете пенсию"),
        ("client", "всегда пятого числа"),
        ("agent", "пятое число в этом месяце выпало на воскресенье поэтому пенсию перечислили в понедельник шестого"),
        ("client", "ладно понятно что ж тут делать"),
        ("agent", "спасибо за звонок всего вам доброго"),
    ]
    assert verdicts("ru", turns)["closing"] == "pass"


def test_code_asked_in_russian_in_an_estonian_call_identifies():
    turns = [
        ("agent", "Tere, Sotsiaalkindlustusamet, Kadri kuuleb. Kuidas saan aidata?"),
        ("client", "tere ma eesti keel ei räägi hästi kas vene keeles saab"),
        ("agent", "Да, конечно, давайте по-русски. Чем могу помочь?"),
        ("client", "я хотела узнать какая у меня сейчас пенсия"),
        ("agent", "Чтобы посмотреть ваши данные, назовите, пожалуйста, ваш личный код."),
        ("client", "четыре пять пять ноль три один пять два семь один ноль"),
        ("agent", "Спасибо. Ваша пенсия сейчас 812 евро 30 центов в месяц."),
        ("client", "спасибо большое"),
        ("agent", "Пожалуйста, всего вам доброго!"),
    ]
    result = verdicts("et", turns, identification_required=True, private_facts=["45503152710", "812,30"])
    assert result["identification"] == "pass"
    assert result["data_protection"] == "pass"
