"""Mentoring: reviews, turn comments, criterion overrides, assignments, self-evaluations,
readiness snapshots."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import or_, select

from . import policy
from .attempts import override_info
from .audit import GENESIS, chain_hash, override_fields
from .base import StoreBase, jsonable
from .errors import Conflict, NotFound, PermissionDenied
from .models import (
    CRITERION_RESULTS,
    Assignment,
    Cohort,
    CriterionResult,
    Override,
    ReadinessSnapshot,
    Review,
    SelfEvaluation,
    Turn,
    TurnComment,
)
from .records import (
    Actor,
    AssignmentInfo,
    OverrideInfo,
    ReadinessSnapshotInfo,
    ReviewInfo,
    SelfEvaluationInfo,
    TurnCommentInfo,
    UserInfo,
)

_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def _assignment_info(a: Assignment, changeable: bool = False) -> AssignmentInfo:
    return AssignmentInfo(a.id, a.user_id, a.cohort_id, list(a.scenario_ids), a.due_date, a.assigned_by, a.created_at,
                          changeable)


def _self_eval_info(e: SelfEvaluation) -> SelfEvaluationInfo:
    return SelfEvaluationInfo(e.id, e.user_id, e.attempt_id, e.month, dict(e.results), e.comment, e.created_at)


class MentoringMixin(StoreBase):
    """Mentor and lead actions on trainees' attempts, plus trainee self-evaluation."""

    def add_review(self, actor: Actor | UserInfo, attempt_id: int, comment: str) -> ReviewInfo:
        """Add a review note to an attempt (mentor of the trainee, lead of the org, admin)."""
        if not (comment or "").strip():
            raise ValueError("comment is required")
        with self._write() as s:
            who = self._who(s, actor)
            self._mentored_attempt(s, who, attempt_id)
            if who.is_system:
                raise PermissionDenied("the system actor cannot write reviews")
            r = Review(attempt_id=attempt_id, mentor_id=who.id, comment=comment.strip(), created_at=self.now())
            s.add(r)
            s.flush()
            return ReviewInfo(r.id, r.attempt_id, r.mentor_id, r.comment, r.created_at)

    def comment_turn(self, actor: Actor | UserInfo, attempt_id: int, turn_idx: int, text: str) -> TurnCommentInfo:
        """Attach a comment to one turn of an attempt."""
        if not (text or "").strip():
            raise ValueError("text is required")
        with self._write() as s:
            who = self._who(s, actor)
            self._mentored_attempt(s, who, attempt_id)
            if who.is_system:
                raise PermissionDenied("the system actor cannot comment")
            turn = s.scalar(select(Turn.id).where(Turn.attempt_id == attempt_id, Turn.idx == turn_idx))
            if turn is None:
                raise NotFound(f"attempt {attempt_id} has no turn {turn_idx}")
            c = TurnComment(
                attempt_id=attempt_id, turn_idx=turn_idx, author_id=who.id, text=text.strip(), created_at=self.now()
            )
            s.add(c)
            s.flush()
            return TurnCommentInfo(c.id, c.attempt_id, c.turn_idx, c.author_id, c.text, c.created_at)

    def override_criterion(
        self, actor: Actor | UserInfo, attempt_id: int, criterion_id: str, new_result: str, reason: str
    ) -> OverrideInfo:
        """Record a manual result for one criterion of a finished attempt (audit trail; the
        automatic result is kept). ``reason`` is required (ValueError when empty).

        Overrides are append-only (the store has no method to change or delete one) and
        tamper-evident: each row carries the hash of the previous one (:mod:`trainer.storage.audit`). Repeating the
        criterion's latest override (e.g. the same form submitted twice) raises :class:`Conflict`."""
        if not isinstance(reason, str) or not reason.strip():
            raise ValueError("an override needs a reason")
        if new_result not in CRITERION_RESULTS:
            raise ValueError(f"new_result must be one of {CRITERION_RESULTS}")
        with self._write() as s:
            who = self._who(s, actor)
            attempt = self._mentored_attempt(s, who, attempt_id)
            if who.is_system:
                raise PermissionDenied("the system actor cannot override")
            if attempt.status != "finished":
                raise Conflict(f"attempt {attempt_id} is not finished")
            exists_ = s.scalar(
                select(CriterionResult.id).where(
                    CriterionResult.attempt_id == attempt_id, CriterionResult.criterion_id == criterion_id
                )
            )
            if exists_ is None:
                raise NotFound(f"attempt {attempt_id} has no criterion {criterion_id!r}")
            latest = s.scalars(
                select(Override).where(Override.attempt_id == attempt_id, Override.criterion_id == criterion_id)
                .order_by(Override.id.desc()).limit(1)
            ).first()
            if latest is not None and latest.new_result == new_result:  # e.g. a form submitted twice
                raise Conflict(f"criterion {criterion_id!r} of attempt {attempt_id} is already {new_result!r}")
            self._chain_lock(s, "overrides")
            prev = s.scalar(select(Override.row_hash).order_by(Override.id.desc()).limit(1)) or GENESIS
            o = Override(
                attempt_id=attempt_id,
                criterion_id=criterion_id,
                author_id=who.id,
                new_result=new_result,
                reason=reason.strip(),
                created_at=self.now(),
                prev_hash=prev,
            )
            s.add(o)
            s.flush()
            o.row_hash = chain_hash(prev, override_fields(o))
            s.flush()
            return override_info(o)

    def assign(
        self,
        actor: Actor | UserInfo,
        scenario_ids: list[str],
        due_date: dt.date | None,
        user_id: int | None = None,
        cohort_id: int | None = None,
    ) -> AssignmentInfo:
        """Assign scenarios to one user (their mentor, lead, admin) or a cohort (lead or mentor
        of the cohort's organisation, admin). Exactly one of user_id / cohort_id."""
        if (user_id is None) == (cohort_id is None):
            raise ValueError("give exactly one of user_id and cohort_id")
        ids = [str(x) for x in scenario_ids]
        if not ids:
            raise ValueError("scenario_ids is empty")
        with self._write() as s:
            who = self._who(s, actor)
            if user_id is not None:
                if not policy.can_mentor(who, self._user(s, user_id)):
                    raise PermissionDenied("not allowed to assign to this user")
            else:
                cohort = s.get(Cohort, cohort_id)
                if cohort is None:
                    raise NotFound(f"cohort {cohort_id} not found")
                if not policy.can_assign_to_cohort(who, cohort.org_id):
                    raise PermissionDenied("not allowed to assign to this cohort")
            a = Assignment(
                user_id=user_id,
                cohort_id=cohort_id,
                scenario_ids=ids,
                due_date=due_date,
                assigned_by=None if who.is_system else who.id,
                created_at=self.now(),
            )
            s.add(a)
            s.flush()
            return _assignment_info(a)

    def assignments_for(self, actor: Actor | UserInfo, user_id: int) -> list[AssignmentInfo]:
        """Assignments of a user: direct ones and those of their cohort, by due date."""
        with self._read() as s:
            who = self._who(s, actor)
            user = self._readable_user(s, who, user_id)
            cond = Assignment.user_id == user_id
            if user.cohort_id is not None:
                cond = or_(cond, Assignment.cohort_id == user.cohort_id)
            query = select(Assignment).where(cond).order_by(Assignment.due_date, Assignment.id)
            cohort_org = None if user.cohort_id is None else s.scalar(
                select(Cohort.org_id).where(Cohort.id == user.cohort_id))
            return [_assignment_info(a, policy.can_change_assignment(
                who, a.assigned_by, user if a.user_id is not None else None, cohort_org)) for a in s.scalars(query)]

    def _changeable_assignment(self, session: Any, who: policy.Who, assignment_id: int) -> Assignment:
        """An assignment the actor may change or remove (locked for the update), else NotFound /
        PermissionDenied (a stranger learns nothing more than that it is not theirs to change)."""
        a = session.get(Assignment, assignment_id, with_for_update=True)
        if a is None:
            raise NotFound(f"assignment {assignment_id} not found")
        user = self._user(session, a.user_id) if a.user_id is not None else None
        cohort_org = None
        if a.cohort_id is not None and user is None:
            cohort_org = session.scalar(select(Cohort.org_id).where(Cohort.id == a.cohort_id))
        if not policy.can_change_assignment(who, a.assigned_by, user, cohort_org):
            raise PermissionDenied(f"not allowed to change assignment {assignment_id}")
        return a

    def update_assignment(self, actor: Actor | UserInfo, assignment_id: int, due_date: dt.date | None) -> AssignmentInfo:
        """Change the due date of an assignment (None: no due date). Who may: see
        :func:`trainer.storage.policy.can_change_assignment`. Recorded in the audit trail."""
        with self._write() as s:
            who = self._who(s, actor)
            a = self._changeable_assignment(s, who, assignment_id)
            old = a.due_date
            a.due_date = due_date
            s.flush()
            self._audit(s, who, "assignment_change", a.user_id, assignment_id=a.id, cohort_id=a.cohort_id,
                        scenario_ids=list(a.scenario_ids), due_date=due_date, old_due_date=old)
            return _assignment_info(a, True)

    def remove_assignment(
        self, actor: Actor | UserInfo, assignment_id: int, scenario_id: str | None = None
    ) -> AssignmentInfo | None:
        """Remove an assignment, or only ``scenario_id`` from it (the assignment goes when no scenario is
        left). Returns what is left of it, or None when it was removed. Who may: see
        :func:`trainer.storage.policy.can_change_assignment`. Recorded in the audit trail."""
        with self._write() as s:
            who = self._who(s, actor)
            a = self._changeable_assignment(s, who, assignment_id)
            ids = list(a.scenario_ids)
            if scenario_id is not None and scenario_id not in ids:
                raise NotFound(f"assignment {assignment_id} has no scenario {scenario_id!r}")
            left = [x for x in ids if x != scenario_id] if scenario_id is not None else []
            self._audit(s, who, "assignment_remove", a.user_id, assignment_id=a.id, cohort_id=a.cohort_id,
                        scenario_ids=ids, removed=[scenario_id] if left else ids, due_date=a.due_date)
            if left:
                a.scenario_ids = left
                s.flush()
                return _assignment_info(a, True)
            s.delete(a)
            s.flush()
            return None

    def save_self_evaluation(
        self,
        actor: Actor | UserInfo,
        attempt_id: int | None,
        month: str,
        results: dict[str, Any],
        comment: str | None = None,
    ) -> SelfEvaluationInfo:
        """Save the actor's own self-evaluation for ``month`` ('YYYY-MM'), optionally about one
        of their attempts; ``results`` maps criterion id -> the trainee's own verdict."""
        if not _MONTH.match(month or ""):
            raise ValueError("month must be 'YYYY-MM'")
        with self._write() as s:
            who = self._who(s, actor)
            if who.is_system:
                raise PermissionDenied("the system actor has no self-evaluations")
            if attempt_id is not None and self._attempt(s, attempt_id).user_id != who.id:
                raise PermissionDenied("self-evaluations are about one's own attempts")
            e = SelfEvaluation(
                user_id=who.id,
                attempt_id=attempt_id,
                month=month,
                results=jsonable(dict(results)),
                comment=comment,
                created_at=self.now(),
            )
            s.add(e)
            s.flush()
            return _self_eval_info(e)

    def self_evaluations(self, actor: Actor | UserInfo, user_id: int) -> list[SelfEvaluationInfo]:
        """A user's self-evaluations, oldest first."""
        with self._read() as s:
            who = self._who(s, actor)
            self._readable_user(s, who, user_id)
            query = select(SelfEvaluation).where(SelfEvaluation.user_id == user_id)
            return [_self_eval_info(e) for e in s.scalars(query.order_by(SelfEvaluation.month, SelfEvaluation.id))]

    def save_readiness_snapshot(
        self, actor: Actor | UserInfo, user_id: int, status: str, details: dict[str, Any]
    ) -> ReadinessSnapshotInfo:
        """Store a readiness evaluation of a user: their mentor, their organisation's lead, an admin
        or the CLI system actor; never the trainee themself (no self-certified readiness)."""
        with self._write() as s:
            who = self._who(s, actor)
            user = self._readable_user(s, who, user_id)
            if not (who.is_system or policy.can_mentor(who, user)):
                raise PermissionDenied("readiness is recorded by a mentor, a lead or an admin, not for oneself")
            r = ReadinessSnapshot(user_id=user_id, taken_at=self.now(), status=status, details=jsonable(details))
            s.add(r)
            s.flush()
            return ReadinessSnapshotInfo(r.id, r.user_id, r.taken_at, r.status, dict(r.details))

    def readiness_snapshots(self, actor: Actor | UserInfo, user_id: int) -> list[ReadinessSnapshotInfo]:
        """A user's readiness snapshots, oldest first."""
        with self._read() as s:
            who = self._who(s, actor)
            self._readable_user(s, who, user_id)
            query = select(ReadinessSnapshot).where(ReadinessSnapshot.user_id == user_id)
            rows = s.scalars(query.order_by(ReadinessSnapshot.taken_at, ReadinessSnapshot.id))
            return [ReadinessSnapshotInfo(r.id, r.user_id, r.taken_at, r.status, dict(r.details)) for r in rows]
