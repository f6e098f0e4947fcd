"""The client as new users met it in blind batch 8 (tests/newuser/live8/README-m.md, README-n.md, README-o.md,
"Client oddities"; what was fixed and what was left: tests/newuser/live8/README-client.md).

Engine (trainer/simulation/):
1. a name check is heard also where the scorer finds no act in it (no verb: „aitäh. Maie Kuusk?“, «спасибо.
   вера ермакова?»), in an Estonian case form the phrase matcher misses („Andrus Sanderiga“), said as a
   request („kinnitage palun et olete Maie Kuusk“), and a request for the name at the end of unpunctuated
   speech («спасибо и ваше имя фамилия») is answered;
2. `dialogue.hears`: the client's own ear (signals for the dialogue only, not the scorer's), used by the
   scripts below.

Scenario scripts: the lines of the runs named in the README files.
"""

from datetime import date
from pathlib import Path

from client_support import play_client

from trainer.simulation.dialogue import Conversation
from trainer.simulation.library import Library

ROOT = Path(__file__).parent.parent
LIB = Library.load(ROOT)
DAY = date(2026, 12, 7)


def play(sid, replies, seed=1):
    """All client text after the last reply, and the conversation."""
    return play_client(LIB, LIB.get(sid), replies, DAY, seed)


# -- 1. name checks and requests the client hears ------------------------------------------------------

TAX = "pension-indexation-tax-et"
TAX_CODE = ["Tere! Sotsiaalkindlustusamet, Margarita kuuleb.",
            "Saan aru, et see tundub ebaõiglane. Vaatame üle – palun öelge oma isikukood."]


def test_et_name_check_without_a_verb_is_answered():
    said, _ = play(TAX, [*TAX_CODE, "aitah. maie kuusk?"])  # live8 n, terse_good
    assert said.startswith("Jah, olen."), said


def test_et_name_check_as_a_request_is_answered():
    said, _ = play(TAX, [*TAX_CODE, "kohe selgitan, aga kinnitage palun et olete maie kuusk"])
    assert said.startswith("Jah, olen."), said
    # must not: a request to confirm something else, or a name in a statement
    said, _ = play(TAX, [*TAX_CODE, "Aitäh. Kinnitage palun, et olete pensionär."])
    assert "Jah, olen" not in said, said
    said, _ = play(TAX, [*TAX_CODE, "Aitäh. Maie Kuusk, Teie pension tõusis protsentides."])
    assert "Jah, olen" not in said, said


SYSDOWN = "system-down-callback-et"
SYSDOWN_CODE = ["Tere! Sotsiaalkindlustusamet, Rein kuuleb. Kuidas saan Teid aidata?",
                "Vaatan meeleldi järele. Palun öelge kõigepealt oma isikukood."]


def test_et_name_check_in_a_case_form_is_answered():
    # live8 o, good: „Kas ma räägin Andrus Sanderiga?“ (the persona of seed 1 is Andrus Sander)
    said, conv = play(SYSDOWN, [*SYSDOWN_CODE, "Aitäh. Kas ma räägin Andrus Sanderiga? Kas võin Teid hetkeks "
                                                 "ootele panna, kuni avan taotluse?"])
    assert conv.persona.full_name == "Andrus Sander"
    assert said.startswith("Jah, see olen mina."), said
    # must not: the surname inside another word of the question („Sandermanni pood“ is no case form)
    said, _ = play(SYSDOWN, [*SYSDOWN_CODE, "Aitäh. Kas Te elate Sandermannide majas?"])
    assert "see olen mina" not in said, said


SWITCH = "language-switch-ru"
SWITCH_CODE = ["tere, sotsiaalkindlustusamet, margarita kuuleb",
               "можем говорить по-русски, если вам удобнее. вопрос про апрельское повышение пенсии?",
               "проверю. ваш личный код пожалуйста"]


def test_ru_name_check_without_a_verb_is_answered():
    said, _ = play(SWITCH, [*SWITCH_CODE, "спасибо. вера ермакова?"])  # live8 n, terse_good
    assert said.startswith("Да, это я."), said


ABUSE = "abusive-caller-ru"
ABUSE_CODE = ["здравствуйте департамент социального страхования маргарита слушаю чем могу помочь",
              "понимаю вы звоните третий раз и долго ждали извините за ожидание переключить на начальника я не "
              "могу но руководитель группы может вам перезвонить назовите пожалуйста ваш личный код",
              "в таком тоне я не могу продолжать разговор если оскорбления продолжатся я завершу звонок я хочу "
              "помочь руководитель группы перезвонит вам назовите личный код пожалуйста",
              "руководитель группы перезвонит в течение двух рабочих дней я зарегистрирую просьбу чтобы он знал "
              "о чем речь назовите пожалуйста личный код"]


