"""How a call's ending is read (issue 10, leftfix).

1. The client's "no" is read by what the agent's check asked: to "did I answer your question?" / "is it clear?" a
   "no, not really" says the answer did not serve (closing fails, as before); to "any more questions?" / "did
   anything remain unclear?" / "can I help with anything else?" a bare "no" is the happy ending (closing passes),
   while a "no" that goes on to complain still leaves the matter open. A unit that asks whether it answered and then
   whether more questions are left is read as asking whether it answered: the scripted client answers that check.
   The scripted client, parting unhelped, does not say a "no" to "did anything remain unclear?" (that would mean
   all is clear): it says what is left.
2. A wish to the client's people ("Jõudu Teile ja pojale!", «Сил Вам и Вашему папе!») is courtesy, not a new
   answer to the open matter; an answer that mentions a relative still is one.
"""

from __future__ import annotations

import pytest
from client_support import client_lines, play_to_end
from scoring_support import verdicts

from trainer.scoring.check_reply import asks_only_what_is_left, bare_no, no_is_fine
from trainer.scoring.formulas import wishes_people
from trainer.simulation.examples import EXAMPLE_DATE
from trainer.simulation.library import load_library

CALL = {
    "et": [
        ("agent", "Tere, Sotsiaalkindlustusamet, Kadri kuuleb. Kuidas saan aidata?"),
        ("client", "Tere. Millal tuleb selle kuu lapsetoetus?"),
        ("agent", "Lapsetoetus makstakse iga kuu kahekümnendal kuupäeval Teie pangakontole."),
        ("client", "Aa, selge."),
    ],
    "ru": [
        ("agent", "Здравствуйте, Департамент социального страхования, Кадри. Чем могу помочь?"),
        ("client", "Здравствуйте. Когда в этом месяце придёт детское пособие?"),
        ("agent", "Детское пособие перечисляется на Ваш банковский счёт двадцатого числа каждого месяца."),
        ("client", "А, ясно."),
    ],
}
RECAP = {"et": "Kokkuvõtteks: lapsetoetus laekub kahekümnendal kuupäeval.",
         "ru": "Итак, подведём итог: пособие приходит двадцатого числа."}
BYE = {"et": "Aitäh, et helistasite! Ilusat päeva!", "ru": "Спасибо за звонок, хорошего дня!"}

# checks a "no" answers well
LEFT = {
    "et": ["Kas Teil on veel küsimusi?", "Kas jäi midagi arusaamatuks?", "Kas saan veel millegagi aidata?",
           "Kas on veel midagi?", "Kas tekkis veel küsimusi?"],
    "ru": ["Остались ли у Вас ещё вопросы?", "Осталось ли что-то непонятным?", "Могу ли я ещё чем-то помочь?",
           "Есть ли у Вас ещё вопросы?", "Чем ещё могу Вам помочь?"],
}
# checks a "no" rejects
SERVED = {
    "et": ["Kas sain Teie küsimusele vastata?", "Kas see vastas Teie küsimusele?", "Kas kõik on selge?",
           "Kas see on arusaadav?"],
    "ru": ["Я ответила на Ваш вопрос?", "Ответила ли я на Ваш вопрос?", "Всё ли понятно?", "Вам всё понятно?"],
}
NOT_REALLY = {"et": ["Ei, tegelikult mitte.", "Ei.", "Kahjuks mitte.", "Ei, tegelikult mitte. Aitäh!"],
              "ru": ["Нет, на самом деле нет.", "Нет.", "Нет, вообще-то нет.", "Нет, на самом деле нет. Спасибо."]}
COMPLAINT = {"et": ["Ei. Küsin parem mujalt.", "Ei, Te ei vastanud mu küsimusele."],
             "ru": ["Нет. Спрошу в другом месте.", "Нет, Вы так и не ответили на мой вопрос."]}


def _closing(lang: str, check: str, said: str) -> str:
    turns = [*CALL[lang], ("agent", f"{RECAP[lang]} {check}"), ("client", said), ("agent", BYE[lang])]
    return verdicts(lang, turns)["closing"]


# -- 1. the "no" read by the check it answers ------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "check", "said"),
                         [(lang, c, s) for lang in ("et", "ru") for c in LEFT[lang] for s in NOT_REALLY[lang]])
def test_no_to_what_is_left_is_a_happy_ending(lang, check, said):
    assert _closing(lang, check, said) == "pass"


@pytest.mark.parametrize(("lang", "check", "said"),
                         [(lang, c, s) for lang in ("et", "ru") for c in SERVED[lang] for s in NOT_REALLY[lang][:3]])
def test_no_to_whether_it_served_leaves_it_open(lang, check, said):
    assert _closing(lang, check, said) == "fail"


@pytest.mark.parametrize(("lang", "check", "said"),
                         [(lang, c, s) for lang in ("et", "ru") for c in LEFT[lang][:3] for s in COMPLAINT[lang]])
