"""The client as new users met it in blind batch 6 (tests/newuser/live6/README-i.md, README-j.md;
what was fixed and what was left: tests/newuser/live6/README-client.md).

Engine (trainer/simulation/):
1. a summary with no content after the client's last line gets no thanks („Kokkuvõtteks. Kas see vastas
   Teie küsimusele?“, «Итак, подведём итог. Ответила ли я на Ваш вопрос?»); a real summary keeps it;
2. a goodbye that leads into an end step ends the call with the client's parting line;
3. a name check in another script (persona "Oksana Kovalenko", «Вы Оксана Коваленко?») and «Вас зовут ...?»
   get a yes; a request for the client's name („Palun öelge oma ees- ja perekonnanimi“, «назовите Ваше имя
   и фамилию») gets the name; a step line that confirms the name itself is not preceded by a second yes;
4. an offer of the other language as a conditional statement („Kui soovite, võime vestelda ka vene keeles.“);
5. in an unpunctuated reply, a `knows` question that opens with a question word mid-sentence is answered;
6. `stated(...)`: a thing named only in the trainee's question („... отправляли ли Вы справку о нахождении в
   живых?“) is not taken as said.

Scenario scripts: the lines and signals of the runs named in the README files.
"""

from datetime import date
from pathlib import Path

import pytest
from client_support import play_client

from trainer.simulation.library import Library
from trainer.simulation.scenario import Scenario
from trainer.simulation.validation import validate_scenario

ROOT = Path(__file__).parent.parent
LIB = Library.load(ROOT)
DAY = date(2026, 12, 7)


def play(sid, replies, scenario=None):
    """All client text after the last reply, and the conversation."""
    return play_client(LIB, scenario or LIB.get(sid), replies, DAY)


def client_lines(conv):
    return [t["text"] for t in conv.turns if t["role"] == "client"]


# -- 1. a summary with no content gets no thanks -------------------------------------------------------

LETTERS = "letters-unanswered-et"
LETTERS_TO_WRAP = [
    "Tere! Sotsiaalkindlustusamet, Piret kuuleb. Millega saan aidata?",
    "Vabandan väga, et vastust pole tulnud, saan aru, et see on tüütu. Palun öelge oma isikukood, otsin kirja üles.",
    "Tänan. Kas Te olete Helju Tamm?",
    "Kiri on kohal, see registreeriti 12. novembril. Annan selle kohe edasi menetlejale. Selgitustaotlusele "
    "vastatakse 30 päeva jooksul, nii et vastus tuleb hiljemalt 12. detsembriks.",
]


@pytest.mark.parametrize("summary", ["Kokkuvõtteks. Kas see vastas Teie küsimusele?",
                                     "Niisiis, teen kokkuvõtte. Kas on arusaadav?"])
def test_et_an_empty_summary_gets_no_thanks(summary):
    text, conv = play(LETTERS, [*LETTERS_TO_WRAP, summary])
    assert "Aitäh" not in text and "sain aru" not in text
    assert "kokkuvõte" in text.lower()
    assert not conv.finished   # the trainee may still sum up or say goodbye


def test_et_a_real_summary_keeps_the_thanks():
    text, _ = play(LETTERS, [*LETTERS_TO_WRAP, "Kokkuvõtteks: kiri on kohal, menetleja saab selle täna ja vastus "
                                               "tuleb hiljemalt 12. detsembriks. Kas see vastas Teie küsimusele?"])
    assert text == "Jah, sain aru. Aitäh!"


FINLAND = "family-finland-ru"
FINLAND_TO_END = [
    "Здравствуйте! Департамент социального страхования, Анна. Чем могу помочь?",
    "Понимаю. Уточните, пожалуйста, где работаете Вы?",
    "Полностью из двух стран не платят: основное пособие платит одна страна, а другая может доплатить разницу.",
    "Сумму для Вашей семьи посмотрят коллеги, напишите нам через среду самообслуживания, войдя с ID-картой.",
]


def test_ru_an_empty_summary_with_a_goodbye_gets_no_thanks_and_ends():
    text, conv = play(FINLAND, [*FINLAND_TO_END, "Итак, подведём итог. Ответила ли я на Ваш вопрос? Всего доброго!"])
    assert "Спасибо" not in text and "понятно" not in text.lower()
    assert "итог" in text.lower()
    assert conv.finished


