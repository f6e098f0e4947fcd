"""What blind round 23 showed about identification, leaks, courtesy, formal address and empathy, in general form,
on own et/ru sentences:

- a code read digit by digit with hyphens ("kolm-kuus-kaks-...", «три-шесть-два-...») is a code: the caller who
  gives it when asked is identified, and data told after it are no leak; a hyphenated run that fails the checksum
  identifies no one (the data after it stay a leak);
- in an open chat, the chat window's own save button ("Saada vestlus e-postile", «Отправить чат на почту») asks for
  no e-mail address; "write your e-mail" or "your e-mail" still does, and so does a code asked beside the button;
- courtesy: "it is all written there" said of a letter still to come is no reproach; "nobody lives there" is not
  the client saying the source does not say; the client saying her question was missed and the next reply sending
  her elsewhere "for the details" with no reason is a brush-off; bare replies to every question, one of them a
  "what if" met with a bare no, are a brush-off;
- formal address: the agent's own first name before "kuuleb" is no imperative even when it is a verb form;
- empathy: naming what the matter did to the client ("kuulen, et see otsus on Teid solvanud", «слышу, что Вас это
  задело») acknowledges the feeling.
"""

import pytest
from scoring_support import OPENING, verdicts

from trainer import text as tx
from trainer.scoring.identifier_requests import find_identifier_requests

# -- identification: a hyphenated spoken code --------------------------------------------------------------------------

CODE = "36205120237"  # passes the checksum
SPELT = {"et": "kolm-kuus-kaks-null-viis-üks-kaks-null-kaks-kolm-seitse",
         "ru": "три-шесть-два-ноль-пять-один-два-ноль-два-три-семь"}
BAD = {"et": "kolm-kuus-kaks-null-viis-üks-kaks-null-kaks-kolm-kaheksa",
       "ru": "три-шесть-два-ноль-пять-один-два-ноль-два-три-восемь"}


def _own_call(lang, said):
    if lang == "et":
        return [("agent", "Tere, Sotsiaalkindlustusamet, Maret kuuleb. Kuidas saan aidata?"),
                ("client", "Tere. Sain kirja, et pean toetust tagasi maksma, ma ei saa aru miks."),
                ("agent", "Selge. Palun öelge oma isikukood, et saaksin Teie andmeid vaadata."),
                ("client", said.capitalize() + "."),
                ("agent", "Aitäh. Tagasi on vaja maksta kakssada nelikümmend eurot, sest toetus maksti kaks kuud "
                          "pärast kooli lõppu edasi."),
                ("client", "Selge, aitäh."),
                ("agent", "Aitäh helistamast, head päeva!")]
    return [("agent", "Здравствуйте, Департамент социального страхования, Марина. Чем могу помочь?"),
            ("client", "Здравствуйте. Мне пришло письмо, что надо вернуть пособие, не понимаю за что."),
            ("agent", "Понятно. Назовите, пожалуйста, Ваш личный код, чтобы я посмотрела Ваши данные."),
            ("client", said.capitalize() + "."),
            ("agent", "Спасибо. Вернуть нужно двести сорок евро, потому что пособие платили ещё два месяца после "
                      "окончания школы."),
            ("client", "Понятно, спасибо."),
            ("agent", "Спасибо за звонок, всего доброго!")]


def _ident(lang, said):
    r = verdicts(lang, _own_call(lang, said), identification_required=True, private_facts=["240"])
    return r["identification"], r["data_protection"]


def test_the_spelt_code_passes_the_checksum():
    assert tx.isikukood_is_valid(CODE)


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_a_code_read_with_hyphens_identifies(lang):
    assert _ident(lang, SPELT[lang]) == ("pass", "pass")


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_a_hyphenated_run_failing_the_checksum_identifies_no_one(lang):
    assert _ident(lang, BAD[lang]) == ("fail", "fail")


# -- open chat: the save button's e-mail ---------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("et", "Vestluse saate endale alles hoida: akna all on nupp „Saada vestlus e-postile“."),
    ("et", "Soovi korral salvestage vestlus, vajutades nuppu „Saada e-postile“."),
    ("ru", "Переписку можно сохранить: под окном есть кнопка «Отправить чат на почту»."),
    ("ru", "Если хотите, сохраните этот чат на почту кнопкой внизу."),
])
def test_the_save_button_asks_for_no_address(lang, sentence):
    assert find_identifier_requests(sentence, lang) == ()


@pytest.mark.parametrize("lang,sentence", [
    ("et", "Vestluse saatmiseks kirjutage palun oma e-posti aadress."),
    ("et", "Vestluse saan saata Teie e-postile, mis see on?"),
    ("et", "Vestluse saate salvestada, aga enne kirjutage siia oma isikukood."),
    ("ru", "Чтобы сохранить переписку, напишите Вашу почту."),
    ("ru", "Чат можно отправить на Ваш e-mail, какой у Вас адрес?"),
])
def test_an_address_asked_beside_the_chat_still_asks(lang, sentence):
    assert find_identifier_requests(sentence, lang)


