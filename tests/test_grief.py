"""Fresh blind run of survivors-pension-grief-et (issue 10).

1. A grieving client whose "how do I apply?" met a reply about something else asks it once more before it gives
   up; it does not part unhelped at the first miss.
2. "Ei, tegelikult mitte." to "did that answer your question?" is a "no" in Estonian as «Нет, не ответили» is in
   Russian: a goodbye with no reaction to it is no closing (and the Russian «на самом деле нет» reads alike).
   "Ei, rohkem küsimusi pole. Aitäh!" and «Нет, больше вопросов нет» after "any more questions?" stay happy endings.
"""

from __future__ import annotations

import pytest
from client_support import client_lines, client_steps, play_to_end
from scoring_support import verdicts

from trainer.scoring.recap import says_not_really
from trainer.simulation.examples import EXAMPLE_DATE
from trainer.simulation.library import load_library

SURVIVORS = "survivors-pension-grief-et"


@pytest.fixture(scope="module")
def library():
    return load_library()


# -- 1. the grieving client asks its "how" again -------------------------------------------------------------------

OPENING = [
    "Tere päevast, Sotsiaalkindlustusamet, mina olen Liis. Millega saan aidata?",
    "Tunnen Teile siiralt kaasa. Rääkige rahulikult, ma kuulan. Kas tohin küsida, millest Te kõige rohkem muretsete?",
    "Teie tütrele makstakse nüüd toitjakaotustoetust, ligikaudu 345 eurot kuus, kuni ta saab 19-aastaseks, "
    "koolis käies kuni 21-aastaseks. Kas räägime ka Teie enda olukorrast?",
]
OWN_RIGHTS = ("Lesele endale määratakse toitjakaotuspension vaid teatud tingimustel, näiteks kui ta on juba "
              "vanaduspensionieas või tal puudub töövõime.")
HOW = ("Kiiret ei ole, avalduse võite esitada siis, kui jõuate: iseteeninduses pangalingi või ID-kaardiga "
       "või tulles meie klienditeenindusse, kus aitame selle koos täita.")


def test_an_unanswered_how_is_asked_again_not_given_up(library):
    conv = play_to_end(library, SURVIVORS, [*OPENING, OWN_RIGHTS], EXAMPLE_DATE)
    assert not conv.finished
    assert client_steps(conv)[-1] == "how_again", client_lines(conv)
    assert "kuidas" in client_lines(conv)[-1].lower()


def test_the_how_answered_on_the_second_ask_parts_thankful(library):
    conv = play_to_end(library, SURVIVORS, [*OPENING, OWN_RIGHTS, HOW], EXAMPLE_DATE)
    assert conv.state["step"] == "wrap", client_lines(conv)


def test_a_second_miss_still_parts_unhelped(library):
    conv = play_to_end(library, SURVIVORS, [*OPENING, OWN_RIGHTS, "Teie olukord on tõesti raske, mul on kahju."],
                       EXAMPLE_DATE)
    assert conv.state["step"] == "wrap_worried", client_lines(conv)


def test_the_how_answered_at_once_needs_no_second_ask(library):
    conv = play_to_end(library, SURVIVORS, [*OPENING, HOW], EXAMPLE_DATE)
    assert "how_again" not in client_steps(conv)
    assert conv.state["step"] == "wrap", client_lines(conv)


# -- 2. "no, not really" to the check ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("Ei, tegelikult mitte.", "et"),
    ("Kahjuks mitte.", "et"),
    ("Ei, päriselt mitte, aga olgu.", "et"),
    ("Нет, на самом деле нет.", "ru"),
    ("К сожалению, нет.", "ru"),
    ("Вообще-то нет.", "ru"),
])
def test_not_really_is_a_no(text, lang):
    assert says_not_really(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Ei, rohkem küsimusi pole. Aitäh!", "et"),
    ("Ei, pole.", "et"),
    ("Tegelikult mitte midagi rohkem, aitäh.", "et"),
    ("Нет, больше вопросов нет", "ru"),
    ("Нет, больше вопросов нет. Спасибо!", "ru"),
    ("Нет, всё понятно, спасибо.", "ru"),
])
def test_no_more_questions_is_no_failed_check(text, lang):
    assert not says_not_really(text, lang)


CALL = {
    "et": [
        ("agent", "Tere, Sotsiaalkindlustusamet, Liis kuuleb. Kuidas saan aidata?"),
        ("client", "Tere. Millal makstakse sel kuul pensioni?"),
        ("agent", "Pension makstakse iga kuu viiendal kuupäeval Teie pangakontole."),
        ("client", "Selge."),
        ("agent", "Kokkuvõtteks: pension laekub iga kuu viiendal kuupäeval. Kas see vastas Teie küsimusele?"),
    ],
    "ru": [
        ("agent", "Здравствуйте, Департамент социального страхования, Лиза. Чем могу помочь?"),
        ("client", "Здравствуйте. Когда в этом месяце придёт пенсия?"),
        ("agent", "Пенсия перечисляется на Ваш банковский счёт пятого числа каждого месяца."),
        ("client", "Ясно."),
        ("agent", "Итак, подведём итог: пенсия приходит пятого числа каждого месяца. Ответила ли я на Ваш вопрос?"),
    ],
}
GOODBYE = {"et": "Aitäh, et helistasite! Kõike head!", "ru": "Спасибо за звонок, всего доброго!"}


@pytest.mark.parametrize(("lang", "said"), [
    ("et", "Ei, tegelikult mitte."),
    ("et", "Kahjuks mitte."),
    ("ru", "Нет, не ответили."),
    ("ru", "Нет, на самом деле нет."),
])
def test_a_goodbye_after_the_failed_check_is_no_closing(lang, said):
    turns = [*CALL[lang], ("client", said), ("agent", GOODBYE[lang])]
    assert verdicts(lang, turns)["closing"] == "fail"


MORE = {"et": "Kokkuvõtteks: pension laekub iga kuu viiendal kuupäeval. Kas on veel küsimusi?",
        "ru": "Итак, подведём итог: пенсия приходит пятого числа каждого месяца. Есть ли у Вас ещё вопросы?"}


@pytest.mark.parametrize(("lang", "said"), [
    ("et", "Ei, rohkem küsimusi pole. Aitäh!"),
    ("ru", "Нет, больше вопросов нет"),
])
def test_no_more_questions_then_goodbye_is_a_closing(lang, said):
    turns = [*CALL[lang][:-1], ("agent", MORE[lang]), ("client", said), ("agent", GOODBYE[lang])]
    assert verdicts(lang, turns)["closing"] == "pass"


# -- 3. the goodbye met with "I'll cope somehow" -------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "said"), [
    ("et", "Noh... küllap ma ise kuidagi uurin."),
    ("ru", "Ладно... как-нибудь сама разберусь."),
])
def test_a_goodbye_answered_by_coping_alone_is_no_closing(lang, said):
    turns = [*CALL[lang][:-1], ("agent", GOODBYE[lang]), ("client", said)]
    assert verdicts(lang, turns)["closing"] == "fail"


@pytest.mark.parametrize(("lang", "said"), [
    ("et", "Aitäh, head aega!"),
    ("ru", "Спасибо, до свидания!"),
])
def test_a_goodbye_answered_by_thanks_is_a_closing(lang, said):
    turns = [*CALL[lang][:-1], ("agent", GOODBYE[lang]), ("client", said)]
    assert verdicts(lang, turns)["closing"] == "pass"
