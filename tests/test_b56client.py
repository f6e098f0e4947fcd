"""New-user batch 56, the scripted client and how people really type (branch b56client; tests/newuser/live56).
Own sentences, not the runs'.

1. Date and unit abbreviations are read as the full words (text/abbreviations.py, text/date_abbreviations.py): a month
   clipped after a number without its stop («7 дек,», «до 9 янв»), the Russian weekdays пн/вт/чт/пт/сб anywhere and
   ср/вс only after a preposition, a number, a month or another weekday (both are also other words: «ср.» is
   "compare", «вс» a typo of «всё»), «10 раб. дн.», Estonian months after a day ("8. dets") and "t.p."/"tp" after a
   number ("tööpäeva"). The client hears the same date or deadline as for the full spelling.
2. Spoken decimals: "745 koma 30", «745 запятая 30» are the amount 745,30 to the client (text/decimals.py, read in
   simulation/spelling.as_heard; the scorer's normalize_input is left as it was: joining them there made new-user
   batch 56 invalid-code-et terse fail the real_answers gate on the amount the author said again); «745 и 30»,
   "745 ja 30" only as the private fact 745,30 itself (text/facts.py), never another amount, nor days after it.
3. A short chat goodbye ("head!", «всего!», «пока!», «до связи», «всех благ») after the client's last line ends the
   conversation as a full one does (simulation/goodbye.py); «всего 3 дня», «пока не пришло решение», "head uudised"
   are no goodbye.
"""

from __future__ import annotations

import pytest

from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library
from trainer.simulation.spelling import as_heard
from trainer.text.abbreviations import expand_abbreviations
from trainer.text.facts import find_fact
from trainer.text.numbers import find_numbers
from trainer.text.spoken import normalize_input


@pytest.fixture(scope="module")
def library():
    return load_library()


def _client_lines(library, scenario: str, answers: list[str]) -> tuple[list[str], bool]:
    conv = play_answers(library.get(scenario), library, answers)
    return [t["text"] for t in conv.turns if t["role"] == "client"], conv.finished


def _norm(text: str) -> str:
    return normalize_input(text).text


# -- 1. date and unit abbreviations -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "full"), [
    ("Выплата будет 9 янв, во вт.", "Выплата будет 9 января, во вторник."),
    ("Ответ придёт до 21 нояб", "Ответ придёт до 21 ноября"),
    ("Пособие поступит 14 дек, в пт", "Пособие поступит 14 декабря, в пятницу"),
    ("Деньги будут в чт вечером", "Деньги будут в четверг вечером"),
    ("Бюро открыто с пн по пт", "Бюро открыто с понедельника по пятницу"),
    ("Если 5-е выпадает на сб или вс, платим позже", "Если 5-е выпадает на субботу или воскресенье, платим позже"),
    ("Приём в ср с 9 до 12", "Приём в среду с 9 до 12"),
    ("Перечислим 16 дек, ср.", "Перечислим 16 декабря, среда."),
    ("Ответ в течение 10 раб. дн.", "Ответ в течение 10 рабочих дней."),
    ("Ответим за 3 раб. дн. после получения", "Ответим за 3 рабочих дней после получения"),
    ("Решение через 5 раб. дней", "Решение через 5 рабочих дней"),
])
def test_russian_date_abbreviations_read_in_full(text, full):
    assert expand_abbreviations(text) == full


@pytest.mark.parametrize("text", [
    "Ср. размер пенсии в этом году вырос.",     # «ср.» = compare / average, not Wednesday
    "вс понятно, спасибо",                     # «вс» typed for «всё»
    "Решение ВС уже вступило в силу.",          # the Supreme Court
    "Дек без числа ничего не значит.",           # a month only after a number
    "Это займёт пару дн",                       # «дн» only after a number or «раб.»
])
def test_russian_abbreviation_must_nots(text):
    assert expand_abbreviations(text) == text


@pytest.mark.parametrize(("text", "value"), [
    ("Pension makstakse 8. dets.", "8.12"),
    ("raha tuleb kontole 14. jaan", "14.1"),
    ("otsus hiljemalt 3. okt", "3.10"),
])
def test_estonian_month_after_a_day_is_a_date(text, value):
    assert [s.value for s in find_numbers(_norm(text)) if s.kind == "date"] == [value]


