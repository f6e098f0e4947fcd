"""``trainer demo``: fill a store with a realistic organisation so every view has data.

An organisation, a cohort, a lead, two mentors and synthetic trainees (faker names, Estonian and
Russian), assignments, and attempts produced by really playing the library's scenarios: the
scenarios' example answers and perturbations of them (a reply left out, a flawed opening) are played
through the dialogue engine and scored by the real scorer, then recorded turn by turn through the
store, spread over the last weeks. Mentors review some attempts, comment on turns and override a
criterion now and then. The data is deterministic for a seed; passwords are random.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import secrets
import string
import threading
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from faker import Faker

from trainer.outcome import DEFAULT_PASS_MARK
from trainer.simulation.examples import play_answers

if TYPE_CHECKING:
    from trainer.simulation.library import Library
    from trainer.storage import Store


_RU = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
               ["a", "b", "v", "g", "d", "e", "jo", "zh", "z", "i", "j", "k", "l", "m", "n", "o", "p", "r", "s",
                "t", "u", "f", "h", "ts", "tsh", "sh", "shtsh", "", "y", "", "e", "ju", "ja"], strict=True))
REVIEW_TEXT = {
    "et": ["Hea tervitus ja selge selgitus. Järgmisel korral tee lõpus kokkuvõte.",
           "Isikukood küsi enne, kui andmetest räägid. Empaatia oli hea.",
           "Väga hea vestlus, kliendi mure sai lahenduse."],
    "ru": ["Хорошее приветствие и понятное объяснение. В следующий раз подведите итог.",
           "Сначала спросите личный код, потом говорите о данных. Эмпатия была хорошей.",
           "Очень хороший разговор, проблема клиента решена."],
}
OVERRIDE_REASON = {"et": "Kuulasin vestluse üle: kriteerium oli tegelikult täidetud.",
                   "ru": "Прослушала разговор: критерий на самом деле выполнен."}

STRICT_REASON = {"et": "Liiga üldine: klient ei saanud teada, mida edasi teha.",
                 "ru": "Слишком общо: клиент не узнал, что делать дальше."}


@dataclass
class DemoAccount:
    """One created account."""

    username: str
    password: str
    role: str
    display_name: str
    language: str


@dataclass
class DemoResult:
    """What :func:`build_demo` created."""

    org_id: int
    cohort_id: int
    accounts: list[DemoAccount] = field(default_factory=list)
    attempts: int = 0
    reviews: int = 0
    overrides: int = 0


def new_password(length: int = 12) -> str:
    """A random password of letters and digits (no leading dash that a shell would take as an option)."""
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))


def username_for(name: str, taken: set[str]) -> str:
    """An ASCII login from a display name ("Märt Õun" -> "mart.oun", "Жанна Титова" -> "zhanna.titova")."""
    low = "".join(_RU.get(ch, ch) for ch in name.lower())
    ascii_ = unicodedata.normalize("NFKD", low).encode("ascii", "ignore").decode()
    base = ".".join("".join(ch for ch in part if ch.isalnum()) for part in ascii_.split()) or "user"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}{n}", n + 1
    taken.add(candidate)
    return candidate


def variant_answers(scenario: Any, rng: random.Random, limit: int) -> list[tuple[str, list[str], int]]:
    """Answer lists to play: the examples, then perturbations of the exemplary run (one reply left
    out, the opening taken from a flawed run). Returns (label, answers, seed), at most ``limit``."""
    examples = list(scenario.examples)
    good = next((e for e in examples if e.kind == "exemplary"), examples[0] if examples else None)
    out = [(e.name, list(e.answers), e.seed) for e in examples]
    if good is not None:
        for i in range(1, len(good.answers) - 1):
            out.append((f"without reply {i + 1}", good.answers[:i] + good.answers[i + 1:], good.seed))
        for e in examples:
            if e.kind == "flawed" and e.answers:
                out.append((f"opening of {e.name}", [e.answers[0], *good.answers[1:]], good.seed))
    head, tail = out[: len(examples)], out[len(examples):]
    rng.shuffle(tail)
    return (head + tail)[:limit]


_POOL: dict[tuple[str, str, int, int], list[dict[str, Any]]] = {}
_POOL_LOCK = threading.Lock()


def _content_key(library: Library, scenario_id: str) -> str:
    """A digest of what the played variants depend on: the scenario and its rubric (not an object id,
    which can be reused after garbage collection)."""
    scenario = library.get(scenario_id)
    parts = (scenario.model_dump_json(), library.rubrics[scenario.rubric].model_dump_json())
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def played_pool(library: Library, scenario_id: str, variants: int = 5, seed: int = 7) -> list[dict[str, Any]]:
    """Play and score the variants of one scenario (cached per process): each item has label, turns,
    result (as the app stores it), final engine state and score."""
    key = (_content_key(library, scenario_id), scenario_id, variants, seed)
    with _POOL_LOCK:
        cached = _POOL.get(key)
    if cached is None:
        scenario = library.get(scenario_id)
        items = []
        for label, answers, ex_seed in variant_answers(scenario, random.Random(f"{seed}:{scenario_id}"), variants):
            conv = play_answers(scenario, library, answers, seed=ex_seed)
            conv.finish()
            result = conv.score()
            items.append({"label": label, "turns": list(conv.turns), "result": result, "state": conv.to_state(),
                          "seed": ex_seed, "score": result["score"]})
        items.sort(key=lambda it: -it["score"])
        with _POOL_LOCK:
            cached = _POOL.setdefault(key, items)
    return cached


class _Clock:
    """A settable clock swapped into the store while the demo writes (so data spreads over weeks)."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def _record(store: Store, user: Any, scenario: Any, item: dict[str, Any], mode: str, clock: _Clock) -> int:
    """Write one played conversation through the store as the trainee: start, turns, finish."""
    aid = store.start_attempt(user, scenario.id, str(scenario.version), item["seed"], mode, scenario.language,
                              scenario.channel, engine_state=None)
    start = clock.now
    for i, turn in enumerate(item["turns"]):
        at = float(turn.get("at") or 0.0) or 18.0 * i
        clock.now = start + dt.timedelta(seconds=at)
        store.record_turn(user, aid, turn["role"], turn["text"], at)
    clock.now += dt.timedelta(seconds=40)
    store.finish_attempt(user, aid, item["result"], engine_state=item["state"])
    return aid


