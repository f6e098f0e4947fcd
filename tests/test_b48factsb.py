"""New-user batch 48 (tests/newuser/live48): two wrong facts that passed and one rule read as a promise, on
sentences written for these tests.

- A third person's data promised through an information request (teabenõue, «информационный запрос»): the data
  of a named person go only to her or to someone with her written authorisation; press questions go to the
  communications department (data-request-journalist-ru, gate `no_request_shortcut`, which the client believes).
- Every pension said to rise by the same percentage (5,3 %): 5,3 % is the average rise of the old-age pension and
  each rise depends on the person's own pension (indexation-day-et / -ru, the `rise_explained` gate's wrong list and
  the client's `same_percent` signal).
- A refusal to promise a date with words between ("ei saa ma Teile otsuse kindlat kuupäeva lubada") and a rule of
  from-when a benefit is granted ("pension määratakse pensioniõiguse tekkimise päevast", "... avalduse esitamise
  päevast") are no promise; a certainty said after the refusal still is.
"""

from __future__ import annotations

import pytest
from scoring_support import scenario_reply_result

from trainer.scoring.promises import is_promise
from trainer.scoring.signals import analyse_reply
from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library()


def _criterion(result: dict, cid: str) -> dict:
    return next(c for c in result["criteria"] if c["id"] == cid)


# --- refusal to promise and from-when rules -------------------------------------------------------------------

NOT_PROMISES = [
    ("et", "Kuna taotluse võib esitada mitu kuud ette, ei saa ma Teile otsuse täpset päeva lubada, kuid pension "
           "määratakse Teile õiguse tekkimise päevast."),
    ("et", "Otsuse kuupäeva ei saa ma Teile kahjuks garanteerida, aga vanaduspension määratakse pensioniea "
           "täitumise päevast."),
    ("et", "Teile määratakse pension pensioniea täitumise päevast."),
    ("et", "Toetus määratakse Teile avalduse esitamise päevast."),
    ("et", "Pension määratakse Teile päevast, mil tekib pensioniõigus."),
    ("ru", "Точную дату решения я Вам обещать не могу, но пенсию назначат со дня возникновения права."),
    ("ru", "Не могу Вам гарантировать конкретный день решения, а пенсию Вам назначат с того дня, когда возникнет право."),
]

PROMISES = [
    ("et", "Otsus tuleb Teile kindlasti 11. detsembriks."),
    ("et", "Pension määratakse Teile kindlasti."),
    ("et", "Ma ei saa Teile päeva lubada, aga pension määratakse Teile kindlasti."),
    ("et", "Ei saa ma Teile kuupäeva lubada, kuid otsus on Teil kindlasti enne jõule käes."),
    ("et", "Teile määratakse pension."),
    ("ru", "Пенсию Вам точно назначат к 11 декабря."),
    ("ru", "Не могу Вам обещать точную дату, но пенсию Вам назначат точно."),
]


@pytest.mark.parametrize(("lang", "sentence"), NOT_PROMISES)
def test_refusal_and_from_when_rule_are_no_promise(lang, sentence):
    assert not is_promise(sentence, lang)


@pytest.mark.parametrize(("lang", "sentence"), PROMISES)
def test_real_promises_still_promise(lang, sentence):
    assert is_promise(sentence, lang)


def test_refuses_code_rule_sentence_keeps_gates(library):
    reply = ("Avaldus on menetluses. Kuna taotluse võib esitada mitu kuud ette, ei saa ma Teile otsuse täpset "
             "päeva lubada, kuid pension määratakse Teile õiguse tekkimise päevast.")
    result = scenario_reply_result(library, "refuses-code-et", reply)
    for cid in ("no_promise", "no_fixed_date"):
        assert _criterion(result, cid)["result"] == "pass", cid


def test_refuses_code_promised_date_still_fails(library):
    result = scenario_reply_result(library, "refuses-code-et", "Otsus on Teil kindlasti käes 11. detsembriks.")
    assert _criterion(result, "no_fixed_date")["result"] == "fail"
    assert not result["passed"]


# --- every pension the same percentage ------------------------------------------------------------------------

