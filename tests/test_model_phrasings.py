"""Model phrasings (``model:`` of a criterion): every call-model criterion has one in et/ru/en, it passes
its own criterion, the scorer puts it under a failed criterion only, in the conversation's language."""

from __future__ import annotations

from datetime import date

import pytest
from conftest_storage import FIXTURE_HOME
from pydantic import ValidationError

from trainer.scoring.rubric import Criterion
from trainer.simulation.dialogue import Conversation
from trainer.simulation.library import _render_criterion, load_library

SCENARIOS = {"et": "pension-late-et", "ru": "pension-weekend-ru"}
ALONE = ("greeting", "identification", "needs", "formal_address", "data_protection", "courtesy", "real_answers")


@pytest.fixture(scope="module")
def library():
    return load_library(FIXTURE_HOME)


def test_every_call_model_criterion_has_a_model_phrasing_in_three_languages(library):
    for crit in library.rubrics["call-model"].criteria:
        assert set(crit.model) == {"et", "ru", "en"} and all(v.strip() for v in crit.model.values()), crit.id


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_a_model_phrasing_passes_its_own_criterion(library, lang):
    scenario = library.get(SCENARIOS[lang])
    rubric = library.rubrics["call-model"]
    for cid in ALONE:  # judged on one reply
        assert library.criterion_verdict(scenario, cid, rubric.criterion(cid).model[lang]), cid
    # in the call: the empathy model answers the upset client, the summary and closing come after the answer
    answers = list(next(e for e in scenario.examples if e.kind == "exemplary").answers)
    code = "Palun öelge oma isikukood." if lang == "et" else "Назовите, пожалуйста, Ваш личный код."
    answers[1] = f"{rubric.criterion('empathy').model[lang]} {rubric.criterion('needs').model[lang]} {code}"
    # the summary model is a frame: its gaps filled as a trainee would (the bare frame after the client's question
    # "so tomorrow the money is there?" recaps nothing and answers nothing, and fails)
    gaps = {"et": ("pension maksti 7. detsembril", "raha on homme Teie kontol"),
            "ru": ("пенсия выплачена 7 декабря", "деньги завтра будут на Вашем счёте")}[lang]
    answers[3] = rubric.criterion("summary").model[lang].replace("…", gaps[0], 1).replace("…", gaps[1], 1)
    answers[4] = rubric.criterion("closing").model[lang]
    conv = Conversation.start(scenario, library, seed=1, today=date(2026, 12, 7))
    for answer in answers:
        conv.reply(answer)
    verdicts = {c["id"]: c["result"] for c in conv.score()["criteria"]}
    assert conv.finished
    assert (verdicts["empathy"], verdicts["summary"], verdicts["closing"]) == ("pass", "pass", "pass")


@pytest.mark.parametrize(("lang", "word"), [("et", "isikukood"), ("ru", "личный код")])
def test_the_scorer_gives_the_model_under_failed_criteria_only(library, lang, word):
    scenario = library.get(SCENARIOS[lang])
    flawed = next(e for e in scenario.examples if e.kind != "exemplary").answers  # leaks the amount first
    conv = Conversation.start(scenario, library, seed=1, today=date(2026, 12, 7))
    for answer in flawed:
        conv.reply(answer)
    by_id = {c["id"]: c for c in conv.score()["criteria"]}
    assert by_id["greeting"]["result"] == "pass" and "model" not in by_id["greeting"]
    assert by_id["data_protection"]["result"] == "fail"
    assert word in by_id["data_protection"]["model"] and word in by_id["identification"]["model"]
    assert "model" not in by_id["payment_rule"]  # a content criterion without one


def test_a_model_may_use_scenario_templates_but_not_the_evidence():
    crit = Criterion.model_validate({"id": "payment", "check": {"type": "concept", "value": "x"},
                                     "model": {"et": "Pension maksti välja {facts.payment_date}."}})
    filled = _render_criterion(crit, {"facts.payment_date": "7. detsembril"})
    assert filled.model == {"et": "Pension maksti välja 7. detsembril."}
    with pytest.raises(ValidationError, match="what to say"):
        Criterion.model_validate({"id": "payment", "check": {"type": "concept", "value": "x"},
                                  "model": {"et": "Te ütlesite „{quote}“."}})
    with pytest.raises(ValidationError, match="not allowed"):
        Criterion.model_validate({"id": "payment", "check": {"type": "concept", "value": "x"},
                                  "model": {"ru": "{facts.x:>99999}"}})


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_the_empathy_advice_passes_with_a_hardship_and_a_question_glued_to_it(library, lang):
    # the phrases the fail feedback recommends must themselves answer an upset client who has no money for medicine,
    # also when the next question follows at once; the vague "see on Teile oluline" it warns against must not
    import re

    from scoring_support import verdicts

    feedback = next(c for c in library.rubrics["call-model"].criteria if c.id == "empathy").feedback.failed[lang]
    advised = re.findall(r"[„«]([^“»]+)[“»]", feedback)
    assert len(advised) == 3, feedback  # two to say, one to avoid
    opening, client, question = {
        "et": ("Tere, Sotsiaalkindlustusamet, Kadri kuuleb.", "Pension ei tulnud, mul pole raha ravimite jaoks, ma olen täiesti endast väljas!",
               "Millal Te pensioni viimati saite?"),
        "ru": ("Здравствуйте, Департамент социального страхования, Ольга.", "Пенсия не пришла, мне не на что купить лекарства, я в отчаянии!",
               "Когда Вы получили пенсию в последний раз?")}[lang]
    results = []
    for phrase in advised:
        sentence = phrase if phrase.endswith((".", "!")) else phrase[0].upper() + phrase[1:] + "."
        turns = [("agent", opening), ("client", client), ("agent", f"{sentence} {question}"),
                 ("client", "Eelmisel kuul." if lang == "et" else "В прошлом месяце.")]
        results.append(verdicts(lang, turns, client_upset=True)["empathy"])
    assert results == ["pass", "pass", "fail"], (advised, results)
