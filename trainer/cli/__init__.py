"""The ``trainer`` command: a thin click shell over the library (see README "CLI")."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from trainer.config import ConfigError, project_root

EXIT_INVALID = 2


def _echo_json(obj) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, default=str))


def _library(root: str | None = None, scenario_paths: list[Path] | None = None):
    from trainer.simulation.library import Library

    return Library.load(root, scenario_paths=scenario_paths)


# The store commands need SQLAlchemy and alembic (~0.5-2 s of imports); `trainer score` and the other
# file commands must not pay for them, so they are registered only when asked for or listed.
STORE_COMMANDS = ("users", "demo", "progress", "readiness", "export")


class _TrainerGroup(click.Group):
    """The `trainer` group: adds the store commands (cli/store.py) lazily."""

    _store_loaded = False

    def load_store_commands(self) -> None:
        """Register the store commands now (imports SQLAlchemy); done once."""
        if not self._store_loaded:
            self._store_loaded = True
            from trainer.cli.store import register

            register(self)

    def invoke(self, ctx):
        """A broken trainer.yaml becomes its problems (file, line, fix) and exit 1, never a traceback;
        ``validate`` reports it itself with exit 2."""
        try:
            return super().invoke(ctx)
        except ConfigError as exc:
            _config_problems(exc, as_json=False)
            ctx.exit(1)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in STORE_COMMANDS:
            self.load_store_commands()
        return super().get_command(ctx, cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        self.load_store_commands()
        return super().list_commands(ctx)


def _rubrics(root: str | None = None) -> dict:
    """The project's rubrics by id, loaded as Library.load loads them (without scenarios)."""
    from trainer.config import settings
    from trainer.scoring.rubric import load_rubric
    from trainer.scoring.score import builtin_concepts
    from trainer.simulation.library import scoring_settings

    rdir = Path(root or project_root()) / settings().rubrics_dir
    out = {}
    for path in sorted(rdir.glob("*.yaml")) if rdir.is_dir() else []:
        rubric, _ = load_rubric(path, set(builtin_concepts(scoring_settings(knowledge=()))))
        if rubric is not None:
            out[rubric.id] = rubric
    return out


def _config_problems(exc: ConfigError, as_json: bool) -> None:
    for p in exc.problems:
        if as_json:
            _echo_json(p.as_dict())
        else:
            click.echo(str(p), err=True)