SAME_PERCENT = [
    ("indexation-day-et", "Sel aastal tõusevad kõik pensionid ühepalju, 5,3 protsenti."),
    ("indexation-day-et", "Iga pension tõuseb täpselt viis koma kolm protsenti, naabril on lihtsalt pension suurem."),
    ("indexation-day-et", "5,3 % tõuseb igaühe pension, seepärast on suurema pensioniga inimesel tõus eurodes suurem."),
    ("indexation-day-et", "pensionid tousevad koigil uhtemoodi 5,3%"),
    ("indexation-day-et", "Protsent on kõigil sama, 5,3 %, vahe on ainult eurodes."),
    ("indexation-day-ru", "Все пенсии в этом году выросли ровно на 5,3 процента."),
    ("indexation-day-ru", "У каждого пенсия растёт на одни и те же 5,3 %, просто у соседки пенсия больше."),
    ("indexation-day-ru", "процент у всех одинаковый 5,3 разница только в евро"),
]

RIGHT_PERCENT = [
    ("indexation-day-et", "5,3 % on keskmise vanaduspensioni tõus, igaühe tõus sõltub tema enda pensionist."),
    ("indexation-day-et", "Kõigil ei tõuse pension sama protsendi võrra, 5,3 % on keskmine."),
    ("indexation-day-et", "Iga pensioni tõus oleneb pensioni suurusest, keskeltläbi on see 5,3 protsenti."),
    ("indexation-day-et", "Kas Te arvate, et kõigil tõuseb 5,3 protsenti?"),
    ("indexation-day-ru", "5,3 % – это рост средней пенсии, у каждого прибавка зависит от размера пенсии."),
    ("indexation-day-ru", "Не у всех пенсия выросла на 5,3 процента, это средний рост."),
]


@pytest.mark.parametrize(("scenario", "reply"), SAME_PERCENT)
def test_same_percent_for_everyone_fails_rise_gate(library, scenario, reply):
    result = scenario_reply_result(library, scenario, reply)
    rise = _criterion(result, "rise_explained")
    assert rise["result"] == "fail" and rise.get("gate_failed") and rise.get("reason") == "wrong", rise
    assert not result["passed"]
    sc = library.get(scenario)
    assert analyse_reply(reply, sc.language, {}, sc.signals)["signals"]["same_rise"]


@pytest.mark.parametrize(("scenario", "reply"), RIGHT_PERCENT)
def test_average_percent_is_right(library, scenario, reply):
    result = scenario_reply_result(library, scenario, reply)
    assert _criterion(result, "rise_explained").get("reason") != "wrong"  # a missing right phrase is another matter
    sc = library.get(scenario)
    assert not analyse_reply(reply, sc.language, {}, sc.signals)["signals"]["same_rise"]


# --- a third person's data through an information request -----------------------------------------------------

REQUEST_SHORTCUT = [
    "Редакция может направить нам запрос на информацию, и мы письменно сообщим Вам о её пенсии.",
    "Через информационный запрос мы такие данные журналистам предоставляем.",
    "Пришлите официальный запрос о госпоже Петровой – ответ получите в течение пяти рабочих дней.",
    "Если подадите teabenõue, мы выдадим Вам сведения о её выплатах.",
    "напишите нам информационный запрос мы ответим про ее пенсию письменно",
]

REQUEST_RIGHT = [
    "Даже по информационному запросу мы данные о конкретном человеке не выдаём.",
    "Информационный запрос тут не поможет: о третьих лицах мы сведений не даём.",
    "Она сама может подать нам запрос на информацию о своей пенсии, и мы ответим ей.",
    "Запросы прессы, в том числе статистику, принимает отдел коммуникации.",
    "Письменный запрос с вопросами направьте в отдел коммуникации, они ответят.",
]


@pytest.mark.parametrize("reply", REQUEST_SHORTCUT)
def test_info_request_for_third_person_fails_gate(library, reply):
    result = scenario_reply_result(library, "data-request-journalist-ru", reply)
    gate = _criterion(result, "no_request_shortcut")
    assert gate["result"] == "fail" and gate.get("gate_failed"), gate
    assert not result["passed"]
    sc = library.get("data-request-journalist-ru")
    assert analyse_reply(reply, "ru", {}, sc.signals)["signals"]["request_shortcut"]


@pytest.mark.parametrize("reply", REQUEST_RIGHT)
def test_refused_request_and_press_office_are_right(library, reply):
    result = scenario_reply_result(library, "data-request-journalist-ru", reply)
    assert _criterion(result, "no_request_shortcut")["result"] == "pass"
