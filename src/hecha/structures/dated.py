"""A report on a year signed before that year ends: 现将广西壮族自治区法律援助中心2023年度办理…案件、使用…资金等情况进行
公示 … 广西壮族自治区司法厅 / 2023年3月1日.

A report states the year it accounts for (…Y年度… with words of an account in its clause: 情况, 报告, 总结, 公示, 办理…;
not a plan's year, 计划, 要点, 安排, 方案, 预算, 打算, 会议…, nor a document's title in 《》), and is signed with a date on
a line of its own among its last lines. The date cannot come before the last month of that year: the year's figures
are not all made yet (a year mistyped, in the date or in the report). December is allowed, as reports are often
signed before the year closes (2023年度…专项报告 … 2023年12月29日).

No roles (a year and a date are no quantities); attrs `year` and `signed` (each the span, start and end, and the
values). The check (rule kind `dated`).
"""

from __future__ import annotations

import re

from ..findings import Context
from ..model import Evidence, Finding, Group
from ..reading import Reading
from ..rulepack import Rule

KIND = "dated"
AFTER: tuple[str, ...] = ()

_SPACE = r"[ \t\u3000]*"
# a line that is a date alone: the signature of a report (2023年3月1日)
_SIGNED_RE = re.compile(
    rf"^{_SPACE}(\d{{4}}){_SPACE}年{_SPACE}(\d{{1,2}}){_SPACE}月{_SPACE}(\d{{1,2}}){_SPACE}日{_SPACE}$", re.M
)
_LAST_LINES = 3  # the signature stands among a report's last non-empty lines
_YEAR_RE = re.compile(r"(\d{4})\s*年度")
_CLAUSE_END_RE = re.compile(r"[。；;！？!?\n]")
# words of an account of the year, in the clause after its year (…2023年度办理…情况进行公示; 2023年度…工作情况报告)
_ACCOUNT_RE = re.compile(r"情况|报告|总结|年报|公示|统计|完成|办理|受理|审结|办结")
# words of a plan for the year, which is written before it ends (…2024年度工作要点, 2023年度法治政府建设工作会议)
_PLAN_RE = re.compile(r"计划|要点|安排|方案|预算|打算|思路|目标|任务|部署|会议|启动|考核")
_SPAN_MARKS = frozenset("-—–－~～至到")
_LAST_MONTH = 12  # a report on a year may be signed from that year's last month on


def recognise(r: Reading) -> list[Group]:
    signed = _signature(r.norm)
    if signed is None:
        return []
    year = _reported_year(r.norm, signed.start())
    if year is None:
        return []
    y, m, d = (int(signed.group(k)) for k in (1, 2, 3))
    if (y, m) >= (int(year.group(1)), _LAST_MONTH):
        return []  # (signed in the year's last month or after it: nothing to say)
    return [
        Group(
            kind=KIND,
            facts={},
            span=(year.start(), signed.end()),
            attrs={
                "year": (year.start(), year.end(), int(year.group(1))),
                "signed": (signed.start(1), signed.end(3) + 1, y, m, d),
            },
        )
    ]


def _signature(text: str) -> re.Match[str] | None:
    """The date alone on a line among the text's last lines, if any."""
    end = len(text.rstrip())
    lo = end
    for _ in range(_LAST_LINES):
        cut = text.rfind("\n", 0, lo)
        while cut > 0 and not text[text.rfind("\n", 0, cut) + 1 : cut].strip():
            cut = text.rfind("\n", 0, cut)  # (past blank lines)
        if cut < 0:
            lo = 0
            break
        lo = cut
    return next(iter(reversed(list(_SIGNED_RE.finditer(text, lo, end + 1)))), None)


def _reported_year(text: str, upto: int) -> re.Match[str] | None:
    """The first year the text says it accounts for, before its signature."""
    for m in _YEAR_RE.finditer(text, 0, upto):
        if text.rfind("《", 0, m.start()) > text.rfind("》", 0, m.start()):
            continue  # (《卫滨区2023年度法治政府建设工作安排》: a document's title)
        if text[max(0, m.start() - 1) : m.start()] in _SPAN_MARKS:
            continue  # (2022-2023年度: a span of two years, a school's or a season's, ending within the later one)
        end = _CLAUSE_END_RE.search(text, m.end())
        clause = text[m.end() : end.start() if end else len(text)]
        if _PLAN_RE.search(clause) or not _ACCOUNT_RE.search(clause):
            continue
        return m
    return None


def check(rule: Rule, ctx: Context) -> None:
    for g in ctx.ex.groups:
        if g.kind != KIND:
            continue
        ys, ye, year = g.attrs["year"]
        ss, se, y, m, d = g.attrs["signed"]
        text = ctx.ex.text
        ctx.findings.append(
            Finding(
                rule=rule.id,
                severity=rule.severity,  # type: ignore[arg-type]
                message=(
                    f"报告写的是{year}年度的情况，文末落款日期却是{y}年{m}月{d}日，早于{year}年度结束："
                    f"全年的数字此时还不完整，落款日期或所报告的年份可能写错"
                ),
                message_en=(
                    f"the report accounts for {year} but is dated {y}-{m:02d}-{d:02d}, before that year ended: "
                    "the date or the year reported is likely mistyped"
                ),
                facts=[],
                evidence=[
                    Evidence(ys, ye, text[ys:ye], role="year"),
                    Evidence(ss, se, text[ss:se], role="date"),
                ],
                expected=f"≥ {year}年12月",
                observed=f"{y}年{m}月{d}日",
                title=rule.title_zh,
                kind=rule.kind,
            )
        )
