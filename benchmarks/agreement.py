"""Agreement of the call-model scorer with the labelled corpus (tests/corpus/, issue 9).

Scores every corpus conversation with the same function `trainer score` uses and prints, separately for
the project's corpus ("all" = main + held out), the main part, the held-out part and the blind part
(`tests/corpus/blind/`: written and labelled by authors who never saw the scorer, its rubric or the corpus):
per-criterion accuracy and Cohen's kappa (classes pass / fail / n_a), overall kappa (all criterion
verdicts pooled), leak recall and false leak alarms (data_protection), Spearman's rho between the total
score and the expert grade, and how many gaming runs passed.

    python benchmarks/agreement.py [--json] [--floor benchmarks/agreement-floor.json] [--corpus DIR]
    python benchmarks/agreement.py --raise-floor    # after an improvement: raise the floor (never lowers it)
    python benchmarks/agreement.py --list blind     # each disagreement of one part, with the label's reason

Exit 1 when a figure is below the floor file (CI: tests/test_agreement.py runs the same check).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
if str(CORPUS) not in sys.path:
    sys.path.append(str(CORPUS))  # trainer_api: the scorer in either package layout
FLOOR = Path(__file__).resolve().parent / "agreement-floor.json"
CRITERIA = ["greeting", "identification", "needs", "summary", "closing", "formal_address", "empathy",
            "data_protection", "courtesy"]
CLASSES = ["pass", "fail", "n_a"]
SUBSETS = ("all", "main", "heldout", "blind")
PARTS = ("main", "heldout", "blind")  # directories under tests/corpus


@dataclass
class Item:
    """One labelled corpus conversation."""

    id: str
    subset: str  # main | heldout | blind
    path: Path
    labels: dict
    transcript: object = None
    result: dict = field(default_factory=dict)

    def label(self, criterion: str) -> str:
        return self.labels["criteria"][criterion][0]

    def predicted(self, criterion: str) -> str:
        for c in self.result["criteria"]:
            if c["id"] == criterion:
                return "n_a" if c["result"] == "n/a" else c["result"]
        raise KeyError(criterion)


def load_corpus(root: Path = CORPUS) -> list[Item]:
    """Every `<id>.yaml` transcript with its `<id>.labels.yaml` under root/main, root/heldout and root/blind."""
    from trainer_api import load_transcript

    items = []
    for subset in PARTS:
        for path in sorted((root / subset).glob("*.yaml")):
            if path.name.endswith(".labels.yaml"):
                continue
            labels = yaml.safe_load(path.with_name(path.stem + ".labels.yaml").read_text(encoding="utf-8"))
            items.append(Item(path.stem, subset, path, labels, load_transcript(path)))
    return items


def score_items(items: list[Item]) -> None:
    """Score each item exactly as `trainer score` does (scenario criteria when context.scenario_id is set)."""
    from trainer_api import Library, score_like_cli

    lib = Library.load(ROOT)
    for item in items:
        item.result = score_like_cli(lib, item.transcript)


# ------------------------------------------------------------------ statistics (no scipy)
def cohen_kappa(a: list[str], b: list[str]) -> float:
    """Cohen's kappa of two equally long label sequences; 1.0 when both agree fully on a single class."""
    if len(a) != len(b) or not a:
        raise ValueError("need two non-empty sequences of equal length")
    n = len(a)
    po = sum(x == y for x, y in zip(a, b, strict=True)) / n
    classes = set(a) | set(b)
    pe = sum((a.count(c) / n) * (b.count(c) / n) for c in classes)
    if pe == 1.0:
        return 1.0 if po == 1.0 else 0.0
    return (po - pe) / (1 - pe)


def _ranks(values: list[float]) -> list[float]:
    """1-based ranks, ties get the average of their positions."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        avg = (i + j) / 2 + 1
        for k in range(i, j + 1):
            ranks[order[k]] = avg
        i = j + 1
    return ranks


def spearman(x: list[float], y: list[float]) -> float:
    """Spearman's rho (Pearson correlation of average ranks); 0.0 when one side is constant."""
    if len(x) != len(y) or len(x) < 2:
        raise ValueError("need two sequences of equal length >= 2")
    rx, ry = _ranks(list(x)), _ranks(list(y))
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    vx = sum((a - mx) ** 2 for a in rx)
    vy = sum((b - my) ** 2 for b in ry)
    if vx == 0 or vy == 0:
        return 0.0
    return cov / (vx * vy) ** 0.5


