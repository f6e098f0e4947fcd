"""The blind new-user batches as a regression test (issue 10's "done when"): every good and terse good run
passes, every gaming and wrong-fact run fails, and every wrong fact fails by a gate, on the runs people wrote
without seeing the scorer (tests/newuser/, live/, live3/ ... live23/). The few runs that do not, each judged in
its batch's RESULTS.md, are listed below with the judgement; the list may only shrink.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

import pytest

HERE = Path(__file__).parent / "newuser"
BATCHES = ["", "live", "live3", "live4", "live5", "live6", "live7", "live8", "live9", "live10", "live11", "live12", "live13", "live14", "live15", "live16", "live17", "live18", "live19", "live20", "live21", "live22", "live23", "live24", "live25", "live26", "live27", "live28", "live29", "live30", "live31", "live32", "live33", "live34", "live35", "live36", "live37", "live38", "live39", "live40", "live41", "live42", "live43", "live44", "live45", "live46", "live47", "live48", "live49", "live50", "live51", "live52", "live53", "live54", "live55", "live56", "live57", "live58", "live59", "live60", "live61", "live62", "live63", "live64", "live65", "live66", "live67", "live68", "live69", "live70", "live71", "live72", "live73", "live74", "live75", "live76", "live77", "live78", "live79", "live80", "live81", "live82"]
TARGET = {"good": True, "terse_good": True, "gaming": False, "wrong_fact": False}
# (batch, scenario, run name): why it is judged not to meet its kind's target (see the batch's RESULTS.md)
KNOWN = {
    ("live", "refuses-code-et", "terse_good"): "R: the run gives data before the client is identified",
    ("live9", "pension-late-et", "good"): "S or E: 'täna peaks see kindlasti juba olemas olema' read as a guess",
    ("live27", "crisis-violence-ru", "terse"): "R: the victim-support line typed in translit as a comma list of "
                                               "attributes reads as keywords; arguable (live27/RESULTS.md)",
    ("live44", "abusive-caller-ru", "terse"): "R: the author's slip: two replies sent unread, the caller hung up and "
                                              "was never identified; the author's own verdict is 'no' "
                                              "(live44/RESULTS.md)",
    ("live74", "indexation-day-ru", "terse"): "R: the author's slip: the client's direct question skipped, she left "
                                              "resigned and the answer came after her goodbye; the author's own "
                                              "verdict is 'no' (live74/RESULTS.md)",
}


@lru_cache(maxsize=1)
def _evaluate_module():
    spec = importlib.util.spec_from_file_location("newuser_evaluate", HERE / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("batch", BATCHES)
def test_blind_runs_meet_their_targets(batch):
    rows = _evaluate_module().evaluate(folder=HERE / batch if batch else HERE)
    assert rows, batch
    missed, known_seen = [], set()
    for row in rows:
        if row["kind"] not in TARGET or row.get("invalid"):
            continue
        key = (batch, row["scenario"], row["name"])
        if row["passed"] != TARGET[row["kind"]]:
            if key in KNOWN:
                known_seen.add(key)
            else:
                missed.append(f"{row['scenario']}/{row['name']} ({row['kind']}): passed={row['passed']} "
                              f"score {row['score']} failed {row['failed']}")
        elif row["kind"] == "wrong_fact" and not row["gates"]:
            missed.append(f"{row['scenario']}/{row['name']}: a wrong fact that fails by points only, no gate")
    assert not missed, "\n".join(missed)
    stale = {k for k in KNOWN if k[0] == batch} - known_seen
    assert not stale, f"these known misses now meet their target: drop them from KNOWN: {stale}"