def test_a_complaint_after_what_is_left_still_leaves_it_open(lang, check, said):
    assert _closing(lang, check, said) == "fail"


@pytest.mark.parametrize(("lang", "check"), [
    ("et", "Kas sain Teie küsimusele vastata? Kas Teil on veel küsimusi?"),
    ("et", "Kas Teil on veel küsimusi? Kas kõik on selge?"),
    ("ru", "Я ответила на Ваш вопрос? Остались ли у Вас ещё вопросы?"),
    ("ru", "Есть ли у Вас ещё вопросы? Всё ли понятно?"),
])
def test_both_checks_in_one_reply_read_as_whether_it_served(lang, check):
    said = NOT_REALLY[lang][0]
    assert _closing(lang, check, said) == "fail"


@pytest.mark.parametrize(("text", "lang"), [
    ("Kas Teil on veel küsimusi?", "et"), ("kas on veel küsimusi", "et"), ("Kas jäi midagi arusaamatuks?", "et"),
    ("Kas saan Teid veel kuidagi aidata?", "et"), ("Остались ли у Вас ещё вопросы?", "ru"),
    ("Ещё вопросы есть?", "ru"), ("Осталось ли что-нибудь неясным?", "ru"), ("Могу ли я Вам ещё чем-нибудь помочь?", "ru"),
])
def test_what_is_left_checks(text, lang):
    assert no_is_fine(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Kas sain Teie küsimusele vastata?", "et"), ("Kas see on arusaadav?", "et"), ("Kas Teil on ID-kaart?", "et"),
    ("Kas küsimus on lahendatud?", "et"), ("Я ответила на Ваш вопрос?", "ru"), ("Всё понятно?", "ru"),
    ("Есть ли у Вас ID-карта?", "ru"), ("Вопрос решён?", "ru"),
])
def test_whether_it_served_checks_are_not_what_is_left(text, lang):
    assert not no_is_fine(text, lang)


def test_only_what_is_left_needs_every_question_so():
    assert asks_only_what_is_left("Kokkuvõtteks: toetus tuleb 20. Kas jäi midagi arusaamatuks?", "et")
    assert not asks_only_what_is_left("Kas jäi midagi arusaamatuks? Kas soovite vestluse ärakirja?", "et")
    assert not asks_only_what_is_left("Я ответила на Ваш вопрос? Остались ли вопросы?", "ru")
    assert not asks_only_what_is_left("Пособие приходит двадцатого числа.", "ru")


@pytest.mark.parametrize(("text", "lang", "bare"), [
    ("Ei, tegelikult mitte.", "et", True), ("Ei, rohkem küsimusi pole. Aitäh!", "et", True), ("Ei.", "et", True),
    ("Ei. Küsin mujalt.", "et", False), ("Ei, ma ei saanud aru.", "et", False), ("Ei, aga kuhu ma avalduse saadan?", "et", False),
    ("Нет, на самом деле нет.", "ru", True), ("Нет, больше вопросов нет. Спасибо!", "ru", True),
    ("Нет, не ответили.", "ru", False), ("Нет, а когда придут деньги?", "ru", False),
])
def test_bare_no(text, lang, bare):
    assert bare_no(text, lang) is bare


# -- the scripted client agrees: unhelped, it does not say "no" to "did anything remain unclear?" ---------------------

SURVIVORS = "survivors-pension-grief-et"
OPENING = [
    "Tere päevast, Sotsiaalkindlustusamet, mina olen Liis. Millega saan aidata?",
    "Tunnen Teile siiralt kaasa. Rääkige rahulikult, ma kuulan. Kas tohin küsida, millest Te kõige rohkem muretsete?",
    "Teie tütrele makstakse nüüd toitjakaotustoetust, ligikaudu 345 eurot kuus, kuni ta saab 19-aastaseks, "
    "koolis käies kuni 21-aastaseks. Kas räägime ka Teie enda olukorrast?",
]
HOW = ("Kiiret ei ole, avalduse võite esitada siis, kui jõuate: iseteeninduses ID-kaardi, mobiil-ID või Smart-ID-ga "
       "või tulles meie klienditeenindusse, kus aitame selle koos täita.")
MISS = ["Lesele endale määratakse toitjakaotuspension vaid teatud tingimustel, näiteks kui ta on juba "
        "vanaduspensionieas või tal puudub töövõime.", "Teie olukord on tõesti raske, mul on kahju."]
UNCLEAR = ("Kokkuvõtteks: tütrele makstakse toitjakaotustoetust ja avalduse saate esitada iseteeninduses või "
           "klienditeeninduses. Kas jäi midagi arusaamatuks?")


@pytest.fixture(scope="module")
def library():
    return load_library()


def test_the_helped_client_answers_what_is_left_and_the_closing_passes(library):
    conv = play_to_end(library, SURVIVORS, [*OPENING, HOW, UNCLEAR], EXAMPLE_DATE)
    said = client_lines(conv)[-1]
    assert said.startswith("Jah"), said
    turns = [(t["role"], t["text"]) for t in conv.turns] + [("agent", "Aitäh, et helistasite! Kõike head!")]
    assert verdicts("et", turns)["closing"] == "pass"


