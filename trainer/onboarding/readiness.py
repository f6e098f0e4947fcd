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
from typing import TYPE_CHECKING, Any

import pandas as pd

from trainer.config import ReadinessConfig, settings
from trainer.onboarding.progress import (
    ATTEMPT_COLUMNS,
    attempt_frame,
    load_attempt_frame,
    load_attempts,
    records_by_user,
    score_frame,
    topic_map,
)
from trainer.outcome import DEFAULT_PASS_MARK

if TYPE_CHECKING:
    from trainer.simulation.library import Library
    from trainer.storage import Store
    from trainer.storage.records import ActorLike


STATUSES = ("ready", "on_track", "behind")
__all__ = ["ATTEMPT_COLUMNS", "MIN_CALIBRATION_SAMPLE", "STATUSES", "Evaluation", "Report", "Rule", "attempt_frame", "calibration", "cohen_kappa",
           "cohort_trends", "describe_rule", "evaluate_user", "load_attempt_frame", "load_attempts",
           "most_failed_criteria", "readiness_matrix", "readiness_report", "rule_from_config", "score_frame",
           "time_to_readiness", "topic_map"]


@dataclass(frozen=True)
class Rule:
    """A resolved readiness rule (topics known, defaults filled)."""

    topics: tuple[str, ...]
    pass_score: float = DEFAULT_PASS_MARK
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


def rule_from_config(config: dict[str, Any] | ReadinessConfig | None = None, library: Library | None = None) -> Rule:
    """Build the rule from a ``readiness:`` mapping (default: ``settings().readiness``).

    Keys: ``topics`` (list or ``all``), ``pass_score``, ``passes_required``, ``window``, ``mode``
    (``test``, ``practice`` or ``any``), ``critical_window``, ``min_attempts`` (default for every
    channel and language), ``channels`` / ``languages`` ({name: minimum} or a list of names),
    ``target_weeks`` (when a trainee has no target date), ``behind_margin``.
    """
    if config is None:
        config = settings().readiness
    elif not isinstance(config, ReadinessConfig):
        config = ReadinessConfig.model_validate(config)  # the same checks as trainer.yaml's section
    cfg = config.model_dump()
    scenarios = [*getattr(library, "scenarios", {}).values(), *getattr(library, "exercises", {}).values()] \
        if library is not None else []
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
        pass_score=float(cfg.get("pass_score", DEFAULT_PASS_MARK)),
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


def _day(value: Any) -> dt.date:
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    return value.date() if isinstance(value, dt.datetime) else value


