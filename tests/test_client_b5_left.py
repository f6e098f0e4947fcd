"""The client as new users met it in blind batch 5, the items left after the first round
(tests/newuser/live5/README-client.md):

1. re-asks of what was answered: a rule given before the code is not asked for again after the name check
   (pension-indexation-tax-et, language-switch-ru); a wrong PIN office is believed, not asked for again
   (redirects-pillar-tax-pin-ru);
2. lines that react to things not yet said: «через вас» after only "you need not write yourself"
   (foreign-eu-pension-ru), fraud and self-service before they were named (moving-abroad-account-ru),
   «16106, Вы уже написали» when it was written just now and «Smart-ID» when the client believed the bank
   (webchat-code-ru).

Engine parts: a client line (and a step's `answered`) may be built of parts, each with its own condition;
`answered` may have conditional variants; a criterion signal stated outside a question counts for `asks`.
"""

from datetime import date
from pathlib import Path

import pytest
from client_support import play_client

from trainer.simulation.dialogue import Conversation
from trainer.simulation.library import Library
from trainer.simulation.scenario import Scenario
from trainer.simulation.validation import validate_scenario

ROOT = Path(__file__).parent.parent
LIB = Library.load(ROOT)
DAY = date(2026, 4, 1)


def play(sid, replies):
    """All client text after the last reply, and the conversation."""
    return play_client(LIB, LIB.get(sid), replies, DAY)


# -- 1. re-asks of what was answered ------------------------------------------------------------------

TAX_ET = "pension-indexation-tax-et"
RISE_BEFORE_CODE_ET = ("Saan aru, et see on pahandav. Tõus ei ole kõigil ühesugune: pension kasvab protsentides ja "
                       "eurodes sõltub tõus Teie pensioni suurusest. Kas ütleksite palun oma isikukoodi?")
CODE_ONLY_ET = "Saan aru, et see on pahandav. Kas ütleksite palun oma isikukoodi?"
RISE_ASKED_ET = ("Saan aru, et see on pahandav. Kas Te teate, et pensionid tõusevad protsentides? "
                 "Öelge palun oma isikukood.")


def test_et_the_rise_rule_given_before_the_code_is_not_asked_again_after_the_name_check():
    text, conv = play(TAX_ET, ["Tere, Sotsiaalkindlustusamet, Piret.", RISE_BEFORE_CODE_ET,
                               "Tänan. Kas räägin Maie Kuusega?"])
    assert text.startswith("Jah, olen.")
    assert "naabrinaine rohkem" not in text
    assert "protsentides" in text and "minu enda tõus" in text   # heard; now her own rise
    assert not conv.finished


@pytest.mark.parametrize("before", [CODE_ONLY_ET, RISE_ASKED_ET])   # not said, or only asked about
def test_et_the_rise_question_stays_when_the_rule_was_not_stated(before):
    text, _ = play(TAX_ET, ["Tere, Sotsiaalkindlustusamet, Piret.", before, "Tänan. Kas räägin Maie Kuusega?"])
    assert "naabrinaine rohkem" in text


@pytest.mark.parametrize("before, heard", [
    ("Saan aru, et see teeb muret. 5. detsember oli laupäev, seepärast makstakse pension järgmise kahe tööpäeva "
     "jooksul. Palun öelge oma isikukood.", True),
    ("Saan aru, et see teeb muret. Palun öelge oma isikukood.", False),
])
def test_et_the_weekend_rule_given_before_the_code_is_heard_after_the_name_check(before, heard):
    text, _ = play("pension-late-et", ["Tere, Sotsiaalkindlustusamet, Piret.", before, "Aitäh. Kas räägin Rein Saarega?"])
    assert ("nädalavahetuse asi" in text) is heard
    assert ("miks see siis hilineb" in text) is not heard


SWITCH_RU = "language-switch-ru"
RISE_BEFORE_CODE_RU = ("Понимаю Вас. Прибавка у всех разная: 5,3 % – это рост средней пенсии, а у каждого своя "
                       "прибавка, она зависит от размера Вашей пенсии. Можно Ваш личный код, пожалуйста?")
CODE_ONLY_RU = "Понимаю Вас. Можно Ваш личный код, пожалуйста?"


def _switch(before, last):
    conv = Conversation.start(LIB.get(SWITCH_RU), LIB, seed=1, today=DAY)
    conv.reply("Tere, Sotsiaalkindlustusamet, Piret.")
    conv.reply("Давайте перейдём на русский. Вы звоните из-за прибавки к пенсии?")
    conv.reply(before)
    name = f"{conv.persona.first_name} {conv.persona.last_name}"
    said = conv.reply(last.format(name=name))
    return " ".join(t["text"] for t in said), conv


