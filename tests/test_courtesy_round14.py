"""Courtesy, blind round 14: a question answered only by a pointer to a channel ("Palun vaadake lisainfot
iseteenindusest.", «Уточните в среде самообслуживания.», "summa selgub otsuses"), a remark on how easy it was to
see or read («сложно было пропустить», «достаточно внимательно прочитать», «везде написано»), the agency's fault
denied ("see ei ole meie viga"), and "now you know" said to the client's "how was I to know" fail courtesy. A
choice of alternatives asked ("kas ... või Te ei saa aru ..."), a named list of addresses to a "which one near
me" question, and a place named as the answer to "where" are courteous. Must-nots keep the old verdicts."""

import pytest
from scoring_support import OPENING, courtesy_of

from trainer.scoring.transcript import Turn

THANKS = {"ru": "Хорошо, спасибо.", "et": "Hea küll, aitäh."}
BYE = {"ru": "Пожалуйста, всего доброго!", "et": "Palun, head päeva!"}


def _reply_to(lang, question, reply, channel="chat"):
    turns = [Turn(role="agent", text=OPENING[lang]), Turn(role="client", text=question),
             Turn(role="agent", text=reply), Turn(role="client", text=THANKS[lang]),
             Turn(role="agent", text=BYE[lang])]
    return courtesy_of(turns, lang, channel)["result"]


RULE_Q = {"ru": "Пособие мне назначили с марта. А за январь и февраль его тоже выплатят?",
          "et": "Toetus määrati mulle märtsist. Aga kas jaanuari ja veebruari eest ka makstakse?"}
AMOUNT_Q = {"ru": "А какая сумма примерно будет у меня в месяц?", "et": "Aga kui suur see summa umbes kuus tuleb?"}
WHERE_Q = {"ru": "А где я смогу посмотреть решение?", "et": "Aga kus ma saan otsust näha?"}


@pytest.mark.parametrize("lang, question, reply", [
    ("et", RULE_Q["et"], "Palun vaadake lisateavet iseteenindusest."),
    ("et", RULE_Q["et"], "Täpsustage iseteeninduses."),
    ("et", AMOUNT_Q["et"], "Täpne summa selgub otsuses."),
    ("ru", RULE_Q["ru"], "Уточните, пожалуйста, в самообслуживании."),
    ("ru", RULE_Q["ru"], "Пожалуйста, проверьте в среде самообслуживания."),
    ("ru", AMOUNT_Q["ru"], "Сумму увидите в решении."),
])
def test_a_question_answered_only_by_a_pointer_is_a_brush_off(lang, question, reply):
    assert _reply_to(lang, question, reply) == "fail"


@pytest.mark.parametrize("lang, question, reply", [
    # the place asked for is the answer
    ("et", WHERE_Q["et"], "Palun vaadake iseteenindusest."),
    ("ru", WHERE_Q["ru"], "Посмотрите в среде самообслуживания."),
    # the answer given, the pointer besides it
    ("et", RULE_Q["et"], "Jah, tagasiulatuvalt makstakse kuni kuus kuud. Lisateavet vaadake iseteenindusest."),
    ("ru", RULE_Q["ru"], "Да, задним числом выплачивают до шести месяцев. Подробнее уточните в самообслуживании."),
    # a number told with the pointer
    ("et", AMOUNT_Q["et"], "Umbes 280 eurot, täpne summa selgub otsuses."),
])
def test_a_pointer_that_answers_is_courteous(lang, question, reply):
    assert _reply_to(lang, question, reply) == "pass"


@pytest.mark.parametrize("lang, reply", [
    ("ru", "Выплата будет завтра. Об этом сообщали в письме, такое трудно было не заметить."),
    ("ru", "Выплата будет завтра. Всё указано в решении, достаточно было его прочитать."),
    ("ru", "Срок указан в решении, достаточно внимательно его посмотреть."),
    ("ru", "Выплата будет завтра. Это вообще-то везде писали между прочим."),
    ("ru", "Выплата будет завтра, это ведь все знают."),
    ("et", "Makse tuleb homme. Sellest teavitati kirjaga, seda oli raske mitte märgata."),
    ("et", "Makse tuleb homme. Kuupäev on otsuses, piisas seda hoolikalt lugeda."),
    ("et", "Makse tuleb homme. See on ju igal pool kirjas."),
    ("et", "Makse tuleb homme, seda teavad kõik."),
])
def test_a_remark_on_how_easy_it_was_to_know_talks_down(lang, reply):
    question = {"ru": "Почему пенсия не пришла пятого числа?", "et": "Miks pension viiendal kuupäeval ei tulnud?"}
    assert _reply_to(lang, question[lang], reply) == "fail"


