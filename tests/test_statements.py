"""Facts by value, promises and guesses, status statements and identifier requests on real Estonian and
Russian sentences (issue 10, items 1-3)."""

import pytest

from trainer.scoring.identifier_requests import find_identifier_requests
from trainer.scoring.statements import find_promises, find_status_statements
from trainer.scoring.values import find_values
from trainer.text.quantities import find_quantities


@pytest.mark.parametrize("text,lang,expected", [
    ("Vaide saab esitada 30 päeva jooksul.", "et", [(30, ("paev",))]),
    ("Teil on kolmekümne päeva jooksul aega.", "et", [(30, ("paev",))]),
    ("Toetus makstakse kaheksandal kuupäeval.", "et", [(8, ("kuupaev",))]),
    ("Raha tuleb kahe järgmise tööpäeva jooksul.", "et", [(2, ("toopaev",))]),
    ("Пособие выплачивают 8-го числа.", "ru", [(8, ("число",))]),
    ("в течение двух следующих рабочих дней", "ru", [(2, ("рабочий", "день"))]),
    ("Срок – тридцать дней.", "ru", [(30, ("день",))]),
])
def test_quantities_by_value(text, lang, expected):
    assert [(q.value, q.unit) for q in find_quantities(text, lang)] == expected


DEADLINE = dict(right=("30 päeva",), wrong=("kahe nädala jooksul",))


@pytest.mark.parametrize("text,verdict", [
    ("Vaide saate esitada 30 päeva jooksul.", [True]),
    ("Vaide saate esitada kolmekümne päeva jooksul.", [True]),
    ("Vaide saate esitada 14 päeva jooksul.", [False]),          # another number of days is wrong
    ("Vaie tuleb esitada kahe nädala jooksul.", [False]),         # a wrong rule
    ("Kas Teil on 30 päeva juba möödas?", []),                    # a question states nothing
    ("Tähtaeg ei ole 14 päeva, vaid 30 päeva.", [True]),          # the negated value is not said
    ("Vaide saate esitada 30 päeva jooksul, otsus tehakse kahe tööpäeva jooksul.", [True]),  # other unit
])
def test_estonian_deadline_by_value(text, verdict):
    assert [h.right for h in find_values(text, "et", **DEADLINE)] == verdict


def test_russian_weekend_rule_by_value():
    right, wrong = ("двух рабочих дней",), ("в пятницу перед выходными",)
    assert [h.right for h in find_values("Выплата в течение двух следующих рабочих дней.", "ru", right, wrong)] == [True]
    assert [h.right for h in find_values("Выплата в течение трёх рабочих дней.", "ru", right, wrong)] == [False]
    assert [h.right for h in find_values("Пенсию платят в пятницу перед выходными.", "ru", right, wrong)] == [False]
    assert find_values("Пенсию платят через 30 дней.", "ru", right, wrong) == []  # another unit: not this fact


@pytest.mark.parametrize("text,lang,promise", [
    ("Otsus tuleb kindlasti positiivne.", "et", True),
    ("Garanteerin, et raha on homme Teie kontol.", "et", True),
    ("Küllap on kõik korras.", "et", True),
    ("Otsus tehakse kindlasti 15. detsembriks.", "et", True),
    ("Üldjuhul makstakse toetus 8. kuupäeval.", "et", False),
    ("Tavaliselt tehakse otsus 30 päeva jooksul, kuid otsuse teeb ekspert.", "et", False),
    ("Ma ei saa lubada, et otsus tuleb homme.", "et", False),
    ("Kas raha on kindlasti laekunud?", "et", False),
    ("See on kindlasti ebameeldiv.", "et", False),
    ("Helistan Teile kindlasti tagasi.", "et", False),            # the agent's own commitment
    ("Гарантирую, деньги придут сегодня.", "ru", True),
    ("Решение точно будет положительным.", "ru", True),
    ("Обычно деньги поступают в течение двух дней.", "ru", False),
    ("Не могу обещать, когда придут деньги.", "ru", False),
    ("Я понимаю, это точно неприятно.", "ru", False),
])
def test_promises_and_guesses(text, lang, promise):
    assert bool(find_promises(text, lang)) is promise


