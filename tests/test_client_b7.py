"""The client as new users met it in blind batch 7 (tests/newuser/live7/README-k.md, README-l.md, "Client
oddities"; what was fixed and what was left: tests/newuser/live7/README-client.md).

Engine (trainer/simulation/):
1. canned parts joined into one line say an acknowledgement once („Selge, ... Selge, ...“, «Да, ... Да, ...»);
2. a name check answered by a `knows` fact („Kas räägin ...?“ -> „Jah, mina olen.“) gets no second built-in yes;
3. a step skipped because what it asks was said earlier follows its rules as if it was said now (not the
   default for "not answered"), with one acknowledgement per reply;
4. in speech without punctuation, a `knows` question that ends the reply is answered («... вы сейчас в
   безопасности»);
5. in a chat, an offer of the transcript is answered („Soovi korral saadan vestluse ärakirja.“).

Scenario scripts: the lines and signals of the runs named in the README files.
"""

from datetime import date
from pathlib import Path

from client_support import play_client

from trainer.simulation.client_line import without_repeated_acks
from trainer.simulation.library import Library

ROOT = Path(__file__).parent.parent
LIB = Library.load(ROOT)
DAY = date(2026, 12, 7)


def play(sid, replies):
    """All client text after the last reply, and the conversation."""
    return play_client(LIB, LIB.get(sid), replies, DAY)


def client_text(conv):
    return " ".join(t["text"] for t in conv.turns if t["role"] == "client")


# -- 1. one acknowledgement when canned parts are joined -------------------------------------------------

def test_et_a_repeated_opening_acknowledgement_is_said_once():
    assert without_repeated_acks(["Selge, tõendiga lähen siis ettevõttesse.", "Selge, osa maksan ise."]) == \
        ["Selge, tõendiga lähen siis ettevõttesse.", "Osa maksan ise."]


def test_ru_a_repeated_yes_is_said_once_and_other_openings_stay():
    assert without_repeated_acks(["Да, это я.", "Да, пенсию получаю."]) == ["Да, это я.", "Пенсию получаю."]
    # must not: different openings, a line that is nothing but the word, a name that looks like none
    assert without_repeated_acks(["Да, это я.", "Понятно, спасибо."]) == ["Да, это я.", "Понятно, спасибо."]
    assert without_repeated_acks(["Jah.", "Jah."]) == ["Jah.", "Jah."]
    assert without_repeated_acks(["Mari, tere.", "Mari, tere."]) == ["Mari, tere.", "Mari, tere."]


ASSIST = "assistive-device-rehab-et"
ASSIST_START = [
    "Tere! Sotsiaalkindlustusamet, Liis kuuleb. Millega saan Teile abiks olla?",
    "Mõistan. Täpsustan: kas rulaator on Teile endale ja kas arst on abivahendi vajaduse tõendi juba välja kirjutanud?",
]


def test_et_the_walker_path_in_other_words_is_not_asked_again():
    # live7 wrong_fact: "abivahendi vajaduse tõend" + "ettevõttesse, millel on meie ametiga leping" -> it re-asked
    text, _ = play(ASSIST, [*ASSIST_START,
                            "See paber on abivahendi vajaduse tõend – arst kirjutab selle. Kui tõend on käes, minge "
                            "ettevõttesse, millel on meie ametiga leping. Osa hinnast tasub riik, osa Teie ise."])
    assert "küsisin lihtsalt" not in text
    assert text.count("Selge") == 1 and "osa maksan ise" in text.lower()


def test_et_where_to_go_with_the_paper_answers_what_he_asked():
    text, _ = play(ASSIST, [*ASSIST_START, "sellega lähete ettevõttesse kellel on ametiga leping"])
    assert "küsisin lihtsalt" not in text


def test_et_a_reply_without_the_path_still_gets_the_question_again():
    text, _ = play(ASSIST, [*ASSIST_START, "Arst teab paremini, mis Teile sobib."])
    assert "küsisin lihtsalt: kust ma selle rulaatori saan?" in text     # must-not side: nothing was answered


# -- 2. a name check answered by a fact gets one yes ---------------------------------------------------

OVERPAY = "overpayment-recovery-et"


def test_et_a_name_check_answered_by_a_fact_gets_one_yes():
    _, conv = play(OVERPAY, ["Tere! Sotsiaalkindlustusamet, Kadri kuuleb.", "Palun öelge oma isikukood.",
                             "Aitäh. Kas räägin Kadi Tammega?"])
    text = client_text(conv)
    assert text.count("mina olen") + text.count("see olen mina") == 1


# -- 3. a step whose question was answered earlier follows as answered -----------------------------------

ALONE = "pensioner-alone-ru"
ALONE_TO_CODE = [
    "здравствуйте департамент социального страхования кадри слушаю",
    "сочувствую давайте проверим вы про 200 евро одиноко проживающему да назовите пожалуйста личный код",
    "спасибо тамара смирнова верно минутку посмотрю",
]


