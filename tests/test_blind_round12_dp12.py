"""What blind round 12 (held out at its first replay) showed about identification and leaks, in general form, on
own et/ru sentences:

- in an open web chat, a change to report sent to the self-service in any case of the word ("teatage
  iseteenindusse") asks for nothing here; nor does a later "report the new address" once the agent has sent the
  client to the self-service for it; a request to write it here, or with no redirect at all, still does;
- an agent saying they have the authorisation in front of them ("mul on siin volikiri", «у меня здесь есть
  доверенность») has it on file; needing one, not having one or a condition is no such statement;
- a caller who corrects the end of the code in the same breath ("... neli üks, ei vabandust, neli null lõpus",
  «... восемь девять, ой нет, восемь восемь») gives the corrected code when it passes the checksum;
- a third-party caller who gives the other person's code (their son's, their daughter's) lets the agent read that
  person's record, not hear it: a status or a dated fact from it, told before the authorisation is on file, leaks.
"""

import pytest
from scoring_support import verdicts

ET_CODE, RU_CODE = "38203150440", "48112230288"  # both pass the checksum
ET_CHILD, RU_CHILD = "49403136526", "38507100249"


# -- open chat: a change to report --------------------------------------------------------------------------------

def _moving_chat(lang, redirect, recap):
    if lang == "et":
        turns = [("agent", "Tere! Sotsiaalkindlustusamet, minu nimi on Piret. Millega saan aidata?"),
                 ("client", "Tere, kolin Soome elama. Kas pension tuleb sinna edasi?"),
                 ("agent", "Jah, vanaduspension makstakse Soome edasi, sest Soome on Euroopa Liidu liikmesriik."),
                 ("agent", redirect), ("client", "Selge."),
                 ("agent", f"Kokkuvõttes: pension jätkub Soome; {recap} Kas see vastas Teie küsimusele?"),
                 ("client", "Jah, aitäh."), ("agent", "Aitäh, et kirjutasite, head päeva!")]
    else:
        turns = [("agent", "Здравствуйте! Департамент социального страхования, меня зовут Наталья. Чем могу помочь?"),
                 ("client", "Здравствуйте, я переезжаю в Финляндию. Пенсия будет туда приходить?"),
                 ("agent", "Да, пенсия по старости выплачивается и в Финляндию, это страна Европейского союза."),
                 ("agent", redirect), ("client", "Понятно."),
                 ("agent", f"Итак: пенсия продолжится в Финляндии; {recap} Это ответило на Ваш вопрос?"),
                 ("client", "Да, спасибо."), ("agent", "Спасибо, что написали, всего доброго!")]
    return turns


ET_SENT = "Uue aadressi ja konto andmed palun teatage iseteenindusse, sinna saab sisse ID-kaardi või Smart-ID-ga."
RU_SENT = "Новый адрес и данные счёта укажите, пожалуйста, через самообслуживание, вход по ID-карте или Smart-ID."
ET_RECAP = "teatage meile uus elukoht ja vajadusel uus pangakonto."
RU_RECAP = "сообщите нам новый адрес и при необходимости новый счёт."


@pytest.mark.parametrize("lang,redirect,recap,passes", [
    ("et", ET_SENT, "muud pole vaja.", True),
    ("et", ET_SENT, ET_RECAP, True),
    ("ru", RU_SENT, RU_RECAP, True),
    # must-nots: written here, asked with no change and no redirect, a change asked with no redirect at all
    ("et", "Palun kirjutage siia oma uus aadress, ma parandan selle.", "muud pole vaja.", False),
    ("ru", "Напишите сюда, пожалуйста, свой новый адрес, я его исправлю.", "больше ничего не нужно.", False),
    ("et", "Palun teatage oma aadress ja isikukood.", "muud pole vaja.", False),
    ("et", "Elukoha muutus registreerige rahvastikuregistris.", ET_RECAP, False),
    ("ru", "Смену места жительства зарегистрируйте в регистре народонаселения.", RU_RECAP, False),
    ("et", ET_SENT, "kirjutage siia oma uus aadress.", False),
    ("ru", RU_SENT, "напишите сюда свой новый адрес.", False),
])
def test_a_change_to_report_in_the_self_service_asks_nothing_in_the_chat(lang, redirect, recap, passes):
    r = verdicts(lang, _moving_chat(lang, redirect, recap), channel="chat", no_identifiers=True)
    assert (r["data_protection"] == "pass") is passes


