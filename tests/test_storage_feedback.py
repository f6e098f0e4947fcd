"""The mentoring loop in the store: a trainee reads the feedback on their own attempt, acknowledges and
answers it; mentors work from a review queue; rights are enforced by the store (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from conftest_storage import play

from trainer.storage import Conflict, PermissionDenied


def test_trainee_sees_notes_comments_and_overrides_with_author_names(store, world, clock):
    store.clock = clock  # deterministic times
    aid = play(store, world.t_a1)
    assert store.attempt_feedback(world.t_a1, aid).items == ()
    assert store.attempt_feedback(world.t_a1, aid).new is False
    clock.advance(minutes=1)
    store.comment_turn(world.mentor_a, aid, 1, "Küsige isikukoodi enne summat.")
    clock.advance(minutes=1)
    store.override_criterion(world.mentor_a, aid, "identify", "pass", "Kood küsiti teises vastuses")
    clock.advance(minutes=1)
    store.add_review(world.mentor_a, aid, "Hea algus, Teie tervitus oli selge.")
    fb = store.attempt_feedback(world.t_a1, aid)
    assert [(i.kind, i.author_name, i.text) for i in fb.items] == [
        ("comment", "mentor_a", "Küsige isikukoodi enne summat."),
        ("override", "mentor_a", "Kood küsiti teises vastuses"),
        ("review", "mentor_a", "Hea algus, Teie tervitus oli selge."),
    ]
    assert fb.items[0].turn_idx == 1
    assert (fb.items[1].criterion_id, fb.items[1].new_result) == ("identify", "pass")
    assert fb.new and fb.acknowledged_at is None
    state = store.feedback_states(world.t_a1, world.t_a1.id)
    assert list(state) == [aid] and (state[aid].count, state[aid].new, state[aid].acknowledged) == (3, True, False)


def test_acknowledge_with_a_reply_then_new_feedback_is_new_again(store, world, clock):
    store.clock = clock
    aid = play(store, world.t_a1)
    with pytest.raises(Conflict):  # nothing to acknowledge yet
        store.acknowledge_feedback(world.t_a1, aid)
    store.add_review(world.mentor_a, aid, "Kokkuvõte jäi puudu.")
    clock.advance(minutes=5)
    fb = store.acknowledge_feedback(world.t_a1, aid, "Спасибо, в следующий раз подведу итог.")
    assert not fb.new and fb.acknowledged_at == clock.now
    assert [i.kind for i in fb.items] == ["review", "reply"]
    assert fb.items[-1].text == "Спасибо, в следующий раз подведу итог." and fb.items[-1].author_name == "t_a1"
    state = store.feedback_states(world.mentor_a, world.t_a1.id)[aid]
    assert (state.count, state.new, state.acknowledged) == (1, False, True)  # replies are not mentor items
    clock.advance(minutes=5)
    store.comment_turn(world.mentor_a, aid, 3, "Siin oleks pidanud küsima, kas kõik on selge.")
    assert store.attempt_feedback(world.t_a1, aid).new
    assert store.feedback_states(world.t_a1, world.t_a1.id)[aid].new


def test_only_the_owner_acknowledges_and_strangers_cannot_read(store, world):
    aid = play(store, world.t_a1)
    store.add_review(world.mentor_a, aid, "Hea töö.")
    for other in (world.mentor_a, world.lead_a, world.admin, world.t_a2):
        with pytest.raises(PermissionDenied):
            store.acknowledge_feedback(other, aid)
    with pytest.raises(PermissionDenied):
        store.acknowledge_feedback(store.system_actor(), aid)
    for stranger in (world.t_a2, world.mentor_a2, world.lead_b, world.mentor_b):
        with pytest.raises(PermissionDenied):
            store.attempt_feedback(stranger, aid)
        with pytest.raises(PermissionDenied):
            store.feedback_states(stranger, world.t_a1.id)
    assert store.attempt_feedback(world.lead_a, aid).items[0].text == "Hea töö."
    with pytest.raises(ValueError):
        store.acknowledge_feedback(world.t_a1, aid, "x" * 2001)


def test_the_same_override_twice_is_refused(store, world):
    aid = play(store, world.t_a1)
    store.override_criterion(world.mentor_a, aid, "identify", "pass", "kood küsiti")
    with pytest.raises(Conflict):
        store.override_criterion(world.mentor_a, aid, "identify", "pass", "kood küsiti")
    store.override_criterion(world.mentor_a, aid, "identify", "fail", "ei, kood jäi kontrollimata")
    assert len(store.get_attempt(world.mentor_a, aid).overrides) == 2


def _passed(store, actor) -> int:
    aid = store.start_attempt(actor, "pension-01", "3", 7, "test", "et", "phone", {"node": "start"})
    store.record_turn(actor, aid, "agent", "Tere! Sotsiaalkindlustusamet, Mari kuuleb.", None, {"node": "a"})
    crit = [{"id": "greeting", "result": "pass", "points": 1, "max_points": 1, "critical": False,
             "competencies": []}]
    store.finish_attempt(actor, aid, {"score": 100.0, "passed": True, "critical_failed": False,
                                      "rubric": "call-model", "rubric_version": "1", "criteria": crit},
                         {"node": "end"})
    return aid


def test_review_queue_unreviewed_then_replied_then_failed_first_and_only_mentees(store, world, clock):
    store.clock = clock
    reviewed_failed = play(store, world.t_a1)
    clock.advance(minutes=1)
    unreviewed_failed = play(store, world.t_a1)
    clock.advance(minutes=1)
    unreviewed_passed = _passed(store, world.t_a1)  # newer, but passed: after the failed one
    clock.advance(minutes=1)
    replied = play(store, world.t_a1)
    other_mentee = play(store, world.t_a2)  # mentor_a2's trainee
    store.add_review(world.mentor_a, reviewed_failed, "Vaadatud.")
    store.add_review(world.mentor_a, replied, "Vaadake tuvastamist.")
    clock.advance(minutes=1)
    store.acknowledge_feedback(world.t_a1, replied, "Kas kood tuli küsida enne nime?")
    queue = store.review_queue(world.mentor_a)
    ids = [q.attempt.id for q in queue]
    assert ids == [unreviewed_failed, unreviewed_passed, replied, reviewed_failed]
    assert not queue[0].reviewed and queue[0].attempt.passed is False and queue[1].attempt.passed is True
    assert queue[2].reply_waiting and queue[2].reviewed and not queue[3].reply_waiting
    assert all(q.trainee_name == "t_a1" for q in queue)
    lead_ids = [q.attempt.id for q in store.review_queue(world.lead_a)]
    assert set(lead_ids) == set(ids) | {other_mentee}
    assert store.review_queue(world.lead_b) == [] and store.review_queue(world.t_a1) == []
    assert [q.attempt.id for q in store.review_queue(world.mentor_a2)] == [other_mentee]
