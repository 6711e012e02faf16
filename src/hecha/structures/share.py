"""Shares: a part as a percentage of a base — 23件，占结案的12.7% / 占比91.5% / 其中持证1250名，持证率97.2%.

Roles: `rate` (the percentage), `part` and/or `base` (facts; either may be unstated); attrs
`base_words` (the words after 占 that name the base). The check (rule kind `share`): the rate must be
the part over the base; with the base unstated, some whole-number base must give it (GRIM), and with
the part unstated, some whole-number part.
"""

from __future__ import annotations

import bisect
import math
import re

from ..expr import INF, Bin, Interval, Ref, Relation, holds
from ..findings import Context, emit, env, name_en, name_zh, record
from ..intervals import display_percent, fact_interval
from ..model import Fact, Group
from ..reading import Reading
from ..rulepack import Rule

KIND = "share"
AFTER = ("enumeration", "breakdown")  # a share of a listed part is over the list's total


def recognise(r: Reading) -> list[Group]:
    """占…的X% / 占比X%: a part as a share of a base (stated or implied)."""
    facts = r.facts
    groups: list[Group] = []
    breakdowns = r.groups_of("enumeration", "breakdown")
    # computed once, not per rate: long reports have hundreds of rates
    starts = r.fact_index().starts
    by_id = {g.id: g for g in facts}
    total_of = {p: g.facts["total"][0] for g in breakdowns if g.kind == "breakdown" for p in g.facts["parts"]}
    first_group_of: dict[str, Group] = {}  # part id → the first group listing it (any kind)
    for g in breakdowns:
        for p in g.facts.get("parts", []):
            first_group_of.setdefault(p, g)
    for i, f in enumerate(facts):
        if f.mention.kind != "percent" or f.q.unit != "%":
            continue
        sent_start = r.sentence_span(f.sentence)[0]
        lo = max(sent_start, facts[i - 1].end if i > 0 else 0)
        window = r.norm[lo : f.start]
        k = window.rfind("占")
        if k < 0:
            part_rate = _part_rate(r, f, facts[i - 1] if i > 0 else None, first_group_of, window)
            if part_rate is not None:
                groups.append(part_rate)
            continue
        base_words = window[k + 1 :]
        base_words = re.sub(r"(?:的|比例|比重|比|为|达到|达|约)+$", "", base_words.strip())
        first = bisect.bisect_left(starts, sent_start)
        before = [g for g in facts[first:i] if g.mention.kind in ("count", "money")]
        explicit_base = bool(base_words) and not base_words.startswith("比")
        roles: dict[str, list[str]] = {"rate": [f.id]}
        if explicit_base and before:
            roles["part"] = [before[-1].id]
        elif before and before[-1].id in total_of:
            # 事项1860项，其中…事项1702项，占比91.5%: a part's share of its total
            roles["part"] = [before[-1].id]
            roles["base"] = [total_of[before[-1].id]]
        elif before:
            roles["base"] = [before[-1].id]
        groups.append(
            Group(
                kind=KIND,
                facts=roles,
                span=(min(by_id[x].start for ids in roles.values() for x in ids), f.end),
                attrs={"base_words": r.text[lo + k + 1 : lo + k + 1 + len(base_words)]},
            )
        )
    return groups


def _part_rate(
    r: Reading, rate: Fact, part: Fact | None, first_group_of: dict[str, Group], window: str
) -> Group | None:
    """其中持证1250名，持证率97.2%: a rate named after the part just before it (`part`, the figure
    before the rate) is that part's share of its total."""
    m = re.search(r"([\u4e00-\u9fff]{2})率[^，,；;。\d]{0,4}$", window)
    if not m or part is None:
        return None
    listing = first_group_of.get(part.id)
    total = listing.facts["total"][0] if listing is not None else None
    if total is None or part.mention.kind != "count" or part.sentence != rate.sentence:
        return None
    named = r.norm[r.clause_start(part.start) : part.start]
    if m.group(1) not in named:
        return None
    return Group(
        kind=KIND,
        facts={"rate": [rate.id], "part": [part.id], "base": [total]},
        span=(part.start, rate.end),
        attrs={"base_words": ""},
    )


