"""Clarifying the need (criterion "needs", blind round 16).

Questions the scorer missed:
- an indirect question in a request to tell or write ("Palun kirjutage, kas te olete ...", «Напишите, пожалуйста,
  когда Вы подали ...»): a verb of telling and an embedded question word, no question mark;
- a restatement of the need after a thanks and the client's name ("aitäh proua saar nii et kokkuvõttes te
  küsite ...") or as a count of the client's questions («то есть у вас два вопроса: ...», "teil on kaks
  küsimust"): no answer, so the question after it still comes before the answer;
- a spoken check answered «да» whose relative clause holds a modal («... выплату, которая должна была прийти»):
  the modal describes the payment, it advises nothing;
- a spoken «вы ...» question after a thanks («спасибо а вы на какой счёт ждёте ...»);
- «давайте спокойно разберёмся ...», «давайте спокойно по порядку» lead up to the answer.

Questions the scorer saw that were none:
- a bare request to clarify («уточните пожалуйста», "palun täpsustage"): it names nothing of the matter.
"""

from scoring_support import verdicts

from trainer.scoring.off_matter import empty_question
from trainer.text.questions import is_check_statement, is_question, is_spoken_question, restates_need


def needs(lang, turns, channel="phone", **context):
    return verdicts(lang, turns, channel=channel, **context)["needs"]


GREET_ET = ("agent", "tere sotsiaalkindlustusamet kadri kuuleb kuidas saan aidata")
GREET_RU = ("agent", "здравствуйте департамент социального страхования анна слушаю")


# -- an indirect question in a request to tell ------------------------------------------------------------------

def test_indirect_request_questions():
    assert is_question("Palun kirjutage, kas olete avalduse juba esitanud või mitte.", "et")
    assert is_question("Palun öelge, millal te taotluse saatsite.", "et")
    assert is_question("Kirjutage palun, mitu last teil on.", "et")
    assert is_question("Напишите, пожалуйста, когда Вы подали заявление.", "ru")
    assert is_question("Скажите пожалуйста, какую пенсию Вы получаете.", "ru")
    # must-nots: a request for a datum, a condition, a verb of looking
    assert not is_question("Palun öelge oma isikukood.", "et")
    assert not is_question("Kirjutage, kui teil on veel küsimusi.", "et")
    assert not is_question("Palun vaadake, kas raha on kontol.", "et")
    assert not is_question("Напишите, пожалуйста, свой личный код.", "ru")
    assert not is_question("Напишите, что Вы согласны с решением.", "ru")


def _indirect_chat(lang, ask_first):
    if lang == "et":
        ask = "Palun kirjutage, kas lapse isa maksab midagi või ei ole ta kohtu otsust täitnud."
        answer = "Elatisabi makstakse, kui kohus on elatise välja mõistnud ja see jääb maksmata."
        turns = [("agent", "Tere! Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?"),
                 ("client", "Tere, kas ma saan elatisabi? Lapse isa ei maksa."), ]
        tail = [("client", "Ei maksa midagi, kohus mõistis välja."), ("client", "Selge, aitäh.")]
    else:
        ask = "Напишите, пожалуйста, когда Вы подали заявление и какое решение Вам пришло."
        answer = "Пособие назначают в течение 30 дней после подачи заявления."
        turns = [("agent", "Здравствуйте! Департамент социального страхования, Анна. Чем могу помочь?"),
                 ("client", "Здравствуйте, когда мне дадут пособие по уходу?")]
        tail = [("client", "Подала в марте, решения нет."), ("client", "Понятно, спасибо.")]
    if ask_first:
        return turns + [("agent", ask), tail[0], ("agent", answer), tail[1]]
    return turns + [("agent", answer), tail[1], ("agent", ask), tail[0]]


def test_indirect_request_question_before_answer_et_chat():
    assert needs("et", _indirect_chat("et", True), channel="chat") == "pass"


def test_indirect_request_question_before_answer_ru_chat():
    assert needs("ru", _indirect_chat("ru", True), channel="chat") == "pass"


def test_indirect_request_question_after_answer_does_not_count():
    # must-not: asked only after the answer
    assert needs("et", _indirect_chat("et", False), channel="chat") == "fail"
    assert needs("ru", _indirect_chat("ru", False), channel="chat") == "fail"


