"""Shares of a run of counts: 举报量较大的问题主要有：食品安全违法行为(56件)、…(49件)、…(44件)、…(42件)，合计占比
71.27% / 共受理举报336.5万件，同比下降25.6%，广告违法行为(147.6万件)、…(46.6万件)、…(29.4万件)，合计占比为66.4%.

A share right after a run of counts joined by 、 (share.summed_items: share.py leaves it, its part being the run's
sum) is that sum over a whole: a count the share's ；-clause states before the run, or a count before it in its
section named by the thing the share's words or the run's lead name (占投诉总量的 / 投诉量较大的问题主要有 →
a count of 投诉). Each is a reading, as is the sum of the items' rounded shares; the check flags the share only
when none gives it: as an error when the whole is in its clause, else one severity softer.

Roles: `rate`, `parts` (the run); attrs `bases` (every candidate, nearest first) and `tie` ("sentence": the first
is in the share's ；-clause; "section": named in its section). The check (rule kind `summed_share`).
"""

from __future__ import annotations

import re

from ..expr import Bin, Ref, Relation, Sum, holds
from ..findings import SOFTER, Context, emit, env, name_en, name_zh, record
from ..frames import subsequence_words
from ..intervals import LENIENT_READINGS, display_percent, fmt_like, rounded_as_shown
from ..lazyre import lazy_compile
from ..model import Fact, Group
from ..reading import Reading
from ..rulepack import Rule
from ..tables import locate
from .share import summed_items
from .words import counted_alike, share_word_at

KIND = "summed_share"
AFTER: tuple[str, ...] = ()

# the thing a run ranks, named before 量 (投诉量较大的问题主要有; 投诉受理量较大的…: of those accepted, 受理) or
# after 占 (占投诉总量的)
_RANKED_THING_RE = lazy_compile(r"([\u4e00-\u9fff]{2,4}?)(受理)?量(?:较大|较多|最大|最多|居前|排名前|位居前)")
_WHOLE_THING_RE = lazy_compile(r"^([\u4e00-\u9fff]{2,4}?)(受理)?(?:总量|总数|数量|量)")
# the view a run is given from (从商品投诉来看: the thing qualified, 商品 of 投诉; not 从投诉问题来看)
_VIEW_RE = lazy_compile(r"从([\u4e00-\u9fff]{2,8}?)(?:来看|看)")
_GENERIC_VIEW = ("问题", "情况", "类型", "类别", "方面", "领域", "内容")
_EACH_RE = re.compile(r"[分各]别?$|[分各]别?占")  # (分别占…31.5%、11.4%: each item's own share, share.py's)
_MAX_BASES = 4
_REACH = 2000  # characters before the run its whole may stand (a section's opening lines; bounds the search)


def recognise(r: Reading) -> list[Group]:
    groups: list[Group] = []
    for i, f in enumerate(r.facts):
        if f.mention.kind != "percent" or f.q.unit != "%":
            continue
        label = r.frame(f).label
        k = share_word_at(label)
        if k < 0 or (r.has_tables and locate(r.text, f.start) is not None) or _EACH_RE.search(label[: k + 1]):
            continue
        if (
            i + 1 < len(r.facts)
            and r.facts[i + 1].mention.kind == "percent"
            and r.norm[f.end : r.facts[i + 1].start].strip() in ("、", "和", "及")
        ):
            continue  # (占…的31.5%、11.4%、10.8%: a run of shares, each its item's)
        parts = summed_items(r, i)
        if not parts:
            continue
        bases, tie = _bases(r, parts, label[k + 1 :])
        if not bases:
            continue
        groups.append(
            Group(
                kind=KIND,
                facts={"rate": [f.id], "parts": [p.id for p in parts]},
                span=(min(b.start for b in bases[:1] + parts), f.end),
                attrs={"bases": [b.id for b in bases], "tie": tie},
            )
        )
    return groups


