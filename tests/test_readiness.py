"""Readiness: the rule (from configuration, in words), evaluation of one trainee, and the lead's
views on a demo store with really played attempts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from conftest_storage import FIXTURE_HOME
from test_readiness_data import SUBSET, TODAY, build_world

from trainer.onboarding import readiness as r
from trainer.simulation.library import load_library
from trainer.storage import PermissionDenied

RULE = r.Rule(topics=("pension", "family"), min_per_channel={"phone": 1, "chat": 1},
              min_per_language={"et": 1})


def row(i: int, topic: str, score: float, day: int = 1, mode: str = "test", channel: str = "phone",
        language: str = "et", critical: bool = False) -> dict:
    return {"attempt_id": i, "topic": topic, "score": score, "mode": mode, "channel": channel, "language": language,
            "critical_failed": critical, "finished_at": dt.datetime(2026, 11, day, 10, tzinfo=dt.UTC)}


def test_two_of_the_last_three_test_attempts_must_reach_80() -> None:
    rows = [row(1, "pension", 85, 1), row(2, "pension", 70, 2), row(3, "pension", 90, 3),
            row(4, "family", 80, 4, channel="chat"), row(5, "family", 95, 5, channel="chat")]
    ev = r.evaluate_user(rows, RULE, dt.date(2026, 11, 10))
    assert ev.status == "ready" and ev.missing == []
    assert ev.topics["pension"] == {"status": "passed", "passes": 2, "recent": [85.0, 70.0, 90.0], "attempts": 3}
    assert ev.first_ready == dt.date(2026, 11, 5)
    # two weak attempts push the good ones out of the window of three
    ev = r.evaluate_user([*rows, row(6, "pension", 60, 6), row(7, "pension", 79.9, 7)], RULE, dt.date(2026, 11, 10))
    assert ev.status != "ready"
    assert ev.topics["pension"]["status"] == "in_progress"
    assert ev.missing == [{"kind": "topic", "name": "pension", "have": 1, "need": 2}]  # 90, 60, 79.9
    assert ev.first_ready == dt.date(2026, 11, 5) and ev.ready_since is None


def test_practice_attempts_do_not_count_for_topics_but_count_for_channels() -> None:
    rows = [row(1, "pension", 100, 1, mode="practice"), row(2, "pension", 100, 2, mode="practice"),
            row(3, "family", 100, 3, channel="chat"), row(4, "family", 100, 4, channel="chat")]
    ev = r.evaluate_user(rows, RULE, dt.date(2026, 11, 10))
    assert ev.topics["pension"]["passes"] == 0 and ev.channels == {"phone": 2, "chat": 2}
    assert [m["name"] for m in ev.missing] == ["pension"]
    any_mode = r.Rule(**{**RULE.as_dict(), "mode": None})
    assert r.evaluate_user(rows, any_mode, dt.date(2026, 11, 10)).status == "ready"


def test_a_critical_failure_blocks_readiness_for_five_attempts() -> None:
    good = [row(i, "pension" if i % 2 else "family", 90, i, channel="phone" if i % 2 else "chat") for i in range(1, 5)]
    bad = row(5, "pension", 0, 5, critical=True)
    after = [row(i, "family", 90, i, channel="chat") for i in range(6, 10)]
    ev = r.evaluate_user([*good, bad, *after], RULE, dt.date(2026, 11, 20))
    assert ev.status != "ready" and ev.critical_recent == [5]
    assert {"kind": "critical", "name": "critical", "have": 1, "need": 0, "attempts": [5]} in ev.missing
    ev = r.evaluate_user([*good, bad, *after, row(10, "pension", 95, 10)], RULE, dt.date(2026, 11, 20))
    assert ev.status == "ready" and ev.critical_recent == []
    assert ev.ready_since == dt.date(2026, 11, 10)


def test_behind_and_on_track_against_the_target_date() -> None:
    rows = [row(1, "pension", 90, 1)]
    start, target = dt.date(2026, 11, 1), dt.date(2026, 12, 31)
    early = r.evaluate_user(rows, RULE, dt.date(2026, 11, 5), start, target)
    assert early.status == "on_track" and early.days_to_target == 56 and early.progress == 0.5  # 3 of 6: pension, family and chat missing
    late = r.evaluate_user(rows, RULE, dt.date(2026, 12, 20), start, target)
    assert late.status == "behind" and late.expected > late.progress + RULE.behind_margin
    past = r.evaluate_user(rows, RULE, dt.date(2027, 1, 2), start, target)
    assert past.status == "behind" and past.days_to_target == -2
    nothing = r.evaluate_user([], RULE, dt.date(2026, 11, 5))
    assert nothing.status == "on_track" and nothing.target_date == dt.date(2026, 11, 5) + dt.timedelta(weeks=8)
    assert nothing.topics["family"]["status"] == "not_started"


def test_rule_defaults_come_from_the_library_and_read_in_three_languages() -> None:
    lib = load_library(FIXTURE_HOME)
    rule = r.rule_from_config({}, lib)
    assert set(rule.topics) == {s.topic for s in lib.scenarios.values()}
    assert rule.min_per_channel == {"chat": 2, "phone": 2} and set(rule.min_per_language) >= {"et", "ru"}
    assert (rule.pass_score, rule.passes_required, rule.window, rule.critical_window) == (80, 2, 3, 5)
    custom = r.rule_from_config({"topics": ["pension-payment"], "channels": {"phone": 3}, "languages": ["et"],
                                 "min_attempts": 4, "mode": "any"}, lib)
    assert custom.topics == ("pension-payment",) and custom.min_per_channel == {"phone": 3}
    assert custom.min_per_language == {"et": 4} and custom.mode is None
    et, ru, en = (r.describe_rule(custom, lang) for lang in ("et", "ru", "en"))
    assert "vähemalt 2 viimasest 3" in et[0] and "pension-payment" in et[0]
    assert "не менее 2 из последних 3" in ru[0] and "критической" in ru[1]
    assert "at least 2 of the last 3 attempts scored 80" in en[0]
    assert "At least 3 attempts in the phone channel." in en


def test_cohen_kappa() -> None:
    assert r.cohen_kappa(["p", "p", "f", "f"], ["p", "f", "f", "f"]) == 0.5
    assert r.cohen_kappa(["p"] * 5, ["p"] * 5) == 1.0
    assert r.cohen_kappa(["p", "f"], ["f", "p"]) == -1.0
    assert r.cohen_kappa([], []) is None


@pytest.fixture(scope="module")
def world(demo_world):
    return demo_world


def test_matrix_on_really_played_attempts(world) -> None:
    rep = r.readiness_report(world.store, world.lead, world.lib, world.rule, TODAY)
    m = rep.matrix
    assert len(m) == 4 and set(m["username"]) == {t.username for t in world.trainees}
    topics = sorted({world.lib.get(s).topic for s in SUBSET})
    assert [c for c in m.columns if c.startswith("topic:")] == [f"topic:{t}" for t in topics]
    assert {"channel:phone", "channel:chat", "language:et", "language:ru", "days_to_target"} <= set(m.columns)
    star = m.set_index("username").loc[world.star.username]
    assert star["status"] == "ready" and star["progress"] == 1.0
    assert all(star[f"topic:{t}"] == "passed" for t in topics)
    assert star["days_to_target"] == (world.star.target_date - TODAY).days
    assert set(m["status"]) <= set(r.STATUSES) and (m["status"] != "ready").any()
    ttr = r.time_to_readiness(rep).set_index("username")
    assert ttr.loc[world.star.username, "first_ready"] is not None
    assert ttr.loc[world.star.username, "days_taken"] > 0
    trends = r.cohort_trends(rep.attempts)
    assert trends["attempts"].sum() == len(rep.attempts) and trends["mean_score"].between(0, 100).all()
    failed = r.most_failed_criteria(rep.criteria)
    assert len(failed) and failed["failed"].is_monotonic_decreasing and (failed["fail_rate"] <= 1).all()
    assert r.readiness_matrix(world.store, world.lead, world.lib, world.rule, TODAY).equals(m)


def test_who_sees_whom(world) -> None:
    mentor_view = r.readiness_matrix(world.store, world.mentor_et, world.lib, world.rule, TODAY)
    mentees = {u.username for u in world.store.mentees(world.mentor_et, world.mentor_et.id)}
    assert set(mentor_view["username"]) == mentees and len(mentees) == 2
    own = r.readiness_matrix(world.store, world.trainees[1], world.lib, world.rule, TODAY)
    assert list(own["username"]) == [world.trainees[1].username]
    with pytest.raises(PermissionDenied):
        r.load_attempts(world.store, world.trainees[1], world.lib, user_ids=[world.trainees[2].id])


def test_overrides_change_the_effective_score_and_calibration(tmp_path: Path) -> None:
    w = build_world(tmp_path, trainees=2)
    try:
        trainee, mentor = w.trainees[0], w.mentor_et
        sysa = w.store.system_actor()
        aid = w.store.list_attempts(sysa, user_id=trainee.id, status="finished")[0].id
        info = w.store.get_attempt(mentor, aid)
        crit = next(c for c in info.criteria if c.result == "pass" and not c.critical and c.max_points)
        w.store.override_criterion(mentor, aid, crit.criterion_id, "fail", "kokkuvõte puudus")
        crit_rows, frame = r.load_attempts(w.store, mentor, w.lib, user_ids=[trainee.id])
        one = frame.set_index("attempt_id").loc[aid]
        assert one["automatic_score"] == info.score
        points = sum(c.points for c in info.criteria) - crit.points
        total = sum(c.max_points for c in info.criteria)
        assert one["score"] == pytest.approx(round(100 * points / total, 1))
        cal = r.calibration(crit_rows).set_index("criterion_id")
        assert cal.loc[crit.criterion_id, "auto_pass_mentor_fail"] >= 1
        assert cal.loc["ALL", "n"] >= len(info.criteria) and cal.loc["ALL", "kappa"] < 1
        reviewed = {a.id for a in w.store.list_attempts(mentor) if a.reviewed}
        assert len(r.calibration(crit_rows, reviewed)) >= len(cal)
    finally:
        w.store.close()


def test_empty_inputs_give_empty_frames() -> None:
    empty = pd.DataFrame()
    assert r.attempt_frame([], {}).empty and list(r.attempt_frame([], {}).columns) == r.ATTEMPT_COLUMNS
    assert r.most_failed_criteria(empty).empty and r.calibration(empty).empty
    assert r.cohort_trends(r.attempt_frame([], {})).empty


def test_calibration_lowest_agreement_first_small_samples_flagged_with_disagreements() -> None:
    rows = []
    # greeting: 12 reviewed results, 11 agree; closing: 3 results, 1 agrees (attempts 2 and 3 differ)
    for aid in range(1, 13):
        rows.append({"attempt_id": aid, "criterion_id": "greeting", "automatic_result": "pass",
                     "result": "fail" if aid == 5 else "pass", "overridden": aid == 5})
    for aid, (auto, mentor) in zip((1, 2, 3), [("pass", "pass"), ("pass", "fail"), ("fail", "pass")], strict=True):
        rows.append({"attempt_id": aid, "criterion_id": "closing", "automatic_result": auto, "result": mentor,
                     "overridden": auto != mentor})
    cal = r.calibration(pd.DataFrame(rows), reviewed_attempts=set(range(1, 13)))
    assert list(cal["criterion_id"]) == ["closing", "greeting", "ALL"]
    closing = cal.iloc[0]
    assert closing["n"] == 3 and closing["agreement"] == pytest.approx(0.333) and bool(closing["small_sample"])
    assert closing["disagreements"] == [3, 2]
    greeting = cal.iloc[1]
    assert greeting["n"] == 12 and not greeting["small_sample"] and greeting["disagreements"] == [5]
    assert cal.iloc[2]["disagreements"] == [5, 3, 2]


def test_format_number_keeps_whole_numbers_whole() -> None:
    from trainer.onboarding.review import format_number

    # a ready trainee's "100 %" was shown as "1 %": only the decimals' trailing zeros go
    assert [format_number(v, "en", 0) for v in (100.0, 10, 0, 66.7)] == ["100", "10", "0", "67"]
    assert [format_number(v, "et") for v in (100.0, 62.5, 80.04, -0.01)] == ["100", "62,5", "80", "0"]
    assert format_number(0.5, "ru", 2) == "0,5" and format_number(None, "et") == "–"
