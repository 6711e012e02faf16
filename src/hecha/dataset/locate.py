"""Error localisation (localize.py) for many flagged dataset documents at once, column by column.

localize() looks for the figure most likely wrong in a failed check: for each figure of the check it
solves the failed relation for that figure (a bisection over expr.evaluate, or the root of a linear
gap), and weighs each solution against the holding checks the figure takes part in — does the repair
fix the failed check, does it break a holding one, and does a holding check pin the figure down (one
displayed step either way breaks it). In a flagged dataset document whose one undecided rule fails
(the commonest flagged document: a total whose parts add up to more), the checks are known before any
document is checked: the failed one is that rule's first usual definition over the figures stated,
the holding ones are the metric rules the screen decided. So the plan asks those questions of every
such document at once, over the columns of the per-document wide table, with the same floating-point
operations in the same order as expr.evaluate, expr.holds and localize._solutions (numpy's float64
arithmetic is IEEE's, as Python's is): the same answers, bit for bit.

What a document's localisation then needs — each figure's candidate repairs, whether each fixes the
failed check, how many holding checks it breaks, and which holding checks are tight on the figure —
is kept in a few arrays; check_rows hands localize() a `_Checks` that answers from them
(`Located.checks`) once it has verified that the document's checks are the ones assumed (its one
failed check is that rule's, on that definition, with those figures and unknowns). Whatever the
columns cannot answer exactly — a rate whose base is a range of whole numbers, a failed check no
value solves (typo variants are tried then), a NaN or an empty interval on the way — leaves the
document to localize() as it is. tests/test_dataset_quick.py compares the two on every flagged
document of the fixture datasets, the rules' examples and random documents.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..expr import INF, Bin, Num, Ref, Relation, Sum, bounds_hold
from ..intervals import fact_interval
from ..localize import _Checks, _Repair, typo_hint
from ..model import Binding, Fact
from .screen import UNDECIDED, CompiledDef, CompiledRule, Screen, Verdicts

if TYPE_CHECKING:
    from .rows import DocTable

# (the holding rules tight on a figure are a boolean axis of LocatedTable.tight, one place a rule: their number bounds
# its memory, flagged documents × keys × rules, no longer a bit width — 63 rules in an int64 until 66 came)
_MAX_RULES = 1024
_READINGS = ("rounded_extreme", "truncated", "double_rounded")


@dataclass
class _Cols:
    """Interval arrays: lo, hi, integer, and where the value cannot be trusted to match (bad)."""

    lo: Any
    hi: Any
    integer: Any
    bad: Any
    stated: Any = None  # where the environment holds the key at all (None: everywhere)


class _ByMention:
    """A metric × document matrix of one attribute of the figures, read through the figures' codes
    (mcode, -1 where a document does not state the metric: the default at the end of `values`)."""

    def __init__(self, mcode: Any, values: Any):
        self.mcode, self.values = mcode, values

    def __getitem__(self, at: Any) -> Any:
        return self.values[self.mcode[at]]


class _Figures:
    """The figures of the selected documents, column by column: for each metric the rules name,
    whether a document states it, its usual interval (intervals.fact_interval) and those under the
    readings that soften a failure, its value, whether it is a percentage, its step and whether it
    counts things. Kept as one code per metric and document (4 bytes), the attributes per figure."""

    def __init__(self, named: list[str], mcode: Any, per: dict[str, Any], read: dict[str, tuple[Any, Any]]):
        self.n = mcode.shape[1]
        self.index = {k: j for j, k in enumerate(named)}
        self.mcode = mcode
        self.present = mcode >= 0
        self.lo, self.hi = _ByMention(mcode, per["lo"]), _ByMention(mcode, per["hi"])
        self.integer = _ByMention(mcode, per["integer"])
        self.value = _ByMention(mcode, per["value"])
        self.pct = _ByMention(mcode, per["pct"])
        self.step = _ByMention(mcode, per["step"])
        self.qint = _ByMention(mcode, per["qint"])
        self.read = {r: (_ByMention(mcode, a), _ByMention(mcode, b)) for r, (a, b) in read.items()}

    def has(self, k: str) -> Any:
        import numpy as np

        j = self.index.get(k)
        return self.present[j] if j is not None else np.zeros(self.n, dtype=bool)


def _env(
    rel: Relation,
    keys: tuple[str, ...],
    unknown: str | None,
    fig: _Figures,
    docs: Any,
    reading: str = "usual",
) -> dict[str, _Cols]:
    """localize._Checks.env of a binding over `docs`: its keys stated in a document are the figures'
    intervals, an unstated optional numerator (`unknown`) is any whole number, anything else 0."""
    import numpy as np

    n = len(docs)
    out: dict[str, _Cols] = {}
    los, his = (fig.lo, fig.hi) if reading == "usual" else fig.read[reading]
    for r in rel.refs():
        k = r.key
        if k in out:
            continue
        j = fig.index.get(k)
        stated = fig.present[j, docs] if j is not None and k in keys else np.zeros(n, dtype=bool)
        missing_hi = INF if k == unknown else 0.0
        lo = np.where(stated, los[j, docs], 0.0) if j is not None else np.zeros(n)
        hi = np.where(stated, his[j, docs], missing_hi) if j is not None else np.full(n, missing_hi)
        integer = np.where(stated, fig.integer[j, docs], True) if j is not None else np.ones(n, dtype=bool)
        known = stated | (k == unknown) if j is not None else np.full(n, k == unknown)
        out[k] = _Cols(lo, hi, integer, np.zeros(n, dtype=bool), known)
    return out


def _ev(node: Any, env: dict[str, _Cols], n: int) -> _Cols:
    """expr.evaluate, element by element (EMPTY and NaN are marked bad: the caller falls back)."""
    import numpy as np

    if isinstance(node, Ref):
        c = env.get(node.key)
        if c is None:
            return _Cols(np.zeros(n), np.zeros(n), np.ones(n, dtype=bool), np.zeros(n, dtype=bool))
        return c
    if isinstance(node, Num):
        iv = node.interval
        return _Cols(np.full(n, iv.lo), np.full(n, iv.hi), np.full(n, iv.integer), np.zeros(n, dtype=bool))
    if isinstance(node, Sum):
        lo, hi = np.zeros(n), np.zeros(n)
        integer = np.ones(n, dtype=bool)
        bad = np.zeros(n, dtype=bool)
        for r in node.refs:
            c = env.get(r.key)
            if c is None:  # ZERO: adding 0.0 changes no value
                continue
            bad = bad | c.bad | (c.lo > c.hi)
            lo = lo + c.lo
            hi = hi + c.hi
            integer = integer & c.integer
        return _Cols(lo, hi, integer, bad)
    if not isinstance(node, Bin):
        raise TypeError(node)
    a, b = _ev(node.left, env, n), _ev(node.right, env, n)
    bad = a.bad | b.bad | (a.lo > a.hi) | (b.lo > b.hi)
    with np.errstate(all="ignore"):
        if node.op == "+":
            out = _Cols(a.lo + b.lo, a.hi + b.hi, a.integer & b.integer, bad)
        elif node.op == "-":
            out = _Cols(a.lo - b.hi, a.hi - b.lo, a.integer & b.integer, bad)
        elif node.op == "*":
            ps = [np.where((x == 0) | (y == 0), 0.0, x * y) for x in (a.lo, a.hi) for y in (b.lo, b.hi)]
            out = _Cols(np.minimum.reduce(ps), np.maximum.reduce(ps), a.integer & b.integer, bad)
        else:
            qs = [_div(x, y) for x in (a.lo, a.hi) for y in (b.lo, b.hi)]
            lo, hi = np.minimum.reduce(qs), np.maximum.reduce(qs)
            zero = (b.lo <= 0) & (b.hi >= 0)
            up = zero & (b.lo == 0) & (b.hi > 0) & (a.lo >= 0)
            up_lo = np.where(b.hi != INF, a.lo / np.where(b.hi != INF, b.hi, 1.0), 0.0)
            lo = np.where(zero, np.where(up, up_lo, -INF), lo)
            hi = np.where(zero, INF, hi)
            out = _Cols(lo, hi, np.zeros(n, dtype=bool), bad)
    out.bad = out.bad | np.isnan(out.lo) | np.isnan(out.hi)
    return out


def _div(x: Any, y: Any) -> Any:
    import numpy as np

    inf_y = np.isinf(y)
    signed = np.copysign(INF, x) * np.copysign(1.0, y)
    return np.where(inf_y, np.where(np.isinf(x), signed, 0.0), x / np.where(y == 0, 1.0, y))


def _holds(rel: Relation, env: dict[str, _Cols], n: int) -> tuple[Any, Any]:
    """(expr.holds for every document, where the columns cannot tell exactly)."""
    import numpy as np

    lv, rv = _ev(rel.left, env, n), _ev(rel.right, env, n)
    bad = lv.bad | rv.bad
    with np.errstate(all="ignore"):
        ok = bounds_hold(rel.op, lv.lo, lv.hi, rv.lo, rv.hi)
    shape = rel.ratio_shape()
    if shape is not None:
        grim, unsure = _grim(shape, env, n)
        bad = bad | (ok & unsure)
        ok = ok & grim
    return ok, bad


def _grim(shape: tuple[Ref, Any, Any], env: dict[str, _Cols], n: int) -> tuple[Any, Any]:
    """expr.integer_ratio_feasible for a base that is one number; a range of bases is unsure."""
    import numpy as np

    rate_ref, num_node, den_node = shape
    rate = env.get(rate_ref.key)
    if rate is None:
        return np.ones(n, dtype=bool), np.zeros(n, dtype=bool)
    absent = ~rate.stated if rate.stated is not None else np.zeros(n, dtype=bool)  # env.get gives None
    num, den = _ev(num_node, env, n), _ev(den_node, env, n)
    with np.errstate(all="ignore"):
        skip = absent | ~(num.integer & den.integer) | np.isinf(den.hi) | (den.hi - den.lo > 200_000)
        d = den.lo
        runs = np.maximum(1.0, np.ceil(d)) <= np.floor(den.hi)  # the loop runs at least once
        point = den.lo == den.hi
        n_lo = np.maximum(num.lo, rate.lo * d - 1e-9)
        n_hi = np.minimum(num.hi, rate.hi * d + 1e-9)
        gap_ok = ~(n_lo > n_hi + 1e-9)
        whole = np.isinf(n_hi) | (np.ceil(n_lo - 1e-9) <= n_hi + 1e-9)
        feasible = runs & gap_ok & whole
    unsure = ~skip & (
        ~point | num.bad | den.bad | rate.bad | np.isnan(n_lo) | np.isnan(n_hi) | ~np.isfinite(den.lo)
    )
    return skip | feasible, unsure


def _with(env: dict[str, _Cols], key: str, cols: _Cols) -> dict[str, _Cols]:
    out = dict(env)
    out[key] = cols
    return out


def _point(fig: _Figures, j: int, docs: Any, v: Any) -> _Cols:
    """intervals.point_interval of the figure of metric j, as if it stated v."""
    import numpy as np

    pct = fig.pct[j, docs]
    step = fig.step[j, docs]
    with np.errstate(all="ignore"):
        half = np.where((v == 0.0) | (v == 100.0), 0.0, step / 2)
        lo = np.where(pct, (v - half) / 100, v)
        hi = np.where(pct, (v + half) / 100, v)
    integer = np.where(pct, False, fig.qint[j, docs])
    return _Cols(lo, hi, integer, np.isnan(v))


@dataclass
class _Check:
    """A check a document's bindings make: a rule's definition over the metrics it binds."""

    j: int  # the rule's place among screen.metric_rules
    rel: Relation
    keys: tuple[str, ...]  # the rule's metric keys its relation uses
    unknown: str | None


def _check_of(cr: CompiledRule, j: int, d: CompiledDef) -> _Check:
    return _Check(j, d.defn.relation, d.held_keys, d.unknown)


class LocatedTable:
    """The candidate repairs and tight checks of every flagged document the plan could localise
    (see the module's docstring), by document: `of(i)` gives a document's Located, or None."""

    def __init__(self, screen: Screen, n_docs: int):
        import numpy as np

        self.screen = screen
        self.slot = np.full(n_docs, -1, dtype=np.int64)  # document → its row in the arrays below
        self.rule = np.zeros(0, dtype=np.int64)  # per slot: the failed rule's place, its definition
        self.defn = np.zeros(0, dtype=np.int64)
        self.keys: list[tuple[str, ...]] = []  # the failed definition's keys, by (rule, definition)
        self.keyset = np.zeros(0, dtype=np.int64)  # per slot: its index in keys
        # per slot and key of the failed check (in `keys` order): up to two candidates (NaN: none),
        # whether each fixes the failed check, how many holding checks each breaks, and the holding
        # checks tight on the figure (place j: screen.metric_rules[j]) and their number
        self.cand = np.zeros((0, 0, 2))
        self.fixed = np.zeros((0, 0, 2), dtype=bool)
        self.broken = np.zeros((0, 0, 2), dtype=np.int64)
        self.tight = np.zeros((0, 0, 0), dtype=bool)
        self.n_tight = np.zeros((0, 0), dtype=np.int64)
        self.scalar = np.zeros((0, 0), dtype=bool)  # a key whose questions localize asks itself
        self.rule_at = {cr.rule.id: j for j, cr in enumerate(screen.metric_rules)}

    def of(self, i: int) -> Located | None:
        s = int(self.slot[i])
        if s < 0:
            return None
        return Located(self, s)


@dataclass
class Located:
    """One document's row of a LocatedTable."""

    table: LocatedTable
    slot: int

    def checks(
        self, facts: dict[str, Fact], bindings: list[Binding], at: dict[str, str], choices: list[int]
    ) -> _Checks | None:
        """The `_Checks` localize() would make of these facts, its answers precomputed — when the
        document's checks are those assumed (its one failed check the rule's, on that definition, over
        those figures; its holding checks on more than one figure the rules the screen decided:
        `choices`, the document's row of Verdicts.choice); else None. `at`: metric key → fact id."""
        t, s = self.table, self.slot
        for b in bindings:
            if b.holds and b.relation is not None and len(set(b.keys.values())) > 1:
                j = t.rule_at.get(b.rule)
                if j is None or choices[j] < 0:
                    return None  # a holding check the plan did not weigh
        cr = t.screen.metric_rules[int(t.rule[s])]
        d = cr.defs[int(t.defn[s])]
        failed = [
            b
            for b in bindings
            if b.relation is not None and not b.holds and b.severity in ("error", "warning")
        ]
        if len(failed) != 1:
            return None
        b = failed[0]
        keys = t.keys[int(t.keyset[s])]
        want = {k: at[k] for k in keys if k in at}
        if b.rule != cr.rule.id or b.relation is not d.defn.relation or b.keys != want:
            return None
        unknown = d.unknown if d.unknown is not None and d.unknown not in at else None
        if set(b.fixed) != ({unknown} if unknown else set()):
            return None
        return _Precomputed(facts, self, keys, at)


class _Precomputed(_Checks):
    """localize._Checks whose repairs and tight checks come from the plan's columns."""

    def __init__(self, facts: dict[str, Fact], located: Located, keys: tuple[str, ...], at: dict[str, str]):
        super().__init__(facts)
        self.located, self.keys, self.at = located, keys, at
        t, s = located.table, located.slot
        self.rule_at = t.rule_at
        self.by_fact: dict[str, int] = {at[k]: i for i, k in enumerate(keys) if k in at}
        self.cand = t.cand[s].tolist()
        self.fixes = t.fixed[s].tolist()
        self.breaks = t.broken[s].tolist()
        self.tights = t.tight[s].tolist()
        self.n_tights = t.n_tight[s].tolist()
        self.scalars = t.scalar[s].tolist()

    def tight(self, b: Binding, fid: str) -> bool:
        i = self.by_fact[fid]
        if self.scalars[i]:
            return super().tight(b, fid)
        return bool(self.tights[i][self.rule_at[b.rule]])

    def repair(self, fid: str, failed: list[Binding], holding: list[Binding]) -> _Repair | None:
        """localize._best_repair, from the columns' answers."""
        i = self.by_fact[fid]
        if self.scalars[i]:
            return super().repair(fid, failed, holding)
        f = self.facts[fid]
        value = f.q.value
        best: _Repair | None = None
        tight = self.n_tights[i]
        for v, fixed, broken in zip(self.cand[i], self.fixes[i], self.breaks[i], strict=True):
            if v != v or not fixed:  # NaN: no candidate there
                continue
            hint = typo_hint(value, v)
            fixed_n = 1
            cost = 1.0 + tight + 2.0 * broken + 3.0 * (len(failed) - fixed_n) - (0.5 if hint else 0.0)
            r = _Repair(v, cost, fixed_n == len(failed) and not broken, hint)
            if best is None or (r.cost, abs(v - value)) < (best.cost, abs(best.value - value)):
                best = r
        return best


def locate_flagged(screen: Screen, table: DocTable, verdicts: Verdicts) -> LocatedTable | None:
    """The LocatedTable of a screened table: every flagged document flagged by one metric rule alone
    (a ratio, total or equal rule, as dataset/lean.py reads them)."""
    import numpy as np

    rules = screen.metric_rules
    n_docs = len(table.doc_ids)
    if not screen.unique_ids or len(rules) > _MAX_RULES or verdicts.other is None or not n_docs:
        return None
    choice = verdicts.choice
    undecided = choice == UNDECIDED
    quick = np.asarray([cr.quick for cr in rules], dtype=bool)
    # flagged by metric rules alone, each undecided one of the kinds lean.py reads alike
    some = verdicts.flagged & ~verdicts.other & undecided.any(axis=1) & ~(undecided & ~quick).any(axis=1)
    docs = np.flatnonzero(some)
    if not len(docs):
        return None
    fig = _figures(screen, table, docs)
    n = len(docs)
    # for each undecided rule: the check that fails (its first usual definition that binds:
    # engine._judge's `main`), and whether a softer reading likely makes it an info finding
    dsel = np.full(n, -1, dtype=np.int64)
    j0 = np.full(n, -1, dtype=np.int64)
    failing = np.zeros(n, dtype=np.int64)  # undecided rules likely failing as errors or warnings
    soft = np.zeros(n, dtype=np.int64)  # and likely info
    for j in np.flatnonzero(undecided[docs].any(axis=0)).tolist():
        mine = undecided[docs, j]
        first = _first_usual(rules[j], fig, mine)
        info = (first >= 0) & _info_likely(rules[j], first, fig)
        hard = (first >= 0) & ~info
        failing += hard
        soft += info
        dsel = np.where(hard, first, dsel)
        j0 = np.where(hard, j, j0)
    # one failed check; any other undecided rule an info finding (its binding neither fails nor
    # holds for localize); Located.checks verifies both
    usable = (failing == 1) & (failing + soft == undecided[docs].sum(axis=1))
    docs, j0, dsel = docs[usable], j0[usable], dsel[usable]
    sub = np.flatnonzero(usable)  # (rows of fig)
    out = LocatedTable(screen, n_docs)
    n = len(docs)
    if not n:
        return None
    groups = sorted({(int(a), int(b)) for a, b in zip(j0.tolist(), dsel.tolist(), strict=True)})
    key_lists: list[tuple[str, ...]] = []
    keyset = np.zeros(n, dtype=np.int64)
    for gi, (j, c) in enumerate(groups):
        d = rules[j].defs[c]
        used = {r.key for r in d.defn.relation.refs()}
        key_lists.append(tuple(k for k in rules[j].ordered if k in used))
        keyset[(j0 == j) & (dsel == c)] = gi
    width = max(1, max(len(k) for k in key_lists))
    cand = np.full((n, width, 2), np.nan)
    fixed = np.zeros((n, width, 2), dtype=bool)
    broken = np.zeros((n, width, 2), dtype=np.int64)
    tight = np.zeros((n, width, len(rules)), dtype=bool)
    n_tight = np.zeros((n, width), dtype=np.int64)
    scalar = np.zeros((n, width), dtype=bool)  # a key the columns could not answer: localize's own
    checks_of = _holding_checks(screen)
    for gi, (j, c) in enumerate(groups):
        rows = np.flatnonzero(keyset == gi)
        cr = rules[j]
        failed = _check_of(cr, j, cr.defs[c])
        for ki, k in enumerate(key_lists[gi]):
            jk = fig.index.get(k)
            if jk is None:
                continue
            here = rows[fig.present[jk, sub[rows]]]
            if not len(here):
                continue
            _locate_key(
                fig,
                sub[here],
                here,
                jk,
                k,
                failed,
                checks_of.get(k, []),
                choice[docs[here]],
                ki,
                cand,
                fixed,
                broken,
                tight,
                n_tight,
                scalar,
            )
    good = ~scalar.all(axis=1)
    slots = np.cumsum(good) - 1
    out.slot[docs[good]] = slots[good]
    out.rule, out.defn, out.keyset = j0[good], dsel[good], keyset[good]
    out.keys = key_lists
    out.cand, out.fixed, out.broken = cand[good], fixed[good], broken[good]
    out.tight, out.n_tight, out.scalar = tight[good], n_tight[good], scalar[good]
    return out


def _holding_checks(screen: Screen) -> dict[str, list[tuple[int, CompiledDef]]]:
    """For each metric key: the (rule, definition) pairs whose holding binding may hold its figure."""
    out: dict[str, list[tuple[int, CompiledDef]]] = {}
    for j, cr in enumerate(screen.metric_rules):
        for d in cr.defs:
            for k in d.held_keys:
                out.setdefault(k, []).append((j, d))
    return out


def _binds(cr: CompiledRule, d: CompiledDef, fig: _Figures) -> Any:
    """engine._binds of a definition, for every document (screen.CompiledDef.binds)."""
    import numpy as np

    rel = d.defn.relation
    ok = np.ones(fig.n, dtype=bool)
    for k in rel.required():
        ok &= fig.has(k)
    keys = cr.rule.metric_keys()
    for k in d.defn.unless:
        if k in keys:
            ok &= ~fig.has(k)
    sums = rel.sum_refs()
    if sums:
        stated = np.zeros(fig.n, dtype=np.int64)
        for r in sums:
            stated += fig.has(r.key)
        ok &= stated >= int(cr.rule.params.get("min_parts", 1))
    return ok


def _figures(screen: Screen, table: DocTable, docs: Any) -> _Figures:
    """The selected documents' figures as columns (metric × document)."""
    import numpy as np

    from .screen import figure_interval

    t = table
    starts = t.bounds[docs].astype(np.int64)
    counts = (t.bounds[docs + 1] - t.bounds[docs]).astype(np.int64)
    doc = np.repeat(np.arange(len(docs), dtype=np.int64), counts)
    first = np.repeat(starts, counts)
    rows = first + (np.arange(len(doc), dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts))
    codes = t.metric[rows].astype(np.int64)
    # the metrics the rules name that these documents state (a column each: metric × document)
    ruled = {k for cr in screen.metric_rules for k in cr.rule.metric_keys()}
    named = sorted({t.metrics[c] for c in np.unique(codes).tolist()} & ruled)
    index = {k: j for j, k in enumerate(named)}
    code = np.full(len(t.metrics), -1, dtype=np.int64)
    for c, k in enumerate(t.metrics):
        j = index.get(k)
        if j is not None:
            code[c] = j
    metric = code[codes]
    mention = t.mention[rows].astype(np.int64)
    sel = metric >= 0
    js, ds, ms = metric[sel], doc[sel], mention[sel]
    used, local = np.unique(ms, return_inverse=True)  # the figures these rows state, renumbered
    size = len(used) + 1  # and a last one: a figure not stated
    per: dict[str, Any] = {
        "lo": np.zeros(size),
        "hi": np.zeros(size),
        "integer": np.ones(size, dtype=bool),
        "value": np.zeros(size),
        "pct": np.zeros(size, dtype=bool),
        "step": np.ones(size),
        "qint": np.ones(size, dtype=bool),
    }
    read: dict[str, tuple[Any, Any]] = {r: (np.zeros(size), np.zeros(size)) for r in _READINGS}
    for i, c in enumerate(used.tolist()):
        m = t.mentions[c]
        q = m.quantity
        assert q is not None
        iv = figure_interval(m)
        per["lo"][i], per["hi"][i], per["integer"][i] = iv.lo, iv.hi, iv.integer
        per["value"][i], per["pct"][i], per["step"][i], per["qint"][i] = (
            q.value,
            q.unit == "%",
            q.step,
            q.integer,
        )
        probe = Fact("f0", m, None, None, None, None, None, 0, 0)
        for r, (rlo, rhi) in read.items():
            riv = fact_interval(probe, r)
            rlo[i], rhi[i] = riv.lo, riv.hi
    mcode = np.full((len(named), len(docs)), -1, dtype=np.int32)
    mcode[js, ds] = local
    return _Figures(named, mcode, per, read)


def _first_usual(cr: CompiledRule, fig: _Figures, mine: Any) -> Any:
    """For the documents `mine`: the index of the rule's first usual definition that binds (-1: none)."""
    import numpy as np

    first = np.full(fig.n, -1, dtype=np.int64)
    anchor = fig.has(cr.rule.anchor)
    for d in cr.defs:
        if d.defn.unusual:
            continue
        ok = mine & anchor & (first < 0) & _binds(cr, d, fig)
        first[ok] = d.index
    return first


def _info_likely(cr: CompiledRule, first: Any, fig: _Figures) -> Any:
    """Documents (first >= 0) whose failure of this rule a truncated or twice-rounded reading
    explains and 100% rounded does not: engine._judge makes it an info finding, and localize has
    nothing to do for it (dataset/quick.py most often answers for them). Only spares the plan work
    and picks the failing rule: whatever is assumed is verified when used."""
    import numpy as np

    out = np.zeros(fig.n, dtype=bool)
    mine = np.flatnonzero(first >= 0)
    if not len(mine):
        return out
    held = {r: np.zeros(len(mine), dtype=bool) for r in _READINGS}
    for d in cr.defs:
        if d.defn.unusual:
            continue
        binds = _binds(cr, d, fig)[mine]
        if not binds.any():
            continue
        rel = d.defn.relation
        for r in _READINGS:
            ok, _ = _holds(rel, _env(rel, d.held_keys, d.unknown, fig, mine, r), len(mine))
            held[r] |= binds & ok
    out[mine] = (held["truncated"] | held["double_rounded"]) & ~held["rounded_extreme"]
    return out


def _locate_key(
    fig: _Figures,
    cols: Any,
    rows: Any,
    jk: int,
    k: str,
    failed: _Check,
    holding: list[tuple[int, CompiledDef]],
    choice: Any,
    ki: int,
    cand: Any,
    fixed: Any,
    broken: Any,
    tight: Any,
    n_tight: Any,
    scalar: Any,
) -> None:
    """localize._best_repair's questions about the figure of metric k (row jk of fig) in documents
    `cols` (columns of fig; `rows` of the output arrays), whose failed check is `failed`."""
    import numpy as np

    n = len(cols)
    value = fig.value[jk, cols]
    env_f = _env(failed.rel, failed.keys, failed.unknown, fig, cols)
    sols, unsure = _solutions(fig, jk, k, cols, failed.rel, env_f)
    # _best_repair's candidates: solutions that are not negative and not the figure as stated
    c1, c2 = sols
    c1 = np.where((c1 >= 0) & (c1 != value), c1, np.nan)
    c2 = np.where((c2 >= 0) & (c2 != value) & (c2 != c1), c2, np.nan)
    none = np.isnan(c1) & np.isnan(c2)  # no value solves it: localize tries typo variants (below)
    # the holding checks of this figure: each rule whose decided definition binds it with another figure
    mine: list[tuple[_Check, Any]] = []
    for j, d in holding:
        if j == failed.j:
            continue
        takes = choice[:, j] == d.index
        if not takes.any():
            continue
        stated = np.zeros(n, dtype=np.int64)
        for key in d.held_keys:
            stated += fig.has(key)[cols]
        takes &= stated > 1
        if takes.any():
            mine.append((_Check(j, d.defn.relation, d.held_keys, d.unknown), takes))
    envs = [_env(c.rel, c.keys, c.unknown, fig, cols) for c, _ in mine]
    for s, v in enumerate((c1, c2)):
        has = ~np.isnan(v)
        if not has.any():
            continue
        pv = _point(fig, jk, cols, np.where(has, v, 0.0))
        ok, b = _holds(failed.rel, _with(env_f, k, pv), n)
        unsure |= has & b
        fx = has & ok
        fixed[rows, ki, s] = fx
        cand[rows, ki, s] = v
        nb = np.zeros(n, dtype=np.int64)
        for (c, takes), env in zip(mine, envs, strict=True):
            ok, b = _holds(c.rel, _with(env, k, pv), n)
            unsure |= fx & takes & b
            nb += fx & takes & ~ok
        broken[rows, ki, s] = nb
    # tight: one displayed step either way breaks the holding check
    pct = fig.pct[jk, cols]
    step = np.where(pct, fig.step[jk, cols], 1.0)
    count = np.zeros(n, dtype=np.int64)
    for (c, takes), env in zip(mine, envs, strict=True):
        t = np.zeros(n, dtype=bool)
        for sign in (1.0, -1.0):
            with np.errstate(all="ignore"):
                moved = value + sign * step
            can = moved >= 0
            ok, b = _holds(c.rel, _with(env, k, _point(fig, jk, cols, moved)), n)
            unsure |= takes & can & b
            t |= can & ~ok
        t &= takes
        count += t
        # (or: each definition of a rule takes its own documents, and a later one must not clear what an
        # earlier one found for the documents it does not take)
        tight[rows, ki, c.j] |= t
    n_tight[rows, ki] = count
    if none.any():
        at = np.flatnonzero(none & ~unsure)
        unsure |= none
        if len(at):
            best, nb, sure = _typo_repairs(fig, jk, k, cols[at], failed, env_f, mine, envs, at, count[at])
            done = at[sure]
            unsure[done] = False
            cand[rows[done], ki, 0] = best[sure]
            fixed[rows[done], ki, 0] = ~np.isnan(best[sure])
            broken[rows[done], ki, 0] = nb[sure]
    scalar[rows, ki] |= unsure


def _take(env: dict[str, _Cols], at: Any) -> dict[str, _Cols]:
    """The environment of the documents `at` (positions in env's columns)."""
    return {
        key: _Cols(c.lo[at], c.hi[at], c.integer[at], c.bad[at], None if c.stated is None else c.stated[at])
        for key, c in env.items()
    }


def _typo_variants(value: Any) -> tuple[Any, Any]:
    """localize.typo_variants of each value, as columns in its order (a row per value; NaN where a
    variant is not made; values repeated and the value itself left in: the first of equals wins, as
    the dictionary keeps it, and the caller masks the value), and where the values are whole numbers
    the columns can write (typo_variants makes none for others)."""
    import numpy as np

    ok = (value >= 0) & (value == np.floor(value)) & (value < 1e15)
    a = np.where(ok, value, 0).astype(np.int64)
    length = np.ones(len(a), dtype=np.int64)
    x = a // 10
    while (x > 0).any():
        length += x > 0
        x //= 10
    most = int(length.max())
    p10 = 10 ** np.arange(most + 1, dtype=np.int64)

    def power(i: int) -> Any:  # the place value of digit i from the left
        return p10[np.clip(length - 1 - i, 0, most)]

    def digit(i: int) -> Any:
        return (a // power(i)) % 10

    cols: list[Any] = []
    nan = np.full(len(a), np.nan)
    for i in range(most - 1):  # neighbours that differ, swapped
        live = i + 1 < length
        di, dj = digit(i), digit(i + 1)
        b = a + (dj - di) * power(i) + (di - dj) * power(i + 1)
        cols.append(np.where(live & (di != dj), b.astype(float), nan))
    for i in range(most):  # one digit replaced (no leading 0)
        live = i < length
        di = digit(i)
        for d in range(10):
            b = a + (d - di) * power(i)
            keep = live & (d != di) & ~((i == 0) & (d == 0) & (length > 1))
            cols.append(np.where(keep, b.astype(float), nan))
    for i in range(most):  # one digit dropped (not leaving a leading 0)
        live = (i < length) & (length > 1)
        pi = power(i)
        b = (a // (pi * 10)) * pi + a % pi
        lead0 = (i == 0) & (digit(1) == 0)
        cols.append(np.where(live & ~lead0, b.astype(float), nan))
    for i in range(most):  # one digit doubled
        live = i < length
        pi = power(i)
        b = ((a // pi) * 10 + digit(i)) * pi + a % pi
        cols.append(np.where(live, b.astype(float), nan))
    out = np.stack(cols, axis=1) if cols else np.zeros((len(a), 0))
    out[~ok] = np.nan
    return out, ok


def _typo_repairs(
    fig: _Figures,
    jk: int,
    k: str,
    cols: Any,
    failed: _Check,
    env_f: dict[str, _Cols],
    mine: list[tuple[_Check, Any]],
    envs: list[dict[str, _Cols]],
    at: Any,
    tight: Any,
) -> tuple[Any, Any, Any]:
    """localize._best_repair over the typo variants (when no value solves the failed check) for
    the documents `at` (positions in the environments' columns; `cols` in fig's): the best variant
    (NaN: none fixes it), how many holding checks it breaks, and where the columns could tell."""
    import numpy as np

    value = fig.value[jk, cols]
    variants, ok = _typo_variants(value)
    n, width = variants.shape
    variants[variants == value[:, None]] = np.nan  # (typo_variants pops the value itself)
    pair, col = np.nonzero(~np.isnan(variants))
    v = variants[pair, col]
    pos = at[pair]
    pv = _point(fig, jk, cols[pair], v)
    fx, b = _holds(failed.rel, _with(_take(env_f, pos), k, pv), len(v))
    sure = ok.copy()
    np.logical_and.at(sure, pair, ~b)
    nb = np.zeros(len(v), dtype=np.int64)
    for (c, takes), env in zip(mine, envs, strict=True):
        okh, bh = _holds(c.rel, _with(_take(env, pos), k, pv), len(v))
        mask = takes[pos]
        np.logical_and.at(sure, pair, ~(fx & mask & bh))
        nb += fx & mask & ~okh
    # the cost as _best_repair reckons it: one failed check, fixed; every variant has a description
    cost = np.full((n, width), np.inf)
    cost[pair[fx], col[fx]] = 1.0 + tight[pair[fx]] + 2.0 * nb[fx] + 3.0 * 0 - 0.5
    dist = np.full((n, width), np.inf)
    dist[pair, col] = np.abs(v - value[pair])
    low = cost.min(axis=1) if width else np.full(n, np.inf)
    dist = np.where(cost == low[:, None], dist, np.inf)
    first = np.argmin(dist, axis=1) if width else np.zeros(n, dtype=np.int64)  # (the first of equals)
    rows = np.arange(n)
    best = np.where(np.isfinite(low), variants[rows, first] if width else np.nan, np.nan)
    breaks = np.zeros((n, max(1, width)), dtype=np.int64)
    breaks[pair, col] = nb
    return best, breaks[rows, first], sure


def _solutions(
    fig: _Figures, jk: int, k: str, cols: Any, rel: Relation, env: dict[str, _Cols]
) -> tuple[tuple[Any, Any], Any]:
    """localize._solutions for the figure of metric k in each document: up to two values (NaN: none),
    and where the columns cannot tell."""
    import numpy as np

    n = len(cols)
    value = fig.value[jk, cols]
    pct = fig.pct[jk, cols]
    scale = np.where(pct, 0.01, 1.0)
    qint = fig.qint[jk, cols]

    def part(at: Any) -> dict[str, _Cols]:
        return _take(env, at)

    def gap(v: Any, at: Any, e0: dict[str, _Cols] | None = None) -> tuple[Any, Any]:
        w = v * scale[at]
        e = dict(e0) if e0 is not None else part(at)
        e[k] = _Cols(w, w, qint[at], np.zeros(len(w), dtype=bool))
        m = len(w)
        lv, rv = _ev(rel.left, e, m), _ev(rel.right, e, m)
        with np.errstate(all="ignore"):
            g = (lv.lo + lv.hi) / 2 - (rv.lo + rv.hi) / 2
        return g, lv.bad | rv.bad

    everyone = np.arange(n)
    root = np.full(n, np.nan)
    zero_sol = np.zeros(n, dtype=bool)
    unsure = np.zeros(n, dtype=bool)
    with np.errstate(all="ignore"):
        hi = np.maximum(1.0, value) * 4 + 10
        g0, b0 = gap(np.zeros(n), everyone, env)
        unsure |= b0
        zero_sol = g0 == 0
        ghi, b1 = gap(hi, everyone, env)
        unsure |= b1
        linear = ~zero_sol & ~(np.isnan(g0) | np.isinf(g0) | np.isinf(ghi)) & (ghi != g0)
        r = -g0 * hi / np.where(linear, ghi - g0, 1.0)
        inside = linear & (r >= 0) & (r <= hi)
        gr, br = gap(np.where(inside, r, 0.0), everyone, env)
        unsure |= inside & br
        took = inside & (np.abs(gr) < 1e-9 * np.maximum(1.0, np.abs(g0)))
        root[took] = r[took]
        rest = np.flatnonzero(~zero_sol & ~took)
        if len(rest):
            lo = np.full(len(rest), 1e-6)
            h = hi[rest].copy()
            e_rest = part(rest)
            glo, bl = gap(lo, rest, e_rest)
            unsure[rest] |= bl
            gh = ghi[rest]
            none = np.isnan(glo) | np.isnan(gh) | np.isinf(glo) | np.isinf(gh) | (glo * gh > 0)
            for _ in range(40):
                mid = (lo + h) / 2
                gm, bm = gap(mid, rest, e_rest)
                unsure[rest] |= bm & ~none
                same = (gm > 0) == (glo > 0)
                lo = np.where(same, mid, lo)
                glo = np.where(same, gm, glo)
                h = np.where(same, h, mid)
            r2 = (lo + h) / 2
            root[rest] = np.where(none, np.nan, r2)
    # _snap: whole numbers for counts (floor and ceiling), the last displayed digit otherwise
    c1 = np.full(n, np.nan)
    c2 = np.full(n, np.nan)
    c1[zero_sol] = 0.0
    has = ~np.isnan(root)
    whole = has & qint
    with np.errstate(all="ignore"):
        fl = np.floor(root + 1e-9)
        ce = np.ceil(root - 1e-9)
    lo_v, hi_v = np.minimum(fl, ce), np.maximum(fl, ce)
    c1[whole] = lo_v[whole]
    c2[whole] = np.where(hi_v != lo_v, hi_v, np.nan)[whole]
    step = fig.step[jk, cols]
    for i in np.flatnonzero(has & ~qint).tolist():
        st = float(step[i]) or 1.0
        x = float(root[i])
        if math.isinf(x / st):
            unsure[i] = True
            continue
        c1[i] = round(round(x / st) * st, 10)
    unsure |= has & np.isinf(root)
    return (c1, c2), unsure
