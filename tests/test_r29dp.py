"""What blind round 29 showed about identification, leaks and the greeting, in general form, on own et/ru sentences:

- a caller reading the code with one digit said twice across a hesitation ("... viis ee viis ...", «... два эээ два
  ...»: 12 digits, no valid code among them, the digit said once gives one) whom the agent reads the code back to as
  meant and asks the name ("ja nimi on teil", «а фамилия у вас»), the caller giving it, is identified; the read-back
  tells the caller nothing. Without the read-back, or without the name, an unconfirmed 12-digit reading still
  identifies no one (rounds 15-16);
- an amount said with its hundreds in two words ("üks tuhat kaks sada viis eurot", as speech recognition writes
  "kakssada") is one number: told to a third-party caller without authorisation, it is a disclosure;
- a Russian surname written in Latin letters ("Sotsiaalkindlustusamet, Petrova.") is no first name in the greeting.
"""

import pytest
from scoring_support import verdicts

from trainer import text as tx
from trainer.scoring.codes import code_stammered
from trainer.scoring.identifier_requests import find_identifier_requests
from trainer.text.spoken import normalize_input

# 44803158340 and 34904232989 pass the checksum; each read with one digit said twice across a hesitation
ET_STAMMER = "neli neli kaheksa null kolm üks viis ee viis kaheksa kolm neli null"
RU_STAMMER = "три четыре девять ноль четыре два три два эээ два девять восемь девять"
CODE = {"et": "44803158340", "ru": "34904232989"}
READ_BACK = {"et": "aitäh ma kordan neli neli kaheksa null kolm üks viis kaheksa kolm neli null ja nimi on teil",
             "ru": "спасибо повторяю три четыре девять ноль четыре два три два девять восемь девять а фамилия у вас"}


def test_a_digit_said_twice_across_a_hesitation_gives_the_code():
    assert code_stammered(ET_STAMMER, "et") == CODE["et"]
    assert code_stammered(ET_STAMMER.replace(" ee ", " öö "), "et") == CODE["et"]
    assert code_stammered(RU_STAMMER, "ru") == CODE["ru"]


@pytest.mark.parametrize("text,lang", [
    ("neli neli kaheksa null kolm üks viis viis kaheksa kolm neli null", "et"),  # no hesitation between them
    ("neli neli kaheksa null kolm üks viis ee viis kaheksa kolm neli üks", "et"),  # said once: no valid code
    ("neli neli kaheksa null kolm ee üks viis kaheksa kolm neli null", "et"),  # a hesitation, no repeat: 11 digits
    ("три четыре девять ноль четыре два три два эээ два девять восемь восемь", "ru"),
])
def test_no_repeat_or_no_valid_code_gives_none(text, lang):
    assert code_stammered(text, lang) == ""


def _call(lang, read_back=True, name=True):
    if lang == "et":
        back = READ_BACK["et"] if read_back else "aitäh ja nimi on teil"
        return [("agent", "tere sotsiaalkindlustusamet piret kuuleb kuidas saan aidata"),
                ("client", "tere mu pension jäi tulemata ma ei saa aru miks"),
                ("agent", "selge palun öelge oma isikukood et ma saaksin vaadata"),
                ("client", ET_STAMMER),
                ("agent", back),
                ("client", "maie saar" if name else "milleks teil seda vaja on"),
                ("agent", "aitäh teie pension on kolmsada kaksteist eurot ja viiskümmend senti"),
                ("client", "selge aitäh"),
                ("agent", "aitäh helistamast ilusat päeva")]
    back = READ_BACK["ru"] if read_back else "спасибо а фамилия у вас"
    return [("agent", "здравствуйте департамент социального страхования наталья слушаю"),
            ("client", "здравствуйте мне пенсия не пришла не понимаю почему"),
            ("agent", "хорошо назовите пожалуйста ваш личный код"),
            ("client", RU_STAMMER),
            ("agent", back),
            ("client", "ольга петрова" if name else "а это зачем вам"),
            ("agent", "спасибо ваша пенсия триста двенадцать евро пятьдесят центов"),
            ("client", "понятно спасибо"),
            ("agent", "спасибо за звонок всего доброго")]


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_the_code_read_back_as_meant_and_the_name_given_identify(lang):
    r = verdicts(lang, _call(lang), identification_required=True, private_facts=[CODE[lang], "312,50"])
    assert r["identification"] == "pass"
    assert r["data_protection"] == "pass"


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_without_the_read_back_the_twelve_digits_identify_no_one(lang):
    r = verdicts(lang, _call(lang, read_back=False), identification_required=True, private_facts=["312,50"])
    assert r["identification"] == "fail"
    assert r["data_protection"] == "fail"


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_without_the_name_the_read_back_identifies_no_one_but_discloses_nothing(lang):
    turns = _call(lang, name=False)
    r = verdicts(lang, turns, identification_required=True, private_facts=["312,50"])
    assert r["identification"] == "fail"
    # the read-back alone (no amount told) tells the caller nothing
    r = verdicts(lang, turns[:5], identification_required=True, private_facts=[CODE[lang]])
    assert r["data_protection"] == "pass"


