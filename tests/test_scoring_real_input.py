"""Issue 9: the call-model scorer on real input (fast typing, speech transcripts, mixed language) and
against gaming. Every example named in the issue is here verbatim, with a few similar sentences written
for this test before the scorer was run on them."""

from pathlib import Path

import pytest

from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import Context, Transcript, Turn
from trainer.simulation.library import Library, scoring_settings
from trainer.text import normalize_input

SETTINGS = scoring_settings()
RUBRIC = Library.load(Path(__file__).parent.parent).rubrics["call-model"]


def score(language, turns, **context):
    transcript = Transcript(language=language, channel="phone", context=Context(**context),
                            turns=[Turn(role=role, text=text) for role, text in turns])
    return score_transcript(transcript, RUBRIC, SETTINGS)


def verdicts(language, turns, **context):
    return {c["id"]: c["result"] for c in score(language, turns, **context)["criteria"]}


def criterion(result, cid):
    return next(c for c in result["criteria"] if c["id"] == cid)


# -- 1. normalisation --------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("kolm kaheksa null üks null kolm null kaks üheksa üheksa kaks", "38010302992"),
    ("три девять ноль один ноль пять ноль три ноль два девять", "39010503029"),
    ("kolmsada seitsekümmend kuus null viis null kolm null kaks üheksa üheksa", "37605030299"),
    ("teie pension on kuussada nelikümmend viis eurot", "teie pension on 645 eurot"),
    ("kaheksasada kaksteist eurot ja kuuskümmend kolm senti", "812 eurot ja 63 senti"),
    ("пенсия девятьсот восемьдесят евро", "пенсия 980 евро"),
    ("kaheksasada kaksteist koma neli eurot", "812,4 eurot"),
    ("kaks tuhat kakssada eurot", "2200 eurot"),
    ("две тысячи сто евро", "2100 евро"),
    # ordinals and dates stay words (find_numbers reads them); a cardinal before an ordinal too
    ("makstakse kahekümne viiendal detsembril", "makstakse kahekümne viiendal detsembril"),
    ("двадцать пятого декабря", "двадцать пятого декабря"),
    # "kuus" alone is "per month", "üks hetk" is "one moment": single small numbers stay words
    ("kord kuus ja üks hetk", "kord kuus ja üks hetk"),
    # fillers, repeated words, emoji
    ("ee tere tere sotsiaalkindlustusamet öö karl kuuleb", "tere sotsiaalkindlustusamet karl kuuleb"),
    ("ну, вот здравствуйте эээ меня зовут кристина", "здравствуйте меня зовут кристина"),
    ("nii-öelda mhm ma ma vaatan", "ma vaatan"),
])
def test_normalize_input(text, expected):
    assert normalize_input(text).text.strip() == expected


def test_normalized_text_maps_back_to_the_original_words():
    norm = normalize_input("ee kuussada nelikümmend viis eurot 🙄")
    start = norm.text.index("645")
    assert norm.quote(start, start + 3) == "kuussada nelikümmend viis"
    assert norm.emoji == ("🙄",)
    code = normalize_input("see on kolm viis üks null seitse null kaks seitse seitse seitse neli")
    start = code.text.index("3")
    assert code.quote(start, start + 11) == "kolm viis üks null seitse null kaks seitse seitse seitse neli"


def test_speech_without_punctuation_gets_sentence_breaks_before_questions():
    assert normalize_input("jah selge et kas see on teie enda toetuse kohta").text == \
        "jah selge. et kas see on teie enda toetuse kohta"
    # an embedded question after "ei tea" is not split off
    assert "tea. kas" not in normalize_input("ma ei tea kas see on õige aga kas te küsite pensioni kohta").text
    assert normalize_input("Kuulge ma tean kus teie kontor on Ma tulen sinna").text == \
        "Kuulge ma tean kus teie kontor on. Ma tulen sinna"  # "tean kus ...": an embedded question
    assert normalize_input("Hea aitäh Siis ma tean Kas ma saaksin ka edaspidi helistada").text == \
        "Hea aitäh. Siis ma tean. Kas ma saaksin ka edaspidi helistada"  # a capital opens a new question
    assert normalize_input("итак пенсия выплачена вам ничего делать не нужно ответила ли я на ваш вопрос").text \
        .endswith("нужно. ответила ли я на ваш вопрос")


