"""The authorisation policy module (trainer.storage.policy): its SQL condition and its Python rule
agree, and the one turn-writing path (record_turn is record_turns with one turn) refuses and
records exactly as before."""

from __future__ import annotations

import pytest
from conftest_storage import PASSWORD, play
from sqlalchemy import select
from sqlalchemy.orm import aliased

from trainer.storage import Conflict, NotFound, PermissionDenied
from trainer.storage.models import User
from trainer.storage.policy import ROLES, Role, Who, can_read, visible_users


def test_roles_are_the_four_documented_ones():
    assert ROLES == ("trainee", "mentor", "lead", "admin")
    assert Role("lead") is Role.LEAD and Role.LEAD == "lead"
    with pytest.raises(ValueError):
        Role("superuser")


def test_visible_users_sql_selects_exactly_the_readable_users(store, world):
    """For every actor (an org-less lead included) and every user: the SQL condition, on the model and
    on an alias, selects the user exactly when the Python rule lets the actor read them."""
    sysa = store.system_actor()
    loner = store.create_user(sysa, "lead_none", PASSWORD, "lead", org_id=None)
    store.create_user(sysa, "t_none", PASSWORD, "trainee", org_id=None)
    with store._read() as s:
        users = s.scalars(select(User)).all()
        assert len(users) == 11
        for actor in users:
            who = Who(actor.id, actor.role, actor.org_id)
            expected = {u.username for u in users if can_read(who, u)}
            assert set(s.scalars(select(User.username).where(visible_users(who, User)))) == expected
            other = aliased(User)
            assert set(s.scalars(select(other.username).where(visible_users(who, other)))) == expected
            if actor.id == loner.id:  # no shared pool of org-less users
                assert expected == {"lead_none"}
            if actor.role == "admin":
                assert len(expected) == 11


@pytest.mark.parametrize("method", ["record_turn", "record_turns"])
def test_both_turn_writers_refuse_and_record_alike(store, world, method):
    """record_turn delegates to record_turns: same errors, same authors, same state versions."""

    def write(actor, aid, role="agent", text_="tere", state=None):
        if method == "record_turn":
            return [store.record_turn(actor, aid, role, text_, None, state)]
        return store.record_turns(actor, aid, [(role, text_, None)], state)

    aid = store.start_attempt(world.t_a1, "pension-01", "3", 1, "practice", "et", "chat", {"n": 0})
    version = store.attempt_state(world.t_a1, aid).state_version
    assert write(world.t_a1, aid, state={"n": 1}) == [0]
    assert write(world.t_a1, aid, "client", "Здравствуйте") == [1]  # no state: the version stays
    assert store.attempt_state(world.t_a1, aid).state_version == version + 1
    assert write(world.admin, aid) == [2]
    assert write(store.system_actor(), aid) == [3]
    turns = store.get_attempt(world.t_a1, aid).turns
    assert [(t.role, t.text, t.author_id) for t in turns] == [
        ("agent", "tere", world.t_a1.id), ("client", "Здравствуйте", world.t_a1.id),
        ("agent", "tere", world.admin.id), ("agent", "tere", None)]  # fmt: skip
    with pytest.raises(NotFound):
        write(world.t_a1, 999_999)
    for intruder in (world.t_a2, world.mentor_a, world.lead_a):  # read rights do not mean play rights
        with pytest.raises(PermissionDenied):
            write(intruder, aid)
    with pytest.raises(ValueError):
        write(world.t_a1, aid, role="mentor")
    store.disable_user(world.lead_a, world.t_a1.id)
    with pytest.raises(PermissionDenied):
        write(world.t_a1, aid)
    finished = play(store, world.t_a2)
    with pytest.raises(Conflict):
        write(world.t_a2, finished)
    assert len(store.get_attempt(world.admin, aid).turns) == 4  # nothing written by the refusals


def test_constants_are_declared_once_or_checked_equal():
    """The store's language and mode constraints are the product's languages and the practice modes."""
    from trainer import config, i18n
    from trainer.onboarding import practice
    from trainer.storage import models

    assert models.LANGUAGES == config.LANGUAGES == ("et", "ru", "en")
    assert i18n.LANGUAGES is config.LANGUAGES
    assert practice.MODES is models.MODES == ("practice", "test")
    assert models.ROLES is ROLES