@pytest.mark.parametrize("text,lang", [
    ("aitäh ma kordan 44803158340 ja nimi on teil", "et"),
    ("selge ja teie nimi on", "et"),
    ("спасибо повторяю 34904232989 а фамилия у вас", "ru"),
    ("и имя у вас", "ru"),
])
def test_an_elliptic_name_request_asks_for_it(text, lang):
    assert find_identifier_requests(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("nimi on teil õige", "et"),
    ("ja nimi on teil ju olemas", "et"),
    ("ma kordan teie pension on 500 eurot", "et"),
    ("а фамилия у вас та же", "ru"),
    ("и имя у вас красивое", "ru"),
])
def test_a_statement_about_the_name_asks_for_nothing(text, lang):
    assert not find_identifier_requests(text, lang)


# -- numbers: the hundreds in two words ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,number", [
    ("see on üks tuhat kaks sada viis eurot", "1205"),
    ("kokku kolm sada eurot", "300"),
    ("tuhat ükssada eurot", "1100"),
    ("kahe saja euro eest", "200"),
])
def test_hundreds_in_two_words_are_one_number(text, number):
    assert number in normalize_input(text, "et").text.split()


@pytest.mark.parametrize("text,digits", [
    ("neli neli kaheksa null kolm üks viis kaheksa kolm neli null", "44803158340"),  # a code digit by digit
    ("null kaks sada", "0 200"),  # the zero stays a digit of its own
    ("одна тысяча двести пять евро", "1205 евро"),
])
def test_other_runs_are_read_as_before(text, digits):
    assert digits in normalize_input(text, "ru" if text[0] in "о" else "et").text


def _relative_call(amount):
    return [("agent", "tere sotsiaalkindlustusamet siim kuuleb"),
            ("client", "tere helistan isa pärast tal jäi toetus tulemata"),
            ("agent", "selge kui te ütlete tema isikukoodi siis ma vaatan"),
            ("client", "kolm neli üheksa null neli kaks kolm kaks üheksa kaheksa üheksa"),
            ("agent", "nii näen jah " + amount),
            ("client", "selge"),
            ("agent", "head aega")]


def test_a_relatives_amount_in_split_hundreds_is_a_disclosure():
    r = verdicts("et", _relative_call("tema pension on üks tuhat kaks sada viis eurot kuus"), third_party=True,
                 identification_required=True, private_facts=["34904232989", "1205"])
    assert r["identification"] == "fail"
    assert r["data_protection"] == "fail"


def test_a_relative_told_no_data_is_no_disclosure():
    r = verdicts("et", _relative_call("toetuse saamiseks peab ta ise taotluse esitama"), third_party=True,
                 identification_required=True, private_facts=["34904232989", "1205"])
    assert r["data_protection"] == "pass"


# -- greeting: a surname in Latin letters ----------------------------------------------------------------------------

@pytest.mark.parametrize("word", ["Petrova", "Smirnov", "Kuznetsova", "Vassiljeva", "Semjonova"])
def test_a_russian_surname_in_latin_is_a_surname(word):
    assert tx.is_surname(word)
    assert not tx.is_first_name(word)


@pytest.mark.parametrize("word", ["Olga", "Roman", "Toomas", "Mari", "Kask", "Sofia", "Nina"])
def test_first_names_and_estonian_words_are_no_russian_surnames(word):
    assert not tx.is_surname(word)


def _opening(first):
    return [("client", "tere"),
            ("agent", first),
            ("client", "можно по-русски?"),
            ("agent", "Да, конечно. Слушаю Вас."),
            ("client", "когда приходит пенсия?"),
            ("agent", "Пенсия приходит пятого числа каждого месяца."),
            ("client", "спасибо"),
            ("agent", "Спасибо за обращение, всего доброго!")]


@pytest.mark.parametrize("surname", ["Semjonova", "Petrova"])  # the first one the Estonian dictionary lists
def test_a_surname_alone_in_the_opening_is_no_own_name(surname):
    r = verdicts("ru", _opening(f"Tere! Sotsiaalkindlustusamet, {surname}. Kuidas saan aidata?"), channel="chat")
    assert r["greeting"] == "fail"


def test_a_first_name_and_surname_in_the_opening_introduce_the_agent():
    r = verdicts("ru", _opening("Tere! Sotsiaalkindlustusamet, Olga Petrova. Kuidas saan aidata?"), channel="chat")
    assert r["greeting"] == "pass"
