"""Clarifying the need (criterion "needs", blind round 17).

Questions the scorer missed because something before them was taken for the answer:
- an offer to help ("Püüan Teid aidata nii, et ...", «Я помогу Вам разобраться по шагам», "Proovin aidata
  selgust saada, ...") leads up to the answer, like an offer to explain; a manner clause after it ("nii, et
  Teil oleks vähem muret", «так, чтобы Вам ...») belongs to the offer;
- comfort that tells nothing of the matter: "võtame rahulikult", "ma olen siin ja meil on aega", «у нас есть
  время», «пишите, как Вам удобно»;
- a loss named ("see on suur kaotus", «потерять мать – огромное горе») and a worry named after an empathy
  cue («понимаю, что к горю добавилась тревога, как дальше жить», "mõistan, et lisaks on mure, kuidas edasi
  saada"): an acknowledgement;
- the reply to a client who only asks for the language of the call («а можно по-русски, я по-эстонски
  плохо», "kas saaks eesti keeles, ma vene keelt ei oska") answers no matter, like the reply to a line check;
- a spoken check of understanding whose frame ("kas ma saan õigesti aru, et ...", «я правильно понимаю,
  что ...») stands in the middle of an unpunctuated sentence after a lead ("aitäh enne kui ma vaatan ...")
  asks; it is no answer.

Must-nots: a bare "saan aru, et ..." (empathy), a conditional frame before advice ("kui ma õigesti aru saan,
siis peate ..."), an offer to help that goes on to the answer ("Saan aidata: ..."), a feeling before a real
statement, a client whose language request also raises the matter, a check that gives the client's own words
back, a hold or identification request after the preface, and a question asked only after the answer.
"""

from scoring_support import verdicts

from trainer.text.questions import is_spoken_question


def needs(lang, turns, channel="phone", **context):
    return verdicts(lang, turns, channel=channel, **context)["needs"]


GREET_ET = ("agent", "Tere! Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?")
GREET_RU = ("agent", "Здравствуйте! Департамент социального страхования, Анна. Чем могу помочь?")


# -- an offer to help leads up to the answer ------------------------------------------------------------------

def _help_offer(lang, offer, ask_first=True):
    if lang == "et":
        client = "Tere. Isa suri eelmisel kuul ja ma ei tea, kas mulle on nüüd mingit pensioni ette nähtud."
        ask = "Kas Te olite isa ülalpidamisel ja kas Te praegu õpite?"
        reply = "Jah, õpin ülikoolis ja elasin isa juures."
        answer = "Toitjakaotuspensioni makstakse õppivale lapsele kuni 24-aastaseks saamiseni."
        thanks = "Selge, aitäh."
        greet = GREET_ET
    else:
        client = "Здравствуйте. У меня умер отец, и я не знаю, положена ли мне теперь какая-то пенсия."
        ask = "Вы были на иждивении отца и учитесь ли Вы сейчас?"
        reply = "Да, учусь в университете и жила с отцом."
        answer = "Пенсию по потере кормильца платят учащемуся ребёнку до 24 лет."
        thanks = "Понятно, спасибо."
        greet = GREET_RU
    turns = [greet, ("client", client), ("agent", offer)]
    if ask_first:
        return turns + [("agent", ask), ("client", reply), ("agent", answer), ("client", thanks)]
    return turns + [("agent", answer), ("client", thanks), ("agent", ask), ("client", reply)]


def test_offer_to_help_with_manner_clause_then_question_et():
    offer = "Mul on väga kahju. Püüan Teid aidata nii, et Teil oleks edaspidi võimalikult vähe muret ja jooksmist."
    assert needs("et", _help_offer("et", offer), channel="chat") == "pass"


def test_offer_to_help_find_out_then_question_et():
    offer = "Proovin Teil aidata selgust saada, mis Teile ette nähtud on."
    assert needs("et", _help_offer("et", offer), channel="chat") == "pass"


def test_offer_to_help_sort_out_then_question_ru():
    offer = "Пишите так, как Вам удобно, я помогу Вам во всём разобраться."
    assert needs("ru", _help_offer("ru", offer), channel="chat") == "pass"


