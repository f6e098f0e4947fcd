"""YAML loading that remembers where every value came from.

Schema errors must name the file, the line and the field, and suggest a fix. PyYAML's composer keeps a
mark on every node; we walk the node tree once, building plain Python data and a map from the path of
each value (a tuple of keys and list indexes) to its line number.

Inputs are bounded (see docs/authoring.md, "Limits"): a file is at most :data:`MAX_YAML_BYTES`, nested at
most :data:`MAX_YAML_DEPTH` levels, and may not use anchors and aliases (``&name`` / ``*name``), whose
re-expansion is how a few hundred bytes become gigabytes ("billion laughs"). Only regular files are read,
so a FIFO or a device named ``*.yaml`` cannot block or flood a load.
"""

from __future__ import annotations

import difflib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

Path_ = tuple[str | int, ...]

MAX_YAML_BYTES = 2_000_000
"""Largest YAML document read (the largest shipped file is about 20 kB)."""
MAX_YAML_DEPTH = 64
"""Deepest nesting of mappings and lists (shipped files use at most 9 levels)."""


@dataclass(frozen=True)
class Problem:
    """One error or warning about a data file, with where it is and how to fix it."""

    file: str
    line: int | None
    field: str
    message: str
    hint: str = ""
    severity: str = "error"  # error | warning

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        text = f"{where}: {self.severity}: {self.field + ': ' if self.field else ''}{self.message}"
        return f"{text} ({self.hint})" if self.hint else text

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "line": self.line,
            "field": self.field,
            "message": self.message,
            "hint": self.hint,
            "severity": self.severity,
        }


@dataclass
class SourceDoc:
    """Parsed YAML data plus the line of every path in it."""

    file: str
    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)
    text: str = ""

    def line_of(self, path: Path_) -> int | None:
        """Line of the value at `path`, or of its nearest ancestor that has one."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)


class YamlError(Exception):
    """A file that is not valid YAML (or not readable); carries a Problem."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


class _Loader(yaml.SafeLoader):
    """A SafeLoader that refuses aliases and nesting deeper than MAX_YAML_DEPTH while composing, so neither
    can cost more than the size of the text."""

    def __init__(self, stream):
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, f"aliases (*{event.anchor}) are not supported", event.start_mark)
        if self.check_event(yaml.MappingStartEvent, yaml.SequenceStartEvent):
            self._depth += 1
            if self._depth > MAX_YAML_DEPTH:
                raise yaml.composer.ComposerError(
                    None, None, f"nesting is deeper than {MAX_YAML_DEPTH} levels", self.peek_event().start_mark)
            try:
                return super().compose_node(parent, index)
            finally:
                self._depth -= 1
        return super().compose_node(parent, index)


# libyaml's composer is ~10x faster than PyYAML's pure-Python one (Library.load: ~1.5 s -> ~0.15 s
# for the project's 66 files). Same nodes and line marks; any error is re-parsed with the Python
# loader so messages stay exactly as before.
_FastLoader: type | None = getattr(yaml, "CSafeLoader", None) if getattr(yaml, "__with_libyaml__", False) else None
#: scalar tags built straight by their constructor (no aliases in libyaml's nodes: nothing to remember)
_PLAIN_SCALAR_TAGS = frozenset(f"tag:yaml.org,2002:{t}" for t in ("int", "float", "bool", "null"))


_STR_TAG = "tag:yaml.org,2002:str"
#: key tags that PyYAML's flatten_mapping resolves (``<<`` merges, ``=`` value keys)
_FLATTEN_TAGS = frozenset({"tag:yaml.org,2002:merge", "tag:yaml.org,2002:value"})


def _construct(node: yaml.Node, path: Path_, lines: dict[Path_, int], loader: _Loader,
               seen: set[int] | None = None, depth: int = 1) -> Any:
    """The Python value of `node`, recording the line of every path in `lines`.

    With `seen` (libyaml's nodes, composed without :class:`_Loader`'s guard), a node reached twice (an
    alias) or nesting deeper than MAX_YAML_DEPTH raises ValueError as soon as it is met, before anything
    is expanded twice; the caller then re-parses with :class:`_Loader`, which names the problem."""
    if seen is not None:
        if id(node) in seen:
            raise ValueError("alias")
        seen.add(id(node))
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.ScalarNode):
        # a plain string is its own value (what construct_object would return, without its bookkeeping)
        if node.tag == _STR_TAG:
            return node.value
        if seen is not None and node.tag in _PLAIN_SCALAR_TAGS:  # a number, bool or null: the same, more directly
            return loader.yaml_constructors[node.tag](loader, node)
        return loader.construct_object(node, deep=True)
    if seen is not None and depth > MAX_YAML_DEPTH:
        raise ValueError("too deep")
    if isinstance(node, yaml.MappingNode):
        if seen is None:
            loader.flatten_mapping(node)  # "<<" merges and "=" keys; libyaml's nodes refuse them below
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _STR_TAG and isinstance(key_node, yaml.ScalarNode):
                if seen is not None:
                    if id(key_node) in seen:
                        raise ValueError("alias")
                    seen.add(id(key_node))
                key = key_node.value
            else:
                if seen is not None:
                    if key_node.tag in _FLATTEN_TAGS:
                        raise ValueError("merge key")  # rare, and "<<: *name" is an alias: _Loader builds or refuses it
                    _construct(key_node, path, {}, loader, seen, depth + 1)  # aliases and depth inside the key
                key = loader.construct_object(key_node, deep=True)
            if isinstance(key, list | dict):
                raise yaml.constructor.ConstructorError(
                    None, None, "a mapping key must be a plain value", key_node.start_mark
                )
            if key in result:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            child = (*path, key if isinstance(key, str) else str(key))
            result[key] = _construct(value_node, child, lines, loader, seen, depth + 1)
            lines[child] = key_node.start_mark.line + 1
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_construct(item, (*path, i), lines, loader, seen, depth + 1) for i, item in enumerate(node.value)]
    return loader.construct_object(node, deep=True)


