"""No module under trainer/ reaches into another trainer module's private names (issue #10, code hygiene).

A name another module uses is part of its module's API and has a public name: `from trainer.x import _name`
(or `from .x import _name`) and `module._name` on an imported trainer module are not allowed. Dunders
(`__version__`) are fine. Tests may still read private names to test a module from inside.
"""

from __future__ import annotations

import ast
from pathlib import Path

TRAINER = Path(__file__).resolve().parent.parent / "trainer"


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _module_of(path: Path) -> tuple[str, bool]:
    parts = list(path.relative_to(TRAINER.parent).with_suffix("").parts)
    is_package = parts[-1] == "__init__"
    return ".".join(parts[:-1] if is_package else parts), is_package


def _source_module(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[:len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _is_trainer_module(dotted: str) -> bool:
    path = TRAINER.parent.joinpath(*dotted.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def private_uses(root: Path = TRAINER) -> list[str]:
    """`file:line name` for each private name of a trainer module imported or read by another trainer module."""
    found = []
    for path in sorted(root.rglob("*.py")):
        module, is_package = _module_of(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        aliases: set[str] = set()  # local names bound to trainer modules
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                source = _source_module(module, is_package, node)
                if source.split(".")[0] != "trainer":
                    continue
                for alias in node.names:
                    if _is_trainer_module(f"{source}.{alias.name}"):
                        aliases.add(alias.asname or alias.name)
                    elif _private(alias.name):
                        found.append(f"{path.relative_to(root.parent)}:{node.lineno} {source}.{alias.name}")
            elif isinstance(node, ast.Import):
                aliases.update(a.asname or a.name.split(".")[0] for a in node.names if a.name.startswith("trainer"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and _private(node.attr):
                base = node.value
                while isinstance(base, ast.Attribute):
                    base = base.value
                if isinstance(base, ast.Name) and base.id in aliases:
                    found.append(f"{path.relative_to(root.parent)}:{node.lineno} {ast.unparse(node)}")
    return found


def test_no_private_names_across_trainer_modules():
    uses = private_uses()
    assert not uses, f"{len(uses)} private names used across modules (give them public names):\n" + "\n".join(uses)


def test_the_walk_sees_what_it_must():
    """The checker itself: a private import is caught, a dunder or a public one is not."""
    assert _private("_stems") and not _private("__version__") and not _private("stems")
    node = ast.parse("from .asking import _asks").body[0]
    assert _source_module("trainer.scoring.left_unsure", False, node) == "trainer.scoring.asking"
    node = ast.parse("from .. import text").body[0]
    assert _source_module("trainer.scoring.left_unsure", False, node) == "trainer"
    assert _is_trainer_module("trainer.scoring.asking") and not _is_trainer_module("trainer.scoring.nothing_here")
