"""Facts as intervals for the rule engine, under each reading of a displayed figure.

The usual reading rounds half up on the last displayed digit (24% → [23.5, 24.5]). Some reports
truncate instead (19.749% written 19.7%: the *truncated* reading is [19.7, 19.8)), and some round
twice (19.745 → 19.75 → 19.8: the *double-rounded* reading reaches 0.05 of a step further down).
30余 is read as 30 to 39 (the *uncapped* reading drops that ceiling). A stated 100% (or 0%) is read strictly — "all" — and a figure that only reaches it by rounding
(543/544 = 99.8%) is worth a warning. Percentages enter as fractions.
"""

from __future__ import annotations

import math

from .expr import INF, Interval
from .model import Fact

# Readings tried in order when the usual one fails, with what holding only under them means.
FALLBACK_READINGS = ("rounded_extreme", "truncated", "double_rounded", "uncapped")
# The readings under which a rate or share that fits is let pass (truncated or rounded twice is no flag alone).
LENIENT_READINGS = ("usual", "truncated", "double_rounded")


def rounded_as_shown(x: float, step: float) -> float:
    """x rounded half up (四舍五入) to the step of a displayed figure (0.01 for 75.44%)."""
    return math.floor(x / step + 0.5) * step


def fact_interval(f: Fact, reading: str = "usual") -> Interval:
    q = f.q
    scale = 0.01 if q.unit == "%" else 1.0
    lo = q.low if q.low is not None else 0.0
    hi = q.high if q.high is not None else INF
    if q.cap is not None and reading != "uncapped":
        hi = min(hi, q.cap - (1 if q.integer else 1e-9))  # 30余 is at most 39
    if q.unit == "%" and q.qualifier == "=":
        extreme = q.value in (0.0, 100.0)
        if extreme and reading == "usual":
            lo = hi = q.value
        elif extreme and reading == "rounded_extreme":
            lo, hi = max(0.0, q.value - q.step / 2), min(100.0, q.value + q.step / 2)
        elif extreme:
            lo = hi = q.value  # "all" or "none": not read as truncated or rounded twice
        elif reading == "truncated":
            # [value, value + step): short of the next step by more than the engine's tolerance, so that
            # 15 of 15 (100%) is not read as a truncated 99%
            lo, hi = q.value, q.value + q.step * (1 - 1e-6)
        elif reading == "double_rounded":
            lo, hi = q.value - 0.55 * q.step, q.value + 0.45 * q.step
    elif reading == "truncated" and q.qualifier == "=" and q.step > 1 and q.low is not None:
        # a count shown rounded to a step of its unit (1.35万件) may be truncated as a percentage may: 13572 written
        # 1.35万 (../DOMAIN.md: accept [x − u/2, x + u) for a printed value with last unit u)
        lo, hi = q.value, q.value + q.step * (1 - 1e-6)
    return Interval(lo * scale, hi * scale if hi != INF else INF, q.integer)


def point_interval(f: Fact, value: float) -> Interval:
    """The fact as if it stated `value` with its displayed precision (for trying a repair)."""
    if f.q.unit == "%":
        half = f.q.step / 2 if value not in (0.0, 100.0) else 0.0
        return Interval((value - half) / 100, (value + half) / 100, False)
    if f.q.unit == ":1":  # a ratio (2.6:1), rounded as displayed too
        return Interval(value - f.q.step / 2, value + f.q.step / 2, False)
    return Interval(value, value, f.q.integer)


def display_percent(x: float, like: Fact | None = None) -> str:
    """A fraction as a percentage with one decimal (24.0%), or with as many as the rate `like` shows
    (42.04% beside a stated 42.02%, not 42.0%); beside a ratio (2.6:1), as a ratio with two decimals."""
    if like is not None and like.q.unit == ":1":
        return f"{x:.2f}"
    places = 1
    if like is not None and 0 < like.q.step < 0.1:
        places = round(-math.log10(like.q.step))
    return f"{x * 100:.{places}f}%"


def fmt_number(x: float) -> str:
    if x == int(x):
        return str(int(x))
    if abs(x) < 1000:
        return f"{x:.4g}"
    # (a figure to the cent stays so: 4288449.17 yuan, not 4288449.2)
    if abs(x * 100 - round(x * 100)) < 1e-6 * max(1.0, abs(x)):
        return f"{x:.2f}".rstrip("0").rstrip(".")
    return f"{x:.1f}"


_SCALES = (("亿", 1e8), ("万", 1e4))


def scale_of(f: Fact) -> tuple[str, float]:
    """The scale word the figure's text is written with (93.12亿元 → 亿), if any."""
    if f.q.unit != "%":
        for word, scale in _SCALES:
            if word in f.mention.text:
                return word, scale
    return "", 1.0


def fmt_like(x: float, f: Fact) -> str:
    """A value written at the scale the figure's own text uses (8576000000 beside 93.12亿元 → 85.76亿), so a
    reviewer compares like with like; the unit after it is the caller's."""
    word, scale = scale_of(f)
    if not word:
        return fmt_number(x)
    v = round(x / scale, 6)
    return (f"{v:.4f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))) + word


def sums_exactly(total: Fact, parts: list[Fact]) -> bool:
    """Exact figures that add up to the total's own (no rounding, no 余)."""
    if total.q.qualifier != "=" or any(p.q.qualifier != "=" for p in parts):
        return False
    return math.isclose(math.fsum(p.q.value for p in parts), total.q.value, rel_tol=1e-12, abs_tol=1e-9)