def _compose(text: str, loader_cls: type) -> tuple[Any, dict[Path_, int]]:
    loader = loader_cls(text)
    try:
        node = loader.get_single_node()
        lines: dict[Path_, int] = {}
        seen: set[int] | None = set() if loader_cls is _FastLoader else None
        data = None if node is None else _construct(node, (), lines, loader, seen)
    finally:
        loader.dispose()
    return data, lines


def parse_yaml(text: str, file: str = "<string>") -> SourceDoc:
    """Parse YAML text into a SourceDoc; raises YamlError with the line of the syntax error.

    Bounded: text longer than MAX_YAML_BYTES, aliases and nesting deeper than MAX_YAML_DEPTH are errors."""
    if len(text) > MAX_YAML_BYTES:
        raise YamlError(Problem(file, None, "", f"the document is larger than {MAX_YAML_BYTES:,} characters",
                                "split it into several files"))
    if _FastLoader is not None:
        try:
            data, lines = _compose(text, _FastLoader)
            return SourceDoc(file=file, data=data, lines=lines, text=text)
        except (yaml.YAMLError, RecursionError, ValueError, TypeError):
            pass  # the pure-Python loader below reports the problem with its usual message
    loader = None
    try:
        loader = _Loader(text)
        node = loader.get_single_node()
        lines: dict[Path_, int] = {}
        data = None if node is None else _construct(node, (), lines, loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        message = (exc.problem or str(exc)).strip()
        if exc.context:
            message = f"{exc.context.strip()}: {message}"
        if "are not supported" in message or "nesting is deeper" in message:
            hint = ("repeat the value instead of an alias" if "alias" in message
                    else "flatten the structure") + "; see 'Limits' in docs/authoring.md"
            raise YamlError(Problem(file, line, "", f"YAML error: {message}", hint)) from None
        raise YamlError(
            Problem(file, line, "", f"YAML syntax error: {message}",
                    "check indentation and quoting around this line; a value with ': ', '#' or a comma inside "
                    "{...} needs quotes")
        ) from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, max(exc.position, 0)) + 1
        raise YamlError(Problem(file, line, "", f"YAML error: character #x{exc.character:04x} is not allowed",
                                "remove the control character")) from None
    except yaml.YAMLError as exc:  # pragma: no cover - other PyYAML failures
        raise YamlError(Problem(file, None, "", f"YAML error: {exc}")) from None
    except RecursionError:
        raise YamlError(Problem(file, None, "", "YAML nesting is too deep")) from None
    except MemoryError:  # the limits above should make this unreachable
        raise YamlError(Problem(file, None, "", "the document is too large to load")) from None
    finally:
        if loader is not None:
            loader.dispose()
    return SourceDoc(file=file, data=data, lines=lines, text=text)


