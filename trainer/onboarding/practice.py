"""The practice service: what the app's pages (and tests, benchmarks) call to play scenarios.

It joins the dialogue engine (:class:`trainer.simulation.dialogue.Conversation`) and the store: every turn is
recorded with the engine state as it happens, so a reload or a server restart resumes the
conversation. No streamlit here.

Errors meant for the trainee are :class:`PracticeError` with a message key of ``trainer/locales``
(``error.empty``, ``error.too_long`` ...), translated by the page.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from trainer.onboarding.coaching import Coaching, coach
from trainer.simulation.dialogue import Conversation
from trainer.simulation.library import Library
from trainer.storage import AttemptInfo, Conflict, StaleState
from trainer.storage.attempts import AttemptState
from trainer.storage.models import MODES
from trainer.storage.records import ActorLike

if TYPE_CHECKING:
    from trainer.simulation.sheet import ExerciseResult
    from trainer.storage import Store


MAX_REPLY_CHARS = 5_000
DOUBLE_SUBMIT_SECONDS = 2.0


class PracticeError(Exception):
    """A problem to show to the trainee: ``key`` is a message key, ``params`` its placeholders."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


@dataclass
class Played:
    """An attempt with its conversation, as a page needs it (``attempt`` is the full
    :class:`AttemptInfo`, or the light :class:`AttemptState` when loaded with ``full=False``)."""

    attempt: AttemptInfo | AttemptState
    conversation: Conversation | None  # None when the scenario is no longer in the library
    #: the attempt's ``state_version`` the conversation corresponds to (bumped by :meth:`PracticeService.send`)
    version: int = -1

    def __post_init__(self) -> None:
        if self.version < 0:
            self.version = getattr(self.attempt, "state_version", 0) or 0

    @property
    def id(self) -> int:
        return self.attempt.id

    @property
    def mode(self) -> str:
        return self.attempt.mode

    @property
    def started_epoch(self) -> float:
        return self.attempt.started_at.timestamp()


