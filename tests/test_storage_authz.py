"""Authorisation is enforced in the store: who may read and change which attempts and users."""

from __future__ import annotations

import itertools

import pytest
from conftest_storage import PASSWORD, play, result_of

from trainer.storage import Actor, NotFound, PermissionDenied


def test_trainee_cannot_read_other_trainees_attempt(store, world):
    mine = play(store, world.t_a1)
    theirs = play(store, world.t_a2)
    assert store.get_attempt(world.t_a1, mine).user_id == world.t_a1.id
    with pytest.raises(PermissionDenied):
        store.get_attempt(world.t_a1, theirs)
    with pytest.raises(NotFound):
        store.get_attempt(world.t_a1, 999_999)
    with pytest.raises(PermissionDenied):
        store.list_attempts(world.t_a1, user_id=world.t_a2.id)
    assert [a.id for a in store.list_attempts(world.t_a1)] == [mine]
    with pytest.raises(PermissionDenied):
        store.active_attempt(world.t_a1, world.t_a2.id)


def test_trainee_cannot_write_other_trainees_attempt(store, world):
    aid = store.start_attempt(world.t_a2, "s", "1", 1, "practice", "et", "chat", {})
    with pytest.raises(PermissionDenied):
        store.record_turn(world.t_a1, aid, "agent", "hijack", None, {"x": 1})
    with pytest.raises(PermissionDenied):
        store.finish_attempt(world.t_a1, aid, result_of(100))
    with pytest.raises(PermissionDenied):
        store.abandon_attempt(world.t_a1, aid)
    # the mentor may read, but not play, a mentee's attempt
    with pytest.raises(PermissionDenied):
        store.record_turn(world.mentor_a2, aid, "agent", "hijack", None, {})
    assert store.get_attempt(world.t_a2, aid).turns == ()


def test_mentor_reads_mentee_not_stranger(store, world):
    mentee = play(store, world.t_a1)
    stranger = play(store, world.t_a2)  # mentored by mentor_a2
    assert store.get_attempt(world.mentor_a, mentee).id == mentee
    with pytest.raises(PermissionDenied):
        store.get_attempt(world.mentor_a, stranger)
    assert {a.id for a in store.list_attempts(world.mentor_a)} == {mentee}
    assert [u.username for u in store.mentees(world.mentor_a, world.mentor_a.id)] == ["t_a1"]
    with pytest.raises(PermissionDenied):
        store.mentees(world.mentor_a, world.mentor_a2.id)
    with pytest.raises(PermissionDenied):
        store.override_criterion(world.mentor_a, stranger, "identify", "pass", "looked fine")
    with pytest.raises(PermissionDenied):
        store.get_user(world.mentor_a, world.t_a2.id)
    assert {u.username for u in store.list_users(world.mentor_a)} == {"mentor_a", "t_a1"}


def test_lead_reads_own_org_only(store, world):
    a1, a2, b1 = (play(store, t) for t in (world.t_a1, world.t_a2, world.t_b1))
    assert {a.id for a in store.list_attempts(world.lead_a)} == {a1, a2}
    assert {a.id for a in store.list_attempts(world.lead_b)} == {b1}
    with pytest.raises(PermissionDenied):
        store.get_attempt(world.lead_a, b1)
    with pytest.raises(PermissionDenied):
        store.get_user_by_name(world.lead_a, "t_b1")
    assert {r["user_id"] for r in store.criterion_rows(world.lead_b)} == {world.t_b1.id}
    with pytest.raises(PermissionDenied):
        store.criterion_rows(world.lead_a, user_ids=[world.t_b1.id])
    with pytest.raises(PermissionDenied):
        store.attempt_rows(world.lead_a, user_ids=[world.t_a1.id, world.t_b1.id])
    users_b = {u.username for u in store.list_users(world.lead_b)}
    assert users_b == {"lead_b", "mentor_b", "t_b1"}
    assert {u.username for u in store.mentees(world.lead_a, world.mentor_a.id)} == {"t_a1"}
    with pytest.raises(PermissionDenied):
        store.mentees(world.lead_b, world.mentor_a.id)