def _open_chat(lang, agent_line):
    first = {"et": "Tere! Olen Kadri Sotsiaalkindlustusametist. Kuidas saan aidata?",
             "ru": "Здравствуйте! Я Ольга из Департамента социального страхования. Чем могу помочь?"}[lang]
    ask = {"et": "Tere, kas lapsetoetus makstakse ka siis, kui laps õpib välismaal?",
           "ru": "Здравствуйте, платят ли детское пособие, если ребёнок учится за границей?"}[lang]
    answer = {"et": "Jah, kui laps õpib ja elab Eestis registreeritud perega, makstakse toetust edasi.",
              "ru": "Да, если ребёнок учится и семья живёт в Эстонии, пособие платят дальше."}[lang]
    bye = {"et": "Aitäh, et kirjutasite, head päeva!", "ru": "Спасибо, что написали, хорошего дня!"}[lang]
    return [("agent", first), ("client", ask), ("agent", answer), ("client", "aitäh" if lang == "et" else "спасибо"),
            ("agent", agent_line), ("agent", bye)]


@pytest.mark.parametrize("lang,line", [
    ("et", "Soovi korral saate selle vestluse salvestada, all on nupp „Saada vestlus e-postile“."),
    ("ru", "Если нужно, переписку можно сохранить: внизу кнопка «Отправить чат на почту»."),
])
def test_an_open_chat_pointing_to_the_save_button_keeps_data_protection(lang, line):
    r = verdicts(lang, _open_chat(lang, line), channel="chat", no_identifiers=True)
    assert r["data_protection"] == "pass"


@pytest.mark.parametrize("lang,line", [
    ("et", "Vestluse saatmiseks kirjutage siia oma e-posti aadress."),
    ("ru", "Чтобы отправить Вам переписку, напишите сюда Вашу почту."),
])
def test_an_open_chat_asking_for_the_address_fails_data_protection(lang, line):
    r = verdicts(lang, _open_chat(lang, line), channel="chat", no_identifiers=True)
    assert r["data_protection"] == "fail"


# -- courtesy --------------------------------------------------------------------------------------------------------------

def _courtesy(lang, middle):
    closing = {"et": [("client", "Selge, aitäh."), ("agent", "Aitäh helistamast, head päeva!")],
               "ru": [("client", "Понятно, спасибо."), ("agent", "Спасибо за звонок, всего доброго!")]}[lang]
    return verdicts(lang, [("agent", OPENING[lang]), *middle, *closing])["courtesy"]


COMING_LETTER = {
    "ru": [("client", "Муж умер, а пенсия за декабрь пришла, я часть уже потратила, что теперь будет?"),
           ("agent", "Не волнуйтесь, это бывает. Эти деньги потом вернут наследники: когда придёт письмо, там всё "
                     "будет написано, и никто Вас наказывать не будет.")],
}
LETTER_THERE = {
    "ru": [("client", "Муж умер, а пенсия за декабрь пришла, я часть уже потратила, что теперь будет?"),
           ("agent", "Письмо Вам отправили ещё в январе, там всё написано.")],
}


def test_written_there_of_a_letter_still_to_come_is_no_reproach():
    assert _courtesy("ru", COMING_LETTER["ru"]) == "pass"


def test_written_there_of_a_letter_already_sent_still_reproaches():
    assert _courtesy("ru", LETTER_THERE["ru"]) == "fail"


NOBODY_THERE = {
    "et": [("client", "Miks ma üksi elava pensionäri toetust ei saanud?"),
           ("agent", "Registri järgi elab Teie aadressil veel üks inimene."),
           ("client", "Mis inimene, seal ei ole kedagi peale minu."),
           ("agent", "Registris on seal kirjas Teie tütar Anu, ta on seal juba pikka aega."),
           ("client", "Anu kolis ammu Tartusse."),
           ("agent", "Siis peab Anu oma elukoha Tartusse registreerima, siis saate toetuse järgmisel aastal.")],
    "ru": [("client", "Почему мне не дали пособие одиноко живущему пенсионеру?"),
           ("agent", "По регистру по Вашему адресу живёт ещё один человек."),
           ("client", "Какой человек, там никого нет кроме меня."),
           ("agent", "В регистре там записана Ваша дочь Анна, она там давно."),
           ("client", "Анна давно переехала в Тарту."),
           ("agent", "Тогда Анне нужно зарегистрировать место жительства в Тарту, и пособие придёт в следующем году.")],
}


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_nobody_there_is_not_a_source_that_does_not_say(lang):
    assert _courtesy(lang, NOBODY_THERE[lang]) == "pass"


