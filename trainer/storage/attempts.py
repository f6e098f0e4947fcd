"""Attempts: start, record turns (atomically with the engine state), finish, read, resume."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import Select, bindparam, exists, func, insert, select, update
from sqlalchemy.orm import Session, aliased

from trainer.outcome import effective_points

from . import policy
from .base import StoreBase, Who, check_credentials, jsonable
from .errors import Conflict, NotFound, PermissionDenied, StaleState
from .models import (
    CRITERION_RESULTS,
    LANGUAGES,
    MODES,
    TURN_ROLES,
    Attempt,
    CriterionResult,
    Override,
    Review,
    Turn,
    TurnComment,
    User,
)
from .policy import Role
from .records import (
    SYSTEM_ACTOR_ID,
    Actor,
    AttemptBase,
    AttemptInfo,
    AttemptSummary,
    CriterionInfo,
    OverrideInfo,
    ReviewInfo,
    TurnCommentInfo,
    TurnInfo,
    UserInfo,
)


@dataclass(frozen=True)
class AttemptState:
    """What playing an attempt needs on every turn (:meth:`AttemptsMixin.attempt_state`): no turns,
    criteria or reviews (the conversation's turns are in ``engine_state``)."""

    id: int
    user_id: int
    status: str
    mode: str
    seed: int | None
    scenario_id: str
    started_at: dt.datetime
    engine_state: dict[str, Any] | None
    state_version: int = 0


class AttemptsMixin(StoreBase):
    """Playing and reading attempts."""

    def start_attempt(
        self,
        actor: Actor | UserInfo,
        scenario_id: str,
        scenario_version: str | None,
        seed: int | None,
        mode: str,
        language: str,
        channel: str,
        engine_state: dict[str, Any] | None = None,
    ) -> int:
        """Start an attempt for the actor themself; returns its id."""
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        if language not in LANGUAGES:
            raise ValueError(f"language must be one of {LANGUAGES}")
        with self._write() as s:
            who = self._who(s, actor)
            if who.is_system:
                raise PermissionDenied("the system actor cannot play scenarios")
            attempt = Attempt(
                user_id=who.id,
                scenario_id=scenario_id,
                scenario_version=None if scenario_version is None else str(scenario_version),
                seed=seed,
                mode=mode,
                language=language,
                channel=channel,
                status="active",
                started_at=self.now(),
                engine_state=jsonable(engine_state),
            )
            s.add(attempt)
            s.flush()
            return attempt.id

    def record_turn(
        self,
        actor: Actor | UserInfo,
        attempt_id: int,
        role: str,
        text: str,
        at: float | None = None,
        engine_state: dict[str, Any] | None = None,
    ) -> int:
        """Append a turn and save the engine state in one transaction; returns the turn index.

        ``at`` is seconds since the attempt started (computed from the clock when None).
        ``engine_state=None`` keeps the stored state; a new state bumps ``state_version``.
        One turn-writing path: this is :meth:`record_turns` with one turn (same checks, same errors).
        """
        (idx,) = self.record_turns(actor, attempt_id, [(role, text, at)], engine_state)
        return idx

    def record_turns(
        self,
        actor: Actor | UserInfo,
        attempt_id: int,
        turns: Sequence[tuple[str, str, float | None]],
        engine_state: dict[str, Any] | None = None,
        expected_version: int | None = None,
    ) -> list[int]:
        """Append several turns ``(role, text, at)`` and save the engine state in ONE transaction
        (the trainee's reply and the client's answer: a crash never stores one without the other);
        returns the turn indexes.

        ``at`` is seconds since the attempt started (computed from the clock when None).
        ``engine_state=None`` keeps the stored state. Nothing is written when a turn is invalid.

        ``expected_version``: the ``state_version`` the caller read the engine state at. When another
        writer (a second tab, another replica) stored a state since, :class:`StaleState` is raised
        and nothing is written, so stored turns and engine state never disagree. Every state write
        bumps the version. Each turn records its author (the actor; NULL for the system actor).
        """
        rows = []
        for role, text, at in turns:
            if role not in TURN_ROLES:
                raise ValueError(f"role must be one of {TURN_ROLES}")
            if not isinstance(text, str):
                raise ValueError("text must be a string")
            rows.append((role, text, None if at is None else float(at)))
        state = None if engine_state is None else jsonable(engine_state)
        with self._write() as s:
            # Core statements, not the ORM unit of work: this runs on every chat turn. One SELECT
            # checks the actor and locks the attempt (FOR UPDATE on PostgreSQL); when it finds no
            # row the ORM helpers below raise the precise error.
            system = self._is_system(actor)
            params = {"attempt_id": attempt_id} if system else {"attempt_id": attempt_id, "actor_id": actor.id}
            found = s.execute(_turn_query(joined=not system), params).first()
            if found is None or (not system and found.disabled):
                who = self._who(s, actor)
                self._own_attempt(s, who, attempt_id)
                # only if the attempt was committed between the two statements (PostgreSQL)
                raise NotFound(f"attempt {attempt_id} not found")  # pragma: no cover
            if not system:
                check_credentials(actor, found.credential_version)
                if not policy.can_play(Who(found.me_id, found.role, found.org_id), found.user_id):
                    raise PermissionDenied(f"attempt {attempt_id} belongs to another user")
            if found.status != "active":
                raise Conflict(f"attempt {attempt_id} is {found.status}")
            if expected_version is not None and (found.state_version or 0) != expected_version:
                raise StaleState(f"attempt {attempt_id} changed in another window (version "
                                 f"{found.state_version}, expected {expected_version}); reload it")
            now = self.now()
            # a statement of its own, after the lock: on PostgreSQL it sees turns a concurrent tab
            # committed while this one waited for the lock (a subquery of the locking SELECT would not)
            last = s.scalar(_LAST_TURN, {"attempt_id": attempt_id})
            first = 0 if last is None else last + 1
            elapsed = (now - found.started_at).total_seconds()
            if rows:
                author = None if system else actor.id
                s.execute(insert(Turn), [
                    {"attempt_id": attempt_id, "idx": first + i, "role": role, "text": text,
                     "at": elapsed if at is None else at, "created_at": now, "author_id": author}
                    for i, (role, text, at) in enumerate(rows)
                ])
            if state is not None:
                s.execute(update(Attempt).where(Attempt.id == attempt_id).values(
                    engine_state=state, state_version=Attempt.state_version + 1))
            return list(range(first, first + len(rows)))

    def finish_attempt(
        self,
        actor: Actor | UserInfo,
        attempt_id: int,
        result: dict[str, Any],
        engine_state: dict[str, Any] | None = None,
        expected_version: int | None = None,
    ) -> None:
        """Store the scoring result: score, passed, critical_failed, rubric id/version, the full
        result JSON and one criterion row per ``result["criteria"]`` entry, in one transaction.

        ``result`` is a :class:`~trainer.outcome.ScoreResult` (what the scorer returns, complete):
        ``score``, ``passed``, ``critical_failed``, ``rubric``, ``rubric_version`` and ``criteria`` are
        stored as they are; a result without them is refused with a ValueError.

        ``expected_version`` as in :meth:`record_turns` (:class:`StaleState` when the conversation
        moved on in another window). An attempt finished by someone other than its owner (an admin)
        is recorded in the audit trail.
        """
        missing = [k for k in _RESULT_KEYS if k not in result]
        if missing:
            raise ValueError(f"scoring result without {', '.join(missing)}")
        criteria = list(result["criteria"] or [])
        rows = []
        seen = set()
        for entry in criteria:
            if not isinstance(entry, dict) or entry.get("id") in (None, ""):
                raise ValueError(f"criterion entry without id: {entry!r}")
            cid = str(entry["id"])
            if entry.get("result") not in CRITERION_RESULTS:
                raise ValueError(f"criterion {cid}: result must be one of {CRITERION_RESULTS}")
            if cid in seen:
                raise ValueError(f"criterion {cid} appears twice")
            seen.add(cid)
            rows.append(
                CriterionResult(
                    attempt_id=attempt_id,
                    criterion_id=cid,
                    result=entry["result"],
                    points=float(entry.get("points") or 0.0),
                    max_points=float(entry.get("max_points") or 0.0),
                    critical=bool(entry.get("critical", False)),
                    competencies=jsonable(list(entry.get("competencies") or [])),
                )
            )
        stored_result = jsonable(result)
        state = None if engine_state is None else jsonable(engine_state)
        with self._write() as s:
            who = self._who(s, actor)
            attempt = self._own_attempt(s, who, attempt_id)
            if attempt.status != "active":
                raise Conflict(f"attempt {attempt_id} is {attempt.status}")
            if expected_version is not None and (attempt.state_version or 0) != expected_version:
                raise StaleState(f"attempt {attempt_id} changed in another window; reload it")
            if attempt.user_id != who.id:
                self._audit(s, who, "attempt_finish_by_other", attempt.user_id, attempt_id=attempt_id,
                            score=result.get("score"))
            attempt.status = "finished"
            attempt.finished_at = self.now()
            attempt.score = None if result.get("score") is None else float(result["score"])
            attempt.passed = None if result.get("passed") is None else bool(result["passed"])
            attempt.critical_failed = bool(result["critical_failed"])
            attempt.rubric_id = None if result["rubric"] is None else str(result["rubric"])
            rv = result.get("rubric_version")
            attempt.rubric_version = None if rv is None else str(rv)
            attempt.result = stored_result
            if state is not None:
                attempt.engine_state = state
                attempt.state_version = (attempt.state_version or 0) + 1
            s.add_all(rows)

    def abandon_attempt(self, actor: Actor | UserInfo, attempt_id: int) -> None:
        """Mark an active attempt abandoned (kept for the record, excluded from readiness)."""
        with self._write() as s:
            who = self._who(s, actor)
            attempt = self._own_attempt(s, who, attempt_id)
            if attempt.status != "active":
                raise Conflict(f"attempt {attempt_id} is {attempt.status}")
            attempt.status = "abandoned"
            attempt.finished_at = self.now()

    def get_attempt(self, actor: Actor | UserInfo, attempt_id: int) -> AttemptInfo:
        """A full attempt with turns, effective criteria, override history, reviews and comments."""
        with self._read() as s:
            who = self._who(s, actor)
            return self._attempt_info(s, self._readable_attempt(s, who, attempt_id))

    def attempt_state(self, actor: Actor | UserInfo, attempt_id: int) -> AttemptState:
        """The light read for playing: status, mode, seed, scenario, start time and engine state of
        an attempt the actor may read, in one query (the actor, the attempt and its owner joined;
        the same checks as :meth:`get_attempt`)."""
        if actor is None:
            raise PermissionDenied("no actor")
        with self._read() as s:
            if self._is_system(actor):
                row = s.execute(_state_query(), {"attempt_id": attempt_id}).first()
                who = Who(SYSTEM_ACTOR_ID, Role.ADMIN, None)
                owner = None
            else:
                found = s.execute(_state_query(joined=True), {"attempt_id": attempt_id, "actor_id": actor.id}).first()
                if found is None or found.disabled:
                    raise PermissionDenied("unknown or disabled actor")
                check_credentials(actor, found.credential_version)
                who = Who(found.me_id, found.role, found.org_id)
                row = None if found.id is None else found
                owner = None if row is None else _Owner(found.owner_id, found.owner_role, found.owner_org,
                                                        found.owner_mentor)
            if row is None:
                raise NotFound(f"attempt {attempt_id} not found")
            if owner is not None and not policy.can_read(who, owner):
                raise PermissionDenied(f"not allowed to read attempt {attempt_id}")
            return AttemptState(row.id, row.user_id, row.status, row.mode, row.seed, row.scenario_id,
                                row.started_at, row.engine_state, row.state_version or 0)

    def active_attempt(
        self, actor: Actor | UserInfo, user_id: int, scenario_id: str | None = None
    ) -> AttemptInfo | None:
        """The user's latest active attempt (optionally of one scenario), for resuming; or None."""
        with self._read() as s:
            who = self._who(s, actor)
            self._readable_user(s, who, user_id)
            query = select(Attempt).where(Attempt.user_id == user_id, Attempt.status == "active")
            if scenario_id is not None:
                query = query.where(Attempt.scenario_id == scenario_id)
            attempt = s.scalars(query.order_by(Attempt.started_at.desc(), Attempt.id.desc()).limit(1)).first()
            return None if attempt is None else self._attempt_info(s, attempt)

    def list_attempts(
        self,
        actor: Actor | UserInfo,
        user_id: int | None = None,
        scenario_id: str | None = None,
        status: str | None = None,
        since: dt.datetime | None = None,
        limit: int | None = None,
    ) -> list[AttemptSummary]:
        """Attempts the actor may read, newest first (``since`` filters on started_at)."""
        with self._read() as s:
            who = self._who(s, actor)
            turn_count = (
                select(func.count(Turn.id)).where(Turn.attempt_id == Attempt.id).correlate(Attempt).scalar_subquery()
            )
            reviewed = exists().where(Review.attempt_id == Attempt.id).correlate(Attempt)
            query = (
                select(Attempt, turn_count, reviewed)
                .join(User, User.id == Attempt.user_id)
                .where(policy.visible_users(who, User))
                .order_by(Attempt.started_at.desc(), Attempt.id.desc())
            )
            if user_id is not None:
                self._readable_user(s, who, user_id)
                query = query.where(Attempt.user_id == user_id)
            if scenario_id is not None:
                query = query.where(Attempt.scenario_id == scenario_id)
            if status is not None:
                query = query.where(Attempt.status == status)
            if since is not None:
                query = query.where(Attempt.started_at >= since)
            if limit is not None:
                query = query.limit(limit)
            return [summary(a, int(n or 0), bool(r)) for a, n, r in s.execute(query)]

    # -- helpers ---------------------------------------------------------------------------------

    def _attempt_info(self, s: Session, a: Attempt) -> AttemptInfo:
        turns = s.scalars(select(Turn).where(Turn.attempt_id == a.id).order_by(Turn.idx)).all()
        crit = s.scalars(
            select(CriterionResult).where(CriterionResult.attempt_id == a.id).order_by(CriterionResult.id)
        ).all()
        overrides = s.scalars(select(Override).where(Override.attempt_id == a.id).order_by(Override.id)).all()
        reviews = s.scalars(select(Review).where(Review.attempt_id == a.id).order_by(Review.id)).all()
        comments = s.scalars(
            select(TurnComment).where(TurnComment.attempt_id == a.id).order_by(TurnComment.turn_idx, TurnComment.id)
        ).all()
        latest = {o.criterion_id: o for o in overrides}  # ordered by id: the last one wins
        criteria = []
        for c in crit:
            o = latest.get(c.criterion_id)
            res = o.new_result if o else c.result
            pts, mx = effective_points(res, c.points, c.max_points, o is not None)
            criteria.append(
                CriterionInfo(
                    criterion_id=c.criterion_id,
                    result=res,
                    automatic_result=c.result,
                    overridden=o is not None,
                    points=pts,
                    max_points=mx,
                    automatic_points=c.points,
                    critical=bool(c.critical),
                    competencies=list(c.competencies or []),
                )
            )
        return AttemptInfo(
            **_columns(a),
            engine_state=a.engine_state,
            result=a.result,
            state_version=a.state_version or 0,
            turns=tuple(TurnInfo(t.idx, t.role, t.text, t.at, t.created_at, t.author_id) for t in turns),
            criteria=tuple(criteria),
            overrides=tuple(override_info(o) for o in overrides),
            reviews=tuple(ReviewInfo(r.id, r.attempt_id, r.mentor_id, r.comment, r.created_at) for r in reviews),
            turn_comments=tuple(
                TurnCommentInfo(c.id, c.attempt_id, c.turn_idx, c.author_id, c.text, c.created_at) for c in comments
            ),
        )


_LAST_TURN = select(func.max(Turn.idx)).where(Turn.attempt_id == bindparam("attempt_id"))
_TURN_QUERIES: dict[bool, Select] = {}


def _turn_query(joined: bool) -> Select:
    """The check of :meth:`AttemptsMixin.record_turns`: the attempt's owner, status and start, locked
    (FOR UPDATE OF the attempt row on PostgreSQL), with the actor's row when ``joined``."""
    query = _TURN_QUERIES.get(joined)
    if query is None:
        query = select(Attempt.user_id, Attempt.status, Attempt.started_at, Attempt.state_version).where(
            Attempt.id == bindparam("attempt_id"))
        if joined:
            me = aliased(User, name="me")
            query = query.add_columns(me.id.label("me_id"), me.role, me.org_id, me.disabled, me.credential_version).join(
                me, me.id == bindparam("actor_id"))
        query = _TURN_QUERIES[joined] = query.with_for_update(of=Attempt)
    return query


_STATE_QUERIES: dict[bool, Select] = {}


def _state_query(joined: bool = False) -> Select:
    """The statement of :meth:`AttemptsMixin.attempt_state`, built once (building it, with its
    aliases, costs more than running it). ``joined``: with the actor's row and the owner's, outer
    joined, so an unknown actor gives no row and an unknown attempt NULL attempt columns."""
    query = _STATE_QUERIES.get(joined)
    if query is None:
        cols = (Attempt.id, Attempt.user_id, Attempt.status, Attempt.mode, Attempt.seed,
                Attempt.scenario_id, Attempt.started_at, Attempt.engine_state, Attempt.state_version)
        if not joined:
            query = select(*cols).where(Attempt.id == bindparam("attempt_id"))
        else:
            me, owner = aliased(User, name="me"), aliased(User, name="owner")
            query = (
                select(me.id.label("me_id"), me.role, me.org_id, me.disabled, me.credential_version, *cols,
                       owner.id.label("owner_id"), owner.role.label("owner_role"), owner.org_id.label("owner_org"),
                       owner.mentor_id.label("owner_mentor"))
                .select_from(me)
                .outerjoin(Attempt, Attempt.id == bindparam("attempt_id"))
                .outerjoin(owner, owner.id == Attempt.user_id)
                .where(me.id == bindparam("actor_id"))
            )
        _STATE_QUERIES[joined] = query
    return query


@dataclass(frozen=True)
class _Owner:
    """The owner columns :func:`policy.can_read` looks at."""

    id: int
    role: str
    org_id: int | None
    mentor_id: int | None


def override_info(o: Override) -> OverrideInfo:
    """ORM override -> frozen :class:`OverrideInfo`."""
    return OverrideInfo(o.id, o.criterion_id, o.author_id, o.new_result, o.reason, o.created_at)


_RESULT_KEYS = ("score", "passed", "critical_failed", "rubric", "rubric_version", "criteria")


def _columns(a: Attempt) -> dict[str, Any]:
    """The :class:`AttemptBase` fields of an ORM attempt (same names as its columns)."""
    return {f.name: getattr(a, f.name) for f in _BASE_FIELDS}


_BASE_FIELDS = fields(AttemptBase)


def summary(a: Attempt, turn_count: int, reviewed: bool) -> AttemptSummary:
    return AttemptSummary(**_columns(a), turn_count=turn_count, reviewed=reviewed)
