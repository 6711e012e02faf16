"""Regular expressions compiled when a text first needs them.

re compiles a character class with a Python loop over every character it spans: [\\u4e00-\\u9fff] costs
about 2 ms, and hecha's modules compile some 600 patterns at import, in every process that checks (half
a second of a run of `hecha check`). A pattern only rare texts need is written `lazy_compile(r"…")`
rather than `re.compile(r"…")`: its `pattern` is there at once (patterns are built from others' text),
and it is compiled at its first method call, from which on its methods are the compiled pattern's own.
It is no re.Pattern to isinstance() or to re's functions, nor a key to compare: only for module
constants whose methods are called.
"""

from __future__ import annotations

import re
from typing import Any, cast

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")


class _LazyPattern:
    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # (asked only for what the instance does not hold: the first call compiles the pattern, and its
        # methods and attributes become the instance's own, found as fast as the compiled pattern's)
        compiled = re.compile(self.pattern, self._flags)
        for attr in (*_METHODS, "flags", "groups", "groupindex"):
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, compiled at its first use (see the module's docstring)."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))
