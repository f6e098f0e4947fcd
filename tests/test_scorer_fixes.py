"""Known scorer misjudgements on real Estonian and Russian sentences (issues #9, #10).

Every sentence here was written before the scorer was run on it. The ones marked "held out" were not
looked at while the fix was made: they check that the fix is general, not fitted to one sentence.
"""

from pathlib import Path

import pytest

from trainer import text as tx
from trainer.scoring.acts import find_non_answers
from trainer.scoring.identifier_requests import find_identifier_requests
from trainer.scoring.score import builtin_concepts, score_transcript
from trainer.scoring.statements import find_promises
from trainer.scoring.transcript import Context, Transcript, Turn
from trainer.scoring.values import find_values
from trainer.simulation.library import Library, scoring_settings

ROOT = Path(__file__).parent.parent
SETTINGS = scoring_settings()
RUBRIC = Library.load(ROOT).rubrics["call-model"]
CONCEPTS = {**builtin_concepts(SETTINGS), **RUBRIC.concepts}


def _transcript(language, texts, channel="phone", **context):
    turns = [Turn(role="agent" if i % 2 == 0 else "client", text=t) for i, t in enumerate(texts)]
    return Transcript(language=language, channel=channel, context=Context(**context), turns=turns)


def _result(language, texts, **context):
    return score_transcript(_transcript(language, texts, **context), RUBRIC, SETTINGS)


def _verdicts(language, texts, **context):
    return {c["id"]: c["result"] for c in _result(language, texts, **context)["criteria"]}


# -- 1. a check of the agent's own explanation is a check of understanding ---------------------------

ET_CALL = [
    "Tere! Sotsiaalkindlustusamet, Kati kuuleb. Kuidas saan aidata?",
    "Mul jäi pension tulemata, miks nii?",
    "Viies kuupäev oli laupäev, seetõttu makstakse pension järgmisel tööpäeval ehk esmaspäeval.",
    "Aa, selge.",
]
RU_CALL = [
    "Здравствуйте! Департамент социального страхования, меня зовут Анна. Чем могу помочь?",
    "У меня пенсия не пришла, почему?",
    "Пятое число было субботой, поэтому пенсию выплатят в следующий рабочий день, в понедельник.",
    "А, ясно.",
]


@pytest.mark.parametrize("language, call, check", [
    ("ru", RU_CALL, "Я понятно объяснила?"),
    ("ru", RU_CALL, "Я понятно объяснил?"),
    ("et", ET_CALL, "Kas ma seletasin arusaadavalt?"),
    ("et", ET_CALL, "Kas ma selgitasin piisavalt selgelt?"),  # held out
    ("ru", RU_CALL, "Я доступно всё объяснила?"),  # held out
    ("ru", RU_CALL, "Понятно ли я объяснил?"),  # held out
])
def test_a_check_of_the_own_explanation_is_a_summary_act(language, call, check):
    # the client answers the check before the goodbye: a check the client can answer checks understanding
    reply, goodbye = (("Jah, sain aru.", "Aitäh, head päeva!") if language == "et"
                      else ("Да, понятно.", "Спасибо, всего доброго!"))
    verdicts = _verdicts(language, call + [check, reply, goodbye])
    assert verdicts["summary"] == "pass"


@pytest.mark.parametrize("language, call, check", [
    ("ru", RU_CALL, "Я понятно объяснила?"),
    ("et", ET_CALL, "Kas ma seletasin arusaadavalt?"),
    ("ru", RU_CALL, "Понятно ли я объяснил?"),
])
def test_a_check_with_the_goodbye_in_its_message_checks_nothing(language, call, check):
    # the lead's decision (issue 9, summary4): a check followed by the goodbye in the same last message
    # leaves the client no turn to answer, so it checks nothing (these cases passed before that rule)
    verdicts = _verdicts(language, call + [check + (" Aitäh, head päeva!" if language == "et"
                                                    else " Спасибо, всего доброго!")])
    assert verdicts["summary"] == "fail"


@pytest.mark.parametrize("language, call, sentence", [
    ("ru", RU_CALL, "Я объяснила это ещё в прошлый раз."),
    ("et", ET_CALL, "Ma seletasin seda ka eelmisel korral."),
])
def test_saying_one_explained_before_is_no_check(language, call, sentence):
    verdicts = _verdicts(language, call + [sentence + (" Aitäh, head päeva!" if language == "et"
                                                       else " Спасибо, всего доброго!")])
    assert verdicts["summary"] == "fail"


# -- 2. intonation-only tag questions in speech --------------------------------------------------------

