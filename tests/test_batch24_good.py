"""New-user batch 24 (tests/newuser/live24): honest terse and good replies the first replay failed.

1. The caller named in apposition to "you" ("öelge oma, st helistaja enda isikukood", «Ваш, то есть звонящего,
   код», "Teie kui helistaja") is the listener, not a third person: no knowledge text (acts._third_person).
2. A verb typed fast with one letter of a double dropped ("lopes" for "lõppes", «расчитали») is a verb: the
   sentence is no verbless keyword list (acts.has_finite_verb).
3. A spoken check that names the client's matter and ends in a tag («вопрос про перерасчёт пенсии да», "küsimus on
   toetuse kohta jah") is a question, also in the middle of an unpunctuated turn; a terse question without a finite
   verb («на какой номер перезвонить?») is no keyword (text/questions.asks_without_verb).
4. In speech, a request ("öelge palun", «назовите пожалуйста») opens a new sentence, and a term said in words
   ("kahe tööpäeva jooksul", «в течение трёх рабочих дней») informs as "3 рабочих дня" does: the recap of it later
   is a summary.
Sentences written for these tests, not copied from the runs."""

from pathlib import Path

import pytest

from trainer import text as tx
from trainer.scoring.acts import find_non_answers
from trainer.scoring.finite_verbs import has_finite_verb
from trainer.scoring.score import failed_criteria, score_transcript
from trainer.scoring.transcript import Transcript, Turn
from trainer.simulation.library import Library, scoring_settings
from trainer.text.spoken import normalize_input

ROOT = Path(__file__).parent.parent
SETTINGS = scoring_settings()


@pytest.fixture(scope="module")
def rubric():
    return Library.load(ROOT).rubrics["call-model"]


def _transcript(language, texts, channel="phone"):
    turns = [Turn(role="agent" if i % 2 == 0 else "client", text=t) for i, t in enumerate(texts)]
    return Transcript(language=language, channel=channel, turns=turns)


def _kinds(rubric, language, reply):
    opening = {"et": "Tere! Sotsiaalkindlustusamet, Maris kuuleb.", "ru": "Здравствуйте! Департамент социального страхования, Мария."}
    client = {"et": "Tere, mul on küsimus ema toetuse kohta.", "ru": "Здравствуйте, у меня вопрос про пособие мамы."}
    t = _transcript(language, [opening[language], client[language], reply])
    return [f.kind for f in find_non_answers(t, rubric.concepts, language).findings]


# -- 1. the caller in apposition to "you" ------------------------------------------------------------

ADDRESSED = [
    ("et", "Kõigepealt öelge palun oma, s.t helistaja enda, isikukood ja nimi."),
    ("et", "Palun öelge Teie kui helistaja isikukood, mitte ema oma."),
    ("et", "Enne andmeid on vaja Teie, ehk helistaja, isikukoodi."),
    ("ru", "Назовите, пожалуйста, свой, то есть звонящего, личный код."),
    ("ru", "Сначала нужен личный код Вас как звонящего, а не мамы."),
]
THIRD_PERSON = [
    ("et", "Helistaja ütleb oma, st helistaja enda isikukoodi."),  # the caller is the subject: a rule about them
    ("et", "Küsige helistajalt tema isikukood ja nimi."),
    ("et", "Öelge, kus klient oma andmeid turvaliselt näeb."),
    ("ru", "Звонящий называет свой, то есть звонящего, личный код."),
    ("ru", "Спросите у клиента личный код и имя."),
]


@pytest.mark.parametrize("language,reply", ADDRESSED)
def test_the_caller_in_apposition_to_you_is_spoken_to(rubric, language, reply):
    assert "third_person" not in _kinds(rubric, language, reply)


@pytest.mark.parametrize("language,reply", THIRD_PERSON)
def test_the_client_as_a_third_party_is_still_knowledge_text(rubric, language, reply):
    assert "third_person" in _kinds(rubric, language, reply)


# -- 2. a verb with a dropped double letter ---------------------------------------------------------------

@pytest.mark.parametrize("sentence,lang,finite", [
    ("millal haigusleht lopes?", "et", True),         # lõppes
    ("Kas hooldusleping lõpes juba oktoobris?", "et", True),
    ("millal paberid kinitati?", "et", True),         # kinnitati
    ("millal töövõimet hinati?", "et", True),          # hinnati
    ("Вашу пенсию уже расчитали?", "ru", True),        # рассчитали
    # a verbless keyword list, typos and all, stays one
    ("Tervisekasa, tootukasa, iseteenindus.", "et", False),
    ("Vaie, ekspertarst, tähtaeg.", "et", False),
    ("Пенсия, перерасчет, заявление.", "ru", False),
    ("Касса, справка, срок.", "ru", False),
    ("Kulud, hüvitis, alus.", "et", False),  # not "kuulud", "allus": a vowel's length and a base form stay
])
def test_a_verb_with_a_dropped_double_letter(sentence, lang, finite):
    assert has_finite_verb(sentence, lang) is finite