def test_offer_to_help_with_manner_clause_then_question_ru():
    offer = "Я постараюсь помочь Вам так, чтобы Вам пришлось как можно меньше ходить по инстанциям."
    assert needs("ru", _help_offer("ru", offer), channel="chat") == "pass"


def test_offer_to_help_then_answer_then_question_does_not_count():
    # must-not: the question came only after the answer
    assert needs("et", _help_offer("et", "Proovin Teil aidata selgust saada.", False), channel="chat") == "fail"
    assert needs("ru", _help_offer("ru", "Я помогу Вам разобраться.", False), channel="chat") == "fail"


def test_offer_to_help_that_goes_on_to_the_answer_is_the_answer():
    # must-not: "Saan aidata: <the answer>" answers; the question after it comes too late
    offer_et = "Saan aidata: toitjakaotuspensioni makstakse õppivale lapsele kuni 24-aastaseks saamiseni."
    offer_ru = "Помогу: пенсию по потере кормильца платят учащемуся ребёнку до 24 лет, заявление можно подать онлайн."
    et = _help_offer("et", offer_et)
    ru = _help_offer("ru", offer_ru)
    del et[5], ru[5]  # no second answer
    assert needs("et", et, channel="chat") == "fail"
    assert needs("ru", ru, channel="chat") == "fail"


def test_offer_to_help_then_hold_request_is_no_clarification():
    # must-not: a hold request after the preface asks nothing of the matter
    for lang, offer, hold in (
            ("et", "Proovin Teil aidata selgust saada.", "Palun oodake hetk, ma vaatan andmed üle?"),
            ("ru", "Я помогу Вам разобраться.", "Можно я попрошу Вас подождать минуту?")):
        turns = _help_offer(lang, offer)
        turns[3] = ("agent", hold)
        assert needs(lang, turns, channel="chat") == "fail", lang


# -- comfort and a loss named lead up to the answer --------------------------------------------------------------

def test_comfort_and_loss_named_then_question_et_speech():
    assert needs("et", [
        ("agent", "tere sotsiaalkindlustusamet kadri kuuleb kuidas saan aidata"),
        ("client", "tere mu ema suri eile ja ma ei tea mis ma nüüd tegema pean temal oli pension"),
        ("agent", "mul on väga kahju see on suur kaotus võtame rahulikult ükshaaval ma olen siin ja meil on aega"),
        ("client", "aitäh jah"),
        ("agent", "kas teie ema sai pensioni eesti pangakontole"),
        ("client", "jah swedbanki"),
        ("agent", "pension lõpetatakse surmakuust ja matusetoetust eraldi ei maksta küll aga saab pärija surmakuu "
                  "pensioni kätte"),
        ("client", "selge aitäh"),
    ]) == "pass"


def test_loss_and_worry_named_then_question_ru_chat():
    assert needs("ru", [
        GREET_RU,
        ("client", "Здравствуйте. У нас умерла дочь, она нам помогала. Положено ли нам что-то?"),
        ("agent", "Примите мои соболезнования. Потерять дочь – огромное горе, и понимаю, что к нему добавилась "
                  "ещё и тревога, как теперь жить дальше."),
        ("agent", "Подскажите, пожалуйста, дочь содержала Вас постоянно и были ли у неё свои дети?"),
        ("client", "Да, каждый месяц помогала. Детей нет."),
        ("agent", "Пенсию по потере кормильца родителям назначают, если они были на иждивении и сами нетрудоспособны."),
        ("client", "Понятно, спасибо."),
    ], channel="chat") == "pass"


def test_worry_named_then_question_et_chat():
    assert needs("et", [
        GREET_ET,
        ("client", "Tere. Poeg suri, ta aitas meid rahaga. Kas meile on midagi ette nähtud?"),
        ("agent", "Tunnen kaasa. Mõistan, et lisaks leinale on nüüd ka mure, kuidas kahe väikese pensioniga edasi elada."),
        ("agent", "Kas poeg toetas Teid regulaarselt ja kas tal oli abikaasa või lapsi?"),
        ("client", "Toetas iga kuu, lapsi ei olnud."),
        ("agent", "Toitjakaotuspensioni võivad saada vanemad, kes olid poja ülalpidamisel ja on ise töövõimetud."),
        ("client", "Selge, aitäh."),
    ], channel="chat") == "pass"