def test_admin_and_system_actor_read_everything(store, world):
    ids = {play(store, t) for t in (world.t_a1, world.t_a2, world.t_b1)}
    assert {a.id for a in store.list_attempts(world.admin)} == ids
    assert {a.id for a in store.list_attempts(store.system_actor())} == ids
    with pytest.raises(PermissionDenied):
        store.start_attempt(store.system_actor(), "s", "1", 1, "practice", "et", "chat", {})


def test_forged_actor_role_is_ignored(store, world):
    """The store re-reads the role from the database: a trainee claiming 'admin' stays a trainee."""
    theirs = play(store, world.t_a2)
    forged = Actor(id=world.t_a1.id, role="admin", org_id=world.org_a.id)
    with pytest.raises(PermissionDenied):
        store.get_attempt(forged, theirs)
    with pytest.raises(PermissionDenied):
        store.get_attempt(Actor(id=0, role="admin"), theirs)  # not the real system actor
    with pytest.raises(PermissionDenied):
        store.get_attempt(Actor(id=424242, role="admin"), theirs)


def test_access_matrix_matches_the_rules(store, world):
    """Every (actor, attempt owner) pair: read, review and override rights follow the documented rules."""
    people = [world.admin, world.lead_a, world.lead_b, world.mentor_a, world.mentor_a2, world.mentor_b,
              world.t_a1, world.t_a2, world.t_b1]  # fmt: skip
    owners = [world.t_a1, world.t_a2, world.t_b1, world.mentor_a]
    attempts = {o.id: play(store, o) for o in owners}

    def may_read(actor, owner) -> bool:
        return (
            actor.role == "admin"
            or actor.id == owner.id
            or (actor.role == "lead" and actor.org_id == owner.org_id)
            or (actor.role == "mentor" and owner.mentor_id == actor.id)
        )

    def may_mentor(actor, owner) -> bool:
        return (
            actor.role == "admin"
            or (actor.role == "lead" and actor.org_id == owner.org_id and actor.id != owner.id)
            or (actor.role == "mentor" and owner.mentor_id == actor.id)
        )

    for actor, owner in itertools.product(people, owners):
        aid = attempts[owner.id]
        try:
            store.get_attempt(actor, aid)
            read = True
        except PermissionDenied:
            read = False
        assert read == may_read(actor, owner), (actor.username, owner.username)
        try:
            store.add_review(actor, aid, f"review by {actor.username}")
            mentor = True
        except PermissionDenied:
            mentor = False
        assert mentor == may_mentor(actor, owner), (actor.username, owner.username)
        listed = aid in {a.id for a in store.list_attempts(actor)}
        assert listed == may_read(actor, owner)
        rows = {r["attempt_id"] for r in store.criterion_rows(actor)}
        assert (aid in rows) == may_read(actor, owner)


def test_cohorts_and_orgs_visibility(store, world):
    store.create_cohort(world.lead_b, "B-2026-02")
    assert [c.name for c in store.list_cohorts(world.lead_a)] == ["A-2026-01"]
    assert [c.name for c in store.list_cohorts(world.t_b1)] == ["B-2026-02"]
    assert len(store.list_cohorts(world.admin)) == 2
    with pytest.raises(PermissionDenied):
        store.create_cohort(world.lead_a, "X", org_id=world.org_b.id)
    with pytest.raises(PermissionDenied):
        store.create_cohort(world.mentor_a, "X")
    with pytest.raises(PermissionDenied):
        store.create_org(world.lead_a, "Org C")
    assert [o.name for o in store.list_orgs(world.lead_a)] == ["Org A"]


# -- assign, mentees and create_user against an independent oracle ----------------------------------
# Written from the documented rules (storage/README.md), not from trainer.storage.policy.


def _people(world):
    return [world.admin, world.lead_a, world.lead_b, world.mentor_a, world.mentor_a2, world.mentor_b,
            world.t_a1, world.t_a2, world.t_b1]  # fmt: skip


