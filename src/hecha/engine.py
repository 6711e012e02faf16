"""The rule engine: bind rules to a document's facts and test them.

Every check is a relation (expr.Relation) over facts read as intervals. Metric rules (order, total,
ratio, equal) bind within a paragraph: for every fact of the rule's first metric, each other metric
takes its nearest fact in the same paragraph; only results count (figures in sections on plans and
shortcomings, or under 不少于/力争…, are targets). Each definition of a rule is tried under the usual
reading of the figures; a failure that a softer reading explains is softened:

  holds only if 100%/0% is rounded   → warning (a 100% claim that is not all)
  holds only if truncated / rounded twice → info
  holds only under an unusual definition → one step softer
  fails with an optional figure unstated (上期结转) → one step softer, and says so

Structure rules (breakdown, share, reduction…) are checked by their structure's module (structures/),
and the bound rule here; they build their relation from the groups and facts the text states. Every check is recorded as a Binding (rule, relation, facts, held or not),
which `--verbose` shows and error localisation re-evaluates.
"""

from __future__ import annotations

import bisect
import functools
import math
import operator
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple

from .expr import INF, Interval, Num, Ref, Relation, Sum, evaluate, holds, refs_of
from .extract import Extraction
from .findings import (
    READING_NOTE,
    READING_SEVERITY,
    SOFTER,
    Context,
    dedupe,
    emit,
    env,
    name_en,
    name_zh,
    record,
)
from .intervals import FALLBACK_READINGS, display_percent, fact_interval, fmt_number
from .lazyre import lazy_compile
from .model import Binding, Fact, Finding
from .ontology import Ontology
from .rulepack import METRIC_KINDS, Definition, Rule
from .structures import CHECKS
from .structures.bounded import is_bounded_rate
from .structures.words import (
    CARRIED_PART_RE,
    GENERAL_UNITS,
    instance_before,
    load_words,
    qualifier_before,
)
from .verdicts import settle

_START = operator.attrgetter("start")  # a sort key in C


# --- metric rules ----------------------------------------------------------------------------------


def _closeness(f: Fact, a: Fact, side: int) -> tuple[int, int, int]:
    """How near a figure is to an anchor: same sentence first, then on the side where such figures
    are stated (side −1: before it, as counts before their rate; +1: after it, as parts after their
    total; 0: either), then by characters."""
    wrong_side = int(side < 0 and f.start > a.start) + int(side > 0 and f.start < a.start)
    return (abs(f.sentence - a.sentence), wrong_side, abs(f.start - a.start))


def _owner(ctx: Context, f: Fact, anchors: list[Fact], starts: list[int], side: int) -> Fact:
    """The anchor a figure belongs to: one of the two around it (closeness grows with distance), the one
    in its full sentence first (市中院新收…54066件，办结54219件，存案2967件；法官人均结案…；结案率为94.81%: the
    rate two ；-segments on, not that of the sentence before, one segment back)."""
    i = bisect.bisect_left(starts, f.start)
    here = ctx.period(f)
    return min(
        anchors[max(0, i - 1) : i + 1],
        key=lambda b: (abs(ctx.period(b) - here), *_closeness(f, b, side)),
    )


def _nearest(cands: list[Fact], a: Fact, used: set[str], side: int) -> Fact | None:
    free = [f for f in cands if f.id not in used]
    return min(free, key=lambda f: _closeness(f, a, side)) if free else None


def _instance(ctx: Context, f: Fact) -> str | None:
    """The instance a court figure's words give it (一审, 二审…), or all of them (各类, 全部)."""
    got = ctx.instances.get(f.id, "")
    if got == "":
        got = ctx.instances[f.id] = instance_before(ctx.ex.norm, f.start)
    return got


def _instance_apart(ctx: Context, f: Fact, chosen: dict[str, Fact]) -> bool:
    """Do f's words give it another instance than those of a figure already bound (一审行政诉讼案件审结950件
    beside 受理各类行政案件2203件)? Then they count different sets of cases and no rule binds them together."""
    x = _instance(ctx, f)
    if x is None:
        return False
    for c in chosen.values():
        y = _instance(ctx, c)
        if y is not None and x != y:
            return True
    return False


# (persons fit any: cases against persons is a rule of its own)
_GENERAL_COUNTERS = (*GENERAL_UNITS, "次", "人", "人次", "名")


def _qualified_apart(ctx: Context, rate: Fact, f: Fact) -> bool:
    """Does a rate's name make it of a subset its count's sentence does not name (受理矛盾纠纷27.5万余件，化解
    27.3万余件，…诉前纠纷化解率达29.7%: of the disputes before litigation, which the text does not count)?"""
    if rate.q.unit != "%":
        return False
    q = qualifier_before(ctx.ex.norm, rate.start)
    return q is not None and q not in ctx.ex.norm[ctx.period_start(f) : f.start]


def _counters_fit(f: Fact, a: Fact) -> bool:
    """Do two counts of an order rule count alike (问题50.1万个 and 主体51万家次 do not)? The same counter, or a
    general one (件, or persons) on either side."""
    u, v = f.q.unit, a.q.unit
    return u == v or u in _GENERAL_COUNTERS or v in _GENERAL_COUNTERS or f.mention.kind != "count"


def _bases_of(rule: Rule) -> set[str]:
    """The bases of a ratio rule's definitions (败诉率 = 败诉 / 审结 or / 判决: 审结, 判决)."""
    if rule.kind != "ratio":
        return set()
    shapes = [d.relation.ratio_shape() for d in rule.definitions]
    return {r.key for shape in shapes if shape is not None for r in refs_of(shape[2])}


def _totals_of(ctx: Context) -> dict[str, set[str]]:
    """Each listed part's totals, by the breakdowns (built once per document)."""
    if ctx.totals_of is None:
        ctx.totals_of = {}
        for g in ctx.ex.groups:
            if g.kind == "breakdown":
                for p in g.facts["parts"]:
                    ctx.totals_of.setdefault(p, set()).add(g.facts["total"][0])
    return ctx.totals_of


