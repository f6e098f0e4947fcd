"""What blind round 15 showed about identification and leaks, in general form, on own et/ru sentences:

- a caller correcting the end of the code they read ("ei viimane ei ole üks ... null null null kolm neli null"), the agent
  reading back the code the correction makes, is identified; without the read-back, or with a read-back of a code
  the correction does not make, as before;
- a code read in pairs with one zero too many ("kaheksakümmend null kolm", «девяносто ноль четыре»), the agent going
  on without asking for it again, identifies the caller; asked for again, or a 12-digit run with no such pair, not;
- a third-party caller asked for their own code in a sentence that names the other person as the reason ("kuna
  küsite poja andmeid ... palun öelge oma isikukood") is identified as themselves; the guardianship ruling said to
  be on file ("määrus on meil olemas", «решение суда у нас есть») lets them hear the ward's data;
- in an open chat, the residence as the thing to register ("kas poeg peab elukoha ümber registreerima") asks for no
  identifier, nor does a summary step telling to call the info line with one's code; a new address asked still does;
- to an unverified third party, a statement with a winking face ("taotlust tasub saata 😉", «писать смысл есть 😉»)
  confirms the status off the record; thanks or a question with one does not.
"""

import pytest
from scoring_support import verdicts

from trainer.scoring.identifier_requests import find_identifier_requests
from trainer.scoring.statements import find_status_statements

ET_CODE, RU_CODE = "44803158340", "34904232989"  # both pass the checksum
ET_WRONG = "neli neli kaheksa null kolm üks viis kaheksa kolm neli üks"  # 44803158341: fails the checksum
RU_WRONG = "три четыре девять ноль четыре два три два девять восемь восемь"  # 34904232988: fails
ET_PAIRS = "nelikümmend neli kaheksakümmend null kolm viisteist kaheksakümmend kolm nelikümmend"  # 448003158340
RU_PAIRS = "тридцать четыре девяносто ноль четыре двадцать три двадцать девять восемьдесят девять"  # 349004232989
ET_SPELT = "neli neli kaheksa null kolm üks viis kaheksa kolm neli null"
RU_SPELT = "три четыре девять ноль четыре два три два девять восемь девять"


def _own_call(lang, code_turns, amount_turn):
    if lang == "et":
        return [("agent", "tere sotsiaalkindlustusamet piret kuuleb kuidas saan aidata"),
                ("client", "tere mu pension jäi tulemata ma ei saa aru miks"),
                ("agent", "palun öelge oma isikukood et ma saaksin teie andmeid vaadata"),
                *code_turns,
                ("client", "mari tamm"),
                ("agent", amount_turn or "aitäh mari teie pension on kolmsada kaksteist eurot ja viiskümmend senti"),
                ("client", "hästi aitäh"),
                ("agent", "aitäh helistamast head päeva")]
    return [("agent", "департамент социального страхования здравствуйте наталья чем могу помочь"),
            ("client", "здравствуйте у меня пенсия не пришла не понимаю почему"),
            ("agent", "назовите пожалуйста ваш личный код чтобы я посмотрела ваши данные"),
            *code_turns,
            ("client", "мария иванова"),
            ("agent", amount_turn or "спасибо мария ваша пенсия триста двенадцать евро пятьдесят центов"),
            ("client", "хорошо спасибо"),
            ("agent", "спасибо за звонок всего доброго")]


def _ident(lang, turns):
    r = verdicts(lang, turns, identification_required=True, private_facts=["312,50"])
    return r["identification"], r["data_protection"]


CORRECTED = {
    "et": [("client", ET_WRONG),
           ("agent", f"{ET_SPELT[:-4]} üks nii"),
           ("client", "ei ei viimane ei ole üks viimane on null null null kolm neli null"),
           ("agent", f"selge siis {ET_SPELT} ja palun öelge ka oma nimi")],
    "ru": [("client", RU_WRONG),
           ("agent", "три четыре девять ноль четыре два три два девять восемь восемь так"),
           ("client", "нет последняя не восемь последняя девять девять вот два девять восемь девять"),
           ("agent", f"хорошо значит {RU_SPELT} и назовите пожалуйста имя")],
}


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_a_corrected_code_read_back_identifies(lang):
    assert _ident(lang, _own_call(lang, CORRECTED[lang], None)) == ("pass", "pass")


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_a_correction_without_its_read_back_does_not(lang):
    turns = CORRECTED[lang][:3] + [("agent", {"et": "selge ja palun öelge ka oma nimi",
                                              "ru": "хорошо и назовите пожалуйста имя"}[lang])]
    assert _ident(lang, _own_call(lang, turns, None))[1] == "fail"


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_a_read_back_the_correction_does_not_make_does_not(lang):
    other = {"et": "neli neli kaheksa null kolm üks viis kaheksa kolm neli üks", "ru": RU_WRONG}[lang]
    turns = CORRECTED[lang][:3] + [("agent", {"et": f"selge siis {other} ja palun öelge ka oma nimi",
                                              "ru": f"хорошо значит {other} и назовите пожалуйста имя"}[lang])]
    assert _ident(lang, _own_call(lang, turns, None))[1] == "fail"


