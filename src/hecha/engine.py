"""The rule engine: bind rules to a document's facts and test them.

Metric rules (order, total, ratio, equal) bind within a paragraph: for every fact of the rule's first
metric, each other metric takes its nearest fact in the same paragraph. Only results count (figures
in sections on plans and shortcomings, or under 不少于/力争…, are targets). Each definition of a rule
is tried under the usual reading of the figures; a failure that the truncated reading of a
percentage, or an unusual definition, or an unstated optional figure could explain is softened.
Structure rules (breakdown, share, reduction) and the bound rule read the groups and facts directly.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from .expr import INF, Interval, Node, Ref, Relation, evaluate, holds, integer_ratio_feasible, refs_of
from .extract import Extraction
from .intervals import display_percent, fact_interval, fmt_number
from .model import Binding, Evidence, Fact, Finding, Group
from .ontology import Ontology
from .rulepack import METRIC_KINDS, Definition, Rule

SOFTER = {"error": "warning", "warning": "info", "info": "info"}
_RATE_WORD_RE = re.compile(r"(?:率|占比|比例|比重)[^，,；;。、\d]{0,6}$")
_GROWTH_RE = re.compile(
    r"增长|增幅|增加|提高|提升|上升|下降|降低|减少|同比|环比|比增|较上年|比上年|较去年|涨"
)


@dataclass
class Context:
    ex: Extraction
    onto: Ontology
    facts: dict[str, Fact]

    def fact(self, fid: str) -> Fact:
        return self.facts[fid]


def _display(f: Fact, ctx: Context) -> str:
    """How a fact is named in a message: 审结25件."""
    if f.metric:
        return f"{ctx.onto.metrics[f.metric].label}{f.mention.text.strip()}"
    if f.cue:
        return f"{f.cue}{f.mention.text.strip()}"
    return f.mention.text.strip()


def _evidence(facts: Iterable[tuple[Fact, str]]) -> list[Evidence]:
    out = []
    seen = set()
    for f, role in facts:
        if f.id in seen:
            continue
        seen.add(f.id)
        out.append(Evidence(f.start, f.end, f.mention.text, fact=f.id, role=role))
    out.sort(key=lambda e: e.start)
    return out


# --- metric rules ----------------------------------------------------------------------------------


def _nearest(cands: list[Fact], pos: int, used: set[str]) -> Fact | None:
    best: Fact | None = None
    for f in cands:
        if f.id in used:
            continue
        if best is None or abs(f.start - pos) < abs(best.start - pos):
            best = f
    return best


def _bindings(rule: Rule, ctx: Context) -> list[dict[str, Fact]]:
    """Candidate assignments of facts to the rule's metric keys, one per fact of the anchor metric."""
    by_para: dict[int, dict[str, list[Fact]]] = defaultdict(lambda: defaultdict(list))
    keys = rule.metric_keys()
    for f in ctx.ex.facts:
        if f.metric in keys and f.modality == "actual":
            by_para[f.paragraph][f.metric].append(f)
    first = rule.definitions[0].relation
    req = first.required()
    anchor = req[0] if req else first.refs()[0].key
    order = [r.key for r in first.refs()]
    ordered = [anchor, *sorted(keys - {anchor}, key=lambda k: order.index(k) if k in order else 99)]
    out: list[dict[str, Fact]] = []
    seen: set[tuple[str, ...]] = set()
    for para in by_para.values():
        for a in para.get(anchor, []):
            chosen = {anchor: a}
            used = {a.id}
            for k in ordered[1:]:
                near = _nearest(para.get(k, []), a.start, used)
                if near is not None:
                    chosen[k] = near
                    used.add(near.id)
            sig = tuple(sorted(f.id for f in chosen.values()))
            if sig not in seen:
                seen.add(sig)
                out.append(chosen)
    return out


def _env(defn: Definition, chosen: dict[str, Fact], reading: str) -> dict[str, Interval]:
    env = {k: fact_interval(f, reading) for k, f in chosen.items()}
    shape = defn.relation.ratio_shape()
    if shape is not None:
        num = shape[1]
        if isinstance(num, Ref) and num.optional and num.key not in env:
            env[num.key] = Interval(0.0, INF, True)  # unknown numerator: GRIM on the denominator alone
    return env


