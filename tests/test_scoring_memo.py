"""Per-analysis readings are computed once and forgotten with their analysis (speed, no change of result)."""

import gc
import weakref

from trainer.scoring.analysis import TranscriptAnalysis
from trainer.scoring.memo import per_analysis
from trainer.scoring.transcript import Transcript


def _analysis(text="Tere! Teie pension makstakse viiendal kuupäeval."):
    transcript = Transcript.model_validate({"language": "et", "turns": [
        {"role": "agent", "text": text}, {"role": "client", "text": "Aitäh, selge."}]})
    return TranscriptAnalysis(transcript, {})


def test_a_reading_is_computed_once_per_analysis():
    calls = []

    @per_analysis
    def reading(an):
        calls.append(an)
        return len(an.turns)

    first, second = _analysis(), _analysis()
    assert reading(first) == reading(first) == 2
    assert reading(second) == 2
    assert calls == [first, second]


def test_an_analysis_is_freed_without_the_cycle_collector():
    an = _analysis()
    assert an.raw is an
    an.spans("any")
    ref = weakref.ref(an)
    gc.disable()
    try:
        del an
        assert ref() is None  # no reference cycle keeps it (and its caches) alive until a GC pass
    finally:
        gc.enable()


def test_raw_set_to_another_analysis_and_back():
    an, raw = _analysis(), _analysis()
    an.raw = raw
    assert an.raw is raw
    an.raw = an
    assert an.raw is an


def test_spans_are_copies():
    an = _analysis()
    spans = an.spans("any")
    spans.append((9, 9, 9))
    assert an.spans("any") == [(0, 0, len(an.turns[0].text)), (1, 0, len(an.turns[1].text))]
