"""PracticeService (trainer/onboarding/practice.py) on a temporary SQLite store with the real library."""

from __future__ import annotations

from datetime import date

import pytest
from conftest_storage import FIXTURE_HOME

from trainer.app.testing import FAST_HASHER
from trainer.onboarding.practice import (
    DOUBLE_SUBMIT_SECONDS,
    MAX_REPLY_CHARS,
    PracticeError,
    PracticeService,
    response_seconds,
)
from trainer.simulation.dialogue import Conversation
from trainer.simulation.library import load_library
from trainer.storage import PermissionDenied, open_store

SID = "pension-late-et"


class Clock:
    def __init__(self, start: float = 1_800_000_000.0):
        self.now = start

    def __call__(self) -> float:
        return self.now

    def tick(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def store(tmp_path):
    st = open_store(f"sqlite:///{tmp_path / 'trainer.db'}", password_hasher=FAST_HASHER)
    yield st
    st.close()


@pytest.fixture
def library():
    return load_library(FIXTURE_HOME)


@pytest.fixture
def users(store):
    admin = store.system_actor()
    return {name: store.create_user(admin, name, "password-123", role)
            for name, role in (("mari", "trainee"), ("jaan", "trainee"), ("mentor", "mentor"))}


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def service(store, library, clock):
    return PracticeService(store, library, clock=clock, today=lambda: date(2026, 12, 7))


def exemplary(library, sid=SID):
    return next(e for e in library.get(sid).examples if e.kind == "exemplary").answers


def play(service, clock, user, attempt_id, answers, step=5.0):
    out = []
    for answer in answers:
        clock.tick(step)
        out.append(service.send(user, attempt_id, answer))
    return out


def test_start_persists_state_and_resume_rebuilds_it(service, store, users, library):
    mari = users["mari"]
    aid = service.start(mari, SID, "practice", seed=3)
    info = store.get_attempt(mari, aid)
    assert (info.status, info.mode, info.seed, info.language) == ("active", "practice", 3, "et")
    assert info.engine_state["scenario_id"] == SID
    resumed = service.resume(mari)
    assert resumed is not None and resumed[0] == aid
    assert isinstance(resumed[1], Conversation) and resumed[1].turns == []
    assert service.resume(mari, "no-such-scenario") is None
    assert service.resume(users["jaan"]) is None


def test_chat_scenario_records_the_clients_opening(service, store, users, library):
    chat = next((s for s in library.scenarios.values() if s.who_opens == "client"), None)
    if chat is None:
        pytest.skip("no client-opened (chat) scenario in the library")
    aid = service.start(users["mari"], chat.id, "practice", seed=1)
    turns = store.get_attempt(users["mari"], aid).turns
    assert turns and turns[0].role == "client"


def test_exemplary_play_through_is_recorded_scored_and_finished(service, store, users, library, clock):
    mari = users["mari"]
    aid = service.start(mari, SID, "practice", seed=1)
    answers = exemplary(library)
    replies = play(service, clock, mari, aid, answers)
    assert all(isinstance(r, list) for r in replies)
    assert replies[0] and replies[0][0]["role"] == "client"
    assert replies[-1] == []  # the closing reply ends the conversation at its end step
    info = store.get_attempt(mari, aid)
    assert info.status == "finished" and info.passed is True and info.score == 100.0
    assert info.result["ended_by"] == "end_step"
    assert [t.role for t in info.turns][:2] == ["agent", "client"]
    assert sum(t.role == "agent" for t in info.turns) == len(answers)
    assert {c.criterion_id for c in info.criteria} >= {"greeting", "identification", "payment_rule"}
    # ending again returns the stored result; sending to a finished attempt is refused
    assert service.end(mari, aid)["score"] == 100.0
    with pytest.raises(PracticeError) as err:
        service.send(mari, aid, "Tere veel kord")
    assert err.value.key == "error.finished"
    assert service.resume(mari) is None


def test_resume_after_restart_continues_where_it_was(store, library, users, clock, tmp_path):
    mari = users["mari"]
    first = PracticeService(store, library, clock=clock, today=lambda: date(2026, 12, 7))
    aid = first.start(mari, SID, "practice", seed=1)
    answers = exemplary(library)
    play(first, clock, mari, aid, answers[:2])
    store.close()
    reopened = open_store(store.url, password_hasher=FAST_HASHER)  # "server restart"
    try:
        second = PracticeService(reopened, library, clock=clock, today=lambda: date(2026, 12, 7))
        attempt_id, conv = second.resume(mari)
        assert attempt_id == aid and len(conv.turns) == 4 and conv.identified
        play(second, clock, mari, aid, answers[2:])
        assert reopened.get_attempt(mari, aid).passed is True
    finally:
        reopened.close()


def test_validation_empty_too_long_and_double_submit(service, store, users, clock):
    mari = users["mari"]
    aid = service.start(mari, SID, "practice", seed=1)
    for empty in ("", "   \n\t "):
        with pytest.raises(PracticeError) as err:
            service.send(mari, aid, empty)
        assert err.value.key == "error.empty"
    with pytest.raises(PracticeError) as err:
        service.send(mari, aid, "x" * (MAX_REPLY_CHARS + 1))
    assert err.value.key == "error.too_long" and err.value.params["max"] == MAX_REPLY_CHARS
    assert service.send(mari, aid, "  " + "y" * MAX_REPLY_CHARS + "  ")  # exactly the cap, stripped
    assert store.get_attempt(mari, aid).turns[0].text == "y" * MAX_REPLY_CHARS

    aid = service.start(mari, SID, "practice", seed=1)
    clock.tick(1)
    first = service.send(mari, aid, "Tere! Sotsiaalkindlustusamet, Mari kuuleb.")
    assert first
    clock.tick(DOUBLE_SUBMIT_SECONDS / 2)
    assert service.send(mari, aid, "Tere! Sotsiaalkindlustusamet, Mari kuuleb.") == []  # double submit
    assert len(store.get_attempt(mari, aid).turns) == 2
    clock.tick(DOUBLE_SUBMIT_SECONDS)
    assert service.send(mari, aid, "Tere! Sotsiaalkindlustusamet, Mari kuuleb.")  # later: a real repeat
    assert len(store.get_attempt(mari, aid).turns) == 4


def test_start_abandons_the_previous_active_attempt(service, store, users):
    mari = users["mari"]
    old = service.start(mari, SID, "practice", seed=1)
    new = service.start(mari, SID, "test", seed=2)
    assert store.get_attempt(mari, old).status == "abandoned"
    assert service.resume(mari)[0] == new
    assert store.get_attempt(mari, new).mode == "test"
    with pytest.raises(ValueError):
        service.start(mari, SID, "exam")
    with pytest.raises(KeyError):
        service.start(mari, "no-such-scenario")


def test_other_trainees_cannot_play_my_attempt(service, users):
    aid = service.start(users["mari"], SID, "practice", seed=1)
    with pytest.raises(PermissionDenied):
        service.send(users["jaan"], aid, "Tere!")


def test_end_by_button_scores_the_partial_conversation(service, store, users, clock, library):
    mari = users["mari"]
    aid = service.start(mari, SID, "practice", seed=1)
    play(service, clock, mari, aid, exemplary(library)[:1])
    result = service.end(mari, aid)
    assert result["ended_by"] == "trainee" and result["passed"] is False
    info = store.get_attempt(mari, aid)
    assert info.status == "finished" and info.score == result["score"]


def test_checklist_follows_the_call_model(service, users, clock, library):
    mari = users["mari"]
    aid = service.start(mari, SID, "practice", seed=1)
    answers = exemplary(library)
    stages = [s for s, _ in service.checklist(service.load(mari, aid).conversation)]
    assert stages == ["greeting", "identification", "needs", "explanation", "summary", "closing"]
    assert [state for _, state in service.checklist(service.load(mari, aid).conversation)] == [
        "open", "open", "open", "open", "open", "at_end"]
    play(service, clock, mari, aid, answers[:1])
    done = dict(service.checklist(service.load(mari, aid).conversation))
    assert done["greeting"] == "done" and done["identification"] == "open" and done["explanation"] == "open"
    play(service, clock, mari, aid, answers[1:3])
    done = dict(service.checklist(service.load(mari, aid).conversation))
    assert done["identification"] == "done" and done["needs"] == "done" and done["explanation"] == "done"
    assert done["closing"] == "at_end"  # "Aitäh, ..." mid-call is not a closing


def test_checklist_identification_not_applicable(library):
    scenario = next((s for s in library.scenarios.values() if not s.situation.identification_required), None)
    if scenario is None:
        pytest.skip("every scenario requires identification")
    conv = Conversation.start(scenario, library, seed=1, today=date(2026, 12, 7))
    assert dict(PracticeService.checklist(conv))["identification"] == "n/a"


def test_status_and_recommendation(service, users, clock, library):
    mari = users["mari"]
    status = service.status_by_scenario(mari)
    assert set(status) == set(library.scenarios) and set(status.values()) == {"new"}
    aid = service.start(mari, SID, "practice", seed=1)
    assert service.status_by_scenario(mari)[SID] == "tried"
    play(service, clock, mari, aid, exemplary(library))
    assert service.status_by_scenario(mari)[SID] == "passed"
    assert service.status_by_scenario(users["jaan"])[SID] == "new"
    result = service.load(mari, aid).attempt.result
    nxt = service.recommend_next(mari, result)
    others = [s for s in library.scenarios.values() if s.id != SID]
    if not others:
        assert nxt is None
        return
    assert nxt != SID and nxt in library.scenarios
    if any(s.language == "et" for s in others):
        assert library.get(nxt).language == "et"  # same language first


def test_recommendation_prefers_the_weakest_competency(service, users, library):
    et = [s for s in library.scenarios.values() if s.language == "et" and s.id != SID and s.competencies]
    if not et:
        pytest.skip("needs another Estonian scenario with competencies")
    target = et[-1]
    weakest = target.competencies[0]
    result = {"scenario": SID, "competencies": {c: 100.0 for c in
              ("client_focus", "expertise", "correctness", "empathy", "communication", "data_protection")}}
    result["competencies"][weakest] = 10.0
    nxt = service.recommend_next(users["mari"], result)
    assert weakest in library.get(nxt).competencies and library.get(nxt).language == "et"


def test_response_seconds():
    class Fake:
        finished = False
        turns = [{"role": "client", "text": "Tere", "at": 0.0}]

    assert response_seconds(Fake(), 100.0, 112.5) == 12.5
    Fake.turns = Fake.turns + [{"role": "agent", "text": "Tere!", "at": 3.0}]
    assert response_seconds(Fake(), 100.0, 112.5) is None
