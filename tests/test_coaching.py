"""Live coaching in practice mode (trainer.onboarding.coaching): the checklist's failed state, the
closing judged only at the end, and the data-protection alert the moment personal data goes out."""

from __future__ import annotations

from datetime import date

import pytest
from conftest_storage import FIXTURE_HOME

from trainer.onboarding.coaching import checklist, coach
from trainer.simulation.dialogue import Conversation
from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library(FIXTURE_HOME)


def conversation(library, sid):
    return Conversation.start(library.get(sid), library, seed=1, today=date(2026, 12, 7))


@pytest.mark.parametrize(("sid", "greeting", "leak", "quote", "feedback"), [
    ("pension-late-et", "Tere, Sotsiaalkindlustusamet, Mari kuuleb.",
     "Teie pension 812,40 eurot maksti välja 7. detsembril.", "812,40", "enne kliendi tuvastamist"),
    ("pension-weekend-ru", "Здравствуйте, Департамент социального страхования, Мария слушает.",
     "Ваша пенсия 694,80 евро выплачена 7 декабря.", "694,80", "до идентификации клиента"),
])
def test_private_fact_before_identification_alerts_at_once_and_fails_identification(
        library, sid, greeting, leak, quote, feedback):
    conv = conversation(library, sid)
    conv.reply(greeting)
    first = coach(conv)
    assert first.alerts == ()
    assert dict(first.checklist)["identification"] == "open" and "data_protection" not in dict(first.checklist)
    conv.reply(leak)
    now = coach(conv)
    [alert] = now.alerts
    assert (alert.kind, alert.criterion, alert.quote, alert.agent_turn) == ("disclosed_before", "data_protection", quote, 2)
    assert feedback in alert.feedback  # the scorer's sentence, in the conversation's language
    states = dict(now.checklist)
    assert states["identification"] == "failed" and states["data_protection"] == "failed"
    assert [s for s, _ in now.checklist][:3] == ["greeting", "identification", "data_protection"]
    # asking for the code afterwards does not mend it
    conv.reply("Palun öelge oma isikukood." if sid.endswith("-et") else "Назовите, пожалуйста, Ваш личный код.")
    assert dict(coach(conv).checklist)["identification"] == "failed"


def test_closing_is_judged_only_when_the_call_ends(library):
    conv = conversation(library, "pension-weekend-ru")
    exemplary = next(e for e in library.get("pension-weekend-ru").examples if e.kind == "exemplary").answers
    conv.reply(exemplary[0])
    conv.reply("Спасибо, всего доброго!")  # a farewell mid-call: the client goes on talking
    assert not conv.finished
    raw = {c["id"]: c["result"] for c in conv.score()["criteria"]}
    assert raw["closing"] == "pass"  # what the old checklist ticked as "Lõpetus" mid-call
    assert dict(coach(conv).checklist)["closing"] == "at_end"
    conv = conversation(library, "pension-weekend-ru")
    for answer in exemplary:
        conv.reply(answer)
    assert conv.finished
    assert dict(coach(conv).checklist)["closing"] == "done"


def test_greeting_fails_once_the_first_reply_had_none(library):
    conv = conversation(library, "pension-late-et")
    assert dict(coach(conv).checklist)["greeting"] == "open"  # nothing said yet
    conv.reply("Palun öelge oma isikukood.")
    assert dict(coach(conv).checklist)["greeting"] == "failed"


def test_closing_without_thanks_at_the_end_fails():
    result = {"criteria": [{"id": "closing", "stage": "closing", "result": "fail", "evidence": []}]}
    assert checklist(result, 3, finished=True) == [
        ("greeting", "open"), ("identification", "open"), ("needs", "open"), ("explanation", "open"),
        ("summary", "open"), ("closing", "failed")]
    assert checklist(result, 3, finished=False)[-1] == ("closing", "at_end")
