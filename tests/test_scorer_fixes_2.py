"""Scorer misjudgements found on the second batch of new-user runs (issues #9, #10), round 2.

Every sentence here was written before the scorer was run on it, in other words than the blind runs
(paraphrases of the kind of text, not the runs' sentences). Each group has must-not-match cases.
"""

from pathlib import Path

import pytest
import yaml

from trainer import text as tx
from trainer.scoring.acts import find_non_answers
from trainer.scoring.score import builtin_concepts
from trainer.scoring.transcript import Context, Transcript, Turn
from trainer.simulation.library import Library, scoring_settings
from trainer.text import PhraseSet

ROOT = Path(__file__).parent.parent
SETTINGS = scoring_settings()
RUBRIC = Library.load(ROOT).rubrics["call-model"]
CONCEPTS = {**builtin_concepts(SETTINGS), **RUBRIC.concepts}


def _signal(scenario, name):
    return list(yaml.safe_load((ROOT / "scenarios" / f"{scenario}.yaml").read_text(encoding="utf-8"))["signals"][name])


def _found(phrases, text, lang):
    """Is some phrase said, not under negation?"""
    return PhraseSet(phrases, lang).matches(text)


# -- 1. a negated imperative, and a trailing "ei saa"/«нельзя», scope over an object further away -------

CODE_ET = ["isikukood", "isikukoodi"]
CODE_RU = ["личный код", "личного кода"]


@pytest.mark.parametrize("lang, text", [
    ("et", "Palun ärge saatke siia üldisesse vestlusaknasse oma isikukoodi."),
    ("et", "ärge kirjutage sellesse avalikku vestlusse kunagi oma isikukoodi"),
    ("et", "Isikukoodi ma selles avalikus vestluses küsida ei tohi."),
    ("et", "isikukoodi me siin veebivestluses kasutada kahjuks ei saa"),
    ("ru", "Пожалуйста, не пишите в этот открытый общий чат свой личный код."),
    ("ru", "личный код в открытом чате мы спрашивать не можем"),
    ("ru", "Свой личный код в этом общем чате указывать нельзя."),
])
def test_a_prohibition_scopes_over_the_code_further_away(lang, text):
    assert not _found(CODE_ET if lang == "et" else CODE_RU, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("et", "Palun kirjutage siia vestlusaknasse oma isikukood."),
    ("et", "Ärge muretsege, palun saatke mulle oma isikukood."),  # the prohibition is over, a new request
    ("et", "Isikukoodi ma vajan, ilma selleta ei saa ma vaadata."),
    ("ru", "Не волнуйтесь, напишите, пожалуйста, свой личный код."),
    ("ru", "Напишите в чат свой личный код, без него нельзя."),
])
def test_a_request_for_the_code_is_still_found(lang, text):
    assert _found(CODE_ET if lang == "et" else CODE_RU, text, lang)


def test_a_negated_modal_still_leaves_an_adverbial_standing():
    # unchanged behaviour (abusive-caller-et): the adverbial is not what "ei saa" negates
    assert not tx.is_negated("Sellisel toonil ma vestlust jätkata ei saa.", 8, "et")


# -- 2. a negated main clause of promising, saying or knowing scopes over its et/что/kas clause --------

@pytest.mark.parametrize("lang, text, phrase", [
    ("et", "Paraku ma ei saa Teile lubada, et võlg kustutatakse.", "võlg kustutatakse"),
    ("et", "ma ei saa lubada et tagasinõue tühistatakse", "tagasinõue tühistatakse"),
    ("et", "Ma ei oska praegu öelda, kas toetus makstakse välja.", "toetus makstakse"),
    ("et", "Ei saa kindlalt öelda, et otsus tuleb positiivne.", "otsus tuleb"),
    ("ru", "К сожалению, я не могу обещать, что долг спишут.", "долг спишут"),
    ("ru", "не могу вам обещать что требование отменят", "требование отменят"),
    ("ru", "Я не гарантирую, что пособие назначат.", "пособие назначат"),
    ("ru", "Не могу сказать, когда придут деньги.", "придут деньги"),
])
def test_a_negated_main_clause_scopes_over_its_subordinate_clause(lang, text, phrase):
    assert not _found([phrase], text, lang)


