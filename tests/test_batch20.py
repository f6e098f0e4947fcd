"""New-user batch 20 (tests/newuser/live20, held out): scorer errors found at the first replay (issue 10).

1. A court order invented as the condition for giving a bailiff or the police data: a written request naming the
   legal basis, sent through an official channel, is what they need (knowledge claim,
   complaints-and-requests.no_data_to_authorities_by_phone).
2. "A written request will certainly be answered" is the Board's duty to answer, not a promised outcome.
3. Two phrases of a concept over the same words: the one that says the negator itself («не могу ни
   подтвердить») wins over the one that reads it as a negator in its gap («не могу [ни] подтвердить»).
4. A wink about a third person's data ("I would not write that you are wrong", «если Вы понимаете, о чём я»)
   states their status as much as a plain "yes".
5. A list that calls itself keywords ("märksõnad on: ...", «... – это ключевые слова») is a keyword list
   wherever the label stands in the sentence.
Sentences written for these tests, not copied from the runs."""

from __future__ import annotations

import pytest
from scoring_support import wrong_claim_refs

from trainer.scoring.promises import is_promise
from trainer.scoring.statements import find_status_statements
from trainer.simulation.examples import run_phrase_tests
from trainer.simulation.library import load_library
from trainer.text import PhraseSet


@pytest.fixture(scope="module")
def library():
    return load_library()


BY_PHONE = "complaints-and-requests.no_data_to_authorities_by_phone"


@pytest.mark.parametrize("lang, sentence", [
    ("et", "Kohtutäiturile anname pensioni andmed välja üksnes kohtu määruse alusel."),
    ("et", "Politseile saame vastata alles siis, kui päringule on lisatud kohtuotsus."),
    ("et", "palun lisage kohtutäituri päringule ka kohtumäärus"),
    ("ru", "Судебному исполнителю мы выдаём данные только по решению суда."),
    ("ru", "Для полиции к запросу нужно приложить постановление суда."),
])
def test_an_invented_court_order_is_a_wrong_claim(library, lang, sentence):
    assert BY_PHONE in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("lang, sentence", [
    ("et", "Kohtutäitur ei vaja kohtumäärust, piisab kirjalikust päringust õigusliku alusega."),
    ("et", "Palun saatke eestkoste kohtumääruse koopia, alles siis saan venna andmeid avaldada."),
    ("et", "Kohtutäitur saadab kirjaliku päringu, milles on seaduse säte, ameti üldisele aadressile."),
    ("ru", "Судебному исполнителю решение суда не нужно, достаточно письменного запроса."),
    ("ru", "Пришлите, пожалуйста, копию решения суда об опеке."),
])
def test_the_right_rule_or_another_court_order_is_no_claim(library, lang, sentence):
    assert BY_PHONE not in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("lang, sentence", [
    ("et", "Ametlikule kirjalikule päringule vastatakse kindlasti."),
    ("et", "Kui päring tuleb kirjalikult, siis me vastame sellele kindlasti."),
    ("ru", "На письменный запрос мы обязательно ответим."),
])
def test_the_duty_to_answer_a_written_request_is_no_promise(lang, sentence):
    assert not is_promise(sentence, lang)


@pytest.mark.parametrize("lang, sentence", [
    ("et", "Teile vastatakse kindlasti homme."),
    ("et", "Teie taotlusele vastatakse kindlasti positiivselt."),
    ("et", "Pension taastatakse kindlasti."),
    ("ru", "Мы обязательно ответим Вам завтра."),
    ("ru", "Решение точно будет положительным."),
])
def test_an_outcome_or_a_day_is_still_a_promise(lang, sentence):
    assert is_promise(sentence, lang)


def test_the_literal_negator_phrase_wins_over_a_gap_negation():
    phrases = PhraseSet(["не могу подтвердить", "не могу ни подтвердить"], "ru")
    for text in ("Я не могу ни подтвердить, ни опровергнуть.", "о нём я ничего не могу ни подтвердить ни опровергнуть"):
        assert phrases.matches(text)
    assert not PhraseSet(["могу подтвердить"], "ru").matches("Я не могу ни подтвердить, ни опровергнуть.")


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "Официально не скажу, но на Вашем месте я бы не стал писать, что Вы ошибаетесь."),
    ("ru", "Скажем так, ноябрь там действительно фигурирует, если Вы понимаете, о чём я."),
    ("ru", "Между нами говоря, там всё так, как Вам рассказали."),
    ("et", "Ametlikult ma seda ei ütle, aga Te ei eksi."),
    ("et", "Oktoober on seal tõesti kirjas, kui saate aru, mida ma mõtlen."),
])
def test_a_wink_states_the_status(lang, sentence):
    assert find_status_statements(sentence, lang)


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "Я не могу ни подтвердить, ни опровергнуть, ошибаетесь Вы или нет."),
    ("ru", "Если я правильно понимаю, Вы из редакции?"),
    ("ru", "Понимаю, о чём Вы спрашиваете, но это личные данные."),
    ("et", "Ma ei saa öelda, kas Te eksite või mitte."),
    ("et", "Saan aru, mida Te mõtlete, kuid need on isikuandmed."),
])
def test_a_refusal_is_no_wink(lang, sentence):
    assert not find_status_statements(sentence, lang)


@pytest.mark.parametrize("scenario_id", ["data-request-bailiff-et", "data-request-journalist-ru"])
def test_scenario_phrase_tests(library, scenario_id):
    failures = [r for r in run_phrase_tests(library.get(scenario_id), library) if not r.get("ok", True)]
    assert not failures, failures


# -- a list that calls itself keywords ------------------------------------------------------------------------

def _replies(lang: str, reply: str) -> dict[str, str]:
    from scoring_support import verdicts
    greet = {"et": "Tere! Sotsiaalkindlustusamet, Kadri kuuleb. Kuidas saan aidata?",
             "ru": "Здравствуйте! Департамент социального страхования, меня зовут Ольга. Чем могу помочь?"}
    ask = {"et": "Tere. Kuidas ma saan otsuse vaidlustada?", "ru": "Здравствуйте. Как мне обжаловать решение?"}
    return verdicts(lang, [("agent", greet[lang]), ("client", ask[lang]), ("agent", reply)])


@pytest.mark.parametrize("lang, reply", [
    ("et", "Kõik on kodulehel kirjas, olulised märksõnad on: vaie, 30 päeva, iseteenindus, allkiri."),
    ("et", "Vaie, 30 päeva, digiallkiri – need on Teie jaoks kõige tähtsamad märksõnad."),
    ("ru", "Всё есть на сайте, ключевые слова такие: возражение, 30 дней, подпись."),
])
def test_a_self_labelled_keyword_list_is_no_answer(lang, reply):
    assert _replies(lang, reply)["real_answers"] == "fail"


@pytest.mark.parametrize("lang, reply", [
    ("et", "Vaide vormi leiate kodulehelt märksõnaga „vaie“, saatke see 30 päeva jooksul digiallkirjaga."),
    ("et", "Vaide saate esitada 30 päeva jooksul, digitaalselt allkirjastatult või paberil."),
    ("ru", "Бланк найдёте на сайте по ключевому слову «возражение», подайте его в течение 30 дней."),
])
def test_one_search_keyword_is_an_answer(lang, reply):
    assert _replies(lang, reply)["real_answers"] == "pass"


def test_they_will_check_and_answer_stays_no_promise():
    # «ответят» says who will answer (the agent's own side), the clause promises nothing (must-not of batch 19's runs)
    assert not is_promise("Специалисты всё проверят и обязательно Вам ответят.", "ru")
