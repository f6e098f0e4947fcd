"""Empathy must respond to what the client said (criterion "empathy", blind round 17), on own et/ru sentences.

Cues the scorer counted that respond to nothing:
- a comprehension check said without a question mark ("так я правильно понимаю вы получаете ...", "ma saan
  õigesti aru te saate ..."): "understand" qualified by "correctly" checks the facts, it acknowledges no distress;
- a stock formula ("Я понимаю, как это для Вас важно.", "Mõistan Teie muret.") in answer to a disclosure of
  violence or danger ("муж меня избивает", "mees lööb mind"): a formula about importance is not enough there.

Responses the scorer missed:
- a condolence with words between its parts ("Tunnen Teile siiralt kaasa.", «Мои искренние соболезнования.»);
- an acknowledgement whose content is a clause after "et"/«что» ("Saan aru, et see tuli ootamatult.", «Понимаю,
  что это неожиданно.»): no keyword chain, even when the clause's verb is one the dictionary also reads as a noun;
- the client's feeling named ("Kuulen, et olete ... mures", «Слышу, что Вы переживаете ...», "see on täiesti
  mõistetav", «Ваше волнение вполне понятно»);
- after a disclosure of violence or danger, a check of the safety of the person at risk ("Kas Teie vend on praegu
  ohus?", «Ваша сестра сейчас в безопасности?»).

Must-nots: a real acknowledgement in speech keeps counting, and so does a cue before a check of understanding in
a sentence of its own ("Mõistan Teie muret. Kas ma saan õigesti aru ...?"), the stock formula to a money trouble keeps counting,
advice "call 112 if in danger" is no safety check, "kaasa" without "tunnen" is no condolence, "kuulen/näen, et
..." with no feeling named is no empathy, a cue glued to a keyword chain stays no response.
"""

import pytest
from scoring_support import verdicts

OPEN = {"et": "Tere! Sotsiaalkindlustusamet, Kaia kuuleb. Kuidas saan aidata?",
        "ru": "Здравствуйте! Департамент социального страхования, Ольга. Чем могу помочь?"}
MONEY = {"et": "pension ei tulnud üüri pole millegagi maksta ravimid on ka otsas ma ei maga öösiti",
         "ru": "пенсия не пришла за квартиру платить нечем лекарства кончились я ночами не сплю"}
VIOLENCE = {"et": "Mees lööb mind ja ma tahan lastega ema juurde minna. Kas lapsetoetuse saab minu kontole?",
            "ru": "Муж меня избивает, хочу уйти к маме с детьми. Можно пособие перевести на меня?"}
LATE = {"et": "Pension jälle ei tulnud, mul pole üüri maksta.",
        "ru": "Пенсия опять не пришла, мне нечем платить за квартиру."}
BEREAVED = {"et": "Mu ema suri eelmisel nädalal. Mis saab tema pensionist?",
            "ru": "Моя мама умерла на прошлой неделе. Что будет с её пенсией?"}
ANGRY = {"et": "miks mulle toetust enam ei maksta?? see on täiesti absurdne",
         "ru": "почему мне больше не платят пособие?? это вообще абсурд"}
THIRD = {"et": "Helistan venna pärast, tema naine peksab teda ja ma olen hirmul.",
         "ru": "Я звоню из-за сестры, её муж бьёт её, мне страшно."}


def _empathy(lang, client, reply, channel="chat"):
    turns = [("agent", OPEN[lang]), ("client", client), ("agent", reply),
             ("client", "Aitäh." if lang == "et" else "Спасибо.")]
    return verdicts(lang, turns, channel=channel, client_upset=True)["empathy"]


@pytest.mark.parametrize("lang, client, reply, channel", [
    # a comprehension check in speech
    ("ru", MONEY["ru"], "так я правильно понимаю вы получаете пенсию на счёт в банке а не на почту", "phone"),
    ("et", MONEY["et"], "nii et ma saan õigesti aru te saate pensioni pangakontole mitte postkontorisse", "phone"),
    ("ru", MONEY["ru"], "если я верно понимаю пенсия приходит вам на счёт в банке", "phone"),
    ("ru", MONEY["ru"], "итак вы говорите что пенсия не пришла так я верно понимаю и вы получаете её на счёт в банке",
     "phone"),
    ("et", MONEY["et"], "selge nii et pension jäi tulemata ja kui ma õigesti aru saan siis saate seda pangakontole",
     "phone"),
    # a stock formula to violence
    ("ru", VIOLENCE["ru"], "Я понимаю, как это для Вас важно. Заявление о смене получателя подаётся в самообслуживании.",
     "chat"),
    ("et", VIOLENCE["et"], "Mõistan Teie muret. Saaja vahetamise taotluse saab esitada iseteeninduses.", "chat"),
])
def test_a_cue_that_responds_to_no_distress_is_no_empathy(lang, client, reply, channel):
    assert _empathy(lang, client, reply, channel) == "fail"


