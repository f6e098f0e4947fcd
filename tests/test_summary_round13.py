"""The summary criterion, blind round 13: a summary comes after the answer and recaps key points or next steps,
or checks understanding. Not a summary: a cue word heading topics strung together with dashes or slashes; a
verbless "recap" that is all the reply says to the client's new question; a check of understanding under a reply
of keyword strings only; the same check under every reply, never taken with a yes; a check the client answers
"Mitte päris." / «Не совсем.»; the reply to a client who says the answer missed or who asks for something
without a question mark; a step-by-step answer after a mere announcement to explain. A summary after all: the
agent's own next step said back when the client took up the offer ("palun saatke" - "Saadan täna ...")."""

from pathlib import Path

import pytest

from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import Transcript, Turn
from trainer.simulation.library import Library, scoring_settings

RUBRIC = Library.load(Path(__file__).parent.parent).rubrics["call-model"]
SETTINGS = scoring_settings()

GREET = {"et": "Tere! Sotsiaalkindlustusamet, Helen kuuleb.", "ru": "Здравствуйте! Департамент социального страхования, Вера."}
ASK = {"et": "Tere. Millal mu matusetoetus tuleb ja kui suur see on?",
       "ru": "Здравствуйте. Когда придёт пособие на похороны и какой у него размер?"}
ANSWER = {"et": "Matusetoetus makstakse kümne päeva jooksul pärast taotlust ja see on 250 eurot.",
          "ru": "Пособие на похороны выплачивается в течение десяти дней после ходатайства, размер 250 евро."}


def _verdict(language: str, roles_texts: list[tuple[str, str]], channel: str = "chat") -> str:
    transcript = Transcript(language=language, channel=channel,
                            turns=[Turn(role=r, text=t) for r, t in roles_texts])
    result = score_transcript(transcript, RUBRIC, SETTINGS)
    return next(c for c in result["criteria"] if c["id"] == "summary")["result"]


def _after_answer(language: str, turns: list[str]) -> str:
    """Greeting, question, answer, then the given turns (client first, alternating)."""
    roles = ["client" if k % 2 == 0 else "agent" for k in range(len(turns))]
    return _verdict(language, [("agent", GREET[language]), ("client", ASK[language]), ("agent", ANSWER[language]),
                               *zip(roles, turns, strict=True)])


