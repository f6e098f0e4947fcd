"""The labelled corpus (tests/corpus/): complete, consistent labels, and its helpers (numbers as words, codes)."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

CORPUS = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(CORPUS))

import build  # noqa: E402
import numwords  # noqa: E402
from trainer_api import load_transcript  # noqa: E402

CRITERIA = ["greeting", "identification", "needs", "summary", "closing", "formal_address", "empathy",
            "data_protection", "courtesy"]


def _conversations():
    for subset in ("main", "heldout", "blind"):
        for path in sorted((CORPUS / subset).glob("*.yaml")):
            if not path.name.endswith(".labels.yaml"):
                yield subset, path


CONVERSATIONS = list(_conversations())


def _labels(path: Path) -> dict:
    return yaml.safe_load(path.with_name(path.stem + ".labels.yaml").read_text(encoding="utf-8"))


def test_corpus_size_and_mix():
    labels = [(subset, _labels(p), load_transcript(p)) for subset, p in CONVERSATIONS if subset != "blind"]
    assert len(labels) >= 200
    heldout = sum(s == "heldout" for s, _, _ in labels)
    assert 0.22 <= heldout / len(labels) <= 0.30
    assert sum(lab["origin"] == "hand" for _, lab, _ in labels) >= 40
    assert {t.language for _, _, t in labels} == {"et", "ru"}
    assert {t.channel for _, _, t in labels} == {"chat", "phone"}
    assert {lab["style"] for _, lab, _ in labels} >= {"typed", "speech", "tidy"}
    kinds = Counter(lab["kind"] for _, lab, _ in labels)
    assert kinds["gaming"] >= 15 and kinds["excellent"] >= 30 and kinds["mistake"] >= 40
    assert sum(lab["leak"] for _, lab, _ in labels) >= 15
    assert sum(lab["language_switch"] for _, lab, _ in labels) >= 5
    assert sum(lab["b2_agent"] for _, lab, _ in labels) >= 5
    assert {lab["grade"] for _, lab, _ in labels} == {1, 2, 3, 4, 5}
    assert max(len(t.turns) for _, _, t in labels) >= 30


@pytest.mark.parametrize("subset,path", CONVERSATIONS, ids=[p.stem for _, p in CONVERSATIONS])
def test_conversation_labels_are_complete_and_consistent(subset, path):
    transcript = load_transcript(path)  # the same loader as `trainer score`
    labels = _labels(path)
    assert labels["id"] == path.stem
    assert 8 <= len(transcript.turns) <= 40
    assert labels["grade"] in (1, 2, 3, 4, 5)
    assert set(labels["criteria"]) == set(CRITERIA)
    for crit, (verdict, reason) in labels["criteria"].items():
        assert verdict in ("pass", "fail", "n_a"), crit
        # the blind authors' reasons are kept verbatim: «Вы» (round 13) is a reason, an empty one is not
        # (... and a careful one may run long: round 18 has a 216-character reason)
        shortest, longest = (2, 300) if subset == "blind" else (6, 200)
        assert isinstance(reason, str) and shortest <= len(reason) < longest and "\n" not in reason, crit
    verdict = {c: v for c, (v, _) in labels["criteria"].items()}
    ctx = transcript.context
    assert (verdict["identification"] == "n_a") == (not ctx.identification_required)
    assert (verdict["empathy"] == "n_a") == (not ctx.client_upset)
    for crit in ("greeting", "needs", "summary", "closing", "formal_address", "data_protection", "courtesy"):
        assert verdict[crit] != "n_a", crit
    assert labels["leak"] == (verdict["data_protection"] == "fail")
    if labels["leak"]:
        # a leak gives out a listed private fact, or (open chat, `no_identifiers`) asks for an identifier there:
        # the brief's data-protection rule, which needs no private fact (blind-a8-et-chat-05, round 27)
        assert (ctx.private_facts or ctx.no_identifiers) and labels["grade"] == 1
    if subset == "blind":  # labelled by outside authors: only the shape is checked, and that they stayed blind
        assert labels["origin"] == "hand" and path.stem.startswith("blind-")
    if labels["kind"] == "gaming":
        assert labels["grade"] == 1 and verdict["needs"] == "fail" and verdict["summary"] == "fail"
    # every personal code the client types is a valid one (an invalid code identifies nobody)
    for turn in transcript.turns:
        if turn.role == "client":
            for code in re.findall(r"(?<!\d)\d{11}(?!\d)", turn.text):
                assert build.valid_isikukood(code), code
    for fact in ctx.private_facts:  # and so is every code among the private facts (said in words, too)
        if re.fullmatch(r"[3-6]\d{10}", str(fact)):
            assert build.valid_isikukood(str(fact)), fact


def test_generated_part_is_reproducible(tmp_path, monkeypatch):
    """build.py regenerates exactly the committed generated conversations (labels follow from construction)."""
    for subset in ("main", "heldout"):
        (tmp_path / subset).mkdir()
    monkeypatch.setattr(build, "HERE", tmp_path)
    build.main()
    for subset in ("main", "heldout"):
        made = sorted(p.name for p in (tmp_path / subset).glob("gen-*.yaml"))
        committed = sorted(p.name for p in (CORPUS / subset).glob("gen-*.yaml"))
        assert made == committed
        for name in made:
            assert (tmp_path / subset / name).read_text(encoding="utf-8") == \
                (CORPUS / subset / name).read_text(encoding="utf-8"), name


@pytest.mark.parametrize("n,et,ru", [
    (0, "null", "ноль"),
    (7, "seitse", "семь"),
    (15, "viisteist", "пятнадцать"),
    (40, "nelikümmend", "сорок"),
    (812, "kaheksasada kaksteist", "восемьсот двенадцать"),
    (980, "üheksasada kaheksakümmend", "девятьсот восемьдесят"),
    (1245, "tuhat kakssada nelikümmend viis", "тысяча двести сорок пять"),
    (2026, "kaks tuhat kakskümmend kuus", "две тысячи двадцать шесть"),
    (21000, "kakskümmend üks tuhat", "двадцать одна тысяча"),
    (15500, "viisteist tuhat viissada", "пятнадцать тысяч пятьсот"),
])
def test_cardinals(n, et, ru):
    assert numwords.cardinal(n, "et") == et
    assert numwords.cardinal(n, "ru") == ru


def test_amounts_codes_and_texts():
    assert numwords.amount("812,40", "et") == "kaheksasada kaksteist eurot ja nelikümmend senti"
    assert numwords.amount("645,21", "ru") == "шестьсот сорок пять евро двадцать один цент"
    assert numwords.amount("980", "ru") == "девятьсот восемьдесят евро"
    assert numwords.digits("37605030299", "et") == "kolm seitse kuus null viis null kolm null kaks üheksa üheksa"
    assert numwords.numbers_to_words("Teie pension 812,40 eurot maksti välja 7. detsembril, kood 37605030299.", "et") == (
        "Teie pension kaheksasada kaksteist eurot ja nelikümmend senti maksti välja 7. detsembril, "
        "kood kolm seitse kuus null viis null kolm null kaks üheksa üheksa.")
    assert numwords.numbers_to_words("Выплата 8 числа, 1,2 средней, с 2025 года.", "ru") == (
        "Выплата восьмого числа, один запятая два средней, с 2025 года.")
    # a code read in groups keeps a group's leading zero (else the variant would change the code)
    assert numwords.numbers_to_words("сейчас 456 0903 9180", "ru") == (
        "сейчас четыреста пятьдесят шесть ноль девятьсот три девять тысяч сто восемьдесят")
    with pytest.raises(ValueError):
        numwords.cardinal(1_000_000, "et")


def test_isikukood_generator_and_checksum():
    assert build.valid_isikukood("37605030299")
    assert build.valid_isikukood("47101010033")
    assert not build.valid_isikukood("37605030298")
    import random

    rng = random.Random(3)
    codes = [build.isikukood(rng) for _ in range(200)]
    assert all(build.valid_isikukood(c) for c in codes)
    assert all(c[0] in "3456" for c in codes)
