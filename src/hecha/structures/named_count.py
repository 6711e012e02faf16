"""A count and the names it counts: 超过3万人的省(市)有8个(分别是广东、北京、江苏、上海、山东、浙江、四川、河南) /
回复满意率90%以下的单位4家，分别为A、B、C、D / 市直机关工委、市委农工部、市编办和市工商联等4个单位.

A count of bodies or places (个, 家, 所, 项…) followed by the names it counts (分别是, 分别为, 即, in brackets or
after a comma) states how many names follow: as many as the count. Names listed before 等 and the count are
some of what it counts (等 may stand for more): at most the count.

Roles: `count`; attrs `names` (how many were named), `exact` (分别是…: all of them named). The check (rule
kind `named_count`).
"""

from __future__ import annotations

import re
from collections import Counter

from ..expr import Interval, Ref, Relation, holds
from ..findings import Context, emit, env, name_en, name_zh, record
from ..model import Fact, Group
from ..reading import Reading
from ..rulepack import Rule

KIND = "named_count"
AFTER: tuple[str, ...] = ()

_UNITS = ("个", "家", "所", "项", "名", "位", "座", "处")
# 8个(分别是广东、北京…) / 4家，分别为A、B… : the names right after the count, up to the bracket or the end
_AFTER_RE = re.compile(
    r"[\u4e00-\u9fff]{0,6}?\s*[（(，,：:]\s*(?:分别是|分别为|即|依次为|依次是)[：:]?\s*([^（()）。；;！？\n]{2,200})"
)
# 市直机关工委、市委农工部、市编办和市工商联等4个: the names before 等 and the count
_BEFORE_RE = re.compile(r"([^，,。；;：:（()）\n]{2,200})等$")
# (names are cut at 、 only: 和, 及 join words inside a name too, 市民来电及热点分析, 通过调解和解实质化解…)
_NAME_SPLIT_RE = re.compile(r"[、，,]")
_LAST_JOIN_RE = re.compile(r"[和及]")
_NAME_RE = re.compile(r"^[\u4e00-\u9fff“”\"（）()A-Za-z]{2,24}$")


def recognise(r: Reading) -> list[Group]:
    out: list[Group] = []
    for f in r.facts:
        if f.mention.kind != "count" or f.q.unit not in _UNITS or not f.q.exact or not 2 <= f.q.value <= 40:
            continue
        after = _AFTER_RE.match(r.norm, f.end)
        if after is not None and "分别" not in r.lead(f, 12):
            names = _names(after.group(1))
            if names is not None:
                out.append(_group(f, names, exact=True))
                continue
        before = (
            _BEFORE_RE.search(r.norm, max(0, f.start - 200), f.start)
            if r.norm[f.start - 1 : f.start] == "等"  # (a fast test: the names end right before the count)
            else None
        )
        if before is not None:
            names = _names(before.group(1), fewest=True)
            if names is not None:
                out.append(_group(f, names, exact=False))
    return out


def _names(text: str, fewest: bool = False) -> int | None:
    """How many names a run of text lists (two or more, each a short name of words only), if it is one; with
    `fewest`, the fewest it may be read as (names before 等, where the count is a bound): an item lacking the head
    word most of them end with (…情况) may share it with the next (主动公开政府信息情况、…因政府信息公开工作被申请行政
    复议、提起行政诉讼情况: one item whose two verbs take the one 情况)."""
    items = [x.strip() for x in _NAME_SPLIT_RE.split(text.strip())]
    if len(items) < 2 or not all(_NAME_RE.match(x) for x in items):
        return None
    tail, seen = Counter(x[-2:] for x in items).most_common(1)[0]
    last = _LAST_JOIN_RE.split(items[-1])
    if len(last) == 2 and seen >= 2 and all(_NAME_RE.match(x) and x.endswith(tail) for x in last):
        # 党政办公室、经济发展办公室、社会事务办公室和卫生与计划生育办公室: the last two joined by 和, each a name of the
        # head word the others end with
        items = [*items[:-1], *last]
    if not fewest or seen < 3:
        return len(items)
    joined = sum(
        1
        for k in range(1, len(items) - 1)
        if items[k - 1].endswith(tail) and not items[k].endswith(tail) and items[k + 1].endswith(tail)
    )
    return len(items) - joined


def _group(f: Fact, names: int, exact: bool) -> Group:
    return Group(
        kind=KIND, facts={"count": [f.id]}, span=(f.start, f.end), attrs={"names": names, "exact": exact}
    )


def check(rule: Rule, ctx: Context) -> None:
    for g in ctx.ex.groups:
        if g.kind != KIND:
            continue
        count = ctx.fact(g.facts["count"][0])
        n = int(g.attrs["names"])
        exact = bool(g.attrs["exact"])
        rel = Relation("==" if exact else ">=", Ref("count"), Ref("named"), "count vs the names listed")
        extra = {"named": Interval.point(float(n), True)}
        keys = {"count": count}
        if holds(rel, env(keys, "usual", extra)):
            record(ctx, rule, rel, keys, None, "names listed", extra=extra)
            continue
        record(ctx, rule, rel, keys, rule.severity, "names listed", extra=extra)
        zh = (
            f"{name_zh(count, ctx)}，但随后列出的名称有{n}个"
            if exact
            else f"{name_zh(count, ctx)}，但“等”之前已列出{n}个名称"
        )
        en = f"{name_en(count)}, but {n} names are listed" + ("" if exact else " before 等")
        emit(ctx, rule, rule.severity, zh, en, [(count, "count")], str(n), count.mention.text)