def _part_of(ctx: Context, f: Fact, chosen: dict[str, Fact], larger: frozenset[str]) -> bool:
    """Is the figure listed as a part of a figure already bound on the smaller side (败诉2683件，…其中，判决
    撤销…1222件: no base of 败诉率 beside the 2683; 8947个，其中转办2274件 may be a base beside the 8947)?"""
    mine = _totals_of(ctx).get(f.id)
    return mine is not None and any(c.id in mine for k, c in chosen.items() if k not in larger)


def _listed_before(ctx: Context, f: Fact, total: Fact, part_keys: frozenset[str]) -> bool:
    """Is a part listed, in a sentence before the total, in a list of another total that states the rule's
    split itself, every part of a metric the rule sums (违法行为679起，其中按简易程序处理522起，按一般程序立案查处157起。
    …实施行政处罚32起: the procedures split the 679, not the 32 after them; not 审结25件，其中维持8件，…确认违法6件,
    whose outcomes the corrections after them still hold some of)?"""
    if f.sentence >= total.sentence or f.id not in _totals_of(ctx):
        return False  # (a fast test: most figures are listed under no total)
    return any(
        g.kind == "breakdown"
        and f.id in g.facts["parts"]
        and g.facts["total"][0] != total.id
        and all(ctx.fact(p).metric in part_keys for p in g.facts["parts"])
        for g in ctx.ex.groups
    )


def _siblings(ctx: Context, f: Fact, total: Fact) -> bool:
    """Is a total named by a concluding step listed side by side with a part in one list (其中履行处罚职权结案450件、
    撤销立案结案876件: ways of concluding, neither holds the other)? (Not a category of outcomes beside its kinds:
    审结25件，其中撤销3件，确认违法6件，纠错案件6件, where 纠错 holds the 撤销.)"""
    if total.cue is None or not total.cue.endswith(("结", "结案")):
        return False
    totals = _totals_of(ctx)
    if not totals.get(f.id, set()) & totals.get(total.id, set()):
        return False  # (a fast test: most figures are listed under no total)
    return any(
        g.kind == "breakdown" and f.id in g.facts["parts"] and total.id in g.facts["parts"]
        for g in ctx.ex.groups
    )


def _shares_of_one_list(ctx: Context, f: Fact, a: Fact) -> bool:
    """Are both figures parts of one list of shares (债务人提出申请的7件，占9.86%；…移送破产审查程序受理的20件，占比
    28.17%)? Kinds of one whole, side by side: neither is a step the other went through."""
    if ctx.share_list_of is None:
        ctx.share_list_of = {
            g.facts["part"][0]: int(g.attrs["list"])
            for g in ctx.ex.groups
            if g.kind == "share" and "part" in g.facts and int(g.attrs.get("list", -1)) >= 0
        }
    mine = ctx.share_list_of.get(f.id)
    return mine is not None and ctx.share_list_of.get(a.id) == mine


def _wholes_only(ctx: Context, cands: list[Fact]) -> list[Fact]:
    """The candidates for a whole that are not parts of another candidate (受理市民诉求42172件(热线受理42037件,
    多媒体受理135件)，办结38552件: 办结 is held to the 42172, not to the 135 beside it)."""
    totals = _totals_of(ctx)
    ids = {f.id for f in cands}
    return [f for f in cands if not (totals.get(f.id, set()) & ids)]


def _whole_side(rule: Rule) -> set[str]:
    """The metrics on the larger side of an order rule (审结 <= 案件 + 结转?: 案件, 结转)."""
    if rule.kind != "order":
        return set()
    rel = rule.definitions[0].relation
    side = rel.right if rel.op in ("<=", "<") else rel.left if rel.op in (">=", ">") else None
    return {r.key for r in refs_of(side)} if side is not None else set()


def _listed_under_another(ctx: Context) -> set[str]:
    """Figures listed after 其中 as parts of a figure of their family (新收案件878247件，其中刑事案件19200件…其他
    案件20301件; 法律援助案件355件，其中…行政法律援助案件2件): kinds of the whole, so no order rule reads one of
    them as the whole its metric names (审结899420件 is not held to 其他案件20301件, 结案659件 not to 2件).
    Computed once per document."""
    if ctx.listed is not None:
        return ctx.listed
    words = load_words()
    out: set[str] = set()
    for g in ctx.ex.groups:
        if g.kind != "breakdown" or g.attrs.get("marker") != "其中":
            continue
        total = ctx.fact(g.facts["total"][0])
        for pid in g.facts["parts"]:
            p = ctx.fact(pid)
            kind = (
                p.metric and total.metric and p.family == total.family
            )  # (of its metric too: 刑事法律援助案件)
            # (其中受理101万件 names a step of the whole, not a kind: it is the whole's 受理; 其中旧存21件 is
            # the part carried in, which a closure rate's base adds to the new cases)
            lead = ctx.ex.norm[max(0, p.start - 12) : p.start]
            if kind and words.stage(lead) is None and not CARRIED_PART_RE.search(lead):
                out.add(pid)
    ctx.listed = out
    return out


class _Plan(NamedTuple):
    """What `_bindings` reads from a rule alone: the same for every document."""

    keys: frozenset[str]
    wholes: frozenset[str]  # the larger side of an order rule (_whole_side)
    larger: frozenset[str]  # the terms no part of a figure already bound can be
    ordered: tuple[str, ...]  # the anchor, then the other keys as the first definition names them
    reach: int  # sentences
    side: int  # where the figures bound to an anchor are stated (_closeness)
    total_key: str | None  # the first figure on the left: a total rule's total (_check_total_shortfall)
    part_keys: frozenset[str]  # the terms of its sums


_PLANS: dict[int, tuple[Rule, _Plan]] = {}  # by id(rule), the rule kept to tell a reused id