@pytest.mark.parametrize("lang, text, phrase", [
    ("et", "Ma luban, et võlg kustutatakse.", "võlg kustutatakse"),
    ("et", "Ma ei tea Teie kontonumbrit, aga toetus makstakse välja kaheksandal.", "toetus makstakse"),
    ("et", "Te ei pea muretsema, sest võlg kustutatakse.", "võlg kustutatakse"),
    ("ru", "Обещаю, что долг спишут.", "долг спишут"),
    ("ru", "Не волнуйтесь, что требование отменят, это уже решено.", "требование отменят"),
    ("ru", "Я не знаю ваш номер, но деньги придут восьмого.", "деньги придут"),
])
def test_an_asserted_subordinate_clause_is_still_said(lang, text, phrase):
    assert _found([phrase], text, lang)


def test_a_negated_promise_passes_the_scenario_gate():
    phrases = _signal("overpayment-recovery-et", "cancel_promise")
    assert not _found(phrases, "Osamaksed saab kokku leppida, kuid ma ei saa lubada, et nõue tühistatakse.", "et")
    assert _found(phrases, "Ärge muretsege, nõue tühistatakse.", "et")


# -- 3. speech style: the reason for refusing, after "ei saa" of the previous clause --------------------

REASON_ET = list(CONCEPTS["data_protection_reason"]["et"])


@pytest.mark.parametrize("text", [
    "tema pensioni kohta ma infot anda ei saa see on tema andmete kaitseks",
    "seda ma oelda ei saa see on isikuandmete kaitseks",
    "Ma ei saa seda öelda, see on tema enda andmete kaitseks.",
])
def test_a_data_protection_reason_after_a_refusal(text):
    assert _found(REASON_ET, text, "et")


@pytest.mark.parametrize("text", [
    "andmete kaitseks ei ole vaja midagi teha",  # a negated reason
    "ma ei tea mis andmete kaitseks tehakse",  # no reason of a refusal: asked, negated
])
def test_a_negated_reason_is_none(text):
    assert not _found(REASON_ET, text, "et")


def test_a_finite_verb_ends_the_reach_of_a_negator_before_it():
    text = "raha ma oelda ei saa see on tema otsus"
    assert not tx.is_negated(text, text.index("otsus"), "et")
    text = "ma ei saa seda öelda see on tema asi"
    assert not tx.is_negated(text, text.index("asi"), "et")
    text = "seda ma ei tea see on tema asi"
    assert not tx.is_negated(text, text.index("asi"), "et")
    # the negated verb itself right after the negator is no new clause
    assert tx.is_negated("Вы не получите пенсию", 16, "ru")
    assert tx.is_negated("Te ei saa toetust", 10, "et")


# -- 4. a Russian question by word order: «… получаете вы» at the end -----------------------------------

@pytest.mark.parametrize("text", [
    "ребёнок уже зарегистрирован и пенсию по старости получаете вы",
    "пособие по уходу оформляете вы",
    "здравствуйте детские пособия на старших детей получаете вы",
])
def test_an_inverted_you_at_the_end_asks(text):
    assert any(tx.is_spoken_question(s, "ru") for _, _, s in tx.split_sentences(tx.normalize_input(text).text))


@pytest.mark.parametrize("text", [
    "предложение подтвердите вы",  # an imperative: advice
    "решать будете вы а не мы",
    "если детские пособия получаете вы",
    "я не знаю что получаете вы",
])
def test_a_statement_or_advice_ending_in_you_does_not_ask(text):
    assert not any(tx.is_spoken_question(s, "ru") for _, _, s in tx.split_sentences(tx.normalize_input(text).text))


def test_one_parent_receiving_all_is_the_same_parent():
    phrases = _signal("child-allowance-ru", "same_parent")
    assert _found(phrases, "доплата будет только если пособия на всех детей получает один родитель", "ru")
    assert _found(phrases, "нужно чтобы один родитель получал все детские пособия", "ru")
    assert not _found(phrases, "пособие одинокому родителю не положено", "ru")