@pytest.mark.parametrize("lang, client, reply, channel", [
    # condolences with words inside
    ("et", BEREAVED["et"], "Tunnen Teile siiralt kaasa. Surmakuu pension makstakse välja.", "chat"),
    ("et", BEREAVED["et"], "Tunneme Teile südamest kaasa. Surmakuu pension makstakse välja.", "chat"),
    ("ru", BEREAVED["ru"], "Мои искренние соболезнования. Пенсия за месяц смерти выплачивается.", "chat"),
    # an acknowledgement whose content is a clause
    ("et", ANGRY["et"], "Saan aru, et see tuli ootamatult. Kas lapsed elavad kõik Teiega?", "chat"),
    ("et", ANGRY["et"], "Saan aru, et see tuli ootamatult. Toetus lõppes, sest vanim laps kolis isa juurde.", "chat"),
    ("ru", ANGRY["ru"], "Понимаю, что это полная неожиданность. Все дети живут с Вами?", "chat"),
    ("ru", ANGRY["ru"], "Понимаю, что это неприятный сюрприз. Пособие прекратилось, потому что сын переехал к отцу.", "chat"),
    # the feeling named, the safety of the person at risk checked
    ("et", THIRD["et"], "Kuulen, et olete oma venna pärast väga mures. Kas ta on praegu ohus?", "chat"),
    ("ru", THIRD["ru"], "Слышу, что Вы очень переживаете за сестру. Она сейчас в безопасности?", "chat"),
    ("et", THIRD["et"], "Kas Teie vend on praegu ohus? Lapsetoetus läheb tema kontole.", "chat"),
    ("ru", THIRD["ru"], "Ваша сестра сейчас в безопасности? Пособие приходит на её счёт.", "chat"),
    ("et", VIOLENCE["et"], "Kas Te olete praegu turvalises kohas? Saaja vahetamise taotluse saab esitada iseteeninduses.",
     "chat"),
    ("ru", VIOLENCE["ru"], "Вы сейчас в безопасном месте? Заявление о смене получателя подаётся в самообслуживании.",
     "chat"),
    ("et", THIRD["et"], "Kuulen, et olete venna pärast mures, see on täiesti mõistetav. Lapsetoetus läheb tema kontole.", "chat"),
    ("ru", THIRD["ru"], "Конечно, Ваше волнение за сестру вполне понятно. Пособие приходит на её счёт.", "chat"),
])
def test_a_response_to_the_clients_distress_is_empathy(lang, client, reply, channel):
    assert _empathy(lang, client, reply, channel) == "pass"


@pytest.mark.parametrize("lang, client, reply, channel", [
    # a real acknowledgement in speech, and the stock formula to a money trouble, keep counting
    ("ru", MONEY["ru"], "я понимаю как вам сейчас тяжело без пенсии давайте посмотрим", "phone"),
    ("et", MONEY["et"], "ma saan aru et see on raske kui raha ei tule vaatame koos järele", "phone"),
    ("ru", LATE["ru"], "Я понимаю, как это для Вас важно. Выплата будет сделана 10 числа.", "chat"),
    ("et", LATE["et"], "Mõistan Teie muret. Väljamakse tehakse 10. kuupäeval.", "chat"),
    # a risk to money is no danger to a person: the formula keeps counting
    ("et", "Kas mu pension on nüüd ohus? Ma olen väga mures.", "Mõistan Teie muret. Pension makstakse edasi.", "chat"),
    ("ru", "Мне теперь грозит долг? Я очень волнуюсь.", "Я понимаю, как это для Вас важно. Долга у Вас нет.", "chat"),
    # a cue before a check of understanding of its own keeps counting
    ("ru", LATE["ru"], "Понимаю Ваше беспокойство. Правильно ли я понимаю, что пенсия приходит на счёт?", "chat"),
    ("et", LATE["et"], "Mõistan Teie muret. Kas ma saan õigesti aru, et pension tuleb pangakontole?", "chat"),
    # a safety check together with the formula
    ("ru", VIOLENCE["ru"], "Я понимаю, как это для Вас важно. Вы сейчас в безопасности?", "chat"),
    ("et", VIOLENCE["et"], "Mõistan Teie muret. Kas Te olete praegu ohutus kohas?", "chat"),
])
def test_must_not_lose_a_response(lang, client, reply, channel):
    assert _empathy(lang, client, reply, channel) == "pass"


@pytest.mark.parametrize("lang, client, reply", [
    ("ru", VIOLENCE["ru"], "При опасности звоните 112. Заявление о смене получателя подаётся в самообслуживании."),
    ("et", VIOLENCE["et"], "Ohu korral helistage 112. Saaja vahetamise taotluse saab esitada iseteeninduses."),
    ("et", BEREAVED["et"], "Tunnen selle korra hästi, võtke kaasa surmatunnistus. Surmakuu pension makstakse välja."),
    ("ru", BEREAVED["ru"], "Мои документы тут ни при чём. Пенсия за месяц смерти выплачивается."),
    ("et", LATE["et"], "Kuulen, et olete pensionil alates märtsist. Väljamakse tehakse 10. kuupäeval."),
    ("ru", LATE["ru"], "Вижу, что Вы получаете пенсию с марта. Выплата будет сделана 10 числа."),
    ("et", LATE["et"], "Kas Te olete praegu kodus? Väljamakse tehakse 10. kuupäeval."),
    ("ru", LATE["ru"], "Вы сейчас в безопасности? Выплата будет сделана 10 числа."),
    ("et", ANGRY["et"], "Saan aru: perearst, taotlus, iseteenindus."),
    # the feeling named with nothing of the client's in it is still a formula to violence
    ("et", VIOLENCE["et"], "Kuulen, et olete mures. Saaja vahetamise taotluse saab esitada iseteeninduses."),
    ("ru", VIOLENCE["ru"], "Конечно, Ваше волнение вполне понятно. Заявление о смене получателя подаётся в самообслуживании."),
    ("ru", ANGRY["ru"], "Понимаю: семейный врач, ходатайство, среда самообслуживания."),
])
def test_must_not_count_what_responds_to_nothing(lang, client, reply):
    assert _empathy(lang, client, reply) == "fail"