def _plan(rule: Rule) -> _Plan:
    got = _PLANS.get(id(rule))
    if got is not None and got[0] is rule:
        return got[1]
    anchor = rule.anchor
    first = rule.definitions[0].relation
    keys = rule.metric_keys()
    wholes = _whole_side(rule)
    larger = wholes | _bases_of(rule)
    # (but an optional term added to the whole may: 办结28498件(包括上周7件) states the carry-over 办结 holds)
    larger -= {r.key for r in first.refs() if r.optional}
    order = [r.key for r in first.refs()]
    ordered = [anchor, *sorted(keys - {anchor}, key=lambda k: order.index(k) if k in order else 99)]
    # a rate is stated beside its counts (the sentence before at most); totals and orders reach further
    reach = int(rule.params.get("sentence_reach", 1 if rule.kind == "ratio" else 3))
    side = {"ratio": -1, "total": 1}.get(rule.kind, 0)
    total_key = next((r.key for r in refs_of(first.left)), None)
    part_keys = frozenset(r.key for r in first.sum_refs())
    # (frozen: shared by every document)
    plan = _Plan(
        frozenset(keys),
        frozenset(wholes),
        frozenset(larger),
        tuple(ordered),
        reach,
        side,
        total_key,
        part_keys,
    )
    if len(_PLANS) >= 10_000:  # bounded: a run loads its rules once, tests make many
        _PLANS.clear()
    _PLANS[id(rule)] = (rule, plan)
    return plan


def _bindings(rule: Rule, ctx: Context) -> list[dict[str, Fact]]:
    """Candidate assignments of facts to the rule's metric keys, one per fact of the anchor metric."""
    anchor = rule.anchor
    if anchor not in ctx.actual:
        return []
    keys, wholes, larger, ordered, reach, side, _, part_keys = _plan(rule)
    by_para: dict[int, dict[str, list[Fact]]] = defaultdict(lambda: defaultdict(list))
    listed = _listed_under_another(ctx) if wholes else set()
    mine = sorted(
        (f for k in keys for f in ctx.actual.get(k, ()) if k not in wholes or f.id not in listed),
        key=lambda f: ctx.order[f.id],
    )
    for f in mine:
        by_para[f.paragraph][f.metric].append(f)  # type: ignore[index]
    out: list[dict[str, Fact]] = []
    seen: set[tuple[str, ...]] = set()
    for para in by_para.values():
        anchors = sorted(para.get(anchor, []), key=_START)
        starts = [b.start for b in anchors]
        # a figure belongs to the nearest figure of the anchor metric: 审结275件 of 市政府本级 does not
        # take the outcomes listed for the 全市 审结1046件 a sentence earlier (owners found once per figure)
        owned: dict[tuple[str, int], list[Fact]] = defaultdict(list)
        for k in ordered[1:] if anchors else ():
            for f in para.get(k, []):
                owned[k, id(_owner(ctx, f, anchors, starts, side))].append(f)

        for a in anchors:
            chosen = {anchor: a}
            used = {a.id}
            for k in ordered[1:]:
                mine_k = owned.get((k, id(a)))
                if not mine_k:
                    continue  # (most keys: no figure of theirs belongs to this anchor)
                cands = [
                    f
                    for f in mine_k
                    # (a rate's counts may lie across ；: the full sentence before at most)
                    if (
                        abs(f.sentence - a.sentence) <= reach
                        or (side < 0 and abs(ctx.period(f) - ctx.period(a)) <= reach)
                    )
                    # a rate is of counts stated before it or beside it, never of a sentence after it
                    # (败诉率为8.55%。…审结涉民生领域的一审行政案件2622件: another set of cases)
                    and not (side < 0 and f.sentence > a.sentence and a.q.unit == "%")
                    # (共调解…1647件，调解成功率45.2%，其中在线申请调解882件，调解成功269件: a count after the rate and a
                    # 其中 after it is of a subset, not what the rate counts)
                    and not (side < 0 and f.start > a.end and "其中" in ctx.ex.norm[a.end : f.start])
                    and not (side < 0 and _qualified_apart(ctx, a, f))
                    and not _instance_apart(ctx, f, chosen)
                    and not (k in larger and _part_of(ctx, f, chosen, larger))
                    and not (side > 0 and _listed_before(ctx, f, a, part_keys))
                    and not (side > 0 and k in part_keys and anchor not in part_keys and _siblings(ctx, f, a))
                    and not (rule.kind == "order" and _shares_of_one_list(ctx, f, a))
                    and (rule.kind != "order" or _counters_fit(f, a))
                ]
                if k in larger and len(cands) > 1:
                    cands = _wholes_only(ctx, cands)
                near = _nearest(cands, a, used, side)
                if near is not None:
                    chosen[k] = near
                    used.add(near.id)
            sig = tuple(sorted(f.id for f in chosen.values()))
            if sig not in seen:
                seen.add(sig)
                out.append(chosen)
    return out


def _unknowns(defn: Definition, chosen: dict[str, Fact]) -> dict[str, Interval]:
    """An unstated optional numerator of a rate is unknown, not 0: only its integrality is tested."""
    shape = defn.relation.ratio_shape()
    if shape is not None:
        num = shape[1]
        if isinstance(num, Ref) and num.optional and num.key not in chosen:
            return {num.key: Interval(0.0, INF, True)}
    return {}


def _binds(defn: Definition, chosen: dict[str, Fact], rule: Rule) -> bool:
    rel = defn.relation
    for k in rel.required_keys:
        if k not in chosen:
            return False
    for k in defn.unless:
        if k in chosen:
            return False
    sums = rel.sum_terms
    if sums:
        n = sum(1 for r in sums if r.key in chosen)
        if n < int(rule.params.get("min_parts", 1)):
            return False
    return True


@dataclass
class _Outcome:
    severity: str | None  # None: the relation holds
    defn: Definition
    note_zh: str = ""
    note_en: str = ""


def _keys_for(defn: Definition, chosen: dict[str, Fact]) -> dict[str, Fact]:
    used = {r.key for r in defn.relation.refs()}
    return {k: f for k, f in chosen.items() if k in used}