def test_ru_the_register_condition_alone_does_not_put_the_son_in_her_mouth_as_said():
    text, _ = play(ALONE, [*ALONE_TO_CODE, "смотрите пособие дают тем кто по регистру народонаселения живет один "
                                           "весь период с 1 апреля по 30 сентября понятно пока"])
    assert not text.startswith("Андрей...")            # the son was not named: she thinks of him herself
    assert "сын" in text


def test_ru_an_answered_what_now_does_not_end_in_nothing_is_clear():
    _, conv = play(ALONE, [*ALONE_TO_CODE,
                           "по регистру народонаселения по вашему адресу записан сын андрей поэтому вы живете не одна",
                           "сыну нужно сменить адрес до 1 апреля тогда в следующем году пособие придет автоматически"])
    last = [t["text"] for t in conv.turns if t["role"] == "client"][-1]
    assert "Ничего не понятно" not in last and "Вы уже сказали" not in last


def test_ru_the_question_where_the_son_lives_is_answered():
    text, _ = play(ALONE, ["Здравствуйте! Департамент социального страхования, Кадри.",
                           "Назовите, пожалуйста, Ваш личный код.", "Спасибо. Вы Тамара Смирнова?",
                           "По регистру по Вашему адресу записан ещё сын. Скажите, сын сейчас живёт у Вас или в "
                           "другом месте?"])
    assert "Финляндии" in text


def test_ru_a_question_not_about_the_son_gets_no_son_answer():
    text, _ = play(ALONE, ["Здравствуйте! Департамент социального страхования, Кадри.",
                           "Назовите, пожалуйста, Ваш личный код.", "Спасибо. Вы Тамара Смирнова?",
                           "Пособие платят автоматически. Вы получаете пенсию по старости?"])
    assert "Финляндии" not in text


# -- 4. a question by intonation at the end of unpunctuated speech ---------------------------------------

VICTIM = "victim-support-ru"


def test_ru_the_safety_question_at_the_end_of_speech_is_answered():
    text, _ = play(VICTIM, ["здравствуйте департамент социального страхования кадри слушаю",
                            "мне очень жаль что так случилось подробности рассказывать не нужно вы сейчас в безопасности"])
    assert "я дома" in text


def test_ru_safety_words_mid_speech_without_a_question_get_no_answer():
    text, _ = play(VICTIM, ["здравствуйте департамент социального страхования кадри слушаю",
                            "мне очень жаль что так случилось",
                            "главное что вы сейчас в безопасности и мы вам поможем помощь жертвам это услуга нашего "
                            "департамента"])
    assert "я дома" not in text


def test_et_a_not_friday_said_is_not_asked_as_friday_again():
    text, _ = play("indexation-day-et", [
        "tere sotsiaalkindlustusamet kadri kuuleb kuidas saan aidata",
        "saan aru tous kehtib 1 aprillist aga raha tuleb aprilli pensioniga palun oelge isikukood",
        "aitah helju kask eks igauhe tous oleneb tema pensionist teie pension on aprillist 702,35 eurot",
        "jah aprilli pensioniga pension makstakse 5ndal aga seekord on 5 puhapaev siis makstakse jargmise kahe "
        "toopaeva jooksul reedel enam ei maksta see oli vana reegel kuni 2024 lopuni"])
    assert "reedel?" not in text


# -- 5. the chat transcript offer ------------------------------------------------------------------------

CHAT = "health-insurance-redirect-chat-et"
CHAT_REPLIES = [
    "Tere! Olen Kadri Sotsiaalkindlustusametist. Saan aru, et arsti juurde on vaja minna. Millal Teie töösuhe lõppes?",
    "Ravikindlustus ei ole kahjuks Sotsiaalkindlustusameti teema. Sellega tegeleb Tervisekassa, telefon 669 6630.",
    "Jah, aitab. Kui registreerite end Töötukassas töötuks, tekib Teile ravikindlustus töötuna arveloleku 31. päevast. "
    "Töötukassa infotelefon on 15501.",
]


def test_et_a_transcript_offer_in_a_chat_is_answered():
    text, _ = play(CHAT, [*CHAT_REPLIES, "Kokkuvõtteks: ravikindlustuse küsimustes aitab Tervisekassa, töötuna "
                                         "registreerimine Töötukassas annab uue ravikindlustuse. Kas see vastas Teie "
                                         "küsimusele? Soovi korral saadan Teile vestluse ärakirja."])
    assert "Ärakiri oleks hea" in text


def test_et_the_word_transcript_in_a_keyword_list_is_no_offer():
    text, _ = play(CHAT, [*CHAT_REPLIES, "Märksõnad: Tervisekassa, Töötukassa, kokkuvõte, ärakiri."])
    assert "Ärakiri" not in text


def test_ru_a_transcript_offer_on_the_phone_is_not_answered_as_a_chat():
    text, _ = play(VICTIM, ["Здравствуйте! Департамент социального страхования, Кадри. Чем могу помочь?",
                            "Мне очень жаль. Вы сейчас в безопасности? Если хотите, могу прислать копию переписки."])
    assert "Копию пришлите" not in text
