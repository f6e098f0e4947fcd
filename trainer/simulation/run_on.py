"""A run-on stuffed sentence, for the client's ear: every stage of the call, or every right fact with the goodbye,
strung into one sentence (new-user batches 77, 79, 80).

The reading is shared with the scorer (`trainer.scoring.stuffed`, where its shapes and its limits are told), so the
client and the score cannot disagree on it. Its matter is not heard as answers, and it counts against the grateful
ending (`hearing.unstuffed`).
"""

from __future__ import annotations

from trainer.scoring.stuffed import stuffed_sentences

__all__ = ["run_on_stuffing"]


def run_on_stuffing(text: str, lang: str, concepts: dict) -> list[str]:
    """The run-on stuffed sentences of a reply (`trainer.scoring.stuffed`), as written."""
    return stuffed_sentences(text, lang, concepts)
