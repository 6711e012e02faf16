"""`json.dumps(obj, ensure_ascii=False, indent=2)`, byte for byte, without the stdlib's slow path.

With `indent` set, the stdlib encoder drops its C accelerator and walks the object with nested Python
generators (~0.3 ms for one document's report object, as much as the rule engine). This walks it with
one recursive function into a list of pieces and leaves strings to the stdlib's C string encoder.
Anything it does not know (other types, non-string keys) goes to `json.dumps` itself, so output and
errors never differ; tests/test_indented_json.py compares the two on every report object it builds.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from json.encoder import encode_basestring  # the C version when available
from typing import Any

_INF = float("inf")


def _float(o: float) -> str:
    if o != o:
        return "NaN"
    if o == _INF:
        return "Infinity"
    if o == -_INF:
        return "-Infinity"
    return float.__repr__(o)


def dumps(obj: Any, indent: int = 2, level: int = 0) -> str:
    """The object as `json.dumps(obj, ensure_ascii=False, indent=indent)` writes it, as if nested
    `level` levels deep (continuation lines carry the outer indentation, the first line does not)."""
    out: list[str] = []
    _encode(obj, "\n" + " " * (indent * level), " " * indent, out)
    return "".join(out)


def _bool(o: bool) -> str:
    return "true" if o else "false"


def _null(o: None) -> str:
    return "null"


# leaves are written without a call to _encode (they are most of a report's values)
_LEAF: dict[type, Callable[[Any], str]] = {
    str: encode_basestring,
    int: int.__repr__,
    float: _float,
    bool: _bool,
    type(None): _null,
}


def _encode(o: Any, nl: str, step: str, out: list[str]) -> None:
    t = type(o)
    leaf = _LEAF.get(t)
    if leaf is not None:
        out.append(leaf(o))
    elif t is dict:
        if not o:
            out.append("{}")
            return
        inner = nl + step
        key = (tuple(o), nl)
        heads = _HEADS.get(key)
        if heads is None:
            heads = _heads(o, nl, step)
            if heads is None:  # rare: the stdlib decides how a non-string key is written
                out.append(_fallback(o, nl, step))
                return
            if len(_HEADS) >= _MAX_HEADS:
                _HEADS.clear()
            _HEADS[key] = heads
        for head, v in zip(heads, o.values(), strict=True):
            t = type(v)  # (the commonest leaves first, without a call for a null)
            if t is str:
                out.append(head + encode_basestring(v))
            elif t is int:
                out.append(head + int.__repr__(v))
            elif v is None:
                out.append(head + "null")
            else:
                leaf = _LEAF.get(t)
                if leaf is not None:
                    out.append(head + leaf(v))
                elif t is Written:
                    out.append(head + v.write(inner, step))
                else:
                    out.append(head)
                    _encode(v, inner, step, out)
        out.append(nl + "}")
    elif t is list or t is tuple:
        if not o:
            out.append("[]")
            return
        inner = nl + step
        sep = "[" + inner
        for v in o:
            leaf = _LEAF.get(type(v))
            if leaf is not None:
                out.append(sep + leaf(v))
            else:
                out.append(sep)
                _encode(v, inner, step, out)
            sep = "," + inner
        out.append(nl + "]")
    else:
        out.append(_fallback(o, nl, step))


# What comes before each value of a dict ("{" or "," then the line break, indentation and key), by its
# keys and indentation: most dicts of a report share their keys (a figure's sixteen, a finding's), and
# writing them is most of the work. Keys equal as a tuple are equal strings (a str equals only a str),
# so they are written alike.
_HEADS: dict[tuple[tuple[Any, ...], str], tuple[str, ...]] = {}
_MAX_HEADS = 4096


def _heads(o: dict[Any, Any], nl: str, step: str) -> tuple[str, ...] | None:
    """The pieces before each value of `o` at this depth; None if a key is not a string."""
    if any(type(k) is not str for k in o):
        return None
    inner = nl + step
    return tuple(("," if i else "{") + inner + encode_basestring(k) + ": " for i, k in enumerate(o))


class Written:
    """A dict value written by its own function: `write(nl, step)` returns what `_encode` would write
    for the value it stands for at that indentation (`nl`, the line break and indentation of the line
    the value starts on; `step`, one level). Only `dumps` reads it: for a document's facts, written
    from the facts without a dict each (report/build.facts_text)."""

    __slots__ = ("write",)

    def __init__(self, write: Callable[[str, str], str]) -> None:
        self.write = write


def encoded(o: Any, nl: str, step: str) -> str:
    """What `_encode` writes for `o` at this indentation."""
    out: list[str] = []
    _encode(o, nl, step, out)
    return "".join(out)


def _fallback(o: Any, nl: str, step: str) -> str:
    """The stdlib's own rendering (or its TypeError), re-indented to this depth."""
    return json.dumps(o, ensure_ascii=False, indent=len(step)).replace("\n", nl)