def test_the_unhelped_client_says_what_is_left_and_the_closing_fails(library):
    conv = play_to_end(library, SURVIVORS, [*OPENING, *MISS, UNCLEAR], EXAMPLE_DATE)
    said = client_lines(conv)[-1]
    assert not bare_no(said, "et"), said
    turns = [(t["role"], t["text"]) for t in conv.turns] + [("agent", "Aitäh, et helistasite! Kõike head!")]
    assert verdicts("et", turns)["closing"] == "fail"


# -- 2. a wish to the client's people answers nothing -----------------------------------------------------------------

# the client names its people, the agent's answer names them too, and the client's "how" is still open
ASKED = {
    "daughter": ("et", [("agent", "Tere, Sotsiaalkindlustusamet, Kadri kuuleb."),
                        ("client", "Tere. Mu mees suri eelmisel kuul. Tütar käib koolis. Mis meile nüüd ette nähtud on?"),
                        ("agent", "Tunnen Teile kaasa. Tütrele makstakse toitjakaotustoetust kuni 19-aastaseks saamiseni."),
                        ("client", "Aga kuidas ma selle taotluse esitan?")]),
    "spouse": ("et", [("agent", "Tere, Sotsiaalkindlustusamet, Kadri kuuleb."),
                      ("client", "Tere. Mu abikaasa on haiglas ja ma hoolitsen tema eest. Kas mulle on mingi toetus?"),
                      ("agent", "Abikaasa hooldamiseks on hooldajatoetus, selle maksab kohalik omavalitsus."),
                      ("client", "Kuidas ma seda taotlen?")]),
    "mother": ("ru", [("agent", "Здравствуйте, Департамент социального страхования, Кадри."),
                      ("client", "Здравствуйте. Моя мама лежит в больнице, я за ней ухаживаю. Есть ли какое-то пособие?"),
                      ("agent", "Маме может быть положено пособие по нетрудоспособности, а уход оплачивает самоуправление."),
                      ("client", "А как подать заявление?")]),
}


@pytest.mark.parametrize(("call", "wish"), [
    ("daughter", "Palju jõudu Teile ja Teie tütrele!"),
    ("daughter", "Soovin Teile ja tütrele jõudu."),
    ("daughter", "Aitäh kõne eest. Tütrele ja Teile palju jõudu!"),
    ("spouse", "Head paranemist Teie abikaasale!"),
    ("spouse", "Kiiret paranemist abikaasale ja jõudu Teile!"),
    ("mother", "Сил Вам и Вашей маме!"),
    ("mother", "Скорейшего выздоровления маме и сил Вам."),
    ("mother", "Желаю Вашей маме скорейшего выздоровления."),
])
def test_a_wish_to_people_leaves_the_question_open(call, wish):
    lang, turns = ASKED[call]
    assert verdicts(lang, [*turns, ("agent", wish)])["closing"] == "fail"


@pytest.mark.parametrize(("lang", "wish"), [
    ("et", "Jõudu Teile ja pojale!"), ("et", "Head paranemist Teie abikaasale"), ("et", "Tervist Teile ja lastele!"),
    ("ru", "Сил Вам и Вашему папе!"), ("ru", "Желаю здоровья Вашему отцу и всей семье!"),
    ("ru", "Скорейшего выздоровления Вашей супруге."),
])
def test_wishes_to_people(lang, wish):
    assert wishes_people(wish, lang)


@pytest.mark.parametrize(("call", "reply"), [
    ("daughter", "Tütrele saab taotluse esitada ka volikirjaga. Jõudu!"),
    ("daughter", "Taotluse tütre eest esitate iseteeninduses või klienditeeninduses. Kõike head Teile ja tütrele!"),
    ("spouse", "Abikaasa eest saate taotluse esitada omavalitsuses. Head paranemist!"),
    ("mother", "За маму заявление можно подать в самоуправлении. Сил Вам!"),
    ("mother", "Заявление на уход подаётся в самоуправление, маме приходить не нужно. Всего доброго!"),
])
def test_an_answer_that_names_a_relative_still_answers(call, reply):
    lang, turns = ASKED[call]
    assert verdicts(lang, [*turns, ("agent", reply)])["closing"] == "pass"


@pytest.mark.parametrize(("text", "lang"), [
    ("Tütrele saab taotluse esitada ka volikirjaga.", "et"),
    ("Abikaasa saab toetust edasi.", "et"),
    ("Сыну положено пособие до 19 лет.", "ru"),
    ("Маме нужно подать заявление до конца месяца.", "ru"),
    ("Kas Teie emal on tervisega probleeme?", "et"),
])
def test_said_of_a_relative_is_no_wish(text, lang):
    assert not wishes_people(text, lang)
