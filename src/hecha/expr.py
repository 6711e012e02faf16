"""The relation grammar of rule packs, and its evaluation over intervals.

    relation := expr CMP expr            CMP: <= >= == < >
    expr     := term (("+" | "-") term)*
    term     := factor (("*" | "/") factor)*
    factor   := NUMBER | ref | "(" expr ")" | "sum" "(" ref ("," ref)* ")"
    ref      := KEY "?"?                 KEY: a metric key such as review.concluded

A `ref?` is optional: when the document does not state it, it counts as 0 and a failure is softened
(an unstated carry-over could explain it). `sum(...)` adds the parts that are stated. Percentages
enter as fractions (24% → 0.24), so a rate is written `rate == part / base`.

Parsed by a small recursive-descent parser; nothing is ever passed to eval.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

INF = math.inf


class ExprError(ValueError):
    def __init__(self, message: str, pos: int = 0):
        super().__init__(message)
        self.pos = pos


# --- intervals -------------------------------------------------------------------------------------


@dataclass(unsafe_hash=True)
class Interval:
    """[lo, hi], of whole numbers only when `integer`. Never changed once made (ZERO and EMPTY are
    shared): not a frozen dataclass only because that sets each field through object.__setattr__,
    and the engine makes dozens a document; equal and hashed by value as before."""

    lo: float
    hi: float
    integer: bool = False

    @staticmethod
    def point(v: float, integer: bool = False) -> Interval:
        return Interval(v, v, integer)

    @property
    def is_point(self) -> bool:
        return self.lo == self.hi

    @property
    def is_empty(self) -> bool:
        """No value fits (lo > hi): e.g. the whole-number bases that could give 1.5% of 0件 — none."""
        return self.lo > self.hi

    def __add__(self, o: Interval) -> Interval:
        if self.lo > self.hi or o.lo > o.hi:  # is_empty, inlined: evaluation adds a great deal
            return EMPTY
        return Interval(self.lo + o.lo, self.hi + o.hi, self.integer and o.integer)

    def __sub__(self, o: Interval) -> Interval:
        if self.lo > self.hi or o.lo > o.hi:
            return EMPTY
        return Interval(self.lo - o.hi, self.hi - o.lo, self.integer and o.integer)

    def __mul__(self, o: Interval) -> Interval:
        if self.is_empty or o.is_empty:
            return EMPTY
        ps = [_mul(a, b) for a in (self.lo, self.hi) for b in (o.lo, o.hi)]
        return Interval(min(ps), max(ps), self.integer and o.integer)

    def __truediv__(self, o: Interval) -> Interval:
        a0, a1, b0, b1 = self.lo, self.hi, o.lo, o.hi
        if a0 > a1 or b0 > b1:  # is_empty, inlined
            return EMPTY  # dividing by no value gives no value (it used to divide by a bound of 0)
        if b0 <= 0 <= b1:
            if b0 == 0 and b1 > 0 and a0 >= 0:
                return Interval(a0 / b1 if b1 != INF else 0.0, INF)
            return Interval(-INF, INF)
        if b0 == INF or b0 == -INF or b1 == INF or b1 == -INF:
            qs = [_div(a, b) for a in (a0, a1) for b in (b0, b1)]
            return Interval(min(qs), max(qs))
        # finite divisors: _div is a / b, so the same quotients in the same order without a call each
        # (rates are divided a great deal: judging, messages, localisation)
        qs = [a0 / b0, a0 / b1, a1 / b0, a1 / b1]
        return Interval(min(qs), max(qs))

    def intersects(self, o: Interval, eps: float = 1e-9) -> bool:
        return bool(self.lo <= o.hi + _slack(o.hi, eps) and o.lo <= self.hi + _slack(self.hi, eps))


ZERO = Interval(0.0, 0.0, True)  # an unstated optional term or sum part (intervals are immutable)
EMPTY = Interval(INF, -INF)  # no value at all: intersects nothing, so a relation over it cannot hold


def _mul(a: float, b: float) -> float:
    if a == 0 or b == 0:
        return 0.0
    return a * b


def _div(a: float, b: float) -> float:
    if math.isinf(b):
        return 0.0 if not math.isinf(a) else math.copysign(INF, a) * math.copysign(1, b)
    return a / b


# --- AST -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Num:
    value: float

    @cached_property
    def interval(self) -> Interval:
        return Interval.point(self.value, self.value.is_integer())


@dataclass(frozen=True)
class Ref:
    key: str
    optional: bool = False


@dataclass(frozen=True)
class Sum:
    refs: tuple[Ref, ...]


@dataclass(frozen=True)
class Bin:
    op: str
    left: Node
    right: Node


Node = Num | Ref | Sum | Bin


@dataclass(frozen=True)
class Relation:
    op: str
    left: Node
    right: Node
    source: str

    # relations are immutable and asked these for every rule of every document: computed once
    @cached_property
    def _refs(self) -> tuple[Ref, ...]:
        out: list[Ref] = []
        _collect(self.left, out)
        _collect(self.right, out)
        return tuple(out)

    @cached_property
    def required_keys(self) -> tuple[str, ...]:
        """`required()` as a tuple, not copied: for the engine's test of every definition it binds."""
        out: list[str] = []
        _required(self.left, out)
        _required(self.right, out)
        return tuple(out)

    @cached_property
    def sum_terms(self) -> tuple[Ref, ...]:
        """`sum_refs()` as a tuple, not copied."""
        out: list[Ref] = []
        for node in (self.left, self.right):
            _sums(node, out)
        return tuple(out)

    def refs(self) -> list[Ref]:
        return list(self._refs)

    def required(self) -> list[str]:
        """Keys that must be stated for the relation to bind (outside sum() and not optional)."""
        return list(self.required_keys)

    def sum_refs(self) -> list[Ref]:
        return list(self.sum_terms)

    def ratio_shape(self) -> tuple[Ref, Node, Node] | None:
        """`rate == part / base` (either side): the shape checked for integer feasibility."""
        if self.op != "==":
            return None
        for a, b in ((self.left, self.right), (self.right, self.left)):
            if isinstance(a, Ref) and isinstance(b, Bin) and b.op == "/":
                return a, b.left, b.right
        return None

    def bound_shape(self) -> tuple[Ref, Node, Node] | None:
        """`rate >= part / base` or `rate <= part / base` (either side): a rate's bound by two counts."""
        if self.op == "==":
            return None
        for a, b in ((self.left, self.right), (self.right, self.left)):
            if isinstance(a, Ref) and isinstance(b, Bin) and b.op == "/":
                return a, b.left, b.right
        return None


