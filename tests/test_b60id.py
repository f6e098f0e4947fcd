"""New-user batch 60 (live60): identification and call-back runs, on sentences written for these tests.

- abusive-caller-ru good and terse failed name_confirmed and manager_handled: the agent asked the caller's name, the
  caller said it and the agent told him it matches («Спасибо, Виктор, данные совпадают») – a name confirmed (check type
  ``name-confirmed``: read back, or asked and matched); the team lead calls back «до конца следующего рабочего дня», a
  named time frame inside the two working days of the knowledge.
- guardian-for-ward-ru terse: «опека зарегистрированна.» (the short participle typed with the long form's double «нн»)
  was read as a keyword chain and dropped, so guardianship_checked never saw it (finite verb with a consonant doubled).
- guardian-for-ward-ru good and wrong: a hold said with the identity confirmation and the object of the check
  («Спасибо, данные совпадают. Подождите минуту, я проверю, зарегистрирована ли опека.») was no hold to the client, who
  asked «Ну что? Вы видите, что я опекун?» at once; guardian-for-ward-et wrong: the result in the participle-first
  word order („eestkostet veel registreeritud ei ole“) was not heard, and she asked „Noh? Kas näete midagi?“.
"""

from __future__ import annotations

import pytest
from client_support import client_steps, last_client_line, play_to_end
from scoring_support import scenario_criterion

from trainer.scoring.finite_verbs import has_finite_verb
from trainer.scoring.transcript import Transcript
from trainer.simulation.examples import EXAMPLE_DATE
from trainer.simulation.library import load_library
from trainer.simulation.reactions import without_hold_purpose, without_identity_ok


@pytest.fixture(scope="module")
def library():
    return load_library()


# -- a finite verb typed with a doubled consonant ---------------------------------------------------------------

@pytest.mark.parametrize("sentence", ["опека оформленна.", "Решение суда зарегистрированно.", "выплата произведенна",
                                      "Заявление рассмотренно, всё в порядке."])
def test_short_participle_with_double_n_is_a_verb(sentence):
    assert has_finite_verb(sentence, "ru")


@pytest.mark.parametrize("sentence", ["Опека, регистрация, суббота.", "Касса, ванна, сумма.", "Оформленная опека.",
                                      "Зарегистрированное решение суда."])
def test_verbless_sentences_stay_verbless(sentence):
    assert not has_finite_verb(sentence, "ru")


def test_typed_double_reply_is_no_keyword_chain(library):
    conv = play_to_end(library, "guardian-for-ward-ru", [
        "Здравствуйте, Департамент социального страхования, Ирина. Чем могу помочь?",
        "Понимаю. Назовите, пожалуйста, Ваш личный код.",
        "Благодарю. Вы Светлана Кузнецова?",
        "опека оформленна. 5-е выпало на субботу, поэтому выплата прошла 7 декабря, в понедельник, в тот же день на счету",
    ], EXAMPLE_DATE)
    result = conv.score()
    verdict = next(c for c in result["criteria"] if c["id"] == "guardianship_checked")
    assert verdict["result"] == "pass"


# -- the name asked and matched ---------------------------------------------------------------------------------

OPEN_RU = "Здравствуйте, Департамент социального страхования, Ирина. Чем могу помочь?"


def _name_verdict(library, scenario_id: str, turns: list[tuple[str, str]]) -> str:
    scenario = library.get(scenario_id)
    transcript = Transcript(language=scenario.language, channel=scenario.channel,
                            turns=[{"role": r, "text": t} for r, t in turns])
    result = library.score(scenario, transcript)
    return next(c for c in result["criteria"] if c["id"] == "name_confirmed")["result"]


def _abusive(agent_after_name: str, asked: str = "Спасибо. А как Вас зовут, имя и фамилия?",
             name: str = "Виктор Смирнов я.") -> list[tuple[str, str]]:
    return [("agent", OPEN_RU), ("client", "Пенсию не пересчитали! Начальника давайте!"),
            ("agent", "Руководитель группы Вам перезвонит. Назовите, пожалуйста, личный код."),
            ("client", "35604268670."), ("agent", asked), ("client", name), ("agent", agent_after_name)]


@pytest.mark.parametrize("reply", ["Благодарю, Виктор, всё совпадает. Просьбу я записала.",
                                   "совпадает. руководитель перезвонит",
                                   "Спасибо, данные совпадают, просьба зарегистрирована."])
def test_name_asked_and_matched_is_confirmed(library, reply):
    assert _name_verdict(library, "abusive-caller-ru", _abusive(reply)) == "pass"


@pytest.mark.parametrize("turns", [
    _abusive("Данные не совпадают, повторите, пожалуйста."),                      # a mismatch
    _abusive("Данные совпадают?"),                                                  # a question
    _abusive("Хорошо, руководитель перезвонит."),                                   # no match said
    _abusive("Спасибо, данные совпадают.", name="Меня зовут Пётр Иванов."),         # another name
    _abusive("Спасибо, данные совпадают.", asked="Спасибо. По какому номеру Вам перезвонить?",
             name="Этот же номер."),                                                # the name never asked
])
def test_no_name_confirmed_without_the_name_asked_and_matched(library, turns):
    assert _name_verdict(library, "abusive-caller-ru", turns) == "fail"


