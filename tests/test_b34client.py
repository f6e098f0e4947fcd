"""New-user batch 34 (live34): client oddities, each tested with replies written for the test.

1. A clear but wrong answer to what the client asked is believed (the script goes on as if told), not answered with
   "Vabandust, ma ei saanud päris hästi aru" (pension-application-window-et, indexation-day-ru); a wrong value only in
   a question, or a vague reply, still is not.
2. A spoken check of understanding or offer of more help with a goodbye after it („... kas sai selgeks aitäh et
   helistasite head päeva“) is no question of fact: the client does not answer „Seda ma täpselt ei tea“ and then
   „Aga minu küsimusele Te veel ei vastanud?“ (pension-indexation-tax-et); a real question still gets its answer.
3. daughter-for-mother-et: her „Kas sellest ei piisa?“ answered with bare one-word questions draws „Mis mõttes?“,
   not „Ahah... No hea küll.“ as if a refusal had been explained; a refusal still does.
4. early-or-later-retirement-et: a closing with nothing said to her question draws „Oodake, ma ei saanud ju veel
   vastust“, not her work history as if she had been asked about it; a clarifying question still draws the details.
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import play_client

from trainer.simulation import listening
from trainer.simulation.dialogue import Conversation
from trainer.simulation.library import load_library

TODAY = date(2026, 12, 8)
FALLBACK_ET = "ei saanud päris hästi aru"


@pytest.fixture(scope="module")
def library():
    return load_library()


def _play(library, scenario_id: str, replies: list[str], today: date = TODAY):
    return play_client(library, library.get(scenario_id), replies, today)


# -- 1. a clear wrong answer is believed --------------------------------------------------------------------------

WINDOW = "pension-application-window-et"
W_START = ["Tere! Sotsiaalkindlustusameti veebivestlus, kirjutab Mari. Kas küsite vanaduspensioni taotluse kohta?",
           "Jah. Taotluse võib esitada kuni 6 kuud enne pensioniikka jõudmist, nii et juba praegu. "
           "Kõige lihtsam on iseteeninduses ID-kaardiga."]


def test_et_wrong_late_rule_is_believed_not_misunderstood(library):
    said, conv = _play(library, WINDOW, [*W_START, "Pole hullu: pension makstakse ikka tagasiulatuvalt kogu aja eest, "
                                                   "ükskõik millal Te taotluse teete."])
    assert FALLBACK_ET not in said.lower()
    # believed (batch 51: the misinformation entry always_paid_back reacts), and the channel already named in the
    # second reply is not asked again: the entry's `answered` line
    assert "pole kiiret" in said.lower() and "kus seda teha saab" not in said.lower(), said
    assert conv.state["step"] in ("how", "done")
    assert conv.score()["passed"] is False  # the scorer still fails the wrong rule


def test_et_wrong_late_rule_only_in_a_question_is_not_believed(library):
    # must-not: a wrong value asked back is not said
    said, conv = _play(library, WINDOW, [*W_START, "Kas Teile on öeldud, et pension makstakse ükskõik millal "
                                                   "tagasiulatuvalt kogu aja eest?"])
    assert conv.state["step"] == "ask_late"


def test_et_vague_answer_to_the_late_question_still_not_understood(library):
    # must-not: nothing said about the late application: the client does not go on as if told
    said, conv = _play(library, WINDOW, [*W_START, "Eks see oleneb paljudest asjaoludest."])
    assert conv.state["step"] == "ask_late"
    assert FALLBACK_ET in said.lower()


def test_et_right_late_rule_goes_on_as_before(library):
    said, conv = _play(library, WINDOW, [*W_START, "Kui esitate taotluse kuni 3 kuud pärast pensioniea täitumist, "
                                                   "makstakse pensioni sellest päevast; hiljem alates taotluse "
                                                   "esitamise päevast."])
    assert conv.state["step"] == "done" and FALLBACK_ET not in said.lower()


INDEXATION_RU = "indexation-day-ru"
I_START = ["Здравствуйте, Департамент социального страхования, Ольга.",
           "Понимаю Ваше беспокойство. Вы получаете пенсию по старости?"]


def test_ru_wrong_number_of_working_days_is_believed(library):
    said, conv = _play(library, INDEXATION_RU, [*I_START, "Пенсию переведут в течение трёх рабочих дней после "
                                                          "пятого числа."], date(2026, 4, 5))
    assert conv.state["step"] == "own_amount"
    assert "не совсем" not in said and "не понял" not in said


def test_ru_wrong_value_only_in_a_question_is_not_believed(library):
    said, conv = _play(library, INDEXATION_RU, [*I_START, "Вы имеете в виду, что пенсию переведут в течение трёх "
                                                          "рабочих дней?"], date(2026, 4, 5))
    assert conv.state["step"] == "clarified"


def test_ru_vague_reply_still_not_understood(library):
    said, conv = _play(library, INDEXATION_RU, [*I_START, "Ну, по-разному бывает."], date(2026, 4, 5))
    assert conv.state["step"] == "clarified"
    assert "не совсем" in said


# -- 2. a spoken check of understanding is no question of fact ------------------------------------------------------

TAX = "pension-indexation-tax-et"
T_START = ["tere sotsiaalkindlustusamet mari kuuleb",
           "saan aru et see teeb meelt mõruks kas küsite miks teie tõus oli väiksem öelge palun oma isikukood",
           "aitäh kas räägin maie kuusega",
           "pensionid tõusevad protsentides mitte kõigil sama summa teil tõusis kolmkümmend üks eurot kaheksakümmend "
           "senti uus pension on kuussada kolmkümmend üks eurot nelikümmend senti",
           "avaldust ei ole vaja maksuvaba tulu arvestatakse automaatselt ja teie pensionilt maksu ei võeta kas teil "
           "on ka muud tulu näiteks palk"]


def test_et_spoken_check_and_goodbye_after_the_answer_ends_on_wrap(library):
    said, conv = _play(library, TAX, [*T_START, "jah palgalt peab tulumaksu kinni tööandja see on tavaline kas sai "
                                                "selgeks aitäh et helistasite head päeva"])
    assert "ei vastanud" not in said and "täpselt ei tea" not in said
    assert conv.state["step"] == "wrap" and conv.finished


def test_et_spoken_check_without_goodbye_after_the_answer(library):
    said, conv = _play(library, TAX, [*T_START, "jah palgalt peab tulumaksu kinni tööandja kas on selge"])
    assert "ei vastanud" not in said and conv.state["step"] == "wrap"


def test_et_real_spoken_question_still_answered(library):
    # must-not: a question of fact after the answer is still answered and the client waits
    said, conv = _play(library, TAX, [*T_START[:4], "avaldust ei ole vaja ja pensionilt maksu ei võeta kas teil on "
                                                    "veel muud tulu peale pensioni"])
    assert "koristamas" in said and not conv.finished


def test_ru_spoken_check_with_goodbye_gets_no_i_dont_know(library):
    conv = Conversation.start(library.get(INDEXATION_RU), library, today=date(2026, 4, 5))
    text = "придёт в понедельник или во вторник всё ли понятно спасибо за звонок до свидания"
    assert listening.question_answer(conv, text, {"asked_question": True}) is None


def test_ru_real_question_still_gets_i_dont_know(library):
    conv = Conversation.start(library.get(INDEXATION_RU), library, today=date(2026, 4, 5))
    text = "Придёт в понедельник. А сколько лет Вы уже получаете пенсию по старости?"
    assert listening.question_answer(conv, text, {"asked_question": True}) is not None


# -- 3. daughter-for-mother-et: "Kas sellest ei piisa?" answered ---------------------------------------------------

DAUGHTER = "daughter-for-mother-et"
D_START = ["Tere! Sotsiaalkindlustusamet, Mari kuuleb.",
           "Mul on kahju, et ema on haiglas. Ema andmeid saan anda ainult talle endale või volikirjaga esindajale."]


def test_et_bare_questions_draw_what_do_you_mean(library):
    said, conv = _play(library, DAUGHTER, [*D_START, "Isikukood? Saladus? Volikiri?"])
    assert "Mis mõttes" in said and "No hea küll" not in said
    assert conv.state["step"] == "not_clear"


def test_et_refusal_after_the_authorisation_still_accepted(library):
    # must-not: a plain refusal after the authorisation was explained still leads on
    said, conv = _play(library, DAUGHTER, [*D_START, "Kahjuks ma ema andmeid Teile öelda ei saa."])
    assert "No hea küll" in said and conv.state["step"] == "accepts"


def test_et_code_not_enough_accepted_after_not_clear(library):
    said, conv = _play(library, DAUGHTER, [*D_START, "Isikukood? Saladus?",
                                           "Isikukoodist ei piisa, sest see ei ole saladus. Ema saab anda kirjaliku "
                                           "volikirja."])
    assert conv.state["step"] == "accepts"


# -- 4. early-or-later-retirement-et: a closing to her open question ------------------------------------------------

RETIRE = "early-or-later-retirement-et"


def test_et_closing_with_nothing_said_is_no_question_about_her_work(library):
    said, conv = _play(library, RETIRE, ["Tere! Sotsiaalkindlustusamet, Mari kuuleb.",
                                         "Kokkuvõtteks: kõik on kodulehel. Aitäh, et helistasite!"])
    assert said.startswith("Oodake, ma ei saanud ju veel vastust")


def test_et_clarifying_question_still_draws_the_details(library):
    # must-not: asked about her health and work, she simply tells
    said, conv = _play(library, RETIRE, ["Tere! Sotsiaalkindlustusamet, Mari kuuleb.",
                                         "Saan aru, et olete väsinud. Kas Teil on ka terviseprobleeme, mis tööd "
                                         "segavad?"])
    assert said.startswith("Töötanud olen üle neljakümne aasta")