def _judge(rule: Rule, chosen: dict[str, Fact], ctx: Context) -> _Outcome | None:
    bound = [d for d in rule.definitions if _binds(d, chosen, rule)]
    if not any(not d.unusual for d in bound):
        return None  # only an unusual reading could be tested: the usual base is not stated
    usual = [d for d in bound if not d.unusual]
    # the figures under each reading, shared by the definitions (only their unknowns differ)
    figures = {"usual": env(chosen, "usual", {})}

    def ok(d: Definition, reading: str) -> bool:
        unknowns = _unknowns(d, chosen)
        e = figures[reading]
        return holds(d.relation, {**e, **unknowns} if unknowns else e)

    for d in usual:
        if ok(d, "usual"):
            return _Outcome(None, d)
    # (a figure reads otherwise only if it is a stated percentage or capped, 30余: intervals.fact_interval)
    readings = FALLBACK_READINGS if any(_reads_otherwise(f) for f in chosen.values()) else ()
    for reading in readings:
        figures[reading] = env(chosen, reading, {})
        if figures[reading] == figures["usual"]:
            continue  # no figure reads otherwise (a count, no 余): it fails as under the usual reading
        for d in usual:
            if ok(d, reading):
                zh, en = READING_NOTE[reading]
                return _Outcome(READING_SEVERITY[reading], d, zh, en)
    for key, f in chosen.items():
        ways = _ways_before(ctx, f)
        if ways is not None:
            # 在线答复办结1240个，转承办单位办结1111个，办结率97%: the figure with the ways before it (under the
            # readings too: 28517 + 10414 of 38944 is 99.97%, a 办结率 of 99% truncated)
            for reading in ("usual", *readings):
                if reading not in figures:
                    figures[reading] = env(chosen, reading, {})
                e = {**figures[reading], key: ways}
                for d in usual:
                    if holds(d.relation, {**e, **_unknowns(d, chosen)}):
                        if reading == "usual":
                            return _Outcome(None, d)
                        zh, en = READING_NOTE[reading]
                        zh, en = f"与其前同名各项合计时{zh}", f"with the figures of its name before it, {en}"
                        return _Outcome(READING_SEVERITY[reading], d, zh, en)
    for d in bound:
        if d.unusual and ok(d, "usual"):
            return _Outcome(
                SOFTER[rule.severity], d, f"仅在非常规口径“{d.name}”下成立", f"holds only as {d.name}"
            )
    main = usual[0] if usual else bound[0]
    sums = set(main.relation.sum_refs())
    missing = [r.key for r in main.relation.refs() if r.optional and r.key not in chosen and r not in sums]
    missing = [k for k in missing if k not in _unknowns(main, chosen)]
    settler = next((d for d in usual if missing and set(missing) <= set(d.settles)), None)
    if settler is not None:
        # 办结554296件，存案69346件，结案率78.88%: the pending state the carry-over (审结 + 未结 = 新收 + 旧存)
        return _Outcome(rule.severity, settler)
    if missing:
        names = "、".join(ctx.onto.metrics[k].label for k in missing)
        if not holds(
            main.relation, env(chosen, "usual", _at_most_their_side(main.relation, chosen, missing))
        ):
            # 受理21641件，审结43283件: even a carry-over as large as the period's own intake would not do
            return _Outcome(
                rule.severity,
                main,
                f"即使{names}与本期数相当也不成立",
                f"even with {', '.join(missing)} as large as the figures stated it does not hold",
            )
        if any(k.endswith(".carried_over") for k in missing) and any(
            _CARRIED_IN_SAID_RE.match(ctx.ex.norm, f.end) for f in chosen.values()
        ):
            # 受理…752件，审结766件(含旧存): the text says what was concluded holds cases carried in, unstated
            return _Outcome(None, main)
        return _Outcome(
            str(rule.params.get("unstated_severity", SOFTER[rule.severity])),
            main,
            f"报告未说明{names}，若有则可能成立",
            f"{', '.join(missing)} not stated; it could explain the difference",
        )
    return _Outcome(rule.severity, main)


# a figure's bracket saying it holds cases carried in (审结766件(含旧存)), their number unstated
_CARRIED_IN_SAID_RE = lazy_compile(
    r"[（(]\s*(?:含|包括|包含)(?:旧存|上年结转|上期结转|上年度结转|结转|往年|以前年度)"
)
_WAY_GAP_RE = lazy_compile(r"[，,、][^，,；;。：:\d]{1,16}")


def _ways_before(ctx: Context, f: Fact) -> Interval | None:
    """The figure together with the figures of its metric right before it, each with words of its own
    (在线答复办结1240个，转承办单位办结1111个: two ways of concluding), as one interval; None if none."""
    i = next((k for k, g in enumerate(ctx.ex.facts) if g is f), -1)
    if i < 0 or f.metric is None:
        return None  # (a dataset's figures stand in no text)
    ways = [f]
    while i > 0:
        prev = ctx.ex.facts[i - 1]
        if (
            prev.metric != f.metric
            or prev.cue != f.cue
            or prev.sentence != f.sentence
            or prev.q.unit != f.q.unit
        ):
            break  # (named by the same word: 新收75件，受理46件 are steps, not ways)
        if not _WAY_GAP_RE.fullmatch(ctx.ex.text, prev.end, ways[-1].start):
            break
        ways.append(prev)
        i -= 1
    if len(ways) < 2:
        return None
    return sum((fact_interval(w) for w in ways[1:]), fact_interval(f))


def _reads_otherwise(f: Fact) -> bool:
    """Can a fallback reading give this figure another interval than the usual one?"""
    q = f.q
    return q.cap is not None or (q.unit == "%" and q.qualifier == "=")


def _at_most_their_side(rel: Relation, chosen: dict[str, Fact], missing: list[str]) -> dict[str, Interval]:
    """Unstated optional terms (上期结转?) at most the stated figures beside them: what carries over from
    the period before is not more than a period's own intake."""
    out: dict[str, Interval] = {}
    for k in missing:
        side = rel.right if any(r.key == k for r in refs_of(rel.right)) else rel.left
        cap = sum(fact_interval(chosen[r.key]).hi for r in refs_of(side) if r.key in chosen)
        out[k] = Interval(0.0, cap, True)
    return out


