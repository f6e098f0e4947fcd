"""What blind round 29 showed about clarifying the need, courtesy and the closing, in general form, on own et/ru
sentences:

- asking only the name of the person the call is about («а как зовут дочь», "mis on poja nimi") is a request for a
  name, not a question about the matter (criterion "needs");
- a client who rejects the first statement and asks again what to do now ("ja nüüd mis ma teen", typed "nyyd";
  «а теперь что мне делать») leaves her matter open: the agent's question before the real answer still clarifies;
- an either-or about the client closing a run-on spoken sentence after an acknowledgement («... давайте по порядку
  вас больше беспокоит ваша пенсия или пенсия мужа»), the client then choosing («и то и то», "mõlemad", a word of one
  alternative), was a question;
- "listen more carefully" put to the client as a duty («новости надо слушать внимательнее», "uudiseid tuleb
  tähelepanelikumalt kuulata") reproaches, as reading more carefully does;
- a "why" left at the end with nothing but "look in the self-service" and a goodbye is a brush-off;
- a congratulation on the new baby with the thanks ("palju õnne beebi puhul", «поздравляю с малышом») is a wish,
  not a keyword: the closing stands.
"""

import pytest
from scoring_support import verdicts

from trainer.scoring.needs_acts import trailing_alternative


def judge(lang, turns, channel="phone", **context):
    return verdicts(lang, turns, channel=channel, **context)


OPEN = {"et": "tere sotsiaalkindlustusamet kertu kuuleb",
        "ru": "здравствуйте департамент социального страхования ольга слушаю"}


# -- the name of the person asked about ------------------------------------------------------------------------------

def _name_only(lang, ask):
    client = {"ru": "я звоню насчёт дочери ей продлили инвалидность или ещё нет хотела узнать",
              "et": "ma helistan tütre pärast kas tal on puue juba pikendatud või veel mitte"}[lang]
    told = {"ru": "вижу решение есть степень продлена на два года до октября",
            "et": "näen et otsus on tehtud puue on pikendatud kaheks aastaks oktoobrini"}[lang]
    return judge(lang, [("agent", OPEN[lang]), ("client", client), ("agent", ask),
                        ("client", {"ru": "соколова вера", "et": "vera sokolova"}[lang]), ("agent", told),
                        ("client", {"ru": "спасибо", "et": "aitäh"}[lang]),
                        ("agent", {"ru": "спасибо за звонок всего доброго", "et": "aitäh kõne eest head päeva"}[lang])])


@pytest.mark.parametrize("lang, ask", [
    ("ru", "а как зовут дочь"),
    ("ru", "как её зовут скажите"),
    ("et", "mis on tütre nimi"),
])
def test_asking_only_the_name_of_the_person_is_no_clarifying_question(lang, ask):
    assert _name_only(lang, ask)["needs"] == "fail"


@pytest.mark.parametrize("lang, ask", [
    ("ru", "вы спрашиваете про степень инвалидности или про пособие"),
    ("ru", "а как называется пособие которое дочь сейчас получает"),  # "how is it called": about the matter
    ("et", "kas te küsite puude raskusastme või toetuse kohta"),
])
def test_a_question_about_the_matter_still_clarifies(lang, ask):
    assert _name_only(lang, ask)["needs"] == "pass"


# -- rejected and asked again ----------------------------------------------------------------------------------------

_DEBT = {
    "et": ["Tere, Sotsiaalkindlustusamet, Kertu. Kuidas saan aidata?",
           "sain otsuse et pean 250 eurot peretoetust tagasi maksma!!! kust ma selle raha votan",
           "Peretoetust makstakse üle 16-aastasele ainult õppimise ajal. Õpingute katkemisest tuli ametile teatada.",
           None,
           "Sellest on kirjutatud ka otsuses, mille Te saite. Kas soovite summa tasuda korraga või osade kaupa?",
           "osade kaupa",
           "Siis saab sõlmida maksegraafiku: kirjutage iseteeninduses, mitu eurot kuus suudate maksta.",
           "ok",
           "Ehk siis: maksegraafiku soov iseteeninduse kaudu, kuumakse pakute ise. Head aega!"],
    "ru": ["Здравствуйте, Департамент социального страхования, Ольга. Чем могу помочь?",
           "мне пришло решение что надо вернуть 250 евро семейного пособия!!! где я их возьму",
           "Пособие на ребёнка старше 16 лет платится только пока он учится. О прекращении учёбы нужно было сообщить.",
           None,
           "Об этом написано и в решении, которое Вы получили. Вы хотите вернуть сумму сразу или частями?",
           "частями",
           "Тогда можно договориться о графике платежей: напишите в самообслуживании, сколько евро в месяц сможете платить.",
           "хорошо",
           "То есть: просьбу о графике отправьте через самообслуживание, сумму платежа предложите сами. До свидания!"],
}


def _debt_needs(lang, reply):
    """The needs verdict of the debt chat with the client's reply to the first statement."""
    texts = list(_DEBT[lang])
    texts[3] = reply
    turns = [("agent" if k % 2 == 0 else "client", t) for k, t in enumerate(texts)]
    return judge(lang, turns, channel="chat", client_upset=True)["needs"]


