"""Cold start of the scorer: one `trainer score`, steady-state throughput, the app's first chat turn.

Everything runs in child processes, in one run, next to the floor `python -c "import yaml"`:

- `trainer score` on one transcript: wall time and peak RSS of the child (os.wait4), median and
  max of --repeat runs; with the compiled lexicon (default), with simplemma's in-RAM dictionaries
  (TRAINER_LEXICON_BACKEND=memory, the lexicon as it was) and, with --baseline DIR, with the code
  of another checkout (e.g. the main branch before this change). Targets: <= 1 s, <= 200 MB.
- what the pieces cost alone: importing simplemma, loading pymorphy3's MorphAnalyzer.
- steady-state throughput on one core (the child pins itself to one CPU): --n generated transcripts
  (benchmarks/scoring.py's generator), load + score and score only, after a warm-up pass; the
  verdicts are hashed and compared between the compiled and the in-RAM lexicon (and --baseline's code).
  Target >= 1,000/s. Also the hand-written corpus (tests/corpus) scored once, as sentences no cache has
  seen yet (what a new conversation costs), and then again.
  Where the time goes: the top functions of a profile of the score-only loop.
- the app: a fresh process (a server start) through streamlit's AppTest: first page, login,
  opening a scenario, the first chat turn (a fragment rerun, as the browser does). Target <= 0.5 s.

    python benchmarks/cold_start.py [--repeat 5] [--n 1000] [--baseline /work/main] [--no-app]

The compiled lexicon is built first if it is missing (reported apart: once per simplemma version).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSCRIPT = "tests/transcripts/et-phone-exemplary.yaml"


def run_child(args: list[str], env: dict | None = None, cwd: Path = ROOT) -> tuple[float, float, str]:
    """(wall seconds, 0, stdout) of one child process (its output is what we want, not its RSS)."""
    t0 = time.perf_counter()
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args[:3])} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return wall, 0.0, done.stdout


_cpu = [0.0]  # CPU seconds (user + sys) of the last run_measured child


def run_measured(args: list[str], env: dict | None = None, cwd: Path = ROOT) -> tuple[float, float, str]:
    """Like run_child, but reaps the child with os.wait4 to read its own peak RSS."""
    out_file = tempfile.TemporaryFile(mode="w+")
    err_file = tempfile.TemporaryFile(mode="w+")
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=out_file, stderr=err_file, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    out_file.seek(0)
    err_file.seek(0)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}):\n{err_file.read()[-3000:]}")
    _cpu[0] = usage.ru_utime + usage.ru_stime
    return wall, usage.ru_maxrss / 1024, out_file.read()


def env_with(**extra: str) -> dict:
    env = dict(os.environ)
    env.pop("TRAINER_TEXT_LOW_MEMORY", None)
    env.update(extra)
    return env


def repeat(label: str, args: list[str], n: int, env: dict | None = None, cwd: Path = ROOT) -> dict:
    walls, rsss, cpus = [], [], []
    for _ in range(n):
        wall, rss, _ = run_measured(args, env, cwd)
        walls.append(wall)
        rsss.append(rss)
        cpus.append(_cpu[0])
    row = {"label": label, "wall": statistics.median(walls), "wall_max": max(walls), "rss": max(rsss),
           "cpu": statistics.median(cpus)}
    print(f"  {label:<48} {row['wall']:6.2f} s (max {row['wall_max']:5.2f})  cpu {row['cpu']:5.2f} s  "
          f"{row['rss']:5.0f} MB", flush=True)
    return row


THROUGHPUT = r"""
import cProfile, hashlib, io, json, os, pstats, sys, tempfile, time
from pathlib import Path
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[-1]})   # one core
sys.path.insert(0, "benchmarks")
from scoring import generate
from trainer.simulation.library import Library, scoring_settings
from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import load_transcript

n = int(sys.argv[1])
settings = scoring_settings()
rubric = Library.load().rubrics["call-model"]
with tempfile.TemporaryDirectory() as tmp:
    paths = generate(n, 7, Path(tmp))
    t0 = time.perf_counter()
    for p in paths[:50]:
        score_transcript(load_transcript(p), rubric, settings)
    warm = time.perf_counter() - t0
    # the hand-written corpus: sentences these caches have not seen (a first pass), then scored again
    corpus = [load_transcript(p) for p in sorted(Path("tests/corpus").glob("*/*.yaml"))
              if not p.name.endswith(".labels.yaml")]
    t0 = time.perf_counter()
    for t in corpus:
        score_transcript(t, rubric, settings)
    corpus_first = time.perf_counter() - t0
    t0 = time.perf_counter()
    for t in corpus:
        score_transcript(t, rubric, settings)
    corpus_again = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    transcripts = [load_transcript(p) for p in paths]
    load, load_cpu = time.perf_counter() - t0, time.process_time() - c0
    t0, c0 = time.perf_counter(), time.process_time()
    results = [score_transcript(t, rubric, settings) for t in transcripts]
    score, score_cpu = time.perf_counter() - t0, time.process_time() - c0
