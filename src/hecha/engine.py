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

Structure rules (breakdown, share, reduction) and the bound rule build their relation from the groups
and facts the text states. Every check is recorded as a Binding (rule, relation, facts, held or not),
which `--verbose` shows and error localisation re-evaluates.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .expr import INF, Bin, Interval, Num, Ref, Relation, Sum, evaluate, holds, refs_of
from .extract import Extraction
from .intervals import FALLBACK_READINGS, display_percent, fact_interval, fmt_number
from .model import Binding, Evidence, Fact, Finding, Group
from .ontology import Ontology
from .rulepack import METRIC_KINDS, Definition, Rule

SOFTER = {"error": "warning", "warning": "info", "info": "info"}
_RATE_WORD_RE = re.compile(r"(?:率|占比|比例|比重)[^，,；;。、\d]{0,6}$")
# rates that may pass 100%: growth, and completion against a target (完成率115%)
_GROWTH_RE = re.compile(
    r"完成|达成|超额|执行率|"
    r"增长|增幅|增加|提高|提升|上升|下降|降低|减少|同比|环比|比增|较上年|比上年|较去年|涨|百分点"
)
READING_NOTE = {
    "rounded_extreme": (
        "100%或0%只有在四舍五入后才成立，实际并非全部",
        "100% or 0% holds only after rounding: not literally all",
    ),
    "truncated": (
        "仅在截尾取舍（而非四舍五入）下成立",
        "holds only if the figure was truncated, not rounded",
    ),
    "double_rounded": ("仅在两次四舍五入下成立", "holds only if the figure was rounded twice"),
    "uncapped": (
        "仅当“余”“多”远超所写数字时成立，如“30余”多于39",
        "holds only if 余/多 reaches past the next digit (30余 above 39)",
    ),
}
READING_SEVERITY = {
    "rounded_extreme": "warning",
    "truncated": "info",
    "double_rounded": "info",
    "uncapped": "warning",
}


@dataclass
class Context:
    ex: Extraction
    onto: Ontology
    facts: dict[str, Fact]
    findings: list[Finding] = field(default_factory=list)
    bindings: list[Binding] = field(default_factory=list)
    # the stated results (not targets) of each metric, in text order: most rules find none of their
    # metrics in a document, and this lets them see so without walking every fact
    actual: dict[str, list[Fact]] = field(default_factory=dict)
    order: dict[str, int] = field(default_factory=dict)  # fact id → its place in ex.facts

    def __post_init__(self) -> None:
        for i, f in enumerate(self.ex.facts):
            self.order[f.id] = i
            if f.metric and f.modality == "actual":
                self.actual.setdefault(f.metric, []).append(f)

    def fact(self, fid: str) -> Fact:
        return self.facts[fid]


def shown(f: Fact) -> str:
    """The figure as written, with its unit when the text left it to a table header (35 → 35件)."""
    text = f.mention.text.strip()
    return text + f.q.unit if text and text[-1].isdigit() and f.q.unit != "元" else text


def name_zh(f: Fact, ctx: Context) -> str:
    """How a fact is named in a Chinese message: 审结25件."""
    text = shown(f)
    if f.metric:
        return f"{ctx.onto.metrics[f.metric].label}{text}"
    return f"{f.cue}{text}" if f.cue else text


def name_en(f: Fact) -> str:
    text = shown(f)
    return f"{f.metric} {text}" if f.metric else text


def _evidence(facts: Iterable[tuple[Fact, str]]) -> list[Evidence]:
    out: list[Evidence] = []
    seen: set[str] = set()
    for f, role in facts:
        if f.id in seen:
            continue
        seen.add(f.id)
        out.append(Evidence(f.start, f.end, f.mention.text, fact=f.id, role=role))
    out.sort(key=lambda e: e.start)
    return out


def _env(keys: dict[str, Fact], reading: str, extra: dict[str, Interval]) -> dict[str, Interval]:
    env = {k: fact_interval(f, reading) for k, f in keys.items()}
    env.update(extra)
    return env


def _record(
    ctx: Context,
    rule: Rule,
    rel: Relation,
    keys: dict[str, Fact],
    severity: str | None,
    detail: str = "",
    extra: dict[str, Interval] | None = None,
) -> None:
    ids = sorted({f.id for f in keys.values()}, key=lambda x: int(x[1:]))
    ctx.bindings.append(
        Binding(
            rule.id,
            ids,
            severity is None,
            detail,
            relation=rel,
            keys={k: f.id for k, f in keys.items()},
            severity=severity,
            fixed=dict(extra or {}),
        )
    )