def metrics(items: list[Item]) -> dict:
    """The agreement figures of scored items (only {"n": 0} for none)."""
    out: dict = {"n": len(items), "criteria": {}}
    if not items:
        return out
    pooled_true, pooled_pred = [], []
    for crit in CRITERIA:
        true = [i.label(crit) for i in items]
        pred = [i.predicted(crit) for i in items]
        pooled_true += true
        pooled_pred += pred
        confusion = {t: {p: 0 for p in CLASSES} for t in CLASSES}
        for t, p in zip(true, pred, strict=True):
            confusion[t][p] += 1
        out["criteria"][crit] = {
            "accuracy": round(sum(t == p for t, p in zip(true, pred, strict=True)) / len(items), 4),
            "kappa": round(cohen_kappa(true, pred), 4),
            "confusion": confusion,
        }
    out["overall_kappa"] = round(cohen_kappa(pooled_true, pooled_pred), 4)
    out["overall_accuracy"] = round(sum(t == p for t, p in zip(pooled_true, pooled_pred, strict=True)) / len(pooled_true), 4)
    leaks = [i for i in items if i.labels["leak"]]
    flagged = [i for i in items if i.predicted("data_protection") == "fail"]
    out["leaks"] = len(leaks)
    out["leak_recall"] = round(sum(i.predicted("data_protection") == "fail" for i in leaks) / len(leaks), 4) if leaks else 1.0
    out["missed_leaks"] = sorted(i.id for i in leaks if i.predicted("data_protection") != "fail")
    out["false_leak_alarms"] = sorted(i.id for i in flagged if not i.labels["leak"])
    out["spearman"] = round(spearman([i.result["score"] for i in items], [i.labels["grade"] for i in items]), 4)
    gaming = [i for i in items if i.labels.get("kind") == "gaming"]
    out["gaming_runs"] = len(gaming)
    out["gaming_passed"] = sorted(i.id for i in gaming if i.result["passed"])
    return out


def breakdown(items: list[Item]) -> dict:
    """Overall kappa and accuracy by writing style, language, channel and origin (hand / generated)."""
    groups: dict[str, list[Item]] = {}
    for i in items:
        for key in (f"style={i.labels['style']}", f"language={i.transcript.language}",
                    f"channel={i.transcript.channel}", f"origin={i.labels['origin']}"):
            groups.setdefault(key, []).append(i)
    out = {}
    for key, group in sorted(groups.items()):
        true = [i.label(c) for i in group for c in CRITERIA]
        pred = [i.predicted(c) for i in group for c in CRITERIA]
        out[key] = {"n": len(group), "overall_kappa": round(cohen_kappa(true, pred), 4),
                    "overall_accuracy": round(sum(t == p for t, p in zip(true, pred, strict=True)) / len(true), 4)}
    return out


def evaluate(root: Path = CORPUS) -> dict:
    """Load, score and measure the corpus: {all: {...}, main: {...}, heldout: {...}, blind: {...}, breakdown: {...}}.

    "all" is the project's corpus (main + held out); the blind part is reported on its own."""
    items = load_corpus(root)
    score_items(items)
    project = [i for i in items if i.subset != "blind"]
    return {
        "all": metrics(project),
        "main": metrics([i for i in items if i.subset == "main"]),
        "heldout": metrics([i for i in items if i.subset == "heldout"]),
        "blind": metrics([i for i in items if i.subset == "blind"]),
        "breakdown": breakdown(project),
    }


def below_floor(figures: dict, floor: dict) -> list[str]:
    """Every figure that is worse than the floor, as readable lines (empty: at or above the floor)."""
    problems = []
    for subset, limits in floor.items():
        got = figures[subset]
        if not got["n"]:
            continue
        for key in ("overall_kappa", "overall_accuracy", "spearman", "leak_recall"):
            if key in limits and got[key] < limits[key]:
                problems.append(f"{subset}: {key} {got[key]} < floor {limits[key]}")
        if "false_leak_alarms_max" in limits and len(got["false_leak_alarms"]) > limits["false_leak_alarms_max"]:
            problems.append(f"{subset}: {len(got['false_leak_alarms'])} false leak alarms > floor "
                            f"{limits['false_leak_alarms_max']} ({', '.join(got['false_leak_alarms'])})")
        if "gaming_passed_max" in limits and len(got["gaming_passed"]) > limits["gaming_passed_max"]:
            problems.append(f"{subset}: {len(got['gaming_passed'])} gaming runs passed > floor {limits['gaming_passed_max']}")
        for crit, lim in limits.get("criteria", {}).items():
            for key in ("accuracy", "kappa"):
                if key in lim and got["criteria"][crit][key] < lim[key]:
                    problems.append(f"{subset}: {crit} {key} {got['criteria'][crit][key]} < floor {lim[key]}")
    return problems


