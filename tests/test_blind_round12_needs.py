"""Clarifying the need (criterion "needs", blind round 12).

Questions the scorer missed:
- «один момент» after a verb of clarifying («Уточню один момент: ...?») or before a colon names a point to
  clarify, not a hold: the question is no hold request;
- the identification act is no answer: the agent noting that the client writes from the self-service
  («Вижу, что Вы вошли через среду самообслуживания»), or saying what it does not do with the code right
  after the warning not to type it ("Ma ei kasuta seda koodi ...");
- an announcement to ask first ("Küsin enne paar asja, et ...", «Сначала задам пару вопросов ...») leads up
  to the questions;
- an acknowledgement that normalises the client's feeling ("on loomulik, et olete segaduses", «естественно,
  что Вы растерялись») or names the effort («это отнимает много сил») leads up to the answer.

Questions the scorer saw that were none:
- whose code was read ("kas see on teie kood või teie naise") and whether the person whose data it is sits
  beside the caller, asked when the agent may not tell the data ("... ilma volikirjata kas ta on praegu teie
  kõrval"), arrange identification; they ask nothing about the matter.
"""

from scoring_support import verdicts


def needs(lang, turns, channel="phone", **context):
    return verdicts(lang, turns, channel=channel, **context)["needs"]


# -- «один момент» that introduces a point -------------------------------------------------------------------

def test_clarify_one_point_is_no_hold_ru_chat():
    assert needs("ru", [
        ("agent", "Здравствуйте! Департамент социального страхования, меня зовут Ирина. Чем могу помочь?"),
        ("client", "дочке 17, она бросила гимназию и пошла работать, пособие теперь снимут?"),
        ("agent", "Спрошу один момент: дочь совсем ушла из школы или перешла в вечернюю школу?"),
        ("client", "совсем ушла"),
        ("agent", "Тогда пособие прекращается с месяца после ухода из школы, если ей уже исполнилось 16 лет."),
        ("client", "понятно спасибо"),
        ("agent", "Всего доброго!"),
    ], channel="chat") == "pass"


def test_hold_with_one_moment_is_still_no_clarification_ru_chat():
    # must-not: «Можете подождать один момент?» asks for a hold, not about the matter
    assert needs("ru", [
        ("agent", "Здравствуйте! Департамент социального страхования, меня зовут Ирина. Чем могу помочь?"),
        ("client", "когда придёт пенсия в этом месяце?"),
        ("agent", "Можете подождать один момент?"),
        ("client", "да"),
        ("agent", "Пенсия приходит на счёт пятого числа каждого месяца."),
        ("client", "спасибо"),
        ("agent", "Всего доброго!"),
    ], channel="chat") == "fail"


# -- the identification act is no answer ------------------------------------------------------------------

def test_what_the_agent_does_not_do_with_the_code_is_no_answer_et_chat():
    assert needs("et", [
        ("agent", "Tere! Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?"),
        ("client", "mu toetus jäi novembris tulemata, isikukood 48811230000"),
        ("agent", "Palun ärge saatke siia isikukoodi, see vestlus ei ole turvaline. Ma ei kasuta seda koodi "
                  "ega otsi selle abil Teie andmeid."),
        ("agent", "Kas Te saate puuetoetust või lapsetoetust?"),
        ("client", "puuetoetust"),
        ("agent", "Puuetoetus makstakse välja iga kuu kuni 20. kuupäevani; kui otsus lõppes, peate uuesti taotlema."),
        ("client", "selge"),
        ("agent", "Aitäh, head päeva!"),
    ], channel="chat", no_identifiers=True) == "pass"


def test_what_the_agent_does_not_do_with_the_code_is_no_answer_ru_chat():
    assert needs("ru", [
        ("agent", "Здравствуйте! Департамент социального страхования, Ирина. Чем могу помочь?"),
        ("client", "пенсия пришла меньше чем в прошлый раз, мой код 48811230000"),
        ("agent", "Пожалуйста, не пишите здесь личный код, этот чат не защищён. Этот код я не использую и "
                  "Ваши данные по нему не смотрю."),
        ("agent", "Вы в этом месяце начали работать или подавали заявление о необлагаемом доходе?"),
        ("client", "начала работать"),
        ("agent", "Если необлагаемый доход учитывает и работодатель, с пенсии могут удерживать подоходный налог."),
        ("client", "понятно"),
        ("agent", "Всего доброго!"),
    ], channel="chat", no_identifiers=True) == "pass"


