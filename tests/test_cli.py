"""The CLI: every command works on real files and is documented in the README."""

import json
import re
from pathlib import Path

from click.testing import CliRunner

from trainer.cli import cli

ROOT = Path(__file__).parent.parent
TRANSCRIPTS = ROOT / "tests" / "transcripts"


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    import click

    cli.load_store_commands()  # registered lazily (they import SQLAlchemy)
    for name, command in cli.commands.items():
        assert re.search(rf"`trainer {name}\b", readme), f"trainer {name} is not in the README"
        if isinstance(command, click.Group):
            for sub in command.commands:
                assert re.search(rf"`trainer {name} {sub}\b", readme), f"trainer {name} {sub} is not in the README"


def test_validate_clean_library_and_broken_file(tmp_path):
    result = run("validate")
    assert result.exit_code == 0, result.output
    assert "0 errors" in result.output
    bad = tmp_path / "bad-et.yaml"
    bad.write_text("id: bad-et\ntitle: x\ntopic: t\nchannel: fax\n", encoding="utf-8")
    result = run("validate", str(bad), "--json")
    assert result.exit_code == 2
    problems = [json.loads(line) for line in result.output.splitlines()]
    channel = next(p for p in problems if p["field"] == "channel")
    assert channel["line"] == 4 and channel["file"].endswith("bad-et.yaml")


def test_score_json_one_object_per_file_and_errors_without_traceback(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("turns: [\n", encoding="utf-8")
    result = run("score", "--json", str(TRANSCRIPTS / "et-phone-exemplary.yaml"), str(broken))
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert lines[0]["file"].endswith("et-phone-exemplary.yaml") and lines[0]["score"] == 100
    assert lines[1]["file"].endswith("broken.yaml") and "YAML syntax error" in lines[1]["error"]
    assert "Traceback" not in result.output


def test_scenarios_json_lists_metadata():
    result = run("scenarios", "--json")
    catalogue = json.loads(result.output)
    entry = next(c for c in catalogue if c["id"] == "pension-late-et")
    assert entry["language"] == "et" and entry["channel"] == "phone" and "3.2.5" in entry["duties"]


def test_play_with_answers_prints_transcript_and_result(tmp_path):
    answers = tmp_path / "answers.txt"
    answers.write_text(
        "Tere! Sotsiaalkindlustusamet, Mari kuuleb.\nPalun öelge oma isikukood.\nAitäh, head päeva!\n",
        encoding="utf-8",
    )
    result = run("play", "pension-late-et", "--answers", str(answers), "--seed", "4", "--json")
    out = json.loads(result.output)
    assert out["transcript"][0]["text"].startswith("Tere! Sotsiaalkindlustusamet")
    assert out["persona"]["isikukood"] in out["transcript"][3]["text"]
    assert out["result"]["passed"] is False
    assert {c["id"]: c["result"] for c in out["result"]["criteria"]}["identification"] == "pass"


def test_play_unknown_scenario_is_a_clear_error():
    result = CliRunner().invoke(cli, ["play", "no-such-scenario"])
    assert result.exit_code == 1 and "unknown scenario 'no-such-scenario'" in result.output


def test_examples_command():
    from trainer.simulation.library import load_library

    runs = len(load_library(ROOT).get("pension-late-et").examples)
    result = run("examples", "pension-late-et")
    assert runs >= 4 and result.exit_code == 0, result.output
    assert f"{runs} of {runs} example runs behave as declared" in result.output
