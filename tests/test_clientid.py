"""Three simulated-client findings (clientid):

1. a caller that gave its own code when asked for it with its birthplace, at a step that does not identify it, is
   identified from then on: the client does not wait to be asked again, its identification step is passed;
2. after the client's goodbye, a reply without the matter ends the call only when it says nothing (comfort, a hold)
   or closes too; an honest reply that still tells the client something gets its answer;
3. a hold at the step before the scenario's own check step ("Jah, ootan." there) enters that step, so the finding
   told after the hold is heard at the check step.
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import client_lines, client_steps, play_to_end

TODAY = date(2026, 12, 8)


@pytest.fixture(scope="module")
def library():
    from trainer.simulation.library import load_library

    return load_library()


# -- 1. identified by a code given at another step -----------------------------------------------------------

def test_code_with_birthplace_at_the_need_step_identifies_ru(library):
    conv = play_to_end(library, "language-switch-ru", [
        "Tere! Sotsiaalkindlustusamet, Ольга. Если Вам удобнее, давайте говорить по-русски.",
        "Хорошо. Чтобы увидеть Вашу пенсию, скажите мне, пожалуйста, личный код и место рождения.",
        "Благодарю. С апреля пенсии выросли в среднем на пять процентов, но у каждого прибавка своя: она зависит "
        "от размера пенсии, поэтому у соседки она может быть больше.",
    ], TODAY)
    lines = client_lines(conv)
    assert conv.persona.isikukood in lines[1]
    assert conv.identified
    assert client_steps(conv)[-1] == "explain", client_steps(conv)  # not „Может, Вы посмотрите ...?“ again
    assert "Может, Вы посмотрите" not in " ".join(lines)


def test_code_with_birthplace_at_a_step_that_does_not_identify_marks_identified_et(library):
    conv = play_to_end(library, "child-allowance-et", [
        "Tere, Sotsiaalkindlustusamet, Pille kuuleb.",
        "Et ma saaksin Teie andmeid vaadata, öelge palun oma isikukood ja sünnikoht.",
    ], TODAY)
    said = client_lines(conv)[-1]
    assert conv.persona.isikukood in said and "Sünnikoht on" in said
    assert conv.identified


def test_a_caller_that_gives_no_code_stays_unidentified(library):  # must-not
    conv = play_to_end(library, "complaint-registration-et", [
        "Tere, Sotsiaalkindlustusamet, Pille kuuleb.",
        "Palun öelge mulle kõigepealt oma isikukood ja sünnikoht.",
    ], TODAY)
    assert conv.persona.isikukood not in " ".join(client_lines(conv))
    assert not conv.identified


def test_birthplace_alone_does_not_identify(library):  # must-not
    conv = play_to_end(library, "moving-abroad-account-ru", [
        "Добрый день, Департамент социального страхования, Ольга слушает.",
        "Скажите, пожалуйста, где Вы родились?",
    ], TODAY)
    assert not conv.identified


def test_the_identifying_step_still_takes_a_code_asked_there(library):  # must-not
    conv = play_to_end(library, "pension-late-et", [
        "Tere, Sotsiaalkindlustusamet, Pille kuuleb.",
        "Vabandan, et nii läks. Öelge palun oma isikukood, siis vaatan, mis pensioniga juhtus.",
    ], TODAY)
    assert client_steps(conv)[-1] == "id_give_code"
    assert conv.identified


# -- 2. after the client's goodbye ---------------------------------------------------------------------------

_REHAB_TO_GOODBYE = [
    "Tere, Sotsiaalkindlustusamet, Pille kuuleb.",
    "Abivahend. Tõend. Lepingupartner.",
    "Taastusravi. Tervisekassa. Rehabilitatsioon.",
]
_ABROAD_TO_GOODBYE = [
    "Добрый день, Департамент социального страхования, Ольга слушает.",
    "Личный код. Проверка. Шаг выполнен.",
    "Перечень: письменно, самообслуживание, подпись.",
]


@pytest.mark.parametrize(("scenario", "start", "reply"), [
    ("assistive-device-rehab-et", _REHAB_TO_GOODBYE,
     "Palun ärge veel lõpetage, ma saan Teile abivahendi asja kohe lahti seletada, see ei võta kaua."),
    ("moving-abroad-account-ru", _ABROAD_TO_GOODBYE,
     "Подождите, пожалуйста: по телефону счёт мы не меняем, но я расскажу Вам, как это сделать, это несложно."),
])
def test_an_honest_reply_with_matter_after_a_goodbye_gets_an_answer(library, scenario, start, reply):
    conv = play_to_end(library, scenario, [*start, reply], TODAY)
    assert conv.turns[-1]["role"] == "client", client_lines(conv)
    assert not conv.finished


@pytest.mark.parametrize(("scenario", "start", "reply"), [
    # comfort and a hold tell nothing: the call has ended
    ("assistive-device-rehab-et", _REHAB_TO_GOODBYE, "Mõistan Teid väga hästi. Üks hetk, palun, ärge pange toru ära."),
    ("moving-abroad-account-ru", _ABROAD_TO_GOODBYE, "Мне очень жаль. Минутку, я посмотрю, не кладите трубку."),
    # a reply that closes too
    ("assistive-device-rehab-et", _REHAB_TO_GOODBYE, "Teie mure on mõistetav, vabandan. Aitäh, et helistasite, head päeva!"),
    ("moving-abroad-account-ru", _ABROAD_TO_GOODBYE, "Понимаю Вас, извините. Спасибо за звонок, всего доброго!"),
])
def test_a_reply_without_matter_or_that_closes_ends_the_call(library, scenario, start, reply):  # must-not
    conv = play_to_end(library, scenario, [*start, reply], TODAY)
    assert conv.finished
    assert conv.turns[-1]["role"] == "agent", client_lines(conv)


# -- 3. a hold before the scenario's check step ---------------------------------------------------------------

def test_hold_then_finding_et(library):
    conv = play_to_end(library, "guardian-for-ward-et", [
        "Tere, Sotsiaalkindlustusamet, Mart kuuleb.",
        "Saan aru, olete venna eestkostja. Öelge palun oma isikukood, siis kontrollin, kas eestkoste on meil kirjas.",
        "Tänan. Palun oodake hetk, vaatan järele.",
        "Tänan ootamast. Eestkoste kohta meil andmeid veel ei ole, nii et venna andmeid ma praegu öelda ei saa.",
    ], TODAY)
    steps = client_steps(conv)
    assert steps[-2:] == ["check", "not_on_file"], steps
    assert client_lines(conv)[-2] == "Jah, ootan."
    assert "check_again" not in steps


def test_hold_then_finding_ru(library):
    conv = play_to_end(library, "guardian-for-ward-ru", [
        "Добрый день, Департамент социального страхования, Ольга слушает.",
        "Понимаю, пособие сына не пришло. Скажите, пожалуйста, Ваш личный код, я проверю данные об опеке.",
        "Благодарю. Подождите, пожалуйста, минутку, я посмотрю.",
        "Спасибо, что подождали. Опека у нас зарегистрирована, Вы записаны опекуном.",
    ], TODAY)
    steps = client_steps(conv)
    assert steps[-2:] == ["check", "after_check"], steps
    assert client_lines(conv)[-2] == "Хорошо, жду."


def test_a_hold_at_a_step_without_a_hold_line_still_waits_there(library):  # must-not
    conv = play_to_end(library, "pension-late-et", [
        "Tere, Sotsiaalkindlustusamet, Pille kuuleb.",
        "Vabandan, et nii läks. Öelge palun oma isikukood, siis vaatan, mis pensioniga juhtus.",
        "Aitäh. Üks hetk, palun oodake.",
    ], TODAY)
    steps = client_steps(conv)
    assert steps[-1] == steps[-2] == "id_give_code", steps
    assert client_lines(conv)[-1] == "Jah, ootan."
