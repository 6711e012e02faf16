"""Which rules run: `select`, `ignore` and `[severity]` from the config, with `--select`, `--ignore`
and `--extend-select` from the command line on top (as ruff combines them).

Every name must match a rule that exists — a rule id, or a prefix of one (`HC2`) — or the run stops
with a usage error and the nearest names (difflib), because a typo (`HC2O1`, `HC9`) would otherwise
select nothing, or ignore nothing, and the gate would pass having checked less than it says.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable


class SelectionError(ValueError):
    """A name in select, ignore or [severity] that no rule answers to."""


def split_names(values: Iterable[str] | None) -> list[str]:
    """`--select HC2,HC001 --select HC3` → ["HC2", "HC001", "HC3"] (commas, as ruff takes them)."""
    return [n.strip() for v in values or () for n in v.split(",") if n.strip()]


def combine(
    select: Iterable[str] | None,
    ignore: Iterable[str],
    cli_select: list[str] | None = None,
    cli_ignore: list[str] | None = None,
    cli_extend: list[str] | None = None,
) -> tuple[set[str] | None, set[str]]:
    """(select, ignore): the config's with the command line's on top. --select replaces `select`,
    --ignore adds to `ignore`, --extend-select adds to `select` (nothing to add when it is every rule)."""
    chosen = set(cli_select) if cli_select else (set(select) if select is not None else None)
    if chosen is not None and cli_extend:
        chosen |= set(cli_extend)
    return chosen, set(ignore) | set(cli_ignore or ())


def _prefixes(rule_ids: Iterable[str]) -> set[str]:
    return {rid[:n] for rid in rule_ids for n in range(2, len(rid) + 1)}


_LOOKALIKES = str.maketrans("OIL", "011")


def suggestion(name: str, candidates: Iterable[str]) -> str:
    """'; did you mean 'HC201'?' for the nearest candidate (of the same length first: `HC2O1` is a
    mistyped HC201, not the prefix HC21), or '' when none is near."""
    pool = sorted(set(candidates))
    key = name.upper()
    digits = key[:2] + key[2:].translate(_LOOKALIKES)  # HC2O1, HCl01: a letter typed for a digit
    if digits in pool:
        return f"; did you mean {digits!r}?"
    for group in ([c for c in pool if len(c) == len(name)], pool):
        near = difflib.get_close_matches(key, group, n=1, cutoff=0.6)
        if near:
            return f"; did you mean {near[0]!r}?"
    return ""


def check_names(names: Iterable[str], rule_ids: Iterable[str], setting: str, where: str) -> None:
    """Every name selects at least one rule (an id or a prefix of one), or SelectionError."""
    ids = sorted(set(rule_ids))
    prefixes = _prefixes(ids)
    for name in names:
        if name not in prefixes:
            raise SelectionError(
                f"{where}: {setting}: no rule is {name!r} or starts with it{suggestion(name, prefixes)} "
                "(`hecha rules` lists them)"
            )


def check_severity(severity: Iterable[str], rule_ids: Iterable[str], where: str) -> None:
    """A severity override names one rule by its id: a prefix or a typo would change nothing."""
    ids = sorted(set(rule_ids))
    for rid in sorted(severity):
        if rid not in ids:
            raise SelectionError(
                f"{where}: [severity]: no rule {rid!r}{suggestion(rid, ids)} (an override names one rule id)"
            )