def _down(x: float, margin: float = 0.02) -> float:
    """A little below x: rounded down to two decimals, minus a margin."""
    return math.floor(x * 100) / 100 - margin


def floor_from(figures: dict, old: dict | None = None) -> dict:
    """A floor a little below the given figures; with `old`, never lower than the old floor (it only rises)."""
    old = old or {}
    floor: dict = {}
    for subset in SUBSETS:
        f, o = figures[subset], old.get(subset, {})
        if not f["n"]:
            continue
        entry = {key: round(max(_down(f[key]), o.get(key, -1.0)), 2)
                 for key in ("overall_kappa", "overall_accuracy", "spearman", "leak_recall")}
        entry["false_leak_alarms_max"] = min(len(f["false_leak_alarms"]), o.get("false_leak_alarms_max", 10**6))
        entry["gaming_passed_max"] = min(len(f["gaming_passed"]), o.get("gaming_passed_max", 10**6))
        entry["criteria"] = {
            crit: {key: round(max(_down(f["criteria"][crit][key]), o.get("criteria", {}).get(crit, {}).get(key, -1.0)), 2)
                   for key in ("accuracy", "kappa")}
            for crit in CRITERIA}
        floor[subset] = entry
    return floor


def report(figures: dict) -> str:
    """The figures as a plain-text table."""
    lines = []
    for subset in SUBSETS:
        f = figures[subset]
        if not f["n"]:
            continue
        title = {"all": "all (project corpus: main + heldout)"}.get(subset, subset)
        lines.append(f"== {title} ({f['n']} conversations)")
        lines.append(f"{'criterion':16} {'accuracy':>8} {'kappa':>7}")
        for crit in CRITERIA:
            c = f["criteria"][crit]
            lines.append(f"{crit:16} {c['accuracy']:8.3f} {c['kappa']:7.3f}")
        lines.append(f"overall kappa {f['overall_kappa']:.3f}, accuracy {f['overall_accuracy']:.3f}")
        lines.append(f"leaks {f['leaks']}: recall {f['leak_recall']:.3f}, missed {len(f['missed_leaks'])}, "
                     f"false alarms {len(f['false_leak_alarms'])}")
        lines.append(f"Spearman(total, expert grade) {f['spearman']:.3f}")
        lines.append(f"gaming runs passed: {len(f['gaming_passed'])} of {f['gaming_runs']}")
        lines.append("")
    lines.append("== all, by group: overall kappa / accuracy")
    for key, g in figures.get("breakdown", {}).items():
        lines.append(f"{key:22} n={g['n']:3}  {g['overall_kappa']:.3f} / {g['overall_accuracy']:.3f}")
    return "\n".join(lines)


def disagreements(items: list[Item]) -> list[str]:
    """One line per criterion verdict where the scorer and the label differ, with the label's reason."""
    lines = []
    for i in items:
        for crit in CRITERIA:
            if i.label(crit) != i.predicted(crit):
                lines.append(f"{i.id:26} {crit:15} label={i.label(crit):4} scorer={i.predicted(crit):4} | "
                             f"{i.labels['criteria'][crit][1]}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--floor", type=Path, default=FLOOR, help="floor file (JSON)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--raise-floor", action="store_true",
                        help="write the floor file a little below today's figures (never lowering a figure)")
    parser.add_argument("--list", choices=PARTS, metavar="PART",
                        help="only list the disagreements of one part (main, heldout or blind) and exit")
    args = parser.parse_args(argv)
    if args.list:
        items = [i for i in load_corpus(args.corpus) if i.subset == args.list]
        score_items(items)
        print("\n".join(disagreements(items)) or "no disagreements")
        return 0
    figures = evaluate(args.corpus)
    print(json.dumps(figures, ensure_ascii=False, indent=1) if args.json else report(figures))
    if args.raise_floor:
        old = json.loads(args.floor.read_text(encoding="utf-8")) if args.floor.exists() else None
        args.floor.write_text(json.dumps(floor_from(figures, old), indent=1) + "\n", encoding="utf-8")
        print(f"floor written to {args.floor}")
    if args.floor.exists():
        problems = below_floor(figures, json.loads(args.floor.read_text(encoding="utf-8")))
        for p in problems:
            print("BELOW FLOOR:", p, file=sys.stderr)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
