"""Store commands of the ``trainer`` CLI: users, demo, progress, readiness, export.

:func:`register` adds them to the click group (``trainer.cli.main`` calls it). Authorisation is the
app's: a command acts as a named user (``--as USER``; password from ``TRAINER_PASSWORD`` or a hidden
prompt) and as administrator only when asked explicitly (``--admin``: ``Store.system_actor()``).
The database is ``--db URL``, else ``TRAINER_DATABASE_URL``, else the default SQLite file.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from sqlalchemy.exc import OperationalError

from trainer.storage import AuthError, StoreError, open_store
from trainer.storage.errors import unavailable
from trainer.storage.models import LANGUAGES, ROLES

if TYPE_CHECKING:
    from trainer.storage import Store
    from trainer.storage.records import ActorLike


_CONTROL = dict.fromkeys(i for i in range(32) if i not in (9,))
_CONTROL.update({127: None, **{i: None for i in range(0x80, 0xA0)}})


def _plain(text: object) -> str:
    """A value for a terminal line: control characters (newlines, ANSI escapes) removed, so a display
    name cannot fake lines or colours in an admin's terminal."""
    return str(text).translate(_CONTROL)


def _echo_json(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, default=str, indent=1))


def _date(value: str | None) -> dt.date | None:
    try:
        return None if value is None else dt.date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from exc