_TOTAL_WORDS = ("总数", "总量", "合计", "总计", "全部", "总")


def _share_base_fact(words: str, part: Fact, ctx: Context) -> Fact | None:
    """A stated figure for the base named in 占…的: the total of the breakdown the part belongs to
    (占办理总数的), else a stated figure of the metric the words name (占结案的 → 结案)."""
    if not words:
        return None
    for g in ctx.ex.groups:
        if g.kind == "breakdown" and part.id in g.facts["parts"]:
            total = ctx.fact(g.facts["total"][0])
            if any(w in words for w in _TOTAL_WORDS) or (total.cue and total.cue in words):
                return total
    for h in sorted(ctx.onto.alias_hits(words), key=lambda h: (-h.end, -h.literal_len)):
        for key in h.metrics:
            if part.family and ctx.onto.metrics[key].family != part.family:
                continue
            cands = [f for f in ctx.actual.get(key, ()) if f.paragraph == part.paragraph and f.id != part.id]
            if cands:
                return min(cands, key=lambda f: abs(f.start - part.start))
    return None


_SHARE_REL = Relation("==", Ref("rate"), Bin("/", Ref("part"), Ref("base")), "rate == part / base")


def check(rule: Rule, ctx: Context) -> None:
    for g in ctx.ex.groups:
        if g.kind != KIND:
            continue
        rate = ctx.fact(g.facts["rate"][0])
        rv = fact_interval(rate)
        if rv.lo > 1 + 1e-9:
            continue  # the bound rule reports it
        part = ctx.fact(g.facts["part"][0]) if "part" in g.facts else None
        base = ctx.fact(g.facts["base"][0]) if "base" in g.facts else None
        words = str(g.attrs.get("base_words", ""))
        if part is not None and base is None:
            base = _share_base_fact(words, part, ctx)
        if part is None and base is None:
            continue
        keys = {k: f for k, f in (("rate", rate), ("part", part), ("base", base)) if f is not None}
        extra: dict[str, Interval] = {}
        if part is None:
            extra["part"] = Interval(0.0, INF, True)
        if base is None and part is not None:
            p = fact_interval(part)
            hi = math.ceil(p.hi / rv.lo) if rv.lo > 0 and p.hi != INF else INF
            extra["base"] = Interval(max(1.0, math.floor(p.lo / rv.hi) if rv.hi > 0 else 1.0), hi, True)
        ok = holds(_SHARE_REL, env(keys, "usual", extra))
        if not ok and any(holds(_SHARE_REL, env(keys, rd, extra)) for rd in ("truncated", "double_rounded")):
            ok = True  # a share that fits only when truncated is not worth a flag on its own
        record(ctx, rule, _SHARE_REL, keys, None if ok else rule.severity, extra=extra)
        if ok:
            continue
        roles = (
            [(rate, "rate")]
            + ([(part, "numerator")] if part else [])
            + ([(base, "denominator")] if base else [])
        )
        if part is not None and base is not None:
            c = part.q.value / base.q.value if base.q.value else 0.0
            zh = f"{name_zh(part, ctx)}占{name_zh(base, ctx)}的比例应为{display_percent(c)}，报告为{rate.mention.text}"
            en = f"{name_en(part)} as a share of {name_en(base)} is {display_percent(c)}, not {rate.mention.text}"
            expected = display_percent(c)
        elif part is not None:
            zh = f"{name_zh(part, ctx)}占{words}的{rate.mention.text}：任何整数的总数都得不到这一比例"
            en = f"{name_en(part)} as {rate.mention.text} of {words}: no whole-number total gives this share"
            expected = "可由整数得到的比例"
        else:
            assert base is not None
            zh = f"{rate.mention.text}（以{name_zh(base, ctx)}为基数）：任何整数的分子都得不到这一比例"
            en = f"{rate.mention.text} of {name_en(base)}: no whole number gives this share"
            expected = "可由整数得到的比例"
        emit(ctx, rule, rule.severity, zh, en, roles, expected, rate.mention.text)
