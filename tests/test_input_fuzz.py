"""Fuzzing the loaders (issue 12): alias bombs, deep nesting, huge scalars and hostile text never crash,
hang or blow up memory. Each property either loads or fails with the loader's own error naming the file.

Kept fast for CI: a few seconds per test; `deadline` bounds each example, so an exponential case fails
the test instead of hanging it.
"""

import re
import tempfile
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trainer.conditions import ConditionError, evaluate, parse_condition
from trainer.config import ConfigError, _load_settings, _load_settings_at
from trainer.scoring.rubric import feedback_template_problem
from trainer.scoring.score import fill_feedback
from trainer.scoring.transcript import Transcript, TranscriptError, parse_transcript
from trainer.text.regexsafe import regex_problem
from trainer.yamlsource import MAX_YAML_DEPTH, YamlError, parse_yaml, validate_doc

FAST = settings(max_examples=40, deadline=2000, suppress_health_check=[HealthCheck.too_slow])


def _expect_yaml_error_or_data(text: str, file: str = "fuzz.yaml"):
    try:
        return parse_yaml(text, file)
    except YamlError as exc:
        assert exc.problem.file == file
        assert exc.problem.message
        return None


@FAST
@given(levels=st.integers(1, 30), fanout=st.integers(1, 30), merge=st.booleans(), flow=st.booleans())
def test_alias_bombs_are_refused_in_bounded_time(levels, fanout, merge, flow):
    if merge:
        text = "l0: &l0 {k: v}\n" + "".join(
            f"l{i}: &l{i}\n  <<: *l{i - 1}\n  x: [{', '.join([f'*l{i - 1}'] * fanout)}]\n" for i in range(1, levels + 1))
    elif flow:
        text = "a: &a [lol, lol]\n" + "".join(
            f"n{i}: &n{i} [{', '.join(['*a' if i == 1 else f'*n{i - 1}'] * fanout)}]\n" for i in range(1, levels + 1))
    else:
        text = "a: &a lol\n" + "".join(
            f"n{i}: &n{i}\n" + "".join(f"  - *{'a' if i == 1 else f'n{i - 1}'}\n" for _ in range(fanout))
            for i in range(1, levels + 1))
    start = time.perf_counter()
    with pytest.raises(YamlError) as err:
        parse_yaml(text, "bomb.yaml")
    assert time.perf_counter() - start < 1
    assert "aliases" in err.value.problem.message and err.value.problem.line is not None


@FAST
@given(depth=st.integers(1, 400), style=st.sampled_from(["flow-list", "flow-map", "block"]))
def test_deep_nesting_loads_or_is_refused_with_a_line(depth, style):
    if style == "flow-list":
        text = "k: " + "[" * depth + "1" + "]" * depth + "\n"
    elif style == "flow-map":
        text = "k: " + "{a: " * depth + "1" + "}" * depth + "\n"
    else:
        text = "".join("  " * i + "a:\n" for i in range(depth)) + "  " * depth + "b: 1\n"
    levels = depth + 1  # the top mapping counts (in block style the innermost "b: 1" mapping is the extra level)
    doc = _expect_yaml_error_or_data(text)
    assert (doc is not None) == (levels <= MAX_YAML_DEPTH)


@settings(max_examples=12, deadline=5000)
@given(size=st.integers(0, 2_500_000), char=st.sampled_from(["x", "ä", "ж", "🙂", " ", "\\"]))
def test_huge_scalars_are_bounded(size, char):
    text = 'title: "' + char * size + '"\n'
    start = time.perf_counter()
    doc = _expect_yaml_error_or_data(text)
    if doc is not None:
        assert len(doc.data["title"]) <= size
    assert time.perf_counter() - start < 4


YAML_ALPHABET = st.sampled_from(list("&*<:[]{}-,|>'\"!#%@`?~ \n\tabcÄж0123") + ["<<: ", "&a ", "*a", "!!python/object:os.system ", "\ufeff"])


