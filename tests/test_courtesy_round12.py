"""Courtesy, blind round 12: "I already wrote that" as a reproach, the client's overlooking put on them,
complaints that the replies miss left unheeded to the end, and cue chains whose numbers answer nothing.
Must-nots: "as I already said" leading into a restated answer, an honest agent who answers after the
client's complaint, a recap asked for, one pointer to self-service that answers."""

import pytest
from scoring_support import OPENING, courtesy_of

from trainer.scoring.transcript import Turn

ASK = {"ru": "Мне пришло решение о переплате, почему так вышло?",
       "et": "Sain otsuse enammakse kohta, miks see nii läks?"}
THANKS = {"ru": "Спасибо, понятно.", "et": "Aitäh, selge."}
BYE = {"ru": "Пожалуйста, всего доброго!", "et": "Palun, head päeva!"}


def _one_reply(lang, reply):
    turns = [Turn(role="agent", text=OPENING[lang]), Turn(role="client", text=ASK[lang]),
             Turn(role="agent", text=reply), Turn(role="client", text=THANKS[lang]),
             Turn(role="agent", text=BYE[lang])]
    return courtesy_of(turns, lang)["result"]


@pytest.mark.parametrize("lang, reply", [
    ("ru", "Я уже ответила, что переплата возникла из-за смены места учёбы."),
    ("ru", "Я вам уже ответил на этот вопрос. Переплата возникла из-за работы."),
    ("et", "Ma juba selgitasin, et enammakse tekkis õpingute lõppemise tõttu."),
    ("et", "Kirjutasin Teile juba, et toetus lõppes kooli lõpetamisega."),
    # the client's overlooking put on them, however politely
    ("et", "Teade oli ka kirjas, eks see jäi Teil lihtsalt tähelepanuta."),
    ("et", "Kiri saadeti, Teil läks see kahjuks lihtsalt tähelepanuta."),
    ("ru", "Письмо было отправлено, просто Вы упустили это из виду."),
    ("ru", "Уведомление было, оно у вас, видимо, прошло мимо внимания."),
])
def test_reproach_and_overlooking_put_on_the_client_are_rude(lang, reply):
    assert _one_reply(lang, reply) == "fail"


@pytest.mark.parametrize("lang, reply", [
    ("ru", "Я уже проверила Ваши данные: переплата возникла из-за смены места учёбы."),
    ("ru", "Я уже отправила Вам письмо с расчётом, посмотрите, пожалуйста, почту."),
    ("et", "Ma juba vaatasin Teie andmed üle: enammakse tekkis õpingute lõppemise tõttu."),
    ("et", "Kui see teade jäi Teil tähelepanuta, pole hullu: enammakse saab tasuda osadena."),
    ("et", "Teade võis kergesti tähelepanuta jääda, see pole Teie süü. Enammakse saab tasuda osadena."),
    ("ru", "Я понимаю, такое письмо легко упустить из виду. Переплату можно вернуть частями."),
])
def test_restating_and_excusing_stay_polite(lang, reply):
    assert _one_reply(lang, reply) == "pass"


# a client who says again and again that the replies miss the question, and gets no new answer
UNHEEDED = {
    "et": (["Minu lapse toetus jäi tulemata, miks?", "Seda ma juba tean, aga miks meile ei maksta?",
            "Mida ma siis tegema pean?", "Ei. Helistan parem ise."],
           ["Lapsetoetust makstakse iga kuu kümnendal kuupäeval.",
            "Toetus makstakse kehtivate tingimuste alusel. Täpsem info on kodulehel.",
            "Toetus makstakse kehtivate tingimuste alusel. Kas see vastas Teie küsimusele?",
            "Aitäh pöördumast, kõike head!"],
           ["Lapsetoetust makstakse iga kuu kümnendal kuupäeval.",
            "Teie taotlusel puudub teise vanema nõusolek, sellepärast makse peatus.",
            "Lisage nõusolek iseteeninduses, siis makstakse toetus ka tagantjärele välja. Kas see vastas?",
            "Kui nõusolek on lisatud, tuleb raha järgmise kuu kümnendal kuupäeval."]),
    "ru": (["Мне не пришла пенсия, почему?", "Это я и так знаю, но почему не пришла?",
            "И что мне теперь делать?", "Нет. Спрошу лучше в банке."],
           ["Пенсия выплачивается пятого числа каждого месяца.",
            "Пенсия выплачивается по установленным правилам. Подробнее на сайте.",
            "Пенсия выплачивается по установленным правилам. Ответила ли я на Ваш вопрос?",
            "Спасибо за обращение! Всего доброго!"],
           ["Пенсия выплачивается пятого числа каждого месяца.",
            "У Вас не продлена справка о нахождении в живых, поэтому выплата приостановлена.",
            "Отправьте справку через самообслуживание, и пенсию выплатят и за пропущенный месяц. Ответила ли я?",
            "После получения справки выплата придёт в следующий день выплат."]),
}


