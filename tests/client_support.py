"""Shared helper of the client tests (test_client_b*.py): play replies against a scripted client."""

from __future__ import annotations

from datetime import date

from trainer.simulation.dialogue import Conversation
from trainer.simulation.library import Library


def play_client(lib: Library, scenario, replies: list[str], today: date, seed: int = 1) -> tuple[str, Conversation]:
    """All client text after the last reply, and the conversation."""
    conv = Conversation.start(scenario, lib, seed=seed, today=today)
    said: list[dict] = []
    for text in replies:
        said = conv.reply(text)
    return " ".join(t["text"] for t in said), conv


def play_to_end(lib: Library, scenario_id: str, replies: list[str], today: date, seed: int = 1) -> Conversation:
    """The conversation after these replies, stopping at the first the finished conversation no longer takes."""
    conv = Conversation.start(lib.get(scenario_id), lib, seed=seed, today=today)
    for reply in replies:
        if conv.finished:
            break
        conv.reply(reply)
    return conv


def hears(lib: Library, scenario_id: str, name: str, sentence: str, today: date | None = None) -> bool:
    """Does the scenario's client hear signal ``name`` in this one reply, at the start of a call?"""
    from trainer.scoring.signals import analyse_reply

    scenario = lib.get(scenario_id)
    conv = Conversation.start(scenario, lib, seed=1, today=today)
    return bool(analyse_reply(sentence, scenario.language, conv.concepts, conv.signals, conv.facts)["signals"].get(name))


def client_lines(conv: Conversation) -> list[str]:
    """The client's turns, in order."""
    return [t["text"] for t in conv.turns if t["role"] == "client"]


def client_steps(conv: Conversation) -> list[str]:
    """The dialogue step of each client turn, in order ("" where a turn has none)."""
    return [t.get("step") or "" for t in conv.turns if t["role"] == "client"]


def last_client_line(conv: Conversation) -> str:
    """The client's last turn."""
    return next(t["text"] for t in reversed(conv.turns) if t["role"] == "client")


def end_step(lib: Library, scenario_id: str, answers: list[str]) -> str:
    """The dialogue step where a run of these replies ends (seed 1): how the client left the conversation."""
    from trainer.simulation.examples import play_answers

    return play_answers(lib.get(scenario_id), lib, answers, seed=1).state["step"]
