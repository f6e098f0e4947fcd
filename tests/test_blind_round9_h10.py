"""What blind round 9 (held out at its first replay) showed, in general form, on own et/ru sentences (issue #9).

- sending the client to call and give the code on the phone ("helistage 16106 ja öelge isikukood telefonis",
  «позвоните ... и назовите код по телефону») asks for nothing in the open chat; a request to type it here still does;
- the main answer a clarifying question must come before is no empathy that repeats the client's own number, no
  topic announcement («Давайте начнём со справки», "Alustame avaldusest") and no identification confirmed with a
  hold ("kõik klapib, üks hetk"); a real answer before a late question still is the answer;
- blame: «Вы неправильно поняли правила», «сообщить должны были Вы», "Te saite valesti aru", "Teie oleksite
  pidanud teatama"; «Вы правы», «если я неправильно поняла» and an instruction («Вам нужно сообщить») are no blame.
"""

import pytest
from scoring_support import OPENING, courtesy_of, verdicts

from trainer.scoring.identifier_requests import find_identifier_requests
from trainer.scoring.transcript import Turn


@pytest.mark.parametrize("lang,sentence,asks", [
    ("ru", "Если удобнее, позвоните на 16106 и продиктуйте личный код по телефону.", False),
    ("ru", "Или наберите 16106 и назовите свой код по телефону, там Вас идентифицируют.", False),
    ("et", "Võite ka helistada numbril 16106 ja öelda isikukoodi telefonis.", False),
    ("et", "Helistage infotelefonile 16106, seal öelge oma isikukood.", False),
    # must-nots: typed here, or typed first and the phone only after
    ("ru", "Напишите сюда личный код, а потом позвоните нам по телефону.", True),
    ("ru", "Назовите, пожалуйста, Ваш личный код.", True),
    ("et", "Kirjutage oma isikukood siia, siis helistan Teile telefonil tagasi.", True),
    ("et", "Palun öelge oma isikukood.", True),
    ("et", "Palun öelge oma isikukood, et saaksin Teile tagasi helistada.", True),
    ("ru", "Назовите личный код, чтобы я могла Вам перезвонить.", True),
])
def test_the_code_given_on_the_phone_is_not_asked_in_the_chat(lang, sentence, asks):
    assert bool(find_identifier_requests(sentence, lang)) is asks


RU_CHAT = [("agent", "Здравствуйте! Департамент социального страхования, меня зовут Ирина. Чем могу помочь?"),
           ("client", "когда мне придет пособие? могу дать код")]


def _chat_end(request):
    return RU_CHAT + [
        ("agent", "Пособия по семье выплачиваются 8-го числа. " + request),
        ("client", "ок"),
        ("agent", "Коротко: выплата 8-го числа, личные данные по телефону 16106. Всё понятно?"),
        ("client", "да"),
        ("agent", "Спасибо, всего доброго!")]


def test_open_chat_sent_to_the_phone_with_the_code_keeps_data_protection():
    r = verdicts("ru", _chat_end("Код здесь не пишите: чат открытый. Или позвоните на 16106 и назовите код по телефону."),
                 channel="chat", no_identifiers=True, identification_required=False)
    assert r["data_protection"] == "pass"


def test_open_chat_asking_the_code_still_fails_data_protection():
    r = verdicts("ru", _chat_end("Напишите, пожалуйста, свой личный код, я проверю."),
                 channel="chat", no_identifiers=True, identification_required=False)
    assert r["data_protection"] == "fail"


# -- the answer a clarifying question must come before ------------------------------------------------

RU_PHONE = [("agent", "Здравствуйте, Департамент социального страхования, меня зовут Ольга. Чем могу помочь?"),
            ("client", "Мне начислили пенсию 412 евро, а я 40 лет работал. Как так?")]


def _ru_after(preface):
    return RU_PHONE + [
        ("agent", preface + " Назовите, пожалуйста, Ваш личный код."),
        ("client", "38001020304"),
        ("agent", "Спасибо. Вижу решение: пенсия 412 евро, учтено 22 года стажа в Эстонии. "
                  "Скажите, остальные годы Вы работали в другой стране?"),
        ("client", "Да, в Латвии."),
        ("agent", "Тогда за годы в Латвии пенсию назначает Латвия, подать заявление можно через нас."),
        ("client", "Понятно, спасибо."),
        ("agent", "Спасибо за звонок, всего доброго!")]


@pytest.mark.parametrize("preface", [
    "Понимаю, обидно после 40 лет работы получить 412 евро.",
    "Давайте разберёмся с Вашей пенсией.",
    "Конечно. Давайте начнём с решения о пенсии.",
])
def test_a_preface_before_the_code_is_no_answer_ru(preface):
    assert verdicts("ru", _ru_after(preface), identification_required=True)["needs"] == "pass"