def refs_of(n: Node) -> list[Ref]:
    """Every metric reference in an expression, left to right."""
    out: list[Ref] = []
    _collect(n, out)
    return out


def _collect(n: Node, out: list[Ref]) -> None:
    if isinstance(n, Ref):
        out.append(n)
    elif isinstance(n, Sum):
        out.extend(n.refs)
    elif isinstance(n, Bin):
        _collect(n.left, out)
        _collect(n.right, out)


def _required(n: Node, out: list[str]) -> None:
    if isinstance(n, Ref) and not n.optional:
        out.append(n.key)
    elif isinstance(n, Bin):
        _required(n.left, out)
        _required(n.right, out)


def _sums(n: Node, out: list[Ref]) -> None:
    if isinstance(n, Sum):
        out.extend(n.refs)
    elif isinstance(n, Bin):
        _sums(n.left, out)
        _sums(n.right, out)


# --- parser ----------------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"\s*(?:(?P<num>\d+(?:\.\d+)?)|(?P<key>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)"
    r"|(?P<op><=|>=|==|<|>|[-+*/(),?]))"
)


# A relation is a line of a rule pack: these bounds are far above any real one, and keep a hostile one
# (parentheses 5,000 deep, 20,000 terms) from overflowing the parser's or the evaluator's recursion.
MAX_NESTING = 32
MAX_TERMS = 200


class _Parser:
    def __init__(self, src: str):
        self.src = src
        self.depth = 0
        self.toks: list[tuple[str, str, int]] = []
        pos = 0
        end = len(src.rstrip())  # (not src[pos:].strip() per token: that was quadratic in the length)
        while pos < end:
            m = _TOKEN.match(src, pos)
            if not m or m.end() == pos:
                raise ExprError(f"unexpected character {src[pos:].strip()[:1]!r} at column {pos + 1}", pos)
            kind = m.lastgroup
            assert kind is not None
            self.toks.append((kind, m.group(kind), m.start(kind)))
            pos = m.end()
        terms = sum(1 for k, _, _ in self.toks if k in ("num", "key"))
        if terms > MAX_TERMS:
            raise ExprError(f"{terms} terms: a relation has at most {MAX_TERMS}", 0)
        self.i = 0

    def peek(self) -> tuple[str, str, int] | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self, value: str | None = None) -> tuple[str, str, int]:
        t = self.peek()
        if t is None:
            raise ExprError(
                f"unexpected end of expression{f', expected {value!r}' if value else ''}", len(self.src)
            )
        if value is not None and t[1] != value:
            raise ExprError(f"expected {value!r} at column {t[2] + 1}, found {t[1]!r}", t[2])
        self.i += 1
        return t

    def relation(self) -> Relation:
        left = self.expr()
        t = self.take()
        if t[1] not in ("<=", ">=", "==", "<", ">"):
            raise ExprError(
                f"expected a comparison (<=, >=, ==, <, >) at column {t[2] + 1}, found {t[1]!r}", t[2]
            )
        right = self.expr()
        if self.peek() is not None:
            t2 = self.peek()
            assert t2 is not None
            raise ExprError(f"unexpected {t2[1]!r} at column {t2[2] + 1}", t2[2])
        return Relation(t[1], left, right, self.src)

    def expr(self) -> Node:
        node = self.term()
        while (t := self.peek()) is not None and t[1] in ("+", "-"):
            self.take()
            node = Bin(t[1], node, self.term())
        return node

    def term(self) -> Node:
        node = self.factor()
        while (t := self.peek()) is not None and t[1] in ("*", "/"):
            self.take()
            node = Bin(t[1], node, self.factor())
        return node

    def factor(self) -> Node:
        t = self.take()
        kind, val, pos = t
        if kind == "num":
            return Num(float(val))
        if val == "(":
            self.depth += 1
            if self.depth > MAX_NESTING:
                raise ExprError(f"parentheses nested more than {MAX_NESTING} deep at column {pos + 1}", pos)
            node = self.expr()
            self.take(")")
            self.depth -= 1
            return node
        if kind == "key" and val == "sum":
            self.take("(")
            refs = [self.ref()]
            while (p := self.peek()) is not None and p[1] == ",":
                self.take()
                refs.append(self.ref())
            self.take(")")
            return Sum(tuple(refs))
        if kind == "key":
            self.i -= 1
            return self.ref()
        raise ExprError(f"unexpected {val!r} at column {pos + 1}", pos)

    def ref(self) -> Ref:
        kind, val, pos = self.take()
        if kind != "key" or "." not in val:
            raise ExprError(
                f"expected a metric key such as review.concluded at column {pos + 1}, found {val!r}", pos
            )
        opt = False
        if (p := self.peek()) is not None and p[1] == "?":
            self.take()
            opt = True
        return Ref(val, opt)


