"""New-user batch 51, the scripted client re-asking what was answered and a gaming run ending grateful (branch
b51client; tests/newuser/live51). Own sentences, not the runs'.

1. A clear wrong answer is believed, not asked again by the step's default (`else: X_again`): a criterion signal failed
   on a wrong value leads where the rules go when it is taken as told (progress.advance, believed.py); the victim's
   compensation sent to the police is its own believed answer (victim-support-ru ``compensation_elsewhere``).
2. The agency named as the organiser or payer of the rehabilitation after an operation is the wrong answer the client
   believes (assistive-device-rehab-et ``rehab_here``), not a question asked again.
3. Who answers the complaint named as the subject («Ответит руководитель отдела, письменно ...») is the promised
   answer (complaint-registration-ru ``answer_promised``).
4. A reply that names its answer only as "listed above" points back at the text (unspoken._POINTER); a closing reply
   that answers nothing, after an earlier non-answer, does not end on the client's thanks (transitions.ending).
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import client_lines, play_to_end

from trainer.simulation.dialogue import Conversation
from trainer.simulation.library import load_library
from trainer.simulation.unspoken import labelled_note

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def library():
    return load_library()


def _play(library, scenario: str, answers: list[str]) -> Conversation:
    return play_to_end(library, scenario, answers, TODAY)



# -- 1. the victim's compensation sent to the police: believed, not asked again ------------------------------------------

_VICTIM = [
    "Добрый день, Департамент социального страхования, Ольга. Слушаю Вас.",
    "Я Вам очень сочувствую. Скажите, Вам сейчас ничего не угрожает, Вы в безопасном месте?",
    "Помощь жертвам – это услуга нашего Департамента: позвоните на кризисный телефон 116 006, и работник службы "
    "помощи жертвам Вам поможет.",
]


def test_compensation_via_police_is_believed_not_asked_again(library):
    conv = _play(library, "victim-support-ru", [
        *_VICTIM,
        "Конечно, такие расходы можно вернуть. Бланк заявления на компенсацию Вам выдадут в полиции, там же его и "
        "рассмотрят. Чеки сохраните.",
    ])
    lines = client_lines(conv)
    assert conv.state["step"] == "believes_police", lines
    assert not any("кто-нибудь может помочь" in line for line in lines), lines
    result = conv.score()
    assert "compensation_elsewhere" in [m["id"] for m in result["misinformation"]]


def test_compensation_from_the_department_is_no_police_belief(library):
    conv = _play(library, "victim-support-ru", [
        *_VICTIM,
        "Да. Пострадавший от насильственного преступления может подать нам заявление на компенсацию, и расходы на "
        "психологическую помощь тоже возмещают; с заявлением поможет работник службы.",
    ])
    assert conv.state["step"] == "wrap", client_lines(conv)


def test_bills_not_answered_are_still_asked_again(library):
    conv = _play(library, "victim-support-ru", [*_VICTIM, "Понимаю Вас. Берегите себя."])
    assert conv.state["step"] == "bills_again", client_lines(conv)


# -- 2. the rehabilitation from the agency: believed ----------------------------------------------------------------------

_WALKER = [
    "Tere! Sotsiaalkindlustusamet, Liis kuuleb.",
    "Jõudu paranemiseks! Kas rulaatorit on vaja Teile endale ja kas arst on tõendi juba kirjutanud?",
    "Esmalt kirjutab arst tõendi abivahendi vajaduse kohta. Kas see on arusaadav?",
    "Tõendiga pöördute ettevõttesse, millel on ametiga leping. Riik hüvitab osa hinnast, osa maksate ise.",
]


def test_agency_as_rehab_organiser_is_believed(library):
    conv = _play(library, "assistive-device-rehab-et", [
        *_WALKER,
        "Põlve taastusravi eest tasub ja selle paneb paika Sotsiaalkindlustusamet, kirjutage meile taotlus.",
    ])
    lines = client_lines(conv)
    assert conv.state["step"] == "wrong_promise", lines
    assert "taastusravi taotluse" in lines[-1] and "saadate" not in lines[-1], lines
    assert not any("kelle poole pöörduda" in line for line in lines), lines


def test_rehab_via_the_doctor_is_no_wrong_belief(library):
    conv = _play(library, "assistive-device-rehab-et", [
        *_WALKER,
        "Taastusravi Sotsiaalkindlustusamet ei korralda: sinna suunab perearst ja selle eest tasub Tervisekassa.",
    ])
    assert conv.state["step"] == "wrap", client_lines(conv)


# -- 3. who answers the complaint, named as the subject -----------------------------------------------------------------

_COMPLAINT = [
    "Добрый день, Департамент социального страхования, Вера.",
    "Простите, что так получилось. Правильно понимаю: жалоба на то, что не перезвонили и не ответили на письма, "
    "и письменное объяснение расчёта пенсии? Назовите, пожалуйста, личный код.",
    "Спасибо. Назовите, пожалуйста, имя и место рождения.",
]


def test_who_answers_as_subject_is_the_promised_answer(library):
    conv = _play(library, "complaint-registration-ru", [
        *_COMPLAINT,
        "Благодарю, Николай Иванов. Жалобу регистрирую сама. Ответит начальник отдела, письменно, в теч. 30 дн.",
    ])
    lines = client_lines(conv)
    assert conv.state["step"] != "complaint_again", lines
    assert not any("Так кто ответит" in line for line in lines), lines


def test_no_answerer_named_is_still_asked(library):
    conv = _play(library, "complaint-registration-ru", [
        *_COMPLAINT,
        "Благодарю, Николай Иванов. Жалобу регистрирую сама. Кто ответит, сказать не могу.",
    ])
    assert conv.state["step"] == "complaint_again", client_lines(conv)


# -- 4. "listed above" and a closing non-answer -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "В государствах, указанных выше, этот документ не нужен.",
    "Вышеназванные правила касаются и Литвы.",
    "Eespool nimetatud riikides seda tõendit ei nõuta.",
])
def test_listed_above_points_back(text):
    assert labelled_note(text), text


@pytest.mark.parametrize("text", [
    "В Латвии этот документ не нужен.",
    "Пенсия выше указанной суммы не облагается.",
    "Lätis seda tõendit ei nõuta.",
])
def test_a_named_answer_does_not_point_back(text):
    assert not labelled_note(text), text


_ABROAD = [
    "Здравствуйте! Департамент социального страхования, Ирина.",
    "Получатель пенсии, живущий за границей, каждый год присылает справку о нахождении в живых. Справка действует "
    "12 месяцев.",
    "Пенсионер может подтвердить справку и на видеовстрече в среде самообслуживания; деньги за пропущенные месяцы "
    "выплатят задним числом.",
]


def test_closing_non_answer_after_third_person_text_is_not_thanked(library):
    conv = _play(library, "pension-abroad-proof-ru", [
        *_ABROAD,
        "Клиенту разъясняется, что за пенсионера другое лицо действует только по доверенности.",
        "Указанные выше государства от справки освобождены. Консультация окончена. До свидания.",
    ])
    lines = client_lines(conv)
    assert conv.state["step"] == "wrap_sad", lines
    assert "спасибо" not in lines[-1].lower(), lines


def test_sister_answered_to_her_still_ends_grateful(library):
    conv = _play(library, "pension-abroad-proof-ru", [
        *_ABROAD,
        "Нет, Вашей сестре в Латвии справка не нужна: в Латвии её не требуют. Всего Вам доброго!",
    ])
    assert conv.state["step"] == "wrap", client_lines(conv)


# -- 5. other re-asks of h10's README ------------------------------------------------------------------------------------

def test_request_named_with_a_wrong_deadline_is_believed(library):
    """complaint-registration-ru: «не жалоба, а ходатайство о разъяснении» with a wrong deadline answers «Это тоже
    жалоба?» before he asks it: he believes it."""
    conv = _play(library, "complaint-registration-ru", [
        *_COMPLAINT,
        "Благодарю, Николай Иванов. Жалобу регистрирую сама, Вам ответят письменно в течение 30 дней. А объяснение "
        "расчёта – это не жалоба, а ходатайство о разъяснении, ответ на него в течение недели.",
    ])
    lines = client_lines(conv)
    assert conv.state["step"] == "explanation_believed", lines
    assert not any("Это тоже жалоба" in line for line in lines), lines


@pytest.mark.parametrize("text, kept", [
    ("Jah ✅ toetuse saate iseteeninduses.", "toetuse saate iseteeninduses"),
    ("Нет ❌ пенсию за этот месяц не удержат.", "пенсию за этот месяц не удержат"),
])
def test_a_yes_or_no_stressed_by_an_emoji_is_said(text, kept):
    from trainer.simulation.staged import unstaged

    assert kept in unstaged(text, "et"), text


@pytest.mark.parametrize("text, blanked", [
    ("✔ kaastunne: Mõistan Teid. ✔ osamaksed ☐ vaie", "osamaksed"),
    ("Tervitus ✅ vajadus ✅ lõpp ✅", "vajadus"),
])
def test_a_checklist_stays_staged(text, blanked):
    from trainer.simulation.staged import unstaged

    assert blanked not in unstaged(text, "et"), text


def test_a_wrong_payer_is_believed_not_asked_again_by_the_default(library):
    """The general cause of 1: a criterion failed on a wrong value („Касса здоровья возместит“) is taken as told where
    the step's default would ask again (`else: bills_again`)."""
    conv = _play(library, "victim-support-ru", [
        *_VICTIM,
        "Да, эти расходы на лечение Вам возместит Касса здоровья, счета сохраните.",
    ])
    lines = client_lines(conv)
    assert conv.state["step"] == "wrap", lines
    assert not any("кто-нибудь может помочь" in line for line in lines), lines
