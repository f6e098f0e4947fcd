"""Courtesy, blind round 13: pointing the client back to the source she says she read instead of answering, a
complaint the agent will not take and sends the client to write herself (brush-offs); the client's own words
quoted back by the agent, and a goodbye in a stuffed opening before the client said anything, are no rudeness.
Must-nots: an answer with a pointer after "I read the site", a complaint the agent registers itself, a
rudeness phrase in quotes that nobody said before, a goodbye that really cuts the client off twice."""

import pytest
from scoring_support import OPENING, courtesy_of

from trainer.scoring.transcript import Turn

ASK = {"ru": "Моей дочери исполнилось восемнадцать, она учится в гимназии. Пособие на неё продолжат платить?",
       "et": "Mu poeg sai kaheksateist ja käib gümnaasiumis. Kas lapsetoetust makstakse edasi?"}
FIRST = {"ru": "Пособие платят до 16 лет, а учащемуся до 19 лет. Подробности есть на нашем сайте в разделе пособий.",
         "et": "Lapsetoetust makstakse 16-aastaseks saamiseni, õppijale kuni 19-aastaseks. Üksikasjad on kodulehel."}
READ = {"ru": "Я уже смотрела сайт, но там не написано, считается ли гимназия.",
        "et": "Ma lugesin kodulehte juba läbi, aga ma ei leidnud sealt, kas gümnaasium loeb."}
THANKS = {"ru": "Хорошо, спасибо.", "et": "Hea küll, aitäh."}
BYE = {"ru": "Пожалуйста, всего доброго!", "et": "Palun, head päeva!"}


def _after_read(lang, reply):
    turns = [Turn(role="agent", text=OPENING[lang]), Turn(role="client", text=ASK[lang]),
             Turn(role="agent", text=FIRST[lang]), Turn(role="client", text=READ[lang]),
             Turn(role="agent", text=reply), Turn(role="client", text=THANKS[lang]),
             Turn(role="agent", text=BYE[lang])]
    return courtesy_of(turns, lang)["result"]


@pytest.mark.parametrize("lang, reply", [
    ("ru", "На сайте всё описано очень подробно, поищите там ещё раз."),
    ("ru", "Там всё есть, на сайте есть поиск. Могу ли я ещё чем-то помочь?"),
    ("et", "Kodulehel on see kõik kirjas, vaadake veel kord."),
    ("et", "Lehel on otsing, sealt leiate kiiresti. Kas saan veel aidata?"),
])
def test_pointing_back_to_the_source_she_read_is_a_brush_off(lang, reply):
    assert _after_read(lang, reply) == "fail"


@pytest.mark.parametrize("lang, reply", [
    # the answer given, the pointer only besides it
    ("ru", "Да, пособие платят, пока она учится в гимназии, до конца учебного года. Это есть и на сайте."),
    ("et", "Jah, toetust makstakse edasi, kuni ta õpib gümnaasiumis, õppeaasta lõpuni. See on ka kodulehel."),
    # the site says it, and what it says is told
    ("et", "Kodulehel on kirjas, et toetus jätkub õppimise ajal kuni 19-aastaseks saamiseni."),
    ("ru", "Гимназия считается, пособие платят до 19 лет, пока она учится. Это указано и на сайте."),
])
def test_an_answer_after_i_read_the_site_is_courteous(lang, reply):
    assert _after_read(lang, reply) == "pass"


def test_a_pointer_without_the_client_saying_she_read_it_keeps_its_old_verdict():
    # one pointer to a question is judged by the older rules, not by this one
    turns = [Turn(role="agent", text=OPENING["et"]), Turn(role="client", text=ASK["et"]),
             Turn(role="agent", text="Jah, makstakse edasi. Rohkem infot leiate kodulehelt."),
             Turn(role="client", text="Selge, aitäh."), Turn(role="agent", text=BYE["et"])]
    assert courtesy_of(turns, "et")["result"] == "pass"


COMPLAIN = {"ru": "Я хочу пожаловаться на сотрудника в бюро, он на меня накричал при всех.",
            "et": "Ma tahan kaevata teie büroo töötaja peale, ta karjus mu peale kõigi ees."}


def _complaint(lang, reply, channel="phone"):
    turns = [Turn(role="agent", text=OPENING[lang]), Turn(role="client", text=COMPLAIN[lang]),
             Turn(role="agent", text=reply), Turn(role="client", text=THANKS[lang]),
             Turn(role="agent", text=BYE[lang])]
    return courtesy_of(turns, lang, channel)["result"]


@pytest.mark.parametrize("lang, reply", [
    ("ru", "Жалобы по телефону мы не принимаем, напишите её сами письменно на общий адрес."),
    ("ru", "Мне жаль. Жалобу лучше написать письменно, так надёжнее."),
    ("et", "Kahju kuulda. Kaebuse peate ise kirjalikult esitama, telefoni teel me neid vastu ei võta."),
    ("et", "Kaebuse saate kirjutada meie üldaadressile kirjalikult."),
])
def test_sending_a_complaint_back_to_be_written_is_a_brush_off(lang, reply):
    assert _complaint(lang, reply) == "fail"


@pytest.mark.parametrize("lang, reply", [
    ("ru", "Мне очень жаль. Я приму жалобу сейчас по телефону и зарегистрирую её, ответ придёт письменно."),
    ("et", "Mul on väga kahju. Registreerin kaebuse kohe ise ja vastus tuleb Teile kirjalikult 30 päeva jooksul."),
    ("et", "Mul on kahju. Võtan kaebuse kohe vastu ja edastan selle büroo juhile, vastus tuleb kirjalikult."),
])
def test_a_complaint_the_agent_takes_is_courteous(lang, reply):
    assert _complaint(lang, reply) == "pass"