DETAILS_AWAY = {
    "et": [("client", "Miks mu toetus sel kuul väiksem on?"),
           ("agent", "Toetus makstakse iga kuu kümnendal kuupäeval."),
           ("client", "Seda ma tean, ma küsin, miks see väiksem on."),
           ("agent", "Toetus on makstud, täpsemalt vaadake iseteenindusest.")],
    "ru": [("client", "Почему моё пособие в этом месяце меньше?"),
           ("agent", "Пособие выплачивается десятого числа каждого месяца."),
           ("client", "Это я знаю, я спрашиваю, почему оно меньше."),
           ("agent", "Пособие выплачено, подробнее в самообслуживании.")],
}
DETAILS_WITH_REASON = {
    "et": DETAILS_AWAY["et"][:3] + [("agent", "See on väiksem, sest novembris oli Teil kaks haiguspäeva; täpsemalt "
                                              "näete iseteeninduses.")],
    "ru": DETAILS_AWAY["ru"][:3] + [("agent", "Оно меньше, потому что в ноябре у Вас были дни болезни; подробнее "
                                              "видно в самообслуживании.")],
}


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_details_elsewhere_after_the_client_says_she_was_not_answered_is_a_brush_off(lang):
    assert _courtesy(lang, DETAILS_AWAY[lang]) == "fail"


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_details_elsewhere_after_the_reason_is_an_answer(lang):
    assert _courtesy(lang, DETAILS_WITH_REASON[lang]) == "pass"


CURT = {
    "et": [("client", "Tütar saab märtsis 19, aga käib veel gümnaasiumis. Kas lapsetoetus lõpeb?"),
           ("agent", "Ei lõpe."),
           ("client", "Aga kui ta sügisel ülikooli läheb, kas siis makstakse edasi?"),
           ("agent", "Ei."),
           ("client", "Kas me peame kooli tõendi kuhugi saatma?"),
           ("agent", "Ei pea.")],
    "ru": [("client", "Дочери в марте девятнадцать, а она ещё в гимназии. Пособие закончится?"),
           ("agent", "Не закончится."),
           ("client", "А если она осенью поступит в университет, платить будут?"),
           ("agent", "Нет."),
           ("client", "Нам нужно отправлять справку из школы?"),
           ("agent", "Не нужно.")],
}
CURT_BUT_EXPLAINED = {
    "et": CURT["et"][:3] + [("agent", "Ei, sest lapsetoetus makstakse gümnaasiumis õppijale ainult kuni 19-aastaseks "
                                      "saamise õppeaasta lõpuni, ülikoolis enam mitte.")] + CURT["et"][4:],
    "ru": CURT["ru"][:3] + [("agent", "Нет, потому что детское пособие платят только до конца учебного года, в "
                                      "котором исполнилось девятнадцать, а студентам уже не платят.")] + CURT["ru"][4:],
}


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_bare_replies_to_every_question_are_a_brush_off(lang):
    assert _courtesy(lang, CURT[lang]) == "fail"


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_a_terse_answer_among_explaining_ones_is_no_brush_off(lang):
    assert _courtesy(lang, CURT_BUT_EXPLAINED[lang]) == "pass"


# -- formal address ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Tere! Sotsiaalkindlustusamet, Helju kuuleb. Millega saan aidata?",
                                  "Tere, Helju räägib, kuidas saan aidata?"])
def test_the_agents_own_name_before_a_third_person_verb_is_no_imperative(text):
    assert tx.find_informal_address(text, "et") == []


@pytest.mark.parametrize("text,word", [("Oota, ma vaatan.", "Oota"), ("Helju, ütle oma isikukood.", "ütle")])
def test_a_real_imperative_is_still_informal(text, word):
    assert word in [m.quote for m in tx.find_informal_address(text, "et")]


# -- empathy ------------------------------------------------------------------------------------------------------------------

UPSET = {"et": "Mulle määrati keskmine puue, kuigi ma ei saa trepist allagi! Kes seda otsustas?",
         "ru": "Мне поставили умеренную степень, а я по лестнице спуститься не могу! Кто это решал?"}
FELT = {"et": "Kuulen, et see otsus on Teid tõsiselt solvanud. Vaatame koos, mida saab teha.",
        "ru": "Слышу, что Вас это решение по-настоящему задело. Давайте посмотрим, что можно сделать."}
SEEN = {"et": "Kuulen, et see otsus on tehtud oktoobris. Vaatame koos, mida saab teha.",
        "ru": "Слышу, что это решение принято в октябре. Давайте посмотрим, что можно сделать."}


def _empathy(lang, reply):
    rest = {"et": [("client", "Jah, palun."), ("agent", "Otsuse peale saab esitada vaide 30 päeva jooksul "
                                                        "iseteeninduses."),
                   ("client", "Selge, aitäh."), ("agent", "Aitäh helistamast, head päeva!")],
            "ru": [("client", "Да, давайте."), ("agent", "На решение можно подать возражение в течение 30 дней "
                                                         "через самообслуживание."),
                   ("client", "Понятно, спасибо."), ("agent", "Спасибо за звонок, всего доброго!")]}[lang]
    turns = [("agent", OPENING[lang]), ("client", UPSET[lang]), ("agent", reply), *rest]
    return verdicts(lang, turns, client_upset=True)["empathy"]


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_naming_what_the_decision_did_to_the_client_is_empathy(lang):
    assert _empathy(lang, FELT[lang]) == "pass"


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_hearing_a_fact_is_no_empathy(lang):
    assert _empathy(lang, SEEN[lang]) == "fail"
