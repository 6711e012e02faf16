"""Data files checked against their declared shape: a rule pack against schemas/rulepack.schema.json,
the ontology against schemas/metrics.schema.json, with the file line of whatever is wrong.

The shapes are JSON Schema (draft 2020-12) documents, declared once and usable in an editor. They use
a small part of the standard — `$ref` into `$defs`, `type`, `enum`, `required`, `properties`,
`additionalProperties`, `propertyNames`, `items`, `minItems`, `minLength`, `pattern`, `minimum`, and
`anyOf` over branches of different types (the branch of the value's type is the one checked) — and
this module checks exactly that part, so loading a pack does not import a JSON Schema library (160 ms
of every run's start-up). tests/test_shape.py validates the same files with `jsonschema` and checks
that both refuse the same mistakes; a keyword outside that part is refused when the schema is read.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterator
from functools import cache
from typing import Any

import yaml

from .resources import data_dir

Path_ = tuple[str | int, ...]

KEYWORDS = {
    "$schema", "$id", "$ref", "$defs", "title", "description", "type", "enum", "required", "properties",
    "additionalProperties", "propertyNames", "items", "minItems", "minLength", "pattern", "minimum", "anyOf",
}  # fmt: skip
_TYPES = {"object": "a mapping", "array": "a list", "string": "text", "integer": "a whole number",
          "number": "a number", "boolean": "true or false"}  # fmt: skip


class ShapeError(ValueError):
    """What is wrong and where, as a path of keys and list indices from the top of the file."""

    def __init__(self, path: Path_, problem: str):
        self.path, self.problem = path, problem
        super().__init__(problem)


@cache
def schema(name: str) -> dict[str, Any]:
    """A bundled schema (schemas/NAME.schema.json), its keywords checked once."""
    s: dict[str, Any] = json.loads((data_dir("schemas") / f"{name}.schema.json").read_text(encoding="utf-8"))
    for node in _nodes(s):
        unknown = set(node) - KEYWORDS
        if unknown:
            raise ValueError(f"{name}.schema.json uses {sorted(unknown)}, which shape.py does not check")
    return s


def _nodes(s: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield s
    for key in ("properties", "$defs"):
        for sub in s.get(key, {}).values():
            yield from _nodes(sub)
    for key in ("items", "additionalProperties", "propertyNames"):
        if isinstance(s.get(key), dict):
            yield from _nodes(s[key])
    for sub in s.get("anyOf", []):
        yield from _nodes(sub)


def _is(value: Any, t: str) -> bool:
    if t == "object":
        return isinstance(value, dict)
    if t == "array":
        return isinstance(value, list)
    if t == "string":
        return isinstance(value, str)
    if t == "boolean":
        return isinstance(value, bool)
    if t == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if t == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    raise ValueError(f"type {t!r}")


def _name(path: Path_) -> str:
    if path and isinstance(path[-1], str):
        return path[-1]
    if len(path) >= 2 and isinstance(path[-2], str):
        return f"each item of {path[-2]}"
    return "value"


def validate(value: Any, root: dict[str, Any], ignore: frozenset[str] = frozenset()) -> None:
    """Raise ShapeError for the first place `value` does not fit `root` (keys in `ignore` are the
    loader's own bookkeeping, never in the file)."""
    _check(value, root, root, (), ignore)


def _check(value: Any, s: dict[str, Any], root: dict[str, Any], path: Path_, ignore: frozenset[str]) -> None:
    if "$ref" in s:
        s = root["$defs"][s["$ref"].removeprefix("#/$defs/")]
    name = _name(path)
    if "anyOf" in s:  # branches of different types: the one of the value's type decides
        branch = next((b for b in s["anyOf"] if _is(value, b["type"])), None)
        if branch is None:
            kinds = " or ".join(_TYPES[b["type"]] for b in s["anyOf"])
            raise ShapeError(path, f"{name} must be {kinds}, not {type(value).__name__} {value!r}")
        s = branch
    if "enum" in s and value not in s["enum"]:
        choices = ", ".join(map(str, s["enum"]))
        raise ShapeError(path, f"unknown {name} {value!r} (expected one of {choices})")
    t = s.get("type")
    if t is not None and not _is(value, t):
        raise ShapeError(path, f"{name} must be {_TYPES[t]}, not {type(value).__name__} {value!r}")
    if isinstance(value, str):
        if len(value) < s.get("minLength", 0):
            raise ShapeError(path, f"{name} must not be empty")
        if "pattern" in s and not re.search(s["pattern"], value):
            like = s.get("description", f"text matching {s['pattern']}")
            raise ShapeError(path, f"{name} {value!r} is not {like}")
    if "minimum" in s and _is(value, "number") and value < s["minimum"]:
        raise ShapeError(path, f"{name} must be at least {s['minimum']}, not {value}")
    if isinstance(value, list):
        if len(value) < s.get("minItems", 0):
            raise ShapeError(path, f"{name} needs at least {s['minItems']} item(s)")
        for i, item in enumerate(value):
            if "items" in s:
                _check(item, s["items"], root, (*path, i), ignore)
    if isinstance(value, dict):
        _check_mapping(value, s, root, path, ignore)


def _check_mapping(
    value: dict[Any, Any], s: dict[str, Any], root: dict[str, Any], path: Path_, ignore: frozenset[str]
) -> None:
    props: dict[str, Any] = s.get("properties", {})
    extra = s.get("additionalProperties", True)
    for key, item in value.items():
        if key in ignore:
            continue
        if "propertyNames" in s and not (
            isinstance(key, str) and re.search(s["propertyNames"]["pattern"], key)
        ):
            raise ShapeError((*path, str(key)), f"{key!r} is not a valid name here")
        if key in props:
            _check(item, props[key], root, (*path, key), ignore)
        elif extra is False:
            near = difflib.get_close_matches(str(key), list(props), n=1, cutoff=0.6)
            hint = f"; did you mean {near[0]!r}?" if near else f" (known: {', '.join(props)})"
            raise ShapeError((*path, str(key)), f"unknown key {key!r}{hint}")
        elif isinstance(extra, dict):
            _check(item, extra, root, (*path, str(key)), ignore)
    for key in s.get("required", []):  # after the unknown keys: `passes:` is a typo of pass, say so
        if key not in value:
            where = f"{_name(path)}: " if path else ""
            raise ShapeError(path, f"{where}missing required key {key!r}")


def line_of(text: str, path: Path_) -> int | None:
    """The 1-based line of the node at `path` in a YAML text (the key's line for a mapping entry):
    composed again only when something is wrong, so a good file costs nothing."""
    try:
        node: yaml.Node | None = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return None
    line = node.start_mark.line + 1 if node is not None else None
    for step in path:
        if isinstance(node, yaml.MappingNode):
            pair = next((kv for kv in node.value if str(kv[0].value) == str(step)), None)
            if pair is None:
                return line
            line, node = pair[0].start_mark.line + 1, pair[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
            line = node.start_mark.line + 1
        else:
            return line
    return line
