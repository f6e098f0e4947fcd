"""What blind round 28 showed about clarifying the need and the summary, in general form, on own et/ru sentences:

- a spoken either-or about the client whose last alternative is a clause that denies («вы ... или она не приходит уже
  несколько месяцев», "te ... või see ei ole mitu kuud tulnud") asks; a future, an imperative or advice does not;
- a spoken statement about the person the client rang about («а отец уже на пенсии», "ja ema elab üksi") that the
  client answers with a yes or no was a check; not one the client thanks for, nor one that tells what will happen;
- a sigh of resignation opening a sentence ("jah mis teha nii et kokkuvõttes ...", «что поделаешь, так что ...»)
  asks nothing: the rest is judged; "mis teha kui ..." asks what to do;
- «Это понятно?», "See on selge?" are checks of understanding, not keywords;
- a connector («nii et», «так что») in a reply that applies the answer to what the client has just told, after which
  the client asks on, is a further answer, not a recap.
"""

import pytest
from scoring_support import verdicts

from trainer import text as tx
from trainer.scoring.keyword_chain import keyword_sentence
from trainer.text.person_checks import about_named_person
from trainer.text.statements import after_sigh


def judge(lang, turns, channel="phone", **context):
    return verdicts(lang, turns, channel=channel, **context)


# -- an either-or whose last alternative denies ---------------------------------------------------------------------

@pytest.mark.parametrize("lang, sentence", [
    ("ru", "вы получали пособие на ребёнка в прошлом месяце или оно не приходит уже с лета"),
    ("ru", "у вас решение пришло по почте или его ещё не прислали"),
    ("ru", "вы подали заявление через интернет или оно ещё не подано"),
    ("et", "te ootasite pensioni sel kuul või see ei ole mitu kuud tulnud"),
    ("et", "te küsite selle kuu makse kohta või teil ei ole üldse toetust määratud"),
])
def test_alternative_with_denying_clause_asks(lang, sentence):
    assert tx.is_spoken_question(sentence, lang)


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "вы получите деньги в декабре или они не придут совсем"),  # a future: a statement
    ("ru", "вы можете подать заявление или не подавать его"),  # advice
    ("ru", "вы получаете пенсию или не волнуйтесь"),  # an imperative
    ("ru", "вы подали заявление а пенсия не приходит"),  # no alternative
    ("ru", "пенсия пришла в сентябре или она не приходит"),  # the client not named
    ("et", "te ei saanud pensioni või toetust"),  # the denial before "või"
    ("et", "te saate tulla bürroosse või ei pea üldse tulema"),  # advice
])
def test_alternative_with_denial_must_not_ask(lang, sentence):
    assert not tx.is_spoken_question(sentence, lang)


def test_denying_alternative_clarifies_the_need_ru():
    assert judge("ru", [
        ("agent", "добрый день департамент социального страхования ирина слушаю"),
        ("client", "здравствуйте у меня пособие на ребёнка куда-то пропало"),
        ("agent", "скажите пожалуйста вы получали пособие в прошлом месяце или оно не приходит уже с лета"),
        ("client", "в прошлом месяце было а в этом нет"),
        ("agent", "в этом месяце выплата задержалась на один день из-за выходных деньги придут завтра"),
        ("client", "а понятно спасибо"),
        ("agent", "всего доброго"),
    ])["needs"] == "pass"


def test_future_alternative_clarifies_nothing_ru():
    assert judge("ru", [
        ("agent", "добрый день департамент социального страхования ирина слушаю"),
        ("client", "здравствуйте у меня пособие на ребёнка куда-то пропало"),
        ("agent", "вы получите деньги в декабре или они не придут совсем"),
        ("client", "да спасибо"),
        ("agent", "всего доброго"),
    ])["needs"] == "fail"


# -- a check about the person the call is about ------------------------------------------------------------------------

def test_check_about_named_person():
    said = {"звоню", "по", "поводу", "отца", "пенсия"}
    assert about_named_person("а отец уже на пенсии", "ru", said)
    assert about_named_person("ваш отец живёт один", "ru", said)
    assert about_named_person("ja ema elab üksi", "et", {"helistan", "ema", "parast"})
    # must-nots: a person the client did not name; what will happen; the agent itself; a number
    assert not about_named_person("а мама уже на пенсии", "ru", said)
    assert not about_named_person("отец получит пособие вместе с пенсией", "ru", said)
    assert not about_named_person("отец мне сказал что всё получил", "ru", said)
    assert not about_named_person("отец получает 600 евро", "ru", said)
    assert not about_named_person("ema saab toetuse oktoobris", "et", {"ema"})


def test_confirmed_check_about_father_clarifies_ru():
    assert judge("ru", [
        ("agent", "добрый день департамент социального страхования ольга слушаю вас"),
        ("client", "здравствуйте я звоню по поводу отца он подавал на карту парковки что там решили"),
        ("agent", "а отец уже на пенсии"),
        ("client", "да да ему восемьдесят один"),
        ("agent", "карту парковки выдаёт транспортный департамент к нам это заявление не приходит"),
        ("client", "ну ладно спасибо"),
        ("agent", "до свидания"),
    ], third_party=True)["needs"] == "pass"