def _binds(defn: Definition, chosen: dict[str, Fact], rule: Rule) -> bool:
    if any(k not in chosen for k in defn.relation.required()):
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
    note: str = ""


def _judge(rule: Rule, chosen: dict[str, Fact]) -> _Outcome | None:
    bound = [d for d in rule.definitions if _binds(d, chosen, rule)]
    if not bound:
        return None
    usual = [d for d in bound if not d.unusual]
    for d in usual:
        if holds(d.relation, _env(d, chosen, "usual")):
            return _Outcome(None, d)
    for d in usual:
        if holds(d.relation, _env(d, chosen, "rounded_extreme")):
            return _Outcome("warning", d, "100%或0%只有在四舍五入后才成立，实际并非全部")
        if holds(d.relation, _env(d, chosen, "truncated")):
            return _Outcome("info", d, "仅在截尾取舍（而非四舍五入）下成立")
    for d in bound:
        if d.unusual and holds(d.relation, _env(d, chosen, "usual")):
            return _Outcome(SOFTER[rule.severity], d, f"仅在非常规口径“{d.name}”下成立")
    main = usual[0] if usual else bound[0]
    missing = [
        r.key
        for r in main.relation.refs()
        if r.optional and r.key not in chosen and r not in main.relation.sum_refs()
    ]
    if missing:
        return _Outcome(SOFTER[rule.severity], main, "missing:" + ",".join(missing))
    return _Outcome(rule.severity, main)


def _side_facts(node: Node, chosen: dict[str, Fact]) -> list[Fact]:
    return [chosen[r.key] for r in refs_of(node) if r.key in chosen]


def _metric_message(rule: Rule, out: _Outcome, chosen: dict[str, Fact], ctx: Context) -> tuple[str, str, str]:
    rel: Relation = out.defn.relation
    env = _env(out.defn, chosen, "usual")
    lv, rv = evaluate(rel.left, env), evaluate(rel.right, env)
    note = out.note
    extra = ""
    if note.startswith("missing:"):
        names = [ctx.onto.metrics[k].label for k in note[len("missing:") :].split(",")]
        extra = f"（报告未说明{'、'.join(names)}，若有则可能成立）"
        note = ""
    elif note:
        extra = f"（{note}）"
    left_f = _side_facts(rel.left, chosen)
    right_f = _side_facts(rel.right, chosen)
    shape = rel.ratio_shape()
    if shape is not None:
        rate = chosen[shape[0].key]
        num = evaluate(shape[1], env)
        den = evaluate(shape[2], env)
        parts = [*_side_facts(shape[1], chosen), *_side_facts(shape[2], chosen)]
        named = "、".join(_display(f, ctx) for f in parts)
        if isinstance(shape[1], Ref) and shape[1].key not in chosen:
            d = den.lo
            msg = f"{_display(rate, ctx)}：在{named}中，没有任何整数能得到这一比率"
            near = _grim_neighbours(rate, d)
            if near:
                msg += f"（{near}）"
            return msg + extra, rate.mention.text, "不可达"
        if num.is_point and den.is_point and den.lo:
            computed = num.lo / den.lo
            desc = f"{fmt_number(num.lo)} ÷ {fmt_number(den.lo)} = {display_percent(computed)}"
            msg = f"{_display(rate, ctx)}与{named}不符：{desc}{extra}"
            return msg, display_percent(computed), rate.mention.text
        msg = f"{_display(rate, ctx)}与{named}不符{extra}"
        return msg, "", rate.mention.text
    if rule.kind == "total" or rel.sum_refs():
        total_f = left_f if len(left_f) == 1 else right_f
        parts_f = right_f if total_f is left_f else left_f
        parts_sorted = sorted(parts_f, key=lambda f: f.start)
        s = sum(f.q.value for f in parts_sorted)
        terms = "+".join(fmt_number(f.q.value) for f in parts_sorted)
        unit = total_f[0].q.unit if total_f else ""
        tname = _display(total_f[0], ctx) if total_f else ""
        msg = f"{tname}，但其中各项之和为{fmt_number(s)}{unit}（{terms}）{extra}"
        return msg, fmt_number(total_f[0].q.value) if total_f else "", fmt_number(s)
    lname = "与".join(_display(f, ctx) for f in left_f)
    rname = "与".join(_display(f, ctx) for f in right_f)
    if rel.op in ("<=", "<"):
        msg = f"{lname}多于{rname}{extra}"
        return msg, f"≤ {fmt_number(rv.hi)}", fmt_number(lv.lo)
    if rel.op in (">=", ">"):
        msg = f"{lname}少于{rname}{extra}"
        return msg, f"≥ {fmt_number(rv.lo)}", fmt_number(lv.hi)
    msg = f"{lname}与{rname}不一致{extra}"
    return msg, fmt_number(rv.lo), fmt_number(lv.lo)