@pytest.mark.parametrize("lang, reply", [
    # easy to miss excuses the client
    ("ru", "Выплата будет завтра. Такое письмо легко пропустить, ничего страшного."),
    ("et", "Makse tuleb homme. Sellist teadet on lihtne märkamata jätta, see pole probleem."),
    # a step explained: it is enough to apply
    ("ru", "Выплата будет завтра. Если захотите менять дату, достаточно подать заявление в самообслуживании."),
    ("et", "Makse tuleb homme. Kuupäeva muutmiseks piisab, kui esitate avalduse iseteeninduses."),
    # hard to notice (without "not") excuses too
    ("ru", "Выплата будет завтра. Изменение было трудно заметить, письма о нём не рассылали."),
    ("et", "Makse tuleb homme. Seda muudatust oli raske märgata, kirju selle kohta ei saadetud."),
    # "it was not easy to know" understands the client
    ("et", "Makse tuleb homme. Saan aru, et seda ei olnud lihtne teada."),
    ("ru", "Выплата будет завтра. Понимаю, об этом было не так просто узнать."),
])
def test_excusing_the_client_or_explaining_a_step_is_courteous(lang, reply):
    question = {"ru": "Почему пенсия не пришла пятого числа?", "et": "Miks pension viiendal kuupäeval ei tulnud?"}
    assert _reply_to(lang, question[lang], reply) == "pass"


FAULT_Q = {"ru": "Откуда мне было знать, что сын у меня всё ещё прописан?",
           "et": "Kust ma pidin teadma, et poeg on ikka minu juurde sisse kirjutatud?"}


@pytest.mark.parametrize("lang, reply", [
    ("et", "Elukoha andmeid peab inimene ise korras hoidma, see pole meie viga."),
    ("et", "Andmed tulevad rahvastikuregistrist, me ei ole selles süüdi."),
    ("ru", "Данные берутся из регистра, это не наша ошибка."),
    ("ru", "Сведения даёт регистр народонаселения, мы тут ни при чём."),
])
def test_denying_the_agencys_fault_blames_the_client(lang, reply):
    assert _reply_to(lang, FAULT_Q[lang], reply) == "fail"


@pytest.mark.parametrize("lang, reply", [
    ("et", "Vabandan, see oli meie viga, parandame andmed ja toetus makstakse välja."),
    ("et", "See ei ole Teie viga, registri andmeid ei pruugi inimene teada. Poeg saab elukoha muuta eesti.ee kaudu."),
    ("ru", "Это не Ваша вина, такие данные легко не знать. Сын может изменить адрес через eesti.ee."),
    ("ru", "Извините, это наша ошибка, мы исправим данные и выплатим пособие."),
])
def test_owning_the_fault_or_clearing_the_client_is_courteous(lang, reply):
    assert _reply_to(lang, FAULT_Q[lang], reply) == "pass"


@pytest.mark.parametrize("lang, reply, verdict", [
    ("ru", "Ну теперь знаете. Доход нужно сообщать сразу.", "fail"),
    ("et", "No nüüd teate. Sissetulekust tuleb kohe teatada.", "fail"),
    # "now you know what to do: ..." informs
    ("ru", "Теперь Вы знаете, что делать: сообщите о доходе в самообслуживании.", "pass"),
    ("et", "Nüüd teate, kuhu pöörduda: sissetulekust saab teatada iseteeninduses.", "pass"),
])
def test_now_you_know_to_how_was_i_to_know(lang, reply, verdict):
    question = {"ru": "А мне откуда знать, что это надо сообщать?", "et": "Kust mina pidin teadma, et sellest peab teatama?"}
    assert _reply_to(lang, question[lang], reply) == verdict


@pytest.mark.parametrize("lang, reply, verdict", [
    ("et", "Öelge palun, kas Te ei ole otsusega nõus või Te ei saa aru, miks nii otsustati?", "pass"),
    ("ru", "Скажите, Вы с решением не согласны или Вы не так поняли, на чём оно основано?", "pass"),
    # no second alternative: a rhetorical question, and a statement, still talk down
    ("et", "Kas Te siis ei saa aru või?", "fail"),
    ("ru", "Вы не так поняли письмо, там речь о другом.", "fail"),
])
def test_an_alternative_asked_is_no_condescension(lang, reply, verdict):
    question = {"ru": "Мне пришло решение, что степень не установлена. Я не знаю, что с этим делать.",
                "et": "Mulle tuli otsus, et puuet ei tuvastatud. Ma ei tea, mis sellega teha."}
    assert _reply_to(lang, question[lang], reply) == verdict


@pytest.mark.parametrize("lang, question, reply, verdict", [
    ("ru", "А есть такая фирма поближе ко мне, в Мустамяэ?", "Список фирм на сайте, там указаны адреса.", "pass"),
    ("et", "Kas mõni selline firma on ka mulle lähemal, Mustamäel?", "Firmade nimekiri on kodulehel, seal on aadressid.",
     "pass"),
    # a list is no answer to "how much"
    ("ru", "А сколько мне придётся доплатить?", "Список фирм на сайте, там указаны адреса.", "fail"),
    ("et", "Aga kui palju ma ise juurde maksan?", "Firmade nimekiri on kodulehel, seal on aadressid.", "fail"),
])
def test_a_list_of_addresses_answers_which_one_near_me(lang, question, reply, verdict):
    assert _reply_to(lang, question, reply, channel="phone") == verdict