# -- the authorisation in front of the agent ---------------------------------------------------------------------

def _mother_call(lang, on_file):
    if lang == "et":
        return [("agent", "tere sotsiaalkindlustusamet piret kuuleb kuidas saan aidata"),
                ("client", "tere ma helistan ema pärast kas tema puude taotlus on kohale jõudnud"),
                ("agent", "palun öelge kõigepealt teie enda isikukood"),
                ("client", ET_CODE),
                ("agent", "aitäh ja nüüd palun ema isikukood"),
                ("client", ET_CHILD),
                ("agent", f"{on_file} ema taotlus on kohale jõudnud ja on menetluses"),
                ("client", "hea aitäh"),
                ("agent", "kas saite vastuse aitäh et helistasite head päeva")]
    return [("agent", "здравствуйте департамент социального страхования наталья чем могу помочь"),
            ("client", "здравствуйте я звоню по поводу мамы её заявление на инвалидность поступило"),
            ("agent", "назовите пожалуйста сначала ваш личный код"),
            ("client", RU_CODE),
            ("agent", "спасибо и теперь личный код мамы"),
            ("client", RU_CHILD),
            ("agent", f"{on_file} заявление мамы поступило и рассматривается"),
            ("client", "хорошо спасибо"),
            ("agent", "вы получили ответ спасибо за звонок всего доброго")]


@pytest.mark.parametrize("lang,on_file,passes", [
    ("et", "nii mul on siin volikiri ette ema volitab teid esindama puude asjades", True),
    ("ru", "так у меня здесь есть доверенность мама уполномочила вас по вопросам инвалидности", True),
    # must-nots: needing one, not having one, a condition, nothing said
    ("et", "meil on volikiri vaja aga", False),
    ("et", "mul ei ole siin volikirja aga", False),
    ("et", "kui mul on siin volikiri, siis saan rääkida.", False),
    ("ru", "если у меня здесь есть доверенность, я могу сказать.", False),
    ("ru", "у меня нет доверенности но", False),
    ("ru", "у меня должна быть доверенность но", False),
    ("ru", "хорошо", False),
])
def test_an_authorisation_in_front_of_the_agent_is_on_file(lang, on_file, passes):
    r = verdicts(lang, _mother_call(lang, on_file), identification_required=True, third_party=True,
                 private_status=True, private_facts=[ET_CHILD if lang == "et" else RU_CHILD])
    assert (r["data_protection"] == "pass") is passes


# -- a code corrected in the same breath ------------------------------------------------------------------------

def _code_call(lang, client_code):
    if lang == "et":
        return [("agent", "Tere, Sotsiaalkindlustusamet, Piret kuuleb. Kuidas saan aidata?"),
                ("client", "tere, kas mu pension on teele pandud"),
                ("agent", "Et makset vaadata, palun öelge oma isikukood."),
                ("client", client_code),
                ("agent", "Aitäh. Teie pension on 712 eurot ja see on teele pandud."),
                ("client", "selge aitäh"),
                ("agent", "Kas saite vastuse? Aitäh, head päeva!")]
    return [("agent", "Здравствуйте, Департамент социального страхования, Наталья. Чем могу помочь?"),
            ("client", "здравствуйте, моя пенсия уже отправлена?"),
            ("agent", "Чтобы посмотреть выплату, назовите, пожалуйста, Ваш личный код."),
            ("client", client_code),
            ("agent", "Спасибо. Ваша пенсия 712 евро, она отправлена."),
            ("client", "понятно, спасибо"),
            ("agent", "Вы получили ответ? Спасибо, всего доброго!")]


