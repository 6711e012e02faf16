"""A vectorised screen: which dataset documents need the rule engine at all.

A dataset document is one synthetic paragraph with one figure per row, so a metric rule binds at
most one figure per metric (a document that gives a metric twice is left to the engine), and the
engine's verdict on it is a relation over intervals. The screen compiles every rule pack relation
once into interval arithmetic over the columns of the per-document wide table — a `lo` and a `hi`
column per metric (a figure's interval under the usual reading: rounding, 余 capped, 以上 open
above, as intervals.fact_interval gives it), whether it is a whole count, and whether the document
states it — and evaluates each relation for a block of documents in a few numpy operations:
optional terms (an unstated one counts as 0; an unstated optional numerator is any whole number),
sum() over the parts stated, alternative definitions (the first usual one that holds is the one the
engine records), `unless` and `min_parts`, and the whole-number feasibility of a rate (GRIM).

A document passes when, for every rule, no usual definition binds or one holds: the engine would
report nothing, and the screen gives the bindings it would have recorded (coverage and --verbose
show them). Every other document is *flagged* and goes through the full engine for its findings,
messages and localisation. So is every document when the screen is unsure: a comparison within
rounding noise of its threshold, a rate whose base is a range, a rule kind or parameter the screen
does not know (a new rule kind is sent to the engine for every document that states one of its
metrics), a metric stated twice. Correctness never depends on the screen: it may only flag too much.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..expr import INF, Bin, Interval, Num, Ref, Relation, Sum
from ..intervals import fact_interval
from ..model import Binding, Fact, Mention
from ..ontology import Ontology
from ..rulepack import STRUCTURE_KINDS, Definition, Rule

EPS = 1e-9  # expr.holds's tolerance
NOISE = 1e-12  # relative: comparisons this close to their threshold are left to the engine
GRIM_LIMIT = 200_000  # expr.integer_ratio_feasible's limit on a range of denominators
METRIC_RULE_KINDS = ("order", "total", "ratio", "equal")  # bind metric keys and test `relation`
# parameters whose meaning the screen knows: min_parts, max, and those of the text's sentences and
# structures (a dataset document is one sentence and states no structure). A rule with any other
# parameter is left to the engine. (Structure kinds, rulepack.STRUCTURE_KINDS, check the groups a
# text states: a dataset document has none, so they never bind.)
KNOWN_PARAMS = {
    "min_parts",
    "max",
    "sentence_reach",
    "complete_when_listed",
    "complete_requires",
    "shortfall_severity",
    "listed_under",
    "unstated_severity",  # (how severe a failure is: the screen only tells holds from fails)
    "open_severity",  # (HC016, a structure kind: a dataset document states no list of shares)
}
BLOCK = 8192  # documents screened at a time
UNDECIDED = -2  # a rule's choice where the engine must judge it (Verdicts.choice)


class Uncompilable(Exception):
    """A relation the screen cannot evaluate (a node or operator it does not know)."""


# --- interval arithmetic over columns (expr.Interval, element by element) -------------------------


@dataclass
class V:
    """Intervals of a block of documents: lo, hi and whether each is a whole count."""

    lo: Any
    hi: Any
    integer: Any

    def __add__(self, o: V) -> V:
        return V(self.lo + o.lo, self.hi + o.hi, self.integer & o.integer)

    def __sub__(self, o: V) -> V:
        return V(self.lo - o.hi, self.hi - o.lo, self.integer & o.integer)

    def __mul__(self, o: V) -> V:
        import numpy as np

        ps = [_mul(a, b) for a in (self.lo, self.hi) for b in (o.lo, o.hi)]
        return V(np.minimum.reduce(ps), np.maximum.reduce(ps), self.integer & o.integer)

    def __truediv__(self, o: V) -> V:
        import numpy as np

        with np.errstate(all="ignore"):
            qs = [_div(a, b) for a in (self.lo, self.hi) for b in (o.lo, o.hi)]
            lo, hi = np.minimum.reduce(qs), np.maximum.reduce(qs)
            zero = (o.lo <= 0) & (o.hi >= 0)
            open_up = zero & (o.lo == 0) & (o.hi > 0) & (self.lo >= 0)
            up_lo = np.where(o.hi != INF, self.lo / o.hi, 0.0)
        lo = np.where(zero, np.where(open_up, up_lo, -INF), lo)
        hi = np.where(zero, INF, hi)
        return V(lo, hi, np.zeros_like(self.integer))


def _mul(a: Any, b: Any) -> Any:
    import numpy as np

    with np.errstate(all="ignore"):
        return np.where((a == 0) | (b == 0), 0.0, a * b)


def _div(a: Any, b: Any) -> Any:
    import numpy as np

    inf_b = np.isinf(b)
    signed = np.copysign(INF, a) * np.copysign(1.0, b)
    return np.where(inf_b, np.where(np.isinf(a), signed, 0.0), a / b)


def _leq(a: Any, b: Any, strict: bool = False) -> tuple[Any, Any]:
    """(a <= b, or a < b; and where the answer is within rounding noise)."""
    import numpy as np

    with np.errstate(all="ignore"):
        ok = a < b if strict else a <= b
        finite = np.isfinite(a) & np.isfinite(b)
        scale = np.maximum(1.0, np.maximum(np.abs(a), np.abs(b)))
        near = finite & (np.abs(a - b) <= NOISE * scale)
    return ok, near | np.isnan(a) | np.isnan(b)


# --- compiled rules -------------------------------------------------------------------------------


@dataclass
class Column:
    """A metric's column in a block: stated?, and its interval."""

    present: Any
    v: V


