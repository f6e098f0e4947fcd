"""What blind round 24 showed outside needs and courtesy, in general form, on own et/ru sentences:

- data protection: a question about who else is registered at the client's address asks about the household, also
  with a negative pronoun ("кроме Вас, никто не прописан?") or about "other people" ("teisi inimesi"); asking for
  the address itself still asks for an identifier;
- formal address: "ära" right after a negated verb in speech is that verb's particle ("ei jää ära praegu ..."),
  not the prohibitive, unless its own verb follows ("ei tea ära muretse");
- closing: a wish for the client's trip, move or recovery ("head reisi", «счастливого пути», "kiiret paranemist")
  is a wish; a client who says she will rather call or ask elsewhere after a reply that told nothing new leaves
  her question open, however polite the goodbye;
- summary: a last reply opening with a bare yes or no answers the client's spoken question before it («а деньги
  за октябрь пропадут» - «нет, ...»): an answer, not a recap.
"""

import pytest
from scoring_support import verdicts

from trainer import text as tx
from trainer.scoring.client_reply import turns_elsewhere
from trainer.scoring.identifier_requests import find_identifier_requests

# -- data protection: who else is registered at the address ---------------------------------------------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("ru", "Уточните, по Вашему адресу кроме Вас никто больше не зарегистрирован?"),
    ("ru", "Подскажите, по этому адресу прописаны другие люди, например внуки?"),
    ("et", "Öelge palun, kas Teie aadressil on peale Teie teisi inimesi kirjas?"),
    ("et", "Kas Teie elukohas on rahvastikuregistri järgi registreeritud ka teised inimesed?"),
])
def test_who_else_is_registered_at_the_address_asks_for_no_identifier(lang, sentence):
    assert find_identifier_requests(sentence, lang) == ()


@pytest.mark.parametrize("lang,sentence", [
    ("ru", "Напишите, пожалуйста, Ваш адрес, кроме меня его никто не увидит."),
    ("ru", "Укажите адрес, по которому Вы прописаны."),
    ("et", "Kirjutage palun oma aadress, seda ei näe keegi peale minu."),
    ("et", "Palun öelge oma elukoha aadress."),
])
def test_the_address_itself_is_still_asked(lang, sentence):
    assert find_identifier_requests(sentence, lang)


def _household_chat(lang, line):
    if lang == "et":
        return [("agent", "Tere! Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?"),
                ("client", "Tere, miks naaber sai üksi elava pensionäri toetust ja mina mitte?"),
                ("agent", line),
                ("client", "Tütar on kirjas, aga ta elab ammu Tartus."),
                ("agent", "Toetust makstakse sellele, kes on rahvastikuregistri järgi oma aadressil ainsana kirjas."),
                ("client", "Selge, aitäh."),
                ("agent", "Aitäh, et kirjutasite, head päeva!")]
    return [("agent", "Здравствуйте! Департамент социального страхования, Ольга. Чем могу помочь?"),
            ("client", "Здравствуйте, почему соседке дали пособие одинокому пенсионеру, а мне нет?"),
            ("agent", line),
            ("client", "Дочь прописана, но она давно живёт в Тарту."),
            ("agent", "Пособие платят тому, кто по регистру народонаселения живёт по своему адресу один."),
            ("client", "Понятно, спасибо."),
            ("agent", "Спасибо, что написали, хорошего дня!")]


@pytest.mark.parametrize("lang,line", [
    ("et", "Öelge, kas Teie aadressil on peale Teie teisi inimesi registreeritud?"),
    ("ru", "Скажите, по Вашему адресу, кроме Вас, никто не прописан?"),
])
def test_an_open_chat_asking_about_the_household_keeps_data_protection(lang, line):
    assert verdicts(lang, _household_chat(lang, line), channel="chat", no_identifiers=True)["data_protection"] == "pass"


@pytest.mark.parametrize("lang,line", [
    ("et", "Kirjutage palun oma aadress, siis vaatan, kes seal veel kirjas on."),
    ("ru", "Напишите, пожалуйста, Ваш адрес, и я посмотрю, кто там ещё прописан."),
])
def test_an_open_chat_asking_for_the_address_still_fails(lang, line):
    assert verdicts(lang, _household_chat(lang, line), channel="chat", no_identifiers=True)["data_protection"] == "fail"


# -- formal address: "ära" as a verb's particle ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["ei kao ära midagi teie toetus makstakse edasi",
                                  "jah see ei lähe ära praegu on kõik korras",
                                  "ei võeta ära see jääb teile alles"])
def test_ara_after_a_negated_verb_is_its_particle(text):
    assert tx.find_informal_address(text, "et") == []


