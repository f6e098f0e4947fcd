"""New-user batch 47 (live47, authors y9 and z9): the client hears what was said, on sentences written for these tests.

1. numbers said as words are the numbers: a number said and then read out digit by digit («сто двенадцать один один
   два») is that number twice, not one code; a hyphened digit-by-digit number ("üks-üks-kaks", «один-один-два») is
   digits; "kaks-kolm päeva" (two or three days) stays words.
2. the crisis callers hear 112 said in words, also lowercase and unpunctuated, and the question who they can talk to.
3. the guardian hears a payment day still ahead („в понедельник, 7 декабря“, „не сегодня“): no „Сегодня?“.
4. an apology that names the fault after it („vabandan, see pole õige teenindus“) is empathy, not taken back.
5. a wrong appeal deadline gets a reaction that fits the number (long: no hurry; short: hurry), and the office's own
   time to decide an appeal is no deadline of the client's.
6. a wrong fact in the greeting, before the caller has said a word, does not replace the caller's request; a client
   who believed a wrong way for the decision does not end unsure of it.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from client_support import play_to_end

from trainer.scoring.signals import _phrase_set, _phrases
from trainer.simulation.dialogue import Conversation
from trainer.simulation.library import load_library
from trainer.text.spoken import normalize_input

TODAY = date(2026, 12, 5)


@pytest.fixture(scope="module")
def library():
    return load_library()


def _play(library, scenario: str, replies: list[str]) -> Conversation:
    return play_to_end(library, scenario, replies, TODAY)


def _client(conv: Conversation) -> list[str]:
    return [t["text"] for t in conv.turns if t["role"] == "client"]


# -- 1. numbers in words ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("said, number", [
    ("если он опять придёт пьяный звоните сто двенадцать один один два не ждите", "112"),
    ("при угрозе набирайте сто двенадцать, один, один, два", "112"),
    ("ohu korral helistage kohe üks-üks-kaks", "112"),
    ("звоните один-один-два если страшно", "112"),
    ("öösel võib helistada numbrile üks-üks-kuus üks-kaks-kolm", "116123"),
    ("телефон помощи жертвам сто шестнадцать ноль ноль шесть круглосуточно", "116006"),
])
def test_number_words_heard(said, number):
    assert re.search(rf"(?<!\d){number}(?!\d)", normalize_input(said).text)


@pytest.mark.parametrize("said, kept", [
    ("ootage kaks-kolm päeva", "kaks-kolm"),
    ("подождите два-три дня", "два-три"),
])
def test_two_or_three_stays_words(said, kept):
    assert kept in normalize_input(said).text


def test_code_read_out_stays_one_code():
    assert "4601203" in normalize_input("isikukood neli kuus null üks kaks null kolm").text


# -- 2. crisis callers hear 112 in words ------------------------------------------------------------------------------

def test_violence_caller_hears_112_in_words(library):
    conv = _play(library, "crisis-violence-ru", [
        "добрый день департамент соцстрахования ольга слушаю",
        "я вас слышу скажите пожалуйста вы сейчас в безопасности",
        "вы ни в чём не виноваты если он придёт и станет опасно сразу звоните сто двенадцать один один два",
    ])
    assert "слышите" not in _client(conv)[-1]
    assert conv.state["step"] != "lost"


def test_violence_caller_without_112_is_still_lost(library):
    conv = _play(library, "crisis-violence-ru", [
        "добрый день департамент соцстрахования ольга слушаю",
        "я вас слышу скажите пожалуйста вы сейчас в безопасности",
        "вы ни в чём не виноваты держитесь",
    ])
    assert conv.state["step"] == "lost"


def test_suicidal_caller_hears_112_and_who_to_talk_to_lowercase(library):
    conv = _play(library, "crisis-suicidal-et", [
        "tere, sotsiaalkindlustusamet, mari kuuleb",
        "ma kuulan teid. kas te mõtlete endale midagi teha?",
        "aitäh et rääkisite. kui läheb ohtlikuks helistage kohe üks-üks-kaks. kas teil on täna keegi kellega rääkida? sõber või perearst?",
    ])
    assert conv.state["step"] == "disability_question"
    assert "öösel" not in _client(conv)[-1]


def test_suicidal_caller_without_112_asks_about_the_night(library):
    conv = _play(library, "crisis-suicidal-et", [
        "tere, sotsiaalkindlustusamet, mari kuuleb",
        "ma kuulan teid. kas te mõtlete endale midagi teha?",
        "aitäh et rääkisite. kas teil on täna keegi kellega rääkida?",
    ])
    assert conv.state["step"] == "at_night"


# -- 3. the guardian hears a day ahead --------------------------------------------------------------------------------

GUARDIAN = [
    "Добрый день, Департамент социального страхования, Ольга слушает.",
    "Вы звоните о пособии сына? Назовите, пожалуйста, Ваш личный код.",
    "Спасибо. Вы Светлана Кузнецова? Подождите минуту, я проверю.",
]


@pytest.mark.parametrize("said", [
    "Опека у нас зарегистрирована. 5-е выпало на субботу, поэтому пособие сыну поступит в понедельник, 7 декабря.",
    "Опека оформлена. Пятое – суббота, выплата сыну назначена на 7 декабря, на понедельник.",
    "опека есть. 5-е суббота, платим в два след. раб. дня: сыну в пн, 7 дек.",
])
def test_guardian_hears_a_day_ahead(library, said):
    conv = _play(library, "guardian-for-ward-ru", [*GUARDIAN, said])
    assert "Сегодня?" not in _client(conv)[-1]
    assert "понедельник" in _client(conv)[-1]


def test_guardian_day_ahead_and_same_day_not_asked_again(library):
    conv = _play(library, "guardian-for-ward-ru", [*GUARDIAN,
        "Опека зарегистрирована. Суббота, поэтому выплата в понедельник, 7 декабря; деньги придут в тот же день."])
    last = _client(conv)[-1]
    assert "сразу будут" not in last and "Сегодня?" not in last


def test_guardian_paid_today_still_heard_as_today(library):
    conv = _play(library, "guardian-for-ward-ru", [*GUARDIAN,
        "Опека зарегистрирована. 5-е было субботой, поэтому пособие сыну перечислено 7 декабря."])
    assert "Сегодня?" in _client(conv)[-1]


# -- 4. an apology naming the fault -----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, lang", [
    ("Vabandan, see pole õige, nii ei tohi teenindada.", "et"),
    ("Vabandust. See ei ole õige, et teid nii teenindati.", "et"),
    ("Извините, это неправильно, так с Вами не должны были говорить.", "ru"),
])
def test_apology_is_empathy(library, sentence, lang):
    scenario = "complaint-registration-et" if lang == "et" else "complaint-registration-ru"
    ps = _phrase_set(_phrases(library.concepts_for(library.get(scenario)), ("empathy",), lang), lang)
    assert any(not m.negated for m in ps.find_all(sentence))


@pytest.mark.parametrize("sentence", ["Похоже, уведомление к Вам не пришло – извините.",
                                      "Kiri ei jõudnud vist Teieni – vabandust."])
def test_apology_after_a_negated_clause_is_empathy(library, sentence):
    lang = "ru" if "\u0400" <= sentence[0] <= "\u04ff" else "et"
    scenario = "complaint-registration-et" if lang == "et" else "complaint-registration-ru"
    ps = _phrase_set(_phrases(library.concepts_for(library.get(scenario)), ("empathy",), lang), lang)
    assert any(not m.negated for m in ps.find_all(sentence))


def test_denied_sympathy_stays_denied(library):
    ps = _phrase_set(_phrases(library.concepts_for(library.get("complaint-registration-et")), ("empathy",), "et"), "et")
    assert not any(not m.negated for m in ps.find_all("Mul pole kaastunnet."))


def test_apology_with_code_request_is_heard(library):
    conv = _play(library, "complaint-registration-et", [
        "Tere, sotsiaalkindlustusamet, Liis kuuleb.",
        "vabandan, see pole oige kohtlemine. sain aru, et on kaks asja: kaebus ja toetuse lopetamine. palun oelge isikukood",
    ])
    assert "kuulete üldse" not in _client(conv)[-1]
    assert conv.state["step"] != "repeats"


def test_code_request_alone_is_not_heard_as_understanding(library):
    conv = _play(library, "complaint-registration-et", [
        "Tere, sotsiaalkindlustusamet, Liis kuuleb.",
        "palun oelge isikukood",
    ])
    assert "kuulete üldse" in _client(conv)[-1]


# -- 5. a wrong appeal deadline: the reaction fits the number ---------------------------------------------------------

APPEAL_START = ["Tere! Sotsiaalkindlustusameti veebivestlus, Liis. Mõistan, et otsus tegi Teile meelehärmi."]


def test_long_wrong_deadline_no_two_weeks(library):
    conv = _play(library, "appeal-howto-chat-et", [*APPEAL_START, "Vaiet saab esitada 90 päeva jooksul."])
    last = _client(conv)[-1]
    assert "kaks nädalat" not in last and "kiiret" in last
    assert [m["id"] for m in conv.state.get("misinformed", [])] == ["long_deadline"]


def test_short_wrong_deadline_hurries(library):
    conv = _play(library, "appeal-howto-chat-et", [*APPEAL_START, "Vaiet saab esitada 10 päeva jooksul."])
    last = _client(conv)[-1]
    assert "kaks nädalat" not in last and "kiirusta" in last
    assert [m["id"] for m in conv.state.get("misinformed", [])] == ["short_deadline"]


def test_two_weeks_heard_as_two_weeks(library):
    conv = _play(library, "appeal-howto-chat-et", [*APPEAL_START, "Vaide jaoks on Teil aega kaks nädalat."])
    assert "kaks nädalat" in _client(conv)[-1]


def test_office_decision_time_is_no_client_deadline(library):
    conv = _play(library, "appeal-howto-chat-et", [
        *APPEAL_START, "Vaide saate esitada 30 päeva jooksul. Amet lahendab pensionivaide 60 päeva jooksul."])
    assert not conv.state.get("misinformed")


# -- 6. the greeting before the caller; believed wrong way ------------------------------------------------------------

def test_wrong_fact_in_greeting_does_not_replace_request(library):
    conv = _play(library, "data-request-police-et", [
        "Tere, sotsiaalkindlustusamet, Liis. Kirjalikule päringule vastame alati 3 tööpäevaga.",
    ])
    first = _client(conv)[0]
    assert "ootan vastust" not in first and "isikukood" in first


def test_wrong_fact_after_the_request_still_believed(library):
    conv = _play(library, "data-request-police-et", [
        "Tere, sotsiaalkindlustusamet, Liis.",
        "Telefonis ma andmeid ei anna. Saatke kirjalik päring, vastame alati 3 tööpäevaga.",
    ])
    assert any(m["id"] == "reply_time" for m in conv.state.get("misinformed", []))


def test_believed_long_deadline_does_not_end_unsure(library):
    conv = _play(library, "complaint-registration-et", [
        "Tere, sotsiaalkindlustusamet, Liis kuuleb.",
        "Mul on väga kahju, et Teid nii koheldi. Kaebuse panen kirja mina. Öelge palun oma isikukood.",
        "Aitäh. Kas räägin Maret Saarega?",
        "Kaebuse vaatab läbi teeninduse juht, vastus tuleb kirjalikult 30 päeva jooksul.",
        "Paberid saatke iseteeninduses. Otsuse kohta esitage vaie, aega on selleks 90 päeva.",
        "Kokkuvõtteks: kaebus kirjas, vastus 30 päeva jooksul, vaie 90 päeva. Kõike head!",
    ])
    assert conv.finished
    assert "Ma ei tea" not in _client(conv)[-1]
    assert conv.state["step"] == "wrap_believed"
