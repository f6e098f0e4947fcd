"""What blind round 25 showed about needs, summary, closing and greeting, in general form, on own et/ru sentences:

- questions in speech: «так что» opening a statement is "so", not «что»; an alternative closing a check of the
  client's situation asks at any length a check may have; a negated check of the client's own stance («вы с ним
  не согласны») is confirmed by her «да»; a restatement closed by "nii ma saan aru" / «я так понимаю» hands it to
  the client to confirm; a client's question word after a preposition asks in a long line too, and so does her
  «а я могу ...»; "Ehk siis:" with a colon or in the third person is a recap, not a check of the need;
- greeting: a Russian first name written in Latin letters, in the Estonian spelling too ("Darja", "Artjom"), is a
  first name;
- summary: a step's name run into a spoken cue sentence ("уточнение") states no point;
- closing: strength, health or patience wished to someone named («Терпения вам») is a wish.
"""

import pytest
from scoring_support import verdicts

from trainer import text as tx
from trainer.scoring.steplist import bare_step_names
from trainer.text.names import is_first_name

# -- «так что» = so ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Так что справка от врача здесь не нужна.",
    "так что подавать заявление заново не придётся",
])
def test_so_that_opens_a_statement(sentence):
    assert not tx.is_question(sentence, "ru")


@pytest.mark.parametrize("sentence", [
    "Так, что Вы хотели бы узнать?",
    "так что вас беспокоит",
    "Так что?",
    "Что именно нужно подтвердить",
])
def test_so_what_still_asks(sentence):
    assert tx.is_question(sentence, "ru")


# -- an alternative closing a long spoken check ------------------------------------------------------------------------


def test_a_long_check_closed_by_an_alternative_asks():
    sentence = ("так вы живёте в тарту с дочерью и получаете пенсию по старости а пособие приходило вам "
                "на эстонский счёт или на финский")
    assert tx.is_spoken_question(sentence, "ru")


@pytest.mark.parametrize("sentence", [
    # the same length without an alternative states
    "так вы живёте в тарту с дочерью и получаете пенсию по старости а пособие приходило вам на счёт каждый месяц",
    # advice with an alternative
    "вы можете подать заявление в бюро обслуживания или отправить его по почте с цифровой подписью через самообслуживание",
])
def test_a_long_statement_stays_one(sentence):
    assert not tx.is_spoken_question(sentence, "ru")


# -- a negated check of the client's own stance ------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "значит речь о пособии на похороны и вы с суммой не согласны",
    "вам в этом месяце пособие не пришло",
    "вы заявление в срок не подавали",
])
def test_a_negated_check_about_the_client_can_be_confirmed(sentence):
    assert tx.is_check_statement(sentence, "ru")


@pytest.mark.parametrize("sentence", [
    "вы не успеете подать до пятницы",
    "это не наш вопрос",
    "вы не волнуйтесь всё придёт",
    "не приходило пособие вам",
])
def test_other_negations_are_no_check(sentence):
    assert not tx.is_check_statement(sentence, "ru")


def _disagreement_call(check: str):
    return [("agent", "департамент социального страхования здравствуйте меня зовут ирина"),
            ("client", "здравствуйте мне прислали решение по пособию по уходу там сумма меньше чем раньше "
                       "я не понимаю почему"),
            ("agent", check),
            ("client", "да не согласна"),
            ("agent", "сумму пересчитали потому что с января изменилась ставка если вы не согласны можно подать "
                      "возражение в течение тридцати дней"),
            ("client", "понятно спасибо"),
            ("agent", "спасибо за звонок всего доброго")]


def test_a_confirmed_negated_check_clarifies_the_need():
    check = "так речь о решении по пособию по уходу и вы с новой суммой не согласны"
    assert verdicts("ru", _disagreement_call(check))["needs"] == "pass"


def test_a_negated_statement_clarifies_nothing():
    check = "это решение по пособию по уходу его просто так не меняют"
    assert verdicts("ru", _disagreement_call(check))["needs"] == "fail"


# -- a restatement closed by a frame of understanding ------------------------------------------------------------------


@pytest.mark.parametrize("lang,sentence", [
    ("et", "te saite augustis toetuse aga septembris enam mitte nii ma saan aru"),
    ("et", "isa pension tuli seekord hiljem kui tavaliselt kui ma õigesti aru saan"),
    ("ru", "вы звонили уже дважды и вам так и не перезвонили я так понимаю"),
    ("ru", "сын учится в гимназии в нарве если я правильно поняла"),
])
def test_a_restatement_closed_by_the_frame_asks(lang, sentence):
    assert tx.is_spoken_question(sentence, lang)


@pytest.mark.parametrize("lang,sentence", [
    ("et", "see on teile praegu väga raske nii ma saan aru"),
    ("et", "nii ma saan aru"),
    ("et", "toetus tuleb kümnendal kuupäeval ma saan aru"),
    ("ru", "вам сейчас очень непросто я так понимаю"),
    ("ru", "я понимаю"),
])
def test_empathy_or_a_bare_frame_asks_nothing(lang, sentence):
    assert not tx.is_spoken_question(sentence, lang)


