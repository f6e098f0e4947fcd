"""What a check returns: its :class:`Outcome` (passed or failed, the feedback variant, whether something said
was wrong) and the :class:`Evidence` quoted for it (the turn and the original words)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Evidence:
    """Where a verdict comes from: the 1-based turn number in the transcript and the quoted words."""

    turn: int
    quote: str
    agent_turn: int | None = None

    def as_dict(self) -> dict:
        return {"turn": self.turn, "agent_turn": self.agent_turn, "quote": self.quote}


@dataclass
class Outcome:
    passed: bool
    evidence: list[Evidence] = field(default_factory=list)
    reason: str = ""  # names the feedback variant (a failure: "not_asked"; a pass rarely: "open_chat_redirect")
    wrong: bool = False  # failed because of something said (a wrong value, a promise): what gates read
    fill: dict = field(default_factory=dict)  # more feedback placeholders ({right}: what the knowledge says)
    wrong_parts: tuple[int, ...] = ()  # an ``all`` check: the parts that failed on something said

    def first_turn(self) -> int | None:
        return min((e.turn for e in self.evidence), default=None)
