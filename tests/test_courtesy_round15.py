"""Courtesy and formal address, blind round 15: "you should have read it (carefully) at once" («его стоило
внимательно прочитать сразу», "oleksite pidanud otsuse kohe hoolikalt läbi lugema"), "it was in all the papers"
(«писали во всех газетах», "sellest kirjutasid kõik ajalehed"), hurrying the client ("давайте по существу, у меня
очередь", "tulge asja juurde, mul on järjekord"), the client's last question answered only by "it is on the
website" before the goodbye, and a question of what to do answered with ✔ items fail courtesy; "vaata see on nii"
(an attention imperative in speech) fails formal address. Must-nots: advice to read, the agent's own "I should
have", a pointer given with the answer, an apology for the queue, "ma ei vaata", a firm polite limit."""

import pytest
from scoring_support import OPENING, courtesy_of

from trainer.scoring.transcript import Turn
from trainer.text.address import find_informal_address

THANKS = {"ru": "Хорошо, спасибо.", "et": "Hea küll, aitäh."}
BYE = {"ru": "Пожалуйста, всего доброго!", "et": "Palun, head päeva!"}
QUESTION = {"ru": "Мне пришло решение о пособии, а денег нет. Почему так?",
            "et": "Mulle tuli otsus toetuse kohta, aga raha pole. Miks nii?"}


def _reply_to(lang, reply, question=None, channel="chat"):
    turns = [Turn(role="agent", text=OPENING[lang]), Turn(role="client", text=question or QUESTION[lang]),
             Turn(role="agent", text=reply), Turn(role="client", text=THANKS[lang]),
             Turn(role="agent", text=BYE[lang])]
    return courtesy_of(turns, lang, channel)["result"]


@pytest.mark.parametrize("lang, reply", [
    ("ru", "Выплата через неделю. Срок был указан в решении, его стоило внимательно прочитать сразу."),
    ("ru", "Выплата через неделю. Вам следовало сразу прочитать письмо до конца."),
    ("ru", "Выплата через неделю. Надо было внимательнее читать решение."),
    ("et", "Raha tuleb järgmisel nädalal. Oleksite pidanud otsuse kohe hoolikalt läbi lugema."),
    ("et", "Raha tuleb järgmisel nädalal. Otsust tasunuks kohe hoolikalt lugeda."),
    ("ru", "Выплата через неделю. Вообще-то об этом условии писали во всех газетах."),
    ("et", "Raha tuleb järgmisel nädalal. Sellest kirjutasid ju kõik ajalehed."),
    ("ru", "Давайте по существу, у меня очередь на линии. Выплата через неделю."),
    ("et", "Tulge asja juurde, mul on järjekord ootel. Raha tuleb järgmisel nädalal."),
])
def test_talking_down_and_hurrying_fail(lang, reply):
    assert _reply_to(lang, reply) == "fail"


@pytest.mark.parametrize("lang, reply", [
    # advice to read, in the present
    ("ru", "Выплата через неделю. Решение стоит внимательно прочитать: там указаны сроки."),
    ("et", "Raha tuleb järgmisel nädalal. Soovitan otsuse hoolikalt läbi lugeda, seal on tähtajad."),
    # the agent's own fault
    ("ru", "Выплата через неделю. Мне следовало сразу внимательно прочитать Ваше письмо, извините."),
    ("et", "Raha tuleb järgmisel nädalal. Ma oleksin pidanud Teie kirja kohe hoolikalt läbi lugema, vabandust."),
    # news named without "all", an apology for the queue
    ("ru", "Выплата через неделю. Об изменении сообщали в новостях, письмо тоже придёт."),
    ("ru", "Извините за ожидание, сейчас на линии большая очередь. Выплата через неделю."),
    ("et", "Vabandust ootamise pärast, täna on pikk järjekord. Raha tuleb järgmisel nädalal."),
    # "you had to wait" is no "you should have"
    ("et", "Vabandan, et pidite nii kaua ootama, saan aru, et see on Teile häiriv. Raha tuleb järgmisel nädalal."),
    ("ru", "Извините, что Вам пришлось долго ждать, я понимаю, как это неприятно. Выплата через неделю."),
    # a firm polite limit
    ("ru", "К сожалению, по телефону я не могу назвать сумму без идентификации. Выплата через неделю."),
])
def test_advice_own_fault_and_apologies_are_courteous(lang, reply):
    assert _reply_to(lang, reply) == "pass"


