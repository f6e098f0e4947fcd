"""What blind rounds 21 and 22 showed about identification, formal address, the summary and the closing, in general
form, on own et/ru sentences:

- identification: a code read with a one-digit slip, which the agent takes as heard and checks with the name it asks
  for next (no new request for the code), identifies the caller once they give the name; no name asked, or digits
  far from any code, still do not;
- formal address: a past in -id after a relative whose antecedent is a genitive plural ("nende päevade eest, mis
  jäid ...") is its 3pl; a first name that is also a rare verb's imperative, read back before the surname ("jah
  liisi kask"), is no imperative;
- summary: a cue that ends the sentence after the answer («... итог подведём итог») restates nothing; a connector
  concluding its own reply's answer ("... Nii et ...") before the client asks on sums up one answer, not the call;
- closing: the client's "wait" right after the goodbye ("Oodake, aga ...", «Подождите, а ...»), a last reply that
  only says everything is written there ("seal on kõik kirjas", «там всё указано») leave the question open; a thanks
  and a wish sent as items of a cue chain ("Aitäh | Kõike head | Kokkuvõte | Kas see vastas ...") close nothing.
"""

import pytest
from scoring_support import verdicts

from trainer.scoring.leftopen import holds_on, points_to_all
from trainer.text.address import find_informal_address

# 44803158340 and 34904232989 pass the checksum; each said here with one zero too many after the third digit
ET_SLIP = "neli neli kaheksa null null kolm üks viis kaheksa kolm neli null"
RU_SLIP = "три четыре девять ноль ноль четыре два три два девять восемь девять"
ET_PART = "neli neli kaheksa null kolm üks viis"
RU_PART = "три четыре девять ноль четыре два три"


def _identified_call(lang, code, name_request=True):
    if lang == "et":
        ask = "aitäh ja palun veel teie ees- ja perekonnanimi" if name_request else "aitäh üks hetk ma vaatan"
        answer = "maie saar" if name_request else "jah"
        return [("agent", "tere sotsiaalkindlustusamet piret kuuleb"),
                ("client", "tere tahaksin teada kui suur mu toetus praegu on"),
                ("agent", "selge palun öelge oma isikukood"),
                ("client", code),
                ("agent", ask),
                ("client", answer),
                ("agent", "aitäh teie toetus on kakssada üheksateist eurot ja kakskümmend senti kuus"),
                ("client", "selge aitäh"),
                ("agent", "aitäh helistamast ilusat päeva")]
    ask = "спасибо и назовите пожалуйста ваши имя и фамилию" if name_request else "спасибо минуточку я посмотрю"
    answer = "ольга петрова" if name_request else "да"
    return [("agent", "здравствуйте департамент социального страхования наталья"),
            ("client", "здравствуйте хотела узнать какое у меня сейчас пособие"),
            ("agent", "хорошо назовите пожалуйста ваш личный код"),
            ("client", code),
            ("agent", ask),
            ("client", answer),
            ("agent", "спасибо ваше пособие двести девятнадцать евро двадцать центов в месяц"),
            ("client", "понятно спасибо"),
            ("agent", "спасибо за звонок всего доброго")]


@pytest.mark.xfail(strict=True, reason="the slip rule (6849506) contradicted rounds 15-16's rule that unconfirmed "
                   "10- or 12-digit codes identify nobody; reverted, blind-h6-et-phone-01 stays a false alarm")
@pytest.mark.parametrize("lang", ["et", "ru"])
def test_a_code_with_a_slip_checked_by_the_name_identifies(lang):
    code = ET_SLIP if lang == "et" else RU_SLIP
    r = verdicts(lang, _identified_call(lang, code), identification_required=True, private_facts=["219,20"])
    assert r["identification"] == "pass"
    assert r["data_protection"] == "pass"


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_a_code_with_a_slip_and_no_name_does_not(lang):
    code = ET_SLIP if lang == "et" else RU_SLIP
    r = verdicts(lang, _identified_call(lang, code, name_request=False), identification_required=True,
                 private_facts=["219,20"])
    assert r["identification"] == "fail"
    assert r["data_protection"] == "fail"


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_a_partial_code_and_a_name_do_not(lang):
    code = ET_PART if lang == "et" else RU_PART
    r = verdicts(lang, _identified_call(lang, code), identification_required=True, private_facts=["219,20"])
    assert r["identification"] == "fail"


# -- formal address --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Toetus makstakse välja ka nende päevade eest mis jäid haiguse tõttu vahele.",
    "Arvestame ka nende aastate kohta, mis pidid staaži minema.",
    "Hüvitis tuleb ka nende kuude eest, mis jaid maksmata.",
])
def test_a_past_after_a_relative_of_a_plural_is_3pl(text):
    assert find_informal_address(text, "et") == []