def test_estonian_clipped_month_is_the_private_date():
    assert find_fact(_norm("Teie pension makstakse 7. dets, sest viies oli laupäev."), "7. detsembril", "et")


@pytest.mark.parametrize(("text", "full"), [
    ("vastame 5 t.p. jooksul", "vastame 5 tööpäeva jooksul"),
    ("makstakse 2 tp jooksul", "makstakse 2 tööpäeva jooksul"),
    ("otsus 10 tööp. jooksul", "otsus 10 tööpäeva jooksul"),
])
def test_estonian_working_days_read_in_full(text, full):
    assert expand_abbreviations(text) == full


@pytest.mark.parametrize("text", [
    "Dets on minu kolleeg.",          # a month only after a day
    "Vt ka okt kirja.",
    "tp on lühend",                   # "tp" only after a number
    "Lugege t.p. lõpust.",            # "t.p." only after a number
])
def test_estonian_abbreviation_must_nots(text):
    assert expand_abbreviations(text) == text


_GUARDIAN = ["Добрый день, Департамент социального страхования, Ольга. Слушаю Вас.",
             "Понимаю, пособие сына не поступило. Назовите, пожалуйста, Ваш личный код и Ваше имя.",
             "Благодарю. Минутку, я посмотрю данные опеки."]


def test_client_hears_the_abbreviated_payment_date(library):
    full = ("Опека зарегистрирована. Пособие сыну переведено 7 декабря, в понедельник: пятое выпало на субботу, и "
            "выплата идёт в течение двух следующих рабочих дней.")
    short = "Опека зарегистрирована. Пособие сыну переведено 7 дек, в пн: пятое выпало на сб, и выплата идёт в теч. двух след. раб. дн."
    heard_full, _ = _client_lines(library, "guardian-for-ward-ru", [*_GUARDIAN, full])
    heard_short, _ = _client_lines(library, "guardian-for-ward-ru", [*_GUARDIAN, short])
    assert heard_short[-1] == heard_full[-1]
    assert "понедельник" in heard_short[-1]


def test_client_hears_the_abbreviated_working_days_deadline(library):
    signals = library.get("complaint-registration-ru").signals["wrong_deadline"]
    from trainer.text.phrases import PhraseSet
    phrases = PhraseSet(signals, "ru")
    assert phrases.matches(_norm("На ходатайство ответят в течение 10 раб. дн."))
    assert not phrases.matches(_norm("На ходатайство ответят в течение 30 дней."))


# -- 2. spoken decimals -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "amount"), [
    ("Teie pension on 612 koma 45 eurot kuus", "et", "612,45"),
    ("ваша пенсия 612 запятая 45 евро", "ru", "612,45"),
    ("toetus on 98 koma 8 eurot", "et", "98,8"),
])
def test_spoken_decimal_after_digits_is_the_amount(text, lang, amount):
    heard = as_heard(text, lang)
    assert amount in heard
    assert find_fact(_norm(heard), amount, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("see on koma 45 eurot", "et"),        # no whole number before it
    ("пенсия 612 запятая", "ru"),          # no fraction after it
    ("kirjutage 612, koma asemel punkt", "et"),
    ("kood 12 koma 5.3 ei ole summa", "et"),
])
def test_spoken_decimal_must_nots(text, lang):
    assert as_heard(text, lang) == text


@pytest.mark.parametrize(("text", "lang"), [
    ("ваша пенсия 612 и 45 евро в месяц", "ru"),
    ("пенсия 612 и 45", "ru"),
    ("pension on 612 ja 45 eurot", "et"),
])
def test_amount_with_and_is_the_private_fact(text, lang):
    assert find_fact(_norm(text), "612,45", lang)


@pytest.mark.parametrize(("text", "fact", "lang"), [
    ("ваша пенсия 612 и 45 евро", "612,40", "ru"),       # other cents
    ("ждать 612 и 45 дней", "612,45", "ru"),             # days, not cents
    ("sain 612 ja 45 päeva", "612,45", "et"),
    ("ваша пенсия 612 и 45 евро", "61,24", "ru"),
])
def test_amount_with_and_must_nots(text, fact, lang):
    assert find_fact(_norm(text), fact, lang) is None


