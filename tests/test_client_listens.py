"""A client who listens (issue 10, item 6) and the end of the conversation (item 5), on shipped scenarios."""

from datetime import date
from pathlib import Path

from trainer.scoring.score import failed_criteria, score_transcript
from trainer.scoring.transcript import Context, Transcript, Turn
from trainer.simulation.dialogue import Conversation
from trainer.simulation.library import Library, scoring_settings

ROOT = Path(__file__).parent.parent
LIB = Library.load(ROOT)
DAY = date(2026, 12, 7)


def start(sid):
    return Conversation.start(LIB.get(sid), LIB, seed=1, today=DAY)


def test_an_answered_question_is_acknowledged_not_asked_again():
    conv = start("pension-weekend-ru")
    conv.reply("Здравствуйте! Департамент социального страхования, меня зовут Мария.")
    # the rule is explained before identification; after the code the client must not ask "why the delay?"
    conv.reply("Понимаю Вас. Если 5-е число выпадает на субботу, пенсию выплачивают в течение двух следующих "
               "рабочих дней. Назовите, пожалуйста, Ваш личный код.")
    answer = conv.reply("Спасибо. Ваша пенсия выплачена 7 декабря.")
    assert answer[0]["text"].startswith("Да, Вы уже объяснили")
    assert "почему тогда задержка" not in answer[0]["text"]
    assert conv.state["step"] == "wrap"


def test_the_client_answers_what_the_trainee_asks():
    conv = start("appeal-howto-chat-et")
    answer = conv.reply("Tere! Sotsiaalkindlustusameti veebivestlus, Teid teenindab Kati. Mõistan Teie pettumust. "
                        "Millal Te otsuse kätte saite?")
    assert answer[0]["text"].startswith("eile sain, e-postiga tuli.")
    assert "ei saanud" not in answer[0]["text"]


def test_a_request_to_hold_is_answered_with_waiting():
    conv = start("system-down-callback-et")
    conv.reply("Tere! Sotsiaalkindlustusamet, Kati kuuleb.")
    conv.reply("Palun öelge oma isikukood.")
    answer = conv.reply("Üks hetk, palun oodake.")
    assert answer[0]["text"] == "Jah, ootan."
    assert conv.state["vars"]["fallbacks"] == 0


def test_an_offer_to_switch_to_russian_is_accepted_before_going_on():
    conv = start("language-switch-ru")  # persona.language ru: she accepts Russian
    conv.reply("Tere! Sotsiaalkindlustusamet, Mari kuuleb.")
    answer = conv.reply("Kas soovite, et räägiksime vene keeles?")
    assert answer[0]["text"].startswith("Да, пожалуйста, по-русски мне легче. ")
    assert "Вот у меня вопрос" in answer[0]["text"] and conv.state["step"] == "need"


def test_an_offer_of_the_other_language_is_declined_in_the_clients_own():
    from trainer.simulation.reactions import language_offer_answer, offered_languages

    assert offered_languages("Может быть, Вам удобнее по-русски?", "ru") == {"ru"}
    assert offered_languages("Kas Te räägite eesti keelt?", "ru") == {"et"}
    assert offered_languages("Räägime vene keeles.", "et") == set()  # no question, no offer
    assert offered_languages("Palun öelge oma isikukood.", "et") == set()
    assert language_offer_answer({"et"}, "ru") == "Мне удобнее по-русски, если можно."
    assert language_offer_answer({"ru"}, "et") == "Aitäh, aga eesti keeles sobib mulle hästi."
    assert language_offer_answer({"et", "ru"}, "et") == "Jah, palun, eesti keeles on mul lihtsam."
    # an Estonian client in an Estonian scenario declines Russian and the conversation goes on
    conv = start("system-down-callback-et")
    conv.reply("Tere! Sotsiaalkindlustusamet, Kati kuuleb. Kuidas saan Teid aidata?")
    answer = conv.reply("Kas soovite, et räägiksime vene keeles?")
    assert answer[0]["text"] == "Aitäh, aga eesti keeles sobib mulle hästi. Kas Te saate seda vaadata?"


def test_a_wrong_but_clear_answer_is_believed_and_recorded():
    conv = start("appeal-howto-chat-et")
    answer = conv.reply("Tere! Sotsiaalkindlustusameti veebivestlus, Teid teenindab Kati. Mõistan, et otsus on "
                        "Teile pettumus. Vaide saate esitada 14 päeva jooksul.")
    assert "kaks nädalat" in answer[0]["text"] and "aru" not in answer[0]["text"]
    result = conv.score()
    assert result["misinformation"][0]["id"] == "wrong_deadline"
    assert result["misinformation"][0]["quote"] == "14 päeva"
    assert "vale vaide tähtaega" in result["misinformation"][0]["feedback"]
    assert "appeal_deadline" in result["gate_failures"] and result["passed"] is False


def test_a_conversation_stopped_midway_is_marked_unfinished():
    conv = start("pension-weekend-ru")
    conv.reply("Здравствуйте! Департамент социального страхования, меня зовут Мария.")
    conv.reply("Спасибо, до свидания!")
    conv.finish()
    result = conv.score()
    assert result["unfinished"] is True
    assert "Разговор не завершён" in result["unfinished_feedback"]


