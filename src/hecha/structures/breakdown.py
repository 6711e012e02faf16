"""Breakdowns: a total and its parts.

Recognised here: 审结25件，其中维持8件，驳回7件… (a 其中 list, also 办理案件中，…); 6件（1件为书面审理结案）
(parts in brackets right after a figure). Other phrasings state breakdowns too (enumeration.py: 分别为;
sums.py: 共计; compound.py: P（Q）). Roles: `total` (one fact), `parts` (facts); attrs `complete`
("likely": the parts should add up to the total; "no": they may be a selection) and `marker`.

The check (rule kind `breakdown`): the parts cannot exceed the total; when the breakdown reads as
complete they must reach it (a shortfall is the rule's `shortfall_severity`).
"""

from __future__ import annotations

import bisect
import re

from ..expr import Ref, Relation, Sum, evaluate
from ..findings import SOFTER, Context, emit, env, name_en, name_zh, record
from ..intervals import fmt_number
from ..model import Fact, Group
from ..reading import Reading
from ..rulepack import Rule

KIND = "breakdown"
AFTER = ("enumeration",)  # 分别为 names the figures a 其中 list may take as its total

# 其中, and "among the cases" (办理案件中，决定维持…): both introduce the parts of a total stated before
_BREAKDOWN_RE = re.compile(r"其中|(?:案件|案子|纠纷|申请|诉求)中(?=[，,：:])")
_FULL_STOP_RE = re.compile(r"[。！？!?]")


def recognise(r: Reading) -> list[Group]:
    facts = r.facts
    groups: list[Group] = []
    for m in _BREAKDOWN_RE.finditer(r.norm):
        pos = m.start()
        sent = r.seg.sentence_at(pos)
        s_start, s_end = r.sentence_span(sent)
        lead = r.norm[s_start:pos].strip(" ，,：:")
        opens = not lead or (m.group() != "其中" and not r.facts_between(s_start, pos))
        if opens and sent > 0:  # the list opens its sentence: the total closes the one before
            lo = r.sentence_span(sent - 1)[0]
            if r.seg.paragraph_at(lo).index != r.seg.paragraph_at(pos).index:
                continue
        else:
            lo = s_start
        # a list runs on across ；(…3210件，占70.4%；行政强制案件1352件…) to the full stop
        stop = _FULL_STOP_RE.search(r.norm, m.end(), r.seg.paragraph_at(pos).end)
        list_end = stop.start() if stop else s_end
        nxt = _BREAKDOWN_RE.search(r.norm, m.end(), list_end)
        hi = nxt.start() if nxt else list_end
        parts = [f for f in r.facts_between(m.end(), hi) if f.mention.kind != "percent"]
        before = [f for f in r.facts_between(lo, pos) if f.mention.kind != "percent"]
        if not parts or not before:
            continue
        unit = parts[0].q.unit
        # the total is the last figure of that unit before 其中, not one inside brackets: 审结138件（含上年结转12件），其中…
        total = next((f for f in reversed(before) if f.q.unit == unit and not r.bracketed(f, pos)), None)
        if m.group() != "其中":
            # 审结案件中，维持…: the words before 中 name the total (审结), whichever figure came last
            named = _named_total(r, before, unit, r.sentence_span(sent)[0], m.end())
            total = named or total
        if total is None:
            continue
        parts = _list_parts(total, [f for f in parts if f.q.unit == unit])
        if not parts:
            continue
        head = r.head(total)
        likely_complete = len(parts) >= 2 and len(head) == 2 and all(r.head(p) == head for p in parts)
        groups.append(
            Group(
                kind=KIND,
                facts={"total": [total.id], "parts": [p.id for p in parts]},
                span=(total.start, parts[-1].end),
                attrs={"complete": "likely" if likely_complete else "no", "marker": "其中"},
            )
        )
    # 6件（1件为书面审理结案）: a parenthesis right after a figure gives part of it
    ends = r.fact_index().ends
    for i, f in enumerate(facts[:-1]):
        after = r.norm[f.end : f.end + 1]
        if after in "（(" and f.mention.kind != "percent":
            close = r.norm.find("）" if after == "（" else ")", f.end, f.end + 40)
            last = bisect.bisect_right(ends, close) if close > 0 else i + 1
            inner = [g for g in facts[i + 1 : last] if g.q.unit == f.q.unit]
            if inner:
                groups.append(
                    Group(
                        kind=KIND,
                        facts={"total": [f.id], "parts": [g.id for g in inner]},
                        span=(f.start, inner[-1].end),
                        attrs={"complete": "no", "marker": "（）"},
                    )
                )
    return groups


