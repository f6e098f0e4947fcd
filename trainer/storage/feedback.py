"""The mentoring loop seen from both ends: the trainee reads the mentor's feedback on their own attempt
(review notes, turn comments, overrides) and acknowledges it, optionally with a reply; the mentor works
from a review queue of their mentees' attempts (unreviewed and failed first).

Rights: feedback is readable by whoever may read the attempt; only the attempt's owner acknowledges
or replies; the queue holds only trainees the actor may mentor (never the actor's own attempts).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, func, select, union_all
from sqlalchemy.orm import Session

from . import policy
from .attempts import summary
from .base import StoreBase
from .errors import Conflict, PermissionDenied
from .models import Attempt, FeedbackAck, Override, Review, TurnComment, User
from .policy import Role
from .records import Actor, AttemptSummary, UserInfo

FEEDBACK_KINDS = ("review", "comment", "override", "reply")
MAX_REPLY = 2_000


@dataclass(frozen=True)
class FeedbackItem:
    """One piece of feedback on an attempt: a mentor's review note, turn comment or override, or
    the trainee's reply. ``turn_idx`` (0-based transcript index) for comments, ``criterion_id`` and
    ``new_result`` for overrides; ``text`` is the note, comment, override reason or reply."""

    kind: str
    author_id: int
    author_name: str
    text: str
    created_at: dt.datetime
    turn_idx: int | None = None
    criterion_id: str | None = None
    new_result: str | None = None


@dataclass(frozen=True)
class AttemptFeedback:
    """All feedback on one attempt, oldest first. ``new``: mentor feedback arrived after the trainee's
    latest acknowledgement (or was never acknowledged)."""

    attempt_id: int
    user_id: int
    items: tuple[FeedbackItem, ...]
    acknowledged_at: dt.datetime | None
    new: bool

    @property
    def mentor_items(self) -> tuple[FeedbackItem, ...]:
        """The items written by mentors (not the trainee's replies)."""
        return tuple(i for i in self.items if i.kind != "reply")


@dataclass(frozen=True)
class FeedbackState:
    """Per attempt, for lists: how many mentor items, whether some are new, whether acknowledged."""

    count: int
    new: bool
    acknowledged: bool


@dataclass(frozen=True)
class QueueItem:
    """One attempt in a mentor's review queue."""

    attempt: AttemptSummary
    trainee_name: str
    feedback_count: int
    reply_waiting: bool  # the trainee replied after the latest mentor feedback

    @property
    def reviewed(self) -> bool:
        """Has any mentor feedback (note, comment or override)."""
        return self.feedback_count > 0


def _mentor_feedback():
    """(attempt_id, created_at) of every mentor item: review notes, turn comments, overrides."""
    return union_all(
        select(Review.attempt_id.label("attempt_id"), Review.created_at.label("created_at")),
        select(TurnComment.attempt_id, TurnComment.created_at),
        select(Override.attempt_id, Override.created_at),
    ).subquery()


class FeedbackMixin(StoreBase):
    """Feedback for the trainee and the mentor's review queue."""

    def attempt_feedback(self, actor: Actor | UserInfo, attempt_id: int) -> AttemptFeedback:
        """Everything mentors said about an attempt, with author names, and the trainee's replies
        (anyone who may read the attempt: the trainee, their mentor, lead, admin)."""
        with self._read() as s:
            who = self._who(s, actor)
            attempt = self._readable_attempt(s, who, attempt_id)
            return self._feedback(s, attempt)

    def acknowledge_feedback(self, actor: Actor | UserInfo, attempt_id: int, reply: str | None = None) -> AttemptFeedback:
        """The attempt's owner marks the feedback as read, optionally answering it (``reply``, at most
        :data:`MAX_REPLY` characters). Only the owner may; :class:`Conflict` when there is no mentor
        feedback to acknowledge."""
        text = (reply or "").strip() or None
        if text is not None and len(text) > MAX_REPLY:
            raise ValueError(f"the reply is longer than {MAX_REPLY} characters")
        with self._write() as s:
            who = self._who(s, actor)
            attempt = self._attempt(s, attempt_id)
            if who.is_system or attempt.user_id != who.id:
                raise PermissionDenied("only the trainee acknowledges the feedback on their attempt")
            if not self._feedback(s, attempt).mentor_items:
                raise Conflict(f"attempt {attempt_id} has no feedback to acknowledge")
            s.add(FeedbackAck(attempt_id=attempt_id, user_id=who.id, reply=text, created_at=self.now()))
            s.flush()
            return self._feedback(s, attempt)

    def feedback_states(self, actor: Actor | UserInfo, user_id: int) -> dict[int, FeedbackState]:
        """{attempt id: :class:`FeedbackState`} for a user's attempts that have mentor feedback (a user
        the actor may read), in two grouped queries."""
        with self._read() as s:
            who = self._who(s, actor)
            self._readable_user(s, who, user_id)
            fb = _mentor_feedback()
            mine = select(Attempt.id).where(Attempt.user_id == user_id)
            given = s.execute(
                select(fb.c.attempt_id, func.count(), func.max(fb.c.created_at))
                .where(fb.c.attempt_id.in_(mine)).group_by(fb.c.attempt_id)
            ).all()
            acks = dict(s.execute(
                select(FeedbackAck.attempt_id, func.max(FeedbackAck.created_at))
                .where(FeedbackAck.attempt_id.in_(mine)).group_by(FeedbackAck.attempt_id)
            ).all())
            out = {}
            for aid, n, last in given:
                ack = acks.get(aid)
                out[int(aid)] = FeedbackState(int(n), ack is None or _aware(last) > _aware(ack), ack is not None)
            return out

    def review_queue(self, actor: Actor | UserInfo, limit: int | None = 200) -> list[QueueItem]:
        """Finished attempts of the trainees the actor may mentor (a mentor's mentees, a lead's
        organisation, everyone for an admin; never the actor's own): attempts without any feedback
        first, then those where the trainee replied since, then failed ones, newest first within."""
        with self._read() as s:
            who = self._who(s, actor)
            if not policy.can_review_anyone(who):
                return []
            fb = _mentor_feedback()
            given = (select(fb.c.attempt_id, func.count().label("n"), func.max(fb.c.created_at).label("last"))
                     .group_by(fb.c.attempt_id).subquery())
            replies = (select(FeedbackAck.attempt_id, func.max(FeedbackAck.created_at).label("replied"))
                       .where(FeedbackAck.reply.is_not(None)).group_by(FeedbackAck.attempt_id).subquery())
            n = func.coalesce(given.c.n, 0)
            waiting = case((replies.c.replied > given.c.last, 1), else_=0)
            failed = case((Attempt.passed.is_(True) & ~func.coalesce(Attempt.critical_failed, False), 1), else_=0)
            query = (
                select(Attempt, User.display_name, n, waiting)
                .join(User, User.id == Attempt.user_id)
                .outerjoin(given, given.c.attempt_id == Attempt.id)
                .outerjoin(replies, replies.c.attempt_id == Attempt.id)
                .where(Attempt.status == "finished", User.role == Role.TRAINEE, User.id != who.id,
                       policy.visible_users(who, User))
                .order_by(case((n == 0, 0), else_=1), waiting.desc(), failed, Attempt.finished_at.desc(),
                          Attempt.id.desc())
            )
            if limit is not None:
                query = query.limit(limit)
            return [QueueItem(summary(a, 0, int(cnt) > 0), name, int(cnt), bool(w))
                    for a, name, cnt, w in s.execute(query)]

    # -- helpers ---------------------------------------------------------------------------------

    def _feedback(self, s: Session, attempt: Attempt) -> AttemptFeedback:
        aid = attempt.id
        items: list[FeedbackItem] = []
        names: dict[int, str] = {}

        def name(uid: int) -> str:
            if uid not in names:
                u = s.get(User, uid)
                names[uid] = u.display_name if u is not None else ""
            return names[uid]

        for r in s.scalars(select(Review).where(Review.attempt_id == aid)):
            items.append(FeedbackItem("review", r.mentor_id, name(r.mentor_id), r.comment, _aware(r.created_at)))
        for c in s.scalars(select(TurnComment).where(TurnComment.attempt_id == aid)):
            items.append(FeedbackItem("comment", c.author_id, name(c.author_id), c.text, _aware(c.created_at),
                                      turn_idx=c.turn_idx))
        for o in s.scalars(select(Override).where(Override.attempt_id == aid)):
            items.append(FeedbackItem("override", o.author_id, name(o.author_id), o.reason, _aware(o.created_at),
                                      criterion_id=o.criterion_id, new_result=o.new_result))
        acks = list(s.scalars(select(FeedbackAck).where(FeedbackAck.attempt_id == aid).order_by(FeedbackAck.id)))
        for a in acks:
            if a.reply:
                items.append(FeedbackItem("reply", a.user_id, name(a.user_id), a.reply, _aware(a.created_at)))
        order = {k: i for i, k in enumerate(FEEDBACK_KINDS)}
        items.sort(key=lambda i: (i.created_at, order[i.kind]))
        acknowledged = _aware(acks[-1].created_at) if acks else None
        mentor = [i for i in items if i.kind != "reply"]
        new = bool(mentor) and (acknowledged is None or max(i.created_at for i in mentor) > acknowledged)
        return AttemptFeedback(aid, attempt.user_id, tuple(items), acknowledged, new)


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    """Raw rows from aggregate queries may come back naive (UTC): make them aware."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=dt.UTC)
