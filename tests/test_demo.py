"""The demo builder: real Estonian / Russian names, attempts really played through the dialogue
engine and scored by the real scorer, reviews and self-evaluations, determinism for a seed."""

from __future__ import annotations

import re
from pathlib import Path

from test_readiness_data import SUBSET, build_world

from trainer.onboarding.demo import username_for

CYRILLIC = re.compile(r"[А-Яа-яЁё]")


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
        from trainer.simulation.dialogue import Conversation

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
