"""Shares listed without their counts and closed by the rest: 咨询类占77.18%，投诉举报类占12.47%，求助类占
9.61%，意见建议类占0.60%，表扬类占0.13%，其他类0.01%.

Three or more percentages in one sentence, each named as a share (占…) of a kind, with no count among them,
the last named as the rest (其他, 其余: schemas/structures.yaml `remainder`): the list names every kind of
its whole, so its shares add up to 100%, within what each one's displayed rounding allows. (Shares stated
with their counts are share.py's: there the counts and their base say more.)

Roles: `shares` (the percentages, in order). The check (rule kind `share_list`).
"""

from __future__ import annotations

import re

from ..expr import Interval, Ref, Relation, Sum, holds
from ..findings import Context, emit, env, record
from ..intervals import fmt_number
from ..model import Fact, Group
from ..reading import Reading
from ..rulepack import Rule
from .words import load_words

KIND = "share_list"
AFTER: tuple[str, ...] = ("share",)  # (shares with their counts are share.py's)

_MIN_SHARES = 3
_GAP_RE = re.compile(r"[^\d%％。；;]{1,16}")  # between two shares of a list: words, no figure, no full stop


def recognise(r: Reading) -> list[Group]:
    words = load_words()
    counted = {g.facts["rate"][0] for g in r.groups_of("share")}
    out: list[Group] = []
    run: list[Fact] = []
    for f in [*r.facts, None]:
        if f is not None and _joins(r, run, f) and f.id not in counted:
            run.append(f)
            continue
        if len(run) >= _MIN_SHARES and words.remainder_re.match(r.frame(run[-1]).label):
            out.append(
                Group(kind=KIND, facts={"shares": [x.id for x in run]}, span=(run[0].start, run[-1].end))
            )
        run = [f] if f is not None and _is_share(r, f) and f.id not in counted else []
    return out


def _is_share(r: Reading, f: Fact) -> bool:
    """A percentage named as a share: 占 in its own words (投诉举报类占12.47%), or the rest (其他类0.01%)."""
    return f.q.unit == "%" and f.mention.kind == "percent" and "占" in r.frame(f).label[-4:]


def _joins(r: Reading, run: list[Fact], f: Fact) -> bool:
    """Does `f` go on the run of shares: the next percentage of its sentence, words only between them, named
    as a share or as the rest?"""
    if not run or f.q.unit != "%" or f.sentence != run[-1].sentence:
        return False
    if not _GAP_RE.fullmatch(r.norm, run[-1].end, f.start):
        return False
    label = r.frame(f).label
    return "占" in label[-4:] or load_words().remainder_re.match(label) is not None


def check(rule: Rule, ctx: Context) -> None:
    for g in ctx.ex.groups:
        if g.kind != KIND:
            continue
        shares = [ctx.fact(i) for i in g.facts["shares"]]
        keys = {f"r{k}": s for k, s in enumerate(shares)}
        rel = Relation("==", Sum(tuple(Ref(k) for k in keys)), Ref("one"), "sum(shares) == 100%")
        extra = {"one": Interval(1.0, 1.0)}
        if any(holds(rel, env(keys, reading, extra)) for reading in ("usual", "double_rounded")):
            record(ctx, rule, rel, keys, None, "shares closed by the rest", extra=extra)
            continue
        record(ctx, rule, rel, keys, rule.severity, "shares closed by the rest", extra=extra)
        total = fmt_number(sum(s.q.value for s in shares))
        terms = "+".join(s.mention.text for s in shares)
        emit(
            ctx,
            rule,
            rule.severity,
            f"各项占比列到了“其他”，合计应为100%，实际为{total}%（{terms}）",
            f"shares listed down to the rest should add up to 100%, not {total}% ({terms})",
            [(s, "rate") for s in shares],
            "100%",
            f"{total}%",
        )
