"""What the result, history and review pages show, computed once so every page agrees: the effective
score with one rounding, reply numbers that match the scorer's feedback, quoted words located inside
the transcript, human dates, and what a trainee still needs for readiness in words.

No streamlit here: the pages in :mod:`trainer.app.views` only lay these out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from trainer.i18n import DEFAULT_LANGUAGE, catalogue, t
from trainer.outcome import DEFAULT_PASS_MARK, criteria_outcome, is_passed, pass_mark, total_score

if TYPE_CHECKING:
    from trainer.simulation.library import Library
    from trainer.storage import Store
    from trainer.storage.records import ActorLike


SCORE_DECIMALS = 1  # the one rounding of a score, everywhere in the app


def format_number(value: float | None, lang: str, decimals: int = SCORE_DECIMALS) -> str:
    """A number as people write it: at most ``decimals`` decimals, no trailing zeros, a decimal comma in
    Estonian and Russian ("62,5", "100"); "–" for a missing value."""
    if value is None:
        return "–"
    text = f"{round(float(value), decimals):.{decimals}f}"
    if "." in text:  # trailing zeros of the decimals only: 100 with no decimals stays "100"
        text = text.rstrip("0").rstrip(".")
    if text == "-0":
        text = "0"
    return text.replace(".", ",") if lang in ("et", "ru") else text


def format_date(value: dt.date | dt.datetime | None, lang: str, with_time: bool = False) -> str:
    """A date in the local way: 07.12.2026 (et, ru) or 2026-12-07 (en); with the time "14:05"."""
    if value is None or value != value:  # None or NaT
        return "–"
    if hasattr(value, "to_pydatetime"):  # a pandas Timestamp
        value = value.to_pydatetime()
    if isinstance(value, dt.datetime):
        value = value.astimezone() if value.tzinfo else value
        day = value.date()
    else:
        day = value
    text = day.isoformat() if lang == "en" else day.strftime("%d.%m.%Y")
    if with_time and isinstance(value, dt.datetime):
        text += value.strftime(" %H:%M")
    return text


def effective_score(attempt: Any) -> float:
    """The score after a mentor's overrides (the store's criterion rows are already effective; 0 when a
    critical criterion fails), by :func:`trainer.outcome.criteria_outcome`. ``attempt`` is a store
    ``AttemptInfo``; without criterion rows the automatic score stands."""
    criteria = list(getattr(attempt, "criteria", ()) or ())
    if not criteria:
        return round(float(attempt.score or 0.0), SCORE_DECIMALS)
    return criteria_outcome(criteria)[0]


def row_score(row: dict[str, Any], threshold: float | None = None) -> tuple[float, bool]:
    """(effective score, passed) of a ``Store.attempt_score_rows`` row by the outcome rule: the effective
    score reaches the pass mark (``threshold``, else the result's own, else the default) with no critical
    failure, and the scorer's verdict (which carries gate failures) stands unless a mentor overrode."""
    mx = row.get("effective_max_points") or 0.0
    if not mx and not row.get("effective_critical_failed"):
        score = round(float(row.get("score") or 0.0), SCORE_DECIMALS)
        return score, bool(row.get("passed"))
    critical = bool(row.get("effective_critical_failed"))
    score = total_score(row["effective_points"], mx, critical)
    mark = threshold if threshold is not None else DEFAULT_PASS_MARK
    verdict = bool(row.get("passed")) or bool(row.get("overrides"))
    return score, is_passed(score, mark, critical) and verdict


def effective_passed(attempt: Any, threshold: float | None = None) -> bool:
    """Passed after overrides, by the same rule as :func:`row_score` (the pass mark is the attempt
    result's ``threshold`` unless given)."""
    criteria = list(getattr(attempt, "criteria", ()) or ())
    if not criteria:
        return bool(attempt.passed)
    score, critical = criteria_outcome(criteria)
    mark = threshold if threshold is not None else pass_mark(getattr(attempt, "result", None))
    verdict = bool(attempt.passed) or any(c.overridden for c in criteria)
    return is_passed(score, mark, critical) and verdict


def reply_numbers(roles: Sequence[str]) -> dict[int, int]:
    """{0-based transcript index: the agent's reply number (1-based)} for the agent's turns: the number
    the scorer's feedback uses ("2. vastus"), so the transcript is labelled the same way."""
    numbers, n = {}, 0
    for idx, role in enumerate(roles):
        if role == "agent":
            n += 1
            numbers[idx] = n
    return numbers


def turn_label(idx: int, roles: Sequence[str], lang: str) -> str:
    """How a turn is named everywhere: "Teie, 2. vastus" for the agent's 2nd reply, "Klient" otherwise."""
    role = roles[idx] if 0 <= idx < len(roles) else "agent"
    if role == "agent":
        return t("review.reply_label", lang, n=reply_numbers(roles).get(idx, idx + 1))
    return t("conversation.role.client", lang)


def quotes_by_turn(criteria: Iterable[dict[str, Any]]) -> dict[int, list[tuple[str, str]]]:
    """{0-based transcript index: [(quote, criterion title)]} from the criteria's evidence (the scorer's
    turn numbers are 1-based), each quote once per turn."""
    out: dict[int, list[tuple[str, str]]] = {}
    for crit in criteria:
        for ev in crit.get("evidence") or []:
            turn, quote = ev.get("turn"), (ev.get("quote") or "").strip()
            if not turn or not quote:
                continue
            items = out.setdefault(int(turn) - 1, [])
            if all(q != quote for q, _ in items):
                items.append((quote, crit.get("title", crit.get("id", ""))))
    return out


def _fold(text: str) -> str:
    return text.casefold()


def highlight_spans(text: str, quotes: Iterable[str]) -> list[tuple[str, bool]]:
    """``text`` split into (piece, highlighted) with every quoted passage marked where it occurs
    (case-insensitive; quotes the scorer shortened with "…" are matched by their parts). Pieces joined
    give ``text`` back."""
    folded = _fold(text)
    marks = [False] * len(text)
    for quote in quotes:
        for part in re.split(r"\s*(?:…|\.\.\.)\s*", quote):
            part = part.strip(" „“\"«»")
            if len(part) < 2:
                continue
            start = folded.find(_fold(part))
            while start >= 0:
                for i in range(start, min(len(text), start + len(part))):
                    marks[i] = True
                start = folded.find(_fold(part), start + len(part))
    spans: list[tuple[str, bool]] = []
    for ch, mark in zip(text, marks, strict=True):
        if spans and spans[-1][1] == mark:
            spans[-1] = (spans[-1][0] + ch, mark)
        else:
            spans.append((ch, mark))
    return spans


def advice(criterion: dict[str, Any]) -> str:
    """For a failed criterion: the rubric's model phrasing when it has one (``model``), else the
    scorer's feedback sentence (which names what to say)."""
    model = criterion.get("model") or criterion.get("example")
    return str(model) if model else str(criterion.get("feedback") or "")


def topic_names(library: Library, lang: str) -> dict[str, str]:
    """{topic id: a human name} for every topic of the library's scenarios: the knowledge base's title in
    ``lang`` (else Estonian), else the UI catalogue's ``topic.<id>``, else the id in words."""
    knowledge = getattr(getattr(library, "knowledge", None), "topics", {}) or {}
    names = {}
    for topic in sorted({s.topic for s in getattr(library, "scenarios", {}).values()} | set(knowledge)):
        kt = knowledge.get(topic)
        title = (kt.title.get(lang) or kt.title.get("et")) if kt is not None else None
        if not title:
            key = f"topic.{topic}"
            title = t(key, lang)
            if title == key:
                title = topic.replace("-", " ").replace("_", " ").capitalize()
        names[topic] = title
    return names


def criterion_titles(library: Library, lang: str) -> dict[str, str]:
    """{criterion id: its title in ``lang``} over the library's rubrics (scenario-specific criteria
    included where the library knows them)."""
    from trainer.scoring.rubric import localized

    titles: dict[str, str] = {}
    for rubric in getattr(library, "rubrics", {}).values():
        for crit in rubric.criteria:
            titles.setdefault(crit.id, localized(crit.title, lang) or crit.id)
    for scenario in getattr(library, "scenarios", {}).values():
        for crit in getattr(scenario, "criteria", None) or []:
            title = getattr(crit, "title", None)
            if isinstance(title, dict):
                titles.setdefault(crit.id, localized(title, lang) or crit.id)
    return titles


def missing_in_words(evaluation: Any, topics: dict[str, str], lang: str) -> list[str]:
    """What a trainee still needs for readiness, one sentence per gap, from a readiness ``Evaluation``
    (its ``missing`` list); ``topics`` maps topic ids to names (:func:`topic_names`)."""
    lines = []
    for gap in evaluation.missing:
        kind, name, have, need = gap["kind"], gap["name"], gap["have"], gap["need"]
        if kind == "topic":
            lines.append(t("readiness_words.topic", lang, topic=topics.get(name, name), have=have, need=need))
        elif kind == "critical":
            lines.append(t("readiness_words.critical", lang, n=have))
        elif kind == "channel":
            lines.append(t("readiness_words.channel", lang, name=t(f"channel.{name}", lang), have=have, need=need))
        elif kind == "language":
            lines.append(t("readiness_words.language", lang, name=t(f"language.{name}", lang), have=have, need=need))
    return lines


def open_assignments(store: Store, actor: ActorLike, user_id: int, library: Library, today: dt.date) -> list[dict[str, Any]]:
    """The user's assigned scenarios (their own and their cohort's) not yet passed since they were
    assigned, by due date: ``{scenario_id, title, due_date, overdue}``; a cohort's assignment already
    due before the user joined is not theirs (:func:`trainer.onboarding.progress.applies_to`). Three
    store calls."""
    passed_at: dict[str, list[dt.datetime]] = {}
    for a in store.list_attempts(actor, user_id=user_id, status="finished"):
        if a.passed and a.finished_at is not None:
            passed_at.setdefault(a.scenario_id, []).append(a.finished_at)
    from trainer.onboarding.progress import applies_to

    user = store.get_user(actor, user_id)
    out, seen = [], set()
    for assignment in store.assignments_for(actor, user_id):
        if not applies_to(assignment, user):  # a cohort's work already due before they joined
            continue
        for sid in assignment.scenario_ids:
            if sid in seen or (sid not in library.scenarios and sid not in library.exercises):
                continue
            if any(when >= assignment.created_at for when in passed_at.get(sid, [])):
                continue
            seen.add(sid)
            due = assignment.due_date
            out.append({"scenario_id": sid, "title": library.title(sid), "due_date": due,
                        "overdue": due is not None and due < today})
    out.sort(key=lambda x: (x["due_date"] is None, x["due_date"] or today, x["title"]))
    return out


def trainee_readiness(store: Store, actor: ActorLike, library: Library, today: dt.date, lang: str) -> tuple[Any, list[str]] | None:
    """(the trainee's own readiness ``Evaluation``, the readiness rule in words with topic names) for a
    signed-in trainee; None for other roles (their readiness is not tracked)."""
    from trainer.onboarding import readiness as r

    if getattr(actor, "role", None) != "trainee":
        return None
    rule = r.rule_from_config(None, library)
    evaluation = r.readiness_report(store, actor, library, rule, today).evaluations.get(actor.id)
    if evaluation is None:
        return None
    return evaluation, rule_in_words(rule, library, lang)


def rule_in_words(rule: Any, library: Library, lang: str) -> list[str]:
    """The readiness rule, one sentence per requirement, with topic, channel and language names
    instead of ids."""
    from trainer.onboarding import readiness as r

    names = topic_names(library, lang)
    lines = []
    for line in r.describe_rule(rule, lang):
        for tid in sorted(names, key=len, reverse=True):
            line = line.replace(tid, names[tid])
        for kind, ids in (("channel", rule.min_per_channel), ("language", rule.min_per_language)):
            for ident in ids:
                word = t(f"{kind}.{ident}", lang)
                for left, right in (("„", "“"), ("«", "»"), (" ", " channel"), ("in ", ".")):
                    line = line.replace(f"{left}{ident}{right}", f"{left}{word}{right}")
        lines.append(line)
    return lines


SYSTEM_PREFIXES = ("Süsteem:", "Система:", "System:")


def system_message(hint: str | None) -> str | None:
    """The part of a step's hint that is what the agent's own system shows ("Süsteem: sellist
    isikukoodi ei ole …"): scenario authors write such events as a hint starting with "Süsteem:" /
    "Система:" / "System:". It belongs on the agent's screen in both modes (hints are practice only).
    Only the first sentence is the event; the rest is coaching. None when the hint is no system event."""
    text = (hint or "").strip()
    for prefix in SYSTEM_PREFIXES:  # "SÜSTEEM:", "süsteem:" as written by hand (batch 38): any case
        if text[:len(prefix)].casefold() == prefix.casefold():
            event = text[len(prefix):].strip()
            first = re.split(r"(?<=[.!?])\s+", event, maxsplit=1)[0]
            return first or None
    return None


# -- sources of reference facts, as people read them -------------------------------------------------

# site and document titles live in the catalogues (trainer/locales/*.yaml, "source_site" keyed by the host
# with dots as "_", "source_document" by the file's stem); other hosts are shown as their address
_URL = re.compile(r"https?://[^\s;)\"']+")
_FILE = re.compile(r"\b([\w-]+)\.(?:md|ya?ml|txt|csv)\b")
_DOMAIN = re.compile(r"^((?:[a-z0-9-]+\.)+(?:ee|eu|fi|com|org))\b(.*)$", re.IGNORECASE)


def _parts(source: str) -> list[str]:
    """Split on ``;`` outside parentheses."""
    out, depth, cur = [], 0, []
    for ch in source:
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch == ";" and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return [p.strip() for p in out if p.strip()]


def _drop_file_notes(part: str) -> str:
    """Remove the notes about internal files from a bracket: "(pension abroad; not in ska-facts.md)"
    -> "(pension abroad)"; a bracket of only such notes goes."""
    start = part.find("(")
    if start < 0 or not _FILE.search(part[start:]):
        return part
    depth, end = 0, len(part)
    for i in range(start, len(part)):
        depth += part[i] == "("
        depth -= part[i] == ")"
        if depth == 0:
            end = i
            break
    inner = [seg.strip() for seg in re.split(r"[;,]", part[start + 1:end]) if seg.strip() and not _FILE.search(seg)]
    kept = f" ({'; '.join(inner)})" if inner else ""
    return (part[:start].rstrip() + kept + " " + _drop_file_notes(part[end + 1:])).strip()


def _site(host: str, lang: str) -> str:
    host = host.lower().removeprefix("www.")
    key = "source_site." + host.replace(".", "_")
    return t(key, lang) if key in catalogue(DEFAULT_LANGUAGE) else host


def source_for_people(source: str, lang: str) -> list[tuple[str, str | None]]:
    """A fact's ``source`` field as ``(title, address or None)`` pairs: a web address becomes the site's
    name with the address; a bare site ("sotsiaalkindlustusamet.ee – peretoetused") its name and
    the page's topic with the site's address; an internal document ("job-description.md – duty 3.3")
    its title, never its file name; notes about internal files in brackets are left out."""
    out: list[tuple[str, str | None]] = []
    for part in _parts(source):
        part = _drop_file_notes(part)
        part = re.sub(r"^((?:[a-z0-9-]+\.)+[a-z]+)\s*/\s*(?:[a-z0-9-]+\.)+[a-z]+", r"\1", part)  # "err.ee / news.err.ee"
        url = _URL.search(part)
        if url:
            address = url.group(0).rstrip(".,")
            host = address.split("/")[2]
            label = part.replace(url.group(0), "").strip(" –-:")
            title = _site(host, lang) + (f" – {label}" if label else "")
            out.append((title, address))
            continue
        doc = _FILE.search(part)
        if doc:
            key = "source_document." + doc.group(1).replace("-", "_")
            name = t(key if key in catalogue(DEFAULT_LANGUAGE) else "reference.internal", lang)
            if (name, None) not in out:
                out.append((name, None))
            continue
        site = _DOMAIN.match(part)
        if site:
            rest = site.group(2).strip(" –-:")
            out.append((_site(site.group(1), lang) + (f" – {rest}" if rest else ""),
                        f"https://{site.group(1).lower()}"))
            continue
        out.append((part, None))
    return out


def assignment_rows(store: Store, actor: ActorLike, user_id: int, library: Library, today: dt.date) -> list[dict[str, Any]]:
    """Every assignment of a trainee (their own and their cohort's), one row per scenario, as a mentor
    reviews them: ``{assignment_id, changeable, scenarios, scenario_id, title, cohort_id, due_date,
    created_at, status}`` (``changeable``: the actor may change or remove it; ``scenarios``: how many the
    assignment holds) with status
    ``passed`` (passed since it was assigned), ``overdue``, ``open`` or ``before_join`` (a cohort's
    assignment due before the trainee joined: not theirs). Newest assignment first."""
    from trainer.onboarding.progress import applies_to

    user = store.get_user(actor, user_id)
    passed_at: dict[str, list[dt.datetime]] = {}
    for a in store.list_attempts(actor, user_id=user_id, status="finished"):
        if a.passed and a.finished_at is not None:
            passed_at.setdefault(a.scenario_id, []).append(a.finished_at)
    rows = []
    for assignment in sorted(store.assignments_for(actor, user_id), key=lambda a: a.created_at, reverse=True):
        for sid in assignment.scenario_ids:
            scenario = getattr(library, "scenarios", {}).get(sid)
            due = assignment.due_date
            if not applies_to(assignment, user):
                status = "before_join"
            elif any(when >= assignment.created_at for when in passed_at.get(sid, [])):
                status = "passed"
            elif due is not None and due < today:
                status = "overdue"
            else:
                status = "open"
            rows.append({"assignment_id": assignment.id, "changeable": assignment.changeable,
                         "scenarios": len(assignment.scenario_ids),
                         "scenario_id": sid, "title": scenario.title if scenario else sid,
                         "cohort_id": assignment.cohort_id, "due_date": due,
                         "created_at": assignment.created_at, "status": status})
    return rows