@pytest.mark.parametrize("text,word", [("ma ei tea ära muretse me vaatame koos", "ära"),
                                       ("Ära muretse, see laheneb.", "Ära"),
                                       ("ee ära karda midagi", "ära")])
def test_the_prohibitive_ara_is_still_informal(text, word):
    assert word in [m.quote for m in tx.find_informal_address(text, "et")]


# -- closing: a wish for the trip; the client turning elsewhere ------------------------------------------------------------

def _moving_chat(lang, last, after_answer=None):
    if lang == "et":
        turns = [("agent", "Tere, Sotsiaalkindlustusamet, Piret kuuleb. Kuidas saan aidata?"),
                 ("client", "Tere, kolin Portugali, kas pension tuleb ka sinna?"),
                 ("agent", "Jah, pension makstakse Portugali edasi, uue aadressi saate teatada iseteeninduses."),
                 ("client", after_answer or "Selge, aitäh!")]
    else:
        turns = [("agent", "Здравствуйте, Департамент социального страхования, Наталья. Чем могу помочь?"),
                 ("client", "Здравствуйте, переезжаю в Португалию, пенсия туда будет приходить?"),
                 ("agent", "Да, пенсию будут платить в Португалию, новый адрес сообщите в среде самообслуживания."),
                 ("client", after_answer or "Понятно, спасибо!")]
    return turns + [("agent", last)]


@pytest.mark.parametrize("lang,last", [
    ("et", "Pole tänu väärt, head teed!"), ("et", "Ilusat reisi Teile!"), ("et", "Kiiret paranemist!"),
    ("ru", "Не за что, счастливого пути!"), ("ru", "Удачного Вам переезда!"), ("ru", "Лёгкой дороги!"),
])
def test_a_wish_for_the_trip_closes(lang, last):
    assert verdicts(lang, _moving_chat(lang, last), channel="chat")["closing"] == "pass"


@pytest.mark.parametrize("lang,last", [
    ("et", "Head uudised on need, et pension tuleb edasi."), ("et", "Pole tänu väärt."),
    ("ru", "Хорошей новости тут нет, но пенсия придёт."), ("ru", "Не за что."),
])
def test_no_wish_no_closing(lang, last):
    assert verdicts(lang, _moving_chat(lang, last), channel="chat")["closing"] == "fail"


@pytest.mark.parametrize("text", ["ладно, спрошу лучше у соседки", "Хорошо, узнаю в другом месте.",
                                  "Лучше я сама позвоню в отделение.", "olgu, küsin parem kohapeal",
                                  "Selge, uurin siis mujalt.", "Parem ma helistan infotelefonile."])
def test_turning_elsewhere(text):
    assert turns_elsewhere(text)


@pytest.mark.parametrize("text", ["Хорошо, позвоню на 16106, спасибо.", "Мне уже лучше, спасибо.",
                                  "Selge, helistan homme infotelefonile.", "Kolin mujale elama."])
def test_not_turning_elsewhere(text):
    assert not turns_elsewhere(text)


REPEAT = {"et": "Pension makstakse iga kuu viiendal kuupäeval, välismaale samuti viiendal kuupäeval.",
          "ru": "Пенсия выплачивается пятого числа каждого месяца, за границу тоже пятого числа."}
ANSWER = {"et": "Ei, Portugali pangakonto sobib, uue konto numbri saate teatada iseteeninduses.",
          "ru": "Нет, португальский счёт подходит, номер нового счёта сообщите в среде самообслуживания."}
ASKED = {"et": "See on selge, aga kas ma pean Eesti pangakonto alles jätma?",
         "ru": "Это понятно, а мне нужно оставить эстонский банковский счёт?"}
ELSEWHERE = {"et": "olgu, küsin parem pangast", "ru": "Ладно, узнаю лучше в банке."}
BYE = {"et": "Aitäh pöördumast, head päeva!", "ru": "Спасибо за обращение, всего доброго!"}


def _elsewhere_chat(lang, second_reply):
    opening, ask, _, _ = _moving_chat(lang, "")[:4]
    return [opening, ("client", "Tere, millal pension välismaale tuleb?" if lang == "et"
                      else "Здравствуйте, когда приходит пенсия за границу?"),
            ("agent", REPEAT[lang]), ("client", ASKED[lang]), ("agent", second_reply),
            ("client", ELSEWHERE[lang]), ("agent", BYE[lang])]


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_turning_elsewhere_after_a_repeat_leaves_the_question_open(lang):
    assert verdicts(lang, _elsewhere_chat(lang, REPEAT[lang]), channel="chat")["closing"] == "fail"


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_turning_elsewhere_after_an_answer_is_closed(lang):
    assert verdicts(lang, _elsewhere_chat(lang, ANSWER[lang]), channel="chat")["closing"] == "pass"