@dataclass
class Block:
    """The wide table of a block of documents: a Column per metric the rules name."""

    n: int
    cols: dict[str, Column]

    def col(self, key: str) -> Column:
        import numpy as np

        c = self.cols.get(key)
        if c is None:
            z = np.zeros(self.n)
            c = self.cols[key] = Column(np.zeros(self.n, dtype=bool), V(z, z, np.ones(self.n, dtype=bool)))
        return c


@dataclass
class CompiledDef:
    index: int  # in rule.definitions
    defn: Definition
    unknown: str | None  # an optional numerator of a rate: unstated, it is any whole number
    held_keys: tuple[str, ...] = ()  # the rule's metric keys its relation uses, as a binding lists them

    def binds(self, rule: Rule, b: Block) -> Any:
        import numpy as np

        rel = self.defn.relation
        ok = np.ones(b.n, dtype=bool)
        for k in rel.required():
            ok &= b.col(k).present
        keys = rule.metric_keys()  # `unless` counts only figures the rule binds (engine._binds)
        for k in self.defn.unless:
            if k in keys:
                ok &= ~b.col(k).present
        sums = rel.sum_refs()
        if sums:
            stated = np.zeros(b.n, dtype=np.int64)
            for r in sums:
                stated += b.col(r.key).present
            ok &= stated >= int(rule.params.get("min_parts", 1))
        return ok

    def holds(self, b: Block) -> tuple[Any, Any]:
        """(holds under the usual reading; unsure) — expr.holds, for every document of the block."""

        rel = self.defn.relation
        lv, rv = self.value(rel.left, b), self.value(rel.right, b)
        if rel.op == "<=":
            ok, near = _leq(lv.lo, rv.hi + EPS)
        elif rel.op == ">=":
            ok, near = _leq(rv.lo, lv.hi + EPS)
        elif rel.op == "<":
            ok, near = _leq(lv.lo, rv.hi, strict=True)
        elif rel.op == ">":
            ok, near = _leq(rv.lo, lv.hi, strict=True)
        elif rel.op == "==":
            ok1, near1 = _leq(lv.lo, rv.hi + EPS)
            ok2, near2 = _leq(rv.lo, lv.hi + EPS)
            ok, near = ok1 & ok2, near1 | near2
        else:
            raise Uncompilable(f"comparison {rel.op!r}")
        shape = rel.ratio_shape()
        if shape is not None:
            grim, grim_near = self.grim(shape, b)
            near = near | (ok & grim_near)
            ok = ok & grim
        return ok, near

    def grim(self, shape: tuple[Ref, Any, Any], b: Block) -> tuple[Any, Any]:
        """expr.integer_ratio_feasible for a denominator that is one whole number; a range of them
        is left to the engine."""
        import numpy as np

        rate_ref, num_node, den_node = shape
        rate = b.col(rate_ref.key)
        num, den = self.value(num_node, b), self.value(den_node, b)
        with np.errstate(all="ignore"):
            skip = ~(num.integer & den.integer) | np.isinf(den.hi) | (den.hi - den.lo > GRIM_LIMIT)
            skip |= ~rate.present  # no rate stated: nothing to reach
            d = den.lo
            point = den.lo == den.hi
            in_range = np.maximum(1.0, np.ceil(d)) <= np.floor(d)  # a whole d >= 1
            n_lo = np.maximum(num.lo, rate.v.lo * d - 1e-9)
            n_hi = np.minimum(num.hi, rate.v.hi * d + 1e-9)
            gap_ok, gap_near = _leq(n_lo, n_hi + 1e-9)  # not (n_lo > n_hi + 1e-9)
            c = np.ceil(n_lo - 1e-9)
            whole_ok, whole_near = _leq(c, n_hi + 1e-9)
            edge = n_lo - 1e-9
            step_near = np.isfinite(edge) & (
                np.abs(edge - np.round(edge)) <= NOISE * np.maximum(1.0, np.abs(edge))
            )
            feasible = in_range & gap_ok & (np.isinf(n_hi) | whole_ok)
            near = in_range & (gap_near | (gap_ok & ~np.isinf(n_hi) & (whole_near | step_near)))
        ok = skip | (point & feasible)
        unsure = ~skip & (~point | near)
        return ok, unsure

    def value(self, node: Any, b: Block) -> V:
        import numpy as np

        if isinstance(node, Ref):
            c = b.col(node.key)
            if node.key == self.unknown:
                missing = V(np.zeros(b.n), np.full(b.n, INF), np.ones(b.n, dtype=bool))
            else:
                missing = V(np.zeros(b.n), np.zeros(b.n), np.ones(b.n, dtype=bool))
            return V(
                np.where(c.present, c.v.lo, missing.lo),
                np.where(c.present, c.v.hi, missing.hi),
                np.where(c.present, c.v.integer, missing.integer),
            )
        if isinstance(node, Num):
            iv = node.interval
            return V(np.full(b.n, iv.lo), np.full(b.n, iv.hi), np.full(b.n, iv.integer))
        if isinstance(node, Sum):
            acc = V(np.zeros(b.n), np.zeros(b.n), np.ones(b.n, dtype=bool))
            for r in node.refs:
                acc = acc + self.value(Ref(r.key), b)
            return acc
        if isinstance(node, Bin):
            left, right = self.value(node.left, b), self.value(node.right, b)
            if node.op == "+":
                return left + right
            if node.op == "-":
                return left - right
            if node.op == "*":
                return left * right
            if node.op == "/":
                return left / right
        raise Uncompilable(f"expression {node!r}")