def _emit(
    ctx: Context,
    rule: Rule,
    severity: str,
    zh: str,
    en: str,
    roles: list[tuple[Fact, str]],
    expected: str | None,
    observed: str | None,
    definition: str | None = None,
) -> None:
    ids = sorted({f.id for f, _ in roles}, key=lambda x: int(x[1:]))
    ctx.findings.append(
        Finding(
            rule=rule.id,
            severity=severity,  # type: ignore[arg-type]
            message=zh,
            message_en=en,
            facts=ids,
            evidence=_evidence(roles),
            expected=expected,
            observed=observed,
            title=rule.title_zh,
            kind=rule.kind,
            definition=definition or None,
        )
    )


# --- metric rules ----------------------------------------------------------------------------------


def _closeness(f: Fact, a: Fact, side: int) -> tuple[int, int, int]:
    """How near a figure is to an anchor: same sentence first, then on the side where such figures
    are stated (side −1: before it, as counts before their rate; +1: after it, as parts after their
    total; 0: either), then by characters."""
    wrong_side = int(side < 0 and f.start > a.start) + int(side > 0 and f.start < a.start)
    return (abs(f.sentence - a.sentence), wrong_side, abs(f.start - a.start))


def _owner(f: Fact, anchors: list[Fact], starts: list[int], side: int) -> Fact:
    """The anchor a figure belongs to: one of the two around it (closeness grows with distance)."""
    i = bisect.bisect_left(starts, f.start)
    return min(anchors[max(0, i - 1) : i + 1], key=lambda b: _closeness(f, b, side))


def _nearest(cands: list[Fact], a: Fact, used: set[str], side: int) -> Fact | None:
    free = [f for f in cands if f.id not in used]
    return min(free, key=lambda f: _closeness(f, a, side)) if free else None


def _bindings(rule: Rule, ctx: Context) -> list[dict[str, Fact]]:
    """Candidate assignments of facts to the rule's metric keys, one per fact of the anchor metric."""
    anchor = rule.anchor
    if anchor not in ctx.actual:
        return []
    first = rule.definitions[0].relation
    keys = rule.metric_keys()
    by_para: dict[int, dict[str, list[Fact]]] = defaultdict(lambda: defaultdict(list))
    mine = sorted((f for k in keys for f in ctx.actual.get(k, ())), key=lambda f: ctx.order[f.id])
    for f in mine:
        by_para[f.paragraph][f.metric].append(f)  # type: ignore[index]
    order = [r.key for r in first.refs()]
    ordered = [anchor, *sorted(keys - {anchor}, key=lambda k: order.index(k) if k in order else 99)]
    # a rate is stated beside its counts (the sentence before at most); totals and orders reach further
    reach = int(rule.params.get("sentence_reach", 1 if rule.kind == "ratio" else 3))
    side = {"ratio": -1, "total": 1}.get(rule.kind, 0)
    out: list[dict[str, Fact]] = []
    seen: set[tuple[str, ...]] = set()
    for para in by_para.values():
        anchors = sorted(para.get(anchor, []), key=lambda b: b.start)
        starts = [b.start for b in anchors]

        for a in anchors:
            chosen = {anchor: a}
            used = {a.id}
            for k in ordered[1:]:
                # a figure belongs to the nearest figure of the anchor metric: 审结275件 of 市政府本级 does
                # not take the outcomes listed for the 全市 审结1046件 a sentence earlier
                cands = [
                    f
                    for f in para.get(k, [])
                    if abs(f.sentence - a.sentence) <= reach and _owner(f, anchors, starts, side) is a
                ]
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
    if any(k not in chosen for k in defn.relation.required()) or any(k in chosen for k in defn.unless):
        return False
    sums = defn.relation.sum_refs()
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

    def ok(d: Definition, reading: str) -> bool:
        return holds(d.relation, _env(chosen, reading, _unknowns(d, chosen)))

    for d in usual:
        if ok(d, "usual"):
            return _Outcome(None, d)
    for reading in FALLBACK_READINGS:
        for d in usual:
            if ok(d, reading):
                zh, en = READING_NOTE[reading]
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
    if missing:
        names = "、".join(ctx.onto.metrics[k].label for k in missing)
        return _Outcome(
            SOFTER[rule.severity],
            main,
            f"报告未说明{names}，若有则可能成立",
            f"{', '.join(missing)} not stated; it could explain the difference",
        )
    return _Outcome(rule.severity, main)


