"""Which percentages cannot exceed 100: the bound rule (HC001) caps them, and the rate structure leaves
a stated rate above 100 to that rule."""

from __future__ import annotations

import re

from ..findings import Context
from ..model import Fact
from .words import CARRIED_PART_RE, COURT_RE

_RATE_WORD_RE = re.compile(r"(?:率|占比|比例|比重)[^，,；;。、\d]{0,6}$")
# rates that may pass 100%: growth, completion or staffing against a target (完成率115%, 专职调解员
# 配备率106%, 占调整预算105.47%, 审计项目计划20个的135%, 占年目标任务的130%), gross ratios (初中阶段毛入学率104.1%:
# all enrolled over the age group), and margins over a cost (加价率160%)
_CLOSURE_RATE_RE = re.compile(r"(?:结案|执结|审结|办结)率")
_WITH_CARRIED_RE = re.compile(r"连同|(?:含|包括)(?:旧存|存案|积存|上年|上期)|" + CARRIED_PART_RE.pattern)
_CLOSURE_REACH = 200  # characters before a closure rate in which its sentence says the cases carried in
_GROWTH_RE = re.compile(
    r"完成|达成|超额|执行率|配备|预算|计划|目标|任务|毛入学|毛入园|"
    r"增长|增幅|增加|提高|提升|上升|下降|降低|减少|同比|环比|比增|较上年|比上年|较去年|涨|百分点|"
    # (购进价格为4.5元，销售价格为12元，加价率达160%: a margin over the cost, not a share of it)
    r"加价|差价率|溢价|利润率|回报率"
)


def is_bounded_rate(f: Fact, ctx: Context) -> bool:
    """A percentage that cannot exceed 100: a bounded rate metric, or an unknown …率 / 占比 figure
    that is not a growth rate."""
    if f.mention.kind != "percent" or f.q.unit != "%":
        return False
    if f.metric:
        return ctx.onto.metrics[f.metric].bounded
    window = _window(f, ctx)
    if _GROWTH_RE.search(window) or _over_new_cases(f, ctx, window):
        return False
    return bool(_RATE_WORD_RE.search(window)) or "占" in window


def closure_over_new_cases(f: Fact, ctx: Context) -> bool:
    """An unknown closure rate that may pass 100% (over the period's new cases): the rate structure
    holds it to its counts, where other rates above 100 are left to the bound rule or not checked."""
    return f.metric is None and f.mention.kind == "percent" and _over_new_cases(f, ctx, _window(f, ctx))


def _window(f: Fact, ctx: Context) -> str:
    window = ctx.ex.norm[max(0, f.start - 16) : f.start]
    return re.split(r"[，,；;。]", window)[-1]


def _over_new_cases(f: Fact, ctx: Context, window: str) -> bool:
    if not _CLOSURE_RATE_RE.search(window):
        return False
    # 受理…4677起；连同存案共执结案件4743起；同期案件执结率达101.41%: what was concluded holds the cases
    # carried in, the rate is over those received (结收比): it passes 100% when the backlog shrinks
    start = ctx.ex.norm.rfind("。", max(0, f.start - _CLOSURE_REACH), f.start) + 1
    if _WITH_CARRIED_RE.search(ctx.ex.norm, max(start, f.start - _CLOSURE_REACH), f.start):
        return True
    # a court's 结案率 is as often 结收比, over the year's new cases (共受理…1476件，审结1510件，同期结案率
    # 102.3%): its old cases lift it past 100%, carried in or not
    para = ctx.ex.seg.paragraph_at(f.start)
    return COURT_RE.search(ctx.ex.norm, para.start, f.start) is not None
