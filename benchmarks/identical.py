"""Every scoring result as one canonical JSON file, to show a speed-up changed no result.

Scores, with the call model, every transcript of tests/corpus/{main,heldout,blind} (not the
``*.labels.yaml`` files), replays every example run of every scenario (as tests/test_examples.py does:
the transcript, the result, where it ended) and runs every scenario's phrase tests, then writes all of it
as JSON with sorted keys (sets as sorted lists) to OUT. Run it on the unchanged commit and on the changed
one and compare the files byte for byte:

    python benchmarks/identical.py /tmp/before.json     # on the unchanged commit
    python benchmarks/identical.py /tmp/after.json      # on the changed one
    cmp /tmp/before.json /tmp/after.json && echo identical

``--only corpus|examples`` limits the run to one part.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path

from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import load_transcript
from trainer.simulation.examples import run_example, run_phrase_tests
from trainer.simulation.library import Library, scoring_settings

ROOT = Path(__file__).resolve().parent.parent


def _plain(value):
    """JSON-ready and independent of hash order: sets become sorted lists, models and dates plain values."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True, default=str))
    if hasattr(value, "model_dump"):
        return _plain(value.model_dump())
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return repr(value)


def corpus(library: Library) -> dict:
    rubric, settings = library.rubrics["call-model"], scoring_settings()
    out = {}
    for subset in ("main", "heldout", "blind"):
        for path in sorted((ROOT / "tests" / "corpus" / subset).glob("*.yaml")):
            if not path.name.endswith(".labels.yaml"):
                out[f"{subset}/{path.stem}"] = score_transcript(load_transcript(path), rubric, settings)
    return out


def examples(library: Library) -> dict:
    out = {}
    for sid, scenario in sorted(library.scenarios.items()):
        for i, example in enumerate(scenario.examples):
            out[f"{sid}/{i}"] = run_example(scenario, library, example)
        if scenario.tests:
            out[f"{sid}/phrase-tests"] = run_phrase_tests(scenario, library)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--only", choices=["corpus", "examples"])
    args = parser.parse_args()
    library = Library.load(ROOT)
    t0 = time.process_time()
    results = {}
    if args.only in (None, "corpus"):
        results["corpus"] = corpus(library)
    if args.only in (None, "examples"):
        results["examples"] = examples(library)
    text = json.dumps(_plain(results), sort_keys=True, ensure_ascii=False, indent=1)
    args.out.write_text(text + "\n", encoding="utf-8")
    counts = {part: len(items) for part, items in results.items()}
    print(f"{counts} in {time.process_time() - t0:.1f} s CPU; sha256 {hashlib.sha256(text.encode()).hexdigest()[:16]}")


if __name__ == "__main__":
    main()
