"""Reductions: 176个事项整合为26个 … 事项缩减率90.3% — a count before a reducing verb, the count after
it, and the reduction rate stated later in the sentence. Roles: `before`, `after`, `rate`.

The check (rule kind `reduction`): the rate is (before − after) ÷ before.
"""

from __future__ import annotations

import bisect
import re

from ..expr import Bin, Ref, Relation, holds
from ..findings import Context, emit, env, record
from ..intervals import display_percent, fmt_number
from ..model import Group
from ..reading import Reading
from ..rulepack import Rule

KIND = "reduction"
AFTER: tuple[str, ...] = ()

_REDUCTION_VERB_RE = re.compile(r"(?:整合|合并|压减|精简|缩减|减少|压缩|归并|优化|削减)(?:为|到|至|成)")
_REDUCTION_RATE_RE = re.compile(r"(?:缩减|压减|精简|压缩|减少|削减|下降)(?:率|比例|幅度)")


def recognise(r: Reading) -> list[Group]:
    facts = r.facts
    groups: list[Group] = []
    ix = r.fact_index()
    starts, ends = ix.starts, ix.ends
    for m in _REDUCTION_VERB_RE.finditer(r.norm):
        sent = r.seg.sentence_at(m.start())
        s_start, s_end = r.sentence_span(sent)
        # the last count before the verb in its sentence, the first count after it
        i = bisect.bisect_right(ends, m.start()) - 1
        while i >= 0 and facts[i].start >= s_start and facts[i].mention.kind != "count":
            i -= 1
        j = bisect.bisect_left(starts, m.end())
        while j < len(facts) and facts[j].start < s_end and facts[j].mention.kind != "count":
            j += 1
        if i < 0 or facts[i].start < s_start or j >= len(facts) or facts[j].start >= s_end:
            continue
        a, b = facts[i], facts[j]
        rate = None
        for f in facts[bisect.bisect_right(starts, b.end) :]:
            if f.end > s_end:
                break  # and so do all later figures
            if f.mention.kind == "percent":
                lo = max(b.end, f.start - 12)
                if _REDUCTION_RATE_RE.search(r.norm, lo, f.start):
                    rate = f
                    break
        if rate is None:
            continue
        groups.append(
            Group(
                kind=KIND,
                facts={"before": [a.id], "after": [b.id], "rate": [rate.id]},
                span=(a.start, rate.end),
            )
        )
    return groups


_REDUCTION_REL = Relation(
    "==",
    Ref("rate"),
    Bin("/", Bin("-", Ref("before"), Ref("after")), Ref("before")),
    "rate == (before - after) / before",
)


def check(rule: Rule, ctx: Context) -> None:
    for g in ctx.ex.groups:
        if g.kind != KIND:
            continue
        before, after, rate = (ctx.fact(g.facts[k][0]) for k in ("before", "after", "rate"))
        keys = {"before": before, "after": after, "rate": rate}
        b, a = before.q.value, after.q.value
        ok = b > 0 and holds(_REDUCTION_REL, env(keys, "usual", {}))
        record(ctx, rule, _REDUCTION_REL, keys, None if ok else rule.severity)
        if ok:
            continue
        c = (b - a) / b if b else 0.0
        need = fmt_number(round(b * (1 - rate.q.value / 100)))
        u = after.q.unit
        emit(
            ctx,
            rule,
            rule.severity,
            f"由{before.mention.text}减为{after.mention.text}，缩减率应为{display_percent(c)}，报告为{rate.mention.text}"
            f"（{rate.mention.text}需减为约{need}{u}）",
            f"from {before.mention.text} down to {after.mention.text} is a {display_percent(c)} reduction, "
            f"not {rate.mention.text} (which would need about {need}{u})",
            [(before, "before"), (after, "after"), (rate, "rate")],
            display_percent(c),
            rate.mention.text,
        )
