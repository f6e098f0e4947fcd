"""The dialogue engine: branching on what the trainee did, fallbacks, ending, resuming from saved state."""

import json
from datetime import date
from pathlib import Path

import pytest

from trainer.simulation.dialogue import Conversation, ConversationOver
from trainer.simulation.library import Library

ROOT = Path(__file__).parent.parent
LIB = Library.load(ROOT)
DAY = date(2026, 12, 7)
GREETING = "Tere! Sotsiaalkindlustusamet, Mari kuuleb. Kuidas saan Teid aidata?"


def start(seed=1):
    return Conversation.start(LIB.get("pension-late-et"), LIB, seed=seed, today=DAY)


def test_phone_call_waits_for_the_agents_greeting():
    conv = start()
    assert conv.turns == []
    out = conv.reply(GREETING)
    assert len(out) == 1 and out[0]["role"] == "client" and out[0]["step"] == "opening"


def test_empathy_calms_the_client_and_rudeness_angers():
    calm = start()
    calm.reply(GREETING)
    out = calm.reply("Mõistan Teie muret, vabandan ebamugavuste pärast.")
    assert out[0]["step"] == "calmer"
    angry = start()
    angry.reply(GREETING)
    out = angry.reply("Rahunege maha, ma ei tea midagi.")
    assert out[0]["step"] == "angrier"
    assert out[0]["text"].startswith("Kuidas Te minuga räägite")


def test_identification_gives_the_personas_code():
    conv = start()
    conv.reply(GREETING)
    out = conv.reply("Palun öelge oma isikukood.")
    assert conv.persona.isikukood in out[0]["text"]
    assert conv.identified
    assert conv.persona.age >= 66  # a pensioner persona


def test_fallback_then_on_stuck_then_end():
    conv = start()
    conv.reply(GREETING)
    conv.reply("Ilm on ilus.")  # opening -> angrier (no empathy, no identification)
    first = conv.reply("Jah.")
    assert first[0].get("fallback") and first[0]["step"] == "angrier"
    conv.reply("Jah.")
    stuck = conv.reply("Jah.")
    assert stuck[0]["step"] == "wrap_unsure"
    assert conv.reply("Head aega!") == []
    assert conv.finished and conv.state["ended_by"] == "end_step"
    with pytest.raises(ConversationOver):
        conv.reply("Veel üks asi")


def test_empty_reply_is_refused_and_changes_nothing():
    conv = start()
    with pytest.raises(ValueError):
        conv.reply("   ")
    assert conv.turns == []


def test_resume_from_saved_state_continues_identically():
    answers = LIB.get("pension-late-et").examples[0].answers
    whole = start(seed=3)
    for a in answers:
        whole.reply(a)
    part = start(seed=3)
    for a in answers[:2]:
        part.reply(a)
    saved = json.loads(json.dumps(part.to_state()))  # what the store keeps
    resumed = Conversation.from_state(LIB.get("pension-late-et"), LIB, saved)
    for a in answers[2:]:
        resumed.reply(a)
    assert resumed.turns == whole.turns
    assert resumed.score() == whole.score()


def test_seed_changes_persona_and_variants_deterministically():
    a, b, c = start(1), start(1), start(2)
    assert a.persona == b.persona
    assert a.persona.isikukood != c.persona.isikukood


def test_chat_scenario_opens_with_the_clients_message():
    chats = [s for s in LIB.scenarios.values() if s.channel == "chat"]
    if not chats:
        pytest.skip("no chat scenario in the library")
    conv = Conversation.start(chats[0], LIB, seed=1, today=DAY)
    assert conv.turns and conv.turns[0]["role"] == "client"


def test_trainee_can_end_any_time_and_is_scored():
    conv = start()
    conv.reply(GREETING)
    conv.finish()
    assert conv.finished and conv.state["ended_by"] == "trainee"
    result = conv.score()
    assert result["passed"] is False
    assert {c["id"] for c in result["criteria"] if c["result"] == "fail"} >= {"identification", "empathy", "summary"}