def _roles(rel: Relation, chosen: dict[str, Fact]) -> dict[str, str]:
    """fact id -> its role in the relation: total/part, rate/numerator/denominator, lhs/rhs."""

    def side(node: object) -> list[Fact]:
        return [chosen[r.key] for r in refs_of(node) if r.key in chosen]  # type: ignore[arg-type]

    shape = rel.ratio_shape() or rel.bound_shape()
    roles: dict[str, str] = {}
    if shape is not None:
        roles.update({f.id: "numerator" for f in side(shape[1])})
        roles.update({f.id: "denominator" for f in side(shape[2])})
        if shape[0].key in chosen:
            roles[chosen[shape[0].key].id] = "rate"
        return roles
    left, right = side(rel.left), side(rel.right)
    if rel.sum_refs() and (len(left) == 1 or len(right) == 1):
        # (sums on both sides, 新收 + 旧存 >= 审结 + 未结: two sides, no total and its parts)
        total, parts = (left, right) if len(left) == 1 else (right, left)
        roles.update({f.id: "part" for f in parts})
        roles.update({f.id: "total" for f in total})
        return roles
    roles.update({f.id: "rhs" for f in right})
    roles.update({f.id: "lhs" for f in left})
    return roles


def _grim_neighbours(rate: Fact, d: float) -> str:
    if d <= 0 or math.isinf(d) or d != int(d):
        return ""
    target = rate.q.value / 100 * d
    lo, hi = math.floor(target), math.ceil(target)
    if lo == hi:
        hi = lo + 1
    return "；".join(f"{n}/{int(d)} = {display_percent(n / d)}" for n in (lo, hi) if 0 <= n <= d)


def _metric_messages(
    rule: Rule, out: _Outcome, chosen: dict[str, Fact], ctx: Context
) -> tuple[str, str, str, str]:
    """(zh, en, expected, observed) for a failed metric relation."""
    rel = out.defn.relation
    keys = _keys_for(out.defn, chosen)
    e = env(keys, "usual", _unknowns(out.defn, chosen))
    lv, rv = evaluate(rel.left, e), evaluate(rel.right, e)
    roles = _roles(rel, keys)
    by_role: dict[str, list[Fact]] = defaultdict(list)
    for f in sorted(keys.values(), key=_START):
        by_role[roles[f.id]].append(f)
    zx = f"（{out.note_zh}）" if out.note_zh else ""
    ex = f" ({out.note_en})" if out.note_en else ""
    shape = rel.ratio_shape()
    if shape is not None:
        rate = chosen[shape[0].key]
        parts = by_role["numerator"] + by_role["denominator"]
        nz, ne = "、".join(name_zh(f, ctx) for f in parts), ", ".join(name_en(f) for f in parts)
        num, den = evaluate(shape[1], e), evaluate(shape[2], e)
        # (不捕 ÷ (批捕 + 不捕): a figure of the numerator may be listed with the base; it is stated all the same)
        if not any(ref.key in chosen for ref in refs_of(shape[1])):
            near = _grim_neighbours(rate, den.lo) if den.is_point else ""
            zh = f"{name_zh(rate, ctx)}：以{nz}为基数，没有任何整数能得到这一比率" + (
                f"（{near}）" if near else ""
            )
            en = f"{name_en(rate)}: no whole number out of {ne} gives this rate" + (
                f" ({near})" if near else ""
            )
            return zh + zx, en + ex, "可由整数得到的比率", rate.mention.text
        if num.is_point and den.is_point and den.lo:
            c = num.lo / den.lo
            # (at the places the stated rate shows: 33 ÷ 536 = 6.16% beside 6.20%, not 6.2%)
            calc = f"{fmt_number(num.lo)} ÷ {fmt_number(den.lo)} = {display_percent(c, rate)}"
            zh = f"{name_zh(rate, ctx)}与{nz}不符：{calc}"
            en = f"{name_en(rate)} does not match {ne}: {calc.replace('÷', '/')}"
            return zh + zx, en + ex, display_percent(c, rate), rate.mention.text
        return (
            f"{name_zh(rate, ctx)}与{nz}不符{zx}",
            f"{name_en(rate)} does not match {ne}{ex}",
            "",
            rate.mention.text,
        )
    bound = rel.bound_shape()
    if bound is not None and bound[0].key in chosen:
        # 综合纠错率20.1% beside 审结422件 and corrections of 65 + 21: at least 86 ÷ 422 = 20.4%
        rate = chosen[bound[0].key]
        parts = by_role["numerator"] + by_role["denominator"]
        nz, ne = "、".join(name_zh(f, ctx) for f in parts), ", ".join(name_en(f) for f in parts)
        num, den = evaluate(bound[1], e), evaluate(bound[2], e)
        at_least = (rel.left is bound[0]) == (rel.op in (">=", ">"))
        low_zh, low_en, cmp = ("低于", "below", "≥") if at_least else ("高于", "above", "≤")
        calc = expected = ""
        if num.is_point and den.is_point and den.lo:
            shown = display_percent(num.lo / den.lo, rate)
            calc, expected = f"{fmt_number(num.lo)} ÷ {fmt_number(den.lo)} = {shown}", f"{cmp} {shown}"
        zh = f"{name_zh(rate, ctx)}{low_zh}{nz}所得的比率" + (f"：{calc}" if calc else "")
        en = f"{name_en(rate)} is {low_en} the rate of {ne}" + (f": {calc.replace('÷', '/')}" if calc else "")
        return zh + zx, en + ex, expected, rate.mention.text
    if by_role.get("total"):
        total, parts = by_role["total"][0], by_role["part"]
        s = sum(f.q.value for f in parts)
        terms = "+".join(fmt_number(f.q.value) for f in parts)
        u = total.q.unit
        zh = f"{name_zh(total, ctx)}，但其中各项之和为{fmt_number(s)}{u}（{terms}）"
        en = f"{name_en(total)}, but its parts add up to {fmt_number(s)}{u} ({terms})"
        return zh + zx, en + ex, fmt_number(total.q.value), fmt_number(s)
    lz = "与".join(name_zh(f, ctx) for f in by_role["lhs"])
    rz = "与".join(name_zh(f, ctx) for f in by_role["rhs"])
    if len(by_role["lhs"]) > 1 and lv.is_point:
        lz += f"之和{fmt_number(lv.lo)}"  # (新收146484件与旧存12087件之和158571)
    if len(by_role["rhs"]) > 1 and rv.is_point:
        rz += f"之和{fmt_number(rv.lo)}"
    le = " and ".join(name_en(f) for f in by_role["lhs"])
    re_ = " and ".join(name_en(f) for f in by_role["rhs"])
    if rel.op in ("<=", "<"):
        return f"{lz}多于{rz}{zx}", f"{le} exceeds {re_}{ex}", f"≤ {fmt_number(rv.hi)}", fmt_number(lv.lo)
    if rel.op in (">=", ">"):
        return (
            f"{lz}少于{rz}{zx}",
            f"{le} is less than {re_}{ex}",
            f"≥ {fmt_number(rv.lo)}",
            fmt_number(lv.hi),
        )
    return f"{lz}与{rz}不一致{zx}", f"{le} differs from {re_}{ex}", fmt_number(rv.lo), fmt_number(lv.lo)