CHAIN = {"ru": "Итог: пособие · сроки · самообслуживание · спасибо", "et": "Kokkuvõte: lapsetoetus · õppeaasta · iseteenindus · aitäh"}
CHAT = {
    "ru": [("client", "Дочь учится в гимназии, ей скоро 19. Пособие продолжат платить?"),
           ("agent", "Уточнение: пособие · 19 лет · гимназия."), ("client", "Да, именно так."),
           ("agent", "Пособие платят учащемуся в гимназии до конца учебного года, в котором ему исполнится 19."),
           ("client", "А до какого числа в последний год?"),
           ("agent", "Учебный год в гимназии считается до 31 августа."),
           ("client", "Понятно. {last}"), ("agent", "{reply}"), ("client", "Хорошо, спасибо.")],
    "et": [("client", "Tütar käib gümnaasiumis, varsti saab 19. Kas lapsetoetust makstakse edasi?"),
           ("agent", "Täpsustus: lapsetoetus · vanus · gümnaasium · õppimine · tähtaeg."), ("client", "Jah, just nii."),
           ("agent", "Toetust makstakse gümnaasiumis õppijale selle õppeaasta lõpuni, mil ta saab 19."),
           ("client", "Aga mis kuupäevani viimasel aastal?"),
           ("agent", "Gümnaasiumi õppeaasta loetakse 31. augustini."),
           ("client", "Selge. {last}"), ("agent", "{reply}"), ("client", "Hea küll, aitäh.")],
}
LAST = {"ru": ("А где я увижу, что выплата продолжается?", "Как скоро пособие придёт?"),
        "et": ("Aga kus ma näen, et makse jätkub?", "Aga kui kiiresti toetus tuleb?")}
PLACE = {"ru": "В среде самообслуживания, вход с ID-картой или Smart-ID.",
         "et": "Iseteeninduses, sisselogimine ID-kaardi või Smart-ID-ga."}


def _chain_chat(lang, last):
    turns = [Turn(role="agent", text=OPENING[lang])]
    for role, text in CHAT[lang]:
        text = text.format(last=last, reply=PLACE[lang])
        if role == "agent":
            text = f"{text}\n{CHAIN[lang]}"
        turns.append(Turn(role=role, text=text))
    turns.append(Turn(role="agent", text=CHAIN[lang]))
    return courtesy_of(turns, lang)["result"]


@pytest.mark.parametrize("lang", ["ru", "et"])
def test_a_place_named_answers_where_under_keyword_footers(lang):
    # the keyword footers earn nothing, but the place told to "where" is an answer, not an ignored question
    assert _chain_chat(lang, LAST[lang][0]) == "pass"


@pytest.mark.parametrize("lang", ["ru", "et"])
def test_a_place_named_to_when_is_still_ignored(lang):
    assert _chain_chat(lang, LAST[lang][1]) == "fail"


def _closing_after(lang, question, reply):
    from scoring_support import RUBRIC, SETTINGS

    from trainer.scoring.score import score_transcript
    from trainer.scoring.transcript import Transcript

    ok = {"ru": "Ладно. Спасибо.", "et": "Okei. Aitäh."}
    turns = [Turn(role="agent", text=OPENING[lang]), Turn(role="client", text=question),
             Turn(role="agent", text=reply), Turn(role="client", text=ok[lang]),
             Turn(role="agent", text={"ru": "Спасибо за обращение, всего доброго!", "et": "Aitäh pöördumast, head päeva!"}[lang])]
    result = score_transcript(Transcript(language=lang, channel="chat", turns=turns), RUBRIC, SETTINGS)
    return next(c for c in result["criteria"] if c["id"] == "closing")["result"]


@pytest.mark.parametrize("lang, question, reply, verdict", [
    # the question met with "look there" only stays open at the goodbye
    ("ru", RULE_Q["ru"], "Уточните в среде самообслуживания.", "fail"),
    ("et", RULE_Q["et"], "Palun täpsustage iseteeninduses.", "fail"),
    # an answer, or the place asked for, closes it
    ("ru", RULE_Q["ru"], "Да, задним числом выплачивают до шести месяцев. Подробнее смотрите в самообслуживании.", "pass"),
    ("et", WHERE_Q["et"], "Palun vaadake iseteenindusest.", "pass"),
])
def test_a_goodbye_after_a_bare_pointer_leaves_the_question_open(lang, question, reply, verdict):
    assert _closing_after(lang, question, reply) == verdict
