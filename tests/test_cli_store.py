"""The store commands of the CLI (users, demo, progress, readiness, export) against a tmp SQLite
store, with the app's authorisation: --as USER + password, or --admin explicitly."""

from __future__ import annotations

import io
import json

import click
import openpyxl
import pytest
from click.testing import CliRunner
from test_readiness_data import SUBSET

from trainer.cli import cli
from trainer.cli import store as cli_store


@pytest.fixture(scope="module")
def group() -> click.Group:
    """A copy of the ``trainer`` group with the store commands (the shared group stays untouched)."""
    g = click.Group("trainer", commands=dict(cli.commands))
    cli_store.register(g)
    return g


@pytest.fixture(scope="module")
def world(demo_world):
    demo_world.url = f"sqlite:///{demo_world.path / 'world.db'}"
    return demo_world


def run(group: click.Group, world, *args: str, user=None, password: str | None = None, input: str | None = None):
    env = {"TRAINER_PASSWORD": password if password is not None else world.passwords.get(getattr(user, "username", ""), "")}
    who = ["--as", user.username] if user is not None else []
    return CliRunner().invoke(group, [*args, "--db", world.url, *who], env=env, input=input)


def test_register_adds_the_commands(group: click.Group) -> None:
    assert {"users", "demo", "progress", "readiness", "export"} <= set(group.commands)
    assert {"add", "list", "passwd", "disable", "unlock", "audit"} == set(group.commands["users"].commands)
    assert {"readiness", "attempts", "sheet", "xapi"} == set(group.commands["export"].commands)


def test_a_command_needs_an_actor_and_a_right_password(group, world) -> None:
    res = run(group, world, "users", "list")
    assert res.exit_code == 2 and "--as USER" in res.output
    res = run(group, world, "users", "list", user=world.trainees[1], password="wrong password")
    assert res.exit_code == 1 and "sign-in failed" in res.output
    res = run(group, world, "users", "list", user=world.trainees[1])
    assert res.exit_code == 0 and res.output.split()[1] == world.trainees[1].username
    assert len(res.output.strip().splitlines()) == 1  # a trainee sees only themself


def test_trainee_cannot_read_another_trainees_attempts(group, world) -> None:
    me, other = world.trainees[1], world.trainees[2]
    for args in (["export", "attempts", "--format", "csv", "--user", other.username],
                 ["progress", "--user", other.username, "--json"],
                 ["export", "xapi", "--user", other.username]):
        res = run(group, world, *args, user=me)
        assert res.exit_code == 1 and "PermissionDenied" in res.output, args
    other_attempt = world.store.list_attempts(world.store.system_actor(), user_id=other.id)[0].id
    res = run(group, world, "export", "sheet", "--attempt", str(other_attempt), user=me)
    assert res.exit_code == 1 and "PermissionDenied" in res.output
    res = run(group, world, "export", "attempts", "--format", "csv", user=me)
    assert res.exit_code == 0
    lines = res.stdout_bytes.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("attempt_id,user_id,username") and len(lines) > 1
    assert all(f",{me.id},{me.username}," in line for line in lines[1:])


def test_users_add_list_passwd_disable(group, world) -> None:
    res = run(group, world, "users", "add", "uus.kolleeg", "--role", "trainee", "--name", "Õnne Kask",
              "--mentor", world.mentor_et.username, "--target", "2027-01-31", "--org", str(world.res.org_id), "--admin")
    assert res.exit_code == 0, res.output
    password = res.output.split("password: ")[1].strip()
    assert world.store.authenticate("uus.kolleeg", password).display_name == "Õnne Kask"
    res = run(group, world, "users", "list", "--json", "--role", "trainee", user=world.lead)
    assert "uus.kolleeg" in {u["username"] for u in json.loads(res.output)}
    res = run(group, world, "users", "passwd", "uus.kolleeg", user=world.lead, input="uus parool 1\nuus parool 1\n")
    assert res.exit_code == 0, res.output
    assert world.store.authenticate("uus.kolleeg", "uus parool 1").username == "uus.kolleeg"
    res = run(group, world, "users", "disable", "uus.kolleeg", user=world.trainees[1])
    assert res.exit_code == 1 and "PermissionDenied" in res.output
    res = run(group, world, "users", "disable", "uus.kolleeg", user=world.lead)
    assert res.exit_code == 0 and "disabled" in res.output
    res = run(group, world, "users", "add", "x", "--role", "admin", user=world.lead)
    assert res.exit_code == 1 and "PermissionDenied" in res.output  # leads create trainees and mentors only