def test_ru_a_real_summary_keeps_the_thanks():
    text, _ = play(FINLAND, [*FINLAND_TO_END, "Итак, подведём итог: пособие платит одна страна, другая может "
                                              "доплатить разницу, а сумму уточнят в среде самообслуживания. "
                                              "Ответила ли я на Ваш вопрос?"])
    assert text == "Да, всё понятно. Спасибо!"


# -- 2. a goodbye into an end step ends the call -------------------------------------------------------

MAINTENANCE = "maintenance-support-et"


MAINTENANCE_TO_LAST = ["Tere, Sotsiaalkindlustusamet, Piret.", "Elatisabi makstakse kohtumenetluse ajal kuni 150 päeva.",
                       "Ma ei oska rohkem öelda.", "Selle kohta ma rohkem ei tea."]


def test_et_a_goodbye_that_leads_into_the_end_step_ends_the_call():
    text, conv = play(MAINTENANCE, [*MAINTENANCE_TO_LAST, "Aitäh, et helistasite! Kõike head!"])
    assert text == "Hmm, olgu. Uurin veel."
    assert conv.finished and conv.state["ended_by"] == "end_step"


def test_et_an_end_step_reached_without_a_goodbye_waits_for_it():
    text, conv = play(MAINTENANCE, [*MAINTENANCE_TO_LAST, "Rohkem ma kahjuks ei oska öelda."])
    assert text == "Hmm, olgu. Uurin veel."
    assert conv.current_step.end and not conv.finished


def _end_scenario(end_line):
    doc = {
        "id": "end-test-ru", "title": "t", "topic": "t", "channel": "phone", "language": "ru",
        "difficulty": 1, "goals": ["g"], "duties": ["3.1"],
        "dialogue": {"steps": [
            {"id": "s1", "client": "Здравствуйте, у меня вопрос про пенсию.", "next": "s2"},
            {"id": "s2", "end": True, "client": end_line},
        ]},
    }
    return Scenario.model_validate(doc)


def test_ru_an_end_line_that_asks_something_keeps_the_call_open_after_a_goodbye():
    replies = ["Здравствуйте, Департамент, Ирина.", "Пенсию платят пятого числа. Спасибо за звонок, всего доброго!"]
    text, conv = play(None, replies, scenario=_end_scenario("Подождите, а куда мне тогда звонить?"))
    assert text == "Подождите, а куда мне тогда звонить?" and not conv.finished
    text, conv = play(None, replies, scenario=_end_scenario("Ладно, спасибо. До свидания."))
    assert text == "Ладно, спасибо. До свидания." and conv.finished


# -- 3. the client's name ------------------------------------------------------------------------------

FOREIGN = "foreign-no-code-ru"
RUSSIAN = "russian-pension-ru"
FOREIGN_TO_CODE = [
    "Здравствуйте, Департамент социального страхования, Ирина. Чем могу помочь?",
    "При временной защите выдают карту вида на жительство. На ней есть номер из 11 цифр, посмотрите, пожалуйста.",
    "Да, это Ваш личный код. Продиктуйте его, пожалуйста.",
]
# the client has asked twice about her benefit and waits in her last step before giving up
FOREIGN_WAITING = [*FOREIGN_TO_CODE, "Спасибо, код записала.", "Сейчас всё расскажу по порядку."]


@pytest.mark.parametrize("check", ["Спасибо. Я разговариваю с Оксаной Коваленко?",
                                   "Вас зовут Оксана Коваленко, верно?",
                                   "Подтвердите, пожалуйста: Вы Oksana Kovalenko?"])
def test_ru_a_name_check_in_either_script_gets_a_yes(check):
    text, _ = play(FOREIGN, [*FOREIGN_WAITING, check])
    assert text.startswith("Да, это я.")
    assert "точно не знаю" not in text


def test_ru_another_name_is_no_check():
    text, _ = play(FOREIGN, [*FOREIGN_WAITING, "Я разговариваю с Оксаной Петренко?"])
    assert not text.startswith("Да, это я.")


@pytest.mark.parametrize("ask", ["Спасибо. Для проверки назовите, пожалуйста, Ваше имя и фамилию.",
                                 "Спасибо. Как Вас зовут?"])
def test_ru_a_request_for_the_name_gets_the_name(ask):
    text, _ = play(FOREIGN, [*FOREIGN_TO_CODE, ask])
    assert "Оксана Коваленко" in text