def _closing(client_last, agent_last):
    t = Transcript(language="et", channel="phone", context=Context(), turns=[
        Turn(role="agent", text="Tere! Sotsiaalkindlustusamet, Kati kuuleb. Kuidas saan aidata?"),
        Turn(role="client", text=client_last),
        Turn(role="agent", text=agent_last),
    ])
    rubric = LIB.rubrics["call-model"]
    result = score_transcript(t, rubric, scoring_settings())
    return next(c for c in result["criteria"] if c["id"] == "closing")


def test_goodbye_to_an_open_question_fails_the_closing():
    closing = _closing("Selge. Aga millal see raha siis tuleb?", "Aitäh, head päeva!")
    assert closing["result"] == "fail" and closing["reason"] == "open_question"
    assert "millal see raha siis tuleb" in closing["feedback"]
    answered = _closing("Selge. Aga millal see raha siis tuleb?", "Raha makstakse 8. kuupäeval. Aitäh, head päeva!")
    assert answered["result"] == "pass"
    no_question = _closing("Selge, aitäh!", "Aitäh, head päeva!")
    assert no_question["result"] == "pass"


def test_asking_for_a_name_in_an_open_chat_fails_data_protection():
    t = Transcript(language="ru", channel="chat", context=Context(no_identifiers=True), turns=[
        Turn(role="client", text="Здравствуйте, какая у меня пенсия?"),
        Turn(role="agent", text="Здравствуйте! Напишите, пожалуйста, Ваше имя и фамилию."),
    ])
    result = score_transcript(t, LIB.rubrics["call-model"], scoring_settings())
    dp = next(c for c in result["criteria"] if c["id"] == "data_protection")
    assert dp["result"] == "fail" and dp["reason"] == "identifier"
    assert "в открытом чате не спрашивают" in dp["feedback"]
    assert result["passed"] is False and "data_protection" in failed_criteria(result)


def _identified(conv):
    conv.reply("Здравствуйте! Департамент социального страхования, меня зовут Мария.")
    conv.reply("Понимаю Ваше беспокойство. Назовите, пожалуйста, Ваш личный код.")
    return conv.reply("Спасибо, " + conv.persona.first_name + ". Сейчас посмотрю.")


def test_a_keyword_chain_is_not_taken_for_an_answer():
    """Issue 10: a bare keyword list used to get a detailed, grateful reaction."""
    chain, told = start("pension-weekend-ru"), start("pension-weekend-ru")
    _identified(chain)
    _identified(told)
    said = told.reply("Пятое декабря выпало на субботу, поэтому пенсию выплатили в течение двух следующих "
                      "рабочих дней.")
    listed = chain.reply("Пенсия. Суббота. Два рабочих дня. Итак.")
    assert "из-за выходных" in said[0]["text"]
    assert all("из-за выходных" not in t["text"] for t in listed)
    assert not chain.state["ever"].get("explained_weekend_rule")


def test_a_private_fact_in_a_keyword_chain_is_still_a_disclosure():
    conv = start("pension-weekend-ru")
    conv.reply("Здравствуйте! Департамент социального страхования, меня зовут Мария.")
    conv.reply("Пенсия 694,80 евро. Суббота. Выплата.")
    assert conv.state["ever"].get("disclosed")


def test_a_closing_question_after_the_last_line_is_answered_before_the_call_ends():
    """A trainee who checks understanding after the client's last line gets an answer and can still say
    goodbye (the call used to end on the question, so the closing was never heard)."""
    conv = start("pension-weekend-ru")
    _identified(conv)
    conv.reply("Пятое декабря выпало на субботу, поэтому пенсию выплатили в течение двух следующих рабочих дней.")
    conv.reply("Деньги поступают на счёт в течение того же дня, когда выплачены.")
    assert conv.state["awaiting_close"]
    answer = conv.reply("Итак, пенсия уже выплачена. Всё ли Вам понятно?")
    assert answer and answer[0]["text"] == "Да, всё понятно. Спасибо!" and not conv.finished
    assert conv.reply("Спасибо за звонок, всего доброго!") == [] and conv.finished
    result = conv.score()
    assert result["ended_by"] == "end_step" and not result["unfinished"]
    assert next(c for c in result["criteria"] if c["id"] == "closing")["result"] == "pass"


def test_a_plain_goodbye_after_the_last_line_ends_the_call():
    conv = start("pension-weekend-ru")
    _identified(conv)
    conv.reply("Пятое декабря выпало на субботу, поэтому пенсию выплатили в течение двух следующих рабочих дней.")
    conv.reply("Деньги поступают на счёт в течение того же дня, когда выплачены.")
    assert conv.reply("Всего доброго!") == [] and conv.finished


# -- batch 1 of the new-user runs (tests/newuser): the client answers, waits and stays for the goodbye --------


def play(sid, replies):
    conv = start(sid)
    out = []
    for text in replies:
        out = conv.reply(text)
    return conv, out


