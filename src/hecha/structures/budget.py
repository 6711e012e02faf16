"""A budget's income or expense summed: 全区一般公共预算收入379500万元，增加33298万元，增长9.5%，加上级税收返还及
补助收入232698万元，上年结转结余888万元，调入预算稳定调节基金2018万元，一般债券转贷收入52170万元，收入合计667274万元 /
一般公共预算支出132.9亿元，…。加上转移性支出63.4亿元，支出合计196.3亿元.

A figure of money named 收入合计 (收入总计, 支出合计, 支出总计) sums the amounts of its side the budget lists before it
in its sentence, or from the sentence before when its own opens with 加 or 加上 (what is added to the amount stated
there): every source (本级收入, 上级补助, 上年结余, 调入资金, 债券转贷…) or every use (支出, 上解, 还本, 安排稳定调节基金…).
Not the changes stated beside an amount (增加33298万元), nor a part of an amount listed after 其中, nor the other
side's amounts (收入 before 支出合计). The budget lists every item of the side it sums, so the breakdown is likely whole.

Groups of kind `breakdown` (roles `total`, `parts`; marker 合计), checked by its rule.
"""

from __future__ import annotations

import re

from ..model import Fact, Group
from ..reading import SEGMENT_END, Reading
from .words import ADD, CHANGE_WORDS_RE

KIND = "budget"
# (the parts of an amount listed after 其中 are no items of the budget)
AFTER: tuple[str, ...] = ("breakdown",)

_TOTAL_RE = re.compile(r"(?P<side>收入|支出)(?:合计|总计)(?:为|达)?\s*$")
# a target, or the year before (not what it carried in: 上年结余, 上年结转结余)
_NOT_DONE_RE = re.compile(r"预算数|预算为|计划数|计划为|(?:上年|去年|上一年|同期)(?!度?结余|度?结转)")
_SOME_RE = re.compile(r"等[^，,；;。\d]{0,12}$")
_SUMMED_RE = re.compile(r"合计|总计|总收入|总支出")
_GRAND_RE = re.compile(r"总(?P<side>收入|支出)(?:为|达)?\s*$")  # (…总收入: a total only after amounts added)
_ADDED_IN_RE = re.compile(r"(?:^|[，,。；;])\s*" + ADD)
_ADDED_RE = re.compile(r"\s*" + ADD)  # a sentence going on from the amount stated before it
_GROSS_RE = re.compile(r"总收入$")
_LOCAL_RE = re.compile(r"地方[^，,；;。]{0,8}收入$")
_SIDE_RE = {"收入": re.compile(r"支出$"), "支出": re.compile(r"收入$")}  # the other side's amounts


def recognise(r: Reading) -> list[Group]:
    if not _SUMMED_RE.search(r.norm):
        return []  # (a fast test: most texts sum no budget)
    by_id = {f.id: f for f in r.facts}
    whole_of: dict[str, Fact] = {}  # a part of a list → the list's total
    for listed in r.groups_of("breakdown"):
        for p in listed.facts["parts"]:
            whole_of.setdefault(p, by_id[listed.facts["total"][0]])
    totals = {x.facts["total"][0] for x in r.groups_of("breakdown")}
    out: list[Group] = []
    for f in r.facts:
        if f.mention.kind != "money" or f.id in totals:
            continue
        said = _TOTAL_RE.search(r.lead(f, 8))
        lo = r.period_span(f.start)[0]
        if said is None and (said := _GRAND_RE.search(r.lead(f, 8))) is not None:
            # (加上上级补助收入…、上年结转…，一般公共预算总收入2,165,939万元: the amounts added, then their total)
            said = said if _ADDED_IN_RE.search(r.norm[lo : f.start]) else None
        if said is None:
            continue
        # (…，收入合计为6449万元；本级财政一般公共预算支出合计6449万元: its own ；-segment)
        lo = max((m.end() for m in SEGMENT_END.finditer(r.norm, lo, f.start)), default=lo)
        if _ADDED_RE.match(r.norm, lo) and lo > 0:
            lo = r.period_span(lo - 1)[
                0
            ]  # (…。加上转移性收入49.2亿元，收入合计196.3亿元: from the amount before)
        other = _SIDE_RE[said.group("side")]
        run = [
            g
            for g in r.facts_between(lo, f.start)
            if g.mention.kind == "money"
            and g.q.unit == f.q.unit
            and not r.bracketed(g, f.start)
            and not CHANGE_WORDS_RE.search(r.lead(g, 6))
            # (预算数为15.39亿元，实际完成15.39亿元，比上年决算数14.94亿元增长3.0%: the one done only)
            and not _NOT_DONE_RE.search(r.lead(g, 10))
            and not other.search(r.frame(g).label)
            and not _TOTAL_RE.search(r.lead(g, 8))
        ]
        parts: list[Fact] = []
        for g in run:
            whole = whole_of.get(g.id)
            if whole is None:
                parts.append(g)
            elif (
                whole in parts
                and _LOCAL_RE.search(r.frame(g).label)
                and _GROSS_RE.search(r.frame(whole).label)
            ):
                # (一般公共预算总收入410338万元，…其中地方一般公共预算收入271630万元…；加上级补助收入…，收入合计: the
                # gross income holds what is passed up; the local part is what the sum goes on from)
                parts[parts.index(whole)] = g
            elif whole.start < lo and whole not in parts and whole.q.unit == f.q.unit:
                # (…收入1,042,625万元…。其中：税收收入…；非税收入…。加上上级补助收入…，…总收入…: the amount its
                # parts break down, stated before them)
                parts.insert(0, whole)
        if len(parts) < 2:
            continue
        roles = {"total": [f.id], "parts": [g.id for g in parts]}
        # (…交通运输支出20824万元等民生支出合计310769万元: the main ones, not every item)
        complete = "no" if _SOME_RE.search(r.lead(f, 16)) else "likely"
        attrs: dict[str, object] = {"complete": complete, "marker": "合计"}
        out.append(Group(kind="breakdown", facts=roles, span=(parts[0].start, f.end), attrs=attrs))
    return out