def test_feeling_before_statement_keeps_the_answer():
    # must-not: a loss named, then the answer in the same sentence; the question after it comes too late
    assert needs("et", [
        GREET_ET,
        ("client", "Tere. Mu ema suri, kas mulle makstakse tema pension välja?"),
        ("agent", "See on suur kaotus, aga surmakuu pension makstakse pärijale välja, kui ta selle taotleb."),
        ("client", "Selge."),
        ("agent", "Kas Te olete ainus pärija?"),
        ("client", "Jah."),
    ], channel="chat") == "fail"


# -- a language request raises no matter ---------------------------------------------------------------------------

def _language_first(lang, request, switch):
    if lang == "ru":
        return [
            ("agent", "tere sotsiaalkindlustusamet jaanika kuuleb kuidas saan aidata"),
            ("client", request),
            ("agent", switch),
            ("client", "у меня пенсия пришла меньше чем в прошлом месяце почему так"),
            ("agent", "речь идёт о пенсии по старости или о пенсии по потере кормильца"),
            ("client", "по старости"),
            ("agent", "с апреля пенсия индексируется а в этом месяце удержали подоходный налог поэтому сумма меньше"),
            ("client", "понятно спасибо"),
        ]
    return [
        ("agent", "здравствуйте департамент социального страхования анна слушаю"),
        ("client", request),
        ("agent", switch),
        ("client", "mul tuli pension väiksem kui eelmisel kuul miks nii"),
        ("agent", "kas jutt on vanaduspensionist või toitjakaotuspensionist"),
        ("client", "vanaduspension"),
        ("agent", "aprillis pensionit indekseeritakse aga sel kuul peeti kinni tulumaks seepärast on summa väiksem"),
        ("client", "selge aitäh"),
    ]


def test_language_request_reply_is_no_answer_ru():
    turns = _language_first("ru", "эээ тере а можно по-русски пожалуйста я по-эстонски плохо говорю",
                            "да конечно можно по-русски здравствуйте меня зовут яаника слушаю вас")
    assert needs("ru", turns) == "pass"


def test_language_request_reply_is_no_answer_et():
    turns = _language_first("et", "tere kas saaks eesti keeles palun ma vene keelt ei oska",
                            "muidugi saame eesti keeles tere mina olen anna ja kuulan teid")
    assert needs("et", turns) == "pass"


def test_language_request_with_the_matter_keeps_the_answer():
    # must-not: the client who asks for Russian and raises the matter in the same message was answered first
    turns = _language_first("ru", "а можно по-русски у меня пенсия пришла меньше чем в прошлом месяце почему так",
                            "да конечно с апреля пенсия индексируется а в этом месяце удержали подоходный налог")
    del turns[3]
    assert needs("ru", turns) == "fail"


# -- a spoken check of understanding after a lead -----------------------------------------------------------------

def test_spoken_check_frame_after_a_lead_asks():
    assert is_spoken_question("selge enne kui ma andmetesse vaatan kas ma saan õigesti aru et pension tuleb "
                              "teile aga hooldajatoetust ei ole makstud", "et")
    assert is_spoken_question("спасибо пока я открываю данные я правильно понимаю что пенсия вам приходит "
                              "а пособие по уходу нет", "ru")
    assert is_spoken_question("так прежде чем смотреть правильно ли я поняла что сын живёт с вами", "ru")
    # must-nots: empathy ("saan aru et ..."), a conditional frame before advice, a bare frame
    assert not is_spoken_question("mhm saan aru et see on teile praegu väga raske", "et")
    assert not is_spoken_question("kui ma saan õigesti aru siis peate taotluse esitama iseteeninduses", "et")
    assert not is_spoken_question("если я правильно понимаю то вам нужно подать заявление", "ru")
    assert not is_spoken_question("jah ma saan õigesti aru", "et")


