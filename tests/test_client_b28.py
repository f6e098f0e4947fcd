"""New-user batch 28 (live28, authors n6 and o6): client slips, each tested with replies written for the test.

1. A recap list of things never said („Kokkuvõtteks: 116 006, hüvitis, ...“ after keyword lists) tells the
   client nothing: it does not restate the advice and thank (victim-support-et gaming ended on its wrap).
2. A data-protection reason without a verb of its own („Teie enda andmete kaitseks.“: „kaitseks“ only looks like
   a verb) is no reason told to the caller (refuses-code-et gaming gave its code).
3. A reply pasted again is no new question: the client does not stay to confirm it («Да, именно так.» to the
   fourth copy of a macro), and a copy ending in a goodbye to its open question leaves it unhelped.
4. A hold asked with its purpose („..., et taotluse seisu vaadata?“) is still only a hold.
5. Scenario lines: pension-late-et answers "have you changed bank?" and believes "the bank takes days";
   disability-refusal-angry-et says the plan it was told; the journalist sent to the ministry says so;
   webchat-code-ru hears its reason said with a negation.
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import play_client

from trainer.simulation.library import load_library
from trainer.simulation.reactions import CONFIRM_ANSWER, HOLDING, without_hold_purpose

TODAY = date(2026, 12, 8)


@pytest.fixture(scope="module")
def library():
    return load_library()


# -- 1. a recap list of things never said ------------------------------------------------------------------------

VICTIM_START = ["Tere! Sotsiaalkindlustusamet, Mari kuuleb. Kuidas saan aidata?",
                "Mul on väga kahju, et see Teiega juhtus. Kas olete praegu turvalises kohas?"]


def test_victim_recap_of_unsaid_compensation_is_not_heard(library):
    said, conv = play_client(library, library.get("victim-support-et"), [
        *VICTIM_START,
        "Helistage ohvriabi kriisitelefonile 116 006, see on meie ameti teenus ja vastab ööpäev läbi.",
        "Kokkuvõtteks: 116 006, hüvitis, ravikulud, psühholoogiline abi. Kõike head!"], TODAY)
    assert conv.state["step"] != "wrap", said
    assert "hüvitist taotleda" not in said


def test_victim_recap_of_what_was_explained_is_a_summary(library):
    said, conv = play_client(library, library.get("victim-support-et"), [
        *VICTIM_START,
        "Helistage ohvriabi kriisitelefonile 116 006, see on meie ameti teenus ja vastab ööpäev läbi.",
        "Ravikulude ja psühholoogilise abi kulude eest saate taotleda hüvitist, ohvriabitöötaja aitab taotlusega.",
        "Kokkuvõtteks: 116 006, hüvitis, ravikulud, psühholoogiline abi. Kas see vastas Teie küsimusele?"], TODAY)
    assert conv.state["step"] == "wrap", said


WEBCHAT_HELLO = "Здравствуйте! Департамент социального страхования, меня зовут Алла."


def test_webchat_recap_of_an_unsaid_channel_is_not_heard(library):
    said, conv = play_client(library, library.get("webchat-code-ru"), [
        WEBCHAT_HELLO + " Итак: самообслуживание, ID-карта, Smart-ID, Mobiil-ID."], TODAY)
    assert conv.state["step"] == "push", said


def test_webchat_recap_after_the_channel_was_said_is_heard(library):
    said, conv = play_client(library, library.get("webchat-code-ru"), [
        WEBCHAT_HELLO + " Сумму пенсии Вы увидите сами в среде самообслуживания.",
        "Итак: самообслуживание, ID-карта, Smart-ID, Mobiil-ID."], TODAY)
    assert conv.state["visits"].get("why_not"), said


# -- 2. a reason whose only "verb" is the reason's own word -------------------------------------------------------

REFUSES = ["Tere! Sotsiaalkindlustusamet, Mari kuuleb.", "Palun öelge oma isikukood."]


@pytest.mark.parametrize("reason", [
    "Teie andmete kaitseks.",
    "Tuvastamine. Andmekaitse. Teie enda isikuandmete kaitseks.",
])
def test_a_bare_reason_gets_no_code(library, reason):
    said, conv = play_client(library, library.get("refuses-code-et"), [*REFUSES, reason], TODAY)
    assert conv.state["step"] != "id_give_code", said
    assert not conv.identified


@pytest.mark.parametrize("reason", [
    "Küsin seda Teie andmete kaitseks.",
    "kusin seda teie andmete kaitseks et keegi teine ei saaks teie infot",
])
def test_a_reason_told_with_a_verb_gets_the_code(library, reason):
    said, conv = play_client(library, library.get("refuses-code-et"), [*REFUSES, reason], TODAY)
    assert conv.state["step"] == "id_give_code", said


# -- 3. a reply pasted again ---------------------------------------------------------------------------------------

SON_MACRO = ("доверенность, защита данных, нотариус, самообслуживание, пенсия мамы, апрельское повышение, "
             "правильно ли я понимаю?")


def test_a_pasted_macro_is_not_confirmed_again(library):
    said, conv = play_client(library, library.get("third-party-son-ru"), [
        "Здравствуйте, Департамент социального страхования, Алла.", SON_MACRO, SON_MACRO, SON_MACRO], TODAY)
    assert said != CONFIRM_ANSWER["ru"], said
    assert conv.state["step"] in ("angry_end", "wrap_unsure"), said  # it parts unhelped, it does not stay


def test_a_new_check_question_is_still_confirmed(library):
    said, _ = play_client(library, library.get("third-party-son-ru"), [
        "Здравствуйте, Департамент социального страхования, Алла.",
        "Понимаю Вас. Сумму пенсии мамы я назвать не могу.",
        "Поймите, это закон о защите данных, не я его придумала.",
        "Правильно ли я понимаю, что Вы хотите узнать, почему у мамы уменьшилась пенсия?"], TODAY)
    assert said == CONFIRM_ANSWER["ru"], said


NATIONAL_MACRO = ("Tere! Sotsiaalkindlustusamet, Mari. Staaži liitmine, proportsionaalne pension, Soome pension, "
                  "rahvapension, vahe, taotlus. Kas see vastas Teie küsimusele? Aitäh, kõike head!")


def test_a_pasted_goodbye_to_an_open_question_parts_unhelped(library):
    said, conv = play_client(library, library.get("national-pension-chat-et"), [NATIONAL_MACRO, NATIONAL_MACRO], TODAY)
    assert conv.state["step"] == "wrap_unsure", said


def test_a_first_macro_with_a_goodbye_is_asked_about(library):
    said, conv = play_client(library, library.get("national-pension-chat-et"), [NATIONAL_MACRO], TODAY)
    assert conv.state["step"] != "wrap_unsure", said
    assert "?" in said


# -- 4. a hold with its purpose --------------------------------------------------------------------------------------

SYSTEM_DOWN = ["Tere! Sotsiaalkindlustusamet, Mari kuuleb.", "Selge. Palun öelge oma isikukood."]


@pytest.mark.parametrize("hold", [
    "Aitäh. Kas võin Teid hetkeks ootele panna, et taotluse seisu kontrollida?",
    "aitah kas voin teid korraks ootele panna et vaadata kus taotlus on",
])
def test_a_hold_with_its_purpose_is_a_hold(library, hold):
    said, conv = play_client(library, library.get("system-down-callback-et"), [*SYSTEM_DOWN, hold], TODAY)
    assert said == HOLDING["et"], said


def test_a_hold_with_a_real_question_is_no_hold(library):
    said, _ = play_client(library, library.get("system-down-callback-et"), [
        *SYSTEM_DOWN, "Kas võin Teid ootele panna, et vaadata? Ja millal Te taotluse saatsite?"], TODAY)
    assert said != HOLDING["et"], said


@pytest.mark.parametrize("text,lang,kept", [
    ("Можно попросить Вас подождать минуту, чтобы я проверила данные?", "ru", "Можно попросить Вас подождать минуту?"),
    ("Подождите, пожалуйста, чтобы я посмотрела, пришло ли заявление.", "ru", "Подождите, пожалуйста."),
    ("Чтобы проверить, мне нужен Ваш личный код.", "ru", "Чтобы проверить, мне нужен Ваш личный код."),
    ("Palun öelge, et ma saaksin vaadata.", "et", "Palun öelge, et ma saaksin vaadata."),
])
def test_hold_purpose_is_cut_only_after_a_hold(text, lang, kept):
    assert without_hold_purpose(text, lang) == kept


# -- 5. scenario lines ---------------------------------------------------------------------------------------------

PENSION_LATE = ["Tere! Sotsiaalkindlustusamet, Mari kuuleb.",
                "Saan aru, et see teeb muret. Palun öelge oma isikukood.",
                "Aitäh. Pension maksti sel kuul 7. detsembril, sest 5. detsember oli laupäev ja siis makstakse "
                "järgmise kahe tööpäeva jooksul."]


def test_pension_late_answers_the_bank_question_before_its_plan(library):
    said, conv = play_client(library, library.get("pension-late-et"), [
        *PENSION_LATE,
        "Raha jõuab kontole samal päeval. Kas olete hiljuti panka vahetanud? Uue kontonumbri saab teatada "
        "ainult kirjalikult, iseteeninduses."], TODAY)
    assert conv.state["step"] == "wrap", said
    assert said.count("vahetasin novembris panka") == 1, said


def test_pension_late_told_the_bank_needs_days_waits(library):
    said, conv = play_client(library, library.get("pension-late-et"), [
        *PENSION_LATE, "Pangaülekanne võtab pankade vahel kuni kolm tööpäeva, oodake rahulikult."], TODAY)
    assert conv.state["step"] == "bank_wait", said
    assert "ei saa aru" not in said


def test_pension_late_checking_the_account_is_no_bank_delay(library):
    said, conv = play_client(library, library.get("pension-late-et"), [
        *PENSION_LATE, "Pangaülekanne jõuab kontole samal päeval. Kontrollime, kas Teie kontonumber on õige."], TODAY)
    assert conv.state["step"] != "bank_wait", said


DISABILITY = ["Tere! Sotsiaalkindlustusamet, Mari kuuleb.",
              "Saan aru, et see otsus teeb haiget. Palun öelge oma isikukood ja sünnikoht.",
              "Aitäh. Sünnikoht ka, palun.",
              "Otsuse tegi ekspertarst dokumentide põhjal. Vaide saate esitada 30 päeva jooksul."]


def test_disability_says_the_new_application_it_was_told(library):
    said, conv = play_client(library, library.get("disability-refusal-angry-et"), [
        *DISABILITY,
        "Neuroloogi detsembrikuised andmed on pärast otsust: nende põhjal saate esitada uue ekspertiisitaotluse. "
        "Tulemust ma ette öelda ei saa."], TODAY)
    assert conv.state["step"] == "wrap", said
    assert "uue taotluse" in said and "vaide" not in said, said


def test_disability_told_only_the_appeal_writes_it(library):
    said, conv = play_client(library, library.get("disability-refusal-angry-et"), [
        *DISABILITY, "Vaie vaadatakse läbi 30 päeva jooksul. Tulemust ma ette öelda ei saa."], TODAY)
    assert "vaide" in said and "uue taotluse" not in said, said


JOURNALIST = ["Здравствуйте, Департамент социального страхования, Алла.",
              "Я не могу ни подтвердить, ни опровергнуть данные конкретного человека. Госпожа Петрова может сама "
              "позвонить нам или дать Вам письменную доверенность."]


def test_journalist_sent_to_the_ministry_says_the_ministry(library):
    said, _ = play_client(library, library.get("data-request-journalist-ru"), [
        *JOURNALIST, "Со статистикой обратитесь в пресс-службу Министерства социальных дел."], TODAY)
    assert "министерств" in said and "отдел коммуникации" not in said, said


def test_journalist_sent_to_the_comms_department_says_it(library):
    said, _ = play_client(library, library.get("data-request-journalist-ru"), [
        *JOURNALIST, "С вопросами прессы и статистикой обратитесь в наш отдел коммуникации."], TODAY)
    assert "отдел коммуникации" in said, said


def test_webchat_reason_said_with_a_negation_is_heard(library):
    said, conv = play_client(library, library.get("webchat-code-ru"), [
        WEBCHAT_HELLO + " Личные данные в чате не называем: тут нельзя установить, кто пишет.",
        "Сумму посмотрите в самообслуживании с ID-картой или Smart-ID."], TODAY)
    assert "почему" not in said, said


def test_webchat_no_reason_is_asked_for(library):
    said, conv = play_client(library, library.get("webchat-code-ru"), [
        WEBCHAT_HELLO + " Сумму в чате не называем.", "Сумму посмотрите в самообслуживании с ID-картой или Smart-ID."],
        TODAY)
    assert "почему" in said, said