def _spoken(text, lang):
    norm = tx.normalize_input(text)
    return [(s.strip(), tx.is_spoken_question(s, lang)) for _, _, s in tx.split_sentences(norm.text) if s.strip()]


@pytest.mark.parametrize("lang, text, question", [
    ("ru", "вы про пенсию по старости правильно", "вы про пенсию по старости правильно"),
    ("et", "te küsite oma pensioni kohta eks", "te küsite oma pensioni kohta eks"),
    ("ru", "здравствуйте вы про пенсию по старости правильно сейчас я посмотрю",
     "вы про пенсию по старости правильно"),
    ("et", "tere te küsite oma pensioni kohta eks ma vaatan kohe järele", "te küsite oma pensioni kohta eks"),
    ("ru", "вы получаете пенсию по старости так ведь", "вы получаете пенсию по старости так ведь"),
    ("et", "te saite otsuse juba kätte onju", "te saite otsuse juba kätte onju"),
    ("et", "te elate praegu soomes või mis", "te elate praegu soomes või mis"),
    ("ru", "у вас пособие на ребёнка верно а сколько детей", "у вас пособие на ребёнка верно"),  # held out
    ("et", "te olete eestkostja eks ole ja kohtumäärus on olemas", "te olete eestkostja eks ole"),  # held out
])
def test_tag_questions_in_speech_are_split_and_recognised(lang, text, question):
    sentences = _spoken(text, lang)  # the question is one sentence (after a greeting, maybe) and asks
    assert any(asks and s.rstrip(".").endswith(question) for s, asks in sentences), sentences


@pytest.mark.parametrize("lang, text", [
    ("ru", "нужно правильно заполнить заявление и отправить его по почте"),
    ("ru", "это верно для всех видов пенсии по старости"),
    ("ru", "всё сделано правильно теперь остаётся только ждать"),
    ("et", "eks me vaatame mis otsus tuleb"),
    ("et", "jah ma näen et avaldus on kohal"),
    ("et", "te võite tulla esmaspäeval või mis iganes päeval teile sobib"),  # "või mis iganes" = whatever
    ("ru", "так ведь тоже бывает что пенсия приходит позже"),  # held out
])
def test_tag_words_inside_a_statement_make_no_question(lang, text):
    assert not any(q for _, q in _spoken(text, lang))


# -- 3, 4. keyword chains without punctuation or joined by dashes ----------------------------------

def _chain(language, reply, question="Mis mu taotlusega on?"):
    t = _transcript(language, ["Tere! Sotsiaalkindlustusamet, Kati kuuleb." if language == "et"
                               else "Здравствуйте! Департамент социального страхования, Анна.",
                               question, reply])
    acts = find_non_answers(t, CONCEPTS, language)
    return [f.kind for f in acts.findings if f.whole_reply]


@pytest.mark.parametrize("language, reply", [
    ("et", "susteem maas tagasihelistamine iseteenindus kokkuvotteks aitah"),
    ("ru", "система сбой обратный звонок самообслуживание итог спасибо"),
    ("et", "Vaie – 30 päeva – iseteenindus – kokkuvõte."),
    ("ru", "Возражение - 30 дней - самообслуживание - итог."),
    ("et", "otsus vaie tähtaeg ekspertarst perearst aitäh"),  # held out
    ("ru", "пенсия суббота понедельник счёт банк спасибо"),  # held out
])
def test_keyword_lists_without_punctuation_are_chains(language, reply):
    assert _chain(language, reply) == ["keyword_chain"]


@pytest.mark.parametrize("language, reply", [
    ("et", "susteem on praegu maas ma helistan teile tagasi kui see jalle tootab"),
    ("ru", "система сейчас не работает я вам перезвоню как только она заработает"),
    ("et", "Vaie – see tuleb esitada 30 päeva jooksul."),
    ("ru", "Срок – 30 дней, возражение подаётся через самообслуживание."),
    ("et", "digiallkirjaga e-postiga, postiga või klienditeeninduses"),  # an elliptical answer with "või"
    ("ru", "с цифровой подписью по почте или в бюро обслуживания"),  # held out
    ("et", "otsus tuleb 30 päeva jooksul ja saadame selle teile e-postiga"),  # held out
])
def test_unpunctuated_answers_and_dash_statements_are_no_chains(language, reply):
    assert _chain(language, reply) == []


# -- 5. a client's echo of a name or word is no open question --------------------------------------

