"""New-user batch 37 (live37, authors e9 and f9): the scripted client, each fix tested with replies written for the
test (not the batch's own sentences), must-match and must-not-match.

1. The caller's own details (birthplace, date of birth, address) are answered from the persona when asked, in a
   question or a request (`own_details.py`); not for another person, not when negated, not a statement.
2. Holds with only sympathy around them count with the non-answers for the ending (`stalling.py`): a call stalled
   with holds does not end on the grateful line; one hold before real answers changes nothing. «Как-нибудь
   разберусь.» is no question (text layer), so the unhelped parting line closes the call.
3. The re-ask flag of tests/newuser/evaluate.py: a line said while staying in an `*_again` step (an answer to the
   trainee's check) is no re-ask.
4. webchat-code-ru: the reason told before the way out is heard; the client asks where else, it does not re-ask the
   amount nor leave.
5. A wish word is a goodbye only as a wish („Jõudu Teile!“), not „kui Teil on jõudu“ (`wishes.py`).
6. A forbidden act named only inside the client's own question given back is not heard (`forbidden.py`).
7. moving-abroad-account-et: half of the two-part question answered -> the other half asked, no fallback; a
   prohibition before a dash does not deny the next clause's own negated verb (text layer).
8. Scenario lines: survivors-pension-grief-et's acknowledgement, assistive-device-rehab-ru's believed promise,
   foreign-no-code-ru's status line, third-party-son-ru's notary guess; the name asked as «как к Вам обращаться»;
   translit goodbye and transcript offer; a promise after a closed et-clause is not negated by it.
"""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest
from client_support import play_client

from trainer import text as tx
from trainer.simulation.own_details import asked_details
from trainer.simulation.stalling import hold_only
from trainer.simulation.wishes import said_as_wish

TODAY = date(2026, 12, 8)


@pytest.fixture(scope="module")
def library():
    from trainer.simulation.library import load_library

    return load_library()


def said_in(library, scenario_id, replies, seed=1):
    return play_client(library, library.get(scenario_id), replies, TODAY, seed=seed)


# -- 1. the caller's own details -----------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "lang", "kinds"), [
    ("Kontrolliks: mis on Teie sünnikoht?", "et", ["birthplace"]),
    ("Palun veel ka sünnikoht.", "et", ["birthplace"]),
    ("Öelge palun, mis linnas Te olete sündinud?", "et", ["birthplace"]),
    ("Mis on Teie sünniaeg ja elukoha aadress?", "et", ["birth_date", "address"]),
    ("kus te praegu elate", "et", ["address"]),
    ("Назовите, пожалуйста, место рождения.", "ru", ["birthplace"]),
    ("Когда Вы родились?", "ru", ["birth_date"]),
    ("Подскажите Ваш адрес.", "ru", ["address"]),
])
def test_own_detail_asked(sentence, lang, kinds):
    assert asked_details(sentence, lang) == kinds


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Mis on Teie ema sünnikoht?", "et"),               # another person's
    ("Sünnikohta ma ei küsi.", "et"),                   # negated
    ("Teie aadressile saadetakse otsus.", "et"),        # the address in another sense
    ("Kas Teie aadressil elab veel keegi?", "et"),
    ("Где родилась мама?", "ru"),
    ("Мы отправим письмо по Вашему адресу.", "ru"),
    ("Дату рождения называть не нужно.", "ru"),
])
def test_own_detail_not_asked(sentence, lang):
    assert asked_details(sentence, lang) == []


LETTERS_START = ["Tere! Sotsiaalkindlustusamet, Piret kuuleb. Kuidas saan Teid aidata?",
                 "Mul on väga kahju, et olete nii kaua oodanud. Palun öelge oma isikukood, siis otsin Teie kirja üles."]


def test_birthplace_requested_without_a_question_is_answered(library):
    said, conv = said_in(library, "letters-unanswered-et", [
        *LETTERS_START, "Aitäh. Enne kui edasi lähen, palun veel üks kontrollandmestik: sünnikoht."])
    assert f"Sünnikoht on {conv.persona.city}." in said
    assert "ei saanud" not in said and "täpselt ei tea" not in said