def test_progress_and_readiness_json(group, world) -> None:
    me = world.trainees[1]
    res = run(group, world, "progress", "--json", "--today", "2026-11-27", user=me)
    data = json.loads(res.output)
    assert res.exit_code == 0 and data["user_id"] == me.id and data["attempts"]
    assert data["what_next"]["weakest"]["competency"] in data["competencies"]
    res = run(group, world, "readiness", "--json", "--today", "2026-11-27", user=world.lead)
    data = json.loads(res.output)
    assert {t["username"] for t in data["trainees"]} == {t.username for t in world.trainees}
    assert {t["status"] for t in data["trainees"]} <= {"ready", "on_track", "behind"}
    res = run(group, world, "readiness", "--save", "--today", "2026-11-27", user=world.lead)
    assert res.exit_code == 0, res.output
    snap = world.store.readiness_snapshots(world.lead, world.star.id)[-1]
    evaluated = next(t for t in data["trainees"] if t["username"] == world.star.username)
    assert snap.status == evaluated["status"] and snap.details["missing"] == evaluated["missing"]
    assert snap.details["rule"]["window"] == 3
    res = run(group, world, "readiness", "--lang", "et", user=world.mentor_et)
    assert res.exit_code == 0 and "# Iga nõutud teema" in res.output
    assert len([line for line in res.output.splitlines() if not line.startswith("#")]) == 2  # the mentor's two


def test_exports_to_files(group, world, tmp_path) -> None:
    out = tmp_path / "r.xlsx"
    res = run(group, world, "export", "readiness", "--format", "xlsx", "-o", str(out), "--today", "2026-11-27",
              user=world.lead)
    assert res.exit_code == 0, res.output
    ws = openpyxl.load_workbook(out)["readiness"]
    assert {r[1] for r in ws.iter_rows(min_row=2, values_only=True)} == {t.username for t in world.trainees}
    me = next(t for t in world.trainees if t.language == "ru")
    month = world.store.list_attempts(me, user_id=me.id)[0].finished_at.strftime("%Y-%m")
    pdf = tmp_path / "s.pdf"
    res = run(group, world, "export", "sheet", "--month", month, "--lang", "ru", "-o", str(pdf), user=me)
    assert res.exit_code == 0 and pdf.read_bytes().startswith(b"%PDF-")
    res = run(group, world, "export", "sheet", "--month", month, "--user", me.username, "--format", "xlsx",
              user=world.mentor_ru)
    wb = openpyxl.load_workbook(io.BytesIO(res.stdout_bytes))
    assert wb.worksheets[0]["A1"].value == "Лист обратной связи по прослушиванию звонков"
    res = run(group, world, "export", "xapi", user=me)
    lines = [json.loads(x) for x in res.output.splitlines()]
    assert lines and {x["actor"]["account"]["name"] for x in lines} == {me.username}


