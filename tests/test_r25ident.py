"""What blind round 25 showed about identification and leaks, in general form, on own et/ru sentences:

- a caller on the phone who gives their valid personal code before the agent asks for it, the agent taking it
  (going on without asking for it again or saying it found no one), is identified there: data told after it are no
  leak; a code that fails the checksum, one the agent asks for again or finds no one by, a third person's code and
  data told before the code keep the old verdicts;
- "aitäh, <code> ja teie ees- ja perekonnanimi" / «спасибо, а ваши имя и фамилия» said without a question mark
  asks for the name (the ellipsis), so the code read back as heard and the name given identify; a statement with
  the same words asks for nothing;
- the address as the place where someone is registered ("kas poeg on teie aadressil kirjas?", «сын прописан по
  Вашему адресу?») asks for no identifier in an open chat; "which address" and an address said for the client to
  confirm still do.
"""

import pytest
from scoring_support import verdicts

from trainer import text as tx
from trainer.scoring.identifier_requests import find_identifier_requests

CODE = "48807223716"  # passes the checksum
BAD = "48807223715"  # the check digit wrong

# -- a code given before the agent asks ---------------------------------------------------------------------------------


def _volunteered(lang, code, taken=None, third_party=False):
    if lang == "et":
        return [("agent", "Tere, Sotsiaalkindlustusamet, Liina kuuleb."),
                ("client", f"Tere, ütlen kohe oma isikukoodi, et aega kokku hoida: {code}. Mul on küsimus toetuse kohta."),
                ("agent", taken or "Aitäh, leidsin Teid üles. Mis küsimus Teil on?"),
                ("client", "Kui palju mulle sel kuul toetust makstakse?"),
                ("agent", "Sel kuul makstakse Teile kolmsada kaksteist eurot."),
                ("client", "Selge, aitäh."),
                ("agent", "Aitäh helistamast, kena päeva!")]
    return [("agent", "Здравствуйте, Департамент социального страхования, Ольга."),
            ("client", f"Здравствуйте, сразу назову свой личный код, чтобы не терять время: {code}. "
                       "У меня вопрос про пособие."),
            ("agent", taken or "Спасибо, я Вас нашла. Какой у Вас вопрос?"),
            ("client", "Сколько мне в этом месяце заплатят пособия?"),
            ("agent", "В этом месяце Вам заплатят триста двенадцать евро."),
            ("client", "Понятно, спасибо."),
            ("agent", "Спасибо за звонок, всего доброго!")]


def _ident(lang, turns, **context):
    context.setdefault("identification_required", True)
    r = verdicts(lang, turns, private_facts=["312"], **context)
    return r["identification"], r["data_protection"]


def test_the_codes():
    assert tx.isikukood_is_valid(CODE) and not tx.isikukood_is_valid(BAD)


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_a_volunteered_code_the_agent_takes_identifies(lang):
    assert _ident(lang, _volunteered(lang, CODE)) == ("pass", "pass")


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_a_volunteered_code_read_in_words_identifies(lang):
    words = {"et": "neli kaheksa kaheksa null seitse kaks kaks kolm seitse üks kuus",
             "ru": "четыре восемь восемь ноль семь два два три семь один шесть"}[lang]
    assert _ident(lang, _volunteered(lang, words)) == ("pass", "pass")


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_a_volunteered_code_failing_the_checksum_identifies_no_one(lang):
    assert _ident(lang, _volunteered(lang, BAD)) == ("fail", "fail")


@pytest.mark.parametrize("lang,reply", [
    ("et", "Vabandust, palun öelge oma isikukood veel kord, ma ei kuulnud hästi."),
    ("et", "Sellise isikukoodiga ma kedagi ei leia. Mis küsimus Teil on?"),
    ("ru", "Извините, назовите, пожалуйста, Ваш личный код ещё раз, я не расслышала."),
    ("ru", "По такому коду я никого не нашла. Какой у Вас вопрос?"),
])
def test_a_volunteered_code_the_agent_does_not_take_identifies_no_one(lang, reply):
    assert _ident(lang, _volunteered(lang, CODE, taken=reply)) == ("fail", "fail")


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_a_third_persons_volunteered_code_still_identifies_no_one(lang):
    assert _ident(lang, _volunteered(lang, CODE), third_party=True)[1] == "fail"


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_data_told_before_the_volunteered_code_still_leak(lang):
    turns = _volunteered(lang, CODE)
    early = {"et": "Teile makstakse kolmsada kaksteist eurot. Kas ütlete ka isikukoodi?",
             "ru": "Вам платят триста двенадцать евро. А личный код скажете?"}[lang]
    late = {"et": f"Jah, {CODE}.", "ru": f"Да, {CODE}."}[lang]
    turns = turns[:1] + [("client", turns[3][1]), ("agent", early), ("client", late)] + turns[2:]
    assert _ident(lang, turns) == ("fail", "fail")


