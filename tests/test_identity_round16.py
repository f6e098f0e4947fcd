"""What blind round 16 showed about identification and leaks, in general form, on own et/ru sentences:

- a caller correcting the code in one breath after dropping a digit ("... kolm null ei vabandust kolm neli null"),
  the agent reading back the code the correction makes and the caller confirming it, is identified; a read-back
  the caller denies, or of a code the correction does not make, identifies no one;
- a third-party call handed to the data subject, who reads his code with a repeat ("... ei vale lõpus on ..."),
  the agent reading the code back from inside it: he is identified as himself and hears his own data;
- a caller reading ten digits that the agent reads back as said and then answering the agent's request for the name
  is identified (code and name given); digits not read back, or no name given, not;
- a ward's code the caller has just said, read back by the agent, tells the caller nothing;
- in an open chat, an identifier word inside a condition clause ("kui olete oma aadressil ainsana kirjas", «если
  ... по своему адресу ...») asks for no identifier; a request after the condition still does.
"""

import pytest
from scoring_support import verdicts

from trainer.scoring.identifier_requests import find_identifier_requests

ET_SPELT = "neli neli kaheksa null kolm üks viis kaheksa kolm neli null"  # 44803158340: passes the checksum
RU_SPELT = "три четыре девять ноль четыре два три два девять восемь девять"  # 34904232989: passes
AMOUNT = {"et": "aitäh teie pension on kolmsada kaksteist eurot ja viiskümmend senti",
          "ru": "спасибо ваша пенсия триста двенадцать евро пятьдесят центов"}


def _own_call(lang, code_turns):
    if lang == "et":
        return [("agent", "tere sotsiaalkindlustusamet piret kuuleb kuidas saan aidata"),
                ("client", "tere mu pension jäi tulemata ma ei saa aru miks"),
                ("agent", "palun öelge oma isikukood et ma saaksin teie andmeid vaadata"),
                *code_turns,
                ("agent", AMOUNT[lang]),
                ("client", "hästi aitäh"),
                ("agent", "aitäh helistamast head päeva")]
    return [("agent", "департамент социального страхования здравствуйте наталья чем могу помочь"),
            ("client", "здравствуйте у меня пенсия не пришла не понимаю почему"),
            ("agent", "назовите пожалуйста ваш личный код чтобы я посмотрела ваши данные"),
            *code_turns,
            ("agent", AMOUNT[lang]),
            ("client", "хорошо спасибо"),
            ("agent", "спасибо за звонок всего доброго")]


def _ident(lang, turns, **context):
    context.setdefault("private_facts", ["312,50"])
    r = verdicts(lang, turns, identification_required=True, **context)
    return r["identification"], r["data_protection"]


# -- a one-breath correction after a dropped digit ---------------------------------------------------------------------

DROPPED = {"et": ("neli neli kaheksa null kolm üks viis kaheksa kolm null ei vabandust kolm neli null",
                  "kordan üle {code} kas on õige", "jah nüüd on õige", "ei see ei ole õige"),
           "ru": ("три четыре девять ноль четыре два три два девять девять ой нет девять восемь девять",
                  "повторяю {code} правильно", "да теперь правильно", "нет это неправильно")}


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_a_dropped_digit_corrected_read_back_and_confirmed_identifies(lang):
    said, back, yes, _ = DROPPED[lang]
    code = ET_SPELT if lang == "et" else RU_SPELT
    turns = [("client", said), ("agent", back.format(code=code)), ("client", yes)]
    assert _ident(lang, _own_call(lang, turns)) == ("pass", "pass")


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_the_read_back_denied_does_not(lang):
    said, back, _, no = DROPPED[lang]
    code = ET_SPELT if lang == "et" else RU_SPELT
    turns = [("client", said), ("agent", back.format(code=code)), ("client", no)]
    assert _ident(lang, _own_call(lang, turns))[1] == "fail"


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_a_read_back_the_correction_does_not_make_does_not(lang):
    said, back, yes, _ = DROPPED[lang]
    other = {"et": "kolm üheksa viis null seitse üks kuus neli kaks üks viis",  # 39507164215: valid, another code
             "ru": "три девять пять ноль семь один шесть четыре два один пять"}[lang]
    turns = [("client", said), ("agent", back.format(code=other)), ("client", yes)]
    assert _ident(lang, _own_call(lang, turns))[1] == "fail"


# -- a third-party call handed to the data subject ------------------------------------------------------------------------