def test_confirmed_check_about_mother_clarifies_et():
    assert judge("et", [
        ("agent", "tere sotsiaalkindlustusamet kati kuuleb"),
        ("client", "tere ma helistan ema pärast tal jäi see üksi elava pensionäri toetus tulemata"),
        ("agent", "ja ema elab üksi"),
        ("client", "jah täiesti üksi juba mitu aastat"),
        ("agent", "toetus makstakse oktoobris kui pension jääb alla piiri ja rahvastikuregistris pole teisi inimesi"),
        ("client", "hästi aitäh"),
        ("agent", "head aega"),
    ], third_party=True)["needs"] == "pass"


def test_statement_thanked_for_is_no_check_ru():
    assert judge("ru", [
        ("agent", "добрый день департамент социального страхования ольга слушаю вас"),
        ("client", "здравствуйте я по поводу мамы ей пособие по инвалидности назначили"),
        ("agent", "а мама получает пособие вместе с пенсией"),
        ("client", "да спасибо"),
        ("agent", "всего доброго"),
    ], third_party=True)["needs"] == "fail"


# -- a sigh of resignation opening a sentence -----------------------------------------------------------------------

def test_sigh_before_connector_asks_nothing():
    assert after_sigh("jah mis teha nii et kokkuvõttes poeg muudab elukoha ära") is not None
    assert not tx.is_question("jah mis teha nii et kokkuvõttes poeg muudab elukoha ära", "et")
    assert not tx.is_question("ну что поделаешь так что подаёте ходатайство заново", "ru")
    # must-nots: what to do asked; a question after the connector
    assert tx.is_question("mis teha kui raha ei tule", "et")
    assert tx.is_question("no mis teha aga millal see raha siis tuleb", "et")
    assert tx.is_question("что делать если пенсия не пришла", "ru")
    assert tx.is_question("что поделаешь но когда придут деньги", "ru")


def test_recap_after_sigh_sums_up_et():
    assert judge("et", [
        ("agent", "tere sotsiaalkindlustusamet kati kuuleb"),
        ("client", "tere mu isa ei saanud sel aastal üksi elava pensionäri toetust"),
        ("agent", "tema aadressil on registris kirjas ka tütar ja siis ei loeta teda üksi elavaks"),
        ("client", "oi aga tütar elab ju ammu tallinnas"),
        ("agent", "siis peab tütar oma elukoha ümber registreerima ja järgmisel aastal tuleb toetus jälle"),
        ("client", "no kahju"),
        ("agent", "jah mis teha nii et kokkuvõttes tütar registreerib elukoha ümber ja järgmine aasta tuleb toetus"),
        ("client", "hästi aitäh"),
        ("agent", "head aega"),
    ], third_party=True)["summary"] == "pass"


# -- «Это понятно?» ----------------------------------------------------------------------------------------------------

def test_this_clear_is_no_keyword():
    assert not keyword_sentence("Это понятно?", "ru", (), frozenset())
    assert not keyword_sentence("See selge?", "et", (), frozenset())
    # must-not: a bare topic stays a keyword
    assert keyword_sentence("Это пособие.", "ru", (), frozenset())


def test_this_clear_checks_understanding_ru_chat():
    assert judge("ru", [
        ("agent", "Здравствуйте! Департамент социального страхования. Чем могу помочь?"),
        ("client", "Здравствуйте. Когда приходит пособие по уходу за ребёнком-инвалидом?"),
        ("agent", "Пособие перечисляют 20-го числа каждого месяца на Ваш счёт."),
        ("client", "А если 20-е число выпадает на воскресенье?"),
        ("agent", "Тогда деньги придут в следующий рабочий день, то есть в понедельник. Это понятно?"),
        ("client", "Да, спасибо."),
        ("agent", "Всего доброго!"),
    ], channel="chat")["summary"] == "pass"


# -- a connector that draws on the client's news -----------------------------------------------------------------------

_NEWS_ET = [
    ("agent", "tere sotsiaalkindlustusamet jaan kuuleb"),
    ("client", "tere mu isa ootas oktoobris üksi elava pensionäri toetust aga seda ei tulnud"),
    ("agent", "öelge isa isikukood"),
    ("client", "kolm neli viis null kaks kaks kaks null null üks kaks"),
    ("agent", "toetust ei määratud sest isa aadressil on kirjas ka tema õde"),
    ("client", "ahaa õde elab tegelikult juba ammu rootsis ta pole lihtsalt ümber registreerinud"),
    ("agent", "no siis ongi nii et kui ta oli seal kirjas suve jooksul siis tänavu toetust ei tule"),
]


def test_connector_drawing_on_client_then_asked_on_is_no_recap_et():
    assert judge("et", _NEWS_ET + [
        ("client", "ja mis me nüüd teha saame"),
        ("agent", "kui õde registreerib elukoha ümber siis makstakse järgmisel aastal oktoobris automaatselt"),
        ("client", "hästi aitäh"),
        ("agent", "palun head aega"),
    ], third_party=True)["summary"] == "fail"


def test_connector_drawing_on_client_at_the_end_still_sums_up_et():
    # must-not: nothing asked after it, the conclusion closes the matter
    assert judge("et", _NEWS_ET + [
        ("client", "selge aitäh"),
        ("agent", "palun head aega"),
    ], third_party=True)["summary"] == "pass"