def parse_relation(src: str) -> Relation:
    return _Parser(src).relation()


# --- evaluation ------------------------------------------------------------------------------------

Env = Mapping[str, Interval]


def evaluate(node: Node, env: Env) -> Interval:
    """Interval of an expression; a key not in env counts as 0 (an unstated optional or sum part)."""
    if isinstance(node, Ref):
        return env.get(node.key, ZERO)
    if isinstance(node, Num):
        return node.interval
    if isinstance(node, Sum):
        # ZERO + each part, as Interval.__add__ does it, without an Interval per step
        lo = hi = 0.0
        integer = True
        for r in node.refs:
            iv = env.get(r.key, ZERO)
            if iv.lo > iv.hi:
                return EMPTY
            lo += iv.lo
            hi += iv.hi
            integer = integer and iv.integer
        return Interval(lo, hi, integer) if node.refs else ZERO
    left, right = evaluate(node.left, env), evaluate(node.right, env)
    if node.op == "+":
        return left + right
    if node.op == "-":
        return left - right
    if node.op == "*":
        return left * right
    return left / right


# what float arithmetic may lose, relative to the figure: 24191437.49 + 4288449.17 is 28479886.659999996
_REL_EPS = 1e-12


def _slack(x: Any, eps: float) -> Any:
    """The tolerance beside a bound: eps, and a trillionth of the bound (abs works on numpy arrays too;
    an infinite bound's slack is infinite, and -inf plus it is nan, which compares false: nothing is
    beside an empty interval)."""
    return eps + _REL_EPS * abs(x)


def bounds_hold(op: str, l_lo: Any, l_hi: Any, r_lo: Any, r_hi: Any, eps: float = 1e-9) -> Any:
    """Can a value in [l_lo, l_hi] stand in `op` to one in [r_lo, r_hi]? Floats or numpy arrays alike
    (dataset/locate.py asks it column-wise, in the same float operations)."""
    if op == "<=":
        return l_lo <= r_hi + _slack(r_hi, eps)
    if op == ">=":
        return l_hi + _slack(l_hi, eps) >= r_lo
    if op == "<":
        return l_lo < r_hi
    if op == ">":
        return l_hi > r_lo
    return (l_lo <= r_hi + _slack(r_hi, eps)) & (r_lo <= l_hi + _slack(l_hi, eps))


def holds(rel: Relation, env: Env) -> bool:
    """Is there an assignment within every interval that satisfies the relation?"""
    lv, rv = evaluate(rel.left, env), evaluate(rel.right, env)
    ok = bool(bounds_hold(rel.op, lv.lo, lv.hi, rv.lo, rv.hi))
    if ok and (shape := rel.ratio_shape()) is not None:
        ok = integer_ratio_feasible(shape, env)
    return ok


def integer_ratio_feasible(shape: tuple[Ref, Node, Node], env: Env, limit: int = 200_000) -> bool:
    """GRIM: with integer counts, some numerator n and denominator d give n/d inside the rate."""
    rate_ref, num_node, den_node = shape
    rate = env.get(rate_ref.key)
    if rate is None:
        return True
    num, den = evaluate(num_node, env), evaluate(den_node, env)
    if not (num.integer and den.integer) or math.isinf(den.hi) or den.hi - den.lo > limit:
        return True
    d_lo = max(1, math.ceil(den.lo))
    for d in range(d_lo, math.floor(den.hi) + 1):
        n_lo = max(num.lo, rate.lo * d - 1e-9)
        n_hi = min(num.hi, rate.hi * d + 1e-9)
        if n_lo > n_hi + 1e-9:
            continue
        if math.isinf(n_hi) or math.ceil(n_lo - 1e-9) <= n_hi + 1e-9:
            return True
    return False


def value_of(node: Node, env: Env) -> Interval:
    return evaluate(node, env)