@pytest.mark.parametrize("text, expected", [
    # typed without punctuation but with capitals: a capitalised common word starts a sentence
    ("Selge Ravikindlustusega me kahjuks ei tegele see on Tervisekassa teema",
     "Selge. Ravikindlustusega me kahjuks ei tegele see on Tervisekassa teema"),
    ("Kas isa elab Tallinnas Koduhooldusega tegeleb kohalik omavalitsus",
     "Kas isa elab Tallinnas. Koduhooldusega tegeleb kohalik omavalitsus"),
    ("Hoiatus Toon Kõne lõpp Meeskonnajuht", "Hoiatus. Toon. Kõne lõpp. Meeskonnajuht"),
    # names, places, institutions, the polite pronoun and titles are no sentence start
    ("Aitäh proua Lepp kõike head", "Aitäh proua Lepp kõike head"),
    ("Räägin Helju Kasega Teie pension tõusis", "Räägin Helju Kasega Teie pension tõusis"),
    ("pension tuleb ka Soome ja Euroopa Liidu riikidesse", "pension tuleb ka Soome ja Euroopa Liidu riikidesse"),
    ("helistage Töötukassasse või Maksu- ja Tolliametisse", "helistage Töötukassasse või Maksu- ja Tolliametisse"),
    # Russian: a one-letter word opens a sentence; a capitalised adjective before an institution does not
    ("пусть она сама позвонит нам когда Вы будете рядом В общем же пенсии повышают каждый год 1 апреля",
     "пусть она сама позвонит нам. когда Вы будете рядом. В общем же пенсии повышают каждый год 1 апреля"),
    ("пенсию выплачивают и в страны Европейского союза в том числе в Германию",
     "пенсию выплачивают и в страны Европейского союза в том числе в Германию"),
    ("это не к нам обратитесь пожалуйста в Пенсионный центр", "это не к нам обратитесь пожалуйста в Пенсионный центр"),
    ("так действуют мошенники Новый счёт сообщите нам письменно",
     "так действуют мошенники. Новый счёт сообщите нам письменно"),
    # a place may end a sentence; a two-word keyword list is two fragments
    ("выплачивают и в Германию В Германии справка не нужна", "выплачивают и в Германию. В Германии справка не нужна"),
    ("Isikukood Andmekaitse", "Isikukood. Andmekaitse"),
    ("Tere Kati", "Tere Kati"),
])
def test_capitalised_common_word_starts_a_sentence_in_unpunctuated_text(text, expected):
    assert normalize_input(text).text == expected


@pytest.mark.parametrize("language, reply", [
    ("et", "Hoiatus Toon Kõne lõpp Meeskonnajuht Iseteenindus"),
    ("et", "Pensioniiga 65 aastat ja 1 kuu Ennetähtaegne Kogu eluks väiksem Iseteenindus Kokkuvõtteks"),
    ("ru", "112 Помощь жертвам 116 006 Дети 116 111 Итак"),
])
def test_a_keyword_list_without_punctuation_is_still_a_keyword_chain(language, reply):
    result = score(language, [("agent", "Tere! Sotsiaalkindlustusamet, Mari kuuleb." if language == "et"
                               else "Здравствуйте! Департамент социального страхования, меня зовут Анна."),
                              ("client", "Mis ma nüüd tegema pean?" if language == "et" else "Что мне делать?"),
                              ("agent", reply)])
    assert [f["kind"] for f in result["non_answers"]] == ["keyword_chain"]


# -- 2. the agent's own name --------------------------------------------------------------------

