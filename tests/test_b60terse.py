"""New-user batch 60 (live60): terse good runs that failed and greetings missed, fixed in general, on sentences written
for these tests (not copied from the runs).

1. Clipped words of chat shorthand «одиноко прожив. пенсионеру», «соцработник нарвской гор. управы» are read in full
   (with the stop, inside a sentence), so the sentence is not cut at the stop and read as keywords.
2. A recap announced by a cue and run on into the transcript's offer in one lower-case line («итог: жильё – управа,
   200 € – от нас в окт. прислать копию чата?») is a recap: the offer is the only question in it. The offer alone, or
   a "recap" of points never said, is none.
3. A yes and where to turn, spoken without a verb or a stop, answers the client's polar question «А помощь с деньгами
   можно какую-нибудь получить?» («да через социального работника вашей волостной управы ...»); a yes padded with
   topics or cue words stays a keyword chain. «какую-нибудь», «что-то» are no wh-words.
4. The chat's introductions "Teiega suhtleb Kadri", "Teiega vestleb Mari", «с Вами общается Анна» give the agent's own
   name; "Teiega suhtleb ka arst", another person later, or the client's name do not. «Департамент соцстрахования,
   Анна. Слушаю Вас.» has the institution and the name but no greeting word: it stays a miss of the greeting alone.
"""

from __future__ import annotations

import pytest
from scoring_support import RUBRIC, SETTINGS, verdicts

from trainer.scoring.off_matter import before_transcript_offer
from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import Context, Transcript, Turn
from trainer.text.abbreviations import expand_abbreviations
from trainer.text.confirm import _WH, confirms_direction

# -- 1. clipped words ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, full", [
    ("надбавка одиноко прожив. пенсионеру придёт сама", "одиноко проживающему пенсионеру"),
    ("обратитесь к соцработнику нарвской гор. управы", "нарвской городской управы"),
])
def test_clipped_words_are_read_in_full(text, full):
    assert full in expand_abbreviations(text)


@pytest.mark.parametrize("text", [
    "В Альпах много гор. Мы там были летом.",
    "вокруг много гор и озёр",
    "Он давно тут прожив.",  # at the end of the text the stop ends a sentence: no clipped word
])
def test_other_words_stay(text):
    assert expand_abbreviations(text) == text


# -- 2. a recap run on into the transcript offer ------------------------------------------------------------------------

RU_CHAT = [
    ("client", "здравствуйте, я пенсионер, живу один в нарве. за квартиру платить нечем, долги. есть какое-то пособие?"),
    ("agent", "здравствуйте, Департамент соцстрахования, Ирина. вам нужна помощь именно с оплатой жилья?"),
    ("client", "да, долг уже за три месяца, пенсия маленькая"),
    ("agent", "понимаю. жильё – не к нам, но поможет соцработник нарвской гор. управы, там пособие по прожит. минимуму"),
    ("client", "ясно, спасибо, схожу туда"),
]


def _chat(last: str, tail: tuple = (("client", "да, пришлите"), ("agent", "отправила. всего доброго!"))) -> dict:
    turns = [*RU_CHAT, ("agent", last), *tail]
    return verdicts("ru", turns, channel="chat")


def test_terse_chat_answer_and_recap_with_offer():
    result = _chat("и от нас: надбавка одиноко прожив. пенсионеру 200 € раз в год, в октябре, заявление подавать не "
                   "нужно. итог: жильё – управа, 200 € – от нас в окт. прислать копию чата?")
    assert result["real_answers"] == "pass"
    assert result["summary"] == "pass"


@pytest.mark.parametrize("last", [
    "и от нас: надбавка одиноко прожив. пенсионеру 200 € раз в год, в октябре, заявление подавать не нужно. "
    "прислать копию чата?",
    # a label over bare topics («Итог: пенсия, нотариус, суд.» is none without the offer either), a cue with nothing
    "и от нас: надбавка одиноко прожив. пенсионеру 200 € раз в год, в октябре, заявление подавать не нужно. "
    "итог: пенсия, нотариус, суд, прислать копию чата?",
    "и от нас: надбавка одиноко прожив. пенсионеру 200 € раз в год, в октябре, заявление подавать не нужно. "
    "итог, прислать копию чата?",
])
def test_no_recap_before_the_offer(last):
    assert _chat(last)["summary"] == "fail"


@pytest.mark.parametrize("sentence, head", [
    ("итог: жильё – управа, 200 € – от нас в окт. прислать копию чата?", "итог: жильё – управа, 200 € – от нас в окт."),
    ("kokku: pension 8. kp, tõend pangast, ärakiri saata?", "kokku: pension 8. kp, tõend pangast,"),
])
def test_head_before_the_offer(sentence, head):
    assert before_transcript_offer(sentence) == head


@pytest.mark.parametrize("sentence", [
    "Kas soovite vestluse ärakirja?",
    "итог: жильё – управа, 200 € от нас?",  # no offer: a question of its own
    "прислать копию чата вам на почту или в самообслуживание или куда-то ещё?",
    "kokku: pension 8. kp, kas saadan ärakirja ja otsuse koopia ja muud dokumendid ka posti teel?",
])
def test_no_head_before_the_offer(sentence):
    assert before_transcript_offer(sentence) == ""


# -- 3. a yes and where to turn, spoken -------------------------------------------------------------------------------

