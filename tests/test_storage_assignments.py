"""Changing and removing assignments (Store.update_assignment / remove_assignment): who may, per
trainer.storage.policy.can_change_assignment, what changes, the audit trail (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest

from trainer.storage import NotFound, PermissionDenied

DUE = dt.date(2026, 12, 14)


def test_a_mentor_changes_the_due_date_of_a_mentees_assignment(store, world):
    a = store.assign(world.mentor_a, ["pension-late-et", "pension-weekend-ru"], DUE, user_id=world.t_a1.id)
    later = DUE + dt.timedelta(days=7)
    changed = store.update_assignment(world.mentor_a, a.id, later)
    assert changed.due_date == later and changed.scenario_ids == a.scenario_ids and changed.changeable
    [seen] = store.assignments_for(world.t_a1, world.t_a1.id)
    assert seen.due_date == later and seen.changeable is False  # the trainee sees it, and may not change it
    assert store.update_assignment(world.lead_a, a.id, None).due_date is None  # the lead too: no due date
    events = [e for e in store.audit_events(world.admin, world.t_a1.id) if e.action == "assignment_change"]
    assert [(e.actor_id, e.details["old_due_date"], e.details["due_date"]) for e in events] == [
        (world.mentor_a.id, DUE.isoformat(), later.isoformat()), (world.lead_a.id, later.isoformat(), None)]


def test_removing_one_scenario_then_the_whole_assignment(store, world):
    a = store.assign(world.mentor_a, ["pension-late-et", "pension-weekend-ru"], DUE, user_id=world.t_a1.id)
    left = store.remove_assignment(world.mentor_a, a.id, "pension-late-et")
    assert left is not None and left.scenario_ids == ["pension-weekend-ru"]
    with pytest.raises(NotFound):
        store.remove_assignment(world.mentor_a, a.id, "pension-late-et")  # already gone
    assert store.remove_assignment(world.mentor_a, a.id, "pension-weekend-ru") is None  # the last one
    assert store.assignments_for(world.mentor_a, world.t_a1.id) == []
    with pytest.raises(NotFound):
        store.update_assignment(world.mentor_a, a.id, DUE)
    removed = [e.details for e in store.audit_events(world.admin, world.t_a1.id) if e.action == "assignment_remove"]
    assert [d["removed"] for d in removed] == [["pension-late-et"], ["pension-weekend-ru"]]


def test_who_may_change_a_trainees_own_assignment(store, world):
    a = store.assign(world.lead_a, ["pension-late-et"], DUE, user_id=world.t_a1.id)
    for stranger in (world.t_a1, world.t_a2, world.mentor_a2, world.mentor_b, world.lead_b):
        with pytest.raises(PermissionDenied):
            store.update_assignment(stranger, a.id, DUE + dt.timedelta(days=1))
        with pytest.raises(PermissionDenied):
            store.remove_assignment(stranger, a.id)
    assert store.assignments_for(world.t_a1, world.t_a1.id)[0].due_date == DUE  # nothing changed
    # the mentor may change what the lead assigned to their mentee; an admin anything
    assert store.update_assignment(world.mentor_a, a.id, DUE + dt.timedelta(days=2)).due_date == DUE + dt.timedelta(days=2)
    assert store.remove_assignment(world.admin, a.id) is None


def test_who_may_change_a_cohort_assignment(store, world):
    by_lead = store.assign(world.lead_a, ["pension-late-et"], DUE, cohort_id=world.cohort_a.id)
    by_mentor = store.assign(world.mentor_a, ["pension-weekend-ru"], DUE, cohort_id=world.cohort_a.id)
    # a mentor does not change what the lead, or another mentor, set for the whole cohort
    for actor, assignment in ((world.mentor_a, by_lead), (world.mentor_a2, by_mentor), (world.lead_b, by_lead),
                              (world.mentor_b, by_mentor), (world.t_a1, by_mentor)):
        with pytest.raises(PermissionDenied):
            store.update_assignment(actor, assignment.id, None)
    flags = {a.id: a.changeable for a in store.assignments_for(world.mentor_a, world.t_a1.id)}
    assert flags == {by_lead.id: False, by_mentor.id: True}  # what the page offers to change
    assert {a.id: a.changeable for a in store.assignments_for(world.lead_a, world.t_a1.id)} == {
        by_lead.id: True, by_mentor.id: True}
    assert store.update_assignment(world.mentor_a, by_mentor.id, None).due_date is None
    assert store.remove_assignment(world.lead_a, by_lead.id) is None
    assert [a.id for a in store.assignments_for(world.t_a2, world.t_a2.id)] == [by_mentor.id]