@pytest.mark.parametrize("language, opening, expected", [
    # from the issue
    ("et", "Tere! Sotsiaalkindlustusamet, Rasmus. Kuidas saan aidata?", "pass"),
    ("et", "tere sotsiaalkindlustusamet karl kuuleb", "pass"),
    ("et", "Tere. Sotsiaalkindlustusametist kirjutab Triin", "pass"),
    ("ru", "здравствуйте департамент социального страхования меня зовут кристина", "pass"),
    ("ru", "Здравствуйте, Департамент социального страхования, специалист Иванова.", "fail"),
    ("et", "Tere, Anne! Sotsiaalkindlustusamet, kuidas saan aidata?", "fail"),
    # similar, written before the scorer ran on them
    ("et", "TERE SOTSIAALKINDLUSTUSAMET TEID TEENINDAB KADRI", "pass"),
    ("et", "ee tere siin sotsiaalkindlustusamet mina olen tonu", "pass"),
    ("ru", "добрый день департамент социального страхования наталья слушаю вас", "pass"),
    ("ru", "Добрый день, Департамент социального страхования, консультант Петрова.", "fail"),
    ("ru", "Здравствуйте, Анна! Департамент социального страхования.", "fail"),
    ("et", "Tere, härra Tamm! Sotsiaalkindlustusamet kuuleb.", "fail"),
    # blind round 10: «чат ведёт Светлана» and its kin
    ("ru", "Здравствуйте! Департамент социального страхования, чат ведёт Светлана. Чем могу помочь?", "pass"),
    ("ru", "здравствуйте департамент социального страхования вас консультирует ольга", "pass"),
    ("et", "Tere! Sotsiaalkindlustusamet, vestlust juhib Kati. Kuidas saan aidata?", "pass"),
    ("et", "Tere, Sotsiaalkindlustusamet, Teid nõustab Mari.", "pass"),
    ("ru", "Здравствуйте! Департамент социального страхования. Ваше дело ведёт Иванова.", "fail"),
    ("ru", "Здравствуйте! Департамент социального страхования, чат ведёт специалист.", "fail"),
])
def test_own_name_in_the_opening(language, opening, expected):
    assert verdicts(language, [("agent", opening), ("client", "Tere, mul on küsimus.")])["greeting"] == expected


def test_the_clients_own_name_is_not_the_agents():
    turns = [("client", "Tere, siin Anne Tamm."), ("agent", "Tere, Anne! Sotsiaalkindlustusamet.")]
    assert verdicts("et", turns)["greeting"] == "fail"


def test_a_greeting_typed_as_two_messages_is_one_opening():
    turns = [("agent", "tere"), ("agent", "Sotsiaalkindlustusamet, Liis kuuleb"), ("client", "tere")]
    result = score("et", turns)
    greeting = criterion(result, "greeting")
    assert greeting["result"] == "pass"
    assert {"turn": 2, "agent_turn": 2, "quote": "Liis"} in greeting["evidence"]


# -- identification and data protection on spoken numbers -----------------------------------------

def _identified(language, code_words, disclosure):
    ask = {"et": "palun öelge oma isikukood", "ru": "назовите пожалуйста ваш личный код"}[language]
    opening = {"et": "tere sotsiaalkindlustusamet mari kuuleb",
               "ru": "здравствуйте департамент социального страхования меня зовут мария"}[language]
    return [("agent", opening), ("client", "pension" if language == "et" else "пенсия"), ("agent", ask),
            ("client", code_words), ("agent", disclosure)]


@pytest.mark.parametrize("language, code_words, disclosure, fact", [
    # 37605030299 read digit by digit / in groups
    ("et", "kolm seitse kuus null viis null kolm null kaks üheksa üheksa",
     "aitäh teie pension kaheksasada kaksteist eurot ja nelikümmend senti maksti välja seitsmendal detsembril",
     "812,40"),
    ("et", "kolmsada seitsekümmend kuus null viis null kolm null kaks üheksa üheksa",
     "aitäh pension maksti välja seitsmendal detsembril", "7. detsembril"),
    ("ru", "три семь шесть ноль пять ноль три ноль два девять девять",
     "спасибо ваша пенсия восемьсот двенадцать евро сорок центов выплачена седьмого декабря", "812,40"),
])
def test_spoken_code_identifies_and_later_disclosure_is_no_leak(language, code_words, disclosure, fact):
    result = score(language, _identified(language, code_words, disclosure),
                   identification_required=True, private_facts=[fact])
    assert criterion(result, "identification")["result"] == "pass"
    assert criterion(result, "data_protection")["result"] == "pass"
    assert result["critical_failures"] == []


