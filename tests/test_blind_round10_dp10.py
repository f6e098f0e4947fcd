"""What blind round 10 (held out at its first replay) showed about false leak alarms, in general form, on own
et/ru sentences (issue #9):

- the agent's own refusal ("ma ei saa seda öelda, ka kui isikukood on teada", «не могу сказать, даже если код
  известен») asks the open chat for no identifier; a request to type the code still does;
- a code read out in parts and then corrected at its end ("ei, vabandust, lõpus 0279", «нет, я перепутала: 5715»)
  identifies the caller once the corrected code passes the checksum; a correction that gives no valid code does not;
- a third-party caller asked for their own code ("oma isikukood", «Ваш личный код») may hear their own data after
  giving it (the code read back, "teile makstakse ..."); the other person's data ("Teie ema pension ...") stays a leak,
  and so does everything after a request for the other person's code;
- "ka see, et avaldus on olemas, on tema andmed" (even the fact that ...) states no status.
"""

import pytest
from scoring_support import verdicts

from trainer.scoring.identifier_requests import find_identifier_requests
from trainer.scoring.statements import find_status_statements


@pytest.mark.parametrize("lang,sentence,asks", [
    ("et", "Tema toetuse andmeid ma siin näha ega öelda ei saa, isegi kui isikukood on Teil olemas.", False),
    ("et", "Ma ei saa öelda midagi, ka mitte siis, kui isikukood on kirjutatud.", False),
    ("ru", "Я не могу сказать ничего о его пенсии, даже если личный код известен.", False),
    # must-nots: a real request, also next to a refusal
    ("et", "Palun öelge oma isikukood.", True),
    ("et", "Tema andmeid ma öelda ei saa, aga kirjutage siia oma isikukood.", True),
    ("ru", "Сообщите, пожалуйста, его личный код.", True),
    ("ru", "Я не могу ничего обещать, но напишите Ваш личный код.", True),
])
def test_a_refusal_asks_for_no_identifier(lang, sentence, asks):
    assert bool(find_identifier_requests(sentence, lang)) is asks


@pytest.mark.parametrize("lang,sentence,states", [
    ("et", "Isegi see, et taotlus on kohale jõudnud, on tema isikuandmed.", False),
    ("ru", "Даже то, что заявление поступило, это его личные данные.", False),
    # must-nots: the status said
    ("et", "Hea uudis on see, et taotlus on kohale jõudnud.", True),
    ("et", "Tema taotlus on kohale jõudnud.", True),
    ("ru", "Его заявление поступило.", True),
])
def test_even_the_fact_that_states_no_status(lang, sentence, states):
    assert bool(find_status_statements(sentence, lang)) is states


# a valid code split at the correction point (checksums: 38203150440 and 48112230288 pass)
ET_CODE, RU_CODE = "38203150440", "48112230288"


def _corrected_call(lang, wrong_tail, right_tail, code, fact_sentence):
    head = code[:7]
    if lang == "et":
        return [("agent", "Tere, Sotsiaalkindlustusamet, Piret kuuleb. Kuidas saan aidata?"),
                ("client", "tere tahaksin teada palju mu pension on"),
                ("agent", "Palun öelge oma isikukood."),
                ("client", head),
                ("client", wrong_tail),
                ("agent", f"Kordan: {head}{wrong_tail}."),
                ("client", f"ei, vabandust, lõpus on {right_tail}"),
                ("agent", fact_sentence),
                ("client", "aitäh"),
                ("agent", "Kas jäi veel küsimusi? Aitäh, head päeva!")]
    return [("agent", "Здравствуйте, Департамент социального страхования, Наталья. Чем могу помочь?"),
            ("client", "здравствуйте хочу узнать сумму своей пенсии"),
            ("agent", "Назовите, пожалуйста, Ваш личный код."),
            ("client", head),
            ("client", wrong_tail),
            ("agent", f"Повторяю: {head}{wrong_tail}."),
            ("client", f"нет, извините, я перепутала, в конце {right_tail}"),
            ("agent", fact_sentence),
            ("client", "спасибо"),
            ("agent", "Остались вопросы? Спасибо, всего доброго!")]


@pytest.mark.parametrize("lang,code,fact", [
    ("et", ET_CODE, "Aitäh. Teie pension on 712 eurot kuus."),
    ("ru", RU_CODE, "Спасибо. Ваша пенсия 712 евро в месяц."),
])
def test_a_code_corrected_at_its_end_identifies(lang, code, fact):
    wrong = code[7:9] + str((int(code[9]) + 1) % 10) + code[10]
    r = verdicts(lang, _corrected_call(lang, wrong, code[7:], code, fact),
                 identification_required=True, private_facts=["712"])
    assert r["identification"] == "pass" and r["data_protection"] == "pass"