@click.group(cls=_TrainerGroup)
@click.version_option(package_name="trainer")
def cli() -> None:
    """trainer: practise client conversations and get explainable call-model scores."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print problems as JSON lines.")
@click.option("--root", type=click.Path(file_okay=False), help="Project folder (default: current).")
def validate(paths: tuple[Path, ...], as_json: bool, root: str | None) -> None:
    """Validate scenarios, rubrics and knowledge files. Exit 0 when valid, 2 with errors.

    PATHS may be scenario files or folders; without PATHS the whole project is checked.
    """
    scenario_paths = None
    if paths:
        scenario_paths = []
        for path in paths:
            if path.is_dir():
                scenario_paths += sorted(p for p in path.glob("*.yaml"))
            else:
                scenario_paths.append(path)
    try:
        lib = _library(root, scenario_paths)
    except ConfigError as exc:
        _config_problems(exc, as_json)
        sys.exit(EXIT_INVALID)
    problems = lib.all_problems()
    errors = [p for p in problems if p.severity == "error"]
    if as_json:
        for p in problems:
            _echo_json(p.as_dict())
    else:
        for p in problems:
            click.echo(str(p), err=p.severity == "error")
        ok = sum(1 for e in lib.entries if e.ok)
        click.echo(f"{ok} of {len(lib.entries)} scenarios valid, {len(lib.rubrics)} rubrics, "
                   f"{len(lib.knowledge.topics)} knowledge topics; {len(errors)} errors, "
                   f"{len(problems) - len(errors)} warnings")
    sys.exit(EXIT_INVALID if errors else 0)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--rubric", "rubric_id", default=None, help="Rubric id (default: call-model).")
@click.option("--scenario", "scenario_id", default=None,
              help="Also apply this scenario's content criteria (default: context.scenario_id if set).")
def score(files: tuple[Path, ...], as_json: bool, rubric_id: str | None, scenario_id: str | None) -> None:
    """Score transcript files. Bad files get an error object and a non-zero exit.

    Files are bounded (500 kB, 1,000 turns, 20,000 characters per turn); FIFOs, devices and symlinks that
    point outside the project folder are refused.
    """
    from trainer.config import settings
    from trainer.scoring.score import score_transcript
    from trainer.scoring.transcript import TranscriptError, load_transcript
    from trainer.simulation.library import scoring_settings

    # the whole library (39 scenarios, knowledge) only when a transcript names a scenario
    rubrics = _rubrics()
    rubric = rubrics.get(rubric_id or settings().default_rubric)
    if rubric is None:
        raise click.UsageError(f"unknown rubric {rubric_id!r}; known: {', '.join(rubrics)}")
    lib = None
    failed = False
    for file in files:
        try:
            transcript = load_transcript(file, within=project_root())
            sid = scenario_id or transcript.context.scenario_id
            if sid and lib is None:
                lib = _library()
            if sid and sid in lib.scenarios:
                result = lib.score(lib.get(sid), transcript)
            else:
                result = score_transcript(transcript, rubric, scoring_settings())
            out = {"file": str(file), **result}
        except TranscriptError as exc:
            failed = True
            out = {"file": str(file), "error": str(exc), "problems": [p.as_dict() for p in exc.problems]}
        except Exception as exc:  # noqa: BLE001 - never a traceback for a bad file
            failed = True
            out = {"file": str(file), "error": f"{type(exc).__name__}: {exc}"}
        if as_json:
            _echo_json(out)
        else:
            _print_result(out)
    sys.exit(1 if failed else 0)


def _print_result(out: dict) -> None:
    if "error" in out:
        click.echo(f"{out['file']}: ERROR {out['error']}", err=True)
        return
    verdict = "PASSED" if out["passed"] else "NOT PASSED"
    click.echo(f"{out['file']}: {out['score']:.0f}/100 {verdict}")
    for c in out["criteria"]:
        mark = {"pass": "+", "fail": "-", "n/a": " "}[c["result"]]
        click.echo(f"  {mark} {c['id']:<18} {c['result']:<4} {c['feedback']}")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="The catalogue as a JSON list.")
def scenarios(as_json: bool) -> None:
    """List the scenario library with its metadata (broken files included)."""
    lib = _library()
    catalogue = lib.catalogue()
    if as_json:
        _echo_json(catalogue)
        return
    for item in catalogue:
        if not item["ok"]:
            click.echo(f"{item['id']:<32} BROKEN  {item['errors'][0]['message'] if item['errors'] else ''}")
            continue
        click.echo(f"{item['id']:<32} {item['language']} {item['channel']:<5} d{item['difficulty']} "
                   f"{item['topic']:<22} {item['title']}")


@cli.command()
@click.argument("scenario_id")
@click.option("--answers", type=click.File("r", encoding="utf-8"), help="File with one trainee reply per line.")
@click.option("--seed", default=1, show_default=True, help="Seed for the persona and line variants.")
@click.option("--json", "as_json", is_flag=True, help="Print the transcript and result as JSON.")
def play(scenario_id: str, answers, seed: int, as_json: bool) -> None:
    """Play a scenario in the terminal (or non-interactively with --answers)."""
    from trainer.simulation.dialogue import Conversation

    lib = _library()
    if scenario_id in lib.exercises:
        raise click.ClickException(f"{scenario_id!r} is an exercise (an evaluation sheet, not a conversation): "
                                   "grade it on the app's exercise page; 'trainer examples' checks its sheets")
    if scenario_id not in lib.scenarios:
        entry = next((e for e in lib.entries if e.id == scenario_id), None)
        if entry is not None:
            raise click.ClickException(f"scenario {scenario_id!r} is broken:\n" + "\n".join(map(str, entry.errors)))
        raise click.ClickException(f"unknown scenario {scenario_id!r}; see 'trainer scenarios'")
    scenario = lib.get(scenario_id)
    conv = Conversation.start(scenario, lib, seed=seed, today=date.today())
    if answers is not None:
        for line in answers:
            if conv.finished:
                break
            if line.strip():
                conv.reply(line.strip())
        conv.finish()
        result = conv.score()
        if as_json:
            _echo_json({"scenario": scenario.id, "seed": seed, "persona": conv.persona.as_dict(),
                        "end_step": conv.state["step"], "transcript": conv.turns, "result": result})
        else:
            for turn in conv.turns:
                click.echo(f"{turn['role']:>6}: {turn['text']}")
            _print_result({"file": scenario.id, **result})
        return
    _interactive(conv)


def _interactive(conv) -> None:
    s = conv.scenario
    p = conv.persona
    click.echo(f"== {s.title} ({s.language}, {s.channel}, difficulty {s.difficulty})")
    for goal in s.goals:
        click.echo(f"   - {goal}")
    click.echo(f"Client (synthetic): {p.full_name}, {p.age}. Type your replies; an empty line or /end ends.\n")
    for turn in conv.turns:
        click.echo(f"client> {turn['text']}")
    while not conv.finished:
        try:
            text = click.prompt("you", prompt_suffix="> ", default="", show_default=False)
        except (EOFError, click.Abort):
            break
        if not text.strip() or text.strip() == "/end":
            break
        for turn in conv.reply(text):
            click.echo(f"client> {turn['text']}")
    conv.finish()
    _print_result({"file": s.id, **conv.score()})


@cli.command()
@click.argument("scenario_ids", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per example run.")
def examples(scenario_ids: tuple[str, ...], as_json: bool) -> None:
    """Replay the scenarios' example runs (and compare the exercises' example sheets with the lead's
    grading) and check them against what the author declared."""
    from trainer.simulation.examples import run_all_examples

    lib = _library()
    unknown = [s for s in scenario_ids if s not in lib.scenarios and s not in lib.exercises]
    if unknown:
        raise click.ClickException(f"unknown or broken scenarios: {', '.join(unknown)}")
    runs = run_all_examples(lib, list(scenario_ids) or None)
    bad = 0
    for run in runs:
        bad += not run["ok"]
        if as_json:
            _echo_json({k: v for k, v in run.items() if k not in ("transcript", "result")})
        else:
            mark = "ok  " if run["ok"] else "FAIL"
            click.echo(f"{mark} {run['scenario']} / {run['example']} ({run['kind']}): score {run['score']:.0f}, "
                       f"failed {run['failed']}, end {run['end_step']}")
            for m in run["mismatches"]:
                click.echo(f"       {m}")
    from trainer.simulation.examples import run_all_phrase_tests

    tests = run_all_phrase_tests(lib, list(scenario_ids) or None)
    bad_tests = 0
    for t in tests:
        bad_tests += not t["ok"]
        if as_json:
            _echo_json(t)
        elif not t["ok"]:
            want = "match" if t["expected"] else "not match"
            why = f"; {', '.join(t['disagree'])} disagree" if t["disagree"] else ""
            click.echo(f"FAIL {t['scenario']} / tests.{t['name']}: must {want}: {t['sentence']!r}{why}")
    if not as_json:
        click.echo(f"{len(runs) - bad} of {len(runs)} example runs behave as declared")
        if tests:
            click.echo(f"{len(tests) - bad_tests} of {len(tests)} signal and criterion test sentences behave as declared")
    sys.exit(1 if bad or bad_tests else 0)


@cli.command()
@click.option("--port", default=8501, show_default=True)
@click.option("--address", default="127.0.0.1", show_default=True,
              help="Interface to listen on. The default serves this machine only; put a reverse proxy with "
                   "TLS in front for other users (docs/deploy.md), or give 0.0.0.0 knowingly.")
@click.option("--headless/--no-headless", default=True, show_default=True)
def app(port: int, address: str, headless: bool) -> None:
    """Start the web app (Streamlit) on the embedded SQLite store.

    Run for users, not for development: it listens on localhost unless told otherwise, error details
    are hidden from users (they see a short message in their language; the traceback goes to the
    log), the toolbar shows no developer menu (viewer mode) and no file watcher polls the sources
    (restart the app after changing its code; scenario files are still reloaded when they change).
    """
    import subprocess

    from trainer.storage import open_store

    store = open_store()  # creates the data folder and migrates the database before the first visitor
    password = store.ensure_admin()
    store.close()
    if password:
        click.echo("\n=== trainer: first start, an administrator account was created ===\n"
                   f"    username: admin\n    password: {password}\n"
                   "    (shown only this once; the first sign-in asks for a new password)\n")
    entry = Path(__file__).resolve().parent.parent / "app" / "main.py"
    cmd = app_command(entry, port, address, headless)
    shown = "localhost" if address in ("127.0.0.1", "localhost", "::1") else address
    click.echo(f"trainer app on http://{shown}:{port} (project: {project_root()})")
    raise SystemExit(subprocess.call(cmd))


def app_command(entry: Path, port: int, address: str = "127.0.0.1", headless: bool = True) -> list[str]:
    """The ``streamlit run`` command line of ``trainer app``: listens on ``address`` only, hides error
    details from users (``client.showErrorDetails none``), viewer toolbar, no file watcher; through
    :mod:`trainer.app.serve`, which prepares the sign-in page while the server starts."""
    return [sys.executable, "-m", "trainer.app.serve", "run", str(entry), "--server.port", str(port),
            "--server.address", address, "--server.headless", str(headless).lower(),
            "--browser.gatherUsageStats", "false", "--client.toolbarMode", "viewer",
            "--client.showErrorDetails", "none", "--server.fileWatcherType", "none",
            "--server.enableXsrfProtection", "true"]


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="trainer")


if __name__ == "__main__":
    main()