@pytest.mark.parametrize("text", [
    "Mis sa jäid nii kauaks?",
    "See tõend, mis jäid saatmata, tuleb uuesti saata.",
    "Eile jäid sa hiljaks.",
])
def test_a_past_without_a_plural_antecedent_is_still_2sg(text):
    assert find_informal_address(text, "et") != []


@pytest.mark.parametrize("text", ["jah liisi kask nii ee teie avaldus on kohal",
                                  "aitäh Valdi Tamm, ma vaatan teie otsuse üle"])
def test_a_first_name_read_back_is_no_imperative(text):
    assert find_informal_address(text, "et") == []


@pytest.mark.parametrize("text", ["jah oota hetk ma vaatan", "nii vaata see on nii et", "palun ütle oma isikukood"])
def test_a_real_imperative_is_still_informal(text):
    assert find_informal_address(text, "et") != []


# -- summary ---------------------------------------------------------------------------------------------------------

def _trailing_cue_call(lang, recap):
    if lang == "et":
        return [("agent", "Tere, Sotsiaalkindlustusamet, Piret kuuleb. Kuidas saan aidata?"),
                ("client", "Tere, millal pension makstakse?"),
                ("agent", "Pension makstakse iga kuu viiendal kuupäeval Teie pangakontole."),
                ("client", "Selge. Aga kas see aprillis tõuseb?"),
                ("agent", "Jah, pensione indekseeritakse igal aastal aprillis, täpne tõus selgub kevadel."
                          if recap else "indekseerimine aprill tõus selgub kevadel kokkuvõtteks."),
                ("client", "Aitäh."),
                ("agent", "Kokkuvõtteks: pension tuleb viiendal kuupäeval ja aprillis see tõuseb. Aitäh helistamast, "
                          "head päeva!" if recap else "Aitäh helistamast, head päeva!")]
    return [("agent", "Здравствуйте, Департамент социального страхования, Наталья. Чем могу помочь?"),
            ("client", "Здравствуйте, когда приходит пенсия?"),
            ("agent", "Пенсия приходит каждый месяц пятого числа на ваш банковский счёт."),
            ("client", "Понятно. А в апреле она вырастет?"),
            ("agent", "Да, пенсии индексируют каждый год в апреле, точный рост станет известен весной."
                      if recap else "индексация апрель рост весной итог подведём итог."),
            ("client", "Спасибо."),
            ("agent", "Итак: пенсия приходит пятого числа, а в апреле она вырастет. Спасибо за звонок, всего доброго!"
                      if recap else "Спасибо за звонок, всего доброго!")]


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_a_cue_after_the_answer_recaps_nothing(lang):
    assert verdicts(lang, _trailing_cue_call(lang, recap=False))["summary"] == "fail"


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_a_recap_after_the_answers_still_counts(lang):
    assert verdicts(lang, _trailing_cue_call(lang, recap=True))["summary"] == "pass"


def _connector_call(lang, final_recap):
    if lang == "et":
        turns = [("agent", "Tere! Sotsiaalkindlustusamet, Kati. Millega saan aidata?"),
                 ("client", "tere kas peretoetus lõpeb kui tütar saab 18?"),
                 ("agent", "Ei lõpe, kui ta õpib edasi gümnaasiumis. Toetust makstakse õppimise ajal kuni kooli "
                           "lõpetamiseni."),
                 ("agent", "Nii et gümnaasiumis õppides saab ta toetust kooli lõpuni."),
                 ("client", "ok aga kas ma pean mingi tõendi tooma?"),
                 ("agent", "Ei pea, õppimise andmed näeme ise hariduse andmekogust."),
                 ("client", "selge aitäh")]
        if final_recap:
            turns += [("agent", "Kokkuvõtteks: toetus jätkub kooli lõpuni ja tõendit tooma ei pea. Kas see vastas "
                                "Teie küsimusele?"), ("client", "jah aitäh")]
        return turns + [("agent", "Aitäh pöördumast ja ilusat päeva!")]
    turns = [("agent", "Здравствуйте! Департамент социального страхования, Катя. Чем могу помочь?"),
             ("client", "здравствуйте пособие закончится когда дочке будет 18?"),
             ("agent", "Нет, если она продолжает учиться в гимназии. Пособие платят во время учёбы до окончания "
                       "школы."),
             ("agent", "В общем, пока она учится в гимназии, пособие будет платиться до окончания школы."),
             ("client", "ок а справку мне надо приносить?"),
             ("agent", "Не надо, данные об учёбе мы видим сами в базе данных образования."),
             ("client", "понятно спасибо")]
    if final_recap:
        turns += [("agent", "Итак: пособие будет до конца школы, справку приносить не надо. Я ответила на ваш "
                            "вопрос?"), ("client", "да спасибо")]
    return turns + [("agent", "Спасибо за обращение, всего доброго!")]


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_a_connector_concluding_one_answer_before_more_questions_is_no_summary(lang):
    assert verdicts(lang, _connector_call(lang, final_recap=False), channel="chat")["summary"] == "fail"


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_a_recap_at_the_end_after_it_counts(lang):
    assert verdicts(lang, _connector_call(lang, final_recap=True), channel="chat")["summary"] == "pass"