class PracticeService:
    """Start, play, resume and finish attempts for an actor.

    ``clock`` returns wall-clock seconds (``time.time``), ``today`` the date personas are built for.
    """

    def __init__(
        self,
        store: Store,
        library: Library,
        clock: Callable[[], float] = time.time,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.store = store
        self.library = library
        self.clock = clock
        self.today = today

    # -- playing -------------------------------------------------------------------------------

    def start(self, actor: ActorLike, scenario_id: str, mode: str = "practice", seed: int | None = None) -> int:
        """Start a new attempt (abandoning the actor's other active ones); returns the attempt id.

        In a chat the client's opening message is recorded at once.
        """
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        scenario = self.library.get(scenario_id)
        if seed is None:
            seed = random.SystemRandom().randrange(1, 1_000_000)
        conv = Conversation.start(scenario, self.library, seed=seed, today=self.today())
        for old in self.store.list_attempts(actor, user_id=actor.id, status="active"):
            try:
                self.store.abandon_attempt(actor, old.id)
            except Conflict:  # finished by another tab meanwhile
                pass
        attempt_id = self.store.start_attempt(
            actor, scenario.id, str(scenario.version), seed, mode, scenario.language, scenario.channel,
            engine_state=conv.to_state(),
        )
        if conv.turns:
            self.store.record_turns(actor, attempt_id, [(t["role"], t["text"], 0.0) for t in conv.turns],
                                    conv.to_state())
        return attempt_id

    def load(self, actor: ActorLike, attempt_id: int, full: bool = True) -> Played:
        """An attempt the actor may read, with its conversation rebuilt from the stored engine state.

        ``full=False`` reads only what playing needs (:meth:`Store.attempt_state`, one query: status,
        mode, seed, scenario, start time, engine state), not the stored turns, criteria and reviews.
        """
        info = self.store.get_attempt(actor, attempt_id) if full else self.store.attempt_state(actor, attempt_id)
        return Played(info, self._conversation(info))

    def resume(self, actor: ActorLike, scenario_id: str | None = None) -> tuple[int, Conversation] | None:
        """The actor's latest active attempt (optionally of one scenario) and its conversation, or None."""
        info = self.store.active_attempt(actor, actor.id, scenario_id)
        if info is None:
            return None
        conv = self._conversation(info)
        if conv is None:
            return None
        return info.id, conv

    @staticmethod
    def validate(text: str | None) -> str:
        """The reply as it will be stored (stripped), or :class:`PracticeError` (``error.empty``,
        ``error.too_long``): what :meth:`send` checks first, so a page can show the reply before
        the client's answer is computed."""
        text = (text or "").strip()
        if not text:
            raise PracticeError("error.empty")
        if len(text) > MAX_REPLY_CHARS:
            raise PracticeError("error.too_long", max=MAX_REPLY_CHARS, length=len(text))
        return text

    def send(
        self, actor: ActorLike, attempt_id: int, text: str, at: float | None = None, played: Played | None = None
    ) -> list[dict]:
        """The trainee's reply: validated, played, and recorded with the client's answer and the
        engine state in one transaction (:meth:`Store.record_turns`).

        ``at`` is the wall-clock time of the submit (``time.time()``; default now). Returns the
        client's answer turns. The same text sent again within :data:`DOUBLE_SUBMIT_SECONDS` of
        the last agent turn (a double click / double Enter) is ignored and returns ``[]``. When the
        reply ends the conversation (after the client's closing line) the attempt is finished and
        scored.

        When another tab or replica replied since the attempt was loaded, nothing is written and
        :class:`trainer.storage.StaleState` is raised: reload the attempt (its conversation object
        has moved on and must not be reused).

        ``played``: the attempt as the caller loaded it moments ago (a page in the same run); it saves
        reading the attempt again and its conversation is updated in place.
        """
        text = self.validate(text)
        if played is None or played.id != attempt_id:
            played = self.load(actor, attempt_id, full=False)
        conv = played.conversation
        if played.attempt.status != "active":
            raise PracticeError("error.finished")
        if conv is None:
            raise PracticeError("error.scenario_gone")
        if conv.finished:
            self.end(actor, attempt_id)
            raise PracticeError("error.finished")
        now = self.clock() if at is None else float(at)
        rel = max(0.0, round(now - played.started_epoch, 3))
        if self._is_double_submit(conv, text, rel):
            return []
        before = len(conv.turns)
        client_turns = conv.reply(text, at=rel)
        self.store.record_turns(actor, attempt_id, [(t["role"], t["text"], rel) for t in conv.turns[before:]],
                                conv.to_state(), expected_version=played.version)
        played.version += 1
        if conv.finished:
            self._finish(actor, attempt_id, conv, played.version)
        return client_turns

    @staticmethod
    def _is_double_submit(conv: Conversation, text: str, rel: float) -> bool:
        last_agent = next((t for t in reversed(conv.turns) if t["role"] == "agent"), None)
        if last_agent is None or last_agent["text"] != text:
            return False
        return last_agent.get("at") is not None and rel - float(last_agent["at"]) < DOUBLE_SUBMIT_SECONDS

    def end(self, actor: ActorLike, attempt_id: int) -> dict:
        """Finish the attempt (the "end conversation" button) and return its scoring result.

        Ending an attempt that is already finished returns the stored result.
        """
        played = self.load(actor, attempt_id)
        if played.attempt.status == "finished" and played.attempt.result is not None:
            return played.attempt.result
        if played.conversation is None:
            raise PracticeError("error.scenario_gone")
        return self._finish(actor, attempt_id, played.conversation, played.version)

    def _finish(self, actor: ActorLike, attempt_id: int, conv: Conversation, version: int | None = None) -> dict:
        conv.finish()
        result = conv.score()
        try:
            self.store.finish_attempt(actor, attempt_id, result, engine_state=conv.to_state(),
                                      expected_version=version)
        except StaleState:
            raise
        except Conflict:  # finished meanwhile (another tab): keep the stored result
            stored = self.store.get_attempt(actor, attempt_id).result
            return stored if stored is not None else result
        return result

    def _conversation(self, info: AttemptInfo | AttemptState) -> Conversation | None:
        scenario = self.library.scenarios.get(info.scenario_id)
        if scenario is None or not info.engine_state:
            return None
        return Conversation.from_state(scenario, self.library, info.engine_state)

    # -- exercises (kind: exercise): an evaluation sheet compared with the lead's grading -----------

    def submit_sheet(self, actor: ActorLike, exercise_id: str, sheet: dict[str, dict], written: str = "",
                     mode: str = "practice") -> tuple[int, ExerciseResult]:
        """Store a trainee's evaluation sheet for an exercise as a finished attempt; returns (id, result).

        The sheet (``{line id: {verdict, critical, comment}}``) and the written text are the attempt's one
        agent turn (as readable text) and its engine state; the comparison with the lead's grading is its
        result, one criterion row per sheet line and written criterion, so progress, readiness, reviews and
        overrides treat it like any attempt. Every line must be graded (:class:`PracticeError` ``exercise.error_sheet``).
        """
        from trainer.simulation.exercise import MAX_COMMENT_CHARS, MAX_WRITTEN_CHARS, SheetLine
        from trainer.simulation.sheet import sheet_as_text

        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        exercise = self.library.exercises.get(exercise_id)
        if exercise is None:
            raise PracticeError("error.scenario_gone")
        sheet = {k: v for k, v in (sheet or {}).items() if isinstance(v, dict)}
        missing = [g.id for g in exercise.sheet if sheet.get(g.id, {}).get("verdict") not in ("pass", "fail")]
        if missing:
            raise PracticeError("exercise.error_sheet", count=len(missing))
        for line in sheet.values():
            comment = line.get("comment") or ""
            if len(comment) > MAX_COMMENT_CHARS:
                raise PracticeError("error.too_long", max=MAX_COMMENT_CHARS, length=len(comment))
        written = (written or "").strip()
        if len(written) > MAX_WRITTEN_CHARS:
            raise PracticeError("error.too_long", max=MAX_WRITTEN_CHARS, length=len(written))
        if exercise.written is not None and not written:
            raise PracticeError("exercise.error_written")
        lines = {g.id: SheetLine(verdict=sheet[g.id]["verdict"], critical=bool(sheet[g.id].get("critical")),
                                 comment=(sheet[g.id].get("comment") or "").strip()).model_dump()
                 for g in exercise.sheet}
        result = self.library.compare_exercise(exercise, lines, written)
        rubric = self.library.rubrics.get(exercise.rubric)
        state = {"kind": "exercise", "exercise": exercise.id, "sheet": lines, "written": written}
        attempt_id = self.store.start_attempt(actor, exercise.id, str(exercise.version), None, mode,
                                              exercise.language, exercise.channel, engine_state=state)
        self.store.record_turns(actor, attempt_id, [("agent", sheet_as_text(exercise, rubric, lines, written), 0.0)])
        self.store.finish_attempt(actor, attempt_id, result)
        return attempt_id, result

    # -- what the pages show -------------------------------------------------------------------

    @staticmethod
    def checklist(conv: Conversation, result: dict | None = None) -> list[tuple[str, str]]:
        """The live call-model checklist: ``(stage, state)`` for greeting, identification, needs,
        explanation, summary, closing (and data protection once it failed); ``state`` is ``done``,
        ``open``, ``failed``, ``n/a`` or ``at_end`` (see :mod:`trainer.onboarding.coaching`).

        Computed from ``conv.score()`` on the transcript so far (pass ``result`` to reuse one).
        """
        return list(coach(conv, result).checklist)

    @staticmethod
    def coaching(conv: Conversation, result: dict | None = None) -> Coaching:
        """The checklist and the alerts (personal data given before identification ...) of the call so
        far, from one scoring of its turns (:func:`trainer.onboarding.coaching.coach`)."""
        return coach(conv, result)

    def status_by_scenario(self, actor: ActorLike) -> dict[str, str]:
        """``{scenario_id: "new" | "tried" | "passed"}`` for every scenario of the library."""
        status = {sid: "new" for sid in self.library.scenarios}
        for attempt in self.store.list_attempts(actor, user_id=actor.id):
            sid = attempt.scenario_id
            if attempt.status == "finished" and attempt.passed:
                status[sid] = "passed"
            elif status.get(sid) != "passed":
                status[sid] = "tried"
        return status

    def recommend_next(self, actor: ActorLike, result: dict) -> str | None:
        """A scenario to play next: not yet passed, other than this one, same language first,
        training the weakest competency of ``result`` first, then easier ones first."""
        current = result.get("scenario")
        scenario = self.library.scenarios.get(current) if current else None
        language = scenario.language if scenario else result.get("language")
        competencies = result.get("competencies") or {}
        weak = sorted(competencies, key=lambda c: (competencies[c], c))
        status = self.status_by_scenario(actor)
        candidates = [s for sid, s in self.library.scenarios.items() if sid != current and status.get(sid) != "passed"]
        if not candidates:
            return None

        def rank(s: Any) -> tuple:
            trains = [weak.index(c) for c in s.competencies if c in weak]
            return (s.language != language, min(trains) if trains else len(weak),
                    status.get(s.id) == "tried", s.difficulty, s.id)

        return min(candidates, key=rank).id


def response_seconds(conv: Conversation, started_epoch: float, now: float) -> float | None:
    """Seconds since the client's last message while the trainee has not answered it, else None."""
    if conv.finished or not conv.turns or conv.turns[-1]["role"] != "client":
        return None
    at = conv.turns[-1].get("at")
    return None if at is None else max(0.0, now - (started_epoch + float(at)))