def test_a_question_the_client_cannot_answer_gets_i_dont_know_not_i_did_not_understand():
    conv, out = play("pension-late-et", ["Tere, Sotsiaalkindlustusamet, Kadri kuuleb.",
                                         "Mõistan Teie muret, vabandan ebamugavuste pärast.",
                                         "Kas Te olete oma pangaga juba rääkinud?"])
    assert out[0]["text"] == "Seda ma täpselt ei tea." and not out[0].get("fallback"), out
    conv, out = play("moving-abroad-account-ru", ["Здравствуйте, Департамент социального страхования, Наталья.",
                                                  "Номер счёта по телефону не принимаю. Счёт – письменно, через "
                                                  "самообслуживание.",
                                                  "А в какой банк Вы будете переводить деньги?"])
    assert out[0]["text"] == "Этого я точно не знаю." and not out[0].get("fallback"), out


def test_a_check_of_what_the_client_asks_is_confirmed():
    conv, out = play("pension-late-et", ["Tere, Sotsiaalkindlustusamet, Kadri kuuleb.",
                                         "Mõistan Teie muret, vabandan ebamugavuste pärast.",
                                         "Kas ma saan õigesti aru, et pension ei ole kontole jõudnud?"])
    assert out[0]["text"].startswith("Jah") and not out[0].get("fallback"), out


def test_information_after_the_clients_last_line_is_acknowledged_and_the_goodbye_still_plays():
    conv, out = play("overpayment-recovery-ru", [
        "Здравствуйте, Департамент социального страхования, Марина.",
        "Понимаю, такое письмо расстраивает. Давайте разберёмся.",
        "Назовите, пожалуйста, личный код – посмотрю решение.",
        "Спасибо. Сыну больше 19, а после 19 пособие платят только пока он учится. Учёба закончилась в августе, так?",
        "Платить сразу не обязательно – можно попросить рассрочку. Если не согласны – возражение в течение 30 дней. "
        "Отмену обещать не могу."])
    assert conv.current_step.end and not conv.finished, out
    out = conv.reply("Возражение – через самообслуживание или по почте.")
    assert out and out[0]["text"] == "Понятно, спасибо." and not conv.finished
    out = conv.reply("Итак: частями можно, возражение – 30 дней. Понятно?")
    assert out[0]["text"].startswith("Да, всё понятно") and not conv.finished
    assert conv.reply("Всего доброго!") == [] and conv.finished


def test_a_summary_without_question_mark_after_the_last_line_is_answered():
    conv, out = play("daughter-for-mother-et", [
        "tere sotsiaalkindlustusamet kristi",
        "kahju et ema haiglas on teise inimese andmeid saan anda ainult volikirjaga kas teil on ema volikiri",
        "isikukood ei ole saladus see ei asenda volikirja seega ma ei saa oelda ka seda kas taotlus on kohal volikiri "
        "voib olla digiallkirjaga paberil kasitsi allkirjastatud voi notariaalne",
        "jah taita voite aidata aga taotlusel peab olema ema allkiri voi volikiri"])
    assert conv.current_step.end, out
    out = conv.reply("ehk ilma volikirjata andmeid ei anna volikiri digitaalne paberil voi notari juures kas selge")
    assert out and not conv.finished, out
    assert conv.reply("aitah head paeva") == [] and conv.finished


def test_a_form_named_inside_a_question_is_not_remembered_as_explained():
    conv, out = play("third-party-son-ru", [
        "здравствуйте департамент социального страхования меня зовут анна",
        "понимаю что вы хотите помочь маме скажите у вас есть от неё письменная доверенность данные другого человека "
        "я могу сообщить только представителю с доверенностью",
        "я понимаю вы всё за неё делаете но это защита персональных данных личный код не тайна его знание не "
        "доказывает что мама согласна поэтому сумму я назвать не могу"])
    assert out[0]["text"] == "Так какая доверенность нужна?", out
    assert not conv.current_step.end


def test_a_client_who_hung_up_angrily_hears_nothing_more():
    conv, out = play("overpayment-recovery-ru", [
        "Здравствуйте, Департамент социального страхования, Марина.",
        "Ну, Вы сами должны были нам сообщить, что сын бросил учёбу. Это Ваша ошибка, а не наша."])
    assert conv.current_step.end and "!" in out[0]["text"], out
    assert conv.reply("После 19 лет пособие платят, только пока ребёнок учится.") == [] and conv.finished


def test_a_request_for_the_code_after_the_last_line_ends_the_call():
    conv, out = play("indexation-day-ru", [
        "Здравствуйте, Департамент социального страхования, Ирина.",
        "Понимаю. Вы получаете пенсию по старости?",
        "Пенсии повышаются 1 апреля. Так как 5-е апреля выпадает на воскресенье, пенсию заплатят в пятницу перед "
        "выходными – соседка права."])
    assert conv.state["step"] == "wrong_date", out
    assert conv.reply("Чтобы назвать Вашу сумму, назовите, пожалуйста, личный код.") == [] and conv.finished