@pytest.mark.parametrize("language, early, fact", [
    ("et", "teie pension on kuussada nelikümmend viis eurot", "645"),
    ("ru", "ваша пенсия девятьсот восемьдесят евро", "980"),
    ("et", "toetus kaheksasada kaksteist eurot ja kuuskümmend kolm senti tuleb viiendal", "812,63"),
    ("ru", "пенсию выплатят пятого апреля", "5. aprill"),
    # an amount under 100 euros with cents (its euros were read as the day of a date)
    ("ru", "сумма переплаты двадцать четыре евро шестьдесят центов", "24,60"),
    ("et", "tagasi tuleb maksta kakskümmend neli eurot ja kuuskümmend senti", "24,60"),
])
def test_amount_or_date_in_words_before_identification_is_a_leak(language, early, fact):
    opening = {"et": "Tere! Sotsiaalkindlustusamet, Mari kuuleb.",
               "ru": "Здравствуйте! Департамент социального страхования, меня зовут Мария."}[language]
    turns = [("agent", opening), ("client", "..."), ("agent", early), ("client", "...")]
    result = score(language, turns, identification_required=True, private_facts=[fact])
    dp = criterion(result, "data_protection")
    assert dp["result"] == "fail"
    assert dp["evidence"][0]["quote"] in early and not dp["evidence"][0]["quote"][:1].isdigit()
    assert result["score"] == 0


# -- 3. needs: questions without punctuation, before the answer ----------------------------------

OPEN_ET = ("agent", "tere sotsiaalkindlustusamet mari kuuleb")
ANSWER_ET = ("agent", "lapsetoetust ei pea eraldi taotlema toetus makstakse automaatselt iga kuu kaheksandal kuupäeval")
OPEN_RU = ("agent", "здравствуйте департамент социального страхования меня зовут мария")
ANSWER_RU = ("agent", "ходатайство подавать не нужно пособие выплачивается автоматически вместе с пенсией в октябре")


@pytest.mark.parametrize("language, turns, expected", [
    ("et", [OPEN_ET, ("client", "mul on küsimus toetuse kohta"), ("agent", "et kas see on teie enda toetuse kohta"),
            ("client", "jah"), ANSWER_ET], "pass"),
    ("et", [OPEN_ET, ("client", "mul on küsimus lapsetoetuse kohta"), ("agent", "selge kas te küsite esimese lapse kohta"),
            ("client", "jah"), ANSWER_ET], "pass"),
    ("ru", [OPEN_RU, ("client", "пособие одинокому пенсионеру"), ("agent", "вы живёте одна и получаете пенсию по старости"),
            ("client", "да"), ANSWER_RU], "pass"),
    ("ru", [OPEN_RU, ("client", "пособие"), ("agent", "правильно ли я понимаю что речь о пособии одинокому пенсионеру"),
            ("client", "да"), ANSWER_RU], "pass"),
    # the clarifying question comes only after the answer
    ("et", [OPEN_ET, ("client", "mul on küsimus lapsetoetuse kohta"), ANSWER_ET, ("client", "aa"),
            ("agent", "et kas see on teie enda toetuse kohta")], "fail"),
    ("ru", [OPEN_RU, ("client", "пособие"), ANSWER_RU, ("client", "ага"),
            ("agent", "Правильно ли я поняла, что Вы спрашиваете о пособии одинокому пенсионеру?")], "fail"),
    # a hold request is not a question about the matter
    ("et", [OPEN_ET, ("client", "mul on küsimus"), ("agent", "kas võin teid hetkeks ootele panna"), ("client", "jah"),
            ANSWER_ET], "fail"),
])
def test_needs_are_clarified_before_the_answer(language, turns, expected):
    assert verdicts(language, turns)["needs"] == expected


# -- 4. summary and closing by structure ---------------------------------------------------------