# -- closing ---------------------------------------------------------------------------------------------------------

def _goodbye_call(lang, last_agent, last_client):
    if lang == "et":
        turns = [("agent", "Tere, Sotsiaalkindlustusamet, Piret kuuleb. Kuidas saan aidata?"),
                 ("client", "Tere. Kas mu toetus tuleb ka siis, kui ma lähen tööle?"),
                 ("agent", "Jah, töötamine toetust ei peata, see makstakse edasi samas summas."),
                 ("client", "Aga kuidas ma tööle minekust teatan?"),
                 ("agent", last_agent)]
    else:
        turns = [("agent", "Здравствуйте, Департамент социального страхования, Наталья. Чем могу помочь?"),
                 ("client", "Здравствуйте. Пособие будет приходить, если я выйду на работу?"),
                 ("agent", "Да, работа пособие не останавливает, его платят дальше в той же сумме."),
                 ("client", "А как мне сообщить, что я вышла на работу?"),
                 ("agent", last_agent)]
    return turns + ([("client", last_client)] if last_client else [])


ANSWER = {"et": "Teatada saab iseteeninduses rubriigis Minu andmed, eraldi avaldust pole vaja. Aitäh helistamast, "
                "head päeva!",
          "ru": "Сообщить можно в среде самообслуживания в разделе Мои данные, отдельное заявление не нужно. Спасибо "
                "за звонок, всего доброго!"}
POINTER = {"et": "Vaadake otsust, seal on kõik kirjas. Head päeva!",
           "ru": "Ну это в решении всё написано, там указано. Всего доброго!"}
WAIT = {"et": "Oodake, aga kui ma töötan ainult pool kohta, siis...", "ru": "Подождите, а если я на полставки..."}
BYE = {"et": "Aitäh, head aega!", "ru": "Спасибо, до свидания!"}


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_a_wait_after_the_goodbye_leaves_it_open(lang):
    assert verdicts(lang, _goodbye_call(lang, ANSWER[lang], WAIT[lang]))["closing"] == "fail"


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_a_thanks_after_the_goodbye_closes(lang):
    assert verdicts(lang, _goodbye_call(lang, ANSWER[lang], BYE[lang]))["closing"] == "pass"


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_everything_is_written_there_answers_nothing(lang):
    assert verdicts(lang, _goodbye_call(lang, POINTER[lang], ""))["closing"] == "fail"


@pytest.mark.parametrize("text,expected", [
    ("Vaadake kalkulaatorit, seal on kõik olemas.", True),
    ("ну это в письме всё написано там указано", True),
    ("Teil on kõik dokumendid olemas.", False),
    ("В решении всё расписано: пенсия будет выплачиваться по старой ставке до рассмотрения возражения.", False),
    ("Там всё указано: сумма 120 евро.", False),
])
def test_points_to_all(text, expected):
    assert points_to_all(text) is expected


@pytest.mark.parametrize("text,expected", [
    ("Oodake, aga kui ta saab üle 776, siis...", True), ("oota veel üks asi", True),
    ("ну подождите а справка", True), ("Секундочку!", True),
    ("Ootan vastust.", False), ("Aitäh, head aega!", False), ("Спасибо, всего доброго", False),
])
def test_holds_on(text, expected):
    assert holds_on(text) is expected


def _chain_call(lang, last):
    if lang == "et":
        return [("agent", "Tere! Sotsiaalkindlustusamet, Kati. Millega saan aidata?"),
                ("client", "Tere. Millal tuleb selle kuu pension?"),
                ("agent", "Pension makstakse selle kuu viiendal kuupäeval Teie pangakontole."),
                ("client", "Selge, aitäh."),
                ("agent", last)]
    return [("agent", "Здравствуйте! Департамент социального страхования, Катя. Чем могу помочь?"),
            ("client", "Здравствуйте. Когда придёт пенсия в этом месяце?"),
            ("agent", "Пенсия будет перечислена пятого числа этого месяца на Ваш банковский счёт."),
            ("client", "Понятно, спасибо."),
            ("agent", last)]


CHAIN = {"et": "Aitäh | Kõike head | Kokkuvõte | Kas see vastas Teie küsimusele",
         "ru": "Спасибо | Всего доброго | Подведём итог | Я ответила на Ваш вопрос"}
PLAIN = {"et": "Aitäh pöördumast | Kõike head!", "ru": "Спасибо за обращение | Всего доброго!"}


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_thanks_and_wish_as_items_of_a_cue_chain_close_nothing(lang):
    assert verdicts(lang, _chain_call(lang, CHAIN[lang]), channel="chat")["closing"] == "fail"


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_thanks_and_wish_with_a_separator_still_close(lang):
    assert verdicts(lang, _chain_call(lang, PLAIN[lang]), channel="chat")["closing"] == "pass"
