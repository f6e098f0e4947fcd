"""New-user batch 15 (held out): three wrong facts passed without a gate, and a good run failed one.

1. disability-or-workability-chat-et: the joint application (ühistaotlus) said to be filed with the Board, which
   forwards the work-ability part to Töötukassa ("no need to contact Töötukassa"); it is filed with Töötukassa.
2. indexation-day-et: "the April pension is still the old amount, the rise comes first with the May pension";
   the rise comes with the April pension.
3. moving-abroad-account-et: Finland listed among the countries exempt from the proof of life (with Latvia and
   Lithuania, which are exempt), and "nothing to send later" while living in Finland.
4. indexation-day-et good: the old Friday rule told as former with a year bound („kuni 2024. aasta lõpuni maksti
   …“) was read as said, by the scorer and by the client.

Sentences written for these tests, not copied from the runs."""

from __future__ import annotations

import pytest
from scoring_support import scenario_reply_result

from trainer.scoring.values import tells_former_rule
from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library()


def _said_wrong(library, scenario_id: str, criterion: str, reply: str) -> bool:
    """Did the gated criterion fail because of something said (with evidence), not because it is missing? (A lone
    reply answers too little, so every positive gate fails as missing: "nothing answered".)"""
    result = scenario_reply_result(library, scenario_id, reply)
    verdict = next(c for c in result["criteria"] if c["id"] == criterion)
    return verdict["gate"] and verdict["result"] == "fail" and bool(verdict.get("evidence"))


# -- 1. the joint application is filed with Töötukassa ---------------------------------------------------------

JOINT_WRONG_ET = [
    "Ühistaotluse esitate meile, Sotsiaalkindlustusametile, ja meie saadame töövõime osa Töötukassale edasi.",
    "ühistaotluse saab esitada sotsiaalkindlustusametile ja amet edastab selle ise tootukassale",
    "Meie iseteeninduses saate esitada ühe ühise taotluse, töövõime hindamise osa edastatakse sealt Töötukassale.",
    "Töötukassasse pole Teil vaja eraldi pöörduda, sest ühistaotluse menetleme meie.",
]
JOINT_RIGHT_ET = [
    "Ühistaotluse esitate Töötukassale, infotelefon 15501; puude raskusastme otsustame meie ekspertarsti hinnangu põhjal.",
    "Meile Te eraldi taotlust esitama ei pea: Töötukassa edastab puude osa meile ise.",
    "Kahte eraldi taotlust ei ole vaja, piisab ühest ühistaotlusest Töötukassale.",
    "Töötukassasse ei pea kohale minema, ühistaotluse saab esitada ka Töötukassa e-teeninduses.",
]


@pytest.mark.parametrize("reply", JOINT_WRONG_ET)
def test_the_joint_application_at_the_board_fails_the_gate(library, reply):
    assert _said_wrong(library, "disability-or-workability-chat-et", "joint_application", reply)


@pytest.mark.parametrize("reply", JOINT_RIGHT_ET)
def test_the_joint_application_at_toetukassa_passes(library, reply):
    assert not _said_wrong(library, "disability-or-workability-chat-et", "joint_application", reply)
    assert not _said_wrong(library, "disability-or-workability-chat-et", "workability_elsewhere", reply)


JOINT_WRONG_RU = [
    "Совместное заявление подайте нам, в Департамент, а мы сами передадим часть о трудоспособности в Кассу по безработице.",
    "совместное заявление можно подать в департамент и в кассу по безработице отдельно обращаться не нужно",
]
JOINT_RIGHT_RU = [
    "Совместное заявление подаётся в Кассу по безработице (Töötukassa), телефон 15501, а степень инвалидности определяем мы.",
    "К нам отдельно обращаться не нужно: Касса по безработице сама передаст нам часть об инвалидности.",
]


@pytest.mark.parametrize("reply", JOINT_WRONG_RU)
def test_the_joint_application_at_the_board_fails_the_gate_ru(library, reply):
    assert _said_wrong(library, "disability-assessment-ru", "tootukassa_redirect", reply)


@pytest.mark.parametrize("reply", JOINT_RIGHT_RU)
def test_the_joint_application_at_toetukassa_passes_ru(library, reply):
    assert not _said_wrong(library, "disability-assessment-ru", "tootukassa_redirect", reply)


# -- 2. the rise comes with the April pension --------------------------------------------------------------------

RISE_LATE = [
    ("indexation-day-et", "Aprillis saate pensioni veel endises summas, tõus tuleb alles mai pensioniga."),
    ("indexation-day-et", "tõusnud pension makstakse esimest korda viiendal mail"),
    ("indexation-day-et", "Aprilli pension on veel vana suurusega, sest see arvutati enne indekseerimist."),
    ("indexation-day-ru", "Апрельскую пенсию выплатят ещё по старой сумме, а повышение придёт только в мае."),
    ("indexation-day-ru", "повышенную пенсию первый раз выплатят пятого мая"),
]
RISE_APRIL = [
    ("indexation-day-et", "Tõus kehtib 1. aprillist ja tuleb koos aprilli pensioniga, mitte alles mais."),
    ("indexation-day-et", "Tõus ei tule mais, vaid juba aprilli pensioniga."),
    ("indexation-day-et", "Tõusnud summa tuleb aprilli pensioniga ja sama suur on ka mai pension."),
    ("indexation-day-ru", "Повышение придёт уже с апрельской пенсией, не в мае."),
    ("indexation-day-ru", "Прибавка действует с 1 апреля и придёт с пенсией за апрель, в мае будет столько же."),
]