def test_request_for_the_code_is_no_clarification_et_chat():
    # must-not: an identification request is no clarifying question
    assert needs("et", [
        ("agent", "Tere! Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?"),
        ("client", "Tere, millal tuleb pension?"),
        ("agent", "Palun kirjutage oma isikukood ja nimi."),
        ("client", "38001010000, Jaan Tamm."),
        ("agent", "Pension makstakse iga kuu viiendal kuupäeval teie pangakontole."),
        ("client", "Aitäh."),
    ], channel="chat") == "fail"


# -- a restatement of the need is no answer --------------------------------------------------------------------

def test_restatement_after_thanks_and_name():
    assert restates_need("aitäh proua saar nii et kokkuvõttes te küsite millal otsus tuleb", "et")
    assert restates_need("спасибо господин петров то есть вы спрашиваете про решение по пенсии", "ru")
    assert restates_need("то есть вопросов у вас два пенсия за май и пособие на внука", "ru")
    assert restates_need("nii et teil on kaks küsimust pension ja matusetoetus", "et")
    # must-nots: the answer after a thanks, an offer of more help, no more questions
    assert not restates_need("aitäh proua saar teie pension tuleb viiendal kuupäeval", "et")
    assert not restates_need("у вас есть ещё вопросы", "ru")
    assert not restates_need("вопросов у вас больше нет", "ru")
    assert not restates_need("kas teil on veel küsimusi", "et")


def test_restated_need_then_choice_question_et_phone():
    assert needs("et", [
        GREET_ET,
        ("client", "tere ma saatsin kevadel pensioni avalduse ja nüüd ei ole mingit vastust"),
        ("agent", "öelge palun oma isikukood"),
        ("client", "neli viis kaks null üks null üks null null null null"),
        ("agent", "aitäh proua saar nii et kokkuvõttes te küsite kas avaldus on kohal ja millal otsus tuleb"),
        ("client", "jah just nii"),
        ("agent", "teie sünnipäev on detsembris siis tuleb pensioniiga kas te soovite pensioni kohe sellest "
                  "päevast või hiljem"),
        ("client", "kohe"),
        ("agent", "hea avaldus on kohal ja otsus tuleb kuu aega enne sünnipäeva"),
        ("client", "aitäh"),
    ]) == "pass"


def test_count_of_questions_then_question_after_identification_ru_phone():
    assert needs("ru", [
        GREET_RU,
        ("client", "здравствуйте у меня пособие на внука не пришло и ещё пенсия за май какая-то маленькая"),
        ("agent", "понимаю это неприятно давайте спокойно по порядку то есть вопросов у вас два пособие на "
                  "внука и пенсия за май"),
        ("client", "да эти два"),
        ("agent", "назовите пожалуйста ваш личный код"),
        ("client", "три пять ноль ноль один ноль один ноль ноль ноль ноль"),
        ("agent", "спасибо и скажите внук живёт с вами или у родителей"),
        ("client", "со мной живёт"),
        ("agent", "пособие на внука перечислено двадцатого оно придёт на ваш счёт завтра"),
        ("client", "спасибо"),
    ]) == "pass"


# -- a spoken check with a relative clause; a question after a thanks ------------------------------------------

def test_check_with_a_relative_clause():
    assert is_check_statement("а вы смотрели за ноябрь да выплату которая должна была прийти пятого числа", "ru")
    assert is_check_statement("te vaatasite novembri makset mis oleks pidanud tulema viiendal", "et")
    # must-not: advice to the client stays advice
    assert not is_check_statement("вы должны подать заявление которое есть на сайте", "ru")


def test_check_with_relative_clause_answered_yes_ru_phone():
    assert needs("ru", [
        GREET_RU,
        ("client", "здравствуйте у отца пенсия не пришла он в больнице а в банке ничего нет"),
        ("agent", "так а вы смотрели именно за ноябрь да выплату которая должна была прийти пятого числа"),
        ("client", "да за ноябрь пятого ничего не было"),
        ("agent", "в этом месяце пятое число выпало на воскресенье поэтому пенсию перечислили седьмого"),
        ("client", "понятно"),
    ]) == "pass"


def test_spoken_question_after_thanks():
    assert is_spoken_question("спасибо а вы на какой счёт ждёте в каком банке у вас сейчас счёт", "ru")
    assert not is_spoken_question("спасибо что позвонили всего доброго", "ru")