def build_demo(store: Store, library: Library, seed: int = 7, trainees: int = 8, attempts: int = 14,
               weeks: int = 6, variants: int = 5, today: dt.date | None = None,
               scenario_ids: list[str] | None = None, quick_learners: int = 2) -> DemoResult:
    """Create the demo organisation in ``store`` and return the accounts (with passwords) and counts.

    ``attempts`` is the most attempts an ordinary trainee makes; the first ``quick_learners``
    trainees play every scenario twice in test mode, well (ready to take calls). ``scenario_ids``
    limits the scenarios played (default: the whole library). Raises ValueError when the demo
    organisation already exists.
    """
    rng = random.Random(seed)
    today = today or dt.date.today()
    sysa = store.system_actor()
    org_name = "Sotsiaalkindlustusamet – klienditeenindus (demo)"
    if any(o.name == org_name for o in store.list_orgs(sysa)):
        raise ValueError("the demo organisation already exists in this store")
    clock = _Clock(dt.datetime.combine(today - dt.timedelta(weeks=weeks + 1), dt.time(8), dt.UTC))
    old_clock, store.clock = store.clock, clock
    try:
        ids = sorted(scenario_ids or library.scenarios)
        return _build(store, library, rng, seed, (trainees, attempts, quick_learners), weeks, variants, today,
                      org_name, clock, ids)
    finally:
        store.clock = old_clock


