"""A figure of one month and the same figure of the months up to it: 今年1-10月，全省…共立案8435起… / 今年10月，全省…
共立案964起: the month's is at most the span's (it is counted in it).

A span is 1-N月 (1至N月, 1月至N月, 前N个月), 一季度, 上半年, 前三季度 or 全年; a month is N月 or N月份 alone (not a day,
10月7日, nor a span's end). A figure takes the last of these before it in its paragraph. The month's figure and
the span's are the same when their words, less the scope (全省, 今年, 共, 各类…), end alike in four characters or
more (or in the whole of the shorter), in one unit, and no other figure of the span is named so: a month of the
span (1–N) of the same year, or of no stated year.

So is a figure of the period just past and the cumulative one: 本周化解45件，累计化解638件 / 第28批信访举报件121件…
前28批信访举报件累计2438件 (本周, 本月, 当日, 第N批… in the words of its clause; 累计 in the other's, in its paragraph
or the next).

Not stocks at a date (旧存, 结转, 未结, 在册…: May's opening stock may pass January's), nor averages.

Roles: `part` (the month's), `whole` (the span's). The check (rule kind `period_part`).
"""

from __future__ import annotations

import re

from ..cn_numerals import parse_cn_number
from ..expr import Ref, Relation
from ..findings import Context, name_en, name_zh
from ..model import Fact, Group
from ..reading import Reading
from ..rulepack import Rule
from .pairs import check_pairs
from .words import CHANGE_WORDS_RE, counted_alike

KIND = "period_part"
AFTER: tuple[str, ...] = ()

_NUM = r"(?:\d{1,2}|十[一二]|[一二三四五六七八九十])"
_YEAR = r"(?:(?P<year>(?:19|20)\d\d)年(?:度)?)?"
# (each read backwards from a 月 the text holds, found by str.find: most texts name few months, and a pattern
# tried at every position of the text costs more than the rest of this reading)
# the months from January up to the N-th (…1-10月, 1至6月, 1月至9月) or the first N (前10个月)
_SPAN_BEFORE_RE = re.compile(
    rf"{_YEAR}(?:(?:1|一)月?\s*(?:-|—|–|～|~|至|到)\s*(?P<end>{_NUM})|前(?P<first>{_NUM})个)月$"
)
# one month (10月): not the end of a span (至10月), nor a day (10月7日), nor a span's start (10月至12月, 10月底)
_MONTH_BEFORE_RE = re.compile(rf"{_YEAR}(?P<m>{_NUM})月$")
_NOT_A_MONTH_BEFORE = frozenset("-—–～~至到0123456789一二三四五六七八九十")
_NOT_A_MONTH_AFTER_RE = re.compile(
    r"份?(?:[\d一二三四五六七八九十]|[日号底末初中上下起以至到止-]|\s*[-—–～~])"
)
# a named part of the year, from January
_NAMED_RE = re.compile(r"第一季度|一季度|上半年|前三季度|全年(?!目标|任务|计划)")
_NAMED_END = {"第一季度": 3, "一季度": 3, "上半年": 6, "前三季度": 9, "全年": 12}
_YEAR_BEFORE_RE = re.compile(r"((?:19|20)\d\d)年(?:度)?$")
_MONTH_REACH = 14  # characters read back from a 月 (a year, a span: 2022年1-6月)
# words of a figure's name that say its scope or sum, not what it counts
_SCOPE_WORDS_RE = re.compile(
    r"全省|全市|全区|全县|全州|全国|今年|本年|当月|本月|本周|当周|本期|当期|本批|当日|当天|今日|单月|各类|共计|合计|总计"
    r"|累计|共|已|案件|全部|[第前][\d一二三四五六七八九十]{1,3}批"
)
_ALIKE_TAIL = 4
# words of a stock at a date, not a flow over the months (5月旧存623件 is more than 1-5月旧存374件: the stock at
# the start of May, not a part of that at the start of January)
_STOCK_RE = re.compile(
    r"旧存|存案|积存|结存|结转|未结|未办结|在办|在审|尚有|尚未|在册|在矫|现有|余额|库存|累计|积案|平均|人均|日均"
)


def _number(s: str) -> int:
    """A month's number, written in digits or in Chinese numerals (十一)."""
    return int(s) if s.isdigit() else int(parse_cn_number(s) or 0)


