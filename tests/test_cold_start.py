"""Cold start: what `trainer score` loads before it scores (see docs/text-analysis.md, "Cold start")."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from trainer import yamlsource
from trainer.cli import STORE_COMMANDS

ROOT = Path(__file__).resolve().parent.parent


def _project_yaml() -> list[Path]:
    return sorted(p for top in ("scenarios", "rubrics", "knowledge", "tests", "trainer") for p in (ROOT / top).rglob("*.yaml"))


@pytest.mark.skipif(yamlsource._FastLoader is None, reason="PyYAML without libyaml")
def test_libyaml_gives_the_same_data_and_lines_as_pyyaml():
    files = _project_yaml()
    assert len(files) > 40
    for path in files:
        text = path.read_text(encoding="utf-8")
        fast = yamlsource._compose(text, yamlsource._FastLoader)
        slow = yamlsource._compose(text, yamlsource._Loader)
        assert fast == slow, path


@pytest.mark.parametrize("text, line, words", [
    ("id: a\nid: b\n", 2, "duplicate key 'id'"),
    ("a: [1, 2\nb: 3\n", 2, "while parsing a flow sequence: expected ',' or ']'"),
    ("a: 1\n b: 2\n", 2, "mapping values are not allowed here"),
    ("a: \x07\n", 1, "character #x0007 is not allowed"),
])
def test_yaml_errors_keep_the_pyyaml_message(text, line, words, monkeypatch):
    with pytest.raises(yamlsource.YamlError) as fast:
        yamlsource.parse_yaml(text, "x.yaml")
    assert fast.value.problem.line == line
    assert words in fast.value.problem.message
    monkeypatch.setattr(yamlsource, "_FastLoader", None)
    with pytest.raises(yamlsource.YamlError) as slow:
        yamlsource.parse_yaml(text, "x.yaml")
    assert fast.value.problem == slow.value.problem


def _run(code: str) -> str:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT, env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_trainer_score_imports_no_database_or_in_ram_dictionaries(tmp_path):
    """`trainer score` needs neither SQLAlchemy (store commands) nor simplemma's decoded dicts."""
    out = _run(
        "import json, sys\n"
        "from click.testing import CliRunner\n"
        "from trainer.cli import cli\n"
        "res = CliRunner().invoke(cli, ['score', '--json', 'tests/transcripts/et-phone-exemplary.yaml'])\n"
        "from simplemma.strategies.dictionaries import DEFAULT_DICTIONARY_FACTORY as F\n"
        "print(json.dumps({'exit': res.exit_code, 'out': res.output,\n"
        "  'sqlalchemy': 'sqlalchemy' in sys.modules,\n"
        "  'in_ram_dicts': F._get_dictionary.cache_info().currsize}))\n"
    )
    got = json.loads(out)
    assert got["exit"] == 0, got["out"]
    result = json.loads(got["out"])
    assert result["passed"] is True
    assert {c["id"]: c["result"] for c in result["criteria"]}["greeting"] == "pass"
    assert got["sqlalchemy"] is False
    assert got["in_ram_dicts"] == 0


def test_store_commands_are_the_lazily_registered_names():
    from trainer.cli.store import COMMANDS

    assert set(STORE_COMMANDS) == {c.name for c in COMMANDS}
    out = _run("from trainer.cli import cli\nimport click\n"
               "ctx = click.Context(cli)\nprint(' '.join(cli.list_commands(ctx)))")
    assert set(STORE_COMMANDS) | {"score", "validate"} <= set(out.split())
