"""The client hears a terse answer in chat shorthand (trainer issue #10, new-user batches 73-74): a yes and the bare
value it offered itself („mitu päeva mul on? 30?“ - „jah 30.“) carries its question's unit (trainer.text.confirm), and a
clipped «вспомог.» is «вспомогательное» (trainer.text.abbreviations). A keyword list stays no answer."""

from __future__ import annotations

import pytest

from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library
from trainer.text.abbreviations import expand_abbreviations
from trainer.text.confirm import with_confirmed_unit


@pytest.fixture(scope="module")
def library():
    return load_library()


@pytest.mark.parametrize(("question", "reply", "heard"), [
    ("Selge. Aga mitu kuud see kestab? 6?", "jah 6. siis tuleb uus otsus", "jah 6 kuud. siis tuleb uus otsus"),
    ("Ja mitu tööpäeva see võtab? 10?", "ei, 5. kiiremini", "ei, 5 tööpäeva. kiiremini"),
    ("А сколько дней у меня есть? 30?", "да, 30. можно частями", "да, 30 дней. можно частями"),
    ("Понятно. Сколько месяцев ждать? 2?", "да 2, не больше", "да 2 месяцев, не больше"),
    ("Kas mul on 60 päeva?", "jah 60.", "jah 60 päeva."),
])
def test_bare_value_confirmed_gets_the_unit(question, reply, heard):
    assert with_confirmed_unit(question, reply) == heard


@pytest.mark.parametrize(("question", "reply"), [
    ("Aga mitu kuud see kestab? 6?", "jah 6. kokkuvõte, empaatia"),   # call-model cue words: a label list
    ("Aga mitu kuud see kestab? 6?", "jah 9."),                      # another value after a yes: no confirmation
    ("Aga mitu kuud see kestab?", "jah 6."),                         # nothing offered by the client
    ("Aga mitu kuud see kestab? 6?", "jah 6 kuud."),                 # the unit already said
    ("Aga mitu kuud see kestab? 6?", "jah. otsus. iseteenindus."),   # no value at all
    ("Aga mitu kuud see kestab? 6?", "6. otsus. iseteenindus."),     # no yes or no
    ("Сколько дней ждать? 30?", "да, 30 лет."),
])
def test_no_unit_added(question, reply):
    assert with_confirmed_unit(question, reply) == reply


@pytest.mark.parametrize(("text", "heard"), [
    ("семейный врач выдаст справку, что нужно вспомог. средство", "семейный врач выдаст справку, что нужно вспомогательное средство"),
    ("оформите вспомог. технику в фирме", "оформите вспомогательное технику в фирме"),
])
def test_clipped_assistive(text, heard):
    assert expand_abbreviations(text) == heard


@pytest.mark.parametrize("text", ["вспомог средство", "вспомог"])  # no stop: left as typed
def test_clipped_assistive_left(text):
    assert expand_abbreviations(text) == text


_PB_START = ["tere, SKA, kirjutab Anu. kas soovite isa päevad võtta?",
             "taotlust pole vaja: me saadame pakkumuse iseteenindusse, seal kinnitate."]


def _clients(library, sid, answers):
    conv = play_answers(library.get(sid), library, answers)
    return [t for t in conv.turns if t["role"] == "client"]


@pytest.mark.parametrize("reply", ["jah 30. neid saab võtta mitmes osas kuni laps on 3",
                                   "jah, 30. võib ka osade kaupa"])
def test_father_hears_the_days_confirmed(library, reply):
    turns = _clients(library, "parental-benefit-chat-et", [*_PB_START, reply])
    assert turns[-2]["text"].startswith("ok ponjal. ja mitu päeva")  # the question he offered "30?" in
    assert not turns[-1].get("fallback")
    assert turns[-1]["step"] == "together_q"


@pytest.mark.parametrize("reply", ["30. isa. pakkumus. iseteenindus.", "jah 30. kokkuvõte, empaatia"])
def test_father_keyword_list_not_heard(library, reply):
    turns = _clients(library, "parental-benefit-chat-et", [*_PB_START, reply])
    assert turns[-1]["step"] != "together_q"


_AD_START = ["Департамент социального страхования, Ольга, здравствуйте.",
             "Подскажите, ходунки нужны Вам лично? Справку у врача уже получили?"]


def test_walker_shorthand_steps_heard(library):
    reply = ("смотрите: 1) ортопед выдаст справку, что Вам нужно вспомог. средство. 2) со справкой в фирму, у которой "
             "договор с департаментом, там ходунки и получите. понятно?")
    turns = _clients(library, "assistive-device-rehab-ru", [*_AD_START, reply])
    assert turns[-1]["step"] == "cost"
    assert not turns[-1]["text"].startswith("Я же просто спросил")


def test_walker_keyword_list_not_heard(library):
    reply = "1) справка. 2) вспомог. средство. 3) фирма. 4) договор."
    turns = _clients(library, "assistive-device-rehab-ru", [*_AD_START, reply])
    assert turns[-1]["step"] != "cost"