def _grim_neighbours(rate: Fact, d: float) -> str:
    if d <= 0 or math.isinf(d) or d != int(d):
        return ""
    target = rate.q.value / 100 * d
    lo, hi = math.floor(target), math.ceil(target)
    if lo == hi:
        hi = lo + 1
    parts = []
    for n in (lo, hi):
        if 0 <= n <= d:
            parts.append(f"{n}/{int(d)} = {display_percent(n / d)}")
    return "；".join(parts)


def _roles(rel: Relation, chosen: dict[str, Fact]) -> dict[str, str]:
    """fact id -> its role in the relation: total/part, rate/numerator/denominator, lhs/rhs."""
    shape = rel.ratio_shape()
    roles: dict[str, str] = {}
    if shape is not None:
        roles.update({f.id: "numerator" for f in _side_facts(shape[1], chosen)})
        roles.update({f.id: "denominator" for f in _side_facts(shape[2], chosen)})
        if shape[0].key in chosen:
            roles[chosen[shape[0].key].id] = "rate"
        return roles
    left, right = _side_facts(rel.left, chosen), _side_facts(rel.right, chosen)
    if rel.sum_refs():
        total, parts = (left, right) if len(left) == 1 else (right, left)
        roles.update({f.id: "part" for f in parts})
        roles.update({f.id: "total" for f in total})
        return roles
    roles.update({f.id: "rhs" for f in right})
    roles.update({f.id: "lhs" for f in left})
    return roles