def _build(store: Store, library: Library, rng: random.Random, seed: int, sizes: tuple[int, int, int], weeks: int,
           variants: int, today: dt.date, org_name: str, clock: _Clock, scenario_ids: list[str]) -> DemoResult:
    n_trainees, n_attempts, n_quick = sizes
    sysa = store.system_actor()
    org = store.create_org(sysa, org_name)
    cohort = store.create_cohort(sysa, f"Uued kolleegid {today:%Y-%m}", org_id=org.id)
    out = DemoResult(org.id, cohort.id)
    taken = {u.username for u in store.list_users(sysa)}
    fakers = {"et": Faker("et_EE"), "ru": Faker("ru_RU")}
    for i, f in enumerate(fakers.values()):
        f.seed_instance(seed * 10 + i)

    def person(lang: str) -> str:
        f = fakers[lang]
        return f"{f.first_name_female()} {f.last_name_female()}" if rng.random() < 0.7 else \
            f"{f.first_name_male()} {f.last_name_male()}"

    def account(role: str, lang: str, **kw: Any) -> Any:
        name = person(lang)
        password = new_password(12)
        user = store.create_user(sysa, username_for(name, taken), password, role, display_name=name,
                                 org_id=org.id, language=lang, **kw)
        out.accounts.append(DemoAccount(user.username, password, role, name, lang))
        return user

    lead = account("lead", "et")
    mentors = {"et": account("mentor", "et"), "ru": account("mentor", "ru")}
    first_day = today - dt.timedelta(weeks=weeks)
    people = []
    for k in range(n_trainees):
        lang = "et" if k % 2 == 0 else "ru"
        start = first_day + dt.timedelta(days=rng.randrange(0, 10))
        target = start + dt.timedelta(weeks=rng.choice([5, 7, 8, 10]))
        user = account("trainee", lang, mentor_id=mentors[lang].id, cohort_id=cohort.id, start_date=start,
                       target_date=target)
        people.append((user, lang, start, k < n_quick))
    clock.now = dt.datetime.combine(first_day, dt.time(8, 30), dt.UTC)
    store.assign(lead, scenario_ids[:3], first_day + dt.timedelta(weeks=3), cohort_id=cohort.id)
    for user, lang, start, star in people:
        own = [s for s in scenario_ids if library.get(s).language == lang] or scenario_ids
        clock.now = dt.datetime.combine(start, dt.time(9), dt.UTC)
        store.assign(mentors[lang], rng.sample(own, min(2, len(own))), today + dt.timedelta(days=rng.choice([-3, 4, 12])),
                     user_id=user.id)
        plan = [(s, "test") for s in scenario_ids * 2] if star else \
            [(rng.choice(own if rng.random() < 0.7 else scenario_ids), "test" if rng.random() < 0.4 else "practice")
             for _ in range(rng.randrange(max(2, n_attempts // 2), n_attempts + 1))]
        if star:
            rng.shuffle(plan)
        span = max((today - start).days - 1, 1)
        for j, (sid, mode) in enumerate(plan):
            skill = 1.0 if star else min(0.9, 0.15 + 0.6 * j / max(len(plan), 1) + rng.random() * 0.15)
            pool = played_pool(library, sid, variants, seed)
            weak = [it for it in pool if it["score"] < DEFAULT_PASS_MARK] or pool[1:] or pool
            item = pool[0] if rng.random() < skill else rng.choice(weak)
            day = start + dt.timedelta(days=int(span * (j + 1) / (len(plan) + 1)))
            clock.now = dt.datetime.combine(day, dt.time(rng.randrange(9, 16), rng.randrange(60)), dt.UTC)
            aid = _record(store, user, library.get(sid), item, mode, clock)
            out.attempts += 1
            if rng.random() < (0.25 if item is pool[0] else 0.6):
                _review(store, mentors[lang], lang, aid, item, rng, clock, out)
            last = (aid, item)
        if plan:
            _self_evaluate(store, user, last, rng, clock)
    return out


def _self_evaluate(store: Store, user: Any, last: tuple[int, dict[str, Any]], rng: random.Random,
                   clock: _Clock) -> None:
    """The trainee's monthly self-evaluation of their last attempt (mostly agreeing with the scorer)."""
    aid, item = last
    flip = {"pass": "fail", "fail": "pass", "n/a": "n/a"}
    results = {c["id"]: c["result"] if rng.random() < 0.8 else flip[c["result"]] for c in item["result"]["criteria"]}
    clock.now += dt.timedelta(hours=2)
    store.save_self_evaluation(user, aid, f"{clock.now:%Y-%m}", results, "Kuulasin kõne üle ja hindasin ennast.")


def _review(store: Store, mentor: Any, lang: str, aid: int, item: dict[str, Any], rng: random.Random,
            clock: _Clock, out: DemoResult) -> None:
    """A mentor's review of one attempt: a note, a turn comment, sometimes an override."""
    clock.now += dt.timedelta(hours=20)
    store.add_review(mentor, aid, rng.choice(REVIEW_TEXT.get(lang, REVIEW_TEXT["et"])))
    out.reviews += 1
    agent_turns = [i for i, t in enumerate(item["turns"]) if t["role"] == "agent"]
    if agent_turns:
        store.comment_turn(mentor, aid, rng.choice(agent_turns), REVIEW_TEXT.get(lang, REVIEW_TEXT["et"])[0])
    crit = [c for c in item["result"]["criteria"] if not c.get("critical")]
    failed = [c["id"] for c in crit if c["result"] == "fail"]
    passed = [c["id"] for c in crit if c["result"] == "pass" and c.get("stage") in ("summary", "needs", "conduct")]
    if failed and rng.random() < 0.5:
        store.override_criterion(mentor, aid, rng.choice(failed), "pass", OVERRIDE_REASON.get(lang, OVERRIDE_REASON["et"]))
        out.overrides += 1
    elif passed and rng.random() < 0.25:
        store.override_criterion(mentor, aid, rng.choice(passed), "fail", STRICT_REASON.get(lang, STRICT_REASON["et"]))
        out.overrides += 1
