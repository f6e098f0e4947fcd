"""New-user batch 46, client fixes (branch b46client; tests/newuser/live46). Own sentences, not the runs'.

1. Quizzing without options: a question that asks the caller's guess on the matter („Kas olete kuulnud mõistest ...?",
   «А Вы слышали о ...?», «Как Вы сами думаете, ...?») makes a quiz (quiz.py); in a quiz reply a prompt to think or
   to recall («Вспомните, что я говорила про ...», „Mõelge, kuidas ...“) says nothing either. A reference label
   «Справочно:» heads a note to no one (unspoken.labelled_note). Neither ends on the grateful wrap.
2. «Как пострадавшая Вы можете ...» with a full stop is "as a victim", not a question (spelling.as_heard).
3. A warning in a lowercase reply with other content („sõimata ei tohi - kui see jätkub, pean kõne lõpetama“,
   «если оскорбления продолжатся, мне придётся прервать разговор») is heard (trainer/text/ending_warning.py, the scenario's `warned` phrase "@ending_warning").
4. A declined promise («обещать, что долг спишут, я не могу») and "not all at once" («сразу всю сумму платить не
   нужно») are no promise of cancellation (the scorer's negation scope, read by the client's signals).
5. Scenario client steps: a recap says only what was told; typed «65 л. и 1 мес.» is heard as 65 years and a month.
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import play_to_end

from trainer.simulation.dialogue import Conversation
from trainer.simulation.library import load_library
from trainer.simulation.quiz import is_quiz
from trainer.simulation.spelling import as_heard
from trainer.text.ending_warning import warns_of_ending

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def library():
    return load_library()


def _play(library, scenario: str, replies: list[str]) -> Conversation:
    return play_to_end(library, scenario, replies, TODAY)


# -- 1. quizzing without options ---------------------------------------------------------------------------------------

def _matter(sentence: str) -> bool:
    low = sentence.lower()
    return any(w in low for w in ("vaie", "vaide", "toetus", "возражени", "доплат", "страна"))


@pytest.mark.parametrize("text,lang", [
    ("Kas olete kuulnud mõistest „vaide tähtaeg“? Mõelge, mida see Teie jaoks tähendab.", "et"),
    ("Kuidas Te ise arvate, kas toetus tuleb automaatselt?", "et"),
    ("А Вы слышали о таком понятии, как «возражение»? Подумайте, как это касается Вашего случая.", "ru"),
    ("Как Вы сами думаете: какая страна должна доплатить?", "ru"),
])
def test_guess_questions_make_a_quiz(text, lang):
    assert is_quiz(text, lang, False, _matter)


@pytest.mark.parametrize("text,lang", [
    ("Kuidas Te arvate, kas Teile sobib rohkem e-kiri või kõne?", "et"),         # the caller's own wish
    ("Как Вы думаете, Вам удобнее прийти в бюро или написать?", "ru"),
    ("Vaide saab esitada 30 päeva jooksul. Kas Teil on otsus käepärast?", "et"),  # an answer and a question of the case
    ("Другая страна может доплатить разницу. Вы слышали, что у нас новый сайт?", "ru"),  # no matter in the question
])
def test_no_quiz(text, lang):
    assert not is_quiz(text, lang, False, _matter)


QUIZ_RU = [
    "Здравствуйте, Департамент социального страхования, Мария. Интересный вопрос! А как Вы сами думаете, можно ли "
    "получать оба пособия полностью?",
    "Давайте подумаем вместе. Какая страна, по-Вашему, платит в первую очередь? И как Вы думаете, что будет, если "
    "пособие в Финляндии выше?",
    "А Вы когда-нибудь слышали, что такое «первичная страна» и «доплата разницы»? Подумайте, как это может касаться "
    "Вас. И где Вы бы стали узнавать сумму – в чате или в среде самообслуживания?",
    "Как Вы сами считаете, пропадают деньги или нет? Вспомните, что я писала про доплату разницы. Итог: основная "
    "страна, доплата разницы, самообслуживание. Всё ли понятно? Всего доброго!",
]


def test_quizzed_client_does_not_part_grateful(library):
    conv = _play(library, "family-finland-ru", QUIZ_RU)
    assert conv.state["step"] != "wrap"
    assert "доплатить" not in conv.turns[-1]["text"]


NOTE_RU = [
    "Здравствуйте! Департамент социального страхования, Мария. Справочно: лицо, живущее за рубежом, раз в год подаёт "
    "справку о том, что оно живо, с подтверждением местного учреждения.",
    "Справочно: подтверждение может сделать любое учреждение, которое удостоверяет личность; справку можно "
    "подать также на видеовстрече в среде самообслуживания.",
    "Справочно: без справки выплата пенсии приостанавливается, после её получения пенсия выплачивается за всё "
    "время. Вход в самообслуживание – с ID-картой, Mobiil-ID или Smart-ID.",
    "Справочно: список стран, где справка не нужна, дан выше. Всего доброго.",
]


def test_reference_notes_do_not_end_grateful(library):
    conv = _play(library, "pension-abroad-proof-ru", NOTE_RU)
    assert conv.state["step"] != "wrap"


# -- 2. «как» + a role noun is "as a ..." -------------------------------------------------------------------------------

@pytest.mark.parametrize("said,heard", [
    ("Как пострадавшая Вы можете подать заявление на компенсацию.", "Вы как пострадавшая можете подать заявление на компенсацию."),
    ("как жертва преступления вы имеете право на возмещение", "вы как жертва преступления имеете право на возмещение"),
    ("Как пенсионер Вам положена доплата.", "Вам как пенсионер положена доплата."),
])
def test_as_a_role_is_heard_as_statement(said, heard):
    assert as_heard(said, "ru") == heard


@pytest.mark.parametrize("said", ["Как пострадавшая Вы можете подать заявление?", "Как долго Вы ждали.",
                                  "Как Вы себя чувствуете."])
def test_how_questions_left(said):
    assert as_heard(said, "ru") == said


def test_compensation_as_victim_answers_bills(library):
    conv = _play(library, "victim-support-ru", [
        "Здравствуйте, Департамент социального страхования, Мария.",
        "Мне очень жаль, что так случилось. Подробности рассказывать не нужно. Вы сейчас в безопасности?",
        "Хорошо. Помощь жертвам – услуга нашего Департамента: позвоните на кризисный телефон помощи жертвам 116 006, "
        "там Вас свяжут с работником службы помощи жертвам.",
        "Как пострадавшая от насилия Вы можете подать заявление на компенсацию расходов на лечение и психолога.",
    ])
    assert any(t.get("step") == "bills" for t in conv.turns)
    assert not any(t.get("step") == "bills_again" for t in conv.turns)


# -- 3. a warning heard --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("saan aru et olete pahane aga ropendada ei tohi - kui see jatkub siis pean kone lopetama", "et"),
    ("Kui Te solvamist jätkate, olen sunnitud vestluse katkestama.", "et"),
    ("Palun ilma sõimuta, muidu pean kõne lõpetama. Öelge oma isikukood.", "et"),
    ("понимаю вас но оскорблять нельзя - если это продолжится мне придется прервать разговор", "ru"),
    ("Если Вы продолжите ругаться, я буду вынуждена завершить звонок. Назовите личный код.", "ru"),
])
def test_warning_heard(text, lang):
    assert warns_of_ending(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Kui taotlus on esitatud, pean selle üle vaatama.", "et"),
    ("Lõpetan nüüd kõne, head aega.", "et"),
    ("Kui Te isikukoodi ei ütle, ei saa ma andmeid vaadata.", "et"),
    ("Если связь прервётся, перезвоните нам.", "ru"),
    ("Я завершаю разговор, всего доброго.", "ru"),
])
def test_no_warning(text, lang):
    assert not warns_of_ending(text, lang)


def test_warned_client_is_not_unwarned(library):
    conv = _play(library, "abusive-caller-et", [
        "Sotsiaalkindlustusamet, Mari kuuleb, tere",
        "saan aru et ootasite kaua ja tahan aidata. aga ropendada ei tohi - kui see jatkub, pean kone lopetama. "
        "öelge palun isikukood",
    ])
    assert conv.state["step"] == "threat"


def test_warned_client_is_not_unwarned_ru(library):
    conv = _play(library, "abusive-caller-ru", [
        "Департамент социального страхования, Мария, здравствуйте",
        "понимаю что вы долго ждали и хочу помочь но оскорблять нельзя - если это продолжится мне придется прервать "
        "разговор. назовите пожалуйста личный код",
    ])
    assert conv.state["step"] not in ("more_abuse", "ended_unwarned")


# -- 4. no promise of cancellation ----------------------------------------------------------------------------------------

OVERPAY_START = [
    "Здравствуйте, Департамент социального страхования, Мария. Чем могу помочь?",
    "Понимаю, такое письмо расстраивает. Давайте посмотрим решение: назовите, пожалуйста, личный код.",
]


@pytest.mark.parametrize("reply", [
    "Понимаю. Сразу всю сумму платить не нужно: можно попросить рассрочку, то есть возврат частями.",
    "Возражение можно подать в течение 30 дней, но обещать, что долг спишут, я не могу.",
    "Заранее сказать, что Вам не придётся платить, я не могу; можно вернуть частями.",
    "не в упрёк. всю сумму сразу платить не нужно -> рассрочка через самообслуживание. ок?",
])
def test_no_false_hope(library, reply):
    conv = _play(library, "overpayment-recovery-ru", [*OVERPAY_START, reply])
    assert conv.state["step"] != "false_hope"
    assert "ничего не должна платить" not in conv.turns[-1]["text"]
    assert not conv.state["ever"].get("cancel_promise")


def test_cancel_promise_still_believed(library):
    conv = _play(library, "overpayment-recovery-ru", [*OVERPAY_START, "Обещать ничего не могу, но можете не платить."])
    assert conv.state["ever"].get("cancel_promise")


# -- 5. the client repeats what it was told --------------------------------------------------------------------------------

MOVE_RU = [
    "Здравствуйте, Департамент социального страхования, Мария. Чем могу помочь?",
    "Номер счёта по телефону не диктуйте, пожалуйста. Вы переезжаете насовсем и получаете пенсию по старости?",
    "Да, пенсию в Германию платят. Переезд и новый счёт сообщите письменно через среду самообслуживания.",
]


def test_recap_without_the_yearly_rule_when_told_none_needed(library):
    conv = _play(library, "moving-abroad-account-ru", [
        *MOVE_RU, "Нет, больше ничего присылать не нужно: в Германии для Вас она не нужна."])
    assert "раз в год" not in conv.turns[-1]["text"]


def test_recap_without_yearly_when_yearly_untold(library):
    conv = _play(library, "moving-abroad-account-ru", [
        *MOVE_RU, "Потом нужно будет прислать справку о нахождении в живых."])
    assert "раз в год" not in conv.turns[-1]["text"]


def test_typed_age_with_month_heard(library):
    assert as_heard("возраст 65 л. и 1 мес, не 65", "ru") == "возраст 65 лет и 1 месяца, не 65"  # the scorer's expansion


def test_living_alone_asks_again_what_to_do(library):
    conv = _play(library, "living-alone-chat-et", [
        "Tere, Sotsiaalkindlustusamet, Mari. Mõistan Teie pettumust. Palun ärge kirjutage siia isikukoodi. Kas Teie "
        "aadressil on rahvastikuregistris kirjas veel keegi?",
        "Toetus tuleb automaatselt, kui olete rahvastikuregistri järgi üksi elav pensionär. Kui poeg on samal aadressil "
        "kirjas, ei loeta Teid üksi elavaks. Kas see on selge?",
    ])
    assert conv.state["step"] != "wrap_unsure"


def test_social_welfare_unsure_end_keeps_the_town(library):
    conv = _play(library, "social-welfare-redirect-chat-et", [
        "Tere! Sotsiaalkindlustusamet, Mari. Klienti nõustatakse üldiselt.",
        "Sellise abi küsimusega suunatakse klient kohalikku omavalitsusse, valla- või linnavalitsuse sotsiaaltöötaja juurde.",
        "Amet tuvastab puuet. Tulemust ei lubata.",
    ])
    said = [t["text"] for t in conv.turns if t["role"] == "client"]
    if any("linnaga ühendust" in s for s in said[:-1]):
        assert "kuhu pöörduda" not in said[-1]
