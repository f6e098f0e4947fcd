"""The tiny condition grammar used by dialogue branches and rubric applicability.

    expr       := or
    or         := and ("or" and)*
    and        := not ("and" not)*
    not        := "not" not | comparison
    comparison := atom (("==" | "!=" | "<" | "<=" | ">" | ">=") atom)?
    atom       := NUMBER | STRING | "true" | "false" | NAME | NAME "(" [NAME ("," NAME)*] ")" | "(" expr ")"

Names are signals of the trainee's reply, scenario state (flags and counters) or context flags;
functions are supplied by the caller (e.g. ``mentioned(pension_amount)``, ``ever(showed_empathy)``).
Conditions are parsed into a small tree and evaluated by walking it: never ``eval``'d.
A condition is at most :data:`MAX_CONDITION_CHARS` long and nests at most :data:`MAX_CONDITION_DEPTH`
levels of ``not`` and parentheses, so parsing and evaluating it is bounded and never recursion-deep.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

_TOKEN = re.compile(
    r"\s*(?:(?P<num>\d+(?:\.\d+)?)|(?P<str>\"[^\"]*\"|'[^']*')|(?P<op>==|!=|<=|>=|<|>|\(|\)|,)"
    r"|(?P<name>[A-Za-z_][A-Za-z0-9_.\-]*))"
)
_SPACE_TO_END = re.compile(r"\s*\Z")
_KEYWORDS = {"and", "or", "not", "true", "false"}
MAX_CONDITION_CHARS = 2_000
"""Longest condition (the longest shipped one is under 100 characters)."""
MAX_CONDITION_DEPTH = 32
"""Deepest nesting of ``not`` and parentheses in a condition."""
_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
}


class ConditionError(ValueError):
    """A condition that does not parse, or names something unknown."""

    def __init__(self, message: str, text: str = "", position: int | None = None):
        where = f" at position {position + 1}" if position is not None else ""
        super().__init__(f"{message}{where} in condition {text!r}" if text else message)
        self.position = position


@dataclass(frozen=True)
class Node:
    """A parsed condition: kind is one of const, name, call, not, and, or, cmp."""

    kind: str
    value: Any = None
    args: tuple[Node, ...] = ()

    def names(self) -> set[str]:
        """All bare names used (not function names)."""
        found = {self.value} if self.kind == "name" else set()
        for arg in self.args:
            found |= arg.names()
        return found

    def calls(self) -> set[tuple[str, tuple[str, ...]]]:
        """All function calls as (function, argument names)."""
        found = set()
        if self.kind == "call":
            found.add((self.value, tuple(a.value for a in self.args)))
        for arg in self.args:
            found |= arg.calls()
        return found


def _tokenize(text: str) -> list[tuple[str, Any, int]]:
    tokens = []
    pos = 0
    while pos < len(text):
        if _SPACE_TO_END.match(text, pos):  # only space left (never copies the rest: linear time)
            break
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise ConditionError(f"unexpected character {text[pos:].lstrip()[:1]!r}", text, pos)
        if m.group("num") is not None:
            raw = m.group("num")
            tokens.append(("const", float(raw) if "." in raw else int(raw), m.start("num")))
        elif m.group("str") is not None:
            tokens.append(("const", m.group("str")[1:-1], m.start("str")))
        elif m.group("op") is not None:
            tokens.append(("op", m.group("op"), m.start("op")))
        else:
            name = m.group("name")
            if name in ("true", "false"):
                tokens.append(("const", name == "true", m.start("name")))
            elif name in _KEYWORDS:
                tokens.append(("kw", name, m.start("name")))
            else:
                tokens.append(("name", name, m.start("name")))
        pos = m.end()
    return tokens


class _Parser:
    def __init__(self, text: str):
        self.text = text
        self.tokens = _tokenize(text)
        self.i = 0
        self.depth = 0

    def deeper(self) -> None:
        self.depth += 1
        if self.depth > MAX_CONDITION_DEPTH:
            self.fail(f"condition nests more than {MAX_CONDITION_DEPTH} levels of 'not' and parentheses")

    def peek(self) -> tuple[str, Any, int] | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self, kind: str, value: Any = None) -> bool:
        tok = self.peek()
        if tok and tok[0] == kind and (value is None or tok[1] == value):
            self.i += 1
            return True
        return False

    def fail(self, message: str):
        tok = self.peek()
        raise ConditionError(message, self.text, tok[2] if tok else len(self.text))

    def parse(self) -> Node:
        if not self.tokens:
            raise ConditionError("empty condition", self.text)
        node = self.parse_or()
        if self.peek() is not None:
            self.fail(f"unexpected {self.peek()[1]!r}")
        return node

    def parse_or(self) -> Node:
        items = [self.parse_and()]
        while self.take("kw", "or"):
            items.append(self.parse_and())
        return items[0] if len(items) == 1 else Node("or", args=tuple(items))

    def parse_and(self) -> Node:
        items = [self.parse_not()]
        while self.take("kw", "and"):
            items.append(self.parse_not())
        return items[0] if len(items) == 1 else Node("and", args=tuple(items))

    def parse_not(self) -> Node:
        if self.take("kw", "not"):
            self.deeper()
            node = Node("not", args=(self.parse_not(),))
            self.depth -= 1
            return node
        left = self.parse_atom()
        tok = self.peek()
        if tok and tok[0] == "op" and tok[1] in _COMPARE:
            self.i += 1
            return Node("cmp", tok[1], (left, self.parse_atom()))
        return left

    def parse_atom(self) -> Node:
        tok = self.peek()
        if tok is None:
            self.fail("condition ends too early")
        kind, value, _ = tok
        if kind == "const":
            self.i += 1
            return Node("const", value)
        if kind == "op" and value == "(":
            self.i += 1
            self.deeper()
            node = self.parse_or()
            self.depth -= 1
            if not self.take("op", ")"):
                self.fail("missing ')'")
            return node
        if kind == "name":
            self.i += 1
            if self.take("op", "("):
                args = []
                if not self.take("op", ")"):
                    while True:
                        arg = self.peek()
                        if not arg or arg[0] != "name":
                            self.fail("a function takes names as arguments")
                        self.i += 1
                        args.append(Node("name", arg[1]))
                        if self.take("op", ")"):
                            break
                        if not self.take("op", ","):
                            self.fail("expected ',' or ')'")
                return Node("call", value, tuple(args))
            return Node("name", value)
        self.fail(f"unexpected {value!r}")


@lru_cache(maxsize=4096)
def parse_condition(text: str) -> Node:
    """Parse a condition string into a Node; raises ConditionError with the position."""
    if not isinstance(text, str):
        raise ConditionError(f"a condition must be text, got {type(text).__name__}")
    if len(text) > MAX_CONDITION_CHARS:
        raise ConditionError(f"condition is longer than {MAX_CONDITION_CHARS} characters ({len(text)})")
    return _Parser(text).parse()


def validate_condition(value: str | None) -> str | None:
    """Pydantic field validator: the condition must parse (the error becomes a schema error)."""
    if value is not None:
        try:
            parse_condition(value)
        except ConditionError as exc:
            raise ValueError(str(exc)) from None
    return value


def evaluate(
    node: Node,
    names: Mapping[str, Any],
    functions: Mapping[str, Callable[..., Any]] | None = None,
) -> Any:
    """Evaluate a parsed condition. Unknown names are False (validation reports them beforehand)."""
    kind = node.kind
    if kind == "const":
        return node.value
    if kind == "name":
        return names.get(node.value, False)
    if kind == "not":
        return not evaluate(node.args[0], names, functions)
    if kind == "and":
        return all(evaluate(a, names, functions) for a in node.args)
    if kind == "or":
        return any(evaluate(a, names, functions) for a in node.args)
    if kind == "cmp":
        left = evaluate(node.args[0], names, functions)
        right = evaluate(node.args[1], names, functions)
        try:
            return _COMPARE[node.value](left, right)
        except TypeError:
            return False
    if kind == "call":
        fn = (functions or {}).get(node.value)
        if fn is None:
            return False
        return fn(*(a.value for a in node.args))
    raise ConditionError(f"unknown node {kind}")  # pragma: no cover


def check_condition(text: str, known_names: set[str], known_functions: Mapping[str, set[str] | None]) -> list[str]:
    """Messages for a condition that does not parse or uses unknown names/functions/arguments."""
    try:
        node = parse_condition(text)
    except ConditionError as exc:
        return [str(exc)]
    problems = []
    for name in sorted(node.names() - _call_arg_names(node)):
        if name not in known_names:
            problems.append(f"unknown name {name!r} in condition {text!r}")
    for fn, args in sorted(node.calls()):
        if fn not in known_functions:
            problems.append(f"unknown function {fn!r} in condition {text!r} (known: {', '.join(sorted(known_functions))})")
            continue
        allowed = known_functions[fn]
        for arg in args:
            if allowed is not None and arg not in allowed:
                problems.append(f"{fn}({arg}): {arg!r} is not defined")
    return problems


def _call_arg_names(node: Node) -> set[str]:
    found = set()
    if node.kind == "call":
        found |= {a.value for a in node.args}
    for arg in node.args:
        found |= _call_arg_names(arg)
    return found