def test_summary_without_cue_words_after_the_answer():
    turns = [OPEN_ET, ("client", "kuidas ma pensioni avalduse teen"),
             ("agent", "Vanaduspensioni avalduse saate esitada iseteeninduses kuni kuus kuud enne pensioniõiguse "
                       "tekkimist. Otsuse teeme 15 tööpäeva jooksul."),
             ("client", "selge"),
             ("agent", "Nii, esimese asjana saadate avalduse iseteeninduses ja siis ootate otsust kuni 15 tööpäeva.")]
    assert verdicts("et", turns)["summary"] == "pass"


@pytest.mark.parametrize("language, turns", [
    ("et", [OPEN_ET, ("client", "mul sündis laps, kas pean avalduse tegema"),
            ("agent", "Ehk Te soovite teada, kuidas lapsetoetust saada?"), ("client", "jah"), ANSWER_ET,
            ("client", "aitäh"), ("agent", "Aitäh, head päeva!")]),
    ("et", [OPEN_ET, ("client", "mul sündis laps"), ("agent", "mhm ehk siis te soovite teada kuidas lapsetoetust saada"),
            ("client", "jah"), ANSWER_ET, ("client", "aitäh"), ("agent", "aitäh head päeva")]),
    ("ru", [OPEN_RU, ("client", "пособие одинокому пенсионеру как получить"),
            ("agent", "То есть Вас интересует, как получить пособие одинокому пенсионеру?"), ("client", "да"),
            ANSWER_RU, ("client", "спасибо"), ("agent", "Спасибо, всего доброго!")]),
])
def test_a_cue_word_inside_a_clarifying_question_is_no_summary(language, turns):
    result = verdicts(language, turns)
    assert result["summary"] == "fail"
    assert result["needs"] == "pass"


@pytest.mark.parametrize("language, last, expected", [
    ("ru", "Всего наилучшего!", "pass"),
    ("ru", "всего наилучшего", "pass"),
    ("et", "Palun.", "fail"),
    ("et", "Kena päeva jätku!", "pass"),
])
def test_closing_is_the_last_turn(language, last, expected):
    opening, answer = (OPEN_ET, ANSWER_ET) if language == "et" else (OPEN_RU, ANSWER_RU)
    turns = [opening, ("client", "küsimus" if language == "et" else "вопрос"), answer,
             ("client", "aitäh" if language == "et" else "спасибо"), ("agent", last)]
    assert verdicts(language, turns)["closing"] == expected


@pytest.mark.parametrize("language, last, expected", [
    # a closing sent as two messages is the agent's last reply (metamorphic split, issue 9)
    ("et", [("agent", "Aitäh, et helistasite!"), ("agent", "Soovin emale kiiret paranemist!")], "pass"),
    ("ru", [("agent", "Спасибо, что позвонили!"), ("agent", "Желаю маме скорейшего выздоровления!")], "pass"),
    # a thanks before the reply's last answer closes nothing
    ("et", [("agent", "Aitäh!"), ("agent", "Pension makstakse välja iga kuu viiendal kuupäeval pangakontole.")], "fail"),
])
def test_closing_over_two_messages(language, last, expected):
    opening, answer = (OPEN_ET, ANSWER_ET) if language == "et" else (OPEN_RU, ANSWER_RU)
    turns = [opening, ("client", "küsimus" if language == "et" else "вопрос"), answer,
             ("client", "selge" if language == "et" else "понятно"), *last]
    assert verdicts(language, turns)["closing"] == expected


def test_goodbye_over_an_open_client_question_is_no_closing():
    turns = [OPEN_ET, ("client", "küsimus"), ANSWER_ET, ("client", "oot aga kuhu ma siis helistama pean"),
             ("agent", "head päeva")]
    result = score("et", turns)
    closing = criterion(result, "closing")
    assert closing["result"] == "fail" and closing["reason"] == "open_question"


# -- 5. courtesy and formal address ---------------------------------------------------------------

