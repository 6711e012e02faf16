"""Checks of a group of two figures tied by one relation: a 重点 subset and its whole (subset.py), a
“全部” count and the figure stated for that step (all_claims.py)."""

from __future__ import annotations

from collections.abc import Callable

from ..expr import Relation, holds
from ..findings import Context, emit, env, record
from ..intervals import fmt_number
from ..model import Fact, Group
from ..rulepack import Rule


def check_pairs(
    rule: Rule,
    ctx: Context,
    kind: str,
    rel: Relation,
    message: Callable[[Fact, Fact, Group], tuple[str, str]],
    relation_of: Callable[[Group], Relation] | None = None,
) -> None:
    """Record the check of every group of `kind`, and report it when it fails (under `relation_of(g)` when
    given, else `rel`)."""
    for g in ctx.ex.groups:
        if g.kind != kind:
            continue
        used = relation_of(g) if relation_of is not None else rel
        a_key, b_key = (r.key for r in used.refs())
        a, b = ctx.fact(g.facts[a_key][0]), ctx.fact(g.facts[b_key][0])
        keys = {a_key: a, b_key: b}
        ok = holds(used, env(keys, "usual", {}))
        record(ctx, rule, used, keys, None if ok else rule.severity)
        if not ok:
            zh, en = message(a, b, g)
            expected = f"≤ {fmt_number(b.q.value)}" if used.op == "<=" else fmt_number(a.q.value)
            emit(
                ctx,
                rule,
                rule.severity,
                zh,
                en,
                [(a, "lhs"), (b, "rhs")],
                expected,
                fmt_number(a.q.value if used.op == "<=" else b.q.value),
            )