def test_a_fast_typed_chat_question_with_a_typo_is_no_keyword_list(rubric):
    t = _transcript("et", [
        "tere, siin Kati sotsiaalkindlustusametist. millal otsus kinitati?",
        "oktoobri alguses, aga raha pole ikka tulnud",
        "toetus makstakse otsusele järgneva kuu 20. kuupäevaks, nii et see tuleb novembris. kas see vastas küsimusele?",
        "jah aitäh",
        "aitäh, head päeva",
    ], channel="chat")
    t.turns.insert(0, Turn(role="client", text="tere, mu hooldajatoetuse otsus on tehtud, aga raha pole tulnud"))
    result = score_transcript(t, rubric, SETTINGS)
    assert "real_answers" not in result["gate_failures"]
    assert {"greeting", "needs"}.isdisjoint(failed_criteria(result))


def test_a_typo_keyword_chat_reply_still_fails(rubric):
    t = _transcript("et", [
        "tere. tervisekasa, tootukasa, iseteenindus.",
        "ahah?",
        "aitäh, head päeva",
    ], channel="chat")
    t.turns.insert(0, Turn(role="client", text="tere, mu ravikindlustus lõppes, mis ma teen?"))
    result = score_transcript(t, rubric, SETTINGS)
    assert "real_answers" in result["gate_failures"]


# -- 3. a spoken tag check of the client's matter ---------------------------------------------------------------

@pytest.mark.parametrize("sentence,lang", [
    ("вопрос про пособие по уходу да", "ru"),
    ("речь идёт о пенсии по старости да", "ru"),
    ("küsimus on hooldajatoetuse kohta jah", "et"),
    ("jutt käib pensioni ümberarvutusest jah", "et"),
])
def test_a_tagged_check_of_the_matter_is_a_question(sentence, lang):
    assert tx.is_spoken_question(sentence, lang)


@pytest.mark.parametrize("text,lang,first", [
    ("спасибо вопрос про пособие по уходу да на какой адрес прислать", "ru", "спасибо вопрос про пособие по уходу да"),
    ("aitäh küsimus on hooldajatoetuse kohta jah mis aadressile saata", "et",
     "aitäh küsimus on hooldajatoetuse kohta jah"),
])
def test_the_tag_closes_the_check_inside_a_spoken_turn(text, lang, first):
    sentences = [s for _, _, s in tx.split_sentences(normalize_input(text, lang).text)]
    assert sentences[0].rstrip(".") == first and len(sentences) == 2


@pytest.mark.parametrize("sentence,lang", [
    ("пособие пересчитано да", "ru"),  # a statement with a tag and no named matter: as before
    ("toetus on makstud jah", "et"),
])
def test_a_tag_after_a_plain_statement_is_unchanged(sentence, lang):
    assert not tx.is_spoken_question(sentence, lang)


def test_terse_questions_are_no_keyword_chain(rubric):
    assert "keyword_chain" not in _kinds(rubric, "ru", "спасибо. вопрос про пособие мамы, да? на какой адрес прислать?")
    assert "keyword_chain" not in _kinds(rubric, "et", "aitäh. küsimus on ema toetuse kohta, jah? mis aadressile saata?")
    assert "keyword_chain" in _kinds(rubric, "ru", "Пособие? Мама? Адрес?")


def _needs_failed(rubric, language, texts):
    return "needs" in failed_criteria(score_transcript(_transcript(language, texts), rubric, SETTINGS))


def test_a_tagged_check_before_the_answer_clarifies(rubric):
    assert not _needs_failed(rubric, "ru", [
        "департамент социального страхования здравствуйте это ольга",
        "Здравствуйте. Мне пособие по уходу так и не пересчитали, я уже два месяца жду!",
        "понимаю вопрос про перерасчёт пособия по уходу да",
        "Да, про него.",
        "перерасчёт делают в течение тридцати дней после заявления я отправлю запрос специалисту он вам ответит письменно",
        "Хорошо, спасибо.",
        "спасибо за звонок всего доброго",
    ])


def test_the_same_check_after_the_answer_clarifies_nothing(rubric):
    assert _needs_failed(rubric, "ru", [
        "департамент социального страхования здравствуйте это ольга",
        "Здравствуйте. Мне пособие по уходу так и не пересчитали, я уже два месяца жду!",
        "перерасчёт делают в течение тридцати дней после заявления я отправлю запрос специалисту он вам ответит письменно",
        "Ну ладно.",
        "вопрос про перерасчёт пособия по уходу да",
        "Да.",
        "спасибо за звонок всего доброго",
    ])


# -- 4. speech: a request opens a sentence; a term in words informs --------------------------------------------

@pytest.mark.parametrize("text,lang,second", [
    ("в течение трёх рабочих дней назовите пожалуйста ваш личный код", "ru", "назовите пожалуйста ваш личный код"),
    ("kolme tööpäeva jooksul palun öelge oma isikukood", "et", "palun öelge oma isikukood"),
])
def test_a_request_opens_a_new_spoken_sentence(text, lang, second):
    sentences = [s for _, _, s in tx.split_sentences(normalize_input(text, lang).text)]
    assert [s.rstrip(".") for s in sentences][-1] == second


