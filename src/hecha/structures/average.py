"""Averages and what they average: 处理集体劳动争议7200件，涉及劳动者16.33万人，案均涉及23人 / 人工接听总量
1095通，通话时长7045分钟，平均通话时长6.4分钟 / 作出处罚决定书13.28万份，罚没款总计116.87亿元，平均罚款金额8.8万元.

An average (平均, 案均, 件均, 人均, 户均 before it) of the same sentence as a total in its unit (the 16.33万人,
the 7045分钟, the 116.87亿元) and a count in another unit (the 7200件, the 1095通, the 13.28万份) is that total
over that count, within what the displayed figures allow. 人均 averages over people (a count in 人 or 名), 案均
and 件均 over cases; averages over a span of time (日均, 月均, 年均, 平均每天) name no count of the text and are left
alone. An average over persons and a span (月人均, 人均月补助) is of a total of that one span (当月支出…), and one
naming a scope (城市, 农村, 集中, 分散) of that scope's total and count (城市支出…, 城市…人).

Roles: `average`, `total`, `count`. The check (rule kind `average`).
"""

from __future__ import annotations

import re

from ..expr import Bin, Interval, Ref, Relation, holds
from ..findings import Context, emit, env, name_en, name_zh, record
from ..intervals import fact_interval, fmt_like
from ..model import Fact, Group
from ..reading import Reading
from ..rulepack import Rule
from .trend import MOVED_TO_RE
from .words import CASE_UNITS, CHANGE_WORDS_RE, WHOLE_AREA_RE, load_words

KIND = "average"
AFTER: tuple[str, ...] = ()

# the words right before an average's figure (平均通话时长, 案均涉及, 平均每件办案补贴)
_AVERAGE_LEAD_RE = re.compile(r"(?P<per>平均|案均|件均|人均|户均)[\u4e00-\u9fff]{0,8}$")
_PERSONS = ("人", "名")
# a span of time an average is over, in its words (平均每天, 平均不到一天): no count of the text
_PER_SPAN_RE = re.compile(r"[每一](?:天|日|周|月|季度|年|小时|分钟)")
_SPAN_UNIT_RE = re.compile(r"[日天周月季年]")  # right before 人均 (月人均) or right after it (人均月补助)
_SPANNED = {u: re.compile(f"[当本全每]{u}") for u in "日天周月季年"}  # a total of one such span (当月, 全年)
# the parts of a population an average may be of alone (城市 and 农村 recipients, 集中 and 分散 care)
_SCOPE_RE = re.compile(r"城市|农村|城镇|乡村|集中|分散")
_IN_A_LIST_RE = re.compile(r"\s*[、和及]")
_REL = Relation("==", Ref("average"), Bin("/", Ref("total"), Ref("count")), "average == total / count")


def recognise(r: Reading) -> list[Group]:
    out: list[Group] = []
    for a in r.facts:
        if a.mention.kind not in ("count", "money") or "均" not in r.norm[max(0, a.start - 12) : a.start]:
            continue  # (a fast test: most figures follow no 均)
        words = r.lead(a, 12)
        lead = _AVERAGE_LEAD_RE.search(words)
        if lead is None or "分别" in r.lead(a, 16) or _IN_A_LIST_RE.match(r.norm, a.end):
            continue  # (平均数分别为3人、2.75人和1.14人: each its own average, of no total stated)
        if _PER_SPAN_RE.search(lead.group()):
            continue  # (平均每天接报警1840余起, 平均不到一天就有两人: over a span of time, like 日均)
        if CHANGE_WORDS_RE.search(lead.group()):
            continue  # (发生较大事故3起，比年平均起数减少0.6起: a difference from the average, not the average)
        # 月人均补助787元, 人均月补助506.4元: over persons and a span of time, of a total of that one span only
        # (当月支出资金…; not 累计支出资金 of half a year)
        before = words[lead.start() - 1 : lead.start()] if lead.start() else ""
        per_span = _SPAN_UNIT_RE.match(before) or _SPAN_UNIT_RE.match(lead.group(), len(lead["per"]))
        # 城市达到月人均787元: of the city's spending and the city's persons, not of the city's and the villages'
        scope = _SCOPE_RE.search(r.lead(a, 24))
        if r.lead(a, 1) in ("从", "由") and MOVED_TO_RE.match(r.norm, a.end):
            continue  # (平均进驻事项从386项增至534项: the average moved; what it averages is not stated)
        period = r.period_span(a.start)
        same = [
            f
            for f in r.facts_between(*period)
            if f is not a
            and f.mention.kind in ("count", "money")
            and not _AVERAGE_LEAD_RE.search(r.lead(f, 12))  # (法官人均结案242件 beside 人均结案238件)
            and not CHANGE_WORDS_RE.search(
                r.lead(f, 6)
            )  # (人均结案421件，同比增加76件: the average's change)
        ]
        if scope is not None:  # (its words since the last ，or ；: 城市38678户、53734人, 其中：城市支出…)
            same = [
                f for f in same if scope.group() in r.norm[r.comma_clause_start(period[0], f.start) : f.start]
            ]
        totals = [f for f in same if _alike(f, a)]
        if per_span is not None:  # (当月支出资金…，其中：城市支出4226.28万元: of that month)
            spanned = _SPANNED[per_span.group()]
            totals = [f for f in totals if spanned.search(r.norm, max(period[0], f.start - 30), f.start)]
        total = _nearest(a, totals)
        if total is None and lead.group("per") == "人均":
            total = _step_total(r, a, lead.group(), period[0])
        if total is None:
            continue
        per = lead.group("per")
        counts = [
            f
            for f in same
            if f.mention.kind == "count"
            and f is not total
            and f.q.unit != a.q.unit
            and f.start < max(a.start, total.start)
            and (
                f.q.unit in _PERSONS
                if per == "人均"
                else per not in ("案均", "件均") or f.q.unit in CASE_UNITS
            )
        ]
        count = _nearest(total, counts)
        if count is None or count.q.value <= 0:
            continue
        if "其中" in r.norm[max(total.end, count.end) : a.start]:
            continue  # (共巡查3194次，…，其中黄冈、十堰…等地…平均巡查4次以上: the average of some, not of all)
        span = (min(total.start, count.start, a.start), max(total.end, count.end, a.end))
        roles = {"average": [a.id], "total": [total.id], "count": [count.id]}
        out.append(Group(kind=KIND, facts=roles, span=span))
    return out