def store_command(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add --db / --as / --admin and call ``func(store, actor, **options)``; store errors become a
    clean error message with exit code 1."""

    @click.option("--db", "db_url", default=None, help="Database URL (default: $TRAINER_DATABASE_URL or ./data/trainer.db).")
    @click.option("--as", "as_user", default=None, envvar="TRAINER_USER",
                  help="Act as this user (password: $TRAINER_PASSWORD or prompt).")
    @click.option("--admin", is_flag=True, help="Act as administrator (the system actor).")
    @functools.wraps(func)
    def wrapper(db_url: str | None, as_user: str | None, admin: bool, **kw: Any) -> Any:
        try:
            store = open_store(db_url)
        except OperationalError as exc:  # migrating an unreachable / full database
            err = unavailable(exc)
            raise click.ClickException(f"{type(err).__name__}: {err}") from None
        try:
            actor = _actor(store, as_user, admin)
            return func(store, actor, **kw)
        except (StoreError, ValueError) as exc:
            raise click.ClickException(f"{type(exc).__name__}: {exc}") from None
        except OperationalError as exc:  # outside a store transaction (should not happen): still no traceback
            err = unavailable(exc)
            raise click.ClickException(f"{type(err).__name__}: {err}") from None
        finally:
            store.close()

    return wrapper


def _actor(store: Store, as_user: str | None, admin: bool) -> Any:
    if admin and as_user:
        raise click.UsageError("give either --as USER or --admin, not both")
    if admin:
        return store.system_actor()
    if not as_user:
        raise click.UsageError("say who you are: --as USER (or --admin for administrator rights)")
    password = os.environ.get("TRAINER_PASSWORD") or click.prompt(f"Password for {as_user}", hide_input=True, err=True)
    try:
        return store.authenticate(as_user, password, source="cli")
    except AuthError as exc:
        raise click.ClickException(f"sign-in failed: {exc}") from None


def _new_password(prompt: bool) -> tuple[str, bool]:
    from trainer.onboarding.demo import new_password

    if prompt:
        return click.prompt("New password", hide_input=True, confirmation_prompt=True, err=True), False
    return new_password(16), True


def _library() -> Any:
    from trainer.simulation.library import load_library

    return load_library()


def _write(data: bytes, output: str | None) -> None:
    if output in (None, "-"):
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    Path(output).write_bytes(data)
    click.echo(f"wrote {output} ({len(data)} bytes)", err=True)


# -- users -----------------------------------------------------------------------------------------

@click.group()
def users() -> None:
    """Manage user accounts (add, list, passwd, disable, unlock, audit)."""


@users.command("add")
@click.argument("username")
@click.option("--role", type=click.Choice(ROLES), default="trainee", show_default=True)
@click.option("--name", "display_name", default=None, help="Display name (default: the username).")
@click.option("--mentor", default=None, help="Username of the mentor.")
@click.option("--cohort", "cohort_id", type=int, default=None, help="Cohort id.")
@click.option("--org", "org_id", type=int, default=None, help="Organisation id (default: yours).")
@click.option("--language", type=click.Choice(LANGUAGES), default="et", show_default=True)
@click.option("--start", default=None, help="Start date YYYY-MM-DD.")
@click.option("--target", default=None, help="Target date to be ready, YYYY-MM-DD.")
@click.option("--email", default=None)
@click.option("--password-prompt", is_flag=True, help="Type the password instead of generating one.")
@store_command
def users_add(store: Store, actor: ActorLike, username: str, role: str, display_name: str | None, mentor: str | None,
              cohort_id: int | None, org_id: int | None, language: str, start: str | None, target: str | None,
              email: str | None, password_prompt: bool) -> None:
    """Create a user; a generated password is printed once."""
    mentor_id = store.get_user_by_name(actor, mentor).id if mentor else None
    password, generated = _new_password(password_prompt)
    user = store.create_user(actor, username, password, role, display_name=display_name, mentor_id=mentor_id,
                             cohort_id=cohort_id, org_id=org_id, start_date=_date(start), target_date=_date(target),
                             language=language, email=email)
    click.echo(f"created {user.username} ({user.role}, id {user.id})")
    if generated:
        click.echo(f"password: {password}")


@users.command("list")
@click.option("--role", type=click.Choice(ROLES), default=None)
@click.option("--json", "as_json", is_flag=True)
@store_command
def users_list(store: Store, actor: ActorLike, role: str | None, as_json: bool) -> None:
    """List the users you may see."""
    found = store.list_users(actor, role=role)
    if as_json:
        _echo_json([{k: v for k, v in u.__dict__.items()} for u in found])
        return
    for u in found:
        flag = " (disabled)" if u.disabled else ""
        click.echo(f"{u.id:>5} {_plain(u.username):<28} {u.role:<8} {u.language} {_plain(u.display_name)}{flag}")


@users.command("passwd")
@click.argument("username")
@click.option("--generate", is_flag=True, help="Generate a random password and print it.")
@click.option("--temporary", is_flag=True, help="The user must choose a new password at the next sign-in.")
@store_command
def users_passwd(store: Store, actor: ActorLike, username: str, generate: bool, temporary: bool) -> None:
    """Set a password (your own, or as admin / lead for your organisation's users). The user's other
    sessions end; the reset is recorded in the audit trail."""
    user = store.get_user_by_name(actor, username)
    password, generated = _new_password(not generate)
    store.set_password(actor, user.id, password, must_change=temporary)
    click.echo(f"password of {username} changed")
    if generated:
        click.echo(f"password: {password}")


@users.command("disable")
@click.argument("username")
@click.option("--enable", is_flag=True, help="Re-enable instead.")
@store_command
def users_disable(store: Store, actor: ActorLike, username: str, enable: bool) -> None:
    """Disable (or --enable) a user account."""
    user = store.disable_user(actor, store.get_user_by_name(actor, username).id, disabled=not enable)
    click.echo(f"{user.username} {'disabled' if user.disabled else 'enabled'}")


@users.command("unlock")
@click.argument("username")
@store_command
def users_unlock(store: Store, actor: ActorLike, username: str) -> None:
    """Clear a sign-in lock-out of a user (every source); recorded in the audit trail."""
    user = store.get_user_by_name(actor, username)
    cleared = store.login_throttle(actor, user.id)
    store.unlock_user(actor, user.id)
    locked = sum(1 for row in cleared if row["locked_until"] is not None)
    click.echo(f"{_plain(username)} unlocked ({len(cleared)} source(s) cleared, {locked} locked)")


@users.command("audit")
@click.option("--user", "username", default=None, help="Only events about this user.")
@click.option("--verify", is_flag=True, help="Also check the hash chains of the audit trail (admins).")
@click.option("--json", "as_json", is_flag=True)
@store_command
def users_audit(store: Store, actor: ActorLike, username: str | None, verify: bool, as_json: bool) -> None:
    """The account audit trail: password resets and changes, role changes, disabling, unlocking.
    ``--verify`` checks that no override or audit row was changed or deleted (exit 1 if one was)."""
    uid = store.get_user_by_name(actor, username).id if username else None
    events = store.audit_events(actor, uid)
    broken = store.verify_audit_chains(actor) if verify else None
    if as_json:
        _echo_json({"events": [e.__dict__ for e in events], "broken": broken,
                    "heads": store.audit_heads(actor) if verify else None})
    else:
        for e in events:
            who = "system" if e.actor_id is None else e.actor_id
            click.echo(f"{e.at:%Y-%m-%d %H:%M:%S} {e.action:<24} by {who!s:<6} user {e.target_user_id} "
                       f"{_plain(json.dumps(e.details, ensure_ascii=False))}")
        if broken is not None:
            if any(broken.values()):
                click.echo(f"BROKEN hash chain at rows: {broken}")
            else:
                heads = store.audit_heads(actor)
                click.echo(f"hash chains intact; heads: overrides {heads['overrides']}, "
                           f"audit {heads['audit_events']}")
    if broken and any(broken.values()):
        raise SystemExit(1)


# -- demo, progress, readiness -----------------------------------------------------------------------

@click.command()
@click.option("--db", "db_url", default=None, help="Database URL (default: $TRAINER_DATABASE_URL or ./data/trainer.db).")
@click.option("--admin", is_flag=True, help="Required when the store already has users.")
@click.option("--seed", default=7, show_default=True)
@click.option("--trainees", default=8, show_default=True)
@click.option("--attempts", default=14, show_default=True, help="Most attempts of an ordinary trainee.")
@click.option("--weeks", default=6, show_default=True)
@click.option("--scenario", "scenario_ids", multiple=True, help="Play only these scenarios (repeatable).")
@click.option("--quick-learners", default=2, show_default=True, help="Trainees who become ready.")
@click.option("--json", "as_json", is_flag=True, help="Print the accounts as JSON.")
def demo(db_url: str | None, admin: bool, seed: int, trainees: int, attempts: int, weeks: int,
         scenario_ids: tuple[str, ...], quick_learners: int, as_json: bool) -> None:
    """Fill the store with a demo organisation, users and really played attempts."""
    from trainer.onboarding.demo import build_demo

    store = open_store(db_url)
    try:
        if store.list_users(store.system_actor()) and not admin:
            raise click.ClickException("the store already has users; add --admin to add the demo data anyway")
        admin_pw = store.ensure_admin()
        lib = _library()
        unknown = [s for s in scenario_ids if s not in lib.scenarios]
        if unknown:
            raise click.ClickException(f"unknown scenarios: {', '.join(unknown)}")
        res = build_demo(store, lib, seed=seed, trainees=trainees, attempts=attempts, weeks=weeks,
                         scenario_ids=list(scenario_ids) or None, quick_learners=quick_learners)
    except (StoreError, ValueError) as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.close()
    accounts = [a.__dict__ for a in res.accounts]
    if admin_pw:
        accounts.insert(0, {"username": "admin", "password": admin_pw, "role": "admin",
                            "display_name": "Administrator", "language": "en"})
    if as_json:
        _echo_json({"attempts": res.attempts, "reviews": res.reviews, "overrides": res.overrides,
                    "accounts": accounts})
        return
    click.echo(f"demo: {len(res.accounts)} users, {res.attempts} attempts, {res.reviews} reviews, "
               f"{res.overrides} overrides")
    for a in accounts:
        click.echo(f"  {a['role']:<8} {a['username']:<26} {a['password']:<18} {a['display_name']}")


@click.command()
@click.option("--user", "username", default=None, help="Trainee (default: yourself).")
@click.option("--json", "as_json", is_flag=True)
@click.option("--today", default=None, help="Evaluate as of this date (YYYY-MM-DD).")
@store_command
def progress(store: Store, actor: ActorLike, username: str | None, as_json: bool, today: str | None) -> None:
    """A trainee's progress: attempts, competencies, topics, what to practise next."""
    from trainer.onboarding.progress import progress_json

    if username is None and store.system_actor().id == actor.id:
        raise click.UsageError("--user is required with --admin")
    uid = store.get_user_by_name(actor, username).id if username else actor.id
    data = progress_json(store, actor, uid, _library(), _date(today))
    if as_json:
        _echo_json(data)
        return
    click.echo(f"{len(data['attempts'])} finished attempts")
    for comp, score in sorted(data["competencies"].items(), key=lambda kv: kv[1]):
        click.echo(f"  {comp:<18} {score:5.1f}")
    nxt = data["what_next"]
    click.echo(f"weakest: {nxt['weakest']['competency']}; practise: {', '.join(nxt['practise']) or '-'}")
    for a in nxt["assigned"]:
        click.echo(f"  assigned {a['scenario_id']} due {a['due_date'] or '-'}{' OVERDUE' if a['overdue'] else ''}")


def _report(store: Store, actor: ActorLike, cohort_id: int | None, today: str | None) -> Any:
    from trainer.onboarding.readiness import readiness_report

    return readiness_report(store, actor, _library(), today=_date(today), cohort_id=cohort_id)


@click.command()
@click.option("--cohort", "cohort_id", type=int, default=None)
@click.option("--json", "as_json", is_flag=True)
@click.option("--today", default=None, help="Evaluate as of this date (YYYY-MM-DD).")
@click.option("--lang", type=click.Choice(LANGUAGES), default="en", show_default=True)
@click.option("--save", is_flag=True, help="Also store each evaluation as a readiness snapshot (history).")
@store_command
def readiness(store: Store, actor: ActorLike, cohort_id: int | None, as_json: bool, today: str | None, lang: str,
              save: bool) -> None:
    """Readiness of the trainees you may see: ready / on_track / behind and what is missing."""
    from trainer.onboarding.readiness import describe_rule

    rep = _report(store, actor, cohort_id, today)
    if save:
        for u in rep.users:
            ev = rep.evaluations[u.id]
            store.save_readiness_snapshot(actor, u.id, ev.status, {"rule": rep.rule.as_dict(), **ev.as_dict()})
    if as_json:
        _echo_json({"today": rep.today, "rule": rep.rule.as_dict(), "rule_text": describe_rule(rep.rule, lang),
                    "trainees": [{"user_id": u.id, "username": u.username, **rep.evaluations[u.id].as_dict()}
                                 for u in rep.users]})
        return
    for line in describe_rule(rep.rule, lang):
        click.echo(f"# {line}")
    for u in rep.users:
        ev = rep.evaluations[u.id]
        missing = ", ".join(f"{m['kind']}:{m['name']}" for m in ev.missing[:4])
        click.echo(f"{u.username:<26} {ev.status:<9} {ev.progress:4.0%} target {ev.target_date} "
                   f"({ev.days_to_target:+d} d) {missing}")


# -- export ----------------------------------------------------------------------------------------

@click.group()
def export() -> None:
    """Export readiness, attempts, the monthly sheets (PDF / XLSX) and xAPI statements."""


_FMT = click.option("--format", "fmt", type=click.Choice(["csv", "xlsx"]), default="xlsx", show_default=True)
_OUT = click.option("-o", "--output", default=None, help="Output file (default: stdout).")


@export.command("readiness")
@_FMT
@_OUT
@click.option("--cohort", "cohort_id", type=int, default=None)
@click.option("--today", default=None)
@click.option("--lang", type=click.Choice(LANGUAGES), default="et", show_default=True)
@store_command
def export_readiness(store: Store, actor: ActorLike, fmt: str, output: str | None, cohort_id: int | None,
                     today: str | None, lang: str) -> None:
    """The readiness matrix (CSV) or the matrix with rule, trends and calibration (XLSX)."""
    from trainer.onboarding.exports import export_table, readiness_sheets

    _write(export_table(readiness_sheets(_report(store, actor, cohort_id, today), lang), fmt, lang), output)


@export.command("attempts")
@_FMT
@_OUT
@click.option("--user", "username", default=None, help="Only this user's attempts.")
@store_command
def export_attempts(store: Store, actor: ActorLike, fmt: str, output: str | None, username: str | None) -> None:
    """Finished attempts with effective and automatic scores."""
    from trainer.onboarding.exports import export_table
    from trainer.onboarding.readiness import load_attempts

    ids = [store.get_user_by_name(actor, username).id] if username else None
    _, frame = load_attempts(store, actor, _library(), user_ids=ids)
    _write(export_table({"attempts": frame}, fmt), output)


@export.command("sheet")
@click.option("--attempt", "attempt_id", type=int, default=None, help="One attempt.")
@click.option("--user", "username", default=None, help="Trainee, with --month.")
@click.option("--month", default=None, help="YYYY-MM, with --user.")
@click.option("--format", "fmt", type=click.Choice(["pdf", "xlsx"]), default="pdf", show_default=True)
@click.option("--lang", type=click.Choice(LANGUAGES), default=None, help="Sheet language (default: yours).")
@_OUT
@store_command
def export_sheet(store: Store, actor: ActorLike, attempt_id: int | None, username: str | None, month: str | None,
                 fmt: str, lang: str | None, output: str | None) -> None:
    """The call-listening feedback sheet and the call evaluation sheet (one attempt or a month)."""
    from trainer.onboarding.exports import sheet_data, sheets_pdf, sheets_xlsx

    if attempt_id is None and not month:
        raise click.UsageError("give --attempt ID, or --month YYYY-MM (with --user NAME, default yourself)")
    uid = None
    if attempt_id is None:
        uid = store.get_user_by_name(actor, username).id if username else actor.id
    data = sheet_data(store, actor, attempt_id=attempt_id, user_id=uid, month=month)
    lang = lang or getattr(actor, "language", None) or "et"
    _write(sheets_pdf(data, lang) if fmt == "pdf" else sheets_xlsx(data, lang), output)


@export.command("xapi")
@_OUT
@click.option("--user", "username", default=None, help="Only this user's attempts.")
@click.option("--home", default="https://trainer.invalid", show_default=True, help="Account home page (IRI).")
@store_command
def export_xapi(store: Store, actor: ActorLike, output: str | None, username: str | None, home: str) -> None:
    """xAPI statements, one JSON line per attempt."""
    from trainer.onboarding.xapi import statements

    ids = [store.get_user_by_name(actor, username).id] if username else None
    stmts = statements(store, actor, _library(), user_ids=ids, home=home)
    text = "".join(json.dumps(s, ensure_ascii=False, default=str) + "\n" for s in stmts)
    _write(text.encode("utf-8"), output)


COMMANDS = (users, demo, progress, readiness, export)


def register(cli: click.Group) -> None:
    """Add the store commands to the ``trainer`` click group."""
    for command in COMMANDS:
        cli.add_command(command)
