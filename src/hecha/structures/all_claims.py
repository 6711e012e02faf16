"""“All of them” claims: 收到申请35件，均已依法受理 / 受理纠纷544件，全部调解成功 — every one of a count went
through a step, so a figure stated for that step in the same paragraph must equal the count. Roles:
`base` (the count), `stated` (the step's figure); attrs `words`, `metric`. The check (rule kind
`all`): base == stated."""

from __future__ import annotations

import bisect
import re

from ..expr import Ref, Relation
from ..findings import Context, name_en, name_zh
from ..model import Group
from ..reading import CLAUSE_END, Reading
from ..rulepack import Rule
from .pairs import check_pairs

KIND = "all"
AFTER = ("enumeration",)  # the step's figure may be named by a 分别为 list

_ALL_RE = re.compile(r"(?:全部|均已|均予|均得到|均被|均|悉数|全数)(?:依法|予以|得到|已|被|按期|按时|及时)*")


def recognise(r: Reading) -> list[Group]:
    facts = r.facts
    groups: list[Group] = []
    ends = r.fact_index().ends
    for m in _ALL_RE.finditer(r.norm):
        i = bisect.bisect_right(ends, m.start()) - 1
        while i >= 0 and facts[i].mention.kind != "count":
            i -= 1
        if i < 0:
            continue
        base = facts[i]  # the last count before the claim
        if r.seg.sentence_at(base.start) != r.seg.sentence_at(m.start()):
            continue
        if CLAUSE_END.search(r.norm[base.end : m.start()].replace("，", "", 1)):
            continue  # only the clause right after the count
        lo, hi = (
            bisect.bisect_left(r.hit_starts, m.end()),
            bisect.bisect_right(r.hit_starts, m.end() + 6),
        )
        hits = [h for h in r.hits[lo:hi] if h.end <= m.end() + 10]
        hits.sort(key=lambda h: (h.start, -h.literal_len))
        for h in hits:
            metric = r.resolve(h, m.start(), base.mention)
            if metric is None or metric == base.metric:
                continue
            same = [
                f
                for f in facts
                if f.metric == metric and f.paragraph == base.paragraph and f.modality == "actual"
            ]
            if same:
                stated = min(same, key=lambda f: abs(f.start - base.start))
                groups.append(
                    Group(
                        kind=KIND,
                        facts={"base": [base.id], "stated": [stated.id]},
                        span=(min(base.start, stated.start), max(m.end(), stated.end)),
                        attrs={"words": r.text[m.start() : h.end], "metric": metric},
                    )
                )
            break
    return groups


_ALL_REL = Relation("==", Ref("base"), Ref("stated"), "base == stated")


def check(rule: Rule, ctx: Context) -> None:
    check_pairs(
        rule,
        ctx,
        KIND,
        _ALL_REL,
        lambda base, stated, g: (
            f"{name_zh(base, ctx)}“{g.attrs.get('words', '')}”，但报告又写{name_zh(stated, ctx)}",
            f"{name_en(base)} all went through ({g.attrs.get('words', '')}), yet the report states {name_en(stated)}",
        ),
    )
