"""Scorer fixes after blind round 2 (tests/corpus/blind/, authors x, y, z): needs, in general form.

The sentences are written for this test in Estonian and Russian (not copied from the blind files), with
must-not cases for each rule.
"""

import pytest
from scoring_support import verdicts as _verdicts

from trainer.text import is_spoken_question

# -- 1. a promise of help with no content is a commissive, not the main answer ------------------------------

def _promise_call(lang, promise, with_question=True):
    if lang == "et":
        turns = [("agent", "Tere! Sotsiaalkindlustusamet, Kati kuuleb."),
                 ("client", "Tere. Mu ema suri eile ja ma ei tea üldse, mida nüüd tegema peab."),
                 ("agent", promise),
                 ("client", "Aitäh. Kas tema pension tuleb tagasi maksta?"),
                 ("agent", "Kas pension jõudis tema kontole enne või pärast surmapäeva?"),
                 ("client", "Enne, kolmandal."),
                 ("agent", "Surmakuu pension jääb pärijatele, seda tagasi maksma ei pea."),
                 ("client", "Selge, aitäh."),
                 ("agent", "Aitäh, kõike head!")]
    else:
        turns = [("agent", "Здравствуйте! Департамент социального страхования, Анна."),
                 ("client", "Здравствуйте. У меня умерла мама, я не знаю, что теперь делать."),
                 ("agent", promise),
                 ("client", "Спасибо. Её пенсию надо возвращать?"),
                 ("agent", "Пенсия пришла на её счёт до дня смерти или после?"),
                 ("client", "До, третьего числа."),
                 ("agent", "Пенсия за месяц смерти остаётся наследникам, возвращать её не нужно."),
                 ("client", "Понятно, спасибо."),
                 ("agent", "Спасибо, всего доброго!")]
    return turns if with_question else turns[:4] + turns[6:]


@pytest.mark.parametrize("lang, promise", [
    ("et", "Mul on väga kahju. Ärge muretsege, ma aitan Teid ja vaatame kõik koos rahulikult läbi."),
    ("et", "Tunnen kaasa. Me aitame Teid, teeme kõik samm-sammult selgeks."),
    ("ru", "Примите мои соболезнования. Не переживайте, давайте спокойно разберёмся по порядку, я вам помогу."),
    ("ru", "сочувствую вам мы вам поможем давайте вместе всё спокойно по порядку разберёмся"),
])
def test_a_promise_of_help_is_no_answer(lang, promise):
    assert _verdicts(lang, _promise_call(lang, promise))["needs"] == "pass"
    # must not: without the clarifying question the promise does not make a question out of nothing
    assert _verdicts(lang, _promise_call(lang, promise, with_question=False))["needs"] == "fail"


@pytest.mark.parametrize("lang, promise", [
    # must not: a promise that carries the answer informs (the question after it is too late)
    ("et", "Mul on kahju. Ma aitan Teid: surmakuu pension jääb pärijatele ja seda tagasi maksma ei pea."),
    ("ru", "Сочувствую. Я вам помогу: пенсия за месяц смерти остаётся наследникам, возвращать её не нужно."),
])
def test_a_promise_with_the_answer_still_answers(lang, promise):
    assert _verdicts(lang, _promise_call(lang, promise))["needs"] == "fail"


# -- 2. a one- or two-word verbless question is no clarifying question -------------------------------------

def _short_question_call(lang, ask):
    if lang == "et":
        return [("agent", "Tere! Sotsiaalkindlustusamet, Kati."),
                ("client", "Tere, millal detsembris lapsetoetus tuleb?"),
                ("agent", ask), ("client", "jah, lapsetoetus"),
                ("agent", "Lapsetoetus makstakse 8. detsembril, kui see on tööpäev."),
                ("client", "aitäh"), ("agent", "Aitäh, head päeva!")]
    return [("agent", "Здравствуйте! Департамент социального страхования, Анна."),
            ("client", "Здравствуйте, когда в декабре придёт пособие на ребёнка?"),
            ("agent", ask), ("client", "да, на ребёнка"),
            ("agent", "Пособие на ребёнка платят 8 декабря, если это рабочий день."),
            ("client", "спасибо"), ("agent", "Спасибо, всего доброго!")]


@pytest.mark.parametrize("lang, ask, expected", [
    ("et", "Lapsetoetus?", "fail"),
    ("et", "Detsember? Jaanuar?", "fail"),
    ("et", "Toetus? Kuu?", "fail"),
    ("ru", "Пособие?", "fail"),
    ("ru", "Декабрь? Январь?", "fail"),
    # must still pass: an elliptical question with content, a choice, a question with a verb
    ("et", "Kas lapsetoetus või peretoetus?", "pass"),
    ("et", "Millise lapse toetuse kohta?", "pass"),
    ("et", "Kas küsite lapsetoetuse kohta?", "pass"),
    ("ru", "Вы про пособие на ребёнка?", "pass"),
    ("ru", "Пособие на ребёнка или на многодетную семью?", "pass"),
])
def test_a_one_word_question_is_no_clarification(lang, ask, expected):
    assert _verdicts(lang, _short_question_call(lang, ask), "chat")["needs"] == expected


# -- 3. an informal spoken question about who the caller is to the client --------------------------------

@pytest.mark.parametrize("sentence, question", [
    ("а вы сами кто ей", True),
    ("так а ты кто ему будешь", True),
    ("а вы ему кем приходитесь", True),
    # must not: a relative clause, a clause after a verb of knowing, a statement
    ("это тот кто вам звонил вчера", False),
    ("опекун это тот кто за него отвечает", False),
    ("я не знаю кто ей оформлял", False),
    ("мы ему всё пересчитаем кто бы ни подавал", False),
])
def test_who_are_you_to_him(sentence, question):
    assert is_spoken_question(sentence, "ru") is question


# -- 4. a paraphrase of the need after "selge"/"hea" and "et" (speech) -------------------------------------

@pytest.mark.parametrize("lang, sentence, question", [
    ("et", "selge et te tahate teada millal peretoetus tuleb ja kui suur see on", True),
    ("et", "jah hea et te küsite oma ema hooldajatoetuse kohta", True),
    # must not: advice or a remark after the same lead
    ("et", "selge et te saate selle iseteeninduses ise vaadata", False),
    ("et", "selge et te olete mures", False),
])
def test_a_paraphrase_after_a_lead(lang, sentence, question):
    assert is_spoken_question(sentence, lang) is question