def test_a_written_appeal_is_no_refused_complaint():
    # an appeal (vaie) has to be written: telling so refuses nothing
    turns = [Turn(role="agent", text=OPENING["et"]),
             Turn(role="client", text="Ma ei ole otsusega nõus, kuidas ma saan seda vaidlustada?"),
             Turn(role="agent", text="Vaide saate esitada kirjalikult 30 päeva jooksul, iseteeninduses või e-kirjaga."),
             Turn(role="client", text=THANKS["et"]), Turn(role="agent", text=BYE["et"])]
    assert courtesy_of(turns, "et", "phone")["result"] == "pass"


def test_the_clients_own_words_quoted_back_are_no_blame():
    turns = [Turn(role="agent", text=OPENING["ru"]),
             Turn(role="client", text="В бюро мне сказали: «сами виноваты, надо было раньше приходить». Это как?"),
             Turn(role="agent", text="Мне очень жаль, так говорить не должны были. Я запишу жалобу: сотрудница "
                                     "сказала Вам «сами виноваты», верно?"),
             Turn(role="client", text="Да, верно."),
             Turn(role="agent", text="Записала, ответ придёт в течение 30 дней. Всего доброго!")]
    assert courtesy_of(turns, "ru", "phone")["result"] == "pass"


def test_a_rude_phrase_in_quotes_nobody_said_is_still_rude():
    turns = [Turn(role="agent", text=OPENING["ru"]),
             Turn(role="client", text="Почему мне не пришла пенсия в этом месяце?"),
             Turn(role="agent", text="Ну как говорится, «сами виноваты»: заявление Вы подали поздно."),
             Turn(role="client", text="Понятно."), Turn(role="agent", text=BYE["ru"])]
    assert courtesy_of(turns, "ru", "phone")["result"] == "fail"


def test_a_goodbye_in_the_opening_cuts_nobody_off():
    turns = [Turn(role="agent", text="Tere! Sotsiaalkindlustusamet, Piret kuuleb. Kuidas saan aidata? Kõike head!"),
             Turn(role="client", text="Tere. Kas lapsetoetus tuleb sel kuul 20. kuupäeval?"),
             Turn(role="agent", text="Jah, lapsetoetus makstakse välja 20. kuupäeval. Aitäh, et pöördusite! Kõike head!"),
             Turn(role="client", text="Aga kas ka lasterikka pere toetus tuleb samal päeval?")]
    assert courtesy_of(turns, "et")["result"] == "pass"


def test_two_goodbyes_over_the_clients_questions_still_cut_her_off():
    # (blind round 17: a goodbye appended to a real answer, "Jah, samal päeval. Kõike head!", is rushed, a closing
    # failure; the client is cut off as a brush-off when a goodbye also leaves her question unanswered)
    turns = [Turn(role="agent", text=OPENING["et"]),
             Turn(role="client", text="Kas lapsetoetus tuleb sel kuul 20. kuupäeval?"),
             Turn(role="agent", text="Jah, 20. kuupäeval. Head päeva!"),
             Turn(role="client", text="Oodake, aga kui palju lasterikka pere toetust makstakse?"),
             Turn(role="agent", text="Seda näete ise. Kõike head!"),
             Turn(role="client", text="Aga kas summa jääb samaks?")]
    assert courtesy_of(turns, "et")["result"] == "fail"


def _listed(lang, second, last):
    q = {"et": ["Kas ma saan hooldajatoetust taotleda? Mu isa on sügava puudega.",
                "Aga kas ma pean selleks töölt ära tulema?", "Kas isa puudetoetus tuleb ka teilt?"],
         "ru": ["Могу ли я получать пособие по уходу? У отца глубокая инвалидность.",
                "А мне нужно ради этого уходить с работы?", "А пособие по инвалидности отца тоже от вас?"]}[lang]
    first = {"et": "Hooldajatoetust maksab kohalik omavalitsus.", "ru": "Пособие по уходу платит самоуправление."}[lang]
    turns = [Turn(role="agent", text=OPENING[lang]), Turn(role="client", text=q[0]),
             Turn(role="agent", text=first), Turn(role="client", text=q[1]),
             Turn(role="agent", text=second), Turn(role="client", text=q[2]),
             Turn(role="agent", text=last)]
    return courtesy_of(turns, lang)["result"]


@pytest.mark.parametrize("lang, second, last", [
    ("et", "Kokkuvõte: töötamine – hooldus – omavalitsus – tingimused – sotsiaaltöötaja.",
     "Kokkuvõte: puue – pensioniiga – taotlus – 10 tööpäeva – iseteenindus. Aitäh, et pöördusite! Head päeva!"),
    ("ru", "Итак: работа – уход – самоуправление – условия – соцработник.",
     "Итог: инвалидность – пенсионный возраст – заявление – 10 дней. Всего доброго!"),
])
def test_questions_met_with_dash_lists_to_the_end_are_brushed_off(lang, second, last):
    assert _listed(lang, second, last) == "fail"


@pytest.mark.parametrize("lang, second, last", [
    # real answers, a list of documents beside them
    ("et", "Ei pea, hooldajatoetus ei sõltu Teie tööst.",
     "Jah, puudetoetust maksab Sotsiaalkindlustusamet. Vaja on: taotlus – arstitõend – isikut tõendav dokument. "
     "Head päeva!"),
    ("ru", "Нет, уходить с работы не нужно, пособие от работы не зависит.",
     "Да, пособие по инвалидности платит Департамент. Нужны: заявление – справка врача – документ. Всего доброго!"),
])
def test_answers_with_a_list_of_documents_are_courteous(lang, second, last):
    assert _listed(lang, second, last) == "pass"
