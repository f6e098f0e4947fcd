"""One outcome rule (trainer/outcome.py): the scorer, the SQL path of the store, progress, readiness
trends and xAPI agree on the effective score and on the pass mark, which is the rubric's threshold
(75 here), never a literal 80."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from conftest_storage import FIXTURE_HOME, play

from trainer.onboarding import xapi
from trainer.onboarding.progress import attempt_frame, pass_marks, score_frame, summary_by
from trainer.onboarding.readiness import cohort_trends
from trainer.outcome import (
    DEFAULT_PASS_MARK,
    criteria_outcome,
    effective_points,
    format_score,
    is_passed,
    pass_mark,
    total_score,
)
from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import Context, Transcript, Turn
from trainer.simulation.library import load_library, scoring_settings


def test_the_override_rule():
    assert effective_points("fail", 5.0, 10.0, overridden=False) == (5.0, 10.0)
    assert effective_points("pass", 0.0, 10.0, overridden=True) == (10.0, 10.0)
    assert effective_points("fail", 10.0, 10.0, overridden=True) == (0.0, 10.0)
    assert effective_points("n/a", 10.0, 10.0, overridden=True) == (0.0, 0.0)


def test_total_pass_and_format():
    assert total_score(7, 9, critical_failed=False) == 77.8
    assert total_score(9, 9, critical_failed=True) == 0.0 and total_score(0, 0, False) == 0.0
    assert is_passed(75.0, 75.0) and not is_passed(74.9, 75.0) and not is_passed(100.0, 75.0, True)
    assert pass_mark({"threshold": 75}) == 75.0 and pass_mark({}) == DEFAULT_PASS_MARK
    assert [format_score(v) for v in (87.5, 100.0, 0, 77.77)] == ["87.5", "100", "0", "77.8"]
    rows = [{"points": 3, "max_points": 4, "critical": False, "result": "pass"},
            {"points": 0, "max_points": 0, "critical": True, "result": "n/a"}]
    assert criteria_outcome(rows) == (75.0, False)
    rows.append({"points": 0, "max_points": 2, "critical": True, "result": "fail"})
    assert criteria_outcome(rows) == (0.0, True)


def _library_with_threshold(mark: float):
    lib = load_library(FIXTURE_HOME)
    rubrics = {rid: r.model_copy(update={"pass_threshold": mark}) for rid, r in lib.rubrics.items()}
    return SimpleNamespace(scenarios=lib.scenarios, rubrics=rubrics), rubrics


def test_the_scorer_passes_at_the_rubrics_threshold():
    turns = [
        Turn(role="agent", text="Tere! Sotsiaalkindlustusamet, Mari kuuleb. Kuidas saan aidata?"),
        Turn(role="client", text="Tere, mu pension ei ole tulnud."),
        Turn(role="agent", text="Mõistan, et see teeb murelikuks. Pension makstakse iga kuu 5. kuupäeval."),
        Turn(role="client", text="Aitäh."),
        Turn(role="agent", text="Aitäh, et helistasite! Head päeva!"),
    ]
    transcript = Transcript(turns=turns, language="et", channel="phone", context=Context())
    _lib, rubrics = _library_with_threshold(DEFAULT_PASS_MARK)
    score = score_transcript(transcript, rubrics["call-model"], scoring_settings())["score"]
    assert 0 < score < 100
    for mark, expected in ((score, True), (score + 0.1, False)):
        _lib, rubrics = _library_with_threshold(mark)
        result = score_transcript(transcript, rubrics["call-model"], scoring_settings())
        assert (result["threshold"], result["score"], result["passed"]) == (mark, score, expected)


def test_progress_trends_and_xapi_use_the_rubrics_pass_mark(store, world):
    lib, _ = _library_with_threshold(75.0)
    criteria = [
        {"id": "greeting", "result": "pass", "points": 3, "max_points": 4, "critical": False, "competencies": []},
        {"id": "closing", "result": "pass", "points": 0, "max_points": 0, "critical": False, "competencies": []},
    ]  # 75.0: passes at 75, would fail at 80
    aid = play(store, world.t_a1, "pension-late-et", criteria=criteria, passed=True)
    marks = pass_marks(lib)
    assert marks["pension-late-et"] == 75.0
    topics = {"pension-late-et": "pension-payment"}
    slow = attempt_frame(store.criterion_rows(world.lead_a), topics, marks).set_index("attempt_id")
    fast = score_frame(store.attempt_score_rows(world.lead_a), topics, marks).set_index("attempt_id")
    for frame in (slow, fast):
        assert frame.loc[aid, "score"] == 75.0 and frame.loc[aid, "pass_mark"] == 75.0
        assert bool(frame.loc[aid, "good"]) is True
    assert summary_by(slow.reset_index(), "topic")["passed"].tolist() == [1]
    assert cohort_trends(slow.reset_index())["share_passed"].tolist() == [1.0]
    default = attempt_frame(store.criterion_rows(world.lead_a), topics).set_index("attempt_id")
    assert bool(default.loc[aid, "good"]) is False  # at the default mark of 80 the same attempt fails
    (stmt,) = xapi.statements(store, world.lead_a, lib)
    assert stmt["verb"]["display"]["en-US"] == "passed" and stmt["result"]["score"]["raw"] == 75.0


@pytest.mark.parametrize("override", ["pass", "fail", "n/a"])
def test_the_sql_override_rule_is_the_python_one(store, world, override):
    criteria = [
        {"id": "greeting", "result": "fail", "points": 0, "max_points": 4, "critical": False, "competencies": []},
        {"id": "summary", "result": "pass", "points": 6, "max_points": 6, "critical": False, "competencies": []},
    ]
    aid = play(store, world.t_a1, "pension-late-et", criteria=criteria)
    store.override_criterion(world.mentor_a, aid, "greeting", override, "listened to the call")
    (row,) = store.attempt_score_rows(world.lead_a)
    pts = [effective_points(override, 0, 4, True), effective_points("pass", 6, 6, False)]
    assert (row["effective_points"], row["effective_max_points"]) == (sum(p for p, _ in pts), sum(m for _, m in pts))


def test_a_gate_failure_stands_until_a_mentor_overrides(store, world):
    """The scorer failed the attempt on a gate (a wrong fact, a promise, a non-answer) although the points
    reach the pass mark: progress and readiness do not count it as passed until a mentor overrides."""
    lib, _ = _library_with_threshold(75.0)
    criteria = [
        {"id": "greeting", "result": "pass", "points": 4, "max_points": 4, "critical": False, "competencies": []},
        {"id": "payment_rule", "result": "fail", "points": 0, "max_points": 1, "critical": False,
         "competencies": []},
    ]  # 80 points, but the scorer's verdict is "failed" (payment_rule is a gate)
    aid = play(store, world.t_a1, "pension-late-et", criteria=criteria, passed=False)
    topics, marks = {"pension-late-et": "pension-payment"}, pass_marks(lib)
    for frame in (attempt_frame(store.criterion_rows(world.lead_a), topics, marks),
                  score_frame(store.attempt_score_rows(world.lead_a), topics, marks)):
        row = frame.set_index("attempt_id").loc[aid]
        assert row["score"] == 80.0 and not bool(row["good"])
    store.override_criterion(world.mentor_a, aid, "payment_rule", "pass", "the rule was right, the client misheard")
    for frame in (attempt_frame(store.criterion_rows(world.lead_a), topics, marks),
                  score_frame(store.attempt_score_rows(world.lead_a), topics, marks)):
        row = frame.set_index("attempt_id").loc[aid]
        assert row["score"] == 100.0 and bool(row["good"])