def test_a_calm_unsure_goodbye_still_hears_the_answer():
    conv, out = play("crisis-suicidal-et", [
        "tere sotsiaalkindlustusamet liis",
        "kahju et teil on nii raske ma kuulan kas te moelete endale midagi teha",
        "aitah et utlesite kas te olete praegu ohus kas olete midagi teinud",
        "hea et ei ole kui tunnete et olete ohus helistage kohe 112 ja raakige tana kellegagi lahedase voi perearstiga",
        "oosel ohu korral 112 ja raske hetke jaoks on emotsionaalse toe telefon naiteks eluliin",
        "te ei tulita kedagi lahedased tahavad teada"])
    assert conv.current_step.end and "!" not in out[0]["text"], out
    out = conv.reply("jah vaide saab esitada 30 paeva jooksul ehk tana raagite perearstiga ohu korral 112 sobib")
    assert out and not conv.finished
    assert conv.reply("aitah et helistasite hoidke ennast head aega") == [] and conv.finished

def test_a_question_is_no_reason_to_give_up():
    conv, out = play("foreign-eu-pension-ru", ["Здравствуйте, Департамент социального страхования, Светлана.",
                                               "Вы уже подавали какие-нибудь документы?"])
    assert out[0]["text"] == "Этого я точно не знаю." and out[0]["step"] == "confused", out
    assert not conv.finished and not conv.current_step.end


# -- scenario data: what these callers know and how their steps go on (batch 1) -----------------------------


def test_a_parent_answers_whether_the_birth_is_registered():
    for question in ("Palju õnne beebi puhul! Lapsetoetust ei pea tegelikult eraldi taotlema. "
                     "Kas lapse sünd on rahvastikuregistris juba registreeritud?",
                     "palju onne! kas lapse sund on juba registreeritud?"):
        conv, out = play("child-allowance-et", ["Tere! Sotsiaalkindlustusamet, Mari. Kuidas saan aidata?", question])
        assert not out[0].get("fallback"), out
        assert "registreeritud" in out[0]["text"] and out[0]["text"].lower().startswith("jah")


def test_a_clarifying_question_is_answered_and_the_chat_goes_on():
    conv, out = play("foreign-eu-pension-ru", ["Здравствуйте, Департамент социального страхования, Светлана.",
                                               "Сколько лет и когда Вы работали в Финляндии?"])
    assert not conv.finished and not conv.current_step.end, out
    assert "с 94 по 98" in out[0]["text"]
    out = conv.reply("Заявление подаёте у нас, мы передадим в Финляндию. Финскую пенсию за стаж от года назначит "
                     "и заплатит Финляндия.")
    assert conv.state["step"] == "when_ask", out


def test_a_pensioner_who_changed_bank_says_so_when_asked():
    conv, out = play("pension-late-et", [
        "Tere, Sotsiaalkindlustusamet, Kadri kuuleb.",
        "Saan aru, et see on ebameeldiv. Palun öelge mulle oma isikukood.",
        "Aitäh. Teie pension maksti välja 7. detsembril. Sel kuul oli 5. kuupäev laupäeval ja sellisel juhul makstakse "
        "pension järgmise kahe tööpäeva jooksul. Kas Te olete viimasel ajal panka või kontot vahetanud?"])
    assert "vahetasin novembris panka" in out[0]["text"], out
    assert "nädalavahetuse asi" not in out[0]["text"]


def test_the_guardian_hears_that_the_ruling_is_not_on_file():
    conv, out = play("guardian-for-ward-et", [
        "Tere, Sotsiaalkindlustusamet, Kadri kuuleb.",
        "Kas ma saan õigesti aru, et soovite teada venna puudetoetuse suurust? Palun öelge kõigepealt oma isikukood.",
        "Aitäh. Kas räägin Tiina Lepaga? Kas võin Teid hetkeks ootele panna, et kontrollida?",
        "Aitäh ootamast. Ma ei näe kahjuks, et eestkoste kohtumäärus oleks meile esitatud."])
    assert conv.state["step"] == "not_on_file", out


def test_a_yes_about_payments_to_germany_is_heard():
    conv, out = play("moving-abroad-account-ru", [
        "Здравствуйте, Департамент социального страхования, Наталья.",
        "Вы переезжаете насовсем? И какая у Вас пенсия?",
        "Номер счёта по телефону не принимаю – нельзя установить, кто звонит. Счёт и переезд – письменно, через "
        "самообслуживание или заявлением с цифровой подписью.",
        "Да, пенсию по старости в Германию платят. Раз в год – справка о нахождении в живых."])
    assert not out[0].get("fallback") and conv.state["step"] == "wrap", out


def test_the_second_half_of_a_two_part_question_is_asked_again_not_given_up():
    conv, out = play("webchat-code-ru", [
        "Здравствуйте, Департамент социального страхования, Ольга.",
        "В открытом чате личные данные не сообщаем – нельзя установить, кто пишет. Сумму видно в самообслуживании.",
        "Код знают многие, он не доказывает, что это Вы. В самообслуживание входят с ID-картой, Mobiil-ID или Smart-ID."])
    assert not conv.current_step.end, out
    assert "если не получится" in out[0]["text"]
    out = conv.reply("Smart-ID подходит. Если не выйдет – инфотелефон 16106.")
    assert conv.state["step"] == "wrap", out


