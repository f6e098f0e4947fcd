"""Benchmark: the lead's readiness matrix and one trainee's progress page data at scale.

200 trainees x 100 finished attempts (~20,000 attempts, ~200,000 criterion rows), bulk-inserted
straight into the store's tables (an org, a cohort, a lead, the trainees; attempts spread over 10
weeks, criteria of the call-model rubric plus one content criterion, a few overrides), on SQLite and,
when reachable, PostgreSQL (``TRAINER_BENCH_POSTGRES_URL``, default the test server; a fresh schema
dropped afterwards; ANALYZE after each bulk load, as autovacuum would). Measured at 25 %, 50 % and
100 % of the attempts to show the growth; each figure is the best of ``--repeat`` runs.

    .venv/bin/python benchmarks/readiness.py [--trainees 200] [--attempts 100] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import create_engine, insert, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from trainer.onboarding.progress import progress_data, what_next  # noqa: E402
from trainer.onboarding.readiness import readiness_report, rule_from_config  # noqa: E402
from trainer.simulation.library import load_library  # noqa: E402
from trainer.storage import open_store  # noqa: E402
from trainer.storage.models import Attempt, Cohort, CriterionResult, Organisation, Override, User  # noqa: E402

TODAY = dt.date(2026, 11, 27)
PG_DEFAULT = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def populate_people(store, n_trainees: int) -> tuple[int, list[int]]:
    """An organisation, a cohort, a lead and ``n_trainees`` trainees; returns (lead id, trainee ids)."""
    now = dt.datetime(2026, 9, 1, tzinfo=dt.UTC)
    pw = store.hasher.hash("benchmark-password")
    with store.engine.begin() as conn:
        org = conn.execute(insert(Organisation).values(name="Bench", created_at=now).returning(Organisation.id)).scalar()
        cohort = conn.execute(insert(Cohort).values(name="B", org_id=org, created_at=now).returning(Cohort.id)).scalar()
        common = dict(password_hash=pw, disabled=False, failed_logins=0, org_id=org, created_at=now, language="et")
        lead = conn.execute(insert(User).values(username="lead", display_name="Lead", role="lead", **common)
                            .returning(User.id)).scalar()
        rows = [dict(username=f"t{i:04d}", display_name=f"Trainee {i}", role="trainee", cohort_id=cohort,
                     start_date=dt.date(2026, 9, 14), target_date=dt.date(2026, 11, 30) + dt.timedelta(days=i % 30),
                     **common) for i in range(n_trainees)]
        conn.execute(insert(User), rows)
        ids = [r[0] for r in conn.execute(text("SELECT id FROM users WHERE role = 'trainee' ORDER BY id"))]
    return lead, ids


def populate_attempts(store, library, trainees: list[int], lead: int, first: int, last: int, total: int,
                      rng: random.Random) -> int:
    """Attempts number ``first``..``last - 1`` (of ``total``) of every trainee, with their criteria."""
    scenarios = sorted(library.scenarios.values(), key=lambda s: s.id)
    rubric = library.rubrics.get("call-model") or next(iter(library.rubrics.values()))
    base = [(c.id, c.points, c.critical, list(c.competencies)) for c in rubric.criteria]
    start = dt.datetime(2026, 9, 14, 9, tzinfo=dt.UTC)
    attempts, n = [], 0
    for uid in trainees:
        for k in range(first, last):
            s = scenarios[(uid + k) % len(scenarios)]
            at = start + dt.timedelta(minutes=int(k * 70 * 24 * 60 / total) + rng.randrange(600))
            attempts.append(dict(user_id=uid, scenario_id=s.id, scenario_version=str(s.version), seed=k,
                                 mode="test" if k % 2 else "practice", language=s.language, channel=s.channel,
                                 status="finished", started_at=at, finished_at=at + dt.timedelta(minutes=6),
                                 rubric_id="call-model", rubric_version="1"))
    with store.engine.begin() as conn:
        ids = [r[0] for r in conn.execute(insert(Attempt).returning(Attempt.id, sort_by_parameter_order=True),
                                          attempts)]
        crit, overrides, updates = [], [], []
        for aid, a in zip(ids, attempts, strict=True):
            p_good = 0.55 + 0.4 * (a["seed"] / total)
            got = mx = 0.0
            critical_failed = False
            for cid, pts, critical, comps in [*base, ("content", 20.0, False, ["expertise"])]:
                ok = rng.random() < (0.97 if critical else p_good + 0.1)
                critical_failed |= critical and not ok
                crit.append(dict(attempt_id=aid, criterion_id=cid, result="pass" if ok else "fail",
                                 points=pts if ok else 0.0, max_points=pts, critical=critical, competencies=comps))
                got, mx = got + (pts if ok else 0.0), mx + pts
                if not ok and not critical and rng.random() < 0.02:
                    overrides.append(dict(attempt_id=aid, criterion_id=cid, author_id=lead, new_result="pass",
                                          reason="bench", created_at=a["finished_at"]))
            score = 0.0 if critical_failed else round(100 * got / mx, 1)
            updates.append(dict(aid=aid, score=score, passed=score >= 80, cf=critical_failed))
            n += 1
        conn.execute(insert(CriterionResult), crit)
        if overrides:
            conn.execute(insert(Override), overrides)
        conn.execute(text("UPDATE attempts SET score = :score, passed = :passed, critical_failed = :cf "
                          "WHERE id = :aid"), updates)
    return n


def timed(fn, repeat: int) -> float:
    """Best of ``repeat`` wall-clock runs, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def run(url: str, label: str, n_trainees: int, n_attempts: int, repeat: int) -> list[tuple]:
    """Populate in three steps and time the two views after each; returns result rows."""
    lib = load_library()
    store = open_store(url)
    rng = random.Random(42)
    rule = rule_from_config({}, lib)
    lead_id, trainees = populate_people(store, n_trainees)
    lead = store.get_user(store.system_actor(), lead_id)
    one = trainees[len(trainees) // 2]
    out, done = [], 0
    for share in (0.25, 0.5, 1.0):
        upto = int(n_attempts * share)
        t = time.perf_counter()
        populate_attempts(store, lib, trainees, lead_id, done, upto, n_attempts, rng)
        load_s = time.perf_counter() - t
        if store.engine.dialect.name == "postgresql":  # what autovacuum would do after a bulk load
            with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text("ANALYZE"))
        done = upto
        with store.engine.connect() as conn:
            n_att = conn.execute(text("SELECT count(*) FROM attempts")).scalar()
            n_crit = conn.execute(text("SELECT count(*) FROM criterion_results")).scalar()
        matrix_s = timed(lambda: readiness_report(store, lead, lib, rule, TODAY), repeat)
        progress_s = timed(lambda: what_next(store, lead, one, lib, TODAY, progress_data(store, lead, one, lib)),
                           repeat)
        out.append((label, f"{share:.0%}", n_att, n_crit, load_s, matrix_s, progress_s))
        print(f"{label:<10} {share:>5.0%} {n_att:>7} attempts {n_crit:>8} criteria | insert {load_s:6.2f} s | "
              f"readiness matrix {matrix_s:6.3f} s | trainee progress {progress_s:6.3f} s", flush=True)
    store.close()
    return out


def main() -> None:
    """Run on SQLite, then PostgreSQL when reachable."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trainees", type=int, default=200)
    ap.add_argument("--attempts", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-postgres", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        run(f"sqlite:///{tmp}/bench.db", "sqlite", args.trainees, args.attempts, args.repeat)
    pg = os.environ.get("TRAINER_BENCH_POSTGRES_URL") or os.environ.get("TRAINER_TEST_POSTGRES_URL") or PG_DEFAULT
    if args.no_postgres:
        return
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    try:
        admin = create_engine(pg, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as exc:  # noqa: BLE001 - PostgreSQL is optional here
        print(f"postgresql not reachable ({type(exc).__name__}); skipped")
        return
    try:
        url = make_url(pg).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(False)
        run(url, "postgresql", args.trainees, args.attempts, args.repeat)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


if __name__ == "__main__":
    main()