def _check_nodes(node: Any) -> None:
    if isinstance(node, (Ref, Num)):
        return
    if isinstance(node, Sum):
        return
    if isinstance(node, Bin) and node.op in "+-*/":
        _check_nodes(node.left)
        _check_nodes(node.right)
        return
    raise Uncompilable(f"expression {node!r}")


@dataclass
class CompiledRule:
    rule: Rule
    defs: list[CompiledDef]  # every definition, in order
    # dataset/quick.py: whether a failure of this rule alone may be judged without the engine (a
    # ratio, total or equal rule whose metrics' labels name no court instance), the metric keys in
    # the order engine._bindings binds them, and the keys that are a rate in one of its definitions
    quick: bool = False
    soft: bool = False  # a failure may be info whatever its figures (SOFTER of a warning rule)
    ordered: tuple[str, ...] = ()
    rate_keys: frozenset[str] = frozenset()

    def verdict(self, b: Block) -> tuple[Any, Any]:
        """(for each document: the definition the engine records as holding, -1 when the rule does
        not bind, UNDECIDED when it is flagged; flagged: the engine would report it, or the screen
        cannot tell)."""
        import numpy as np

        anchor = b.col(self.rule.anchor).present
        binds = [d.binds(self.rule, b) & anchor for d in self.defs]
        usual = [(d, bd) for d, bd in zip(self.defs, binds, strict=True) if not d.defn.unusual]
        choice = np.full(b.n, -1, dtype=np.int16)
        flagged = np.zeros(b.n, dtype=bool)
        open_ = np.zeros(b.n, dtype=bool)
        for _, bd in usual:
            open_ |= bd  # documents where some usual definition binds: a binding is recorded
        for d, bd in usual:
            if not (open_ & bd).any():
                continue
            ok, near = d.holds(b)
            here = open_ & bd
            flagged |= here & near
            take = here & ok & ~near
            choice[take] = d.index
            open_ &= ~(here & (ok | near))
        flagged |= open_  # every usual definition that binds fails: a finding
        choice[flagged] = UNDECIDED
        return choice, flagged


