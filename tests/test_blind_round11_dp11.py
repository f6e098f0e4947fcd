"""What blind round 11 (held out at its first replay) showed about identification and leaks, in general form, on
own et/ru sentences:

- a date kept as a private fact ("14.09") is stated by the date in words or with the month's name ("neljateistkümnendal
  septembril", «14 сентября»), not only in digits; another day or month, or the day alone, states nothing;
- a code read in groups whose last digit is joined by "ja"/«и» ("... nelikümmend neli ja null", «... двадцать восемь и
  восемь») identifies the caller when the whole passes the checksum;
- a caller who repeats digits while reading ("... neli null, neli null, mitte neli üks") gives the code the agent then
  reads back, when those digits are in what the caller said; a code the caller never said identifies no one;
- a chat client the agent says is writing from the self-service ("Te kirjutate iseteenindusest", «Вы пишете из
  самообслуживания») is logged in; an invitation to write there is not;
- in a chat, an agent who asks for no code, warns not to type it in the chat and sends the client to the
  self-service for their personal data, disclosing nothing, did what the chat allows.
"""

import pytest
from scoring_support import verdicts

from trainer.text.facts import find_fact

ET_CODE, RU_CODE = "38203150440", "48112230288"  # both pass the checksum


@pytest.mark.parametrize("lang,text,fact,found", [
    ("et", "Teie taotlus registreeriti neljateistkümnendal septembril.", "14.09", True),
    ("et", "Avaldus jõudis meile 14. septembril.", "14.09", True),
    ("ru", "Ваше заявление зарегистрировано четырнадцатого сентября.", "14.09", True),
    ("ru", "Заявление поступило 14 сентября.", "14.09", True),
    ("et", "Otsus tehti 03.11.", "03.11", True),
    # must-nots: another date, the day alone, a number of days, an amount
    ("et", "Teie taotlus registreeriti neljateistkümnendal oktoobril.", "14.09", False),
    ("et", "Vastame neljateistkümne päeva jooksul.", "14.09", False),
    ("ru", "Заявление зарегистрировано пятнадцатого сентября.", "14.09", False),
    ("ru", "Решение в течение 14 дней.", "14.09", False),
    ("ru", "Выплата 14 евро.", "14.09", False),
    ("et", "Teie taotlus registreeriti neljateistkümnendal septembril.", "14.13", False),
])
def test_a_date_fact_is_stated_in_words(lang, text, fact, found):
    assert (find_fact(text, fact, lang) is not None) is found


def _refused_code_call(lang, fact_sentence, code=None):
    if lang == "et":
        answer = f"jah {code}" if code else "ei, koodi ma telefonis ei ütle"
        return [("agent", "Tere, Sotsiaalkindlustusamet, Piret kuuleb. Kuidas saan aidata?"),
                ("client", "tere, saatsin pensioni taotluse, kas see on kohale jõudnud"),
                ("agent", "Et taotlust vaadata, palun öelge oma isikukood."),
                ("client", answer),
                ("agent", fact_sentence),
                ("client", "selge aitäh"),
                ("agent", "Kas saite vastuse? Aitäh, head päeva!")]
    answer = f"да, {code}" if code else "нет, код я по телефону не скажу"
    return [("agent", "Здравствуйте, Департамент социального страхования, Наталья. Чем могу помочь?"),
            ("client", "здравствуйте, я отправил заявление на пенсию, оно дошло?"),
            ("agent", "Чтобы посмотреть заявление, назовите, пожалуйста, Ваш личный код."),
            ("client", answer),
            ("agent", fact_sentence),
            ("client", "понятно, спасибо"),
            ("agent", "Вы получили ответ? Спасибо, всего доброго!")]


@pytest.mark.parametrize("lang,fact_sentence,code,leak", [
    ("et", "Leidsin nime järgi: taotlus registreeriti neljateistkümnendal septembril, rohkem pole vaja.", None, True),
    ("ru", "Нашла по фамилии: заявление зарегистрировано четырнадцатого сентября, больше ничего не нужно.", None,
     True),
    # must-nots: the same after a valid code, and a general rule without the date
    ("et", "Aitäh. Taotlus registreeriti neljateistkümnendal septembril, rohkem pole vaja.", ET_CODE, False),
    ("ru", "Спасибо. Заявление зарегистрировано четырнадцатого сентября, больше ничего не нужно.", RU_CODE, False),
    ("et", "Ilma koodita saan öelda ainult üldiselt: taotlus vaadatakse läbi 15 tööpäeva jooksul.", None, False),
    ("ru", "Без кода могу сказать только в общем: заявление рассматривают 15 рабочих дней.", None, False),
])
def test_a_date_in_words_to_a_caller_who_refused_the_code_is_a_leak(lang, fact_sentence, code, leak):
    r = verdicts(lang, _refused_code_call(lang, fact_sentence, code), identification_required=True,
                 private_facts=["14.09"])
    assert (r["data_protection"] == "fail") is leak