# -- the elliptical name request ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("et", "aitäh 4880722371 ja teie ees ja perekonnanimi"),
    ("et", "Selge, ja teie nimi palun"),
    ("ru", "спасибо 4880722371 а ваши имя и фамилия"),
    ("ru", "Хорошо, а ваше имя"),
])
def test_and_your_name_asks(lang, sentence):
    assert find_identifier_requests(sentence, lang)


@pytest.mark.parametrize("lang,sentence", [
    ("et", "Teie isikukood ja teie nimi on süsteemis olemas."),
    ("et", "Aitäh, ja teie nimi on õige."),
    ("ru", "Это ваш адрес и ваше имя в заявлении."),
    ("ru", "Спасибо, а ваше имя у нас записано правильно."),
])
def test_and_your_name_in_a_statement_asks_nothing(lang, sentence):
    assert not find_identifier_requests(sentence, lang)


def _echoed(lang, name_given=True):
    said = "4880722371"  # a digit lost: no valid code as said
    if lang == "et":
        return [("agent", "Tere, Sotsiaalkindlustusamet, Liina kuuleb. Kuidas saan aidata?"),
                ("client", "Tere, tahan teada, palju mulle toetust makstakse."),
                ("agent", "Vaatame, palun öelge oma isikukood."),
                ("client", f"jah {said}"),
                ("agent", f"aitäh {said} ja teie ees ja perekonnanimi"),
                ("client", "Mari Kask" if name_given else "miks teil seda vaja on"),
                ("agent", "Aitäh. Teile makstakse kolmsada kaksteist eurot."),
                ("client", "Selge, aitäh."),
                ("agent", "Aitäh helistamast, kena päeva!")]
    return [("agent", "Здравствуйте, Департамент социального страхования, Ольга. Чем могу помочь?"),
            ("client", "Здравствуйте, хочу узнать, сколько мне платят пособия."),
            ("agent", "Давайте посмотрим, назовите, пожалуйста, Ваш личный код."),
            ("client", f"да {said}"),
            ("agent", f"спасибо {said} а ваши имя и фамилия"),
            ("client", "Мария Кузнецова" if name_given else "а зачем вам это"),
            ("agent", "Спасибо. Вам платят триста двенадцать евро."),
            ("client", "Понятно, спасибо."),
            ("agent", "Спасибо за звонок, всего доброго!")]


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_the_code_read_back_as_heard_and_the_name_asked_by_ellipsis_identify(lang):
    assert _ident(lang, _echoed(lang)) == ("pass", "pass")


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_without_the_name_given_the_code_as_heard_identifies_no_one(lang):
    assert _ident(lang, _echoed(lang, name_given=False))[1] == "fail"


# -- the address as a place in an open chat -----------------------------------------------------------------------------

def _open_chat(lang, question):
    if lang == "et":
        return [("agent", "Tere, Sotsiaalkindlustusamet, Liina. Kuidas saan aidata?"),
                ("client", "Tere. Naaber sai üksi elava pensionäri toetuse, mina mitte, kuigi elan üksi."),
                ("agent", question),
                ("client", "Jah, arvatavasti."),
                ("agent", "Siis see on põhjus: toetust makstakse, kui registri järgi elate kogu perioodi üksi."),
                ("client", "Selge, aitäh."),
                ("agent", "Kena päeva!")]
    return [("agent", "Здравствуйте, Департамент социального страхования, Ольга. Чем могу помочь?"),
            ("client", "Здравствуйте. Соседка получила пособие одинокому пенсионеру, а я нет, хотя живу одна."),
            ("agent", question),
            ("client", "Да, наверное."),
            ("agent", "Тогда причина в этом: пособие платят, если по регистру Вы весь период живёте одна."),
            ("client", "Понятно, спасибо."),
            ("agent", "Всего доброго!")]


def _dp(lang, question):
    return verdicts(lang, _open_chat(lang, question), channel="chat", no_identifiers=True)["data_protection"]