@pytest.mark.parametrize("text,lang,status", [
    ("Teie ema taotlus on kohale jõudnud ja on menetluses.", "et", True),
    ("Jah, taotlus on meil olemas.", "et", True),
    ("Ma ei saa öelda, kas taotlus on saabunud.", "et", False),
    ("Taotlus vaadatakse läbi 30 päeva jooksul.", "et", False),
    ("Kui taotlus on saabunud, saadame teate.", "et", False),
    ("Заявление поступило и рассматривается.", "ru", True),
    ("Я не могу сказать, поступило ли заявление.", "ru", False),
    # that the person receives a benefit, or is a client at all, is their data too (blind round 3: a bailiff)
    ("nii ta on meil küll olemas ta saab puudega inimese toetust", "et", True),
    ("Jah, tema saab meilt pensioni.", "et", True),
    ("Да, он получает у нас пособие по инвалидности.", "ru", True),
    ("он у нас числится", "ru", True),
    ("Puudega inimese toetust saab inimene, kellel on puue tuvastatud.", "et", False),
    ("Ma ei saa öelda, kas ta saab toetust.", "et", False),
    ("Я не могу сказать, получает ли он пособие.", "ru", False),
])
def test_status_statements(text, lang, status):
    assert bool(find_status_statements(text, lang)) is status


@pytest.mark.parametrize("text,lang,asks", [
    ("Palun kirjutage oma nimi ja perekonnanimi.", "et", True),
    ("Mis on Teie isikukood?", "et", True),
    ("Kus Te elate, mis on Teie aadress?", "et", True),
    ("Ärge kirjutage siia oma isikukoodi.", "et", False),
    ("Isikukoodi pole vaja.", "et", False),
    ("Kuidas saan Teid aidata?", "et", False),
    ("Напишите, пожалуйста, Ваше имя и фамилию.", "ru", True),
    ("Не пишите в чат личный код.", "ru", False),
    # a channel is no identifier: writing to us by e-mail or post asks nothing about the client
    ("Kaebuse saate saata e-posti teel.", "et", False),
    ("Kokkuvõtteks: kirjutage meile e-posti teel.", "et", False),
    ("Palun saatke avaldus e-postiga või postiga.", "et", False),
    ("Kirjutage meile aadressil info@sotsiaalkindlustusamet.ee.", "et", False),
    ("palun kirjutage oma e-posti aadress, saadan vastuse sinna", "et", True),
    ("Mis on Teie e-post?", "et", True),
    ("Отправьте, пожалуйста, заявление по почте или электронной почтой.", "ru", False),
    ("Напишите нам на адрес info@sotsiaalkindlustusamet.ee.", "ru", False),
    ("Напишите, пожалуйста, Ваш адрес электронной почты.", "ru", True),
    # the informal imperative asks too (blind round 3)
    ("kirjuta oma isikukood siia, ma vaatan", "et", True),
    ("utle oma isikukood", "et", True),
    ("напиши свой личный код сюда", "ru", True),
    # asked to be given in the self-service, not in the chat (blind round 3)
    ("Meile teatage uus riik ja aadress lisaks iseteeninduses.", "et", False),
    ("Новый адрес укажите, пожалуйста, в среде самообслуживания.", "ru", False),
    ("Kirjutage oma aadress siia, iseteeninduses on see vana.", "et", True),
])
def test_identifier_requests(text, lang, asks):
    assert bool(find_identifier_requests(text, lang)) is asks


# -- new-user runs (issue 10): wrong values said in other words, negations said after the value ----

def test_another_number_of_working_days_is_wrong():
    right = ("kahe tööpäeva jooksul",)
    text = "Kui 5. kuupäev on nädalavahetusel, makstakse pension järgmise viie tööpäeva jooksul."
    assert [(h.quote, h.right) for h in find_values(text, "et", right, ())] == [("viie tööpäeva", False)]
    text = "Sel kuul oli 5. kuupäev laupäeval ja siis makstakse kahe järgmise tööpäeva jooksul."
    assert [h.right for h in find_values(text, "et", right, ())] == [True]


COMPLAINT = dict(right=("30 päeva",), wrong=(), topic=("vastus", "vastatakse", "kaebus"), other_units_wrong=True)


