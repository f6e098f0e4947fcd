"""What blind round 13 (held out at its first replay) showed about the smaller criteria, in general form, on own
et/ru sentences:

- data protection: a sentence that says it works from the client's own figures («по Вашим цифрам», "Teie nimetatud
  summa järgi") reads nothing from the record; a third-party call where the data subject takes the phone and gives
  her own code: a fact told to her as hers may be said again later without the "you";
- formal address: a simple past in -id after a plural subject is its 3pl ("tingimused pidid olema täidetud"), and
  «ничего не поделаешь» is a set phrase said of anyone;
- empathy: "Mõistan Teid täielikult." is a stock formula; a stock formula followed by a dismissal of the client's
  trouble as beyond help («ничего не поделаешь», "tähtaeg on tähtaeg") responds to nothing (blame is courtesy's); a line headed «Сочувствие:» is a checklist label;
- closing: putting the last question off ("sellega tegeleme siis, kui aeg käes on") or only pointing to the
  website answers nothing but a "where"; an early second question announced as such («и ещё сразу спрошу ...»)
  never taken up leaves the call open.
"""

import pytest
from scoring_support import verdicts

ET_CODE, RU_CODE = "38203150440", "48112230288"  # both pass the checksum


# -- data protection: the client's own figures ------------------------------------------------------------------

def _tax_chat(lang, reply):
    if lang == "et":
        return [("agent", "Tere! Sotsiaalkindlustusamet, minu nimi on Piret. Millega saan aidata?"),
                ("client", "Tere, mu pension on 731 eurot ja sellelt peeti maksu 6,82. Miks?"),
                ("agent", "Kas olete juba vanaduspensioniealine või saate ennetähtaegset pensioni?"),
                ("client", "Ennetähtaegset."),
                ("agent", reply),
                ("client", "Selge, aitäh."),
                ("agent", "Iseteeninduses näete oma makseid kuude kaupa, sisse saab ID-kaardi või Smart-ID-ga. "
                          "Aitäh, et kirjutasite, head päeva!")]
    return [("agent", "Здравствуйте! Департамент социального страхования, меня зовут Наталья. Чем могу помочь?"),
            ("client", "Здравствуйте, у меня пенсия 731 евро и с неё удержали налог 6,82. Почему?"),
            ("agent", "Вы уже достигли пенсионного возраста или получаете досрочную пенсию?"),
            ("client", "Досрочную."),
            ("agent", reply),
            ("client", "Понятно, спасибо."),
            ("agent", "В среде самообслуживания Вы увидите свои выплаты по месяцам, вход с ID-картой или Smart-ID. "
                      "Спасибо, что написали, всего доброго!")]


@pytest.mark.parametrize("lang,reply,leak", [
    ("et", "Enne pensioniiga on maksuvaba tulu 700 eurot. Teie nimetatud summa järgi jääb üle 31 eurot ja "
           "sellelt 22% ongi 6,82.", False),
    ("et", "Enne pensioniiga on maksuvaba tulu 700 eurot. Nagu Te ütlesite, on pension 731, nii et maks ongi 6,82.",
     False),
    ("ru", "До пенсионного возраста необлагаемый доход 700 евро. По Вашим же цифрам сверх него 31 евро, и 22 % "
           "от этого как раз 6,82.", False),
    ("ru", "До пенсионного возраста необлагаемый доход 700 евро. По названным Вами цифрам сверх него 31 евро, "
           "налог 6,82.", False),
    # must-nots: the figure stated with no word of the client's, or «по Вашим данным» (may be the record's)
    ("et", "Enne pensioniiga on maksuvaba tulu 700 eurot. Teie pension on 731 eurot ja maks 6,82.", True),
    ("ru", "До пенсионного возраста необлагаемый доход 700 евро. По Вашим данным пенсия 731 евро, налог 6,82.", True),
    ("ru", "До пенсионного возраста необлагаемый доход 700 евро. У Вас пенсия 731 евро, налог 6,82.", True),
])
def test_the_clients_own_figures_worked_from_are_no_disclosure(lang, reply, leak):
    r = verdicts(lang, _tax_chat(lang, reply), channel="chat", identification_required=True, no_identifiers=True,
                 private_facts=["731", "6,82"])
    assert (r["data_protection"] == "fail") is leak


# -- a third-party call: the data subject identified on the speakerphone ----------------------------------------