def _roles(rel: Relation, chosen: dict[str, Fact]) -> dict[str, str]:
    """fact id -> its role in the relation: total/part, rate/numerator/denominator, lhs/rhs."""

    def side(node: object) -> list[Fact]:
        return [chosen[r.key] for r in refs_of(node) if r.key in chosen]  # type: ignore[arg-type]

    shape = rel.ratio_shape()
    roles: dict[str, str] = {}
    if shape is not None:
        roles.update({f.id: "numerator" for f in side(shape[1])})
        roles.update({f.id: "denominator" for f in side(shape[2])})
        if shape[0].key in chosen:
            roles[chosen[shape[0].key].id] = "rate"
        return roles
    left, right = side(rel.left), side(rel.right)
    if rel.sum_refs():
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
    env = _env(keys, "usual", _unknowns(out.defn, chosen))
    lv, rv = evaluate(rel.left, env), evaluate(rel.right, env)
    roles = _roles(rel, keys)
    by_role: dict[str, list[Fact]] = defaultdict(list)
    for f in sorted(keys.values(), key=lambda f: f.start):
        by_role[roles[f.id]].append(f)
    zx = f"（{out.note_zh}）" if out.note_zh else ""
    ex = f" ({out.note_en})" if out.note_en else ""
    shape = rel.ratio_shape()
    if shape is not None:
        rate = chosen[shape[0].key]
        parts = by_role["numerator"] + by_role["denominator"]
        nz, ne = "、".join(name_zh(f, ctx) for f in parts), ", ".join(name_en(f) for f in parts)
        num, den = evaluate(shape[1], env), evaluate(shape[2], env)
        if not by_role["numerator"]:
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
            calc = f"{fmt_number(num.lo)} ÷ {fmt_number(den.lo)} = {display_percent(c)}"
            zh = f"{name_zh(rate, ctx)}与{nz}不符：{calc}"
            en = f"{name_en(rate)} does not match {ne}: {calc.replace('÷', '/')}"
            return zh + zx, en + ex, display_percent(c), rate.mention.text
        return (
            f"{name_zh(rate, ctx)}与{nz}不符{zx}",
            f"{name_en(rate)} does not match {ne}{ex}",
            "",
            rate.mention.text,
        )
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
        _record(ctx, rule, out.defn.relation, keys, out.severity, out.defn.name, _unknowns(out.defn, chosen))
        if out.severity is None:
            continue
        zh, en, expected, observed = _metric_messages(rule, out, chosen, ctx)
        roles = _roles(out.defn.relation, keys)
        _emit(
            ctx,
            rule,
            out.severity,
            zh,
            en,
            [(f, roles[f.id]) for f in keys.values()],
            expected,
            observed,
            out.defn.name,
        )
        # a total rule whose parts are one complete breakdown is checked for shortfall below


