"""Scorer fixes after the blind corpus (tests/corpus/blind/): needs, summary and closing, in general form.

The sentences are written for this test in Estonian and Russian (not copied from the blind files), with
must-not cases for each rule.
"""

import pytest
from scoring_support import verdicts as _verdicts

from trainer.text import announces_question, is_spoken_question

# -- 1. spoken paraphrases of the need: "sina" forms, and after a frame of the agent's understanding --------

@pytest.mark.parametrize("lang, sentence, question", [
    ("et", "et sa tahad teada kas otsus on juba tehtud või mitte", True),
    ("et", "sa küsid ema hooldajatoetuse kohta", True),
    ("et", "jah selge et ma saan õigesti aru te küsite oma toetuse maksepäeva kohta", True),
    ("ru", "хорошо если я правильно понимаю вы хотите узнать про пособие на ребёнка", True),
    ("et", "te soovite teada millal järgmine makse tuleb", True),
    # must not: advice, an offer of more help, empathy after the frame
    ("et", "sa saad taotluse esitada iseteeninduses", False),
    ("et", "sa tahad teada veel midagi", False),
    ("et", "ma saan aru et see on raske", False),
    ("ru", "я правильно понимаю вам сейчас тяжело", False),
    ("et", "te saate teada kus see tuleb", False),
])
def test_spoken_paraphrase_of_the_need(lang, sentence, question):
    assert is_spoken_question(sentence, lang) is question


# -- 2. what is no main answer: a warning about the code in an open chat, the opening said again -----------

CHAT_ET = [("agent", "Tere! Sotsiaalkindlustusamet, Kati kirjutab."),
           ("client", "tere, kas toetus tuleb ka siis kui tütar läheb ülikooli? mu isikukood 48001010000"),
           ("agent", "Palun ärge saatke isikukoodi avatud vestlusesse, siin ma andmeid ei vaata. "
                     "Kas tütar õpib praegu gümnaasiumis?"),
           ("client", "jah, 12. klassis"),
           ("agent", "Lapsetoetust makstakse kuni keskhariduse omandamiseni, ülikooli ajal enam mitte."),
           ("client", "selge, aitäh")]
CHAT_RU = [("agent", "Здравствуйте! Департамент социального страхования, Анна."),
           ("client", "здравствуйте, пособие на сына будет, если он пойдёт в колледж? мой код 38001010000"),
           ("agent", "Пожалуйста, не пишите личный код в открытый чат, здесь я данные не смотрю. "
                     "Сын сейчас учится в основной школе?"),
           ("client", "да, в девятом классе"),
           ("agent", "Пособие платится, пока ребёнок получает среднее образование, в том числе в профтехучилище."),
           ("client", "спасибо")]


@pytest.mark.parametrize("lang, turns", [("et", CHAT_ET), ("ru", CHAT_RU)])
def test_a_warning_about_the_code_is_no_answer(lang, turns):
    assert _verdicts(lang, turns, "chat")["needs"] == "pass"


@pytest.mark.parametrize("lang, turns", [("et", CHAT_ET), ("ru", CHAT_RU)])
def test_must_not_a_question_after_the_answer_still_fails(lang, turns):
    # the warning then the answer, and only then a question: no clarification before the answer
    first = turns[2][1].split(" Kas ")[0].split(" Сын ")[0]
    later = [("agent", first + " " + turns[4][1]), ("client", "selge" if lang == "et" else "понятно"),
             ("agent", "Kas tütar õpib gümnaasiumis?" if lang == "et" else "Сын учится в школе?")]
    assert _verdicts(lang, turns[:2] + later, "chat")["needs"] == "fail"


@pytest.mark.parametrize("lang, switch, check, answer", [
    ("ru", "да конечно можно по-русски здравствуйте департамент социального страхования меня зовут анна слушаю вас",
     "вы спрашиваете про пенсию мужа правильно", "пенсию за месяц смерти выплачивают полностью на его счёт"),
])
def test_the_opening_said_again_is_no_answer(lang, switch, check, answer):
    turns = [("agent", "tere sotsiaalkindlustusamet anna kuuleb"),
             ("client", "здравствуйте а можно по-русски"),
             ("agent", switch),
             ("client", "у меня муж умер в ноябре что будет с его пенсией"),
             ("agent", check), ("client", "да"), ("agent", answer), ("client", "спасибо")]
    assert _verdicts(lang, turns)["needs"] == "pass"
    # must not: without the check there is no clarifying question
    assert _verdicts(lang, turns[:4] + turns[6:])["needs"] == "fail"