def test_noting_the_self_service_login_is_no_answer_ru_chat():
    assert needs("ru", [
        ("client", "Здравствуйте. Маме не пришла пенсия по нетрудоспособности, что случилось?"),
        ("agent", "Здравствуйте! Департамент социального страхования, Ольга. Вижу, что Вы вошли в чат через "
                  "среду самообслуживания."),
        ("agent", "Подскажите, пожалуйста: не пришло ничего или пришло меньше обычного?"),
        ("client", "ничего"),
        ("agent", "Срок оценки трудоспособности закончился в октябре, поэтому выплата остановлена."),
        ("client", "спасибо"),
        ("agent", "Всего доброго!"),
    ], channel="chat") == "pass"


def test_noting_the_self_service_login_is_no_answer_et_chat():
    assert needs("et", [
        ("client", "Tere. Isa pension jäi sel kuul tulemata, mis juhtus?"),
        ("agent", "Tere! Sotsiaalkindlustusamet, Kadri. Näen, et olete sisse loginud iseteenindusse Smart-ID-ga."),
        ("agent", "Kas pension jäi üldse tulemata või tuli väiksem summa?"),
        ("client", "üldse ei tulnud"),
        ("agent", "Isa pangakonto andmed muutusid ja makse tuli tagasi, see makstakse uuesti järgmisel nädalal."),
        ("client", "aitäh"),
        ("agent", "Head päeva!"),
    ], channel="chat") == "pass"


def test_real_statement_after_the_code_warning_is_the_answer_et_chat():
    # must-not: a sentence about the matter after the warning answers; the question after it comes too late
    assert needs("et", [
        ("agent", "Tere! Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?"),
        ("client", "millal lapsetoetus tuleb? isikukood 48811230000"),
        ("agent", "Palun ärge saatke siia isikukoodi. Lapsetoetus makstakse iga kuu 20. kuupäeval."),
        ("agent", "Kas Te saite juba otsuse?"),
        ("client", "jah"),
        ("agent", "Aitäh, head päeva!"),
    ], channel="chat", no_identifiers=True) == "fail"


# -- an announcement to ask first ----------------------------------------------------------------------------

def test_announcing_questions_first_is_no_answer_et_chat():
    assert needs("et", [
        ("agent", "Tere! Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?"),
        ("client", "poja toetus lõppes ära aga ta käib ju koolis"),
        ("agent", "Enne vastamist küsin paar asja, et saaksin Teile õigesti vastata."),
        ("agent", "Kui vana poeg on ja mis koolis ta õpib?"),
        ("client", "19, ülikoolis"),
        ("agent", "Ülikooliõpingute ajal lapsetoetust ei maksta, seepärast see lõppes."),
        ("client", "selge"),
        ("agent", "Head päeva!"),
    ], channel="chat") == "pass"


def test_announcing_questions_first_is_no_answer_ru_chat():
    assert needs("ru", [
        ("agent", "Здравствуйте! Департамент социального страхования, Ирина. Чем могу помочь?"),
        ("client", "сыну перестали платить пособие, а он же учится"),
        ("agent", "Сначала задам пару вопросов, чтобы ответить точно."),
        ("agent", "Сколько сыну лет и где он учится?"),
        ("client", "19, в университете"),
        ("agent", "На время учёбы в университете детское пособие не платится, поэтому оно закончилось."),
        ("client", "понятно"),
        ("agent", "Всего доброго!"),
    ], channel="chat") == "pass"


# -- an acknowledgement that normalises the feeling or names the effort -------------------------------------

def test_normalising_the_feeling_is_no_answer_et_chat():
    assert needs("et", [
        ("agent", "Tere! Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?"),
        ("client", "Isa jäi haigeks ja nüüd ma pean kõik tema asjad ajama, ei saa enam millestki aru."),
        ("agent", "Kui elu muutub nii ootamatult, on täiesti loomulik, et olete segaduses, mida teha."),
        ("agent", "Kas soovite teada, kuidas isale puuet taotleda, või küsite hooldaja kohta?"),
        ("client", "puuet"),
        ("agent", "Puude taotlemiseks pöördub isa esmalt perearsti juurde, siis esitatakse taotlus."),
        ("client", "aitäh"),
        ("agent", "Head päeva!"),
    ], channel="chat") == "pass"


def test_naming_the_effort_is_no_answer_ru_chat():
    assert needs("ru", [
        ("agent", "Здравствуйте! Департамент социального страхования, Ирина. Чем могу помочь?"),
        ("client", "мама умерла месяц назад, я одна с детьми и не знаю, что нам положено"),
        ("agent", "Мне очень жаль. Месяц – это совсем мало, и заниматься сейчас документами отнимает очень много сил."),
        ("agent", "Уточните, пожалуйста: Вы спрашиваете о выплатах детям или о пособии на похороны?"),
        ("client", "детям"),
        ("agent", "Детям, потерявшим родителя, назначают пособие по потере кормильца до 19 лет."),
        ("client", "спасибо"),
        ("agent", "Всего доброго!"),
    ], channel="chat") == "pass"


