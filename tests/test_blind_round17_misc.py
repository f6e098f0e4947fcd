"""What blind round 17 showed about identification, formal address, the summary and the closing, in general form,
on own et/ru sentences:

- identification: a code request said inside the call model read out ("etapp tuvastamine palun öelge isikukood",
  «этап идентификация назовите личный код») still asked for the code when the client's next reply gives a valid
  one; a partial code or none given, or data told before the request, still fail;
- identification in a third-party call: a caller identified by their own code who then hands the phone to someone
  else ("annan toru naisele", «я жене трубку дам») was identified before their data; what the new speaker hears is
  a data-protection failure, not an identification one; without the hand-over, a relative's data told to the
  identified caller still fails both, and data before the code still fails identification;
- formal address: a past in -id in a relative clause after a plural noun ("dokumendid, mis ... jäid") is its 3pl;
- summary: a spoken check of understanding closing the reply without a question mark («... вам понятно», "...
  kas teile on selge") checks understanding;
- closing: a congratulation in the goodbye ("palju õnne sünnipäeva puhul", «поздравляю с днём рождения») is a
  wish, not a keyword: the reply with it and the thanks is a closing.
"""

import pytest
from scoring_support import verdicts

from trainer.text.address import find_informal_address

ET_SPELT = "neli neli kaheksa null kolm üks viis kaheksa kolm neli null"  # 44803158340: passes the checksum
RU_SPELT = "три четыре девять ноль четыре два три два девять восемь девять"  # 34904232989: passes
ET_PART = "neli neli kaheksa null kolm üks viis kaheksa"
RU_PART = "три четыре девять ноль четыре два три два"


# -- a code request inside the read-out call model, answered with a code ---------------------------------------------

REQUEST = {"et": "etapp tuvastamine palun öelge isikukood",
           "ru": "этап идентификация назовите пожалуйста личный код"}
# the same with the call model's words about "the client": the reply is read as knowledge text, no answer
REQUEST_CLIENT = {"et": "etapp täpsustamine kliendi vajadus vaidlustamine etapp tuvastamine palun öelge isikukood",
                  "ru": "этап уточнение потребность клиента оспорить решение этап идентификация назовите пожалуйста "
                        "личный код"}


def _labelled_call(lang, code, before="", request=None):
    request = request or REQUEST[lang]
    if lang == "et":
        return [("agent", "tere sotsiaalkindlustusamet piret kuuleb"),
                ("client", "tere mulle tuli otsus et toetust ei määratud ja ma tahan seda vaidlustada"),
                ("agent", f"{before}{request}"),
                ("client", code),
                ("agent", "aitäh vaide saab esitada kolmekümne päeva jooksul iseteeninduses või kirjalikult"),
                ("client", "selge aitäh"),
                ("agent", "aitäh helistamast head päeva")]
    return [("agent", "здравствуйте департамент социального страхования наталья"),
            ("client", "здравствуйте мне пришло решение что пособие не назначили и я хочу его оспорить"),
            ("agent", f"{before}{request}"),
            ("client", code),
            ("agent", "спасибо возражение можно подать в течение тридцати дней в среде самообслуживания или письменно"),
            ("client", "понятно спасибо"),
            ("agent", "спасибо за звонок всего доброго")]


BEFORE = {"et": "teie toetus oli kolmsada kaksteist eurot ja viiskümmend senti ",
          "ru": "ваше пособие было триста двенадцать евро пятьдесят центов "}


@pytest.mark.parametrize("lang,requests", [("et", REQUEST), ("ru", REQUEST), ("et", REQUEST_CLIENT),
                                           ("ru", REQUEST_CLIENT)])
def test_a_labelled_code_request_answered_with_a_code_asked(lang, requests):
    code = ET_SPELT if lang == "et" else RU_SPELT
    r = verdicts(lang, _labelled_call(lang, code, request=requests[lang]), identification_required=True,
                 private_facts=["312,50"])
    assert r["identification"] == "pass"


@pytest.mark.parametrize("lang,requests", [("et", REQUEST), ("ru", REQUEST), ("et", REQUEST_CLIENT),
                                           ("ru", REQUEST_CLIENT)])
def test_a_labelled_code_request_answered_with_a_partial_code_did_not(lang, requests):
    code = ET_PART if lang == "et" else RU_PART
    r = verdicts(lang, _labelled_call(lang, code, request=requests[lang]), identification_required=True,
                 private_facts=["312,50"])
    assert r["identification"] == "fail"


@pytest.mark.parametrize("lang,requests", [("et", REQUEST), ("ru", REQUEST), ("et", REQUEST_CLIENT),
                                           ("ru", REQUEST_CLIENT)])
def test_data_before_a_labelled_code_request_still_fails(lang, requests):
    code = ET_SPELT if lang == "et" else RU_SPELT
    r = verdicts(lang, _labelled_call(lang, code, BEFORE[lang], requests[lang]), identification_required=True,
                 private_facts=["312,50"])
    assert r["identification"] == "fail" and r["data_protection"] == "fail"