PAIRS = {"et": (ET_PAIRS, "aitäh ja palun öelge ka oma ees- ja perekonnanimi"),
         "ru": (RU_PAIRS, "спасибо и назовите пожалуйста ваше имя и фамилию")}


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_a_code_read_in_pairs_with_a_zero_too_many_identifies(lang):
    said, ask_name = PAIRS[lang]
    assert _ident(lang, _own_call(lang, [("client", said), ("agent", ask_name)], None)) == ("pass", "pass")


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_a_slipped_code_asked_again_does_not(lang):
    said, _ = PAIRS[lang]
    again = {"et": "vabandust palun öelge isikukood veel kord", "ru": "извините назовите личный код ещё раз"}[lang]
    assert _ident(lang, _own_call(lang, [("client", said), ("agent", again)], None))[1] == "fail"


@pytest.mark.parametrize("lang, said", [
    ("et", "neli neli kaheksa null null kolm üks viis kaheksa kolm neli null"),  # zero doubled, no pair read
    ("ru", "три четыре девять ноль ноль четыре два три два девять восемь девять"),
])
def test_twelve_digits_without_a_pair_slip_do_not(lang, said):
    _, ask_name = PAIRS[lang]
    assert _ident(lang, _own_call(lang, [("client", said), ("agent", ask_name)], None))[1] == "fail"


# -- a guardian: own code asked with the ward as the reason, the ruling on file ------------------------------------

def _guardian_call(lang, on_file):
    if lang == "et":
        return [("agent", "tere sotsiaalkindlustusamet liisa kuuleb kuidas saan aidata"),
                ("client", "tere ma olen oma täiskasvanud tütre eestkostja ja tahan teada mis ajani tema puue kehtib"),
                ("agent", "selge aga kuna küsite tütre andmeid siis pean kõigepealt teid tuvastama palun öelge oma "
                          "isikukood"),
                ("client", ET_SPELT),
                ("agent", "aitäh ja nüüd palun tütre nimi ja isikukood ka"),
                ("client", f"anna tamm {RU_SPELT.replace('три', 'kolm')}"),
                ("agent", on_file),
                ("client", "jah"),
                ("agent", "tütrel on puue tuvastatud kuni kolmekümnenda juunini kaks tuhat kakskümmend kaheksa"),
                ("client", "selge aitäh"),
                ("agent", "aitäh et helistasite head päeva")]
    return [("agent", "департамент социального страхования здравствуйте ольга чем могу помочь"),
            ("client", "здравствуйте я опекун взрослого сына хочу узнать до какого числа у него инвалидность"),
            ("agent", "поняла но так как вы спрашиваете о данных сына сначала мне нужно установить вашу личность "
                      "назовите пожалуйста ваш личный код"),
            ("client", RU_SPELT),
            ("agent", "спасибо а теперь имя и личный код сына"),
            ("client", f"андрей иванов {ET_SPELT.replace('neli', 'четыре')}"),
            ("agent", on_file),
            ("client", "да"),
            ("agent", "у андрея инвалидность установлена до тридцатого июня две тысячи двадцать восьмого года"),
            ("client", "понятно спасибо"),
            ("agent", "спасибо за звонок всего доброго")]


