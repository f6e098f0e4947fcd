"""Brush-off as the outside labellers read it: the client's questions ignored to the end (issue #9, courtesy).

Own dialogues, Estonian and Russian. The agent's last reply says goodbye (or pastes, or reads cue words) to an
open question, and an earlier question or complaint was already met with nothing: that is a brush-off, not only
a missing closing. One abrupt goodbye after real answers is a closing failure only, and "jah" / «да» while the
client tells their story is listening, not ignoring."""

import pytest
from scoring_support import OPENING, courtesy_of, verdicts

from trainer.scoring.transcript import Turn


def _courtesy(language, *texts, channel="chat"):
    turns = [Turn(role="agent", text=OPENING[language])]
    turns += [Turn(role="client" if i % 2 == 0 else "agent", text=text) for i, text in enumerate(texts)]
    return courtesy_of(turns, language, channel)


IGNORED = [
    # echo checks to every question, then a goodbye to "how many days do I have?"
    ("ru", "мне положено алиментное пособие? сколько?",
     "Правильно ли я понимаю, что Вы хотите узнать, положено ли Вам пособие? Я понимаю, как это для Вас важно.",
     "вы бот что ли? просто ответьте, сколько дней у меня есть",
     "Итак, подведём итог: Вы спрашиваете о сроке. Ответила ли я на Ваш вопрос?",
     "нет!!! вы ничего не ответили. так сколько дней??",
     "Спасибо за обращение! Всего доброго!"),
    # bare words to "why?", then thanks to the last question
    ("et", "Miks mu pension selles kuus väiksem on?", "Maks.",
     "Mis maks? Miks see nüüd tuli?", "Jah.",
     "Kas ma pean kuhugi avalduse tegema?", "Aitäh, et helistasite! Kõike head!"),
    # yes to "why?" that the client asks again, then thanks
    ("ru", "Почему пенсии нет уже месяц?", "Да.", "Так почему?", "Понимаю.",
     "Вы мне ответите или нет?", "Спасибо."),
    # a checklist read out, the number asked for never given
    ("ru", "пособие не пришло почему", "этап итог итак подведём итог вопрос решён",
     "а номер какой у них вы можете сказать номер", "этап прощание спасибо за звонок всего доброго"),
    # cue words, the client baffled, cue words and goodbye
    ("et", "mu mees suri, kas lapsed saavad nüüd mingit toetust?",
     "mõistan kaastunne vabandan kokkuvõtteks seega järgmine samm aitäh",
     "Ma ei saa aru, kas lapsed saavad midagi?", "mõistan saan aru kokkuvõtteks aitäh kõike head"),
]

NOT_IGNORED = [
    # real answers, then one abrupt goodbye to a last question: closing only
    ("et", "Millal pension tuleb?", "Pension makstakse iga kuu viiendal kuupäeval Teie kontole.",
     "Aga kui viies on laupäev?", "Siis makstakse see järgmise kahe tööpäeva jooksul.",
     "Kas ma pean midagi tegema, et see tuleks?", "Head päeva!"),
    ("ru", "Когда придёт пособие?", "Пособие выплачивается двадцатого числа каждого месяца.",
     "А если двадцатое выпадает на воскресенье?", "Тогда деньги придут в следующий рабочий день.",
     "А куда звонить, если не пришло?", "Всего доброго!"),
    # an apology first, then the answer after the code: no brush-off
    ("ru", "Моя пенсия не пришла. Что происходит?", "Понимаю Вас, приношу извинения за неудобства.",
     "ну да", "Назовите, пожалуйста, Ваш личный код, я посмотрю.",
     "38007265078", "Спасибо. Пенсия выплачена седьмого декабря, деньги придут в течение дня.",
     "Понятно, спасибо.", "Спасибо за звонок, всего доброго!"),
    # a clarifying question, a referral, a curt repeat and a goodbye after the client gave up: "ema telefon ei
    # vasta" is a third person who does not answer, not the client telling the agent it answered nothing
    ("et", "Naabri lapsed on kaks päeva üksi kodus. Mis ma tegema pean?", "Kas lapsed on praegu üksi kodus?",
     "Jah, praegu on nad üksi. Ema telefon ei vasta. Mis ma tegema pean?",
     "Teatage sellest lasteabi telefonile 116 111. Kas see on arusaadav?",
     "Lasteabi... Aga nad on praegu üksi ja ema ei vasta. Kas ma helistan sinna või politseisse?",
     "Helistage lasteabisse, nemad teavad.", "Ma ei tea... Vist peab ise midagi välja mõtlema. Head aega.",
     "Aitäh, kõike head!"),
    # a "where" question answered with a named page, a thanks to the client's thanks
    ("et", "Kust ma taotluse vormi leian?", "Vormi leiate kodulehe rubriigist „Vormid“, see on esimene link.",
     "Aga kas seda saab ka paberil tuua?", "Saab, klienditeenindusse võib tuua paberil taotluse.",
     "Selge, aitäh!", "Palun! Kõike head!"),
]


@pytest.mark.parametrize("case", IGNORED, ids=[f"{c[0]}-{i}" for i, c in enumerate(IGNORED)])
def test_questions_ignored_to_the_end_are_a_brush_off(case):
    language, *texts = case
    outcome = _courtesy(language, *texts)
    assert outcome["result"] == "fail"
    assert outcome["reason"] == "brush_off"
    assert outcome["evidence"], "the ignoring replies are quoted"


@pytest.mark.parametrize("case", NOT_IGNORED, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_IGNORED)])
def test_answers_then_one_abrupt_goodbye_is_no_brush_off(case):
    language, *texts = case
    assert _courtesy(language, *texts)["result"] == "pass"


def test_phone_backchannel_while_the_client_tells_is_listening():
    turns = [("agent", "tere sotsiaalkindlustusameti infotelefon teid teenindab merike"),
             ("client", "noh tere ma saan järgmisel aastal kuuskümmend viis millal ma pean pensioni avalduse tegema"),
             ("client", "ma ei ole arvutiga nii osav"),
             ("agent", "ee jah"),
             ("client", "ma elan tartus muide"),
             ("agent", "jah"),
             ("client", "mu tütar ütles et peaks teile helistama"),
             ("agent", "selge et kas te küsite vanaduspensioni kohta"),
             ("client", "jah vanaduspension"),
             ("agent", "avalduse saate esitada kuni kuus kuud enne pensioniiga iseteeninduses"),
             ("client", "oot aga kuhu ma siis helistama pean"),
             ("agent", "mhm head päeva")]
    result = verdicts("et", turns)
    assert result["courtesy"] == "pass"
    assert result["closing"] == "fail"  # the last question is still left open