def test_birthplace_asked_again_is_said_as_said_before(library):
    said, conv = said_in(library, "letters-unanswered-et", [
        *LETTERS_START, "Aitäh. Kus Te sündisite?", "Vabandust, kas saaksite korrata – mis linnas Te sündisite?"])
    assert said.startswith("Ma juba ütlesin:") and conv.persona.city in said
    assert said.count("Ma juba ütlesin") == 1


def test_code_and_birthplace_asked_together_code_first(library):
    said, conv = said_in(library, "letters-unanswered-et", [
        LETTERS_START[0], "Mul on kahju. Palun öelge oma isikukood ja sünnikoht, siis leian Teie kirja."])
    assert said.index(conv.persona.isikukood) < said.index("Sünnikoht on")


def test_item_partial_says_the_birthplace_once(library):
    scenario = library.get("disability-refusal-angry-et")
    said, conv = play_client(library, scenario, [
        "Tere! Sotsiaalkindlustusamet, Piret kuuleb.",
        "Mul on väga kahju, et otsus Teid pahandas. Palun öelge oma isikukood ja kuna räägime terviseandmetest, ka oma "
        "sünnikoht."], TODAY)
    assert tx.fold(said).count(tx.fold(conv.persona.city)) == 1, said


def test_another_persons_birthplace_is_not_answered_from_the_persona(library):
    said, conv = said_in(library, "letters-unanswered-et", [*LETTERS_START, "Aitäh. Mis on Teie ema sünnikoht?"])
    assert f"Sünnikoht on {conv.persona.city}" not in said


def test_russian_date_of_birth_requested(library):
    said, conv = said_in(library, "third-party-son-ru", [
        "Здравствуйте! Департамент социального страхования, Ирина. Чем могу помочь?",
        "Понимаю Вас. Назовите, пожалуйста, Вашу дату рождения."])
    assert f"Дата рождения – {conv.persona.birth_date:%d.%m.%Y}." in said


# -- 2. holds that stall --------------------------------------------------------------------------------------

DEATH_HELLO = "Здравствуйте! Департамент социального страхования, Ольга слушает."


@pytest.mark.parametrize(("reply", "expected"), [
    ("Искренне соболезную. Минутку, сейчас посмотрю.", True),
    ("Приношу извинения за ожидание. Одну минуту, я проверю.", True),
    ("Минутку, сейчас проверю. Пенсию прекратят без заявления.", False),      # an answer with the hold
    ("Подождите минуту. А когда умерла мама?", False),                        # a question to the caller
    ("Отдельно сообщать нам ничего не нужно.", False),                         # no hold at all
])
def test_hold_only(library, reply, expected):
    from trainer.simulation.dialogue import Conversation

    conv = Conversation.start(library.get("death-report-ru"), library, seed=1, today=TODAY)
    assert hold_only(conv, reply) is expected


def test_stalled_call_does_not_end_on_the_grateful_line(library):
    _, conv = said_in(library, "death-report-ru", [
        DEATH_HELLO,
        "Примите мои соболезнования. Одну минуту, я посмотрю.",
        "Извините за задержку. Понимаю, как Вам тяжело. Подождите ещё минутку, я уточню.",
        "Спасибо за терпение. Регистр, управа. Минутку, сейчас проверю.",
        "Итак, подводя итог. Всё понятно? Спасибо за звонок, всего доброго!"])
    assert conv.state["step"] != "wrap"
    assert conv.finished  # «Ладно... Как-нибудь разберусь. Спасибо.» asks nothing: the goodbye closes the call


