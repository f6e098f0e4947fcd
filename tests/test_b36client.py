"""New-user batch 36 (live36): client oddities, each tested with replies written for the test (et and ru).

1. indexation-day-et: the day asked after "with the April pension" / "not on Friday any more" takes that up.
2. parental-benefit-chat-et: „8. kuup“ (chat abbreviation) names the money day.
3. Clarifying questions in chat: „mis linnas isa elab?“, „mitu a Soomes töötas?“ are answered.
4. identification-item-et: the code and the birthplace asked in one reply are given together.
5. A sentence of the step's line that the answer just before it said in full is said once (`repeats`).
6. confused-elderly-repeats-et: „jah õige“ and the days to her own check ends on the grateful wrap.
7. rent-help-municipality-ru: the subsistence benefit said to be applied for with us is believed as a wrong authority.
8. Quoted client words offer no language; language-switch-ru says „так мне легче“ once.
9. A phone menu with „1)“ options talks to no one (`staged`); a choose verb inside a list of steps is no menu.
10. The service standard recited under its own label is heard as nothing (`recited`).
11. disability-refusal-angry-et: the wrap names no neurologist that never came up.
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import play_client

from trainer.simulation.library import load_library
from trainer.simulation.reactions import offered_languages
from trainer.simulation.recited import recited_standard
from trainer.simulation.repeats import without_said_sentences
from trainer.simulation.staged import unstaged

TODAY = date(2026, 12, 8)


@pytest.fixture(scope="module")
def library():
    return load_library()


def _play(library, scenario_id: str, replies: list[str], today: date = TODAY):
    return play_client(library, library.get(scenario_id), replies, today)


# -- 1. indexation-day-et ------------------------------------------------------------------------------------------

IDX = "indexation-day-et"
IDX_GREET = "Tere! Sotsiaalkindlustusamet, Mari kuuleb."


def test_et_day_asked_after_april_pension_takes_it_up(library):
    said, conv = _play(library, IDX, [IDX_GREET, "Tõus ei tule täna, see makstakse Teile koos aprilli pensioniga."],
                       date(2026, 4, 1))
    assert conv.state["step"] == "opening_again"
    assert said.startswith("Aprilli pensioniga, selge.") and "mis päeval" in said


def test_et_day_asked_after_not_friday_takes_it_up(library):
    said, conv = _play(library, IDX, [IDX_GREET, "Ei, reedel enam ei maksta."], date(2026, 4, 1))
    assert said.startswith("Selge, reedel siis mitte.")


def test_et_day_asked_after_nothing_said_stays_plain(library):
    # must-not: nothing about the April pension or Friday said: the plain question, no acknowledgement
    said, conv = _play(library, IDX, [IDX_GREET, "Raadios räägitakse palju asju."], date(2026, 4, 1))
    assert said == "Aga mis päeval see raha siis täpselt tuleb?"


# -- 2. parental-benefit-chat-et -----------------------------------------------------------------------------------

PAR = "parental-benefit-chat-et"
PAR_START = ["Tere, siin Mari Sotsiaalkindlustusametist. Palju õnne!",
             "Avaldust pole vaja: amet saadab Teile pakkumuse iseteenindusse ja Te kinnitate selle seal.",
             "Jah, 30 päeva, neid võib võtta osade kaupa kuni lapse 3-aastaseks saamiseni."]


def test_et_abbreviated_day_answers_the_money_question(library):
    said, conv = _play(library, PAR, [*PAR_START, "Saab küll samal ajal. Raha laekub iga kuu 8. kuup eelmise kuu eest."])
    assert conv.state["step"] == "wrap" and "millal" not in said


def test_et_no_day_still_asks_for_the_money(library):
    # must-not: the day not named: the father still asks when the money comes
    said, conv = _play(library, PAR, [*PAR_START, "Saab küll samal ajal, mõlemad võivad kodus olla."])
    assert conv.state["step"] == "one_more" and "millal" in said


# -- 3. clarifying questions in chat ------------------------------------------------------------------------------


def test_et_which_town_is_answered(library):
    said, _ = _play(library, "social-welfare-redirect-chat-et",
                    ["Tere, Mari Sotsiaalkindlustusametist. Saan aru, et muretsete. Mis linnas isa elab?"])
    assert "tartus" in said


def test_et_lives_alone_typed_without_umlaut_is_answered(library):
    said, _ = _play(library, "social-welfare-redirect-chat-et",
                    ["tere, mari ska-st. kas isa elab yksi?"])
    assert "elab üksi" in said


def test_et_town_not_asked_is_not_told(library):
    # must-not: a statement about towns asks nothing
    said, _ = _play(library, "social-welfare-redirect-chat-et",
                    ["Tere, Mari Sotsiaalkindlustusametist. Koduhooldust korraldab linn või vald, kus isa elab."])
    assert "tartus" not in said


def test_et_years_abroad_abbreviated_is_answered(library):
    said, _ = _play(library, "national-pension-chat-et", ["tere, mari ska-st. mitu a ema soomes tootas?"])
    assert "25 aastat" in said


def test_et_years_abroad_not_asked_are_not_told(library):
    said, _ = _play(library, "national-pension-chat-et", ["Tere, Mari Sotsiaalkindlustusametist. Kus ema praegu elab?"])
    assert "25 aastat" not in said


# -- 4. code and birthplace together --------------------------------------------------------------------------------

DIS = "disability-refusal-angry-et"
DIS_GREET = "Tere! Sotsiaalkindlustusamet, Mari kuuleb."


def test_et_code_and_birthplace_asked_together_are_given_together(library):
    said, conv = _play(library, DIS, [DIS_GREET, "Mõistan, et see otsus tegi Teile haiget. Et otsust vaadata, öelge "
                                                 "palun oma isikukood ja sünnikoht."])
    assert conv.state["step"] == "id_give_code"
    assert "Sünnikoht on" in said


def test_et_code_alone_asked_gives_the_code_alone(library):
    # must-not: only the code asked: no birthplace volunteered
    said, conv = _play(library, DIS, [DIS_GREET, "Mõistan, et see otsus tegi Teile haiget. Palun öelge oma isikukood."])
    assert conv.state["step"] == "id_give_code" and "Sünnikoht" not in said


# -- 5. a sentence said once ----------------------------------------------------------------------------------------


def test_et_sentence_said_by_the_answer_before_is_dropped_with_its_lead_in():
    line = "Arve? Ahaa... ma maksin selle arve juba oktoobris ära. Kas see ei jõudnud kohale?"
    assert without_said_sentences(line, ["Jah, maksin selle arve juba oktoobris ära."]) == \
        "Kas see ei jõudnud kohale?"


def test_ru_sentence_said_by_the_answer_before_is_dropped():
    line = "Счёт? Ой... я закрыла старый счёт в ноябре. Может, поэтому?"
    assert without_said_sentences(line, ["Да, закрыла старый счёт в ноябре."]) == "Может, поэтому?"


def test_a_sentence_that_says_more_or_little_stays():
    # must-not: a line sentence with more content, or a short one, is not "said before"
    line = "Я живу одна в Нарве, квартира своя. А что мне делать?"
    assert without_said_sentences(line, ["Я живу одна в Нарве."]) == line
    assert without_said_sentences("Selge. Aga kus?", ["Selge, aitäh."]) == "Selge. Aga kus?"


def test_et_pension_late_account_change_said_once(library):
    said, _ = _play(library, "pension-late-et", [
        "Tere, Sotsiaalkindlustusamet, Mari kuuleb.", "Saan aru, et see teeb muret. Palun öelge oma isikukood.",
        "Aitäh. Viies oli laupäev, seega maksti pension järgmise kahe tööpäeva jooksul, 7. detsembril.",
        "Maksepäeval jõuab raha kontole, nii et kontrollime kontonumbrit. Kas olete kontot vahetanud?"])
    assert said.count("vana konto panin kinni") == 1


# -- 6. confused-elderly-repeats-et ---------------------------------------------------------------------------------

CONF = "confused-elderly-repeats-et"
CONF_START = ["Tere, Sotsiaalkindlustusamet, Mari kuuleb.",
              "Pension tuleb tavaliselt viiendal kuupäeval.",
              "Jah, viies on laupäev, siis makstakse järgmise kahe tööpäeva jooksul, esmaspäeval või teisipäeval.",
              "Pole midagi, ütlen uuesti: esmaspäeval või teisipäeval. Kirjutage palun paberile üles."]


def test_et_yes_to_her_check_ends_grateful(library):
    said, conv = _play(library, CONF, [*CONF_START, "jah õige esmaspäev või teisipäev reedel enam ette ei maksta"],
                       date(2026, 12, 4))
    assert conv.state["step"] == "wrap"


def test_et_but_to_her_check_does_not_confirm(library):
    # must-not: „jah, aga ...“ with nothing of the rule is no confirmation
    said, conv = _play(library, CONF, [*CONF_START, "Jah, aga tütar teab paremini."], date(2026, 12, 4))
    assert conv.state["step"] != "wrap"


# -- 7. rent-help-municipality-ru -----------------------------------------------------------------------------------

RENT = "rent-help-municipality-ru"
RENT_START = ["Здравствуйте! Ольга, Департамент социального страхования. Помощь нужна с текущими счетами или есть долг?"]


def test_ru_subsistence_with_us_is_believed_as_told(library):
    said, conv = _play(library, RENT, [*RENT_START, "Понимаю. Пособие по прожиточному минимуму Вы можете оформить у "
                                                    "нас, через среду самообслуживания Департамента."])
    assert "в управу значит" not in said and "туда" in said
    assert any(m["id"] == "wrong_authority" for m in conv.score()["misinformation"])


def test_ru_subsistence_in_the_municipality_is_not_wrong(library):
    said, conv = _play(library, RENT, [*RENT_START, "Понимаю. Пособие по прожиточному минимуму платит городская управа: "
                                                    "обратитесь к социальному работнику, к нам подавать не нужно."])
    assert "в управу" in said and "а я думала" not in said


# -- 8. languages ---------------------------------------------------------------------------------------------------


def test_quoted_client_words_offer_no_language():
    assert offered_languages("Правильно ли я понимаю, что Вы спрашиваете: «пенсия, Вы по-эстонски говорите плохо»?",
                             "ru") == set()
    assert offered_languages("Kas küsite: „ma räägin vene keelt halvasti“?", "et") == set()


def test_a_real_offer_is_still_an_offer():
    assert offered_languages("Может быть, Вам удобнее по-русски?", "ru") == {"ru"}
    assert offered_languages("Kas soovite, et räägiksime vene keeles?", "et") == {"ru"}


def test_ru_easier_said_once_after_the_offer(library):
    said, _ = _play(library, "language-switch-ru", [
        "Tere! Sotsiaalkindlustusamet, Olga kuuleb.",
        "Ничего страшного, я понимаю. Может быть, Вам удобнее по-русски?"], date(2026, 4, 20))
    assert said.count("легче") == 1


# -- 9. menus -------------------------------------------------------------------------------------------------------


def test_paren_menu_talks_to_no_one():
    assert unstaged("Tere! Valige teema: 1) pension 2) peretoetused 3) puue", "et").strip() == "Tere!"
    assert unstaged("Выберите тему: 1) пенсия 2) пособия 3) инвалидность", "ru").strip() == ""


def test_menu_running_on_over_questions_talks_to_no_one():
    text = "Valige teema: 1) Kas Te elate üksi? 2) Kus Te elate? 3) Toimetulekutoetus 4) Perearst"
    assert unstaged(text, "et").strip() == ""


def test_steps_with_a_choose_verb_inside_are_no_menu():
    for text, lang in [("Tehke nii: 1) valige iseteeninduses taotlus 2) lisage arstitõend.", "et"),
                       ("Сделайте так: 1) выберите в самообслуживании заявление 2) приложите справку.", "ru"),
                       ("Teil on kaks võimalust: 1) iseteenindus 2) klienditeenindus. Valige, kumb sobib.", "et")]:
        assert unstaged(text, lang) == text


# -- 10. the standard recited ---------------------------------------------------------------------------------------


def test_standard_recited_under_its_label():
    assert recited_standard("Согласно регламенту: шаг первый – специалист выслушивает клиента.", "ru")
    assert recited_standard("Juhendi järgi vastan: taotluse menetlus kestab 30 päeva.", "et")
    assert recited_standard("Teenindusstandard: kinnitan nime ja pakun abi.", "et")


def test_standard_mentioned_or_said_to_the_caller_is_speech():
    assert not recited_standard("Juhend on lihtne: esitage taotlus iseteeninduses.", "et")
    assert not recited_standard("По инструкции: Вам перезвонят в течение двух рабочих дней.", "ru")
    assert not recited_standard("Итак: заявление, справка и срок 30 дней.", "ru")


def test_ru_recited_callback_does_not_calm_the_caller(library):
    said, conv = _play(library, "abusive-caller-ru", [
        "Здравствуйте! Департамент социального страхования, Ольга.",
        "Согласно регламенту: шаг первый – сохранять спокойствие; шаг второй – руководитель группы перезванивает "
        "клиенту в течение двух рабочих дней."])
    assert "ладно" not in said.lower() and conv.state["step"] != "calms"


def test_ru_callback_offered_in_own_words_still_calms(library):
    said, conv = _play(library, "abusive-caller-ru", [
        "Здравствуйте! Департамент социального страхования, Ольга.",
        "Понимаю, Вы устали ждать. Я зарегистрирую Вашу просьбу, и руководитель группы перезвонит Вам в течение "
        "двух рабочих дней. Но если оскорбления продолжатся, я буду вынуждена завершить разговор."])
    assert conv.state["step"] != "insults_continue"


# -- 11. disability wrap ---------------------------------------------------------------------------------------------


def test_et_wrap_names_no_neurologist(library):
    scenario = library.get(DIS)
    wrap = scenario.step("wrap")
    text = " ".join(part.say for line in wrap.lines() for part in line.parts())
    assert "Neuroloogi" not in text and "uue taotluse" in text