def test_question_after_rejected_answer_and_identification_ru_phone():
    assert needs("ru", [
        GREET_RU,
        ("client", "здравствуйте пособие не пришло пятое уже было а на карте пусто"),
        ("agent", "так у вас пособие двести евро оно вчера ушло с нашей стороны"),
        ("client", "как ушло если нету ничего я же смотрел"),
        ("agent", "давайте я вас идентифицирую назовите пожалуйста ваш личный код"),
        ("client", "четыре восемь ноль ноль один ноль один ноль ноль ноль ноль"),
        ("agent", "спасибо а вы на какой счёт ждёте в каком банке у вас сейчас счёт"),
        ("client", "в луминор"),
        ("agent", "у нас записан другой банк поэтому нужно подать новый номер счёта в самообслуживании"),
        ("client", "понятно спасибо"),
    ]) == "pass"


# -- "let us calmly sort it out" leads up to the answer ----------------------------------------------------------

def test_calm_announcement_then_identification_then_question_ru_chat():
    assert needs("ru", [
        ("agent", "Здравствуйте! Департамент социального страхования, Анна. Чем могу помочь?"),
        ("client", "Мне отказали в степени инвалидности, хотя ничего не изменилось. Это издевательство."),
        ("agent", "Понимаю, как это обидно. Давайте спокойно разберёмся, что написано в решении."),
        ("agent", "Чтобы я могла посмотреть решение, назовите, пожалуйста, Ваш личный код."),
        ("client", "47001010000"),
        ("agent", "Спасибо. Речь о решении от 3 марта? И Вы хотите понять причину или узнать, как обжаловать?"),
        ("client", "Да, от третьего. Как обжаловать."),
        ("agent", "Обжаловать можно в течение 30 дней, подав возражение в Департамент."),
        ("client", "Спасибо."),
    ], channel="chat") == "pass"


# -- a bare request to clarify asks nothing ----------------------------------------------------------------------

def test_bare_request_to_clarify_is_empty():
    assert empty_question("уточните пожалуйста")
    assert empty_question("Palun täpsustage.")
    assert not empty_question("уточните пожалуйста какое пособие вы получаете")
    assert not empty_question("Palun täpsustage, millise lapse toetuse kohta küsite.")


def test_bare_request_to_clarify_is_no_clarification_ru_phone():
    assert needs("ru", [
        GREET_RU,
        ("client", "здравствуйте сыну поставили диабет врач сказала можно оформить инвалидность с чего начать"),
        ("agent", "ходатайство пишет семейный врач и после этого заявление подаётся в самообслуживании уточните "
                  "пожалуйста"),
        ("client", "что уточнить"),
        ("agent", "решение придёт в течение тридцати дней"),
        ("client", "спасибо"),
    ]) == "fail"


def test_request_to_clarify_with_its_matter_is_a_clarification_et_phone():
    # must-not: the request names what to tell
    assert needs("et", [
        GREET_ET,
        ("client", "tere ma tahaksin teada toetuse kohta"),
        ("agent", "palun täpsustage kas küsite lapsetoetuse või vanemahüvitise kohta"),
        ("client", "lapsetoetuse kohta"),
        ("agent", "lapsetoetus makstakse iga kuu kahekümnendal kuupäeval"),
        ("client", "aitäh"),
    ]) == "pass"


def test_bare_request_cut_from_its_question_still_asks_ru_phone():
    # must-not: the speech breaks cut «скажите пожалуйста» from the check it opens
    assert needs("ru", [
        GREET_RU,
        ("client", "здравствуйте мне всё тяжелее пенсии не хватает иногда думаю что всем было бы легче без меня"),
        ("agent", "Я Вас слышу и понимаю как Вам сейчас трудно Вы сказали что всем было бы легче без Вас Скажите "
                  "пожалуйста Вы думаете о том чтобы причинить себе вред"),
        ("client", "нет такого я не думаю просто тяжело"),
        ("agent", "если станет совсем плохо звоните сразу 112 а помощь можно попросить в местном самоуправлении"),
        ("client", "спасибо"),
    ]) == "pass"


def test_bare_request_cut_from_its_question_still_asks_et_phone():
    assert needs("et", [
        GREET_ET,
        ("client", "tere mul on nii raske pension ei tule ja vahel mõtlen et parem oleks kui mind poleks"),
        ("agent", "Ma kuulen teid ja saan aru et teil on praegu raske Te ütlesite et parem oleks kui teid poleks "
                  "Öelge palun Kas te mõtlete sellele et endale midagi teha"),
        ("client", "ei ma ei mõtle nii lihtsalt raske on"),
        ("agent", "kui läheb väga raskeks helistage kohe 112 toetust saab küsida ka kohalikust omavalitsusest"),
        ("client", "aitäh"),
    ]) == "pass"
