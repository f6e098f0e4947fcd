"""Shared test data for the demo, readiness, progress, export, page and CLI tests (imported by
those modules; no tests here).

The world is a small demo organisation on SQLite: 4 trainees (2 Estonian, 2 Russian speakers, one
quick learner), 2 mentors and a lead, playing 4 library scenarios (both channels, both languages).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

from conftest_storage import FAST_HASHER, FIXTURE_HOME

from trainer.onboarding.demo import build_demo
from trainer.onboarding.readiness import rule_from_config
from trainer.simulation.library import load_library
from trainer.storage import open_store

TODAY = dt.date(2026, 11, 27)
SUBSET = ["pension-late-et", "child-allowance-et", "pension-weekend-ru", "family-finland-ru"]


def build_world(path: Path, seed: int = 3, trainees: int = 4, url: str | None = None) -> SimpleNamespace:
    """A demo store at ``path`` (or ``url``) and handles to its people (actors are UserInfo).

    Tests that only need the default world use the ``demo_world`` fixture (built once per run)."""
    lib = load_library(FIXTURE_HOME)
    store = open_store(url or f"sqlite:///{path / 'world.db'}", password_hasher=FAST_HASHER)
    res = build_demo(store, lib, seed=seed, trainees=trainees, attempts=6, weeks=5, variants=3, today=TODAY,
                     scenario_ids=SUBSET, quick_learners=1)
    return world_from_store(store, res)


def world_from_store(store, res) -> SimpleNamespace:
    """Handles to the people of a demo store built with ``res`` (its accounts and passwords)."""
    lib = load_library(FIXTURE_HOME)
    w = SimpleNamespace(store=store, lib=lib, res=res, today=TODAY)
    w.passwords = {a.username: a.password for a in res.accounts}
    by_role: dict[str, list] = {}
    for a in res.accounts:
        by_role.setdefault(a.role, []).append(store.authenticate(a.username, a.password))
    w.lead = by_role["lead"][0]
    w.mentor_et, w.mentor_ru = by_role["mentor"]
    w.trainees = by_role["trainee"]
    w.star = w.trainees[0]
    w.rule = rule_from_config({"topics": sorted({lib.get(s).topic for s in SUBSET})}, lib)
    return w