def test_an_amount_told_before_the_code_is_not_asked_for_again():
    conv, out = play("indexation-day-ru", [
        "Здравствуйте, Департамент социального страхования, Ирина.",
        "Понимаю. Вы получаете пенсию по старости?",
        "Ваша пенсия с апреля 702,35 евро, прибавка 35,10 евро. Придёт с апрельской пенсией в течение двух рабочих "
        "дней после выходных, не в пятницу."])
    assert "на сколько моя повысится" not in out[0]["text"], out
    out = conv.reply("Прибавка зависит от размера пенсии, 5,3 % – это рост средней пенсии.")
    assert not out[0].get("fallback") and conv.state["step"] == "wrap", out


def test_only_a_written_authorisation_named_is_not_how_to_make_it():
    conv, out = play("third-party-son-ru", [
        "Здравствуйте, Департамент социального страхования, Анна.",
        "Данные другого человека сообщаю только по письменной доверенности. У Вас есть доверенность от мамы?",
        "Понимаю Вас, но личный код не тайна и не заменяет доверенность. Сумму назвать не могу – это защита "
        "персональных данных."])
    assert out[0]["text"] == "Так какая доверенность нужна?", out
    out = conv.reply("Доверенность мама может подписать с цифровой подписью или от руки на бумаге, а оригинал Вы "
                     "пришлёте по почте.")
    assert conv.state["step"] == "alt_ask", out


def test_a_one_word_question_is_not_understood_rather_than_not_known():
    conv, out = play("indexation-day-ru", ["Здравствуйте, Департамент социального страхования, Ирина.",
                                           "Понимаю. Вы получаете пенсию по старости?", "По старости?"])
    assert out[0].get("fallback") and "точно не знаю" not in out[0]["text"], out


# -- round 2 of the blind new-user runs (tests/newuser/live) -------------------------------------------

def test_a_request_for_the_code_is_no_request_to_hold():
    # "vaatan järele" is a hold phrase, but the reply asks for the code: the client answers the request
    for text in ("Selge, vaatan meeleldi järele. Palun öelge oma isikukood.",
                 "selge vaatan jarele palun oelge oma isikukood"):
        conv, out = play("refuses-code-et", ["Tere! Sotsiaalkindlustusamet, Kadri kuuleb. Kuidas saan Teid aidata?",
                                             text])
        assert out[0]["text"] != "Jah, ootan." and conv.state["step"] == "id_refuse", out


def test_a_promise_refused_is_no_promise_to_the_client():
    replies = ["Tere! Sotsiaalkindlustusamet, Mari kuuleb. Kuidas saan Teid aidata?",
               "Saan aru, et kiri tuli ootamatult. Palun öelge oma isikukood.",
               "Aitäh, näen otsust. Lapsetoetust makstakse pärast 19-aastaseks saamist ainult seni, kuni laps "
               "õpib. Teie lapse õpingud lõppesid augustis, nii tekkis 160 eurot enammakset. Kas see on arusaadav?"]
    conv, out = play("overpayment-recovery-et", [*replies,
                     "Summat ei pea korraga maksma: saab kokku leppida osamaksed. Kui Te otsusega ei nõustu, saate "
                     "esitada vaide 30 päeva jooksul päevast, mil otsusest teada saite, kuid ma ei saa lubada, et "
                     "nõue tühistatakse."])
    assert "ei maksa midagi" not in out[0]["text"] and conv.state["step"] != "false_hope", out
    assert not conv.state.get("misinformed")
    conv, out = play("overpayment-recovery-et", [*replies, "Summat ei pea korraga maksma, saab kokku leppida "
                     "osamaksed. Aga esitage vaie 30 päeva jooksul – nõue tühistatakse sel juhul kindlasti."])
    assert conv.state["step"] == "false_hope"  # a real promise is still believed


def test_what_the_same_reply_said_is_not_acknowledged_as_said_before():
    replies = ["Tere! Sotsiaalkindlustusamet, Mari kuuleb.", "Mõistan. Kas on küsimusi?", "Mõistan. Kas on küsimusi?"]
    conv, out = play("early-or-later-retirement-et",
                     [*replies, "Teil on kaks võimalust. Töövõime hindamiseks pöörduge Töötukassasse, telefon 15501."])
    # Töötukassa is named for the first time: no "Te juba ütlesite" before "Seda ma ei teadnudki"
    assert "juba ütlesite" not in out[0]["text"] and out[0]["text"].startswith("Seda ma ei teadnudki."), out
    conv, out = play("early-or-later-retirement-et",
                     [replies[0], "Mõistan. Selja pärast võib pöörduda Töötukassasse. Kas on küsimusi?",
                      *replies[2:], "Ma ei oska öelda."])
    # said in an earlier reply (not in the greeting, before the caller said a word: test_client_b30.py): acknowledged,
    # and no "I didn't know that" after it
    assert out[0]["text"].startswith("Jah, Te juba ütlesite.") and "ei teadnudki" not in out[0]["text"], out