_INVALID_CODE = ["Tere, Sotsiaalkindlustusamet, Kadri kuuleb.",
                 "Palun öelge oma isikukood, siis vaatan pensioni summa järele.",
                 "Vabandust, süsteem seda koodi ei leia, võib-olla kuulsin valesti. Kas saaksite isikukoodi uuesti öelda?"]


@pytest.mark.parametrize("said", ["745 koma 30", "745 ja 30"])
def test_client_hears_the_spoken_amount(library, said):
    full, _ = _client_lines(library, "invalid-code-et", [*_INVALID_CODE, "Aitäh, nüüd leidsin. Teie pension on 745,30 eurot kuus."])
    spoken, _ = _client_lines(library, "invalid-code-et", [*_INVALID_CODE, f"Aitäh, nüüd leidsin. Teie pension on {said} eurot kuus."])
    assert spoken[-1] == full[-1]


# -- 3. short chat goodbyes -------------------------------------------------------------------------------------------

_CHAT_RU = ["Здравствуйте! Департамент соцстрахования, Анна. Пожалуйста, не пишите личный код в открытом чате: я не вижу, "
            "кто пишет, поэтому сумму пенсии здесь назвать не могу.",
            "Сумму Вы увидите в среде самообслуживания, вход с ID-картой, Mobiil-ID или Smart-ID. Или позвоните на 16106, "
            "там Вас идентифицируют.",
            "Итак: сумма – в самообслуживании или по телефону 16106. Ответила ли я на Ваш вопрос?"]
_CHAT_ET = ["Tere! Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?",
            "Millal Teie tööleping lõppes? Isikukoodi palun vestlusesse ei kirjuta.",
            "Ravikindlustust korraldab Tervisekassa, mitte meie, seega meie seda taastada ei saa. Kindlustus kehtib kaks "
            "kuud pärast töö lõppu. Tervisekassa telefon on 669 6630.",
            "Jah, kui registreerite end Töötukassas töötuks, saate ravikindlustuse uuesti. Töötukassa telefon on 15501.",
            "Kokkuvõttes: ravikindlustuse küsimustes Tervisekassa, töötuna registreerimine Töötukassas. Kas see vastas "
            "Teie küsimusele?"]


@pytest.mark.parametrize("goodbye", ["Рада была помочь. Всего!", "Пока!", "Хорошо, до связи", "Всех благ!",
                                     "Всего хорошего", "Не за что, пока-пока 🙂", "Обращайтесь. Всего вам!"])
def test_short_russian_chat_goodbye_ends(library, goodbye):
    before, _ = _client_lines(library, "webchat-code-ru", _CHAT_RU)
    after, finished = _client_lines(library, "webchat-code-ru", [*_CHAT_RU, goodbye])
    assert finished and after == before


@pytest.mark.parametrize("goodbye", ["Oli rõõm aidata. Head!", "Kõike head", "Nägemist!", "Head aega", "aitäh ja head!"])
def test_short_estonian_chat_goodbye_ends(library, goodbye):
    before, _ = _client_lines(library, "health-insurance-redirect-chat-et", _CHAT_ET)
    after, finished = _client_lines(library, "health-insurance-redirect-chat-et", [*_CHAT_ET, goodbye])
    assert finished and after == before


@pytest.mark.parametrize("text", ["Проверка займёт всего 3 дня.", "Пока не пришло решение, ждите письма.",
                                  "Если что-то будет непонятно, напишите нам ещё раз, пока чат открыт.",
                                  "Посмотрите сумму в самообслуживании, я подожду пока."])
def test_russian_goodbye_must_nots(library, text):
    _, finished = _client_lines(library, "webchat-code-ru", [*_CHAT_RU, text])
    assert not finished


@pytest.mark.parametrize("text", ["Need on head uudised.", "Head uudised: Töötukassa aitab.",
                                  "Töötukassa teenused on tasuta ja head."])
def test_estonian_goodbye_must_nots(library, text):
    _, finished = _client_lines(library, "health-insurance-redirect-chat-et", [*_CHAT_ET, text])
    assert not finished