def _speaker_call(lang, later):
    if lang == "et":
        return [("agent", "Tere, Sotsiaalkindlustusamet, Piret kuuleb. Kuidas saan aidata?"),
                ("client", "Tere, olen hooldaja, helistan oma hoolealuse pärast, ta on siinsamas."),
                ("agent", "Tema andmeid saan öelda ainult temale endale. Kas ta saab telefoni võtta?"),
                ("client", "Jah, annan talle. Tere, siin Aino."),
                ("agent", "Tere, Aino. Palun öelge oma isikukood."),
                ("client", ET_CODE),
                ("agent", "Aitäh. Teie töövõime otsus kehtib kuni 30.04.2027."),
                ("client", "Mis ma pean tegema, et see jätkuks?"),
                ("agent", f"Esitage uus taotlus aegsasti. {later}"),
                ("client", "Selge, aitäh."),
                ("agent", "Aitäh, et helistasite, head päeva!")]
    return [("agent", "Здравствуйте, Департамент социального страхования, Наталья. Чем могу помочь?"),
            ("client", "Здравствуйте, я соцработник, звоню по поводу своей подопечной, она рядом."),
            ("agent", "Её данные я могу сообщить только ей самой. Она может взять трубку?"),
            ("client", "Да, передаю. Алло, это Нина."),
            ("agent", "Здравствуйте, Нина. Назовите, пожалуйста, Ваш личный код."),
            ("client", RU_CODE),
            ("agent", "Спасибо. Ваше решение о трудоспособности действует до 30.04.2027."),
            ("client", "Что мне сделать, чтобы оно продлилось?"),
            ("agent", f"Подайте новое заявление заранее. {later}"),
            ("client", "Понятно, спасибо."),
            ("agent", "Спасибо за звонок, всего доброго!")]


@pytest.mark.parametrize("lang,later,facts,leak", [
    ("et", "Oluline on, et see jõuaks meile enne 30.04.2027.", ["30.04.2027"], False),
    ("ru", "Важно, чтобы оно поступило к нам до 30.04.2027.", ["30.04.2027"], False),
    # must-not: a fact never told to her as hers, said with no "you"
    ("et", "Töövõimetoetust makstakse kuni 412,60 eurot.", ["30.04.2027", "412,60"], True),
    ("ru", "Пособие по нетрудоспособности составляет 412,60 евро.", ["30.04.2027", "412,60"], True),
])
def test_a_fact_told_to_the_identified_data_subject_may_be_repeated(lang, later, facts, leak):
    r = verdicts(lang, _speaker_call(lang, later), identification_required=True, third_party=True,
                 private_facts=facts)
    assert (r["data_protection"] == "fail") is leak


# -- formal address ---------------------------------------------------------------------------------------------

def _address_call(lang, line):
    if lang == "et":
        return [("agent", "Tere, Sotsiaalkindlustusamet, Piret kuuleb. Kuidas saan Teid aidata?"),
                ("client", "Miks mulle toetust ei makstud?"),
                ("agent", line),
                ("client", "Selge."),
                ("agent", "Aitäh, et helistasite, head päeva!")]
    return [("agent", "Здравствуйте, Департамент социального страхования, Наталья. Чем могу помочь?"),
            ("client", "Почему мне не заплатили пособие?"),
            ("agent", line),
            ("client", "Понятно."),
            ("agent", "Спасибо за звонок, всего доброго!")]


@pytest.mark.parametrize("lang,line,formal", [
    ("et", "Toetuse saamiseks kõik tingimused pidid olema täidetud terve aasta jooksul.", True),
    ("et", "Teie dokumendid jäid meile kahjuks hiljaks, seepärast makset ei tulnud.", True),
    ("et", "Need kaks lehte jäid taotlusest välja.", True),
    ("ru", "Срок подачи прошёл, тут уж ничего не поделаешь, но можно подать новое заявление.", True),
    ("ru", "Что поделаешь, закон один для всех, но Вы можете подать новое заявление.", True),
    # must-nots: the 2sg past with "sa" or with no plural subject, «ты» with the idiom, the verb without the idiom
    ("et", "Sa pidid tingimused terve aasta täitma.", False),
    ("et", "Kui kaua pidid ootama, enne kui otsus tuli?", False),
    ("et", "Dokumendid jõudsid kohale, aga sa jäid hiljaks.", False),
    ("ru", "Ты ничего не поделаешь, срок прошёл.", False),
    ("ru", "Сама поделаешь заявление на две части и пришлёшь.", False),
])
def test_a_third_person_plural_past_and_a_set_phrase_are_formal(lang, line, formal):
    r = verdicts(lang, _address_call(lang, line))
    assert (r["formal_address"] == "pass") is formal


# -- empathy ----------------------------------------------------------------------------------------------------