def _allowed(method, *args, **kwargs) -> bool:
    try:
        method(*args, **kwargs)
    except PermissionDenied:
        return False
    return True


def test_assign_matrix_matches_the_rules(store, world):
    """Every actor x user and actor x cohort pair: assigning scenarios follows the rules."""
    cohort_b = store.create_cohort(store.system_actor(), "B-2026-01", org_id=world.org_b.id)

    def may_assign_user(actor, user) -> bool:
        if actor.id == user.id:
            return False  # never to oneself, not even an admin
        return (
            actor.role == "admin"
            or (actor.role == "lead" and actor.org_id == user.org_id and user.role in ("trainee", "mentor"))
            or (actor.role == "mentor" and user.mentor_id == actor.id)
        )

    def may_assign_cohort(actor, cohort) -> bool:
        return actor.role == "admin" or (actor.role in ("lead", "mentor") and actor.org_id == cohort.org_id)

    people = _people(world)
    for actor, user in itertools.product(people, people):
        got = _allowed(store.assign, actor, ["pension-01"], None, user_id=user.id)
        assert got == may_assign_user(actor, user), (actor.username, user.username)
    for actor, cohort in itertools.product(people, [world.cohort_a, cohort_b]):
        got = _allowed(store.assign, actor, ["pension-01"], None, cohort_id=cohort.id)
        assert got == may_assign_cohort(actor, cohort), (actor.username, cohort.name)
    # what was allowed was stored: t_a1 sees the assignments of their mentor, their lead, the admin
    # and the cohort's (admin, lead_a, mentor_a, mentor_a2)
    assigners = {a.assigned_by for a in store.assignments_for(world.t_a1, world.t_a1.id)}
    assert assigners == {world.admin.id, world.lead_a.id, world.mentor_a.id, world.mentor_a2.id}


def test_mentees_matrix_matches_the_rules(store, world):
    """Every actor x mentor pair: who may list whose mentees, and the list is right."""

    def may_list(actor, mentor) -> bool:
        return (
            actor.id == mentor.id
            or actor.role == "admin"
            or (actor.role == "lead" and actor.org_id is not None and actor.org_id == mentor.org_id)
        )

    people = _people(world)
    for actor, mentor in itertools.product(people, people):
        try:
            names = {u.username for u in store.mentees(actor, mentor.id)}
        except PermissionDenied:
            assert not may_list(actor, mentor), (actor.username, mentor.username)
            continue
        assert may_list(actor, mentor), (actor.username, mentor.username)
        assert names == {p.username for p in people if p.mentor_id == mentor.id}


def test_create_user_matrix_matches_the_rules(store, world):
    """Every actor x role x organisation: who may create which users where."""

    def may_create(actor, role, org_id) -> bool:
        return actor.role == "admin" or (actor.role == "lead" and role in ("trainee", "mentor")
                                         and org_id == actor.org_id)

    for actor, role, org in itertools.product(_people(world), ("trainee", "mentor", "lead", "admin"),
                                              (world.org_a, world.org_b)):
        name = f"new-{actor.username}-{role}-{org.id}"
        try:
            made = store.create_user(actor, name, PASSWORD, role, org_id=org.id)
        except PermissionDenied:
            assert not may_create(actor, role, org.id), (actor.username, role, org.name)
            continue
        assert may_create(actor, role, org.id), (actor.username, role, org.name)
        assert (made.role, made.org_id) == (role, org.id)
    created = {u.username for u in store.list_users(store.system_actor()) if u.username.startswith("new-")}
    assert created == {f"new-root-{r}-{o.id}" for r in ("trainee", "mentor", "lead", "admin")
                       for o in (world.org_a, world.org_b)} | {
        f"new-lead_a-{r}-{world.org_a.id}" for r in ("trainee", "mentor")} | {
        f"new-lead_b-{r}-{world.org_b.id}" for r in ("trainee", "mentor")}