def run_metric_rule(rule: Rule, ctx: Context, findings: list[Finding], bindings: list[Binding]) -> None:
    for chosen in _bindings(rule, ctx):
        out = _judge(rule, chosen)
        if out is None:
            continue
        used = _roles(out.defn.relation, chosen)
        ids = sorted(used, key=lambda x: int(x[1:]))
        bindings.append(Binding(rule.id, ids, out.severity is None, out.defn.name))
        if out.severity is None:
            continue
        msg, expected, observed = _metric_message(rule, out, chosen, ctx)
        roles = _roles(out.defn.relation, chosen)
        ids = [i for i in ids if i in roles]
        findings.append(
            Finding(
                rule=rule.id,
                severity=out.severity,  # type: ignore[arg-type]
                message=msg,
                facts=ids,
                evidence=_evidence((ctx.fact(i), roles[i]) for i in ids),
                expected=expected,
                observed=observed,
                title=rule.title_zh,
                kind=rule.kind,
                definition=out.defn.name or None,
            )
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


def run_bound_rule(rule: Rule, ctx: Context, findings: list[Finding], bindings: list[Binding]) -> None:
    cap = float(rule.params.get("max", 100))
    for f in ctx.ex.facts:
        if not is_bounded_rate(f, ctx):
            continue
        low = f.q.low if f.q.low is not None else f.q.value
        ok = low <= cap + 1e-9
        bindings.append(Binding(rule.id, [f.id], ok))
        if ok:
            continue
        findings.append(
            Finding(
                rule=rule.id,
                severity=rule.severity,  # type: ignore[arg-type]
                message=f"{_display(f, ctx)}超过{fmt_number(cap)}%：比率和占比不可能大于{fmt_number(cap)}%",
                facts=[f.id],
                evidence=_evidence([(f, "rate")]),
                expected=f"≤ {fmt_number(cap)}%",
                observed=f.mention.text,
                title=rule.title_zh,
                kind=rule.kind,
            )
        )


# --- structures ------------------------------------------------------------------------------------


def _interval(f: Fact) -> Interval:
    return fact_interval(f, "usual")


def run_breakdown_rule(
    rule: Rule, ctx: Context, findings: list[Finding], bindings: list[Binding], covered: set[str]
) -> None:
    for g in ctx.ex.groups:
        if g.kind != "breakdown":
            continue
        total = ctx.fact(g.facts["total"][0])
        parts = [ctx.fact(i) for i in g.facts["parts"]]
        if total.id in covered:
            continue  # a metric rule already checks this total
        t = _interval(total)
        s = Interval.point(0.0, True)
        for p in parts:
            s = s + _interval(p)
        ids = [total.id] + [p.id for p in parts]
        terms = "+".join(fmt_number(p.q.value) for p in parts)
        if s.lo > t.hi + 1e-9:
            sev, msg = (
                rule.severity,
                f"{_display(total, ctx)}，但其中列出的各项之和为{fmt_number(s.lo)}{total.q.unit}（{terms}），超过总数",
            )
        elif g.attrs.get("complete") == "likely" and s.hi < t.lo - 1e-9:
            sev = str(rule.params.get("shortfall_severity", "warning"))
            msg = (
                f"{_display(total, ctx)}，但其中各项之和为{fmt_number(s.hi)}{total.q.unit}（{terms}）："
                f"分项看来是完整的，少了{fmt_number(t.lo - s.hi)}{total.q.unit}"
            )
        else:
            bindings.append(Binding(rule.id, ids, True))
            continue
        bindings.append(Binding(rule.id, ids, False))
        findings.append(
            Finding(
                rule=rule.id,
                severity=sev,  # type: ignore[arg-type]
                message=msg,
                facts=ids,
                evidence=_evidence([(total, "total")] + [(p, "part") for p in parts]),
                expected=fmt_number(total.q.value),
                observed=fmt_number(s.lo),
                title=rule.title_zh,
                kind=rule.kind,
            )
        )


def _share_base_fact(g: Group, part: Fact, ctx: Context) -> Fact | None:
    """A stated figure for the base named in 占…的 (占结案的 → a stated 结案 of the same family)."""
    words = str(g.attrs.get("base_words", ""))
    if not words:
        return None
    hits = ctx.onto.alias_hits(words)
    for h in sorted(hits, key=lambda h: (-h.end, -h.literal_len)):
        for key in h.metrics:
            if part.family and ctx.onto.metrics[key].family != part.family:
                continue
            cands = [
                f
                for f in ctx.ex.facts
                if f.metric == key
                and f.paragraph == part.paragraph
                and f.modality == "actual"
                and f.id != part.id
            ]
            if cands:
                return min(cands, key=lambda f: abs(f.start - part.start))
    return None


def run_share_rule(rule: Rule, ctx: Context, findings: list[Finding], bindings: list[Binding]) -> None:
    for g in ctx.ex.groups:
        if g.kind != "share":
            continue
        rate = ctx.fact(g.facts["rate"][0])
        r = _interval(rate)
        if r.lo > 1 + 1e-9:
            continue  # the bound rule reports it
        part = ctx.fact(g.facts["part"][0]) if "part" in g.facts else None
        base = ctx.fact(g.facts["base"][0]) if "base" in g.facts else None
        if part is not None and base is None:
            base = _share_base_fact(g, part, ctx)
        if part is None and base is None:
            continue
        env = {"x.rate": r}
        env["x.part"] = _interval(part) if part else Interval(0.0, INF, True)
        env["x.base"] = _interval(base) if base else Interval(1.0, INF, True)
        if part is not None and base is None and part.q.integer:
            env["x.base"] = Interval(max(1.0, part.q.value), INF, True)
            # bounded search: the base lies where part / base falls inside the rate
            if r.lo > 0:
                env["x.base"] = Interval(
                    max(1.0, math.floor((env["x.part"].lo) / r.hi)),
                    math.ceil(env["x.part"].hi / r.lo) if env["x.part"].hi != INF else INF,
                    True,
                )
        shape = (Ref("x.rate"), Ref("x.part"), Ref("x.base"))
        p_i, b_i = env["x.part"], env["x.base"]
        ok_interval = r.intersects(p_i / b_i)
        ok = ok_interval and integer_ratio_feasible(shape, env)
        ids = [f.id for f in (part, base, rate) if f is not None]
        bindings.append(Binding(rule.id, ids, ok))
        if ok:
            continue
        roles = [(rate, "rate")] + ([(part, "part")] if part else []) + ([(base, "base")] if base else [])
        if part is not None and base is not None:
            computed = part.q.value / base.q.value if base.q.value else 0.0
            msg = (
                f"{_display(part, ctx)}占{_display(base, ctx)}的比例应为{display_percent(computed)}，"
                f"报告为{rate.mention.text}"
            )
            expected = display_percent(computed)
        elif part is not None:
            msg = f"{_display(part, ctx)}占{g.attrs.get('base_words', '')}的{rate.mention.text}：任何整数的总数都得不到这一比例"
            expected = "可达的比例"
        else:
            assert base is not None
            msg = f"{rate.mention.text}（以{_display(base, ctx)}为基数）：任何整数的分子都得不到这一比例"
            expected = "可达的比例"
        findings.append(
            Finding(
                rule=rule.id,
                severity=rule.severity,  # type: ignore[arg-type]
                message=msg,
                facts=ids,
                evidence=_evidence(roles),
                expected=expected,
                observed=rate.mention.text,
                title=rule.title_zh,
                kind=rule.kind,
            )
        )


def run_reduction_rule(rule: Rule, ctx: Context, findings: list[Finding], bindings: list[Binding]) -> None:
    for g in ctx.ex.groups:
        if g.kind != "reduction":
            continue
        before, after, rate = (ctx.fact(g.facts[k][0]) for k in ("before", "after", "rate"))
        b, a, r = _interval(before), _interval(after), _interval(rate)
        computed = (b - a) / b
        ok = r.intersects(computed)
        ids = [before.id, after.id, rate.id]
        bindings.append(Binding(rule.id, ids, ok))
        if ok:
            continue
        c = (before.q.value - after.q.value) / before.q.value if before.q.value else 0.0
        need = before.q.value * (1 - rate.q.value / 100)
        msg = (
            f"由{before.mention.text}减为{after.mention.text}，缩减率应为{display_percent(c)}，"
            f"报告为{rate.mention.text}（{rate.mention.text}需减为约{fmt_number(round(need))}{after.q.unit}）"
        )
        findings.append(
            Finding(
                rule=rule.id,
                severity=rule.severity,  # type: ignore[arg-type]
                message=msg,
                facts=ids,
                evidence=_evidence([(before, "before"), (after, "after"), (rate, "rate")]),
                expected=display_percent(c),
                observed=rate.mention.text,
                title=rule.title_zh,
                kind=rule.kind,
            )
        )


# --- driver ----------------------------------------------------------------------------------------


def check(ex: Extraction, rules: list[Rule], onto: Ontology) -> tuple[list[Finding], list[Binding]]:
    ctx = Context(ex=ex, onto=onto, facts={f.id: f for f in ex.facts})
    findings: list[Finding] = []
    bindings: list[Binding] = []
    covered: set[str] = set()
    for rule in rules:
        if rule.kind in METRIC_KINDS:
            n = len(bindings)
            run_metric_rule(rule, ctx, findings, bindings)
            if rule.kind == "total":
                for b in bindings[n:]:
                    covered.update(b.facts)
    for rule in rules:
        if rule.kind == "bound":
            run_bound_rule(rule, ctx, findings, bindings)
        elif rule.kind == "breakdown":
            run_breakdown_rule(rule, ctx, findings, bindings, covered)
        elif rule.kind == "share":
            run_share_rule(rule, ctx, findings, bindings)
        elif rule.kind == "reduction":
            run_reduction_rule(rule, ctx, findings, bindings)
    findings = _dedupe(findings)
    findings.sort(key=lambda f: (f.start, f.rule))
    return findings, bindings


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