def test_a_request_opening_the_turn_is_not_cut(rubric):
    text = normalize_input("назовите пожалуйста ваш личный код", "ru").text
    assert len(list(tx.split_sentences(text))) == 1


@pytest.mark.parametrize("language,texts", [
    ("ru", ["департамент соцстрахования здравствуйте это ольга",
            "Здравствуйте. Мне обещали ответ по пособию и не ответили. Когда со мной свяжутся?",
            "в течение трёх рабочих дней назовите пожалуйста ваш личный код",
            "Да, 49403136526.",
            "спасибо записала специалист вам перезвонит в течение трёх рабочих дней по пособию всё верно всего доброго"]),
    ("et", ["sotsiaalkindlustusamet tere siin kaia",
            "Tere. Mulle lubati toetuse asjus tagasi helistada, aga keegi ei helistanud!",
            "selge spetsialist helistab teile toetuse asjus tagasi ma panen selle kirja",
            "Hea küll. Millal ta helistab?",
            "kolme tööpäeva jooksul palun öelge oma isikukood",
            "Jah, 49403136526.",
            "aitäh panin kirja spetsialist helistab teile tagasi kolme tööpäeva jooksul toetuse asjus head päeva"]),
])
def test_a_recap_of_a_term_said_in_words_is_a_summary(rubric, language, texts):
    result = score_transcript(_transcript(language, texts), rubric, SETTINGS)
    assert "summary" not in failed_criteria(result)


@pytest.mark.parametrize("text,lang", [
    ("чтобы я могла посмотреть ваше пособие назовите пожалуйста ваш личный код", "ru"),
    ("selleks et ma saaksin otsust vaadata öelge palun oma isikukood", "et"),
    # a lead-in with a verb is said with the request: the identification act, not an answer of its own
    ("по пособию мне нужно посмотреть ваши данные назовите пожалуйста ваш личный код", "ru"),
    ("kirja panen ise aga enne öelge palun oma isikukood", "et"),
    ("otsuse nägemiseks pean teid tuvastama palun öelge oma isikukood", "et"),
    ("muidugi öelge number ma panen selle kirja", "et"),  # a word or two lead into the request
    ("конечно назовите номер я запишу", "ru"),
])
def test_a_request_after_a_purpose_clause_is_not_cut(text, lang):
    assert len(list(tx.split_sentences(normalize_input(text, lang).text))) == 1


@pytest.mark.parametrize("text,lang,second", [
    ("homme kella kümneni aga enne öelge palun oma isikukood", "et", "aga enne öelge palun oma isikukood"),
    ("завтра до обеда но сначала назовите пожалуйста ваш личный код", "ru", "но сначала назовите пожалуйста ваш личный код"),
])
def test_the_words_leading_a_request_go_with_it(text, lang, second):
    sentences = [s for _, _, s in tx.split_sentences(normalize_input(text, lang).text)]
    assert [s.rstrip(".") for s in sentences][-1] == second


def _empathy_failed(rubric, language, reply):
    client = {"ru": "Здравствуйте. Пособие за ноябрь так и не пришло, мне не на что жить!",
              "et": "Tere. Novembri toetus on ikka tulemata, mul pole millegi eest elada!"}[language]
    opening = {"ru": "департамент соцстрахования здравствуйте это ольга", "et": "sotsiaalkindlustusamet tere siin kaia"}
    t = _transcript(language, [opening[language], client, reply, "Да." if language == "ru" else "Jah.",
                               "спасибо всего доброго" if language == "ru" else "aitäh head päeva"])
    return "empathy" in failed_criteria(score_transcript(t, rubric, SETTINGS))


def test_an_empathy_cue_before_a_spoken_tag_check_is_empathy(rubric):
    assert not _empathy_failed(rubric, "ru", "понимаю вас обидно сейчас посмотрим пособие не пришло десятого да "
                                             "назовите пожалуйста личный код")
    assert not _empathy_failed(rubric, "ru", "простите что так получилось значит вопрос про пособие за ноябрь да "
                                             "назовите пожалуйста личный код")
    assert not _empathy_failed(rubric, "ru", "понимаю вас обидно сейчас посмотрим вы ждали пособие десятого да")


@pytest.mark.parametrize("sentence,cue,opens", [
    ("понимаю вас обидно сейчас посмотрим пособие не пришло десятого да", "понимаю вас", True),
    ("mõistan teid see on ebameeldiv vaatame kohe toetus jäi kümnendal tulemata jah", "mõistan teid", True),
    ("понимаю что вы спрашиваете про пособие за ноябрь да", "понимаю", False),  # the frame of the check
    ("saan aru et te küsite novembri toetuse kohta jah", "saan aru", False),
    ("понимаю вас пособие да", "понимаю вас", False),  # too short to hold a check of its own
])
def test_a_cue_opening_a_spoken_tag_check(sentence, cue, opens):
    from trainer.scoring.checks import _cue_before_tag

    lang = "ru" if sentence[0] in "пс" else "et"
    assert _cue_before_tag(sentence, sentence, len(cue), lang) is opens
