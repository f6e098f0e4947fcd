"""``Store.attempt_score_rows``: per-attempt effective totals aggregated in the database agree with
the criterion rows (overrides applied), respect authorisation, and feed the readiness frame.
SQLite and (with TRAINER_TEST_POSTGRES_URL) PostgreSQL in a unique schema."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest_storage import play

from trainer.onboarding.progress import attempt_frame, score_frame
from trainer.storage import ATTEMPT_ROW_KEYS, PermissionDenied

CRITERIA = [
    {"id": "greeting", "result": "pass", "points": 10, "max_points": 10, "critical": False, "competencies": ["a"]},
    {"id": "summary", "result": "fail", "points": 0, "max_points": 10, "critical": False, "competencies": ["b"]},
    {"id": "data_protection", "result": "fail", "points": 0, "max_points": 15, "critical": True, "competencies": []},
    {"id": "closing", "result": "n/a", "points": 0, "max_points": 0, "critical": False, "competencies": []},
]


def test_effective_totals_match_the_criterion_rows(store, world) -> None:  # noqa: F811
    a1 = play(store, world.t_a1, "pension-late-et", criteria=CRITERIA, mode="test")
    a2 = play(store, world.t_a1, "child-allowance-et")
    play(store, world.t_a2, "pension-late-et", criteria=CRITERIA)
    store.override_criterion(world.mentor_a, a1, "summary", "fail", "first")
    store.override_criterion(world.mentor_a, a1, "summary", "pass", "listened again")  # the latest wins
    store.override_criterion(world.mentor_a, a1, "data_protection", "pass", "code was asked on the phone")
    store.override_criterion(world.mentor_a, a1, "greeting", "n/a", "no greeting needed")
    rows = store.attempt_score_rows(world.lead_a)
    assert len(rows) == 3 and set(ATTEMPT_ROW_KEYS) <= set(rows[0])
    one = next(r for r in rows if r["attempt_id"] == a1)
    assert one["effective_points"] == 25.0 and one["effective_max_points"] == 25.0  # greeting now n/a
    assert one["effective_critical_failed"] is False and one["overrides"] == 3
    assert one["critical_failed"] is True and one["mode"] == "test"  # the automatic values stay
    topics = {"pension-late-et": "pension-payment", "child-allowance-et": "family-benefits"}
    fast = score_frame(rows, topics).set_index("attempt_id")
    slow = attempt_frame(store.criterion_rows(world.lead_a), topics).set_index("attempt_id")
    assert list(fast.index) == list(slow.index)
    for col in ("score", "critical_failed", "topic", "automatic_score", "user_id"):
        assert list(fast[col]) == list(slow[col]), col
    assert fast.loc[a1, "score"] == 100.0 and fast.loc[a2, "score"] == 0.0  # a2: critical "identify" failed
    assert bool(fast.loc[a2, "critical_failed"]) is True


def test_authorisation_and_filters(store, world) -> None:  # noqa: F811
    mine = play(store, world.t_a1, mode="test")
    play(store, world.t_a2)
    assert [r["attempt_id"] for r in store.attempt_score_rows(world.t_a1)] == [mine]
    with pytest.raises(PermissionDenied):
        store.attempt_score_rows(world.t_a1, user_ids=[world.t_a2.id])
    assert store.attempt_score_rows(world.lead_b) == []
    assert [r["attempt_id"] for r in store.attempt_score_rows(world.lead_a, mode="test")] == [mine]
    future = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    assert store.attempt_score_rows(world.lead_a, since=future) == []
    assert len(store.attempt_score_rows(world.mentor_a)) == 1
