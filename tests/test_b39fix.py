"""New-user batch 39 (live39, authors i9 and j9): the scorer fixes, on sentences written for these tests.

1. "volikiri Teie nimele", «доверенность на Ваше имя» (a power of attorney in someone's name) ask for no name in
   an open chat (`identifier_requests.find_identifier_requests`).
2. the caller's name read back with a tag ("aitäh, kadri mets, eks?", «так, игорь смирнов, да?») is a check said
   to the client, not a keyword list (`acts.find_non_answers`).
3. Russian speech: «это не X это Y» asserts Y (`negation._copula_restart`); a restatement after «значит» run on
   into the code request, its content confirmed («Да, всё так»), clarifies (`spoken_recap`);
   complaint-registration-ru: the objection named with its condition is the right rule (scenario tests in the yaml).
4. a term in quotation marks («„живёт один“ ...») does not make the agent's sentence a quoted knowledge passage
   (`reference._quoted_covered`).
5. the child allowance said to need an application is a wrong claim (family-benefits.child_allowance_offer).
"""

from __future__ import annotations

import pytest
from scoring_support import RUBRIC, SETTINGS, wrong_claim_refs

from trainer import text as tx
from trainer.scoring.identifier_requests import find_identifier_requests
from trainer.scoring.reference import reference_grams, reference_sentences
from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import Transcript, Turn
from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library()


# -- 1. in someone's name --------------------------------------------------------------------------------------------

IN_SOMEONES_NAME = [
    ("et", "Kui ema ise kohale tulla ei saa, on vaja tema kirjalikku volikirja Teie nimele."),
    ("et", "Volikiri peab olema vormistatud Teie nimele ja emal allkirjastatud."),
    ("ru", "Если мама не может прийти сама, нужна её письменная доверенность на Ваше имя."),
    ("ru", "Для этого нужна доверенность на моё имя, заверенная у нотариуса."),
]
NAME_REQUESTS = [
    ("et", "Palun kirjutage siia oma nimi ja isikukood."),
    ("et", "Kelle nimele volikiri teha?"),
    ("ru", "Напишите, пожалуйста, Ваше имя и фамилию."),
    ("ru", "На чьё имя оформлена доверенность?"),
]


@pytest.mark.parametrize("language,sentence", IN_SOMEONES_NAME)
def test_in_someones_name_asks_for_no_name(language, sentence):
    assert find_identifier_requests(sentence, language) == ()


@pytest.mark.parametrize("language,sentence", NAME_REQUESTS)
def test_name_requests_stay_requests(language, sentence):
    assert find_identifier_requests(sentence, language)


# -- 2. the name read back with a tag ----------------------------------------------------------------------------------

OPEN = {"et": ["Tere! Sotsiaalkindlustusamet, Mari kuuleb. Kuidas saan aidata?",
               "Tere, mul on pensioni küsimus. Minu isikukood on 47001010000."],
        "ru": ["Здравствуйте! Департамент социального страхования, Мария. Чем могу помочь?",
               "Здравствуйте, вопрос о пенсии. Мой личный код 47001010000."]}
BYE = {"et": "Head päeva!", "ru": "Всего доброго!"}


def _non_answer_quotes(language: str, reply: str, answer: str) -> list[str]:
    texts = OPEN[language] + [reply, answer, BYE[language]]
    turns = [Turn(role="agent" if i % 2 == 0 else "client", text=t) for i, t in enumerate(texts)]
    result = score_transcript(Transcript(language=language, channel="phone", turns=turns), RUBRIC, SETTINGS)
    return [n["quote"] for n in result.get("non_answers") or []]


NAME_CHECKS = [
    ("et", "aitäh, kadri mets, eks?", "Jah, see olen mina."),
    ("et", "tänan, jüri tamm, jah?", "Jah."),
    ("ru", "так, игорь смирнов, да?", "Да."),
    ("ru", "спасибо, ольга петрова, верно?", "Да, это я."),
]
KEYWORD_ROWS = [
    # a tag after keywords, no name: a list as before; keywords after the name check: still a list
    ("et", "Pension, 5. kuupäev, pangakonto, iseteenindus, eks?", "pension, 5. kuupäev, pangakonto, iseteenindus, eks?"),
    ("et", "kadri mets, eks? pension, 5. kuupäev, pangakonto, iseteenindus.",
     "pension, 5. kuupäev, pangakonto, iseteenindus."),
    ("ru", "ольга петрова, верно? пенсия, 5-е число, счёт, самообслуживание.",
     "пенсия, 5-е число, счёт, самообслуживание."),
    ("et", "aitäh, tallinn, tartu, eks?", "aitäh, tallinn, tartu, eks?"),
]


@pytest.mark.parametrize("language,reply,answer", NAME_CHECKS)
def test_name_read_back_with_a_tag_is_no_keyword_list(language, reply, answer):
    assert _non_answer_quotes(language, reply, answer) == []


@pytest.mark.parametrize("language,reply,flagged", KEYWORD_ROWS)
def test_keywords_beside_a_tag_stay_a_list(language, reply, flagged):
    assert flagged.lower() in [q.lower() for q in _non_answer_quotes(language, reply, "Jah." if language == "et" else "Да.")]


# -- 3. «это не X это Y» ---------------------------------------------------------------------------------------------

def _negated(sentence: str, word: str) -> bool:
    return tx.is_negated(sentence, sentence.index(word), "ru")


