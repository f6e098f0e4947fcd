"""New-user batch 43, client fixes (branch b43client; tests/newuser/live43). Own sentences, not the runs'.

1. A reply the client answers with "my question is still open" (a check or a closing while its question is open)
   answered nothing: it counts against the grateful ending like a keyword dump (progress.advance).
2. „kellega räägin“ asks the client's name only in the first person („Kellega ma räägin?“), not „kas on keegi,
   kellega rääkida?“ (a question of support in a crisis call).
3. A request the greeting put before the caller spoke, put again after its opening, is heard (repeats.asked_again):
   the client gives its code instead of only "waiting" for the hold after it.
4. A quiz question that asks the caller's guess or opinion („kuhu Te läheksite?“, «как Вы считаете ...») tests it:
   lettered options after it make a quiz, and after a quiz it is one; a quiz reply is not read again whole for a
   question to answer („Pigem esimest.“ to its options).
5. child-allowance-ru: «Кто у Вас сейчас получает ...?» (words between) is answered «Я получаю ...».
6. crisis-violence-ru: the allowance answered in the reply before her last line: she does not put it off to a later call.
7. A transcript asked for after the last line in a chat: the chat waits for the agent's confirmation, and says so.
8. Lines that fit what was said: no relief at "no fixed date", no "still time" at a (wrong) short time.
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import play_client

from trainer import text as tx
from trainer.simulation import name_check
from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library
from trainer.simulation.quiz import is_quiz, quiz_questions

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def library():
    return load_library()


# -- 1. "my question is still open" counts against the grateful ending --------------------------------------------

DISABILITY = "disability-or-workability-chat-et"


def test_et_open_question_replies_count_against_the_grateful_end(library):
    conv = play_answers(library.get(DISABILITY), library, [
        "Tere, Mari. Puue, töövõime, 15501, perearst, ekspertarst, toetus, ühistaotlus, vaie, iseteenindus, post, 112.",
        "Vajalik: Töötukassa; amet; kohalik omavalitsus; taotlus posti teel; puue raske/sügav; töövõime osaline.",
        "Eelnev on kokkuvõte. Kas küsimusele sai vastatud? Head aega!",
        "Kõik on ülal kirjas: Töötukassa 15501, perearst, ühistaotlus, 100/50/29–42 eurot. Kõike head!"], today=TODAY)
    said = " ".join(t["text"] for t in conv.turns if t["role"] == "client")
    assert conv.state["step"] == "wrap_unsure" and "aitäh" not in conv.turns[-1]["text"], said


def test_et_one_open_check_among_real_answers_still_ends_grateful(library):   # must-not
    conv = play_answers(library.get(DISABILITY), library, [
        "Tere, olen Mari Sotsiaalkindlustusametist. Kas vajate nii töövõime hindamist kui ka puude tuvastamist?",
        "Kas on veel midagi?",
        "Töövõime hindab Töötukassa. Tööealisena esitate Töötukassale ühe ühistaotluse, see katab ka puude. "
        "Kõigepealt pöörduge perearsti poole, tema saadab terviseandmed.",
        "Puudetoetus on tööealisele sügava puude korral 100 eurot, raske puude korral 50 eurot ja keskmise puude "
        "korral 29–42 eurot kuus. Kas see vastas Teie küsimusele?"], today=TODAY)
    assert conv.state["vars"].get("non_answers") == 1  # the open check is counted ...
    assert conv.state["step"] == "wrap"                 # ... but one among real answers changes no ending


# -- 2. the name asked only in the first person -------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "asks"), [
    ("Kellega ma räägin?", True),
    ("Vabandage, kellega ma praegu räägin?", True),
    ("Kas Teil on kedagi, kellega õhtul rääkida?", False),
    ("Kas on mõni sõber, kellega saaksite rääkida?", False),
])
def test_et_who_am_i_speaking_to_is_first_person(library, sentence, asks):
    conv = play_answers(library.get("crisis-suicidal-et"), library, [], today=TODAY)
    assert name_check.asks_name(conv, tx.normalize_input(sentence).text) is asks


# -- 3. the greeting's request asked again --------------------------------------------------------------------------

GUARDIAN = "guardian-for-ward-ru"
G_HELLO = "Добрый день! Департамент социального страхования, Марина. Продиктуйте, пожалуйста, свой личный код."


def test_ru_greeting_request_asked_again_is_heard(library):
    said, conv = play_client(library, library.get(GUARDIAN), [
        G_HELLO, "Сочувствую. Продиктуйте, пожалуйста, свой личный код. Минуточку, я всё проверю."], TODAY)
    assert any(ch.isdigit() for ch in said) and said != "Да, жду.", said


def test_ru_greeting_statement_said_again_asks_nothing(library):   # must-not: only a request is heard again
    hello = "Добрый день! Департамент социального страхования, Марина. Наш разговор записывается для качества."
    said, conv = play_client(library, library.get(GUARDIAN), [hello, "Понимаю Вас. Наш разговор записывается для качества."],
                             TODAY)
    assert not any(ch.isdigit() for ch in said), said


# -- 4. a quiz that asks the caller's guess ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "before", "quiz"), [
    ("Как Вы считаете, куда подают возражение: а) в суд, б) в Департамент, в) в Töötukassa?", "ru", False, True),
    ("Mis Te arvate, kes maksab taastusravi eest – a) amet, b) Tervisekassa?", "et", False, True),
    ("Хорошо. А как Вы думаете, кто должен записать жалобу – клиент или специалист?", "ru", True, True),
    # must-not: a choice of the caller's own, and a guess question with no quiz before it and no options
    ("Как Вам удобнее получить ответ: а) по почте, б) по электронной почте?", "ru", False, False),
    ("Kuidas soovite vastust saada: a) e-postiga, b) posti teel?", "et", False, False),
    ("Как Вы думаете, сможете ли Вы сами зайти в самообслуживание?", "ru", False, False),
])
def test_guess_question_quiz(text, lang, before, quiz):
    assert is_quiz(text, lang, quizzed_before=before) is quiz


def test_et_quiz_guess_question_is_not_heard_but_own_case_is():
    text = "Kuhu Te selle paberiga läheksite? Mis aastal Te sündisite?"
    assert quiz_questions(text, "et", lambda s: False) == ["Kuhu Te selle paberiga läheksite?"]


def test_et_quiz_options_are_not_picked_by_the_client(library):
    said, conv = play_client(library, library.get("assistive-device-rehab-et"), [
        "Tere, Sotsiaalkindlustusamet, Mari.",
        "Väike test: kes annab rulaatori – a) amet, b) Tervisekassa või c) ettevõte? Ja kellele Te helistaksite?"], TODAY)
    assert "Pigem" not in said and "esimest" not in said and "endale" not in said, said


# -- 5. «Кто у Вас сейчас получает ...?» -------------------------------------------------------------------------------

CHILD_RU = "child-allowance-ru"
C_START = ["Добрый день, Департамент социального страхования, Марина.",
           "Поздравляю! Рождение малыша уже зарегистрировано?"]


def test_ru_who_receives_with_words_between_is_answered(library):
    said, conv = play_client(library, library.get(CHILD_RU), [
        *C_START, "Скажите, а кто у Вас сейчас получает детские на старших?"], TODAY)
    assert "Я получаю" in said, said


def test_ru_who_receives_in_a_statement_is_no_question(library):   # must-not
    said, conv = play_client(library, library.get(CHILD_RU), [
        *C_START, "Кто получает пособие на старших, тот и подтверждает предложение на младшего."], TODAY)
    assert "Я получаю" not in said, said


# -- 6. crisis-violence-ru: her allowance question answered before her last line ---------------------------------------

CRISIS = "crisis-violence-ru"
V_START = ["Департамент социального страхования, Марина, здравствуйте.",
           "Я Вас слушаю, не торопитесь. Вы сейчас в безопасности?",
           "Если он будет угрожать Вам или детям, сразу звоните 112. Вы не виноваты.",
           "Есть кризисный телефон для пострадавших от насилия – 116 006, круглосуточно и бесплатно."]


def test_ru_allowance_answered_is_not_put_off(library):
    said, conv = play_client(library, library.get(CRISIS), [
        *V_START, "Про детей можно позвонить по телефону помощи детям 116 111. А чтобы пособие шло на Ваш счёт, "
                  "подайте заявление в самообслуживании, когда сможете."], TODAY)
    assert conv.state["step"] == "wrap" and "перезвоню" not in said and "пособием" in said, said


def test_ru_allowance_only_asked_about_is_still_put_off(library):   # must-not: a question says nothing
    said, conv = play_client(library, library.get(CRISIS), [
        *V_START, "Про детей можно позвонить по телефону помощи детям 116 111. Вы хотите, чтобы пособие шло на Ваш счёт?"],
        TODAY)
    assert conv.state["step"] == "wrap" and "перезвоню" in said, said


# -- 7. a transcript asked for after the last line ---------------------------------------------------------------------

APPEAL_CHAT = "appeal-howto-chat-et"


def _at_last_line(library):
    conv = play_answers(library.get(APPEAL_CHAT), library, [], today=TODAY)
    example = next(e for e in library.get(APPEAL_CHAT).examples if e.kind == "exemplary")
    for answer in example.answers:
        if conv.state["awaiting_close"] or conv.finished:
            break
        conv.reply(answer)
    assert conv.state["awaiting_close"] and not conv.finished
    return conv


def test_et_copy_asked_after_the_last_line_waits_for_confirmation(library):
    conv = _at_last_line(library)
    conv.reply("Kui soovite, saadan Teile selle vestluse ärakirja. Ilusat päeva!")
    assert not conv.finished and conv.state["vars"].get("copy_asked")
    conv.reply("Saadan selle kohe teele. Nägemist!")
    assert conv.finished


def test_et_plain_goodbye_after_the_last_line_asks_no_copy(library):   # must-not
    conv = _at_last_line(library)
    conv.reply("Ilusat päeva!")
    assert conv.finished and not conv.state["vars"].get("copy_asked")


# -- 8. lines that fit what was said -----------------------------------------------------------------------------------

def test_et_no_relief_when_no_date_is_promised(library):
    said, conv = play_client(library, library.get("refuses-code-et"), [
        "Tere, Sotsiaalkindlustusamet, Mari.", "Et taotlust vaadata, öelge palun oma isikukood.",
        "Mõistan. Isikukoodi küsin Teie enda andmete kaitseks: ilma tuvastamiseta ei tohi ma taotluse andmeid "
        "kellelegi öelda.",
        "Tänan. Teie taotlus saabus 20. novembril. Otsus tehakse 15 tööpäeva jooksul pärast viimast dokumenti, "
        "kindlat päeva ma lubada ei saa."], TODAY)
    assert "muretsema" not in said and "kuidas ma otsusest teada saan" in said, said


def test_et_short_wrong_time_is_no_more_time_to_wait(library):
    said, conv = play_client(library, library.get("system-down-callback-et"), [
        "Tere, Sotsiaalkindlustusamet, Mari.", "Palun öelge oma isikukood.",
        "Süsteemis on praegu tõrge. Otsus tehakse tavaliselt 3 tööpäeva jooksul. Kas võin Teile tagasi helistada?"],
        TODAY)
    assert "veel aega" not in said, said
