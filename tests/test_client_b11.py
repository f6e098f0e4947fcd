"""Issue #10, batch 11 client notes (tests/newuser/live11/README-k.md, README-m.md; held out).

1. A request to hold asked as a question („Kas võin Teid hetkeks ootele panna?“, «Можно попросить Вас подождать
   минуту?») gets "Jah, ootan." like „Üks hetk.“: it asks the client nothing else. A reply that also asks a real
   question is not only a hold.
2. Put on hold again and again with nothing in between, the client grows impatient (counted like a fallback,
   so an endless hold ends on the dialogue's unsatisfied end instead of "Jah, ootan." for ever).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from client_support import play_client

from trainer.simulation.library import load_library
from trainer.simulation.reactions import HOLD_IMPATIENT, HOLDING

TODAY = date(2026, 12, 1)


@pytest.fixture(scope="module")
def library():
    return load_library()


@pytest.mark.parametrize("scenario_id,greeting,hold,lang", [
    ("indexation-day-et", "Tere, Sotsiaalkindlustusamet, Liis kuuleb.", "Kas võin Teid hetkeks ootele panna?", "et"),
    ("indexation-day-et", "tere sotsiaalkindlustusamet liis", "kas ma voin teid korraks ootele panna", "et"),
    ("pension-weekend-ru", "Здравствуйте, Департамент социального страхования, Ольга.",
     "Можно попросить Вас подождать минуту?", "ru"),
])
def test_a_hold_asked_as_a_question_is_a_hold(library, scenario_id, greeting, hold, lang):
    said, _ = play_client(library, library.get(scenario_id), [greeting, hold], TODAY)
    assert said == HOLDING[lang]


def test_a_real_question_with_a_hold_is_answered_not_waited(library):
    said, _ = play_client(library, library.get("indexation-day-et"), [
        "Tere, Sotsiaalkindlustusamet, Liis kuuleb.",
        "Kas Te vaatasite oma pangakontot täna hommikul? Kas võin Teid siis hetkeks ootele panna?"], TODAY)
    assert said != HOLDING["et"]


def test_endless_hold_makes_the_client_impatient(library):
    holds = ["Kas võin Teid hetkeks ootele panna?", "Aitäh ootamast. Kas võin Teid veel korraks ootele panna?",
             "Vabandan. Üks hetk veel, palun oodake."]
    said, conv = play_client(library, library.get("indexation-day-et"),
                             ["Tere, Sotsiaalkindlustusamet, Liis kuuleb.", *holds], TODAY)
    assert said == HOLD_IMPATIENT["et"]
    assert conv.state["vars"]["fallbacks"] >= 1


def test_two_holds_with_an_answer_between_keep_the_client_patient(library):
    said, _ = play_client(library, library.get("indexation-day-et"), [
        "Tere, Sotsiaalkindlustusamet, Liis kuuleb.", "Üks hetk, palun oodake.",
        "Aitäh ootamast. Pensionitõus 5,3 protsenti on keskmise pensioni tõus, Teie tõus sõltub Teie pensionist.",
        "Kas võin Teid hetkeks ootele panna?"], TODAY)
    assert said == HOLDING["et"]


def test_a_hold_with_a_name_check_is_not_only_a_hold(library):
    """„минуточку проверяю так оксана коваленко правильно“ (batch 10, foreign-no-code-ru/terse_good) checks the
    name too: the client confirms it, it does not only wait."""
    import yaml

    from trainer.simulation.examples import play_answers

    doc = yaml.safe_load((Path(__file__).parent / "newuser/live10/foreign-no-code-ru.yaml").read_text(encoding="utf-8"))
    answers = next(r["answers"] for r in doc["runs"] if r["name"] == "terse_good")
    k = next(n for n, a in enumerate(answers) if a.startswith("минуточку проверяю"))
    conv = play_answers(library.get("foreign-no-code-ru"), library, answers[:k + 1], seed=1)
    assert "это я" in conv.turns[-1]["text"]


# -- 3. the chat transcript: taken by a helped client, declined by one leaving unhelped, not while a question is open

def test_the_transcript_is_taken_only_by_a_client_who_was_helped(library):
    from trainer.simulation.examples import play_answers
    from trainer.simulation.reactions import TRANSCRIPT_ANSWER, TRANSCRIPT_DECLINE

    doc = yaml_runs("health-insurance-redirect-chat-et")
    good = play_answers(library.get("health-insurance-redirect-chat-et"), library, doc["good"], seed=1)
    assert TRANSCRIPT_ANSWER["et"] in good.turns[-1]["text"]
    gaming = play_answers(library.get("health-insurance-redirect-chat-et"), library, doc["gaming"], seed=1)
    client = [t["text"] for t in gaming.turns if t["role"] == "client"]
    assert not any("ei vastanud" in t and TRANSCRIPT_ANSWER["et"] in t for t in client)  # its question is open
    echo = ["Tere! Sotsiaalkindlustusamet, Liis. Kas ma sain õigesti aru, et küsite, kuidas lapsetoetust taotleda?",
            "Kas ma sain õigesti aru, et Te ei leia taotlust?",
            "Kas ma sain õigesti aru, et soovite teada, kust taotlust leida?",
            "Kas ma sain õigesti aru, et küsite taotluse kohta?",
            "Kas ma sain õigesti aru, et see on Teile oluline? Soovi korral saadan vestluse ärakirja."]
    said, conv = play_client(library, library.get("child-allowance-et"), echo, TODAY)
    assert conv.state["step"] == library.get("child-allowance-et").dialogue.on_stuck
    assert said.endswith(TRANSCRIPT_DECLINE["et"])


def yaml_runs(scenario_id: str) -> dict[str, list[str]]:
    """The answers of each run of batch 11's file for a scenario."""
    import yaml

    doc = yaml.safe_load((Path(__file__).parent / f"newuser/live11/{scenario_id}.yaml").read_text(encoding="utf-8"))
    return {r["name"]: r["answers"] for r in doc["runs"]}