ASSERTED = [
    ("это не справка это заявление о перерасчёте его подают письменно", "заявление"),
    ("нет это не жалоба это запрос на разъяснение", "запрос"),
    ("пенсия не пособие это выплата по старости", "выплата"),
]
DENIED = [
    ("вам не нужно это заявление подавать", "заявление"),
    ("это не заявление о перерасчёте", "заявление"),
    ("не подавайте это заявление", "заявление"),
    ("это не жалоба это", "жалоба"),
]


@pytest.mark.parametrize("sentence,word", ASSERTED)
def test_second_eto_after_a_noun_asserts(sentence, word):
    assert not _negated(sentence, word)


@pytest.mark.parametrize("sentence,word", DENIED)
def test_eto_as_determiner_or_first_stays_negated(sentence, word):
    assert _negated(sentence, word)


# -- 4. a term in quotation marks -------------------------------------------------------------------------------------

KNOWLEDGE = [
    "Toetust makstakse inimesele, kes on rahvastikuregistri andmetel elanud üksi kogu perioodi 1. aprillist 30. septembrini.",
    "Пособие получает тот, кто по данным регистра жил один весь период с 1 апреля по 30 сентября этого года.",
]
GRAMS = reference_grams(tx.normalize_input(t, "et").text for t in KNOWLEDGE)


@pytest.mark.parametrize("sentence", [
    "Kusjuures „üksi elamist“ vaadatakse registri järgi, ja nii peab olema kogu perioodi 1. aprillist 30. septembrini.",
    "Причём «жил один» смотрят по регистру, и так должно быть весь период с 1 апреля по 30 сентября этого года.",
])
def test_quoted_term_is_no_pasted_passage(sentence):
    assert reference_sentences([sentence], GRAMS) == frozenset()


@pytest.mark.parametrize("sentence", [
    "Teadmusbaasis: „Toetust makstakse inimesele, kes on rahvastikuregistri andmetel elanud üksi kogu perioodi.“",
    "Из базы: «Пособие получает тот, кто по данным регистра жил один весь период с 1 апреля по 30 сентября».",
    "Справка: пособие получает тот, кто по данным регистра жил один весь период с 1 апреля по 30 сентября.",
])
def test_quoted_or_labelled_passage_is_still_pasted(sentence):
    assert reference_sentences([sentence], GRAMS) == frozenset({sentence})


# -- 5. the child allowance said to need an application ---------------------------------------------------------------

OFFER = "family-benefits.child_allowance_offer"
APPLICATION_WRONG = [
    ("et", "Lapsetoetuse taotlus tuleb esitada iseteeninduses, menüüs „Taotlused“."),
    ("et", "Nii et tehke palun iseteeninduses lapsetoetuse taotlus ära."),
    ("et", "Lapsetoetuse avaldus on vaja esitada kuu aja jooksul."),
    ("ru", "Заявление на детское пособие нужно подать в течение месяца."),
    ("ru", "Подайте, пожалуйста, заявление на детское пособие через самообслуживание."),
]
APPLICATION_RIGHT = [
    ("et", "Lapsetoetust ei pea taotlema, amet saadab Teile pakkumuse."),
    ("et", "Lapsetoetuse taotlust pole vaja esitada."),
    ("et", "Lapsetoetuse taotlust ei ole vaja teha, piisab pakkumuse kinnitamisest."),
    ("ru", "Заявление на детское пособие подавать не нужно."),
    ("ru", "Подавать заявление на детское пособие не нужно: придёт предложение."),
    ("ru", "Ходатайствовать о детском пособии не нужно, предложение придёт само."),
]


@pytest.mark.parametrize("language,sentence", APPLICATION_WRONG)
def test_allowance_said_to_need_an_application_is_wrong(library, language, sentence):
    assert OFFER in wrong_claim_refs(library, sentence, language)


@pytest.mark.parametrize("language,sentence", APPLICATION_RIGHT)
def test_no_application_needed_is_right(library, language, sentence):
    assert OFFER not in wrong_claim_refs(library, sentence, language)


# -- 3b. a spoken restatement of the matter, its content confirmed (ru) -----------------------------------------------

def _needs(agent: str, reply: str) -> str:
    texts = ["департамент социального страхования мария здравствуйте",
             "Здравствуйте. У меня пенсия в этом месяце не пришла, а ещё я хочу знать, почему её уменьшили.",
             agent, reply,
             "пенсия выплачена седьмого числа на ваш счёт а уменьшение из за налога с января всего доброго", "Спасибо."]
    turns = [Turn(role="agent" if i % 2 == 0 else "client", text=t) for i, t in enumerate(texts)]
    result = score_transcript(Transcript(language="ru", channel="phone", turns=turns), RUBRIC, SETTINGS)
    return next(c for c in result["criteria"] if c["id"] == "needs")["result"]


RESTATED = "понимаю значит пенсия не пришла и ещё хотите знать почему её уменьшили так назовите ваш личный код"


@pytest.mark.parametrize("agent,reply", [
    (RESTATED, "Да, всё так. Мой код 47001010000."),
    ("понимаю то есть пенсия в этом месяце не пришла и вопрос почему уменьшили назовите пожалуйста личный код",
     "Верно. 47001010000."),
])
def test_spoken_restatement_confirmed_clarifies(agent, reply):
    assert _needs(agent, reply) == "pass"


@pytest.mark.parametrize("agent,reply", [
    (RESTATED, "Да, сейчас. 47001010000."),  # complies with the request, confirms nothing
    ("понимаю значит вопрос про налоговую декларацию и вычеты так назовите ваш личный код",
     "Да, всё так. Мой код 47001010000."),  # takes up nothing the client said
    ("назовите ваш личный код", "Да, всё так. Мой код 47001010000."),
])
def test_unconfirmed_or_foreign_restatement_does_not(agent, reply):
    assert _needs(agent, reply) == "fail"