def evaluate_user(rows: Any, rule: Rule, today: dt.date, start_date: dt.date | None = None,
                  target_date: dt.date | None = None, presorted: bool = False) -> Evaluation:
    """Evaluate one trainee's attempts (rows of :func:`attempt_frame`, oldest first, or any rows with
    topic / mode / channel / language / score / critical_failed / finished_at).

    Status: ``ready`` when every requirement holds; otherwise ``behind`` when the target date has
    passed or the share of requirements met lags the share of time used by more than
    ``rule.behind_margin``; else ``on_track``. The target is the trainee's ``target_date``, else
    ``rule.target_weeks`` after ``start_date`` (default: first attempt, or today). ``presorted``:
    the rows are already in time order (``finished_at`` may then be a date).
    """
    recs = rows.to_dict("records") if isinstance(rows, pd.DataFrame) else list(rows or [])
    if not presorted:
        recs = sorted(recs, key=lambda r: (r["finished_at"], r.get("attempt_id", 0)))
    recent: dict[str, deque] = {t: deque(maxlen=max(rule.window, 1)) for t in rule.topics}
    good = dict.fromkeys(rule.topics, 0)
    tried = dict.fromkeys(rule.topics, 0)
    crit: deque = deque(maxlen=max(rule.critical_window, 1))
    channels = dict.fromkeys(rule.min_per_channel, 0)
    languages = dict.fromkeys(rule.min_per_language, 0)
    # counters kept up to date attempt by attempt, so readiness is known after every attempt in O(1)
    ok = {"topics": sum(rule.passes_required <= 0 for _ in rule.topics), "bad": 0,
          "channel": sum(n <= 0 for n in rule.min_per_channel.values()),
          "language": sum(n <= 0 for n in rule.min_per_language.values())}
    first_ready = ready_since = None
    for r in recs:
        topic = r.get("topic")
        if topic in recent and (rule.mode is None or r.get("mode") == rule.mode):
            dq, before = recent[topic], good[topic] >= rule.passes_required
            score = float(r["score"] or 0.0)
            if len(dq) == dq.maxlen and dq[0] >= rule.pass_score:
                good[topic] -= 1
            dq.append(score)
            good[topic] += score >= rule.pass_score
            ok["topics"] += (good[topic] >= rule.passes_required) - before
        if topic in tried:
            tried[topic] += 1
        if len(crit) == crit.maxlen and crit[0][1]:
            ok["bad"] -= 1
        cf = bool(r.get("critical_failed"))
        crit.append((r.get("attempt_id"), cf))
        ok["bad"] += cf
        for kind, have, need, key in (("channel", channels, rule.min_per_channel, r.get("channel")),
                                      ("language", languages, rule.min_per_language, r.get("language"))):
            if key in have:
                have[key] += 1
                ok[kind] += have[key] == need[key]
        ready = (ok["topics"] == len(rule.topics) and ok["bad"] == 0 and ok["channel"] == len(channels)
                 and ok["language"] == len(languages))
        if ready:
            first_ready = first_ready or _day(r["finished_at"])
            ready_since = ready_since or _day(r["finished_at"])
        else:
            ready_since = None

    missing = [{"kind": "topic", "name": t, "have": good[t], "need": rule.passes_required}
               for t in rule.topics if good[t] < rule.passes_required]
    critical_recent = [a for a, c in crit if c] if rule.critical_window > 0 else []
    if critical_recent:
        missing.append({"kind": "critical", "name": "critical", "have": len(critical_recent), "need": 0,
                        "attempts": critical_recent})
    for kind, have, need in (("channel", channels, rule.min_per_channel), ("language", languages, rule.min_per_language)):
        missing += [{"kind": kind, "name": k, "have": have[k], "need": n} for k, n in need.items() if have[k] < n]
    total = len(rule.topics) + 1 + len(rule.min_per_channel) + len(rule.min_per_language)
    progress = round((total - len(missing)) / total, 3) if total else 1.0
    topics = {}
    for t in rule.topics:
        state = "passed" if good[t] >= rule.passes_required else "in_progress" if tried[t] else "not_started"
        topics[t] = {"status": state, "passes": good[t], "recent": list(recent[t]), "attempts": tried[t]}
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
    return Evaluation(status, topics, channels, languages, critical_recent, missing, progress,
                      expected, target, days, ready_since, first_ready, len(recs))


# -- the lead's views --------------------------------------------------------------------------------

@dataclass
class Report:
    """Everything the lead page shows, computed from one load of the attempt data. The criterion
    rows (for most-failed criteria and calibration) are loaded on first use of :attr:`criteria`."""

    rule: Rule
    today: dt.date
    users: list[Any]
    attempts: pd.DataFrame
    evaluations: dict[int, Evaluation]
    matrix: pd.DataFrame
    loader: Any = None
    _criteria: pd.DataFrame | None = None

    @property
    def criteria(self) -> pd.DataFrame:
        """The store's criterion rows of these trainees (one query, cached)."""
        if self._criteria is None:
            self._criteria = self.loader() if self.loader is not None else pd.DataFrame()
        return self._criteria


def readiness_report(store: Store, actor: ActorLike, library: Library, rule: Rule | None = None,
                     today: dt.date | None = None, cohort_id: int | None = None) -> Report:
    """Load the actor's visible trainees' attempts once and evaluate every trainee."""
    rule = rule or rule_from_config(None, library)
    today = today or dt.date.today()
    users = [u for u in store.list_users(actor, role="trainee") if not u.disabled
             and (cohort_id is None or u.cohort_id == cohort_id)]
    ids = [u.id for u in users]
    att = load_attempt_frame(store, actor, library, user_ids=ids)
    evals = {u.id: evaluate_user(recs, rule, today, u.start_date, u.target_date, presorted=True)
             for u, recs in zip(users, records_by_user(att, [u.id for u in users]), strict=True)}

    def loader() -> pd.DataFrame:
        return pd.DataFrame(store.criterion_rows(actor, user_ids=ids))

    return Report(rule, today, users, att, evals, _matrix(users, evals, rule), loader)


