"""The client as new users met it in blind batch 9 (tests/newuser/live9/README-p.md, README-q.md, "Client
oddities"; what was fixed and what was left: tests/newuser/live9/README-client.md).

Own sentences (not the runs' words), must and must-not.
"""

from datetime import date
from pathlib import Path

from client_support import play_client

from trainer.simulation.library import Library

ROOT = Path(__file__).parent.parent
LIB = Library.load(ROOT)
DAY = date(2026, 12, 7)


def play(sid, replies, seed=1):
    return play_client(LIB, LIB.get(sid), replies, DAY, seed)


COMPLAINT = "complaint-registration-et"
COMPLAINT_CODE = ["Tere! Sotsiaalkindlustusamet, Kati kuuleb. Kuidas saan Teid aidata?",
                  "Mul on kahju, et nii juhtus. Kas sain õigesti aru, et soovite kaebust esitada?",
                  "Registreerin kaebuse ise. Palun öelge oma isikukood."]


def test_et_complaint_answer_said_with_the_name_check_is_not_asked_again():
    # the reply that confirms the name also says who answers and when: no „Kas ma saan ... vastuse?“
    said, conv = play(COMPLAINT, [*COMPLAINT_CODE,
                                  "Tänan. Kas räägin Maret Saarega? Kaebuse vaatab üle büroo juhataja ja vastuse "
                                  "saate kirjalikult hiljemalt 30 päeva jooksul."])
    assert said.startswith("Jah, see olen mina."), said
    assert "see on õige" not in said, said  # the name is confirmed once
    assert "mingi vastuse" not in said and "kes mulle vastab" not in said, said
    assert "paberid" in said, said  # goes on to her next concern at once
    # the next reply about the vaie is heard as an answer to that concern
    said, conv = play(COMPLAINT, [*COMPLAINT_CODE,
                                  "Tänan. Kas räägin Maret Saarega? Kaebuse vaatab üle büroo juhataja ja vastuse "
                                  "saate kirjalikult hiljemalt 30 päeva jooksul.",
                                  "Paberid võite saata iseteeninduses. Kui Te otsusega ei nõustu, saate esitada "
                                  "vaide 30 päeva jooksul."])
    assert conv.state["step"] == "wrap", (conv.state["step"], said)


def test_et_complaint_answer_not_said_is_still_asked():
    # must not: a name check with nothing about the answer still leads to her question
    said, _ = play(COMPLAINT, [*COMPLAINT_CODE, "Tänan. Kas räägin Maret Saarega? Kaebus on kirjas."])
    assert "Maret Saar" in said and "mingi vastuse" in said, said
    assert "paberid" not in said, said


INDEX = "indexation-day-ru"
INDEX_HELLO = ["Здравствуйте! Департамент социального страхования, Ольга. Чем могу помочь?"]


def test_ru_indexation_date_said_is_followed_up_not_reasked():
    # «с апрельской пенсией пятого» is an answer: she asks about the weekend, not «Я не поняла»
    said, _ = play(INDEX, [*INDEX_HELLO, "Понимаю Вас. Повышение будет с апрельской пенсией, её платят пятого числа."])
    assert "не поняла" not in said, said
    assert "выходн" in said, said
    # must not: nothing about the date -> the old re-ask stays
    said, _ = play(INDEX, [*INDEX_HELLO, "Понимаю Вас, это неприятно."])
    assert "Так когда же эти деньги придут?" in said, said


INDEX_CODE = [*INDEX_HELLO, "Понимаю Вас. Правильно ли я понимаю, что Вы хотите знать, на сколько вырастет Ваша "
                            "пенсия и придёт ли прибавка с апрельской пенсией?",
              "Для этого назовите, пожалуйста, Ваш личный код."]


def test_ru_indexation_with_april_pension_said_is_not_asked_back():
    amount = ("Спасибо, Валентина. С апреля Ваша пенсия вырастет на 35,10 евро; 5,3 % – это рост средней пенсии. "
              "Так как пятое – воскресенье, деньги придут в течение двух следующих рабочих дней.")
    said, _ = play(INDEX, [*INDEX_CODE, amount])
    assert "вместе с апрельской пенсией?" not in said, said
    assert "Тридцать пять" in said, said
    # must not: never told it comes with the April pension -> she may still ask
    said, _ = play(INDEX, [*INDEX_HELLO, "Понимаю Вас. Правильно ли я понимаю, что Вы хотите знать, на сколько "
                                         "вырастет Ваша пенсия?", "Назовите, пожалуйста, Ваш личный код.", amount])
    assert "вместе с апрельской пенсией?" in said, said


WEBCHAT = "webchat-code-ru"
WEBCHAT_SELF = ["Здравствуйте! Ирина, Департамент социального страхования. Сумму пенсии в чате я назвать не могу – "
                "её видно в среде самообслуживания."]


def test_ru_webchat_phone_given_is_not_asked_for_again():
    said, _ = play(WEBCHAT, [*WEBCHAT_SELF, "Чат открытый, я не могу проверить, кто пишет. Если войти не выйдет, "
                                            "позвоните на 16106."])
    assert "куда тогда" not in said, said
    assert "смарт" in said.lower(), said  # the other half of her question is still asked
    # must not: no phone given -> she still asks where to turn
    said, _ = play(WEBCHAT, [*WEBCHAT_SELF, "Чат открытый, я не могу проверить, кто пишет."])
    assert "куда тогда" in said, said


ABROAD = "moving-abroad-account-ru"
ABROAD_ACCOUNT = ["Здравствуйте! Департамент социального страхования, Ольга.",
                  "Номер счёта по телефону мы не принимаем: так часто действуют мошенники. Сообщите его письменно "
                  "через самообслуживание."]


def test_ru_abroad_payment_said_in_other_words_is_heard():
    said, conv = play(ABROAD, [*ABROAD_ACCOUNT, "Да, Германия – страна ЕС, так что пенсия будет приходить и туда."])
    assert conv.state["step"] == "proof_q", (conv.state["step"], said)
    assert "не ответили" not in said and "не совсем поняла" not in said, said
    # must not: a reply about something else is no answer to "is it paid to Germany?"
    said, conv = play(ABROAD, [*ABROAD_ACCOUNT, "Дочь может Вам помочь со входом."])
    assert conv.state["step"] != "proof_q", (conv.state["step"], said)


def test_ru_abroad_wrap_echoes_only_what_was_said():
    # "no certificate needed" (wrong) and the move never mentioned: her summary says neither the move nor the certificate
    said, _ = play(ABROAD, [*ABROAD_ACCOUNT, "Да, Германия – страна ЕС, так что пенсия будет приходить и туда.",
                            "Нет, больше ничего присылать не нужно, справка не нужна."])
    assert "раз в год справка" not in said and "переезд" not in said, said
    # she parts on what she believed (since believed.parting_line: the reaction to the wrong answer, not the end
    # step's own summary): the certificate echoed or "nothing more to do", never what was not said
    assert "справка не нужна" in said or "ничего делать не надо" in said, said
