"""benchmarks/agreement.py: the scorer's agreement with the labelled corpus stays at or above the floor."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

import pandas as pd
import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))

import agreement  # noqa: E402


def test_cohen_kappa_known_values():
    # textbook example: 50 items, agreement 0.7, chance 0.5 -> kappa 0.4
    a = ["yes"] * 25 + ["no"] * 25
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert agreement.cohen_kappa(a, b) == pytest.approx(0.4)
    assert agreement.cohen_kappa(["pass", "fail", "n_a"], ["pass", "fail", "n_a"]) == 1.0
    assert agreement.cohen_kappa(["pass"] * 4, ["pass"] * 4) == 1.0
    assert agreement.cohen_kappa(["pass", "fail"], ["fail", "pass"]) == pytest.approx(-1.0)
    with pytest.raises(ValueError):
        agreement.cohen_kappa(["pass"], [])


def test_spearman_matches_pandas_with_ties():
    x = [0, 0, 55.0, 70, 70, 80, 100, 100, 45, 90]
    y = [1, 2, 3, 3, 4, 4, 5, 5, 2, 4]
    # Spearman = Pearson of the average ranks (pandas' own spearman needs scipy, which is not a dependency)
    expected = pd.Series(x).rank().corr(pd.Series(y).rank())
    assert expected == pytest.approx(0.9626, abs=1e-4)
    assert agreement.spearman(x, y) == pytest.approx(expected)
    # no ties: 1 - 6 * sum(d^2) / (n (n^2 - 1)) = 1 - 6 * 4 / 120
    assert agreement.spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]) == pytest.approx(0.8)
    assert agreement.spearman([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
    assert agreement.spearman([1, 2, 3], [10, 20, 30]) == pytest.approx(1.0)
    assert agreement.spearman([1, 1, 1], [1, 2, 3]) == 0.0
    assert agreement._ranks([10, 20, 20, 5]) == [2.0, 3.5, 3.5, 1.0]


@pytest.fixture(scope="module")
def figures():
    return agreement.evaluate()


def test_agreement_at_or_above_floor(figures):
    floor = json.loads(agreement.FLOOR.read_text(encoding="utf-8"))
    problems = agreement.below_floor(figures, floor)
    assert not problems, "\n".join(problems)


def test_figures_are_measured_on_all_and_heldout(figures):
    assert figures["all"]["n"] == figures["main"]["n"] + figures["heldout"]["n"] >= 200
    assert figures["heldout"]["n"] >= 45
    for subset in agreement.SUBSETS:
        f = figures[subset]
        assert set(f["criteria"]) == set(agreement.CRITERIA)
        assert -1.0 <= f["overall_kappa"] <= 1.0 and -1.0 <= f["spearman"] <= 1.0
        assert f["leaks"] > 0 and f["gaming_runs"] > 0
    text = agreement.report(figures)
    assert "== heldout" in text and "Spearman" in text and "data_protection" in text


def test_floor_detects_a_drop_and_only_rises(figures):
    floor = agreement.floor_from(figures)
    assert agreement.below_floor(figures, floor) == []
    worse = copy.deepcopy(figures)
    worse["heldout"]["overall_kappa"] -= 0.2
    worse["all"]["criteria"]["greeting"]["accuracy"] -= 0.2
    worse["all"]["false_leak_alarms"] = worse["all"]["false_leak_alarms"] + ["x", "y"]
    problems = agreement.below_floor(worse, floor)
    assert any("heldout: overall_kappa" in p for p in problems)
    assert any("greeting accuracy" in p for p in problems)
    assert any("false leak alarms" in p for p in problems)
    # raising the floor from worse figures never lowers it
    assert agreement.floor_from(worse, floor) == floor