@pytest.mark.parametrize("language, texts", [
    ("ru", ["Здравствуйте! Департамент социального страхования, меня зовут Андрей. Чем могу помочь?",
            "Пенсия не пришла.", "Я проверил: пенсия выплачена седьмого числа, деньги уже на счету. "
            "Всё понятно? Спасибо за звонок, всего доброго!", "Андрей?"]),
    ("et", ["Tere! Sotsiaalkindlustusamet, Kadri kuuleb. Kuidas saan aidata?", "Pension ei ole tulnud.",
            "Vaatasin järele: pension maksti välja seitsmendal kuupäeval ja raha on kontol. Kas on selge? "
            "Aitäh, head päeva!", "Kadri?"]),
    ("et", ["Tere! Sotsiaalkindlustusamet, Kadri kuuleb. Kuidas saan aidata?", "Pension ei ole tulnud.",
            "Vaatasin järele: pension maksti välja seitsmendal kuupäeval ja raha on kontol. Kas on selge? "
            "Aitäh, head päeva!", "Seitsmendal?"]),  # held out: an echo of a word of the answer
])
def test_an_echo_of_a_name_or_word_leaves_no_question_open(language, texts):
    assert _verdicts(language, texts)["closing"] == "pass"


def test_a_real_last_question_still_stays_open():
    texts = ["Tere! Sotsiaalkindlustusamet, Kadri kuuleb. Kuidas saan aidata?", "Pension ei ole tulnud.",
             "Pension maksti välja seitsmendal kuupäeval ja raha on kontol. Aitäh, head päeva!",
             "Aga miks see nii hilja tuli?"]
    assert _verdicts("et", texts)["closing"] == "fail"


# -- 6. a prohibition after the phrase negates it ---------------------------------------------------

@pytest.mark.parametrize("lang, text, phrase", [
    ("ru", "платить сразу нельзя", "платить сразу"),
    ("et", "tagasi maksta ei tohi", "tagasi maksta"),
    ("et", "avaldust esitada ei saa", "avaldust esitada"),
    ("ru", "подать заявление по телефону нельзя", "подать заявление"),  # held out
    ("et", "raha välja võtta ei tohi enne otsust", "raha välja võtta"),  # held out
])
def test_a_prohibition_after_the_phrase_negates_it(lang, text, phrase):
    found = tx.PhraseSet([phrase], lang).find_all(text)
    assert found and all(m.negated for m in found)


@pytest.mark.parametrize("lang, text, phrase", [
    ("ru", "подать заявление нельзя откладывать", "подать заявление"),  # "нельзя" + its own infinitive
    ("et", "tagasi maksta saate osade kaupa", "tagasi maksta"),
    ("ru", "подать заявление можно, нельзя только опаздывать", "подать заявление"),  # held out
])
def test_a_prohibition_elsewhere_does_not_negate(lang, text, phrase):
    found = tx.PhraseSet([phrase], lang).find_all(text)
    assert found and not found[0].negated


# -- 7. "one country" is no amount ---------------------------------------------------------------------

@pytest.mark.parametrize("lang, text", [
    ("ru", "пенсию платит одна страна за все годы"),
    ("et", "pensioni maksab üks riik kõigi aastate eest"),
    ("ru", "вам пишет один специалист"),  # held out
])
def test_one_as_a_determiner_is_no_quantity(lang, text):
    from trainer.text.quantities import find_quantities

    assert find_quantities(text, lang) == []
    assert find_values(text, lang, ("в двух странах",) if lang == "ru" else ("kahes riigis",), ()) == []


@pytest.mark.parametrize("lang, text, value", [
    ("et", "vaide saab esitada ühe kuu jooksul", 1),
    ("ru", "ответ придёт в течение одного месяца", 1),
    ("ru", "вы получите один евро", 1),  # held out
    ("et", "Teil on kaks last", 2),
])
def test_one_with_a_unit_is_still_a_quantity(lang, text, value):
    from trainer.text.quantities import find_quantities

    assert [q.value for q in find_quantities(text, lang)] == [value]


# -- 8. a question about the household is no identification -----------------------------------------

@pytest.mark.parametrize("lang, sentence", [
    ("et", "Kas Teie aadressile on registreeritud veel keegi?"),
    ("et", "Kes veel Teie aadressil elab?"),  # held out
    ("ru", "Кто ещё зарегистрирован по Вашему адресу?"),
])
def test_a_household_question_is_no_identifier_request(lang, sentence):
    assert find_identifier_requests(sentence, lang) == ()
    t = _transcript(lang, ["Tere! Sotsiaalkindlustusamet, Kati kuuleb." if lang == "et"
                           else "Здравствуйте! Департамент социального страхования, Анна.",
                           "Ma elan üksi." if lang == "et" else "Я живу одна.", sentence])
    from trainer.scoring.checks import TranscriptAnalysis

    an = TranscriptAnalysis(t, CONCEPTS, "code_and_item")
    assert an.matches(2, ["verification_item"]) == []
    assert an.matches(2, ["identification_request"]) == []