def _matrix(users: list[Any], evals: dict[int, Evaluation], rule: Rule) -> pd.DataFrame:
    rows = []
    for u in users:
        ev = evals[u.id]
        row: dict[str, Any] = {"user_id": u.id, "username": u.username, "name": u.display_name,
                               "cohort_id": u.cohort_id, "status": ev.status, "progress": ev.progress,
                               "target_date": ev.target_date,
                               # a trainee who is ready is not "late": never a negative count for them
                               "days_to_target": max(ev.days_to_target, 0) if ev.status == "ready"
                               and ev.days_to_target is not None else ev.days_to_target,
                               "attempts": ev.attempts, "critical_recent": len(ev.critical_recent)}
        row.update({f"topic:{t}": ev.topics[t]["status"] for t in rule.topics})
        row.update({f"channel:{c}": n for c, n in ev.channels.items()})
        row.update({f"language:{lg}": n for lg, n in ev.languages.items()})
        rows.append(row)
    cols = ["user_id", "username", "name", "cohort_id", "status", "progress", "target_date", "days_to_target",
            "attempts", "critical_recent"] + [f"topic:{t}" for t in rule.topics] + \
        [f"channel:{c}" for c in rule.min_per_channel] + [f"language:{lg}" for lg in rule.min_per_language]
    return pd.DataFrame(rows, columns=cols)


def readiness_matrix(store: Store, actor: ActorLike, library: Library, rule: Rule | None = None,
                     today: dt.date | None = None) -> pd.DataFrame:
    """Trainee x topic matrix (plus channel and language counts) with status and days to target."""
    return readiness_report(store, actor, library, rule, today).matrix


def cohort_trends(attempts: pd.DataFrame, freq: str = "W") -> pd.DataFrame:
    """Per cohort and week: attempts, mean effective score, share of attempts that passed their rubric's
    pass mark, critical failures."""
    cols = ["cohort_id", "period", "attempts", "mean_score", "share_passed", "critical_failures"]
    if attempts.empty:
        return pd.DataFrame(columns=cols)
    df = attempts.assign(cohort_id=attempts["cohort_id"].fillna(-1).astype(int),
                         period=attempts["finished_at"].dt.tz_localize(None).dt.to_period(freq).dt.start_time,
                         good=attempts["good"].astype(bool))
    out = df.groupby(["cohort_id", "period"]).agg(
        attempts=("attempt_id", "count"), mean_score=("score", "mean"), share_passed=("good", "mean"),
        critical_failures=("critical_failed", "sum")).reset_index()
    out["mean_score"] = out["mean_score"].round(1)
    out["share_passed"] = out["share_passed"].round(3)
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


MIN_CALIBRATION_SAMPLE = 10  # reviewed results of a criterion below which its agreement is flagged as uncertain


def calibration(criteria: pd.DataFrame, reviewed_attempts: set[int] | None = None,
                min_sample: int = MIN_CALIBRATION_SAMPLE) -> pd.DataFrame:
    """Agreement of automatic results with mentors' per criterion, over reviewed attempts.

    An attempt counts as reviewed when it has a review note (``reviewed_attempts``) or any override;
    in it, a criterion the mentor did not override is taken as confirmed. Columns: criterion_id, n,
    agree, auto_pass_mentor_fail, auto_fail_mentor_pass, agreement, kappa, small_sample (``n`` below
    ``min_sample``: the agreement says little) and disagreements (the attempt ids where mentor and
    scorer differ, newest first). Sorted by lowest agreement first (then the larger sample), the
    ``ALL`` row last.
    """
    cols = ["criterion_id", "n", "agree", "auto_pass_mentor_fail", "auto_fail_mentor_pass", "agreement", "kappa",
            "small_sample", "disagreements"]
    if criteria.empty:
        return pd.DataFrame(columns=cols)
    reviewed = set(reviewed_attempts or ()) | set(criteria.loc[criteria["overridden"], "attempt_id"])
    df = criteria[criteria["attempt_id"].isin(reviewed)]
    rows = []
    for cid, g in [*df.groupby("criterion_id"), ("ALL", df)]:
        auto, mentor = list(g["automatic_result"]), list(g["result"])
        if not auto:
            continue
        pairs = list(zip(auto, mentor, strict=True))
        agree = sum(x == y for x, y in pairs)
        differ = sorted({int(a) for a, x, y in zip(g["attempt_id"], auto, mentor, strict=True) if x != y}, reverse=True)
        rows.append({"criterion_id": cid, "n": len(auto), "agree": agree,
                     "auto_pass_mentor_fail": sum(x == "pass" and y == "fail" for x, y in pairs),
                     "auto_fail_mentor_pass": sum(x == "fail" and y == "pass" for x, y in pairs),
                     "agreement": round(agree / len(auto), 3), "kappa": cohen_kappa(auto, mentor),
                     "small_sample": len(auto) < min_sample, "disagreements": differ})
    out = pd.DataFrame(rows, columns=cols)
    if out.empty:
        return out
    order = out.assign(_all=out["criterion_id"] == "ALL", _n=-out["n"])
    order = order.sort_values(["_all", "agreement", "_n", "criterion_id"], kind="stable")
    return order.drop(columns=["_all", "_n"]).reset_index(drop=True)