def test_one_hold_before_real_answers_keeps_the_grateful_line(library):
    _, conv = said_in(library, "death-report-ru", [
        DEATH_HELLO,
        "Примите мои соболезнования. Одну минуту, я посмотрю.",
        "Сообщать нам отдельно не нужно: данные о смерти приходят из регистра народонаселения, пенсию прекратят сами.",
        "Пенсию, которая пришла уже после смерти, использовать нельзя: её потребуют вернуть.",
        "Пособие на похороны платит местное самоуправление, обратитесь в городскую управу.",
        "Итак: сообщать не нужно, пенсию после смерти не трогать, пособие – в самоуправлении. Всё понятно? "
        "Спасибо за звонок, всего доброго!"])
    assert conv.state["step"] == "wrap"


@pytest.mark.parametrize(("sentence", "question"), [
    ("Как-нибудь разберусь.", False), ("Ладно, как-нибудь сам справлюсь.", False), ("Какой-то он странный.", False),
    ("Какой у Вас вопрос?", True), ("Каким образом подать заявление", True), ("Как-нибудь можно ускорить?", True),
])
def test_indefinite_kak_is_no_question_word(sentence, question):
    assert tx.is_question(sentence, "ru") is question


# -- 3. the re-ask flag of the replay --------------------------------------------------------------------------

def _evaluate_module():
    path = Path(__file__).parent / "newuser" / "evaluate.py"
    spec = importlib.util.spec_from_file_location("newuser_evaluate_b37", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_staying_in_an_again_step_is_no_reask():
    flags = _evaluate_module().listening_flags([
        {"role": "client", "text": "Что делать?", "step": "push"},
        {"role": "agent", "text": "Вы спрашиваете, что делать?"},
        {"role": "client", "text": "Так что мне делать?", "step": "push_again"},
        {"role": "agent", "text": "Правильно ли я понимаю, что Вы спрашиваете, как быть?"},
        {"role": "client", "text": "Да, именно так.", "step": "push_again"},
    ])
    assert len(flags) == 1 and "Так что мне делать?" in flags[0]


def test_coming_back_to_a_step_left_before_is_a_reask():
    flags = _evaluate_module().listening_flags([
        {"role": "client", "text": "Сколько?", "step": "ask"},
        {"role": "agent", "text": "Минутку."},
        {"role": "client", "text": "Ну?", "step": "wait"},
        {"role": "agent", "text": "Да."},
        {"role": "client", "text": "Сколько?", "step": "ask"},
    ])
    assert len(flags) == 1 and "RE-ASK step ask" in flags[0]


# -- 4. webchat-code-ru: the reason before the way out --------------------------------------------------------

CHAT_HELLO = "Добрый день! Чат Департамента социального страхования, пишет Лариса."


def test_webchat_reason_told_first_is_not_asked_again(library):
    said, conv = said_in(library, "webchat-code-ru", [
        CHAT_HELLO + " В открытом чате я не могу установить, кто пишет, поэтому сумму здесь не называю."])
    assert "сколько будет? код я же написала" not in said
    assert "где мне тогда посмотреть" in said


def test_webchat_reason_without_a_way_out_is_asked_about_not_left(library):
    said, conv = said_in(library, "webchat-code-ru", [
        CHAT_HELLO, "Здесь открытый чат, кто пишет, установить нельзя, поэтому сумму я не назову."])
    assert conv.state["step"] == "where_then" and not conv.finished
    said, conv = said_in(library, "webchat-code-ru", [
        CHAT_HELLO, "Здесь открытый чат, кто пишет, установить нельзя, поэтому сумму я не назову.",
        "Сумму Вы увидите в среде самообслуживания, войти можно с ID-картой, Mobiil-ID или Smart-ID, а если не "
        "получится, позвоните на 16106."])
    assert conv.state["step"] == "wrap", said


def test_webchat_nothing_said_still_asks_for_the_amount(library):
    said, _ = said_in(library, "webchat-code-ru", [CHAT_HELLO])
    assert said == "ну так сколько будет? код я же написала"


# -- 5. a wish word as a goodbye -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "word", "lang", "wish"), [
    ("Jõudu Teile!", "Jõudu", "et", True),
    ("Palju jõudu ja ilusat päeva!", "jõudu", "et", True),
    ("Edu kolimisega!", "Edu", "et", True),
    ("Желаю удачи!", "удачи", "ru", True),
    ("Tulge siis, kui Teil on selleks jõudu.", "jõudu", "et", False),
    ("Taotluse tegemiseks ei pea jõudu kulutama.", "jõudu", "et", False),
    ("Без удачи тут не обойтись.", "удачи", "ru", False),
])
def test_said_as_wish(text, word, lang, wish):
    at = text.index(word)
    assert said_as_wish(text, at, at + len(word), lang) is wish