@pytest.mark.parametrize("lang, again", [
    ("et", "no ma ei teadnud seda ju\nja nyyd mis ma teen, mul pole raha"),
    ("et", "aga keegi ei öelnud mulle\nja nüüd mida ma teen"),
    ("ru", "ну я же не знала\nа теперь что мне делать у меня нет денег"),
])
def test_asked_again_after_a_rejection_the_question_comes_before_the_answer(lang, again):
    assert _debt_needs(lang, again) == "pass"


@pytest.mark.parametrize("lang, reply", [
    ("et", "no ma ei teadnud seda ju"),  # a rejection only: the first statement stays the answer
    ("ru", "ну я же не знала"),
])
def test_a_rejection_alone_leaves_the_first_statement_the_answer(lang, reply):
    assert _debt_needs(lang, reply) == "fail"


# -- an either-or closing a run-on spoken sentence -------------------------------------------------------------------

_RUN_ON = {
    "ru": "мне очень жаль что так случилось это тяжёлое время давайте по порядку вас больше волнует ваша пенсия или "
          "пособие на внука",
    "et": "mul on väga kahju et nii juhtus see on raske aeg võtame järjest kas teid huvitab rohkem teie enda pension "
          "või lapselapse toetus",
}


@pytest.mark.parametrize("lang", ["ru", "et"])
def test_trailing_alternative_found(lang):
    start = trailing_alternative(_RUN_ON[lang], lang)
    assert start is not None and _RUN_ON[lang][start:].split()[0] in ("вас", "kas")


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "мне очень жаль решение пришлют вам по почте или в самообслуживание вы же его получите"),
    ("ru", "понимаю вас заявление можно подать в бюро или по почте"),  # no "you" clause
    ("et", "mul on kahju otsus saadetakse teile posti teel või iseteenindusse ja te näete seda seal"),
    ("ru", "давайте по порядку вы получали пенсию или нет"),  # a tag «или нет», judged elsewhere
])
def test_trailing_alternative_not_found(lang, sentence):
    assert trailing_alternative(sentence, lang) is None


def _widow(lang, reply):
    answer = {"ru": "пенсия мужа за месяц смерти выплачивается полностью а за следующий месяц её вернут через банк",
              "et": "mehe pension makstakse surmakuu eest täies ulatuses järgmise kuu oma nõutakse panga kaudu tagasi"}
    bye = {"ru": "спасибо что позвонили берегите себя до свидания", "et": "aitäh et helistasite hoidke ennast head aega"}
    return judge(lang, [("agent", OPEN[lang]),
                        ("client", {"ru": "у меня муж умер я не знаю что теперь с пенсией",
                                    "et": "mu mees suri ma ei tea mis pensioniga nüüd saab"}[lang]),
                        ("agent", _RUN_ON[lang]), ("client", reply), ("agent", answer[lang]),
                        ("client", {"ru": "понятно спасибо", "et": "selge aitäh"}[lang]), ("agent", bye[lang])],
                 client_upset=True)


@pytest.mark.parametrize("lang, reply", [
    ("ru", "ну и то и то наверное сначала про пенсию мужа"),
    ("ru", "пенсия конечно а то я совсем запуталась"),  # a word of one alternative
    ("et", "ee mõlemad aga kõigepealt mehe pension"),
    ("et", "pension ikka mehe oma kõigepealt"),
])
def test_client_choosing_makes_the_trailing_alternative_a_question(lang, reply):
    assert _widow(lang, reply)["needs"] == "pass"


@pytest.mark.parametrize("reply", [
    "спасибо что выслушали",  # thanks: nothing chosen
    "ох спасибо вам большое",
])
def test_no_choice_leaves_the_run_on_sentence_a_statement(reply):
    assert _widow("ru", reply)["needs"] == "fail"


# -- listening more carefully ------------------------------------------------------------------------------------------

def _courtesy(lang, sentence):
    client = {"ru": "по радио сказали что пенсии выросли на пять процентов а у меня прибавка крошечная",
              "et": "raadios öeldi et pensionid tõusid viis protsenti aga minu tõus on pisike"}[lang]
    rest = {"ru": " Индексация считается от размера Вашей собственной пенсии, поэтому прибавка у всех разная.",
            "et": " Indekseerimine arvestatakse Teie enda pensioni suurusest, seepärast on tõus kõigil erinev."}[lang]
    opening = {"ru": "Здравствуйте, Департамент социального страхования, Ольга. Чем могу помочь?",
               "et": "Tere, Sotsiaalkindlustusamet, Kertu. Kuidas saan aidata?"}[lang]
    return judge(lang, [("agent", opening), ("client", client), ("agent", sentence + rest)], channel="chat")["courtesy"]


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "Радио надо слушать внимательнее."),
    ("ru", "Передачи нужно слушать повнимательнее, там говорили о средней пенсии."),
    ("et", "Uudiseid tuleb tähelepanelikumalt kuulata."),
    ("et", "Raadiot peaks hoolikamalt kuulama, seal räägiti keskmisest pensionist."),
])
def test_listen_more_carefully_put_to_the_client_fails(lang, sentence):
    assert _courtesy(lang, sentence) == "fail"


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "По радио обычно называют рост средней пенсии."),
    ("ru", "Мне надо было внимательнее слушать Ваш вопрос, извините."),  # the agent's own duty
    ("ru", "Новости слушать полезно, но там говорят о средних цифрах."),  # no duty, no comparative
    ("et", "Raadios nimetatakse tavaliselt keskmise pensioni tõusu."),
    ("et", "Ma pean Teie küsimust hoolikamalt kuulama, vabandust."),  # the agent's own duty
])
def test_no_reproach_about_listening_stays_courteous(lang, sentence):
    assert _courtesy(lang, sentence) == "pass"


