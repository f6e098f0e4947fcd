"""New-user batch 30 (live30, authors d7 and e7): client slips, each tested with replies written for the test.

1. A row of bare words that starts with the word the client asked about („avaldus, rahvastikuregister, automaatne,
   ...“, «пособие, управа, ...») heads nothing: only a heading set off by a colon or a dash answers under it
   (death-report-et and pension-indexation-tax-et gaming ended on the grateful wrap).
2. family-finland-ru: a bare «разница» among cue words tells the client nothing (gaming thanked and wrapped); the
   wrong «вторая страна ничего не доплачивает» is believed and ends the talk sadly, not with a re-ask (wrong run).
3. What the greeting says before the caller has said a word answers none of its questions (redirects-pillar-tax-pin-ru
   gaming: every answer in the greeting, then «См. выше.»).
4. Ending the call with the object first ("ähvarduste peale ma kõne lõpetan", «разговор я завершаю») is heard
   (abusive-caller-et terse: the caller threatened again).
5. The code named first and then refused („isikukoodi palun ... ei kirjuta“, «Личный код, пожалуйста, ... не
   пишите») is no request for it (living-alone-chat-et terse: the client typed its code again).
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import play_client

from trainer.scoring.phrase_matches import positive_matches
from trainer.simulation.library import load_library

TODAY = date(2026, 12, 8)


@pytest.fixture(scope="module")
def library():
    return load_library()


# -- 1. the asked word first in a row of bare words ------------------------------------------------------------------

DEATH = ["Tere! Sotsiaalkindlustusamet, Mari kuuleb. Kuidas saan aidata?",
         "Tunnen kaasa. Kas ma sain õigesti aru, et küsite isa pensioni lõpetamise kohta?"]


@pytest.mark.parametrize("row", [
    "avaldus, surmaandmed, automaatne, tagasinõue, pank, pärijad, ei tohi kasutada, isikuandmed",
    "avaldus, register, ei ole vaja, pank, tagasi, ei tohi kasutada",
])
def test_et_a_row_of_words_led_by_the_asked_word_is_not_heard(library, row):
    said, conv = play_client(library, library.get("death-report-et"), [*DEATH, row], TODAY)
    assert not conv.state["ever"].get("no_use"), said


@pytest.mark.parametrize("reply", [
    "Avaldus: seda pole vaja, andmed tulevad registrist. Pärast surma laekunud raha ei tohi kasutada, pank kannab "
    "selle tagasi.",
    "Avaldust ei ole vaja. Pärast surma kontole tulnud pensioni ei tohi kasutada, see nõutakse tagasi.",
])
def test_et_a_set_off_heading_or_a_sentence_still_answers(library, reply):
    said, conv = play_client(library, library.get("death-report-et"), [*DEATH, reply], TODAY)
    assert conv.state["ever"].get("no_use"), said


@pytest.mark.parametrize("reply", [
    "maksuvaba tulu, 776, automaatselt, avaldust ei ole vaja, tulumaks, palk, tööandja",
    "maksuvaba tulu, automaatselt, avaldus ei ole vaja, tulumaks, palk, tööandja, deklaratsioon",
])
def test_et_tax_row_of_words_gets_no_thanks(library, reply):
    said, conv = play_client(library, library.get("pension-indexation-tax-et"), [
        "Tere! Sotsiaalkindlustusamet, Kati kuuleb.",
        "Saan aru, et see tundub ebaõiglane. Palun öelge oma isikukood.",
        "Räägin Maie Kuusega? Pensionid tõusevad protsentides, nii et tõus eurodes sõltub pensioni suurusest.",
        reply], TODAY)
    assert conv.state["step"] != "wrap", said


def test_et_tax_answer_under_a_colon_heading_is_heard(library):
    said, conv = play_client(library, library.get("pension-indexation-tax-et"), [
        "Tere! Sotsiaalkindlustusamet, Kati kuuleb.",
        "Saan aru, et see tundub ebaõiglane. Palun öelge oma isikukood.",
        "Räägin Maie Kuusega? Pensionid tõusevad protsentides, nii et tõus eurodes sõltub pensioni suurusest.",
        "Maks: pensionilt maksu ei võeta, maksuvaba tulu 776 eurot arvestatakse automaatselt, avaldust pole vaja."],
        TODAY)
    assert conv.state["ever"].get("tax_free") or conv.state["ever"].get("automatic"), said


# -- 2. family-finland-ru: the difference told with its verb; its wrong denial believed -------------------------------

FINLAND = ["Здравствуйте! Департамент социального страхования, Ирина. Скажите, а Вы сами работаете в Эстонии?",
           "Два полных пособия не платят: в первую очередь платит только одна страна."]


@pytest.mark.parametrize("reply", [
    "Понятно? Одна страна, разница, самообслуживание.",
    "Понятно? Разница, доплата, самообслуживание.",
])
def test_ru_a_bare_difference_word_tells_nothing(library, reply):
    said, conv = play_client(library, library.get("family-finland-ru"), [*FINLAND, reply], TODAY)
    assert conv.state["step"] not in ("how_much", "wrap"), said


@pytest.mark.parametrize("reply", [
    "Нет, не теряете: если пособие в Финляндии больше, Финляндия может доплатить разницу.",
    "не теряете. разницу доплачивает вторая страна, если у неё пособие больше",
])
def test_ru_the_difference_told_is_heard(library, reply):
    said, conv = play_client(library, library.get("family-finland-ru"), [*FINLAND, reply], TODAY)
    assert conv.state["step"] == "how_much", said


@pytest.mark.parametrize("reply", [
    "К сожалению, так и есть: разницу вторая страна не доплачивает, даже если у неё пособие больше.",
    "да, теряете. вторая страна ничего не доплатит",
])
def test_ru_the_wrong_denial_is_believed_not_asked_again(library, reply):
    said, conv = play_client(library, library.get("family-finland-ru"), [*FINLAND, reply], TODAY)
    assert conv.state["step"] == "wrap_no_difference", said
    assert any(m["id"] == "no_difference" for m in conv.state.get("misinformed", [])), said


def test_ru_nothing_paid_when_the_other_benefit_is_smaller_is_no_denial(library):
    said, conv = play_client(library, library.get("family-finland-ru"), [
        *FINLAND, "Если пособие другой страны меньше, она ничего не доплачивает; если больше – может доплатить "
                  "разницу."], TODAY)
    assert conv.state["step"] == "how_much", said
    assert not conv.state.get("misinformed"), said


# -- 3. the greeting before the caller speaks --------------------------------------------------------------------------

def test_ru_answers_in_the_greeting_answer_nothing_yet(library):
    said, conv = play_client(library, library.get("redirects-pillar-tax-pin-ru"), [
        "Здравствуйте! Департамент социального страхования, Анна. Деньги второй ступени выплачивает Pensionikeskus "
        "через банк, новые PIN-коды выдаёт PPA, а про декларацию Вам скажет Налогово-таможенный департамент.",
        "См. выше."], TODAY)
    assert conv.state["step"] not in ("tax_q", "wrap"), said


def test_ru_the_same_answers_after_the_question_are_heard(library):
    said, conv = play_client(library, library.get("redirects-pillar-tax-pin-ru"), [
        "Здравствуйте! Департамент социального страхования, Анна. Чем могу помочь?",
        "Деньги второй ступени выплачивает Pensionikeskus, заявление подаёте через банк. Новые PIN-коды выдаёт "
        "Департамент полиции и погранохраны, PPA."], TODAY)
    assert conv.state["step"] == "tax_q", said


def test_et_answers_in_the_greeting_answer_nothing_yet(library):
    said, conv = play_client(library, library.get("redirects-pillar-tax-pin-et"), [
        "Tere! Sotsiaalkindlustusamet, Kati kuuleb. II samba raha maksab välja Pensionikeskus panga kaudu, uued "
        "PIN-koodid annab PPA ja deklaratsiooni kohta ütleb Maksu- ja Tolliamet.", "Vt eespool."], TODAY)
    assert conv.state["step"] not in ("tax_q", "wrap"), said


# -- 4. ending the call, object first ----------------------------------------------------------------------------------

ABUSE_ET = ["Tere! Sotsiaalkindlustusamet, Liis kuuleb.",
            "Mõistan, et olete pahane. Soovin aidata, aga sellisel toonil ma vestlust jätkata ei saa."]


@pytest.mark.parametrize("end", ["Ähvarduste peale ma selle kõne nüüd lõpetan. Head aega.",
                                 "ahvarduse peale ma kone lopetan head aega"])
def test_et_the_call_ended_object_first_is_heard(library, end):
    said, conv = play_client(library, library.get("abusive-caller-et"), [*ABUSE_ET, end], TODAY)
    assert conv.state["step"] == "call_ended", said


def test_et_the_warning_to_end_is_no_ending(library):
    said, conv = play_client(library, library.get("abusive-caller-et"), [
        *ABUSE_ET, "Kui ähvardamine jätkub, pean kõne lõpetama."], TODAY)
    assert conv.state["step"] != "call_ended", said


ABUSE_RU = ["Здравствуйте! Департамент социального страхования, Ольга.",
            "Понимаю Ваше возмущение. Прошу Вас не оскорблять, в таком тоне я не могу продолжать разговор."]


def test_ru_the_call_ended_object_first_is_heard(library):
    said, conv = play_client(library, library.get("abusive-caller-ru"), [
        *ABUSE_RU, "Оскорбления продолжаются, поэтому разговор я завершаю. До свидания."], TODAY)
    assert conv.state["ended_by"] == "end_step" or conv.finished, said
    assert conv.state["ever"].get("ended"), said


def test_ru_the_warning_to_end_is_no_ending(library):
    said, conv = play_client(library, library.get("abusive-caller-ru"), [
        *ABUSE_RU, "Если оскорбления продолжатся, я буду вынуждена завершить разговор."], TODAY)
    assert not conv.state["ever"].get("ended"), said


# -- 5. the code named first, then refused -----------------------------------------------------------------------------

def _asks_code(library, scenario_id: str, text: str) -> bool:
    scenario = library.get(scenario_id)
    concepts = library.concepts_for(scenario)
    return bool(positive_matches(tuple(concepts["identification_request"][scenario.language]), scenario.language,
                                  text))


@pytest.mark.parametrize("text", [
    "isikukoodi palun siia vestlusesse ei kirjuta",
    "Isikukoodi ärge palun avatud vestlusesse kirjutage.",
    "isikukoodi palun vestlusesse mitte kirjutada",
])
def test_et_the_code_first_then_refused_asks_nothing(library, text):
    assert not _asks_code(library, "living-alone-chat-et", text)


@pytest.mark.parametrize("text", [
    "Isikukoodi palun siia kirjutage.",               # a request, the object first
    "Öelge palun isikukood, ilma selleta ei saa ma vaadata.",
    "Isikukood, palun, öelge mulle.",
])
def test_et_the_code_first_then_asked_still_asks(library, text):
    assert _asks_code(library, "living-alone-chat-et", text)


def test_ru_the_code_first_then_refused_asks_nothing(library):
    assert not _asks_code(library, "family-finland-ru", "Личный код, пожалуйста, в открытый чат не пишите.")


@pytest.mark.parametrize("text", ["Личный код, пожалуйста, напишите.", "Ваш личный код, пожалуйста, он мне нужен."])
def test_ru_the_code_first_then_asked_still_asks(library, text):
    assert _asks_code(library, "family-finland-ru", text)


def test_et_a_refused_code_is_not_typed_again(library):
    said, conv = play_client(library, library.get("living-alone-chat-et"), [
        "tere, mari sotsiaalkindlustusametist. saan aru et olete pahane. isikukoodi palun vestlusesse ei kirjuta. "
        "kusite miks toetus ei tulnud?"], TODAY)
    assert conv.state["step"] != "gives_again", said