def test_demo_command_prints_working_passwords(group, tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    args = ["demo", "--db", url, "--trainees", "2", "--attempts", "3", "--quick-learners", "0", "--json"]
    for sid in SUBSET[:2]:
        args += ["--scenario", sid]
    res = CliRunner().invoke(group, args)
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["accounts"][0]["username"] == "admin" and data["attempts"] >= 2
    lead = next(a for a in data["accounts"] if a["role"] == "lead")
    res = CliRunner().invoke(group, ["users", "list", "--db", url, "--as", lead["username"]],
                             env={"TRAINER_PASSWORD": lead["password"]})
    assert res.exit_code == 0 and len(res.output.splitlines()) == 5  # lead, two mentors, two trainees
    res = CliRunner().invoke(group, ["demo", "--db", url])
    assert res.exit_code == 1 and "--admin" in res.output


def test_unlock_clears_a_lock_out_and_the_audit_shows_it(group, world) -> None:
    victim = world.trainees[3]
    for _ in range(5):
        res = run(group, world, "users", "list", user=victim, password="wrong password")
        assert res.exit_code == 1
    res = run(group, world, "users", "list", user=victim)
    assert res.exit_code == 1 and "too many failed sign-ins" in res.output
    res = run(group, world, "users", "unlock", victim.username, user=world.trainees[1])
    assert res.exit_code == 1 and "PermissionDenied" in res.output  # a trainee unlocks nobody
    res = run(group, world, "users", "unlock", victim.username, user=world.lead)
    assert res.exit_code == 0, res.output
    assert f"{victim.username} unlocked (1 source(s) cleared, 1 locked)" in res.output
    assert run(group, world, "users", "list", user=victim).exit_code == 0
    res = run(group, world, "users", "audit", "--user", victim.username, "--json", user=world.lead)
    assert res.exit_code == 0, res.output
    events = json.loads(res.output)["events"]
    assert [e["action"] for e in events][-1] == "unlock" and events[-1]["actor_id"] == world.lead.id
    res = CliRunner().invoke(group, ["users", "audit", "--verify", "--db", world.url, "--admin"])
    assert res.exit_code == 0 and "hash chains intact" in res.output, res.output


def test_users_list_does_not_pass_control_characters_to_the_terminal(group, world) -> None:
    """Security review L16: a display name with a newline and ANSI escapes faked lines in the terminal."""
    target = world.trainees[2]
    world.store.update_user(world.store.system_actor(), target.id,
                            display_name="Mari\n    1 admin  admin en Root\x1b[2J")
    try:
        res = CliRunner().invoke(group, ["users", "list", "--db", world.url, "--admin"])
        assert res.exit_code == 0
        line = next(x for x in res.output.splitlines() if target.username in x)
        assert line.endswith("Mari    1 admin  admin en Root[2J")
        assert "\x1b" not in res.output and len(res.output.splitlines()) == len(world.store.list_users(
            world.store.system_actor()))
    finally:
        world.store.update_user(world.store.system_actor(), target.id, display_name=target.display_name)


def test_a_full_disk_is_a_clear_message_not_a_traceback(group, tmp_path) -> None:
    """Security review L8: `trainer users add` on a full disk printed an OperationalError traceback."""
    import sqlite3

    from trainer.storage import open_store

    url = f"sqlite:///{tmp_path / 'full.db'}"
    open_store(url).close()
    con = sqlite3.connect(tmp_path / "full.db")
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.close()
    from sqlalchemy import event

    from trainer.storage import store as storage_store

    real = storage_store.make_engine  # open_store (store.py) builds the engine

    def tight_engine(u, **kw):
        engine = real(u, **kw)

        @event.listens_for(engine, "connect")
        def _cap(dbapi_connection, record):
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

        return engine

    storage_store.make_engine = tight_engine
    try:
        outputs = []
        for i in range(40):
            res = CliRunner().invoke(group, ["users", "add", f"kasutaja{i}", "--name", "Ülle " * 200,
                                             "--db", url, "--admin"])
            outputs.append(res)
            if res.exit_code:
                break
    finally:
        storage_store.make_engine = real
    last = outputs[-1]
    assert last.exit_code == 1, last.output
    assert "StoreUnavailable: the database disk is full" in last.output
    assert "Traceback" not in last.output
    assert isinstance(last.exception, SystemExit)  # a clean click error, not an OperationalError