FAIL = [
    # topics strung together with dashes or slashes after the cue state nothing
    ("et", ["Selge.", "Kokkuvõte: matusetoetus – 250 eurot – kümme päeva – taotlus.", "Hmm."]),
    ("ru", ["Ясно.", "Итог: пособие / 250 евро / десять дней / ходатайство.", "Хм."]),
    # a verbless "recap" that is all the reply says to the client's new question
    ("et", ["Aga kas ma võin taotluse ka paberil tuua?",
            "Kokkuvõtteks: matusetoetus 250 eurot, kümne päeva jooksul pärast taotlust. Head päeva!",
            "Aga paberil siis saab või ei?"]),
    ("ru", ["А можно принести ходатайство на бумаге?",
            "Подведём итог: пособие 250 евро, десять дней после ходатайства. Всего доброго!",
            "Так на бумаге можно или нет?"]),
    # a check of understanding under a reply of keyword strings only
    ("et", ["Ma ei saa aru, kas ma pean ise midagi tegema?",
            "Vastus: matusebüroo, volikiri, iseteenindus, surmatõend. Kas see vastas Teie küsimusele?",
            "Aga kas taotluse teeb matusebüroo või mina?", "Head päeva!"]),
    ("ru", ["Я не поняла, мне самой что-то нужно делать?",
            "Ответ: похоронное бюро, доверенность, самообслуживание, свидетельство. Ответила ли я на Ваш вопрос?",
            "А ходатайство подаёт похоронное бюро или я?", "Всего доброго!"]),
    # a check the client answers "not quite" to checked nothing
    ("et", ["Selge.", "Kas see vastas Teie küsimusele?", "Mitte päris. Kas ka lapselaps võib taotleda?",
            "Jah, taotleda võib iga matuse korraldaja.", "Aitäh.", "Head päeva!"]),
    ("ru", ["Ясно.", "Ответила ли я на Ваш вопрос?", "Не совсем. А внук тоже может подать?",
            "Да, подать может любой, кто организует похороны.", "Спасибо.", "Всего доброго!"]),
]
PASS = [
    # one dash joins a topic to what is said of it
    ("et", ["Selge.", "Kokkuvõtteks: toetus – 250 eurot, tähtaeg – kümme päeva pärast taotlust.", "Aitäh."]),
    ("ru", ["Ясно.", "Итак, подведу итог: пособие – 250 евро, срок – десять дней после ходатайства.", "Спасибо."]),
    # the same verbless recap when the client asked nothing new
    ("et", ["Selge, aitäh.", "Kokkuvõtteks: matusetoetus 250 eurot, kümne päeva jooksul pärast taotlust. Head päeva!"]),
    ("ru", ["Понятно, спасибо.", "Подведём итог: пособие 250 евро, десять дней после ходатайства. Всего доброго!"]),
    # the new question answered in a sentence, then the verbless recap
    ("et", ["Aga kas ma võin taotluse ka paberil tuua?",
            "Jah, paberil saab taotluse tuua teenindusbüroosse. Kokkuvõtteks: 250 eurot, kümne päeva jooksul pärast "
            "taotlust.", "Aitäh."]),
    # one elliptical answer with a check after it is no keyword string
    ("et", ["Aga millal tuleb otsus?", "Kümne päeva jooksul. Kas see vastas Teie küsimusele?",
            "Aga kui matusebüroo teeb taotluse?", "Siis makstakse toetus samuti kümne päeva jooksul."]),
    ("ru", ["А когда будет решение?", "В течение десяти дней. Всё ли понятно?",
            "А если ходатайство подаст похоронное бюро?", "Тогда пособие тоже выплачивается в течение десяти дней."]),
    # "not quite" with understanding after it is no "no"; a plain yes to the check
    ("et", ["Selge.", "Kas see vastas Teie küsimusele?", "Päris selge, aitäh."]),
    ("ru", ["Ясно.", "Всё ли понятно?", "Да, вполне, спасибо."]),
]


def test_elliptical_answer_before_the_recap_in_speech():
    """Speech runs an elliptical answer into the verbless recap: the question was answered, the recap stands."""
    turns = [("agent", "департамент социального страхования здравствуйте вера слушаю"),
             ("client", "здравствуйте мне пособие на похороны не пришло когда оно придёт"),
             ("agent", "пособие на похороны выплачивается в течение десяти дней после ходатайства ваше ходатайство "
                       "от первого декабря так что выплата будет до одиннадцатого декабря"),
             ("client", "а точнее когда"),
             ("agent", "десятого декабря в среду итак десятое декабря сумма двести пятьдесят евро всего доброго")]
    assert _verdict("ru", turns, channel="phone") == "pass"


@pytest.mark.parametrize(("language", "turns"), FAIL)
def test_not_a_summary(language, turns):
    assert _after_answer(language, turns) == "fail"


@pytest.mark.parametrize(("language", "turns"), PASS)
def test_still_a_summary(language, turns):
    assert _after_answer(language, turns) == "pass"


MISSED = {
    "et": ["Aga kui ma taotluse hiljem esitan?",
           "Tingimuste ja tähtaegade kohta saate põhjalikumalt lugeda meie kodulehelt.",
           "Kodulehte ma lugesin, sellepärast küsingi. Seal pole hilinemisest midagi.",
           "Kõik tingimused ja tähtajad on kodulehel põhjalikult kirjas.", "Hästi siis.", "Head päeva!"],
    "ru": ["А если я подам ходатайство позже?",
           "Об условиях и сроках можно подробно прочитать на нашем сайте.",
           "Сайт я читал, потому и спрашиваю. Там про опоздание ничего нет.",
           "Все условия и сроки подробно описаны на сайте.", "Ну ладно.", "Всего доброго!"],
}


