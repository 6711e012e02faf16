"""The flows of a fund or a budget in one sentence: 基金收入41.89亿元…；基金支出28.63亿元…；当期结余13.26亿元 /
社会保险基金收入32829亿元，其中…；支出27913亿元…；本年收支结余4915亿元: what came in less what went out is the
year's balance.

A sentence (to its 。) that states, in one unit of money, an income (…收入), then an expense (…支出), then a
balance of the period (结余, 本年收支结余, 当期结余: not 累计, 滚存 or 年末结余, which carry the years before)
ties them: income − expense = balance, within what the displayed figures allow. A sub-fund's flows after 其中
(其中统筹基金收入…) are not the sentence's own. A balance that names the two (收支结余) ties them across the sentences
of a paragraph too, when the expense is named as the income is (一般公共预算财政总收入…。一般公共预算财政总支出…。当年收支
结余…).

The income is the sum the sentence states (收入合计) when it lists several; a balance after a carry-in
(上年结余…) with one income read holds the carry-in too, no flow of the one income.

Roles: `income`, `expense`, `balance`. The check (rule kind `flow`).
"""

from __future__ import annotations

import re

from ..expr import Bin, Ref, Relation, holds
from ..findings import Context, emit, env, name_en, name_zh, record
from ..intervals import fmt_like
from ..model import Fact, Group
from ..reading import Reading
from ..rulepack import Rule

KIND = "flow"
AFTER: tuple[str, ...] = ()

_INCOME_RE = re.compile(r"收入$")
_EXPENSE_RE = re.compile(r"支出$")
_CARRIED_IN_RE = re.compile(r"上年(?:结余|结转)|年初(?:结余|结转|滚存)")  # (what the balance holds besides)
_INCOME_TOTAL_RE = re.compile(r"收入(?:合计|总计|共计)(?:为|达)?$")
# the balance of the period only: 结余, 收支结余, 本年(当期, 当年)结余; not 累计结余, 滚存结余, 年末结余
_BALANCE_RE = re.compile(r"(?<![计存末初年])(?:收支)?结余$|(?:本年|当年|当期)(?:收支)?结余$")
_SUB_RE = re.compile(r"其中")  # (其中统筹基金收入…: a sub-fund's flow)
_REL = Relation("==", Bin("-", Ref("income"), Ref("expense")), Ref("balance"), "income - expense == balance")


def recognise(r: Reading) -> list[Group]:
    if "结余" not in r.norm or "支出" not in r.norm:
        return []  # (a fast test: most texts state no fund's flows)
    out: list[Group] = []
    seen: set[tuple[int, int]] = set()
    for f in r.facts:
        if f.mention.kind != "money" or not _INCOME_RE.search(r.frame(f).label):
            continue
        period = r.period_span(f.start)
        if period in seen or _SUB_RE.search(r.lead(f, 12)):
            continue
        seen.add(period)
        income, expense, balance = f, None, None
        for g in r.facts_between(f.end, period[1]):
            if g.mention.kind != "money" or g.q.unit != f.q.unit or _SUB_RE.search(r.lead(g, 12)):
                continue
            label = r.frame(g).label
            if expense is None and _INCOME_TOTAL_RE.search(r.lead(g, 8)):
                income = g  # 上年结余…，上级补助收入…，收入合计42.5亿元，支出…: the incomes summed, not the first of them
            elif expense is None and _EXPENSE_RE.search(label):
                expense = g
            elif expense is not None and _BALANCE_RE.search(label):
                balance = g
                break
        if expense is None or balance is None:
            expense, balance = _in_its_paragraph(r, income, period[1])
        if expense is None or balance is None:
            continue
        if income is f and _CARRIED_IN_RE.search(r.norm, period[0], expense.start):
            continue  # 上年结余26.37亿元，上级补助收入14.64亿元，…；支出19.31亿元，年终结余23.04亿元: of the carried in too
        roles = {"income": [income.id], "expense": [expense.id], "balance": [balance.id]}
        out.append(Group(kind=KIND, facts=roles, span=(income.start, balance.end)))
    return out


def _in_its_paragraph(r: Reading, income: Fact, end: int) -> tuple[Fact | None, Fact | None]:
    """The expense and the balance of the income's own budget stated in the sentences after it, in its paragraph:
    an expense named as the income is (一般公共预算财政总收入…。一般公共预算财政总支出…), then a balance that says it is
    of the two (当年收支结余…). (None, None) when the paragraph states no such pair."""
    name = _INCOME_RE.sub("", r.frame(income).label)
    expense = None
    for g in r.facts_between(end, r.seg.paragraph_at(income.start).end):
        if g.mention.kind != "money" or g.q.unit != income.q.unit or _SUB_RE.search(r.lead(g, 12)):
            continue
        label = r.frame(g).label
        if expense is None and _EXPENSE_RE.search(label):
            own = _EXPENSE_RE.sub("", label)
            if len(own) < 2 or not (name.endswith(own) or own.endswith(name)):
                return None, None  # (another budget's expense)
            expense = g
        elif expense is not None and _OF_BOTH_RE.search(label):
            return expense, g
    return None, None


# a balance that names the income and expense it is of (当年收支结余, 本年收支结余, 收支结余)
_OF_BOTH_RE = re.compile(r"(?<![计存末初])收支结余$")


def check(rule: Rule, ctx: Context) -> None:
    for g in ctx.ex.groups:
        if g.kind != KIND:
            continue
        income, expense, balance = (ctx.fact(g.facts[k][0]) for k in ("income", "expense", "balance"))
        keys = {"income": income, "expense": expense, "balance": balance}
        if holds(_REL, env(keys, "usual", {})):
            record(ctx, rule, _REL, keys, None, "flows")
            continue
        record(ctx, rule, _REL, keys, rule.severity, "flows")
        exp = fmt_like(income.q.value - expense.q.value, balance) + balance.q.unit
        emit(
            ctx,
            rule,
            rule.severity,
            f"{name_zh(income, ctx)}减{name_zh(expense, ctx)}为{exp}，与{name_zh(balance, ctx)}不符（当期收入减支出即当期结余）",
            f"{name_en(income)} less {name_en(expense)} is {exp}, not {name_en(balance)}",
            [(income, "income"), (expense, "expense"), (balance, "balance")],
            exp,
            balance.mention.text,
        )
