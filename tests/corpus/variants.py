"""Label-preserving variants of a transcript, for metamorphic tests of the scorer (issue 9).

Each variant changes only the surface of the text the way real input differs from tidy text; by the
call model's definitions (rubrics/call-model.yaml, /work/shared/notes/dialogue-acts.md) no criterion's
verdict may change:

- `lower`        every message lower-cased
- `no_diacritics` õ ä ö ü š ž -> o a o u s z (Estonian typed without the Estonian keyboard)
- `no_punct`     punctuation removed (speech recognition); a decimal comma between digits stays
- `num_words`    numbers written as words (numwords.py): codes digit by digit, amounts, cardinals
- `fillers`      a filler (ee, öö, mhm, nii-öelda / ну, вот, эээ) at the start of every message and
                 after the first word of longer messages
- `split`        every message with two or more sentences sent as two consecutive messages of the
                 same speaker (split after the first sentence)

Deterministic, and independent of the trainer package's own normalisation.

    python tests/corpus/variants.py --update-known-failures   # rewrite metamorphic-known-failures.json
    python tests/corpus/variants.py --list [CRITERION [VARIANT]]   # each changed verdict, with evidence
    python tests/corpus/variants.py --show NAME VARIANT [CRITERION]  # the variant's turns and verdicts

CRITERION is a bucket (content, closing, ...) or a criterion id; NAME a transcript name as --list prints
it (main/..., heldout/..., example/SCENARIO/RUN) or a unique part of it.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import numwords  # noqa: E402

KNOWN_FAILURES = HERE / "metamorphic-known-failures.json"
_DIACRITICS = str.maketrans("õäöüšžÕÄÖÜŠŽ", "oaouszOAOUSZ")
_SENTENCE_END = re.compile(r"(?<=[.!?…])(?<!\d\.)\s+(?=\S)")  # not after an ordinal such as "7."
FILLERS = {"et": ["ee", "öö", "mhm", "nii-öelda"], "ru": ["ну", "вот", "эээ"], "en": ["uh", "um"]}


def _map_texts(doc: dict, fn: Callable[[str, int], str]) -> dict:
    turns = [{**t, "text": fn(t["text"], i)} for i, t in enumerate(doc["turns"])]
    return {**doc, "turns": turns}


def lower(doc: dict) -> dict:
    """Every message in lower case."""
    return _map_texts(doc, lambda text, _i: text.lower())


def no_diacritics(doc: dict) -> dict:
    """Estonian letters without diacritics (õäöü -> oaou, šž -> sz)."""
    return _map_texts(doc, lambda text, _i: text.translate(_DIACRITICS))


def strip_punctuation(text: str) -> str:
    """Drop punctuation but keep a comma or dot between two digits (812,40 stays a number)."""
    text = re.sub(r"(?<!\d)[.,]|[.,](?!\d)", " ", text)
    text = re.sub(r"[!?;:\"„“”«»()…]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def no_punct(doc: dict) -> dict:
    """Messages without punctuation, as speech recognition writes them. A message of punctuation only ("???")
    has no spoken form and stays as it is (emptied, it would no longer be the client's open question)."""
    return _map_texts(doc, lambda text, _i: strip_punctuation(text) or text)


def num_words(doc: dict) -> dict:
    """Numbers written as words in the transcript's language (Estonian when unknown)."""
    language = doc.get("language") if doc.get("language") in ("et", "ru") else "et"
    return _map_texts(doc, lambda text, _i: numwords.numbers_to_words(text, language))


def fillers(doc: dict) -> dict:
    """A filler at the start of every message and after the first word of messages of six words or more."""
    words_for = FILLERS.get(doc.get("language") or "et", FILLERS["et"])

    def add(text: str, i: int) -> str:
        filler = words_for[i % len(words_for)]
        words = text.split(" ")
        if len(words) >= 6:
            words.insert(1, words_for[(i + 1) % len(words_for)])
        return f"{filler} {' '.join(words)}"

    return _map_texts(doc, add)


def split(doc: dict) -> dict:
    """Messages of two or more sentences become two consecutive messages of the same speaker."""
    turns = []
    for t in doc["turns"]:
        parts = _SENTENCE_END.split(t["text"], maxsplit=1)
        if len(parts) == 2 and parts[0].strip() and parts[1].strip():
            turns.append({**t, "text": parts[0]})
            turns.append({**t, "text": parts[1]})
        else:
            turns.append(t)
    return {**doc, "turns": turns}


VARIANTS: dict[str, Callable[[dict], dict]] = {
    "lower": lower,
    "no_diacritics": no_diacritics,
    "no_punct": no_punct,
    "num_words": num_words,
    "fillers": fillers,
    "split": split,
}


def verdicts(result: dict) -> dict[str, str]:
    """criterion id -> pass / fail / n/a of a scoring result."""
    return {c["id"]: c["result"] for c in result["criteria"]}


CALL_MODEL = ["greeting", "identification", "needs", "summary", "closing", "formal_address", "empathy",
              "data_protection", "courtesy"]


def bucket(criterion: str) -> str:
    """Call-model criteria by id; a scenario's own content criteria together as 'content'."""
    return criterion if criterion in CALL_MODEL else "content"


def subjects() -> list[tuple[str, dict, Callable[[dict], dict]]]:
    """Everything the metamorphic test varies: (name, transcript dict, scorer of a transcript dict).

    Every corpus conversation (scored like `trainer score`) and every scenario example run (scored like
    the practice app: the scenario's rubric and content criteria with the run's values).
    """
    from trainer_api import (
        Library,
        Transcript,
        default_rubric,
        load_transcript,
        play_answers,
        score_transcript,
    )

    root = HERE.parent.parent
    lib = Library.load(root)
    rubric = default_rubric(lib)
    out = []

    def corpus_scorer(doc: dict) -> dict:
        return score_transcript(Transcript.model_validate(doc), rubric)

    for subset in ("main", "heldout"):
        for path in sorted((HERE / subset).glob("*.yaml")):
            if not path.name.endswith(".labels.yaml"):
                out.append((f"{subset}/{path.stem}", load_transcript(path).model_dump(), corpus_scorer))
    for sid in sorted(lib.scenarios):
        scenario = lib.get(sid)
        for example in scenario.examples:
            conv = play_answers(scenario, lib, example.answers, example.seed)

            def example_scorer(doc: dict, scenario=scenario, values=conv.values) -> dict:
                return lib.score(scenario, Transcript.model_validate(doc), values)

            out.append((f"example/{sid}/{example.name}", conv.transcript().model_dump(), example_scorer))
    return out


def changed_verdicts() -> dict[str, dict[str, list[str]]]:
    """variant -> bucket -> names of the transcripts whose verdict in that bucket changed under the variant."""
    changes: dict[str, dict[str, list[str]]] = {v: {} for v in VARIANTS}
    for name, doc, scorer in subjects():
        base = verdicts(scorer(doc))
        for vname, variant in VARIANTS.items():
            got = verdicts(scorer(variant(doc)))
            for crit, verdict in base.items():
                if got.get(crit) != verdict:
                    changes[vname].setdefault(bucket(crit), [])
                    if name not in changes[vname][bucket(crit)]:
                        changes[vname][bucket(crit)].append(name)
    return changes


def _evidence(criterion: dict) -> str:
    quotes = [f"{e.get('turn')}:{e.get('quote', '')!r}" for e in criterion.get("evidence") or []]
    return "; ".join(quotes[:3]) or "-"


def _wanted(criterion: str, want: str | None) -> bool:
    return want is None or want in (criterion, bucket(criterion))


def list_changes(want_criterion: str | None = None, want_variant: str | None = None) -> list[str]:
    """One line per changed verdict: variant, transcript, criterion, original -> variant verdict and the
    evidence of each (turn:quote)."""
    lines = []
    for name, doc, scorer in subjects():
        base = {c["id"]: c for c in scorer(doc)["criteria"]}
        for vname, variant in VARIANTS.items():
            if want_variant not in (None, vname):
                continue
            got = {c["id"]: c for c in scorer(variant(doc))["criteria"]}
            for crit, c in base.items():
                g = got.get(crit, {"result": "missing"})
                if _wanted(crit, want_criterion) and g["result"] != c["result"]:
                    lines.append(f"{vname:13} {name} {crit}: {c['result']} -> {g['result']}\n"
                                 f"    original: {_evidence(c)}\n    variant:  {_evidence(g)}")
    return lines


def show(name: str, vname: str, want_criterion: str | None = None) -> list[str]:
    """The variant's turns (numbered as evidence numbers them) and both verdicts of every criterion."""
    every = subjects()
    found = [s for s in every if s[0] == name] or [s for s in every if name in s[0]]
    if len(found) != 1:
        return [f"{len(found)} transcripts match {name!r}: " + ", ".join(s[0] for s in found[:10])]
    name, doc, scorer = found[0]
    varied = VARIANTS[vname](doc)
    lines = [f"{name} ({vname})"]
    lines += [f"  {i} {t['role']}: {t['text']}" for i, t in enumerate(varied["turns"], 1)]
    base = {c["id"]: c for c in scorer(doc)["criteria"]}
    for c in scorer(varied)["criteria"]:
        b = base.get(c["id"], {"result": "missing"})
        if _wanted(c["id"], want_criterion):
            mark = "  " if b["result"] == c["result"] else "!!"
            lines.append(f"{mark} {c['id']}: {b['result']} -> {c['result']}  original {_evidence(b)}  "
                         f"variant {_evidence(c)}")
    return lines


def main(argv: list[str]) -> int:
    import json

    if argv[:1] == ["--list"]:
        print("\n".join(list_changes(*(argv[1:3] + [None, None])[:2])))
        return 0
    if argv[:1] == ["--show"] and len(argv) >= 3:
        print("\n".join(show(argv[1], argv[2], argv[3] if len(argv) > 3 else None)))
        return 0
    if "--update-known-failures" not in argv:
        print(__doc__)
        return 0
    changes = changed_verdicts()
    known = {v: {b: len(names) for b, names in sorted(by.items())} for v, by in changes.items()}
    KNOWN_FAILURES.write_text(json.dumps(known, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    for v, by in known.items():
        print(v, by)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent.parent))
    sys.exit(main(sys.argv[1:]))