@pytest.mark.parametrize("language", ["et", "ru"])
def test_reply_to_answer_missed_recaps_nothing(language):
    """The client says the answer missed; the website named again restates no point."""
    assert _after_answer(language, MISSED[language]) == "fail"


def _checked_each_reply(language: str, yes: bool) -> str:
    """Three answers, each under the same check, the client going on with "Aga ..." (or "Jah, aga ...")."""
    if language == "et":
        check = "Kas see vastas Teie küsimusele?"
        lead = "Jah, sain aru. Aga " if yes else "Aga "
        turns = [("agent", GREET["et"]), ("client", ASK["et"]), ("agent", ANSWER["et"] + " " + check),
                 ("client", lead + "kuhu ma taotluse saadan?"),
                 ("agent", "Taotluse saate esitada iseteeninduses või teenindusbüroos. " + check),
                 ("client", lead + "kas matusebüroo arvet on ka vaja?"),
                 ("agent", "Arvet ei ole vaja, piisab surmatõendi andmetest. " + check),
                 ("client", lead + "kas see raha on maksuvaba?"),
                 ("agent", "Jah, matusetoetus on maksuvaba. Aitäh, et kirjutasite!"),
                 ("client", "Selge."), ("agent", "Head päeva!")]
    else:
        check = "Ответила ли я на Ваш вопрос?"
        lead = "Да, поняла. А " if yes else "А "
        turns = [("agent", GREET["ru"]), ("client", ASK["ru"]), ("agent", ANSWER["ru"] + " " + check),
                 ("client", lead + "куда подавать ходатайство?"),
                 ("agent", "Ходатайство подаётся в среде самообслуживания или в бюро обслуживания. " + check),
                 ("client", lead + "счёт похоронного бюро тоже нужен?"),
                 ("agent", "Счёт не нужен, достаточно данных свидетельства о смерти. " + check),
                 ("client", lead + "это пособие облагается налогом?"),
                 ("agent", "Нет, пособие на похороны налогом не облагается. Спасибо за обращение!"),
                 ("client", "Понятно."), ("agent", "Всего доброго!")]
    return _verdict(language, turns)


@pytest.mark.parametrize("language", ["et", "ru"])
def test_check_pasted_under_every_reply(language):
    assert _checked_each_reply(language, yes=False) == "fail"


@pytest.mark.parametrize("language", ["et", "ru"])
def test_check_taken_with_a_yes_still_checks(language):
    assert _checked_each_reply(language, yes=True) == "pass"


SPOKEN = {
    "ru": [("agent", "департамент социального страхования здравствуйте меня зовут вера чем могу помочь"),
           ("client", "здравствуйте мне пришло письмо что надо вернуть переплату пенсии двести евро а сразу я не могу"),
           ("agent", "переплату можно вернуть частями для этого напишите ходатайство через среду самообслуживания"),
           ("client", "хорошо а вот вы можете сами удержать это из моей следующей пенсии"),
           ("agent", "удерживать из пенсии можно с вашего согласия так что это тоже можно написать в том же "
                     "ходатайстве через среду самообслуживания"),
           ("client", "понятно хорошо"), ("agent", "спасибо за звонок всего доброго")],
    "et": [("agent", "sotsiaalkindlustusamet tere mina olen helen kuidas saan aidata"),
           ("client", "tere mulle tuli kiri et pean enammakstud pensioni kakssada eurot tagasi maksma aga korraga ma ei jõua"),
           ("agent", "enammakse saab tagasi maksta osade kaupa selleks kirjutage avaldus iseteeninduse kaudu"),
           ("client", "hea aga te saate selle ise minu järgmisest pensionist kinni pidada"),
           ("agent", "pensionist kinni pidada saab teie nõusolekul nii et selle võib ka samasse avaldusse "
                     "kirjutada mille esitate iseteeninduse kaudu"),
           ("client", "selge hea küll"), ("agent", "aitäh helistamast head päeva")],
}