def test_name_read_back_still_counts(library):
    turns = _abusive("Я говорю с Виктором Смирновым?", name="Да.")
    assert _name_verdict(library, "abusive-caller-ru", turns) == "pass"


def test_estonian_name_asked_and_matched(library):
    base = [("agent", "Tere, Sotsiaalkindlustusamet, Merle kuuleb."), ("client", "Tere, ma olen venna eestkostja."),
            ("agent", "Palun öelge oma isikukood."), ("client", "48309138676."),
            ("agent", "Tänan. Ja palun ka Teie ees- ja perekonnanimi?"), ("client", "Tiina Lepp.")]
    assert _name_verdict(library, "guardian-for-ward-et", [*base, ("agent", "Aitäh, andmed klapivad.")]) == "pass"
    assert _name_verdict(library, "guardian-for-ward-et", [*base, ("agent", "Andmed ei klapi.")]) == "fail"


# -- a hold said with the identity confirmation and what is checked ----------------------------------------------

def test_hold_with_identity_ok_and_whether_clause_is_a_hold(library):
    conv = play_to_end(library, "guardian-for-ward-ru", [
        OPEN_RU, "Назовите, пожалуйста, Ваш личный код.", "Благодарю. Как Вас зовут?",
        "Благодарю, всё совпадает. Одну минуту, пожалуйста, подождите, я посмотрю, оформлена ли у нас опека над сыном.",
    ], EXAMPLE_DATE)
    assert client_steps(conv)[-1] == "check"
    assert "жду" in last_client_line(conv).lower()


def test_estonian_hold_with_identity_ok_is_a_hold(library):
    conv = play_to_end(library, "guardian-for-ward-et", [
        "Tere, Sotsiaalkindlustusamet, Merle kuuleb.", "Palun öelge oma isikukood.", "Tänan. Ja Teie nimi?",
        "Aitäh, kõik klapib. Palun oodake hetk, ma vaatan järele, kas kohtumäärus on meile jõudnud.",
    ], EXAMPLE_DATE)
    assert client_steps(conv)[-1] in ("check", "id_give_code")
    assert "ootan" in last_client_line(conv).lower()


@pytest.mark.parametrize("text", ["Данные совпадают, пенсия выплачена 5 декабря.", "Данные не совпадают.",
                                  "Данные совпадают?", "Andmed klapivad, toetus maksti 5. kuupäeval."])
def test_identity_sentence_with_more_in_it_is_kept(text):
    lang = "et" if "Andmed" in text else "ru"
    assert without_identity_ok(text, lang).strip() == text


def test_whether_clause_of_the_check_is_the_holds_own():
    assert without_hold_purpose("Подождите минуту, я проверю, пришли ли деньги.", "ru").rstrip(". ") \
        == "Подождите минуту, я проверю"
    assert without_hold_purpose("Palun oodake, kontrollin, kas avaldus on kohal.", "et").rstrip(". ") \
        == "Palun oodake, kontrollin"
    # no hold: nothing taken out
    assert without_hold_purpose("Я проверила, пришли ли деньги: да, пришли.", "ru") \
        == "Я проверила, пришли ли деньги: да, пришли."


# -- the result said with the participle first (Estonian) -------------------------------------------------------

ET_TO_CHECK = ["Tere, Sotsiaalkindlustusamet, Merle kuuleb.", "Palun öelge oma nimi ja isikukood.",
               "Aitäh, Tiina Lepp. Kas võin Teid hetkeks ootele panna? Vaatan järele, kas eestkoste on meil olemas."]


@pytest.mark.parametrize("result", ["Tänan ootamast. Andmebaasis Teie eestkostet registreeritud veel ei ole, "
                                    "seepärast ma venna andmeid öelda ei saa.",
                                    "Tänan ootamast. Eestkoste määrus registreeritud pole, venna andmeid ma anda ei saa."])
def test_participle_first_result_is_heard(library, result):
    conv = play_to_end(library, "guardian-for-ward-et", [*ET_TO_CHECK, result], EXAMPLE_DATE)
    assert client_steps(conv)[-1] == "not_on_file"


def test_registered_ruling_is_no_missing_one(library):
    conv = play_to_end(library, "guardian-for-ward-et", [*ET_TO_CHECK, "Tänan ootamast. Teie eestkoste kohtumäärus on meile esitatud ja "
                                                                    "registreeritud."],
                       EXAMPLE_DATE)
    assert client_steps(conv)[-1] != "not_on_file"


# -- the team lead's call-back inside the two working days --------------------------------------------------------

@pytest.mark.parametrize("reply", ["Руководитель группы перезвонит Вам не позднее следующего рабочего дня.",
                                   "Я передам просьбу руководителю группы, он перезвонит Вам на следующий рабочий день."])
def test_next_working_day_callback_counts(library, reply):
    assert scenario_criterion(library, "abusive-caller-ru", "manager_handled", reply)["result"] == "pass"


@pytest.mark.parametrize("reply", ["Руководитель группы перезвонит Вам в течение пяти рабочих дней.",
                                   "Руководитель группы Вам перезвонит, когда освободится.",
                                   "Сейчас соединю Вас с руководителем."])
def test_wrong_or_missing_callback_time_still_fails(library, reply):
    assert scenario_criterion(library, "abusive-caller-ru", "manager_handled", reply)["result"] == "fail"
