"""Inputs are bounded: no file or reply crashes, hangs or blows up memory (issue 12, section 1).

Every case here was a reproduced finding (security review H1, M5, M6, L9-L11; code review 4, 5). The
rule: a clear error naming the file and line, exit 2 (validate) or 1 (score), bounded time, no traceback.
"""

import json
import os
import shutil
import time
import tracemalloc
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_scenario_loading import GOOD

from trainer.cli import cli
from trainer.conditions import MAX_CONDITION_DEPTH, ConditionError, _tokenize, parse_condition
from trainer.scoring.rubric import Criterion, feedback_template_problem
from trainer.scoring.score import fill_feedback, score_transcript
from trainer.scoring.transcript import (
    MAX_TURN_CHARS,
    MAX_TURNS,
    Transcript,
    TranscriptError,
    parse_transcript,
)
from trainer.simulation.library import Library, scoring_settings
from trainer.text import PhraseSet
from trainer.text.regexsafe import UnsafeRegex, compile_safe, regex_problem
from trainer.yamlsource import MAX_YAML_BYTES, MAX_YAML_DEPTH, YamlError, load_yaml, parse_yaml

ROOT = Path(__file__).parent.parent
TRANSCRIPTS = ROOT / "tests" / "transcripts"
GOOD_TRANSCRIPT = (TRANSCRIPTS / "et-phone-exemplary.yaml").read_text(encoding="utf-8")


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def billion_laughs(levels: int = 9, fanout: int = 9) -> str:
    """The security review's 351-byte file: each level refers `fanout` times to the one before."""
    text = 'id: bomb\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    prev = "a"
    for name in "bcdefghijklmnopqrstuvwxyz"[: levels - 1]:
        text += f"{name}: &{name} [" + ",".join([f"*{prev}"] * fanout) + "]\n"
        prev = name
    return text


def merge_key_bomb(levels: int = 24) -> str:
    text = "base: &l0 {k: v}\n"
    for i in range(1, levels + 1):
        text += f"l{i}: &l{i}\n  <<: *l{i - 1}\n  x: [*l{i - 1}, *l{i - 1}]\n"
    return text


# -- H1: YAML aliases, size and depth ------------------------------------------------------------------

@pytest.mark.parametrize("text, line", [(billion_laughs(), 3), (merge_key_bomb(), 3)])
def test_alias_bombs_are_refused_fast_with_file_and_line(text, line):
    tracemalloc.start()
    start = time.perf_counter()
    with pytest.raises(YamlError) as err:
        parse_yaml(text, "bomb.yaml")
    elapsed = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    problem = err.value.problem
    assert problem.file == "bomb.yaml" and problem.line == line
    assert "aliases (*" in problem.message and "not supported" in problem.message
    assert elapsed < 1 and peak < 5_000_000  # was > 90 s and several GB


def test_an_anchor_without_alias_is_harmless():
    doc = parse_yaml("a: &x [1, 2]\nb: 3\n", "x.yaml")
    assert doc.data == {"a": [1, 2], "b": 3} and doc.line_of(("b",)) == 2


def test_no_shipped_yaml_file_uses_aliases():
    """Refusing aliases costs authors nothing today: every shipped YAML file still loads."""
    folders = ("scenarios", "rubrics", "knowledge", "trainer/locales", "tests/transcripts")
    files = [ROOT / "trainer.yaml", *(p for folder in folders for p in (ROOT / folder).rglob("*.yaml"))]
    assert len(files) > 60
    for path in files:
        load_yaml(path)  # raises YamlError on an alias, a size or a depth problem


def test_nesting_is_capped_with_the_line():
    ok = "a: " + "[" * (MAX_YAML_DEPTH - 1) + "]" * (MAX_YAML_DEPTH - 1) + "\n"  # the mapping is a level
    parse_yaml(ok, "ok.yaml")
    deep = "id: x\nn: " + "[" * 5000 + "]" * 5000 + "\n"
    with pytest.raises(YamlError) as err:
        parse_yaml(deep, "deep.yaml")
    assert err.value.problem.line == 2 and f"deeper than {MAX_YAML_DEPTH}" in err.value.problem.message