LAST_Q = {"ru": "Понятно. А вот у меня нет ID-карты, как мне тогда зайти в самообслуживание?",
          "et": "Selge. Aga mul ei ole ID-kaarti, kuidas ma siis iseteenindusse saan?"}
ANSWER = {"ru": "Выплата через неделю, решение уже принято.",
          "et": "Raha tuleb järgmisel nädalal, otsus on tehtud."}


def _last_question(lang, last_reply, channel="chat"):
    turns = [Turn(role="agent", text=OPENING[lang]), Turn(role="client", text=QUESTION[lang]),
             Turn(role="agent", text=ANSWER[lang]), Turn(role="client", text=LAST_Q[lang]),
             Turn(role="agent", text=last_reply)]
    return courtesy_of(turns, lang, channel)["result"]


@pytest.mark.parametrize("lang, reply, channel", [
    ("et", "Selle kohta on info meie kodulehel. Vestlus on nüüd lõpetatud. Head päeva!", "chat"),
    ("ru", "это всё есть на сайте там написано до свидания", "phone"),
    ("ru", "Информация об этом есть на сайте. Разговор завершён. Всего доброго!", "chat"),
])
def test_last_question_sent_to_the_website_with_a_goodbye_fails(lang, reply, channel):
    assert _last_question(lang, reply, channel) == "fail"


@pytest.mark.parametrize("lang, reply", [
    ("et", "Saate sisse Mobiil-ID-ga või tulla klienditeenindusse. Täpsemalt on kodulehel. Head päeva!"),
    ("ru", "Можно войти через Mobiil-ID или прийти в бюро обслуживания. Подробнее на сайте. Всего доброго!"),
])
def test_a_pointer_with_the_answer_before_the_goodbye_is_courteous(lang, reply):
    assert _last_question(lang, reply) == "pass"


WHAT_TO_DO = {"et": "Ma ei saanud aru. Mida ma peaksin tegema ja kuhu pöörduma?",
              "ru": "Я не поняла. Что мне делать и куда обращаться?"}


@pytest.mark.parametrize("lang, reply", [
    ("et", "✔ Vajadus täpsustatud ✔ Vastus: andmed on registris ✔ Kokkuvõte ✔ Aitäh"),
    ("ru", "✔ Потребность уточнена ✔ Ответ: данные в регистре ✔ Итог ✔ Спасибо"),
])
def test_checkmark_items_to_what_to_do_fail(lang, reply):
    first = {"et": "✔ Empaatia: mõistame. ✔ Selgitus: otsus on tehtud. ✔ Kokkuvõte tehtud.",
             "ru": "✔ Эмпатия: понимаем. ✔ Объяснение: решение принято. ✔ Итог подведён."}
    turns = [Turn(role="agent", text=OPENING[lang]), Turn(role="client", text=QUESTION[lang]),
             Turn(role="agent", text=first[lang]), Turn(role="client", text=WHAT_TO_DO[lang]),
             Turn(role="agent", text=reply), Turn(role="client", text=THANKS[lang]),
             Turn(role="agent", text=BYE[lang])]
    assert courtesy_of(turns, lang)["result"] == "fail"


@pytest.mark.parametrize("lang, reply", [
    ("et", "✔ avaldus ✔ arstitõend ✔ volikiri, kõik saab esitada iseteeninduses."),
    ("ru", "✔ заявление ✔ справка врача ✔ доверенность, всё можно подать в самообслуживании."),
])
def test_checkmark_items_of_the_matter_answer(lang, reply):
    turns = [Turn(role="agent", text=OPENING[lang]), Turn(role="client", text=QUESTION[lang]),
             Turn(role="agent", text=reply), Turn(role="client", text=WHAT_TO_DO[lang]),
             Turn(role="agent", text=reply), Turn(role="client", text=THANKS[lang]),
             Turn(role="agent", text=BYE[lang])]
    assert courtesy_of(turns, lang)["result"] == "pass"


@pytest.mark.parametrize("text", [
    "aitäh hetk ma vaatan nii vaata see on nii et pension maksti välja kaheksandal",
    "jah ma kontrollisin kuule asi on selles et avaldus on pooleli",
])
def test_attention_imperative_in_speech_is_informal(text):
    assert find_informal_address(text, "et")


@pytest.mark.parametrize("text", [
    "ma ei vaata see on teie otsus",
    "hetk ma vaatan see on nii et pension maksti välja",
    "Vaatame koos, see on nii, et pension maksti välja.",
])
def test_vaata_in_other_senses_is_formal(text):
    assert not find_informal_address(text, "et")