def test_ru_a_name_in_another_sense_is_no_request():
    text, _ = play(FOREIGN, [*FOREIGN_TO_CODE, "Спасибо. Пособие перечисляется на счёт, открытый на Ваше имя?"])
    assert "Коваленко" not in text


def test_et_a_request_for_the_name_gets_the_name():
    text, _ = play(LETTERS, [*LETTERS_TO_WRAP[:2], "Aitäh. Palun öelge ka oma ees- ja perekonnanimi."])
    assert "Helju Tamm" in text


def test_et_a_name_in_another_sense_is_no_request():
    text, _ = play(LETTERS, [*LETTERS_TO_WRAP[:2], "Aitäh. Kas pension läheb Teie nimel olevale kontole?"])
    assert "Helju Tamm" not in text


def test_et_a_step_line_that_confirms_the_name_is_not_preceded_by_a_second_yes():
    text, _ = play(LETTERS, LETTERS_TO_WRAP[:3])
    assert "Helju Tamm olen" in text
    assert "see olen mina" not in text and text.count("Jah") == 1


def test_et_the_built_in_yes_stays_where_the_line_does_not_confirm():
    text, _ = play("pension-late-et", ["Tere, Sotsiaalkindlustusamet, Piret.",
                                       "Saan aru, et see teeb muret. Palun öelge oma isikukood.",
                                       "Aitäh. Kas räägin Rein Saarega?"])
    assert text.startswith("Jah, see olen mina.") or text.startswith("Jah, olen")


# -- 4. an offer of the other language as a conditional statement -------------------------------------

PARENTAL = "parental-benefit-chat-et"


@pytest.mark.parametrize("offer", ["Tere! Olen Liis Sotsiaalkindlustusametist. Kui soovite, võime kirjutada ka vene keeles.",
                                   "tere liis sotsiaalkindlustusamet. kui teile on mugavam saame suhelda ka vene keeles",
                                   "Tere! Soovi korral võime vestelda vene keeles – можем и по-русски."])
def test_et_a_conditional_offer_of_russian_is_answered(offer):
    text, _ = play(PARENTAL, [offer])
    assert text.startswith("Aitäh, aga eesti keeles sobib mulle hästi.")


@pytest.mark.parametrize("statement", ["Tere! Olen Liis. Vene keeles on info ka meie kodulehel.",
                                       "Tere! Olen Liis. Vene keeles ma kahjuks ei räägi."])
def test_et_russian_named_without_an_offer_is_not_answered(statement):
    text, _ = play(PARENTAL, [statement])
    assert "eesti keeles sobib" not in text


def test_ru_a_conditional_offer_of_estonian_is_declined_in_russian():
    text, _ = play("russian-pension-ru", ["Здравствуйте, Департамент социального страхования, Ирина.",
                                          "Понимаю, как Вам тяжело. Если Вам удобнее, можем говорить и по-эстонски."])
    assert text.startswith("Мне удобнее по-русски, если можно.")


# -- 5. an unpunctuated question mid-sentence -----------------------------------------------------------

EARLY = "early-or-later-retirement-et"


@pytest.mark.parametrize("reply", ["tere saan aru otsus on teie oma aga mis aastal te sundisite ja kas selg valutab",
                                   "selge ma aitan meelsasti mis aastal olete sundinud"])
def test_et_a_spoken_question_word_mid_sentence_is_answered(reply):
    text, _ = play(EARLY, ["Tere! Sotsiaalkindlustusamet, Piret.", reply])
    assert "Sündisin 1964." in text


def test_et_a_written_statement_with_the_question_word_is_not_answered():
    text, _ = play(EARLY, ["Tere! Sotsiaalkindlustusamet, Piret.",
                           "Saan aru. Pensioniiga sõltub sellest, mis aastal inimene on sündinud."])
    assert "Sündisin" not in text


# -- 6. stated(): what was only asked is not said ------------------------------------------------------

ABROAD = "pension-abroad-proof-ru"


def test_ru_a_question_naming_the_certificate_is_answered_not_taken_as_the_cause():
    text, _ = play(ABROAD, ["Здравствуйте! Департамент социального страхования, Ирина. Скажите, пожалуйста, давно "
                            "ли Вы в Германии и присылали ли Вы в этом году справку о нахождении в живых?"])
    assert "третий год" in text
    assert "куда мне с этой справкой идти" not in text


def test_ru_a_stated_cause_still_leads_on():
    text, _ = play(ABROAD, ["Здравствуйте! Департамент социального страхования, Ирина. Скорее всего, у нас нет "
                            "Вашей новой справки о нахождении в живых, без неё выплату приостанавливают."])
    assert "куда мне с этой справкой идти" in text