def _check_total_shortfall(rule: Rule, ctx: Context) -> None:
    """A total rule (审结 ≥ 维持 + 驳回 + …; 纠错 ≥ 撤销 + 确认违法 + …) is an equality when its parts
    come from one 其中 / 分别为 list of at least `complete_when_listed` items that names every part of
    the rule it contains: a reviewer reads such a list as exhaustive. The equality is recorded (so error
    localisation knows it) and a shortfall is a warning."""
    need = int(rule.params.get("complete_when_listed", 0))
    if not need:
        return
    rel = rule.definitions[0].relation
    total_key = next((r.key for r in refs_of(rel.left)), None)
    if total_key is None:
        return  # no figure on the left to be a total
    part_keys = {r.key for r in rel.sum_refs()}
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
        g_total = ctx.fact(g.facts["total"][0])
        # the list must break down the figure whose outcomes it names (审结), not another total (收到申请)
        if g_total.metric != rule.params.get("listed_under", total_key):
            continue
        if g_total.metric == total_key:
            total = g_total
            if len(parts) != len(listed):
                continue  # the list holds something the rule does not count
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
        sev = str(rule.params.get("shortfall_severity", "warning"))
        _record(
            ctx, rule, rel_eq, fkeys, sev if short else rule.severity if over else None, "complete breakdown"
        )
        if not short:
            continue
        terms = "+".join(fmt_number(p.q.value) for p in parts)
        d, u = fmt_number(t.lo - s.hi), total.q.unit
        _emit(
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


def is_bounded_rate(f: Fact, ctx: Context) -> bool:
    """A percentage that cannot exceed 100: a bounded rate metric, or an unknown …率 / 占比 figure
    that is not a growth rate."""
    if f.mention.kind != "percent" or f.q.unit != "%":
        return False
    if f.metric:
        return ctx.onto.metrics[f.metric].bounded
    window = ctx.ex.norm[max(0, f.start - 16) : f.start]
    window = re.split(r"[，,；;。]", window)[-1]
    if _GROWTH_RE.search(window):
        return False
    return bool(_RATE_WORD_RE.search(window)) or "占" in window


def run_bound_rule(rule: Rule, ctx: Context) -> None:
    cap = float(rule.params.get("max", 100))
    rel = Relation("<=", Ref("x"), Num(cap / 100), f"x <= {cap / 100}")
    for f in ctx.ex.facts:
        if not is_bounded_rate(f, ctx):
            continue
        ok = holds(rel, {"x": fact_interval(f)})
        _record(ctx, rule, rel, {"x": f}, None if ok else rule.severity)
        if ok:
            continue
        c = fmt_number(cap)
        _emit(
            ctx,
            rule,
            rule.severity,
            f"{name_zh(f, ctx)}超过{c}%：比率和占比不可能大于{c}%",
            f"{name_en(f)} exceeds {c}%: a rate or share cannot",
            [(f, "rate")],
            f"≤ {c}%",
            f.mention.text,
        )


# --- structures ------------------------------------------------------------------------------------


def run_breakdown_rule(rule: Rule, ctx: Context, covered: set[str]) -> None:
    for g in ctx.ex.groups:
        if g.kind != "breakdown":
            continue
        total = ctx.fact(g.facts["total"][0])
        parts = [ctx.fact(i) for i in g.facts["parts"]]
        if total.id in covered:
            continue  # a metric rule already checks this total
        complete = g.attrs.get("complete") == "likely"
        op = "==" if complete else ">="
        rel = Relation(
            op, Ref("t"), Sum(tuple(Ref(f"p{i}") for i in range(len(parts)))), f"t {op} sum(parts)"
        )
        keys = {"t": total, **{f"p{i}": p for i, p in enumerate(parts)}}
        env = _env(keys, "usual", {})
        t, s = env["t"], evaluate(rel.right, env)
        terms = "+".join(fmt_number(p.q.value) for p in parts)
        u = total.q.unit
        if s.lo > t.hi + 1e-9:
            # parts listed after 其中 may overlap (涉企…, 重大…): their sum exceeding the total is certain
            # only when one part alone does, or when the list reads as one exhaustive breakdown
            alone = any(env[f"p{i}"].lo > t.hi + 1e-9 for i in range(len(parts)))
            sev = rule.severity if alone else SOFTER[rule.severity]
            zh = f"{name_zh(total, ctx)}，但其中列出的各项之和为{fmt_number(s.lo)}{u}（{terms}），超过总数"
            en = f"{name_en(total)}, but the parts listed add up to {fmt_number(s.lo)}{u} ({terms}), more than the total"
            if sev != rule.severity:
                zh += "（除非各项互有重叠）"
                en += " (unless the parts overlap)"
        elif complete and s.hi < t.lo - 1e-9:
            sev = str(rule.params.get("shortfall_severity", "warning"))
            d = fmt_number(t.lo - s.hi)
            zh = f"{name_zh(total, ctx)}，但其中各项之和为{fmt_number(s.hi)}{u}（{terms}）：分项看来是完整的，少了{d}{u}"
            en = f"{name_en(total)}, but its parts add up to {fmt_number(s.hi)}{u} ({terms}): the breakdown looks complete, {d} short"
        else:
            _record(ctx, rule, rel, keys, None)
            continue
        _record(ctx, rule, rel, keys, sev)
        _emit(
            ctx,
            rule,
            sev,
            zh,
            en,
            [(total, "total")] + [(p, "part") for p in parts],
            fmt_number(total.q.value),
            fmt_number(s.lo),
        )


_TOTAL_WORDS = ("总数", "总量", "合计", "总计", "全部", "总")


def _share_base_fact(words: str, part: Fact, ctx: Context) -> Fact | None:
    """A stated figure for the base named in 占…的: the total of the breakdown the part belongs to
    (占办理总数的), else a stated figure of the metric the words name (占结案的 → 结案)."""
    if not words:
        return None
    for g in ctx.ex.groups:
        if g.kind == "breakdown" and part.id in g.facts["parts"]:
            total = ctx.fact(g.facts["total"][0])
            if any(w in words for w in _TOTAL_WORDS) or (total.cue and total.cue in words):
                return total
    for h in sorted(ctx.onto.alias_hits(words), key=lambda h: (-h.end, -h.literal_len)):
        for key in h.metrics:
            if part.family and ctx.onto.metrics[key].family != part.family:
                continue
            cands = [f for f in ctx.actual.get(key, ()) if f.paragraph == part.paragraph and f.id != part.id]
            if cands:
                return min(cands, key=lambda f: abs(f.start - part.start))
    return None


_SHARE_REL = Relation("==", Ref("rate"), Bin("/", Ref("part"), Ref("base")), "rate == part / base")


def run_share_rule(rule: Rule, ctx: Context) -> None:
    for g in ctx.ex.groups:
        if g.kind != "share":
            continue
        rate = ctx.fact(g.facts["rate"][0])
        r = fact_interval(rate)
        if r.lo > 1 + 1e-9:
            continue  # the bound rule reports it
        part = ctx.fact(g.facts["part"][0]) if "part" in g.facts else None
        base = ctx.fact(g.facts["base"][0]) if "base" in g.facts else None
        words = str(g.attrs.get("base_words", ""))
        if part is not None and base is None:
            base = _share_base_fact(words, part, ctx)
        if part is None and base is None:
            continue
        keys = {k: f for k, f in (("rate", rate), ("part", part), ("base", base)) if f is not None}
        extra: dict[str, Interval] = {}
        if part is None:
            extra["part"] = Interval(0.0, INF, True)
        if base is None and part is not None:
            p = fact_interval(part)
            hi = math.ceil(p.hi / r.lo) if r.lo > 0 and p.hi != INF else INF
            extra["base"] = Interval(max(1.0, math.floor(p.lo / r.hi) if r.hi > 0 else 1.0), hi, True)
        ok = holds(_SHARE_REL, _env(keys, "usual", extra))
        if not ok and any(holds(_SHARE_REL, _env(keys, rd, extra)) for rd in ("truncated", "double_rounded")):
            ok = True  # a share that fits only when truncated is not worth a flag on its own
        _record(ctx, rule, _SHARE_REL, keys, None if ok else rule.severity, extra=extra)
        if ok:
            continue
        roles = (
            [(rate, "rate")]
            + ([(part, "numerator")] if part else [])
            + ([(base, "denominator")] if base else [])
        )
        if part is not None and base is not None:
            c = part.q.value / base.q.value if base.q.value else 0.0
            zh = f"{name_zh(part, ctx)}占{name_zh(base, ctx)}的比例应为{display_percent(c)}，报告为{rate.mention.text}"
            en = f"{name_en(part)} as a share of {name_en(base)} is {display_percent(c)}, not {rate.mention.text}"
            expected = display_percent(c)
        elif part is not None:
            zh = f"{name_zh(part, ctx)}占{words}的{rate.mention.text}：任何整数的总数都得不到这一比例"
            en = f"{name_en(part)} as {rate.mention.text} of {words}: no whole-number total gives this share"
            expected = "可由整数得到的比例"
        else:
            assert base is not None
            zh = f"{rate.mention.text}（以{name_zh(base, ctx)}为基数）：任何整数的分子都得不到这一比例"
            en = f"{rate.mention.text} of {name_en(base)}: no whole number gives this share"
            expected = "可由整数得到的比例"
        _emit(ctx, rule, rule.severity, zh, en, roles, expected, rate.mention.text)


_REDUCTION_REL = Relation(
    "==",
    Ref("rate"),
    Bin("/", Bin("-", Ref("before"), Ref("after")), Ref("before")),
    "rate == (before - after) / before",
)


def run_reduction_rule(rule: Rule, ctx: Context) -> None:
    for g in ctx.ex.groups:
        if g.kind != "reduction":
            continue
        before, after, rate = (ctx.fact(g.facts[k][0]) for k in ("before", "after", "rate"))
        keys = {"before": before, "after": after, "rate": rate}
        b, a = before.q.value, after.q.value
        ok = b > 0 and holds(_REDUCTION_REL, _env(keys, "usual", {}))
        _record(ctx, rule, _REDUCTION_REL, keys, None if ok else rule.severity)
        if ok:
            continue
        c = (b - a) / b if b else 0.0
        need = fmt_number(round(b * (1 - rate.q.value / 100)))
        u = after.q.unit
        _emit(
            ctx,
            rule,
            rule.severity,
            f"由{before.mention.text}减为{after.mention.text}，缩减率应为{display_percent(c)}，报告为{rate.mention.text}"
            f"（{rate.mention.text}需减为约{need}{u}）",
            f"from {before.mention.text} down to {after.mention.text} is a {display_percent(c)} reduction, "
            f"not {rate.mention.text} (which would need about {need}{u})",
            [(before, "before"), (after, "after"), (rate, "rate")],
            display_percent(c),
            rate.mention.text,
        )


_SUBSET_REL = Relation("<=", Ref("part"), Ref("whole"), "part <= whole")
_ALL_REL = Relation("==", Ref("base"), Ref("stated"), "base == stated")


def _run_pair_rule(
    rule: Rule,
    ctx: Context,
    kind: str,
    rel: Relation,
    message: Callable[[Fact, Fact, Group], tuple[str, str]],
) -> None:
    """Groups of two figures tied by one relation (a 重点 subset and its whole; a “全部” count and the
    figure stated for that step): record the check, and report it when it fails."""
    a_key, b_key = (r.key for r in rel.refs())
    for g in ctx.ex.groups:
        if g.kind != kind:
            continue
        a, b = ctx.fact(g.facts[a_key][0]), ctx.fact(g.facts[b_key][0])
        keys = {a_key: a, b_key: b}
        ok = holds(rel, _env(keys, "usual", {}))
        _record(ctx, rule, rel, keys, None if ok else rule.severity)
        if not ok:
            zh, en = message(a, b, g)
            expected = f"≤ {fmt_number(b.q.value)}" if rel.op == "<=" else fmt_number(a.q.value)
            _emit(
                ctx,
                rule,
                rule.severity,
                zh,
                en,
                [(a, "lhs"), (b, "rhs")],
                expected,
                fmt_number(a.q.value if rel.op == "<=" else b.q.value),
            )


def run_subset_rule(rule: Rule, ctx: Context) -> None:
    _run_pair_rule(
        rule,
        ctx,
        "subset",
        _SUBSET_REL,
        lambda part, whole, g: (
            f"重点对象{part.mention.text}多于其所属的{whole.mention.text}",
            f"the key subset {part.mention.text} exceeds the set it belongs to, {whole.mention.text}",
        ),
    )


def run_all_rule(rule: Rule, ctx: Context) -> None:
    _run_pair_rule(
        rule,
        ctx,
        "all",
        _ALL_REL,
        lambda base, stated, g: (
            f"{name_zh(base, ctx)}“{g.attrs.get('words', '')}”，但报告又写{name_zh(stated, ctx)}",
            f"{name_en(base)} all went through ({g.attrs.get('words', '')}), yet the report states {name_en(stated)}",
        ),
    )


def _change_relations(kind: str, sign: int, delta: Fact) -> list[tuple[str, Relation, bool]]:
    """(reading, relation, usual?) for a stated change against a prior figure."""
    cur, prior, d = Ref("current"), Ref("prior"), Ref("delta")
    diff = Bin("-", cur, prior) if sign > 0 else Bin("-", prior, cur)
    if kind == "growth":
        return [("差值", Relation("==", diff, d, "current - prior == delta"), True)]
    if kind == "growth_rate":
        return [
            ("增长率", Relation("==", d, Bin("/", diff, prior), "delta == (current - prior) / prior"), True)
        ]
    pp = Relation(
        "==", diff, Bin("*", d, Num(0.01)) if delta.q.unit == "个百分点" else d, "current - prior == delta pp"
    )
    if delta.q.unit == "个百分点":
        return [("百分点", pp, True)]
    rel = Relation("==", d, Bin("/", diff, prior), "delta == (current - prior) / prior")
    return [("相对增长", rel, True), ("百分点", pp, False)]


def run_change_rule(rule: Rule, ctx: Context) -> None:
    for g in ctx.ex.groups:
        if g.kind not in ("growth", "growth_rate", "pp_change"):
            continue
        cur, prior, delta = (ctx.fact(g.facts[k][0]) for k in ("current", "prior", "delta"))
        keys = {"current": cur, "prior": prior, "delta": delta}
        readings = _change_relations(g.kind, int(g.attrs.get("sign", 1)), delta)
        held = [(name, rel, usual) for name, rel, usual in readings if holds(rel, _env(keys, "usual", {}))]
        if not held and g.kind != "growth":
            held = [(n, r, u) for n, r, u in readings if holds(r, _env(keys, "truncated", {}))]
        rel0 = readings[0][1]
        if held and held[0][2]:
            _record(ctx, rule, held[0][1], keys, None, held[0][0])
            continue
        verb = "增加" if int(g.attrs.get("sign", 1)) > 0 else "减少"
        if held:  # only the percentage-point reading fits a change written in %
            sev = SOFTER[rule.severity]
            _record(ctx, rule, held[0][1], keys, sev, held[0][0])
            _emit(
                ctx,
                rule,
                sev,
                f"比率由{prior.mention.text}变为{cur.mention.text}，变化的是{delta.q.value:g}个百分点，却写作{delta.mention.text}",
                f"a rate moving from {prior.mention.text} to {cur.mention.text} changed by {delta.q.value:g} percentage points, written as {delta.mention.text}",
                [(prior, "prior"), (cur, "current"), (delta, "delta")],
                f"{delta.q.value:g}个百分点",
                delta.mention.text,
            )
            continue
        _record(ctx, rule, rel0, keys, rule.severity)
        b, c = prior.q.value, cur.q.value
        if g.kind == "growth":
            exp = fmt_number(abs(c - b))
            zh = f"{cur.mention.text}与上年{prior.mention.text}相比{verb}{exp}{cur.q.unit}，报告为{delta.mention.text}"
            en = f"{cur.mention.text} against last year's {prior.mention.text} is a change of {exp}{cur.q.unit}, not {delta.mention.text}"
        elif g.kind == "growth_rate":
            exp = display_percent(abs(c - b) / b) if b else "—"
            zh = f"{cur.mention.text}与上年{prior.mention.text}相比{verb}{exp}，报告为{delta.mention.text}"
            en = f"{cur.mention.text} against last year's {prior.mention.text} is a {exp} change, not {delta.mention.text}"
        else:
            exp = f"{abs(c - b):.1f}个百分点"
            zh = f"比率由{prior.mention.text}变为{cur.mention.text}，变化{exp}，报告为{delta.mention.text}"
            en = f"a rate moving from {prior.mention.text} to {cur.mention.text} changed by {exp.replace('个百分点', ' points')}, not {delta.mention.text}"
        _emit(
            ctx,
            rule,
            rule.severity,
            zh,
            en,
            [(prior, "prior"), (cur, "current"), (delta, "delta")],
            exp,
            delta.mention.text,
        )


# --- driver ----------------------------------------------------------------------------------------


def check(ex: Extraction, rules: list[Rule], onto: Ontology) -> tuple[list[Finding], list[Binding]]:
    ctx = Context(ex=ex, onto=onto, facts={f.id: f for f in ex.facts})
    covered: set[str] = set()
    for rule in rules:
        if rule.kind in METRIC_KINDS:
            n = len(ctx.bindings)
            run_metric_rule(rule, ctx)
            if rule.kind == "total":
                _check_total_shortfall(rule, ctx)
                for b in ctx.bindings[n:]:
                    covered.update(b.facts)
    for rule in rules:
        if rule.kind == "bound":
            run_bound_rule(rule, ctx)
        elif rule.kind == "breakdown":
            run_breakdown_rule(rule, ctx, covered)
        elif rule.kind == "share":
            run_share_rule(rule, ctx)
        elif rule.kind == "reduction":
            run_reduction_rule(rule, ctx)
        elif rule.kind == "subset":
            run_subset_rule(rule, ctx)
        elif rule.kind == "change":
            run_change_rule(rule, ctx)
        elif rule.kind == "all":
            run_all_rule(rule, ctx)
    findings = _dedupe(ctx.findings)
    findings.sort(key=lambda f: (f.start, f.rule))
    return findings, ctx.bindings


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple[str, tuple[str, ...]]] = set()
    out = []
    for f in findings:
        key = (f.rule, tuple(sorted(f.facts)))
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out