def test_documents_over_the_size_cap_are_refused_without_parsing(tmp_path):
    start = time.perf_counter()
    with pytest.raises(YamlError) as err:
        parse_yaml("a: " + "x" * MAX_YAML_BYTES, "huge.yaml")
    assert "larger than" in err.value.problem.message
    big = tmp_path / "big.yaml"
    big.write_bytes(b"a: " + b"x" * MAX_YAML_BYTES)
    with pytest.raises(YamlError) as err:
        load_yaml(big)
    assert err.value.problem.file == str(big) and "larger than" in err.value.problem.message
    assert time.perf_counter() - start < 2


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_device_and_outside_symlink_are_refused_before_opening(tmp_path):
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    with pytest.raises(YamlError, match="FIFO"):
        load_yaml(fifo)  # opening it would block forever
    zero = tmp_path / "zero.yaml"
    zero.symlink_to("/dev/zero")
    with pytest.raises(YamlError, match="device"):
        load_yaml(zero)  # reading it would never end
    outside = tmp_path / "project" / "outside.yaml"
    outside.parent.mkdir()
    outside.symlink_to(ROOT / "trainer.yaml")
    with pytest.raises(YamlError, match="outside the project"):
        load_yaml(outside, within=tmp_path / "project")
    inside = tmp_path / "project" / "inside.yaml"
    (tmp_path / "project" / "real.yaml").write_text("a: 1\n", encoding="utf-8")
    inside.symlink_to(tmp_path / "project" / "real.yaml")
    assert load_yaml(inside, within=tmp_path / "project").data == {"a": 1}


def test_not_utf8_names_the_line(tmp_path):
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes("id: x\ntitle: P\xe4rnu\n".encode("latin-1"))
    with pytest.raises(YamlError) as err:
        load_yaml(bad)
    assert err.value.problem.line == 2 and "UTF-8" in err.value.problem.message


# -- the library: one bad file is that file's error --------------------------------------------------------

SCENARIO = GOOD  # the small valid scenario of test_scenario_loading


@pytest.fixture(scope="module")
def hostile_library(tmp_path_factory):
    """A project with one good scenario and one file per attack; loaded once."""
    root = tmp_path_factory.mktemp("hostile")
    for sub in ("rubrics", "knowledge"):
        shutil.copytree(ROOT / sub, root / sub)
    shutil.copytree(ROOT / "scenarios" / "partials", root / "scenarios" / "partials")
    sdir = root / "scenarios"

    def scenario(name, **replace):
        text = SCENARIO.replace("tiny-et", name)
        for old, new in replace.items():
            old = {"cond": "if: asked_question", "amount": 'amount: "812,40"'}[old]
            assert old in text
            text = text.replace(old, new, 1)
        (sdir / f"{name}.yaml").write_text(text, encoding="utf-8")

    scenario("tiny-et")
    scenario("paren-et", cond='if: "' + "(" * 5000 + "asked_question" + ")" * 5000 + '"')
    scenario("nots-et", cond='if: "' + "not " * 20000 + 'asked_question"')
    scenario("deep-parens-et", cond='if: "' + "(" * 40 + "asked_question" + ")" * 40 + '"')
    scenario("long-or-et", cond='if: "' + " or ".join(["asked_question"] * 100_000) + '"')
    scenario("bad-regex-et", amount='amount: "812,40"\nsignals:\n  paid: ["re:(unclosed"]')
    scenario("redos-et", amount='amount: "812,40"\nsignals:\n  paid: ["re:(a+)+$"]')
    scenario("redos-check-et", amount='amount: "812,40"\ncriteria:\n  - id: paid\n    check: '
             '{type: regex, value: "(\\\\w+\\\\s?)+$"}')
    scenario("index-feedback-et", amount='amount: "812,40"\ncriteria:\n  - id: paid\n'
             '    check: {type: concept, phrases: [makstakse]}\n    feedback: {fail: {et: "Vt {turn[0]}"}}')
    scenario("attr-feedback-et", amount='amount: "812,40"\ncriteria:\n  - id: paid\n'
             '    check: {type: concept, phrases: [makstakse]}\n    feedback: {pass: {et: "{quote.upper}"}}')
    (sdir / "bomb-et.yaml").write_text(billion_laughs(), encoding="utf-8")
    (sdir / "zero-et.yaml").symlink_to("/dev/zero")
    (sdir / "outside-et.yaml").symlink_to(ROOT / "scenarios" / "pension-late-et.yaml")
    if hasattr(os, "mkfifo"):
        os.mkfifo(sdir / "pipe-et.yaml")
    start = time.perf_counter()
    lib = Library.load(root)
    return lib, time.perf_counter() - start