def test_ru_name_request_at_the_end_of_unpunctuated_speech_is_answered():
    said, _ = play(ABUSE, [*ABUSE_CODE, "спасибо и ваше имя фамилия"])  # live8 n, terse_good
    assert "Виктор Смирнов" in said, said


def test_ru_no_name_request_in_other_unpunctuated_speech():
    # must not: the account in the client's name, the code, a name request in the middle of speech
    for text in ["спасибо деньги придут на счёт на ваше имя", "спасибо и ваш личный код",
                 "ваше имя я записала руководитель перезвонит"]:
        said, _ = play(ABUSE, [*ABUSE_CODE, text])
        assert "Виктор Смирнов" not in said and "Меня зовут" not in said, (text, said)


def test_et_bare_name_request_is_answered_with_the_name():
    said, _ = play("guardian-for-ward-et", ["Tere!", "Isikukood?", "Nimi?"])  # live8 o, gaming
    assert "Tiina Lepp" in said, said


def test_ru_name_request_after_the_last_line_is_answered():
    # the code leads to the end step; the name asked after it is still answered (live8 n, terse_good)
    conv = Conversation.start(LIB.get(ABUSE), LIB, seed=1, today=DAY)
    for text in [*ABUSE_CODE[:3], "в течение двух рабочих дней а ваш личный код пожалуйста",
                 "спасибо просьбу зарегистрировала"]:
        conv.reply(text)
    assert conv.state["awaiting_close"], conv.turns[-1]
    said = conv.reply("спасибо и ваше имя фамилия")
    assert said and "Виктор Смирнов" in said[0]["text"], said
    assert not conv.finished


# -- 2. the client's own ear (`dialogue.hears`) ---------------------------------------------------------

def test_hears_is_the_clients_ear_only():
    sc = LIB.get("guardian-for-ward-et")
    assert "missing_said" in sc.dialogue.hears
    assert "missing_said" not in LIB.concepts_for(sc)  # the scorer never reads it
    assert "missing_said" not in sc.signals


GUARD = "guardian-for-ward-et"
GUARD_HOLD = ["tere, sotsiaalkindlustusamet, rein kuuleb", "Selge. Kõigepealt Teie enda isikukood palun.",
              "Tiina Lepp? Panen hetkeks ootele, kontrollin eestkostet, sobib?"]


def test_et_ruling_missing_in_other_words_is_heard():
    for text in ["Aitäh ootamast. Eestkoste kohtumäärust meil veel pole. Enne seda ma venna andmeid öelda ei saa.",
                 "Aitäh ootamast. Eestkoste kohtumäärust meie süsteemis veel ei ole, nii et andmeid ma öelda ei saa."]:
        said, _ = play(GUARD, [*GUARD_HOLD, text])  # live8 o, terse_good and wrong_fact
        assert said.startswith("Kuidas ei ole?"), (text, said)
    # must not: a question about the ruling, or the ruling said to be there
    for text in ["Aitäh ootamast. Kas kohtumäärus on Teil paberil olemas?", "Aitäh ootamast. Määrus on meil olemas."]:
        said, _ = play(GUARD, [*GUARD_HOLD, text])
        assert "Kuidas ei ole" not in said, (text, said)


def test_et_hold_with_name_check_gets_both_answers():
    said, _ = play(GUARD, GUARD_HOLD)  # live8 o, terse_good: „Jah, ootan.“ only
    # the bare name read back („Tiina Lepp?“) is a name check the scorer keeps (b43fix: no keyword), so the step's own
    # line for a hold and a confirmed name answers both; before, the client's ear added „see olen mina“ to „Jah, ootan.“
    assert said == "Jah, Tiina Lepp. Muidugi, ootan.", said


def test_ru_time_frame_answers_when_the_manager_calls_back():
    said, _ = play(ABUSE, [*ABUSE_CODE[:3], "в течение двух рабочих дней а ваш личный код пожалуйста"])
    assert "когда перезвонит" not in said and "35604268670" in said, said  # live8 n, terse_good
    # must not: a callback without a time is no answer to «А когда?»
    said, _ = play(ABUSE, [*ABUSE_CODE[:3], "руководитель перезвонит а ваш личный код пожалуйста"])
    assert "когда перезвонит" in said, said