@pytest.mark.parametrize("text,verdict", [
    ("Te saate vastuse kirjalikult 30 päeva jooksul.", [True]),
    ("Te saate vastuse kirjalikult 5 tööpäeva jooksul.", [False]),        # another unit of time, same fact
    ("Vastuse saate kahe nädala jooksul.", [False]),
    ("Vastus tuleb hiljemalt kolmekümne kalendripäeva jooksul.", [True]),  # calendar days are days
    ("Raha tuleb kahe tööpäeva jooksul.", []),                           # not about the answer: not read
])
def test_any_unit_another_unit_of_time_is_a_wrong_value(text, verdict):
    assert [h.right for h in find_values(text, "et", **COMPLAINT)] == verdict


def test_by_default_another_unit_is_another_fact():
    assert find_values("Te saate vastuse kirjalikult 5 tööpäeva jooksul.", "et", ("30 päeva",), ()) == []
    # an ordinal day and a duration of months are different facts (health-insurance-redirect-chat-et)
    text = "Pärast töö lõppu kehtib ravikindlustus veel kaks kuud."
    assert find_values(text, "et", ("31. päevast",), (), ("ravikindlustus",)) == []


@pytest.mark.parametrize("text,wrong", [
    ("Но каждый год до 1 марта нужно присылать справку о нахождении в живых.", True),
    ("Каждый год до первого марта нужно присылать справку, иначе выплату остановят.", True),
    ("Справку до 1 марта больше присылать не нужно, она действует 12 месяцев.", False),
    ("Раньше справку присылали до 1 марта, но это уже не так.", False),
])
def test_an_abolished_fixed_date_is_wrong_in_digits_or_words(text, wrong):
    hits = find_values(text, "ru", ("12 месяцев",), ("до 1 марта",))
    assert any(not h.right for h in hits) is wrong


@pytest.mark.parametrize("text,wrong", [
    ("Пенсию заплатят в пятницу перед выходными.", True),
    ("в пятницу перед выходными больше не платят, это старое правило", False),
    ("Раньше платили в пятницу перед выходными, но это уже не так.", False),
    ("Eelneval reedel enne nädalavahetust enam raha välja ei maksta.", False),
    ("Reedel enne nädalavahetust makstakse, see ei kehti enam.", False),
])
def test_a_wrong_rule_negated_after_it_is_not_said(text, wrong):
    lang = "ru" if any("\u0400" <= ch <= "\u04ff" for ch in text) else "et"
    rules = ("в пятницу перед выходными",) if lang == "ru" else ("reedel enne nädalavahetust", "eelneval reedel")
    hits = find_values(text, lang, (), rules)
    assert any(not h.right for h in hits) is wrong


@pytest.mark.parametrize("text,lang,promise", [
    ("Отменить требование я заранее обещать не могу.", "ru", False),
    ("Требование точно отменят, платить ничего не придётся.", "ru", True),
    ("Nõuet kindlasti tühistada ma lubada ei saa.", "et", False),
])
def test_promise_negated_after_the_marker(text, lang, promise):
    assert bool(find_promises(text, lang)) is promise


def test_a_wrong_phrase_with_a_number_matches_as_a_whole_unless_it_is_little_more_than_the_number():
    """«в двух странах полностью» is a wrong rule only as a whole: «из двух стран нельзя» elsewhere in a right
    answer is not it; "до 1 марта" is little more than its date, so «до первого марта» is the same wrong value."""
    from trainer.scoring.values import find_values

    text = ("К сожалению, получать полные пособия сразу из двух стран нельзя: по правилам ЕС семейные пособия "
            "в первую очередь платит только одна страна.")
    hits = find_values(text, "ru", ("одна страна",), ("в двух странах полностью",), (), False)
    assert [h.right for h in hits] == [True]
    hits = find_values("Справку нужно подавать до первого марта.", "ru", ("раз в год",), ("до 1 марта",), (), False)
    assert [(h.quote, h.right) for h in hits] == [("первого марта", False)]


@pytest.mark.parametrize("lang, wrong, sentence, is_wrong", [
    # a rate ("kuus", «в месяц») is what makes "200 eurot kuus" wrong: the amount alone is the right value
    ("et", "200 eurot kuus", "Üksi elava pensionäri toetus (200 eurot) tuleb oktoobri pensioniga automaatselt.", False),
    ("et", "200 eurot kuus", "Toetus on 200 eurot kuus.", True),
    ("et", "kakssada eurot kuus", "Toetust makstakse kakssada eurot kord aastas.", False),
    ("ru", "200 евро в месяц", "Пособие 200 евро выплачивается раз в год с октябрьской пенсией.", False),
    ("ru", "200 евро в месяц", "Вам будут платить 200 евро в месяц.", True),
    # a bare wrong amount still matches alone
    ("et", "14 päeva", "Vaide saab esitada 14 päeva jooksul.", True),
])
def test_a_wrong_rate_is_not_the_bare_amount(lang, wrong, sentence, is_wrong):
    hits = find_values(sentence, lang, ("oktoobri pensioniga", "30 päeva"), (wrong,), (), False)
    assert any(not h.right for h in hits) is is_wrong