@pytest.mark.parametrize("lang, sentence", [
    ("et", "Palun öelge oma registreeritud aadress."),
    ("et", "Mis on Teie elukoha aadress?"),
    ("ru", "Назовите, пожалуйста, Ваш адрес."),
])
def test_asking_for_the_address_still_is(lang, sentence):
    assert find_identifier_requests(sentence, lang) != ()


# -- 9. a promise with an intensifier; hedged forms are none ------------------------------------------

@pytest.mark.parametrize("lang, sentence", [
    ("ru", "Вам точно доплатят разницу."),
    ("ru", "Он точно доплатит."),
    ("ru", "Вы обязательно получите деньги до пятницы."),
    ("et", "Raha saate kindlasti kätte."),
    ("et", "Te saate kindlasti reedeks vastuse."),  # held out
    ("ru", "Пособие точно придёт в понедельник."),  # held out
])
def test_a_promise_with_an_intensifier(lang, sentence):
    assert find_promises(sentence, lang) != ()


@pytest.mark.parametrize("lang, sentence", [
    ("et", "Tavaliselt saate vastuse kindlasti kuu aja jooksul."),
    ("ru", "Как правило, деньги точно приходят в течение недели."),
    ("ru", "Обычно доплату обязательно получают до конца месяца."),
    ("et", "Otsuse teeb ekspert, kindlasti ei saa ma seda ette öelda."),
    ("ru", "Я точно не знаю, когда придут деньги."),  # held out
    ("et", "Kas raha tuleb kindlasti reedeks?"),
])
def test_hedged_or_asked_forms_are_no_promise(lang, sentence):
    assert find_promises(sentence, lang) == ()


# -- batch 1 of the new-user runs: short recaps in the trainee's words, verbless answers -------------

APPEAL = [
    "Tere! Sotsiaalkindlustusamet, Kati kuuleb.",
    "Ma ei ole puude otsusega nõus. Mida ma teha saan?",
    "Otsuse peale saate esitada vaide 30 päeva jooksul. Vaide saate saata e-postiga digiallkirjaga.",
    "Ja kui mul on uusi arsti pabereid?",
    "Uued andmed lisage uue taotlusega, vaides neid ei arvestata.",
    "Aa, hästi.",
]


@pytest.mark.parametrize("recap", [
    "Ehk: vaie 30 päeva, uued paberid uue taotlusega. Selge?",
    "ehk vaie 30 paeva jooksul ja uued paberid uue taotlusega kas selge",
    "Lühidalt: vaie 30 päeva, e-postiga, uued andmed uue taotlusega. Kas sobib?",  # held out
])
def test_a_short_recap_with_a_check_is_a_summary(recap):
    result = _result("et", APPEAL + [recap + " Aitäh, head päeva!"])
    verdicts = {c["id"]: c["result"] for c in result["criteria"]}
    assert verdicts["summary"] == "pass"
    assert result["non_answers"] == []


def test_a_bare_acknowledgement_is_no_check():
    assert _verdicts("et", APPEAL + ["Selge. Aitäh, head päeva!"])["summary"] == "fail"


@pytest.mark.parametrize("language, texts", [
    ("ru", ["Здравствуйте! Департамент социального страхования, Анна.", "На сколько повысится пенсия с апреля?",
            "С апреля 702,35 €, прибавка 35,10 €.", "А когда придёт?",
            "Пенсия приходит пятого числа, в апреле это в понедельник. Итак: +35,10 с апрельской пенсией. "
            "Понятно? Спасибо, всего доброго!"]),
    ("et", ["Tere! Sotsiaalkindlustusamet, Kati kuuleb.", "Kuidas ma kohtumääruse koopia saata saan?",
            "digiallkirjaga e-postiga, postiga või klienditeeninduses", "Selge.",
            "Kõige lihtsam on saata e-postiga. Ehk: määruse koopia e-postiga. Selge? Aitäh, head päeva!"]),
])
def test_a_verbless_elliptical_answer_passes_the_real_answers_check(language, texts):
    result = _result(language, texts)
    assert not [n for n in result["non_answers"] if n["whole_reply"]]