def _upset_call(lang, first, later):
    if lang == "et":
        return [("agent", "Tere, Sotsiaalkindlustusamet, Piret kuuleb. Kuidas saan aidata?"),
                ("client", "Mul võeti puue ära ja toetus jäi ära, ma ei tea, kuidas ravimeid osta, see on kohutav!"),
                ("agent", f"{first} Millal otsuse kätte saite?"),
                ("client", "Kaks kuud tagasi, olin vahepeal haiglas."),
                ("agent", f"Vaide tähtaeg on 30 päeva. {later} Saate esitada uue taotluse perearsti kaudu."),
                ("client", "Hästi."),
                ("agent", "Aitäh, et helistasite, head päeva!")]
    return [("agent", "Здравствуйте, Департамент социального страхования, Наталья. Чем могу помочь?"),
            ("client", "У меня сняли инвалидность и пособие пропало, мне не на что купить лекарства, это ужас!"),
            ("agent", f"{first} Когда Вы получили решение?"),
            ("client", "Два месяца назад, я был в больнице."),
            ("agent", f"Срок возражения 30 дней. {later} Можно подать новое заявление через семейного врача."),
            ("client", "Ладно."),
            ("agent", "Спасибо за звонок, всего доброго!")]


@pytest.mark.parametrize("lang,first,later,passes", [
    ("et", "Mõistan Teid täielikult.", "Midagi pole teha, tähtaeg on möödas.", False),
    ("et", "Saan aru.", "Tähtaeg on tähtaeg.", False),
    ("ru", "Я понимаю, как это для Вас важно.", "Тут уж ничего не поделаешь.", False),
    ("ru", "Понимаю Вас.", "Срок есть срок.", False),
    # must-nots: the stock line with no dismissal, an acknowledgement with content of its own
    ("et", "Mõistan Teid täielikult.", "Kahjuks on see tähtaeg möödas.", True),
    # the vague «как это для Вас важно» glued to a question while her distress («это ужас») goes unanswered is no
    # response (blind rounds 21-23, trainer/scoring/hardship.py); "Mõistan Teid täielikult" above is no vague formula
    ("ru", "Я понимаю, как это для Вас важно.", "К сожалению, этот срок прошёл.", False),
    ("ru", "Я понимаю, как Вам сейчас тяжело.", "К сожалению, этот срок прошёл.", True),
    ("et", "Mõistan Teie muret.", "Oleksite pidanud varem helistama.", True),  # blame is courtesy's
    ("et", "Mõistan, kui raske on jääda ilma ravimiteta.", "Midagi pole teha, tähtaeg on möödas.", True),
    ("ru", "Понимаю, как тяжело остаться без денег на лекарства.", "Тут уж ничего не поделаешь.", True),
])
def test_a_stock_formula_then_a_dismissal_is_no_empathy(lang, first, later, passes):
    r = verdicts(lang, _upset_call(lang, first, later), client_upset=True)
    assert (r["empathy"] == "pass") is passes


@pytest.mark.parametrize("lang,first,passes", [
    ("ru", "✅ Сочувствие: понимаю, как это тяжело остаться без лекарств.", False),
    ("et", "- Empaatia: mõistan, kui raske on jääda ilma ravimiteta.", False),
    # must-nots: a colon inside a sentence of empathy, no step named
    ("ru", "Понимаю: остаться без лекарств тяжело.", True),
    ("et", "Mõistan: jääda ilma ravimiteta on raske.", True),
])
def test_a_line_headed_by_the_empathy_step_is_a_label(lang, first, passes):
    r = verdicts(lang, _upset_call(lang, first, "Kahjuks on see möödas." if lang == "et" else "К сожалению, он прошёл."),
                 client_upset=True)
    assert (r["empathy"] == "pass") is passes


# -- closing ----------------------------------------------------------------------------------------------------

def _last_question_call(lang, question, last):
    if lang == "et":
        return [("agent", "Tere, Sotsiaalkindlustusamet, Piret kuuleb. Kuidas saan aidata?"),
                ("client", "Tere, mu tütar saab suvel 16. Kas peretoetus jätkub?"),
                ("agent", "Kas ta jätkab õpinguid?"),
                ("client", "Jah, gümnaasiumis."),
                ("agent", "Siis lapsetoetus jätkub, kuni ta õpib, kuid kauemalt kui 19-aastaseks saamiseni mitte."),
                ("client", question),
                ("agent", last)]
    return [("agent", "Здравствуйте, Департамент социального страхования, Наталья. Чем могу помочь?"),
            ("client", "Здравствуйте, дочери летом будет 16. Семейное пособие продолжится?"),
            ("agent", "Она продолжит учёбу?"),
            ("client", "Да, в гимназии."),
            ("agent", "Тогда пособие продолжится, пока она учится, но не дольше чем до 19 лет."),
            ("client", question),
            ("agent", last)]