@pytest.mark.parametrize("lang,question", [
    ("et", "Kas Teie tütar on Teie aadressil ikka sisse kirjutatud?"),
    ("et", "Kas lapselaps oli Teie aadressil kirjas terve suve?"),
    ("ru", "Ваша дочь всё ещё прописана по Вашему адресу?"),
    ("ru", "Внук был зарегистрирован на Вашем адресе всё лето?"),
])
def test_who_is_registered_at_the_address_asks_no_identifier(lang, question):
    assert find_identifier_requests(question, lang) == ()
    assert _dp(lang, question) == "pass"


@pytest.mark.parametrize("lang,question", [
    ("et", "Millisel aadressil Te praegu elate?"),
    ("et", "Kas Te elate aadressil Kase tänav 7?"),
    ("et", "Palun kirjutage oma aadress."),
    ("ru", "По какому адресу Вы сейчас живёте?"),
    ("ru", "Вы живёте по адресу Садовая 7?"),
    ("ru", "Напишите, пожалуйста, Ваш адрес."),
])
def test_asking_which_address_still_asks(lang, question):
    assert find_identifier_requests(question, lang)
    assert _dp(lang, question) == "fail"


# -- the check after thanks and the client's name; a check of both answers ---------------------------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("et", "aitäh proua kask ja jutt on siis peretoetusest mis tuli eelmisel kuul mitte lapsetoetusest"),
    ("ru", "спасибо господин иванов и речь идёт о пенсии по потере кормильца за прошлый месяц"),
])
def test_a_check_after_thanks_and_the_name(lang, sentence):
    assert tx.is_check_statement(sentence, lang)


@pytest.mark.parametrize("lang,sentence", [
    ("et", "aitäh proua kask ja te peate taotluse uuesti esitama"),  # advice
    ("et", "aitäh proua kask ja ma vaatan kohe järele"),  # the agent's own step
    ("ru", "спасибо господин иванов и вам нужно подать заявление заново"),
])
def test_advice_after_thanks_and_the_name_is_no_check(lang, sentence):
    assert not tx.is_check_statement(sentence, lang)


def _recap_call(lang, check):
    if lang == "et":
        return [("agent", "Tere, Sotsiaalkindlustusamet, Liina kuuleb. Kuidas saan aidata?"),
                ("client", "Tere. Mul on kaks küsimust: millal tuleb pension ja kas lisapäevi saab?"),
                ("agent", "Kas küsite vanaduspensioni kohta?"),
                ("client", "Jah."),
                ("agent", "Pension tuleb iga kuu viiendal. Lisapäevi saab taotleda iseteeninduses."),
                ("client", "Selge."),
                ("agent", check),
                ("client", "Jah, aitäh."),
                ("agent", "Aitäh helistamast, kena päeva!")]
    return [("agent", "Здравствуйте, Департамент социального страхования, Ольга. Чем могу помочь?"),
            ("client", "Здравствуйте. У меня два вопроса: когда придёт пенсия и можно ли получить доп. дни?"),
            ("agent", "Вы про пенсию по старости?"),
            ("client", "Да."),
            ("agent", "Пенсия приходит каждый месяц пятого числа. Дополнительные дни можно запросить в самообслуживании."),
            ("client", "Понятно."),
            ("agent", check),
            ("client", "Да, спасибо."),
            ("agent", "Спасибо за звонок, всего доброго!")]


@pytest.mark.parametrize("lang,check", [
    ("et", "Kas vastasin mõlemale küsimusele?"),
    ("ru", "Я ответила на оба вопроса?"),
    ("ru", "Я ответил на все вопросы?"),
])
def test_a_check_of_both_answers_is_a_summary(lang, check):
    assert verdicts(lang, _recap_call(lang, check))["summary"] == "pass"


@pytest.mark.parametrize("lang,check", [
    ("et", "Te vastasite kõigile küsimustele, aitäh."),
    ("ru", "Вы ответили на все вопросы, спасибо."),
])
def test_the_client_answering_questions_is_no_summary(lang, check):
    assert verdicts(lang, _recap_call(lang, check))["summary"] == "fail"


@pytest.mark.parametrize("lang,check,denial", [
    ("et", "Aitäh, räägin Mari Kasega, eks?", "Ei, mina olen Liisa Saar. Kui palju mulle sel kuul toetust makstakse?"),
    ("ru", "Спасибо, я говорю с Марией Кузнецовой, верно?", "Нет, я Ольга Смирнова. Сколько мне в этом месяце заплатят?"),
])
def test_a_volunteered_code_whose_name_the_caller_denies_identifies_no_one(lang, check, denial):
    turns = _volunteered(lang, CODE, taken=check)
    turns[3] = ("client", denial)
    assert _ident(lang, turns) == ("fail", "fail")