@pytest.mark.parametrize("scenario,reply", RISE_LATE)
def test_the_rise_first_in_may_fails_a_gate(library, scenario, reply):
    assert _said_wrong(library, scenario, "rise_with_april_pension", reply)


@pytest.mark.parametrize("scenario,reply", RISE_APRIL)
def test_the_rise_with_the_april_pension_passes(library, scenario, reply):
    assert not _said_wrong(library, scenario, "rise_with_april_pension", reply)


# -- 3. Finland is not exempt from the proof of life -------------------------------------------------------------

PROOF_WRONG = [
    "Elusolekutõendit ei pea saatma pensionärid, kes elavad meie lähiriikides, näiteks Soomes, Lätis või Leedus.",
    "Soomes, nagu ka Lätis ja Leedus, pole elusolekutõendit vaja.",
    "Ei, Soome kolides ei pea Te hiljem meile mingit tõendit saatma.",
    "soome puhul pole teil hiljem midagi vaja saata",
]
PROOF_RIGHT = [
    "Elusolekutõendit ei pea esitama Lätis ja Leedus elavad pensionärid, aga Soomes elades on see kord aastas vaja.",
    "Läti ja Leedu elanikud elusolekutõendit ei esita, Soome elanikud esitavad seda kord aastas.",
    "Hiljem tuleb Teil kord aastas saata elusolekutõend, muud midagi saata pole vaja.",
    "Soome pangakonto numbrit ei pea Te meile telefonis ütlema, teatage see iseteeninduses.",
]


@pytest.mark.parametrize("reply", PROOF_WRONG)
def test_finland_exempt_from_the_proof_of_life_fails_the_gate(library, reply):
    assert _said_wrong(library, "moving-abroad-account-et", "proof_of_life", reply)


@pytest.mark.parametrize("reply", PROOF_RIGHT)
def test_the_exempt_countries_without_finland_pass(library, reply):
    assert not _said_wrong(library, "moving-abroad-account-et", "proof_of_life", reply)


# -- 4. the old rule told as former with a year bound -------------------------------------------------------------

FORMER = [
    ("Kuni 2024. aastani maksti pension nädalavahetuse korral eelneval reedel, nüüd kahe tööpäeva jooksul.", "et"),
    ("Vana korra järgi kanti raha reedel enne nädalavahetust, alates 2025. aastast aga järgmise kahe tööpäeva jooksul.", "et"),
    ("naaber mäletab vana korda kuni 2024 aasta lõpuni tuli pension eelneval reedel", "et"),
    ("До 2025 года пенсию платили в пятницу перед выходными, а сейчас – в течение двух рабочих дней.", "ru"),
    ("Раньше, до конца 2024 года, пенсию выплачивали в предшествующую пятницу.", "ru"),
    ("по старому правилу до 2025 года деньги перечисляли накануне выходных", "ru"),
]
STILL_NOW = [
    ("Kuni 2024. aastani maksti eelneval reedel ja praegu makstakse samamoodi.", "et"),
    ("Nagu kuni 2024. aastani, makstakse pension ka nüüd eelneval reedel.", "et"),
    ("Kuni 2024. aasta lõpuni maksti reedel, nüüd makstakse ka reedel.", "et"),
    ("Pension makstakse eelneval reedel.", "et"),
    ("До 2025 года платили в пятницу перед выходными, и сейчас тоже платят в пятницу.", "ru"),
    ("Как и до 2025 года, пенсию платят в пятницу перед выходными.", "ru"),
    ("До конца года пенсию будут платить в пятницу перед выходными.", "ru"),
]


@pytest.mark.parametrize("sentence,lang", FORMER)
def test_a_rule_bounded_by_a_past_year_is_told_as_former(sentence, lang):
    assert tells_former_rule(sentence, lang)


@pytest.mark.parametrize("sentence,lang", STILL_NOW)
def test_the_old_rule_said_as_now_is_not_former(sentence, lang):
    assert not tells_former_rule(sentence, lang)


def test_the_old_rule_told_as_former_is_neither_scored_nor_believed(library):
    from trainer.simulation.examples import play_answers

    scenario = library.get("indexation-day-et")
    answers = [
        "Tere! Sotsiaalkindlustusamet, Maris kuuleb.",
        "Kas ma saan õigesti aru, et küsite, millal tõusnud pension tuleb? Tõus kehtib 1. aprillist ja tuleb aprilli "
        "pensioniga. Naaber mäletab vana korda: kuni 2024. aastani maksti nädalavahetuse korral eelneval reedel, aga "
        "alates 2025. aastast makstakse sel juhul järgmise kahe tööpäeva jooksul.",
    ]
    conv = play_answers(scenario, library, answers, seed=1)
    result = conv.score()
    verdict = {c["id"]: c["result"] for c in result["criteria"]}
    assert verdict["current_payment_rule"] == "pass" and verdict["no_old_rule"] == "pass"
    assert not conv.state.get("misinformed")