@pytest.mark.parametrize("lang,client_code,leak", [
    ("et", "kolm kaheksa kaks null kolm üks viis null neli neli üks ei vabandust neli null lõpus", False),
    ("ru", "четыре восемь один один два два три ноль два восемь девять ой нет восемь восемь", False),
    # must-nots: the corrected code fails the checksum, or no correction word
    ("et", "kolm kaheksa kaks null kolm üks viis null neli neli üks ei vabandust neli kaks lõpus", True),
    ("ru", "четыре восемь один один два два три ноль два восемь девять ой нет ноль пять", True),
    ("et", "kolm kaheksa kaks null kolm üks viis null neli neli üks ja neli null lõpus", True),
])
def test_a_code_corrected_in_the_same_breath_identifies(lang, client_code, leak):
    r = verdicts(lang, _code_call(lang, client_code), identification_required=True, private_facts=["712"])
    assert (r["data_protection"] == "fail") is leak
    assert (r["identification"] == "fail") is leak


# -- a third person's record read by their code -----------------------------------------------------------------

def _child_chat(lang, before, fact):
    if lang == "et":
        return [("client", "Tere. Kirjutan tütre pärast, ta on 31 ja tal on puue. Toetus jäi sel kuul tulemata."),
                ("agent", "Tere! Sotsiaalkindlustusamet, minu nimi on Piret. Näen, et Te kirjutate iseteenindusest."),
                ("agent", "Palun kirjutage tütre isikukood, ma vaatan järele."),
                ("client", ET_CHILD),
                ("agent", f"Aitäh. {before}{fact}"),
                ("client", "Selge."),
                ("agent", "Kas saite vastuse? Aitäh, et kirjutasite, head päeva!")]
    return [("client", "Здравствуйте. Пишу по поводу сына, ему 40 лет, у него инвалидность. Пособие не пришло."),
            ("agent", "Здравствуйте! Департамент социального страхования, меня зовут Наталья. Вижу, что Вы пишете из "
                      "среды самообслуживания."),
            ("agent", "Напишите, пожалуйста, личный код сына, я посмотрю."),
            ("client", RU_CHILD),
            ("agent", f"Спасибо. {before}{fact}"),
            ("client", "Понятно."),
            ("agent", "Вы получили ответ? Спасибо, что написали, всего доброго!")]


ET_REC = "Tema puude raskusastme kehtivus lõppes 30. septembril, seepärast toetust enam ei maksta."
RU_REC = "Срок его степени тяжести истёк 30 сентября, поэтому пособие больше не платится."


@pytest.mark.parametrize("lang,before,fact,leak", [
    ("et", "", ET_REC, True),
    ("ru", "", RU_REC, True),
    ("et", "", "Tema taotlus on kohale jõudnud ja on menetluses.", True),
    ("ru", "", "Его заявление поступило и рассматривается.", True),
    # must-nots: the authorisation on file first, a general rule, a deadline, a question
    ("et", "Näen, et tütre volikiri on meil olemas. ", ET_REC, False),
    ("ru", "Вижу, что доверенность сына у нас есть. ", RU_REC, False),
    ("et", "", "Raskusaste määratakse tähtajaliselt, uus taotlus tuleb esitada enne tähtaja lõppu.", False),
    ("ru", "", "Новое ходатайство нужно подать до 1 марта, если срок заканчивается.", False),
    ("et", "", "Kas tütar on viimasel ajal uut taotlust esitanud?", False),
])
def test_a_third_persons_record_told_before_the_authorisation_leaks(lang, before, fact, leak):
    r = verdicts(lang, _child_chat(lang, before, fact), channel="chat", third_party=True,
                 private_facts=[ET_CHILD if lang == "et" else RU_CHILD])
    assert (r["data_protection"] == "fail") is leak