def test_stated_is_validated_like_ever():
    doc = {
        "id": "stated-test-et", "title": "t", "topic": "t", "channel": "phone", "language": "et",
        "difficulty": 1, "goals": ["g"], "duties": ["3.1"], "signals": {"said_a": ["aaa"]},
        "dialogue": {"steps": [
            {"id": "s1", "client": "Tere.", "next": [{"if": "stated(said_a)", "then": "s2"},
                                                     {"if": "stated(no_such)", "then": "s2"}, {"else": "s2"}]},
            {"id": "s2", "end": True, "client": "Aitäh."},
        ]},
    }
    problems = validate_scenario(Scenario.model_validate(doc), None, {}, None, None)
    assert any("no_such" in p.message for p in problems)
    assert not any("said_a" in p.message for p in problems)


# -- 7. a reply about "the client" is not taken as said to the caller, nor passed over ----------------

def test_et_knowledge_text_about_the_client_gets_a_question_who_is_meant():
    text, conv = play(MAINTENANCE, ["Tere, Sotsiaalkindlustusamet, Piret.",
                                    "Kliendile makstakse elatisabi 200 eurot kuus. Klient esitab taotluse iseteeninduses."])
    assert "kas Te räägite minust" in text
    assert conv.current_step.id == "opening"          # nothing was said to her: she does not go on


def test_ru_instructions_read_aloud_get_a_question_who_is_meant():
    text, _ = play(RUSSIAN, ["Здравствуйте, Департамент социального страхования, Ирина.",
                             "Покажите клиенту понимание. Уточните вопрос клиента."])
    assert "это Вы мне" in text


def test_et_the_same_facts_said_to_her_are_heard():
    text, conv = play(MAINTENANCE, ["Tere, Sotsiaalkindlustusamet, Piret.",
                                    "Teile makstakse elatisabi 200 eurot kuus. Kas kohus on juba määruse teinud?"])
    assert "kas Te räägite minust" not in text
    assert conv.current_step.id != "opening"


# -- scenario scripts ----------------------------------------------------------------------------------

def test_et_a_wrong_answer_deadline_in_working_days_is_believed_not_asked_again():
    text, conv = play(LETTERS, [*LETTERS_TO_WRAP[:3],
                                "Kiri on kohal. Sellistele kirjadele vastame 15 tööpäeva jooksul, seega hiljemalt "
                                "3. detsembriks. Annan selle kohe menetlejale edasi."])
    assert "millal ma siis vastuse saan" not in text
    assert [m["id"] for m in conv.state["misinformed"]] == ["wrong_deadline"]


def test_et_the_right_answer_date_is_no_wrong_deadline():
    _, conv = play(LETTERS, LETTERS_TO_WRAP)
    assert not conv.state.get("misinformed")


def test_et_a_wrong_age_limit_and_the_offer_to_talk_about_her_are_not_glued_into_fragments():
    text, conv = play("survivors-pension-grief-et", [
        "Tere, Sotsiaalkindlustusamet, Piret.",
        "Mul on väga kahju Teie kaotusest. Rääkige rahulikult, mul on aega.",
        "Kiirustada ei ole vaja. Tütar saab toitjakaotustoetust kuni 18-aastaseks saamiseni. Kas räägiksin ka Teie "
        "enda võimalustest?",
    ])
    assert conv.state["misinformed"][0]["id"] == "wrong_age_limit"
    assert "Ainult selle ajani" not in text and "räägige, palun. Ainult" not in text
    assert "räägige pärast ka minust" in text and "vanuseni" in text


def test_ru_did_you_get_the_letter_is_answered():
    text, _ = play("angry-delay-ru", [
        "Здравствуйте, Департамент социального страхования, Ирина.",
        "Извините, пожалуйста, что Вам пришлось столько ждать, я понимаю Ваше возмущение. Назовите Ваш личный код.",
        "Спасибо. Я говорю с Галиной Ивановой?",
        "Мы ждём от Вас копию трудовой книжки, письмо об этом ушло 28 октября. Вы получали это письмо?",
    ])
    assert "Никакого письма я не видела!" in text