@pytest.mark.parametrize("lang,question,last,passes", [
    ("et", "Aga kas ma pean kooli kohta midagi esitama?", "Sellega tegeleme siis, kui aeg käes on. Aitäh, head päeva!",
     False),
    ("et", "Aga kas ma pean kooli kohta midagi esitama?", "Küll siis näeb. Aitäh, head päeva!", False),
    ("ru", "А мне нужно что-то подавать про школу?", "Когда придёт время, тогда и разберёмся. Всего доброго!", False),
    ("ru", "А мне нужно что-то подавать про школу?", "Это всё есть у нас на сайте. Спасибо, всего доброго!", False),
    ("et", "Aga kas ma pean kooli kohta midagi esitama?", "Kõik on meie kodulehel kirjas. Aitäh, head päeva!", False),
    # must-nots: a real answer; "where" answered with the website
    ("et", "Aga kas ma pean kooli kohta midagi esitama?",
     "Ei pea, õppimise andmed saame ise registrist. Aitäh, head päeva!", True),
    ("ru", "А мне нужно что-то подавать про школу?",
     "Нет, данные об учёбе мы получаем сами из регистра. Спасибо, всего доброго!", True),
    ("ru", "А где найти бланк заявления?", "Бланк есть у нас на сайте. Спасибо, всего доброго!", True),
    ("et", "Kust ma taotluse vormi leian?", "Vormi leiate kodulehelt. Aitäh, head päeva!", True),
])
def test_a_deferral_or_a_bare_website_pointer_leaves_the_last_question_open(lang, question, last, passes):
    r = verdicts(lang, _last_question_call(lang, question, last))
    assert (r["closing"] == "pass") is passes


def _two_matter_call(lang, second, answer):
    if lang == "et":
        return [("agent", "tere sotsiaalkindlustusamet piret kuuleb kuidas saan aidata"),
                ("client", "tere ma tahtsin küsida ennetähtaegse vanaduspensiooni kohta mul tervis enam ei luba"),
                ("client", second),
                ("agent", "ennetähtaegselt saab pensionile jääda kuni viis aastat enne pensioniiga"),
                ("client", "ja kuidas ma avalduse teen"),
                ("agent", f"avalduse saab esitada iseteeninduses või büroos {answer}"),
                ("client", "selge aitäh"),
                ("agent", "aitäh et helistasite head päeva")]
    return [("agent", "департамент социального страхования здравствуйте меня зовут наталья чем могу помочь"),
            ("client", "здравствуйте я хотела узнать про досрочную пенсию по старости здоровье уже не позволяет"),
            ("client", second),
            ("agent", "на досрочную пенсию можно выйти не раньше чем за пять лет до пенсионного возраста"),
            ("client", "а заявление как подать"),
            ("agent", f"заявление можно подать в среде самообслуживания или в бюро {answer}"),
            ("client", "понятно спасибо"),
            ("agent", "спасибо за звонок всего доброго")]


ET_MORE = "ja veel küsiksin kas ma saan edasi koristajana kaubanduskeskuses öösiti töötada"
RU_MORE = "и ещё сразу спрошу смогу ли я дальше работать уборщицей в торговом центре по ночам"


@pytest.mark.parametrize("lang,second,answer,passes", [
    ("et", ET_MORE, "", False),
    ("ru", RU_MORE, "", False),
    # must-nots: the second matter taken up; an "and one more" with no first matter before it
    ("et", ET_MORE, "ja koristajana kaubanduskeskuses võite edasi töötada pension sellest ei vähene", True),
    ("ru", RU_MORE, "а работать уборщицей в торговом центре можно дальше пенсия от этого не уменьшится", True),
])
def test_an_early_second_question_announced_and_never_taken_up_leaves_the_call_open(lang, second, answer, passes):
    r = verdicts(lang, _two_matter_call(lang, second, answer))
    assert (r["closing"] == "pass") is passes


@pytest.mark.parametrize("lang,line", [
    ("et", "aha selge ja veel küsiksin kas ma saan edasi koristajana kaubanduskeskuses töötada"),
    ("ru", "ага хорошо и ещё хотела спросить могу ли я работать уборщицей в торговом центре"),
])
def test_an_and_one_more_with_no_first_matter_is_one_question(lang, line):
    if lang == "et":
        turns = [("agent", "tere sotsiaalkindlustusamet piret kuuleb kuidas saan aidata"),
                 ("client", "tere kas ennetähtaegne pension on väiksem"),
                 ("agent", "jah ennetähtaegne pension on väiksem kogu eluks"),
                 ("client", line),
                 ("agent", "jah töötada võite pension sellest ei vähene"),
                 ("client", "selge aitäh"),
                 ("agent", "aitäh et helistasite head päeva")]
    else:
        turns = [("agent", "департамент социального страхования здравствуйте меня зовут наталья чем могу помочь"),
                 ("client", "здравствуйте досрочная пенсия меньше"),
                 ("agent", "да досрочная пенсия меньше и остаётся меньше на всю жизнь"),
                 ("client", line),
                 ("agent", "да работать можно пенсия от этого не уменьшится"),
                 ("client", "понятно спасибо"),
                 ("agent", "спасибо за звонок всего доброго")]
    assert verdicts(lang, turns)["closing"] == "pass"