# -- a "why" met with a bare self-service pointer at the end ---------------------------------------------------------

def _last_reply(lang, question, reply, after=None):
    opening = {"ru": "Здравствуйте, Департамент социального страхования, Ольга. Чем могу помочь?",
               "et": "Tere, Sotsiaalkindlustusamet, Kertu. Kuidas saan aidata?"}[lang]
    first = {"ru": "у меня вопрос про пособие на ребёнка", "et": "mul on küsimus lapsetoetuse kohta"}[lang]
    answer = {"ru": "Пособие на ребёнка платится каждый месяц до 16 лет, а при учёбе дольше.",
              "et": "Lapsetoetust makstakse igal kuul kuni 16-aastaseks saamiseni, õppimise korral kauem."}[lang]
    turns = [("agent", opening), ("client", first), ("agent", answer), ("client", question), ("agent", reply)]
    if after:
        turns.append(("client", after))
    return judge(lang, turns, channel="chat")["courtesy"]


@pytest.mark.parametrize("lang, question, reply, after", [
    ("et", "aga miks siis detsembris ei tulnud", "Palun vaadake iseteenindust. Head päeva!", None),
    ("et", "kuidas ma seda kontrollin", "Vaadake iseteenindust. Kõike head!", "??? mida ma seal vaatan"),
    ("ru", "а почему тогда в декабре не пришло", "Посмотрите в самообслуживании. Всего доброго!", None),
])
def test_a_why_left_with_a_bare_self_service_pointer_is_a_brush_off(lang, question, reply, after):
    assert _last_reply(lang, question, reply, after) == "fail"


@pytest.mark.parametrize("lang, question, reply", [
    ("et", "kuidas ma taotluse esitan", "Palun iseteeninduses. Head päeva!"),  # "how": the place answers it
    ("et", "aga miks detsembris ei tulnud",
     "Detsembris otsust veel ei olnud, raha tuleb jaanuaris koos. Vaadake iseteenindust. Head päeva!"),
    ("ru", "а почему в декабре не пришло",
     "В декабре решения ещё не было, деньги придут в январе вместе. Всего доброго!"),
])
def test_an_answer_or_a_place_asked_for_is_no_brush_off(lang, question, reply):
    assert _last_reply(lang, question, reply) == "pass"


# -- a congratulation on the baby with the thanks ----------------------------------------------------------------------

def _closing(lang, last):
    turns = {"et": [("agent", "Tere, Sotsiaalkindlustusamet, Kertu. Kuidas saan aidata?"),
                    ("client", "millal isa vanemahüvitis tuleb?"),
                    ("agent", "Kas olete pakkumuse iseteeninduses juba kinnitanud?"),
                    ("client", "jah eelmisel nädalal"),
                    ("agent", "Siis tuleb hüvitis järgmise kuu 8. kuupäeval, sest seda makstakse eelmise kuu eest."),
                    ("client", "super aitäh")],
             "ru": [("agent", "Здравствуйте, Департамент социального страхования, Ольга. Чем могу помочь?"),
                    ("client", "когда придёт отцовское пособие?"),
                    ("agent", "Вы уже подтвердили предложение в самообслуживании?"),
                    ("client", "да на прошлой неделе"),
                    ("agent", "Тогда пособие придёт 8-го числа следующего месяца, оно платится за прошлый месяц."),
                    ("client", "отлично спасибо")]}[lang]
    return judge(lang, turns + [("agent", last)], channel="chat")["closing"]


@pytest.mark.parametrize("lang, last", [
    ("et", "Aitäh ka Teile, head päeva ja palju õnne beebi puhul!"),
    ("et", "Aitäh, kõike head ja palju õnne perelisa puhul!"),
    ("ru", "Спасибо и Вам, всего доброго, поздравляю с малышом!"),
    ("ru", "Спасибо, всего хорошего и поздравляю с пополнением в семье!"),
])
def test_a_congratulation_on_the_baby_closes(lang, last):
    assert _closing(lang, last) == "pass"


@pytest.mark.parametrize("lang, last", [
    ("et", "Aitäh | beebi | vanemahüvitis | kokkuvõte"),  # a keyword line: no act
    ("ru", "Спасибо | малыш | пособие | итог"),
])
def test_a_keyword_line_with_the_baby_does_not_close(lang, last):
    assert _closing(lang, last) == "fail"