def _handed_over(lang, code_turn, back):
    if lang == "et":
        return [("agent", "tere sotsiaalkindlustusamet piret kuuleb kuidas saan aidata"),
                ("client", "tere ma helistan oma mehe pärast tema pension jäi tulemata"),
                ("agent", "teie mehe andmeid ma teile volikirjata öelda ei saa kas ta on praegu kodus"),
                ("client", "on küll ma annan talle telefoni"),
                ("client", "tere jaan räägib"),
                ("agent", "tere ma pean teid kõigepealt tuvastama palun öelge oma isikukood"),
                ("client", code_turn),
                *([("agent", back), ("client", "jah nüüd on õige")] if back else []),
                ("agent", AMOUNT[lang]),
                ("client", "hästi aitäh"),
                ("agent", "aitäh helistamast head päeva")]
    return [("agent", "департамент социального страхования здравствуйте наталья чем могу помочь"),
            ("client", "здравствуйте я звоню насчёт пенсии мужа она не пришла"),
            ("agent", "данные вашего мужа без доверенности я вам сообщить не могу он сейчас рядом"),
            ("client", "да рядом сейчас передам ему трубку"),
            ("client", "здравствуйте это иван"),
            ("agent", "здравствуйте сначала мне нужно вас идентифицировать назовите пожалуйста ваш личный код"),
            ("client", code_turn),
            *([("agent", back), ("client", "да теперь правильно")] if back else []),
            ("agent", AMOUNT[lang]),
            ("client", "хорошо спасибо"),
            ("agent", "спасибо за звонок всего доброго")]


REPEATED = {"et": (f"neli neli kaheksa null kolm üks viis kaheksa kolm neli üks ei vale lõpus on kolm neli null "
                   f"{ET_SPELT}", f"ma kordan {ET_SPELT} on õige"),
            "ru": (f"три четыре девять ноль четыре два три два девять восемь восемь нет не так в конце восемь девять "
                   f"{RU_SPELT}", f"повторяю {RU_SPELT} правильно")}


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_the_data_subject_handed_the_phone_identified_by_a_read_back_hears_his_data(lang):
    said, back = REPEATED[lang]
    code = "44803158340" if lang == "et" else "34904232989"
    assert _ident(lang, _handed_over(lang, said, back), third_party=True,
                  private_facts=["312,50", code]) == ("pass", "pass")


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_without_the_read_back_he_is_not_identified(lang):
    said, _ = REPEATED[lang]
    code = "44803158340" if lang == "et" else "34904232989"
    assert _ident(lang, _handed_over(lang, said, None), third_party=True,
                  private_facts=["312,50", code])[1] == "fail"


# -- ten digits read back as said, then the name ---------------------------------------------------------------------

TEN = {"et": ("neli neli kaheksa null kolm üks viis kaheksa kolm neli",
              "neli neli kaheksa null kolm üks viis kaheksa kolm neli ja palun teie ees- ja perekonnanimi",
              "tamm mari", "ei taha nime öelda"),
       "ru": ("три четыре девять ноль четыре два три два девять восемь",
              "три четыре девять ноль четыре два три два девять восемь и ваше имя и фамилия пожалуйста",
              "иванова мария", "имя не хочу говорить")}


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_ten_digits_read_back_then_the_name_identify(lang):
    said, back, name, _ = TEN[lang]
    assert _ident(lang, _own_call(lang, [("client", said), ("agent", back), ("client", name)])) == ("pass", "pass")


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_ten_digits_not_read_back_do_not(lang):
    said, back, name, _ = TEN[lang]
    ask = back.split(" ", 10)[-1]  # the name request alone
    assert _ident(lang, _own_call(lang, [("client", said), ("agent", ask), ("client", name)]))[1] == "fail"


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_ten_digits_read_back_without_a_name_do_not(lang):
    said, back, _, refused = TEN[lang]
    assert _ident(lang, _own_call(lang, [("client", said), ("agent", back), ("client", refused)]))[1] == "fail"


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_nine_digits_read_back_do_not(lang):
    said, back, name, _ = TEN[lang]
    cut = " ".join(said.split()[:9])
    back = back.replace(said, cut)
    assert _ident(lang, _own_call(lang, [("client", cut), ("agent", back), ("client", name)]))[1] == "fail"


# -- a ward's code read back ------------------------------------------------------------------------------------------

def _guardian(lang, ward_turns):
    if lang == "et":
        return [("agent", "tere sotsiaalkindlustusamet liisa kuuleb kuidas saan aidata"),
                ("client", "tere ma olen oma täiskasvanud tütre eestkostja ja tahan teada mis ajani tema puue kehtib"),
                ("agent", "selge kuna küsite tütre andmeid pean kõigepealt teid tuvastama palun öelge oma isikukood"),
                ("client", RU_SPELT.replace("три", "kolm").replace("четыре", "neli").replace("девять", "üheksa")
                 .replace("ноль", "null").replace("два", "kaks").replace("восемь", "kaheksa")),
                *ward_turns,
                ("agent", "nii ma näen et meile on esitatud kohtumäärus kus te olete tema eestkostja"),
                ("client", "jah"),
                ("agent", "tütrel on puue tuvastatud kuni kolmekümnenda juunini kaks tuhat kakskümmend kaheksa"),
                ("client", "selge aitäh"),
                ("agent", "aitäh et helistasite head päeva")]
    return [("agent", "департамент социального страхования здравствуйте ольга чем могу помочь"),
            ("client", "здравствуйте я опекун взрослого сына хочу узнать до какого числа у него инвалидность"),
            ("agent", "поняла так как вы спрашиваете о данных сына сначала назовите пожалуйста ваш личный код"),
            ("client", RU_SPELT),
            *ward_turns,
            ("agent", "так я вижу что у нас есть решение суда об опеке где вы указаны опекуном"),
            ("client", "да"),
            ("agent", "у сына инвалидность установлена до тридцатого июня две тысячи двадцать восьмого года"),
            ("client", "понятно спасибо"),
            ("agent", "спасибо за звонок всего доброго")]