# -- a third-party call: the identified caller hands the phone over -------------------------------------------------

ET_OWN, RU_OWN = "38203150440", "48112230288"  # both pass the checksum


def _handed_over(lang, handover=True, early=False):
    if lang == "et":
        hand = ("client", "Oodake, ma annan toru naisele, tema ajab neid asju.") if handover else \
            ("client", "Oodake, ma mõtlen korraks.")
        return [("agent", "Tere! Sotsiaalkindlustusamet, Piret kuuleb. Kuidas saan aidata?"),
                ("client", "Tere. Esitasin septembris pensionitaotluse ja vastust pole."),
                ("agent", "Teie pension on 640,20 eurot. Palun öelge oma isikukood." if early
                 else "Selge. Palun öelge oma isikukood, et saaksin Teie taotlust vaadata."),
                ("client", f"{ET_OWN}."),
                ("agent", "Aitäh. Teie taotlus jõudis meile 17. septembril ja on menetluses."),
                hand,
                ("client", "Tere, olen tema abikaasa. Kui suur tema pension praegu on?"),
                ("agent", "Teie mehe pension on praegu 640,20 eurot kuus."),
                ("client", "Selge, aitäh."),
                ("agent", "Aitäh helistamast, kõike head!")]
    hand = ("client", "Подождите, я жене трубку дам, она у нас все бумаги ведёт.") if handover else \
        ("client", "Подождите, я подумаю.")
    return [("agent", "Здравствуйте! Департамент социального страхования, Наталья. Чем могу помочь?"),
            ("client", "Здравствуйте. Я в сентябре подавал заявление на пенсию, а ответа нет."),
            ("agent", "Ваша пенсия 640,20 евро. Назовите, пожалуйста, Ваш личный код." if early
             else "Понятно. Назовите, пожалуйста, Ваш личный код, чтобы я посмотрела Ваше заявление."),
            ("client", f"{RU_OWN}."),
            ("agent", "Спасибо. Ваше заявление поступило 17 сентября и находится в обработке."),
            hand,
            ("client", "Алло, здравствуйте, я его жена. Сколько у него сейчас пенсия?"),
            ("agent", "Пенсия Вашего мужа сейчас 640,20 евро в месяц."),
            ("client", "Понятно, спасибо."),
            ("agent", "Спасибо за звонок, всего доброго!")]


def _tp(lang, turns):
    r = verdicts(lang, turns, identification_required=True, third_party=True,
                 private_facts=[ET_OWN if lang == "et" else RU_OWN, "640,20"])
    return r["identification"], r["data_protection"]


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_a_caller_identified_before_handing_the_phone_over_was_identified(lang):
    assert _tp(lang, _handed_over(lang)) == ("pass", "fail")


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_without_a_hand_over_the_relatives_data_still_fails_identification(lang):
    assert _tp(lang, _handed_over(lang, handover=False)) == ("fail", "fail")


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_data_before_the_code_still_fails_after_a_hand_over(lang):
    assert _tp(lang, _handed_over(lang, early=True)) == ("fail", "fail")


# -- formal address: a past in -id in a relative clause after a plural noun -----------------------------------------

@pytest.mark.parametrize("text", [
    "Lisage tõendid, mis Teie hinnangul jäid eelmisel korral arvestamata.",
    "Märkige ka kuud, mis jäid töötasust ilma.",
    "Need on inimesed, kes pidid ootama kauem.",
])
def test_a_past_in_id_after_a_plural_antecedent_is_3pl(text):
    assert find_informal_address(text, "et") == []


@pytest.mark.parametrize("text", [
    "Kas sa jäid rahule?",
    "Kirjutage, mis sa jäid ootama.",
    "Lisage tõend, mis jäid arvestamata.",
    "Ütle, mis jäid ootama.",
])
def test_a_past_in_id_without_a_plural_antecedent_stays_informal(text):
    assert find_informal_address(text, "et") != []


# -- summary: a spoken check closing the reply ----------------------------------------------------------------------