APPEAL = "appeal-refused-ru"
APPEAL_START = ["здравствуйте, рейн, департамент соцстрахования. вы про решение об отказе в досрочной пенсии по старости?",
                "понятно. пишите возражение (vaie) в свободной форме: с каким решением не согласны и почему + трудовая "
                "книжка (оригинал или нотар. копия)"]


def test_ru_a_fragment_naming_the_channels_is_asked_about_not_reasked():
    said, _ = play(APPEAL, [*APPEAL_START, "самообслуживание (id-карта, mobiil-id, smart-id), e-mail с цифровой "
                                           "подписью, почтой или в бюро обслуживания с документом"])
    # live8 o, terse_good: «и куда его?» after the channels. The channels first in a verbless reply answer
    # «куда ...?» (acts.answers_where), so the client goes on to its next question; before that scorer
    # change it asked «можно чуть подробнее?»: either way it does not re-ask where
    assert "куда" not in said and ("подробнее" in said or "сроки" in said), said
    # must not: a fragment about something else still gets the step's own question
    said, _ = play(APPEAL, [*APPEAL_START, "трудовая книжка, оригинал"])
    assert "куда" in said, said


def test_ru_a_processing_time_given_is_not_asked_again():
    said, _ = play(APPEAL, [
        "Здравствуйте! Уточните, пожалуйста: Вы не согласны с решением об отказе в досрочной пенсии?",
        "Понятно. Пишется возражение в свободной форме: с каким решением не согласны и почему, приложите трудовую.",
        "Через среду самообслуживания, по e-mail с цифровой подписью, по почте или лично в бюро обслуживания.",
        "Подать нужно в течение 30 дней с того дня, как Вы узнали о решении. Рассмотрит Департамент Ваше возражение "
        "в течение 30 дней."])  # live8 o, wrong_fact
    assert "сколько будете" not in said, said
    said, _ = play(APPEAL, [
        "Здравствуйте! Уточните, пожалуйста: Вы не согласны с решением об отказе в досрочной пенсии?",
        "Понятно. Пишется возражение в свободной форме: с каким решением не согласны и почему, приложите трудовую.",
        "Через среду самообслуживания, по e-mail с цифровой подписью, по почте или лично в бюро обслуживания.",
        "Подать нужно в течение 30 дней с того дня, как Вы узнали о решении."])
    assert "сколько будете" in said, said  # must not: only the filing deadline said


# -- scripts and endings --------------------------------------------------------------------------------

MOVE = "moving-abroad-account-et"
MOVE_START = ["Tere! Sotsiaalkindlustusamet, Rein kuuleb. Kuidas saan Teid aidata?",
              "Enne kui vastan: kas kolite Soome alaliselt ja millist pensioni Te praegu saate?",
              "Palun ärge öelge numbrit telefonis – kontonumbrit me telefoni teel vastu ei võta, sest helistajat ei "
              "saa kindlalt tuvastada. Uue konto ja Soome aadressi saate teatada iseteeninduses."]


def test_et_no_yearly_certificate_summed_up_after_no_proof_needed():
    said, _ = play(MOVE, [*MOVE_START, "Jah, vanaduspension makstakse Teile Soome edasi. Ja kuna Soome on ELis, ei "
                                       "pea Te meile elusolekutõendit saatma."])  # live8 o, wrong_fact
    assert "kord aastas" not in said and "tõendit polegi vaja" in said, said


def test_et_thanks_for_the_call_ends_the_call_after_the_last_line():
    _, conv = play(MOVE, [*MOVE_START, "Vanaduspension makstakse Soome edasi ja kord aastas saadate elusolekutõendi."])
    assert conv.state["awaiting_close"] and not conv.finished
    said = conv.reply("Kokkuvõtteks: konto kirjalikult, pension tuleb Soome. Kas see vastas Teie küsimustele? Aitäh, "
                      "et helistasite, ja head kolimist!")  # live8 o, good: needed a second goodbye
    assert said and said[0]["text"].startswith("Jah"), said
    assert conv.finished
    # must not: a thanks for waiting, or a thanks with a question after it, is no closing
    _, conv = play(MOVE, [*MOVE_START, "Vanaduspension makstakse Soome edasi ja kord aastas saadate elusolekutõendi."])
    conv.reply("Aitäh, et ootasite. Kas Teil on veel küsimusi?")
    assert not conv.finished


