"""Issue #10: "saying the fact as a negation, or as a question, is not saying it", and neither is telling a rule
as one that no longer holds. Batch 11 (held out): a good run restated the client's question („... kas see tuleb
reedel?“) and explained „Varem, kuni 2024. aasta lõpuni, maksti pension ... eelneval reedel, aga nüüd enam
mitte.“; the scorer read both as the abolished Friday rule (a gate) and the client believed it. The same batch
found „Taotluse seisu saate vaadata ka ise iseteeninduses.“ read as the brush-off "vaadake ise" (last tests)."""

from __future__ import annotations

import pytest

from trainer.scoring.values import find_values, tells_former_rule
from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library

FORMER = [
    ("Varem maksti pension nädalavahetuse korral eelneval reedel, aga nüüd enam mitte.", "et"),
    ("vanasti tuli pension reedel, see reegel kaotati 2025. aastal", "et"),
    ("Reedel maksmise kord tühistati, nüüd makstakse järgmise kahe tööpäeva jooksul.", "et"),
    ("Раньше пенсию платили в пятницу, теперь так больше не делают.", "ru"),
    ("Правило о выплате в пятницу перед выходными отменили.", "ru"),
]
NOT_FORMER = [
    ("Pension makstakse reedel, nagu varem.", "et"),
    ("Pension tuleb endiselt eelneval reedel.", "et"),
    ("Varem maksti reedel ja nüüd ka.", "et"),
    ("Пенсию, как и раньше, платят в пятницу.", "ru"),
    ("Пенсия придёт в пятницу.", "ru"),
]


@pytest.mark.parametrize("sentence,lang", FORMER)
def test_a_rule_told_as_former(sentence, lang):
    assert tells_former_rule(sentence, lang)


@pytest.mark.parametrize("sentence,lang", NOT_FORMER)
def test_a_rule_said_to_hold(sentence, lang):
    assert not tells_former_rule(sentence, lang)


def test_value_check_reads_no_wrong_rule_in_a_former_rule_but_in_a_present_one():
    wrong = ("reedel", "eelneval reedel")
    right = ("kahe tööpäeva jooksul",)
    text = FORMER[0][0] + " Nüüd makstakse järgmise kahe tööpäeva jooksul."
    hits = find_values(text, "et", right, wrong)
    assert [h.right for h in hits] == [True]
    assert [h.right for h in find_values(NOT_FORMER[0][0], "et", right, wrong)] == [False]


@pytest.fixture(scope="module")
def library():
    return load_library()


GOOD_ET = [
    "Tere! Sotsiaalkindlustusamet, Liis kuuleb.",
    "Kas ma saan õigesti aru, et küsite, kas tõusnud pension tuleb reedel? Tõus kehtib 1. aprillist ja tuleb "
    "koos aprilli pensioniga. Varem maksti nädalavahetuse korral eelneval reedel, aga nüüd enam mitte: kui 5. "
    "kuupäev on pühapäeval, makstakse järgmise kahe tööpäeva jooksul. 5,3 protsenti on keskmise vanaduspensioni "
    "tõus, Teie tõus sõltub Teie pensioni suurusest.",
]


def test_the_scorer_and_the_client_hear_no_old_rule(library):
    scenario = library.get("indexation-day-et")
    conv = play_answers(scenario, library, GOOD_ET, seed=1)
    result = conv.score()
    verdict = {c["id"]: c["result"] for c in result["criteria"]}
    assert verdict["no_old_rule"] == "pass" and verdict["current_payment_rule"] == "pass"
    assert "current_payment_rule" not in result["gate_failures"]
    assert not conv.state.get("misinformed")  # the client did not believe the Friday rule


def test_the_old_rule_said_as_now_is_still_wrong(library):
    scenario = library.get("indexation-day-et")
    conv = play_answers(scenario, library, [GOOD_ET[0], "Tõusnud pension tuleb eelneval reedel, nagu varem."], seed=1)
    result = conv.score()
    assert "current_payment_rule" in result["gate_failures"]
    assert any(r["id"] == "old_rule" for r in conv.state.get("misinformed", []))


# -- courtesy: an offer of a further way the client can use themselves is no brush-off (batch 11, held out) ----

@pytest.mark.parametrize("reply,lang,rude", [
    ("Helistan Teile tagasi, kui süsteem töötab. Taotluse seisu saate vaadata ka ise iseteeninduses.", "et", False),
    ("Я перезвоню Вам. Вы также можете сами посмотреть статус в самообслуживании.", "ru", False),
    ("Vaadake ise kodulehelt, seal on kõik kirjas.", "et", True),
    ("Saate ju ise vaadata iseteeninduses.", "et", True),
    ("Посмотрите сами на сайте, там же всё написано.", "ru", True),
])
def test_own_way_offer_is_not_rude(library, reply, lang, rude):
    from trainer.scoring.transcript import Transcript

    scenario = library.get("indexation-day-et" if lang == "et" else "pension-weekend-ru")
    client = "Kas mu taotlus on juba läbi vaadatud?" if lang == "et" else "Мое заявление уже рассмотрели?"
    transcript = Transcript(language=lang, channel="phone", turns=[
        {"role": "agent", "text": "Tere, Sotsiaalkindlustusamet, Liis." if lang == "et" else "Здравствуйте, Ольга."},
        {"role": "client", "text": client}, {"role": "agent", "text": reply}])
    result = library.score(scenario, transcript)
    courtesy = next(c for c in result["criteria"] if c["id"] == "courtesy")
    assert (courtesy["result"] == "fail") == rude, courtesy