def run_metric_rule(rule: Rule, ctx: Context) -> None:
    for chosen in _bindings(rule, ctx):
        out = _judge(rule, chosen, ctx)
        if out is None:
            continue
        keys = _keys_for(out.defn, chosen)
        if out.severity is not None and rule.kind == "order" and not _tied(ctx, list(keys.values())):
            # two figures of these metrics in different sentences: near each other, but the text does not
            # tie them (受理调解案件6368件，调解成功6217件。…排查发现矛盾纠纷1305件): at most info
            out = _Outcome("info", out.defn, out.note_zh or "两个数字不在同一句中，未必相互对应", out.note_en)
        elif (
            out.severity is not None and rule.kind == "order" and _enumerated_apart(ctx, list(keys.values()))
        ):
            # 要求分阶段整改的1299个、持续整改的753个问题: two kinds side by side, neither a part of the other
            out = _Outcome("info", out.defn, "两个数字并列为两类，未必相互包含", out.note_en)
        elif out.severity is not None and rule.kind == "order" and _two_dimensions(ctx, list(keys.values())):
            # 共受理7901件，其中…局接收453件、…专席接收7448件，已办结7664件，正在办理中237件: the 7664 is of the
            # 7901 (by status), not of one channel's 7448
            out = _Outcome(
                "info", out.defn, "两个数字是同一总数按不同口径分出的部分，未必相互包含", out.note_en
            )
        elif out.severity is not None and _branch_before(ctx, list(keys.values())):
            # 接收投诉508件，其中不受理232件…、正式受理269件，目前已办结437件: the 办结 after the list is of all received
            out = _Outcome("info", out.defn, "前一数字只是所列分支之一，后一数字可能属于总数", out.note_en)
        record(ctx, rule, out.defn.relation, keys, out.severity, out.defn.name, _unknowns(out.defn, chosen))
        if out.severity is not None:
            emit_outcome(rule, ctx, out, chosen, keys, out.severity)
        # a total rule whose parts are one complete breakdown is checked for shortfall below


def emit_outcome(
    rule: Rule, ctx: Context, out: _Outcome, chosen: dict[str, Fact], keys: dict[str, Fact], severity: str
) -> None:
    """The finding of a metric rule's judged binding (also the dataset's fast paths' one way to write it)."""
    zh, en, expected, observed = _metric_messages(rule, out, chosen, ctx)
    roles = _roles(out.defn.relation, keys)
    emit(
        ctx,
        rule,
        severity,
        zh,
        en,
        [(f, roles[f.id]) for f in keys.values()],
        expected,
        observed,
        out.defn.name,
    )


def _two_dimensions(ctx: Context, facts: list[Fact]) -> bool:
    """Are two figures parts of one total by two different breakdowns (channels and statuses)?"""
    if len(facts) != 2:
        return False
    a, b = (
        {
            (g.facts["total"][0], id(g))
            for g in ctx.ex.groups
            if g.kind == "breakdown" and f.id in g.facts["parts"]
        }
        for f in facts
    )
    return any(t == u and ga != gb for t, ga in a for u, gb in b)


def _branch_before(ctx: Context, facts: list[Fact]) -> bool:
    """Is one figure a branch of a list (受理269件 beside 不受理232件: breakdown attrs `branches`) and another
    stated after the list?"""
    for g in ctx.ex.groups:
        branches = g.attrs.get("branches") if g.kind == "breakdown" else None
        if branches and any(f.id in branches for f in facts) and any(f.start >= g.span[1] for f in facts):
            return True
    return False


_ENUMERATED_GAP_RE = lazy_compile(r"\s*[、和及与][^，,；;。：:、\d]{0,16}")


def _enumerated_apart(ctx: Context, facts: list[Fact]) -> bool:
    """Are two figures items of one enumeration, the second right after the first's 、 (…的1299个、
    持续整改的753个问题)?"""
    if len(facts) != 2:
        return False
    a, b = sorted(facts, key=_START)
    norm = ctx.ex.norm
    # (each a 的-clause, built alike: not 受理12件、办结10件, two steps of one flow)
    alike = norm[a.start - 1 : a.start] == "的" and norm[b.start - 1 : b.start] == "的"
    return alike and _ENUMERATED_GAP_RE.fullmatch(norm, a.end, b.start) is not None


def _tied(ctx: Context, facts: list[Fact]) -> bool:
    """Are the figures stated in one sentence (to its full stop), or in one table row?"""
    spans = {ctx.period(f) for f in facts}
    return len(spans) <= 1 or (
        len({f.paragraph for f in facts}) == 1 and min(f.paragraph for f in facts) >= 1_000_000
    )