def test_et_the_same_answer_twice_is_not_said_word_for_word():
    replies = ["Tere! Sotsiaalkindlustusamet, Margarita kuuleb.",
               "Saan aru, et see on Teile oluline. Kas ma sain õigesti aru, et küsite, miks naaber sai rohkem?",
               "Saan aru, et see on Teile oluline. Kas ma sain õigesti aru, et küsite, kas Teie tõus on õige?",
               "Saan aru, et see on Teile oluline. Kas ma sain õigesti aru, et küsite tõusu ja maksu kohta?"]
    _, conv = play(TAX, replies)  # live8 n, gaming
    lines = [t["text"] for t in conv.turns if t["role"] == "client"]
    assert lines[-1] != lines[-2] and lines[-1].startswith("Ma juba ütlesin"), lines[-2:]


def test_ru_letter_question_is_answered():
    said, _ = play("angry-delay-ru", [
        "Здравствуйте! Департамент социального страхования, меня зовут Рейн. Чем могу помочь?",
        "Приношу извинения, что Вам пришлось звонить уже третий раз, я понимаю, как это неприятно. Назовите, "
        "пожалуйста, Ваш личный код.",
        "Спасибо. Я говорю с Галиной Ивановой?",
        "Спасибо. 28 октября Департамент запросил у Вас копию трудовой книжки. Вам это письмо приходило?"])
    assert said.startswith("Никакого письма я не видела!"), said  # live8 o, good


def test_et_id_means_question_and_reread_request_are_heard():
    start = ["Tere! Sotsiaalkindlustusamet, Kertu kuuleb.", "Aitan hea meelega. Palun öelge oma isikukood."]
    said, _ = play("invalid-code-et", [*start, "Aitäh. See kood ei läbi meie kontrolli. Kas saaksite palun veel kord "
                                                "üle vaadata ja ette lugeda?"])  # live8 m, wrong_fact
    assert "Seda ma täpselt ei tea" not in said and "45104122748" in said, said
    said, _ = play("invalid-code-et", [*start, "Aitäh. Kas saaksite palun isikukoodi veel kord ette lugeda?",
                                       "Aitäh, nüüd korras. Teie pension on 745,30 eurot kuus. Tõendi saate "
                                       "iseteenindusest, sinna saab ID-kaardi, mobiil-ID või Smart-ID-ga. Kas Teil "
                                       "on mõni neist olemas?"])  # live8 m, good
    assert said.startswith("ID-kaart on olemas"), said


def test_et_told_where_to_apply_is_not_i_dont_know_where():
    start = ["Tere, siin Kertu. Mõistan Teie pahameelt. Isikukoodi ma avatud vestluses kasutada ei saa, nii et palun "
             "ärge seda siia rohkem kirjutage – räägin tingimustest üldiselt.",
             "Pole midagi! Üksi elava pensionäri toetus on 200 eurot aastas ja see makstakse oktoobris, kuid "
             "automaatselt seda ei tule: toetust tuleb igal aastal ise iseteeninduses taotleda hiljemalt 30. "
             "septembriks. Lisaks peate 1. aprillist 30. septembrini elama rahvastikuregistri järgi üksi ja neto "
             "pension peab olema alla 1,2-kordse keskmise vanaduspensioni. Kas Te esitasite taotluse?"]
    said, _ = play("living-alone-chat-et", [*start, "Jah, taotluse saate esitada iseteeninduses, sinna saab sisse "
                                                    "ID-kaardi, mobiil-ID või Smart-ID-ga."])
    assert "ma ei tea kust" not in said and "iseteenindus" in said, said  # live8 m, wrong_fact
    said, _ = play("living-alone-chat-et", [*start, "Seda ma ei tea."])  # must not: nothing said about where
    assert "iseteenindus siis" not in said, said


def test_et_other_income_question_is_answered():
    import yaml
    run = yaml.safe_load((ROOT / "tests/newuser/live8/redirects-pillar-tax-pin-et.yaml").read_text(encoding="utf-8"))
    answers = run["runs"][0]["answers"]  # live8 o, good: „Kas Teil on peale pensioni ka mõnda muud tulu?“
    assert "muud tulu" in answers[3]
    said, _ = play("redirects-pillar-tax-pin-et", answers[:4])
    assert said.startswith("Ei, muud tulu ei ole"), said
    # must not: the income named in a statement is no question to answer
    said, _ = play("redirects-pillar-tax-pin-et", [*answers[:3], "Tuludeklaratsiooni küsimustega tegeleb Maksu- ja "
                                                                "Tolliamet. Muud tulu ma siin ei näe."])
    assert "muud tulu ei ole" not in said, said