@settings(max_examples=300, deadline=1000)
@given(st.lists(YAML_ALPHABET, max_size=80).map("".join))
def test_yaml_syntax_soup_never_crashes(text):
    _expect_yaml_error_or_data(text)


turn = st.fixed_dictionaries({
    "role": st.sampled_from(["agent", "client", "system", 1]),
    "text": st.one_of(st.text(max_size=50), st.integers(), st.none(),
                      st.integers(0, 30_000).map(lambda n: "tere " * (n // 5))),
})


@settings(max_examples=40, deadline=3000, suppress_health_check=[HealthCheck.too_slow])
@given(turns=st.lists(turn, max_size=30), extra_turns=st.integers(0, 1200), facts=st.integers(0, 150),
       alias=st.booleans())
def test_transcripts_load_or_fail_with_a_transcript_error(turns, extra_turns, facts, alias):
    data = {"language": "et", "context": {"private_facts": [f"fakt {i}" for i in range(facts)]},
            "turns": turns + [{"role": "agent", "text": "tere"}] * extra_turns}
    text = yaml.safe_dump(data, allow_unicode=True, width=10**9)
    if alias:
        text = "x: &t {role: agent, text: tere}\n" + text.replace("- role: agent\n", "- *t\n- role: agent\n", 1)
    try:
        transcript = parse_transcript(text, "t.yaml")
    except TranscriptError as exc:
        assert exc.problems and all(p.file == "t.yaml" for p in exc.problems)
        return
    assert isinstance(transcript, Transcript)
    assert len(transcript.turns) <= 1000 and all(len(t.text) <= 20_000 for t in transcript.turns)


cond_token = st.sampled_from(["not", "and", "or", "(", ")", "a", "b", "==", "1", "'x'", "f(a)", ",", "<", "mentioned(a, b)"])


@settings(max_examples=150, deadline=1000)
@given(tokens=st.lists(cond_token, max_size=60), nest=st.integers(0, 3000), kind=st.sampled_from(["(", "not "]))
def test_conditions_parse_or_fail_with_a_condition_error(tokens, nest, kind):
    body = " ".join(tokens) or "a"
    text = kind * nest + body + (")" * nest if kind == "(" else "")
    try:
        node = parse_condition(text)
    except ConditionError:
        return
    evaluate(node, {"a": True, "b": 2}, {"f": lambda n: True, "mentioned": lambda *n: False})


regex_atom = st.sampled_from(["a", "b", ".", r"\w", r"\d", r"\s", "[ab]", "[a-z]", "(?:ab)", r"\b", "$", "^"])
quant = st.sampled_from(["", "", "*", "+", "?", "{2}", "{1,3}", "{2,}", "++", "*?"])


@st.composite
def regexes(draw, depth=0):
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        if depth < 3 and draw(st.booleans()):
            inner = draw(regexes(depth + 1))
            if draw(st.booleans()):
                inner += "|" + draw(regexes(depth + 1))
            parts.append("(" + inner + ")" + draw(quant))
        else:
            parts.append(draw(regex_atom) + draw(quant))
    return "".join(parts)


@settings(max_examples=120, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(regexes())
def test_regex_check_never_raises_and_accepted_regexes_do_not_backtrack_exponentially(pattern):
    problem = regex_problem(pattern)
    assert problem is None or isinstance(problem, str)
    # a variable quantifier repeated again is always refused
    assert regex_problem(f"(?:{pattern}a+)+$") is not None
    if problem is None:  # 22 characters: an exponential pattern takes seconds here, a safe one microseconds
        compiled = re.compile(pattern, re.IGNORECASE)
        start = time.perf_counter()
        for text in ("a" * 22 + "!", "ab" * 11 + "!", "1 " * 11 + "!", "a1 " * 7 + "!"):
            compiled.search(text)
        assert time.perf_counter() - start < 0.5


@settings(max_examples=200, deadline=1000)
@given(st.text(alphabet=st.sampled_from(list("{}[]().:!>0123 turnquotelabel_x")), max_size=40))
def test_feedback_fill_never_raises_and_never_explodes(template):
    feedback_template_problem(template)
    out = fill_feedback(template, {"turn": 12, "turn_label": "12. repliik", "quote": "Tere"})
    assert len(out) <= len(template) + 20 * max(1, template.count("{"))


readiness_value = st.one_of(st.integers(-5, 200), st.floats(allow_nan=True), st.text(max_size=5), st.none(),
                            st.lists(st.sampled_from(["et", "ru", "phone", "chat", "xx"]), max_size=3),
                            st.dictionaries(st.sampled_from(["et", "phone", "yy"]), st.integers(-1, 5), max_size=2))
readiness_key = st.sampled_from(["topics", "pass_score", "passes_required", "window", "mode", "critical_window",
                                 "min_attempts", "channels", "languages", "target_weeks", "behind_margin",
                                 "pass_scor", "windw"])


@settings(max_examples=60, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(readiness_key, readiness_value, max_size=5))
def test_trainer_yaml_loads_or_fails_with_a_config_error(readiness):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "trainer.yaml"
        path.write_text(yaml.safe_dump({"readiness": readiness}, allow_unicode=True), encoding="utf-8")
        try:
            conf = _load_settings(str(path))
        except ConfigError as exc:
            assert exc.problems and all(p.file == str(path) and p.line for p in exc.problems)
            return
        finally:
            _load_settings_at.cache_clear()
        assert 0 <= conf.readiness.pass_score <= 100
        assert conf.readiness.passes_required <= conf.readiness.window


def _field_names(model) -> list[str]:
    return sorted({info.alias or name for name, info in model.model_fields.items()})


@pytest.mark.parametrize("model_path", ["trainer.scoring.rubric:Rubric", "trainer.simulation.knowledge:KnowledgeTopic",
                                        "trainer.config:Settings", "trainer.simulation.scenario:Scenario",
                                        "trainer.scoring.transcript:Transcript"])
def test_every_schema_turns_any_data_into_problems_with_lines(model_path):
    """Whatever a file holds, validation returns problems naming the file and a line, never an exception."""
    import importlib

    module, name = model_path.split(":")
    model = getattr(importlib.import_module(module), name)
    keys = st.sampled_from([*_field_names(model), "x", "criteria", "check", "type", "feedback", "pass", "et"])
    leaves = st.none() | st.booleans() | st.integers(-10, 10**12) | st.text(max_size=12) | st.just("re:(a+)+$") \
        | st.just("{turn[0]}") | st.just("(" * 50 + "a" + ")" * 50)
    data = st.recursive(leaves, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(keys, inner, max_size=4),
                        max_leaves=25)

    @settings(max_examples=60, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
    @given(st.dictionaries(keys, data, min_size=1, max_size=6))
    def check(value):
        text = yaml.safe_dump(value, allow_unicode=True)
        doc = parse_yaml(text, "f.yaml")
        _, problems = validate_doc(model, doc)
        for problem in problems:
            assert problem.file == "f.yaml" and problem.line is not None and problem.message

    check()


@pytest.mark.parametrize("style", ["flow-map", "block"])
def test_the_nesting_cap_is_the_same_in_block_and_flow_style(style):
    """The boundary hypothesis found: 63 nested keys plus the innermost mapping load, 64 are refused."""
    def text(depth):
        if style == "block":
            return "".join("  " * i + "a:\n" for i in range(depth)) + "  " * depth + "b: 1\n"
        return "k: " + "{a: " * depth + "1" + "}" * depth + "\n"

    assert _expect_yaml_error_or_data(text(MAX_YAML_DEPTH - 1)) is not None
    assert _expect_yaml_error_or_data(text(MAX_YAML_DEPTH)) is None