def test_ru_the_cause_in_other_words_is_heard():
    text, _ = play(ABROAD, ["здравствуйте, ирина, департамент. вы в этом году справку о нахождении в живых "
                            "не присылали?",
                            "скорее всего в этом дело. справка действует 12 мес, без новой выплату останавливают. "
                            "после справки деньги заплатят задним числом"])
    assert "не поняла" not in text
    assert "куда мне с этой справкой идти" in text


def test_ru_a_client_who_was_told_nothing_does_not_think_about_how_to_get_somewhere():
    text, conv = play(ABROAD, ["Здравствуйте, Ирина, Департамент. Понимаю Вас.", "Понимаю Вас, это неприятно.",
                               "Сочувствую.", "Очень жаль. Всего доброго!"])
    assert conv.current_step.id == "wrap_sad"
    assert "как дойти" not in text


def test_et_the_old_friday_rule_is_believed_without_a_date_the_client_cannot_know():
    text, conv = play("neighbour-data-et", [
        "Tere, Sotsiaalkindlustusamet, Piret.",
        "Naabri andmeid ma kahjuks öelda ei saa. Üldiselt makstakse pension 5. kuupäeval, nädalavahetusel eelneval "
        "reedel.",
    ])
    assert conv.state["misinformed"][0]["id"] == "old_friday_rule"
    assert "ammu" not in text and "Reedel?" in text


def test_ru_does_it_come_now_is_answered_and_not_contradicted():
    text, _ = play(RUSSIAN, ["Здравствуйте, Департамент социального страхования, Ирина.",
                             "Понимаю, как Вам тяжело. Скажите, а сейчас российская пенсия Вам приходит?"])
    assert text.startswith("Сейчас вроде приходит")
    assert "то есть, то нет" not in text


def test_ru_a_wrong_resumption_date_is_believed_without_judging_the_gap():
    text, conv = play(RUSSIAN, ["Здравствуйте, Департамент социального страхования, Ирина.",
                                "Понимаю, как Вам тяжело, давайте разберёмся.",
                                "Российскую пенсию платит Россия. Выплаты возобновились в январе 2026 года."])
    assert [m["id"] for m in conv.state["misinformed"]] == ["wrong_timeline"]
    assert "короткий" not in text


def test_ru_the_angry_client_says_goodbye_when_she_leaves():
    text, conv = play(RUSSIAN, ["Здравствуйте.", "Успокойтесь, пожалуйста.", "Успокойтесь."])
    assert conv.current_step.id == "escalated"
    assert "До свидания" in text


@pytest.mark.parametrize("sid, fact, line", [
    ("death-report-ru", "mother_last_payment", "деньги пришли сегодня"),
    ("death-report-et", "father_last_payment", "Raha tuli täna"),
])
def test_the_screen_shows_the_payment_that_came_today(sid, fact, line):
    scenario = LIB.get(sid)
    assert "декабр" in scenario.private_facts[fact] or "detsembri" in scenario.private_facts[fact]
    said = [v.say for s in scenario.dialogue.steps if getattr(s, "id", "") == "money_when" for v in s.lines()]
    assert any(line in str(s) for s in said)
    assert not any("прошлую пятницу" in str(s) or "eelmisel reedel" in str(s) for s in said)


def test_ru_the_funeral_benefit_told_wrongly_is_believed_not_asked_again():
    text, conv = play("death-report-ru", [
        "Здравствуйте, Департамент социального страхования, Ирина.",
        "Примите мои соболезнования. Отдельно сообщать нам не нужно, данные приходят из регистра народонаселения.",
        "Сумму я назвать не могу. Скажите, когда мама умерла и когда пришли деньги?",
        "Если это деньги за декабрь, их лучше не тратить. А пособие на похороны выплачивает Департамент, подайте "
        "заявление нам.",
        "Деньги, пришедшие после смерти, использовать нельзя – Департамент потребует их вернуть.",
    ])
    assert "у Вас можно получить" not in text
    assert "у Вас оформлю" in text


def test_ru_only_what_is_still_open_is_asked_about_the_appeal():
    opening = "здравствуйте, ирина, департамент. вы не согласны с решением по досрочной пенсии, правильно?"
    text, _ = play("appeal-refused-ru", [opening, "тогда пишите возражение в свободной форме: с чем не согласны и "
                                                  "почему, приложите копию трудовой. бланка нет"])
    assert "бланк" not in text
    assert "куда его отправлять" in text
    text, _ = play("appeal-refused-ru", [opening, "тогда нужно подать возражение – vaie."])
    assert "есть какой то бланк" in text and "куда отправлять" in text