def _unheeded(lang, replies):
    clients, _, _ = UNHEEDED[lang]
    turns = [Turn(role="agent", text=OPENING[lang])]
    for q, r in zip(clients, replies, strict=True):
        turns += [Turn(role="client", text=q), Turn(role="agent", text=r)]
    return courtesy_of(turns, lang)["result"]


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_complaints_left_unheeded_are_a_brush_off(lang):
    _, brush, honest = UNHEEDED[lang]
    assert _unheeded(lang, brush) == "fail"
    # the same complaints, each met with a new answer (the client's last "no" answered anew): no brush-off
    assert _unheeded(lang, honest) == "pass"


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_one_complaint_then_an_answer_is_polite(lang):
    clients, brush, honest = UNHEEDED[lang]
    turns = [Turn(role="agent", text=OPENING[lang]), Turn(role="client", text=clients[0]),
             Turn(role="agent", text=brush[0]), Turn(role="client", text=clients[1]),
             Turn(role="agent", text=honest[1]), Turn(role="client", text=THANKS[lang]),
             Turn(role="agent", text=BYE[lang])]
    assert courtesy_of(turns, lang)["result"] == "pass"


CHAIN = {
    "et": (["Kuidas ma otsuse vaidlustan?", "Aga kas arstitõendid panen vaide juurde?",
            "Kas vaide juurde või eraldi? Ma ei saa aru."],
           ["Vaide saab esitada 30 päeva jooksul iseteeninduses.",
            "Vaide saab esitada 30 päeva jooksul iseteeninduses. Kokkuvõtteks: vaie, tähtaeg, iseteenindus. "
            "Kas see vastas Teie küsimusele?",
            "Kokkuvõtteks: vaie, 30 päeva, tõendid, iseteenindus. Kas see vastas Teie küsimusele? Kõike head!"]),
    "ru": (["Как обжаловать решение?", "А справки от врача прикладывать к возражению?",
            "К возражению или отдельно? Я не понимаю."],
           ["Возражение можно подать в течение 30 дней через самообслуживание.",
            "Возражение можно подать в течение 30 дней через самообслуживание. Итак, ключевые моменты: возражение, "
            "срок, самообслуживание. Ответила ли я на Ваш вопрос?",
            "Итак, ключевые моменты: возражение, 30 дней, справки, самообслуживание. Ответила ли я на Ваш вопрос? "
            "Всего доброго!"]),
}


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_a_number_inside_a_cue_chain_answers_nothing(lang):
    clients, replies = CHAIN[lang]
    turns = [Turn(role="agent", text=OPENING[lang])]
    for q, r in zip(clients, replies, strict=True):
        turns += [Turn(role="client", text=q), Turn(role="agent", text=r)]
    assert courtesy_of(turns, lang, channel="phone")["result"] == "fail"


@pytest.mark.parametrize("lang, push, fine", [
    ("et", "Seda ma tean, aga miks meile ei maksta?", "Ei, kõik on selge, aitäh."),
    ("ru", "Это я знаю, но почему нам не платят?", "Нет, всё понятно, спасибо."),
    ("et", "Seda ma tean, aga miks meile ei maksta?", "Ohh, hea et ma küsisin. Aitäh!"),
])
def test_a_no_that_takes_the_answer_is_no_complaint(lang, push, fine):
    clients, brush, honest = UNHEEDED[lang]
    check = {"et": "Kas see vastas Teie küsimusele?", "ru": "Ответила ли я на Ваш вопрос?"}[lang]
    turns = [Turn(role="agent", text=OPENING[lang]), Turn(role="client", text=clients[0]),
             Turn(role="agent", text=brush[0]), Turn(role="client", text=push),
             Turn(role="agent", text=f"{honest[1]} {check}"), Turn(role="client", text=fine),
             Turn(role="agent", text=BYE[lang])]
    assert courtesy_of(turns, lang)["result"] == "pass"