ON_FILE = {"et": ("jah määrus on meil olemas ja seal on teie esindusõigus kirjas kas ma võin jätkata",
                  "ma ei näe praegu mingeid lisadokumente kas ma võin jätkata"),
           "ru": ("да решение суда у нас есть там указано ваше право представлять сына можно продолжать",
                  "я пока не вижу других документов можно продолжать")}


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_a_guardian_identified_with_the_ruling_on_file_hears_the_ward_data(lang):
    r = verdicts(lang, _guardian_call(lang, ON_FILE[lang][0]), identification_required=True, third_party=True,
                 private_facts=["30.06.2028"])
    assert (r["identification"], r["data_protection"]) == ("pass", "pass")


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_without_the_ruling_the_ward_data_leaks(lang):
    r = verdicts(lang, _guardian_call(lang, ON_FILE[lang][1]), identification_required=True, third_party=True,
                 private_facts=["30.06.2028"])
    assert r["data_protection"] == "fail"


# -- open chat: identifier words that ask for no identifier ----------------------------------------------------------

@pytest.mark.parametrize("lang, sentence, asks", [
    ("et", "Täpsustan: kas Teie tütar peab oma elukoha ümber registreerima?", False),
    ("et", "Kas olete elukohta vahepeal muutnud?", False),
    ("et", "Kokkuvõtteks: volikirja tooge büroosse või saatke postiga; seejärel helistate infotelefonile oma "
           "isikukoodiga.", False),
    ("ru", "Уточню: нужно ли Вашей дочери перерегистрировать адрес?", False),
    ("ru", "Итак: доверенность принесите в бюро или пришлите по почте; потом звоните на 16106 со своим личным кодом.",
     False),
    # must-nots: the value asked
    ("et", "Palun kirjutage oma uus elukoha aadress.", True),
    ("et", "Mis on Teie aadress, kuhu Te elukoha registreerisite?", True),
    ("et", "Kokkuvõtteks: volikirja tooge büroosse; seejärel kirjutage siia oma isikukood.", True),
    ("ru", "Напишите, пожалуйста, Ваш новый адрес.", True),
    ("ru", "Напишите, пожалуйста, Ваш зарегистрированный адрес.", True),  # a participle describes it
    ("et", "Palun kirjutage oma registreeritud elukoht.", True),
    ("ru", "Итак: доверенность принесите в бюро; потом напишите сюда свой личный код.", True),
])
def test_open_chat_identifier_requests(lang, sentence, asks):
    assert bool(find_identifier_requests(sentence, lang)) == asks


# -- a winking face to an unverified third party -----------------------------------------------------------------------

def _wink_chat(lang, reply):
    if lang == "et":
        return [("agent", "Tere! Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?"),
                ("client", "Tere, kirjutan kohtutäiturina, kas Jaan Saar saab teilt pensioni?"),
                ("agent", "Isikuandmeid me vestluses ei avalda, saatke palun ametlik päring koos õigusliku alusega."),
                ("client", "Mitteametlikult: kas päringut on mõtet saata?"),
                ("agent", reply),
                ("client", "Selge, aitäh."),
                ("agent", "Aitäh pöördumast, head päeva!")]
    return [("agent", "Здравствуйте! Департамент социального страхования, Ольга. Чем могу помочь?"),
            ("client", "Здравствуйте, я судебный исполнитель, получает ли Иван Серов у вас пенсию?"),
            ("agent", "Личные данные в чате не сообщаются, пришлите, пожалуйста, официальный запрос с правовым основанием."),
            ("client", "А неофициально есть смысл писать запрос?"),
            ("agent", reply),
            ("client", "Понял, спасибо."),
            ("agent", "Спасибо за обращение, всего доброго!")]


@pytest.mark.parametrize("lang, reply, leaks", [
    ("et", "Ütleme nii: päringut tasub kindlasti saata 😉", True),
    ("ru", "Скажем так: запрос писать точно стоит 😉", True),
    # must-nots: the same without the wink, thanks with one, a question with one
    ("et", "Päringu saatmise otsustate Teie, vastame sellele seaduse alusel.", False),
    ("et", "Aitäh mõistva suhtumise eest! 😉", False),
    ("ru", "Решать Вам, ответ на запрос даётся по закону.", False),
    ("ru", "Спасибо за понимание! 😉", False),
    ("ru", "Вы ведь понимаете, что в чате я ничего не скажу? 😉", False),
])
def test_a_winking_face_confirms_the_status(lang, reply, leaks):
    r = verdicts(lang, _wink_chat(lang, reply), channel="chat", third_party=True, no_identifiers=True,
                 private_status=True)
    assert (r["data_protection"] == "fail") == leaks


def test_a_typed_wink_in_plain_text_states_the_status():
    assert find_status_statements("Скажем так, писать смысл есть ;)", "ru")
    assert not find_status_statements("Спасибо, всего доброго ;)", "ru")