def entry(lib, name):
    return next(e for e in lib.entries if Path(e.file).name == f"{name}.yaml")


def test_hostile_files_do_not_stop_the_good_one(hostile_library):
    lib, elapsed = hostile_library
    assert entry(lib, "tiny-et").ok and "tiny-et" in lib.scenarios
    assert [e.id for e in lib.entries if e.ok] == ["tiny-et"]
    assert elapsed < 60  # the bomb alone used to run > 90 s


@pytest.mark.parametrize("name, line, words", [
    ("paren-et", 15, "longer than 2000"),
    ("nots-et", 15, "longer than 2000"),
    ("long-or-et", 15, "longer than 2000"),
    ("deep-parens-et", 15, f"more than {MAX_CONDITION_DEPTH} levels"),
    ("bad-regex-et", 11, "invalid regex"),
    ("redos-et", 11, "exponential time"),
    ("redos-check-et", 12, "exponential time"),
    ("index-feedback-et", 13, "{turn[0]} is not allowed"),
    ("attr-feedback-et", 13, "{quote.upper} is not allowed"),
    ("bomb-et", 3, "aliases (*a) are not supported"),
    ("zero-et", None, "it is a device"),
    ("outside-et", None, "symlink points outside the project"),
])
def test_each_hostile_file_is_its_own_error_with_line(hostile_library, name, line, words):
    lib, _ = hostile_library
    e = entry(lib, name)
    assert not e.ok
    matching = [p for p in e.errors if words in p.message]
    assert matching, [str(p) for p in e.errors]
    assert matching[0].file.endswith(f"{name}.yaml") and matching[0].line == line


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_in_the_scenario_folder_does_not_block(hostile_library):
    lib, _ = hostile_library
    assert "FIFO" in entry(lib, "pipe-et").errors[0].message


def test_validate_reports_the_hostile_files_with_exit_2(tmp_path):
    folder = tmp_path / "s"
    folder.mkdir()
    (folder / "bomb-et.yaml").write_text(billion_laughs(), encoding="utf-8")
    (folder / "nested-et.yaml").write_text(
        SCENARIO.replace("tiny-et", "nested-et").replace("if: asked_question", 'if: "' + "not " * 40 + 'asked_question"'),
        encoding="utf-8")
    result = run("validate", "--json", str(folder))
    assert result.exit_code == 2
    problems = [json.loads(line) for line in result.output.splitlines()]
    assert {Path(p["file"]).name for p in problems if p["severity"] == "error"} == {"bomb-et.yaml", "nested-et.yaml"}
    assert all(p["line"] for p in problems if p["severity"] == "error")
    assert "Traceback" not in result.output


# -- M5: conditions --------------------------------------------------------------------------------------

