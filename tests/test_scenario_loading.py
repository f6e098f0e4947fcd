"""Scenario files: schema and semantic errors name file, line and fix; one broken file stops nothing."""

import shutil
import textwrap
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trainer.simulation.library import Library
from trainer.yamlsource import parse_yaml

ROOT = Path(__file__).parent.parent

GOOD = textwrap.dedent(
    """\
    id: tiny-et
    title: Väike stsenaarium
    topic: pension-payment
    channel: phone
    language: et
    difficulty: 1
    duties: ["3.2.1"]
    private_facts:
      amount: "812,40"
    dialogue:
      steps:
        - id: opening
          client: "Tere, {persona.first_name} siin. Millal pension tuleb?"
          next:
            - if: asked_question
              then: done
            - else: done
        - id: done
          client: "Aitäh!"
          end: true
    """
)


@pytest.fixture
def project(tmp_path):
    for sub in ("rubrics", "knowledge"):
        shutil.copytree(ROOT / sub, tmp_path / sub)
    shutil.copytree(ROOT / "scenarios" / "partials", tmp_path / "scenarios" / "partials")
    (tmp_path / "scenarios" / "tiny-et.yaml").write_text(GOOD, encoding="utf-8")
    return tmp_path


def load_with(project, text, name="broken-et.yaml"):
    (project / "scenarios" / name).write_text(text, encoding="utf-8")
    lib = Library.load(project)
    entry = next(e for e in lib.entries if Path(e.file).name == name)
    return lib, entry


def test_good_scenario_loads(project):
    lib = Library.load(project)
    assert "tiny-et" in lib.scenarios
    assert lib.errors() == []


@pytest.mark.parametrize(
    "old, new, line, message, hint",
    [
        ("      next:\n", "      nxt:\n", 14, "unknown key 'nxt'", "did you mean 'next'?"),
        ("          then: done", "          then: dnoe", 12, "step 'dnoe' does not exist", "did you mean 'done'?"),
        ("        - if: asked_question", "        - if: asked_questoin", 12,
         "unknown name 'asked_questoin'", "did you mean 'asked_question'?"),
        ("        - if: asked_question", "        - if: asked_question and", 15, "ends too early", ""),
        ("{persona.first_name}", "{persona.frist_name}", 12, "undefined template variable {persona.frist_name}",
         "did you mean 'persona.first_name'?"),
        ("difficulty: 1", "difficulty: 5", 6, "less than or equal to 3", ""),
        ('duties: ["3.2.1"]', 'duties: ["9.9"]', 7, "not a job-description number", ""),
    ],
)
def test_errors_name_line_and_fix(project, old, new, line, message, hint):
    assert old in GOOD
    lib, entry = load_with(project, GOOD.replace(old, new))
    assert entry.scenario is None
    problem = next(p for p in entry.errors if message in p.message)
    assert problem.line == line
    assert problem.file.endswith("broken-et.yaml")
    assert hint in problem.hint
    # the good scenario still loads beside the broken one
    assert "tiny-et" in lib.scenarios


def test_unreachable_and_dead_end_steps(project):
    text = GOOD.replace(
        "    - id: done\n",
        "    - id: orphan\n      client: Kes ma olen?\n      next: orphan\n    - id: done\n",
    ).replace("        - else: done", "        - else: stuck\n    - id: stuck\n      client: Hmm")
    _, entry = load_with(project, text)
    messages = [p.message for p in entry.errors]
    assert "step is unreachable from the start" in messages
    assert any("no way out" in m for m in messages)


def test_malformed_yaml_names_line(project):
    _, entry = load_with(project, "id: x\ntitle: [unclosed\ntopic: y\n")
    assert entry.errors[0].message.startswith("YAML syntax error")
    assert entry.errors[0].line in (2, 3)


def test_unknown_partial_and_missing_param(project):
    text = GOOD.replace("    - id: done\n", "    - include: identification-ett\n      with: {after: done}\n    - id: done\n")
    _, entry = load_with(project, text)
    assert any("unknown partial 'identification-ett'" in p.message and "identification-et" in p.hint for p in entry.errors)


def test_shipped_library_is_clean():
    lib = Library.load(ROOT)
    assert [str(p) for p in lib.errors()] == []
    assert len(lib.scenarios) >= 1


yaml_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=yaml_values)
def test_loader_never_crashes_on_arbitrary_yaml(project, data):
    text = yaml.safe_dump(data, allow_unicode=True)
    lib, entry = load_with(project, text, "fuzz-et.yaml")
    assert entry.scenario is None
    assert entry.errors and all(p.file.endswith("fuzz-et.yaml") for p in entry.errors)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_yaml_parser_never_crashes_on_arbitrary_text(text):
    from trainer.yamlsource import YamlError

    try:
        parse_yaml(text, "x.yaml")
    except YamlError as exc:
        assert exc.problem.file == "x.yaml"