@pytest.mark.parametrize("language, reply", [
    ("et", "Ma ju ütlesin Teile juba, et avaldust pole vaja."),
    ("et", "lugege kodulehelt, seal on kõik kirjas 🙄"),
    ("et", "Te oleksite pidanud avalduse varem esitama, see on Teie enda viga."),
    ("et", "nagu ma juba ütlesin makstakse viiendal"),
    ("et", "Vaadake ise kodulehelt 🙄"),
    ("ru", "Я же Вам уже говорила, пенсия придёт в октябре."),
    ("ru", "Читайте на сайте, там всё написано."),
    ("ru", "Надо было раньше подавать, сами должны были знать."),
])
def test_condescension_sarcasm_blame_brush_off_are_discourteous(language, reply):
    opening = OPEN_ET if language == "et" else OPEN_RU
    result = score(language, [opening, ("client", "..."), ("agent", reply)])
    courtesy = criterion(result, "courtesy")
    assert courtesy["result"] == "fail"
    assert courtesy["evidence"][0]["quote"] in reply


@pytest.mark.parametrize("language, reply", [
    ("et", "oota ma vaatan"),
    ("et", "kuule, ma vaatan kohe järele"),
    ("et", "Mõtle ise, mida sa tahad."),
    ("ru", "подожди минутку"),
    ("ru", "слушай, это так не работает"),
])
def test_informal_imperatives(language, reply):
    opening = OPEN_ET if language == "et" else OPEN_RU
    assert verdicts(language, [opening, ("client", "..."), ("agent", reply)])["formal_address"] == "fail"


# -- 6. gaming -------------------------------------------------------------------------------------

def test_cue_stuffing_earns_the_greeting_and_nothing_more():
    turns = [("agent", "Tere, Sotsiaalkindlustusamet, Mari, mõistan, vabandan, kokkuvõtteks, aitäh, head päeva"),
             ("client", "Mu pension ei ole tulnud, olen väga pahane!")]
    result = verdicts("et", turns, client_upset=True)
    assert result["greeting"] == "pass"
    assert {result[c] for c in ("needs", "summary", "closing", "empathy")} == {"fail"}


@pytest.mark.parametrize("language, turns", [
    ("et", [("agent", "Tere! Sotsiaalkindlustusamet, Siim kuuleb."),
            ("client", "Tere, mu mees suri eelmisel kuul ja ma ei tea, mis toetust lapsed nüüd saavad."),
            ("agent", "mõistan kaastunne vabandan kokkuvõtteks kas see vastas teie küsimusele aitäh head päeva"),
            ("client", "Vabandust, mis?"),
            ("agent", "mõistan saan aru kokkuvõtteks aitäh kõike head")]),
    ("ru", [("agent", "Здравствуйте! Департамент социального страхования, меня зовут Анна."),
            ("client", "Пенсия не пришла, я очень расстроена!"),
            ("agent", "понимаю извините итак ответила ли я на ваш вопрос спасибо до свидания")]),
])
def test_keyword_chains_perform_no_act(language, turns):
    result = verdicts(language, turns, client_upset=True)
    assert result["empathy"] == "fail"
    assert result["summary"] == "fail"
    assert result["closing"] == "fail"


def test_empathy_before_the_client_said_anything_does_not_count():
    turns = [("agent", "Tere! Sotsiaalkindlustusamet, Mari kuuleb. Mõistan Teid ja vabandan."),
             ("client", "Mu pension ei ole tulnud!"), ANSWER_ET]
    assert verdicts("et", turns, client_upset=True)["empathy"] == "fail"


@pytest.mark.parametrize("reply", [
    # new-user runs, speech without punctuation: "kahju et ..." is sympathy (daughter-for-mother, crisis)
    "kahju et ema haiglas on ma saan aidata kui ta volikirja annab",
    "kahju et teil on nii raske ma kuulan",
    "Kahju, et pension hilineb. Vaatan kohe järele.",
])
def test_sympathy_with_kahju_et_counts_as_empathy(reply):
    turns = [("agent", "Tere! Sotsiaalkindlustusamet, Mari kuuleb."),
             ("client", "Mu ema on haiglas ja pension ei ole tulnud, ma olen nii mures!"),
             ("agent", reply)]
    assert verdicts("et", turns, client_upset=True)["empathy"] == "pass"