def _scopes(r: Reading) -> list[tuple[int, str, int, str | None]]:
    """(position, "span" or "month", the last month it covers, its year) of every period the text names."""
    norm = r.norm
    spans: list[tuple[int, str, int, str | None]] = []
    months: list[tuple[int, str, int, str | None]] = []
    p = norm.find("月")
    while p >= 0:
        lo = max(0, p - _MONTH_REACH)
        span = _SPAN_BEFORE_RE.search(norm, lo, p + 1)
        if span is not None:
            end = _number(span.group("end") or span.group("first"))
            after = p + 2 if norm.startswith("份", p + 1) else p + 1
            if 1 < end <= 12:
                spans.append((after, "span", end, _year(norm, span.start(), span.group("year"))))
        else:
            m = _MONTH_BEFORE_RE.search(norm, lo, p + 1)
            if (
                m is not None
                and norm[m.start("m") - 1 : m.start("m")] not in _NOT_A_MONTH_BEFORE
                # (2016年1月至2019年6月: a span's end, its year written too)
                and norm[m.start() - 1 : m.start()] not in _NOT_A_MONTH_BEFORE
                and not _NOT_A_MONTH_AFTER_RE.match(norm, p + 1)
                and 1 <= (month := _number(m.group("m"))) <= 12
            ):
                after = p + 2 if norm.startswith("份", p + 1) else p + 1
                months.append((after, "month", month, _year(norm, m.start(), m.group("year"))))
        p = norm.find("月", p + 1)
    if not months:
        return []  # (no month's figure: nothing is counted in a span)
    for m in _NAMED_RE.finditer(norm):
        year = _YEAR_BEFORE_RE.search(norm, max(0, m.start() - 6), m.start())
        spans.append(
            (m.end(), "span", _NAMED_END[m.group()], _year(norm, m.start(), year.group(1) if year else None))
        )
    return sorted(spans + months) if spans else []


# a period of the year before, its year unstated (去年6月, 上年1-6月, 上年同期): never the current year's
_PRIOR_YEAR_RE = re.compile(r"(?:去年|上年|前年|上一年|同期)度?(?:同期)?的?$")
_PRIOR = "prior"


def _year(norm: str, start: int, written: str | None) -> str | None:
    """The year of a period: the one written, "prior" for a year before said in words, None for one unstated."""
    if written is None and _PRIOR_YEAR_RE.search(norm, max(0, start - 6), start):
        return _PRIOR
    return written


def _core(label: str) -> str:
    return _SCOPE_WORDS_RE.sub("", label)


def _alike(a: str, b: str) -> bool:
    """Do two names end alike in four characters or more, or in the whole of the shorter (立案, 查封扣押)?"""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n >= _ALIKE_TAIL or (n >= 2 and n == min(len(a), len(b)))


def recognise(r: Reading) -> list[Group]:
    return _within_spans(r) + _within_the_cumulative(r)


def _within_spans(r: Reading) -> list[Group]:
    scopes = _scopes(r)
    if not scopes:
        return []
    scoped: dict[str, list[tuple[Fact, int, str | None]]] = {"span": [], "month": []}
    k = 0
    current: tuple[int, str, int, str | None] | None = None
    reach = -1  # where the current period's paragraph ends
    for f in r.facts:
        while k < len(scopes) and scopes[k][0] <= f.start:
            current = scopes[k]
            reach = r.seg.paragraph_at(current[0] - 1).end
            k += 1
        if current is None or f.start >= reach or f.mention.kind not in ("count", "money"):
            continue  # (no period, or one of another paragraph)
        scoped[current[1]].append((f, current[2], current[3]))
    spans = [(w, end, year) for w, end, year in scoped["span"] if not _STOCK_RE.search(r.frame(w).label)]
    if not spans:
        return []
    out: list[Group] = []
    for part, month, year in scoped["month"]:
        if _STOCK_RE.search(r.frame(part).label):
            continue
        wholes = [
            whole
            for whole, end, span_year in spans
            # (the same year, or one unstated beside one stated: not the year before, said in words, beside either)
            if month <= end
            and (year == span_year or (_PRIOR not in (year, span_year) and None in (year, span_year)))
        ]
        group = _pair(r, part, wholes, {"month": month})
        if group is not None:
            out.append(group)
    return out


