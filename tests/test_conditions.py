"""The condition grammar: parsed, never eval'd."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.conditions import ConditionError, check_condition, evaluate, parse_condition


def ev(text, **names):
    functions = {"mentioned": lambda n: n in names.get("_mentioned", ()), "ever": lambda n: n == "showed_empathy"}
    return evaluate(parse_condition(text), names, functions)


@pytest.mark.parametrize(
    "text, names, expected",
    [
        ("asked_identification", {"asked_identification": True}, True),
        ("not asked_identification", {"asked_identification": True}, False),
        ("a and b or c", {"a": True, "b": False, "c": True}, True),
        ("a and (b or c)", {"a": True, "b": False, "c": False}, False),
        ("complaints >= 2", {"complaints": 2}, True),
        ("complaints > 2", {"complaints": 2}, False),
        ("mood == 'angry'", {"mood": "angry"}, True),
        ("mood != \"angry\"", {"mood": "calm"}, True),
        ("ever(showed_empathy) and not informal", {"informal": False}, True),
        ("mentioned(pension_amount)", {"_mentioned": ("pension_amount",)}, True),
        ("unknown_name", {}, False),
        ("turns < 1.5", {"turns": 1}, True),
    ],
)
def test_evaluate(text, names, expected):
    assert ev(text, **names) is expected


@pytest.mark.parametrize(
    "text, message",
    [
        ("a and", "ends too early"),
        ("a b", "unexpected 'b'"),
        ("(a or b", "missing ')'"),
        ("__import__('os')", "function takes names"),
        ("a; b", "unexpected character ';'"),
        ("", "empty condition"),
    ],
)
def test_parse_errors_name_the_problem(text, message):
    with pytest.raises(ConditionError) as exc:
        parse_condition(text)
    assert message in str(exc.value)


def test_check_condition_reports_unknown_names_and_functions():
    problems = check_condition("showed_empaty or said(x)", {"showed_empathy"}, {"mentioned": {"fact"}})
    assert any("unknown name 'showed_empaty'" in p for p in problems)
    assert any("unknown function 'said'" in p for p in problems)
    assert check_condition("mentioned(nope)", set(), {"mentioned": {"fact"}}) == ["mentioned(nope): 'nope' is not defined"]


@given(st.text(max_size=60))
def test_parser_never_crashes(text):
    try:
        node = parse_condition(text)
    except ConditionError:
        return
    evaluate(node, {}, {})