# -- 5. a verbless reply that takes up the client's question is an answer -------------------------------

def _kinds(language, question, reply):
    t = Transcript(language=language, channel="chat", context=Context(), turns=[
        Turn(role="agent", text="Tere! Sotsiaalkindlustusamet, Kati. Kuidas saan aidata?" if language == "et"
             else "Здравствуйте! Департамент социального страхования, Анна. Чем могу помочь?"),
        Turn(role="client", text=question), Turn(role="agent", text=reply)])
    return [f.kind for f in find_non_answers(t, CONCEPTS, language).findings if f.whole_reply]


@pytest.mark.parametrize("language, question, reply", [
    ("et", "kuhu ma vaide saadan?", "vaide saatmine iseteeninduses või e-postiga (digiallkiri)"),
    ("et", "kus ma saan toetust taotleda?", "taotlemine iseteeninduses (id-kaart, mobiil-id)"),
    ("ru", "а когда придёт пособие?", "пособие восьмого числа (каждый месяц)"),
    ("ru", "как подать заявление?", "заявление через самообслуживание (ID-карта, Smart-ID)"),
])
def test_an_elliptical_answer_taking_up_the_question_is_no_chain(language, question, reply):
    assert _kinds(language, question, reply) == []


@pytest.mark.parametrize("language, question, reply", [
    ("et", "kuidas seda taotleda?", "Taotlus. Iseteenindus. Kokkuvõtteks."),
    ("et", "kuidas seda taotleda?", "taotlus iseteenindus kokkuvõte aitäh"),
    ("et", "Mis mu pensionist saab?", "Süsteem maas. Tagasihelistamine. Iseteenindus."),
    ("ru", "когда придёт пособие?", "Пособие. Самообслуживание. Итог."),
])
def test_keywords_after_a_question_stay_a_chain(language, question, reply):
    assert _kinds(language, question, reply) == ["keyword_chain"]


# -- 3b. a discourse marker opening a recap is outside the negation of its clause (speech) --------------

@pytest.mark.parametrize("lang, text, word", [
    ("et", "kokkuvotteks tema andmeid ma anda ei saa aga ta voib ise helistada", "kokkuvotteks"),
    ("et", "Seega toetust ei maksta, aga taotluse saab uuesti esitada.", "Seega"),
    ("ru", "итак данные соседа я сообщить не могу но он может позвонить сам", "итак"),
])
def test_a_recap_marker_is_not_negated(lang, text, word):
    assert not tx.is_negated(text, text.index(word), lang)


def test_the_clause_after_the_marker_stays_negated():
    text = "kokkuvotteks toetust ei maksta"
    assert tx.is_negated(text, text.index("toetust"), "et")


# -- 3c. speech: "seda, kas ..." after a demonstrative or a verb of saying is an embedded question -----

@pytest.mark.parametrize("lang, text", [
    ("et", "tema pensioni summat ega ka seda kas makse on tehtud ma teile oelda ei saa"),
    ("et", "ma ei saa teile kinnitada ka sellest kas toetus on juba kontole jõudnud see on andmekaitse"),
    ("ru", "я не могу вам сказать о том когда придут деньги это защита данных"),
])
def test_an_embedded_question_in_speech_is_no_question(lang, text):
    sentences = [s for _, _, s in tx.split_sentences(tx.normalize_input(text).text)]
    assert not any(tx.is_spoken_question(s, lang) for s in sentences), sentences


@pytest.mark.parametrize("text", [
    "ma vaatasin teie andmed üle kas teil on veel küsimusi",
    "seepärast ei saa ma venna andmeid praegu öelda Kas see on arusaadav",
])
def test_a_question_after_a_statement_still_breaks_in_speech(text):
    sentences = [s for _, _, s in tx.split_sentences(tx.normalize_input(text).text)]
    assert any(s.lower().startswith("kas") for s in sentences), sentences