def _step_total(r: Reading, a: Fact, lead: str, period_start: int) -> Fact | None:
    """全院共受理案件…，结案32825件。全院78名法官，人均结案421件: an average per person of a step (人均结案, 人均受理)
    is of the count of that step the sentence before states, when that sentence is of the same court or office
    (not 全市法院… before 我院…)."""
    words = load_words()
    step = words.stage(lead)
    if step is None or period_start == 0:
        return None
    before = r.period_span(period_start - 1)
    if r.seg.paragraph_at(before[0]) is not r.seg.paragraph_at(a.start):
        return None
    cands = [
        f
        for f in r.facts_between(*before)
        if _alike(f, a)
        and ((s := words.stage(r.frame(f).label)) == step or {s, step} <= words.intake)
        and not _AVERAGE_LEAD_RE.search(r.lead(f, 12))
    ]
    if len(cands) != 1:
        return None  # (none, or several of the step: of which the average is, the text does not say)
    scopes = {_scope(m.group()) for m in _BODY_RE.finditer(r.norm, before[0], a.start)}
    return cands[0] if len(scopes) <= 1 else None


# the court or office a sentence is of: two of them apart in the sentences read, the average may be of either
_BODY_RE = re.compile(WHOLE_AREA_RE.pattern + r"|全院|本院|我院|市中院|中院|基层法院|人民法庭")
_SAME_BODY = {"本院": "全院", "我院": "全院"}


def _scope(word: str) -> str:
    return _SAME_BODY.get(word, word)


def _alike(f: Fact, a: Fact) -> bool:
    """Is `f` a total of what the average `a` counts: of its unit and kind (元 and 万元 alike)?"""
    return f.q.unit == a.q.unit and f.mention.kind == a.mention.kind


def _nearest(to: Fact, cands: list[Fact]) -> Fact | None:
    return min(cands, key=lambda f: abs(f.start - to.start), default=None)


def check(rule: Rule, ctx: Context) -> None:
    for g in ctx.ex.groups:
        if g.kind != KIND:
            continue
        avg, total, count = (ctx.fact(g.facts[k][0]) for k in ("average", "total", "count"))
        keys = {"average": avg, "total": total, "count": count}
        # (an average of counts is no whole number: 23人 stands for 22.5 to 23.5, as its last digit says)
        half = avg.q.step / 2
        iv = fact_interval(avg)
        shown = {"average": Interval(min(iv.lo, avg.q.value - half), max(iv.hi, avg.q.value + half))}
        if any(holds(_REL, env(keys, reading, shown)) for reading in ("usual", "truncated")):
            record(ctx, rule, _REL, keys, None, "average", extra=shown)
            continue
        record(ctx, rule, _REL, keys, rule.severity, "average", extra=shown)
        exp = fmt_like(total.q.value / count.q.value, avg) + avg.q.unit  # (8.8万元 beside 8.8万元)
        emit(
            ctx,
            rule,
            rule.severity,
            f"{name_zh(total, ctx)}÷{name_zh(count, ctx)}约为{exp}，与平均数{avg.mention.text}不符",
            f"{name_en(total)} over {name_en(count)} is about {exp}, not the average {avg.mention.text}",
            [(avg, "average"), (total, "total"), (count, "count")],
            exp,
            avg.mention.text,
        )