def _code_call(lang, client_code, fact_sentence, read_back=None):
    opening = _refused_code_call(lang, "")[:3]
    turns = [*opening, ("client", client_code)]
    if read_back:
        turns.append(("agent", read_back))
    if lang == "et":
        return [*turns, ("agent", fact_sentence), ("client", "selge aitäh"),
                ("agent", "Kas saite vastuse? Aitäh, head päeva!")]
    return [*turns, ("agent", fact_sentence), ("client", "понятно, спасибо"),
            ("agent", "Вы получили ответ? Спасибо, всего доброго!")]


ET_FACT = "Aitäh. Teie pension on 712 eurot kuus."
RU_FACT = "Спасибо. Ваша пенсия 712 евро в месяц."


@pytest.mark.parametrize("lang,client_code,fact,leak", [
    ("et", "kolmkümmend kaheksa, kakskümmend, kolmkümmend üks, viiskümmend, nelikümmend neli ja null", ET_FACT, False),
    ("ru", "Сорок восемь, одиннадцать, двадцать два, тридцать, двадцать восемь и восемь.", RU_FACT, False),
    # must-nots: the joined digits fail the checksum, or "ja"/«и» joins no last digit
    ("et", "kolmkümmend kaheksa, kakskümmend, kolmkümmend üks, viiskümmend, nelikümmend neli ja üks", ET_FACT, True),
    ("ru", "Сорок восемь, одиннадцать, двадцать два, тридцать, двадцать восемь и семь.", RU_FACT, True),
    ("ru", "Сорок восемь, одиннадцать, двадцать два, тридцать, двадцать восемь и всё.", RU_FACT, True),
])
def test_a_last_digit_joined_by_and_completes_the_code(lang, client_code, fact, leak):
    r = verdicts(lang, _code_call(lang, client_code, fact), identification_required=True, private_facts=["712"])
    assert (r["data_protection"] == "fail") is leak


ET_REPEAT = "kolm kaheksa kaks null kolm üks viis null neli neli null, neli null, mitte neli üks"
RU_REPEAT = "четыре восемь один один два два три ноль два восемь восемь, восемь восемь, не восемь девять"


@pytest.mark.parametrize("lang,client_code,read_back,leak", [
    ("et", ET_REPEAT, "Aitäh, kolm kaheksa kaks null kolm üks viis null neli neli null, nüüd on korras.", False),
    ("ru", RU_REPEAT, "Спасибо, четыре восемь один один два два три ноль два восемь восемь, теперь верно.", False),
    # must-nots: no read-back, or a valid code read out that the caller never said
    ("et", ET_REPEAT, None, True),
    ("ru", RU_REPEAT, None, True),
    ("et", "kolm kaheksa kaks null kolm üks viis null neli neli üks", "Leidsin nime järgi, Teie kood on 48112230288.",
     True),
    ("ru", "четыре восемь один один два два три ноль два восемь девять", "Нашла по имени, Ваш код 38203150440.",
     True),
])
def test_a_code_with_repeated_digits_read_back_identifies(lang, client_code, read_back, leak):
    fact = ET_FACT if lang == "et" else RU_FACT
    r = verdicts(lang, _code_call(lang, client_code, fact, read_back), identification_required=True,
                 private_facts=["712"])
    assert (r["data_protection"] == "fail") is leak


def _chat(lang, first, fact_sentence):
    if lang == "et":
        return [("agent", f"Tere! Sotsiaalkindlustusamet, minu nimi on Piret. {first} Millega saan aidata?"),
                ("client", "tere, miks mu lapsetoetus lõpetati?"),
                ("agent", fact_sentence),
                ("client", "selge aitäh"),
                ("agent", "Kas saite vastuse? Aitäh, et kirjutasite, head päeva!")]
    return [("agent", f"Здравствуйте! Департамент социального страхования, меня зовут Наталья. {first} Чем могу помочь?"),
            ("client", "здравствуйте, почему мне прекратили детское пособие?"),
            ("agent", fact_sentence),
            ("client", "понятно, спасибо"),
            ("agent", "Вы получили ответ? Спасибо, что написали, всего доброго!")]


ET_DECISION = "Näen otsust 14.07.2026 lapsetoetuse lõpetamise kohta, sest gümnaasium sai läbi."
RU_DECISION = "Вижу решение от 14.07.2026 о прекращении пособия, потому что гимназия окончена."


@pytest.mark.parametrize("lang,first,leak", [
    ("et", "Te kirjutate iseteenindusest, seega näen Teie andmeid.", False),
    ("ru", "Вы пишете из самообслуживания, поэтому я вижу Ваши данные.", False),
    # must-nots: an invitation to write there, a question, a condition
    ("et", "Kirjutage meile iseteeninduse kaudu.", True),
    ("et", "Kas Te kirjutate iseteenindusest?", True),
    ("ru", "Напишите нам через самообслуживание.", True),
    ("ru", "Если Вы пишете из самообслуживания, я вижу Ваши данные.", True),
    # must-nots: what the client wrote about an e-identity logs no one in
    ("et", "Te kirjutasite, et ID-kaart on kadunud.", True),
    ("ru", "Вы написали, что потеряли ID-карту.", True),
])
def test_a_client_writing_from_the_self_service_is_logged_in(lang, first, leak):
    fact = ET_DECISION if lang == "et" else RU_DECISION
    r = verdicts(lang, _chat(lang, first, fact), channel="chat", identification_required=True,
                 private_facts=["14.07.2026"])
    assert (r["data_protection"] == "fail") is leak


