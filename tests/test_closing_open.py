"""A goodbye while the client's question is still open is no polite closing (issue 9, criterion "closing").

Own dialogues: a client who says the agent did not answer ("see ei vastanud mu küsimusele", «вы не ответили»)
leaves the question open even without a question mark; a last reply that only repeats what the agent said
before does not answer the client's new question. Near misses: a thanks after a real answer, a client who
says they were answered.
"""

from scoring_support import verdicts

GREET_ET = ("agent", "Tere! Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?")
GREET_RU = ("agent", "Здравствуйте! Департамент социального страхования, Ольга. Чем могу помочь?")


def closing(lang, turns, channel="chat"):
    return verdicts(lang, turns, channel=channel)["closing"]


def test_a_client_who_says_the_question_was_not_answered_leaves_it_open_et():
    assert closing("et", [
        GREET_ET,
        ("client", "Kas mu mees saab vanemahüvitise ülejäänud päevad võtta?"),
        ("agent", "Isa vanemahüvitis on 30 päeva ja seda saab võtta osade kaupa."),
        ("client", "See ei vastanud mu küsimusele. Küsisin jagatava osa kohta."),
        ("agent", "Aitäh, et pöördusite! Kõike head!"),
    ]) == "fail"


def test_a_client_who_says_the_question_was_not_answered_leaves_it_open_ru():
    assert closing("ru", [
        GREET_RU,
        ("client", "Сколько дней у меня есть на подачу ходатайства?"),
        ("agent", "Ходатайство подаётся через среду самообслуживания или в бюро обслуживания."),
        ("client", "Вы так и не ответили. Срок какой"),
        ("agent", "Спасибо за обращение! Всего доброго!"),
    ]) == "fail"


def test_a_client_who_was_answered_gets_a_closing():
    assert closing("et", [
        GREET_ET,
        ("client", "Kas mu mees saab vanemahüvitise ülejäänud päevad võtta?"),
        ("agent", "Jah, jagatava vanemahüvitise ülejäänud päevad saab võtta isa."),
        ("client", "Selge, see vastas mu küsimusele."),
        ("agent", "Aitäh, et pöördusite! Kõike head!"),
    ]) == "pass"


def test_repeating_the_earlier_answer_does_not_answer_a_new_question():
    assert closing("ru", [
        GREET_RU,
        ("client", "Как мне получить справку о размере пенсии для банка?"),
        ("agent", "Справку о размере пенсии можно заказать в среде самообслуживания, она придёт на электронную почту."),
        ("client", "А сколько ждать справку?"),
        ("agent", "Итак: справку о размере пенсии заказываете в среде самообслуживания, она придёт на электронную "
                  "почту. Всего доброго!"),
    ]) == "fail"


def test_a_new_statement_answers_the_new_question():
    assert closing("ru", [
        GREET_RU,
        ("client", "Как мне получить справку о размере пенсии для банка?"),
        ("agent", "Справку о размере пенсии можно заказать в среде самообслуживания, она придёт на электронную почту."),
        ("client", "А сколько ждать справку?"),
        ("agent", "Обычно её готовят в течение одного рабочего дня. Спасибо за обращение, всего доброго!"),
    ]) == "pass"


# -- a goodbye pasted at the end of every reply is a macro, not a closing (blind round 4, after its replays) ----

MACRO = "Kas see vastas Teie küsimusele? Aitäh, et pöördusite! Kõike head!"


def _chat(replies_and_client):
    return [("agent" if k % 2 == 0 else "client", t) for k, t in enumerate(replies_and_client)]


def test_the_same_goodbye_ending_every_reply_is_no_closing():
    turns = _chat([
        "Tere! Sotsiaalkindlustusamet, Kertu. Sünnitoetus on 320 eurot. " + MACRO,
        "aga mu kysimus on muu: laps syndis soomes, kust me synnitoetuse saame?",
        "Sünnitoetus makstakse Eestist, kui pere elab Eestis. " + MACRO,
        "aga mees tootab soomes, kas see ei muuda midagi?",
        "Kui üks vanem töötab Soomes, maksab esmajärjekorras Soome. " + MACRO,
        "no hea küll, ma helistan parem.",
        "Aitäh, et pöördusite! Kõike head!",
    ])
    assert verdicts("et", turns, channel="chat")["closing"] == "fail"


def test_one_early_goodbye_then_a_real_closing_passes():
    turns = _chat([
        "Tere! Sotsiaalkindlustusamet, Kertu. Kuidas saan aidata?",
        "kust me synnitoetuse saame, laps syndis soomes?",
        "Sünnitoetus makstakse Eestist, kui pere elab Eestis. Kas saan veel aidata? Kõike head!",
        "jah, veel üks asi: kas lapsetoetust peab taotlema?",
        "Lapsetoetust ei pea taotlema: iseteenindusse tuleb pakkumine, mille kinnitate. Kas see on selge?",
        "jah, selge, aitäh",
        "Aitäh, et pöördusite! Kõike head!",
    ])
    assert verdicts("et", turns, channel="chat")["closing"] == "pass"


def test_a_goodbye_repeated_word_for_word_says_why_it_is_no_closing():
    from scoring_support import RUBRIC, SETTINGS

    from trainer.scoring.score import score_transcript
    from trainer.scoring.transcript import Context, Transcript, Turn

    turns = _chat([
        "Здравствуйте, Департамент социального страхования, Ирина. Спасибо за обращение, всего доброго!",
        "это что? вы мне ответите, за что переплата?",
        "Переплата возникла из-за пересчёта. Спасибо за обращение, всего доброго!",
        "а почему мне не сообщили раньше?",
        "Спасибо за обращение, всего доброго!",
    ])
    transcript = Transcript(language="ru", channel="chat", context=Context(),
                            turns=[Turn(role=r, text=t) for r, t in turns])
    closing = next(c for c in score_transcript(transcript, RUBRIC, SETTINGS)["criteria"] if c["id"] == "closing")
    assert closing["result"] == "fail" and closing["reason"] == "repeated_goodbye"
    assert "всего доброго" in closing["feedback"]


def test_a_keyword_chain_ending_in_thanks_is_no_repeated_goodbye():
    from scoring_support import RUBRIC, SETTINGS

    from trainer.scoring.score import score_transcript
    from trainer.scoring.transcript import Context, Transcript, Turn

    turns = [("client", "tere, kas lapsetoetust peab eraldi taotlema?"),
             ("agent", "Tere, Sotsiaalkindlustusamet, Mari. Kuidas saan aidata?"),
             ("client", "kas peab taotlema voi mitte?"),
             ("agent", "Lapsetoetus. Iseteenindus. Pakkumine. 8. kuupäev."),
             ("client", "ma ei saa aru"),
             ("agent", "Kokkuvõtteks: lapsetoetus, iseteenindus. Aitäh, head päeva!")]
    transcript = Transcript(language="et", channel="chat", context=Context(),
                            turns=[Turn(role=r, text=t) for r, t in turns])
    closing = next(c for c in score_transcript(transcript, RUBRIC, SETTINGS)["criteria"] if c["id"] == "closing")
    assert closing["result"] == "fail" and closing.get("reason") != "repeated_goodbye"