@pytest.mark.parametrize("language", ["et", "ru"])
def test_answer_to_spoken_request_recaps_nothing(language):
    assert _verdict(language, SPOKEN[language], channel="phone") == "fail"


def test_steps_after_an_announcement_are_the_answer():
    turns = [("agent", "Tere! Sotsiaalkindlustusameti veebivestlus, Helen. Kuidas saan aidata?"),
             ("client", "tere, ema puude otsus lõpeb märtsis, mis ma tegema pean et toetus ei katkeks"),
             ("agent", "Aitäh, et kirjutasite. Üldiselt saan aga kõik sammud ära selgitada. Kas ema on tööealine "
                       "või vanaduspensionil?"),
             ("client", "pensionil, 81"),
             ("agent", "Selge. Uue otsuse jaoks tuleb taotlus esitada enne kehtiva otsuse lõppu. Kõigepealt "
                       "pöörduge ema perearsti poole ja seejärel esitage taotlus iseteeninduses."),
             ("client", "ok ja kas toetus tuleb samal päeval kui pension"),
             ("agent", "Jah, toetus makstakse koos pensioniga viiendal kuupäeval."),
             ("client", "selge aitäh"),
             ("agent", "Aitäh Teile, head päeva!")]
    assert _verdict("et", turns) == "fail"


AGREED = {
    "et": [("agent", "Tere, Sotsiaalkindlustusamet, Helen kirjutab. Kuidas saan aidata?"),
           ("client", "tere, esitasin märtsis teie kaudu rootsi pensioni taotluse, kas see on kohale jõudnud?"),
           ("agent", "Teie taotlus saadeti Rootsi pensioniametile 2. aprillil. Rootsist vastust veel ei ole."),
           ("client", "nii kaua juba"),
           ("agent", "Jah, teise riigi menetlus võtab aega, otsuse teeb Rootsi pool. Me ei saa neid kiirustada, aga "
                     "võime saata neile järelpärimise."),
           ("client", "palun saatke"),
           ("agent", "Saadan täna järelpärimise Rootsi. Kui nad vastavad, anname Teile kirjalikult teada."),
           ("client", "ok. aga kas raha tuleb tagantjärele?"),
           ("agent", "Seda otsustab Rootsi pensioniamet oma otsuses."),
           ("client", "selge aitäh"),
           ("agent", "Aitäh Teile, head päeva!")],
    "ru": [("agent", "Здравствуйте, Департамент социального страхования, Вера. Чем могу помочь?"),
           ("client", "здравствуйте, в марте подавала через вас заявление на шведскую пенсию, оно дошло?"),
           ("agent", "Ваше заявление отправлено в пенсионное ведомство Швеции 2 апреля. Ответа из Швеции пока нет."),
           ("client", "так долго уже"),
           ("agent", "Да, производство в другой стране занимает время, решение принимает шведская сторона. "
                     "Мы не можем их торопить, но можем отправить им запрос."),
           ("client", "да, отправьте, пожалуйста"),
           ("agent", "Отправлю запрос в Швецию сегодня. Когда они ответят, мы сообщим Вам письменно."),
           ("client", "хорошо. а деньги выплатят задним числом?"),
           ("agent", "Это решает пенсионное ведомство Швеции в своём решении."),
           ("client", "понятно, спасибо"),
           ("agent", "Спасибо Вам, всего доброго!")],
}


@pytest.mark.parametrize("language", ["et", "ru"])
def test_agreed_next_step_said_back_is_a_summary(language):
    assert _verdict(language, AGREED[language]) == "pass"


def test_agreed_step_needs_the_clients_yes():
    turns = list(AGREED["et"])
    turns[5] = ("client", "kas te saate neile järelpärimise saata?")  # asked, not taken up: the step is the answer
    assert _verdict("et", turns) == "fail"