SURVIVORS = ["Tere! Sotsiaalkindlustusamet, Piret kuuleb.",
             "Mul on väga kahju Teie kaotusest. Kiiret ei ole, võtke aega. Kas Teil on alaealisi lapsi?",
             "Kiirustama ei pea. Teie tütar saab toitjakaotustoetust kuni 19-aastaseks saamiseni, õppides kauem."]


def test_a_noun_jõudu_does_not_end_the_call(library):
    _, conv = said_in(library, "survivors-pension-grief-et", [
        *SURVIVORS, "Taotluse saab esitada iseteeninduses või klienditeeninduses. Tulge klienditeenindusse siis, kui "
                    "Teil on selleks jõudu."])
    assert conv.state["step"] == "wrap" and not conv.finished


def test_a_noun_jõudu_after_the_last_line_is_information(library):
    said, conv = said_in(library, "survivors-pension-grief-et", [
        *SURVIVORS, "Taotluse saab esitada iseteeninduses või klienditeeninduses.",
        "Dokumendid võite tuua siis, kui Teil on selleks jõudu."])
    assert said == "Selge, aitäh." and not conv.finished


def test_a_wish_jõudu_ends_the_call(library):
    _, conv = said_in(library, "survivors-pension-grief-et", [
        *SURVIVORS, "Taotluse saab esitada iseteeninduses või klienditeeninduses. Aitäh, et helistasite. Jõudu Teile!"])
    assert conv.state["step"] == "wrap" and conv.finished


# -- 6. a forbidden act inside the client's own question given back ------------------------------------------

ABROAD_HELLO = "Tere! Sotsiaalkindlustusamet, Piret kuuleb."


def test_mirrored_question_does_not_take_the_account(library):
    _, conv = said_in(library, "moving-abroad-account-et", [
        ABROAD_HELLO, "Kas ma saan õigesti aru, et kolite Soome ja küsite, kas võite mulle uue kontonumbri öelda?"])
    assert conv.state["step"] != "took_by_phone"


def test_asking_for_the_number_takes_the_account(library):
    _, conv = said_in(library, "moving-abroad-account-et", [ABROAD_HELLO, "Selge. Öelge number, ma kirjutan üles."])
    assert conv.state["step"] == "took_by_phone"


# -- 7. moving-abroad-account-et: one half answered; the dash -------------------------------------------------

def test_account_answered_pension_question_asked(library):
    said, conv = said_in(library, "moving-abroad-account-et", [
        ABROAD_HELLO, "Kontonumbrit me telefoni teel vastu ei võta.",
        "Uue konto teatate meile kirjalikult, iseteeninduses või digiallkirjaga avaldusega."])
    assert conv.state["step"] == "paid_q" and "makstakse" in said
    assert "ei saanud" not in said


def test_prohibition_before_a_dash_leaves_the_next_clause_its_own_negation(library):
    said, conv = said_in(library, "moving-abroad-account-et", [
        ABROAD_HELLO, "Kas kolite alaliselt? Kontonumbrit ärge mulle öelge – telefoni teel me seda vastu ei võta."])
    assert "Kas ma siis ütlen Teile numbri" not in said


@pytest.mark.parametrize(("text", "phrase", "negated"), [
    ("Numbrit ärge öelge – telefoni teel me seda vastu ei võta.", "vastu ei võta", False),
    ("Palun ärge kirjutage siia – isikukoodi.", "isikukoodi", True),
    ("Ärge saatke – avaldust me e-postiga vastu ei võta.", "vastu ei võta", False),
])
def test_dash_and_prohibition(text, phrase, negated):
    match = tx.PhraseSet([phrase], "et").find(text)
    assert match is not None and match.negated is negated


