"""Shares listed without their counts and closed by the rest: 咨询类占77.18%，投诉举报类占12.47%，求助类占
9.61%，意见建议类占0.60%，表扬类占0.13%，其他类0.01%.

Three or more percentages in one sentence, each named as a share (占…) of a kind, with no count among them,
the last named as the rest (其他, 其余: schemas/structures.yaml `remainder`): the list names every kind of
its whole, so its shares add up to 100%, within what each one's displayed rounding allows. (Shares stated
with their counts are share.py's: there the counts and their base say more.)

Shares of one sentence each 占 the same named whole (占受理数的, or all 占比) but not closed by the rest are
kinds of that whole too: together at most 100% (attr `open`; over it is the rule's `open_severity`, as
kinds may overlap).

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
    counted = {g.facts["rate"][0] for g in r.groups_of("share")}
    out = _closed_runs(r, counted)
    closed = {i for g in out for i in g.facts["shares"]}
    return out + _open_runs(r, counted | closed)


def _open_runs(r: Reading, taken: set[str]) -> list[Group]:
    """私营企业占受理数的39.3%，…；股份制企业占受理数的26.7%，…；国有企业占受理数的… : shares of one sentence,
    each 占 the same named whole (or all 占比), not closed by the rest: kinds of one whole, together at most
    100% (attr `open`). Not when the kinds are groups of people that overlap (妇女, 老年人…)."""
    words = load_words()
    out: list[Group] = []
    by_sentence: dict[tuple[int, int], list[tuple[Fact, str]]] = {}  # (by the span up to its 。)
    for f in r.facts:
        if f.id in taken or f.q.unit != "%" or f.mention.kind != "percent":
            continue
        label = r.frame(f).label
        at = label.rfind("占")
        if at < 0 or len(label) - at > 8 or words.overlapping_re.search(label):
            continue
        by_sentence.setdefault(r.period_span(f.start), []).append((f, label[at:]))
    for run in by_sentence.values():
        whole = run[0][1]
        if len(run) < 2 or any(w != whole for _, w in run):
            continue  # (占受理数的… and 占结案数的…: shares of two wholes)
        shares = [f for f, _ in run]
        between = r.norm[shares[0].end : shares[-1].start]
        if any(g.mention.kind == "count" for g in r.facts_between(shares[0].end, shares[-1].start)):
            continue  # (shares with their counts are share.py's)
        if "其中" in between or "分别" in between:
            continue  # (a share of a part's own parts, or shares paired with figures elsewhere)
        out.append(
            Group(
                kind=KIND,
                facts={"shares": [f.id for f in shares]},
                span=(shares[0].start, shares[-1].end),
                attrs={"open": True},
            )
        )
    return out


def _closed_runs(r: Reading, counted: set[str]) -> list[Group]:
    words = load_words()
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
        if g.attrs.get("open"):
            _check_open(rule, ctx, shares, keys)
            continue
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


def _check_open(rule: Rule, ctx: Context, shares: list[Fact], keys: dict[str, Fact]) -> None:
    rel = Relation("<=", Sum(tuple(Ref(k) for k in keys)), Ref("one"), "sum(shares) <= 100%")
    extra = {"one": Interval(1.0, 1.0)}
    if any(holds(rel, env(keys, reading, extra)) for reading in ("usual", "double_rounded")):
        record(ctx, rule, rel, keys, None, "shares of one whole", extra=extra)
        return
    sev = str(rule.params.get("open_severity", "warning"))
    record(ctx, rule, rel, keys, sev, "shares of one whole", extra=extra)
    total = fmt_number(sum(s.q.value for s in shares))
    terms = "+".join(s.mention.text for s in shares)
    emit(
        ctx,
        rule,
        sev,
        f"同一总数的各项占比合计为{total}%（{terms}），超过100%（除非各项互有重叠）",
        f"shares of one whole add up to {total}% ({terms}), over 100% (unless the kinds overlap)",
        [(s, "rate") for s in shares],
        "≤ 100%",
        f"{total}%",
    )