verdicts = [[r["passed"], r["score"], [(c["id"], c["result"]) for c in r["criteria"]]] for r in results]
prof = cProfile.Profile()
prof.enable()
for t in transcripts[:300]:
    score_transcript(t, rubric, settings)
prof.disable()
buf = io.StringIO()
stats = pstats.Stats(prof, stream=buf)
total = sum(v[2] for v in stats.stats.values())
by_file = {}
for (file, line, fn), (cc, nc, tt, ct, callers) in stats.stats.items():
    key = file.replace(os.getcwd() + "/", "").split("site-packages/")[-1]
    by_file[key] = by_file.get(key, 0.0) + tt
top = sorted(by_file.items(), key=lambda kv: -kv[1])[:8]
print(json.dumps({"n": n, "warm": warm, "corpus": len(corpus), "corpus_first": corpus_first,
                  "corpus_again": corpus_again, "load": load, "score": score, "load_cpu": load_cpu, "score_cpu": score_cpu, "passed": sum(v[0] for v in verdicts),
                  "verdicts": hashlib.sha256(json.dumps(verdicts).encode()).hexdigest()[:16],
                  "where": [(k, v / total) for k, v in top]}))
"""

APP = r"""
import json, os, sys, tempfile, time
t_start = time.perf_counter()
os.environ["TRAINER_DATA_DIR"] = tempfile.mkdtemp(prefix="trainer-cold-")
os.environ.pop("TRAINER_DATABASE_URL", None)
from trainer.app import testing as apptest
from trainer.simulation.library import load_library
apptest.seed_users({"cold": "trainee"})
apptest.enable_fragment_reruns()
sid = "pension-late-et"
answers = next(e for e in load_library().get(sid).examples if e.kind == "exemplary").answers
# the server starts here: everything above is set-up (a store with a user), not the app
t0 = time.perf_counter()
at = apptest.new_app().run()
t1 = time.perf_counter()
apptest.login(at, "cold")
t2 = time.perf_counter()
at.button(key=f"practice_{sid}").click().run()
t3 = time.perf_counter()
at.chat_input(key="reply").set_value(answers[0])
apptest.rerun_fragment(at)
t4 = time.perf_counter()
assert not at.exception, at.exception
assert answers[0] in [e.value for e in at.text], "the reply is not shown"
at.chat_input(key="reply").set_value(answers[1])
apptest.rerun_fragment(at)
t5 = time.perf_counter()
print(json.dumps({"first_page": t1 - t0, "login": t2 - t1, "open_scenario": t3 - t2, "first_turn": t4 - t3,
                  "second_turn": t5 - t4}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per cold-start figure")
    parser.add_argument("--n", type=int, default=1000, help="transcripts for the throughput figure")
    parser.add_argument("--baseline", type=Path, help="another checkout to compare with (its code, same run)")
    parser.add_argument("--no-app", action="store_true", help="skip the app figures (streamlit)")
    args = parser.parse_args()
    py = sys.executable
    env = env_with(PYTHONPATH=str(ROOT), TRAINER_LEXICON_BACKEND="compiled")
    env_memory = env_with(PYTHONPATH=str(ROOT), TRAINER_LEXICON_BACKEND="memory")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; python {sys.version.split()[0]}")

    wall, _, out = run_child([py, "-m", "trainer.text.lexicon_store"], env)
    print(f"compiled lexicon ready in {wall:.1f} s (a build happens once per simplemma version):")
    print("  " + out.strip().replace("\n", "\n  "))

    print(f"\ncold start, one process each (median of {args.repeat} runs: wall, CPU user+sys; peak RSS of the child)")
    floor = repeat('floor: python -c "import yaml"', [py, "-c", "import yaml"], args.repeat, env)
    # the console script's entry point (works for trainer/cli.py and for a trainer/cli/ package)
    score_cmd = [py, "-c", "import sys; from trainer.cli import main; sys.argv[0] = 'trainer'; main()", "score", TRANSCRIPT]
    rows = [repeat("trainer score, compiled lexicon", score_cmd, args.repeat, env)]
    rows.append(repeat("trainer score, in-RAM simplemma dicts (before)", score_cmd, max(1, args.repeat // 2), env_memory))
    if args.baseline:
        base_env = env_with(PYTHONPATH=str(args.baseline.resolve()))
        rows.append(repeat(f"trainer score, code of {args.baseline}", score_cmd, max(1, args.repeat // 2), base_env,
                           cwd=args.baseline.resolve()))
    repeat("import simplemma", [py, "-c", "import simplemma"], args.repeat, env)
    repeat("pymorphy3.MorphAnalyzer() (Russian tags)", [py, "-c", "import pymorphy3; pymorphy3.MorphAnalyzer()"],
           args.repeat, env)
    compiled = rows[0]
    ok_wall, ok_rss = compiled["wall"] <= 1.0, compiled["rss"] <= 200
    print(f"  target <= 1 s and <= 200 MB: {compiled['wall']:.2f} s {'met' if ok_wall else 'NOT met'}, "
          f"{compiled['rss']:.0f} MB {'met' if ok_rss else 'NOT met'}; above the floor: "
          f"+{compiled['wall'] - floor['wall']:.2f} s, +{compiled['rss'] - floor['rss']:.0f} MB")

    print(f"\nsteady-state throughput, one core, {args.n} generated transcripts (10-20 turns, et and ru)")
    figures = {}
    runs = [("compiled lexicon", env, ROOT), ("in-RAM dicts", env_memory, ROOT)]
    if args.baseline:
        runs.append((f"code of {args.baseline}", env_with(PYTHONPATH=str(args.baseline.resolve()),
                                                          TRAINER_LEXICON_BACKEND="compiled"), args.baseline.resolve()))
    for label, e, cwd in runs:
        _, _, out = run_child([py, "-c", THROUGHPUT, str(args.n)], e, cwd)
        fig = json.loads(out)
        figures[label] = fig
        n = fig["n"]
        print(f"  {label:<18} load + score {n / (fig['load'] + fig['score']):5.0f}/s   score only "
              f"{n / fig['score']:5.0f}/s   load only {n / fig['load']:5.0f}/s   (per CPU second: "
              f"{n / (fig['load_cpu'] + fig['score_cpu']):5.0f}/s, {n / fig['score_cpu']:5.0f}/s, "
              f"{n / fig['load_cpu']:5.0f}/s)   warm-up (50) {fig['warm']:.2f} s   passed {fig['passed']}   "
              f"verdicts {fig['verdicts']}")
        print(f"  {'':<18} hand-written corpus ({fig['corpus']} conversations): first pass "
              f"{fig['corpus']/fig['corpus_first']:5.0f}/s (sentences no cache has seen), scored again "
              f"{fig['corpus']/fig['corpus_again']:5.0f}/s")
    same = len({f["verdicts"] for f in figures.values()}) == 1
    fig = figures["compiled lexicon"]
    rate, cpu_rate = fig["n"] / fig["score"], fig["n"] / fig["score_cpu"]
    print(f"  same verdicts: {'yes' if same else 'NO'}; target >= 1,000/s: score only {rate:.0f}/s wall "
          f"{'met' if rate >= 1000 else 'NOT met'}, {cpu_rate:.0f}/s per CPU second "
          f"{'met' if cpu_rate >= 1000 else 'NOT met'}")
    print("  where the score-only time goes (share of self time, by file):")
    for file, share in fig["where"]:
        print(f"    {100 * share:5.1f} %  {file}")

    if not args.no_app:
        print("\napp after a server start (fresh process, streamlit AppTest, fragment rerun for a chat turn)")
        for label, e in (("compiled lexicon", env), ("in-RAM dicts", env_memory)):
            _, _, out = run_child([py, "-c", APP], e)
            app = json.loads(out)
            print(f"  {label:<18} first page {app['first_page']:.2f} s   login {app['login']:.2f} s   open scenario "
                  f"{app['open_scenario']:.2f} s   first chat turn {app['first_turn']:.2f} s   "
                  f"second {app['second_turn']:.2f} s")
            if label == "compiled lexicon":
                first = app["first_turn"]
        print(f"  target first chat turn <= 0.5 s: {first:.2f} s {'met' if first <= 0.5 else 'NOT met'}")


if __name__ == "__main__":
    main()