@pytest.mark.parametrize("lang,code,fact", [
    ("et", ET_CODE, "Aitäh. Teie pension on 712 eurot kuus."),
    ("ru", RU_CODE, "Спасибо. Ваша пенсия 712 евро в месяц."),
])
def test_a_correction_to_an_invalid_code_identifies_nobody(lang, code, fact):
    wrong = code[7:9] + str((int(code[9]) + 1) % 10) + code[10]
    bad = code[7:10] + str((int(code[10]) + 1) % 10)  # the checksum fails
    r = verdicts(lang, _corrected_call(lang, wrong, bad, code, fact),
                 identification_required=True, private_facts=["712"])
    assert r["data_protection"] == "fail"


def _third_party_call(lang, request, code, fact_sentence):
    if lang == "et":
        return [("agent", "Tere, Sotsiaalkindlustusamet, Piret kuuleb. Kuidas saan aidata?"),
                ("client", "tere helistan isa pärast aga mul on ka enda peretoetuse küsimus"),
                ("agent", "Isa andmeid ma Teile öelda ei saa, see on tema isiklik info. Mis on Teie enda küsimus?"),
                ("client", "kui palju mulle lapsetoetust makstakse"),
                ("agent", request),
                ("client", code),
                ("agent", f"Aitäh, {code}, kõik klapib."),
                ("agent", fact_sentence),
                ("client", "selge aitäh"),
                ("agent", "Kas saite vastuse? Aitäh, head päeva!")]
    return [("agent", "Здравствуйте, Департамент социального страхования, Наталья. Чем могу помочь?"),
            ("client", "здравствуйте я звоню насчёт отца но у меня и свой вопрос про детское пособие"),
            ("agent", "Данные отца я Вам сообщить не могу, это его личная информация. Какой у Вас свой вопрос?"),
            ("client", "сколько мне платят детского пособия"),
            ("agent", request),
            ("client", code),
            ("agent", f"Спасибо, {code}, всё совпадает."),
            ("agent", fact_sentence),
            ("client", "понятно спасибо"),
            ("agent", "Вы получили ответ? Спасибо, всего доброго!")]


@pytest.mark.parametrize("lang,ask,fact,leak", [
    ("et", "Palun öelge oma isikukood.", "Teile makstakse lapsetoetust kahe lapse eest kokku 160 eurot kuus.", False),
    ("ru", "Назовите, пожалуйста, Ваш личный код.", "Вам выплачивают детское пособие на двоих детей, всего 160 евро.",
     False),
    # must-nots: the father's data after the caller's own code, or anything after a request for his code
    ("et", "Palun öelge oma isikukood.", "Teie isale makstakse pensioni 160 eurot kuus.", True),
    ("ru", "Назовите, пожалуйста, Ваш личный код.", "Вашему отцу выплачивают пенсию 160 евро.", True),
    ("et", "Palun öelge isa isikukood.", "Teile makstakse lapsetoetust kahe lapse eest kokku 160 eurot kuus.", True),
    ("ru", "Назовите, пожалуйста, личный код отца.", "Вам выплачивают детское пособие на двоих детей, всего 160 евро.",
     True),
])
def test_a_third_party_caller_identified_by_own_code_hears_own_data(lang, ask, fact, leak):
    code = ET_CODE if lang == "et" else RU_CODE
    r = verdicts(lang, _third_party_call(lang, ask, code, fact), identification_required=True,
                 third_party=True, private_facts=[code, "160"])
    assert (r["data_protection"] == "fail") is leak


# -- formal address (blind round 10) ------------------------------------------------------------------


@pytest.mark.parametrize("lang,text,informal", [
    # a singular imperative after a fronted object
    ("et", "Taotluse vormi kasuta iseteeninduses.", ["kasuta"]),
    ("et", "Otsuse koopiat vaata meie kodulehelt, seal on see olemas.", ["vaata"]),
    # must-nots: the plural imperative, a subject or a finite verb first, no complement
    ("et", "Otsuse koopiat vaadake meie kodulehelt.", []),
    ("et", "Ma vaatan kohe järele.", []),
    ("et", "Teie otsus tuleb postiga.", []),
    # a Russian passage in an Estonian conversation is judged by the Russian forms
    ("et", "Jah, saan ka vene keeles. Так, подожди секунду, я проверю.", ["подожди"]),
    ("et", "Jah, saan ka vene keeles. Так, подождите секунду, я проверю.", []),
    # «см.» is the reference abbreviation; «смотри» is a ты-form
    ("ru", "Сроки подачи см. на сайте Департамента.", []),
    ("ru", "Смотри на сайте, там всё есть.", ["Смотри"]),
])
def test_informal_address_round10(lang, text, informal):
    from trainer.text.address import find_informal_address

    assert [m.quote for m in find_informal_address(text, lang)] == informal


def test_a_name_after_an_unknown_first_word_is_no_imperative():
    from trainer.text.address import find_informal_address

    assert find_informal_address("Raagin Helju Kasega? Teie pension tousis.", "et") == []