def test_condition_depth_and_length_are_bounded():
    parse_condition("(" * MAX_CONDITION_DEPTH + "a" + ")" * MAX_CONDITION_DEPTH)
    parse_condition("not " * MAX_CONDITION_DEPTH + "a")
    with pytest.raises(ConditionError, match="nests more than"):
        parse_condition("not " * (MAX_CONDITION_DEPTH + 1) + "a")
    with pytest.raises(ConditionError, match="nests more than"):
        parse_condition("(" * 900 + "a" + ")" * 900)
    with pytest.raises(ConditionError, match="longer than"):
        parse_condition(" or ".join(["offer"] * 1000))


def test_condition_tokenizer_is_linear():
    """It used to copy the rest of the text for every token: 1.8 MB took 49 s."""
    def cost(n):
        text = " or ".join(["offer"] * n) + "   "
        best = float("inf")
        for _ in range(3):  # the best of three: robust to a busy machine
            start = time.perf_counter()
            assert len(_tokenize(text)) == 2 * n - 1
            best = min(best, time.perf_counter() - start)
        return best

    small, large = cost(5_000), cost(50_000)
    assert large < 30 * small  # linear: about 10x; the old quadratic tokenizer: about 100x
    assert large < 5.0


# -- M6: regexes and feedback templates -----------------------------------------------------------------

SHIPPED_REGEXES = [
    r"\b5\.?\s*(kuupaev|kp|detsemb)", r"[а-яё]{3,}", r"(?<!\d)\d{11}(?!\d)", r"\bisikukoo?di?\b",
    r"\bличн\w*\s+(?:\w+\s+)?код", r"\b4\s?%", r"\b(?:jah|ja|ei|räägi\w*|raagi\w*|eesti|vene|keeles)\b",
]
CATASTROPHIC = [r"(a+)+$", r"(a*)*$", r"(a|a)*$", r"(a|aa)+$", r"(\w+\s?)+$", r"(.*a){12}", r"(x+x+)+y",
                r"^(\d+)*$", r"(?:a+|b)+$", r"(ab|a.)+$", r"(\d|\d\d)+$", r"^(([a-z])+.)+[A-Z]([a-z])+$"]


@pytest.mark.parametrize("pattern", SHIPPED_REGEXES)
def test_shipped_regexes_are_accepted(pattern):
    assert regex_problem(pattern) is None


@pytest.mark.parametrize("pattern", CATASTROPHIC)
def test_catastrophic_regexes_are_refused(pattern):
    problem = regex_problem(pattern)
    assert problem and "exponential time" in problem
    with pytest.raises(UnsafeRegex):
        compile_safe(pattern)
    with pytest.raises(ValueError, match="exponential"):
        PhraseSet([f"re:{pattern}"], "et")


@pytest.mark.parametrize("pattern", [r"^(?>a+)+$", r"\b(a++)+$", r"(\d{3} )+", r"\b(ab|cd)+$", r"(?:\d\d\.){2}\d{4}",
                                     r"[а-яё]{3,}", r"\b[a-z]+@[a-z]+\.ee"])