def test_natural_rule_is_still_the_answer_et_chat():
    # must-not: "on loomulik, et <a rule>" with no feeling in it informs; the question after it comes too late
    assert needs("et", [
        ("agent", "Tere! Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?"),
        ("client", "miks poja lapsetoetus lõppes?"),
        ("agent", "On loomulik, et lapsetoetus lõpeb, kui laps lõpetab gümnaasiumi."),
        ("agent", "Kas poeg lõpetas kooli tänavu?"),
        ("client", "jah"),
        ("agent", "Head päeva!"),
    ], channel="chat") == "fail"


# -- arranging identification asks nothing about the matter -----------------------------------------------

def test_whose_code_and_is_she_beside_you_arrange_identification_et_speech():
    assert needs("et", [
        ("agent", "tere sotsiaalkindlustusamet kadri kuuleb"),
        ("client", "tere ma helistan ema asjus tal tuli mingi kiri et pension väheneb ja me ei saa aru"),
        ("agent", "palun öelge isikukood"),
        ("client", "neli neli kaks null kaks null kolm null null null null"),
        ("agent", "aitäh see on eaka naise isikukood kas see on teie kood või teie ema oma"),
        ("client", "ema oma ikka"),
        ("agent", "ilma volikirjata ma ei tohi teile tema andmeid öelda kas ema on praegu teie kõrval"),
        ("client", "jah on"),
        ("agent", "emale saadeti otsus pension väheneb sest tal lõppes töövõimetoetus"),
        ("client", "selge"),
        ("agent", "aitäh head päeva"),
    ]) == "fail"


def test_your_code_or_your_fathers_and_is_he_nearby_arrange_identification_ru_speech():
    assert needs("ru", [
        ("agent", "здравствуйте департамент социального страхования ирина"),
        ("client", "здравствуйте я звоню за отца ему пришло письмо о возврате денег мы не понимаем"),
        ("agent", "назовите пожалуйста личный код"),
        ("client", "три четыре ноль ноль один ноль один ноль ноль ноль ноль"),
        ("agent", "спасибо это ваш код или код вашего отца"),
        ("client", "отца"),
        ("agent", "без доверенности я не могу сообщить вам его данные он сейчас рядом с вами"),
        ("client", "да рядом"),
        ("agent", "отцу отправлено решение о возврате ста евро пособия за октябрь"),
        ("client", "понятно"),
        ("agent", "спасибо за звонок всего доброго"),
    ]) == "fail"


def test_does_your_mother_live_with_you_is_about_the_matter_et_chat():
    # must-not: where the person lives, with no data-protection refusal around it, is about the matter
    assert needs("et", [
        ("agent", "Tere! Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?"),
        ("client", "Kas ma saan emale hooldajatoetust?"),
        ("agent", "Kas ema elab Teie juures või eraldi?"),
        ("client", "minu juures"),
        ("agent", "Hooldajatoetust maksab kohalik omavalitsus, pöörduge oma valla sotsiaaltöötaja poole."),
        ("client", "aitäh"),
        ("agent", "Head päeva!"),
    ], channel="chat") == "pass"


def test_name_read_back_for_confirmation_asks_nothing_about_the_matter_ru_speech():
    assert needs("ru", [
        ("agent", "здравствуйте департамент социального страхования ирина"),
        ("client", "здравствуйте пенсия в этом месяце пришла меньше почему"),
        ("agent", "назовите пожалуйста личный код"),
        ("client", "четыре пять ноль ноль один ноль один ноль ноль ноль ноль"),
        ("agent", "спасибо иванова мария верно"),
        ("client", "да"),
        ("agent", "с пенсии в этом месяце удержан подоходный налог поэтому сумма меньше"),
        ("client", "понятно"),
        ("agent", "спасибо за звонок всего доброго"),
    ]) == "fail"


def test_name_with_a_question_about_the_matter_still_clarifies_ru_speech():
    # must-not: a name in a real question about the matter
    assert needs("ru", [
        ("agent", "здравствуйте департамент социального страхования ирина"),
        ("client", "здравствуйте пенсия в этом месяце пришла меньше почему"),
        ("agent", "назовите пожалуйста личный код"),
        ("client", "четыре пять ноль ноль один ноль один ноль ноль ноль ноль"),
        ("agent", "спасибо мария а вы в этом году начали работать"),
        ("client", "да с марта"),
        ("agent", "с пенсии в этом месяце удержан подоходный налог поэтому сумма меньше"),
        ("client", "понятно"),
        ("agent", "спасибо за звонок всего доброго"),
    ]) == "pass"