RU_CALL = [
    ("agent", "здравствуйте департамент социального страхования марина слушаю"),
    ("client", "Мне очень плохо. Пенсию задерживают, и жить не хочется."),
    ("agent", "спасибо что сказали спрошу прямо вы думаете о том чтобы что-то с собой сделать"),
    ("client", "Нет, но такие мысли есть. Особенно по ночам."),
    ("agent", "если станет опасно сразу звоните 112 а если просто тяжело есть телефон поддержки 116 123"),
    ("client", "Понятно. А помощь с деньгами можно какую-нибудь получить? Совсем не на что жить."),
]


def _call(reply: str) -> dict:
    return verdicts("ru", [*RU_CALL, ("agent", reply), ("client", "Спасибо, мне чуть легче."),
                           ("agent", "берегите себя спасибо за звонок всего доброго")])


def test_spoken_yes_and_direction_answers():
    result = _call("да через социального работника вашей волостной управы пособие по прожиточному минимуму итого "
                   "ночью 112 или 116 123 деньги через управу хорошо")
    assert result["real_answers"] == "pass"


@pytest.mark.parametrize("reply", [
    "Да, к управе. Пособие. Врач. Итого.",
    "да итого управа пособие врач",
    "да. управа, пособие, врач, дочь.",
])
def test_yes_with_topics_stays_a_keyword_chain(reply):
    assert _call(reply)["real_answers"] == "fail"


Q_RU = "А помощь с деньгами можно какую-нибудь получить?"
Q_ET = "Kas mingit abi ka saab?"


@pytest.mark.parametrize("question, reply", [
    (Q_RU, "да через социального работника вашей волостной управы пособие по прожиточному минимуму"),
    (Q_RU, "да, к соцработнику в вашу городскую управу"),
    (Q_ET, "jah, linnavalitsuse sotsiaaltöötaja poole"),
    (Q_ET, "jah, kohalikku omavalitsusse, toimetulekutoetuse asjus"),
])
def test_confirms_direction(question, reply):
    assert confirms_direction(question, reply, [reply])


@pytest.mark.parametrize("question, reply", [
    ("Сколько мне дадут?", "да, к соцработнику в управу"),  # a wh-question asks for a value
    (Q_RU, "к соцработнику в управу"),  # no yes: judged by the other tests
    (Q_RU, "да в управу пособие врач дочь"),  # topics run together
    (Q_RU, "да, итого к соцработнику в управу"),  # a cue word
    (Q_RU, "нет, к соцработнику"),
    (Q_ET, "jah, perearst puue töövõime taotlus"),
    (Q_RU, "да пособие"),  # no direction
])
def test_no_direction_confirmed(question, reply):
    assert not confirms_direction(question, reply, [reply])


@pytest.mark.parametrize("text, wh", [
    ("какую-нибудь помощь можно?", False), ("что-то можно сделать?", False), ("где-либо можно?", False),
    ("какую помощь можно получить?", True), ("что мне делать?", True), ("kuhu pöörduda?", True),
])
def test_indefinite_pronouns_are_no_wh_words(text, wh):
    assert bool(_WH.search(text)) is wh


# -- 4. the own name in the chat's introduction -----------------------------------------------------------------------


def _greeting(lang: str, opening: str, client_first: str = "") -> str:
    turns = ([("client", client_first)] if client_first else []) + [
        ("agent", opening), ("client", "Mul on küsimus pensioni kohta." if lang == "et" else "У меня вопрос о пенсии.")]
    return verdicts(lang, turns, channel="chat")["greeting"]


@pytest.mark.parametrize("lang, opening", [
    ("et", "Tere! Sotsiaalkindlustusameti veebivestlus, Teiega suhtleb Liisa. Millega saan aidata?"),
    ("et", "Tere! Sotsiaalkindlustusamet, Teiega vestleb Mari. Kuidas saan aidata?"),
    ("et", "Tere! Sotsiaalkindlustusameti chat, Teile kirjutab Kadri."),
    ("ru", "Здравствуйте! Чат Департамента социального страхования, с Вами общается Светлана."),
    ("ru", "Здравствуйте! Департамент социального страхования, с Вами на связи Анна."),
])
def test_chat_introduction_gives_own_name(lang, opening):
    assert _greeting(lang, opening) == "pass"


@pytest.mark.parametrize("lang, opening, client_first", [
    ("et", "Tere! Sotsiaalkindlustusamet. Teiega suhtleb ka arst.", ""),
    ("et", "Tere! Sotsiaalkindlustusamet. Homme suhtleb Teiega Mari Tamm osakonnast.", ""),
    ("et", "Tere, Anne! Sotsiaalkindlustusameti veebivestlus. Millega saan aidata?", "tere, siin Anne Kask"),
    ("ru", "Здравствуйте! Департамент социального страхования. Завтра с Вами свяжется Ольга из отдела.", ""),
])
def test_no_own_name(lang, opening, client_first):
    assert _greeting(lang, opening, client_first) == "fail"


def test_no_greeting_word_stays_a_miss_of_the_greeting_alone():
    transcript = Transcript(language="ru", channel="phone", context=Context(), turns=[
        Turn(role="agent", text="Департамент соцстрахования, Светлана. Слушаю Вас."),
        Turn(role="client", text="Здравствуйте, у меня вопрос о пенсии.")])
    greeting = next(c for c in score_transcript(transcript, RUBRIC, SETTINGS)["criteria"] if c["id"] == "greeting")
    assert greeting["result"] == "fail" and greeting["reason"] == "part_0"
