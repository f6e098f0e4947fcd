"""The few trainer functions the corpus tools use. `score_like_cli` is what `trainer score` does with one
transcript."""

from __future__ import annotations

from trainer.config import settings
from trainer.scoring.score import score_transcript as _score_transcript
from trainer.scoring.transcript import Transcript, load_transcript
from trainer.simulation.examples import play_answers
from trainer.simulation.library import Library, scoring_settings


def score_transcript(transcript, rubric) -> dict:
    """The call-model scorer on one transcript (project settings)."""
    return _score_transcript(transcript, rubric, scoring_settings())


def default_rubric(lib):
    """The rubric `trainer score` uses without --rubric."""
    return lib.rubrics[settings().default_rubric]


def score_like_cli(lib, transcript) -> dict:
    """Score as `trainer score` does: with the scenario's content criteria when context.scenario_id is known."""
    sid = transcript.context.scenario_id
    if sid and sid in lib.scenarios:
        return lib.score(lib.get(sid), transcript)
    return score_transcript(transcript, default_rubric(lib))


__all__ = ["Library", "Transcript", "default_rubric", "load_transcript", "play_answers", "score_like_cli",
           "score_transcript", "settings"]