def _shares_fall_short(ctx: Context, total: Fact, parts: list[Fact]) -> bool:
    """Does the text give each part its share of the total (维持率(驳回、维持)61.08%, 占24.59%, 直接纠错率
    13.38%), shares that add up to clearly less than 100% (99.05%)? Then it states the parts leave some
    of the whole out."""
    want = {p.id for p in parts}
    covered: set[str] = set()
    top = 0.0
    for g in ctx.ex.groups:
        if g.kind not in ("rate", "share") or g.facts.get("base") != [total.id]:
            continue
        mine = set(g.facts.get("part", ()))
        if not mine or not mine <= want or mine & covered:
            continue
        covered |= mine
        top += fact_interval(ctx.fact(g.facts["rate"][0])).hi
    return covered == want and top < 1 - 1e-9


def _check_total_shortfall(rule: Rule, ctx: Context) -> None:
    """A total rule (审结 ≥ 维持 + 驳回 + …; 纠错 ≥ 撤销 + 确认违法 + …) is an equality when its parts
    come from one 其中 / 分别为 list of at least `complete_when_listed` items that names every part of
    the rule it contains: a reviewer reads such a list as exhaustive. The equality is recorded (so error
    localisation knows it) and a shortfall is a warning."""
    need = int(rule.params.get("complete_when_listed", 0))
    if not need:
        return
    plan = _plan(rule)
    total_key, part_keys = plan.total_key, plan.part_keys
    if total_key is None:
        return  # no figure on the left to be a total
    for g in ctx.ex.groups:
        if (
            g.kind != "breakdown"
            or g.attrs.get("marker") not in ("其中", "分别")
            or len(g.facts["parts"]) < need
        ):
            continue
        listed = [ctx.fact(i) for i in g.facts["parts"]]
        parts = [p for p in listed if p.metric in part_keys]
        if not parts:
            continue
        required = set(rule.params.get("complete_requires", ()))
        if not required <= {p.metric for p in parts}:
            continue  # a list without the outcomes every full list has (维持, 驳回) is a selection
        g_total = ctx.fact(g.facts["total"][0])
        # the list must break down the figure whose outcomes it names (审结), not another total (收到申请)
        if g_total.metric != rule.params.get("listed_under", total_key):
            continue
        if g_total.metric == total_key:
            total = g_total
            if len(parts) != len(listed):
                # the list holds outcomes the rule does not count: when each is an outcome of the same
                # family (在已结案件中…不予受理7件), the report counts it among them and the list stays whole
                if any(p.metric is None or p.family != total.family for p in listed):
                    continue  # else it mixes in another dimension
                parts = listed
        else:
            # 纠错 against the correcting outcomes listed in the breakdown of 审结
            cands = [
                f
                for f in ctx.actual.get(total_key, ())
                if f.paragraph == g_total.paragraph and f.id not in g.facts["parts"]
            ]
            if not cands:
                continue
            total = min(cands, key=lambda f: abs(f.start - g_total.start))
        t = fact_interval(total)
        s = sum((fact_interval(p) for p in parts), Interval.point(0.0, True))
        rel_eq = Relation(
            "==", Ref("t"), Sum(tuple(Ref(f"p{i}") for i in range(len(parts)))), "t == sum(parts)"
        )
        fkeys = {"t": total, **{f"p{i}": p for i, p in enumerate(parts)}}
        short = s.hi < t.lo - 1e-9
        over = s.lo > t.hi + 1e-9  # already an error of the ≥ check: recorded, not reported twice
        if short and _shares_fall_short(ctx, total, parts):
            continue  # the text's own shares of the parts add up to less than the whole: a selection
        sev = str(rule.params.get("shortfall_severity", "warning"))
        record(
            ctx, rule, rel_eq, fkeys, sev if short else rule.severity if over else None, "complete breakdown"
        )
        if not short:
            continue
        terms = "+".join(fmt_number(p.q.value) for p in parts)
        d, u = fmt_number(t.lo - s.hi), total.q.unit
        emit(
            ctx,
            rule,
            sev,
            f"{name_zh(total, ctx)}，但列出的各项之和只有{fmt_number(s.hi)}{u}（{terms}），少了{d}{u}",
            f"{name_en(total)}, but the parts listed add up to only {fmt_number(s.hi)}{u} ({terms}), {d} short",
            [(total, "total")] + [(p, "part") for p in parts],
            fmt_number(total.q.value),
            fmt_number(s.hi),
        )


# --- bound -----------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=16)
def _bound_relation(cap: float) -> Relation:
    """x <= cap: one relation for every document (relations never change)."""
    return Relation("<=", Ref("x"), Num(cap / 100), f"x <= {cap / 100}")


def run_bound_rule(rule: Rule, ctx: Context) -> None:
    cap = float(rule.params.get("max", 100))
    rel = _bound_relation(cap)
    for f in ctx.ex.facts:
        if not is_bounded_rate(f, ctx):
            continue
        ok = holds(rel, {"x": fact_interval(f)})
        # (户籍人口数167101人，已关联…户籍人口数为170238人，…人房关联率为101.88%: the quotient of the two counts
        # right before it, as stated: no slip of the rate, a note)
        if ok:
            record(ctx, rule, rel, {"x": f}, None)
            continue
        sev = "info" if _quotient_before(ctx, f) else rule.severity
        record(ctx, rule, rel, {"x": f}, sev)
        c = fmt_number(cap)
        aside = "（它正是前面两个数之比，分子多于分母）" if sev == "info" else ""
        emit(
            ctx,
            rule,
            sev,
            f"{name_zh(f, ctx)}超过{c}%：比率和占比不可能大于{c}%{aside}",
            f"{name_en(f)} exceeds {c}%: a rate or share cannot",
            [(f, "rate")],
            f"≤ {c}%",
            f.mention.text,
        )


