"""Readiness: is a trainee ready to take real calls? The rule, its evaluation and the lead's views.

The rule comes from ``trainer.yaml`` (``readiness:``, see docs/readiness.md); :func:`rule_from_config`
fills the defaults (every topic of the library, >= 80 in 2 of the last 3 test attempts per topic, no
critical failure in the last 5 attempts, >= 2 attempts in each channel and language). Scores are the
*effective* ones: a mentor's override of a criterion counts (see :func:`attempt_frame`).
No streamlit here; the pages and the CLI only render what these functions return.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from dataclasses import asdict, dataclass, field
from typing import Any

import pandas as pd

from .config import settings

STATUSES = ("ready", "on_track", "behind")
ATTEMPT_COLUMNS = ["attempt_id", "user_id", "username", "cohort_id", "scenario_id", "topic", "mode", "language",
                   "channel", "finished_at", "score", "automatic_score", "critical_failed", "passed"]


@dataclass(frozen=True)
class Rule:
    """A resolved readiness rule (topics known, defaults filled)."""

    topics: tuple[str, ...]
    pass_score: float = 80.0
    passes_required: int = 2
    window: int = 3
    mode: str | None = "test"
    critical_window: int = 5
    min_per_channel: dict[str, int] = field(default_factory=dict)
    min_per_language: dict[str, int] = field(default_factory=dict)
    target_weeks: int = 8
    behind_margin: float = 0.15

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return asdict(self)


def rule_from_config(config: dict[str, Any] | None = None, library: Any = None) -> Rule:
    """Build the rule from a ``readiness:`` mapping (default: ``settings().readiness``).

    Keys: ``topics`` (list or ``all``), ``pass_score``, ``passes_required``, ``window``, ``mode``
    (``test``, ``practice`` or ``any``), ``critical_window``, ``min_attempts`` (default for every
    channel and language), ``channels`` / ``languages`` ({name: minimum} or a list of names),
    ``target_weeks`` (when a trainee has no target date), ``behind_margin``.
    """
    cfg = dict(settings().readiness if config is None else config)
    scenarios = list(getattr(library, "scenarios", {}).values()) if library is not None else []
    topics = cfg.get("topics", "all")
    if topics in (None, "all"):
        topics = sorted({s.topic for s in scenarios})
    elif isinstance(topics, str):
        topics = [topics]
    in_topics = [s for s in scenarios if s.topic in topics]
    minimum = int(cfg.get("min_attempts", 2))

    def minimums(key: str, present: set[str]) -> dict[str, int]:
        value = cfg.get(key)
        if value is None:
            return {name: minimum for name in sorted(present)}
        if isinstance(value, dict):
            return {str(k): int(v) for k, v in value.items()}
        return {str(name): minimum for name in value}

    mode = cfg.get("mode", "test")
    return Rule(
        topics=tuple(str(t) for t in topics),
        pass_score=float(cfg.get("pass_score", 80)),
        passes_required=int(cfg.get("passes_required", 2)),
        window=int(cfg.get("window", 3)),
        mode=None if mode in (None, "any") else str(mode),
        critical_window=int(cfg.get("critical_window", 5)),
        min_per_channel=minimums("channels", {s.channel for s in in_topics}),
        min_per_language=minimums("languages", {s.language for s in in_topics}),
        target_weeks=int(cfg.get("target_weeks", 8)),
        behind_margin=float(cfg.get("behind_margin", 0.15)),
    )


_WORDS = {
    "et": {"topics": "Iga nõutud teema ({topics}): vähemalt {k} viimasest {n} {mode}katsest tulemusega vähemalt {score}.",
           "critical": "Viimases {n} katses ei ole ühtki kriitilist viga (nt andmekaitse).",
           "channel": "Kanalis „{name}“ vähemalt {n} katset.", "language": "Keeles „{name}“ vähemalt {n} katset.",
           "test": "test", "any": "", "target": "Kui sihtkuupäeva pole, on sihiks {weeks} nädalat algusest."},
    "ru": {"topics": "По каждой обязательной теме ({topics}): не менее {k} из последних {n} попыток{mode} с результатом не ниже {score}.",
           "critical": "В последних {n} попытках нет ни одной критической ошибки (напр. защита данных).",
           "channel": "В канале «{name}» не менее {n} попыток.", "language": "На языке «{name}» не менее {n} попыток.",
           "test": " в режиме теста", "any": "", "target": "Если целевая дата не задана, цель — {weeks} недель с начала."},
    "en": {"topics": "Every required topic ({topics}): at least {k} of the last {n} {mode}attempts scored {score} or more.",
           "critical": "No critical failure (e.g. data protection) in the last {n} attempts.",
           "channel": "At least {n} attempts in the {name} channel.", "language": "At least {n} attempts in {name}.",
           "test": "test ", "any": "", "target": "Without a target date the target is {weeks} weeks after the start."},
}  # fmt: skip


def describe_rule(rule: Rule, lang: str = "et") -> list[str]:
    """The rule in words, one sentence per requirement (``et``, ``ru`` or ``en``)."""
    w = _WORDS.get(lang, _WORDS["et"])
    mode = w["test"] if rule.mode == "test" else w["any"] if rule.mode is None else f"{rule.mode} "
    lines = [w["topics"].format(topics=", ".join(rule.topics), k=rule.passes_required, n=rule.window,
                                mode=mode, score=f"{rule.pass_score:g}"),
             w["critical"].format(n=rule.critical_window)]
    lines += [w["channel"].format(name=c, n=n) for c, n in rule.min_per_channel.items()]
    lines += [w["language"].format(name=lg, n=n) for lg, n in rule.min_per_language.items()]
    lines.append(w["target"].format(weeks=rule.target_weeks))
    return lines


# -- data --------------------------------------------------------------------------------------------

def topic_map(library: Any) -> dict[str, str]:
    """scenario id -> topic for every loaded scenario."""
    return {sid: s.topic for sid, s in getattr(library, "scenarios", {}).items()}


def attempt_frame(criterion_rows: list[dict[str, Any]], topics: dict[str, str]) -> pd.DataFrame:
    """One row per finished attempt with the *effective* score (overrides applied, 0 after a critical
    failure, as the scorer does) and the scenario's topic. ``automatic_score`` and ``passed`` are the
    scorer's own values. Columns: :data:`ATTEMPT_COLUMNS`."""
    if not criterion_rows:
        return pd.DataFrame(columns=ATTEMPT_COLUMNS)
    df = pd.DataFrame(criterion_rows)
    df["crit_fail"] = df["critical"] & (df["result"] == "fail")
    keys = ["attempt_id", "user_id", "username", "cohort_id", "scenario_id", "mode", "language", "channel",
            "finished_at"]
    g = df.groupby("attempt_id", sort=False)
    out = g[keys].first().reset_index(drop=True)
    agg = g.agg(points=("points", "sum"), max_points=("max_points", "sum"), critical_failed=("crit_fail", "any"),
                automatic_score=("score", "first"), passed=("passed", "first")).reset_index(drop=True)
    out = pd.concat([out, agg], axis=1)
    ratio = (100.0 * out["points"] / out["max_points"].where(out["max_points"] > 0)).fillna(0.0).round(1)
    out["score"] = ratio.where(~out["critical_failed"], 0.0)
    out["topic"] = out["scenario_id"].map(topics)
    out["finished_at"] = pd.to_datetime(out["finished_at"], utc=True)
    return out[ATTEMPT_COLUMNS].sort_values(["finished_at", "attempt_id"], kind="stable").reset_index(drop=True)