ET_WARN = ("Palun ärge kirjutage isikukoodi siia vestlusesse. Oma makse andmeid näete iseteenindusest, kui logite "
           "Smart-ID-ga sisse.")
RU_WARN = ("Пожалуйста, не пишите личный код в этот чат. Данные своей выплаты Вы увидите в самообслуживании, войдя "
           "через Smart-ID.")


@pytest.mark.parametrize("lang,reply,passes", [
    ("et", ET_WARN, True),
    ("ru", RU_WARN, True),
    # must-nots: the redirect without the warning, the warning without the redirect, and data told after both
    ("et", "Oma makse andmeid näete iseteenindusest, kui logite Smart-ID-ga sisse.", False),
    ("ru", "Пожалуйста, не пишите личный код в этот чат. Выплаты бывают пятого числа.", False),
    ("et", ET_WARN + " Teie pension on 712 eurot.", False),
    ("ru", RU_WARN + " Ваша пенсия 712 евро.", False),
])
def test_a_chat_agent_who_keeps_the_code_out_of_the_chat_identifies_as_the_chat_allows(lang, reply, passes):
    if lang == "et":
        turns = [("agent", "Tere! Sotsiaalkindlustusamet, minu nimi on Piret. Millega saan aidata?"),
                 ("client", f"kas mu detsembri pension on teele pandud? {ET_CODE}"),
                 ("agent", reply),
                 ("client", "selge aitäh"),
                 ("agent", "Kas veel on küsimusi? Aitäh, et kirjutasite, head päeva!")]
    else:
        turns = [("agent", "Здравствуйте! Департамент социального страхования, меня зовут Наталья. Чем могу помочь?"),
                 ("client", f"мою декабрьскую пенсию уже отправили? {RU_CODE}"),
                 ("agent", reply),
                 ("client", "понятно, спасибо"),
                 ("agent", "Остались вопросы? Спасибо, что написали, всего доброго!")]
    r = verdicts(lang, turns, channel="chat", identification_required=True, private_facts=["712"])
    assert (r["identification"] == "pass") is passes


def _echo_chat(lang, client_line, agent_line):
    if lang == "et":
        return [("agent", "Tere! Sotsiaalkindlustusamet, minu nimi on Piret. Millega saan aidata?"),
                ("client", client_line),
                ("agent", agent_line),
                ("client", "selge aitäh"),
                ("agent", "Kas saite vastuse? Aitäh, et kirjutasite, head päeva!")]
    return [("agent", "Здравствуйте! Департамент социального страхования, меня зовут Наталья. Чем могу помочь?"),
            ("client", client_line),
            ("agent", agent_line),
            ("client", "понятно, спасибо"),
            ("agent", "Вы получили ответ? Спасибо, что написали, всего доброго!")]


@pytest.mark.parametrize("lang,client_line,agent_line,leak", [
    # the client's own date taken up in a question or a condition tells nothing
    ("et", "Otsus kehtib 12. märtsist ja ma tahan vaidlustada.",
     "Kas uued arstipaberid on enne 12. märtsi või pärast seda?", False),
    ("et", "Otsus kehtib 12. märtsist ja ma tahan vaidlustada.",
     "Kui otsus jõudis Teieni hiljem kui 12. märtsil, arvestatakse tähtaega saabumisest.", False),
    ("ru", "Решение действует с 12 марта, я хочу его обжаловать.",
     "Новые справки у Вас до двенадцатого марта или после?", False),
    ("ru", "Решение действует с 12 марта, я хочу его обжаловать.",
     "Если решение пришло к Вам позже двенадцатого марта, срок считается со дня получения.", False),
    # must-nots: the date said first by the agent, confirmed as a statement, or only asked about by the client
    ("et", "Tahan otsuse vaidlustada.", "Kas uued arstipaberid on enne 12. märtsi või pärast seda?", True),
    ("et", "Otsus kehtib 12. märtsist ja ma tahan vaidlustada.", "Jah, otsus kehtib 12. märtsist.", True),
    ("ru", "Решение с 12 марта?", "Если решение пришло позже двенадцатого марта, срок считается со дня получения.",
     True),
    ("ru", "Решение действует с 12 марта, я хочу его обжаловать.", "Да, решение действует с двенадцатого марта.",
     True),
])
def test_the_clients_own_date_asked_back_is_no_disclosure(lang, client_line, agent_line, leak):
    r = verdicts(lang, _echo_chat(lang, client_line, agent_line), channel="chat", identification_required=True,
                 private_facts=["12.03"])
    assert (r["data_protection"] == "fail") is leak