def test_a_clarifying_question_without_diacritics_or_punctuation_is_a_question():
    conv, out = play("redirects-pillar-tax-pin-et", ["tere sotsiaalkindlustusamet mari kuulen",
                                                     "votame uks haaval. teine sammas kas kusite kuhu valjamakse "
                                                     "avaldus esitada"])
    assert "Ma ei saanud aru" not in out[0]["text"] and conv.state["step"] == "clarified", out


def test_an_offer_of_help_while_the_clients_question_is_open_is_told_so():
    from trainer.simulation.reactions import asks_anything_else

    conv, out = play("living-alone-chat-et", ["Tere! Sotsiaalkindlustusamet, Liis. Kuidas saan aidata?",
                                              "Kas veel midagi?"])
    # not "Seda ma täpselt ei tea.": the client's own question is open, and it says so as a question
    assert out[0]["text"] == "Aga minu küsimusele Te veel ei vastanud?", out
    assert asks_anything_else("Есть ещё вопросы?", {}, "ru") and asks_anything_else("Что-нибудь ещё?", {}, "ru")
    assert not asks_anything_else("Пенсию выплачивают 5-го числа.", {}, "ru")


def test_amounts_and_advice_given_tersely_are_heard_not_asked_again():
    replies = ["департамент социального страхования ольга здравствуйте чем помочь",
               "поздравляю рождение уже зарегистрировано и пособие на старших получаете вы",
               "ничего подавать не нужно мы сами пришлём предложение в среду самообслуживания вы его только "
               "подтверждаете вход с ид картой мобиил ид или смарт ид"]
    conv, out = play("child-allowance-ru", [*replies,
                     "по 80 евро на первых двух и 100 на третьего плюс пособие многодетной семьи 450 в месяц но оно "
                     "добавляется само только если все детские получает один родитель так что если на старших "
                     "получаете вы подтвердите предложение сами а не муж выплата 8 числа"])
    assert "столько же" not in out[0]["text"] and "муж может" not in out[0]["text"], out
    assert conv.state["step"] == "wrap"


def test_a_client_who_ignores_advice_still_says_goodbye():
    step = LIB.get("child-allowance-ru").step("husband_accepts")
    assert "свидания" in step.lines()[0].say.lower()


def test_a_bare_no_to_going_to_the_office_is_no_yes():
    conv, out = play("child-allowance-ru", ["Здравствуйте. Департамент. Ольга. Вопрос?", "Регистрация?",
                                            "Самообслуживание.", "Нет. Сумма?"])
    assert "приду в бюро" not in out[0]["text"], out


def test_the_question_about_the_decision_is_not_repeated_word_for_word():
    conv, out = play("refuses-code-et", [
        "Tere! Sotsiaalkindlustusamet, Kadri kuuleb. Kuidas saan Teid aidata?",
        "Saan aru, et ootamine teeb murelikuks. Et saaksin Teie avaldust vaadata, palun öelge oma isikukood.",
        "Küsin isikukoodi Teie enda andmete kaitseks: nii olen kindel, et räägin just avalduse esitajaga. "
        "Kas olete nõus selle ütlema?",
        "Aitäh! Näen, et Teie avaldus on meile saabunud 20. novembril. Otsus tehakse 15 tööpäeva jooksul "
        "viimase vajaliku dokumendi saabumisest, kindlat kuupäeva ma lubada ei saa.",
        "Otsus saadetakse Teile ja on nähtav ka iseteeninduses. Kokkuvõtteks: avaldus on kohal alates 20. "
        "novembrist. Kas see vastas Teie küsimusele?"])
    assert "kuidas ma otsusest teada saan" not in out[0]["text"], out


def test_the_neighbour_answers_whether_he_has_a_written_authorisation():
    conv, out = play("neighbour-data-et", ["Tere! Sotsiaalkindlustusamet, Mari kuuleb. Kuidas saan Teid aidata?",
                                           "Väga kena, et naabrit aitate. Kas Ants on andnud Teile kirjaliku "
                                           "volikirja?"])
    assert out[0]["text"].startswith("Ei, volikirja mul ei ole"), out


def test_an_acknowledgement_and_the_next_line_do_not_say_okay_twice():
    conv, out = play("guardian-for-ward-ru", [
        "департамент социального страхования ольга здравствуйте слушаю вас",
        "понимаю речь о выплате этого месяца назовите пожалуйста ваш личный код",
        "спасибо светлана кузнецова верно можно попросить вас подождать минуту я проверю опеку",
        "спасибо за ожидание опека зарегистрирована 5 число было в субботу тогда выплата в течение двух "
        "следующих рабочих дней у сына выплата 7 декабря деньги придут в тот же день"])
    # (batch 19: the spoken name check „спасибо светлана кузнецова верно“ is answered with the hold, so the
    # same-day answer now comes one reply earlier, right after the check)
    assert out[0]["text"].startswith("Значит, сегодня придут. Ну хорошо"), out