@pytest.mark.parametrize(("text", "phrase", "lang", "negated"), [
    ("Kui Te ei teadnud, et muutusest peab teatama, siis nõue tühistatakse.", "nõue tühistatakse", "et", False),
    ("Ma ei saa lubada, et nõue tühistatakse.", "nõue tühistatakse", "et", True),
    ("Ma ei saa lubada, et kui vaide esitate, nõue tühistatakse.", "nõue tühistatakse", "et", True),
    ("Если Вы не знали, что об этом надо сообщать, долг спишут.", "долг спишут", "ru", False),
    ("Не могу обещать, что долг спишут.", "долг спишут", "ru", True),
])
def test_promise_after_a_closed_complement(text, phrase, lang, negated):
    match = tx.PhraseSet([phrase], lang).find(text)
    assert match is not None and match.negated is negated


# -- 8. scenario lines, the name, translit -------------------------------------------------------------------

def test_survivors_acknowledgement_names_no_channel_not_told(library):
    said, _ = said_in(library, "survivors-pension-grief-et", [
        SURVIVORS[0], SURVIVORS[1],
        "Kiiret ei ole. Tütar saab toitjakaotustoetust kuni 19-aastaseks saamiseni. Taotluse saab teha iseteeninduses.",
        "Kui soovite, räägin ka Teie enda võimalustest."])
    assert "klienditeeninduses aidatakse" not in said


def test_assistive_believed_rehab_promise_is_about_rehab(library):
    said, conv = said_in(library, "assistive-device-rehab-ru", [
        "Здравствуйте! Департамент социального страхования, Инна.",
        "Сочувствую. Ходунки нужны Вам самому? Справка от врача у Вас уже есть?",
        "Со справкой врача Вы идёте в фирму, у которой договор с Департаментом. Часть цены платите сами.",
        "Восстановительное лечение организует Департамент, подайте заявление нам."])
    assert conv.state["step"] == "wrong_promise"
    assert "пришлёте" not in said and "заявление" in said


def test_foreign_status_line_only_after_a_question(library):
    hello = "Здравствуйте! Департамент социального страхования, Инна."
    said, _ = said_in(library, "foreign-no-code-ru", [hello, "Понятно. Семейные пособия платят каждый месяц."])
    assert "временная защита, с весны" not in said
    said, _ = said_in(library, "foreign-no-code-ru", [hello, "Какой у Вас статус в Эстонии и с какого времени?"])
    assert "временная защита" in said


def test_third_party_notary_is_his_own_guess(library):
    said, _ = said_in(library, "third-party-son-ru", [
        "Здравствуйте! Департамент социального страхования, Инна.",
        "Понимаю Вас. Данные мамы по телефону я назвать не могу, но мама может оформить на Вас доверенность."])
    assert "наверное" in said and "нотариус" in said


@pytest.mark.parametrize(("reply", "named"), [
    ("Понимаю. Как я могу к Вам обращаться?", True),
    ("Как Вас называть?", True),
    ("Обращаться к нам можно письменно или по телефону.", False),
])
def test_name_asked_as_how_to_address(library, reply, named):
    said, conv = said_in(library, "third-party-son-ru", ["Здравствуйте! Департамент социального страхования, Инна.", reply])
    assert ("Меня зовут" in said) is named, said


def test_translit_transcript_offer_and_goodbye(library):
    said, conv = said_in(library, "webchat-code-ru", [
        CHAT_HELLO + " Сумму в открытом чате назвать не могу: нельзя установить, кто пишет.",
        "Сумму увидите в среде самообслуживания (ID-карта, Mobiil-ID, Smart-ID) или позвоните на 16106.",
        "horosho. hotite kopiju perepiski? vsego dobrogo"])
    assert "Копию пришлите" in said
