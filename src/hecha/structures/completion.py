"""Completion of a target: 财政总收入380,869万元，完成年初预算391,267万元的97.34%.

A figure, then 完成 and a target figure (预算, 计划, 目标, 任务…) with 的 and a percentage after it: the
percentage is the figure over the target, and may pass 100% (完成年初预算31,700万元的229.39%). Or the
target first, what was done next and a 完成率 last, in one sentence (任务数为268件，…办理…290件，完成率108%).

Roles: `done`, `target`, `rate`. The check (rule kind `completion`): the rate fits done ÷ target, as
displayed (rounded, or truncated).
"""

from __future__ import annotations

import re

from ..expr import Bin, Ref, Relation, holds
from ..findings import Context, emit, env, name_en, name_zh, record
from ..intervals import display_percent
from ..model import Fact, Group
from ..reading import Reading
from ..rulepack import Rule

KIND = "completion"
AFTER: tuple[str, ...] = ()

# 完成年初预算 / 完成全年计划 / 完成调整预算 / 完成年目标任务: the words between the figure done and its target, past
# the noun of what was done (建成1个县级…受理大厅，完成年度目标任务2个的50%)
# (完成年初上报县人民代表大会预算收入计划 / 完成调整预算收入计划: who set the target, and what it is of, between)
_COMPLETED_RE = re.compile(
    r"^[^，,。；;：:\d]{0,16}?[，,]?\s*(?:共|累计)?完成(?:了)?[^，,。；;：:\d的]{0,12}?"
    r"(?:预算|计划|目标|任务|指标)(?:任务|收入|支出)?(?:计划)?(?:数)?\s*$"
)
_OF_RE = re.compile(r"^\s*的\s*$")
_REL = Relation("==", Ref("rate"), Bin("/", Ref("done"), Ref("target")), "rate == done / target")
# (a budget done to 99.86% is said 完成…的100%: rounded, as any rate of amounts)
_READINGS = ("usual", "truncated", "rounded_extreme")


def recognise(r: Reading) -> list[Group]:
    facts = r.facts
    out: list[Group] = []
    done_of: dict[str, Fact] = {}  # a completion's rate → its done figure
    for i in range(len(facts) - 2):
        done, target, rate = facts[i], facts[i + 1], facts[i + 2]
        if done.id in done_of and done.sentence == target.sentence:
            # …完成年初预算552200万元的98.9%，完成调整预算550000万元的99.3%: the same figure done, of a second target
            done = done_of[done.id]
        if rate.q.unit != "%" or done.q.unit != target.q.unit or done.q.unit == "%":
            continue
        if done.sentence != rate.sentence or done.mention.kind not in ("count", "money"):
            continue
        if not _COMPLETED_RE.match(r.norm[facts[i].end : target.start]):
            continue
        if not _OF_RE.match(r.norm[target.end : rate.start]):
            continue
        roles = {"done": [done.id], "target": [target.id], "rate": [rate.id]}
        out.append(Group(kind=KIND, facts=roles, span=(done.start, rate.end)))
        done_of[rate.id] = done
    for i in range(len(facts) - 2):
        # 案件任务数为268件，…共办理…案件290件，完成率108%: the target first, then what was done, then the rate
        target, done, rate = facts[i], facts[i + 1], facts[i + 2]
        if rate.q.unit != "%" or done.q.unit != target.q.unit or done.q.unit == "%":
            continue
        if not (target.sentence == done.sentence == rate.sentence) or done.mention.kind not in (
            "count",
            "money",
        ):
            continue
        planned = _TARGET_LABEL_RE.search(r.frame(target).label) or (
            # (全年计划重点检查246家次，实际重点检查253家次，完成率103%: the plan, then what was actually done)
            _PLANNED_RE.match(r.frame(target).label) and _ACTUAL_RE.match(r.frame(done).label)
        )
        if planned and _RATE_LABEL_RE.search(r.frame(rate).label):
            roles = {"done": [done.id], "target": [target.id], "rate": [rate.id]}
            out.append(Group(kind=KIND, facts=roles, span=(target.start, rate.end)))
    return out


_TARGET_LABEL_RE = re.compile(r"(?:任务|目标|计划)(?:数|量)?(?:为|是|达)?$")
_PLANNED_RE = re.compile(r"(?:全年|年度|本年|今年|年初)?(?:计划|预计)")
_ACTUAL_RE = re.compile(r"实际")
_RATE_LABEL_RE = re.compile(r"完成(?:率|进度)(?:为|达到|达|是)?$")


def check(rule: Rule, ctx: Context) -> None:
    for g in ctx.ex.groups:
        if g.kind != KIND:
            continue
        done, target, rate = (ctx.fact(g.facts[k][0]) for k in ("done", "target", "rate"))
        keys: dict[str, Fact] = {"done": done, "target": target, "rate": rate}
        if any(holds(_REL, env(keys, rd, {})) for rd in _READINGS):
            record(ctx, rule, _REL, keys, None)
            continue
        record(ctx, rule, _REL, keys, rule.severity)
        c = done.q.value / target.q.value if target.q.value else 0.0
        shown = display_percent(c, rate)  # (102.88% beside a stated 106.88%, not 102.9%)
        emit(
            ctx,
            rule,
            rule.severity,
            f"{name_zh(done, ctx)}完成{name_zh(target, ctx)}的比例应为{shown}，报告为{rate.mention.text}",
            f"{name_en(done)} of the target {name_en(target)} is {shown}, not {rate.mention.text}",
            [(done, "numerator"), (target, "denominator"), (rate, "rate")],
            shown,
            rate.mention.text,
        )