def test_the_son_answers_whether_the_death_is_registered():
    conv, out = play("death-report-ru", ["Департамент социального страхования, меня зовут Ольга. Здравствуйте.",
                                         "Примите мои искренние соболезнования. Скажите, пожалуйста, смерть мамы уже "
                                         "зарегистрирована – врач или больница выдали документы?"])
    assert out[0]["text"].startswith("Да, больница всё оформила"), out


def test_no_state_funeral_benefit_and_a_redirect_is_not_heard_as_apply_here():
    replies = ["Департамент социального страхования, меня зовут Ольга. Здравствуйте.",
               "Примите мои соболезнования. Заявление писать не нужно: смерть вносится в регистр народонаселения.",
               "Пенсия за месяц смерти выплачивается, но если деньги пришли после смерти, их потребуют вернуть "
               "через банк, поэтому тратить их нельзя."]
    conv, out = play("death-report-ru", [*replies, "Государственного пособия на похороны, к сожалению, нет. Пособие "
                     "на похороны платит местное самоуправление – волость или город, поэтому обратитесь туда."])
    # (not yet "wrap": the criterion funeral_municipality still reads the denied "государственное пособие на
    # похороны" as its wrong value, a value-finder negation case left to the text analysis)
    assert "подам Вам" not in out[0]["text"] and conv.state["step"] != "wrong_wrap", out
    conv, out = play("death-report-ru", [*replies, "Да, у нас. Департамент выплачивает государственное пособие на "
                     "похороны, 250 евро – заявление можно подать нам в течение месяца."])
    assert conv.state["step"] == "wrong_wrap", out  # the wrong answer is still believed


def test_a_promise_is_echoed_as_a_promise_not_softened():
    replies = ["Здравствуйте! Департамент социального страхования, чат, Ольга. Вы сами работаете в Эстонии?"]
    conv, out = play("family-finland-ru", [*replies, "Полностью из обеих стран нет: в первую очередь платит одна "
                     "страна. Но Финляндия Вам точно доплатит разницу, там пособия больше – это гарантировано."])
    assert "могут доплатить" not in out[0]["text"] and "точно доплатит" in out[0]["text"], out
    assert [m["id"] for m in conv.state["misinformed"]] == ["difference_promise"]
    conv, out = play("family-finland-ru", [*replies, "Полностью из обеих стран нет: в первую очередь платит одна "
                     "страна, а другая может доплатить разницу, если её пособие больше."])
    assert "точно доплатит" not in out[0]["text"] and not conv.state.get("misinformed"), out


def test_a_client_who_asked_her_amount_does_not_confirm_it_as_right():
    conv, out = play("invalid-code-et", ["Tere! Sotsiaalkindlustusamet, Kadri kuuleb. Kuidas saan Teid aidata?",
                                         "Palun öelge oma isikukood.", "Aitäh. Kas saaksite isikukoodi veel kord "
                                         "ette lugeda? Üks number võis segi minna.",
                                         "Aitäh, nüüd on kõik korras. Teie pension on praegu 745,30 eurot kuus."])
    assert "see on õige" not in out[0]["text"] and "summa üles" in out[0]["text"], out


def test_the_daughter_answers_whether_an_office_is_near_her_mother():
    conv, out = play("application-channel-chat-et", [
        "Tere! Sotsiaalkindlustusameti veebivestlus, Kadri. Kas ema on perearstiga juba rääkinud?",
        "Ilma arvutita saab ema taotluse saata posti teel või tuua klienditeenindusse, kaasas isikut tõendav "
        "dokument. Klienditeenindusi on üle Eesti 17, kas ema jaoks oleks mõni lähedal?"])
    assert out[0]["text"].startswith("Jah, ema elab Tartus"), out


def test_an_open_question_about_a_known_fact_gets_no_yes():
    conv, out = play("national-pension-chat-et", ["Tere! Sotsiaalkindlustusameti veebivestlus, Kadri. Kus Teie ema "
                                                  "praegu elab ja kui kaua ta Soomes töötas?"])
    assert out[0]["text"].startswith("Ta elab nüüd jälle eestis"), out
    conv, out = play("national-pension-chat-et", ["Tere! Sotsiaalkindlustusameti veebivestlus, Kadri. Kas ema elab "
                                                  "praegu Eestis?"])
    assert out[0]["text"].startswith("jah, ta elab nüüd jälle eestis"), out