def _bases(r: Reading, parts: list[Fact], words: str) -> tuple[list[Fact], str]:
    """The wholes the run's sum may be a share of, nearest first, and how the nearest is tied."""
    total = sum(p.q.value for p in parts)
    first = parts[0]

    def whole(g: Fact) -> bool:
        return g.mention.kind == "count" and counted_alike(g.q.unit, first.q.unit) and g.q.value >= total

    sentence = r.period_span(first.start)[0]
    # 共受理举报336.5万件，同比下降25.6%，广告违法行为(147.6万件)、…: what the sentence opens on, in the run's own
    # ；-clause (扑救火灾共74.5万起、占38.1%；公务执勤(9.6万起)及其他出动(10.5万起)占总数的10.3%: a sibling before)
    clause = max(
        sentence, r.norm.rfind("；", sentence, first.start) + 1, r.norm.rfind(";", sentence, first.start) + 1
    )
    out = [g for g in reversed(r.facts_between(clause, first.start)) if whole(g)][:1]
    tie = "sentence" if out else "section"
    lead = r.norm[sentence : first.start]
    m = _WHOLE_THING_RE.match(words.strip().removeprefix("到")) or _RANKED_THING_RE.search(lead)  # (占到…的)
    if m is None:
        return out, tie
    thing, step = m.group(1), m.group(2) or ""
    view = _VIEW_RE.search(lead)
    if view and view.group(1).endswith(thing) and len(view.group(1)) > len(thing):
        thing = view.group(1)  # (从商品投诉来看，投诉受理量较大的商品…: of the complaints about goods)
    elif view and thing in view.group(1) and not view.group(1).endswith(_GENERIC_VIEW):
        return out, tie  # (a view naming more than the thing, no count of which is sought)
    # …共受理投诉8875件，办结8742件…。(一)问题投诉类型。投诉量较大的问题主要有：…: a count of the thing ranked,
    # before the run in its section (the nearest first; each a reading), and of its step when the lead names
    # one (投诉受理量: 共接收投诉1028件，受理757件 → the 757, named with the words of the count before it)
    section = r.seg.paragraph_at(first.start).section
    at = r.fact_index().position
    own: list[
        Fact
    ] = []  # named by their own words (before those named with the words of the count before them)
    borrowed: list[Fact] = []
    # (and, last, of the thing by another step: 收到投诉5109件 for 投诉受理量较大的问题…占比39.71%, the complaints
    # a report counts as received and as accepted alike)
    other_step: list[Fact] = []
    # (past its section only while none is found in it: 一、总体情况 …投诉8660件… 二、投诉举报办理情况 …投诉量较大的区县
    # 主要有：…，合计占比81.15% — the report's one count of its complaints, stated in the overview)
    for g in reversed(r.facts_between(max(0, sentence - _REACH), sentence)):
        if r.seg.paragraph_at(g.start).section != section:
            if own or borrowed or other_step:
                break
            section = r.seg.paragraph_at(g.start).section
        said = r.frame(g).label
        j = at[id(g)]
        alone = _names(thing, said)
        if not alone and j > 0 and r.facts[j - 1].sentence == g.sentence:
            said = r.frame(r.facts[j - 1]).label + said
        if whole(g) and _names(thing, said) and g not in out:
            if step not in said:
                other_step.append(g)
            else:
                (own if alone else borrowed).append(g)
            if len(own) + len(borrowed) >= _MAX_BASES:
                break
    return (out + own + borrowed + other_step)[: len(out) + _MAX_BASES], tie


def _names(thing: str, words: str) -> bool:
    """Do a count's words name the thing, as written or abbreviated (收案 of 新接收行政诉讼案件: its characters in
    order)?"""
    return thing in words or subsequence_words(thing, words) == len(thing)


def _relation(names: list[str]) -> Relation:
    return Relation(
        "==", Ref("rate"), Bin("/", Sum(tuple(Ref(n) for n in names)), Ref("base")), "share == sum / base"
    )


def _sum_of_rounded(rate: Fact, parts: list[Fact], base: Fact) -> bool:
    """Is the share the sum of each item's share rounded as it is shown (25.23%+21.80%+15.46%+12.95% = 75.44%
    where 571/757 is 75.43%)? Reports add the shares of a table's rows."""
    if not base.q.value or rate.q.step <= 0:
        return False
    added = sum(rounded_as_shown(100 * p.q.value / base.q.value, rate.q.step) for p in parts)
    return abs(added - rate.q.value) < rate.q.step / 2


def check(rule: Rule, ctx: Context) -> None:
    """Rule kind `summed_share`: some whole the text gives the run's sum as the share stated."""
    for g in ctx.ex.groups:
        if g.kind != KIND:
            continue
        rate = ctx.fact(g.facts["rate"][0])
        parts = [ctx.fact(p) for p in g.facts["parts"]]
        bases = [ctx.fact(b) for b in g.attrs.get("bases", [])]
        named = {f"p{i}": p for i, p in enumerate(parts)}
        rel = _relation(list(named))
        fits = next(
            (
                b
                for b in bases
                if any(holds(rel, env({"rate": rate, "base": b, **named}, rd, {})) for rd in LENIENT_READINGS)
                or _sum_of_rounded(rate, parts, b)
            ),
            None,
        )
        if fits is not None:
            record(ctx, rule, rel, {"rate": rate, "base": fits, **named}, None, "run summed")
            continue
        base = bases[0]
        sev = rule.severity if g.attrs.get("tie") == "sentence" else SOFTER[rule.severity]
        record(ctx, rule, rel, {"rate": rate, "base": base, **named}, sev, "run summed")
        total = sum(p.q.value for p in parts)
        shown = display_percent(total / base.q.value, rate) if base.q.value else "—"
        terms = "+".join(fmt_like(p.q.value, p) for p in parts)  # (as written: 147.6万+46.6万)
        also = "、".join(b.mention.text for b in bases[1:])
        tried = f"（也试过以{also}为基数）" if also else ""
        emit(
            ctx,
            rule,
            sev,
            f"所列各项合计{fmt_like(total, parts[0])}{parts[0].q.unit}（{terms}），占{name_zh(base, ctx)}的比例应为"
            f"{shown}，报告为{rate.mention.text}{tried}",
            f"the items listed add up to {fmt_like(total, parts[0])}, {shown} of {name_en(base)}, not {rate.mention.text}",
            [(rate, "rate"), *((p, "numerator") for p in parts), (base, "denominator")],
            shown,
            rate.mention.text,
        )