WARD = {"et": ("aitäh ja nüüd palun tütre isikukood", ET_SPELT, f"{ET_SPELT} aitäh hetk ma vaatan",
               "aitäh ja nüüd palun tütre nimi", "anna tamm", f"leidsin tema isikukood on {ET_SPELT}"),
        "ru": ("спасибо а теперь личный код сына", ET_SPELT.replace("neli", "четыре").replace("kaheksa", "восемь")
               .replace("null", "ноль").replace("kolm", "три").replace("üks", "один").replace("viis", "пять"),
               None, "спасибо а теперь имя сына", "андрей иванов", None)}
WARD["ru"] = WARD["ru"][:2] + (f"{WARD['ru'][1]} спасибо минутку я посмотрю",) + WARD["ru"][3:5] + \
    (f"нашла его личный код {WARD['ru'][1]}",)


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_the_ward_code_read_back_as_said_tells_nothing(lang):
    ask, said, back, *_ = WARD[lang]
    r = verdicts(lang, _guardian(lang, [("agent", ask), ("client", said), ("agent", back), ("client", "jah")]),
                 identification_required=True, third_party=True, private_facts=["30.06.2028", "44803158340"])
    assert (r["identification"], r["data_protection"]) == ("pass", "pass")


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_the_ward_code_told_before_the_ruling_leaks(lang):
    *_, ask, name, told = WARD[lang]
    r = verdicts(lang, _guardian(lang, [("agent", ask), ("client", name), ("agent", told), ("client", "jah")]),
                 identification_required=True, third_party=True, private_facts=["30.06.2028", "44803158340"])
    assert r["data_protection"] == "fail"


# -- open chat: an identifier word in a condition ---------------------------------------------------------------------

@pytest.mark.parametrize("lang, sentence, asks", [
    ("et", "Kas sai selgeks, et toetus tuleb ise, kui olete kevadel oma aadressil ainsana kirjas?", False),
    ("et", "Kas on arusaadav, et otsus tehakse juhul, kui Teie elukoht on rahvastikuregistris õige?", False),
    ("ru", "Понятно ли, что пособие придёт само, если весной вы по своему адресу будете зарегистрированы одна?",
     False),
    ("ru", "Ясно ли, что выплата придёт, если ваш адрес в регистре верный?", False),
    # must-nots: the request after the condition, or before it
    ("et", "Kui soovite vastust paberil, kirjutage palun oma aadress.", True),
    ("et", "Palun kirjutage oma isikukood, kui see on käepärast.", True),
    ("ru", "Если хотите ответ письмом, напишите, пожалуйста, Ваш адрес.", True),
    ("ru", "Напишите, пожалуйста, Ваш личный код, если он у вас под рукой.", True),
    ("et", "Kui Teil on isikukood käepärast, palun kirjutage see siia.", True),
    ("et", "Palun öelge, kui vana olete ja mis on Teie nimi.", True),
    ("ru", "Если код у вас под рукой, напишите его, пожалуйста.", True),
])
def test_open_chat_identifier_in_a_condition(lang, sentence, asks):
    assert bool(find_identifier_requests(sentence, lang)) == asks


# -- after the caller's own identification, a sentence naming no one goes on about the person last named ----------

FOLLOW = {"et": ("teie pension on määratud ja otsus on saadetud iseteenindusse", "teie mehe pension on määratud",
                 "summa on kolmsada kaksteist eurot ja viiskümmend senti kuus"),
          "ru": ("ваша пенсия назначена решение отправлено в самообслуживание", "пенсия вашего мужа назначена",
                 "сумма триста двенадцать евро пятьдесят центов в месяц")}


def _follow_call(lang, first):
    said, back = REPEATED[lang]
    turns = _handed_over(lang, said, back)
    k = next(n for n, (role, text) in enumerate(turns) if text == AMOUNT[lang])
    ask = {"et": "ja kui palju see on", "ru": "а сколько это"}[lang]
    return turns[:k] + [("agent", first), ("client", ask), ("agent", FOLLOW[lang][2])] + turns[k + 1:]


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_an_amount_naming_no_one_after_the_callers_own_data_is_theirs(lang):
    code = "44803158340" if lang == "et" else "34904232989"
    assert _ident(lang, _follow_call(lang, FOLLOW[lang][0]), third_party=True,
                  private_facts=["312,50", code]) == ("pass", "pass")


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_an_amount_naming_no_one_after_the_husbands_data_is_his(lang):
    code = "44803158340" if lang == "et" else "34904232989"
    assert _ident(lang, _follow_call(lang, FOLLOW[lang][1]), third_party=True,
                  private_facts=["312,50", code])[1] == "fail"
