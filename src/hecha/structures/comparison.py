"""A figure the text says is above or below another: 每万人拥有律师3.2人，高于全省2.4人和全国1.6人 / 我市每万人拥有律师
0.79人，低于…全国每万人拥有律师1.6名 / 执结率96.88%，高于全国的93.49%.

A figure, then (in its clause) 高于, 超过, 超出, 多于 or 低于, 少于, and in the same clause the figure or figures
(joined by 和, 、, 及) it is compared with, of the same kind and unit: the first is more (or less) than each. Not a
difference (高于全省平均水平2.4个百分点, 高出1.5倍: a figure in another unit), nor a comparison a figure opens
(超过3万人的省: a bound, the subject of what follows), nor 优于 (better may be lower: 败诉率).

Roles: `more`, `less` (each a list). The check (rule kind `comparison`).
"""

from __future__ import annotations

import re

from ..expr import Ref, Relation
from ..findings import Context, emit, name_en, name_zh, record
from ..intervals import fact_interval
from ..model import Fact, Group
from ..reading import Reading
from ..rulepack import Rule
from .words import counted_alike

KIND = "comparison"
AFTER: tuple[str, ...] = ()

# the comparison right after a figure, past a comma (…3.2人，高于 / 96.88%，明显高于)
_COMPARED_RE = re.compile(r"\s*[，,]?\s*(?:均|都|也|仍|明显|远|略|稍)?(?P<dir>高于|超过|超出|多于|低于|少于)")
# (a figure compared with is named by the words after the comparison: 高于全省 → 全省)
_COMPARED_LEAD_RE = re.compile(r"^(?:…)?(?:均|都|也|仍|明显|远|略|稍)?(?:高于|超过|超出|多于|低于|少于)")
_ABOVE = ("高于", "超过", "超出", "多于")
_REACH = 30  # characters from the comparison word to the figure it compares with, within the clause
_CLAUSE_MARK_RE = re.compile(r"[，,；;。！？!?：:\n]")
_JOINED_RE = re.compile(r"\s*[和、及与]\s*[^，,；;。！？!?\d]{0,20}$")  # (…2.4人和全国1.6人)
_KINDS = ("count", "money", "percent")
_POINTS = "个百分点"
_REL = Relation(">", Ref("more"), Ref("less"), "more > less")


def recognise(r: Reading) -> list[Group]:
    out: list[Group] = []
    facts = r.facts
    for i, a in enumerate(facts):
        if a.mention.kind not in _KINDS or i + 1 >= len(facts):
            continue
        m = _COMPARED_RE.match(r.norm, a.end)
        if m is None:
            continue
        others: list[Fact] = []
        pos = m.end()
        for b in facts[i + 1 :]:
            gap = r.norm[pos : b.start]
            if not others and (len(gap) > _REACH or _CLAUSE_MARK_RE.search(gap)):
                break
            if others and not _JOINED_RE.search(r.norm, pos, b.start):
                break
            if (
                b.mention.kind != a.mention.kind
                or not _same_unit(a, b)
                or b.q.unit == _POINTS
                or _fraction(a) != _fraction(b)
            ):
                # (高于全省平均水平2.4个百分点: a difference, not a level, whatever the figure before it: …上升4.28个百分点，
                # 高于全国平均水平14.99个百分点 says the rate is above the average by the 14.99; 重新犯罪率保持0.6‰以下，
                # 仅相当于全省平均值的三分之二，远低于全国2‰: a fraction of another figure is no level beside a rate)
                break
            others.append(b)
            pos = b.end
        if not others or _opens_a_bound(r, m, others[0]):
            continue
        more, less = ([a], others) if m.group("dir") in _ABOVE else (others, [a])
        out.append(
            Group(
                kind=KIND,
                facts={"more": [f.id for f in more], "less": [f.id for f in less]},
                span=(a.start, others[-1].end),
                attrs={"word": m.group("dir")},
            )
        )
    return out


# 超过80%的行政争议…: a bound on what the clause is about, right before its figure and 的 (not a level compared
# with: 高于90%的目标, 超过全省平均水平)
_BOUND_WORDS = ("超过", "超出", "多于", "少于")
_BOUND_OF_RE = re.compile(r"\s*的(?!水平|标准|目标|平均|均值|比例|比率)")


def _opens_a_bound(r: Reading, m: re.Match[str], b: Fact) -> bool:
    """经复议后再诉讼率不到20%，超过80%的行政争议在复议程序中实现案结事了: the word opens its clause as the bound of the
    figure right after it, the subject of what follows, not a comparison with the figure before."""
    return (
        m.group("dir") in _BOUND_WORDS
        and any(c in m.group() for c in "，,")
        and b.start <= m.start("dir")  # (the word read as the figure's own bound: 超过80%)
        and bool(_BOUND_OF_RE.match(r.norm, b.end))
    )


def _fraction(f: Fact) -> bool:
    """Is the figure a fraction written in words (三分之二: of another figure, named before it)?"""
    return "分之" in f.mention.text


def _same_unit(a: Fact, b: Fact) -> bool:
    if a.q.unit == b.q.unit:
        return True
    return {a.q.unit, b.q.unit} <= {"人", "名"} or counted_alike(a.q.unit, b.q.unit)


def check(rule: Rule, ctx: Context) -> None:
    for g in ctx.ex.groups:
        if g.kind != KIND:
            continue
        word = str(g.attrs["word"])
        for more in (ctx.fact(i) for i in g.facts["more"]):
            for less in (ctx.fact(i) for i in g.facts["less"]):
                keys = {"more": more, "less": less}
                # (within what each displays: 3.2 and 3.2 may be 3.24 and 3.16)
                if fact_interval(more).hi > fact_interval(less).lo:
                    record(ctx, rule, _REL, keys, None, "comparison")
                    continue
                record(ctx, rule, _REL, keys, rule.severity, "comparison")
                # (the figure the text says it of first: the more for 高于, the less for 低于)
                said, other = (more, less) if word in _ABOVE else (less, more)
                emit(
                    ctx,
                    rule,
                    rule.severity,
                    f"文中称{name_zh(said, ctx)}{word}{_COMPARED_LEAD_RE.sub('', name_zh(other, ctx))}，但数字并非如此",
                    f"the text says {name_en(said)} is {'above' if word in _ABOVE else 'below'} "
                    f"{name_en(other)}, which its figures are not",
                    [(said, "compared"), (other, "compared with")],
                    None,
                    None,
                )