def _spoken_recap(lang, check):
    if lang == "et":
        return [("agent", "tere sotsiaalkindlustusamet piret kuuleb"),
                ("client", "tere ma tahtsin teada kas mu puude otsus on juba tehtud"),
                ("agent", "kas te küsite puude raskusastme otsuse kohta"),
                ("client", "jah just"),
                ("agent", "palun öelge oma isikukood"),
                ("client", ET_SPELT),
                ("agent", "aitäh otsus on tehtud teile määrati keskmine puue ja toetus makstakse kuu viiendal"),
                ("client", "aa hästi"),
                ("agent", f"otsus on iseteeninduses puue keskmine toetus viiendal {check}".strip()),
                ("client", "jah aga kust ma tõendi tööandjale saan"),
                ("agent", "otsuse saate ise iseteenindusest alla laadida ja tööandjale näidata"),
                ("client", "selge aitäh"),
                ("agent", "palun")]
    return [("agent", "здравствуйте департамент социального страхования наталья"),
            ("client", "здравствуйте я хотела узнать есть ли уже решение по инвалидности"),
            ("agent", "вы спрашиваете о решении по степени инвалидности"),
            ("client", "да именно"),
            ("agent", "назовите пожалуйста ваш личный код"),
            ("client", RU_SPELT),
            ("agent", "спасибо решение есть установлена средняя степень пособие выплачивается пятого числа"),
            ("client", "а хорошо"),
            ("agent", f"решение в самообслуживании степень средняя выплата пятого {check}".strip()),
            ("client", "да а справку для работодателя где взять"),
            ("agent", "решение вы можете сами скачать из среды самообслуживания и показать работодателю"),
            ("client", "понятно спасибо"),
            ("agent", "пожалуйста")]


@pytest.mark.parametrize("lang,check", [("et", "kas teile on selge"), ("et", "on teile arusaadav"), ("ru", "вам понятно"),
                                        ("ru", "вам всё понятно")])
def test_a_spoken_check_closing_the_recap_counts(lang, check):
    r = verdicts(lang, _spoken_recap(lang, check), identification_required=True)
    assert r["summary"] == "pass"


@pytest.mark.parametrize("lang,check", [("et", ""), ("ru", ""), ("ru", "если вам понятно позвоните")])
def test_no_check_no_summary_here(lang, check):
    r = verdicts(lang, _spoken_recap(lang, check), identification_required=True)
    assert r["summary"] == "fail"


def test_a_spoken_check_before_any_answer_is_no_summary():
    turns = [("agent", "здравствуйте департамент социального страхования наталья"),
             ("client", "здравствуйте я хотела узнать есть ли уже решение по инвалидности"),
             ("agent", "решение по инвалидности принимает департамент вам понятно"),
             ("client", "да"),
             ("agent", "спасибо за звонок всего доброго")]
    assert verdicts("ru", turns)["summary"] == "fail"


# -- closing: a congratulation in the goodbye ------------------------------------------------------------------------

def _birthday(lang, goodbye, last_client=None):
    if lang == "et":
        turns = [("agent", "Tere! Sotsiaalkindlustusamet, Piret kuuleb. Kuidas saan aidata?"),
                 ("client", "Tere. Mul on järgmisel kuul sünnipäev ja saan pensioniealiseks. Millal taotlus esitada?"),
                 ("agent", "Kas küsite vanaduspensioni kohta?"),
                 ("client", "Jah."),
                 ("agent", "Taotluse saab esitada kuni kuus kuud enne pensioniiga, kõige lihtsam on iseteeninduses."),
                 ("client", last_client or "Selge, aitäh teile."),
                 ("agent", goodbye)]
    else:
        turns = [("agent", "Здравствуйте! Департамент социального страхования, Наталья. Чем могу помочь?"),
                 ("client", "Здравствуйте. У меня в следующем месяце день рождения, выхожу на пенсию. Когда подать "
                            "заявление?"),
                 ("agent", "Вы спрашиваете о пенсии по старости?"),
                 ("client", "Да."),
                 ("agent", "Заявление можно подать за шесть месяцев до пенсионного возраста, проще всего в среде "
                           "самообслуживания."),
                 ("client", last_client or "Понятно, спасибо Вам."),
                 ("agent", goodbye)]
    return verdicts(lang, turns)["closing"]


@pytest.mark.parametrize("lang,goodbye", [
    ("et", "Aitäh Teile helistamast ja palju õnne juba ette sünnipäeva puhul! Kõike head!"),
    ("et", "Aitäh kõne eest ja palju õnne eelseisvaks sünnipäevaks! Head päeva!"),
    ("ru", "Спасибо за звонок и заранее поздравляю Вас с днём рождения! Всего доброго!"),
    ("ru", "Спасибо Вам за звонок, с наступающим днём рождения! Всего хорошего!"),
])
def test_a_congratulation_in_the_goodbye_is_a_wish(lang, goodbye):
    assert _birthday(lang, goodbye) == "pass"


@pytest.mark.parametrize("lang,goodbye,last", [
    ("et", "Aitäh helistamast ja palju õnne sünnipäeva puhul! Kõike head!", "Aga kas pensioni saab ka pangakaardile?"),
    ("ru", "Спасибо за звонок и поздравляю с днём рождения! Всего доброго!", "А пенсию можно получать на карту?"),
    ("et", "Palju õnne sünnipäeva puhul. Pension. Taotlus. Iseteenindus.", None),
    ("ru", "Поздравляю с днём рождения. Пенсия. Заявление. Самообслуживание.", None),
])
def test_a_congratulation_leaves_an_open_question_open_and_keywords_keywords(lang, goodbye, last):
    assert _birthday(lang, goodbye, last) == "fail"
