"""Property test: the incremental evaluation (counters updated attempt by attempt) agrees with a
naive re-evaluation of the rule from scratch, for the final state and for the first ready day."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.onboarding.readiness import Rule, evaluate_user

TOPICS = ("a", "b")
RULE = Rule(topics=TOPICS, passes_required=2, window=3, critical_window=3,
            min_per_channel={"phone": 2, "chat": 1}, min_per_language={"et": 1, "ru": 1})

attempt = st.fixed_dictionaries({
    "topic": st.sampled_from([*TOPICS, "other"]),
    "score": st.sampled_from([0.0, 55.0, 79.9, 80.0, 100.0]),
    "mode": st.sampled_from(["test", "practice"]),
    "channel": st.sampled_from(["phone", "chat"]),
    "language": st.sampled_from(["et", "ru"]),
    "critical_failed": st.booleans(),
})


def naive_ready(rows: list[dict], rule: Rule) -> bool:
    for t in rule.topics:
        scores = [r["score"] for r in rows if r["topic"] == t and r["mode"] == rule.mode][-rule.window:]
        if sum(s >= rule.pass_score for s in scores) < rule.passes_required:
            return False
    if any(r["critical_failed"] for r in rows[-rule.critical_window:]):
        return False
    for key, need in (("channel", rule.min_per_channel), ("language", rule.min_per_language)):
        if any(sum(r[key] == k for r in rows) < n for k, n in need.items()):
            return False
    return True


@settings(max_examples=300, deadline=None)
@given(st.lists(attempt, max_size=25))
def test_incremental_evaluation_matches_naive(attempts: list[dict]) -> None:
    rows = [{**a, "attempt_id": i + 1, "finished_at": dt.datetime(2026, 1, 1, tzinfo=dt.UTC) + dt.timedelta(days=i)}
            for i, a in enumerate(attempts)]
    ev = evaluate_user(rows, RULE, dt.date(2026, 3, 1))
    assert (ev.status == "ready") == naive_ready(rows, RULE)
    assert (ev.missing == []) == naive_ready(rows, RULE)
    first = next((rows[i]["finished_at"].date() for i in range(len(rows)) if naive_ready(rows[: i + 1], RULE)), None)
    assert ev.first_ready == first
    streak = None
    for i in range(len(rows)):
        streak = (streak or rows[i]["finished_at"].date()) if naive_ready(rows[: i + 1], RULE) else None
    assert ev.ready_since == streak
    assert ev.attempts == len(rows)
    # the same rows in a shuffled list give the same result (evaluation sorts by time)
    assert evaluate_user(list(reversed(rows)), RULE, dt.date(2026, 3, 1)).as_dict() == ev.as_dict()
