"""Metamorphic tests: label-preserving variants of every corpus conversation and every scenario example run
must not change any verdict (issue 9).

Known failures are listed, per (variant, criterion), in tests/corpus/metamorphic-known-failures.json with
the number of transcripts whose verdict changes today. Such a pair is reported as xfail while it changes
no more transcripts than listed; it FAILS when it gets worse, and it FAILS when it is fixed (0 changes)
but still listed, so the list only shrinks. After a scorer improvement:
`python tests/corpus/variants.py --update-known-failures` and commit the smaller list.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(CORPUS))

import variants  # noqa: E402

BUCKETS = variants.CALL_MODEL + ["content"]
KNOWN = json.loads(variants.KNOWN_FAILURES.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def changes():
    return variants.changed_verdicts()


@pytest.mark.parametrize("variant", list(variants.VARIANTS))
@pytest.mark.parametrize("criterion", BUCKETS)
def test_variant_keeps_verdicts(changes, variant, criterion):
    changed = changes[variant].get(criterion, [])
    known = KNOWN.get(variant, {}).get(criterion, 0)
    sample = ", ".join(changed[:5])
    if not known:
        assert not changed, f"{variant} changed the {criterion} verdict of {len(changed)} transcripts: {sample}"
        return
    if not changed:
        pytest.fail(f"fixed: {variant}/{criterion} changes no verdict now; remove it from "
                    f"{variants.KNOWN_FAILURES.name} (python tests/corpus/variants.py --update-known-failures)")
    assert len(changed) <= known, (f"worse: {variant} changed the {criterion} verdict of {len(changed)} "
                                   f"transcripts (known: {known}): {sample}")
    pytest.xfail(f"known failure: {variant} changes {criterion} in {len(changed)} transcripts, e.g. {sample}")


def test_subjects_cover_corpus_and_examples():
    names = [name for name, _, _ in variants.subjects()]
    assert sum(n.startswith(("main/", "heldout/")) for n in names) >= 200
    assert sum(n.startswith("example/") for n in names) >= 40


DOC = {"language": "et", "channel": "phone", "turns": [
    {"role": "agent", "text": "Tere! Sotsiaalkindlustusamet, Mari kuuleb. Kuidas saan Teid aidata?"},
    {"role": "client", "text": "Jah, 37605030299."},
    {"role": "agent", "text": "Teie pension 812,40 eurot maksti välja 7. detsembril. Kas see vastas Teie küsimusele?"},
]}


def test_variants_change_only_the_surface():
    assert variants.lower(DOC)["turns"][0]["text"] == "tere! sotsiaalkindlustusamet, mari kuuleb. kuidas saan teid aidata?"
    assert variants.no_diacritics(DOC)["turns"][2]["text"].startswith("Teie pension 812,40 eurot maksti valja")
    assert variants.no_punct(DOC)["turns"][2]["text"] == (
        "Teie pension 812,40 eurot maksti välja 7 detsembril Kas see vastas Teie küsimusele")
    assert variants.num_words(DOC)["turns"][1]["text"] == "Jah, kolm seitse kuus null viis null kolm null kaks üheksa üheksa."
    assert "kaheksasada kaksteist eurot ja nelikümmend senti" in variants.num_words(DOC)["turns"][2]["text"]
    ru = variants.num_words({"language": "ru", "turns": [{"role": "agent", "text": "Выплата 8-го числа, 5 мая."}]})
    assert ru["turns"][0]["text"] == "Выплата восьмого числа, пятого мая."
    filled = variants.fillers(DOC)["turns"]
    assert filled[0]["text"] == "ee Tere! öö Sotsiaalkindlustusamet, Mari kuuleb. Kuidas saan Teid aidata?"
    assert filled[1]["text"] == "öö Jah, 37605030299."
    ru = variants.fillers({"language": "ru", "turns": [{"role": "agent", "text": "Спасибо за звонок"}]})
    assert ru["turns"][0]["text"] == "ну Спасибо за звонок"
    split = variants.split(DOC)["turns"]
    assert [t["text"] for t in split] == [
        "Tere!", "Sotsiaalkindlustusamet, Mari kuuleb. Kuidas saan Teid aidata?", "Jah, 37605030299.",
        "Teie pension 812,40 eurot maksti välja 7. detsembril.", "Kas see vastas Teie küsimusele?"]
    assert [t["role"] for t in split] == ["agent", "agent", "client", "agent", "agent"]
    assert DOC["turns"][0]["text"].startswith("Tere!")  # the original is not modified
