"""Configuration: `hecha.toml`, or `[tool.hecha]` in pyproject.toml: the nearest one in the working
folder or a folder above it (as ruff and mypy find theirs); a pyproject.toml without [tool.hecha] is
passed over.

select = ["HC2", "HC001"]        # rule ids or prefixes to run (default: all)
ignore = ["HC402"]               # rule ids or prefixes to skip
rule_dirs = ["my_checks"]        # extra rule-pack folders, relative to the config file
ontology = ["my_metrics.yaml"]   # extra ontology files (families, metrics), relative to the config file
fail_on = "error"                # default for --fail-on
[severity]                       # severity overrides
HC305 = "error"
"""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .safeopen import read_regular_text

SEVERITIES = ("error", "warning", "info")


class ConfigError(ValueError):
    pass


@dataclass
class Config:
    select: set[str] | None = None
    ignore: set[str] = field(default_factory=set)
    severity: dict[str, str] = field(default_factory=dict)
    rule_dirs: list[Path] = field(default_factory=list)
    ontology: list[Path] = field(default_factory=list)
    fail_on: str | None = None
    source: str | None = None


MAX_CONFIG_BYTES = 1 << 20


def _deepest_line(text: str, limit: int = 100) -> int:
    """The line where brackets first nest more than `limit` deep (strings not told apart: an estimate
    for the message only; a real config never gets close)."""
    depth = 0
    for n, line in enumerate(text.splitlines(), 1):
        for c in line:
            depth += c in "[{"
            depth -= c in "]}"
            if depth > limit:
                return n
    return 1


def _strings(v: object, where: str, key: str) -> list[str]:
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise ConfigError(f"{where}: '{key}' must be a list of strings")
    return list(v)


def _candidates(cwd: Path) -> list[Path]:
    """hecha.toml then pyproject.toml in the working folder, then in each folder above it."""
    return [d / name for d in (cwd, *cwd.parents) for name in ("hecha.toml", "pyproject.toml")]


def _present(p: Path) -> bool:
    try:
        return p.exists() or p.is_symlink()
    except OSError:  # a folder above the working one that cannot be searched
        return False


def load_config(path: Path | None = None, cwd: Path | None = None) -> Config:
    cwd = (cwd or Path.cwd()).absolute()
    table: dict[str, object] | None = None
    src: Path | None = None
    candidates = [path] if path else _candidates(cwd)
    for p in candidates:
        if p is None or not _present(p):
            if path is not None:
                raise ConfigError(f"{path}: config file not found")
            continue
        try:
            text = read_regular_text(p, MAX_CONFIG_BYTES)  # a FIFO is refused, never opened blocking
            data = tomllib.loads(text)
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
            raise ConfigError(f"{p}: not valid TOML: {e}") from e
        except RecursionError as e:  # tomllib recurses once per level of [[[ or {a={
            raise ConfigError(f"{p}:{_deepest_line(text)}: not valid TOML: nested too deeply") from e
        except (OSError, ValueError) as e:
            raise ConfigError(f"{p}: cannot read: {e}") from e
        if p.name == "pyproject.toml":
            tool = data.get("tool", {})
            if isinstance(tool, dict) and "hecha" in tool:
                table, src = tool["hecha"], p
                break
            continue
        table, src = data, p
        break
    if table is None or src is None:
        return Config()
    where = str(src)
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: [tool.hecha] must be a table")
    known = {"select", "ignore", "severity", "rule_dirs", "ontology", "fail_on"}
    unknown = set(table) - known
    if unknown:
        first = sorted(unknown)[0]
        near = difflib.get_close_matches(first, sorted(known), n=1)
        hint = f"; did you mean {near[0]!r}?" if near else ""
        raise ConfigError(
            f"{where}: unknown setting(s) {', '.join(sorted(unknown))}{hint} (known: {', '.join(sorted(known))})"
        )
    cfg = Config(source=where)
    if "select" in table:
        cfg.select = set(_strings(table["select"], where, "select"))
    if "ignore" in table:
        cfg.ignore = set(_strings(table["ignore"], where, "ignore"))
    if "rule_dirs" in table:
        cfg.rule_dirs = [(src.parent / d).resolve() for d in _strings(table["rule_dirs"], where, "rule_dirs")]
    if "ontology" in table:
        cfg.ontology = [(src.parent / f).resolve() for f in _strings(table["ontology"], where, "ontology")]
    sev = table.get("severity", {})
    if not isinstance(sev, dict) or not all(v in SEVERITIES for v in sev.values()):
        raise ConfigError(f"{where}: [severity] maps rule ids to error, warning or info")
    cfg.severity = {str(k): str(v) for k, v in sev.items()}
    if "fail_on" in table:
        if table["fail_on"] not in (*SEVERITIES, "never"):
            raise ConfigError(f"{where}: fail_on must be error, warning, info or never")
        cfg.fail_on = str(table["fail_on"])
    return cfg