@dataclass
class Screen:
    """Every active rule, compiled once."""

    onto: Ontology
    rules: list[Rule]
    metric_rules: list[CompiledRule] = field(default_factory=list)
    bound_rules: list[Rule] = field(default_factory=list)
    unknown: list[Rule] = field(default_factory=list)  # left to the engine
    unique_ids: bool = True  # the metric rules' ids are unique (decided_bindings relies on it)
    engine_rules: list[Rule] = field(default_factory=list)  # every rule but the structure rules

    @classmethod
    def compile(cls, rules: list[Rule], onto: Ontology) -> Screen:
        s = cls(onto, rules)
        for r in rules:
            if set(r.params) - KNOWN_PARAMS:
                s.unknown.append(r)
            elif r.kind in METRIC_RULE_KINDS and r.definitions:
                try:
                    s.metric_rules.append(_compile(r, onto))
                except Uncompilable:
                    s.unknown.append(r)
            elif r.kind == "bound" and not r.definitions:
                s.bound_rules.append(r)
            elif r.kind in STRUCTURE_KINDS and not r.definitions:
                continue  # checks the structures a text states (its groups); a dataset document has none
            else:
                s.unknown.append(r)
            s.engine_rules.append(r)
        ids = [cr.rule.id for cr in s.metric_rules]
        s.unique_ids = len(set(ids)) == len(ids)
        return s

    def bound_cap(self, rule: Rule) -> float:
        return float(rule.params.get("max", 100)) / 100


def _names_an_instance(words: str) -> bool:
    """Do these words (a metric's label) name a court instance or all of them (一审, 各类…)? The
    engine reads such words before a figure (engine._instance) and may then bind it to no other."""
    from ..structures.words import ALL_INSTANCES_RE, INSTANCE_RE
    from ..textnorm import normalize

    norm = normalize(words)
    return INSTANCE_RE.search(norm) is not None or ALL_INSTANCES_RE.search(norm) is not None


def _compile(rule: Rule, onto: Ontology) -> CompiledRule:
    defs = []
    for i, d in enumerate(rule.definitions):
        rel = d.relation
        _check_nodes(rel.left)
        _check_nodes(rel.right)
        if rel.op not in ("<=", ">=", "<", ">", "=="):
            raise Uncompilable(f"comparison {rel.op!r}")
        unknown = None
        shape = rel.ratio_shape()
        if shape is not None and isinstance(shape[1], Ref) and shape[1].optional:
            unknown = shape[1].key
        used = {r.key for r in rel.refs()}
        defs.append(CompiledDef(i, d, unknown, tuple(k for k in rule.metric_keys() if k in used)))
    keys = rule.metric_keys()
    order = [r.key for r in rule.definitions[0].relation.refs()]
    rest = sorted(keys - {rule.anchor}, key=lambda k: (order.index(k) if k in order else 99, k))
    shapes = [d.relation.ratio_shape() for d in rule.definitions]
    return CompiledRule(
        rule,
        defs,
        quick=rule.kind in ("ratio", "total", "equal")
        and not any(_names_an_instance(onto.metrics[k].full_label) for k in keys if k in onto.metrics),
        soft=rule.severity != "error" or rule.params.get("unstated_severity") == "info",
        ordered=(rule.anchor, *rest),
        rate_keys=frozenset(s[0].key for s in shapes if s is not None),
    )


# --- the figures' intervals -----------------------------------------------------------------------


@dataclass(frozen=True)
class FigureInterval:
    lo: float
    hi: float
    integer: bool
    bounded_rate: bool  # a percentage written with %, which the bound rule caps (with a bounded metric)


def figure_interval(men: Mention) -> FigureInterval:
    """A dataset figure's interval under the usual reading (intervals.fact_interval)."""
    probe = Fact("f0", men, None, None, None, None, None, 0, 0)
    iv = fact_interval(probe)
    q = men.quantity
    assert q is not None
    return FigureInterval(iv.lo, iv.hi, iv.integer, men.kind == "percent" and q.unit == "%")


# --- screening a table ----------------------------------------------------------------------------


@dataclass
class Verdicts:
    """For every document of a table: flagged for the engine, and the definition each metric rule
    holds by (-1: no binding; UNDECIDED: the engine judges it). A flagged document keeps the
    choices of the rules the screen decided (every rule is UNDECIDED when it states a metric
    twice), so the engine runs only the others (decided_bindings)."""

    flagged: Any  # bool per document
    choice: Any  # int16, documents × screen.metric_rules
    bound: Any  # figures taking part in some binding, per document (coverage's bound_in_rules)
    # bool per document: flagged for another reason than a metric rule's verdict (a metric stated
    # twice, a rule the screen does not know, the bound rule); None in tables screened before it
    other: Any = None