def load_attempts(store: Any, actor: Any, library: Any, user_ids: list[int] | None = None,
                  since: dt.datetime | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(criterion rows, effective attempt frame) of the users the actor may read, in one query."""
    rows = store.criterion_rows(actor, user_ids=user_ids, since=since)
    return pd.DataFrame(rows), attempt_frame(rows, topic_map(library))


# -- evaluation --------------------------------------------------------------------------------------

@dataclass
class Evaluation:
    """Result of :func:`evaluate_user`."""

    status: str
    topics: dict[str, dict[str, Any]]
    channels: dict[str, int]
    languages: dict[str, int]
    critical_recent: list[int]
    missing: list[dict[str, Any]]
    progress: float
    expected: float | None
    target_date: dt.date | None
    days_to_target: int | None
    ready_since: dt.date | None
    first_ready: dt.date | None
    attempts: int

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form (dates as ISO strings)."""
        d = asdict(self)
        for k in ("target_date", "ready_since", "first_ready"):
            d[k] = None if d[k] is None else d[k].isoformat()
        return d


def _records(rows: Any) -> list[dict[str, Any]]:
    if isinstance(rows, pd.DataFrame):
        return rows.to_dict("records")
    return list(rows or [])


def _day(value: Any) -> dt.date:
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    return value.date() if isinstance(value, dt.datetime) else value


def evaluate_user(rows: Any, rule: Rule, today: dt.date, start_date: dt.date | None = None,
                  target_date: dt.date | None = None) -> Evaluation:
    """Evaluate one trainee's attempts (rows of :func:`attempt_frame`, oldest first, or any rows with
    topic / mode / channel / language / score / critical_failed / finished_at).

    Status: ``ready`` when every requirement holds; otherwise ``behind`` when the target date has
    passed or the share of requirements met lags the share of time used by more than
    ``rule.behind_margin``; else ``on_track``. The target is the trainee's ``target_date``, else
    ``rule.target_weeks`` after ``start_date`` (default: first attempt, or today).
    """
    recs = sorted(_records(rows), key=lambda r: (r["finished_at"], r.get("attempt_id", 0)))
    recent: dict[str, deque] = {t: deque(maxlen=rule.window) for t in rule.topics}
    tried = dict.fromkeys(rule.topics, 0)
    crit: deque = deque(maxlen=rule.critical_window)
    channels = dict.fromkeys(rule.min_per_channel, 0)
    languages = dict.fromkeys(rule.min_per_language, 0)
    first_ready = ready_since = None

    def met() -> tuple[int, list[dict[str, Any]]]:
        missing = []
        for t in rule.topics:
            good = sum(1 for s in recent[t] if s >= rule.pass_score)
            if good < rule.passes_required:
                missing.append({"kind": "topic", "name": t, "have": good, "need": rule.passes_required})
        bad = [a for a, c in crit if c]
        if bad:
            missing.append({"kind": "critical", "name": "critical", "have": len(bad), "need": 0, "attempts": bad})
        for kind, have, need in (("channel", channels, rule.min_per_channel),
                                 ("language", languages, rule.min_per_language)):
            missing += [{"kind": kind, "name": k, "have": have.get(k, 0), "need": n}
                        for k, n in need.items() if have.get(k, 0) < n]
        return len(missing), missing

    for r in recs:
        topic = r.get("topic")
        if topic in recent and (rule.mode is None or r.get("mode") == rule.mode):
            recent[topic].append(float(r["score"] or 0.0))
        if topic in tried:
            tried[topic] += 1
        crit.append((r.get("attempt_id"), bool(r.get("critical_failed"))))
        if r.get("channel") in channels:
            channels[r["channel"]] += 1
        if r.get("language") in languages:
            languages[r["language"]] += 1
        n_missing, _ = met()
        if n_missing == 0:
            first_ready = first_ready or _day(r["finished_at"])
            ready_since = ready_since or _day(r["finished_at"])
        else:
            ready_since = None
    _, missing = met()
    total = len(rule.topics) + 1 + len(rule.min_per_channel) + len(rule.min_per_language)
    progress = round((total - len(missing)) / total, 3) if total else 1.0
    topics = {}
    for t in rule.topics:
        good = sum(1 for s in recent[t] if s >= rule.pass_score)
        state = "passed" if good >= rule.passes_required else "in_progress" if tried[t] else "not_started"
        topics[t] = {"status": state, "passes": good, "recent": list(recent[t]), "attempts": tried[t]}
    start = start_date or (_day(recs[0]["finished_at"]) if recs else today)
    target = target_date or start + dt.timedelta(weeks=rule.target_weeks)
    days = (target - today).days
    expected = None
    if not missing:
        status = "ready"
    elif days < 0:
        status = "behind"
    else:
        span = max((target - start).days, 1)
        expected = round(min(max((today - start).days / span, 0.0), 1.0), 3)
        status = "behind" if progress + rule.behind_margin < expected else "on_track"
    return Evaluation(status, topics, channels, languages, [a for a, c in crit if c], missing, progress,
                      expected, target, days, ready_since, first_ready, len(recs))


# -- the lead's views --------------------------------------------------------------------------------

@dataclass
class Report:
    """Everything the lead page shows, computed from one load of the data."""

    rule: Rule
    today: dt.date
    users: list[Any]
    criteria: pd.DataFrame
    attempts: pd.DataFrame
    evaluations: dict[int, Evaluation]
    matrix: pd.DataFrame


def readiness_report(store: Any, actor: Any, library: Any, rule: Rule | None = None,
                     today: dt.date | None = None, cohort_id: int | None = None) -> Report:
    """Load the actor's visible trainees' attempts once and evaluate every trainee."""
    rule = rule or rule_from_config(None, library)
    today = today or dt.date.today()
    users = [u for u in store.list_users(actor, role="trainee") if not u.disabled
             and (cohort_id is None or u.cohort_id == cohort_id)]
    ids = [u.id for u in users]
    crit, att = load_attempts(store, actor, library, user_ids=ids)
    groups = {uid: g for uid, g in att.groupby("user_id", sort=False)} if len(att) else {}
    evals = {u.id: evaluate_user(groups.get(u.id, att.iloc[0:0]), rule, today, u.start_date, u.target_date)
             for u in users}
    return Report(rule, today, users, crit, att, evals, _matrix(users, evals, rule))


def _matrix(users: list[Any], evals: dict[int, Evaluation], rule: Rule) -> pd.DataFrame:
    rows = []
    for u in users:
        ev = evals[u.id]
        row: dict[str, Any] = {"user_id": u.id, "username": u.username, "name": u.display_name,
                               "cohort_id": u.cohort_id, "status": ev.status, "progress": ev.progress,
                               "target_date": ev.target_date, "days_to_target": ev.days_to_target,
                               "attempts": ev.attempts, "critical_recent": len(ev.critical_recent)}
        row.update({f"topic:{t}": ev.topics[t]["status"] for t in rule.topics})
        row.update({f"channel:{c}": n for c, n in ev.channels.items()})
        row.update({f"language:{lg}": n for lg, n in ev.languages.items()})
        rows.append(row)
    cols = ["user_id", "username", "name", "cohort_id", "status", "progress", "target_date", "days_to_target",
            "attempts", "critical_recent"] + [f"topic:{t}" for t in rule.topics] + \
        [f"channel:{c}" for c in rule.min_per_channel] + [f"language:{lg}" for lg in rule.min_per_language]
    return pd.DataFrame(rows, columns=cols)


def readiness_matrix(store: Any, actor: Any, library: Any, rule: Rule | None = None,
                     today: dt.date | None = None) -> pd.DataFrame:
    """Trainee x topic matrix (plus channel and language counts) with status and days to target."""
    return readiness_report(store, actor, library, rule, today).matrix


def cohort_trends(attempts: pd.DataFrame, freq: str = "W") -> pd.DataFrame:
    """Per cohort and week: attempts, mean effective score, share of attempts >= 80, critical failures."""
    cols = ["cohort_id", "period", "attempts", "mean_score", "share_80", "critical_failures"]
    if attempts.empty:
        return pd.DataFrame(columns=cols)
    df = attempts.assign(cohort_id=attempts["cohort_id"].fillna(-1).astype(int),
                         period=attempts["finished_at"].dt.tz_localize(None).dt.to_period(freq).dt.start_time,
                         good=attempts["score"] >= 80)
    out = df.groupby(["cohort_id", "period"]).agg(
        attempts=("attempt_id", "count"), mean_score=("score", "mean"), share_80=("good", "mean"),
        critical_failures=("critical_failed", "sum")).reset_index()
    out["mean_score"] = out["mean_score"].round(1)
    out["share_80"] = out["share_80"].round(3)
    return out[cols]


def time_to_readiness(report: Report) -> pd.DataFrame:
    """Per trainee: start, target, the first day the rule held, days taken and days early (+) / late (-)."""
    rows = []
    for u in report.users:
        ev = report.evaluations[u.id]
        user_att = report.attempts[report.attempts["user_id"] == u.id]
        start = u.start_date or (_day(user_att["finished_at"].iloc[0]) if len(user_att) else None)
        taken = (ev.first_ready - start).days if ev.first_ready and start else None
        margin = (ev.target_date - ev.first_ready).days if ev.first_ready and ev.target_date else None
        rows.append({"user_id": u.id, "username": u.username, "status": ev.status, "start_date": start,
                     "target_date": ev.target_date, "first_ready": ev.first_ready, "days_taken": taken,
                     "days_vs_target": margin})
    return pd.DataFrame(rows, columns=["user_id", "username", "status", "start_date", "target_date", "first_ready",
                                       "days_taken", "days_vs_target"])


def most_failed_criteria(criteria: pd.DataFrame, top: int = 10) -> pd.DataFrame:
    """Criteria by number of (effective) failures: applicable, failed, fail rate, critical."""
    cols = ["criterion_id", "applicable", "failed", "fail_rate", "critical"]
    if criteria.empty:
        return pd.DataFrame(columns=cols)
    df = criteria[criteria["result"] != "n/a"].assign(fail=lambda d: d["result"] == "fail")
    out = df.groupby("criterion_id").agg(applicable=("fail", "size"), failed=("fail", "sum"),
                                         critical=("critical", "max")).reset_index()
    out["fail_rate"] = (out["failed"] / out["applicable"]).round(3)
    return out.sort_values(["failed", "fail_rate", "criterion_id"], ascending=[False, False, True]).head(top)[cols]


def cohen_kappa(a: list[str], b: list[str]) -> float | None:
    """Cohen's kappa of two raters' labels (None without data; 1.0 when both always agree on one label).

    Implemented here (10 lines) rather than pulling scikit-learn into the app for one formula.
    """
    n = len(a)
    if n == 0 or n != len(b):
        return None
    po = sum(x == y for x, y in zip(a, b, strict=True)) / n
    labels = set(a) | set(b)
    pe = sum((a.count(k) / n) * (b.count(k) / n) for k in labels)
    if pe >= 1.0:
        return 1.0 if po == 1.0 else 0.0
    return round((po - pe) / (1 - pe), 3)


def calibration(criteria: pd.DataFrame, reviewed_attempts: set[int] | None = None) -> pd.DataFrame:
    """Agreement of automatic results with mentors' per criterion, over reviewed attempts.

    An attempt counts as reviewed when it has a review note (``reviewed_attempts``) or any override;
    in it, a criterion the mentor did not override is taken as confirmed. Columns: criterion_id, n,
    agree, auto_pass_mentor_fail, auto_fail_mentor_pass, agreement, kappa (plus an ``ALL`` row).
    """
    cols = ["criterion_id", "n", "agree", "auto_pass_mentor_fail", "auto_fail_mentor_pass", "agreement", "kappa"]
    if criteria.empty:
        return pd.DataFrame(columns=cols)
    reviewed = set(reviewed_attempts or ()) | set(criteria.loc[criteria["overridden"], "attempt_id"])
    df = criteria[criteria["attempt_id"].isin(reviewed)]
    rows = []
    for cid, g in [*df.groupby("criterion_id"), ("ALL", df)]:
        auto, mentor = list(g["automatic_result"]), list(g["result"])
        if not auto:
            continue
        agree = sum(x == y for x, y in zip(auto, mentor, strict=True))
        rows.append({"criterion_id": cid, "n": len(auto), "agree": agree,
                     "auto_pass_mentor_fail": sum(x == "pass" and y == "fail" for x, y in zip(auto, mentor, strict=True)),
                     "auto_fail_mentor_pass": sum(x == "fail" and y == "pass" for x, y in zip(auto, mentor, strict=True)),
                     "agreement": round(agree / len(auto), 3), "kappa": cohen_kappa(auto, mentor)})
    return pd.DataFrame(rows, columns=cols)