# -- summary: a yes or no to a spoken question is an answer -------------------------------------------------------------------

def _spoken_call(lang, client_last, agent_last):
    if lang == "et":
        return [("agent", "tere sotsiaalkindlustusamet piret kuuleb"),
                ("client", "tere mu isale jäi hooldustoetus septembris maksmata ja ma ei saa aru miks"),
                ("agent", "saan aru see on ebameeldiv toetus peatati sest puude otsuse tähtaeg sai läbi tuleb esitada "
                          "uus taotlus puude raskusastme hindamiseks"),
                ("client", "ja kuhu seda taotlust esitada"),
                ("agent", "taotluse saab esitada iseteeninduses või klienditeeninduses isikut tõendava dokumendiga"),
                ("client", client_last),
                ("agent", agent_last),
                ("client", "hästi aitäh"),
                ("agent", "head aega")]
    return [("agent", "здравствуйте департамент социального страхования наталья слушаю"),
            ("client", "здравствуйте отцу перестали платить пособие по уходу в сентябре и я не понимаю почему"),
            ("agent", "понимаю это неприятно пособие приостановили потому что закончился срок решения об инвалидности "
                      "нужно подать новое заявление на оценку степени"),
            ("client", "а куда это заявление подавать"),
            ("agent", "заявление подаётся в среде самообслуживания или в бюро обслуживания с документом"),
            ("client", client_last),
            ("agent", agent_last),
            ("client", "хорошо спасибо"),
            ("agent", "до свидания")]


ASKS_BY_TUNE = {"et": "selge aga septembri raha jääb siis saamata",
                "ru": "понятно а деньги за сентябрь пропадут"}
YES_NO_ANSWER = {"et": "ei pärast uut otsust makstakse toetus septembri eest tagantjärele välja",
                 "ru": "нет после нового решения пособие за сентябрь выплатят задним числом"}
WINDS_UP = {"et": "selge ma esitan siis uue taotluse iseteeninduses", "ru": "понятно я тогда подам новое заявление"}
RECAP = {"et": "jah nii et uus taotlus hindamiseks iseteeninduses ja pärast otsust makstakse toetus tagantjärele",
         "ru": "да значит новое заявление на оценку в среде самообслуживания и после решения пособие выплатят "
               "задним числом"}


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_a_no_to_a_spoken_question_is_an_answer_not_a_recap(lang):
    assert verdicts(lang, _spoken_call(lang, ASKS_BY_TUNE[lang], YES_NO_ANSWER[lang]))["summary"] == "fail"


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_a_yes_then_recap_after_the_client_winds_up_still_sums_up(lang):
    assert verdicts(lang, _spoken_call(lang, WINDS_UP[lang], RECAP[lang]))["summary"] == "pass"


CODE_READ = {"et": "kolm kuus kaks null viis üks kaks null kaks kolm seitse",
             "ru": "три шесть два ноль пять один два ноль два три семь"}
CODE_RECAP = {"et": "jah klapib uue taotluse esitate iseteeninduses ja pärast otsust makstakse toetus tagantjärele "
                    "välja",
              "ru": "да совпадает новое заявление подаёте в среде самообслуживания и после решения пособие выплатят "
                    "задним числом"}


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_a_yes_to_a_code_read_out_still_sums_up(lang):
    assert verdicts(lang, _spoken_call(lang, CODE_READ[lang], CODE_RECAP[lang]))["summary"] == "pass"


@pytest.mark.parametrize("lang,last", [("et", "aitäh helistamast kõike head emale kiiret paranemist"),
                                       ("ru", "спасибо за звонок всего доброго маме скорейшего выздоровления")])
def test_a_spoken_wish_with_whom_it_is_for_closes(lang, last):
    turns = _spoken_call(lang, WINDS_UP[lang], RECAP[lang])[:-1] + [("agent", last)]
    assert verdicts(lang, turns)["closing"] == "pass"


@pytest.mark.parametrize("lang,bye", [("et", "Head aega."), ("ru", "До свидания.")])
def test_a_bare_goodbye_after_turning_elsewhere_leaves_her_question_open(lang, bye):
    # a goodbye is a closing act like thanks or a wish (test_r23sum.py), so it, too, leaves the question open here
    turns = _elsewhere_chat(lang, REPEAT[lang])[:-1] + [("agent", bye)]
    assert verdicts(lang, turns, channel="chat")["closing"] == "fail"
