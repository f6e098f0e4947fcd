"""The libyaml fast path of parse_yaml builds exactly what the pure-Python loader builds (data, lines and
every error), including the rare shapes its shortcuts leave to that loader: merge keys, aliases anywhere,
tagged and non-string scalars."""

import pytest

from trainer import yamlsource

pytestmark = pytest.mark.skipif(yamlsource._FastLoader is None, reason="PyYAML without libyaml")

LOADS = [
    "a: 1\nb: [x, 2.5, null, true, '7']\nc: {d: e}\n",
    "!!str 12: a\n1: b\n2.5: c\nnull: d\n",
    "a: !!str 12\nb: !!int '7'\nc: !!float 1\n",
    "base: {a: 1}\nother: {<<: {b: 2}, c: 3}\n",
    "= : v\nk: x\n",
    "a: &x 1\n",
    "- {role: agent, text: Tere, at: 0.0}\n- {role: client, text: '37605030299', at: 7}\n",
    "text: |\n  kaks\n  rida\nn: 0x1f\n",
]

ERRORS = [
    "a: &x 1\nb: *x\n",
    "a: &x {}\nb: {<<: *x}\n",
    "a: &x [1]\nb: {<<: *x}\n",
    "a: &k k\n*k : 2\n",
    "a: &x [1]\n? [*x]\n: 2\n",
    "a: 1\na: 2\n",
    "? [1]\n: 2\n",
    "a: !custom 1\n",
    "a: " + "[" * (yamlsource.MAX_YAML_DEPTH + 1) + "]" * (yamlsource.MAX_YAML_DEPTH + 1) + "\n",
    "? " + "[" * (yamlsource.MAX_YAML_DEPTH + 1) + "]" * (yamlsource.MAX_YAML_DEPTH + 1) + "\n: 1\n",
]


@pytest.mark.parametrize("text", LOADS)
def test_fast_and_python_loaders_agree(text, monkeypatch):
    fast = yamlsource.parse_yaml(text, "x.yaml")
    monkeypatch.setattr(yamlsource, "_FastLoader", None)
    slow = yamlsource.parse_yaml(text, "x.yaml")
    assert (fast.data, fast.lines) == (slow.data, slow.lines)
    assert list(fast.lines) == list(slow.lines)  # the line map in the same order too


@pytest.mark.parametrize("text", ERRORS)
def test_refused_documents_give_the_python_loaders_problem(text, monkeypatch):
    with pytest.raises(yamlsource.YamlError) as fast:
        yamlsource.parse_yaml(text, "x.yaml")
    monkeypatch.setattr(yamlsource, "_FastLoader", None)
    with pytest.raises(yamlsource.YamlError) as slow:
        yamlsource.parse_yaml(text, "x.yaml")
    assert fast.value.problem == slow.value.problem


def test_the_fast_path_leaves_aliases_and_merges_to_the_python_loader():
    for text in ["a: &x {}\nb: {<<: *x}\n", "a: &k k\n*k : 2\n", "base: {a: 1}\nother: {<<: {b: 2}}\n"]:
        with pytest.raises(ValueError):
            yamlsource._compose(text, yamlsource._FastLoader)