@pytest.mark.parametrize("sentence, status", [
    # batch 8: "written" and "prepares" are no letter and no status
    ("Да, это не личные данные, но статистику для прессы тоже готовит отдел коммуникации Департамента – "
     "пожалуйста, отправьте этот вопрос туда в письменном виде, они ответят Вам официально.", False),
    ("Запрос можно отправить в письменной форме, отдел готовит ответы журналистам.", False),
    # a letter or a decision that is ready, or being prepared, is a status
    ("Письмо уже готово и отправлено.", True),
    ("Решение по заявлению Вашей мамы ещё готовится.", True),
    ("Ваше письмо получено.", True),
])
def test_written_and_prepares_are_no_status(sentence, status):
    assert bool(find_status_statements(sentence, "ru")) is status


# a number followed by a conjunction or a preposition counts nothing: "viiendal või kui on nädalavahetus",
# «пятого или если выходные», «если пятое на выходных» (the day of the month, said in passing); the next
# quantity in the same sentence is still read
@pytest.mark.parametrize("text,lang,expected", [
    ("pension tuleb viiendal või kui see on nädalavahetus siis kahe järgmise tööpäeva jooksul", "et",
     [(2, ("toopaev",))]),
    ("raha tuleb 5. ja kui ei tule siis helistage", "et", []),
    ("да с апрельской пятого или если выходные в два следующих рабочих дня", "ru", [(2, ("рабочий", "день"))]),
    ("теперь если пятое на выходных платят в течение двух рабочих дней", "ru", [(2, ("рабочий", "день"))]),
    # must-nots: a real unit right after the number is still read
    ("Vaide saab esitada 30 päeva jooksul ja 60 päeva jooksul vaadatakse see läbi.", "et",
     [(30, ("paev",)), (60, ("paev",))]),
    ("Пособие 80 евро и выплачивают 8-го числа.", "ru", [(80, ("евро",)), (8, ("число",))]),
])
def test_a_conjunction_or_preposition_is_no_unit(text, lang, expected):
    assert [(q.value, q.unit) for q in find_quantities(text, lang)] == expected


def test_the_current_weekend_rule_said_unpunctuated_is_not_wrong():
    right = ("двух следующих рабочих дней", "6 или 7 апреля")
    wrong = ("в пятницу", "перед выходными")
    hits = find_values("да с апрельской пятого или если выходные в два следующих рабочих дня еще вопросы есть",
                       "ru", right, wrong)
    assert hits and all(h.right for h in hits)
    # must-not: another number of working days is still wrong, and the old rule still is
    assert [h.right for h in find_values("если выходные то в течение трёх рабочих дней", "ru", right, wrong)] == [False]
    assert not find_values("Если пятое выпадает на выходные, пенсию платят в пятницу.", "ru", right, wrong)[0].right


# a verb or another number after a number is no unit either: «пятое было в субботу», «девяносто четыре
# восемьдесят» (an amount read out: euros and cents), "viis kaks" (digits read out)
@pytest.mark.parametrize("text,lang,expected", [
    ("пятое было в субботу теперь платят в течение двух рабочих дней", "ru", [(2, ("рабочий", "день"))]),
    ("ваша пенсия девяносто четыре восемьдесят придёт седьмого декабря", "ru", [(7, ("декабрь",))]),
    ("kood algab viis kaks kolm", "et", []),
    # must-nots: nouns after numbers stay units
    ("Ответ дадут в течение 30 дней, пособие 80 евро, 5 раз в году.", "ru",
     [(30, ("день",)), (80, ("евро",)), (5, ("раз",))]),
    ("Kolme kuu jooksul tuleb 2 korda helistada.", "et", [(3, ("kuu",)), (2, ("kord",))]),
])
def test_a_verb_or_a_number_is_no_unit(text, lang, expected):
    assert [(q.value, q.unit) for q in find_quantities(text, lang)] == expected
