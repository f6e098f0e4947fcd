"""Mentoring: overrides keep an audit trail, reviews, turn comments, assignments, self-evaluation."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest_storage import play
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from trainer.storage import Conflict, NotFound, PermissionDenied
from trainer.storage.models import CriterionResult


def test_override_keeps_audit_trail_and_effective_result(store, world):
    aid = play(store, world.t_a1)
    o1 = store.override_criterion(world.mentor_a, aid, "identify", "pass", "asked for the code in turn 3")
    o2 = store.override_criterion(world.lead_a, aid, "identify", "fail", "the code was not verified")
    o3 = store.override_criterion(world.mentor_a, aid, "greeting", "n/a", "call started mid-conversation")
    info = store.get_attempt(world.t_a1, aid)  # the trainee sees the overrides too
    assert [o.id for o in info.overrides] == [o1.id, o2.id, o3.id]
    assert [(o.criterion_id, o.new_result, o.author_id) for o in info.overrides] == [
        ("identify", "pass", world.mentor_a.id),
        ("identify", "fail", world.lead_a.id),
        ("greeting", "n/a", world.mentor_a.id),
    ]
    crit = {c.criterion_id: c for c in info.criteria}
    assert crit["identify"].result == "fail" and crit["identify"].overridden
    assert crit["identify"].automatic_result == "fail"
    assert crit["greeting"].result == "n/a" and crit["greeting"].automatic_result == "pass"
    assert (crit["greeting"].points, crit["greeting"].max_points, crit["greeting"].automatic_points) == (0.0, 0.0, 1.0)
    assert crit["closing"].overridden is False
    # the automatic rows are never modified
    with store._read() as s:
        auto = dict(s.execute(select(CriterionResult.criterion_id, CriterionResult.result)
                              .where(CriterionResult.attempt_id == aid)).all())  # fmt: skip
    assert auto == {"greeting": "pass", "identify": "fail", "closing": "n/a"}
    rows = {r["criterion_id"]: r for r in store.criterion_rows(world.mentor_a)}
    assert rows["identify"]["result"] == "fail" and rows["greeting"]["result"] == "n/a"


def test_override_validation(store, world):
    aid = play(store, world.t_a1)
    for reason in ("", "   ", None):
        with pytest.raises(ValueError):
            store.override_criterion(world.mentor_a, aid, "identify", "pass", reason)
    with pytest.raises(ValueError):
        store.override_criterion(world.mentor_a, aid, "identify", "excellent", "why not")
    with pytest.raises(NotFound):
        store.override_criterion(world.mentor_a, aid, "no-such-criterion", "pass", "reason")
    with pytest.raises(PermissionDenied):
        store.override_criterion(world.t_a1, aid, "identify", "pass", "I think I passed")
    active = store.start_attempt(world.t_a1, "s", "1", 1, "practice", "et", "chat", {})
    with pytest.raises(Conflict):
        store.override_criterion(world.mentor_a, active, "identify", "pass", "reason")
    assert store.get_attempt(world.mentor_a, aid).overrides == ()


def test_reviews_and_turn_comments(store, world):
    aid = play(store, world.t_a1)
    r = store.add_review(world.mentor_a, aid, "Good empathy, remember to verify identity.")
    c = store.comment_turn(world.mentor_a, aid, 1, "Here you should have asked for the personal code.")
    with pytest.raises(NotFound):
        store.comment_turn(world.mentor_a, aid, 99, "no such turn")
    with pytest.raises(ValueError):
        store.add_review(world.mentor_a, aid, "  ")
    with pytest.raises(PermissionDenied):
        store.comment_turn(world.t_a2, aid, 1, "nosy")
    with pytest.raises(PermissionDenied):
        store.add_review(world.mentor_b, aid, "other org")
    info = store.get_attempt(world.t_a1, aid)
    assert [x.id for x in info.reviews] == [r.id] and info.reviews[0].mentor_id == world.mentor_a.id
    assert [(x.turn_idx, x.text) for x in info.turn_comments] == [(1, c.text)]


def test_assignments_for_user_and_cohort(store, world):
    due = dt.date(2026, 2, 1)
    direct = store.assign(world.mentor_a, ["pension-01", "benefit-02"], due, user_id=world.t_a1.id)
    cohort = store.assign(world.lead_a, ["family-03"], dt.date(2026, 1, 20), cohort_id=world.cohort_a.id)
    assert direct.assigned_by == world.mentor_a.id and direct.scenario_ids == ["pension-01", "benefit-02"]
    mine = store.assignments_for(world.t_a1, world.t_a1.id)
    assert [a.id for a in mine] == [cohort.id, direct.id]  # by due date
    assert [a.id for a in store.assignments_for(world.t_a2, world.t_a2.id)] == [cohort.id]
    assert store.assignments_for(world.t_b1, world.t_b1.id) == []
    with pytest.raises(PermissionDenied):
        store.assign(world.mentor_a, ["x"], due, user_id=world.t_a2.id)  # not their mentee
    with pytest.raises(PermissionDenied):
        store.assign(world.lead_b, ["x"], due, cohort_id=world.cohort_a.id)
    with pytest.raises(PermissionDenied):
        store.assign(world.t_a1, ["x"], due, user_id=world.t_a1.id)
    with pytest.raises(PermissionDenied):
        store.assignments_for(world.t_a2, world.t_a1.id)
    with pytest.raises(ValueError):
        store.assign(world.admin, ["x"], due)
    with pytest.raises(ValueError):
        store.assign(world.admin, ["x"], due, user_id=world.t_a1.id, cohort_id=world.cohort_a.id)


def test_self_evaluations(store, world):
    aid = play(store, world.t_a1)
    other = play(store, world.t_a2)
    e = store.save_self_evaluation(world.t_a1, aid, "2026-01", {"greeting": "pass", "identify": "fail"}, "Unsure")
    store.save_self_evaluation(world.t_a1, None, "2026-02", {"identify": "pass"}, None)
    with pytest.raises(ValueError):
        store.save_self_evaluation(world.t_a1, aid, "2026-13", {}, None)
    with pytest.raises(PermissionDenied):
        store.save_self_evaluation(world.t_a1, other, "2026-01", {}, None)
    got = store.self_evaluations(world.mentor_a, world.t_a1.id)
    assert [x.month for x in got] == ["2026-01", "2026-02"]
    assert got[0].id == e.id and got[0].results == {"greeting": "pass", "identify": "fail"}
    assert got[0].attempt_id == aid and got[0].comment == "Unsure"
    with pytest.raises(PermissionDenied):
        store.self_evaluations(world.mentor_b, world.t_a1.id)


def test_readiness_snapshots(store, world):
    snap = store.save_readiness_snapshot(world.lead_a, world.t_a1.id, "on-track", {"score": 71.5, "gaps": ["identify"]})
    assert snap.details["gaps"] == ["identify"]
    assert [s.status for s in store.readiness_snapshots(world.t_a1, world.t_a1.id)] == ["on-track"]
    with pytest.raises(PermissionDenied):
        store.save_readiness_snapshot(world.lead_b, world.t_a1.id, "ready", {})


def test_one_criterion_row_per_result_entry(store, world):
    """Each finish writes exactly one criterion row per result entry."""
    play(store, world.t_a1)
    play(store, world.t_a1, criteria=[])
    with store._read() as s:
        assert s.scalar(select(func.count()).select_from(CriterionResult)) == 3


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    steps=st.lists(
        st.tuples(st.sampled_from(["greeting", "identify", "closing"]), st.sampled_from(["pass", "fail", "n/a"])),
        max_size=6,
    )
)
def test_effective_result_is_latest_override_property(store, world, steps):
    """For any override sequence: effective = last override else automatic; trail = all overrides."""
    aid = play(store, world.t_a1, turns=1)
    latest: dict[str, str] = {}
    kept = []
    for i, (cid, res) in enumerate(steps):
        if latest.get(cid) == res:  # repeating the latest override is refused
            with pytest.raises(Conflict):
                store.override_criterion(world.mentor_a, aid, cid, res, f"step {i}")
            continue
        store.override_criterion(world.mentor_a, aid, cid, res, f"step {i}")
        latest[cid] = res
        kept.append((cid, res))
    steps = kept
    automatic = {"greeting": ("pass", 1.0, 1.0), "identify": ("fail", 0.0, 2.0), "closing": ("n/a", 0.0, 0.0)}
    expected = {cid: auto for cid, auto in automatic.items()}
    for cid, res in steps:
        full = automatic[cid][2]
        expected[cid] = (res, full if res == "pass" else 0.0, 0.0 if res == "n/a" else full)
    info = store.get_attempt(world.mentor_a, aid)
    assert len(info.overrides) == len(steps)
    assert {c.criterion_id: (c.result, c.points, c.max_points) for c in info.criteria} == expected
    rows = [r for r in store.criterion_rows(world.mentor_a) if r["attempt_id"] == aid]
    assert {r["criterion_id"]: (r["result"], r["points"], r["max_points"]) for r in rows} == expected