def test_a_real_answer_before_the_code_stays_the_answer_ru():
    # must-not: the pension rule said before identification answers; the later question clarifies nothing
    turns = _ru_after("Эстония платит пенсию только за стаж в Эстонии, за 40 лет в сумме её не считают.")
    assert verdicts("ru", turns, identification_required=True)["needs"] == "fail"


def test_empathy_with_a_new_number_still_informs_ru():
    turns = _ru_after("Понимаю, но с апреля пенсия выросла до 430 евро.")
    assert verdicts("ru", turns, identification_required=True)["needs"] == "fail"


ET_PHONE = [("agent", "tere sotsiaalkindlustusamet mari kuuleb kuidas saan aidata"),
            ("client", "tere ma saatsin lapsehoolduspuhkuse avalduse ja ei tea kas see jõudis kohale"),
            ("agent", "selge palun öelge oma isikukood"),
            ("client", "neli üheksa null üks null kaks null kolm null neli kaks"),
            ("agent", "ja palun ka sünnikoht"),
            ("client", "tartu")]


def _et_after(hold):
    return ET_PHONE + [
        ("agent", hold),
        ("client", "jah"),
        ("agent", "nii avaldus on meile laekunud kümnendal märtsil ja on menetluses kas te küsite rohkem otsuse "
                  "aja või summa pärast"),
        ("client", "aja pärast"),
        ("agent", "otsus tehakse kümne tööpäeva jooksul ja teade tuleb iseteenindusse"),
        ("client", "selge aitäh"),
        ("agent", "aitäh helistamast head päeva")]


def test_identity_confirmed_with_a_hold_is_no_answer_et():
    turns = _et_after("aitäh proua tamm andmed klapivad üks hetk ma vaatan teie avaldust")
    assert verdicts("et", turns, identification_required=True)["needs"] == "pass"


def test_a_real_answer_with_the_hold_stays_the_answer_et():
    turns = _et_after("aitäh avaldus on kohale jõudnud ja otsus tehakse kümne tööpäeva jooksul üks hetk veel")
    assert verdicts("et", turns, identification_required=True)["needs"] == "fail"


# -- blame: the client's understanding, or a past duty put on the client ---------------------------------


def _courtesy(language, client, agent):
    turns = [Turn(role="agent", text=OPENING[language]), Turn(role="client", text=client),
             Turn(role="agent", text=agent)]
    return courtesy_of(turns, language, "chat")["result"]


@pytest.mark.parametrize("language,client,agent,verdict", [
    ("ru", "почему у меня переплата по пособию?",
     "Вы, похоже, неверно поняли условия: пособие платят только до 19 лет.", "fail"),
    ("ru", "почему у меня переплата по пособию?",
     "О переезде сообщить должны были Вы, отсюда и переплата.", "fail"),
    ("ru", "почему у меня переплата по пособию?",
     "Вы должны были уведомить нас о переезде, поэтому возникла переплата.", "fail"),
    ("et", "miks mul on ettemaks tekkinud",
     "Te saite tingimustest valesti aru, toetust makstakse ainult 19. eluaastani.", "fail"),
    ("et", "miks mul on ettemaks tekkinud",
     "Te olete reeglitest valesti aru saanud, sellepärast tekkiski võlg.", "fail"),
    # must-nots
    ("ru", "я же сообщала о переезде в марте!",
     "Вы правы, сообщение о переезде пришло в марте. Переплату пересчитаем.", "pass"),
    ("ru", "почему у меня переплата по пособию?",
     "Возможно, я неправильно поняла Вас: речь о пособии на ребёнка? Оно выплачивается до 19 лет.", "pass"),
    ("ru", "почему у меня переплата по пособию?",
     "Если Вы, возможно, неверно поняли письмо, я объясню: пособие выплачивается до 19 лет.", "pass"),
    ("ru", "я не получила письмо о решении",
     "Вы должны были получить письмо в марте, проверю адрес: письмо ушло на старый адрес.", "pass"),
    ("ru", "почему у меня переплата по пособию?",
     "В таких случаях нужно сообщить о переезде в течение 10 дней, тогда переплаты не будет.", "pass"),
    ("et", "miks mul on ettemaks tekkinud",
     "Vabandust, ma sain Teist valesti aru: kas küsite lapsetoetuse kohta? Seda makstakse 19. eluaastani.", "pass"),
])
def test_blame_for_the_clients_understanding_or_duty(language, client, agent, verdict):
    assert _courtesy(language, client, agent) == verdict