def read_text_bounded(path: str | Path, within: str | Path | None = None, limit: int = MAX_YAML_BYTES) -> str:
    """The UTF-8 text of a regular file of at most `limit` bytes; raises YamlError naming the file otherwise.

    FIFOs, devices, sockets and folders are refused before they are opened (a FIFO would block, ``/dev/zero``
    never ends). With `within`, a symlink must resolve to a file inside that folder."""
    path = Path(path)
    name = str(path)
    try:
        info = os.stat(path)  # follows symlinks: the kind of the file actually read
    except OSError as exc:
        raise YamlError(Problem(name, None, "", f"cannot read file: {exc.strerror or exc}")) from None
    if not stat.S_ISREG(info.st_mode):
        kind = ("a folder" if stat.S_ISDIR(info.st_mode) else "a FIFO (named pipe)" if stat.S_ISFIFO(info.st_mode)
                else "a device" if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode) else "not a regular file")
        raise YamlError(Problem(name, None, "", f"cannot read file: it is {kind}", "give a regular .yaml file"))
    if within is not None and path.is_symlink():
        target, base = path.resolve(), Path(within).resolve()
        if not target.is_relative_to(base):
            raise YamlError(Problem(name, None, "", f"symlink points outside the project folder ({target})",
                                    "copy the file into the project instead of linking to it"))
    if info.st_size > limit:
        raise YamlError(Problem(name, None, "", f"file is larger than {limit:,} bytes ({info.st_size:,})",
                                "split it into several files"))
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)  # the file may have grown since stat
    except OSError as exc:
        raise YamlError(Problem(name, None, "", f"cannot read file: {exc.strerror or exc}")) from None
    if len(data) > limit:
        raise YamlError(Problem(name, None, "", f"file is larger than {limit:,} bytes", "split it into several files"))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise YamlError(Problem(name, line, "", f"cannot read file: not UTF-8 text (byte {exc.start + 1})",
                                "save the file as UTF-8")) from None


def load_yaml(path: str | Path, within: str | Path | None = None) -> SourceDoc:
    """Read and parse a YAML file; raises YamlError naming the file on any failure (see
    :func:`read_text_bounded` for what is refused)."""
    text = read_text_bounded(path, within)
    if text.startswith("\ufeff"):
        text = text[1:]
    return parse_yaml(text, str(path))


def _field_name(loc: Path_) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _allowed_keys(model: type[BaseModel], loc: Path_) -> list[str]:
    """Field names (and aliases) of the model at `loc`, to suggest a fix for a misspelt key."""
    current: Any = model
    for part in loc[:-1]:
        if isinstance(part, int) or current is None:
            continue
        fields = getattr(current, "model_fields", None)
        if not fields or part not in fields:
            by_alias = {f.alias: f for f in (fields or {}).values() if f.alias}
            if part in by_alias:
                current = _inner_model(by_alias[part].annotation)
                continue
            current = None
            continue
        current = _inner_model(fields[part].annotation)
    if current is None or not hasattr(current, "model_fields"):
        return []
    names = []
    for name, info in current.model_fields.items():
        names.append(info.alias or name)
    return names


def _inner_model(annotation: Any) -> Any:
    """Find a BaseModel inside an annotation such as list[Step] or dict[str, Step] | None."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def _data_path(data: Any, base: Path_, loc: tuple) -> Path_:
    """The part of a pydantic error location that exists in the data: union tags such as 'Step' or
    'list[Transition]' are skipped by walking the data itself."""
    node = data
    for part in base:
        node = node[part] if isinstance(node, dict | list) else None
    out: list[str | int] = []
    for i, part in enumerate(loc):
        if isinstance(node, dict) and part in node:
            out.append(part)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            out.append(part)
            node = node[part]
        elif isinstance(node, dict) and i == len(loc) - 1 and isinstance(part, str):
            out.append(part)  # a missing or unknown key: name it
    return tuple(out)


def problems_from_validation(
    exc: ValidationError, doc: SourceDoc, model: type[BaseModel], base: Path_ = ()
) -> list[Problem]:
    """Turn a pydantic ValidationError into Problems with lines and fix suggestions."""
    problems = []
    seen = set()
    for err in exc.errors():
        data_loc = _data_path(doc.data, base, err["loc"])
        full = (*base, *data_loc)
        hint = ""
        kind = err["type"]
        if kind == "extra_forbidden":
            key = str(data_loc[-1]) if data_loc else ""
            allowed = _allowed_keys(model, data_loc)
            close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
            message = f"unknown key {key!r}"
            if close:
                hint = f"did you mean {close[0]!r}?"
            elif allowed:
                hint = "allowed keys: " + ", ".join(sorted(allowed))
        elif kind == "missing":
            message = "required field is missing"
            hint = f"add '{data_loc[-1]}:'" if data_loc else ""
        else:
            message = err["msg"]
            if "input" in err and kind not in {"model_type", "dict_type"}:
                shown = repr(err["input"])
                if len(shown) < 80:
                    message += f" (got {shown})"
        key = (full, message)
        if key in seen:
            continue
        seen.add(key)
        problems.append(Problem(doc.file, doc.line_of(full), _field_name(full), message, hint))
    return problems


def validate_doc(model: type[BaseModel], doc: SourceDoc, context: dict | None = None):
    """Validate a SourceDoc against a pydantic model: returns (instance or None, problems)."""
    if not isinstance(doc.data, dict):
        kind = "empty" if doc.data is None else type(doc.data).__name__
        return None, [Problem(doc.file, 1, "", f"expected a mapping at the top of the file, found {kind}",
                              "the file must start with keys such as 'id:'")]
    try:
        return model.model_validate(doc.data, context=context), []
    except ValidationError as exc:
        return None, problems_from_validation(exc, doc, model)
