"""Helpers shared by the storage tests (constants, fake clock, a sample population, playing an attempt).

The fixtures themselves live in ``conftest.py``."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[1]
# A small frozen scenario project (tests/fixtures/project/README.md): tests of the engine, app and
# readiness use it, so editing the content library cannot silently weaken them.
FIXTURE_HOME = ROOT / "tests" / "fixtures" / "project"
if str(ROOT) not in sys.path:  # the package may not be installed (plain `pytest` from the repo)
    sys.path.insert(0, str(ROOT))

from argon2 import PasswordHasher  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from trainer.storage import Store  # noqa: E402

PG_URL = os.environ.get("TRAINER_TEST_POSTGRES_URL")
PASSWORD = "correct horse"
# Cheap argon2 parameters keep the suite fast; the format is still a real argon2id hash.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)

BACKENDS = [
    "sqlite",
    pytest.param(
        "postgres",
        marks=[pytest.mark.postgres, pytest.mark.skipif(not PG_URL, reason="TRAINER_TEST_POSTGRES_URL not set")],
    ),
]


def schema_url(base: str, schema: str) -> str:
    """``base`` with the PostgreSQL search_path set to ``schema`` (via libpq ``options``)."""
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False)


class FakeClock:
    """A settable clock for lock-out tests."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += dt.timedelta(**kwargs)


def make_world(st: Store) -> SimpleNamespace:
    """Two organisations with a lead, two mentors and trainees each, plus an admin."""
    sysa = st.system_actor()
    w = SimpleNamespace()
    w.org_a = st.create_org(sysa, "Org A")
    w.org_b = st.create_org(sysa, "Org B")
    w.admin = st.create_user(sysa, "root", PASSWORD, "admin", org_id=w.org_a.id)
    w.cohort_a = st.create_cohort(sysa, "A-2026-01", org_id=w.org_a.id)
    w.lead_a = st.create_user(sysa, "lead_a", PASSWORD, "lead", org_id=w.org_a.id)
    w.lead_b = st.create_user(sysa, "lead_b", PASSWORD, "lead", org_id=w.org_b.id)
    w.mentor_a = st.create_user(w.lead_a, "mentor_a", PASSWORD, "mentor")
    w.mentor_a2 = st.create_user(w.lead_a, "mentor_a2", PASSWORD, "mentor")
    w.mentor_b = st.create_user(w.lead_b, "mentor_b", PASSWORD, "mentor")
    w.t_a1 = st.create_user(w.lead_a, "t_a1", PASSWORD, "trainee", mentor_id=w.mentor_a.id, cohort_id=w.cohort_a.id)
    w.t_a2 = st.create_user(w.lead_a, "t_a2", PASSWORD, "trainee", mentor_id=w.mentor_a2.id, cohort_id=w.cohort_a.id)
    w.t_b1 = st.create_user(w.lead_b, "t_b1", PASSWORD, "trainee", mentor_id=w.mentor_b.id)
    return w


def result_of(score: float = 1.0, passed: bool = True, criteria=(), **more) -> dict:
    """A complete scoring result (:class:`trainer.outcome.ScoreResult` keys) for storage tests."""
    crit = list(criteria)
    return {"score": score, "passed": passed, "rubric": "call-model", "rubric_version": "1",
            "critical_failed": any(c.get("critical") and c.get("result") == "fail" for c in crit),
            "criteria": crit, **more}


def play(st: Store, actor, scenario: str = "pension-01", criteria=None, turns: int = 2, mode: str = "practice",
         passed: bool = False) -> int:
    """Start, play ``turns`` turn pairs and finish an attempt; returns its id."""
    aid = st.start_attempt(actor, scenario, "3", 42, mode, "et", "chat", {"node": "start"})
    for i in range(turns):
        st.record_turn(actor, aid, "client", f"client {i}", None, {"node": f"c{i}"})
        st.record_turn(actor, aid, "agent", f"agent {i}", None, {"node": f"a{i}"})
    if criteria is None:
        criteria = [
            {"id": "greeting", "result": "pass", "points": 1, "max_points": 1, "critical": False,
             "competencies": ["communication"]},
            {"id": "identify", "result": "fail", "points": 0, "max_points": 2, "critical": True,
             "competencies": ["data-protection"]},
            {"id": "closing", "result": "n/a", "points": 0, "max_points": 0, "critical": False, "competencies": []},
        ]  # fmt: skip
    result = {
        "score": 33.3,
        "passed": passed,
        "critical_failed": any(c["critical"] and c["result"] == "fail" for c in criteria),
        "rubric": "info-phone",
        "rubric_version": "2",
        "criteria": criteria,
    }
    st.finish_attempt(actor, aid, result, {"node": "end"})
    return aid