def test_expired_fact_warns_and_names_the_scenarios_using_it():
    import datetime as dt

    lib = Library.load(ROOT, today=dt.date(2030, 1, 1))
    assert lib.errors() == []
    warnings = [p for p in lib.all_problems() if p.severity == "warning"]
    fact = next(p for p in warnings if p.field == "pension-payment.payment_day")
    assert "review date" in fact.message or "expired" in fact.message
    assert "pension-late-et" in fact.message
    scenario = next(e for e in lib.entries if e.id == "pension-late-et")
    assert any("pension-payment.payment_day" in p.message for p in scenario.problems)


def test_cached_library_sees_deleted_renamed_and_added_files(project):
    """Code review finding 2: the cache key was the largest mtime, so deleting or renaming a scenario kept
    serving the old library (39 scenarios after a file was removed)."""
    import os

    from trainer.simulation.library import load_library

    first = load_library(project)
    assert load_library(project) is first  # unchanged folder: the cached object
    assert set(first.scenarios) == {"tiny-et"}
    second = project / "scenarios" / "second-et.yaml"
    second.write_text(GOOD.replace("tiny-et", "second-et"), encoding="utf-8")
    assert set(load_library(project).scenarios) == {"tiny-et", "second-et"}
    old = os.stat(second)
    renamed = second.rename(project / "scenarios" / "renamed-et.yaml")
    os.utime(renamed, ns=(old.st_atime_ns, old.st_mtime_ns))  # same mtime: only the name changed
    lib = load_library(project)
    assert [Path(e.file).name for e in lib.entries] == ["renamed-et.yaml", "tiny-et.yaml"]
    renamed.unlink()
    assert set(load_library(project).scenarios) == {"tiny-et"}


def test_library_uses_its_own_folder_trainer_yaml_and_reloads_it(project, monkeypatch):
    """Code review finding 2: Library.load(root) read the current project's trainer.yaml, the cache
    ignored scenarios_dir, and settings were cached forever."""
    from trainer.config import settings
    from trainer.simulation.library import load_library

    monkeypatch.delenv("TRAINER_CONFIG", raising=False)
    (project / "cases").mkdir()
    (project / "cases" / "case-et.yaml").write_text(GOOD.replace("tiny-et", "case-et"), encoding="utf-8")
    config = project / "trainer.yaml"
    config.write_text("scenarios_dir: cases\n", encoding="utf-8")
    assert set(Library.load(project).scenarios) == {"case-et"}
    lib = load_library(project)
    assert set(lib.scenarios) == {"case-et"}
    (project / "cases" / "case-et.yaml").unlink()
    assert load_library(project).scenarios == {}  # the configured folder is watched
    config.write_text("scenarios_dir: scenarios\nreadiness: {pass_score: 70}\n", encoding="utf-8")
    assert set(load_library(project).scenarios) == {"tiny-et"}  # an edited trainer.yaml is picked up
    assert settings(project).readiness.pass_score == 70
    assert settings(ROOT).readiness.pass_score == 80  # each folder its own file


@pytest.mark.parametrize(
    "addition, message",
    [
        ("data_protection:\n  private_status: true\n", "private_status is for third-party callers"),
        ("data_protection:\n  no_identifiers: true\n", "no_identifiers is for an open web chat"),
        ("data_protection:\n  private_staus: true\n", "unknown key 'private_staus'"),
        ("tests:\n  no_such_signal:\n    match: [Tere]\n", "neither a signal nor a content criterion"),
        ("criteria:\n  - id: deadline\n    check: {type: value, fact: deadlines.no_such_fact, right: ['30 päeva']}\n",
         "unknown knowledge fact 'deadlines.no_such_fact'"),
        ("criteria:\n  - id: deadline\n    check: {type: value, wrong: ['14 päeva']}\n", "needs 'right'"),
        ("criteria:\n  - id: deadline\n    check: {type: concept, value: greeting, right: ['30 päeva']}\n",
         "belong to a 'value' check"),
        ("misinformation:\n  - id: wrong\n    if: said_wrnog\n", "unknown name 'said_wrnog'"),
    ],
)
def test_issue10_shapes_are_validated(project, addition, message):
    """data_protection, tests, value checks and misinformation have a validated shape (issue 10)."""
    _, entry = load_with(project, GOOD + addition)
    assert entry.scenario is None
    assert any(message in p.message for p in entry.errors), [p.message for p in entry.errors]


def test_asks_names_a_known_signal(project):
    text = GOOD.replace("      client: \"Tere, {persona.first_name}", "      asks: deadlin\n      client: \"Tere, {persona.first_name}")
    _, entry = load_with(project, text)
    problem = next(p for p in entry.errors if "unknown signal or private fact 'deadlin'" in p.message)
    assert problem.field == "step opening.asks"


def test_each_loaded_library_has_its_own_serial():
    """Page memos key on Library.serial, not id(): an id can be reused after garbage collection."""
    from trainer.simulation.library import Library

    root = Path(__file__).resolve().parent / "fixtures" / "project"
    serials = [Library.load(root).serial for _ in range(3)]
    assert len(set(serials)) == 3 and serials == sorted(serials)
