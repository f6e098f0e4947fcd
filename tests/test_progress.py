"""A trainee's progress and what to practise next, on a demo store with really played attempts."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from test_readiness_data import SUBSET, TODAY

from trainer.onboarding import progress as p
from trainer.storage import PermissionDenied


@pytest.fixture(scope="module")
def world(demo_world):
    return demo_world


def test_progress_tables(world) -> None:
    trainee = world.trainees[1]
    data = p.progress_data(world.store, trainee, trainee.id, world.lib)
    finished = world.store.list_attempts(trainee, user_id=trainee.id, status="finished")
    assert len(data.attempts) == len(finished) > 0
    assert list(data.attempts["finished_at"]) == sorted(data.attempts["finished_at"])
    assert set(data.attempts["topic"]) <= {world.lib.get(s).topic for s in SUBSET}
    comps = set(data.competencies["competency"])
    assert {"client_focus", "communication", "data_protection"} <= comps
    assert data.competencies["score"].between(0, 100).all()
    assert data.by_topic["attempts"].sum() == len(finished)
    assert set(data.by_channel["channel"]) <= {"phone", "chat"}
    assert data.by_language["attempts"].sum() == len(finished)
    # a competency score is the share of points on criteria carrying it, here for the first attempt
    first = data.attempts["attempt_id"].iloc[0]
    info = world.store.get_attempt(trainee, int(first))
    got = sum(c.points for c in info.criteria if "empathy" in c.competencies and c.max_points)
    out = sum(c.max_points for c in info.criteria if "empathy" in c.competencies and c.max_points)
    row = data.competencies[(data.competencies["attempt_id"] == first) & (data.competencies["competency"] == "empathy")]
    if out:
        assert row["score"].iloc[0] == pytest.approx(round(100 * got / out, 1))


def test_what_next_names_the_weakest_competency_and_open_assignments(world) -> None:
    trainee = world.trainees[1]
    nxt = p.what_next(world.store, trainee, trainee.id, world.lib, TODAY)
    data = p.progress_data(world.store, trainee, trainee.id, world.lib)
    weakest, score = p.weakest_competency(data)
    assert nxt["weakest"] == {"competency": weakest, "score": score}
    last = data.competencies[data.competencies["attempt_id"].isin(data.attempts["attempt_id"].tail(10))]
    assert score == pytest.approx(round(last.groupby("competency")["score"].mean().min(), 1))
    for sid in nxt["practise"]:
        scenario = world.lib.get(sid)
        assert weakest in scenario.competencies
    dues = [a["due_date"] for a in nxt["assigned"] if a["due_date"]]
    assert dues == sorted(dues) and nxt["assigned"]
    for a in nxt["assigned"]:
        assert a["overdue"] == (a["due_date"] < TODAY)
        assert a["days_left"] == (a["due_date"] - TODAY).days


def test_a_new_assignment_is_open_until_passed(world) -> None:
    trainee, mentor = world.trainees[1], world.mentor_ru if world.trainees[1].language == "ru" else world.mentor_et
    world.store.assign(mentor, ["pension-weekend-ru"], TODAY + dt.timedelta(days=3), user_id=trainee.id)
    nxt = p.what_next(world.store, trainee, trainee.id, world.lib, TODAY)
    item = next(a for a in nxt["assigned"] if a["scenario_id"] == "pension-weekend-ru")
    assert item["due_soon"] and not item["overdue"] and item["title"] == world.lib.get("pension-weekend-ru").title


def test_progress_json_is_json_and_private(world) -> None:
    trainee, other = world.trainees[1], world.trainees[2]
    data = p.progress_json(world.store, trainee, trainee.id, world.lib, TODAY)
    text = json.dumps(data, ensure_ascii=False)
    assert json.loads(text)["user_id"] == trainee.id and data["competencies"]
    with pytest.raises(PermissionDenied):
        p.progress_data(world.store, trainee, other.id, world.lib)
    # the mentor and the lead may read it
    mentor = world.mentor_et if other.mentor_id == world.mentor_et.id else world.mentor_ru
    assert len(p.progress_data(world.store, mentor, other.id, world.lib).attempts) > 0
    assert len(p.progress_data(world.store, world.lead, other.id, world.lib).attempts) > 0