def test_ru_the_rise_rule_given_before_the_code_is_not_asked_again():
    # the rule is a criterion signal (rise_right); the reply also asks for the code with "?"
    text, conv = _switch(RISE_BEFORE_CODE_RU, "Спасибо. Вы {name}, верно?")
    assert text.startswith("Да, это я.")
    assert "почему у соседки больше" not in text
    assert "от пенсии зависит" in text and "сколько прибавили" in text     # heard; now her own rise


def test_ru_the_rise_question_stays_when_the_rule_was_not_given():
    text, _ = _switch(CODE_ONLY_RU, "Спасибо. Вы {name}, верно?")
    assert "почему у соседки больше" in text


def test_ru_a_request_for_the_name_is_answered_with_the_name():
    text, conv = _switch(RISE_BEFORE_CODE_RU, "Спасибо. А как Вас зовут?")
    assert conv.persona.last_name in text


PIN_RU = "redirects-pillar-tax-pin-ru"
PILLAR_RU = ("Давайте по очереди. Деньги второй ступени выплачивает Пенсионный центр, pensionikeskus.ee, вместе с "
             "Вашим банком.")


@pytest.mark.parametrize("wrong", [
    "Новый PIN-конверт Вам выдадут в нашем бюро обслуживания, приходите с паспортом.",
    "PIN-коды можно получить в бюро обслуживания Департамента социального страхования.",
])
def test_ru_a_wrong_pin_office_is_believed_and_not_asked_again(wrong):
    text, conv = play(PIN_RU, ["Здравствуйте, Департамент социального страхования, Ольга.", PILLAR_RU, wrong])
    assert "где мне взять новые PIN" not in text
    assert "декларацию" in text                      # on to the third question
    assert any(r["id"] == "pin_wrong_place" for r in conv.state.get("misinformed", []))


def test_et_a_wrong_pin_office_is_believed_and_not_asked_again():
    text, conv = play("redirects-pillar-tax-pin-et", [
        "Tere, Sotsiaalkindlustusamet, Piret.",
        "Võtame järjest. Teise samba raha maksab välja Pensionikeskus koos Teie pangaga.",
        "Uued PIN-koodid saate meie klienditeenindusest, võtke isikut tõendav dokument kaasa."])
    assert "kust ma need uued PIN" not in text
    assert "tuludeklaratsiooni" in text
    assert [r["id"] for r in conv.state.get("misinformed", [])] == ["pin_wrong_place"]


def test_ru_the_right_pin_office_is_no_misinformation_and_no_answer_still_gets_the_re_ask():
    text, conv = play(PIN_RU, ["Здравствуйте, Департамент социального страхования, Ольга.", PILLAR_RU,
                               "Новые PIN-коды выдаёт Департамент полиции и погранохраны, в его бюро обслуживания."])
    assert "декларацию" in text and not conv.state.get("misinformed")
    text, _ = play(PIN_RU, ["Здравствуйте, Департамент социального страхования, Ольга.", PILLAR_RU,
                            "Войти в самообслуживание можно и со Smart-ID."])
    assert "где мне взять новые PIN" in text


# -- 2. lines that react to things not yet said ---------------------------------------------------------

EU_RU = "foreign-eu-pension-ru"


def test_ru_not_yourself_is_not_yet_through_us():
    text, _ = play(EU_RU, ["здравствуйте, ольга, департамент. нет, писать самому в финляндию не надо. "
                           "вы сейчас живете в эстонии?"])
    assert "через вас" not in text
    assert text.startswith("да, живу в таллине.")   # the question is answered


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Заявление Вы подаёте нам, а мы передаём его в Финляндию сами.",
    "Здравствуйте! Самому писать не нужно: подаёте одно заявление к нам, и мы отправим его в Финляндию.",
])
def test_ru_through_us_once_it_was_said(reply):
    text, _ = play(EU_RU, [reply])
    assert "через вас" in text


MOVE_RU = "moving-abroad-account-ru"
OPEN_RU = "Здравствуйте, Департамент социального страхования, Ольга."


def test_ru_no_fraud_and_no_self_service_before_they_were_named():
    text, _ = play(MOVE_RU, [OPEN_RU, "Номер счёта по телефону мы не принимаем, расскажу почему. "
                                      "Скажите, Вы уезжаете насовсем? Пенсия у Вас по старости?"])
    assert "обмануть" not in text and "самообслуживани" not in text
    assert "насовсем" in text and "по старости" in text      # her own facts, asked: answered


