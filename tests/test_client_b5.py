"""The client as new users met it in blind batch 5 (tests/newuser/live5/README-g.md, README-h.md):

1. a check of the client's own name („Palun kinnitage, kas olete Maie Kuusk?“, «спасибо валентина петрова
   верно») is answered before the client goes on, in any words, also where the scenario's ``knows`` has no
   ``name`` answer (a built-in „Jah, see olen mina.“); a question that only addresses the client by name is
   no check;
2. crisis-suicidal-et/-ru: the danger question („Kas Te olete praegu ohus?“) is answered in any step;
3. indexation-day-et/-ru: „Jah, vanaduspension.“ / «Да, по старости.» only when the trainee asked it;
4. pension-indexation-tax-et: a wrong tax-free amount is believed without talk of an application.
"""

from datetime import date
from pathlib import Path

import pytest

from trainer.simulation import listening
from trainer.simulation.dialogue import Conversation
from trainer.simulation.library import Library

ROOT = Path(__file__).parent.parent
LIB = Library.load(ROOT)
DAY = date(2026, 4, 1)


def start(sid):
    return Conversation.start(LIB.get(sid), LIB, seed=1, today=DAY)


def name_answers(sid, template):
    conv = start(sid)
    text = template.format(first=conv.persona.first_name, last=conv.persona.last_name)
    return listening.known_answers(conv, text)


@pytest.mark.parametrize("sid, template, answer", [
    # scenarios with a `knows.name` whose `ask` phrases do not list these words
    ("pension-indexation-tax-et", "Tänan. Kas Te olete {first} {last}?", "Jah, olen."),
    ("pension-indexation-tax-et", "tanan te olete {first} {last} eks", "Jah, olen."),
    ("indexation-day-ru", "Благодарю. Это {first} {last}, правильно?", "Да, это я."),
    ("indexation-day-ru", "спасибо это {first} {last} да", "Да, это я."),
    # scenarios without one: the built-in answer
    ("complaint-registration-et", "Aitäh! Kas räägin {first} {last}ga?", "Jah, see olen mina."),
    ("complaint-registration-et", "{first} {last}, eks?", "Jah, see olen mina."),
    ("complaint-registration-ru", "Спасибо. Я разговариваю с {first}?", "Да, это я."),
])
def test_a_name_check_is_answered(sid, template, answer):
    assert name_answers(sid, template)[:1] == [answer]


@pytest.mark.parametrize("sid, template", [
    ("complaint-registration-et", "{first}, kas Te saite meie kirja kätte?"),      # addressed, not checked
    ("complaint-registration-et", "Aitäh, {first}. Registreerin kaebuse."),         # no question
    ("complaint-registration-ru", "{first}, Вы получили наше письмо?"),
    ("complaint-registration-ru", "Вы не {first}?"),                                # negated
    ("complaint-registration-ru", "Как Вас зовут?"),                                # no name in it
])
def test_a_question_that_only_names_the_client_is_no_name_check(sid, template):
    answers = name_answers(sid, template)
    assert "Jah, see olen mina." not in answers and "Да, это я." not in answers


def test_a_step_line_that_confirms_the_name_itself_is_not_preceded_by_the_same_answer():
    # guardian-for-ward-ru has a line «Да, это я. Ну что там с пособием?» for the name check
    scenario = LIB.get("guardian-for-ward-ru")
    example = next(e for e in scenario.examples if e.kind == "exemplary")
    conv = start("guardian-for-ward-ru")
    for text in example.answers:
        conv.reply(text)
    assert not any("Да, это я. Да, это я" in t["text"] for t in conv.turns)


def test_the_name_check_in_the_dialogue_is_confirmed_before_the_client_goes_on():
    conv = start("indexation-day-ru")
    conv.reply("Добрый день, Департамент социального страхования, Ирина.")
    conv.reply("Назовите, пожалуйста, Ваш личный код.")
    said = conv.reply("благодарю валентина петрова правильно")
    assert said[0]["text"].startswith("Да, это я.")


@pytest.mark.parametrize("sid, replies, answer", [
    ("crisis-suicidal-et", ["Tere, Sotsiaalkindlustusamet, Liis.",
                            "Ma pean küsima otse: kas mõtlete endale midagi teha?",
                            "Selge. Kas te olete praegu ohus?"], "Olen kodus. Praegu ma endale midagi ei tee."),
    ("crisis-suicidal-et", ["tere sotsiaalkindlustusamet liis",
                            "kas te motlete endale midagi halba teha",
                            "aga kas olete praegu turvalises kohas"], "Olen kodus. Praegu ma endale midagi ei tee."),
    ("crisis-suicidal-ru", ["Здравствуйте, Департамент социального страхования, Ольга.",
                            "Я должна спросить прямо: Вы думаете о том, чтобы причинить себе вред?",
                            "Понимаю. Скажите, а Вы сейчас в безопасности?"], "Я дома. Сейчас ничего с собой не сделаю."),
])
def test_the_danger_question_is_answered_in_any_step(sid, replies, answer):
    conv = start(sid)
    for text in replies[:-1]:
        conv.reply(text)
    said = conv.reply(replies[-1])
    assert said and said[0]["text"].startswith(answer)
    assert not conv.finished and conv.current_step is not None and not conv.current_step.end


@pytest.mark.parametrize("sid, asked, not_asked, answer", [
    ("indexation-day-ru", "Я понимаю. Скажите, Вы получаете пенсию по старости?",
     "Я понимаю. Вы хотите знать, когда придут деньги?", "Да, по старости."),
    ("indexation-day-et", "Saan aru. Kas Te saate vanaduspensioni?",
     "Saan aru. Kas soovite teada, millal raha tuleb?", "Jah, vanaduspension."),
])
def test_the_pension_type_is_said_only_when_asked(sid, asked, not_asked, answer):
    for text, expected in ((asked, True), (not_asked, False)):
        conv = start(sid)
        conv.reply("Tere! Sotsiaalkindlustusamet." if sid.endswith("-et") else "Здравствуйте! Департамент.")
        said = conv.reply(text)
        assert (answer in said[0]["text"]) is expected, said[0]["text"]


def test_a_wrong_tax_free_amount_is_believed_without_an_application():
    conv = start("pension-indexation-tax-et")
    conv.reply("Tere! Sotsiaalkindlustusamet, Kadri.")
    conv.reply("Pension tõuseb protsentides, tõus sõltub igaühe enda pensionist. Palun öelge oma isikukood.")
    conv.reply("Aitäh. Teie pension tõusis 31,80 eurot.")
    said = conv.reply("Pensionäri maksuvaba tulu on 654 eurot kuus ja see arvestatakse ise, midagi teha ei ole vaja.")
    texts = " ".join(t["text"] for t in said)
    assert "avaldus" not in texts.lower()
    assert any(r["id"] == "wrong_tax_amount" for r in conv.state.get("misinformed", []))


@pytest.mark.parametrize("question", ["Скажите, у Вас есть доверенность от мамы?",
                                      "понимаю вас а есть ли у вас доверенность"])
def test_the_son_says_whether_he_has_an_authorisation_before_any_rule_was_stated(question):
    conv = start("third-party-son-ru")
    conv.reply("Здравствуйте! Департамент социального страхования, Ольга.")
    said = conv.reply(question)
    text = " ".join(t["text"] for t in said)
    assert text.startswith("Нет, доверенности у меня нет.")
    assert "порядок такой" not in text