def test_accepted_repeats_stay_fast_on_adversarial_replies(pattern):
    assert regex_problem(pattern) is None
    compiled = compile_safe(pattern)
    start = time.perf_counter()
    for text in ("a" * MAX_TURN_CHARS + "!", "ab" * (MAX_TURN_CHARS // 2) + "!", "1" * MAX_TURN_CHARS + "!"):
        compiled.search(text)
    assert time.perf_counter() - start < 1  # (a+)+$ on 25 characters took 6 s


@pytest.mark.parametrize("pattern", [r"[a-z]+@[a-z]+\.ee", r"\s*foo", r"(ab|cd)+$", r"(a++)+$", r"(?:x|\w+)y",
                                     r"[a-z]++.{2}\d", r"(([a-z]?(^|a*))\d)", r"\d{3}\w+x", r"\w(((\w*\d))++)+\w",
                                     r"\w(((a|\w*\d)))a+"])
def test_patterns_quadratic_in_the_reply_length_are_refused(pattern):
    """Tried from every position of a 20,000-letter word, [a-z]+@[a-z]+\\.ee took 12 s."""
    assert "quadratic" in regex_problem(pattern)


def test_invalid_regex_is_refused():
    assert "invalid regex" in regex_problem("(unclosed")
    assert "invalid regex" in regex_problem("a{2,1}")


@pytest.mark.parametrize("text, ok", [
    ("Küsisite isikukoodi ({turn_label}): „{quote}“", True),
    ("{{literal}} ja {turn}", True),
    ("Summa {facts.amount}, tähtaeg {kb.deadlines.appeal_client_days}", True),
    ("{turn[0]}", False), ("{quote.x}", False), ("{quote:>999999999}", False), ("{quote!r}", False),
    ("{0}", False), ("{}", False), ("{unknown}", False), ("unbalanced {", False),
])
def test_feedback_templates(text, ok):
    assert (feedback_template_problem(text) is None) is ok
    fill_feedback(text, {"turn": 3, "turn_label": "3. repliik", "quote": "tere"})  # never raises


def test_feedback_fill_keeps_unknown_placeholders_and_never_grows():
    values = {"turn": 2, "turn_label": "2. repliik", "quote": "Tere päevast"}
    assert fill_feedback("Hästi: „{quote}“ ({turn_label})", values) == "Hästi: „Tere päevast“ (2. repliik)"
    assert fill_feedback("{quote:>999999999}", values) == "{quote:>999999999}"
    assert fill_feedback("{turn[0]} {quote.upper}", values) == "{turn[0]} {quote.upper}"


def test_criterion_with_indexing_feedback_is_a_schema_error():
    with pytest.raises(ValueError, match="not allowed"):
        Criterion.model_validate({"id": "x", "check": {"type": "question"}, "feedback": {"fail": {"ru": "{turn[0]}"}}})


# -- trainer score: size limits, special files, quadratic words ----------------------------------------------

def test_score_refuses_oversized_turns_and_files(tmp_path):
    long_turn = tmp_path / "long.yaml"
    long_turn.write_text("turns:\n  - role: agent\n    text: " + "tere " * (MAX_TURN_CHARS // 5 + 10) + "\n",
                         encoding="utf-8")
    many = tmp_path / "many.yaml"
    many.write_text("turns:\n" + "  - {role: agent, text: tere}\n" * (MAX_TURNS + 1), encoding="utf-8")
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text(billion_laughs(), encoding="utf-8")
    big = tmp_path / "big.yaml"
    big.write_text("turns:\n" + ("  - {role: agent, text: " + "tere " * 3000 + "}\n") * 40, encoding="utf-8")
    start = time.perf_counter()
    result = run("score", "--json", str(long_turn), str(many), str(bomb), str(big))
    assert time.perf_counter() - start < 30
    assert result.exit_code == 1
    out = {Path(o["file"]).name: o for o in map(json.loads, result.output.splitlines())}
    assert out["long.yaml"]["problems"][0]["line"] == 3
    assert f"at most {MAX_TURN_CHARS} characters" in out["long.yaml"]["error"]
    assert out["many.yaml"]["problems"][0]["field"] == "turns" and "at most 1000 items" in out["many.yaml"]["error"]
    assert out["bomb.yaml"]["problems"][0]["line"] == 3 and "aliases" in out["bomb.yaml"]["error"]
    assert "larger than" in out["big.yaml"]["error"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_score_refuses_fifo_device_and_outside_symlink(tmp_path):
    os.mkfifo(tmp_path / "pipe.yaml")
    (tmp_path / "zero.yaml").symlink_to("/dev/zero")
    (tmp_path / "passwd.yaml").symlink_to("/etc/passwd")
    result = run("score", "--json", *(str(tmp_path / n) for n in ("pipe.yaml", "zero.yaml", "passwd.yaml")))
    assert result.exit_code == 1
    errors = [json.loads(line)["error"] for line in result.output.splitlines()]
    assert "FIFO" in errors[0] and "device" in errors[1] and "outside the project" in errors[2]
    assert "root:" not in result.output  # nothing of the linked file is shown


def test_parse_transcript_refuses_a_huge_text():
    with pytest.raises(TranscriptError, match="larger than"):
        parse_transcript("turns: []\n#" + "x" * 600_000)


def test_scoring_time_is_linear_in_word_length():
    """Compound splitting and typo matching used to be quadratic: 10k chars 0.35 s, 40k 4.9 s, 1 MB > 90 s.

    CPU time of this process, not the wall clock: on a loaded 2-core CI machine the wall clock of the first
    (cold) long turn came near the bound with ~1 s of CPU."""
    lib = Library.load(ROOT)
    rubric = lib.rubrics["call-model"]

    def cost(n):
        transcript = Transcript.model_validate({"language": "et", "turns": [
            {"role": "agent", "text": "Tere, SKA, Mari kuuleb. " + "a" * n},
            {"role": "client", "text": "Tere " + "ä" * n + " pension"}]})
        start = time.process_time()
        result = score_transcript(transcript, rubric, scoring_settings())
        assert 0 <= result["score"] <= 100
        return time.process_time() - start

    cost(100)  # warm the lexicon
    assert cost(MAX_TURN_CHARS - 100) < 2.0
    phrases = PhraseSet(["lapsetoetus", "pension", "tere*"], "et")
    start = time.process_time()
    assert phrases.find_all("a" * 200_000 + " pensioni") != []
    assert time.process_time() - start < 2.0


# -- trainer.yaml --------------------------------------------------------------------------------------------

@pytest.fixture
def config(tmp_path, monkeypatch):
    def write(text):
        path = tmp_path / f"trainer-{abs(hash(text))}.yaml"
        path.write_text(text, encoding="utf-8")
        monkeypatch.setenv("TRAINER_CONFIG", str(path))
        return path
    return write


@pytest.mark.parametrize("text, line, words", [
    ("readiness:\n  pass_scor: 70\n  windw: 5\n", 2, "did you mean 'pass_score'?"),
    ("readiness:\n  window: 5\n  pass_score: abc\n", 3, "valid number"),
    ("readiness:\n  mode: exam\n", 2, "'test', 'practice' or 'any'"),
    ("readiness:\n  passes_required: 4\n  window: 3\n", 1, "nobody could ever be ready"),
    ("institution:\n  nmes: {et: [SKA]}\n", 2, "did you mean 'names'?"),
    ("institution: [\n", 2, "YAML syntax error"),
    ("a: &x 1\nb: *x\n", 2, "aliases"),
])
def test_bad_trainer_yaml_is_a_clear_error(config, text, line, words):
    path = config(text)
    result = run("validate", "--json")
    assert result.exit_code == 2, result.output
    problems = [json.loads(x) for x in result.output.splitlines()]
    assert any(words in p["message"] + " " + p["hint"] for p in problems), problems
    assert problems[0]["file"] == str(path) and problems[0]["line"] == line
    scored = run("score", str(TRANSCRIPTS / "et-phone-exemplary.yaml"))  # an exception would fail the test
    assert scored.exit_code == 1
    assert str(path) in scored.output and "Traceback" not in scored.output


def test_readiness_section_is_typed_and_used(config, tmp_path):
    from trainer.config import settings
    from trainer.onboarding.readiness import rule_from_config

    config("readiness:\n  pass_score: 75\n  window: 4\n  channels: [phone]\n  mode: any\n")
    conf = settings().readiness
    assert conf.pass_score == 75 and conf.window == 4 and conf.mode == "any"
    rule = rule_from_config(None)
    assert (rule.pass_score, rule.window, rule.mode, rule.passes_required) == (75.0, 4, None, 2)
    assert rule.min_per_channel == {"phone": 2}
    with pytest.raises(ValueError, match="pass_score"):
        rule_from_config({"pass_score": "abc"})


def test_empty_trainer_yaml_gives_the_defaults(config):
    from trainer.config import settings

    config("# only a comment\n")
    assert settings().readiness.pass_score == 80 and settings().default_rubric == "call-model"