def screen_table(screen: Screen, t: Any) -> Verdicts:
    """Screen every document of a DocTable (rows.py), BLOCK documents at a time."""
    import numpy as np

    n_docs = len(t.doc_ids)
    flagged = np.zeros(n_docs, dtype=bool)
    other = np.zeros(n_docs, dtype=bool)
    choice = np.full((n_docs, len(screen.metric_rules)), -1, dtype=np.int16)
    bound = np.zeros(n_docs, dtype=np.int64)
    figs = [figure_interval(m) for m in t.mentions]
    lo = np.asarray([f.lo for f in figs], dtype=float)
    hi = np.asarray([f.hi for f in figs], dtype=float)
    whole = np.asarray([f.integer for f in figs], dtype=bool)
    rate = np.asarray([f.bounded_rate for f in figs], dtype=bool)
    bounded = np.asarray([screen.onto.metrics[k].bounded for k in t.metrics], dtype=bool)
    code = {k: i for i, k in enumerate(t.metrics)}
    unknown_codes = [
        np.asarray([code[k] for k in r.metric_keys() if k in code], dtype=np.int64) for r in screen.unknown
    ]
    # the wide table's columns: the metrics the compiled rules name that the table states
    named = sorted({k for cr in screen.metric_rules for k in cr.rule.metric_keys() if k in code})
    col_of = np.full(max(1, len(t.metrics)), -1, dtype=np.int64)
    for j, k in enumerate(named):
        col_of[code[k]] = j
    index = {k: j for j, k in enumerate(named)}
    n_metrics = max(1, len(t.metrics))
    for a in range(0, n_docs, BLOCK):
        b_ = min(n_docs, a + BLOCK)
        r0, r1 = int(t.bounds[a]), int(t.bounds[b_])
        doc = np.repeat(np.arange(b_ - a, dtype=np.int64), np.diff(t.bounds[a : b_ + 1]))
        metric = t.metric[r0:r1].astype(np.int64)
        mention = t.mention[r0:r1].astype(np.int64)
        n = b_ - a
        flag = np.zeros(n, dtype=bool)
        # a metric stated twice: the engine picks among its figures (and judges every rule)
        _, inv, counts = np.unique(doc * n_metrics + metric, return_inverse=True, return_counts=True)
        flag[doc[counts[inv] > 1]] = True
        twice = flag.copy()
        # rules the screen does not know: the engine, wherever they could bind
        for codes, rule in zip(unknown_codes, screen.unknown, strict=True):
            if not rule.metric_keys():
                flag[:] = True
            elif len(codes):
                flag[doc[np.isin(metric, codes)]] = True
        # the bound rule: a bounded rate above its cap (or within noise of it)
        is_rate = rate[mention] & bounded[metric]
        for rule in screen.bound_rules:
            ok, near = _leq(lo[mention], np.full(len(mention), screen.bound_cap(rule) + EPS))
            flag[doc[is_rate & (~ok | near)]] = True
        other[a:b_] = flag
        # the wide table of the block: documents × named metrics, as lo / hi / whole / stated
        m = len(named)
        present = np.zeros((m, n), dtype=bool)
        clo, chi = np.zeros((m, n)), np.zeros((m, n))
        cint = np.ones((m, n), dtype=bool)
        j = col_of[metric]
        sel = j >= 0
        js, ds, ms = j[sel], doc[sel], mention[sel]
        present[js, ds] = True
        clo[js, ds], chi[js, ds], cint[js, ds] = lo[ms], hi[ms], whole[ms]
        block = Block(n, {k: Column(present[i], V(clo[i], chi[i], cint[i])) for i, k in enumerate(named)})
        held_by = np.zeros((m, n), dtype=bool)  # figures some holding metric rule binds
        for i, cr in enumerate(screen.metric_rules):
            ch, fl = cr.verdict(block)
            choice[a:b_, i] = ch
            flag |= fl
            for d in cr.defs:
                docs = ch == d.index
                if docs.any():
                    used = {r.key for r in d.defn.relation.refs()}
                    for k in cr.rule.metric_keys() & used:
                        if k in index:
                            held_by[index[k]] |= docs
        in_rule = np.zeros(len(doc), dtype=bool)
        in_rule[sel] = held_by[js, ds]
        if screen.bound_rules:
            in_rule |= is_rate
        bound[a:b_] = np.bincount(doc, weights=in_rule, minlength=n).astype(np.int64)
        flagged[a:b_] = flag
        choice[a:b_][twice] = UNDECIDED
    return Verdicts(flagged, choice, bound, other)