# -- 3. a check frame with nothing in it; a keyword list that names a check --------------------------------

@pytest.mark.parametrize("lang, ask, expected", [
    ("ru", "Правильно ли я понимаю.", "fail"),
    ("et", "Kas ma sain õigesti aru?", "fail"),
    ("ru", "Сейчас посмотрю. Ключевые слова: уточнение, правильно ли я понимаю, итог, подведём итог.", "fail"),
    ("et", "Vaatan kohe. Märksõnad: täpsustus, kas ma saan õigesti aru, kokkuvõte.", "fail"),
    # must still pass: a check with content
    ("ru", "Правильно ли я понимаю, что Вы спрашиваете про пособие на третьего ребёнка?", "pass"),
    ("et", "Kas ma saan õigesti aru, et küsite kolmanda lapse toetuse kohta?", "pass"),
])
def test_a_check_needs_content(lang, ask, expected):
    opening = {"ru": "Здравствуйте! Департамент социального страхования, Анна.",
               "et": "Tere! Sotsiaalkindlustusamet, Kati."}[lang]
    client = {"ru": "Пособие на третьего ребёнка больше?", "et": "Kas kolmanda lapse toetus on suurem?"}[lang]
    answer = {"ru": "Да, на третьего ребёнка пособие составляет 100 евро в месяц.",
              "et": "Jah, kolmanda lapse toetus on 100 eurot kuus."}[lang]
    turns = [("agent", opening), ("client", client), ("agent", ask), ("client", "да" if lang == "ru" else "jah"),
             ("agent", answer), ("client", "спасибо" if lang == "ru" else "aitäh")]
    assert _verdicts(lang, turns, "chat")["needs"] == expected


# -- 4. a long inform the client takes up by one word is no spoken check; the recap after it counts -------

def test_an_inform_taken_up_by_a_word_is_no_check():
    turns = [("agent", "tere sotsiaalkindlustusamet kati kuuleb"),
             ("client", "tere mu lapsetoetust pole ikka kontol mis toimub"),
             ("agent", "nii ma näen et teie lapsetoetus 120 eurot on makstud täna ja see jõuab teie kontole homme"),
             ("client", "homme no aga miks nii hilja"),
             ("agent", "kui kaheksas on nädalavahetusel makstakse järgmisel tööpäeval"),
             ("client", "no hea küll"),
             ("agent", "jah nii et kokku võttes raha jõuab homme ja edaspidi võib nädalavahetuse järel hiljem tulla"),
             ("client", "selge"),
             ("agent", "aitäh helistamast head päeva")]
    verdicts = _verdicts("et", turns)
    assert verdicts["needs"] == "fail"
    assert verdicts["summary"] == "pass"


# -- 5. a typed announced question left open: no closing ----------------------------------------------------

@pytest.mark.parametrize("lang, client, expected", [
    ("ru", "И ещё хотела спросить про пособие на похороны, мне его так и не выплатили.", "fail"),
    ("et", "Ja tahtsin veel küsida matusetoetuse kohta, seda pole ikka makstud.", "fail"),
    # must not: asking someone else, or a question already settled
    ("ru", "Хорошо, про остальное спрошу у врача.", "pass"),
    ("ru", "Хотела спросить, но уже сама нашла.", "pass"),
])
def test_an_announced_question_left_open(lang, client, expected):
    assert announces_question(client, lang) is (expected == "fail")
    opening = {"ru": "Здравствуйте! Департамент социального страхования, Анна.",
               "et": "Tere! Sotsiaalkindlustusamet, Kati."}[lang]
    first = {"ru": "Когда придёт пенсия в декабре?", "et": "Millal detsembri pension tuleb?"}[lang]
    answer = {"ru": "Пенсия придёт 7 декабря, потому что 5 число выпадает на субботу.",
              "et": "Pension tuleb 7. detsembril, sest 5. kuupäev on laupäev."}[lang]
    bye = {"ru": "Всего доброго.", "et": "Head päeva."}[lang]
    turns = [("agent", opening), ("client", first), ("agent", answer), ("client", client), ("agent", bye)]
    assert _verdicts(lang, turns, "chat")["closing"] == expected