def _named_total(r: Reading, before: list[Fact], unit: str, lo: int, hi: int) -> Fact | None:
    """The figure among `before` whose metric the words in [lo, hi) name."""
    metrics = {k for h in r.hits_within(lo, hi) for k in h.metrics}
    return next((f for f in reversed(before) if f.metric in metrics and f.q.unit == unit), None)


def _list_parts(total: Fact, cands: list[Fact]) -> list[Fact]:
    """Where a 其中 list ends: the sentence goes on after its parts (案件87件，其中新收72件，上年结转15件，
    审结70件…). Stop after the parts that add up to the total exactly when more figures follow."""
    parts: list[Fact] = []
    running = 0.0
    for f in cands:
        parts.append(f)
        running += f.q.value
        if len(parts) >= 2 and running == total.q.value and total.q.exact:
            break
    return parts


def check(rule: Rule, ctx: Context) -> None:
    for g in ctx.ex.groups:
        if g.kind != KIND:
            continue
        total = ctx.fact(g.facts["total"][0])
        parts = [ctx.fact(i) for i in g.facts["parts"]]
        if total.id in ctx.covered:
            continue  # a metric rule already checks this total
        complete = g.attrs.get("complete") == "likely"
        op = "==" if complete else ">="
        rel = Relation(
            op, Ref("t"), Sum(tuple(Ref(f"p{i}") for i in range(len(parts)))), f"t {op} sum(parts)"
        )
        keys = {"t": total, **{f"p{i}": p for i, p in enumerate(parts)}}
        e = env(keys, "usual", {})
        t, s = e["t"], evaluate(rel.right, e)
        terms = "+".join(fmt_number(p.q.value) for p in parts)
        u = total.q.unit
        if s.lo > t.hi + 1e-9:
            # parts listed after 其中 may overlap (涉企…, 重大…): their sum exceeding the total is certain
            # only when one part alone does, or when the list reads as one exhaustive breakdown
            alone = any(e[f"p{i}"].lo > t.hi + 1e-9 for i in range(len(parts)))
            sev = rule.severity if alone else SOFTER[rule.severity]
            zh = f"{name_zh(total, ctx)}，但其中列出的各项之和为{fmt_number(s.lo)}{u}（{terms}），超过总数"
            en = f"{name_en(total)}, but the parts listed add up to {fmt_number(s.lo)}{u} ({terms}), more than the total"
            if sev != rule.severity:
                zh += "（除非各项互有重叠）"
                en += " (unless the parts overlap)"
        elif complete and s.hi < t.lo - 1e-9:
            sev = str(rule.params.get("shortfall_severity", "warning"))
            d = fmt_number(t.lo - s.hi)
            zh = f"{name_zh(total, ctx)}，但其中各项之和为{fmt_number(s.hi)}{u}（{terms}）：分项看来是完整的，少了{d}{u}"
            en = f"{name_en(total)}, but its parts add up to {fmt_number(s.hi)}{u} ({terms}): the breakdown looks complete, {d} short"
        else:
            record(ctx, rule, rel, keys, None)
            continue
        record(ctx, rule, rel, keys, sev)
        emit(
            ctx,
            rule,
            sev,
            zh,
            en,
            [(total, "total")] + [(p, "part") for p in parts],
            fmt_number(total.q.value),
            fmt_number(s.lo),
        )