def _spoken_check(lang, check, ask_first=True):
    if lang == "et":
        turns = [
            ("agent", "tere sotsiaalkindlustusamet pille kuuleb kuidas saan aidata"),
            ("client", "tere mul on küsimus pensioni ja hooldajatoetuse kohta pension tuleb aga toetust ei ole "
                       "detsembris tulnud"),
        ]
        reply = ("client", "jah täpselt pension tuleb ja toetust ei ole")
        answer = ("agent", "hooldajatoetust maksab vald mitte amet nii et selle kohta tuleb küsida vallavalitsusest")
        thanks = ("client", "selge aitäh")
    else:
        turns = [
            ("agent", "здравствуйте департамент социального страхования анна слушаю"),
            ("client", "здравствуйте у меня вопрос по пенсии и пособию по уходу пенсия приходит а пособия в декабре "
                       "не было"),
        ]
        reply = ("client", "да да пенсия приходит а пособия нет")
        answer = ("agent", "пособие по уходу платит самоуправление а не департамент поэтому спросить нужно в управе")
        thanks = ("client", "понятно спасибо")
    if ask_first:
        return turns + [("agent", check), reply, answer, thanks]
    return turns + [answer, thanks, ("agent", check), reply]


def test_spoken_check_after_a_lead_clarifies_et():
    check = "aitäh peeter enne kui ma järele vaatan kas ma saan õigesti aru et vanaduspension tuleb teile ja " \
            "küsimus on selles et hooldajatoetust ei ole detsembris tulnud"
    assert needs("et", _spoken_check("et", check)) == "pass"


def test_spoken_check_after_a_lead_clarifies_ru():
    check = "спасибо пока я открываю данные я правильно понимаю что пенсия вам приходит а пособие по уходу " \
            "в декабре не заплатили"
    assert needs("ru", _spoken_check("ru", check)) == "pass"


def test_spoken_check_after_the_answer_does_not_count():
    # must-not: an understanding check after the answer
    check_et = "aitäh kas ma saan õigesti aru et pension tuleb teile aga hooldajatoetust ei ole makstud"
    check_ru = "спасибо я правильно понимаю что пенсия вам приходит а пособие по уходу не заплатили"
    assert needs("et", _spoken_check("et", check_et, False)) == "fail"
    assert needs("ru", _spoken_check("ru", check_ru, False)) == "fail"


def test_spoken_check_that_echoes_the_client_does_not_count():
    # must-not: the frame after a lead, then the client's own words back
    check_et = "aitäh enne kui vaatan kas ma saan õigesti aru et pension tuleb aga toetust ei ole detsembris tulnud"
    check_ru = "спасибо прежде чем смотреть я правильно понимаю что пенсия приходит а пособия в декабре не было"
    assert needs("et", _spoken_check("et", check_et)) == "fail"
    assert needs("ru", _spoken_check("ru", check_ru)) == "fail"


# -- an offer to put the matter off after the comfort asks nothing ---------------------------------------------------

def test_offer_to_postpone_after_comfort_is_no_clarification():
    # must-not: comfort and a loss named lead up to nothing; "shall we talk later?" asks nothing of the matter
    assert needs("et", [
        GREET_ET,
        ("client", "Tere. Mu ema suri eelmisel nädalal ja ma ei tea, mida ma nüüd tegema pean."),
        ("agent", "Mul on väga kahju. See on suur kaotus. Võtame rahulikult, ma olen siin."),
        ("client", "Aitäh. Kas mulle on midagi ette nähtud?"),
        ("agent", "Praegu ei pea Te midagi kiirustama. Kas soovite, et arutame seda hiljem, kui olete valmis?"),
        ("client", "Jah, võib-olla."),
        ("agent", "Helistage siis, kui jaksate. Aitäh, head aega."),
    ], channel="chat") == "fail"
    assert needs("ru", [
        GREET_RU,
        ("client", "Здравствуйте. У меня умерла мама, я не знаю, что теперь делать."),
        ("agent", "Примите мои соболезнования. Это огромное горе. У нас есть время, пишите, как Вам удобно."),
        ("client", "Спасибо. Мне что-то положено?"),
        ("agent", "Сейчас ничего срочного делать не нужно. Может, поговорим об этом позже, когда Вы будете готовы?"),
        ("client", "Да, наверное."),
        ("agent", "Напишите, когда будете готовы. Всего доброго."),
    ], channel="chat") == "fail"