def held(
    screen: Screen, choices: Any, metrics: list[str | None], rates: list[bool]
) -> list[tuple[Rule, Definition | None, dict[str, int]]]:
    """The bindings the engine records for a document the screen passed (every one holds), as
    engine.check runs its rules — the metric rules in rule order, then the bound rule's, figure by
    figure: (rule, the definition that holds or None, relation key → figure index). `metrics` and
    `rates` describe the document's figures in order (a rate: a percentage of a bounded metric)."""
    at = {m: i for i, m in enumerate(metrics)}
    out: list[tuple[Rule, Definition | None, dict[str, int]]] = []
    for cr, c in zip(screen.metric_rules, choices.tolist(), strict=True):
        if c < 0:
            continue
        d = cr.defs[c]
        out.append((cr.rule, d.defn, {k: at[k] for k in d.held_keys if k in at}))
    for rule in screen.bound_rules:
        out.extend((rule, None, {"x": i}) for i, rate in enumerate(rates) if rate)
    return out


def is_rate(screen: Screen, men: Mention, metric: str | None) -> bool:
    """A figure the bound rule caps (structures.bounded.is_bounded_rate, for a figure with a metric)."""
    q = men.quantity
    if metric is None or q is None:
        return False
    return men.kind == "percent" and q.unit == "%" and screen.onto.metrics[metric].bounded


def passing_bindings(screen: Screen, choices: Any, facts: list[Fact]) -> list[Binding]:
    """held(), as the Bindings the engine records."""
    rates = [is_rate(screen, f.mention, f.metric) for f in facts]
    out: list[Binding] = []
    for rule, defn, keys in held(screen, choices, [f.metric for f in facts], rates):
        ids = sorted({facts[i].id for i in keys.values()}, key=lambda x: int(x[1:]))
        if defn is None:
            cap = screen.bound_cap(rule)
            rel = Relation("<=", Ref("x"), Num(cap), f"x <= {cap}")
            out.append(Binding(rule.id, ids, True, "", relation=rel, keys={"x": ids[0]}, severity=None))
            continue
        out.append(_held_binding(rule, defn, keys, facts))
    return out


def _held_binding(rule: Rule, defn: Definition, keys: dict[str, int], facts: list[Fact]) -> Binding:
    """The Binding engine.run_metric_rule records for a metric rule holding by `defn`."""
    ids = [facts[i].id for i in sorted(set(keys.values()))]  # (fact i is f{i + 1}: in numeric order)
    fixed = {}
    shape = defn.relation.ratio_shape()
    if shape is not None and isinstance(shape[1], Ref) and shape[1].optional and shape[1].key not in keys:
        fixed[shape[1].key] = Interval(0.0, INF, True)  # engine._unknowns
    return Binding(
        rule.id,
        ids,
        True,
        defn.name,
        relation=defn.relation,
        keys={k: facts[i].id for k, i in keys.items()},
        severity=None,
        fixed=fixed,
    )


def engine_rules(screen: Screen, decided: dict[str, list[Binding]]) -> list[Rule]:
    """The rules engine.check must be given for a flagged document, in order: those the screen
    leaves out — the structure rules, which check the groups a text states and never bind in a
    dataset document, and the metric rules it decided bind nothing — would only loop there."""
    return [r for r in screen.engine_rules if r.id not in decided or decided[r.id]]


def decided_bindings(screen: Screen, choices: Any, facts: list[Fact]) -> dict[str, list[Binding]]:
    """For a flagged document: the metric rules the screen decided, by rule id, with the bindings
    the engine would record for them (one where a definition holds, none where no usual one
    binds), for engine.check to take instead of judging them again. The rules left out are
    UNDECIDED: the engine judges them (and every rule of a document stating a metric twice)."""
    if not screen.unique_ids:
        return {}  # rule ids are unique in a loaded pack; without that, decide nothing
    at = {f.metric: i for i, f in enumerate(facts)}
    out: dict[str, list[Binding]] = {}
    for cr, c in zip(screen.metric_rules, choices.tolist(), strict=True):
        if c == UNDECIDED:
            continue
        if c < 0:
            out[cr.rule.id] = []
            continue
        d = cr.defs[c]
        keys = {k: at[k] for k in d.held_keys if k in at}
        out[cr.rule.id] = [_held_binding(cr.rule, d.defn, keys, facts)]
    return out