# -- a check frame recited in every turn, a check that lists the topic's facts -------------------------------

def test_check_frame_said_in_every_turn_is_recited_ru_speech():
    assert needs("ru", [
        ("agent", "здравствуйте департамент социального страхования ирина"),
        ("client", "здравствуйте мне пособие на ребёнка не пришло хочу понять что случилось"),
        ("agent", "правильно ли я поняла что вы хотите понять что случилось"),
        ("client", "ну да"),
        ("agent", "пособие выплачено двадцатого числа правильно ли я поняла что речь о пособии"),
        ("client", "да а на счёт не пришло"),
        ("agent", "правильно ли я поняла что на счёт не пришло"),
        ("client", "да"),
        ("agent", "спасибо за звонок всего доброго"),
    ]) == "fail"


def test_check_frame_said_in_every_turn_is_recited_et_chat():
    assert needs("et", [
        ("agent", "Tere! Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?"),
        ("client", "Miks mu pension on väiksem kui eelmisel kuul?"),
        ("agent", "Kas ma sain õigesti aru, et pension on väiksem?"),
        ("client", "jah"),
        ("agent", "Pension on sama. Kas ma sain õigesti aru, et küsite pensioni kohta?"),
        ("client", "jah aga miks väiksem"),
        ("agent", "Kas ma sain õigesti aru, et küsite, miks väiksem?"),
        ("client", "jah!"),
        ("agent", "Head päeva!"),
    ], channel="chat") == "fail"


def test_one_check_then_another_question_still_clarifies_et_chat():
    # must-not: a check said once, then a real question, before the answer
    assert needs("et", [
        ("agent", "Tere! Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?"),
        ("client", "Miks mu pension on väiksem kui eelmisel kuul?"),
        ("agent", "Kas ma sain õigesti aru, et pension tuli sel kuul väiksem kui varem?"),
        ("client", "jah"),
        ("agent", "Kas Te hakkasite sel aastal ka palka saama?"),
        ("client", "jah, märtsist"),
        ("agent", "Kui tööandja arvestab maksuvaba tulu, peetakse pensionilt tulumaksu kinni."),
        ("client", "selge"),
        ("agent", "Head päeva!"),
    ], channel="chat") == "pass"


def test_check_of_the_question_that_lists_the_topics_facts_et_speech():
    assert needs("et", [
        ("agent", "tere sotsiaalkindlustusamet kadri kuuleb"),
        ("client", "tere mu poeg sai kaheksateist ja ma tahtsin teada mis toetusega edasi saab"),
        ("agent", "kas ma sain õigesti aru et teie küsimus puudutab lapsetoetust kaheksakümmend eurot kuus "
                  "üheksateist aastat ja taotluse tähtaegu"),
        ("client", "nojah vist"),
        ("agent", "lapsetoetust makstakse kuni üheksateistkümne aastaseks saamiseni kui laps õpib"),
        ("client", "aitäh"),
        ("agent", "aitäh head päeva"),
    ]) == "fail"


def test_check_of_the_question_with_the_clients_own_number_clarifies_ru_speech():
    # must-not: the client's own number given back in a check of what they ask
    assert needs("ru", [
        ("agent", "здравствуйте департамент социального страхования ирина"),
        ("client", "здравствуйте пенсия пришла на двадцать три евро меньше хочу узнать почему"),
        ("agent", "правильно ли я понимаю что ваш вопрос почему пенсия на двадцать три евро меньше"),
        ("client", "да"),
        ("agent", "с пенсии удержан подоходный налог потому что необлагаемый доход учитывает работодатель"),
        ("client", "понятно"),
        ("agent", "спасибо за звонок всего доброго"),
    ]) == "pass"


def test_check_of_the_wish_with_a_worked_out_number_clarifies_ru_chat():
    # must-not: a check of what the client wants may work out a number («остальные» -> 20)
    assert needs("ru", [
        ("agent", "Здравствуйте! Департамент социального страхования, Ирина. Чем могу помочь?"),
        ("client", "можно взять 30 дней отцовского пособия частями? хочу 10 дней сейчас, а остальные летом"),
        ("agent", "Правильно ли я понимаю, что Вы хотите разделить 30 дней: 10 дней сейчас и 20 дней летом?"),
        ("client", "да"),
        ("agent", "Да, 30 дней можно брать частями, пока ребёнку не исполнится 3 года."),
        ("client", "спасибо"),
        ("agent", "Всего доброго!"),
    ], channel="chat") == "pass"
