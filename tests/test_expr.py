"""The relation grammar and its interval semantics."""

from __future__ import annotations

import pytest

from hecha.expr import ExprError, Interval, holds, parse_relation


def iv(lo: float, hi: float | None = None, integer: bool = True) -> Interval:
    return Interval(lo, lo if hi is None else hi, integer)


def test_parse_and_refs() -> None:
    r = parse_relation("a.x <= a.y + a.z?")
    assert [x.key for x in r.refs()] == ["a.x", "a.y", "a.z"]
    assert r.required() == ["a.x", "a.y"]


@pytest.mark.parametrize(
    "src",
    [
        "a.x <=",
        "a.x = a.y",
        "a.x <= a.y )",
        "a.x <= sum()",
        "x <= a.y",
        "a.x <= a.y; import os",
        "__import__('os')",
    ],
)
def test_parse_errors(src: str) -> None:
    with pytest.raises(ExprError):
        parse_relation(src)


def test_order_with_intervals() -> None:
    r = parse_relation("a.x <= a.y")
    assert holds(r, {"a.x": iv(25), "a.y": iv(35)})
    assert not holds(r, {"a.x": iv(45), "a.y": iv(35)})
    assert holds(r, {"a.x": iv(45), "a.y": iv(30, float("inf"))})  # 30余 is a lower bound


def test_sum_and_optional() -> None:
    r = parse_relation("a.t >= sum(a.p, a.q, a.r)")
    assert holds(r, {"a.t": iv(25), "a.p": iv(8), "a.q": iv(8), "a.r": iv(9)})
    assert not holds(r, {"a.t": iv(25), "a.p": iv(8), "a.q": iv(8), "a.r": iv(10)})


def test_ratio_rounding_and_grim() -> None:
    r = parse_relation("a.rate == a.n / a.d")
    assert holds(r, {"a.rate": iv(0.235, 0.245, False), "a.n": iv(6), "a.d": iv(25)})
    assert not holds(r, {"a.rate": iv(0.335, 0.345, False), "a.n": iv(6), "a.d": iv(25)})
    unknown = iv(0, float("inf"))
    rate = iv(0.8135, 0.8145, False)
    assert holds(r, {"a.rate": rate, "a.n": unknown, "a.d": iv(1421)})  # 1156 or 1157 of 1421
    assert not holds(r, {"a.rate": rate, "a.n": unknown, "a.d": iv(21)})  # no integer of 21 gives 81.4%
