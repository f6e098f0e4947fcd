"""Shared test data for the readiness, progress, export and CLI tests (imported by those modules),
plus the demo builder's own tests: real Estonian / Russian names, really played and scored attempts,
determinism for a seed.

The world is a small demo organisation on SQLite: 4 trainees (2 Estonian, 2 Russian speakers, one
quick learner), 2 mentors and a lead, playing 4 library scenarios (both channels, both languages).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from types import SimpleNamespace

from conftest_storage import FAST_HASHER

from trainer.demo import build_demo, username_for
from trainer.library import load_library
from trainer.readiness import rule_from_config
from trainer.storage import open_store

TODAY = dt.date(2026, 11, 27)
SUBSET = ["pension-late-et", "child-allowance-et", "pension-weekend-ru", "family-finland-ru"]
CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def build_world(path: Path, seed: int = 3, trainees: int = 4, url: str | None = None) -> SimpleNamespace:
    """A demo store at ``path`` (or ``url``) and handles to its people (actors are UserInfo)."""
    lib = load_library()
    store = open_store(url or f"sqlite:///{path / 'world.db'}", password_hasher=FAST_HASHER)
    res = build_demo(store, lib, seed=seed, trainees=trainees, attempts=6, weeks=5, variants=3, today=TODAY,
                     scenario_ids=SUBSET, quick_learners=1)
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


def test_demo_creates_real_people_and_really_played_attempts(tmp_path: Path) -> None:
    w = build_world(tmp_path)
    try:
        roles = [a.role for a in w.res.accounts]
        assert roles.count("trainee") == 4 and roles.count("mentor") == 2 and roles.count("lead") == 1
        names = {a.display_name: a for a in w.res.accounts}
        ru = [a for a in w.res.accounts if a.language == "ru"]
        assert ru and all(CYRILLIC.search(a.display_name) for a in ru)  # Russian names in Cyrillic
        assert all(not CYRILLIC.search(a.display_name) for a in w.res.accounts if a.language == "et")
        assert all(re.fullmatch(r"[a-z0-9.]+", a.username) for a in names.values())
        sysa = w.store.system_actor()
        attempts = w.store.list_attempts(sysa, status="finished")
        assert len(attempts) == w.res.attempts > 8
        assert {a.scenario_id for a in attempts} <= set(SUBSET)
        full = w.store.get_attempt(sysa, attempts[0].id)
        assert len(full.turns) >= 4 and {t.role for t in full.turns} == {"agent", "client"}
        assert full.result["rubric"] == "call-model" and full.result["criteria"]
        # the stored result is the real scorer's verdict on the stored conversation
        from trainer.dialogue import Conversation

        for summary in attempts[:6]:
            info = w.store.get_attempt(sysa, summary.id)
            conv = Conversation.from_state(w.lib.get(info.scenario_id), w.lib, info.engine_state)
            assert [t["text"] for t in conv.turns] == [t.text for t in info.turns]
            assert conv.score()["score"] == info.score
        star_attempts = w.store.list_attempts(sysa, user_id=w.star.id, status="finished")
        assert all(a.score == 100.0 and a.passed for a in star_attempts)  # the quick learner plays exemplary runs
        assert len(star_attempts) == 2 * len(SUBSET)
        assert w.res.reviews > 0
        assert any(e.attempt_id for t in w.trainees for e in w.store.self_evaluations(sysa, t.id))
    finally:
        w.store.close()


def test_demo_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    worlds = [build_world(tmp_path / "a", seed=11, trainees=2), build_world(tmp_path / "b", seed=11, trainees=2)]
    try:
        shapes = []
        for w in worlds:
            sysa = w.store.system_actor()
            people = [(a.username, a.display_name, a.role) for a in w.res.accounts]
            att = [(a.scenario_id, a.score, a.mode, a.finished_at) for a in w.store.list_attempts(sysa)]
            shapes.append((people, att))
        assert shapes[0] == shapes[1]
        assert worlds[0].passwords != worlds[1].passwords  # passwords are random, never derived from the seed
    finally:
        for w in worlds:
            w.store.close()


def test_usernames_are_ascii_and_unique() -> None:
    taken: set[str] = set()
    assert username_for("Märt Õun", taken) == "mart.oun"
    assert username_for("Märt Õun", taken) == "mart.oun2"
    assert username_for("Жанна Титова", taken) == "zhanna.titova"
    assert username_for("Юрий Щукин", taken) == "jurij.shtshukin"