# a figure of the period just past (本周化解45件, 第28批信访举报件121件) and the cumulative one (累计化解638件)
_OWN_PERIOD_RE = re.compile(
    r"本周|本月|当月|当周|本期|当期|本批|当日|当天|今日|单月|第[\d一二三四五六七八九十]{1,3}批"
)
_CUMULATIVE_RE = re.compile(r"累计")
_CUMULATIVE_REACH = 2  # paragraphs: the cumulative may be stated in the paragraph after the period's own


def _within_the_cumulative(r: Reading) -> list[Group]:
    """本周化解45件，累计化解638件: the period's own figure is at most the cumulative one named alike, in its
    paragraph or the next."""
    if "累计" not in r.norm or _OWN_PERIOD_RE.search(r.norm) is None:
        return []
    cumulative = [
        f for f in r.facts if f.mention.kind in ("count", "money") and _CUMULATIVE_RE.search(_clause(r, f))
    ]
    out: list[Group] = []
    for part in r.facts:
        label = _clause(r, part)
        if part.mention.kind not in ("count", "money") or not _OWN_PERIOD_RE.search(label):
            continue
        if _CUMULATIVE_RE.search(label) or _STOCK_RE.search(_CUMULATIVE_RE.sub("", label)):
            continue
        wholes = [w for w in cumulative if _near(r, part, w)]
        group = _pair(r, part, wholes, {"cumulative": True})
        if group is not None:
            out.append(group)
    return out


def _clause(r: Reading, f: Fact) -> str:
    """The words of a figure's clause before it (a frame's label leaves out 累计, as it does 共)."""
    return r.norm[r.clause_start(f.start) : f.start]


def _near(r: Reading, a: Fact, b: Fact) -> bool:
    """Is b in a's paragraph or the one right after it?"""
    i, j = r.seg.paragraph_at(a.start).index, r.seg.paragraph_at(b.start).index
    return 0 <= j - i < _CUMULATIVE_REACH


def _pair(r: Reading, part: Fact, wholes: list[Fact], attrs: dict[str, object]) -> Group | None:
    """The group of a period's figure and the one figure of the wider period named alike, if there is one (not a
    change: 10月份同比增加80件 may pass 1-10月同比增加50件, other months having fallen)."""
    name = _core(r.frame(part).label)
    if len(name) < 2 or CHANGE_WORDS_RE.search(r.frame(part).label):
        return None
    alike = [
        w
        for w in wholes
        if w.start != part.start
        and (w.q.unit == part.q.unit or counted_alike(w.q.unit, part.q.unit))
        and _alike(name, _core(r.frame(w).label))
    ]
    same = [w for w in alike if _core(r.frame(w).label) == name]
    if same:
        alike = same  # (累计化解638件 for 本周化解45件, not 市直部门单位累计化解8件: named just so)
    # (one figure of the span so named: a span stated twice, 1-10月…8435起 in two paragraphs, is one)
    if not alike or len({(w.q.value, w.q.unit) for w in alike}) != 1:
        return None
    whole = alike[0]
    return Group(
        kind=KIND,
        facts={"part": [part.id], "whole": [whole.id]},
        span=(min(part.start, whole.start), max(part.end, whole.end)),
        attrs=attrs,
    )


_REL = Relation("<=", Ref("part"), Ref("whole"), "part <= whole")


def check(rule: Rule, ctx: Context) -> None:
    def message(part: Fact, whole: Fact, g: Group) -> tuple[str, str]:
        a_zh, b_zh, a_en, b_en = name_zh(part, ctx), name_zh(whole, ctx), name_en(part), name_en(whole)
        month = g.attrs.get("month")
        if month:
            zh = f"{month}月的{a_zh}多于包含这个月在内的{b_zh}"
            en = f"month {month}'s {a_en} exceeds {b_en} of the months that include it"
        else:
            zh, en = f"{a_zh}多于{b_zh}", f"{a_en} of the period exceeds the cumulative {b_en}"
        return zh + "：一个时段的数不能超过包含它的累计数", en

    check_pairs(rule, ctx, KIND, _REL, message)