def test_a_closing_question_typed_without_punctuation_is_answered():
    conv, out = play("redirects-pillar-tax-pin-et", [
        "tere sotsiaalkindlustusamet mari kuulen",
        "votame uks haaval. teine sammas kas kusite kuhu valjamakse avaldus esitada",
        "teise samba valjamaksed teeb pensionikeskus pensionikeskus.ee ja teie pank, meie maksame esimest sammast. "
        "pin koodid uued saate ppa-st politsei ja piirivalveamet. iseteenindusse saab ka mobiil-id voi smart-id-ga",
        "tuludeklaratsioon on maksu- ja tolliameti teema emta.ee. pensioni maksuvaba tulu 776 eur kuus arvestame "
        "automaatselt, avaldust pole vaja",
        "kokku teine sammas pensionikeskus pin ppa iseteenindus mobiil-id tuludeklaratsioon mta maksuvaba tulu "
        "automaatselt kas selge"])
    assert out and out[0]["text"] == "Jah, sain aru. Aitäh!" and not conv.finished, out
    conv, out = play("angry-delay-ru", [
        "департамент социального страхования анна слушаю чем помочь",
        "понимаю извините что так долго давайте посмотрю назовите пожалуйста ваш личный код",
        "спасибо галина иванова верно",
        "причина задержки 28 октября мы запросили у вас копию трудовой книжки она к нам не пришла отправьте её "
        "через самообслуживание или принесите в бюро обслуживания",
        "нет не пропадёт заявление подано вовремя пенсию выплатят с дня когда возникло право решение в течение 15 "
        "рабочих дней после того как придёт трудовая книжка точную дату назвать не могу",
        "итак вы отправляете копию трудовой книжки решение в течение 15 рабочих дней после этого пенсия за все "
        "месяцы не пропадёт понятно есть ещё вопросы"])
    assert out and out[0]["text"] == "Нет, больше вопросов нет. Спасибо!", out


def test_a_verbless_but_complete_answer_gets_a_request_for_more_not_a_dissatisfied_goodbye():
    replies = ["tere, kadri sotsiaalkindlustusametist. kas soovite teada oma pensioniiga ja kas saab varem minna?",
               "2027 on pensioniiga 65 a ja 1 kuu (seotud oodatava elueaga), teil seega aprill 2027",
               "varem saab kuni 5 a enne pensioniiga, teil juba praegu. aga pension jaab kogu eluks vaiksemaks"]
    # an elliptical answer to "kuidas seda taotleda?" is an answer: the client takes it and ends as usual
    conv, out = play("pension-age-early-et", [*replies, "taotlus iseteeninduses (id-kaart, mobiil-id, smart-id)"])
    assert conv.state["step"] == "done" and "iseteeninduses" in out[0]["text"], out
    # a bare keyword list gets one request for more, not the dissatisfied goodbye
    conv, out = play("pension-age-early-et", [*replies, "Taotlus. Iseteenindus."])
    assert out[0]["text"] == "Vabandust, kas saaksite seda natuke täpsemalt öelda?" and not conv.state["awaiting_close"]
    out = conv.reply("Taotluse saate esitada iseteeninduses, sisse saab ID-kaardi, mobiil-ID või Smart-ID-ga.")
    assert conv.state["step"] == "done", out
    conv, out = play("pension-age-early-et", [*replies, "taotlus. iseteenindus. id-kaart.",
                                              "taotlus. iseteenindus. id-kaart."])
    assert conv.state["step"] == "done_unsure"  # asked once; a keyword chain again ends as before


def test_a_believed_wrong_answer_does_not_ask_what_the_same_reply_answered():
    conv, out = play("pension-age-early-et", [
        "Tere! Kadri, Sotsiaalkindlustusamet. Kas soovite teada oma pensioniiga ja kas saab varem minna?",
        "2027. aastal on pensioniiga 65 aastat ja 1 kuu, Teie pensioniiga saabub 2027. aasta aprillis.",
        "Ennetähtaegselt saab minna kuni 5 aastat enne pensioniiga, Teil on see võimalus juba olemas.",
        "Esialgu on pension veidi väiksem, aga kui jõuate pensioniikka, arvutatakse see ümber ja edaspidi saate "
        "sama suurt pensioni. Taotluse saab esitada iseteeninduses ID-kaardi, mobiil-ID või Smart-ID-ga."])
    assert "kuidas seda taotleda" not in out[0]["text"] and "hiljem läheb" in out[0]["text"], out
    assert [m["id"] for m in conv.state["misinformed"]] == ["wrong_early"]
    conv, out = play("appeal-refused-ru", [
        "Здравствуйте! Меня зовут Анна, Департамент социального страхования. Вы не согласны с решением об отказе?",
        "Тогда Вы можете подать возражение (vaie). Бланка нет: напишите в свободной форме, почему не согласны, и "
        "приложите копию трудовой книжки. Отправить можно через среду самообслуживания или по почте.",
        "Возражение нужно подать в течение 14 дней с даты решения. Департамент рассматривает возражение по пенсии в "
        "течение 60 дней."])
    assert "сколько будете его рассматривать" not in out[0]["text"] and "мало времени" in out[0]["text"], out


def test_a_believed_promise_is_reacted_to_once_and_the_ending_keeps_it():
    replies = ["Здравствуйте! Департамент социального страхования, чат, Ольга. Вы сами работаете в Эстонии?",
               "Полностью из обеих стран нет: в первую очередь платит одна страна. Но Финляндия Вам точно доплатит "
               "разницу – это гарантировано.",
               "Личный код в чат писать не нужно. Точную сумму узнаете в среде самообслуживания, но разницу Вам "
               "точно доплатят, не волнуйтесь."]
    conv, out = play("family-finland-ru", replies)
    texts = [t["text"] for t in conv.turns if t["role"] == "client"]
    assert sum("гарантированно" in t for t in texts) == 1, texts
    assert "могут доплатить" not in out[0]["text"] and conv.state["step"] == "wrap", out
