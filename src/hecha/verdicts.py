"""One relation, one verdict: a rate read by two rules gets the verdict of the reading that holds.

A rate may be checked by more than one rule: 纠错率占审结案件的24% is a ratio rule's 纠错率 (HC206, with
its accepted definitions: over 审结, over 审结 less 撤回 or 终止…) and a share of 审结 (HC003). When one
rule's check holds — under any of its definitions — the rate agrees with its figures as the rule pack
defines it, and another rule's failure on the same rate, numerator and base only reads it under a
narrower definition. Reporting it would give the same figures two verdicts, one of them an error the
pack itself accepts; so the failure is settled by the holding reading: no finding, and its check is
kept (for --verbose and `rules --test`) with `settled_by` naming the rule and definition that held.

"The same relation" is decided by the roles the failing finding gives its figures, not by overlap
alone: it must name the same rate, a base among the holding check's base figures and a numerator (if
any) among its numerator figures. A finding on a subset of the figures that tests another relation
keeps its verdict: 6 ÷ (10 − 5) = 120% holds as a ratio, and the bound rule still reports a rate above
100%; a total or an order over 审结 and 纠错 is not a rate.
"""

from __future__ import annotations

from dataclasses import dataclass

from .expr import refs_of
from .model import Binding, Finding


@dataclass(frozen=True)
class _Reading:
    """A holding ratio check: which figure is the rate, which figures make its numerator and base."""

    binding: Binding
    rate: str
    numerator: frozenset[str]
    base: frozenset[str]


def _readings(bindings: list[Binding]) -> dict[str, list[_Reading]]:
    """Holding ratio checks with a stated base, by the fact id of their rate."""
    out: dict[str, list[_Reading]] = {}
    for b in bindings:
        shape = b.relation.ratio_shape() if b.holds and b.relation is not None else None
        if shape is None or shape[0].key not in b.keys:
            continue
        num, den = (frozenset(b.keys[r.key] for r in refs_of(node) if r.key in b.keys) for node in shape[1:])
        if den:
            out.setdefault(b.keys[shape[0].key], []).append(_Reading(b, b.keys[shape[0].key], num, den))
    return out


def _settles(reading: _Reading, finding: Finding) -> bool:
    roles: dict[str, set[str]] = {}
    for e in finding.evidence:
        if e.fact is not None:
            roles.setdefault(e.role or "", set()).add(e.fact)
    if set(roles) - {"rate", "numerator", "denominator"} or "denominator" not in roles:
        return False  # not a rate over a base: another relation
    return (
        roles.get("rate") == {reading.rate}
        and roles["denominator"] <= reading.base
        and roles.get("numerator", set()) <= reading.numerator
    )


def settle(findings: list[Finding], bindings: list[Binding]) -> list[Finding]:
    """The findings left once each rate has one verdict; the checks of those settled are marked."""
    readings = _readings(bindings)
    if not readings:
        return findings
    kept: list[Finding] = []
    for f in findings:
        rates = {e.fact for e in f.evidence if e.role == "rate" and e.fact is not None}
        by = next(
            (r for fid in rates for r in readings.get(fid, ()) if _settles(r, f)),
            None,
        )
        if by is None:
            kept.append(f)
            continue
        how = f"{by.binding.rule} {by.binding.detail}".strip()
        for b in bindings:
            if b.rule == f.rule and b.severity is not None and set(b.facts) == set(f.facts):
                b.severity, b.settled_by = None, how
    return kept
