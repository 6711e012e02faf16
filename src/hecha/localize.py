"""Which number is most likely wrong: error localisation in the manner of Fellegi–Holt (R's errorlocate).

Over all of a document's checks (Bindings, each a relation over facts), find the smallest change that
makes every relation hold, preferring figures nothing else vouches for. For each fact in a failed check
we try single-figure repairs: the value that solves each failed relation for it, and typo variants of
its digits (transposed, one digit off, a digit dropped or doubled). A repair is re-evaluated against
every check the fact takes part in. The cost of changing a fact grows with the checks that hold with
it (it is *corroborated*: 审结25 is vouched for by 纠错率24% = 6/25); a repair that breaks a holding
check, or leaves a failed one failing, costs more; a repair that looks like a typo costs less.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Collection
from dataclasses import dataclass

from .expr import Interval, Node, Num, Ref, Relation, Sum, evaluate, holds
from .extract import Extraction
from .findings import figure_name
from .intervals import fact_interval, fmt_like, fmt_number, point_interval
from .model import Binding, Fact, Finding, Suspect
from .ontology import Ontology


def typo_variants(value: float) -> dict[float, str]:
    """Values one keystroke away from an integer figure, with a Chinese description."""
    if value != int(value) or value < 0:
        return {}
    a = str(int(value))
    out: dict[float, str] = {}
    for i in range(len(a) - 1):
        if a[i] != a[i + 1]:
            b = a[:i] + a[i + 1] + a[i] + a[i + 2 :]
            out.setdefault(float(b), f"数字颠倒（{a}↔{b}）")
    for i in range(len(a)):
        for d in "0123456789":
            if d != a[i] and not (i == 0 and d == "0" and len(a) > 1):
                out.setdefault(float(a[:i] + d + a[i + 1 :]), f"一位数字之差（{a}→{a[:i] + d + a[i + 1 :]}）")
    if len(a) > 1:
        for i in range(len(a)):
            b = a[:i] + a[i + 1 :]
            if not b.startswith("0"):
                out.setdefault(float(b), f"多了一位数字（{a}→{b}）")
    for i in range(len(a)):
        b = a[: i + 1] + a[i] + a[i + 1 :]
        out.setdefault(float(b), f"数字重复（{a}→{b}）")
    out.pop(value, None)
    return out


def typo_hint(value: float, v: float) -> str | None:
    """typo_variants(value).get(v) without making the others: the description of the first edit (in
    typo_variants' order) that gives v."""
    if v == value or v != int(v) or value != int(value) or value < 0:
        return None  # (every variant is a whole number: a string of digits)
    a = str(int(value))
    if len(a) <= 14:
        return _typo_hint_of_digits(a, v)
    for i in range(len(a) - 1):
        if a[i] != a[i + 1]:
            b = a[:i] + a[i + 1] + a[i] + a[i + 2 :]
            if float(b) == v:
                return f"数字颠倒（{a}↔{b}）"
    for i in range(len(a)):
        for d in "0123456789":
            if d != a[i] and not (i == 0 and d == "0" and len(a) > 1):
                b = a[:i] + d + a[i + 1 :]
                if float(b) == v:
                    return f"一位数字之差（{a}→{b}）"
    if len(a) > 1:
        for i in range(len(a)):
            b = a[:i] + a[i + 1 :]
            if not b.startswith("0") and float(b) == v:
                return f"多了一位数字（{a}→{b}）"
    for i in range(len(a)):
        b = a[: i + 1] + a[i] + a[i + 1 :]
        if float(b) == v:
            return f"数字重复（{a}→{b}）"
    return None


def _typo_hint_of_digits(a: str, v: float) -> str | None:
    """typo_hint for a figure of at most 14 digits `a`, read off v's digits: every variant then has at
    most 15 digits, so float(variant) == v exactly when int(variant) == int(v). Each edit kind gives
    variants of one length (a transposition may lead with a 0: compared zero-padded), different edits
    of one kind give different strings, and the kinds are tried in typo_variants' order."""
    if v < 0:
        return None
    s = str(int(v))
    n = len(s)
    size = len(a)
    if n <= size:
        t = s.zfill(size)
        diff = [k for k in range(size) if t[k] != a[k]]
        if (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and t[diff[0]] == a[diff[1]]
            and t[diff[1]] == a[diff[0]]
        ):
            return f"数字颠倒（{a}↔{t}）"
        if n == size and len(diff) == 1:
            return f"一位数字之差（{a}→{s}）"
        if n == size - 1 and not s.startswith("0") and any(a[:i] + a[i + 1 :] == s for i in range(size)):
            return f"多了一位数字（{a}→{s}）"
    elif n == size + 1 and any(a[: i + 1] + a[i] + a[i + 1 :] == s for i in range(size)):
        return f"数字重复（{a}→{s}）"
    return None


class _Checks:
    """The document's checks, evaluated with at most one figure changed. Localisation asks the same
    questions many times over (a figure is in several findings, a repair is tried against every
    check it is in), so every answer that depends only on the figure and the check is kept for the
    call of localize: the figures' intervals, each check's environment, whether a holding check is
    tight on a figure, and each figure's best repair."""

    def __init__(self, facts: dict[str, Fact]):
        self.facts = facts
        self._intervals: dict[str, Interval] = {}
        self._envs: dict[int, dict[str, Interval]] = {}
        self._tight: dict[tuple[int, str], bool] = {}
        self._repairs: dict[str, _Repair | None] = {}

    def env(self, b: Binding) -> dict[str, Interval]:
        """The check's figures as intervals (with its fixed unknowns); shared, never to be changed."""
        e = self._envs.get(id(b))
        if e is None:
            e = dict(b.fixed)
            for k, fid in b.keys.items():
                if k in b.fixed:
                    continue  # (a stated figure the check read more widely: an average shown to its last digit)
                iv = self._intervals.get(fid)
                if iv is None:
                    iv = self._intervals[fid] = fact_interval(self.facts[fid])
                e[k] = iv
            self._envs[id(b)] = e
        return e

    def holds(self, b: Binding, override: tuple[str, float] | None = None) -> bool:
        env = self.env(b)
        if override is not None:
            fid, value = override
            env = dict(env)
            f = self.facts[fid]
            changed = point_interval(f, value)
            for k, x in b.keys.items():
                if x == fid:
                    wide = b.fixed.get(k)
                    # (as widely as the check read the figure written: 421件 as an average is 420.5 to 421.5)
                    env[k] = changed if wide is None else _moved(wide, f, changed)
        rel: Relation = b.relation
        return holds(rel, env)

    def tight(self, b: Binding, fid: str) -> bool:
        """Does holding check `b` pin this figure down — would a change of one displayed step break
        it? Only such checks vouch for a figure (6 ≥ 6 does; 76 ≥ 73 only bounds it)."""
        t = self._tight.get((id(b), fid))
        if t is None:
            f = self.facts[fid]
            step = f.q.step if f.q.unit in ("%", ":1") else 1.0  # (a rate or a ratio: its last digit)
            t = any(not self.holds(b, (fid, f.q.value + d)) for d in (step, -step) if f.q.value + d >= 0)
            self._tight[(id(b), fid)] = t
        return t

    def repair(self, fid: str, failed: list[Binding], holding: list[Binding]) -> _Repair | None:
        """_best_repair, once per figure (its failed and holding checks are the figure's own)."""
        if fid not in self._repairs:
            self._repairs[fid] = _best_repair(fid, failed, holding, self)
        return self._repairs[fid]


def _moved(wide: Interval, f: Fact, changed: Interval) -> Interval:
    """The interval a check read a figure as (`wide`, beyond its own), moved with the figure to a changed value."""
    own = fact_interval(f)
    return Interval(changed.lo - (own.lo - wide.lo), changed.hi + (wide.hi - own.hi), wide.integer)


def _solutions(b: Binding, fid: str, checks: _Checks) -> list[float]:
    """Values of `fid` that satisfy relation `b`, the others held: found by bisection on the
    monotone gap between the sides (relations are linear or ratios in each figure). A base is never
    repaired to nothing (14.3万起 → 0万: no whole a share could be of)."""
    found = _roots(b, fid, checks)
    if b.keys.get("base") == fid:
        return [v for v in found if v > 0]
    return found


def _roots(b: Binding, fid: str, checks: _Checks) -> list[float]:
    f = checks.facts[fid]
    scale = 0.01 if f.q.unit == "%" else 1.0
    key = next(k for k, v in b.keys.items() if v == fid)
    rel: Relation = b.relation
    env = dict(checks.env(b))
    integer = f.q.integer

    def gap(v: float) -> float:
        env[key] = Interval(v * scale, v * scale, integer)
        lv, rv = evaluate(rel.left, env), evaluate(rel.right, env)
        return (lv.lo + lv.hi) / 2 - (rv.lo + rv.hi) / 2

    hi = max(1.0, f.q.value) * 4 + 10
    g0 = gap(0.0)
    if g0 == 0:
        return [0.0]
    lo = 1e-6  # not 0: a denominator of 0 has no value to compare
    ghi = gap(hi)
    if not (math.isnan(g0) or math.isinf(g0) or math.isinf(ghi)) and ghi != g0:
        root = -g0 * hi / (ghi - g0)  # the gap is linear in a part of a sum or an order
        if 0 <= root <= hi and abs(gap(root)) < 1e-9 * max(1.0, abs(g0)):
            return _snap(root, f)
    glo = gap(lo)  # (only bisection needs it)
    if math.isnan(glo) or math.isnan(ghi) or math.isinf(glo) or math.isinf(ghi) or glo * ghi > 0:
        return []
    for _ in range(40):
        mid = (lo + hi) / 2
        gm = gap(mid)
        if (gm > 0) == (glo > 0):
            lo, glo = mid, gm
        else:
            hi = mid
        # the bracket only narrows and the last midpoint lies in it; _snap is monotone, so once both
        # ends snap alike every later midpoint does too: the answer of all 40 steps, fewer evaluations
        if (at_lo := _snap(lo, f)) == _snap(hi, f):
            return at_lo
    return _snap((lo + hi) / 2, f)


def _snap(root: float, f: Fact) -> list[float]:
    """The displayable values nearest a real root: integers for counts, the last digit for rates."""
    if f.q.integer:
        return sorted({float(math.floor(root + 1e-9)), float(math.ceil(root - 1e-9))})
    step = f.q.step or 1.0
    return [round(round(root / step) * step, 10)]


@dataclass
class _Repair:
    value: float
    cost: float
    fixes_all: bool
    hint: str | None


def _best_repair(fid: str, failed: list[Binding], holding: list[Binding], checks: _Checks) -> _Repair | None:
    f = checks.facts[fid]
    cands: dict[float, str | None] = {}
    for b in failed:
        for v in _solutions(b, fid, checks):
            if v >= 0 and v != f.q.value and v not in cands:
                cands[v] = typo_hint(f.q.value, v)
    if not cands:  # no value solves the relation exactly: try what one keystroke could have done
        cands = dict(typo_variants(f.q.value))
    best: _Repair | None = None
    tight: int | None = None  # the same for every candidate
    for v, hint in cands.items():
        fixed = sum(checks.holds(b, (fid, v)) for b in failed)
        if not fixed:
            continue
        broken = sum(not checks.holds(b, (fid, v)) for b in holding)
        if tight is None:
            tight = sum(checks.tight(b, fid) for b in holding)
        cost = 1.0 + tight + 2.0 * broken + 3.0 * (len(failed) - fixed) - (0.5 if hint else 0.0)
        r = _Repair(v, cost, fixed == len(failed) and not broken, hint)
        if best is None or (r.cost, abs(v - f.q.value)) < (best.cost, abs(best.value - f.q.value)):
            best = r
    return best


def _describe(b: Binding, facts: dict[str, Fact]) -> str:
    """A holding check in words: 纠错率24% = 纠错案件6件 ÷ (审结30件−撤回5件)."""
    names = {k: f"{facts[fid].cue or ''}{facts[fid].mention.text}" for k, fid in b.keys.items()}
    return describe_relation(b.relation, names, set(b.fixed))


_SHOWN_OP = {"+": "+", "-": "−", "*": " × ", "/": " ÷ "}
_SHOWN_CMP = {"<=": "≤", ">=": "≥", "==": "=", "<": "<", ">": ">"}
_PREC = {"+": 1, "-": 1, "*": 2, "/": 2}
_ATOM = 3


def describe_relation(rel: Relation, names: dict[str, str], unknown: Collection[str] = ()) -> str:
    """A relation as a reviewer reads it, with the figures' names for its metric keys and its own
    operators and parentheses (a definition over 审结 less 撤回 is a subtraction, not a sum). An optional
    figure the text does not state counts as 0 and is left out of a sum; one the check left open (a
    rate's unstated numerator, `unknown`) is 某整数."""

    def show(node: Node) -> tuple[str, int] | None:
        """The text of a node and the precedence of its outermost operator; None: nothing stated."""
        if isinstance(node, Num):
            return fmt_number(node.value), _ATOM
        if isinstance(node, Ref):
            if node.key in names:
                return names[node.key], _ATOM
            return ("某整数", _ATOM) if node.key in unknown else None
        if isinstance(node, Sum):
            parts = [names[r.key] for r in node.refs if r.key in names]
            return ("+".join(parts), 1 if len(parts) > 1 else _ATOM) if parts else None
        left, right = show(node.left), show(node.right)
        if node.op in "+-" and right is None:
            return left
        if node.op == "+" and left is None:
            return right
        left, right = left or ("0", _ATOM), right or ("0", _ATOM)
        prec = _PREC[node.op]
        lt = f"({left[0]})" if left[1] < prec else left[0]
        # a right operand of − or ÷ keeps its parentheses at the same precedence: a−(b−c), a÷(b÷c)
        rt = f"({right[0]})" if right[1] < prec or (right[1] == prec and node.op in "-/") else right[0]
        return f"{lt}{_SHOWN_OP[node.op]}{rt}", prec

    lhs, rhs = show(rel.left), show(rel.right)
    return f"{lhs[0] if lhs else '0'} {_SHOWN_CMP[rel.op]} {rhs[0] if rhs else '0'}"


def localize(
    ex: Extraction,
    findings: list[Finding],
    bindings: list[Binding],
    onto: Ontology,
    known: _Checks | None = None,
) -> None:
    """`known`: the _Checks of these facts, its answers known beforehand (dataset/locate.py); `onto` names
    the figures in messages."""
    if all(finding.severity == "info" or not finding.facts for finding in findings):
        return  # nothing to localise (info findings name no suspect)
    facts = {f.id: f for f in ex.facts}
    checks = [b for b in bindings if b.relation is not None]
    failed_of: dict[str, list[Binding]] = defaultdict(list)
    holding_of: dict[str, list[Binding]] = defaultdict(list)
    for b in checks:
        ids = set(b.keys.values())
        if b.holds:
            if len(ids) > 1:
                for fid in ids:
                    holding_of[fid].append(b)
        elif b.severity in ("error", "warning"):
            for fid in ids:
                failed_of[fid].append(b)
    checks_ = known if known is not None else _Checks(facts)
    for finding in findings:
        if finding.severity == "info" or not finding.facts:
            continue
        ranked: list[tuple[float, float, int, Suspect]] = []
        for fid in finding.facts:
            rep = checks_.repair(fid, failed_of.get(fid, []), holding_of.get(fid, []))
            if rep is None:
                continue
            f = facts[fid]
            unit = "%" if f.q.unit == "%" else ""
            fix = fmt_like(rep.value, f) + unit
            if unit and "‰" in f.mention.text:
                # (a rate written per mille is held as per cent: 2.6‰ is 0.26%, its fix written per mille again)
                fix = fmt_number(rep.value * 10) + "‰"
            sus = Suspect(fid, f.mention.text, fix, 1.0 / rep.cost, rep.hint)
            # equal cost: the smaller edit is the likelier one (90.3% → 85.2% before 26个 → 17个)
            change = abs(rep.value - f.q.value) / max(abs(f.q.value), 1.0)
            ranked.append((-sus.score, change, int(fid[1:]), sus))
        suspects = [r[3] for r in sorted(ranked, key=lambda r: r[:3])]
        finding.suspects = suspects
        finding.corroborated_by = {
            fid: rules
            for fid in finding.facts
            if (
                rules := sorted(
                    {
                        b.rule
                        for b in holding_of.get(fid, [])
                        if b.rule != finding.rule and checks_.tight(b, fid)
                    }
                )
            )
        }
        _explain(finding, checks_, holding_of, lambda f: figure_name(f, ex.text, onto))


def _explain(
    finding: Finding, checks: _Checks, holding_of: dict[str, list[Binding]], name: Callable[[Fact], str]
) -> None:
    facts = checks.facts
    sus = finding.suspects
    if not sus:
        return
    top = [s for s in sus if abs(s.score - sus[0].score) < 1e-9][:3]
    top_ids = {s.fact for s in top}

    def named(fid: str) -> str:
        return name(
            facts[fid]
        )  # (as the finding's own sentence names it: not 站23117条 for …发布信息23117条)

    zh = "最可能有误的是" + "或".join(f"{named(s.fact)}（应为{s.fix}）" for s in top)
    en = "most likely wrong: " + " or ".join(f"{named(s.fact)} (would be {s.fix})" for s in top)
    vouched = [fid for fid in finding.facts if fid not in top_ids and fid in finding.corroborated_by]
    if vouched:
        parts_zh, parts_en = [], []
        for fid in vouched[:2]:
            tight = [b for b in holding_of[fid] if b.rule != finding.rule and checks.tight(b, fid)]
            b = max(tight, key=lambda b: (b.relation.ratio_shape() is not None, len(b.keys)))
            desc = _describe(b, facts)
            parts_zh.append(f"{named(fid)}与其他数字相符（{desc}）")
            parts_en.append(f"{named(fid)} is consistent with other figures ({desc})")
        zh += "；" + "；".join(parts_zh)
        en += "; " + "; ".join(parts_en)
    finding.message += "。" + zh
    if finding.message_en:
        finding.message_en += ". " + en[0].upper() + en[1:]
