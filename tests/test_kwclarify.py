"""Scorer feedback faults a fresh user found (branch kwclarify, issue #10).

1. A "clarifying question" that only lists bare keywords after its frame ("Kas ma sain õigesti aru, et küsite: pension,
   konto, pank, tõend, arst?", «Правильно ли я понимаю, что Вы спрашиваете: пенсия, банк, счёт, справка?») names the
   scorer's words, it asks the client nothing: no clarification (`needs` fails). A short honest clarification
   ("Kas küsite pensioni või toetuse kohta?", «Вы спрашиваете о пенсии по старости или по инвалидности?») still passes.
2. The right-authority and knowledge-values gates pass a reply that referred nowhere and named no figure: their pass
   feedback must not praise a referral or figures that never came (neutral wording, et/ru/en).
3. A first reply whose greeting words stand in a recited checklist ("Tervitus, asutus, nimi: ...") fails the greeting
   criterion; the feedback names the real fault (the missing own name, the list read out), not "no greeting".

Written before the change; the sentences are our own, not the runs'.
"""

from __future__ import annotations

import pytest
from scoring_support import RUBRIC, SETTINGS

from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import Transcript, Turn

OPEN = {"et": "Tere! Sotsiaalkindlustusamet, Piret kuuleb. Kuidas saan aidata?",
        "ru": "Здравствуйте! Департамент социального страхования, меня зовут Наталья. Чем могу помочь?"}
CLIENT = {"et": "Tere. Kolin varsti Soome ja tahan teada, mis saab mu pensionist ja kuhu see siis tuleb.",
          "ru": "Здравствуйте. Я скоро переезжаю в Финляндию, что будет с моей пенсией и куда её будут платить?"}
REPLY = {"et": "Jah, just seda.", "ru": "Да, именно это."}


def _result(lang: str, turns: list[tuple[str, str]]) -> dict:
    t = Transcript(language=lang, channel="phone", turns=[Turn(role=r, text=x) for r, x in turns])
    return {c["id"]: c for c in score_transcript(t, RUBRIC, SETTINGS)["criteria"]}


def _needs(lang: str, question: str) -> str:
    return _result(lang, [("agent", OPEN[lang]), ("client", CLIENT[lang]), ("agent", question),
                          ("client", REPLY[lang])])["needs"]["result"]


@pytest.mark.parametrize("lang, question", [
    ("et", "Kas ma sain õigesti aru, et küsite: kolimine, Soome, pension, pangakonto, tõend, avaldus?"),
    ("et", "Kas ma saan õigesti aru, et Te küsite: pension, välismaa, konto, elukoht, iseteenindus?"),
    ("et", "Kas küsite: pension, Soome, konto, elusolekutõend?"),
    ("ru", "Правильно ли я понимаю, что Вы спрашиваете: переезд, Финляндия, пенсия, банк, счёт?"),
    ("ru", "Я правильно поняла, что Вас интересует: пенсия, заграница, счёт, справка о жизни, заявление?"),
    ("ru", "Вы спрашиваете: пенсия, Финляндия, счёт, справка?"),
])
def test_keyword_list_is_no_clarification(lang, question):
    assert _needs(lang, question) == "fail"


@pytest.mark.parametrize("lang, question", [
    ("et", "Kas küsite pensioni või toetuse kohta?"),
    ("et", "Kas ma sain õigesti aru, et küsite, kuhu pension pärast Soome kolimist tuleb?"),
    ("et", "kysite pensioni kohta, eks?"),
    ("et", "Kas küsite pensioni maksmise ja pangakonto kohta?"),
    ("et", "Kas ma sain õigesti aru, et kolite Soome, pension peab edasi tulema ja konto võib muutuda?"),
    ("ru", "Вы спрашиваете о пенсии по старости или по инвалидности?"),
    ("ru", "Правильно ли я поняла, что Вы переезжаете в Финляндию и хотите, чтобы пенсия приходила туда?"),
    ("ru", "Вы спрашиваете, куда будут платить пенсию после переезда?"),
    ("et", "Kas küsite kolme asja: kuhu pension tuleb, kas konto muutub ja mida teha tõendiga?"),
    ("et", "Kas küsite pensioni, pangakonto, tõendi või avalduse kohta?"),
    ("ru", "Вы спрашиваете о трёх вещах: куда придёт пенсия, как сменить счёт и нужна ли справка?"),
    ("ru", "Вы спрашиваете о пенсии, счёте, справке или заявлении?"),
])
def test_honest_clarification_still_passes(lang, question):
    assert _needs(lang, question) == "pass"


# -- 2. neutral pass feedback of the must-not gates ---------------------------------------------------------------

NOWHERE = {"et": "Kas küsite pensioni maksmise kohta pärast kolimist?",
           "ru": "Вы спрашиваете о выплате пенсии после переезда?"}
PRAISE = {"et": ("Suunasite", "vastavad teadmusbaasile"), "ru": ("Вы направили", "соответствуют базе знаний")}


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_pass_feedback_praises_no_referral_that_did_not_happen(lang):
    crit = _result(lang, [("agent", OPEN[lang]), ("client", CLIENT[lang]), ("agent", NOWHERE[lang])])
    for cid in ("right_authority", "knowledge_values"):
        assert crit[cid]["result"] == "pass"
        assert not any(p in crit[cid]["feedback"] for p in PRAISE[lang]), crit[cid]["feedback"]
        assert crit[cid]["feedback"]


def test_english_pass_feedback_is_neutral():
    by_id = {c.id: c for c in RUBRIC.criteria}
    assert "right authority" not in by_id["right_authority"].feedback.passed["en"]
    assert "matches" not in by_id["knowledge_values"].feedback.passed["en"]


# -- 3. the greeting's feedback names the real fault ---------------------------------------------------------------

@pytest.mark.parametrize("lang, first, missing", [
    ("et", "Tervitus, asutus, nimi: Sotsiaalkindlustusamet kuuleb, tere, kuidas saan Teid aidata.", "nime"),
    ("ru", "Приветствие, учреждение, имя: Департамент социального страхования, здравствуйте, чем могу помочь.", "имя"),
])
def test_greeting_in_recited_list_names_the_real_fault(lang, first, missing):
    crit = _result(lang, [("agent", first), ("client", CLIENT[lang])])["greeting"]
    assert crit["result"] == "fail"
    assert "puudus tervitus" not in crit["feedback"] and "не было приветствия" not in crit["feedback"]
    assert missing in crit["feedback"], crit["feedback"]


@pytest.mark.parametrize("lang, first, reason", [
    ("et", "Sotsiaalkindlustusamet, Piret kuuleb. Kuidas saan aidata?", "puudus tervitus"),
    ("et", "Tere! Piret kuuleb. Kuidas saan aidata?", "asutuse nimi"),
    ("ru", "Департамент социального страхования, меня зовут Наталья.", "не было приветствия"),
])
def test_greeting_missing_keeps_its_reason(lang, first, reason):
    crit = _result(lang, [("agent", first), ("client", CLIENT[lang])])["greeting"]
    assert crit["result"] == "fail" and reason in crit["feedback"], crit["feedback"]