@pytest.mark.parametrize("sid, question, words", [
    # the answer loses its "Да," to an open question; the step line that starts with it is not preceded by it
    (MOVE_RU, "Подскажите, какая у Вас пенсия и уезжаете ли Вы насовсем?", "насовсем"),
    ("moving-abroad-account-et", "Öelge palun, mis pension Teil on ja kas kolite alaliselt?", "alaliselt"),
])
def test_an_answer_said_by_the_step_line_is_said_once(sid, question, words):
    text, _ = play(sid, [OPEN_RU if sid.endswith("-ru") else "Tere, Sotsiaalkindlustusamet, Piret.", question])
    assert text.lower().count(words) == 1, text


def test_ru_fraud_and_self_service_are_echoed_once_named():
    text, _ = play(MOVE_RU, [OPEN_RU, "Номер счёта по телефону не принимаем: так часто действуют мошенники. "
                                      "Новый счёт сообщите в среде самообслуживания."])
    assert "обмануть" in text and "самообслуживани" in text


def test_et_no_fraud_and_no_self_service_before_they_were_named():
    text, _ = play("moving-abroad-account-et", ["Tere, Sotsiaalkindlustusamet, Piret.",
                                                "Kontonumbrit me telefoni teel vastu ei võta, selgitan kohe. "
                                                "Kas kolite Soome alaliselt? Kas Teil on vanaduspension?"])
    assert "petta" not in text and "iseteenindus" not in text
    assert "alaliselt" in text and "vanaduspension" in text


def test_et_fraud_and_self_service_are_echoed_once_named():
    text, _ = play("moving-abroad-account-et", ["Tere, Sotsiaalkindlustusamet, Piret.",
                                                "Telefoni teel me kontonumbrit vastu ei võta, sest nii petavad petised. "
                                                "Uue konto saate teatada iseteeninduses."])
    assert "petta" in text and "iseteenindus" in text


def test_ru_a_written_channel_without_self_service_is_not_called_self_service():
    text, _ = play(MOVE_RU, [OPEN_RU, "По телефону не принимаем. Новый счёт сообщите письменно, заявлением с "
                                      "цифровой подписью."])
    assert "самообслуживани" not in text and "обмануть" not in text


CHAT_RU = "webchat-code-ru"
CHAT_1 = "Здравствуйте, я Ольга. В открытом чате сумму назвать не могу: здесь не видно, кто пишет."
CHAT_2 = "Сумму посмотрите в среде самообслуживания, вход с ID-картой, Mobiil-ID или Smart-ID."


def test_ru_a_number_written_just_now_is_not_already_written():
    text, _ = play(CHAT_RU, ["Здравствуйте, я Ольга. " + CHAT_2,
                             "В открытом чате не видно, кто пишет. Если со Smart-ID не выйдет, звоните 16106."])
    assert "16106" in text and "уже написали" not in text
    assert text.count("хорошо") <= 1


def test_ru_both_written_earlier_is_already_written():
    text, _ = play(CHAT_RU, ["Здравствуйте, я Ольга. Сумму посмотрите в среде самообслуживания со Smart-ID, "
                             "или позвоните 16106.",
                             "В открытом чате не видно, кто пишет, поэтому сумму здесь не называю."])
    assert "уже написали" in text


def test_ru_a_client_who_believed_the_bank_does_not_echo_smart_id():
    text, conv = play(CHAT_RU, [CHAT_1, "Посмотрите сумму в самообслуживании, вход с ID-картой или через интернет-банк.",
                                "Если не выйдет, звоните на 16106."])
    assert conv.state.get("misinformed")
    assert "Smart-ID" not in text and "уже написали" not in text


# -- engine: parts and variants are validated like any condition ----------------------------------------

def _scenario(step_extra):
    doc = {
        "id": "parts-test-et", "title": "t", "topic": "t", "channel": "phone", "language": "et",
        "difficulty": 1, "goals": ["g"], "duties": ["3.1"], "signals": {"said_a": ["aaa"]},
        "dialogue": {"steps": [
            {"id": "s1", "client": "Tere.", "next": [{"if": "said_a", "then": "s2"}, {"else": "s2"}]},
            {"id": "s2", "end": True, **step_extra},
        ]},
    }
    return Scenario.model_validate(doc)


@pytest.mark.parametrize("extra", [
    {"client": [{"say": [{"if": "ever(unknown_signal)", "say": "Jah."}, "Aitäh."]}]},
    {"client": "Aitäh.", "asks": "said_a", "answered": [{"if": "unknown_signal", "say": "Jah."}, "Selge."]},
])
def test_a_condition_in_a_part_or_an_answered_variant_is_validated(extra):
    problems = validate_scenario(_scenario(extra), None, {}, None, None)
    assert any("unknown_signal" in p.message for p in problems)