def _quotient_before(ctx: Context, rate: Fact) -> bool:
    """Is a rate the quotient of the two counts right before it in its sentence, in one unit (the later over the
    earlier), and a rate of no step (not 办结率: what was concluded of what came in cannot pass it unless carried
    over, which the rate's own rules weigh)?"""
    if (
        rate.metric is not None
        or load_words().stage(ctx.ex.norm[max(0, rate.start - 8) : rate.start]) is not None
    ):
        return False
    before = [g for g in ctx.ex.facts if g.end <= rate.start and g.sentence == rate.sentence]
    if len(before) < 2:
        return False
    base, part = before[-2], before[-1]
    if base.mention.kind != "count" or part.mention.kind != "count" or base.q.unit != part.q.unit:
        return False
    if base.q.value <= 0:
        return False
    return fact_interval(rate, "double_rounded").intersects(fact_interval(part) / fact_interval(base))


# --- driver ----------------------------------------------------------------------------------------


def _pairs(ids: list[str]) -> list[tuple[str, str]]:
    return [(a, b) for i, a in enumerate(ids) for b in ids[i + 1 :]]


_FLAGGED = ("error", "warning")


def _rate_facts(ctx: Context, bindings: list[Binding]) -> None:
    """The rates these bindings held to a stated numerator and a stated base (not only to some whole number:
    those the rate structure may still read against the counts before them) go to ctx.rated; a rate a binding let
    pass, or only noted, by a term of its base the text does not state (审结 ÷ (一审案件40148件 + 旧存?), no 旧存
    stated) to ctx.rated_loosely, with the bases bound, the rate structure still reading it against another base its
    sentence states (共受理民事案件43296件，结案38180件，结案率88.18%). A rate a domain bound holds to two stated
    counts (不捕率 ≥ 不捕 ÷ (批准和决定逮捕 + 不捕): its base holds a term the text does not split off) is the bound's."""
    for b in bindings:
        rel = b.relation
        shape = (rel.ratio_shape() or rel.bound_shape()) if rel is not None else None
        if shape is None or shape[0].key not in b.keys:
            continue
        num, den = ({r.key for r in refs_of(node)} for node in shape[1:])
        if not (num & b.keys.keys() and den & b.keys.keys()):
            continue
        rate = b.keys[shape[0].key]
        if b.severity in _FLAGGED or den <= b.keys.keys():
            ctx.rated.add(rate)
        else:
            ctx.rated_loosely.setdefault(rate, set()).update(b.keys[k] for k in den & b.keys.keys())


class _Schedule(NamedTuple):
    """How `check` goes through a list of rules, the same for every document of a run: the metric rules
    bound only where a figure of their anchor is stated (by anchor), those run in every document (a
    total rule's shortfall), and the bound and structure rules checked after them."""

    rules: list[Rule]  # kept, so that the ids keying the schedule stay theirs
    by_anchor: dict[str, list[int]]  # positions in the list
    always: list[int]
    after: list[Rule]


_SCHEDULES: dict[tuple[int, ...], _Schedule] = {}


def _schedule(rules: list[Rule]) -> _Schedule:
    key = tuple(map(id, rules))
    got = _SCHEDULES.get(key)
    if got is None:
        by_anchor: dict[str, list[int]] = {}
        always: list[int] = []
        for i, r in enumerate(rules):
            if r.kind == "total":
                always.append(i)
            elif r.kind in METRIC_KINDS:
                by_anchor.setdefault(r.anchor, []).append(i)
        after = [r for r in rules if r.kind == "bound" or r.kind in CHECKS]
        if len(_SCHEDULES) >= 64:  # bounded: a run has one list of rules, tests make many
            _SCHEDULES.clear()
        got = _SCHEDULES[key] = _Schedule(list(rules), by_anchor, always, after)
    return got


def _due(rules: list[Rule], ctx: Context) -> tuple[list[Rule], list[Rule]]:
    """The metric rules to run, in order, and the rules checked after them: a metric rule with no
    figure of its first metric binds nothing (_bindings) and records nothing, so only those whose
    anchor is stated are run (most rules, in most documents, are not), and total rules always."""
    plan = _schedule(rules)
    due = sorted(plan.always + [i for a in ctx.actual for i in plan.by_anchor.get(a, ())])
    return [rules[i] for i in due], plan.after


def check(
    ex: Extraction, rules: list[Rule], onto: Ontology, decided: Mapping[str, list[Binding]] | None = None
) -> tuple[list[Finding], list[Binding]]:
    """Every rule on the extraction. `decided`: metric rules already judged (rule id → the bindings
    they record, all holding), as the dataset screen does; they are not judged again."""
    ctx = Context(ex=ex, onto=onto, facts={f.id: f for f in ex.facts})
    if decided is None:
        metric_rules, after = _due(rules, ctx)
    else:
        metric_rules, after = [r for r in rules if r.kind in METRIC_KINDS], rules
    for rule in metric_rules:
        n = len(ctx.bindings)
        if decided is not None and rule.id in decided:
            ctx.bindings.extend(decided[rule.id])
        else:
            run_metric_rule(rule, ctx)
        if rule.kind == "total":
            _check_total_shortfall(rule, ctx)
            for b in ctx.bindings[n:]:
                ctx.covered.update(b.facts)
        elif rule.kind == "ratio":
            _rate_facts(ctx, ctx.bindings[n:])
        elif rule.kind == "order":
            # (not a pair it could only note, for a carry-over unstated: the steps' own bounds still hold it,
            # 受理…966件，审结1003件 is over what a 受理 that holds the carry-over allows)
            ctx.compared.update(
                frozenset(p) for b in ctx.bindings[n:] if b.severity != "info" for p in _pairs(b.facts)
            )
            # (a rate's domain bound: 不捕率 ≥ 不捕 ÷ (批准和决定逮捕 + 不捕))
            _rate_facts(ctx, ctx.bindings[n:])
    for rule in after:
        if rule.kind == "bound":
            run_bound_rule(rule, ctx)
        elif rule.kind in CHECKS:
            CHECKS[rule.kind](rule, ctx)
    findings = dedupe(settle(ctx.findings, ctx.bindings))
    findings.sort(key=lambda f: (f.start, f.rule))
    return findings, ctx.bindings