# -- a client's questions in speech ------------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "я так и не разобралась мне самой туда ехать или можно по почте отправить и к какому сроку",
    "а я могу за маму подписать со своей карточки",
    "а мы можем подать вдвоём",
])
def test_a_client_asks(sentence):
    assert tx.is_spoken_question(sentence, "ru", client=True)


@pytest.mark.parametrize("sentence", [
    "мне по какой-то причине в этом месяце вообще ничего не пришло на счёт",
    "я не знаю с какого числа мне начнут платить эту пенсию теперь",
    "а я не могу туда поехать у меня нет машины",
])
def test_a_client_states(sentence):
    assert not tx.is_spoken_question(sentence, "ru", client=True)


# -- "Ehk siis:" -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Ehk siis: toetuse saamiseks peab avalduse esitama see vanem, kes last kasvatab.",
    "ehk siis pension tuleb edaspidi viiendal kuupäeval",
])
def test_ehk_siis_recaps(sentence):
    assert not tx.is_question(sentence, "et")


@pytest.mark.parametrize("sentence", [
    "ehk siis Te soovite teada, millal makse tuleb",
    "Ehk siis küsite matusetoetuse kohta.",
    "ehk te mõtlete toitjakaotuspensioni",
])
def test_ehk_siis_still_checks(sentence):
    assert tx.is_question(sentence, "et")


# -- greeting: Russian names in Latin letters --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Darja", "Artjom", "Vjatšeslav", "Taissia", "Semjon", "Arkadi"])
def test_a_russian_name_in_estonian_spelling_is_a_first_name(name):
    assert is_first_name(name)


@pytest.mark.parametrize("word", ["Ivanova", "Petrov", "toetus", "pension", "mets", "kask"])
def test_surnames_and_words_are_no_first_name(word):
    assert not is_first_name(word)


def _opening_chat(opening: str):
    return [("agent", opening),
            ("client", "Tere, millal tuleb selle kuu pension?"),
            ("agent", "Pension makstakse iga kuu viiendal kuupäeval."),
            ("client", "Selge, aitäh."),
            ("agent", "Aitäh, et kirjutasite, head päeva!")]


def test_an_estonian_spelling_of_a_russian_name_introduces_the_agent():
    result = verdicts("et", _opening_chat("Tere! Minu nimi on Darja, Sotsiaalkindlustusamet. Kuidas saan aidata?"),
                      channel="chat")
    assert result["greeting"] == "pass"


def test_a_surname_alone_still_introduces_nobody():
    result = verdicts("et", _opening_chat("Tere! Minu nimi on Ivanova, Sotsiaalkindlustusamet. Kuidas saan aidata?"),
                      channel="chat")
    assert result["greeting"] == "fail"


# -- summary: step names in a spoken cue sentence ----------------------------------------------------------------------


def test_a_bare_step_name_is_found():
    text = "пенсия уточнение понимаю итак подведём итог проверка понимания"
    assert [text[a:b] for a, b in bare_step_names(text)] == ["уточнение", "проверка понимания"]


@pytest.mark.parametrize("text", ["решение придёт по почте", "ответ вы получите письмом", "tervist, kuidas läheb"])
def test_topic_words_are_no_step_names(text):
    assert bare_step_names(text) == []


# -- closing: a wish of strength or health to someone named ------------------------------------------------------------


def _wish_chat(last: str):
    return [("agent", "Здравствуйте! Департамент социального страхования, Ольга. Чем могу помочь?"),
            ("client", "Здравствуйте, когда придёт пособие по уходу за мамой?"),
            ("agent", "Пособие по уходу приходит двадцатого числа каждого месяца."),
            ("client", "Понятно, спасибо большое."),
            ("agent", last)]


@pytest.mark.parametrize("last", ["Рада, что смогла помочь. Терпения вам и здоровья маме!",
                                  "Рада помочь. Маме крепкого здоровья!"])
def test_a_wish_of_health_closes(last):
    assert verdicts("ru", _wish_chat(last), channel="chat")["closing"] == "pass"


@pytest.mark.parametrize("last", ["По состоянию здоровья маме может быть положена и другая помощь.",
                                  "Если сил нет, маме можно оформить помощника."])
def test_health_as_a_topic_is_no_wish(last):
    assert verdicts("ru", _wish_chat(last), channel="chat")["closing"] == "fail"


def test_a_spoken_goodbye_with_a_wish_joined_by_and_is_no_keyword():
    turns = [("agent", "департамент социального страхования здравствуйте меня зовут ольга"),
             ("client", "здравствуйте когда придёт пособие по уходу за мамой"),
             ("agent", "пособие по уходу приходит двадцатого числа каждого месяца"),
             ("client", "понятно спасибо"),
             ("agent", "спасибо за звонок всего доброго и маме здоровья")]
    assert verdicts("ru", turns)["closing"] == "pass"


@pytest.mark.parametrize("sentence, asks", [
    ("так что мне делать жалобу писать", True),  # the client asks what to do: no "so" here (metamorphic no_punct)
    ("Так что же мне делать", True),
    ("так что нам теперь делать", True),
    ("так что справку можно не приносить", False),  # must-nots: "so" with an infinitive but nobody asking
    ("так что вам нужно подать заявление", False),
])
def test_so_what_shall_i_do_is_a_question(sentence, asks):
    assert tx.is_question(sentence, "ru") is asks
