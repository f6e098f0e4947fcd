"""New-user batch 45, client fixes (branch b45client; tests/newuser/live45). Own sentences, not the runs'.

1. A sheet of figures said to no one (rates, days, numbers one after another, only a check question) counts against
   the grateful ending (unspoken.figure_sheet); a reply that speaks to the caller stays an answer.
2. Russian speech-to-text run together: «не» of a present passive participle is its prefix, and «не к нам это X» is
   a contrast (spelling.as_heard): the agency named is heard.
3. A number's own ending or a hanging hyphen („5- ja 7-a“, „3-le“) is no phone-menu option (staged.py).
4. A statement of the caller's own matter with a tag question („..., jah?“) is a check, confirmed (tag_check.py).
5. A punctuated client sentence closed by a full stop asks nothing (listening.client_asks): a goodbye after it ends
   the call instead of "what do you mean?".
"""

from __future__ import annotations

from datetime import date

import pytest

from trainer.simulation import listening
from trainer.simulation.dialogue import Conversation
from trainer.simulation.library import load_library
from trainer.simulation.spelling import as_heard
from trainer.simulation.staged import unstaged
from trainer.simulation.unspoken import figure_sheet

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def library():
    return load_library()


# -- 1. a sheet of figures --------------------------------------------------------------------------------------------

def _check(sentence: str) -> bool:
    return "vastas" in sentence or "ответила" in sentence.lower()


@pytest.mark.parametrize("text,lang", [
    ("Vanemahüvitis makstakse 8. kuupäeval. Elatisabi on 200 eurot kuus, kohtus 150 päeva. Sünnitoetus on 320 "
     "eurot. Lasteabi number on 116 111. Kas see vastas Teie küsimusele?", "et"),
    ("Пособие на ребёнка 80 евро. Третьему ребёнку 100 евро. Выплата 8 числа. Пособие при рождении 320 евро, "
     "многодетным 450 евро. Ответила ли я на Ваш вопрос?", "ru"),
])
def test_figure_sheet_matches(text, lang):
    assert figure_sheet(text, lang, _check)


@pytest.mark.parametrize("text,lang", [
    # speaks to the caller: imperatives and "Teie"
    ("Helistage kohe 112. Öelge, et lapsed on 5 ja 7 aastat vanad. Teie naabrile helistab politsei. "
     "Hiljem teatage lasteabisse 116 111.", "et"),
    # asks a question of the caller's case
    ("Elatisabi on 200 eurot. Tähtaeg on 45 päeva. Makstakse 10. kuupäeval. Otsus tuleb 10 tööpäevaga. "
     "Kas kohtuotsus on juba olemas?", "et"),
    # too few figures
    ("Пенсия приходит каждый месяц. Сумма зависит от стажа. Заявление не нужно. Выплата 5 числа.", "ru"),
])
def test_figure_sheet_does_not_match(text, lang):
    assert not figure_sheet(text, lang, _check)


# -- 2. Russian speech run together ------------------------------------------------------------------------------------

@pytest.mark.parametrize("said,heard", [
    ("это за налоговый вычет не отвечаем мы это налоговая а не облагаемую сумму учтём сами",
     "это за налоговый вычет не отвечаем мы это налоговая а необлагаемую сумму учтём сами"),
    ("выплата второй ступени не у нас это пенсионный центр", "выплата второй ступени не у нас, это пенсионный центр"),
    ("пин коды не наш вопрос это полиция", "пин коды не наш вопрос, это полиция"),
])
def test_ru_speech_heard(said, heard):
    assert as_heard(said, "ru") == heard


@pytest.mark.parametrize("said", [
    "пенсия не облагается налогом это правило",  # a finite verb: a real denial
    "мы не можем это сделать",                    # no "us" denied before «это»
    "не к нам, это пенсионный центр",              # already punctuated
    "мы не видим это заявление",
])
def test_ru_speech_left(said):
    assert as_heard(said, "ru") == said


def test_agency_heard_before_a_participle_with_ne(library):
    sc = library.get("redirects-pillar-tax-pin-ru")
    conv = Conversation.start(sc, library, seed=1, today=TODAY)
    conv.reply("Здравствуйте, Департамент социального страхования, Ольга, чем помочь?")
    conv.reply("вторая ступень это не к нам это пенсионный центр а пин коды выдает департамент полиции и погранохраны")
    assert conv.state["step"] == "tax_q"
    conv.reply("декларация это налогово таможенный департамент их сайт емта у нас не облагаемая сумма к пенсии "
               "применяется сама подавать ничего не надо")
    assert conv.state["step"] == "wrap"


# -- 3. a number's ending is no menu option ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Helistage 112 ja öelge, et 4- ja 6-a poisid on kodus üksi.",
    "Öelge neile, et 3-le lapsele on vaja abi.",
    "Скажите, что детям 5- и 8-летние, и позвоните 112.",
])
def test_number_endings_are_no_menu(text):
    assert unstaged(text, "et") == text


@pytest.mark.parametrize("text", ["Valige: 1 – elatisabi, 2 – peretoetus.", "Выберите: 1 – пенсия, 2 – пособие."])
def test_menu_still_staged(text):
    assert unstaged(text, "et").strip() == ""


# -- 4. a tag question on the caller's matter --------------------------------------------------------------------------

LETTERS = "letters-unanswered-et"


def _check_answer(library, check: str) -> str | None:
    conv = Conversation.start(library.get(LETTERS), library, seed=1, today=TODAY)
    conv.reply("Tere, Sotsiaalkindlustusamet, Mari kuuleb.")  # the client tells its matter
    return listening.question_answer(conv, check, {"asked_question": True})


@pytest.mark.parametrize("check", [
    "Te kirjutasite, et pension arvutati ümber ja soovite teada miks, eks?",
    "Küsite, miks Teie pensioni ümber arvutati, õige?",
])
def test_tag_check_of_own_matter_confirmed(library, check):
    assert _check_answer(library, check) == "Jah, just nii."


@pytest.mark.parametrize("check", ["Teie korteri üür tõusis eelmisel kuul, jah?", "Te elate praegu Tartus, eks?"])
def test_tag_question_on_unsaid_matter_not_confirmed(library, check):
    assert _check_answer(library, check) != "Jah, just nii."


# -- 5. a full stop closes a client statement --------------------------------------------------------------------------

@pytest.mark.parametrize("line,asks", [
    ("Hea küll. Ja kui kirja ikka ei tule, siis kirjutan uuesti.", False),
    ("Ладно. А если ответа не будет, я позвоню ещё раз.", False),
    ("Hea küll. Aga millal see vastus tuleb?", True),
    ("kui kaua see aega võtab", True),
])
def test_client_asks_reads_full_stop(library, line, asks):
    conv = Conversation.start(library.get(LETTERS), library, seed=1, today=TODAY)
    assert listening.client_asks(conv, line) is asks
